#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The UTS #39 confusable skeleton of an identity, as ICU's uspoof computes it: two identities with
// the same skeleton look alike ("bob@example.com" in Latin, Cyrillic or Greek letters). The client
// marks such identities for staff (docs/PROTOCOL.md, "Identities"); the server computes the same
// skeleton for itself (the layer rules keep the two apart).
namespace IdentitySkeleton {

// Empty if ICU fails.
QString of(const QString &identity);

} // namespace IdentitySkeleton

// A set of identities (the ones a staff view holds) grouped by skeleton: which look like another.
class LookAlikes
{
public:
    // Replaces the set; whether any identity's look-alikes changed.
    bool setIdentities(const QStringList &identities);
    // The other identities of the set with this one's skeleton, sorted; empty for most.
    QStringList of(const QString &identity) const;
    // The identity with each non-ASCII character spelled out ("b[U+043E CYRILLIC SMALL LETTER O]b@..."),
    // so that staff can tell look-alikes apart in a warning.
    static QString spelledOut(const QString &identity);
    // Several, spelled out, joined by ", ".
    static QString spelledOut(const QStringList &identities);

private:
    QHash<QString, QStringList> m_bySkeleton; // groups of two or more
    QHash<QString, QString> m_skeletons; // of the set's identities, so a page more costs only its own
};
