#include "storage/maillog.h"

#include "storage/userrepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Server {

MailLog::MailLog(QString path, qint64 maxBytes)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
{ }

bool MailLog::record(Kind kind, const QString &to, const QString &objectId) const
{
    if (m_path.isEmpty())
        return true;
    const bool reset = kind == Kind::PasswordReset;
    const QJsonObject line{
        {QStringLiteral("time"),
         QDateTime::fromMSecsSinceEpoch(UserRepository::nowMs(), Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("kind"), reset ? QStringLiteral("passwordReset") : QStringLiteral("emailConfirmation")},
        {QStringLiteral("to"), to.left(MaxAddressLength)},
        {QStringLiteral("objectId"), objectId},
        {QStringLiteral("subject"),
         reset ? QStringLiteral("Reset your password") : QStringLiteral("Confirm your email")},
    };
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.size() + bytes.size() > m_maxBytes)
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

} // namespace Server
