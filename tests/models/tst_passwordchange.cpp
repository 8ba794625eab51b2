// PasswordChange against the in-process server: the rule as it is typed, when "do not match"
// appears, a wrong current password (3003) under its field with everything kept, and a change
// that works: the new password signs in, the old one does not, and the app's session (renewed by
// the check of the current password) keeps working for the profile's saves.
#include "modeltestenv.h"

#include "models/profile/passwordchange.h"
#include "models/profile/profilesave.h"

#include <QSignalSpy>

class TestPasswordChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void ruleIsStatedAndChecked();
    void ruleCountsCharactersNotCodeUnits();
    void mismatchOnlyOnceConfirmationIsComplete();
    void refusedSubmitSaysWhatIsMissing();
    void wrongCurrentPasswordIsPlacedAndKept();
    void changeWorksAndTheSessionGoesOn();

private:
    static bool ruleMet(const PasswordChange &change, int index);
    void typeAll(const QString &current, const QString &fresh, const QString &confirm);

    std::unique_ptr<ModelTestEnv> m_env;
    std::unique_ptr<ClientSession> m_alice;
    std::unique_ptr<PasswordChange> m_change;
};

void TestPasswordChange::init()
{
    m_env = std::make_unique<ModelTestEnv>();
    QVERIFY(m_env->start());
    m_alice = m_env->session(Demo::alice(), Demo::alicePassword());
    QVERIFY(m_alice->users()->isLoggedIn());
    m_change = std::make_unique<PasswordChange>(m_alice->users());
}

void TestPasswordChange::cleanup()
{
    m_change.reset();
    m_alice.reset();
    m_env.reset();
}

bool TestPasswordChange::ruleMet(const PasswordChange &change, int index)
{
    return change.rules().value(index).met;
}

void TestPasswordChange::typeAll(const QString &current, const QString &fresh, const QString &confirm)
{
    m_change->setCurrentPassword(current);
    m_change->setNewPassword(fresh);
    m_change->setConfirmation(confirm);
}

void TestPasswordChange::ruleIsStatedAndChecked()
{
    PasswordChange &c = *m_change;
    QCOMPARE(c.identity(), Demo::alice());
    // Stated before anything is typed: length, not the current one, not the sign-in name.
    const QList<PasswordChange::Rule> rules = c.rules();
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules.at(0).text, QStringLiteral("At least 8 characters"));
    QCOMPARE(rules.at(1).text, QStringLiteral("Not your current password"));
    QCOMPARE(rules.at(2).text, QStringLiteral("Not the same as alice@example.com"));
    QVERIFY(!c.rulesMet());

    typeAll(Demo::alicePassword(), QStringLiteral("Abc12"), QStringLiteral("Abc12")); // 5 were accepted before
    QVERIFY(!ruleMet(c, 0));
    QVERIFY(ruleMet(c, 1));
    QVERIFY(!c.canSubmit());
    QVERIFY(c.error(PasswordChange::Field::New).isEmpty()); // the rule shows it; no telling-off yet

    typeAll(Demo::alicePassword(), QStringLiteral("Abc12345"), QStringLiteral("Abc12345"));
    QVERIFY(c.rulesMet());
    QVERIFY(c.canSubmit());

    typeAll(Demo::alicePassword(), Demo::alicePassword(), Demo::alicePassword());
    QVERIFY(ruleMet(c, 0));
    QVERIFY(!ruleMet(c, 1));
    QVERIFY(!c.canSubmit());

    typeAll(Demo::alicePassword(), QStringLiteral("ALICE@example.com"), QStringLiteral("ALICE@example.com"));
    QVERIFY(!ruleMet(c, 2));
    QVERIFY(!c.canSubmit());

    // Without the current password nothing can be sent, however good the new one is.
    typeAll(QString(), QStringLiteral("Abc12345"), QStringLiteral("Abc12345"));
    QVERIFY(!c.canSubmit());
}

void TestPasswordChange::ruleCountsCharactersNotCodeUnits()
{
    const QString face = QStringLiteral("\U0001F600"); // two UTF-16 units, one character
    m_change->setNewPassword(face.repeated(4));
    QVERIFY(!ruleMet(*m_change, 0));
    m_change->setNewPassword(face.repeated(8));
    QVERIFY(ruleMet(*m_change, 0));
}

void TestPasswordChange::mismatchOnlyOnceConfirmationIsComplete()
{
    PasswordChange &c = *m_change;
    using F = PasswordChange::Field;
    typeAll(Demo::alicePassword(), QStringLiteral("Alice-pass-2"), QString());
    QVERIFY(c.error(F::Confirm).isEmpty());
    // Still typing: "Alice-pas" is not a mistake yet.
    c.setConfirmation(QStringLiteral("Alice-pas"));
    QVERIFY(c.error(F::Confirm).isEmpty());
    QVERIFY(!c.canSubmit());
    // As long as the new one and different: now it is.
    c.setConfirmation(QStringLiteral("Alice-pass-3"));
    QCOMPARE(c.error(F::Confirm), QStringLiteral("The passwords do not match."));
    c.setConfirmation(QStringLiteral("Alice-pass-2"));
    QVERIFY(c.error(F::Confirm).isEmpty());
    QVERIFY(c.canSubmit());

    // On submit, a shorter confirmation is a mismatch too, and nothing is sent.
    c.setConfirmation(QStringLiteral("Alice-pas"));
    QSignalSpy failed(&c, &PasswordChange::failed);
    QVERIFY(!c.submit());
    QVERIFY(!c.isBusy());
    QCOMPARE(c.error(F::Confirm), QStringLiteral("The passwords do not match."));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<PasswordChange::Field>(), F::Confirm);
}

