#include "ui/staff/userdirectory.h"
#include "ui_userdirectory.h"

#include "core/userproperties.h"
#include "core/userschema.h"
#include "models/displaytext.h"
#include "models/errorcatalog.h"
#include "models/staff/directoryliverows.h"
#include "models/staff/directorypager.h"
#include "models/staff/directoryquery.h"
#include "models/staff/userdirectorymodel.h"
#include "ui/staff/exportdialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/tablecolumns.h"
#include "ui/widgets/thumbnailcache.h"
#include "ui/widgets/thumbnaildelegate.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <algorithm>

namespace {

// Puts a warning icon before an identity that looks like another loaded one (the model's
// LookAlikesRole); the tooltip and the accessible description say which.
class LookAlikeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(UserDirectoryModel::LookAlikesRole).toStringList().isEmpty())
            return;
        const QStyle *style = option->widget ? option->widget->style() : nullptr;
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                        style ? style->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
};

} // namespace

UserDirectory::UserDirectory(DataService *data, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserDirectory>())
    , m_model(new UserDirectoryModel(data, this))
    , m_retryAction(new QAction(tr("Re&try"), this))
    , m_signInAction(new QAction(tr("Si&gn in again…"), this))
    , m_data(data)
{
    m_ui->setupUi(this);
    // The count line also says why a table is empty and what to try: it wraps and takes the width.
    m_ui->countLabel->setWordWrap(true);
    m_ui->bottomLayout->setStretchFactor(m_ui->countLabel, 1);
    m_ui->usersView->setModel(m_model);
    m_ui->usersView->setItemDelegateForColumn(UserDirectoryModel::EmailColumn, new LookAlikeDelegate(m_ui->usersView));
    m_thumbnailDelegate = new ThumbnailDelegate(UserDirectoryModel::PictureUrlRole, m_ui->usersView);
    m_ui->usersView->setItemDelegateForColumn(UserDirectoryModel::PictureColumn, m_thumbnailDelegate);
    QHeaderView *header = m_ui->usersView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The pictures first, as a list of people shows them, in a column just their width; hidden
    // until the schema has a picture column.
    header->moveSection(header->visualIndex(UserDirectoryModel::PictureColumn), 0);
    header->setSectionResizeMode(UserDirectoryModel::PictureColumn, QHeaderView::Fixed);
    header->resizeSection(UserDirectoryModel::PictureColumn, ThumbnailDelegate::side(m_ui->usersView) + 6);
    header->setSectionHidden(UserDirectoryModel::PictureColumn, true);
    TableColumns::setWidths(header, {{UserDirectoryModel::NameColumn, 16}, {UserDirectoryModel::StatusColumn, 9}});
    // The dates whole, in the locale's format (digits are wider than the average character).
    TableColumns::fitWidest(m_ui->usersView, header, UserDirectoryModel::LastLoginColumn,
                            TableColumns::dateTimeSamples());
    // Created is a date (its time in the tooltip): the room it leaves is the picture column's.
    QStringList dates;
    for (int month = 1; month <= 12; ++month)
        dates << QLocale().toString(QDate(2028, month, 28), DisplayText::dateFormat());
    TableColumns::fitWidest(m_ui->usersView, header, UserDirectoryModel::CreatedColumn, dates);
    // The email, what a person scans for, takes the room the others leave: at the window's default
    // width (620) every column shows whole, and a wider window widens the emails.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(UserDirectoryModel::EmailColumn, QHeaderView::Stretch);
    // One line of text per user: a directory is read by scanning many rows.
    QHeaderView *rows = m_ui->usersView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    // The indicator first: enabling sorting sorts by it at once, and the model's own order is the
    // same, so no second query goes out.
    header->setSortIndicator(UserDirectoryModel::EmailColumn, Qt::AscendingOrder);
    m_ui->usersView->setSortingEnabled(true);

    m_ui->searchEdit->setMaxLength(DirectoryQuery::MaxSearchLength);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_model, &UserDirectoryModel::setSearchText);
    connect(m_ui->containsCheck, &QCheckBox::toggled, this, [this](bool anywhere) {
        m_model->setMatch(anywhere ? DataService::Match::Contains : DataService::Match::Prefix);
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &UserDirectory::refresh);
    m_ui->statusCombo->addItem(tr("All"), int(DirectoryQuery::StatusFilter::All));
    m_ui->statusCombo->addItem(tr("Enabled"), int(DirectoryQuery::StatusFilter::Enabled));
    m_ui->statusCombo->addItem(tr("Disabled"), int(DirectoryQuery::StatusFilter::Disabled));
    m_ui->statusCombo->addItem(tr("Confirmation pending"), int(DirectoryQuery::StatusFilter::Pending));
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(DirectoryQuery::StatusFilter(m_ui->statusCombo->currentData().toInt()));
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &UserDirectory::askExport);
    m_chooser = [](QWidget *owner, const QString &suggestedName, bool json,
                   std::function<void(const QString &)> chosen) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        auto *dialog = new QFileDialog(owner, tr("Export users"), QDir(folder).filePath(suggestedName),
                                       json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
        dialog->setObjectName(QStringLiteral("exportFileDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, dialog, [chosen](const QString &path) { chosen(path); });
        dialog->open();
    };
    connect(m_ui->openButton, &QPushButton::clicked, this, &UserDirectory::openCurrent);
    connect(m_ui->usersView, &QAbstractItemView::activated, this, &UserDirectory::openCurrent);
    // Down from the search box goes to the results, as in any find-as-you-type list.
    auto *toResults = new QShortcut(QKeySequence(Qt::Key_Down), m_ui->searchEdit);
    toResults->setContext(Qt::WidgetShortcut);
    connect(toResults, &QShortcut::activated, this, [this] {
        m_ui->usersView->setFocus(Qt::ShortcutFocusReason);
        if (!m_ui->usersView->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->usersView->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UserDirectory::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UserDirectory::updateButtons);
    connect(m_model, &UserDirectoryModel::errorOccurred, this, &UserDirectory::onError);
    connect(m_model, &UserDirectoryModel::totalCountChanged, this, &UserDirectory::updateCount);
    connect(m_model, &UserDirectoryModel::loadingChanged, this, &UserDirectory::updateCount);
    connect(m_model, &UserDirectoryModel::pageLoaded, this, [this] {
        if (m_model->pager()->isEmptyWithoutSearch()) {
            m_ui->messageBanner->showMessage(
                MessageBanner::Type::Information,
                tr("No users are visible. If there should be some, the SupportStaff role may lack FIND "
                   "permission on the Users table."));
        } else {
            m_ui->messageBanner->dismiss();
        }
        updateCount();
    });
    connect(m_retryAction, &QAction::triggered, this, &UserDirectory::refresh);
    connect(m_signInAction, &QAction::triggered, this, &UserDirectory::signInRequested);
    // Tab leaves the table (tabKeyNavigation is off in the .ui); Home and End go by user.
    m_ui->usersView->installEventFilter(this);
    connect(m_model, &UserDirectoryModel::loadingChanged, this, [this](bool loading) {
        if (!loading && m_goingToLastUser)
            goToLastUser();
    });
    connect(m_model, &UserDirectoryModel::errorOccurred, this, [this] { m_goingToLastUser = false; });
    updateCount();
    updateButtons();
}

UserDirectory::~UserDirectory() = default;

void UserDirectory::setThumbnails(ThumbnailCache *thumbnails)
{
    m_thumbnailDelegate->setThumbnails(thumbnails);
}

ThumbnailCache *UserDirectory::thumbnails() const
{
    return m_thumbnailDelegate->thumbnails();
}

void UserDirectory::setSchema(const UserSchema &schema)
{
    m_model->setSchema(schema);
    m_ui->usersView->horizontalHeader()->setSectionHidden(UserDirectoryModel::PictureColumn,
                                                          m_model->query().pictureProperty().isEmpty());
    if (!schema.isEmpty()) {
        m_properties = QStringList{UserProperties::objectId()} + schema.names();
        for (const QString &system :
             {QStringLiteral("userStatus"), QStringLiteral("created"), QStringLiteral("lastLogin")}) {
            if (!m_properties.contains(system))
                m_properties << system;
        }
    }
}

QStringList UserDirectory::selectedObjectIds() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->usersView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows))
        ids << m_model->objectId(row);
    return ids;
}

