// profiledesk-cli's picture command (app/cli/README.md, "Pictures"): the app's picture field without
// the widgets. The same pipeline (PictureImage: decode under the caps, EXIF orientation, the centred
// square, <= 512 px, re-encoded without metadata) and the same files (PictureStore: upload under a new
// name, PUT the row with the key replaced, then delete the previous file; a failed PUT deletes the
// fresh upload). A staff change is journaled as the app journals a staff save (--reason).
#include "cli/cliapplication.h"

#include "cli/clioutput.h"
#include "cli/clisession.h"
#include "core/blockingcall.h"
#include "core/userschema.h"
#include "imaging/pictureimage.h"
#include "models/profile/picturestore.h"
#include "models/profilegateway.h"
#include "models/staff/journal.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

namespace {

// Waits until every call has finished (the deletes a save sends after its PUT), within `timeout`.
void waitForAll(const QList<PendingCall *> &calls, std::chrono::milliseconds timeout)
{
    QList<QPointer<PendingCall>> waiting(calls.cbegin(), calls.cend());
    const auto done = [&waiting] {
        return std::all_of(waiting.cbegin(), waiting.cend(),
                           [](const QPointer<PendingCall> &call) { return !call || call->isFinished(); });
    };
    QEventLoop loop;
    for (PendingCall *call : calls)
        QObject::connect(call, &PendingCall::finished, &loop, [&] {
            if (done())
                loop.quit();
        });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
}

} // namespace

int CliApplication::picture(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const bool set = verb == QLatin1String("set");
    const bool remove = verb == QLatin1String("remove");
    // set FILE / remove: your own; set IDENTITY FILE / remove IDENTITY: support staff, another user's.
    const bool staff = (set && arguments.size() == 3) || (remove && arguments.size() == 2);
    if (!(set && (arguments.size() == 2 || arguments.size() == 3)) && !(remove && arguments.size() <= 2))
        return usage(tr("Usage: profiledesk-cli picture [set FILE | remove | set IDENTITY FILE --reason TEXT | "
                        "remove IDENTITY --reason TEXT]"));
    int exitCode = Success;
    QString reason;
    if (staff && !staffReason(&reason, &exitCode))
        return exitCode;

    // The file first: a picture that cannot be used sends nothing.
    PictureImage::Encoded encoded;
    if (set && !preparePicture(arguments.constLast(), &encoded, &exitCode))
        return exitCode;

    QString column;
    if (!ensureSession(&exitCode) || !pictureColumn(&column, &exitCode))
        return exitCode;
    User user;
    Error error;
    if (staff) {
        if (!findUser(arguments.at(1), &user, &exitCode, {column}))
            return exitCode;
    } else {
        UserService &users = m_session->users();
        user = BlockingCall::wait(
            &users, [&] { return users.reloadCurrentUser(); }, &error);
        if (error.isError())
            return fail(error);
    }

    // The ProfileEdit's order, through its PictureStore: the chosen picture as a local copy (here
    // in a directory of this run), uploaded under a new name, then the PUT, then the deletes.
    PictureStore pictures(&m_session->files(), m_session->config().apiKey(), user.objectId());
    QTemporaryDir local;
    pictures.setLocalDirectory(local.path());
    QVariantMap changes{{column, QVariant::fromValue(nullptr)}};
    if (set) {
        QString keepError;
        const QString copy = pictures.keepLocal(encoded.bytes, encoded.suffix, &keepError);
        if (copy.isEmpty())
            return fail(Error::local(keepError));
        changes = BlockingCall::wait(
            &pictures,
            [&] {
                return pictures.uploadChosen({{column, copy}});
            },
            &error);
        if (error.isError())
            return fail(error);
    }
    const QVariantMap previous{{column, user.value(column)}};
    std::unique_ptr<ProfileGateway> gateway;
    if (staff)
        gateway = std::make_unique<StaffProfileGateway>(&m_session->data());
    else
        gateway = std::make_unique<SelfProfileGateway>(&m_session->users(), &m_session->data());
    User updated;
    const auto put = [&] {
        Error e;
        updated = BlockingCall::wait(
            gateway.get(), [&] { return gateway->save(user.objectId(), changes); }, &e);
        return e;
    };
    error = staff ? journaled(user, arguments.at(1),
                              {column, QJsonValue::fromVariant(previous.value(column)),
                               QJsonValue::fromVariant(changes.value(column)), false},
                              reason, put)
                  : put();
    if (error.isError()) {
        // The row does not point at the fresh upload: it goes.
        waitForAll(pictures.dropUploads(), m_session->timeout());
        return fail(error);
    }
    const QStringList notStored = updated.notStored(User::updateBody(changes));
    waitForAll(pictures.saved(previous, changes, notStored), m_session->timeout());
    m_out << CliOutput::user(updated, m_table);
    for (const QString &name : notStored)
        m_err << tr("error: the server did not store %1; its dynamic schema may be off.")
                     .arg(CliOutput::terminalSafe(name))
              << '\n';
    return notStored.isEmpty() ? Success : ServerRefused;
}

bool CliApplication::preparePicture(const QString &path, PictureImage::Encoded *encoded, int *exitCode)
{
    QFile file(path);
    // The size before reading, as the app does: a stranger's file is not read whole to learn that.
    PictureImage::Failure failure = PictureImage::Failure::None;
    if (QFileInfo(path).size() > PictureImage::MaxInputBytes) {
        failure = PictureImage::Failure::TooLarge;
    } else if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = usage(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    } else {
        const PictureImage::Decoded decoded = PictureImage::decode(file.read(PictureImage::MaxInputBytes + 1));
        failure = decoded.failure;
        if (failure == PictureImage::Failure::None) {
            *encoded = PictureImage::encode(decoded.image, QRectF()); // the centred square
            failure = encoded->failure;
        }
    }
    if (failure == PictureImage::Failure::None)
        return true;
    m_err << "error: " << CliOutput::terminalSafe(PictureImage::failureText(failure)) << '\n';
    m_err.flush();
    *exitCode = PictureRefused;
    return false;
}

bool CliApplication::pictureColumn(QString *column, int *exitCode)
{
    UserSchema schema;
    if (!userSchema(&schema, exitCode))
        return false;
    QStringList columns;
    for (const PropertyDef &def : schema.properties) {
        if (def.type == PropertyDef::Type::FileRef)
            columns << def.name;
    }
    const QString asked = m_parser.value(QStringLiteral("column"));
    if (!asked.isEmpty() && columns.contains(asked)) {
        *column = asked;
        return true;
    }
    if (asked.isEmpty() && columns.size() == 1) {
        *column = columns.constFirst();
        return true;
    }
    *exitCode = usage(
        columns.isEmpty()
            ? tr("The Users table has no FILE_REF column to hold a picture.")
            : tr("Say which FILE_REF column holds the picture: --column %1.").arg(columns.join(QLatin1String(" | "))));
    return false;
}
