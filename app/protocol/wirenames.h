#pragma once

// Names on the wire that client and server must spell alike (docs/PROTOCOL.md). Header-only, no Qt:
// part of profiledesk_protocol.
namespace WireName {

// The session token: a property of the login reply, then a header of every call made with the session.
constexpr const char UserToken[] = "user-token";

} // namespace WireName