void UserDirectory::askExport()
{
    QStringList offered = m_properties;
    if (offered.isEmpty()) {
        for (int column = 0; column < UserDirectoryModel::ColumnCount; ++column)
            offered << m_model->query().columnProperty(column);
        offered.removeAll(QString());
        offered.prepend(UserProperties::objectId());
    }
    QStringList shown{UserProperties::objectId()};
    for (int column = 0; column < UserDirectoryModel::ColumnCount; ++column)
        shown << m_model->query().columnProperty(column);
    auto *dialog = new ExportDialog(offered, shown, m_model->totalCount(), int(selectedObjectIds().size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        UserExportRequest request;
        request.format = dialog->format();
        request.columns = dialog->columns();
        request.where = m_model->query().whereClause();
        if (dialog->selectionOnly())
            request.objectIds = selectedObjectIds();
        const bool json = request.format == UserExportRequest::Format::Json;
        const QString name =
            tr("users-%1.%2")
                .arg(QDate::currentDate().toString(Qt::ISODate), json ? QStringLiteral("json") : QStringLiteral("csv"));
        QPointer<UserDirectory> self(this);
        m_chooser(this, name, json, [self, request](const QString &path) {
            if (self && !path.isEmpty())
                self->exportTo(request, path);
        });
    });
    dialog->open();
}

