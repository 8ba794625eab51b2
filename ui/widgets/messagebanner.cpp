#include "ui/widgets/messagebanner.h"

#include "ui/widgets/statuspalette.h"

#include <QAction>
#include <QActionEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPropertyAnimation>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace {
bool s_animationsEnabled = true;

StatusPalette::Tone toneFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Positive:
        return StatusPalette::Tone::Positive;
    case MessageBanner::Type::Warning:
        return StatusPalette::Tone::Warning;
    case MessageBanner::Type::Error:
        return StatusPalette::Tone::Negative;
    case MessageBanner::Type::Information:
        break;
    }
    return StatusPalette::Tone::Neutral;
}

QStyle::StandardPixmap iconFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Type::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBanner::Type::Positive:
        return QStyle::SP_DialogApplyButton;
    case MessageBanner::Type::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_actionButtons{new QPushButton(this)}
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
    m_actionButtons.first()->hide();
    wireActionButton(0);
    m_closeButton->setObjectName(QStringLiteral("bannerCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_actionButtons.first(), 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

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

void MessageBanner::showMessage(Type type, const QString &text, const QList<QAction *> &actions)
{
    m_type = type;
    m_textLabel->setText(text);
    clearActions();
    addActions(actions);
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
    clearActions();
    if (wasVisible)
        Q_EMIT dismissed();
}

void MessageBanner::retract(QAction *action)
{
    if (action && actions().contains(action))
        dismiss();
}

void MessageBanner::clearActions()
{
    const QList<QAction *> shown = actions();
    for (QAction *action : shown)
        removeAction(action);
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_textLabel->text();
}

bool MessageBanner::hasAction() const
{
    return !isHidden() && std::any_of(m_actionButtons.cbegin(), m_actionButtons.cend(), [](const QPushButton *button) {
        return !button->isHidden();
    });
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        applyTypeStyle();
}

void MessageBanner::actionEvent(QActionEvent *event)
{
    QFrame::actionEvent(event);
    updateActionButtons();
}

void MessageBanner::updateActionButtons()
{
    const QList<QAction *> offered = actions();
    auto *row = static_cast<QHBoxLayout *>(layout());
    while (m_actionButtons.size() < offered.size()) {
        auto *button = new QPushButton(this);
        setTabOrder(m_actionButtons.last(), button);
        row->insertWidget(row->indexOf(m_closeButton), button, 0, Qt::AlignVCenter);
        m_actionButtons.append(button);
        wireActionButton(int(m_actionButtons.size()) - 1);
    }
    for (int i = 0; i < m_actionButtons.size(); ++i) {
        QPushButton *button = m_actionButtons.at(i);
        QAction *action = offered.value(i);
        button->setText(action ? action->text() : QString());
        button->setEnabled(action && action->isEnabled());
        button->setVisible(action && action->isVisible());
    }
}

void MessageBanner::wireActionButton(int index)
{
    // A button triggers the action at its place when clicked, not the one it was made for: the
    // same buttons serve every message.
    QPushButton *button = m_actionButtons.at(index);
    button->setObjectName(QStringLiteral("bannerActionButton"));
    connect(button, &QPushButton::clicked, this, [this, index] {
        if (QAction *action = actions().value(index); action && action->isEnabled())
            action->trigger();
    });
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
        connect(m_animation, &QPropertyAnimation::finished, this, [this] { setMaximumHeight(QWIDGETSIZE_MAX); });
    }
    m_animation->stop();
    m_animation->setStartValue(0);
    m_animation->setEndValue(sizeHint().height());
    m_animation->start();
}
