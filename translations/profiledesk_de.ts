<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ProfileDesk</source>
        <translation>Über ProfileDesk</translation>
    </message>
    <message>
        <source>Edit Backendless user profiles.</source>
        <translation>Backendless-Benutzerprofile bearbeiten.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>AccountStrip</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Confirmation pending</source>
        <translation>Bestätigung ausstehend</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderer</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Disable, Enable and Roles need the ProfileDesk staff service, which this app does not have. &lt;a href=&quot;%1&quot;&gt;How to install it&lt;/a&gt;</source>
        <translation>Deaktivieren, Aktivieren und Rollen brauchen den ProfileDesk-Mitarbeiterdienst, den diese App nicht hat. &lt;a href=&quot;%1&quot;&gt;So wird er installiert&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Disable, Enable and Roles need the ProfileDesk staff service</source>
        <translation>Deaktivieren, Aktivieren und Rollen brauchen den ProfileDesk-Mitarbeiterdienst</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Account status: %1</source>
        <translation>Kontostatus: %1</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Not disabled: what was typed is not %1.</source>
        <translation>Nicht deaktiviert: Die Eingabe ist nicht %1.</translation>
    </message>
    <message>
        <source>Disable this account</source>
        <translation>Dieses Konto deaktivieren</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in, and their open sessions end now. Type %1 to confirm.</source>
        <translation>%1 kann sich dann nicht mehr anmelden, und die offenen Sitzungen enden sofort. Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Add role…</source>
        <translation>Rolle hinzufügen…</translation>
    </message>
    <message>
        <source>Remove role…</source>
        <translation>Rolle entfernen…</translation>
    </message>
    <message>
        <source>New role:</source>
        <translation>Neue Rolle:</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled; their sessions have ended.</source>
        <translation>Das Konto von %1 ist deaktiviert; die Sitzungen sind beendet.</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled.</source>
        <translation>Das Konto von %1 ist aktiviert.</translation>
    </message>
    <message>
        <source>A password reset email is on its way to %1.</source>
        <translation>Eine E-Mail zum Zurücksetzen des Passworts ist an %1 unterwegs.</translation>
    </message>
    <message>
        <source>The confirmation email is on its way to %1.</source>
        <translation>Die Bestätigungs-E-Mail ist an %1 unterwegs.</translation>
    </message>
    <message>
        <source>%1&apos;s roles are now: %2.</source>
        <translation>Die Rollen von %1 sind jetzt: %2.</translation>
    </message>
    <message>
        <source>Disa&amp;ble…</source>
        <translation>Dea&amp;ktivieren…</translation>
    </message>
    <message>
        <source>Ena&amp;ble…</source>
        <translation>A&amp;ktivieren…</translation>
    </message>
    <message>
        <source>Send password reset emai&amp;l…</source>
        <translation>E-Mail zum Zurücksetzen des &amp;Passworts senden…</translation>
    </message>
    <message>
        <source>Rese&amp;nd confirmation email…</source>
        <translation>&amp;Bestätigungs-E-Mail erneut senden…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>R&amp;ollen…</translation>
    </message>
    <message>
        <source>Link: How to install it. Enter opens it in the browser.</source>
        <translation>Link: So wird er installiert. Eingabe öffnet ihn im Browser.</translation>
    </message>
</context>
<context>
    <name>BlockingCall</name>
    <message>
        <source>A blocking call was refused on the GUI thread; use the non-blocking form.</source>
        <translation>Ein blockierender Aufruf wurde im GUI-Thread abgelehnt; verwenden Sie die nicht blockierende Form.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>No server is configured.</source>
        <translation>Es ist kein Server eingerichtet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local server).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder http:// für einen lokalen Server).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a query or a fragment.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Backendless cloud is only reachable over https://.</source>
        <translation>Die Backendless-Cloud ist nur über https:// erreichbar.</translation>
    </message>
    <message>
        <source>Plain http:// to %1 would send your password and session unencrypted; use https:// or explicitly allow insecure connections.</source>
        <translation>Unverschlüsseltes http:// zu %1 würde Ihr Passwort und Ihre Sitzung im Klartext senden; verwenden Sie https:// oder erlauben Sie unsichere Verbindungen ausdrücklich.</translation>
    </message>
    <message>
        <source>Give both an application ID and a REST API key, or neither.</source>
        <translation>Geben Sie sowohl eine Anwendungs-ID als auch einen REST-API-Schlüssel an, oder keines von beiden.</translation>
    </message>
    <message>
        <source>Backendless cloud needs both an application ID and a REST API key.</source>
        <translation>Die Backendless-Cloud braucht sowohl eine Anwendungs-ID als auch einen REST-API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Profile changed on the server</source>
        <translation>Profil auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone else changed this profile since you opened it. For each field, choose which value to keep.</source>
        <translation>Jemand anderes hat dieses Profil geändert, seit Sie es geöffnet haben. Wählen Sie für jedes Feld, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Wert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value on the server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wert auf dem Server&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Alle &amp;meine behalten</translation>
    </message>
    <message>
        <source>Take all from the &amp;server</source>
        <translation>Alle vom &amp;Server übernehmen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: keep your value</source>
        <translation>%1: Ihren Wert behalten</translation>
    </message>
    <message>
        <source>%1: take the server&apos;s value</source>
        <translation>%1: Wert des Servers übernehmen</translation>
    </message>
