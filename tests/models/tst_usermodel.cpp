// UserModel's fields: rows from the real server's schema and user, dirty tracking, local
// validation per type, added properties, no password field (PasswordChange has it), and the
// drafts DraftAutosave keeps of them (on a ProfileEdit, as the app assembles one).
#include "modeltestenv.h"

#include "core/userproperties.h"
#include "fieldroles.h"
#include "models/profile/draftautosave.h"
#include "models/profile/profileedit.h"
#include "models/profile/profilesave.h"
#include "models/propertyvalue.h"
#include "persistence/draftstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

class TestUserModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsFollowSchemaAndUser();
    void systemFieldsAreReadOnly();
    void dirtyTracking();
    void localValidation_data();
    void localValidation();
    void invalidInputIsKeptAndBlocksSave();
    void addProperty_data();
    void addProperty();
    void passwordIsNoField();
    void schemaReloadKeepsEdits();

    void draftWrittenDebouncedWithoutPassword();
    void draftRestoredIntoNewModel();
    void draftDeletedOnSave();

private:
    std::unique_ptr<ProfileEdit> makeProfile();

    ModelTestEnv m_env;
    std::unique_ptr<ClientSession> m_alice;
    UserSchema m_schema;
    User m_aliceUser;
    std::unique_ptr<SelfProfileGateway> m_real;
    RecordingGateway *m_gateway = nullptr; // m_profile's
    std::unique_ptr<ProfileEdit> m_profile;
    std::unique_ptr<QTemporaryDir> m_dir;
};

std::unique_ptr<ProfileEdit> TestUserModel::makeProfile()
{
    auto profile = std::make_unique<ProfileEdit>(new RecordingGateway(m_real.get()));
    UserModel *model = profile->fields();
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    model->setSchema(m_schema);
    model->setUser(m_aliceUser);
    return profile;
}

void TestUserModel::initTestCase()
{
    QVERIFY(m_env.start());
}

