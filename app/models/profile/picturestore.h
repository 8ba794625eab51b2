#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

#include "core/pendingcall.h"

class FileService;
class UploadCall;

using BytesCall = Call<QByteArray>;
using ChangesCall = Call<QVariantMap>;

// The files behind one profile's picture (a FILE_REF column), for the form and its save:
//   - a chosen picture not yet saved is a local copy next to the draft (keepLocal()); the field's
//     value is then that copy's file: URL, which the draft keeps like any other edit, so the
//     picture survives a crash until it is saved or reverted;
//   - the save uploads that copy under a new unique name in users/{objectId}/ (upload()), stores
//     the returned URL with the REST API key replaced (stored(): FileUrl::redact), and after the
//     PUT deletes the previous picture (removeStored()), or, when the PUT failed, the fresh upload;
//   - fetch() reads either kind of value for a thumbnail (a stored URL with the key put back).
class PictureStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxPictureBytes = 2'100'000; // what the Files API takes in one file

    PictureStore(FileService *files, const QString &apiKey, const QString &objectId, QObject *parent = nullptr);

    // Where local copies go (the draft's directory + "/pictures"); none = no local copies.
    void setLocalDirectory(const QString &directory);
    QString localDirectory() const { return m_localDirectory; }

    // Writes the bytes as a new local copy; its file: URL, or an empty string (and `error`).
    QString keepLocal(const QByteArray &bytes, const QString &suffix, QString *error = nullptr);
    static bool isLocal(const QVariant &value);
    // Removes a local copy (only one inside localDirectory()).
    void discardLocal(const QVariant &value);
    // The form's edits now (UserModel::changes(), what its draft keeps): a local copy they named
    // before and name no more (reverted, replaced, saved) is deleted, as no draft refers to it.
    void keepReferenced(const QVariantMap &changes);

    // Uploads the local copy `localUrl` under a new unique name; the answer is the URL as returned.
    UploadCall *upload(const QString &localUrl);
    // The URL as a row keeps it: the REST API key replaced (FileUrl::redact); signed in by a domain
    // form (no key known), the file's URL in that form ({base}/files/{path}), whatever the answer held.
    QString stored(const QString &returnedUrl) const;
    // Deletes a stored picture of this user (a Files URL under users/{objectId}/); other values and
    // failures are left alone (a picture that is already gone is what was wanted).
    PendingCall *removeStored(const QVariant &value);
    // The bytes of a local copy or of a stored URL (GET with the key put back), at most
    // MaxPictureBytes.
    BytesCall *fetch(const QVariant &value);

    // --- the picture step of a save (ProfileSave) ---
    // Whether a save's changes hold a chosen picture (a local copy) to upload first.
    static bool hasChosen(const QVariantMap &changes);
    // Uploads every chosen picture of `changes`, one after another; the answer is `changes` with
    // each local copy replaced by its stored URL. A failed upload finishes it with that error, and
    // what this step uploaded before is deleted. cancel() on the answer stops it.
    ChangesCall *uploadChosen(const QVariantMap &changes);
    // The PUT failed: the row does not point at this save's uploads, so they go. Returns the
    // deletes sent (a program that ends next, the CLI, waits for them; the app need not).
    QList<PendingCall *> dropUploads();
    // The PUT was cancelled, so it may or may not have been applied: `reread` (the row read again
    // after the cancel) decides. The uploads it does not hold go; when it cannot be read they stay
    // (an unused file beats a row that names a deleted one).
    void dropUploadsUnlessStored(UserCall *reread);
    bool hasUploads() const { return !m_uploads.isEmpty(); }
    // The PUT succeeded with `sent`: for each picture field it changed (except those the server did
    // not store) the previous file (`previous`, the loaded values) is deleted, and so is the local
    // copy it was uploaded from. Returns the deletes sent, as dropUploads() does.
    QList<PendingCall *> saved(const QVariantMap &previous, const QVariantMap &sent, const QStringList &notStored);

Q_SIGNALS:
    // A chosen picture of field `name` going up; total 0 once it is done or failed.
    void uploadProgress(const QString &name, qint64 sent, qint64 total);

private:
    bool ownsLocal(const QString &path) const;
    void uploadNext(ChangesCall *answer, QVariantMap changes, QStringList names);

    QPointer<FileService> m_files;
    QString m_apiKey;
    QString m_objectId;
    QString m_localDirectory;
    QPointer<UploadCall> m_upload; // the upload uploadChosen() waits for
    QVariantMap m_uploads; // field -> {stored URL, the local copy it came from} of the save in flight
    QStringList m_referenced; // the local copies the form's edits named last (keepReferenced())
};
