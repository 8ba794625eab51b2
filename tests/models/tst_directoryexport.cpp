// The Directory's status filter (part of the server's where clause) and its export (issue 21):
// UserExporter pages the query or the selection to CSV or JSON with the chosen columns, never a
// password, with a file URL's API key redacted, and a cancel leaves the target as it was.
#include "modeltestenv.h"

#include "core/userexport.h"
#include "models/staff/directoryquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

class TestDirectoryExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void statusFilterIsPartOfTheWhereClause();
    void csvOfDisabledUsersHasExactlyThem();
    void jsonOfTheSelection();
    void passwordsNeverAndKeysRedacted();
    void pagesBeyondOnePage();
    void cancelLeavesTheTargetAsItWas();

private:
    // Runs an export to completion; the error it ended with.
    Error run(const UserExportRequest &request, const QString &path, UserExporter **kept = nullptr);
    QString read(const QString &path);

    std::unique_ptr<ModelTestEnv> m_env;
    std::unique_ptr<ClientSession> m_staff;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDirectoryExport::init()
{
    Server::ServerOptions options = ModelTestEnv::smallServer();
    options.demoUsers = 250;
    m_env = std::make_unique<ModelTestEnv>(options);
    QVERIFY(m_env->start());
    m_staff = m_env->session(Demo::support(), Demo::supportPassword());
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestDirectoryExport::cleanup()
{
    m_staff.reset();
    m_env.reset();
}

Error TestDirectoryExport::run(const UserExportRequest &request, const QString &path, UserExporter **kept)
{
    auto *exporter = new UserExporter(m_staff->data(), this);
    QSignalSpy finished(exporter, &UserExporter::finished);
    QString error;
    if (!exporter->start(request, path, &error))
        return Error::local(error);
    if (kept)
        *kept = exporter;
    if (!finished.wait(30000))
        return Error::timeout();
    return finished.first().first().value<Error>();
}

QString TestDirectoryExport::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestDirectoryExport::statusFilterIsPartOfTheWhereClause()
{
    DirectoryQuery query;
    QCOMPARE(query.whereClause(), QString());
    query.setStatusFilter(DirectoryQuery::StatusFilter::Disabled);
    QCOMPARE(query.whereClause(), QStringLiteral("userStatus = 'DISABLED'"));
    query.setSearch(QStringLiteral("bo"));
    QCOMPARE(query.whereClause(), QStringLiteral("(email LIKE 'bo%' OR name LIKE 'bo%') AND userStatus = 'DISABLED'"));
    query.setStatusFilter(DirectoryQuery::StatusFilter::Pending);
    QVERIFY(query.whereClause().endsWith(QLatin1String("AND userStatus = 'EMAIL_CONFIRMATION_PENDING'")));
    query.setStatusFilter(DirectoryQuery::StatusFilter::Enabled);
    QVERIFY(query.whereClause().endsWith(QLatin1String("AND userStatus = 'ENABLED'")));
}

void TestDirectoryExport::csvOfDisabledUsersHasExactlyThem()
{
    for (const char *who : {"user0007@example.com", "user0150@example.com", "bob@example.com"})
        QVERIFY(m_env->server()->setUserStatus(QLatin1String(who), QStringLiteral("DISABLED")));
    DirectoryQuery query;
    query.setStatusFilter(DirectoryQuery::StatusFilter::Disabled);
    UserExportRequest request;
    request.columns = {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("userStatus")};
    request.where = query.whereClause();
    const QString path = m_dir->filePath(QStringLiteral("disabled.csv"));
    UserExporter *exporter = nullptr;
    const Error error = run(request, path, &exporter);
    QVERIFY2(!error.isError(), qPrintable(error.displayText()));
    QCOMPARE(exporter->written(), 3);
    QCOMPARE(exporter->total(), 3);
    QStringList lines = read(path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), QStringLiteral("email,name,userStatus"));
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines,
             (QStringList{QStringLiteral("bob@example.com,Bob Example,DISABLED"),
                          QStringLiteral("user0007@example.com,User 0007,DISABLED"),
                          QStringLiteral("user0150@example.com,User 0150,DISABLED")}));
}

