#pragma once

#include <QObject>

// Qt has no portable way to read the Caps Lock state, so this infers it from what the user types
// into the watched field: a letter whose case disagrees with the Shift key means Caps Lock is on.
// It cannot know before the first letter, which is when a warning matters least.
class CapsLockWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CapsLockWatcher(QObject *watched, QObject *parent = nullptr);

    bool isCapsLockOn() const { return m_on; }

Q_SIGNALS:
    void capsLockChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setOn(bool on);
    bool m_on = false;
};
