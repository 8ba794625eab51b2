#pragma once

#include <QFrame>

class QAction;
class QActionEvent;
class QLabel;
class QPushButton;
class QToolButton;
class QPropertyAnimation;

// Form-level messages shown inside the layout at the top of a form, in the spirit of
// KMessageWidget: no pop-up, the text stays until it is dismissed or replaced, and its actions
// (e.g. "Retry") let the user act on the message where they read it. As in KMessageWidget, an
// action is a QAction the form owns and connects once: each of the banner's actions
// (QWidget::addAction) shows as a button with the action's text, which triggers it.
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

    // Replaces the message shown and its actions: a new message offers only `actions`.
    void showMessage(Type type, const QString &text, const QList<QAction *> &actions = {});
    // Hides the message; its actions go with it.
    void dismiss();
    // Hides the message only if it offers `action`: what it asked for came about another way (the
    // person signed in from elsewhere), while a message that came since stays.
    void retract(QAction *action);
    void clearActions();

    Type type() const { return m_type; }
    QString text() const;
    bool hasAction() const;

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void actionEvent(QActionEvent *event) override;

private:
    void applyTypeStyle();
    void reveal();
    void updateActionButtons();
    void wireActionButton(int index);

    Type m_type = Type::Information;
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    // One per action, in order; kept when an action goes (a button can be the one whose click
    // replaced the message), hidden while it has none. The first is made with the banner, so that
    // it comes before the close button in the tab order.
    QList<QPushButton *> m_actionButtons;
    QToolButton *m_closeButton;
    QPropertyAnimation *m_animation = nullptr;
};
