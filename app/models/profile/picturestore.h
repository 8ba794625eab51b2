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

    // Uploads the local copy `localUrl` under a new unique name; the answer is the URL as returned.
    UploadCall *upload(const QString &localUrl);
    // The URL as a row keeps it: the REST API key replaced (FileUrl::redact).
    QString stored(const QString &returnedUrl) const;
    // Deletes a stored picture of this user (a Files URL under users/{objectId}/); other values and
    // failures are left alone (a picture that is already gone is what was wanted).
    PendingCall *removeStored(const QVariant &value);
    // The bytes of a local copy or of a stored URL (GET with the key put back), at most
    // MaxPictureBytes.
    BytesCall *fetch(const QVariant &value);

private:
    bool ownsLocal(const QString &path) const;

    QPointer<FileService> m_files;
    QString m_apiKey;
    QString m_objectId;
    QString m_localDirectory;
};
