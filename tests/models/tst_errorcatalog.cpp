#include "models/errorcatalog.h"

#include <QTest>

using Target = ErrorCatalog::Target;
using Action = ErrorCatalog::Action;

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updateErrors_data();
    void updateErrors();
    void fieldCodeWithoutItsFieldGoesToTheBanner_data();
    void fieldCodeWithoutItsFieldGoesToTheBanner();
    void loginErrors_data();
    void loginErrors();
    void listErrorsOfferRetryOnlyForTransportFailures();
    void textsAreSpecific();
    void dataApiTypeRefusalLandsOnItsFields_data();
    void dataApiTypeRefusalLandsOnItsFields();
    void codesTheSdkSuitesShowHaveTexts();
    void sessionEndedNamesTheOtherSignIn();
    void passwordResetIsNeutral();
    void networkErrorsNameTheServerAndTheCause();
};

namespace {
ErrorCatalog::UpdateContext context()
{
    ErrorCatalog::UpdateContext c;
    c.identityProperty = QStringLiteral("email");
    c.emptyRequired = QStringList{QStringLiteral("name")};
    c.addedProperties = QStringList{QStringLiteral("nickname")};
    return c;
}
} // namespace

void TestErrorCatalog::updateErrors_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<Target>("target");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<Action>("action");

    const auto server = [](int code) { return Error::server(code, QStringLiteral("server says %1").arg(code), 400); };
    QTest::newRow("2002") << server(2002) << Target::Banner << QStringList() << Action::ServerSettings;
    QTest::newRow("3018") << server(3018) << Target::Fields << QStringList{QStringLiteral("email")} << Action::None;
    QTest::newRow("3024") << server(3024) << Target::Banner << QStringList() << Action::None;
    QTest::newRow("3028") << server(3028) << Target::Reauthenticate << QStringList() << Action::SignIn;
    QTest::newRow("3029") << server(3029) << Target::Banner << QStringList() << Action::None;
    QTest::newRow("3030") << server(3030) << Target::Banner << QStringList() << Action::None;
    QTest::newRow("3031") << server(3031) << Target::Fields << QStringList{QStringLiteral("nickname")} << Action::None;
    QTest::newRow("3045") << server(3045) << Target::Fields << QStringList{QStringLiteral("name")} << Action::None;
    QTest::newRow("3064") << server(3064) << Target::Reauthenticate << QStringList() << Action::SignIn;
    QTest::newRow("3023") << server(3023) << Target::Reauthenticate << QStringList() << Action::SignIn;
    QTest::newRow("unknown code") << server(4242) << Target::Banner << QStringList() << Action::None;
    QTest::newRow("local 3028 (no session)")
        << Error::local(QStringLiteral("No user"), 3028) << Target::Reauthenticate << QStringList() << Action::SignIn;
    QTest::newRow("local other") << Error::local(QStringLiteral("bad config")) << Target::Banner << QStringList()
                                 << Action::None;
    QTest::newRow("network") << Error::network(QStringLiteral("refused")) << Target::Banner << QStringList()
                             << Action::Retry;
    QTest::newRow("timeout") << Error::timeout() << Target::Banner << QStringList() << Action::Retry;
    QTest::newRow("protocol") << Error::protocol(QStringLiteral("html")) << Target::Banner << QStringList()
                              << Action::Retry;
    QTest::newRow("cancelled") << Error::cancelled() << Target::None << QStringList() << Action::None;
    QTest::newRow("none") << Error() << Target::None << QStringList() << Action::None;
}

void TestErrorCatalog::updateErrors()
{
    QFETCH(Error, error);
    QFETCH(Target, target);
    QFETCH(QStringList, fields);
    QFETCH(Action, action);
    const ErrorCatalog::Placement p = ErrorCatalog::placeUpdateError(error, context());
    QCOMPARE(p.target, target);
    QCOMPARE(p.fields, fields);
    QCOMPARE(p.action, action);
    QCOMPARE(p.text.isEmpty(), target == Target::None);
    QCOMPARE(ErrorCatalog::needsSignIn(error), target == Target::Reauthenticate);
}

void TestErrorCatalog::fieldCodeWithoutItsFieldGoesToTheBanner_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("3018") << 3018;
    QTest::newRow("3031") << 3031;
    QTest::newRow("3045") << 3045;
}

void TestErrorCatalog::fieldCodeWithoutItsFieldGoesToTheBanner()
{
    QFETCH(int, code);
    const ErrorCatalog::Placement p = ErrorCatalog::placeUpdateError(Error::server(code, QStringLiteral("m"), 400), {});
    QCOMPARE(p.target, Target::Banner);
    QVERIFY(!p.text.isEmpty());
}

