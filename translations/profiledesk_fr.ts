<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ProfileDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Backendless user profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile form could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in any more. Sign in to save your changes; they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to save your changes; they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: you are signed out. Your changes are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockingCall</name>
    <message>
        <source>A blocking call was refused on the GUI thread; use the non-blocking form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>No server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backendless needs both an application ID and a REST API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Backendless cloud address must be https://%1/APP-ID/REST-API-KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backendless cloud is only reachable over https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// to %1 would send your password and session unencrypted; use https:// or explicitly allow insecure connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Profile changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this profile since you opened it. For each field, choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Value on the server&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all from the &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: take the server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeFieldEditor</name>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck to leave the date not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The server reported error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply that could not be understood (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not accept new properties (dynamic schema is off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong %1 or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer ProfileDesk does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account lacks the UPDATE permission on the Users table, so this change was not saved. Ask an administrator to grant it to your role (for example SupportStaff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account lacks the FIND permission on the Users table, so users cannot be listed or opened. Ask an administrator to grant it to your role (for example SupportStaff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application id or REST API key is wrong, or the application is disabled. Check the server settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is disabled for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already signed in elsewhere and may not sign in twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account already uses this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account uses this email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to save your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change another user&apos;s profile here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later or reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has reached its limit of simultaneous sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some required fields are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password reset email could not be sent. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to sign in; must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 to the saved value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the edit journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>No answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while sending (may have been applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User, staff, field, value or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit-journal-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) of the journal file could not be read and are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the edit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalingGateway</name>
    <message>
        <source>No way to ask for the reason of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a change to another user&apos;s profile needs a reason. Your changes are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not sent: the edit journal cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSessionStore</name>
    <message>
        <source>No keychain is available (%1), so you cannot stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to ProfileDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session in the system keychain so that the next start skips this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a password reset email to the address above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts (email / password):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your %1 first; the reset link is sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a password reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password reset email was sent to %1. Follow its link, then sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ProfileDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – ProfileDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySessionStore</name>
    <message>
        <source>The session store is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberFieldEditor</name>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profile editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New property value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account details (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop saving; your changes stay in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo every change since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from your last session were restored. Save them, or revert what you do not want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the profile was changed on the server. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the new property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile already has a property called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used as a property name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyDef</name>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyLabels</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value does not have the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required, recorded in the edit journal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ticket 1234: the customer asked to correct their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a reason nothing is saved; your changes stay in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are saving the profile of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are changing %1 in the profile of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.backendless.app/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backendless (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backendless (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain or Backendless Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server started with this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profiledesk-server running on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application ID and REST API key are in the Backendless Console, under Manage &gt; App Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a custom domain or a backendless.app subdomain, enter https://…/api and leave the ID and key empty. For Backendless Pro, enter http://host:8080/api.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChangesGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users by email or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the text anywhere in the email or name, not only at the start (slower on large user tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected user&apos;s profile in a tab (or double-click the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDirectoryModel</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDirectoryTabs</name>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>Enter a name for the new property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A property name starts with a letter and holds only letters, digits and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>No user is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Backendless user profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local demo server in this process and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: de, fr, es or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the server (custom domain, Backendless Pro, local server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backendless application ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backendless REST API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProfileDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
