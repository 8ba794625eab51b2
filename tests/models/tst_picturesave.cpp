#include "modeltestenv.h"

#include "core/fileservice.h"
#include "core/fileurl.h"
#include "models/errorcatalog.h"
#include "models/profile/picturestore.h"
#include "models/profile/profileedit.h"
#include "models/profile/profilesave.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

// The save of a picture field against the real local server: upload first, the PUT with the URL
// (REST key replaced), the previous file deleted only after the PUT, a failed PUT leaving no
// upload behind, a refused upload under the field with nothing PUT, a cancel during the PUT leaving
// only what the row names, and a local copy gone once no edit names it.
namespace {

// A PUT whose answer never comes (until cancel()). With `apply`, the real PUT reaches the server
// first and only its answer is lost; without, nothing is sent.
class HangingPutGateway final : public ProfileGateway
{
public:
    HangingPutGateway(ProfileGateway *real, bool apply)
        : m_real(real)
        , m_apply(apply)
    { }
    UserCall *fetch(const QString &objectId) override
    {
        UserCall *call = m_real->fetch(objectId);
        connect(call, &PendingCall::finished, this, [this] { ++fetched; });
        return call;
    }
    UserCall *save(const QString &objectId, const QVariantMap &changes) override
    {
        saves.append(changes);
        if (m_apply) {
            UserCall *real = m_real->save(objectId, changes);
            connect(real, &PendingCall::finished, this, [this] { applied = true; });
        }
        return follow(new UserCall(this));
    }

    QList<QVariantMap> saves;
    bool applied = false;
    int fetched = 0; // re-reads answered: the save's check, then the cancel's

private:
    ProfileGateway *m_real;
    bool m_apply;
};

} // namespace

class TestPictureSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void uploadThenPutThenDeleteOld();
    void failedPutDeletesFreshUpload();
    void refusedUploadUnderTheField();
    void cancelDuringPutDeletesTheUpload();
    void cancelAfterAppliedPutKeepsTheUpload();
    void localCopyGoesWhenNoEditNamesIt();

private:
    void setUp(const QString &folderOwner);
    Error submit();
    bool isGone(const QString &storedUrl); // a GET of the file (key put back) fails

    std::unique_ptr<ModelTestEnv> m_env;
    std::unique_ptr<ClientSession> m_alice;
    std::unique_ptr<FileService> m_files;
    std::unique_ptr<PictureStore> m_store;
    std::unique_ptr<SelfProfileGateway> m_real;
    std::unique_ptr<RecordingGateway> m_gateway;
    std::unique_ptr<UserModel> m_model;
    std::unique_ptr<ProfileSave> m_save;
    QTemporaryDir m_drafts;
    QString m_key;
};

void TestPictureSave::init()
{
    m_env = std::make_unique<ModelTestEnv>();
    QVERIFY(m_env->start());
    m_alice = m_env->session(Demo::alice(), Demo::alicePassword());
    QVERIFY(m_alice->users()->isLoggedIn());
    m_key = m_env->server()->classicBaseUrl().path().section(QLatin1Char('/'), -1);
}

void TestPictureSave::cleanup()
{
    m_save.reset();
    m_model.reset();
    m_gateway.reset();
    m_real.reset();
    m_store.reset();
    m_files.reset();
    m_alice.reset();
    m_env.reset();
}

void TestPictureSave::setUp(const QString &folderOwner)
{
    m_files = std::make_unique<FileService>(m_alice->client(), m_alice->users());
    m_store = std::make_unique<PictureStore>(m_files.get(), m_key, folderOwner);
    m_store->setLocalDirectory(m_drafts.path() + QStringLiteral("/pictures"));
    m_real = std::make_unique<SelfProfileGateway>(m_alice->users(), m_alice->data());
    m_gateway = std::make_unique<RecordingGateway>(m_real.get());
    m_model = std::make_unique<UserModel>();
    m_model->setSchema(m_alice->describeUserClass());
    m_model->setUser(m_alice->users()->currentUser());
    m_save = std::make_unique<ProfileSave>(m_model.get(), m_gateway.get());
    m_gateway->setPictures(m_store.get());
}

Error TestPictureSave::submit()
{
    PendingCall *attempt = m_save->submit();
    if (!attempt)
        return Error::local(QStringLiteral("nothing submitted"));
    Error error = Error::local(QStringLiteral("no outcome"));
    [&] { QVERIFY(finish(attempt, [&](PendingCall *c) { error = c->error(); })); }();
    return error;
}

