#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include "core/user.h"
#include "core/userschema.h"
#include "models/profile/conflict.h"
#include "models/profile/profilefield.h"

// The fields of one user: schema + loaded values + edits + errors.
//
// A QAbstractListModel with one row per property: the data is a flat list (a profile has no
// hierarchy and a single "column" of values per field), so the tree API of QAbstractItemModel
// would add indices nobody uses. Everything a field shows is a role on its row, which is what
// QDataWidgetMapper / delegates bind to, and what tests read without widgets.
//
// Rows, in order: the schema's properties (minus "password", which is write-only and changed by
// PasswordChange, its own action), then properties the user carries that the schema does not list
// (system columns such as objectId/created/updated/lastLogin/userStatus are SystemRole +
// ReadOnlyRole), then properties added with addProperty() (AddedRole). UserProperties decides what
// is a system column, a secret (never a row) or a name a person may add.
//
// Qt::EditRole holds the edited value (the loaded one when not edited); Qt::DisplayRole the
// formatted text. setData(EditRole) == setValue().
//
// The model does not talk to the server: ProfileSave drives it (locks it while a save is in
// flight, rebases it on the server's user, places the server's errors), DraftAutosave keeps its
// edits on disk. ProfileEdit holds the three for one open profile.
class UserModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY validChanged)
public:
    enum Role {
        NameRole = Qt::UserRole + 1, // QString property name
        LabelRole, // QString tr()'d label ("Email", "Name", or the name itself)
        TypeRole, // int PropertyDef::Type
        LoadedValueRole, // value as loaded from the server
        RequiredRole, // bool
        IdentityRole, // bool
        ReadOnlyRole, // bool: system column or a type the form does not edit
        SystemRole, // bool: objectId, created, updated, lastLogin, userStatus, ...
        RegexRole, // QString customRegex
        ErrorRole, // QString: local or server error text; empty = fine
        DirtyRole, // bool: edited value differs from the loaded one
        AddedRole, // bool: new dynamic property (not yet on the server)
        TypeNameRole, // QString: the schema's type name ("STRING", "DATETIME", ...)
    };
    Q_ENUM(Role)

    explicit UserModel(QObject *parent = nullptr);
    ~UserModel() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Loading. setSchema() keeps the user and edits; setUser() drops every edit and error.
    void setSchema(const UserSchema &schema);
    UserSchema schema() const { return m_schema; }
    void setUser(const User &user);
    User loadedUser() const { return m_loaded; }

    // Fields. A field's label, loaded value, dirty flag and error are roles of its row.
    const QList<ProfileField> &fields() const { return m_rows; }
    int rowOf(const QString &name) const; // -1 if none
    QVariant value(const QString &name) const; // edited value, or loaded
    bool
    setValue(const QString &name,
             const QVariant &value); // false: unknown/read-only field, locked, or invalid input (kept, ErrorRole set)
    QStringList fieldsWithErrors() const; // in row order
    void revert(const QString &name);
    void revertAll();
    // A new dynamic property; false for an empty/existing/system/secret name (nothing added).
    bool addProperty(const QString &name, const QVariant &value);
    // Why addProperty() would refuse `name` (tr()'d), or empty when it would accept it.
    QString propertyNameError(const QString &name) const;

    // State
    bool isDirty() const;
    bool isValid() const;
    // The edits in wire form (DATETIME as epoch ms): what a save sends and what a draft keeps. A
    // secret is never a row, so never here.
    QVariantMap changes() const;
    // Applies edits of a draft (unknown names become added properties); returns the names applied.
    QStringList applyDraftEdits(const QVariantMap &edits);

    // For the save. The server's user becomes the loaded state, edits kept (those now equal to the
    // server's value stop being edits); returns the fields another device changed that the person
    // had not touched.
    QStringList rebase(const User &server);
    // The properties the person edited that `server` (a newer copy of the user) also changed, to
    // another value than theirs: what they must choose between (ProfileSave, LiveChanges).
    QList<Conflict> conflictsWith(const User &server) const;
    // Every server error goes; `text` goes under each of `names` the form has. False when it has
    // none of them.
    bool setServerErrors(const QStringList &names, const QString &text);
    // While a save is in flight the form is locked: an edit now would be cleared by the reply.
    void setLocked(bool locked);

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void validChanged(bool valid);
    // The person changed the edits (typed, reverted, added, or a draft applied): what a draft keeps.
    void edited();
    // The user as the server has it changed: loaded, saved, or taken in from another device's change.
    void loadedChanged();

private:
    void emitStateChanges();

    struct Notified // what dirtyChanged()/validChanged() said last
    {
        bool dirty = false;
        bool valid = true;
    };

    UserSchema m_schema;
    User m_loaded;
    QList<ProfileField> m_rows;
    Notified m_notified;
    bool m_locked = false;
};