void TestUserModel::init()
{
    m_alice = m_env.session(Demo::alice(), Demo::alicePassword());
    QVERIFY(m_alice->users()->isLoggedIn());
    m_schema = m_alice->describeUserClass();
    QVERIFY(!m_schema.isEmpty());
    m_aliceUser = m_alice->users()->currentUser();
    m_real = std::make_unique<SelfProfileGateway>(m_alice->users(), m_alice->data());
    m_profile = makeProfile();
    m_gateway = static_cast<RecordingGateway *>(m_profile->gateway());
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestUserModel::cleanup()
{
    m_profile.reset();
    m_gateway = nullptr;
    m_real.reset();
    m_alice.reset();
}

void TestUserModel::rowsFollowSchemaAndUser()
{
    UserModel &m = *m_profile->fields();
    for (const PropertyDef &def : std::as_const(m_schema.properties)) {
        if (def.name == QLatin1String("password"))
            QCOMPARE(m.rowOf(def.name), -1); // write-only: PasswordChange, not the form
        else if (!UserProperties::isSystem(def.name))
            QVERIFY2(m.rowOf(def.name) >= 0, qPrintable(def.name));
    }
    const QModelIndex email = m.index(m.rowOf(QStringLiteral("email")));
    QCOMPARE(email.data(UserModel::IdentityRole).toBool(), true);
    QCOMPARE(email.data(UserModel::LabelRole).toString(), QStringLiteral("Email"));
    QCOMPARE(email.data(Qt::EditRole).toString(), Demo::alice());
    QCOMPARE(m.index(m.rowOf(QStringLiteral("name"))).data(UserModel::RequiredRole).toBool(), true);
    QCOMPARE(m.value(QStringLiteral("name")).toString(), m_aliceUser.value(QStringLiteral("name")).toString());
    QCOMPARE(m.index(m.rowOf(QStringLiteral("phone"))).data(UserModel::RegexRole).toString().isEmpty(), false);
    QCOMPARE(m.index(m.rowOf(QStringLiteral("age"))).data(UserModel::TypeRole).toInt(), int(PropertyDef::Type::Int));
    QCOMPARE(m.index(m.rowOf(QStringLiteral("birthday"))).data(UserModel::TypeRole).toInt(),
             int(PropertyDef::Type::DateTime));
    QVERIFY(!m.isDirty());
    QVERIFY(m.isValid());
    QVERIFY(!m_profile->save()->isBusy());
    QCOMPARE(m.loadedUser().objectId(), m_aliceUser.objectId());
    QVERIFY(!m_profile->save()->submit()); // nothing to save: no request at all
    QCOMPARE(m_gateway->fetches, 0);
}

void TestUserModel::systemFieldsAreReadOnly()
{
    UserModel &m = *m_profile->fields();
    for (const char *name : {"objectId", "created", "updated", "userStatus"}) {
        const int row = m.rowOf(QLatin1String(name));
        QVERIFY2(row >= 0, name);
        const QModelIndex index = m.index(row);
        QVERIFY(index.data(UserModel::SystemRole).toBool());
        QVERIFY(index.data(UserModel::ReadOnlyRole).toBool());
        QVERIFY(!(m.flags(index) & Qt::ItemIsEditable));
        QVERIFY(!m.setValue(QLatin1String(name), QStringLiteral("x")));
    }
    QCOMPARE(m.value(QStringLiteral("created")).metaType().id(), QMetaType::QDateTime);
    QCOMPARE(m.value(QStringLiteral("created")).toDateTime(), m_aliceUser.created());
    QVERIFY(m.rowOf(QStringLiteral("___class")) < 0);
    QVERIFY(!m.isDirty());

    // A real Users table also has accountType and oAuthIdentities, in the schema and on the user:
    // never a field, never sent (UserProperties).
    UserSchema schema = m_schema;
    User user = m_aliceUser;
    for (const QString &name : {QStringLiteral("accountType"), QStringLiteral("oAuthIdentities")}) {
        PropertyDef def;
        def.name = name;
        def.typeName = QStringLiteral("STRING");
        schema.properties.append(def);
        user.setValue(name, QStringLiteral("BACKENDLESS"));
    }
    UserModel real;
    real.setSchema(schema);
    real.setUser(user);
    for (const QString &name : {QStringLiteral("accountType"), QStringLiteral("oAuthIdentities")}) {
        QVERIFY2(real.rowOf(name) < 0, qPrintable(name));
        QVERIFY(!real.setValue(name, QStringLiteral("x")));
        QVERIFY(!real.addProperty(name, QStringLiteral("x")));
    }
    QVERIFY(real.changes().isEmpty());
}

void TestUserModel::dirtyTracking()
{
    UserModel &m = *m_profile->fields();
    QSignalSpy dirty(&m, &UserModel::dirtyChanged);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    const QString original = m.value(QStringLiteral("name")).toString();
    const int row = m.rowOf(QStringLiteral("name"));

    QVERIFY(m.setValue(QStringLiteral("name"), QStringLiteral("Alice Changed")));
    QVERIFY(m.isDirty());
    QVERIFY(isFieldDirty(&m, QStringLiteral("name")));
    QCOMPARE(m.index(row).data(UserModel::DirtyRole).toBool(), true);
    QCOMPARE(m.index(row).data(UserModel::LoadedValueRole).toString(), original);
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.at(0).at(0).toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);

    // Typing the loaded value again is not a change.
    QVERIFY(m.setValue(QStringLiteral("name"), original));
    QVERIFY(!m.isDirty());
    QCOMPARE(dirty.count(), 2);

    QVERIFY(m.setValue(QStringLiteral("age"), QStringLiteral("44")));
    QVERIFY(m.setValue(QStringLiteral("newsletter"), !m.value(QStringLiteral("newsletter")).toBool()));
    QCOMPARE(m.changes().keys(), (QStringList{QStringLiteral("age"), QStringLiteral("newsletter")}));
    QCOMPARE(m.changes().value(QStringLiteral("age")).toLongLong(), 44);
    m.revert(QStringLiteral("age"));
    QVERIFY(!isFieldDirty(&m, QStringLiteral("age")));
    QCOMPARE(m.changes().keys(), QStringList{QStringLiteral("newsletter")});
    m.revertAll();
    QVERIFY(!m.isDirty());
    QVERIFY(m.changes().isEmpty());
    QCOMPARE(dirty.last().at(0).toBool(), false);
}