</context>
<context>
    <name>DateTimeFieldEditor</name>
    <message>
        <source>For example %1</source>
        <translation>Zum Beispiel %1</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Datum wählen</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>%1 %2</source>
        <comment>date, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Email not confirmed</source>
        <translation>E-Mail nicht bestätigt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>Der Server meldete den Fehler %1.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent a reply that could not be understood (%1).</source>
        <translation>Der Server hat eine unverständliche Antwort gesendet (%1).</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>The profile form could not be loaded: %1</source>
        <translation>Das Profilformular konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>Wrong %1 or password.</source>
        <translation>%1 oder Passwort falsch.</translation>
    </message>
    <message>
        <source>Enter your %1.</source>
        <translation>Geben Sie Ihre %1 ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the connection and try again.</source>
        <translation>Der Server war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer ProfileDesk does not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die ProfileDesk nicht versteht.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Diesen Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Your account lacks the UPDATE permission on the Users table, so this change was not saved. Ask an administrator to grant it to your role (for example SupportStaff).</source>
        <translation>Ihrem Konto fehlt die UPDATE-Berechtigung für die Tabelle Users, daher wurde diese Änderung nicht gespeichert. Bitten Sie einen Administrator, sie Ihrer Rolle zu erteilen (zum Beispiel SupportStaff).</translation>
    </message>
    <message>
        <source>Your account lacks the FIND permission on the Users table, so users cannot be listed or opened. Ask an administrator to grant it to your role (for example SupportStaff).</source>
        <translation>Ihrem Konto fehlt die FIND-Berechtigung für die Tabelle Users, daher können Benutzer weder aufgelistet noch geöffnet werden. Bitten Sie einen Administrator, sie Ihrer Rolle zu erteilen (zum Beispiel SupportStaff).</translation>
    </message>
    <message>
        <source>The application id or REST API key is wrong, or the application is disabled. Check the server settings.</source>
        <translation>Die Anwendungs-ID oder der REST-API-Schlüssel ist falsch, oder die Anwendung ist deaktiviert. Prüfen Sie die Servereinstellungen.</translation>
    </message>
    <message>
        <source>Signing in is disabled for this account.</source>
        <translation>Die Anmeldung ist für dieses Konto deaktiviert.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-Mail oder Passwort falsch.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Another account already uses this value.</source>
        <translation>Ein anderes Konto verwendet diesen Wert bereits.</translation>
    </message>
    <message>
        <source>The server could not save the changes.</source>
        <translation>Der Server konnte die Änderungen nicht speichern.</translation>
    </message>
    <message>
        <source>The server could not save the changes: %1</source>
        <translation>Der Server konnte die Änderungen nicht speichern: %1</translation>
    </message>
    <message>
        <source>You may not change another user&apos;s profile here.</source>
        <translation>Sie dürfen das Profil eines anderen Benutzers hier nicht ändern.</translation>
    </message>
    <message>
        <source>This user account does not exist.</source>
        <translation>Dieses Benutzerkonto existiert nicht.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later or reset your password.</source>
        <translation>Dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt. Versuchen Sie es später erneut oder setzen Sie Ihr Passwort zurück.</translation>
    </message>
    <message>
        <source>Some required fields are empty.</source>
        <translation>Einige Pflichtfelder sind leer.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Dieses Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The password reset email could not be sent. Try again later.</source>
        <translation>Die E-Mail zum Zurücksetzen des Passworts konnte nicht gesendet werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request: %1 (code %2)</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1 (Code %2)</translation>
    </message>
    <message>
        <source>This account is already signed in somewhere else, and this application refuses a second sign-in. Sign out there first, or wait until that session expires.</source>
        <translation>Dieses Konto ist bereits anderswo angemeldet, und diese Anwendung lehnt eine zweite Anmeldung ab. Melden Sie sich dort zuerst ab oder warten Sie, bis jene Sitzung abläuft.</translation>
    </message>
    <message>
        <source>%1 Sign in again to save your changes.</source>
        <translation>%1 Melden Sie sich erneut an, um Ihre Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>This account is signed in on as many devices as this application allows. Sign out on one of them, then try again.</source>
        <translation>Dieses Konto ist auf so vielen Geräten angemeldet, wie diese Anwendung erlaubt. Melden Sie sich auf einem davon ab und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your session ended: it expired, or this account signed in somewhere else.</source>
        <translation>Ihre Sitzung ist beendet: Sie ist abgelaufen, oder dieses Konto hat sich anderswo angemeldet.</translation>
    </message>
    <message>
        <source>If an account uses this address, a reset email is on its way.</source>
        <translation>Falls ein Konto diese Adresse verwendet, ist eine E-Mail zum Zurücksetzen unterwegs.</translation>
    </message>
    <message>
        <source>No server called %1 could be found. Check the address in Server settings.</source>
        <translation>Es wurde kein Server namens %1 gefunden. Prüfen Sie die Adresse in den Servereinstellungen.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 on this computer: the server is not running. If it was the demo server, start ProfileDesk with --demo, or choose another server.</source>
        <translation>Unter %1 auf diesem Computer antwortet nichts: Der Server läuft nicht. War es der Demo-Server, starten Sie ProfileDesk mit --demo, oder wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server is not running there, or the port is wrong.</source>
        <translation>Unter %1 antwortet nichts: Der Server läuft dort nicht, oder der Port ist falsch.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: its certificate was not accepted.</source>
        <translation>Eine sichere Verbindung zu %1 kam nicht zustande: Sein Zertifikat wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the connection and try again.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another account already uses this email address.</source>
        <translation>Ein anderes Konto verwendet diese E-Mail-Adresse bereits.</translation>
    </message>
    <message>
        <source>This app does not take new properties. Its administrator can add this one in Backendless Console; until then, revert it to save the rest.</source>
        <translation>Diese App nimmt keine neuen Eigenschaften an. Ihr Administrator kann diese in der Backendless Console anlegen; bis dahin setzen Sie sie zurück, um den Rest zu speichern.</translation>
    </message>
    <message>
        <source>Enter your email.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This app does not take new properties. Its administrator can add them in Backendless Console.</source>
        <translation>Diese App nimmt keine neuen Eigenschaften an. Ihr Administrator kann sie in der Backendless Console anlegen.</translation>
    </message>
    <message>
        <source>The server expects another type of value for this property.</source>
        <translation>Der Server erwartet für diese Eigenschaft einen anderen Werttyp.</translation>
    </message>
    <message>
        <source>This account&apos;s email address is not confirmed yet. Open the link in the confirmation email, then sign in.</source>
        <translation>Die E-Mail-Adresse dieses Kontos ist noch nicht bestätigt. Öffnen Sie den Link in der Bestätigungs-E-Mail und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>The server expects another type of value: %1</source>
        <translation>Der Server erwartet einen anderen Werttyp: %1</translation>
    </message>
    <message>
        <source>The Users table no longer has a column this list shows: %1. Reload the list.</source>
        <translation>Die Tabelle Users hat eine Spalte dieser Liste nicht mehr: %1. Laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>%1 Sign in again to see the users.</source>
        <translation>%1 Melden Sie sich erneut an, um die Benutzer zu sehen.</translation>
    </message>
    <message>
        <source>Check the application ID and REST API key, then sign in to save your changes; they are kept.</source>
        <translation>Prüfen Sie die Anwendungs-ID und den REST-API-Schlüssel und melden Sie sich dann an, um Ihre Änderungen zu speichern; sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>You are not signed in any more. Sign in to save your changes; they are kept.</source>
        <translation>Sie sind nicht mehr angemeldet. Melden Sie sich an, um Ihre Änderungen zu speichern; sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 Sign in again to save your changes; they are kept.</source>
        <translation>%1 Melden Sie sich erneut an, um Ihre Änderungen zu speichern; sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>This account&apos;s email address is confirmed already.</source>
        <translation>Die E-Mail-Adresse dieses Kontos ist bereits bestätigt.</translation>
    </message>
    <message>
        <source>This application does not ask new users to confirm their email address.</source>
        <translation>Diese Anwendung verlangt von neuen Benutzern keine Bestätigung ihrer E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No user has this email address any more.</source>
        <translation>Kein Benutzer hat diese E-Mail-Adresse mehr.</translation>
    </message>
    <message>
        <source>This application has no such role. Roles are created in the Backendless Console.</source>
        <translation>Diese Anwendung hat keine solche Rolle. Rollen werden in der Backendless Console angelegt.</translation>
    </message>
    <message>
        <source>Only support staff (the role SupportStaff) may do this.</source>
        <translation>Nur Support-Mitarbeiter (die Rolle SupportStaff) dürfen das.</translation>
    </message>
    <message>
        <source>Support staff cannot change another support staff account; an administrator can, in the Backendless Console.</source>
        <translation>Support-Mitarbeiter können kein anderes Support-Konto ändern; ein Administrator kann das in der Backendless Console.</translation>
    </message>
    <message>
        <source>You cannot do this to your own account.</source>
        <translation>Das können Sie nicht mit Ihrem eigenen Konto tun.</translation>
    </message>
    <message>
        <source>The role SupportStaff is given and taken in the Backendless Console only.</source>
        <translation>Die Rolle SupportStaff wird nur in der Backendless Console vergeben und entzogen.</translation>
    </message>
    <message>
        <source>This needs the ProfileDesk staff service, which this application does not have yet.</source>
        <translation>Dafür braucht es den ProfileDesk-Mitarbeiterdienst, den diese Anwendung noch nicht hat.</translation>
    </message>
    <message>
        <source>A picture of that name is already on the server. Save again to upload it under a new name.</source>
        <translation>Ein Bild dieses Namens ist schon auf dem Server. Speichern Sie erneut, um es unter einem neuen Namen hochzuladen.</translation>
    </message>
    <message>
        <source>The picture is larger than the server accepts.</source>
        <translation>Das Bild ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>The picture&apos;s file is not on the server (any more). Choose the picture again.</source>
        <translation>Die Datei des Bildes ist nicht (mehr) auf dem Server. Wählen Sie das Bild erneut.</translation>
    </message>
    <message>
        <source>The server has no room for more files. Ask an administrator.</source>
        <translation>Der Server hat keinen Platz für weitere Dateien. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>You may not store a picture for this account.</source>
        <translation>Sie dürfen für dieses Konto kein Bild speichern.</translation>
    </message>
    <message>
        <source>The picture was not uploaded: %1</source>
        <translation>Das Bild wurde nicht hochgeladen: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>Every user of the current &amp;query (%n)</source>
        <translation>
            <numerusform>Der %n Benutzer der aktuellen Ab&amp;frage</numerusform>
            <numerusform>Alle %n Benutzer der aktuellen Ab&amp;frage</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user of the current &amp;query</source>
        <translation>Alle Benutzer der aktuellen Ab&amp;frage</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected users (%n)</source>
        <translation>
            <numerusform>Der aus&amp;gewählte Benutzer (%n)</numerusform>
            <numerusform>Die aus&amp;gewählten Benutzer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Colu&amp;mns (the password is never exported):</source>
        <translation>&amp;Spalten (das Passwort wird nie exportiert):</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 (sign-in)</source>
        <translation>%1 (Anmeldung)</translation>
    </message>
    <message>
        <source>Used to sign in; must be unique</source>
        <translation>Dient zur Anmeldung; muss eindeutig sein</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Revert %1 to the saved value</source>
        <translation>%1 auf den gespeicherten Wert zurücksetzen</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>Changed elsewhere: just changed on another device, and now shown as the server has it</source>
        <translation>Anderswo geändert: gerade auf einem anderen Gerät geändert und jetzt so angezeigt, wie der Server es hat</translation>
    </message>
