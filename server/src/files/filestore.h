#pragma once

#include <QByteArray>
#include <QString>

namespace Server {

class Database;
class FilePath;

// The Files API's files, in a table of the server's own SQLite database (beside the users, so one
// file holds the whole local backend and a backup copies both). A directory exists while a file
// lies under it. The total size is capped (MaxTotalBytes): a write past it is refused whole.
class FileStore
{
public:
    // What 2,800,000 base64 characters (Backendless's limit for a save from bytes) decode to: one
    // file holds at most this, whichever call wrote it.
    static constexpr qint64 MaxFileBytes = 2'100'000;
    static constexpr qint64 DefaultMaxTotalBytes = 256LL * 1024 * 1024;

    enum class Write { Written, Exists, TooLarge, StoreFull, Failed };

    explicit FileStore(Database &db, qint64 maxTotalBytes = DefaultMaxTotalBytes);

    bool initialise(QString *error);

    Write put(const FilePath &path, const QByteArray &bytes, bool overwrite, const QString &ownerId);
    // false when there is no such file (a directory is not a file).
    bool read(const FilePath &path, QByteArray *bytes) const;
    // A file, or a directory with a file somewhere under it.
    bool exists(const FilePath &path) const;
    // Removes the file, or the directory and everything under it; how many files went (-1: failed).
    int remove(const FilePath &path);
    qint64 totalBytes() const;

private:
    Database &m_db;
    qint64 m_maxTotalBytes;
};

} // namespace Server
