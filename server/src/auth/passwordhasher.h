#pragma once

#include <QByteArray>
#include <QString>

namespace Server {

// Salted PBKDF2-SHA256 (QPasswordDigestor). A stored hash reads
// `pbkdf2-sha256$<iterations>$<salt base64>$<key base64>`: the iteration count travels with the
// hash, so the count can be raised later and old hashes still verify.
namespace PasswordHasher {

// Accounts with a secret password (configured, registered, changed): ~18 ms per hash on the
// development machine. Low next to OWASP's 600,000 for internet-facing systems; this server listens on
// loopback for demos and tests, where every test logs in many times. Real Backendless hashes
// its own way; ProfileDesk never sees any hash.
constexpr int DefaultIterations = 10000;
// Generated demo users share a password printed in the README, so their hash protects nothing
// and only has to be real (own salt, own hash); this count keeps 100,000 of them seedable.
constexpr int DemoIterations = 100;

QString hash(const QString &password, int iterations = DefaultIterations);
bool verify(const QString &password, const QString &stored);

} // namespace PasswordHasher

} // namespace Server
