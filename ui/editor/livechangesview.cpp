#include "ui/editor/livechangesview.h"

#include "models/profile/livechanges.h"
#include "models/profile/profileedit.h"
#include "models/profile/usermodel.h"
#include "ui/editor/fieldrow.h"
#include "ui/editor/fieldsbinder.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QLocale>
#include <QTimer>

LiveChangesView::LiveChangesView(FieldsBinder *fields, MessageBanner *banner, QObject *parent)
    : QObject(parent)
    , m_fields(fields)
    , m_banner(banner)
    , m_review(new QAction(tr("Revie&w…"), this))
{
    connect(m_review, &QAction::triggered, this, &LiveChangesView::reviewRequested);
}

void LiveChangesView::setProfile(ProfileEdit *profile)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_profile = profile;
    if (profile)
        m_connections << connect(profile->live(), &LiveChanges::changedElsewhere, this,
                                 &LiveChangesView::onChangedElsewhere)
                      << connect(profile->live(), &LiveChanges::conflictsFound, this, &LiveChangesView::onConflicts);
}

QStringList LiveChangesView::labels(const UserModel *model, const QStringList &names)
{
    QStringList labels;
    for (const QString &name : names) {
        const int row = model ? model->rowOf(name) : -1;
        if (row >= 0)
            labels << model->index(row).data(UserModel::LabelRole).toString();
    }
    return labels;
}

void LiveChangesView::mark(const QStringList &names)
{
    for (const QString &name : names) {
        if (FieldRow *row = m_fields->row(name))
            row->markChangedElsewhere(MarkMs);
    }
}

void LiveChangesView::onChangedElsewhere(const QStringList &names)
{
    if (!m_profile)
        return;
    // In the middle of an edit, the next "saved" message names them again, as it names what the
    // save's own re-read took: a save then says everything that came from elsewhere meanwhile.
    if (m_profile->fields()->isDirty())
        Q_EMIT changedWhileEditing(names);
    mark(names);
    // Said in the banner too; never over an error or a warning.
    if (!m_banner->text().isEmpty() && m_banner->type() != MessageBanner::Type::Information
        && m_banner->type() != MessageBanner::Type::Positive)
        return;
    const QString text = tr("Changed on another device, and now shown as the server has it: %1.")
                             .arg(QLocale().createSeparatedList(labels(m_profile->fields(), names)));
    m_banner->showMessage(MessageBanner::Type::Information, text);
    QPointer<MessageBanner> banner(m_banner);
    QTimer::singleShot(MarkMs, this, [banner, text] {
        if (banner && banner->text() == text)
            banner->dismiss();
    });
}

void LiveChangesView::onConflicts(const QList<Conflict> &conflicts)
{
    if (!m_profile)
        return;
    QStringList names;
    for (const Conflict &conflict : conflicts)
        names << conflict.name;
    mark(names);
    m_banner->showMessage(MessageBanner::Type::Warning,
                          tr("Changed on another device while you were editing it: %1. Review the changes to "
                             "choose which value to keep.")
                              .arg(QLocale().createSeparatedList(labels(m_profile->fields(), names))),
                          {m_review});
}
