#pragma once

#include <QPointer>
#include <QSet>
#include <QStyledItemDelegate>

class QAbstractItemView;
class ThumbnailCache;

// A picture column: each row's thumbnail (the URL in `urlRole`) from the ThumbnailCache, asked for
// when the row is painted (so only for the rows in view), drawn when it arrives; never waited for.
class ThumbnailDelegate : public QStyledItemDelegate
{
public:
    ThumbnailDelegate(int urlRole, QAbstractItemView *view);

    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    void setThumbnails(ThumbnailCache *thumbnails);
    // An icon's size: the column costs the other columns as little as it can.
    static int side(const QWidget *view);

protected:
    // The cell as any other (selection, focus), then the thumbnail in its middle when it is there.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Once per URL: a failed one (not an image, too large, another server's) is not asked again
    // at every paint; a new set of thumbnails (another sign-in) asks again.
    void ask(const QString &url, const QSize &size) const;

    int m_urlRole;
    QAbstractItemView *m_view;
    QPointer<ThumbnailCache> m_thumbnails;
    mutable QSet<QString> m_asked;
};