UserExporter *UserDirectory::exportTo(const UserExportRequest &request, const QString &path)
{
    auto *exporter = new UserExporter(m_data, this);
    QString error;
    if (!exporter->start(request, path, &error)) {
        delete exporter;
        m_ui->messageBanner->showMessage(
            MessageBanner::Type::Error,
            tr("The users could not be exported to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return nullptr;
    }
    auto *progress = new QProgressDialog(tr("Exporting users…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export users"));
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, exporter, &UserExporter::cancel);
    connect(exporter, &UserExporter::progress, progress, [progress](qint64 written, qint64 total) {
        // QProgressDialog counts in int: a share of 10,000 says enough.
        progress->setMaximum(total > 0 ? 10000 : 0);
        progress->setValue(total > 0 ? int(qMin<qint64>(written, total) * 10000 / total) : 0);
        progress->setLabelText(total >= 0 ? tr("Exported %1 of %2 users…").arg(written).arg(total)
                                          : tr("Exported %1 users…").arg(written));
    });
    connect(exporter, &UserExporter::finished, this, [this, exporter, progress, path](const Error &result) {
        progress->close();
        exporter->deleteLater();
        if (result.kind == Error::Kind::Cancelled)
            m_ui->messageBanner->showMessage(
                MessageBanner::Type::Information,
                tr("Export cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path)));
        else if (result.isError())
            m_ui->messageBanner->showMessage(MessageBanner::Type::Error,
                                             tr("The users could not be exported: %1").arg(result.displayText()));
        else
            m_ui->messageBanner->showMessage(MessageBanner::Type::Positive,
                                             tr("Export done: %1 (users: %n).", nullptr, int(exporter->written()))
                                                 .arg(QDir::toNativeSeparators(path)));
    });
    return exporter;
}

void UserDirectory::followLive(RealtimeClient *client)
{
    delete m_liveRows;
    m_liveRows = new DirectoryLiveRows(m_model, m_data, client, this);
    // Which rows are in view, looked at once things settle: after a scroll, a page, a new query, a
    // resize or the Directory's tab shown.
    auto *settle = new QTimer(m_liveRows);
    m_liveSettle = settle;
    settle->setSingleShot(true);
    settle->setInterval(150);
    connect(settle, &QTimer::timeout, m_liveRows, [this] { m_liveRows->follow(objectIdsInView()); });
    const auto look = [settle] { settle->start(); };
    m_ui->usersView->viewport()->installEventFilter(this);
    connect(m_ui->usersView->verticalScrollBar(), &QScrollBar::valueChanged, settle, look);
    connect(m_model, &QAbstractItemModel::rowsInserted, settle, look);
    connect(m_model, &QAbstractItemModel::modelReset, settle, look);
    connect(m_model, &QAbstractItemModel::layoutChanged, settle, look);
    look();
}

QStringList UserDirectory::objectIdsInView() const
{
    const QTableView *view = m_ui->usersView;
    const int first = view->rowAt(0);
    if (first < 0)
        return {};
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    QStringList ids;
    for (int row = first; row <= last && ids.size() < DirectoryLiveRows::MaxFollowed; ++row)
        ids << m_model->objectId(row);
    return ids;
}

void UserDirectory::refresh()
{
    m_ui->messageBanner->dismiss();
    m_model->refresh();
}

bool UserDirectory::eventFilter(QObject *watched, QEvent *event)
{
    if (m_liveSettle && watched == m_ui->usersView->viewport()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_liveSettle->start();
    if (watched == m_ui->usersView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const bool plainOrCtrl = modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier;
        if (plainOrCtrl && key->key() == Qt::Key_End) {
            m_goingToLastUser = true;
            goToLastUser();
            return true;
        }
        if (plainOrCtrl && key->key() == Qt::Key_Home) {
            m_goingToLastUser = false;
            if (m_model->rowCount() > 0) {
                const QModelIndex first = m_model->index(0, UserDirectoryModel::EmailColumn);
                m_ui->usersView->setCurrentIndex(first);
                m_ui->usersView->scrollTo(first);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UserDirectory::goToLastUser()
{
    if (m_model->isLoading())
        return; // loadingChanged(false) comes back here
    if (m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        if (m_model->isLoading())
            return;
    }
    m_goingToLastUser = false;
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex last = m_model->index(rows - 1, UserDirectoryModel::EmailColumn);
    m_ui->usersView->setCurrentIndex(last);
    m_ui->usersView->scrollTo(last);
}

void UserDirectory::openCurrent()
{
    const int row = m_ui->usersView->currentIndex().row();
    const QString objectId = m_model->objectId(row);
    if (!objectId.isEmpty())
        Q_EMIT openRequested(objectId, m_model->identity(row));
}

void UserDirectory::onError(const Error &error)
{
    const ErrorCatalog::Placement placement = ErrorCatalog::placeListError(error);
    QList<QAction *> actions;
    if (placement.action == ErrorCatalog::Action::Retry)
        actions << m_retryAction;
    else if (placement.action == ErrorCatalog::Action::SignIn)
        actions << m_signInAction;
    m_ui->messageBanner->showMessage(MessageBanner::Type::Error, placement.text, actions);
    updateCount();
}

void UserDirectory::updateCount()
{
    const qint64 total = m_model->totalCount();
    QString text;
    const QString search = m_ui->searchEdit->text().trimmed();
    if (total == 0 && !search.isEmpty()) {
        // An empty result says what happened and what to try, instead of a blank table.
        text = m_ui->containsCheck->isChecked()
            ? tr("No users match “%1”. Check the spelling, or search for a shorter part.").arg(search)
            : tr("No users match “%1”. Try Match anywhere to find it inside emails and names.").arg(search);
    } else if (total >= 0) {
        text = m_model->rowCount() < total
            ? tr("Showing %1 of %2 users; scroll down for more.")
                  .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(total))
            : tr("Users: %1").arg(QLocale().toString(total));
    } else if (m_model->isLoading()) {
        text = tr("Searching…");
    }
    m_ui->countLabel->setText(text);
}

void UserDirectory::updateButtons()
{
    m_ui->openButton->setEnabled(m_ui->usersView->currentIndex().isValid());
}
