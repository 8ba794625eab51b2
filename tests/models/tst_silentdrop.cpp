// A server that drops a property silently and answers 200 (real Backendless with dynamic schema
// off, as the official SDK's own end-to-end tests saw it): nothing typed is lost. The property
// keeps its row, stays an unsaved edit and in the draft, and says why under the field.
#include "modeltestenv.h"

#include "fieldroles.h"
#include "models/profile/draftautosave.h"
#include "models/profile/profilesave.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

// The real save through the in-process server, minus `dropped`: never sent on, so the server's
// reply lacks it (a new property) or still holds the old value (an existing column).
class DroppingGateway final : public ProfileGateway
{
    Q_OBJECT
public:
    DroppingGateway(ProfileGateway *real, const QString &dropped)
        : m_real(real)
        , m_dropped(dropped)
    { }
    UserCall *fetch(const QString &objectId) override { return m_real->fetch(objectId); }
    UserCall *save(const QString &objectId, const QVariantMap &changes) override
    {
        sent = changes;
        QVariantMap kept = changes;
        kept.remove(m_dropped);
        return m_real->save(objectId, kept);
    }

    QVariantMap sent;

private:
    ProfileGateway *m_real;
    QString m_dropped;
};

} // namespace

class TestSilentDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void droppedPropertyIsKept_data();
    void droppedPropertyIsKept();

private:
    std::unique_ptr<ModelTestEnv> m_env;
    std::unique_ptr<ClientSession> m_alice;
    std::unique_ptr<SelfProfileGateway> m_real;
    QTemporaryDir m_dir;
};

void TestSilentDrop::init()
{
    m_env = std::make_unique<ModelTestEnv>();
    QVERIFY(m_env->start());
    m_alice = m_env->session(Demo::alice(), Demo::alicePassword());
    QVERIFY(m_alice->users()->isLoggedIn());
    m_real = std::make_unique<SelfProfileGateway>(m_alice->users(), m_alice->data());
    QVERIFY(m_dir.isValid());
}

void TestSilentDrop::cleanup()
{
    m_real.reset();
    m_alice.reset();
    m_env.reset();
}

void TestSilentDrop::droppedPropertyIsKept_data()
{
    QTest::addColumn<QString>("dropped");
    QTest::addColumn<bool>("added");
    QTest::newRow("a new property (missing from the reply)") << "nickname" << true;
    QTest::newRow("an existing column (old value in the reply)") << "phone" << false;
}

void TestSilentDrop::droppedPropertyIsKept()
{
    QFETCH(QString, dropped);
    QFETCH(bool, added);
    const QString typed = added ? QStringLiteral("Ally") : QStringLiteral("+1 555 0100");
    DroppingGateway gateway(m_real.get(), dropped);
    UserModel model;
    ProfileSave save(&model, &gateway);
    DraftAutosave autosave(&model, &save);
    model.setSchema(m_alice->describeUserClass());
    model.setUser(m_alice->users()->currentUser());
    DraftStore drafts(m_dir.path());
    const DraftKey key{m_env->config().serverKey(), m_env->config().appId(), model.loadedUser().objectId()};
    autosave.setDraftStore(&drafts, key);

    QVERIFY(model.setValue(QStringLiteral("address"), QStringLiteral("123 Main St")));
    QVERIFY(added ? model.addProperty(dropped, typed) : model.setValue(dropped, typed));
    QSignalSpy saved(&save, &ProfileSave::saved);
    QSignalSpy fieldErrors(&save, &ProfileSave::fieldErrorsChanged);
    QVERIFY(save.submit());
    QTRY_VERIFY_WITH_TIMEOUT(!save.isBusy(), 15000);
    QCOMPARE(gateway.sent.value(dropped).toString(), typed); // it was sent, and the server said 200

    // The rest of the save stands: address is stored and no longer an edit.
    QCOMPARE(m_alice->get(model.loadedUser().objectId()).value(QStringLiteral("address")).toString(),
             QStringLiteral("123 Main St"));
    QVERIFY(!isFieldDirty(&model, QStringLiteral("address")));
    QCOMPARE(fieldError(&model, QStringLiteral("address")), QString());

    // What the server did not store is still there, unsaved, with the reason under the field.
    QCOMPARE(saved.count(), 0); // "Your changes were saved" would be untrue
    QCOMPARE(fieldErrors.count(), 1);
    QCOMPARE(fieldErrors.at(0).at(0).toStringList(), QStringList{dropped});
    const int row = model.rowOf(dropped);
    QVERIFY(row >= 0);
    QCOMPARE(model.value(dropped).toString(), typed);
    QVERIFY(isFieldDirty(&model, dropped));
    QVERIFY(model.isDirty());
    QCOMPARE(model.index(row).data(UserModel::AddedRole).toBool(), added);
    QCOMPARE(fieldError(&model, dropped),
             QStringLiteral("The server did not store this property. Its dynamic schema may be off."));

    // And in the draft, which holds only what is still unsaved.
    drafts.flush();
    const QVariantMap draft = drafts.load(key);
    QCOMPARE(draft.keys(), QStringList{dropped});
    QCOMPARE(draft.value(dropped).toString(), typed);

    // Saving again through a server that keeps it: saved, the message gone, the draft removed.
    RecordingGateway keeping(m_real.get());
    UserModel again;
    ProfileSave saveAgain(&again, &keeping);
    DraftAutosave autosaveAgain(&again, &saveAgain);
    again.setSchema(model.schema());
    again.setUser(model.loadedUser());
    autosaveAgain.setDraftStore(&drafts, key);
    QVERIFY(autosaveAgain.restore());
    QSignalSpy savedAgain(&saveAgain, &ProfileSave::saved);
    QVERIFY(saveAgain.submit());
    QVERIFY(savedAgain.wait(15000));
    QVERIFY(!again.isDirty());
    QCOMPARE(again.value(dropped).toString(), typed);
    QVERIFY(!drafts.contains(key));
}

QTEST_GUILESS_MAIN(TestSilentDrop)
#include "tst_silentdrop.moc"
