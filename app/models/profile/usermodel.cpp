#include "models/profile/usermodel.h"

#include "core/userproperties.h"
#include "models/propertylabels.h"
#include "models/propertyvalue.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace {

int indexOf(const QList<ProfileField> &rows, const QString &name)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).def.name == name)
            return i;
    }
    return -1;
}

// The rows for `schema` and `loaded`; the edits of `previous` carried over, its added rows kept.
QList<ProfileField> buildRows(const UserSchema &schema, const User &loaded, const QList<ProfileField> &previous)
{
    QList<ProfileField> rows;
    QSet<QString> seen;
    const auto addRow = [&](const PropertyDef &def) {
        ProfileField row;
        row.def = def;
        row.system = UserProperties::isSystem(def.name);
        row.loaded = PropertyValue::fromWire(def, loaded.value(def.name));
        seen.insert(def.name);
        rows.append(row);
    };
    for (const PropertyDef &def : schema.properties) {
        if (UserProperties::isShown(def.name))
            addRow(def);
    }
    // Columns the user carries that the schema does not list: system ones, or dynamic
    // properties created after the schema was read.
    const QStringList carried = loaded.propertyNames();
    for (const QString &name : carried) {
        if (seen.contains(name) || !UserProperties::isShown(name))
            continue;
        PropertyDef def = PropertyValue::inferDefinition(name, loaded.value(name));
        if (UserProperties::isTimestamp(name)) {
            def.type = PropertyDef::Type::DateTime;
            def.typeName = QStringLiteral("DATETIME");
        }
        addRow(def);
    }
    // Edits survive a schema reload; added properties stay until saved or reverted.
    for (ProfileField &row : rows) {
        const int old = indexOf(previous, row.def.name);
        if (old >= 0 && previous.at(old).hasEdit) {
            row.hasEdit = true;
            row.edited = previous.at(old).edited;
            row.localError = PropertyValue::check(row.def, row.edited).error;
        }
    }
    for (const ProfileField &row : previous) {
        if (row.added && !seen.contains(row.def.name))
            rows.append(row);
    }
    return rows;
}

} // namespace

UserModel::UserModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

UserModel::~UserModel() = default;

// ---- QAbstractItemModel ----

int UserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileField &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return PropertyValue::display(row.def, row.current());
    case Qt::EditRole:
        return row.current();
    case Qt::ToolTipRole:
    case ErrorRole:
        return row.error();
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

void UserModel::setSchema(const UserSchema &schema)
{
    beginResetModel();
    m_schema = schema;
    m_rows = buildRows(m_schema, m_loaded, m_rows);
    endResetModel();
    emitStateChanges();
    Q_EMIT loadedChanged();
}

void UserModel::setUser(const User &user)
{
    m_loaded = user;
    // setUser drops every edit: no rows to carry them over from.
    const QList<ProfileField> rows = buildRows(m_schema, m_loaded, {});
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).def.name == m_rows.at(i).def.name;
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
    Q_EMIT loadedChanged();
}

// ---- fields ----

int UserModel::rowOf(const QString &name) const
{
    return indexOf(m_rows, name);
}

QVariant UserModel::value(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QVariant() : m_rows.at(row).current();
}

bool UserModel::setValue(const QString &name, const QVariant &input)
{
    const int i = rowOf(name);
    // While a save is in flight the form is locked: an edit now would be cleared by the reply.
    if (i < 0 || m_locked || data(index(i), ReadOnlyRole).toBool())
        return false;
    ProfileField &row = m_rows[i];
    const PropertyValue::Checked checked = PropertyValue::check(row.def, input);
    row.edited = checked.value;
    row.hasEdit = row.added || !checked.isValid() || !PropertyValue::same(row.def, checked.value, row.loaded);
    row.localError = checked.error;
    row.serverError.clear(); // the user answered it
    Q_EMIT dataChanged(index(i), index(i));
    emitStateChanges();
    Q_EMIT edited();
    return checked.isValid();
}

QStringList UserModel::fieldsWithErrors() const
{
    QStringList names;
    for (const ProfileField &row : m_rows) {
        if (!row.error().isEmpty())
            names.append(row.def.name);
    }
    return names;
}

void UserModel::revert(const QString &name)
{
    if (m_locked)
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
        Q_EMIT dataChanged(index(i), index(i));
    }
    emitStateChanges();
    Q_EMIT edited();
}

void UserModel::revertAll()
{
    if (m_locked)
        return;
    beginResetModel();
    m_rows.removeIf([](const ProfileField &row) { return row.added; });
    for (ProfileField &row : m_rows)
        row.dropEdit();
    endResetModel();
    emitStateChanges();
    Q_EMIT edited();
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
    if (m_locked || !propertyNameError(name).isEmpty())
        return false;
    ProfileField row;
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
    Q_EMIT edited();
    return true;
}

// ---- state ----

bool UserModel::isDirty() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const ProfileField &row) { return row.hasEdit; });
}

bool UserModel::isValid() const
{
    return std::none_of(m_rows.cbegin(), m_rows.cend(),
                        [](const ProfileField &row) { return !row.localError.isEmpty(); });
}

QVariantMap UserModel::changes() const
{
    QVariantMap edits;
    for (const ProfileField &row : m_rows) {
        if (row.hasEdit)
            edits.insert(row.def.name, PropertyValue::toWire(row.def, row.edited));
    }
    return edits;
}

void UserModel::emitStateChanges()
{
    const bool dirty = isDirty();
    if (dirty != m_notified.dirty) {
        m_notified.dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    const bool valid = isValid();
    if (valid != m_notified.valid) {
        m_notified.valid = valid;
        Q_EMIT validChanged(valid);
    }
}

// ---- the save's side ----

void UserModel::setLocked(bool locked)
{
    m_locked = locked;
}

QList<Conflict> UserModel::conflictsWith(const User &server) const
{
    // Only a property both sides changed (to different values) needs the person's decision.
    QList<Conflict> conflicts;
    for (const ProfileField &row : m_rows) {
        if (!row.hasEdit || row.added || row.system)
            continue;
        const QVariant serverValue = PropertyValue::fromWire(row.def, server.value(row.def.name));
        if (!PropertyValue::same(row.def, serverValue, row.loaded)
            && !PropertyValue::same(row.def, serverValue, row.edited))
            conflicts.append({row.def.name, row.loaded, serverValue, row.edited});
    }
    return conflicts;
}

QStringList UserModel::rebase(const User &server)
{
    m_loaded = server;
    QStringList taken; // fields another device changed that the person had not touched
    for (ProfileField &row : m_rows) {
        if (row.added)
            continue;
        const QVariant before = row.loaded;
        row.loaded = PropertyValue::fromWire(row.def, server.value(row.def.name));
        if (!row.system && !row.hasEdit && !PropertyValue::same(row.def, before, row.loaded))
            taken << row.def.name;
        if (row.hasEdit && row.localError.isEmpty() && PropertyValue::same(row.def, row.edited, row.loaded))
            row.dropEdit();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    emitStateChanges();
    Q_EMIT loadedChanged();
    return taken;
}

bool UserModel::setServerErrors(const QStringList &names, const QString &text)
{
    bool placed = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        ProfileField &row = m_rows[i];
        const QString error = names.contains(row.def.name) ? text : QString();
        placed = placed || !error.isEmpty();
        if (row.serverError == error)
            continue;
        row.serverError = error;
        Q_EMIT dataChanged(index(i), index(i));
    }
    return placed;
}

// ---- drafts ----

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
        if (const int row = rowOf(it.key()); row >= 0 && m_rows.at(row).hasEdit)
            applied.append(it.key());
    }
    return applied;
}
