#pragma once

#include <QDialog>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QWidget>

class QLabel;

// The square a picture is cut to, shown as it will be: the view IS the crop (a circle marks what a
// round thumbnail shows). Keyboard: the arrows move the picture, + and - zoom (1x to 4x), Home
// starts over; the mouse drags and the wheel zooms.
class PictureCropView : public QWidget
{
    Q_OBJECT
public:
    static constexpr qreal MaxZoom = 4.0;

    explicit PictureCropView(const QImage &image, QWidget *parent = nullptr);

    QRectF crop() const; // in the image's coordinates
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void pan(qreal dx, qreal dy); // in fractions of the crop's side
    void reset();
    QSize sizeHint() const override { return {320, 320}; }

Q_SIGNALS:
    void cropChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    qreal side() const;
    void clampCentre();
    QRectF viewport() const;

    QImage m_image;
    QPointF m_centre;
    qreal m_zoom = 1.0;
    QPointF m_dragFrom;
};

// "Crop the picture": the view, a line saying how to operate it, OK and Cancel.
class PictureCropDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PictureCropDialog(const QImage &image, QWidget *parent = nullptr);
    QRectF crop() const;
    PictureCropView *view() const { return m_view; }

private:
    PictureCropView *m_view;
};
