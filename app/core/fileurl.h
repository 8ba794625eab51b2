#pragma once

#include <QString>
#include <QUrl>

// A Files API URL as Backendless returns it carries the REST API key:
// {host}/{appId}/{REST-API-key}/files/{path} (docs/PROTOCOL.md, "Files API"). ProfileDesk never
// writes that key into a user property, a draft, the journal or an export: what it stores has the
// key segment replaced by KeyPlaceholder, and the key is put back only to fetch the file, from the
// configuration the app signed in with. A custom domain's form ({domain}/api/files/{path}) has no
// key and passes through unchanged.
namespace FileUrl {

inline constexpr char KeyPlaceholder[] = "REST-API-KEY";

// The stored form: the segment before /files/ replaced by KeyPlaceholder when it is `apiKey`.
QString redact(const QString &url, const QString &apiKey);
// The URL to fetch: KeyPlaceholder before /files/ replaced by `apiKey`.
QString restore(const QString &url, const QString &apiKey);
// Whether `text` holds `apiKey` anywhere (a check before anything is written).
bool carriesKey(const QString &text, const QString &apiKey);
// Whether `url` is an absolute http(s) URL of `server`'s origin (scheme, host and port), with no
// user info: the only URLs a stored picture is fetched from (the key goes nowhere else).
bool isOnServer(const QString &url, const QUrl &server);

} // namespace FileUrl
