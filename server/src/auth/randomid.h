#pragma once

#include <QString>

class QRandomGenerator;

namespace Server {

// 128 random bits in Backendless's id and token shape: an uppercase UUID
// (XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX).
QString randomUuid(QRandomGenerator *generator);

} // namespace Server