void TestErrorCatalog::loginErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("identityEmpty");
    QTest::addColumn<bool>("passwordEmpty");
    QTest::addColumn<Target>("target");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<Action>("action");
    const QStringList identity{ErrorCatalog::LoginIdentityField};
    const QStringList password{ErrorCatalog::LoginPasswordField};
    QTest::newRow("3003") << 3003 << false << false << Target::Fields << password << Action::None;
    QTest::newRow("3006 identity") << 3006 << true << false << Target::Fields << identity << Action::None;
    QTest::newRow("3006 password") << 3006 << false << true << Target::Fields << password << Action::None;
    QTest::newRow("3006 both") << 3006 << true << true << Target::Fields << identity << Action::None;
    QTest::newRow("3036") << 3036 << false << false << Target::Banner << QStringList() << Action::None;
    QTest::newRow("3000") << 3000 << false << false << Target::Banner << QStringList() << Action::None;
    QTest::newRow("3090") << 3090 << false << false << Target::Banner << QStringList() << Action::None;
    QTest::newRow("3087") << 3087 << false << false << Target::Banner << QStringList() << Action::None;
    QTest::newRow("3044") << 3044 << false << false << Target::Banner << QStringList() << Action::None;
    QTest::newRow("3002") << 3002 << false << false << Target::Banner << QStringList() << Action::None;
    QTest::newRow("2002") << 2002 << false << false << Target::Banner << QStringList() << Action::ServerSettings;
}

void TestErrorCatalog::loginErrors()
{
    QFETCH(int, code);
    QFETCH(bool, identityEmpty);
    QFETCH(bool, passwordEmpty);
    QFETCH(Target, target);
    QFETCH(QStringList, fields);
    QFETCH(Action, action);
    ErrorCatalog::LoginContext c;
    c.identityEmpty = identityEmpty;
    c.passwordEmpty = passwordEmpty;
    const ErrorCatalog::Placement p = ErrorCatalog::placeLoginError(Error::server(code, QStringLiteral("m"), 400), c);
    QCOMPARE(p.target, target);
    QCOMPARE(p.fields, fields);
    QCOMPARE(p.action, action);
    QVERIFY(!p.text.isEmpty());

    const ErrorCatalog::Placement offline = ErrorCatalog::placeLoginError(Error::network(QStringLiteral("x")), c);
    QCOMPARE(offline.target, Target::Banner);
    QCOMPARE(offline.action, Action::Retry);
}

void TestErrorCatalog::listErrorsOfferRetryOnlyForTransportFailures()
{
    // The staff directory: a transport failure may pass, a refusal (1013) will not.
    for (const Error &transient :
         {Error::network(QStringLiteral("x")), Error::timeout(), Error::protocol(QStringLiteral("x"))}) {
        const ErrorCatalog::Placement p = ErrorCatalog::placeListError(transient);
        QCOMPARE(p.target, Target::Banner);
        QCOMPARE(p.action, Action::Retry);
        QCOMPARE(p.text, ErrorCatalog::text(transient));
    }
    const Error refused = Error::server(ErrorCode::NoFindPermission, QStringLiteral("m"), 400);
    const ErrorCatalog::Placement p = ErrorCatalog::placeListError(refused);
    QCOMPARE(p.target, Target::Banner);
    QCOMPARE(p.action, Action::None);
    QCOMPARE(p.text, ErrorCatalog::text(refused));
    QCOMPARE(ErrorCatalog::placeListError(Error::local(QStringLiteral("no session"), 3028)).action, Action::None);
}

void TestErrorCatalog::textsAreSpecific()
{
    // 3024's detail is only in the server's message: it must reach the user.
    const QString text3024 = ErrorCatalog::text(Error::server(3024, QStringLiteral("age must be a number"), 400));
    QVERIFY2(text3024.contains(QStringLiteral("age must be a number")), qPrintable(text3024));
    // The 3036 text tells what to do.
    QVERIFY(ErrorCatalog::text(Error::server(3036, QString(), 400)).contains(QStringLiteral("reset your password")));
    // An unknown code shows the code, so support can look it up.
    QVERIFY(ErrorCatalog::text(Error::server(4242, QStringLiteral("odd"), 400)).contains(QStringLiteral("4242")));
    // Codes the catalog knows have texts of their own.
    QStringList texts;
    for (int code : {2002, 3018, 3028, 3029, 3030, 3031, 3045, 3036, 3003, 3002, 3044})
        texts.append(ErrorCatalog::text(Error::server(code, QString(), 400)));
    texts.removeDuplicates();
    QCOMPARE(texts.size(), 11);
    // The login policies: a refused second sign-in and the limit of sessions say what to do.
    QVERIFY(ErrorCatalog::text(Error::server(3002, QString(), 400)).contains(QStringLiteral("Sign out there")));
    QVERIFY(ErrorCatalog::text(Error::server(3044, QString(), 400)).contains(QStringLiteral("Sign out on one")));
}

void TestErrorCatalog::sessionEndedNamesTheOtherSignIn()
{
    QCOMPARE(ErrorCatalog::sessionEnded(),
             QStringLiteral("Your session ended: it expired, or this account signed in somewhere else."));
    for (int code : {3064, 3023, 3028})
        QVERIFY(ErrorCatalog::text(Error::server(code, QString(), 401)).startsWith(ErrorCatalog::sessionEnded()));
}

