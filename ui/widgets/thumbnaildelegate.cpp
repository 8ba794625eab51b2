#include "ui/widgets/thumbnaildelegate.h"

#include "ui/widgets/thumbnailcache.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyle>

ThumbnailDelegate::ThumbnailDelegate(int urlRole, QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_urlRole(urlRole)
    , m_view(view)
{ }

void ThumbnailDelegate::setThumbnails(ThumbnailCache *thumbnails)
{
    m_thumbnails = thumbnails;
    m_asked.clear();
    m_view->viewport()->update();
}

int ThumbnailDelegate::side(const QWidget *view)
{
    return view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString url = index.data(m_urlRole).toString();
    if (url.isEmpty() || !m_thumbnails)
        return;
    const int logical = side(m_view);
    const qreal dpr = painter->device()->devicePixelRatioF();
    const QSize size = QSize(logical, logical) * dpr;
    const QImage image = m_thumbnails->cached(url, size);
    if (image.isNull()) {
        ask(url, size);
        return;
    }
    QRect target(QPoint(), QSize(logical, logical));
    target.moveCenter(option.rect.center());
    painter->drawImage(target, image);
}

void ThumbnailDelegate::ask(const QString &url, const QSize &size) const
{
    if (m_asked.contains(url))
        return;
    if (m_asked.size() > 4096)
        m_asked.clear();
    m_asked.insert(url);
    ThumbnailReply *reply = m_thumbnails->request(url, size, m_view);
    QObject::connect(reply, &ThumbnailReply::finished, m_view, [this, reply] {
        reply->deleteLater();
        // Dropped from the queue (scrolled past): asked again when painted again.
        if (reply->image().isNull() && m_thumbnails && m_thumbnails->isFetchable(reply->url()))
            m_asked.remove(reply->url());
        if (!reply->image().isNull())
            m_view->viewport()->update();
    });
}
