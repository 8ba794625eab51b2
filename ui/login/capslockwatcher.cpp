#include "ui/login/capslockwatcher.h"

#include <QKeyEvent>

CapsLockWatcher::CapsLockWatcher(QObject *watched, QObject *parent)
    : QObject(parent)
{
    watched->installEventFilter(this);
}

bool CapsLockWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_CapsLock) {
            // Pressing Caps Lock toggles it, but from an unknown state: wait for the next letter.
            setOn(false);
            break;
        }
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() && text.at(0).isUpper() != text.at(0).isLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            setOn(text.at(0).isUpper() != shift);
        }
        break;
    }
    case QEvent::FocusOut:
        setOn(false);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CapsLockWatcher::setOn(bool on)
{
    if (m_on == on)
        return;
    m_on = on;
    Q_EMIT capsLockChanged(on);
}