void TestErrorCatalog::passwordResetIsNeutral()
{
    // 3020 ("no such user") reads exactly like a sent mail; other failures (5050) stay failures.
    QCOMPARE(ErrorCatalog::passwordResetRequested(),
             QStringLiteral("If an account uses this address, a reset email is on its way."));
    QCOMPARE(ErrorCatalog::text(Error::server(3020, QStringLiteral("User not found"), 404)),
             ErrorCatalog::passwordResetRequested());
    QVERIFY(ErrorCatalog::text(Error::server(5050, QString(), 500)) != ErrorCatalog::passwordResetRequested());
}

void TestErrorCatalog::networkErrorsNameTheServerAndTheCause()
{
    using Cause = Error::NetworkCause;
    const QString unknownHost = ErrorCatalog::text(
        Error::network(QStringLiteral("x"), Cause::HostNotFound, QStringLiteral("api.example.invalid")));
    const QString refused =
        ErrorCatalog::text(Error::network(QStringLiteral("x"), Cause::Refused, QStringLiteral("pro.example.com:8080")));
    const QString demoGone =
        ErrorCatalog::text(Error::network(QStringLiteral("x"), Cause::Refused, QStringLiteral("127.0.0.1:40123")));
    // An unknown host and a refused port read differently, and each names the server.
    QVERIFY(unknownHost.contains(QStringLiteral("api.example.invalid")));
    QVERIFY(unknownHost.contains(QStringLiteral("could be found")));
    QVERIFY(refused.contains(QStringLiteral("pro.example.com:8080")));
    QVERIFY(refused.contains(QStringLiteral("port")));
    QVERIFY(unknownHost != refused);
    // A local server that is gone (a remembered demo server) says how to get it back.
    QVERIFY(demoGone.contains(QStringLiteral("--demo")));
    QVERIFY(
        ErrorCatalog::text(Error::timeout(QStringLiteral("a.example:443"))).contains(QStringLiteral("a.example:443")));
    // Without a known server the sentence still reads.
    QVERIFY(ErrorCatalog::text(Error::network(QStringLiteral("x"))).startsWith(QStringLiteral("The server")));
}

void TestErrorCatalog::dataApiTypeRefusalLandsOnItsFields_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("edited");
    QTest::addColumn<QStringList>("fields");
    // The server's words, as JS-SDK test/e2e/specs/persistence.js:187 records them.
    const QString one = QStringLiteral("Unable to save object - invalid data type for properties - age. You can change "
                                       "the property type in developer console.");
    const QString two = QStringLiteral("Unable to save object - invalid data type for properties - age, newsletter. "
                                       "You can change the property type in developer console.");
    const QStringList edited{QStringLiteral("name"), QStringLiteral("age"), QStringLiteral("newsletter")};
    QTest::newRow("one") << one << edited << QStringList{QStringLiteral("age")};
    QTest::newRow("two") << two << edited << QStringList{QStringLiteral("age"), QStringLiteral("newsletter")};
    QTest::newRow("date") << QStringLiteral("Invalid date format for property birthday")
                          << QStringList{QStringLiteral("birthday")} << QStringList{QStringLiteral("birthday")};
    // A property this save did not touch, or words the catalog cannot read: the banner.
    QTest::newRow("not edited") << one << QStringList{QStringLiteral("name")} << QStringList();
    QTest::newRow("other words") << QStringLiteral("age is wrong") << edited << QStringList();
}

void TestErrorCatalog::dataApiTypeRefusalLandsOnItsFields()
{
    QFETCH(QString, message);
    QFETCH(QStringList, edited);
    QFETCH(QStringList, fields);
    ErrorCatalog::UpdateContext c = context();
    c.editedProperties = edited;
    const Error error = Error::server(ErrorCode::InvalidDataType, message, 400);
    const ErrorCatalog::Placement p = ErrorCatalog::placeUpdateError(error, c);
    QCOMPARE(p.target, fields.isEmpty() ? Target::Banner : Target::Fields);
    QCOMPARE(p.fields, fields);
    QVERIFY(!p.text.isEmpty());
    if (fields.isEmpty())
        QVERIFY2(p.text.contains(message), qPrintable(p.text)); // the banner keeps the server's detail
}

void TestErrorCatalog::codesTheSdkSuitesShowHaveTexts()
{
    // Codes the app may now meet on its own calls (issue 22): login 3087, the directory's find 1006,
    // a staff save 1007. Each has a text of its own, not the catch-all "refused ... (code N)".
    const QString generic = ErrorCatalog::text(Error::server(4242, QStringLiteral("m"), 400));
    QStringList texts;
    for (int code : {ErrorCode::EmailNotConfirmed, ErrorCode::UnknownQueryProperty, ErrorCode::InvalidDataType}) {
        const QString text = ErrorCatalog::text(Error::server(code, QStringLiteral("m"), 400));
        QVERIFY2(!text.contains(QStringLiteral("(code %1)").arg(code)), qPrintable(text));
        texts << text;
    }
    texts.removeDuplicates();
    QCOMPARE(texts.size(), 3);
    QVERIFY(ErrorCatalog::text(Error::server(ErrorCode::EmailNotConfirmed, QString(), 400))
                .contains(QStringLiteral("confirm")));
    QVERIFY(!generic.isEmpty());
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