void TestPasswordChange::refusedSubmitSaysWhatIsMissing()
{
    PasswordChange &c = *m_change;
    using F = PasswordChange::Field;
    QSignalSpy failed(&c, &PasswordChange::failed);
    QVERIFY(!c.submit());
    QCOMPARE(c.error(F::Current), QStringLiteral("Enter your current password."));
    QCOMPARE(c.error(F::New), QStringLiteral("Enter a new password."));
    QCOMPARE(c.error(F::Confirm), QStringLiteral("Enter the new password again."));
    QCOMPARE(failed.at(0).at(0).value<PasswordChange::Field>(), F::Current); // the first one is focused

    typeAll(Demo::alicePassword(), QStringLiteral("short"), QStringLiteral("short"));
    QVERIFY(!c.submit());
    QVERIFY(c.error(F::Current).isEmpty());
    QCOMPARE(c.error(F::New), QStringLiteral("This password does not follow the rule below."));
    QCOMPARE(failed.constLast().at(0).value<PasswordChange::Field>(), F::New);
}

void TestPasswordChange::wrongCurrentPasswordIsPlacedAndKept()
{
    PasswordChange &c = *m_change;
    using F = PasswordChange::Field;
    const QString tokenBefore = m_alice->users()->userToken();
    typeAll(QStringLiteral("Not-alices-1"), QStringLiteral("Alice-pass-2"), QStringLiteral("Alice-pass-2"));
    QSignalSpy failed(&c, &PasswordChange::failed);
    QSignalSpy busy(&c, &PasswordChange::busyChanged);
    QVERIFY(c.submit());
    QVERIFY(c.isBusy());
    QVERIFY(!c.canSubmit());
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.at(0).at(0).value<PasswordChange::Field>(), F::Current);
    QCOMPARE(c.error(F::Current), QStringLiteral("The current password is wrong."));
    QVERIFY(c.error(F::Form).isEmpty());
    QCOMPARE(busy.size(), 2);
    QVERIFY(!c.isBusy());
    // Nothing typed is lost; retyping the current password clears the server's answer.
    QCOMPARE(c.currentPassword(), QStringLiteral("Not-alices-1"));
    QCOMPARE(c.newPassword(), QStringLiteral("Alice-pass-2"));
    QCOMPARE(c.confirmation(), QStringLiteral("Alice-pass-2"));
    c.setCurrentPassword(Demo::alicePassword());
    QVERIFY(c.error(F::Current).isEmpty());
    // A refused sign-in starts no session: the app's own one is untouched, the password too.
    QCOMPARE(m_alice->users()->userToken(), tokenBefore);
    Error error;
    m_env->session()->login(Demo::alice(), Demo::alicePassword(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
}

void TestPasswordChange::changeWorksAndTheSessionGoesOn()
{
    PasswordChange &c = *m_change;
    const QString tokenBefore = m_alice->users()->userToken();
    typeAll(Demo::alicePassword(), QStringLiteral("Alice-pass-2"), QStringLiteral("Alice-pass-2"));
    QSignalSpy succeeded(&c, &PasswordChange::succeeded);
    QSignalSpy replaced(&c, &PasswordChange::sessionReplaced);
    QVERIFY(c.submit());
    QVERIFY(succeeded.wait(15000));
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(c.successMessage(), QStringLiteral("Your password was changed."));
    QVERIFY(c.currentPassword().isEmpty());
    QVERIFY(c.newPassword().isEmpty());
    QVERIFY(c.confirmation().isEmpty());
    QVERIFY(c.error(PasswordChange::Field::Form).isEmpty());
    // Typing again takes the success message away: it speaks of the last change, not this one.
    c.setCurrentPassword(QStringLiteral("x"));
    QVERIFY(c.successMessage().isEmpty());

    // The app goes on with the session the check started (the old token is dead on the server):
    // the profile's save, a re-read and a save through the Data API's client, works without a
    // sign-in.
    QVERIFY(m_alice->users()->userToken() != tokenBefore);
    SelfProfileGateway gateway(m_alice->users(), m_alice->data());
    UserModel model;
    ProfileSave save(&model, &gateway);
    model.setSchema(m_alice->describeUserClass());
    model.setUser(m_alice->users()->currentUser());
    QVERIFY(model.setValue(QStringLiteral("address"), QStringLiteral("After the change 1")));
    QSignalSpy saved(&save, &ProfileSave::saved);
    QSignalSpy reauth(&save, &ProfileSave::reauthenticationRequired);
    QVERIFY(save.submit());
    QVERIFY(saved.wait(15000));
    QCOMPARE(reauth.size(), 0);
    QVERIFY(!model.changes().contains(QStringLiteral("password")));

    // On the server: the new password signs in, the old one is refused with 3003.
    Error error;
    m_env->session()->login(Demo::alice(), QStringLiteral("Alice-pass-2"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    m_env->session()->login(Demo::alice(), Demo::alicePassword(), &error);
    QCOMPARE(error.kind, Error::Kind::Server);
    QCOMPARE(error.code, ErrorCode::InvalidLogin);
}

QTEST_GUILESS_MAIN(TestPasswordChange)
#include "tst_passwordchange.moc"
