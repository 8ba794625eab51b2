#pragma once

#include <QString>

namespace Server {

// The mails this server would send (password reset, email confirmation), written as JSON lines to a
// file instead: no mail leaves the machine. One line holds what a person reading the mail would
// learn that it was sent: when, which kind, to whom (identity and objectId). It holds no reset
// link, token or password: this server has no endpoint that completes a reset or a confirmation,
// so such a secret would serve nothing, and in a log file anyone who can read it could use it.
class MailLog
{
public:
    enum class Kind { PasswordReset, EmailConfirmation };

    // An empty path: mails go nowhere (an in-memory demo), and record() still succeeds.
    explicit MailLog(QString path, qint64 maxBytes = DefaultMaxBytes);

    const QString &path() const { return m_path; }
    // Appends one line; false when the file cannot be written or is full (the caller answers 5050).
    // Anyone may ask for a reset, as often as they like: the file stops at maxBytes, as a mail
    // account stops at its quota, rather than fill the disk.
    bool record(Kind kind, const QString &to, const QString &objectId) const;

    // Lines are bounded: an identity is at most this long in the log (identities are bounded
    // before this anyway; the log must not grow by what a stranger sends).
    static constexpr qsizetype MaxAddressLength = 320;
    static constexpr qint64 DefaultMaxBytes = 4 * 1024 * 1024;

private:
    QString m_path;
    qint64 m_maxBytes;
};

} // namespace Server
