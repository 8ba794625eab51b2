#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

#include "models/profile/conflict.h"
#include "persistence/draftstore.h"
#include "core/error.h"
#include "models/errorcatalog.h"
#include "core/user.h"
#include "core/userschema.h"

class ProfileGateway;

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
// ReadOnlyRole), then properties added with addProperty() (AddedRole).
//
// Qt::EditRole holds the edited value (the loaded one when not edited); Qt::DisplayRole the
// formatted text. setData(EditRole) == setValue().
//
// Save: submit() re-reads the user through the gateway (a refused read does not block the save:
// the PUT's answer decides); if `updated` moved since load and the server changed a property the
// user also edited, conflictsFound() lets the user choose per field (resolveConflicts());
// otherwise only the changed properties are sent. Success: the server's user becomes the loaded
// state, edits and the draft are cleared, saved(); except what the reply shows the server did not
// store (a silent drop): that stays an edit, in the draft, with an error under the field
// (fieldErrorsChanged(), no saved()). Failure: ErrorCatalog decides where the error goes; every
// edit is kept.
class UserModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY validChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    enum Role {
        NameRole = Qt::UserRole + 1, // QString property name
        LabelRole,                   // QString tr()'d label ("Email", "Name", or the name itself)
        TypeRole,                    // int PropertyDef::Type
        LoadedValueRole,             // value as loaded from the server
        RequiredRole,                // bool
        IdentityRole,                // bool
        ReadOnlyRole,                // bool: system column or a type the form does not edit
        SystemRole,                  // bool: objectId, created, updated, lastLogin, userStatus, ...
        RegexRole,                   // QString customRegex
        ErrorRole,                   // QString: local or server error text; empty = fine
        DirtyRole,                   // bool: edited value differs from the loaded one
        AddedRole,                   // bool: new dynamic property (not yet on the server)
        TypeNameRole,                // QString: the schema's type name ("STRING", "DATETIME", ...)
    };
    Q_ENUM(Role)

    explicit UserModel(ProfileGateway *gateway, QObject *parent = nullptr);
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
    QString objectId() const;

    // Fields
    int rowOf(const QString &name) const; // -1 if none
    QStringList propertyNames() const;
    QVariant value(const QString &name) const;       // edited value, or loaded
    QVariant loadedValue(const QString &name) const;
    bool setValue(const QString &name, const QVariant &value); // false: unknown/read-only field or invalid input (kept, ErrorRole set)
    QString fieldError(const QString &name) const;
    QStringList fieldsWithErrors() const;            // in row order
    bool isFieldDirty(const QString &name) const;
    void revert(const QString &name);
    void revertAll();
    // A new dynamic property; false for an empty/existing/system/secret name (nothing added).
    bool addProperty(const QString &name, const QVariant &value);
    // Why addProperty() would refuse `name` (tr()'d), or empty when it would accept it.
    QString propertyNameError(const QString &name) const;

    // State
    bool isDirty() const;
    bool isValid() const;
    bool isBusy() const { return m_state != State::Idle && m_state != State::AwaitingResolution; }
    bool isAwaitingConflictResolution() const { return m_state == State::AwaitingResolution; }
    QList<Conflict> pendingConflicts() const { return m_conflicts; }
    Error lastError() const { return m_lastError; }

    // What a save sends: the changed properties in wire form.
    QVariantMap changes() const;

    // Drafts: the edits in wire form (DATETIME as epoch ms); a secret is never a row, so never here.
    QVariantMap draftEdits() const;
    // Applies edits of a draft (unknown names become added properties); returns the names applied.
    QStringList applyDraftEdits(const QVariantMap &edits);
    // With a store, every edit schedules a debounced draft write; a successful save removes it.
    void setDraftStore(DraftStore *store, const DraftKey &key);
    DraftKey draftKey() const { return m_draftKey; }
    // Loads the draft for the current key into the form; false when there is none.
    bool restoreDraft();

public Q_SLOTS:
    // The save (QAbstractItemModel's "submit cached edits to permanent storage"): re-read,
    // conflict check, then save. Returns false when nothing was started (busy, nothing changed,
    // or a local error: then fieldErrorsChanged() says where).
    // Beware: item views call submit() when a delegate editor closes (SubmitModelCache), and
    // QDataWidgetMapper in AutoSubmit mode on every focus change. The editor binds fields with its
    // own widgets; a view or mapper put on this model must use ManualSubmit / no delegate editing.
    bool submit() override;
    void resolveConflicts(const QHash<QString, ConflictChoice> &choices); // then saves
    void retry();    // the same edits again (after Retry, or after signing in again)
    void cancel();   // aborts the request in flight; edits stay

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void validChanged(bool valid);
    void busyChanged(bool busy);
    void saved();
    // A form-level message for the banner (text from ErrorCatalog; action: Retry, ServerSettings...).
    void formError(const Error &error, const QString &text, ErrorCatalog::Action action);
    // After a save attempt placed errors on fields (local validation refused submit(), or the
    // server's reply): the names with an error, in form order, so the UI can focus the first.
    // Errors that appear while typing arrive through dataChanged(ErrorRole) and move no focus.
    void fieldErrorsChanged(const QStringList &names);
    void reauthenticationRequired(const Error &error);
    void conflictsFound(const QList<Conflict> &conflicts);
    // A save found that another device had changed these fields, which the person had not edited:
    // the form now shows the server's values (no silent switch: the editor names them).
    void serverChangesTaken(const QStringList &names);
    void draftRestored(const QStringList &names);

private:
    enum class State { Idle, Checking, AwaitingResolution, Saving };
    struct Row
    {
        PropertyDef def;
        QVariant loaded;
        QVariant edited;      // meaningful when hasEdit
        bool hasEdit = false;
        bool system = false;
        bool added = false;
        QString localError;   // from PropertyValue::check
        QString serverError;  // from the last failed save (ErrorCatalog)
        QVariant current() const { return hasEdit ? edited : loaded; }
        void dropEdit()
        {
            hasEdit = false;
            edited.clear();
            localError.clear();
            serverError.clear();
        }
    };

    QList<Row> buildRows() const; // from m_schema + m_loaded (+ the added rows kept)
    void setState(State state);
    void startSave();
    void onFetched(const User &server);
    void onSaved(const User &server);
    void keepNotStored(const QVariantMap &sent, const QStringList &names);
    void onFailed(const Error &error);
    void rebase(const User &server); // server's user becomes loaded; edits kept
    void placeServerError(const Error &error);
    static bool readRefusedButSaveMayWork(const Error &error);
    void clearServerErrors();
    void emitRowChanged(int row);
    void emitStateChanges();
    void scheduleDraft();

    QPointer<ProfileGateway> m_gateway;
    UserSchema m_schema;
    User m_loaded;
    QList<Row> m_rows;
    State m_state = State::Idle;
    Error m_lastError;
    QList<Conflict> m_conflicts;
    User m_serverUser; // the re-read user while conflicts are pending
    QVariantMap m_sent; // what the save in flight sent, to compare with what comes back
    QPointer<DraftStore> m_drafts;
    DraftKey m_draftKey;
    bool m_lastDirty = false;
    bool m_lastValid = true;
    QStringList m_lastErrorFields;
};
