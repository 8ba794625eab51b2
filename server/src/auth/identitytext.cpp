#include "auth/identitytext.h"

#include <QList>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <memory>

namespace Server::IdentityText {

QString normalized(const QString &identity)
{
    return identity.trimmed().normalized(QString::NormalizationForm_C);
}

bool hasInvisibleCharacter(const QString &identity)
{
    for (const uint c : identity.toUcs4()) {
        const auto category = static_cast<UCharCategory>(u_charType(UChar32(c)));
        if (category == U_CONTROL_CHAR || category == U_FORMAT_CHAR || category == U_LINE_SEPARATOR
            || category == U_PARAGRAPH_SEPARATOR || (category == U_SPACE_SEPARATOR && c != ' ')
            || u_hasBinaryProperty(UChar32(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT) || c == 0x2800
            || category == U_UNASSIGNED || category == U_PRIVATE_USE_CHAR || category == U_SURROGATE)
            return true;
    }
    return false;
}

QString skeleton(const QString &identity)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<USpoofChecker, decltype(&uspoof_close)> checker(uspoof_open(&status), &uspoof_close);
    if (U_FAILURE(status))
        return QString();
    const icu::UnicodeString source(reinterpret_cast<const UChar *>(identity.utf16()), int32_t(identity.size()));
    icu::UnicodeString result;
    uspoof_getSkeletonUnicodeString(checker.get(), 0, source, result, &status);
    if (U_FAILURE(status))
        return QString();
    return QString(reinterpret_cast<const QChar *>(result.getBuffer()), result.length());
}

} // namespace Server::IdentityText
