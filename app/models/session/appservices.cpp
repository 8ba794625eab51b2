#include "models/session/appservices.h"

#include "core/accountservice.h"
#include "core/dataservice.h"
#include "core/fileservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "models/session/signinflow.h"
#include "models/staff/journal.h"
#include "persistence/draftstore.h"

AppServices::AppServices(Settings *settings, SessionStore *sessions, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_users(new UserService(new RestClient(Config(), nam, this), this))
    , m_flow(new SignInFlow(m_users, sessions, settings, this))
    , m_data(new DataService(m_users->client(), m_users, this))
    , m_files(new FileService(m_users->client(), m_users, this))
    , m_accounts(new AccountService(m_users->client(), m_users, this))
    , m_drafts(new DraftStore(QString(), this))
    , m_journal(new Journal(QString(), this))
{ }

AppServices::~AppServices()
{
    m_drafts->flush();
}

void AppServices::setDraftDirectory(const QString &directory)
{
    delete m_drafts;
    m_drafts = new DraftStore(directory, this);
}
