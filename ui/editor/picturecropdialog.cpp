#include "ui/editor/picturecropdialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

PictureCropView::PictureCropView(const QImage &image, QWidget *parent)
    : QWidget(parent)
    , m_image(image)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 200);
    setAccessibleName(tr("Picture crop"));
    setAccessibleDescription(tr("Arrow keys move the picture, plus and minus zoom in and out, Home starts over."));
    reset();
}

void PictureCropView::reset()
{
    m_centre = QPointF(m_image.width() / 2.0, m_image.height() / 2.0);
    m_zoom = 1.0;
    update();
    Q_EMIT cropChanged();
}

qreal PictureCropView::side() const
{
    return qMin(m_image.width(), m_image.height()) / m_zoom;
}

QRectF PictureCropView::crop() const
{
    const qreal s = side();
    return QRectF(m_centre.x() - s / 2, m_centre.y() - s / 2, s, s);
}

void PictureCropView::clampCentre()
{
    const qreal half = side() / 2;
    m_centre.setX(qBound(half, m_centre.x(), m_image.width() - half));
    m_centre.setY(qBound(half, m_centre.y(), m_image.height() - half));
}

void PictureCropView::setZoom(qreal zoom)
{
    m_zoom = qBound(1.0, zoom, MaxZoom);
    clampCentre();
    update();
    Q_EMIT cropChanged();
}

void PictureCropView::pan(qreal dx, qreal dy)
{
    m_centre += QPointF(dx * side(), dy * side());
    clampCentre();
    update();
    Q_EMIT cropChanged();
}

QRectF PictureCropView::viewport() const
{
    const qreal s = qMin(width(), height()) - 8;
    return QRectF((width() - s) / 2, (height() - s) / 2, s, s);
}

void PictureCropView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF target = viewport();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image, crop());
    painter.setRenderHint(QPainter::Antialiasing);
    // What a round thumbnail leaves out, dimmed.
    QPainterPath outside;
    outside.addRect(target);
    QPainterPath circle;
    circle.addEllipse(target);
    painter.fillPath(outside.subtracted(circle), QColor(0, 0, 0, 110));
    painter.setPen(QPen(palette().highlight(), hasFocus() ? 3 : 1));
    painter.drawEllipse(target);
}

void PictureCropView::keyPressEvent(QKeyEvent *event)
{
    constexpr qreal step = 0.05;
    switch (event->key()) {
    case Qt::Key_Left:
        pan(-step, 0);
        break;
    case Qt::Key_Right:
        pan(step, 0);
        break;
    case Qt::Key_Up:
        pan(0, -step);
        break;
    case Qt::Key_Down:
        pan(0, step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom * 1.25);
        break;
    case Qt::Key_Minus:
        setZoom(m_zoom / 1.25);
        break;
    case Qt::Key_Home:
        reset();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PictureCropView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        setZoom(m_zoom * std::pow(1.25, steps));
    event->accept();
}

void PictureCropView::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position();
    setFocus(Qt::MouseFocusReason);
}

void PictureCropView::mouseMoveEvent(QMouseEvent *event)
{
    const qreal pixels = viewport().width();
    if (pixels <= 0)
        return;
    const QPointF delta = event->position() - m_dragFrom;
    m_dragFrom = event->position();
    pan(-delta.x() / pixels, -delta.y() / pixels); // the picture follows the pointer
}

PictureCropDialog::PictureCropDialog(const QImage &image, QWidget *parent)
    : QDialog(parent)
    , m_view(new PictureCropView(image, this))
{
    setWindowTitle(tr("Crop the Picture"));
    // Its accessible name is its title; the description says how it is operated.
    setAccessibleDescription(tr("Choose the part of the image that becomes the picture."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *hint =
        new QLabel(tr("Drag or use the arrow keys to move the picture; + and \u2212 or the wheel zoom."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use Picture"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_view->setFocus();
    resize(420, 480);
}

QRectF PictureCropDialog::crop() const
{
    return m_view->crop();
}
