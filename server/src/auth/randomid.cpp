#include "auth/randomid.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace Server {

QString randomUuid(QRandomGenerator *generator)
{
    quint32 words[4];
    generator->generate(std::begin(words), std::end(words));
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex().toUpper();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20));
}

} // namespace Server
