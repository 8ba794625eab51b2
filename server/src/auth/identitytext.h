#pragma once

#include <QString>

namespace Server {

// How the server reads an identity (email or another identity column) before comparing or
// storing it (issue 25, look-alike identities). Beyond Backendless, which compares bytes.
namespace IdentityText {

// Trimmed and in Unicode normalization form C, so the NFC and NFD spellings of "josé@" are one
// identity, not two accounts.
QString normalized(const QString &identity);

// Whether the identity holds a character a reader cannot see or that changes how the rest looks:
// controls, format characters (bidi overrides, zero-width joiners), default-ignorable code points
// (U+3164 HANGUL FILLER and its kin), any space but U+0020 (NBSP, U+3000, U+2028) and U+2800
// BRAILLE PATTERN BLANK. No address needs one.
bool hasInvisibleCharacter(const QString &identity);

// The UTS #39 skeleton, as ICU's uspoof computes it: two identities with the same skeleton look
// alike ("bob@example.com" in Latin, Cyrillic or Greek letters). Empty if ICU fails.
QString skeleton(const QString &identity);

} // namespace IdentityText

} // namespace Server