void TestDirectoryExport::jsonOfTheSelection()
{
    const User alice = m_staff->login(Demo::alice(), Demo::alicePassword());
    m_staff = m_env->session(Demo::support(), Demo::supportPassword());
    UserExportRequest request;
    request.format = UserExportRequest::Format::Json;
    request.columns = {QStringLiteral("email"), QStringLiteral("name")};
    request.objectIds = {alice.objectId()};
    const QString path = m_dir->filePath(QStringLiteral("selection.json"));
    QVERIFY(!run(request, path).isError());
    const QJsonArray users = QJsonDocument::fromJson(read(path).toUtf8()).array();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject(),
             (QJsonObject{{QStringLiteral("email"), Demo::alice()},
                          {QStringLiteral("name"), QStringLiteral("Alice Example")}}));
    // An empty selection's JSON is still a JSON array.
    request.objectIds = {QStringLiteral("no-such-id")};
    QVERIFY(!run(request, path).isError());
    QCOMPARE(QJsonDocument::fromJson(read(path).toUtf8()).array().size(), 0);
}

void TestDirectoryExport::passwordsNeverAndKeysRedacted()
{
    const QString url = QStringLiteral("https://api.backendless.com/APP-1111/KEY-SECRET-2222/files/users/x.jpg");
    Error error;
    const User bob = m_staff->get(m_staff->login(Demo::bob(), Demo::bobPassword()).objectId());
    m_staff = m_env->session(Demo::support(), Demo::supportPassword());
    m_staff->updateData(bob.objectId(), {{QStringLiteral("address"), url}}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.displayText()));
    UserExportRequest request;
    request.columns = {QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("address"),
                       QStringLiteral("Password")};
    QCOMPARE(request.writtenColumns(), (QStringList{QStringLiteral("email"), QStringLiteral("address")}));
    request.objectIds = {bob.objectId()};
    for (auto format : {UserExportRequest::Format::Csv, UserExportRequest::Format::Json}) {
        request.format = format;
        const QString path = m_dir->filePath(QStringLiteral("bob"));
        QVERIFY(!run(request, path).isError());
        const QString text = read(path);
        QVERIFY2(!text.contains(QLatin1String("KEY-SECRET-2222")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("/APP-1111/REDACTED/files/users/x.jpg")));
        QVERIFY(!text.contains(QLatin1String("password"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(Demo::bobPassword()));
    }
}

void TestDirectoryExport::pagesBeyondOnePage()
{
    UserExportRequest request;
    request.columns = {QStringLiteral("objectId"), QStringLiteral("email")};
    const QString path = m_dir->filePath(QStringLiteral("all.csv"));
    UserExporter *exporter = nullptr;
    QVERIFY(!run(request, path, &exporter).isError());
    const QStringList lines = read(path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(exporter->total(), 253); // 250 generated + the 3 named users
    QCOMPARE(lines.size(), 254);
    QSet<QString> ids;
    for (const QString &line : lines.mid(1))
        ids.insert(line.section(QLatin1Char(','), 0, 0));
    QCOMPARE(ids.size(), 253); // each user once, across three pages
}

void TestDirectoryExport::cancelLeavesTheTargetAsItWas()
{
    const QString path = m_dir->filePath(QStringLiteral("kept.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("what was there before\n");
    }
    m_env->server()->setResponseDelay(300);
    auto *exporter = new UserExporter(m_staff->data(), this);
    QSignalSpy finished(exporter, &UserExporter::finished);
    QSignalSpy progress(exporter, &UserExporter::progress);
    UserExportRequest request;
    request.columns = {QStringLiteral("email")};
    QString error;
    QVERIFY(exporter->start(request, path, &error));
    QVERIFY(progress.wait(5000)); // the count
    exporter->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Error>().kind, Error::Kind::Cancelled);
    QCOMPARE(read(path), QStringLiteral("what was there before\n"));
    m_env->server()->setResponseDelay(0);
    // An unwritable target is refused at once.
    UserExporter refused(m_staff->data());
    QVERIFY(!refused.start(request, m_dir->filePath(QStringLiteral("missing/dir/x.csv")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestDirectoryExport)
#include "tst_directoryexport.moc"
