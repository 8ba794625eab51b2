#include "cli/passwordinput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

QString firstLine(const QByteArray &data)
{
    QByteArray line = data;
    const qsizetype end = line.indexOf('\n');
    if (end >= 0)
        line.truncate(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// Restores the terminal on every exit path, including an exception or an early return.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios silent = m_saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            silent.c_lflag |= ECHONL;
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

bool PasswordInput::fromFile(const QString &path, QString *password, QString *error)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QCoreApplication::translate("PasswordInput", "Cannot read the password file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    *password = firstLine(file.readAll());
    if (password->isEmpty()) {
        *error = QCoreApplication::translate("PasswordInput", "The password file %1 is empty.").arg(path);
        return false;
    }
    return true;
}

bool PasswordInput::fromTerminal(const QString &prompt, QString *password)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    std::string line;
    bool ok = false;
    {
        const EchoOff echoOff; // a no-op when stdin is a pipe
        ok = bool(std::getline(std::cin, line));
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *password = QString::fromStdString(line);
    return ok;
}