void TestUserModel::localValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QVariant>("sent"); // what changes() would send

    QTest::newRow("name ok") << "name" << QVariant(QStringLiteral("Alice B.")) << true
                             << QVariant(QStringLiteral("Alice B."));
    QTest::newRow("name required") << "name" << QVariant(QString()) << false << QVariant();
    QTest::newRow("address cleared") << "address" << QVariant(QString()) << true << QVariant();
    QTest::newRow("phone matches regex") << "phone" << QVariant(QStringLiteral("+49 30 1234567")) << true
                                         << QVariant(QStringLiteral("+49 30 1234567"));
    QTest::newRow("phone fails regex") << "phone" << QVariant(QStringLiteral("call me")) << false
                                       << QVariant(QStringLiteral("call me"));
    QTest::newRow("age int") << "age" << QVariant(QStringLiteral("37")) << true << QVariant(qlonglong(37));
    QTest::newRow("age not a number") << "age" << QVariant(QStringLiteral("thirty")) << false
                                      << QVariant(QStringLiteral("thirty"));
    QTest::newRow("age out of range") << "age" << QVariant(QStringLiteral("99999999999")) << false
                                      << QVariant(QStringLiteral("99999999999"));
    QTest::newRow("age emptied") << "age" << QVariant(QString()) << true << QVariant();
    QTest::newRow("newsletter bool") << "newsletter" << QVariant(true) << true << QVariant(true);
    QTest::newRow("birthday date-time")
        << "birthday" << QVariant(QDateTime(QDate(1990, 5, 17), QTime(12, 0), Qt::UTC)) << true
        << QVariant(QDateTime(QDate(1990, 5, 17), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    QTest::newRow("birthday garbage") << "birthday" << QVariant(QStringLiteral("last tuesday")) << false
                                      << QVariant(QStringLiteral("last tuesday"));
    QTest::newRow("birthday not set") << "birthday" << QVariant(QDateTime()) << true << QVariant();
}

void TestUserModel::localValidation()
{
    QFETCH(QString, field);
    QFETCH(QVariant, input);
    QFETCH(bool, valid);
    QFETCH(QVariant, sent);
    UserModel &m = *m_profile->fields();
    QSignalSpy validSpy(&m, &UserModel::validChanged);
    QCOMPARE(m.setValue(field, input), valid);
    QCOMPARE(m.isValid(), valid);
    QCOMPARE(validSpy.count(), valid ? 0 : 1);
    const QString error = m.index(m.rowOf(field)).data(UserModel::ErrorRole).toString();
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(fieldError(&m, field), error);
    QCOMPARE(m.fieldsWithErrors(), valid ? QStringList() : QStringList{field});
    if (isFieldDirty(&m, field))
        QCOMPARE(m.changes().value(field), sent);
    else
        QVERIFY(!sent.isValid() || PropertyValue::same(*m_schema.find(field), sent, loadedValue(&m, field)));
}

void TestUserModel::invalidInputIsKeptAndBlocksSave()
{
    UserModel &m = *m_profile->fields();
    QSignalSpy fieldErrors(m_profile->save(), &ProfileSave::fieldErrorsChanged);
    QVERIFY(!m.setValue(QStringLiteral("age"), QStringLiteral("4a")));
    QVERIFY(m.setValue(QStringLiteral("address"), QStringLiteral("1 Kept Road")));
    QCOMPARE(m.value(QStringLiteral("age")).toString(), QStringLiteral("4a")); // nothing typed is lost
    QCOMPARE(fieldErrors.count(), 0); // typing does not move focus
    QVERIFY(!m_profile->save()->submit());
    QCOMPARE(fieldErrors.count(), 1);
    QCOMPARE(fieldErrors.at(0).at(0).toStringList(), QStringList{QStringLiteral("age")});
    QVERIFY(!m_profile->save()->isBusy());
    QCOMPARE(m_gateway->fetches, 0);
    QVERIFY(m_gateway->saves.isEmpty());
    // Fixing the field clears the error and makes the form valid again.
    QVERIFY(m.setValue(QStringLiteral("age"), QStringLiteral("40")));
    QVERIFY(m.isValid());
    QVERIFY(m.fieldsWithErrors().isEmpty());
}

void TestUserModel::addProperty_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("new") << "nickname" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("existing") << "address" << false;
    QTest::newRow("system") << "objectId" << false;
    QTest::newRow("secret") << "password" << false;
    QTest::newRow("token") << "user-token" << false;
    QTest::newRow("accountType (real Users table)") << "accountType" << false;
    QTest::newRow("oAuthIdentities (real Users table)") << "oAuthIdentities" << false;
    QTest::newRow("not an identifier") << "nick name" << false;
    QTest::newRow("starts with digit") << "1st" << false;
}

