#pragma once

#include <QWidget>

#include <functional>
#include <memory>

#include "core/userexport.h"

class DataService;
class DirectoryLiveRows;
class RealtimeClient;
class QAction;
class ThumbnailDelegate;
class QTimer;
class ThumbnailCache;
class UserExporter;
class UserDirectoryModel;
class UserSchema;
struct Error;

namespace Ui {
class UserDirectory;
}

// Support staff's list of users: a search box (email or name; prefix, or anywhere on request), a
// table that loads pages as it scrolls and sorts on the server when a header is clicked, the total
// count, and Open (button, double-click, Enter) for the selected user. Errors go to the banner at
// the top, placed by ErrorCatalog::placeListError(): 1013 names the missing FIND permission; a
// transport failure offers Retry.
class UserDirectory : public QWidget
{
    Q_OBJECT
public:
    explicit UserDirectory(DataService *data, QWidget *parent = nullptr);
    ~UserDirectory() override;

    void setSchema(const UserSchema &schema);
    UserDirectoryModel *model() const { return m_model; }
    // Where the picture column's thumbnails come from (none, none drawn); the user tabs' heads
    // take theirs from here too.
    void setThumbnails(ThumbnailCache *thumbnails);
    ThumbnailCache *thumbnails() const;
    // The first query; also what Refresh does.
    void refresh();
    // The rows in view follow their users over `client`: one changed elsewhere is read again and
    // shows the new values (DirectoryLiveRows).
    void followLive(RealtimeClient *client);
    DirectoryLiveRows *liveRows() const { return m_liveRows; }

    // Asks where to save an export; calls `chosen` with the path, or never when cancelled.
    using PathChooser = std::function<void(QWidget *parent, const QString &suggestedName, bool json,
                                           std::function<void(const QString &path)> chosen)>;
    // The default shows a QFileDialog with open(); tests inject their own.
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    // Exports to `path` (what Export… runs once the dialog and the file are chosen); the progress
    // dialog has Cancel; the banner tells how it ended. The exporter, until it finished.
    UserExporter *exportTo(const UserExportRequest &request, const QString &path);
    // The selected users' objectIds, in the table's order.
    QStringList selectedObjectIds() const;

Q_SIGNALS:
    void openRequested(const QString &objectId, const QString &identity);
    // The banner's "Sign in again…", after a query found the session ended.
    void signInRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Ctrl+End (and End): the last user of the whole result, not the last column of this row; the
    // pages not loaded yet are loaded first, one after the other.
    void goToLastUser();
    void openCurrent();
    void askExport();
    void onError(const Error &error);
    void updateCount();
    void updateButtons();
    QStringList objectIdsInView() const;

    std::unique_ptr<Ui::UserDirectory> m_ui;
    UserDirectoryModel *m_model;
    ThumbnailDelegate *m_thumbnailDelegate; // the picture column
    QAction *m_retryAction; // the banner's, after a transport failure
    QAction *m_signInAction; // the banner's, after the session ended
    bool m_goingToLastUser = false; // Ctrl+End waits for pages
    DataService *m_data; // what exports page through
    QStringList m_properties; // the schema's, offered as export columns
    PathChooser m_chooser;
    DirectoryLiveRows *m_liveRows = nullptr;
    QTimer *m_liveSettle = nullptr; // which rows are in view, looked at once things settle
};
