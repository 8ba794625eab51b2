// The baseline of bench_gui's start-up figure: the smallest Qt Widgets program that shows a
// dialog comparable to the login dialog (a few labels, line edits and buttons), and quits as soon
// as that dialog has been painted once, exactly as `profiledesk --quit-after-first-paint` does.
// On the way out it reports its peak RSS ("peak-rss-kb N", VmHWM): the floor of bench_gui's
// memory figure.
#include "ui/shell/firstpaintprobe.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLineEdit>

#include <cstdio>

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
    const int code = app.exec();
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:"))
                std::printf("peak-rss-kb %s\n", line.mid(6).trimmed().split(' ').value(0).constData());
        }
    }
    return code;
}