void TestUserModel::addProperty()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    UserModel &m = *m_profile->fields();
    const int rows = m.rowCount();
    QCOMPARE(m.propertyNameError(name).isEmpty(), accepted);
    QCOMPARE(m.addProperty(name, QStringLiteral("value")), accepted);
    QCOMPARE(m.rowCount(), rows + (accepted ? 1 : 0));
    if (!accepted) {
        QVERIFY(!m.isDirty());
        return;
    }
    const QModelIndex index = m.index(m.rowOf(name));
    QVERIFY(index.data(UserModel::AddedRole).toBool());
    QVERIFY(index.data(UserModel::DirtyRole).toBool());
    QVERIFY(!index.data(UserModel::ReadOnlyRole).toBool());
    QCOMPARE(m.changes().value(name).toString(), QStringLiteral("value"));
    m.revert(name); // reverting an added property removes its row
    QCOMPARE(m.rowCount(), rows);
    QVERIFY(!m.isDirty());
}

void TestUserModel::passwordIsNoField()
{
    // The password is changed by its own action (PasswordChange); the profile's save never sends
    // one, whichever way it would be put into the form.
    UserModel &m = *m_profile->fields();
    const QString password = QStringLiteral("password");
    QCOMPARE(m.rowOf(password), -1);
    QVERIFY(!m.setValue(password, QStringLiteral("New-pass-1")));
    QVERIFY(!m.addProperty(password, QStringLiteral("New-pass-1")));
    QVERIFY(!m.addProperty(QStringLiteral("Password"), QStringLiteral("New-pass-1")));
    QVERIFY(m.applyDraftEdits({{password, QStringLiteral("New-pass-1")}}).isEmpty());
    QVERIFY(!m.isDirty());
    QVERIFY(m.changes().isEmpty());
    QVERIFY(fieldError(&m, password).isEmpty());
}

void TestUserModel::schemaReloadKeepsEdits()
{
    UserModel &m = *m_profile->fields();
    QVERIFY(m.setValue(QStringLiteral("bio"), QStringLiteral("Edited before the schema came back")));
    QVERIFY(m.addProperty(QStringLiteral("nickname"), QStringLiteral("Al")));
    m.setSchema(m_alice->describeUserClass());
    QCOMPARE(m.value(QStringLiteral("bio")).toString(), QStringLiteral("Edited before the schema came back"));
    QVERIFY(isFieldDirty(&m, QStringLiteral("bio")));
    QVERIFY(m.index(m.rowOf(QStringLiteral("nickname"))).data(UserModel::AddedRole).toBool());
}

