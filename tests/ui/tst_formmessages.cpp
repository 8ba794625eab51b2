// The two widgets every form shows its errors with: FieldMessage (the message under a field, which
// marks the field and its caption and carries the text into the field's accessible description) and
// MessageBanner's actions (QActions shown as buttons, KMessageWidget's addAction).
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

class TestFormMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBanner::setAnimationsEnabled(false); }
    void messageMarksFieldAndCaption();
    void movingToAnotherFieldTakesTheMark();
    void focusSelectsTheValueInError();
    void bannerShowsActionsAsButtons();
    void newMessageDropsTheOldActions();
    void actionMayReplaceTheMessageItCameWith();
};

namespace {
struct Form
{
    QWidget window;
    QLabel *caption = new QLabel(QStringLiteral("&Email:"), &window);
    QLineEdit *edit = new QLineEdit(&window);
    QLineEdit *other = new QLineEdit(&window);
    FieldMessage *message = new FieldMessage(&window);
    Form()
    {
        auto *layout = new QVBoxLayout(&window);
        for (QWidget *w : {static_cast<QWidget *>(caption), static_cast<QWidget *>(edit), static_cast<QWidget *>(other),
                           static_cast<QWidget *>(message)})
            layout->addWidget(w);
        caption->setBuddy(edit);
        message->setField(edit, caption);
    }
};
} // namespace

void TestFormMessages::messageMarksFieldAndCaption()
{
    Form form;
    form.window.show();
    QVERIFY(form.message->isHidden()); // nothing to say yet
    QVERIFY(!form.caption->property("inError").toBool());

    form.message->setMessage(QStringLiteral("Another account already uses this value."));
    QVERIFY(!form.message->isHidden());
    QCOMPARE(form.message->text(), QStringLiteral("Another account already uses this value."));
    QCOMPARE(form.edit->accessibleDescription(), form.message->message());
    QVERIFY(form.edit->property("inError").toBool());
    QVERIFY(form.caption->property("inError").toBool());

    form.message->setMessage(QString());
    QVERIFY(form.message->isHidden());
    QVERIFY(form.edit->accessibleDescription().isEmpty());
    QVERIFY(!form.edit->property("inError").toBool());
    QVERIFY(!form.caption->property("inError").toBool());
}

void TestFormMessages::movingToAnotherFieldTakesTheMark()
{
    Form form;
    form.message->setMessage(QStringLiteral("Enter a URL."));
    form.message->setField(form.other);
    QVERIFY(form.edit->accessibleDescription().isEmpty());
    QVERIFY(!form.edit->property("inError").toBool());
    QVERIFY(!form.caption->property("inError").toBool());
    QCOMPARE(form.other->accessibleDescription(), QStringLiteral("Enter a URL."));
    QVERIFY(form.other->property("inError").toBool());
}

void TestFormMessages::focusSelectsTheValueInError()
{
    Form form;
    form.edit->setText(QStringLiteral("bob@example.com"));
    form.window.show();
    form.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form.window));
    form.other->setFocus();
    form.message->setMessage(QStringLiteral("Another account already uses this value."));
    form.message->focusField();
    QTRY_COMPARE(QApplication::focusWidget(), form.edit);
    QCOMPARE(form.edit->selectedText(), QStringLiteral("bob@example.com"));
}

void TestFormMessages::bannerShowsActionsAsButtons()
{
    MessageBanner banner;
    QAction retry(QStringLiteral("&Retry"));
    QSignalSpy triggered(&retry, &QAction::triggered);
    banner.showMessage(MessageBanner::Type::Error, QStringLiteral("The server could not be reached."), {&retry});
    QVERIFY(banner.hasAction());
    auto *button = banner.findChild<QPushButton *>(QStringLiteral("bannerActionButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("&Retry"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);

    // The action's state is the button's.
    retry.setEnabled(false);
    QVERIFY(!button->isEnabled());
    retry.setText(QStringLiteral("&Again"));
    QCOMPARE(button->text(), QStringLiteral("&Again"));

    // Added to the message shown, as KMessageWidget::addAction does.
    QAction settings(QStringLiteral("Server &settings…"));
    banner.addAction(&settings);
    const QList<QPushButton *> buttons = banner.findChildren<QPushButton *>(QStringLiteral("bannerActionButton"));
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons.at(1)->text(), QStringLiteral("Server &settings…"));
    QVERIFY(!buttons.at(1)->isHidden());
    // Tab goes from the text's buttons, in order, to the close button.
    auto *close = banner.findChild<QToolButton *>(QStringLiteral("bannerCloseButton"));
    QCOMPARE(buttons.at(0)->nextInFocusChain(), buttons.at(1));
    QCOMPARE(buttons.at(1)->nextInFocusChain(), close);
}

void TestFormMessages::newMessageDropsTheOldActions()
{
    MessageBanner banner;
    QAction retry(QStringLiteral("&Retry"));
    banner.showMessage(MessageBanner::Type::Error, QStringLiteral("Down."), {&retry});
    banner.showMessage(MessageBanner::Type::Information, QStringLiteral("Loading the profile…"));
    QVERIFY(!banner.hasAction());
    QVERIFY(banner.actions().isEmpty());

    banner.showMessage(MessageBanner::Type::Error, QStringLiteral("Down."), {&retry});
    banner.dismiss();
    QVERIFY(!banner.hasAction());
    QVERIFY(banner.actions().isEmpty()); // a message's actions go with it
}

void TestFormMessages::actionMayReplaceTheMessageItCameWith()
{
    // Retry clears the banner and, failing again, shows the same message with the same action,
    // all from inside the button's click.
    MessageBanner banner;
    QAction retry(QStringLiteral("&Retry"));
    int attempts = 0;
    connect(&retry, &QAction::triggered, &banner, [&] {
        ++attempts;
        banner.dismiss();
        banner.showMessage(MessageBanner::Type::Error, QStringLiteral("Still down."), {&retry});
    });
    banner.showMessage(MessageBanner::Type::Error, QStringLiteral("Down."), {&retry});
    QTest::mouseClick(banner.findChild<QPushButton *>(QStringLiteral("bannerActionButton")), Qt::LeftButton);
    QTest::mouseClick(banner.findChild<QPushButton *>(QStringLiteral("bannerActionButton")), Qt::LeftButton);
    QCOMPARE(attempts, 2);
    QCOMPARE(banner.text(), QStringLiteral("Still down."));
    QVERIFY(banner.hasAction());
}

QTEST_MAIN(TestFormMessages)
#include "tst_formmessages.moc"
