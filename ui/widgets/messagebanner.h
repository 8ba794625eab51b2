#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;
class QPropertyAnimation;

// Form-level messages shown inside the layout at the top of a form, in the spirit of
// KMessageWidget: no pop-up, the text stays until it is dismissed or replaced, and an optional
// action button (e.g. "Retry") lets the user act on the message where they read it.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    // Tests switch the reveal animation off so that geometry is final as soon as show() returns.
    static void setAnimationsEnabled(bool enabled);
    static bool animationsEnabled();

    void showMessage(Type type, const QString &text);
    // The action button is shown with this text; triggering it emits actionTriggered().
    void showMessage(Type type, const QString &text, const QString &actionText);
    void dismiss();

    Type type() const { return m_type; }
    QString text() const;
    bool hasAction() const;

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTypeStyle();
    void reveal();

    Type m_type = Type::Information;
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QPushButton *m_actionButton;
    QToolButton *m_closeButton;
    QPropertyAnimation *m_animation = nullptr;
};
