#pragma once

// The demo accounts that profiledesk-server --demo (and ServerHost with demo = true) seeds;
// the tests of every layer sign in with these.

#include <QString>

namespace Demo {
inline QString alice()
{
    return QStringLiteral("alice@example.com");
}
inline QString alicePassword()
{
    return QStringLiteral("Alice-pass-1");
}
inline QString bob()
{
    return QStringLiteral("bob@example.com");
}
inline QString bobPassword()
{
    return QStringLiteral("Bob-pass-1");
}
inline QString support()
{
    return QStringLiteral("support@example.com");
}
inline QString supportPassword()
{
    return QStringLiteral("Support-pass-1");
}
} // namespace Demo
