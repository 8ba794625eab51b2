#include "ui/editor/profilehead.h"

#include "models/displaytext.h"
#include "ui/widgets/thumbnailcache.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <utility>

namespace {

// The picture as a circle, as the anchors show a person (GNOME's AdwAvatar, Kirigami's Avatar).
QPixmap round(const QImage &image, int side, qreal dpr)
{
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, side, side));
    painter.setClipPath(circle);
    painter.drawImage(QRectF(0, 0, side, side), image);
    return pixmap;
}

} // namespace

ProfileHead::ProfileHead(QWidget *parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_name(new QLabel(this))
    , m_address(new QLabel(this))
    , m_dates(new QLabel(this))
    , m_context(new QLabel(this))
{
    setObjectName(QStringLiteral("profileHead"));
    m_picture->setObjectName(QStringLiteral("headPicture"));
    m_picture->setFixedSize(PictureSize, PictureSize);
    m_name->setObjectName(QStringLiteral("headName"));
    m_address->setObjectName(QStringLiteral("headAddress"));
    m_dates->setObjectName(QStringLiteral("headDates"));
    m_context->setObjectName(QStringLiteral("subjectLabel"));
    for (QLabel *label : {m_name, m_address, m_dates, m_context}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    m_name->setFont(nameFont);
    QFont contextFont = m_context->font();
    contextFont.setBold(true);
    m_context->setFont(contextFont);
    m_context->hide();

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addStretch();
    text->addWidget(m_name);
    text->addWidget(m_address);
    text->addWidget(m_dates);
    text->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_picture, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_context);
    showPlaceholder();
}

ProfileHead::~ProfileHead() = default;

void ProfileHead::setThumbnails(ThumbnailCache *thumbnails)
{
    m_thumbnails = thumbnails;
    requestPicture();
}

QString ProfileHead::pictureProperty(const UserSchema &schema)
{
    for (const PropertyDef &property : schema.properties) {
        if (property.type == PropertyDef::Type::FileRef)
            return property.name;
    }
    return QString();
}

QString ProfileHead::initials(const QString &name)
{
    QString letters;
    // "alice@example.com" is one word: the part before the @ is the name.
    const QString words = name.section(QLatin1Char('@'), 0, 0);
    for (const QString &word : words.split(QRegularExpression(QStringLiteral("[\\s._-]+")), Qt::SkipEmptyParts)) {
        letters += word.at(0).toUpper();
        if (letters.size() == 2 || name.contains(QLatin1Char('@')))
            break;
    }
    return letters;
}

void ProfileHead::setUser(const User &user, const UserSchema &schema)
{
    const QString identity = user.value(schema.identityProperty()).toString();
    const QString name = user.value(QStringLiteral("name")).toString().trimmed();
    m_displayName = name.isEmpty() ? identity : name;
    m_name->setText(m_displayName);
    m_address->setText(identity);
    m_address->setVisible(!identity.isEmpty() && identity != m_displayName);
    m_address->setAccessibleDescription(tr("Sign-in address"));

    QStringList dates;
    const QLocale locale;
    if (const QDateTime created = user.created(); created.isValid())
        dates << tr("Member since %1")
                     .arg(locale.toString(created.toLocalTime().date(), DisplayText::dateFormat(locale)));
    if (const QDateTime lastLogin = user.lastLogin(); lastLogin.isValid())
        dates << tr("Last sign-in %1").arg(DisplayText::dateTime(lastLogin));
    m_dates->setText(dates.join(QStringLiteral(" · ")));
    m_dates->setVisible(!dates.isEmpty());

    const QString property = pictureProperty(schema);
    m_pictureProperty = property;
    const QString url = property.isEmpty() ? QString() : user.value(property).toString();
    if (url != m_pictureUrl) {
        m_pictureUrl = url;
        if (!m_unsaved)
            showPlaceholder();
        requestPicture();
    } else if (m_unsaved) {
        return; // the unsaved picture stays
    } else if (m_picture->property("showsPicture").toBool()) {
        m_picture->setAccessibleName(tr("Picture of %1").arg(m_displayName));
    } else {
        showPlaceholder(); // the initials of the name as it is now
    }
}

void ProfileHead::setContext(const QString &text)
{
    m_context->setText(text);
    m_context->setVisible(!text.isEmpty());
}

void ProfileHead::followField(const QString &name, const QImage &image, bool unsaved)
{
    if (name.isEmpty() || name != m_pictureProperty)
        return;
    if (unsaved)
        showUnsaved(image);
    else
        showStored();
}

void ProfileHead::showUnsaved(const QImage &image)
{
    m_unsaved = true;
    delete m_reply;
    if (image.isNull())
        showPlaceholder();
    else
        showPicture(image);
}

void ProfileHead::showStored()
{
    if (!std::exchange(m_unsaved, false))
        return;
    showPlaceholder();
    requestPicture();
}

void ProfileHead::requestPicture()
{
    delete m_reply;
    if (!m_thumbnails || m_pictureUrl.isEmpty() || m_unsaved)
        return;
    const qreal dpr = devicePixelRatioF();
    const QSize size = QSize(PictureSize, PictureSize) * dpr;
    if (const QImage image = m_thumbnails->cached(m_pictureUrl, size); !image.isNull()) {
        showPicture(image);
        return;
    }
    ThumbnailReply *reply = m_thumbnails->request(m_pictureUrl, size, this);
    m_reply = reply;
    connect(reply, &ThumbnailReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->url() != m_pictureUrl || m_unsaved)
            return;
        if (!reply->image().isNull())
            showPicture(reply->image());
    });
}

void ProfileHead::showPicture(const QImage &image)
{
    m_picture->setPixmap(round(image, PictureSize, devicePixelRatioF()));
    m_picture->setAccessibleName(tr("Picture of %1").arg(m_displayName));
    m_picture->setProperty("showsPicture", true);
}

void ProfileHead::showPlaceholder()
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(PictureSize, PictureSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // The theme's highlight: readable on it is the highlighted text colour, light or dark desktop.
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawEllipse(QRectF(0, 0, PictureSize, PictureSize));
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(PictureSize * 2 / 5);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::HighlightedText));
    const QString letters = initials(m_displayName);
    painter.drawText(QRectF(0, 0, PictureSize, PictureSize), Qt::AlignCenter, letters);
    painter.end();
    m_picture->setPixmap(pixmap);
    m_picture->setAccessibleName(m_displayName.isEmpty() ? tr("No picture")
                                                         : tr("No picture of %1").arg(m_displayName));
    m_picture->setProperty("showsPicture", false);
}

void ProfileHead::changeEvent(QEvent *event)
{
    // A palette or screen scale change repaints the placeholder in the new colours and density.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        && !m_picture->property("showsPicture").toBool())
        showPlaceholder();
    QWidget::changeEvent(event);
}
