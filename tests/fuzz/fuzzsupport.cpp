#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

namespace {

void dropMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler(dropMessages);
    static QCoreApplication app(*argc, *argv);
    return 0;
}

namespace Fuzz {

void finding(const char *what)
{
    std::fprintf(stderr, "FUZZ FINDING: %s\n", what);
    std::abort();
}

int splitStatus(const QByteArray &input, int fallback, QByteArray *body)
{
    if (input.size() >= 4 && input.at(3) == '\n') {
        bool ok = false;
        const int status = input.left(3).toInt(&ok);
        if (ok && status >= 100 && status <= 599) {
            *body = input.mid(4);
            return status;
        }
    }
    *body = input;
    return fallback;
}

bool hasStrayPlaceholder(const QString &message, const QString &input)
{
    static const QRegularExpression marker(QStringLiteral("%\\d"));
    QRegularExpressionMatchIterator it = marker.globalMatch(message);
    while (it.hasNext()) {
        if (!input.contains(it.next().captured()))
            return true;
    }
    return false;
}

} // namespace Fuzz
