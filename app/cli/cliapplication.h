#pragma once

#include "core/config.h"
#include "core/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <memory>

class CliSession;
class Journal;
class JournalOutbox;
class User;
class UserSchema;
struct JournalChange;
namespace PictureImage {
struct Encoded;
}

// profiledesk-cli: the client core's blocking calls behind a keepassxc-cli style command line.
//
// Exit codes: 0 success; 1 the server refused (Backendless code printed), or answered an update
// without storing a property it was sent (the property named); 2 bad usage or input
// (nothing was sent); 3 the server could not be reached or answered garbage (network, timeout, protocol);
// 4 the action needs the ProfileDesk staff service, which the app does not have; 5 no user has the
// identity given (staff actions); 6 the picture file was refused (not an image this build reads,
// too large, too many pixels, damaged; nothing was sent).
// Errors go to stderr as "error <code>: <message>".
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode {
        Success = 0,
        ServerRefused = 1,
        UsageError = 2,
        TransportError = 3,
        StaffServiceMissing = 4,
        NoSuchUser = 5,
        PictureRefused = 6
    };
    static constexpr int MaxTimeoutSeconds = 3600;

    CliApplication(QTextStream &out, QTextStream &err);
    ~CliApplication();

    int run(const QStringList &arguments);

private:
    void addOptions();
    bool makeConfig(Config *config, QString *error) const;
    int dispatch(const QString &command, const QStringList &arguments);

    int login(const QStringList &arguments);
    int whoami();
    int schema();
    int update(const QStringList &assignments);
    int passwd();
    int find(const QStringList &arguments);
    int count(const QStringList &arguments);
    int exportUsers(const QStringList &arguments);
    int roles(const QStringList &arguments);
    // Staff account actions (clistaffcommands.cpp).
    // disable, enable, send-reset, resend-confirmation (`command`).
    int accountAction(const QString &command, const QStringList &arguments);
    int staffRoles(const QStringList &arguments);
    // The user with this identity (Data API, as staff: objectId, userStatus and `props`); false
    // after printing why.
    bool findUser(const QString &identity, User *user, int *exitCode, const QStringList &props = {});
    // --reason, which every staff action needs (it is journaled with it); false after printing why.
    bool staffReason(QString *reason, int *exitCode);
    // Runs `act` journaled as the app journals account actions (StaffAccountActions::journalEntry,
    // into the CLI's journal file, the outbox): the attempt before the request leaves, its result
    // after; then sends this server's waiting entries to the team journal (JournalOutbox). Returns
    // act's error, or a Local one when the journal could not be written (nothing was sent).
    Error journaled(const User &user, const QString &identity, const JournalChange &change, const QString &reason,
                    const std::function<Error()> &act);
    void sendJournalOutbox(JournalOutbox *outbox, Journal *journal);
    // The picture command (clipicturecommand.cpp): set or remove your own picture or, as staff,
    // another user's.
    int picture(const QStringList &arguments);
    // The file through the app's pipeline; false after printing why (PictureRefused, UsageError).
    bool preparePicture(const QString &path, PictureImage::Encoded *encoded, int *exitCode);
    // The FILE_REF column the picture goes in (the only one, or --column); false after printing why.
    bool pictureColumn(QString *column, int *exitCode);
    int restorePassword(const QStringList &arguments);
    int logout();

    // Signs in with --login, or takes the session kept by `login`; false (after printing why) if neither.
    bool ensureSession(int *exitCode);
    // The Users table's columns (on the session there is, or none); false after printing why.
    bool userSchema(UserSchema *schema, int *exitCode);
    bool readPassword(const QString &identity, QString *password);
    bool readNewPassword(QString *password);

    int fail(const Error &error);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    std::unique_ptr<CliSession> m_session;
    bool m_table = false;
};
