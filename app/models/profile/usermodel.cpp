#include "models/profile/usermodel.h"

#include "models/profilegateway.h"
#include "models/propertylabels.h"
#include "models/propertyvalue.h"
#include "core/userproperties.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace {

// System columns the form does not show (___class, ownerId, ...) are bookkeeping nobody edits
// or reads in a profile; secrets are never a row.
bool isHidden(const QString &name)
{
    return UserProperties::isSecret(name)
           || (UserProperties::isSystem(name) && !UserProperties::isShownSystem(name));
}

} // namespace

UserModel::UserModel(ProfileGateway *gateway, QObject *parent)
    : QAbstractListModel(parent)
    , m_gateway(gateway)
{
    if (m_gateway) {
        connect(m_gateway, &ProfileGateway::fetched, this, &UserModel::onFetched);
        connect(m_gateway, &ProfileGateway::saved, this, &UserModel::onSaved);
        connect(m_gateway, &ProfileGateway::failed, this, &UserModel::onFailed);
    }
}

UserModel::~UserModel()
{
    // Whatever was typed last reaches the disk even if the debounce had not fired yet.
    if (m_drafts)
        m_drafts->flush();
}

// ---- QAbstractItemModel ----

int UserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return PropertyValue::display(row.def, row.current());
    case Qt::EditRole:
        return row.current();
    case Qt::ToolTipRole:
    case ErrorRole:
        return row.localError.isEmpty() ? row.serverError : row.localError;
    case NameRole:
        return row.def.name;
    case LabelRole:
        return PropertyLabels::label(row.def.name);
    case TypeRole:
        return int(row.def.type);
    case TypeNameRole:
        return row.def.typeName;
    case LoadedValueRole:
        return row.loaded;
    case RequiredRole:
        return row.def.required;
    case IdentityRole:
        return row.def.identity;
    case ReadOnlyRole:
        return row.system || (!row.added && !row.def.isEditable());
    case SystemRole:
        return row.system;
    case RegexRole:
        return row.def.customRegex;
    case DirtyRole:
        return row.hasEdit;
    case AddedRole:
        return row.added;
    default:
        return {};
    }
}

bool UserModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return setValue(m_rows.at(index.row()).def.name, value);
}

Qt::ItemFlags UserModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!data(index, ReadOnlyRole).toBool())
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> UserModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(LabelRole, QByteArrayLiteral("label"));
    names.insert(TypeRole, QByteArrayLiteral("type"));
    names.insert(TypeNameRole, QByteArrayLiteral("typeName"));
    names.insert(LoadedValueRole, QByteArrayLiteral("loadedValue"));
    names.insert(RequiredRole, QByteArrayLiteral("required"));
    names.insert(IdentityRole, QByteArrayLiteral("identity"));
    names.insert(ReadOnlyRole, QByteArrayLiteral("readOnly"));
    names.insert(SystemRole, QByteArrayLiteral("system"));
    names.insert(RegexRole, QByteArrayLiteral("regex"));
    names.insert(ErrorRole, QByteArrayLiteral("error"));
    names.insert(DirtyRole, QByteArrayLiteral("dirty"));
    names.insert(AddedRole, QByteArrayLiteral("added"));
    return names;
}

// ---- loading ----

QList<UserModel::Row> UserModel::buildRows() const
{
    QList<Row> rows;
    QSet<QString> seen;
    const auto addRow = [&](const PropertyDef &def) {
        Row row;
        row.def = def;
        row.system = UserProperties::isSystem(def.name);
        row.loaded = PropertyValue::fromWire(def, m_loaded.value(def.name));
        seen.insert(def.name);
        rows.append(row);
    };
    for (const PropertyDef &def : m_schema.properties) {
        if (!isHidden(def.name))
            addRow(def);
    }
    // Columns the user carries that the schema does not list: system ones, or dynamic
    // properties created after the schema was read.
    const QStringList carried = m_loaded.propertyNames();
    for (const QString &name : carried) {
        if (seen.contains(name) || isHidden(name))
            continue;
        PropertyDef def = PropertyValue::inferDefinition(name, m_loaded.value(name));
        if (UserProperties::isTimestamp(name)) {
            def.type = PropertyDef::Type::DateTime;
            def.typeName = QStringLiteral("DATETIME");
        }
        addRow(def);
    }
    // Edits survive a schema reload; added properties stay until saved or reverted.
    for (Row &row : rows) {
        const int old = rowOf(row.def.name);
        if (old >= 0 && m_rows.at(old).hasEdit) {
            row.hasEdit = true;
            row.edited = m_rows.at(old).edited;
            row.localError = PropertyValue::check(row.def, row.edited).error;
        }
    }
    for (const Row &row : m_rows) {
        if (row.added && !seen.contains(row.def.name))
            rows.append(row);
    }
    return rows;
}

void UserModel::setSchema(const UserSchema &schema)
{
    beginResetModel();
    m_schema = schema;
    m_rows = buildRows();
    endResetModel();
    emitStateChanges();
}

void UserModel::setUser(const User &user)
{
    m_loaded = user;
    const QStringList before = propertyNames();
    // setUser drops every edit: buildRows() must not carry the current ones over.
    QList<Row> current = std::exchange(m_rows, {});
    const QList<Row> rows = buildRows();
    m_rows = std::move(current);
    m_conflicts.clear();
    bool sameRows = rows.size() == before.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).def.name == before.at(i);
    if (sameRows && !rows.isEmpty()) {
        // The usual case after a save: the same fields with new values. Rows stay, so the
        // editors bound to them (and the focus) stay too.
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    emitStateChanges();
}

