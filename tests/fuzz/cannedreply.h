#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

// The client fuzz targets feed fuzzer bytes through the client's real reply path (RestClient,
// PendingCall, the services' parsers) without a socket: every request made on a
// CannedNetworkAccessManager is answered with the status and body set on it, as QNAM would
// deliver them (headers, status attribute, error code, then finished()).
class CannedReply : public QNetworkReply
{
    Q_OBJECT

public:
    CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, int status,
                const QByteArray &body, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    QByteArray m_body;
    qint64 m_offset = 0;
};

class CannedNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void setReply(int status, const QByteArray &body)
    {
        m_status = status;
        m_body = body;
    }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    int m_status = 200;
    QByteArray m_body;
};
