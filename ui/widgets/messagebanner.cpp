#include "ui/widgets/messagebanner.h"

#include "ui/widgets/statuspalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPropertyAnimation>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace {
bool s_animationsEnabled = true;

StatusPalette::Tone toneFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Positive: return StatusPalette::Tone::Positive;
    case MessageBanner::Type::Warning: return StatusPalette::Tone::Warning;
    case MessageBanner::Type::Error: return StatusPalette::Tone::Negative;
    case MessageBanner::Type::Information: break;
    }
    return StatusPalette::Tone::Neutral;
}

QStyle::StandardPixmap iconFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Warning: return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Type::Error: return QStyle::SP_MessageBoxCritical;
    case MessageBanner::Type::Positive:
    case MessageBanner::Type::Information: break;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_iconLabel->setObjectName(QStringLiteral("bannerIcon"));
    m_textLabel->setObjectName(QStringLiteral("bannerText"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_actionButton->setObjectName(QStringLiteral("bannerActionButton"));
    m_actionButton->hide();
    m_closeButton->setObjectName(QStringLiteral("bannerCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_actionButton, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::dismiss);

    QFrame::hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::setAnimationsEnabled(bool enabled)
{
    s_animationsEnabled = enabled;
}

bool MessageBanner::animationsEnabled()
{
    return s_animationsEnabled;
}

void MessageBanner::showMessage(Type type, const QString &text)
{
    showMessage(type, text, QString());
}

void MessageBanner::showMessage(Type type, const QString &text, const QString &actionText)
{
    m_type = type;
    m_textLabel->setText(text);
    m_actionButton->setText(actionText);
    m_actionButton->setVisible(!actionText.isEmpty());
    setAccessibleDescription(text);
    applyTypeStyle();
    reveal();
}

void MessageBanner::dismiss()
{
    if (m_animation)
        m_animation->stop();
    const bool wasVisible = !isHidden();
    hide();
    m_textLabel->clear();
    m_actionButton->hide();
    if (wasVisible)
        Q_EMIT dismissed();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_textLabel->text();
}

bool MessageBanner::hasAction() const
{
    return !isHidden() && !m_actionButton->isHidden();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        applyTypeStyle();
}

void MessageBanner::applyTypeStyle()
{
    // The base palette comes from the parent so that a theme change recolours the banner too.
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    const StatusPalette::Tone tone = toneFor(m_type);
    pal.setColor(QPalette::Window, StatusPalette::background(pal, tone));
    setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(iconFor(m_type), nullptr, this).pixmap(size, size));
}

void MessageBanner::reveal()
{
    const bool wasHidden = isHidden();
    show();
    if (!wasHidden || !s_animationsEnabled)
        return;
    if (!m_animation) {
        m_animation = new QPropertyAnimation(this, "maximumHeight", this);
        m_animation->setDuration(150);
        connect(m_animation, &QPropertyAnimation::finished, this,
                [this] { setMaximumHeight(QWIDGETSIZE_MAX); });
    }
    m_animation->stop();
    m_animation->setStartValue(0);
    m_animation->setEndValue(sizeHint().height());
    m_animation->start();
}