QString UserModel::objectId() const
{
    return m_loaded.objectId();
}

// ---- fields ----

int UserModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).def.name == name)
            return i;
    }
    return -1;
}

QStringList UserModel::propertyNames() const
{
    QStringList names;
    names.reserve(m_rows.size());
    for (const Row &row : m_rows)
        names.append(row.def.name);
    return names;
}

QVariant UserModel::value(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QVariant() : m_rows.at(row).current();
}

QVariant UserModel::loadedValue(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QVariant() : m_rows.at(row).loaded;
}

bool UserModel::setValue(const QString &name, const QVariant &input)
{
    const int i = rowOf(name);
    // While a save is in flight the form is locked: an edit now would be cleared by the reply.
    if (i < 0 || isBusy() || data(index(i), ReadOnlyRole).toBool())
        return false;
    Row &row = m_rows[i];
    const PropertyValue::Checked checked = PropertyValue::check(row.def, input);
    row.edited = checked.value;
    row.hasEdit = row.added || !checked.isValid() || !PropertyValue::same(row.def, checked.value, row.loaded);
    row.localError = checked.error;
    row.serverError.clear(); // the user answered it
    emitRowChanged(i);
    emitStateChanges();
    scheduleDraft();
    return checked.isValid();
}

QString UserModel::fieldError(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QString() : data(index(row), ErrorRole).toString();
}

QStringList UserModel::fieldsWithErrors() const
{
    QStringList names;
    for (const Row &row : m_rows) {
        if (!row.localError.isEmpty() || !row.serverError.isEmpty())
            names.append(row.def.name);
    }
    return names;
}

bool UserModel::isFieldDirty(const QString &name) const
{
    const int row = rowOf(name);
    return row >= 0 && m_rows.at(row).hasEdit;
}

void UserModel::revert(const QString &name)
{
    if (isBusy())
        return;
    const int i = rowOf(name);
    if (i < 0)
        return;
    if (m_rows.at(i).added) {
        beginRemoveRows(QModelIndex(), i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    } else {
        m_rows[i].dropEdit();
        emitRowChanged(i);
    }
    emitStateChanges();
    scheduleDraft();
}

void UserModel::revertAll()
{
    if (isBusy())
        return;
    beginResetModel();
    m_rows.removeIf([](const Row &row) { return row.added; });
    for (Row &row : m_rows)
        row.dropEdit();
    endResetModel();
    emitStateChanges();
    scheduleDraft();
}

QString UserModel::propertyNameError(const QString &name) const
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    if (name.isEmpty())
        return tr("Enter a name for the new property.");
    if (!identifier.match(name).hasMatch())
        return tr("A property name starts with a letter and holds only letters, digits and '_'.");
    if (!UserProperties::isEditableName(name))
        return tr("\"%1\" is reserved.").arg(name);
    if (rowOf(name) >= 0)
        return tr("The property \"%1\" already exists.").arg(name);
    return {};
}

bool UserModel::addProperty(const QString &name, const QVariant &value)
{
    if (isBusy() || !propertyNameError(name).isEmpty())
        return false;
    Row row;
    row.def = PropertyValue::inferDefinition(name, value);
    row.added = true;
    const PropertyValue::Checked checked = PropertyValue::check(row.def, value);
    row.edited = checked.value;
    row.hasEdit = true;
    row.localError = checked.error;
    const int at = int(m_rows.size());
    beginInsertRows(QModelIndex(), at, at);
    m_rows.append(row);
    endInsertRows();
    emitStateChanges();
    scheduleDraft();
    return true;
}

// ---- state ----

bool UserModel::isDirty() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.hasEdit; });
}

bool UserModel::isValid() const
{
    return std::none_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return !row.localError.isEmpty(); });
}

QVariantMap UserModel::changes() const
{
    return draftEdits(); // the same edits: a save sends exactly what a draft keeps
}

void UserModel::emitRowChanged(int row)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void UserModel::emitStateChanges()
{
    const bool dirty = isDirty();
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    const bool valid = isValid();
    if (valid != m_lastValid) {
        m_lastValid = valid;
        Q_EMIT validChanged(valid);
    }
}

void UserModel::setState(State state)
{
    const bool wasBusy = isBusy();
    m_state = state;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

// ---- drafts ----

QVariantMap UserModel::draftEdits() const
{
    QVariantMap edits;
    for (const Row &row : m_rows) {
        if (row.hasEdit)
            edits.insert(row.def.name, PropertyValue::toWire(row.def, row.edited));
    }
    return edits;
}

QStringList UserModel::applyDraftEdits(const QVariantMap &edits)
{
    QStringList applied;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        if (UserProperties::isSecret(it.key()))
            continue;
        const bool known = rowOf(it.key()) >= 0;
        if (known)
            setValue(it.key(), it.value());
        else if (!addProperty(it.key(), it.value()))
            continue;
        if (isFieldDirty(it.key()))
            applied.append(it.key());
    }
    return applied;
}

void UserModel::setDraftStore(DraftStore *store, const DraftKey &key)
{
    m_drafts = store;
    m_draftKey = key;
}

bool UserModel::restoreDraft()
{
    if (!m_drafts || !m_draftKey.isValid())
        return false;
    const QStringList names = applyDraftEdits(m_drafts->load(m_draftKey));
    if (names.isEmpty())
        return false;
    Q_EMIT draftRestored(names);
    return true;
}

void UserModel::scheduleDraft()
{
    if (m_drafts && m_draftKey.isValid())
        m_drafts->schedule(m_draftKey, draftEdits());
}
