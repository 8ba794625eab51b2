#include "ui/widgets/linklabel.h"

#include <QFocusEvent>

LinkLabel::LinkLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setOpenExternalLinks(true);
    setFocusPolicy(Qt::StrongFocus);
}

void LinkLabel::focusInEvent(QFocusEvent *event)
{
    QLabel::focusInEvent(event);
    const bool forward = event->reason() == Qt::TabFocusReason;
    if (!forward && event->reason() != Qt::BacktabFocusReason)
        return;
    // Without a link, moving between anchors would pass the focus on: the label keeps it.
    if (!text().contains(QLatin1String("href"), Qt::CaseInsensitive))
        return;
    // From the start (or the end): a link left selected by a click is not the place to go on from.
    setSelection(0, 0);
    focusNextPrevChild(forward);
}
