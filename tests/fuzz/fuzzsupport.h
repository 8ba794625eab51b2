#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Shared by every fuzz target: LLVMFuzzerInitialize (fuzzsupport.cpp) creates the one
// QCoreApplication and silences Qt's non-fatal messages, which would otherwise cost more than
// the parsing under test.

namespace Fuzz {

// A broken invariant is a finding: say which and abort, so libFuzzer saves the input.
[[noreturn]] void finding(const char *what);

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Inputs that carry an HTTP status start with it: "404\n{...}". Without the prefix the status is
// `fallback` and every byte is body. Lets a seed corpus stay readable text.
int splitStatus(const QByteArray &input, int fallback, QByteArray *body);

// A message built with QString::arg() shows a "%1"-style marker only when the input had it: one that
// the input did not have is a placeholder that a chained arg() filled with the wrong value.
bool hasStrayPlaceholder(const QString &message, const QString &input);

} // namespace Fuzz