bool TestPictureSave::isGone(const QString &storedUrl)
{
    bool gone = false;
    finish(m_store->fetch(storedUrl), [&](BytesCall *c) { gone = c->error().isError(); });
    return gone;
}

void TestPictureSave::uploadThenPutThenDeleteOld()
{
    setUp(m_alice->users()->currentUser().objectId());
    const QString local = m_store->keepLocal("first picture bytes", QStringLiteral("jpg"));
    QVERIFY(PictureStore::isLocal(local));
    QVERIFY(m_model->setValue(QStringLiteral("avatar"), local));
    QVERIFY(!submit().isError());

    // The PUT carried the uploaded file's URL with the key replaced, never the local copy.
    QCOMPARE(m_gateway->saves.size(), 1);
    const QString first = m_gateway->saves.constFirst().value(QStringLiteral("avatar")).toString();
    QVERIFY2(first.contains(QLatin1String("/REST-API-KEY/files/users/")), qPrintable(first));
    QVERIFY(!first.contains(m_key));
    QCOMPARE(m_alice->get(m_alice->users()->currentUser().objectId()).value(QStringLiteral("avatar")).toString(),
             first);
    QVERIFY(!m_model->isDirty());
    QVERIFY(!isGone(first)); // served
    QVERIFY(!QFile::exists(QUrl(local).toLocalFile())); // the local copy went with the save

    // Replaced: the new file is there, the first one is gone.
    QVERIFY(m_model->setValue(QStringLiteral("avatar"), m_store->keepLocal("second", QStringLiteral("png"))));
    QVERIFY(!submit().isError());
    const QString second = m_gateway->saves.last().value(QStringLiteral("avatar")).toString();
    QVERIFY(second != first && second.endsWith(QLatin1String(".png")));
    QVERIFY(!isGone(second));
    QTRY_VERIFY(isGone(first));

    // Removed: the row is empty and the file deleted after the PUT.
    QVERIFY(m_model->setValue(QStringLiteral("avatar"), QVariant()));
    QVERIFY(!submit().isError());
    QVERIFY(m_alice->get(m_alice->users()->currentUser().objectId()).value(QStringLiteral("avatar")).isNull());
    QTRY_VERIFY(isGone(second));
}

void TestPictureSave::failedPutDeletesFreshUpload()
{
    setUp(m_alice->users()->currentUser().objectId());
    const QString local = m_store->keepLocal("picture bytes", QStringLiteral("jpg"));
    QVERIFY(m_model->setValue(QStringLiteral("avatar"), local));
    // The same save takes bob's address: the PUT is refused (unique email).
    QVERIFY(m_model->setValue(QStringLiteral("email"), Demo::bob()));
    QVERIFY(submit().isError());
    QCOMPARE(m_gateway->saves.size(), 1);
    const QString uploaded = m_gateway->saves.constFirst().value(QStringLiteral("avatar")).toString();
    QVERIFY(uploaded.contains(QLatin1String("/files/users/")));
    QTRY_VERIFY(isGone(uploaded)); // deleted by the failed save
    // The edit stays: the local copy is still the field's value, and still on disk.
    QCOMPARE(m_model->changes().value(QStringLiteral("avatar")).toString(), local);
    QVERIFY(QFile::exists(QUrl(local).toLocalFile()));
}

void TestPictureSave::refusedUploadUnderTheField()
{
    // Alice may write only under users/{her id}/: a store pointed at bob's folder is refused.
    setUp(m_alice->users()->currentUser().objectId() + QStringLiteral("-not-hers"));
    QSignalSpy fieldErrors(m_save.get(), &ProfileSave::fieldErrorsChanged);
    QVERIFY(m_model->setValue(QStringLiteral("avatar"), m_store->keepLocal("x", QStringLiteral("jpg"))));
    const Error error = submit();
    QCOMPARE(error.httpStatus, 403);
    QVERIFY(m_gateway->saves.isEmpty()); // nothing PUT
    QCOMPARE(fieldErrors.size(), 1);
    QCOMPARE(fieldErrors.constFirst().constFirst().toStringList(), QStringList{QStringLiteral("avatar")});
    const int row = m_model->rowOf(QStringLiteral("avatar"));
    QCOMPARE(m_model->index(row).data(UserModel::ErrorRole).toString(), ErrorCatalog::pictureText(error));
    QVERIFY(m_model->isDirty());
}

