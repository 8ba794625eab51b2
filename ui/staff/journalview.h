#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class Error;
class JournalModel;
class JournalOutbox;
class TeamJournal;
class QAction;
class QTimer;

namespace Ui {
class JournalView;
}

// The team's edit journal in the app: every staff save of the team, newest first, a page at a time,
// filtered on the server by text (user, staff, field, value, reason) and by result; this PC's
// entries not yet on the server first, marked; exported as CSV (what is shown, in the shown order).
class JournalView : public QWidget
{
    Q_OBJECT
public:
    // Asks where to save; calls `chosen` with the path, or never when the person cancels.
    using PathChooser = std::function<void(QWidget *parent, const QString &suggestedName,
                                           std::function<void(const QString &path)> chosen)>;

    // `outbox` (may be null) is only read here, for the count of entries still to send.
    JournalView(TeamJournal *journal, JournalOutbox *outbox, QWidget *parent = nullptr);
    ~JournalView() override;

    JournalModel *model() const { return m_model; }
    TeamJournal *teamJournal() const { return m_journal; }
    JournalOutbox *outbox() const { return m_outbox; }
    // The default shows a QFileDialog with open() (no nested event loop); tests inject their own.
    void setPathChooser(PathChooser chooser);
    static PathChooser fileDialogChooser();

    // Writes the shown entries to `path`; the banner tells how it went.
    bool exportTo(const QString &path);

    // The columns the person hid, by name (JournalModel::Column's key, "ServerColumn"), through the
    // header's or the table's context menu (Shift+F10 on the table). By default Staff and Server are
    // hidden: at the window's default width the others then show whole.
    static QStringList defaultHiddenColumns();
    QStringList hiddenColumns() const;
    void setHiddenColumns(const QStringList &names);

Q_SIGNALS:
    // The person showed or hid a column (not emitted by setHiddenColumns).
    void hiddenColumnsChanged(const QStringList &names);
    // The banner's "Sign in again…", after reading the journal found the session ended.
    void signInRequested();

private:
    void updateCount();
    void applyFilter();
    void showError(const Error &error);
    void showColumnsMenu(const QPoint &globalPosition);

    std::unique_ptr<Ui::JournalView> m_ui;
    TeamJournal *m_journal;
    JournalOutbox *m_outbox;
    JournalModel *m_model;
    QTimer *m_filterDelay;
    QAction *m_signInAction;
    PathChooser m_chooser;
};