void TestUserModel::draftWrittenDebouncedWithoutPassword()
{
    DraftStore store(m_dir->path());
    store.setDebounceInterval(150);
    const DraftKey key{m_env.config().serverKey(), QStringLiteral("demo-app-id"), m_aliceUser.objectId()};
    m_profile->autosave()->setDraftStore(&store, key);
    QSignalSpy written(&store, &DraftStore::written);
    for (const char *text : {"A", "Al", "Ali", "Alic", "Alice Draft"})
        QVERIFY(m_profile->fields()->setValue(QStringLiteral("name"), QLatin1String(text)));
    m_profile->fields()->applyDraftEdits({{QStringLiteral("password"), QStringLiteral("Draft-secret-9")}}); // ignored
    QVERIFY(!QFile::exists(store.filePath(key)));
    QVERIFY(written.wait(3000));
    QCOMPARE(written.count(), 1);
    QFile file(store.filePath(key));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Alice Draft"));
    QVERIFY(!bytes.contains("Draft-secret-9"));
    QVERIFY(!bytes.contains(m_alice->users()->userToken().toUtf8()));
    QVERIFY(!bytes.contains("\"password\""));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestUserModel::draftRestoredIntoNewModel()
{
    const DraftKey key{m_env.config().serverKey(), QStringLiteral("demo-app-id"), m_aliceUser.objectId()};
    const QDateTime birthday(QDate(1991, 1, 2), QTime(3, 4), Qt::UTC);
    {
        DraftStore store(m_dir->path());
        store.setDebounceInterval(60 * 1000); // only the destructor flush will write
        auto model = makeProfile();
        model->autosave()->setDraftStore(&store, key);
        QVERIFY(model->fields()->setValue(QStringLiteral("address"), QStringLiteral("7 Draft Lane")));
        QVERIFY(model->fields()->setValue(QStringLiteral("birthday"), birthday));
        QVERIFY(
            !model->fields()->setValue(QStringLiteral("age"), QStringLiteral("forty"))); // invalid input survives too
        QVERIFY(model->fields()->addProperty(QStringLiteral("nickname"), QStringLiteral("Ally")));
    } // model and store gone without saving, as after a crash the file is what remains
    DraftStore store(m_dir->path());
    auto model = makeProfile();
    model->autosave()->setDraftStore(&store, key);
    QSignalSpy restored(model->autosave(), &DraftAutosave::draftRestored);
    QVERIFY(model->autosave()->restore());
    QCOMPARE(restored.count(), 1);
    QStringList names = restored.at(0).at(0).toStringList();
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("address"), QStringLiteral("age"), QStringLiteral("birthday"),
                          QStringLiteral("nickname")}));
    QCOMPARE(model->fields()->value(QStringLiteral("address")).toString(), QStringLiteral("7 Draft Lane"));
    QCOMPARE(model->fields()->value(QStringLiteral("birthday")).toDateTime(), birthday);
    QCOMPARE(model->fields()->value(QStringLiteral("age")).toString(), QStringLiteral("forty"));
    QVERIFY(!fieldError(model->fields(), QStringLiteral("age")).isEmpty());
    QVERIFY(
        model->fields()->index(model->fields()->rowOf(QStringLiteral("nickname"))).data(UserModel::AddedRole).toBool());
    QVERIFY(model->fields()->isDirty());

    // Another user's form does not pick it up.
    DraftKey bobKey = key;
    bobKey.userId = QStringLiteral("someone-else");
    auto other = makeProfile();
    other->autosave()->setDraftStore(&store, bobKey);
    QVERIFY(!other->autosave()->restore());
    QVERIFY(!other->fields()->isDirty());
}

void TestUserModel::draftDeletedOnSave()
{
    DraftStore store(m_dir->path());
    store.setDebounceInterval(20);
    const DraftKey key{m_env.config().serverKey(), QStringLiteral("demo-app-id"), m_aliceUser.objectId()};
    m_profile->autosave()->setDraftStore(&store, key);
    QVERIFY(m_profile->fields()->setValue(QStringLiteral("bio"), QStringLiteral("Saved from a draft test")));
    QTRY_VERIFY(QFile::exists(store.filePath(key)));
    QSignalSpy saved(m_profile->save(), &ProfileSave::saved);
    m_profile->save()->submit();
    QVERIFY(saved.wait(10000));
    QVERIFY(!QFile::exists(store.filePath(key)));
    QTest::qWait(60); // no late debounced write brings it back
    QVERIFY(!QFile::exists(store.filePath(key)));
    QVERIFY(!m_profile->fields()->isDirty());
}

QTEST_GUILESS_MAIN(TestUserModel)
#include "tst_usermodel.moc"