// Cancel while the PUT is out (its answer not back) and the server never got it: the row does not
// name the fresh upload, so it is deleted, as after a failed PUT; the edit stays.
void TestPictureSave::cancelDuringPutDeletesTheUpload()
{
    setUp(m_alice->users()->currentUser().objectId());
    HangingPutGateway hanging(m_real.get(), false);
    hanging.setPictures(m_store.get());
    ProfileSave save(m_model.get(), &hanging);
    const QString local = m_store->keepLocal("picture bytes", QStringLiteral("jpg"));
    QVERIFY(m_model->setValue(QStringLiteral("avatar"), local));
    PendingCall *attempt = save.submit();
    QVERIFY(attempt);
    QTRY_COMPARE(hanging.saves.size(), 1); // uploaded, the PUT out
    const QString uploaded = hanging.saves.constFirst().value(QStringLiteral("avatar")).toString();
    QVERIFY2(uploaded.contains(QLatin1String("/files/users/")), qPrintable(uploaded));
    QVERIFY(!isGone(uploaded));
    save.cancel();
    QVERIFY(!save.isBusy());
    QTRY_VERIFY(isGone(uploaded));
    QVERIFY(m_alice->get(m_alice->users()->currentUser().objectId()).value(QStringLiteral("avatar")).isNull());
    QCOMPARE(m_model->changes().value(QStringLiteral("avatar")).toString(), local);
    QVERIFY(QFile::exists(QUrl(local).toLocalFile()));
}

// Cancel after the server applied the PUT (only the answer lost): the row names the upload, which
// stays.
void TestPictureSave::cancelAfterAppliedPutKeepsTheUpload()
{
    setUp(m_alice->users()->currentUser().objectId());
    HangingPutGateway hanging(m_real.get(), true);
    hanging.setPictures(m_store.get());
    ProfileSave save(m_model.get(), &hanging);
    QVERIFY(m_model->setValue(QStringLiteral("avatar"), m_store->keepLocal("picture bytes", QStringLiteral("jpg"))));
    QVERIFY(save.submit());
    QTRY_VERIFY(hanging.applied);
    const QString uploaded = hanging.saves.constFirst().value(QStringLiteral("avatar")).toString();
    save.cancel();
    // The re-read is answered and looked at (a delete it started would have landed by now).
    QTRY_COMPARE(hanging.fetched, 2);
    QTest::qWait(200);
    QVERIFY(!isGone(uploaded));
    QCOMPARE(m_alice->get(m_alice->users()->currentUser().objectId()).value(QStringLiteral("avatar")).toString(),
             uploaded);
}

// A chosen picture's local copy lives beside the draft while an edit names it: reverted, replaced
// by another choice, or reverted with everything else, it is deleted.
void TestPictureSave::localCopyGoesWhenNoEditNamesIt()
{
    setUp(m_alice->users()->currentUser().objectId());
    ProfileEdit edit(new SelfProfileGateway(m_alice->users(), m_alice->data()));
    edit.fields()->setSchema(m_alice->describeUserClass());
    edit.take(m_alice->users()->currentUser());
    auto *store = new PictureStore(m_files.get(), m_key, m_alice->users()->currentUser().objectId());
    store->setLocalDirectory(m_drafts.path() + QStringLiteral("/pictures"));
    edit.setPictures(store);
    const auto exists = [](const QString &url) { return QFile::exists(QUrl(url).toLocalFile()); };

    const QString first = store->keepLocal("first", QStringLiteral("jpg"));
    QVERIFY(edit.fields()->setValue(QStringLiteral("avatar"), first));
    QVERIFY(exists(first));
    edit.fields()->revert(QStringLiteral("avatar"));
    QVERIFY(!exists(first)); // reverted: nothing names it

    const QString second = store->keepLocal("second", QStringLiteral("jpg"));
    QVERIFY(edit.fields()->setValue(QStringLiteral("avatar"), second));
    const QString third = store->keepLocal("third", QStringLiteral("png"));
    QVERIFY(edit.fields()->setValue(QStringLiteral("avatar"), third));
    QVERIFY(!exists(second)); // replaced by another choice
    QVERIFY(exists(third));
    QVERIFY(edit.fields()->setValue(QStringLiteral("name"), QStringLiteral("Alice Picture")));
    QVERIFY(exists(third)); // another edit: the picture's edit still names it
    edit.fields()->revertAll();
    QVERIFY(!exists(third));
}

QTEST_GUILESS_MAIN(TestPictureSave)
#include "tst_picturesave.moc"
