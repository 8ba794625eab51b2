#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "persistence/draftstore.h"

class ProfileSave;
class UserModel;

// Keeps the unsaved edits of one profile on disk, so that a crash or a kill loses nothing: every
// edit of the model schedules a debounced write to the DraftStore, a successful save removes the
// draft, and restore() puts a draft back into the form as unsaved edits.
class DraftAutosave : public QObject
{
    Q_OBJECT
public:
    DraftAutosave(UserModel *model, ProfileSave *save, QObject *parent = nullptr);
    // Whatever was typed last reaches the disk even if the debounce had not fired yet.
    ~DraftAutosave() override;

    // Without a store (or with an invalid key) nothing is written.
    void setDraftStore(DraftStore *store, const DraftKey &key);
    DraftKey draftKey() const { return m_key; }
    // Loads the draft for the current key into the form; false when there is none.
    bool restore();
    // A draft was restored and not saved since: for a view that binds to the form afterwards.
    bool hasRestoredDraft() const { return m_restored; }

Q_SIGNALS:
    void draftRestored(const QStringList &names);

private:
    void schedule();
    void remove();

    QPointer<UserModel> m_model;
    QPointer<DraftStore> m_store;
    DraftKey m_key;
    bool m_restored = false;
};
