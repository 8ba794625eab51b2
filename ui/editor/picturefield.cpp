#include "ui/editor/picturefield.h"

#include "core/pendingcall.h"
#include "models/profile/picturestore.h"
#include "ui/editor/picturecropdialog.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

PictureField::PictureField(QWidget *parent)
    : FieldEditor(parent)
    , m_image(new QLabel(this))
    , m_status(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose\u2026"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_progress(new QProgressBar(this))
{
    setAcceptDrops(true);
    m_image->setFixedSize(ThumbnailSide, ThumbnailSide);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAccessibleName(tr("Picture"));
    m_choose->setAccessibleDescription(tr("Choose an image file; you can also drop one here or paste one."));
    m_remove->setAccessibleName(tr("Remove picture"));
    m_progress->setAccessibleName(tr("Picture upload"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(200);
    m_status->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_status);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_image);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_choose, &QPushButton::clicked, this, &PictureField::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_value = QVariant();
        showThumbnail(QImage());
        Q_EMIT edited();
    });
    auto *pasteShortcut = new QShortcut(QKeySequence::Paste, this, this, &PictureField::paste);
    pasteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    showThumbnail(QImage());
}

QWidget *PictureField::input() const
{
    return m_choose;
}

void PictureField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setAcceptDrops(!readOnly);
    updateButtons();
}

void PictureField::setPictures(PictureStore *pictures)
{
    m_pictures = pictures;
    loadThumbnail();
    updateButtons();
}

void PictureField::updateButtons()
{
    m_choose->setVisible(!m_readOnly);
    m_remove->setVisible(!m_readOnly);
    m_choose->setEnabled(m_pictures && !m_job);
    m_remove->setEnabled(m_pictures && !m_job && !m_value.toString().isEmpty());
}

void PictureField::setValue(const QVariant &value)
{
    const bool same = value.toString() == m_value.toString();
    m_value = value;
    if (!same)
        loadThumbnail();
    updateButtons();
}

void PictureField::loadThumbnail()
{
    const int serial = ++m_loadSerial;
    if (m_value.toString().isEmpty() || !m_pictures) {
        showThumbnail(QImage());
        return;
    }
    m_status->setText(tr("Loading the picture\u2026"));
    BytesCall *call = m_pictures->fetch(m_value);
    connect(call, &PendingCall::finished, this, [this, call, serial] {
        if (serial != m_loadSerial)
            return; // another value since
        m_status->clear();
        if (call->error().isError()) {
            m_status->setText(tr("The picture could not be loaded."));
            showThumbnail(QImage());
            return;
        }
        // At most 2.1 MB, and the pipeline's own output: small enough to read here.
        QImage image;
        image.loadFromData(call->result());
        showThumbnail(image);
    });
}

void PictureField::showThumbnail(const QImage &image)
{
    m_thumbnail = image;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(ThumbnailSide, ThumbnailSide) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(1, 1, ThumbnailSide - 2, ThumbnailSide - 2));
    if (image.isNull()) {
        painter.fillPath(circle, palette().mid());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(0, 0, ThumbnailSide, ThumbnailSide), Qt::AlignCenter, tr("No picture"));
    } else {
        painter.setClipPath(circle);
        painter.drawImage(QRectF(0, 0, ThumbnailSide, ThumbnailSide), image);
    }
    m_image->setPixmap(pixmap);
    m_image->setAccessibleDescription(image.isNull() ? tr("No picture") : tr("The profile picture"));
    updateButtons();
    Q_EMIT thumbnailChanged(image);
}

