#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "core/userschema.h"
#include "models/profile/usermodel.h"

class FieldEditor;
class PictureStore;
class FieldRow;
class QFormLayout;
class QModelIndex;
class QWidget;

// Builds one FieldRow per row of a UserModel and keeps both in step: edits go to
// UserModel::setValue(), and the model's value, dirty flag and error come back to the row.
//
// Why not QDataWidgetMapper: it maps the *columns* of one row onto widgets, while our model has
// one row per property (and the set of rows changes with the schema and with added properties),
// so each widget would need a mapper of its own. Listening to dataChanged/modelReset is simpler.
//
// Editable properties go into `editable`, system columns into `system` (read-only, local time).
class FieldsBinder : public QObject
{
    Q_OBJECT
public:
    FieldsBinder(QFormLayout *editable, QFormLayout *system, QObject *parent = nullptr);
    ~FieldsBinder() override;

    void setModel(UserModel *model);
    // What picture fields (FILE_REF) read and keep their files through; set before setModel().
    void setPictures(PictureStore *pictures);
    UserModel *model() const { return m_model; }

    FieldRow *row(const QString &name) const;
    enum class Section { Editable, System };
    // Inputs (and their revert buttons) of one section in form order: the tab order.
    QList<QWidget *> focusChain(Section section) const;
    // Focuses the first of the names that has a row (FieldMessage::focusField); false if none has.
    bool focusFirst(const QStringList &names) const;
    void setInputsEnabled(bool enabled);
    // Every input hands what it shows to the model (FieldEditor::commit): before a save.
    void commitEdits();

    // The input for a property of this type; a read-only one when `readOnly`.
    static FieldEditor *createEditor(PropertyDef::Type type, bool readOnly, QWidget *parent);

Q_SIGNALS:
    // Rows were added or removed: the owner re-does the tab order.
    void layoutChanged();
    // Enter in one of the fields: save the form.
    void submitRequested();
    // The picture field `name` shows `image` (PictureField::thumbnail()), and whether it is an edit
    // not saved yet (chosen or removed): after each change of the field's value or thumbnail.
    void pictureShown(const QString &name, const QImage &image, bool unsaved);

private:
    void rebuild();
    // What decides a row's widgets: when every row's signature is unchanged, rows are reused.
    QString signature(int modelRow) const;
    void clear();
    void addRow(int modelRow);
    void refreshRow(int modelRow);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QFormLayout *m_editable;
    QFormLayout *m_system;
    QPointer<UserModel> m_model;
    QPointer<PictureStore> m_pictures;
    QList<FieldRow *> m_rows; // in model order
    QHash<QString, FieldRow *> m_byName;
    QStringList m_signatures;
    QList<QMetaObject::Connection> m_connections;
    bool m_updatingFromModel = false;
};