</context>
<context>
    <name>FieldsBinder</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Connecting to your Backendless app</source>
        <translation>Verbindung zu Ihrer Backendless-App</translation>
    </message>
    <message>
        <source>Save the profile in front</source>
        <translation>Das vorne liegende Profil speichern</translation>
    </message>
    <message>
        <source>Close a dialog; while signing in, stop it</source>
        <translation>Einen Dialog schließen; während der Anmeldung diese abbrechen</translation>
    </message>
    <message>
        <source>Next field; Shift+Tab goes back</source>
        <translation>Nächstes Feld; Umschalt+Tab geht zurück</translation>
    </message>
    <message>
        <source>The File menu (Save, Sign out, Quit)</source>
        <translation>Das Menü Datei (Speichern, Abmelden, Beenden)</translation>
    </message>
    <message>
        <source>The Help menu</source>
        <translation>Das Menü Hilfe</translation>
    </message>
    <message>
        <source>Quit (unsaved changes are asked about first)</source>
        <translation>Beenden (nach ungespeicherten Änderungen wird zuerst gefragt)</translation>
    </message>
    <message>
        <source>An underlined letter in a label or button is its shortcut with Alt: Alt+S answers Save in the unsaved-changes question, Alt+D Discard. Support staff switch tabs with Alt and the underlined letter (My profile, Directory, Journal).</source>
        <translation>Ein unterstrichener Buchstabe in einer Beschriftung oder Schaltfläche ist zusammen mit Alt ihr Kürzel: Bei der Frage nach ungespeicherten Änderungen antwortet Alt+S mit Speichern, Alt+V mit Verwerfen. Support-Mitarbeiter wechseln die Reiter mit Alt und dem unterstrichenen Buchstaben (Mein Profil, Verzeichnis, Protokoll).</translation>
    </message>
    <message>
        <source>Open Server settings in the sign-in dialog and pick where your app runs. The application ID and the REST API key are on the Backendless console, under Manage › App Settings.</source>
        <translation>Öffnen Sie im Anmeldedialog die Servereinstellungen und wählen Sie, wo Ihre App läuft. Die Anwendungs-ID und den REST-API-Schlüssel finden Sie in der Backendless-Konsole unter Manage › App Settings.</translation>
    </message>
    <message>
        <source>Backendless US or EU</source>
        <translation>Backendless US oder EU</translation>
    </message>
    <message>
        <source>The cloud clusters: choose one and enter the application ID and REST API key.</source>
        <translation>Die Cloud-Cluster: Wählen Sie einen aus und geben Sie die Anwendungs-ID und den REST-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Custom domain or subdomain</source>
        <translation>Eigene Domain oder Subdomain</translation>
    </message>
    <message>
        <source>Enter the address your app answers on, such as https://yourapp.backendless.app/api. The ID and key are then part of that address and need not be entered.</source>
        <translation>Geben Sie die Adresse ein, unter der Ihre App antwortet, etwa https://yourapp.backendless.app/api. ID und Schlüssel sind dann Teil dieser Adresse und müssen nicht eingegeben werden.</translation>
    </message>
    <message>
        <source>Backendless Pro or self-hosted</source>
        <translation>Backendless Pro oder selbst betrieben</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API address, such as http://host:8080/api, with the application ID and REST API key. Plain http to another machine sends your password unencrypted: ProfileDesk asks you to allow it explicitly, and only for that server.</source>
        <translation>Geben Sie die API-Adresse des Servers ein, etwa http://host:8080/api, dazu die Anwendungs-ID und den REST-API-Schlüssel. Unverschlüsseltes http zu einem anderen Rechner überträgt Ihr Passwort im Klartext: ProfileDesk verlangt dafür Ihre ausdrückliche Erlaubnis, und nur für diesen Server.</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>Support-Mitarbeiter</translation>
    </message>
    <message>
        <source>The Directory and the Journal appear for accounts with the role SupportStaff. In the Backendless console, create that role under Users › Security roles and grant it FIND and UPDATE on the Users table. Without FIND the directory stays empty.</source>
        <translation>Verzeichnis und Protokoll erscheinen für Konten mit der Rolle SupportStaff. Legen Sie diese Rolle in der Backendless-Konsole unter Users › Security roles an und geben Sie ihr FIND und UPDATE auf der Tabelle Users. Ohne FIND bleibt das Verzeichnis leer.</translation>
    </message>
    <message>
        <source>In a one-line field of the profile: save it</source>
        <translation>In einem einzeiligen Feld des Profils: speichern</translation>
    </message>
    <message>
        <source>In the sign-in dialog: sign in; in a dialog: confirm</source>
        <translation>Im Anmeldedialog: anmelden; in einem Dialog: bestätigen</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the edit journal %1: %2</source>
        <translation>Das Änderungsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the edit journal %1: another program holds it.</source>
        <translation>Das Änderungsprotokoll %1 kann nicht geschrieben werden: ein anderes Programm hält es gerade.</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>No answer recorded</source>
        <translation>Keine Antwort aufgezeichnet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Cancelled while sending (may have been applied)</source>
        <translation>Beim Senden abgebrochen (wurde eventuell übernommen)</translation>
    </message>
    <message>
        <source>Failed: %1 (code %2)</source>
        <translation>Fehlgeschlagen: %1 (Code %2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: geändert</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 · not sent</source>
        <translation>%1 · nicht gesendet</translation>
    </message>
    <message>
        <source>%1 · not sent to the server yet</source>
        <translation>%1 · noch nicht an den Server gesendet</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>User, staff, field, value or reason</source>
        <translation>Benutzer, Mitarbeiter, Feld, Wert oder Grund</translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Re&amp;sult:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>Edit journal</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Die angezeigten Einträge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>edit-journal-%1.csv</source>
        <translation>aenderungsprotokoll-%1.csv</translation>
    </message>
    <message>
        <source>Export the edit journal</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The journal could not be exported to %1: %2</source>
        <translation>Das Protokoll konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff edits are recorded yet. Each save in a user&apos;s tab adds one here.</source>
        <translation>Noch keine Änderungen durch Support-Mitarbeiter protokolliert. Jedes Speichern im Reiter eines Benutzers fügt hier einen Eintrag hinzu.</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>&amp;Neuere</translation>
    </message>
    <message>
        <source>The previous page: newer entries</source>
        <translation>Die vorige Seite: neuere Einträge</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Älte&amp;re</translation>
    </message>
    <message>
        <source>The next page: older entries</source>
        <translation>Die nächste Seite: ältere Einträge</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the team journal from the server again</source>
        <translation>Das Team-Protokoll erneut vom Server lesen</translation>
    </message>
    <message>
        <source>Si&amp;gn in again…</source>
        <translation>Erneut anme&amp;lden…</translation>
    </message>
    <message>
        <source>Your session ended. Sign in again to read the team journal.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um das Team-Protokoll zu lesen.</translation>
    </message>
    <message>
        <source>This app has no ProfileDeskJournal table yet, so the team&apos;s journal cannot be read or written. Create it as the README says (&quot;The team journal&quot;); until then edits stay in this PC&apos;s outbox.</source>
        <translation>Diese App hat noch keine Tabelle ProfileDeskJournal, daher kann das Team-Protokoll weder gelesen noch geschrieben werden. Legen Sie sie an, wie die README beschreibt („The team journal“); bis dahin bleiben Änderungen im Postausgang dieses PCs.</translation>
    </message>
    <message>
        <source>Your account may not read the team journal: the table ProfileDeskJournal needs the FIND permission for the role SupportStaff.</source>
        <translation>Ihr Konto darf das Team-Protokoll nicht lesen: Die Tabelle ProfileDeskJournal braucht die FIND-Berechtigung für die Rolle SupportStaff.</translation>
    </message>
    <message>
        <source>The team journal could not be read: %1</source>
        <translation>Das Team-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Entries of this PC not on the server yet: %n. They are sent when it can be reached.</source>
        <translation>
            <numerusform>Einträge dieses PCs noch nicht auf dem Server: %n. Sie werden gesendet, sobald er erreichbar ist.</numerusform>
            <numerusform>Einträge dieses PCs noch nicht auf dem Server: %n. Sie werden gesendet, sobald er erreichbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show columns</source>
        <translation>Spalten anzeigen</translation>
    </message>
    <message>
        <source>Reading the team journal…</source>
        <translation>Team-Protokoll wird gelesen…</translation>
    </message>
    <message>
        <source>No entries match the filter. Clear it to see all entries.</source>
        <translation>Keine Einträge passen zum Filter. Leeren Sie ihn, um alle Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Entries %1–%2 of the team journal.</source>
        <translation>Einträge %1–%2 des Team-Protokolls.</translation>
    </message>
</context>
<context>
    <name>JournalingGateway</name>
    <message>
        <source>No way to ask for the reason of a change.</source>
        <translation>Es gibt keine Möglichkeit, nach dem Grund einer Änderung zu fragen.</translation>
    </message>
    <message>
        <source>Not saved: a change to another user&apos;s profile needs a reason. Your changes are still in the form.</source>
        <translation>Nicht gespeichert: Eine Änderung am Profil eines anderen Benutzers braucht einen Grund. Ihre Änderungen sind noch im Formular.</translation>
    </message>
    <message>
        <source>The change was not sent: the edit journal cannot be written.</source>
        <translation>Die Änderung wurde nicht gesendet: Das Änderungsprotokoll kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>KeychainSessionStore</name>
    <message>
        <source>No keychain (such as GNOME Keyring or KWallet) is running, so ProfileDesk cannot keep you signed in. Everything else works; sign in again next time.</source>
        <translation>Es läuft kein Schlüsselbund (etwa GNOME Keyring oder KWallet), daher kann ProfileDesk Sie nicht angemeldet halten. Alles andere funktioniert; melden Sie sich beim nächsten Mal erneut an.</translation>
    </message>
</context>
<context>
    <name>LiveChangesView</name>
    <message>
        <source>Revie&amp;w…</source>
        <translation>Prü&amp;fen…</translation>
    </message>
    <message>
        <source>Changed on another device, and now shown as the server has it: %1.</source>
        <translation>Auf einem anderen Gerät geändert und jetzt so angezeigt, wie der Server es hat: %1.</translation>
    </message>
    <message>
        <source>Changed on another device while you were editing it: %1. Review the changes to choose which value to keep.</source>
        <translation>Auf einem anderen Gerät geändert, während Sie es bearbeitet haben: %1. Prüfen Sie die Änderungen, um zu wählen, welcher Wert bleibt.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to ProfileDesk</source>
        <translation>Bei ProfileDesk anmelden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste scheint aktiv zu sein.</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>A&amp;ngemeldet bleiben</translation>
    </message>
    <message>
        <source>Keep the session in the system keychain so that the next start skips this dialog</source>
        <translation>Die Sitzung im Schlüsselbund des Systems behalten, damit der nächste Start diesen Dialog überspringt</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Passwort ver&amp;gessen?</translation>
    </message>
    <message>
        <source>Send a password reset email to the address above</source>
        <translation>Eine E-Mail zum Zurücksetzen des Passworts an die obige Adresse senden</translation>
    </message>
    <message>
        <source>Ser&amp;ver settings</source>
        <translation>Ser&amp;vereinstellungen</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Demo accounts (email / password):</source>
        <translation>Demokonten (E-Mail / Passwort):</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Enter your %1 first; the reset link is sent there.</source>
        <translation>Geben Sie zuerst Ihre %1 ein; der Link zum Zurücksetzen wird dorthin gesendet.</translation>
    </message>
    <message>
        <source>Requesting a password reset…</source>
        <translation>Zurücksetzen des Passworts wird angefordert…</translation>
    </message>
    <message>
        <source>Stop signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ProfileDesk</source>
        <translation>ProfileDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Angemeldet als %1 auf %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ProfileDesk</source>
        <translation>&amp;Über ProfileDesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Connecting to your Backendless app</source>
        <translation>&amp;Verbindung zu Ihrer Backendless-App</translation>
    </message>
    <message>
        <source>%1[*] – ProfileDesk</source>
        <translation>%1[*] – ProfileDesk</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Live-Aktualisierung angehalten</translation>
    </message>
    <message>
        <source>Changes made elsewhere show up again once the connection is back; saving works as before.</source>
        <translation>Änderungen von anderswo erscheinen wieder, sobald die Verbindung zurück ist; Speichern funktioniert wie bisher.</translation>
    </message>
</context>
<context>
    <name>MemorySessionStore</name>
    <message>
        <source>The session store is switched off.</source>
        <translation>Der Sitzungsspeicher ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>PasswordChange</name>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Not your current password</source>
        <translation>Nicht Ihr aktuelles Passwort</translation>
    </message>
    <message>
        <source>Not the same as %1</source>
        <translation>Nicht dasselbe wie %1</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
    <message>
        <source>This password does not follow the rule below.</source>
        <translation>Dieses Passwort erfüllt die Regel unten nicht.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the new password again.</source>
        <translation>Geben Sie das neue Passwort noch einmal ein.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Not changed yet: your session ended. Sign in again and the change goes through.</source>
        <translation>Noch nicht geändert: Ihre Sitzung ist beendet. Melden Sie sich erneut an, dann wird die Änderung ausgeführt.</translation>
    </message>
</context>
<context>
    <name>PasswordChangePanel</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Password rule</source>
        <translation>Passwortregel</translation>
    </message>
    <message>
        <source>Confirm ne&amp;w password:</source>
        <translation>Neues Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>Sh&amp;ow passwords</source>
        <translation>Passwörter anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Passwörter anzeigen</translation>
    </message>
    <message>
        <source>Changing password</source>
        <translation>Passwort wird geändert</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Ihr Passwort wird geändert…</translation>
    </message>
</context>
<context>
    <name>PictureCropDialog</name>
    <message>
        <source>Crop the Picture</source>
        <translation>Bild zuschneiden</translation>
    </message>
    <message>
        <source>Choose the part of the image that becomes the picture.</source>
        <translation>Wählen Sie den Teil des Bildes, der zum Profilbild wird.</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move the picture; + and − or the wheel zoom.</source>
        <translation>Ziehen Sie das Bild oder verschieben Sie es mit den Pfeiltasten; + und − oder das Mausrad zoomen.</translation>
    </message>
    <message>
        <source>&amp;Use Picture</source>
        <translation>Bild &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>PictureCropView</name>
    <message>
        <source>Picture crop</source>
        <translation>Bildausschnitt</translation>
    </message>
    <message>
        <source>Arrow keys move the picture, plus and minus zoom in and out, Home starts over.</source>
        <translation>Pfeiltasten verschieben das Bild, Plus und Minus zoomen hinein und heraus, Pos1 fängt neu an.</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Choose an image file; you can also drop one here or paste one.</source>
        <translation>Wählen Sie eine Bilddatei; Sie können auch eine hierher ziehen oder einfügen.</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Picture upload</source>
        <translation>Hochladen des Bildes</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>The profile picture</source>
        <translation>Das Profilbild</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Bild wird gelesen…</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>Bild wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>PictureImage</name>
    <message>
        <source>This file is larger than %1 MB. Choose a smaller image.</source>
        <translation>Diese Datei ist größer als %1 MB. Wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>This image has too many pixels (more than %1 megapixels).</source>
        <translation>Dieses Bild hat zu viele Pixel (mehr als %1 Megapixel).</translation>
    </message>
    <message>
        <source>This file is not an image ProfileDesk can read. It reads %1 files.</source>
        <translation>Diese Datei ist kein Bild, das ProfileDesk lesen kann. Lesbare Formate: %1.</translation>
    </message>
    <message>
        <source>This image is damaged or incomplete.</source>
        <translation>Dieses Bild ist beschädigt oder unvollständig.</translation>
    </message>
</context>
<context>
    <name>PictureStore</name>
    <message>
        <source>The picture cannot be kept until it is saved: there is no place for it on this computer.</source>
        <translation>Das Bild kann bis zum Speichern nicht aufbewahrt werden: Auf diesem Computer ist kein Platz dafür.</translation>
    </message>
    <message>
        <source>The picture cannot be kept until it is saved: %1</source>
        <translation>Das Bild kann bis zum Speichern nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The chosen picture is no longer on this computer. Choose it again.</source>
        <translation>Das gewählte Bild ist nicht mehr auf diesem Computer. Wählen Sie es erneut.</translation>
    </message>
    <message>
        <source>The picture&apos;s address cannot be read.</source>
        <translation>Die Adresse des Bildes kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profile editor</source>
        <translation>Profileditor</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Add a property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>New property name</source>
        <translation>Name der neuen Eigenschaft</translation>
    </message>
    <message>
        <source>e.g. nickname</source>
        <translation>z. B. spitzname</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>New property value</source>
        <translation>Wert der neuen Eigenschaft</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinz&amp;ufügen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop saving; your changes stay in the form</source>
        <translation>Speichern abbrechen; Ihre Änderungen bleiben im Formular</translation>
    </message>
    <message>
        <source>&amp;Revert all</source>
        <translation>Alles &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Undo every change since the last save</source>
        <translation>Alle Änderungen seit dem letzten Speichern rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Unsaved changes from your last session were restored. Save them, or revert what you do not want.</source>
        <translation>Ungespeicherte Änderungen aus Ihrer letzten Sitzung wurden wiederhergestellt. Speichern Sie sie oder setzen Sie zurück, was Sie nicht möchten.</translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation>Ihre Änderungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: the profile was changed on the server. Your changes are still here.</source>
        <translation>Nicht gespeichert: Das Profil wurde auf dem Server geändert. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>The property cannot be added while the profile is being saved.</source>
        <translation>Die Eigenschaft kann nicht hinzugefügt werden, während das Profil gespeichert wird.</translation>
    </message>
    <message>
        <source>Your changes were saved. Changed on another device meanwhile, and now shown as the server has them: %1.</source>
        <translation>Ihre Änderungen wurden gespeichert. Inzwischen auf einem anderen Gerät geändert und jetzt so angezeigt, wie der Server sie hat: %1.</translation>
    </message>
    <message>
        <source>S&amp;ign in again…</source>
        <translation>Erneut anme&amp;lden…</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Wiede&amp;rholen</translation>
    </message>
    <message>
        <source>Server settin&amp;gs…</source>
        <translation>Server&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Passw&amp;ort ändern…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>Show or hide the password change</source>
        <translation>Passwortänderung ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>ProfileHead</name>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Mitglied seit %1</translation>
    </message>
    <message>
        <source>Last sign-in %1</source>
        <translation>Letzte Anmeldung %1</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>No picture of %1</source>
        <translation>Kein Bild von %1</translation>
    </message>
</context>
<context>
    <name>ProfileSave</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The server did not store every property.</source>
        <translation>Der Server hat nicht alle Eigenschaften gespeichert.</translation>
    </message>
    <message>
        <source>Pictures cannot be uploaded here.</source>
        <translation>Hier können keine Bilder hochgeladen werden.</translation>
    </message>
</context>
<context>
    <name>PropertyDef</name>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 muss true oder false sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS), not &quot;%2&quot;.</source>
        <translation>%1 muss ein Datum (JJJJ-MM-TT) oder Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM:SS) sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>%1 kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>PropertyLabels</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Password reset email</source>
        <translation>E-Mail zum Zurücksetzen des Passworts</translation>
    </message>
    <message>
        <source>Confirmation email</source>
        <translation>Bestätigungs-E-Mail</translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>This value is not valid here.</source>
        <translation>Dieser Wert ist hier nicht gültig.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a whole number between %1 and %2.</source>
        <translation>Geben Sie eine ganze Zahl zwischen %1 und %2 ein.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a finite number.</source>
        <translation>Geben Sie eine endliche Zahl ein.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <source>This value does not have the format the app requires (pattern %1).</source>
        <translation>Dieser Wert hat nicht das Format, das die App verlangt (Muster %1).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Only these characters are allowed here: %1.</source>
        <translation>Hier sind nur diese Zeichen erlaubt: %1.</translation>
    </message>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Geben Sie ein Datum ein, etwa %1.</translation>
    </message>
    <message>
        <source>%1 is in the future: check the year of this birthday.</source>
        <translation>%1 liegt in der Zukunft: Prüfen Sie das Jahr dieses Geburtstags.</translation>
    </message>
    <message>
        <source>%1 is more than %2 years ago: check the year of this birthday.</source>
        <translation>%1 liegt mehr als %2 Jahre zurück: Prüfen Sie das Jahr dieses Geburtstags.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for this change</source>
        <translation>Grund für diese Änderung</translation>
    </message>
    <message>
        <source>&amp;Reason (required, recorded in the edit journal):</source>
        <translation>&amp;Grund (erforderlich, wird im Änderungsprotokoll festgehalten):</translation>
    </message>
    <message>
        <source>e.g. Ticket 1234: the customer asked to correct their name</source>
        <translation>z. B. Ticket 1234: Der Kunde bat um Korrektur seines Namens</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Grund der Änderung</translation>
    </message>
    <message>
        <source>Without a reason nothing is saved; your changes stay in the form.</source>
        <translation>Ohne Grund wird nichts gespeichert; Ihre Änderungen bleiben im Formular.</translation>
    </message>
    <message>
        <source>You are saving the profile of %1.</source>
        <translation>Sie speichern das Profil von %1.</translation>
    </message>
    <message>
        <source>You are changing %1 in the profile of %2.</source>
        <translation>Sie ändern %1 im Profil von %2.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>https://example.backendless.app/api</source>
        <translation>https://example.backendless.app/api</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>REST API &amp;key:</source>
        <translation>REST-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>REST API key</source>
        <translation>REST-API-Schlüssel</translation>
    </message>
    <message>
        <source>Local demo server</source>
        <translation>Lokaler Demoserver</translation>
    </message>
    <message>
        <source>Backendless (US)</source>
        <translation>Backendless (USA)</translation>
    </message>
    <message>
        <source>Backendless (EU)</source>
        <translation>Backendless (EU)</translation>
    </message>
    <message>
        <source>Custom domain or Backendless Pro</source>
        <translation>Eigene Domain oder Backendless Pro</translation>
    </message>
    <message>
        <source>The demo server started with this window.</source>
        <translation>Der mit diesem Fenster gestartete Demoserver.</translation>
    </message>
    <message>
        <source>A profiledesk-server running on this computer.</source>
        <translation>Ein profiledesk-server, der auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>Your application ID and REST API key are in the Backendless Console, under Manage &gt; App Settings.</source>
        <translation>Ihre Anwendungs-ID und Ihren REST-API-Schlüssel finden Sie in der Backendless Console unter Manage &gt; App Settings.</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;http:// to this server</source>
        <translation>Unverschlüsseltes &amp;http:// zu diesem Server erlauben</translation>
    </message>
    <message>
        <source>Allow unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung erlauben</translation>
    </message>
    <message>
        <source>Warning: your password and session will cross the network unencrypted; anyone on the way can read them. Allow this only for a server on a network you trust.</source>
        <translation>Warnung: Ihr Passwort und Ihre Sitzung gehen unverschlüsselt über das Netz; jeder auf dem Weg kann sie mitlesen. Erlauben Sie dies nur für einen Server in einem Netz, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>For a custom domain or a backendless.app subdomain, enter https://…/api and leave the ID and key empty. For Backendless Pro, enter http://host:8080/api with the application ID and REST API key.</source>
        <translation>Für eine eigene Domain oder eine backendless.app-Subdomain geben Sie https://…/api ein und lassen ID und Schlüssel leer. Für Backendless Pro geben Sie http://host:8080/api mit der Anwendungs-ID und dem REST-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Serve&amp;r:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Application ID:</source>
        <translation>Anwendungs-&amp;ID:</translation>
    </message>
    <message>
        <source>on the local demo server, %1</source>
        <translation>auf dem lokalen Demoserver, %1</translation>
    </message>
    <message>
        <source>on Backendless (US)</source>
        <translation>bei Backendless (USA)</translation>
    </message>
    <message>
        <source>on Backendless (EU)</source>
        <translation>bei Backendless (EU)</translation>
    </message>
    <message>
        <source>on a server still to be chosen in Server settings</source>
        <translation>auf einem Server, der noch in den Servereinstellungen zu wählen ist</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved yet.</source>
        <translation>Ihr Profil hat Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <source>The profile of %1 has changes that are not saved yet.</source>
        <translation>Das Profil von %1 hat Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Email or name</source>
        <translation>E-Mail oder Name</translation>
    </message>
    <message>
        <source>Search users by email or name</source>
        <translation>Benutzer nach E-Mail oder Name suchen</translation>
    </message>
    <message>
        <source>Match &amp;anywhere</source>
        <translation>&amp;Überall suchen</translation>
    </message>
    <message>
        <source>Find the text anywhere in the email or name, not only at the start (slower on large user tables)</source>
        <translation>Den Text irgendwo in E-Mail oder Name finden, nicht nur am Anfang (langsamer bei großen Benutzertabellen)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected user&apos;s profile in a tab (or double-click the row)</source>
        <translation>Das Profil des gewählten Benutzers in einem Tab öffnen (oder Doppelklick auf die Zeile)</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No users match “%1”. Check the spelling, or search for a shorter part.</source>
        <translation>Kein Benutzer passt zu „%1“. Prüfen Sie die Schreibweise oder suchen Sie nach einem kürzeren Teil.</translation>
    </message>
    <message>
        <source>No users match “%1”. Try Match anywhere to find it inside emails and names.</source>
        <translation>Kein Benutzer passt zu „%1“. Versuchen Sie „Überall suchen“, um den Text auch mitten in E-Mails und Namen zu finden.</translation>
    </message>
    <message>
        <source>No users are visible. If there should be some, the SupportStaff role may lack FIND permission on the Users table.</source>
        <translation>Es sind keine Benutzer sichtbar. Falls es welche geben sollte, fehlt der Rolle SupportStaff vielleicht die FIND-Berechtigung für die Tabelle Users.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Wiede&amp;rholen</translation>
    </message>
    <message>
        <source>Showing %1 of %2 users; scroll down for more.</source>
        <translation>%1 von %2 Benutzern angezeigt; für mehr nach unten scrollen.</translation>
    </message>
    <message>
        <source>Si&amp;gn in again…</source>
        <translation>Erneut anme&amp;lden…</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Show users by status</source>
        <translation>Benutzer nach Status anzeigen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the users of this query, or the selected ones, as CSV or JSON</source>
        <translation>Die Benutzer dieser Abfrage oder die ausgewählten als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Confirmation pending</source>
        <translation>Bestätigung ausstehend</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>users-%1.%2</source>
        <translation>benutzer-%1.%2</translation>
    </message>
    <message>
        <source>The users could not be exported to %1: %2</source>
        <translation>Die Benutzer konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Benutzer werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported %1 of %2 users…</source>
        <translation>%1 von %2 Benutzern exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 users…</source>
        <translation>%1 Benutzer exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The users could not be exported: %1</source>
        <translation>Die Benutzer konnten nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export done: %1 (users: %n).</source>
        <translation>
            <numerusform>Export fertig: %1 (Benutzer: %n).</numerusform>
            <numerusform>Export fertig: %1 (Benutzer: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDirectoryModel</name>
    <message>
        <source>Looks like another account: %1</source>
        <translation>Sieht aus wie ein anderes Konto: %1</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>UserDirectoryTabs</name>
    <message>
        <source>%1 looks like another account: %2.</source>
        <translation>%1 sieht aus wie ein anderes Konto: %2.</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>Pro&amp;tokoll</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Profil wird geladen…</translation>
    </message>
    <message>
        <source>The profile could not be loaded: %1</source>
        <translation>Das Profil konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>&amp;My profile</source>
        <translation>&amp;Mein Profil</translation>
    </message>
    <message>
        <source>&amp;My profile *</source>
        <translation>&amp;Mein Profil *</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are editing the profile of %1, as support staff. Each save asks for a reason and is recorded in the journal.</source>
        <translation>Sie bearbeiten als Support-Mitarbeiter das Profil von %1. Jedes Speichern fragt nach einem Grund und wird im Protokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>UserExporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>Enter a name for the new property.</source>
        <translation>Geben Sie einen Namen für die neue Eigenschaft ein.</translation>
    </message>
    <message>
        <source>A property name starts with a letter and holds only letters, digits and &apos;_&apos;.</source>
        <translation>Ein Eigenschaftsname beginnt mit einem Buchstaben und enthält nur Buchstaben, Ziffern und „_“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved.</source>
        <translation>„%1“ ist reserviert.</translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; already exists.</source>
        <translation>Die Eigenschaft „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The server did not store this property. Its dynamic schema may be off.</source>
        <translation>Der Server hat diese Eigenschaft nicht gespeichert. Vielleicht ist sein dynamisches Schema ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>No user is logged in.</source>
        <translation>Es ist kein Benutzer angemeldet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Backendless user profiles.</source>
        <translation>Backendless-Benutzerprofile bearbeiten.</translation>
    </message>
    <message>
        <source>Start the local demo server in this process and sign in to it.</source>
        <translation>Den lokalen Demoserver in diesem Prozess starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>User interface language: de, fr, es or en.</source>
        <translation>Sprache der Oberfläche: de, fr, es oder en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Backendless application ID.</source>
        <translation>Backendless-Anwendungs-ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Backendless REST API key.</source>
        <translation>Backendless-REST-API-Schlüssel.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>schlüssel</translation>
    </message>
    <message>
        <source>ProfileDesk</source>
        <translation>ProfileDesk</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demoserver konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Server URL: a custom domain or *.backendless.app (…/api), Backendless Pro (http://HOST:8080/api with --app-id and --api-key), or the local server.</source>
        <translation>Server-URL: eine eigene Domain oder *.backendless.app (…/api), Backendless Pro (http://HOST:8080/api mit --app-id und --api-key) oder der lokale Server.</translation>
    </message>
    <message>
        <source>Allow plain http:// to the server even though it is not this computer (remembered for that server).</source>
        <translation>Unverschlüsseltes http:// zum Server erlauben, obwohl er nicht dieser Computer ist (für diesen Server gemerkt).</translation>
    </message>
</context>
</TS>