void PictureField::chooseFile()
{
    // open(), not exec(): window-modal, no nested event loop while replies land.
    auto *dialog = new QFileDialog(window(), tr("Choose a Picture"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Images (%1)").arg(PictureImage::nameFilterPatterns()));
    // Qt's own dialog where the desktop's cannot be driven (the end-to-end journeys set it).
    dialog->setOption(QFileDialog::DontUseNativeDialog, qEnvironmentVariableIsSet("PROFILEDESK_QT_FILE_DIALOG"));
    connect(dialog, &QFileDialog::fileSelected, this, &PictureField::takeFile);
    dialog->open();
}

void PictureField::takeFile(const QString &path)
{
    QFile file(path);
    // The size before reading: a stranger's file is not read whole to learn that it is too large.
    if (QFileInfo(path).size() > PictureImage::MaxInputBytes) {
        Q_EMIT failed(PictureImage::failureText(PictureImage::Failure::TooLarge));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    takeImage(file.read(PictureImage::MaxInputBytes + 1));
}

void PictureField::paste()
{
    if (m_readOnly || !m_pictures || m_job)
        return;
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (data && data->hasUrls() && data->urls().constFirst().isLocalFile()) {
        takeFile(data->urls().constFirst().toLocalFile());
    } else if (data && data->hasImage()) {
        // A copied image is pixels already; PNG keeps them exactly for the pipeline.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        qvariant_cast<QImage>(data->imageData()).save(&buffer, "PNG");
        takeImage(bytes);
    } else {
        Q_EMIT failed(PictureImage::failureText(PictureImage::Failure::NotAnImage));
    }
}

void PictureField::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (!m_readOnly && m_pictures && (data->hasImage() || (data->hasUrls() && data->urls().constFirst().isLocalFile())))
        event->acceptProposedAction();
}

void PictureField::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    event->acceptProposedAction();
    if (data->hasUrls() && data->urls().constFirst().isLocalFile()) {
        takeFile(data->urls().constFirst().toLocalFile());
    } else if (data->hasImage()) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        qvariant_cast<QImage>(data->imageData()).save(&buffer, "PNG");
        takeImage(bytes);
    }
}

void PictureField::takeImage(const QByteArray &bytes)
{
    if (m_job)
        return;
    m_status->setText(tr("Reading the image\u2026"));
    PictureJob *job = PictureJob::decode(bytes, this);
    m_job = job;
    updateButtons();
    connect(job, &PictureJob::finished, this, [this, job] {
        m_job.clear();
        m_status->clear();
        updateButtons();
        const PictureImage::Decoded decoded = job->decoded();
        if (decoded.failure != PictureImage::Failure::None) {
            if (decoded.failure != PictureImage::Failure::Cancelled)
                Q_EMIT failed(PictureImage::failureText(decoded.failure));
            return;
        }
        cropAndKeep(decoded.image);
    });
}

void PictureField::cropAndKeep(const QImage &image)
{
    auto *dialog = new PictureCropDialog(image, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, image] {
        m_status->setText(tr("Preparing the picture\u2026"));
        PictureJob *job = PictureJob::encode(image, dialog->crop(), this);
        m_job = job;
        updateButtons();
        connect(job, &PictureJob::finished, this, [this, job] {
            m_job.clear();
            m_status->clear();
            const PictureImage::Encoded encoded = job->encoded();
            if (encoded.failure != PictureImage::Failure::None) {
                if (encoded.failure != PictureImage::Failure::Cancelled)
                    Q_EMIT failed(PictureImage::failureText(encoded.failure));
                updateButtons();
                return;
            }
            keep(encoded);
        });
    });
    dialog->open();
    Q_EMIT cropping();
}

void PictureField::keep(const PictureImage::Encoded &encoded)
{
    QString error;
    const QString local = m_pictures ? m_pictures->keepLocal(encoded.bytes, encoded.suffix, &error) : QString();
    if (local.isEmpty()) {
        Q_EMIT failed(error);
        updateButtons();
        return;
    }
    m_value = local;
    ++m_loadSerial;
    QImage shown;
    shown.loadFromData(encoded.bytes);
    showThumbnail(shown);
    Q_EMIT edited();
}

void PictureField::setUploadProgress(qint64 sent, qint64 total)
{
    m_progress->setVisible(total > 0 && sent < total);
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(sent * 1000 / total) : 0);
}
