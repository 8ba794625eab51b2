#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "models/profile/conflict.h"

class FieldsBinder;
class MessageBanner;
class ProfileEdit;
class QAction;
class UserModel;

// What a change made elsewhere looks like in one form (LiveChanges reports it, over Real-Time): a
// field that took the new value is marked "Changed elsewhere" for a few seconds (FieldRow) and
// named in the banner, which screen readers announce; a field the person edited that changed
// elsewhere too is named in the banner with "Review…" (reviewRequested()), never a dialog that
// would take the focus from where they type.
class LiveChangesView : public QObject
{
    Q_OBJECT
public:
    // How long a field that took a value from elsewhere stays marked.
    static constexpr int MarkMs = 6000;

    LiveChangesView(FieldsBinder *fields, MessageBanner *banner, QObject *parent = nullptr);

    void setProfile(ProfileEdit *profile);
    // The fields' labels, for a message that names them.
    static QStringList labels(const UserModel *model, const QStringList &names);

Q_SIGNALS:
    // "Review…": the save's re-read and conflict choice settle it.
    void reviewRequested();
    // Fields that took a value from elsewhere while the form had unsaved edits.
    void changedWhileEditing(const QStringList &names);

private:
    void onChangedElsewhere(const QStringList &names);
    void onConflicts(const QList<Conflict> &conflicts);
    void mark(const QStringList &names);

    FieldsBinder *m_fields;
    MessageBanner *m_banner;
    QPointer<ProfileEdit> m_profile;
    QAction *m_review;
    QList<QMetaObject::Connection> m_connections;
};
