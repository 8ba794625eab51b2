#pragma once

#include <QObject>
#include <QPointer>

#include "models/profile/profileedit.h"

#include <functional>

class PendingCall;
class QWidget;

// Stands on every path out of an edited profile (close, sign out, switching user, quit): with
// unsaved edits it asks Save / Discard / Cancel and only then lets the caller proceed.
//
// The question is a seam: `AskFunction` answers asynchronously, so the default shows a window-modal
// QMessageBox with open() (no nested event loop), and tests inject a function that answers at once.
class UnsavedChangesGuard : public QObject
{
    Q_OBJECT
public:
    enum class Answer { Save, Discard, Cancel };
    using AskFunction = std::function<void(QWidget *parent, std::function<void(Answer)> reply)>;

    explicit UnsavedChangesGuard(QWidget *parent);

    void setProfile(ProfileEdit *profile);
    // Whose profile the question is about: empty for the signed-in user's own, otherwise the name
    // a support person knows the user by ("Bob Example").
    void setSubject(const QString &subject);
    // Empty: the default question box.
    void setAskFunction(AskFunction ask);
    static AskFunction messageBoxAsk(const QString &subject = QString());

    // Runs `proceed` now when nothing is unsaved; otherwise after the user chose Discard, or Save
    // and the save succeeded. Nothing happens on Cancel or when the save fails (its error shows).
    void whenSafeToLeave(std::function<void()> proceed);
    bool hasUnsavedChanges() const;
    bool isAsking() const { return m_asking; }

private:
    void dropPendingLeave();

    QWidget *m_parent;
    QPointer<ProfileEdit> m_profile;
    AskFunction m_ask; // injected (tests); empty means messageBoxAsk(m_subject)
    QString m_subject;
    QPointer<PendingCall> m_pendingLeave; // the save whose success lets the person leave
    bool m_asking = false;
};
