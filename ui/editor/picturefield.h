#pragma once

#include "imaging/pictureimage.h"
#include "ui/editor/fieldeditors.h"

#include <QImage>
#include <QPointer>

class PictureJob;
class PictureStore;
class QLabel;
class QProgressBar;
class QPushButton;

// A FILE_REF property as a picture (FieldsBinder chooses it from the type): a round thumbnail,
// Choose... (a file dialog), drag and drop, paste (Ctrl+V) and Remove. A chosen image is decoded
// off the GUI thread (PictureJob), cut in the crop dialog, encoded off the GUI thread, and kept as a
// local copy (PictureStore::keepLocal) whose file: URL becomes the field's value: the save uploads
// it. Why a file does not become a picture is said under the field (failed()).
class PictureField : public FieldEditor
{
    Q_OBJECT
public:
    static constexpr int ThumbnailSide = 96;

    explicit PictureField(QWidget *parent = nullptr);

    QVariant value() const override { return m_value; }
    void setValue(const QVariant &value) override;
    QWidget *input() const override;
    void setReadOnly(bool readOnly) override;

    void setPictures(PictureStore *pictures);
    // The bytes of an image file, as Choose..., a drop or a paste hand them over.
    void takeImage(const QByteArray &bytes);
    void chooseFile();
    void paste();
    // The upload of a save in flight (ProfileSave::pictureUploadProgress); total 0 hides it.
    void setUploadProgress(qint64 sent, qint64 total);
    QImage thumbnail() const { return m_thumbnail; }

Q_SIGNALS:
    // A chosen file did not become the picture: the text for the message under the field.
    void failed(const QString &text);
    // The crop dialog is about to open (tests drive it); it is the active modal widget then.
    void cropping();
    // thumbnail() shows something else now (a chosen picture, the stored one loaded, none).
    void thumbnailChanged(const QImage &image);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void takeFile(const QString &path);
    void cropAndKeep(const QImage &image);
    void keep(const PictureImage::Encoded &encoded);
    void showThumbnail(const QImage &image);
    void loadThumbnail();
    void updateButtons();

    QVariant m_value;
    QImage m_thumbnail;
    QPointer<PictureStore> m_pictures;
    QPointer<PictureJob> m_job;
    QLabel *m_image;
    QLabel *m_status;
    QPushButton *m_choose;
    QPushButton *m_remove;
    QProgressBar *m_progress;
    bool m_readOnly = false;
    int m_loadSerial = 0;
};
