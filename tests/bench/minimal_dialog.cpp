// The baseline of bench_gui's start-up figure: the smallest Qt Widgets program that shows a
// dialog comparable to the login dialog (a few labels, line edits and buttons), and quits as soon
// as that dialog has been painted once, exactly as `profiledesk --quit-after-first-paint` does.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.installEventFilter(new FirstPaintProbe(&FirstPaintProbe::reportAndQuit, &app));
    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("Sign in"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(QStringLiteral("&Email:"), new QLineEdit(&dialog));
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(QStringLiteral("&Password:"), password);
    form->addRow(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog));
    dialog.show();
    return app.exec();
}
