#include "models/profile/draftautosave.h"

#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"

DraftAutosave::DraftAutosave(UserModel *model, ProfileSave *save, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    if (m_model)
        connect(m_model, &UserModel::edited, this, &DraftAutosave::schedule);
    // Connected before anyone who shows "saved": the draft is gone by the time they hear of it.
    if (save)
        connect(save, &ProfileSave::saved, this, &DraftAutosave::remove);
}

DraftAutosave::~DraftAutosave()
{
    if (m_store)
        m_store->flush();
}

void DraftAutosave::setDraftStore(DraftStore *store, const DraftKey &key)
{
    m_store = store;
    m_key = key;
}

bool DraftAutosave::restore()
{
    if (!m_store || !m_key.isValid() || !m_model)
        return false;
    const QStringList names = m_model->applyDraftEdits(m_store->load(m_key));
    if (names.isEmpty())
        return false;
    m_restored = true;
    Q_EMIT draftRestored(names);
    return true;
}

void DraftAutosave::schedule()
{
    if (m_store && m_key.isValid() && m_model)
        m_store->schedule(m_key, m_model->changes());
}

void DraftAutosave::remove()
{
    m_restored = false;
    if (m_store && m_key.isValid())
        m_store->remove(m_key);
}
