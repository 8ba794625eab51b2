#pragma once

#include "protocol/wirenames.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

struct PropertyDef;

// THE rule for which properties of a Users row are the server's, which are secrets, and which a
// person may edit (docs/PROTOCOL.md "Users table facts"). Every layer asks here: User (update bodies),
// PropertyDef::isEditable, the drafts and the journal (secrets), the form's models and the CLI.
namespace UserProperties {

inline QString objectId()
{
    return QStringLiteral("objectId");
}
inline QString password()
{
    return QStringLiteral("password");
}
// The session token's name in a login reply and in the request header; never a property to keep.
inline QString userToken()
{
    return QString::fromLatin1(WireName::UserToken);
}

// Columns the server maintains: never sent in an update, never editable. Includes the columns a
// real Backendless Users table carries besides the protocol's own (accountType, oAuthIdentities).
QStringList systemProperties();
bool isSystem(const QString &name);
// Names that carry a secret (the password, the session token in any spelling): never drafted,
// journalled or logged. Case-insensitive, because a name typed by a person may be spelt any way.
bool isSecret(const QString &name);
// The system columns a profile shows read-only; the rest is bookkeeping nobody reads in a form.
bool isShownSystem(const QString &name);
// created / updated / lastLogin: epoch milliseconds on the wire.
bool isTimestamp(const QString &name);
// The session token exactly as a login reply names it: never part of a User, never sent in an update.
bool isSessionToken(const QString &name);
// Goes into an update body: all but the system columns and the session token ("password" does: sending
// it changes the password).
bool isSentInUpdate(const QString &name);
// A profile shows it: neither a secret nor a bookkeeping system column.
bool isShown(const QString &name);
// Neither a system column nor a secret: a person may set it (its type decides the rest).
bool isEditableName(const QString &name);
// A property a person may edit as a field: an editable name of a primitive type (string, text, int,
// double, boolean, date-time). The password is a write-only column with a flow of its own (new +
// confirm), never a field.
bool isEditable(const PropertyDef &def);

// A Backendless file URL carries the REST API key as a path segment (…/{appId}/{key}/files/…,
// docs/PROTOCOL.md): `text` with every such key replaced by "REDACTED", for what leaves the app's
// memory (the journal, exports). Strings inside arrays and objects too.
QString redactApiKeys(const QString &text);
QJsonValue redactApiKeys(const QJsonValue &value);

} // namespace UserProperties
