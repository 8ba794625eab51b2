#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class Journal;
class JournalFilterModel;
class JournalModel;

namespace Ui {
class JournalView;
}

// The edit journal in the app: every staff save, newest first, filtered by text (user, staff,
// field, value, reason) and by result, and exported as CSV (what is shown, in the shown order).
class JournalView : public QWidget
{
    Q_OBJECT
public:
    // Asks where to save; calls `chosen` with the path, or never when the person cancels.
    using PathChooser = std::function<void(QWidget *parent, const QString &suggestedName,
                                           std::function<void(const QString &path)> chosen)>;

    explicit JournalView(Journal *journal, QWidget *parent = nullptr);
    ~JournalView() override;

    JournalFilterModel *filterModel() const { return m_filter; }
    // The default shows a QFileDialog with open() (no nested event loop); tests inject their own.
    void setPathChooser(PathChooser chooser);
    static PathChooser fileDialogChooser();

    // Writes the shown entries to `path`; the banner tells how it went.
    bool exportTo(const QString &path);

    // The columns the person hid, by name (JournalModel::Column's key, "ServerColumn"), through the
    // header's or the table's context menu (Shift+F10 on the table). By default Staff and Server
    // are hidden: at the window's default width the others then show whole.
    static QStringList defaultHiddenColumns();
    QStringList hiddenColumns() const;
    void setHiddenColumns(const QStringList &names);

Q_SIGNALS:
    // The person showed or hid a column (not emitted by setHiddenColumns).
    void hiddenColumnsChanged(const QStringList &names);

private:
    void updateCount();
    void showColumnsMenu(const QPoint &globalPosition);

    std::unique_ptr<Ui::JournalView> m_ui;
    JournalModel *m_model;
    JournalFilterModel *m_filter;
    PathChooser m_chooser;
};
