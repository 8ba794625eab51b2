#include "awaitcall.h"
#include "core/fileservice.h"
#include "core/fileurl.h"
#include "servertestenv.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

// FileService against the real local server: the multipart upload the JS SDK sends, its answer, the
// refusals a picture field has to word (6003, 6000, 403) and progress.
class TestFileService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void uploadServesSameBytes();
    void uploadWithoutOverwriteRefused();
    void removeTwiceAnswers6000();
    void otherUsersFolderRefused();
    void pathOf();

private:
    QByteArray fetch(const QString &url, int *status);
    std::unique_ptr<ServerTestEnv> m_env;
    std::unique_ptr<FileService> m_files;
    QString m_aliceId;
};

void TestFileService::initTestCase()
{
    m_env = std::make_unique<ServerTestEnv>();
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
    QVERIFY(!m_env->loginAlice().isError());
    m_aliceId = m_env->users().currentUser().objectId();
    m_files = std::make_unique<FileService>(&m_env->client(), &m_env->users());
}

void TestFileService::cleanupTestCase()
{
    m_files.reset();
    m_env.reset();
}

QByteArray TestFileService::fetch(const QString &url, int *status)
{
    QNetworkReply *reply = m_env->nam().get(QNetworkRequest(QUrl(url)));
    [&] { QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)); }();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestFileService::uploadServesSameBytes()
{
    QByteArray bytes(300000, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7 % 251);
    UploadCall *call = m_files->upload(FileService::userDirectory(m_aliceId), QStringLiteral("a b.jpg"), bytes,
                                       QStringLiteral("image/jpeg"));
    QSignalSpy progress(call, &UploadCall::progress);
    QString url;
    Error error;
    QVERIFY(awaitCall<UploadCall>(call, [&](UploadCall *c) {
        url = c->result();
        error = c->error();
    }));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    // The answer carries the REST API key (the last segment of the classic base URL): FileUrl's job to hide.
    const QString key = m_env->host().classicBaseUrl().path().section(QLatin1Char('/'), -1);
    QVERIFY2(url.contains(QLatin1Char('/') + key + QLatin1String("/files/")), qPrintable(url + QLatin1Char(' ') + key));
    QCOMPARE(FileService::pathOf(url), QStringLiteral("users/%1/a b.jpg").arg(m_aliceId));
    int status = 0;
    QCOMPARE(fetch(url, &status), bytes);
    QCOMPARE(status, 200);
}

void TestFileService::uploadWithoutOverwriteRefused()
{
    const QString dir = FileService::userDirectory(m_aliceId);
    QVERIFY(
        !awaitError(m_files->upload(dir, QStringLiteral("once.png"), "first", QStringLiteral("image/png"))).isError());
    const Error again =
        awaitError(m_files->upload(dir, QStringLiteral("once.png"), "second", QStringLiteral("image/png")));
    QCOMPARE(again.code, 6003);
    QVERIFY(!awaitError(m_files->upload(dir, QStringLiteral("once.png"), "third", QStringLiteral("image/png"), true))
                 .isError());
}

void TestFileService::removeTwiceAnswers6000()
{
    const QString dir = FileService::userDirectory(m_aliceId);
    QVERIFY(!awaitError(m_files->upload(dir, QStringLiteral("gone.png"), "x", QStringLiteral("image/png"))).isError());
    QVERIFY(!awaitError(m_files->remove(dir + QStringLiteral("/gone.png"))).isError());
    QCOMPARE(awaitError(m_files->remove(dir + QStringLiteral("/gone.png"))).code, 6000);
}

void TestFileService::otherUsersFolderRefused()
{
    const QString bob = m_env->objectIdOf(QStringLiteral("bob@example.com"));
    QVERIFY(!bob.isEmpty());
    const Error error = awaitError(
        m_files->upload(FileService::userDirectory(bob), QStringLiteral("x.png"), "x", QStringLiteral("image/png")));
    QCOMPARE(error.httpStatus, 403);
}

void TestFileService::pathOf()
{
    QCOMPARE(FileService::pathOf(QStringLiteral("https://backendlessappcontent.com/APP/KEY/files/users/u1/p%20q.jpg")),
             QStringLiteral("users/u1/p q.jpg"));
    QCOMPARE(FileService::pathOf(QStringLiteral("https://x.example/APP/REST-API-KEY/files/users/u1/p.png")),
             QStringLiteral("users/u1/p.png"));
    QCOMPARE(FileService::pathOf(QStringLiteral("https://cdn.example/api/files/users/u1/p.png")),
             QStringLiteral("users/u1/p.png"));
    QVERIFY(FileService::pathOf(QStringLiteral("https://x.example/pictures/p.png")).isEmpty());
    QVERIFY(FileService::pathOf(QStringLiteral("file:///tmp/p.png")).isEmpty());
    QVERIFY(FileService::pathOf(QStringLiteral("not a url")).isEmpty());
}

QTEST_GUILESS_MAIN(TestFileService)
#include "tst_fileservice.moc"
