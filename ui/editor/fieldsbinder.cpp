#include "ui/editor/fieldsbinder.h"

#include "models/displaytext.h"
#include "models/profile/picturestore.h"
#include "models/profile/usermodel.h"
#include "ui/editor/fieldeditors.h"
#include "ui/editor/fieldrow.h"
#include "ui/editor/picturefield.h"
#include "ui/widgets/fieldmessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QToolButton>

FieldsBinder::FieldsBinder(QFormLayout *editable, QFormLayout *system, QObject *parent)
    : QObject(parent)
    , m_editable(editable)
    , m_system(system)
{ }

FieldsBinder::~FieldsBinder() = default;

void FieldsBinder::setModel(UserModel *model)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (model) {
        m_connections << connect(model, &QAbstractItemModel::modelReset, this, &FieldsBinder::rebuild)
                      << connect(model, &QAbstractItemModel::rowsInserted, this, &FieldsBinder::rebuild)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, &FieldsBinder::rebuild)
                      << connect(model, &QAbstractItemModel::dataChanged, this, &FieldsBinder::onDataChanged);
    }
    rebuild();
}

void FieldsBinder::setPictures(PictureStore *pictures)
{
    m_pictures = pictures;
    for (FieldRow *r : std::as_const(m_rows)) {
        if (auto *picture = qobject_cast<PictureField *>(r->editor()))
            picture->setPictures(pictures);
    }
}

FieldRow *FieldsBinder::row(const QString &name) const
{
    return m_byName.value(name);
}

QList<QWidget *> FieldsBinder::focusChain(Section section) const
{
    QList<QWidget *> chain;
    for (FieldRow *row : m_rows) {
        const bool inSystem = row->parentWidget() == m_system->parentWidget();
        if (inSystem == (section == Section::System))
            chain << row->input() << row->revertButton();
    }
    return chain;
}

bool FieldsBinder::focusFirst(const QStringList &names) const
{
    for (FieldRow *r : m_rows) {
        if (names.contains(r->name())) {
            r->errorMessage()->focusField();
            return true;
        }
    }
    return false;
}

void FieldsBinder::setInputsEnabled(bool enabled)
{
    for (FieldRow *r : std::as_const(m_rows))
        r->setEnabled(enabled);
}

void FieldsBinder::commitEdits()
{
    for (FieldRow *r : std::as_const(m_rows))
        r->editor()->commit();
}

FieldEditor *FieldsBinder::createEditor(PropertyDef::Type type, bool readOnly, QWidget *parent)
{
    if (type == PropertyDef::Type::FileRef) {
        auto *picture = new PictureField(parent);
        picture->setReadOnly(readOnly);
        return picture;
    }
    if (readOnly)
        return new ReadOnlyFieldEditor(parent);
    switch (type) {
    case PropertyDef::Type::String:
        return new LineFieldEditor(parent);
    case PropertyDef::Type::Text:
        return new TextFieldEditor(parent);
    case PropertyDef::Type::Int:
        return new NumberFieldEditor(NumberFieldEditor::Kind::Integer, parent);
    case PropertyDef::Type::Double:
        return new NumberFieldEditor(NumberFieldEditor::Kind::Decimal, parent);
    case PropertyDef::Type::Boolean:
        return new BoolFieldEditor(parent);
    case PropertyDef::Type::DateTime:
        return new DateTimeFieldEditor(parent);
    default: // the types PropertyDef::isEditable() refuses are shown, never edited
        return new ReadOnlyFieldEditor(parent);
    }
}

void FieldsBinder::clear()
{
    for (FieldRow *r : std::as_const(m_rows)) {
        QFormLayout *layout = r->parentWidget() == m_system->parentWidget() ? m_system : m_editable;
        layout->removeWidget(r);
        layout->removeWidget(r->label());
        delete r;
    }
    m_rows.clear();
    m_byName.clear();
    m_signatures.clear();
}

QString FieldsBinder::signature(int modelRow) const
{
    const QModelIndex index = m_model->index(modelRow);
    return index.data(UserModel::NameRole).toString() + QLatin1Char('|')
        + QString::number(index.data(UserModel::TypeRole).toInt()) + QLatin1Char('|')
        + QString::number(index.data(UserModel::ReadOnlyRole).toBool()) + QLatin1Char('|')
        + QString::number(index.data(UserModel::SystemRole).toBool()) + QLatin1Char('|')
        + QString::number(index.data(UserModel::RequiredRole).toBool()) + QLatin1Char('|')
        + QString::number(index.data(UserModel::IdentityRole).toBool());
}

