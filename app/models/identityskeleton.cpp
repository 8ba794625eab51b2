#include "models/identityskeleton.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <memory>
#include <utility>

namespace IdentitySkeleton {

QString of(const QString &identity)
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

} // namespace IdentitySkeleton

bool LookAlikes::setIdentities(const QStringList &identities)
{
    QHash<QString, QStringList> bySkeleton;
    QHash<QString, QString> skeletons;
    for (const QString &identity : identities) {
        const auto known = m_skeletons.constFind(identity);
        const QString skeleton = known != m_skeletons.cend() ? *known : IdentitySkeleton::of(identity);
        skeletons.insert(identity, skeleton);
        if (skeleton.isEmpty())
            continue;
        QStringList &group = bySkeleton[skeleton];
        if (!group.contains(identity))
            group << identity;
    }
    // Only groups of two or more mark anything.
    bySkeleton.removeIf([](const auto &group) { return group.value().size() < 2; });
    for (QStringList &group : bySkeleton)
        group.sort();
    const bool changed = bySkeleton != m_bySkeleton;
    m_bySkeleton = std::move(bySkeleton);
    m_skeletons = std::move(skeletons);
    return changed;
}

QStringList LookAlikes::of(const QString &identity) const
{
    if (m_bySkeleton.isEmpty())
        return {};
    const auto known = m_skeletons.constFind(identity);
    if (known == m_skeletons.cend())
        return {}; // not in the set
    QStringList others = m_bySkeleton.value(*known);
    others.removeAll(identity);
    return others;
}

QString LookAlikes::spelledOut(const QString &identity)
{
    QString spelled;
    for (const char32_t character : identity.toUcs4()) {
        if (character < 0x80) {
            spelled += QChar(char16_t(character));
            continue;
        }
        char name[128] = {};
        UErrorCode status = U_ZERO_ERROR;
        u_charName(UChar32(character), U_UNICODE_CHAR_NAME, name, sizeof name, &status);
        spelled += QStringLiteral("[U+%1%2]")
                       .arg(uint(character), 4, 16, QLatin1Char('0'))
                       .arg(U_SUCCESS(status) && name[0] ? QLatin1Char(' ') + QString::fromLatin1(name) : QString())
                       .toUpper();
    }
    return spelled;
}

QString LookAlikes::spelledOut(const QStringList &identities)
{
    QStringList spelled;
    for (const QString &identity : identities)
        spelled << spelledOut(identity);
    return spelled.join(QLatin1String(", "));
}
