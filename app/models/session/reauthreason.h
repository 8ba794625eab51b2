#pragma once

// Why the person is asked to sign in again over an open form. The edits waiting behind the dialog
// are kept whatever the reason; after signing in, the save that found the problem runs again.
enum class ReauthReason {
    SessionEnded, // 3064 (or the session is not found), or Sign in… chosen in the banner: the token is gone
    KeyRejected, // 2002 during a save, or Server settings… chosen: the app id/key may need fixing
    NotSignedIn, // 3028: the server (or the client, before sending) knows no session at all
};
// Which reason an answer gives is ErrorCatalog::reauthReason()'s to say (it words the prompt too).