void FieldsBinder::rebuild()
{
    // A reset that keeps the same fields (a save takes the server's user) only refreshes them:
    // the focus, the cursor and the scroll position stay where the user left them.
    QStringList signatures;
    if (m_model) {
        for (int i = 0; i < m_model->rowCount(); ++i)
            signatures << signature(i);
    }
    if (m_model && signatures == m_signatures) {
        for (int i = 0; i < m_rows.size(); ++i)
            refreshRow(i);
        return;
    }
    clear();
    m_signatures = signatures;
    if (m_model) {
        for (int i = 0; i < m_model->rowCount(); ++i)
            addRow(i);
    }
    Q_EMIT layoutChanged();
}

void FieldsBinder::addRow(int modelRow)
{
    const QModelIndex index = m_model->index(modelRow);
    const QString name = index.data(UserModel::NameRole).toString();
    const bool system = index.data(UserModel::SystemRole).toBool();
    const bool readOnly = index.data(UserModel::ReadOnlyRole).toBool() || system;
    QFormLayout *layout = system ? m_system : m_editable;
    QWidget *container = layout->parentWidget();

    const auto type = PropertyDef::Type(index.data(UserModel::TypeRole).toInt());
    FieldEditor *editor = createEditor(type, readOnly, container);
    if (auto *shown = qobject_cast<ReadOnlyFieldEditor *>(editor); shown && name == QLatin1String("userStatus"))
        shown->setFormatter(&DisplayText::userStatus);
    else if (shown && name == QLatin1String("lastLogin"))
        shown->setEmptyText(tr("Never")); // a sign-in that never happened is not "not set"
    auto *row = new FieldRow(name, editor, container);
    row->setLabelText(index.data(UserModel::LabelRole).toString(),
                      index.data(UserModel::RequiredRole).toBool() && !readOnly,
                      index.data(UserModel::IdentityRole).toBool());
    layout->addRow(row->label(), row);
    m_rows << row;
    m_byName.insert(name, row);

    connect(editor, &FieldEditor::submitRequested, this, &FieldsBinder::submitRequested);
    if (auto *picture = qobject_cast<PictureField *>(editor)) {
        picture->setPictures(m_pictures);
        // Why a file did not become the picture: under the field, as the server's errors are.
        connect(picture, &PictureField::failed, this, [this, name](const QString &text) {
            if (m_model)
                m_model->setServerErrors({name}, text);
        });
        connect(picture, &PictureField::thumbnailChanged, this, [this, name](const QImage &image) {
            const int at = m_model ? m_model->rowOf(name) : -1;
            Q_EMIT pictureShown(name, image, at >= 0 && m_model->index(at).data(UserModel::DirtyRole).toBool());
        });
    }
    connect(editor, &FieldEditor::edited, this, [this, row] {
        if (m_model && !m_updatingFromModel)
            m_model->setValue(row->name(), row->editor()->value());
    });
    connect(row, &FieldRow::revertRequested, this, [this](const QString &field) {
        if (m_model)
            m_model->revert(field);
    });
    refreshRow(modelRow);
}

void FieldsBinder::refreshRow(int modelRow)
{
    if (modelRow < 0 || modelRow >= m_rows.size())
        return;
    const QModelIndex index = m_model->index(modelRow);
    FieldRow *row = m_rows.at(modelRow);
    const bool readOnly = index.data(UserModel::ReadOnlyRole).toBool() || index.data(UserModel::SystemRole).toBool();
    m_updatingFromModel = true;
    // Read-only rows show the model's formatted text (local time for dates), or "Not set".
    const QVariant value = index.data(Qt::EditRole);
    const bool unset = !value.isValid() || value.isNull();
    row->editor()->setValue(readOnly && !unset ? index.data(Qt::DisplayRole) : value);
    m_updatingFromModel = false;
    row->setDirty(index.data(UserModel::DirtyRole).toBool());
    row->setError(index.data(UserModel::ErrorRole).toString());
    if (auto *picture = qobject_cast<PictureField *>(row->editor()))
        Q_EMIT pictureShown(row->name(), picture->thumbnail(), index.data(UserModel::DirtyRole).toBool());
}

void FieldsBinder::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_model || m_rows.size() != m_model->rowCount()) {
        rebuild();
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        refreshRow(r);
}
