#pragma once

#include <QWidget>

#include <memory>

class DataService;
class QAction;
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
    // The first query; also what Refresh does.
    void refresh();

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
    void onError(const Error &error);
    void updateCount();
    void updateButtons();

    std::unique_ptr<Ui::UserDirectory> m_ui;
    UserDirectoryModel *m_model;
    QAction *m_retryAction; // the banner's, after a transport failure
    QAction *m_signInAction; // the banner's, after the session ended
    bool m_goingToLastUser = false; // Ctrl+End waits for pages
};
