<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ProfileDesk</source>
        <translation>À propos de ProfileDesk</translation>
    </message>
    <message>
        <source>Edit Backendless user profiles.</source>
        <translation>Modifier les profils utilisateur Backendless.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>AccountStrip</name>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Confirmation pending</source>
        <translation>Confirmation en attente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Disable, Enable and Roles need the ProfileDesk staff service, which this app does not have. &lt;a href=&quot;%1&quot;&gt;How to install it&lt;/a&gt;</source>
        <translation>Désactiver, Activer et Rôles nécessitent le service ProfileDesk pour le support, absent de cette application. &lt;a href=&quot;%1&quot;&gt;Comment l’installer&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Disable, Enable and Roles need the ProfileDesk staff service</source>
        <translation>Désactiver, Activer et Rôles nécessitent le service ProfileDesk pour le support</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>Account status: %1</source>
        <translation>Statut du compte : %1</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargés</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rôles : %1</translation>
    </message>
    <message>
        <source>Not disabled: what was typed is not %1.</source>
        <translation>Non désactivé : le texte saisi n’est pas %1.</translation>
    </message>
    <message>
        <source>Disable this account</source>
        <translation>Désactiver ce compte</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in, and their open sessions end now. Type %1 to confirm.</source>
        <translation>%1 ne pourra plus se connecter, et ses sessions ouvertes se terminent maintenant. Saisissez %1 pour confirmer.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Add role…</source>
        <translation>Ajouter le rôle…</translation>
    </message>
    <message>
        <source>Remove role…</source>
        <translation>Retirer le rôle…</translation>
    </message>
    <message>
        <source>New role:</source>
        <translation>Nouveau rôle :</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled; their sessions have ended.</source>
        <translation>Le compte de %1 est désactivé ; ses sessions sont terminées.</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled.</source>
        <translation>Le compte de %1 est activé.</translation>
    </message>
    <message>
        <source>A password reset email is on its way to %1.</source>
        <translation>Un e-mail de réinitialisation du mot de passe est en route vers %1.</translation>
    </message>
    <message>
        <source>The confirmation email is on its way to %1.</source>
        <translation>L’e-mail de confirmation est en route vers %1.</translation>
    </message>
    <message>
        <source>%1&apos;s roles are now: %2.</source>
        <translation>Les rôles de %1 sont maintenant : %2.</translation>
    </message>
    <message>
        <source>Disa&amp;ble…</source>
        <translation>Dé&amp;sactiver…</translation>
    </message>
    <message>
        <source>Ena&amp;ble…</source>
        <translation>A&amp;ctiver…</translation>
    </message>
    <message>
        <source>Send password reset emai&amp;l…</source>
        <translation>Envoyer l’e-mai&amp;l de réinitialisation du mot de passe…</translation>
    </message>
    <message>
        <source>Rese&amp;nd confirmation email…</source>
        <translation>Renvo&amp;yer l’e-mail de confirmation…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>R&amp;ôles…</translation>
    </message>
    <message>
        <source>Link: How to install it. Enter opens it in the browser.</source>
        <translation>Lien : Comment l’installer. Entrée l’ouvre dans le navigateur.</translation>
    </message>
</context>
<context>
    <name>BlockingCall</name>
    <message>
        <source>A blocking call was refused on the GUI thread; use the non-blocking form.</source>
        <translation>Un appel bloquant a été refusé sur le thread de l’interface ; utilisez la forme non bloquante.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>No server is configured.</source>
        <translation>Aucun serveur n’est configuré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>« %1 » n’est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local server).</source>
        <translation>L’adresse du serveur doit commencer par https:// (ou http:// pour un serveur local).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a query or a fragment.</source>
        <translation>L’adresse du serveur ne doit contenir ni nom d’utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>Backendless cloud is only reachable over https://.</source>
        <translation>Le cloud Backendless n’est accessible qu’en https://.</translation>
    </message>
    <message>
        <source>Plain http:// to %1 would send your password and session unencrypted; use https:// or explicitly allow insecure connections.</source>
        <translation>Un simple http:// vers %1 enverrait votre mot de passe et votre session en clair ; utilisez https:// ou autorisez explicitement les connexions non sécurisées.</translation>
    </message>
    <message>
        <source>Give both an application ID and a REST API key, or neither.</source>
        <translation>Indiquez à la fois un identifiant d’application et une clé d’API REST, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Backendless cloud needs both an application ID and a REST API key.</source>
        <translation>Le cloud Backendless nécessite un identifiant d’application et une clé d’API REST.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Profile changed on the server</source>
        <translation>Profil modifié sur le serveur</translation>
    </message>
    <message>
        <source>Someone else changed this profile since you opened it. For each field, choose which value to keep.</source>
        <translation>Quelqu’un d’autre a modifié ce profil depuis que vous l’avez ouvert. Pour chaque champ, choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre valeur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value on the server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeur sur le serveur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Garder toutes les &amp;miennes</translation>
    </message>
    <message>
        <source>Take all from the &amp;server</source>
        <translation>Tout prendre du &amp;serveur</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: keep your value</source>
        <translation>%1 : garder votre valeur</translation>
    </message>
    <message>
        <source>%1: take the server&apos;s value</source>
        <translation>%1 : prendre la valeur du serveur</translation>
    </message>
</context>
<context>
    <name>DateTimeFieldEditor</name>
    <message>
        <source>For example %1</source>
        <translation>Par exemple %1</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choisir une date</translation>
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
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Email not confirmed</source>
        <translation>E-mail non confirmé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>Le serveur a signalé l’erreur %1.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server sent a reply that could not be understood (%1).</source>
        <translation>Le serveur a envoyé une réponse incompréhensible (%1).</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>The profile form could not be loaded: %1</source>
        <translation>Le formulaire du profil n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Wrong %1 or password.</source>
        <translation>%1 ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Enter your %1.</source>
        <translation>Saisissez votre %1.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Réessayez.</translation>
    </message>
    <message>
        <source>The server sent an answer ProfileDesk does not understand.</source>
        <translation>Le serveur a envoyé une réponse que ProfileDesk ne comprend pas.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n’existe plus.</translation>
    </message>
    <message>
        <source>Your account lacks the UPDATE permission on the Users table, so this change was not saved. Ask an administrator to grant it to your role (for example SupportStaff).</source>
        <translation>Votre compte n’a pas l’autorisation UPDATE sur la table Users, cette modification n’a donc pas été enregistrée. Demandez à un administrateur de l’accorder à votre rôle (par exemple SupportStaff).</translation>
    </message>
    <message>
        <source>Your account lacks the FIND permission on the Users table, so users cannot be listed or opened. Ask an administrator to grant it to your role (for example SupportStaff).</source>
        <translation>Votre compte n’a pas l’autorisation FIND sur la table Users : les utilisateurs ne peuvent être ni listés ni ouverts. Demandez à un administrateur de l’accorder à votre rôle (par exemple SupportStaff).</translation>
    </message>
    <message>
        <source>The application id or REST API key is wrong, or the application is disabled. Check the server settings.</source>
        <translation>L’identifiant d’application ou la clé d’API REST est incorrect, ou l’application est désactivée. Vérifiez les paramètres du serveur.</translation>
    </message>
    <message>
        <source>Signing in is disabled for this account.</source>
        <translation>La connexion est désactivée pour ce compte.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Saisissez votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>Another account already uses this value.</source>
        <translation>Un autre compte utilise déjà cette valeur.</translation>
    </message>
    <message>
        <source>The server could not save the changes.</source>
        <translation>Le serveur n’a pas pu enregistrer les modifications.</translation>
    </message>
    <message>
        <source>The server could not save the changes: %1</source>
        <translation>Le serveur n’a pas pu enregistrer les modifications : %1</translation>
    </message>
    <message>
        <source>You may not change another user&apos;s profile here.</source>
        <translation>Vous ne pouvez pas modifier ici le profil d’un autre utilisateur.</translation>
    </message>
    <message>
        <source>This user account does not exist.</source>
        <translation>Ce compte utilisateur n’existe pas.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later or reset your password.</source>
        <translation>Ce compte est verrouillé après trop d’échecs de connexion. Réessayez plus tard ou réinitialisez votre mot de passe.</translation>
    </message>
    <message>
        <source>Some required fields are empty.</source>
        <translation>Certains champs obligatoires sont vides.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
    <message>
        <source>The password reset email could not be sent. Try again later.</source>
        <translation>L’e-mail de réinitialisation du mot de passe n’a pas pu être envoyé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request: %1 (code %2)</source>
        <translation>Le serveur a refusé la requête : %1 (code %2)</translation>
    </message>
    <message>
        <source>This account is already signed in somewhere else, and this application refuses a second sign-in. Sign out there first, or wait until that session expires.</source>
        <translation>Ce compte est déjà connecté ailleurs, et cette application refuse une seconde connexion. Déconnectez-vous d’abord là-bas, ou attendez que cette session expire.</translation>
    </message>
    <message>
        <source>%1 Sign in again to save your changes.</source>
        <translation>%1 Reconnectez-vous pour enregistrer vos modifications.</translation>
    </message>
    <message>
        <source>This account is signed in on as many devices as this application allows. Sign out on one of them, then try again.</source>
        <translation>Ce compte est connecté sur autant d’appareils que cette application le permet. Déconnectez-vous sur l’un d’eux, puis réessayez.</translation>
    </message>
    <message>
        <source>Your session ended: it expired, or this account signed in somewhere else.</source>
        <translation>Votre session a pris fin : elle a expiré, ou ce compte s’est connecté ailleurs.</translation>
    </message>
    <message>
        <source>If an account uses this address, a reset email is on its way.</source>
        <translation>Si un compte utilise cette adresse, un e-mail de réinitialisation est en route.</translation>
    </message>
    <message>
        <source>No server called %1 could be found. Check the address in Server settings.</source>
        <translation>Aucun serveur nommé %1 n’a été trouvé. Vérifiez l’adresse dans les paramètres du serveur.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 on this computer: the server is not running. If it was the demo server, start ProfileDesk with --demo, or choose another server.</source>
        <translation>Rien ne répond à %1 sur cet ordinateur : le serveur ne tourne pas. S’il s’agissait du serveur de démonstration, lancez ProfileDesk avec --demo, ou choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server is not running there, or the port is wrong.</source>
        <translation>Rien ne répond à %1 : le serveur n’y tourne pas, ou le port est incorrect.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: its certificate was not accepted.</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 : son certificat n’a pas été accepté.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation>%1 a fermé la connexion avant de répondre. Réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the connection and try again.</source>
        <translation>%1 est injoignable. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again.</source>
        <translation>%1 n’a pas répondu à temps. Réessayez.</translation>
    </message>
    <message>
        <source>Another account already uses this email address.</source>
        <translation>Un autre compte utilise déjà cette adresse e-mail.</translation>
    </message>
    <message>
        <source>This app does not take new properties. Its administrator can add this one in Backendless Console; until then, revert it to save the rest.</source>
        <translation>Cette application n’accepte pas de nouvelles propriétés. Son administrateur peut ajouter celle-ci dans la Backendless Console ; d’ici là, rétablissez-la pour enregistrer le reste.</translation>
    </message>
    <message>
        <source>Enter your email.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>This app does not take new properties. Its administrator can add them in Backendless Console.</source>
        <translation>Cette application n’accepte pas de nouvelles propriétés. Son administrateur peut les ajouter dans la Backendless Console.</translation>
    </message>
    <message>
        <source>The server expects another type of value for this property.</source>
        <translation>Le serveur attend un autre type de valeur pour cette propriété.</translation>
    </message>
    <message>
        <source>This account&apos;s email address is not confirmed yet. Open the link in the confirmation email, then sign in.</source>
        <translation>L’adresse e-mail de ce compte n’est pas encore confirmée. Ouvrez le lien de l’e-mail de confirmation, puis connectez-vous.</translation>
    </message>
    <message>
        <source>The server expects another type of value: %1</source>
        <translation>Le serveur attend un autre type de valeur : %1</translation>
    </message>
    <message>
        <source>The Users table no longer has a column this list shows: %1. Reload the list.</source>
        <translation>La table Users n’a plus une colonne affichée par cette liste : %1. Rechargez la liste.</translation>
    </message>
    <message>
        <source>%1 Sign in again to see the users.</source>
        <translation>%1 Reconnectez-vous pour voir les utilisateurs.</translation>
    </message>
    <message>
        <source>Check the application ID and REST API key, then sign in to save your changes; they are kept.</source>
        <translation>Vérifiez l’identifiant d’application et la clé d’API REST, puis connectez-vous pour enregistrer vos modifications ; elles sont conservées.</translation>
    </message>
    <message>
        <source>You are not signed in any more. Sign in to save your changes; they are kept.</source>
        <translation>Vous n’êtes plus connecté. Connectez-vous pour enregistrer vos modifications ; elles sont conservées.</translation>
    </message>
    <message>
        <source>%1 Sign in again to save your changes; they are kept.</source>
        <translation>%1 Reconnectez-vous pour enregistrer vos modifications ; elles sont conservées.</translation>
    </message>
    <message>
        <source>This account&apos;s email address is confirmed already.</source>
        <translation>L’adresse e-mail de ce compte est déjà confirmée.</translation>
    </message>
    <message>
        <source>This application does not ask new users to confirm their email address.</source>
        <translation>Cette application ne demande pas aux nouveaux utilisateurs de confirmer leur adresse e-mail.</translation>
    </message>
    <message>
        <source>No user has this email address any more.</source>
        <translation>Plus aucun utilisateur n’a cette adresse e-mail.</translation>
    </message>
    <message>
        <source>This application has no such role. Roles are created in the Backendless Console.</source>
        <translation>Cette application n’a pas ce rôle. Les rôles se créent dans la console Backendless.</translation>
    </message>
    <message>
        <source>Only support staff (the role SupportStaff) may do this.</source>
        <translation>Seul le personnel du support (le rôle SupportStaff) peut faire cela.</translation>
    </message>
    <message>
        <source>Support staff cannot change another support staff account; an administrator can, in the Backendless Console.</source>
        <translation>Le personnel du support ne peut pas modifier un autre compte du support ; un administrateur le peut, dans la console Backendless.</translation>
    </message>
    <message>
        <source>You cannot do this to your own account.</source>
        <translation>Vous ne pouvez pas faire cela sur votre propre compte.</translation>
    </message>
    <message>
        <source>The role SupportStaff is given and taken in the Backendless Console only.</source>
        <translation>Le rôle SupportStaff ne se donne et ne se retire que dans la console Backendless.</translation>
    </message>
    <message>
        <source>This needs the ProfileDesk staff service, which this application does not have yet.</source>
        <translation>Il faut pour cela le service ProfileDesk pour le support, que cette application n’a pas encore.</translation>
    </message>
    <message>
        <source>A picture of that name is already on the server. Save again to upload it under a new name.</source>
        <translation>Une image de ce nom est déjà sur le serveur. Enregistrez à nouveau pour l&apos;envoyer sous un nouveau nom.</translation>
    </message>
    <message>
        <source>The picture is larger than the server accepts.</source>
        <translation>L&apos;image est plus grande que ce que le serveur accepte.</translation>
    </message>
    <message>
        <source>The picture&apos;s file is not on the server (any more). Choose the picture again.</source>
        <translation>Le fichier de l&apos;image n&apos;est pas (ou plus) sur le serveur. Choisissez l&apos;image à nouveau.</translation>
    </message>
    <message>
        <source>The server has no room for more files. Ask an administrator.</source>
        <translation>Le serveur n&apos;a plus de place pour d&apos;autres fichiers. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>You may not store a picture for this account.</source>
        <translation>Vous ne pouvez pas enregistrer d&apos;image pour ce compte.</translation>
    </message>
    <message>
        <source>The picture was not uploaded: %1</source>
        <translation>L&apos;image n&apos;a pas été envoyée : %1</translation>
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
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>Every user of the current &amp;query (%n)</source>
        <translation>
            <numerusform>L’utilisateur de la &amp;requête actuelle (%n)</numerusform>
            <numerusform>Tous les utilisateurs de la &amp;requête actuelle (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user of the current &amp;query</source>
        <translation>Tous les utilisateurs de la &amp;requête actuelle</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected users (%n)</source>
        <translation>
            <numerusform>L’utilisateur &amp;sélectionné (%n)</numerusform>
            <numerusform>Les utilisateurs &amp;sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Colu&amp;mns (the password is never exported):</source>
        <translation>Colo&amp;nnes (le mot de passe n’est jamais exporté) :</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Modifié, pas encore enregistré</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>%1 (sign-in)</source>
        <translation>%1 (connexion)</translation>
    </message>
    <message>
        <source>Used to sign in; must be unique</source>
        <translation>Sert à la connexion ; doit être unique</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Revert %1 to the saved value</source>
        <translation>Rétablir %1 à la valeur enregistrée</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>Changed elsewhere: just changed on another device, and now shown as the server has it</source>
        <translation>Modifié ailleurs : vient d’être modifié sur un autre appareil, et affiché maintenant tel que le serveur l’a</translation>
    </message>
</context>
<context>
    <name>FieldsBinder</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Connecting to your Backendless app</source>
        <translation>Se connecter à votre application Backendless</translation>
    </message>
    <message>
        <source>Save the profile in front</source>
        <translation>Enregistrer le profil affiché</translation>
    </message>
    <message>
        <source>Close a dialog; while signing in, stop it</source>
        <translation>Fermer une boîte de dialogue ; pendant la connexion, l’interrompre</translation>
    </message>
    <message>
        <source>Next field; Shift+Tab goes back</source>
        <translation>Champ suivant ; Maj+Tab revient en arrière</translation>
    </message>
    <message>
        <source>The File menu (Save, Sign out, Quit)</source>
        <translation>Le menu Fichier (Enregistrer, Se déconnecter, Quitter)</translation>
    </message>
    <message>
        <source>The Help menu</source>
        <translation>Le menu Aide</translation>
    </message>
    <message>
        <source>Quit (unsaved changes are asked about first)</source>
        <translation>Quitter (les modifications non enregistrées sont d’abord signalées)</translation>
    </message>
    <message>
        <source>An underlined letter in a label or button is its shortcut with Alt: Alt+S answers Save in the unsaved-changes question, Alt+D Discard. Support staff switch tabs with Alt and the underlined letter (My profile, Directory, Journal).</source>
        <translation>Une lettre soulignée dans un libellé ou un bouton est son raccourci avec Alt : dans la question sur les modifications non enregistrées, Alt+E répond Enregistrer, Alt+N Ne pas enregistrer. Le support change d’onglet avec Alt et la lettre soulignée (Mon profil, Annuaire, Journal).</translation>
    </message>
    <message>
        <source>Open Server settings in the sign-in dialog and pick where your app runs. The application ID and the REST API key are on the Backendless console, under Manage › App Settings.</source>
        <translation>Ouvrez les paramètres du serveur dans la boîte de connexion et choisissez où votre application fonctionne. L’ID d’application et la clé d’API REST se trouvent dans la console Backendless, sous Manage › App Settings.</translation>
    </message>
    <message>
        <source>Backendless US or EU</source>
        <translation>Backendless US ou EU</translation>
    </message>
    <message>
        <source>The cloud clusters: choose one and enter the application ID and REST API key.</source>
        <translation>Les clusters cloud : choisissez-en un et saisissez l’ID d’application et la clé d’API REST.</translation>
    </message>
    <message>
        <source>Custom domain or subdomain</source>
        <translation>Domaine personnalisé ou sous-domaine</translation>
    </message>
    <message>
        <source>Enter the address your app answers on, such as https://yourapp.backendless.app/api. The ID and key are then part of that address and need not be entered.</source>
        <translation>Saisissez l’adresse à laquelle votre application répond, par exemple https://yourapp.backendless.app/api. L’ID et la clé font alors partie de cette adresse et n’ont pas à être saisis.</translation>
    </message>
    <message>
        <source>Backendless Pro or self-hosted</source>
        <translation>Backendless Pro ou auto-hébergé</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API address, such as http://host:8080/api, with the application ID and REST API key. Plain http to another machine sends your password unencrypted: ProfileDesk asks you to allow it explicitly, and only for that server.</source>
        <translation>Saisissez l’adresse de l’API du serveur, par exemple http://host:8080/api, avec l’ID d’application et la clé d’API REST. Le http simple vers une autre machine envoie votre mot de passe en clair : ProfileDesk vous demande de l’autoriser explicitement, et pour ce serveur seulement.</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>The Directory and the Journal appear for accounts with the role SupportStaff. In the Backendless console, create that role under Users › Security roles and grant it FIND and UPDATE on the Users table. Without FIND the directory stays empty.</source>
        <translation>L’annuaire et le journal apparaissent pour les comptes ayant le rôle SupportStaff. Dans la console Backendless, créez ce rôle sous Users › Security roles et accordez-lui FIND et UPDATE sur la table Users. Sans FIND, l’annuaire reste vide.</translation>
    </message>
    <message>
        <source>In a one-line field of the profile: save it</source>
        <translation>Dans un champ d’une ligne du profil : l’enregistrer</translation>
    </message>
    <message>
        <source>In the sign-in dialog: sign in; in a dialog: confirm</source>
        <translation>Dans la boîte de connexion : se connecter ; dans une boîte de dialogue : valider</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the edit journal %1: %2</source>
        <translation>Impossible d’écrire le journal des modifications %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the edit journal %1: another program holds it.</source>
        <translation>Impossible d’écrire le journal des modifications %1 : un autre programme l’utilise.</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>No answer recorded</source>
        <translation>Aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Cancelled while sending (may have been applied)</source>
        <translation>Annulé pendant l’envoi (peut avoir été appliqué)</translation>
    </message>
    <message>
        <source>Failed: %1 (code %2)</source>
        <translation>Échec : %1 (code %2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1 : modifié</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>%1 · not sent</source>
        <translation>%1 · non envoyée</translation>
    </message>
    <message>
        <source>%1 · not sent to the server yet</source>
        <translation>%1 · pas encore envoyée au serveur</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre :</translation>
    </message>
    <message>
        <source>User, staff, field, value or reason</source>
        <translation>Utilisateur, équipe, champ, valeur ou motif</translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Filtrer le journal</translation>
    </message>
    <message>
        <source>Re&amp;sult:</source>
        <translation>Ré&amp;sultat :</translation>
    </message>
    <message>
        <source>Edit journal</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Enregistrer les entrées affichées dans un fichier CSV</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>edit-journal-%1.csv</source>
        <translation>journal-modifications-%1.csv</translation>
    </message>
    <message>
        <source>Export the edit journal</source>
        <translation>Exporter le journal des modifications</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The journal could not be exported to %1: %2</source>
        <translation>Le journal n’a pas pu être exporté vers %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff edits are recorded yet. Each save in a user&apos;s tab adds one here.</source>
        <translation>Aucune modification par le support n’est encore enregistrée. Chaque enregistrement dans l’onglet d’un utilisateur en ajoute une ici.</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>Plus &amp;récentes</translation>
    </message>
    <message>
        <source>The previous page: newer entries</source>
        <translation>La page précédente : entrées plus récentes</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Plus a&amp;nciennes</translation>
    </message>
    <message>
        <source>The next page: older entries</source>
        <translation>La page suivante : entrées plus anciennes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Read the team journal from the server again</source>
        <translation>Relire le journal de l’équipe sur le serveur</translation>
    </message>
    <message>
        <source>Si&amp;gn in again…</source>
        <translation>Se reconnec&amp;ter…</translation>
    </message>
    <message>
        <source>Your session ended. Sign in again to read the team journal.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour lire le journal de l’équipe.</translation>
    </message>
    <message>
        <source>This app has no ProfileDeskJournal table yet, so the team&apos;s journal cannot be read or written. Create it as the README says (&quot;The team journal&quot;); until then edits stay in this PC&apos;s outbox.</source>
        <translation>Cette application n’a pas encore de table ProfileDeskJournal : le journal de l’équipe ne peut être ni lu ni écrit. Créez-la comme l’indique le README (« The team journal ») ; d’ici là, les modifications restent dans la boîte d’envoi de ce PC.</translation>
    </message>
    <message>
        <source>Your account may not read the team journal: the table ProfileDeskJournal needs the FIND permission for the role SupportStaff.</source>
        <translation>Votre compte ne peut pas lire le journal de l’équipe : la table ProfileDeskJournal doit accorder la permission FIND au rôle SupportStaff.</translation>
    </message>
    <message>
        <source>The team journal could not be read: %1</source>
        <translation>Le journal de l’équipe n’a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>Entries of this PC not on the server yet: %n. They are sent when it can be reached.</source>
        <translation>
            <numerusform>Entrées de ce PC pas encore sur le serveur : %n. Elles seront envoyées dès qu’il sera joignable.</numerusform>
            <numerusform>Entrées de ce PC pas encore sur le serveur : %n. Elles seront envoyées dès qu’il sera joignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show columns</source>
        <translation>Afficher les colonnes</translation>
    </message>
    <message>
        <source>Reading the team journal…</source>
        <translation>Lecture du journal de l’équipe…</translation>
    </message>
    <message>
        <source>No entries match the filter. Clear it to see all entries.</source>
        <translation>Aucune entrée ne correspond au filtre. Videz-le pour voir toutes les entrées.</translation>
    </message>
    <message>
        <source>Entries %1–%2 of the team journal.</source>
        <translation>Entrées %1 à %2 du journal de l’équipe.</translation>
    </message>
</context>
<context>
    <name>JournalingGateway</name>
    <message>
        <source>No way to ask for the reason of a change.</source>
        <translation>Aucun moyen de demander le motif d’une modification.</translation>
    </message>
    <message>
        <source>Not saved: a change to another user&apos;s profile needs a reason. Your changes are still in the form.</source>
        <translation>Non enregistré : modifier le profil d’un autre utilisateur demande un motif. Vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>The change was not sent: the edit journal cannot be written.</source>
        <translation>La modification n’a pas été envoyée : le journal des modifications ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>KeychainSessionStore</name>
    <message>
        <source>No keychain (such as GNOME Keyring or KWallet) is running, so ProfileDesk cannot keep you signed in. Everything else works; sign in again next time.</source>
        <translation>Aucun trousseau (comme GNOME Keyring ou KWallet) n’est actif : ProfileDesk ne peut pas garder votre session. Tout le reste fonctionne ; reconnectez-vous la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>LiveChangesView</name>
    <message>
        <source>Revie&amp;w…</source>
        <translation>E&amp;xaminer…</translation>
    </message>
    <message>
        <source>Changed on another device, and now shown as the server has it: %1.</source>
        <translation>Modifié sur un autre appareil, et maintenant affiché tel que le serveur l’a : %1.</translation>
    </message>
    <message>
        <source>Changed on another device while you were editing it: %1. Review the changes to choose which value to keep.</source>
        <translation>Modifié sur un autre appareil pendant que vous le modifiiez : %1. Examinez les modifications pour choisir la valeur à garder.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to ProfileDesk</source>
        <translation>Se connecter à ProfileDesk</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Afficher ou masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Le verrouillage des majuscules semble activé.</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>Res&amp;ter connecté</translation>
    </message>
    <message>
        <source>Keep the session in the system keychain so that the next start skips this dialog</source>
        <translation>Garder la session dans le trousseau du système pour que le prochain démarrage saute cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Mot de passe &amp;oublié ?</translation>
    </message>
    <message>
        <source>Send a password reset email to the address above</source>
        <translation>Envoyer un e-mail de réinitialisation du mot de passe à l’adresse ci-dessus</translation>
    </message>
    <message>
        <source>Ser&amp;ver settings</source>
        <translation>Paramètres du ser&amp;veur</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Demo accounts (email / password):</source>
        <translation>Comptes de démonstration (e-mail / mot de passe) :</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Enter your %1 first; the reset link is sent there.</source>
        <translation>Saisissez d’abord votre %1 ; le lien de réinitialisation y sera envoyé.</translation>
    </message>
    <message>
        <source>Requesting a password reset…</source>
        <translation>Demande de réinitialisation du mot de passe…</translation>
    </message>
    <message>
        <source>Stop signing in</source>
        <translation>Arrêter la connexion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1 :</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Connecté en tant que %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About ProfileDesk</source>
        <translation>À &amp;propos de ProfileDesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Connecting to your Backendless app</source>
        <translation>Se &amp;connecter à votre application Backendless</translation>
    </message>
    <message>
        <source>%1[*] – ProfileDesk</source>
        <translation>%1[*] – ProfileDesk</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Mises à jour en direct suspendues</translation>
    </message>
    <message>
        <source>Changes made elsewhere show up again once the connection is back; saving works as before.</source>
        <translation>Les modifications faites ailleurs réapparaîtront dès le retour de la connexion ; l’enregistrement fonctionne comme avant.</translation>
    </message>
</context>
<context>
    <name>MemorySessionStore</name>
    <message>
        <source>The session store is switched off.</source>
        <translation>Le stockage des sessions est désactivé.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>PasswordChange</name>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>Not your current password</source>
        <translation>Pas votre mot de passe actuel</translation>
    </message>
    <message>
        <source>Not the same as %1</source>
        <translation>Différent de %1</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>This password does not follow the rule below.</source>
        <translation>Ce mot de passe ne respecte pas la règle ci-dessous.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Enter the new password again.</source>
        <translation>Saisissez à nouveau le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Not changed yet: your session ended. Sign in again and the change goes through.</source>
        <translation>Pas encore modifié : votre session a pris fin. Reconnectez-vous et la modification sera effectuée.</translation>
    </message>
</context>
<context>
    <name>PasswordChangePanel</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe a&amp;ctuel :</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password rule</source>
        <translation>Règle du mot de passe</translation>
    </message>
    <message>
        <source>Confirm ne&amp;w password:</source>
        <translation>Confirme&amp;r le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Sh&amp;ow passwords</source>
        <translation>Affic&amp;her les mots de passe</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Afficher les mots de passe</translation>
    </message>
    <message>
        <source>Changing password</source>
        <translation>Modification du mot de passe</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>Chan&amp;ger le mot de passe</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Modification de votre mot de passe…</translation>
    </message>
</context>
<context>
    <name>PictureCropDialog</name>
    <message>
        <source>Crop the Picture</source>
        <translation>Recadrer l&apos;image</translation>
    </message>
    <message>
        <source>Choose the part of the image that becomes the picture.</source>
        <translation>Choisissez la partie de l&apos;image qui deviendra la photo.</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move the picture; + and − or the wheel zoom.</source>
        <translation>Faites glisser ou utilisez les flèches pour déplacer l&apos;image ; + et − ou la molette zooment.</translation>
    </message>
    <message>
        <source>&amp;Use Picture</source>
        <translation>&amp;Utiliser l&apos;image</translation>
    </message>
</context>
<context>
    <name>PictureCropView</name>
    <message>
        <source>Picture crop</source>
        <translation>Recadrage de l&apos;image</translation>
    </message>
    <message>
        <source>Arrow keys move the picture, plus and minus zoom in and out, Home starts over.</source>
        <translation>Les flèches déplacent l&apos;image, plus et moins zooment, Origine recommence.</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Choose an image file; you can also drop one here or paste one.</source>
        <translation>Choisissez un fichier image ; vous pouvez aussi en déposer un ici ou en coller un.</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Supprimer la photo</translation>
    </message>
    <message>
        <source>Picture upload</source>
        <translation>Envoi de la photo</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>La photo n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>The profile picture</source>
        <translation>La photo de profil</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Lecture de l&apos;image…</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>Préparation de la photo…</translation>
    </message>
</context>
<context>
    <name>PictureImage</name>
    <message>
        <source>This file is larger than %1 MB. Choose a smaller image.</source>
        <translation>Ce fichier dépasse %1 Mo. Choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>This image has too many pixels (more than %1 megapixels).</source>
        <translation>Cette image a trop de pixels (plus de %1 mégapixels).</translation>
    </message>
    <message>
        <source>This file is not an image ProfileDesk can read. It reads %1 files.</source>
        <translation>Ce fichier n’est pas une image que ProfileDesk sait lire. Formats lisibles : %1.</translation>
    </message>
    <message>
        <source>This image is damaged or incomplete.</source>
        <translation>Cette image est endommagée ou incomplète.</translation>
    </message>
</context>
<context>
    <name>PictureStore</name>
    <message>
        <source>The picture cannot be kept until it is saved: there is no place for it on this computer.</source>
        <translation>La photo ne peut pas être conservée jusqu&apos;à l&apos;enregistrement : il n&apos;y a pas de place pour elle sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The picture cannot be kept until it is saved: %1</source>
        <translation>La photo ne peut pas être conservée jusqu&apos;à l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>The chosen picture is no longer on this computer. Choose it again.</source>
        <translation>La photo choisie n&apos;est plus sur cet ordinateur. Choisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>The picture&apos;s address cannot be read.</source>
        <translation>L&apos;adresse de la photo ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>La photo n&apos;a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profile editor</source>
        <translation>Éditeur de profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Add a property</source>
        <translation>Ajouter une propriété</translation>
    </message>
    <message>
        <source>New property name</source>
        <translation>Nom de la nouvelle propriété</translation>
    </message>
    <message>
        <source>e.g. nickname</source>
        <translation>p. ex. surnom</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>New property value</source>
        <translation>Valeur de la nouvelle propriété</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ajou&amp;ter</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop saving; your changes stay in the form</source>
        <translation>Arrêter l’enregistrement ; vos modifications restent dans le formulaire</translation>
    </message>
    <message>
        <source>&amp;Revert all</source>
        <translation>Tout réta&amp;blir</translation>
    </message>
    <message>
        <source>Undo every change since the last save</source>
        <translation>Annuler toutes les modifications depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Unsaved changes from your last session were restored. Save them, or revert what you do not want.</source>
        <translation>Les modifications non enregistrées de votre dernière session ont été restaurées. Enregistrez-les, ou rétablissez ce que vous ne voulez pas.</translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation>Vos modifications ont été enregistrées.</translation>
    </message>
    <message>
        <source>Not saved: the profile was changed on the server. Your changes are still here.</source>
        <translation>Non enregistré : le profil a été modifié sur le serveur. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Non enregistré : corrigez d’abord les champs signalés.</translation>
    </message>
    <message>
        <source>The property cannot be added while the profile is being saved.</source>
        <translation>La propriété ne peut pas être ajoutée pendant l’enregistrement du profil.</translation>
    </message>
    <message>
        <source>Your changes were saved. Changed on another device meanwhile, and now shown as the server has them: %1.</source>
        <translation>Vos modifications ont été enregistrées. Modifié entre-temps sur un autre appareil, et maintenant affiché tel que le serveur l’a : %1.</translation>
    </message>
    <message>
        <source>S&amp;ign in again…</source>
        <translation>&amp;Se reconnecter…</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Server settin&amp;gs…</source>
        <translation>&amp;Paramètres du serveur…</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Changer &amp;le mot de passe…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Show or hide the password change</source>
        <translation>Afficher ou masquer le changement de mot de passe</translation>
    </message>
</context>
<context>
    <name>ProfileHead</name>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Membre depuis le %1</translation>
    </message>
    <message>
        <source>Last sign-in %1</source>
        <translation>Dernière connexion le %1</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>No picture of %1</source>
        <translation>Aucune photo de %1</translation>
    </message>
</context>
<context>
    <name>ProfileSave</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The server did not store every property.</source>
        <translation>Le serveur n’a pas enregistré toutes les propriétés.</translation>
    </message>
    <message>
        <source>Pictures cannot be uploaded here.</source>
        <translation>Les photos ne peuvent pas être envoyées ici.</translation>
    </message>
</context>
<context>
    <name>PropertyDef</name>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 doit être un nombre entier, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 doit être un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 doit valoir true ou false, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS), not &quot;%2&quot;.</source>
        <translation>%1 doit être une date (AAAA-MM-JJ) ou une date et heure (AAAA-MM-JJTHH:MM:SS), pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>%1 ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>PropertyLabels</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d’information</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>ID d’objet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Password reset email</source>
        <translation>E-mail de réinitialisation du mot de passe</translation>
    </message>
    <message>
        <source>Confirmation email</source>
        <translation>E-mail de confirmation</translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This value is not valid here.</source>
        <translation>Cette valeur n’est pas valide ici.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Enter a whole number between %1 and %2.</source>
        <translation>Saisissez un nombre entier entre %1 et %2.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>Enter a finite number.</source>
        <translation>Saisissez un nombre fini.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choisissez oui ou non.</translation>
    </message>
    <message>
        <source>This value does not have the format the app requires (pattern %1).</source>
        <translation>Cette valeur n’a pas le format exigé par l’application (motif %1).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>Only these characters are allowed here: %1.</source>
        <translation>Seuls ces caractères sont autorisés ici : %1.</translation>
    </message>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Saisissez une date, par exemple %1.</translation>
    </message>
    <message>
        <source>%1 is in the future: check the year of this birthday.</source>
        <translation>%1 est dans le futur : vérifiez l’année de cette date de naissance.</translation>
    </message>
    <message>
        <source>%1 is more than %2 years ago: check the year of this birthday.</source>
        <translation>%1 remonte à plus de %2 ans : vérifiez l’année de cette date de naissance.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for this change</source>
        <translation>Motif de cette modification</translation>
    </message>
    <message>
        <source>&amp;Reason (required, recorded in the edit journal):</source>
        <translation>&amp;Motif (obligatoire, consigné dans le journal des modifications) :</translation>
    </message>
    <message>
        <source>e.g. Ticket 1234: the customer asked to correct their name</source>
        <translation>p. ex. Ticket 1234 : le client a demandé de corriger son nom</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>Without a reason nothing is saved; your changes stay in the form.</source>
        <translation>Sans motif, rien n’est enregistré ; vos modifications restent dans le formulaire.</translation>
    </message>
    <message>
        <source>You are saving the profile of %1.</source>
        <translation>Vous enregistrez le profil de %1.</translation>
    </message>
    <message>
        <source>You are changing %1 in the profile of %2.</source>
        <translation>Vous modifiez %1 dans le profil de %2.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>https://example.backendless.app/api</source>
        <translation>https://example.backendless.app/api</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Identifiant d’application</translation>
    </message>
    <message>
        <source>REST API &amp;key:</source>
        <translation>&amp;Clé d’API REST :</translation>
    </message>
    <message>
        <source>REST API key</source>
        <translation>Clé d’API REST</translation>
    </message>
    <message>
        <source>Local demo server</source>
        <translation>Serveur de démonstration local</translation>
    </message>
    <message>
        <source>Backendless (US)</source>
        <translation>Backendless (États-Unis)</translation>
    </message>
    <message>
        <source>Backendless (EU)</source>
        <translation>Backendless (UE)</translation>
    </message>
    <message>
        <source>Custom domain or Backendless Pro</source>
        <translation>Domaine personnalisé ou Backendless Pro</translation>
    </message>
    <message>
        <source>The demo server started with this window.</source>
        <translation>Le serveur de démonstration lancé avec cette fenêtre.</translation>
    </message>
    <message>
        <source>A profiledesk-server running on this computer.</source>
        <translation>Un profiledesk-server qui tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your application ID and REST API key are in the Backendless Console, under Manage &gt; App Settings.</source>
        <translation>Votre identifiant d’application et votre clé d’API REST se trouvent dans la Backendless Console, sous Manage &gt; App Settings.</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;http:// to this server</source>
        <translation>Autoriser &amp;http:// non chiffré vers ce serveur</translation>
    </message>
    <message>
        <source>Allow unencrypted connection</source>
        <translation>Autoriser une connexion non chiffrée</translation>
    </message>
    <message>
        <source>Warning: your password and session will cross the network unencrypted; anyone on the way can read them. Allow this only for a server on a network you trust.</source>
        <translation>Attention : votre mot de passe et votre session traverseront le réseau sans chiffrement ; n’importe qui sur le trajet peut les lire. N’autorisez cela que pour un serveur sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>For a custom domain or a backendless.app subdomain, enter https://…/api and leave the ID and key empty. For Backendless Pro, enter http://host:8080/api with the application ID and REST API key.</source>
        <translation>Pour un domaine personnalisé ou un sous-domaine backendless.app, saisissez https://…/api et laissez l’identifiant et la clé vides. Pour Backendless Pro, saisissez http://hôte:8080/api avec l’identifiant d’application et la clé d’API REST.</translation>
    </message>
    <message>
        <source>Serve&amp;r:</source>
        <translation>Serveu&amp;r :</translation>
    </message>
    <message>
        <source>&amp;Application ID:</source>
        <translation>&amp;Identifiant d’application :</translation>
    </message>
    <message>
        <source>on the local demo server, %1</source>
        <translation>sur le serveur de démonstration local, %1</translation>
    </message>
    <message>
        <source>on Backendless (US)</source>
        <translation>sur Backendless (États-Unis)</translation>
    </message>
    <message>
        <source>on Backendless (EU)</source>
        <translation>sur Backendless (UE)</translation>
    </message>
    <message>
        <source>on a server still to be chosen in Server settings</source>
        <translation>sur un serveur à choisir dans les paramètres du serveur</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved yet.</source>
        <translation>Votre profil contient des modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Les enregistrer avant de partir ?</translation>
    </message>
    <message>
        <source>The profile of %1 has changes that are not saved yet.</source>
        <translation>Le profil de %1 contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Email or name</source>
        <translation>E-mail ou nom</translation>
    </message>
    <message>
        <source>Search users by email or name</source>
        <translation>Rechercher des utilisateurs par e-mail ou nom</translation>
    </message>
    <message>
        <source>Match &amp;anywhere</source>
        <translation>Correspondance &amp;partout</translation>
    </message>
    <message>
        <source>Find the text anywhere in the email or name, not only at the start (slower on large user tables)</source>
        <translation>Trouver le texte n’importe où dans l’e-mail ou le nom, pas seulement au début (plus lent sur de grandes tables)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected user&apos;s profile in a tab (or double-click the row)</source>
        <translation>Ouvrir le profil de l’utilisateur sélectionné dans un onglet (ou double-cliquer sur la ligne)</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Utilisateurs : %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No users match “%1”. Check the spelling, or search for a shorter part.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ». Vérifiez l’orthographe ou cherchez une partie plus courte.</translation>
    </message>
    <message>
        <source>No users match “%1”. Try Match anywhere to find it inside emails and names.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ». Essayez « Correspondance partout » pour le trouver à l’intérieur des e-mails et des noms.</translation>
    </message>
    <message>
        <source>No users are visible. If there should be some, the SupportStaff role may lack FIND permission on the Users table.</source>
        <translation>Aucun utilisateur n’est visible. S’il devrait y en avoir, le rôle SupportStaff n’a peut-être pas la permission FIND sur la table Users.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Showing %1 of %2 users; scroll down for more.</source>
        <translation>%1 utilisateurs affichés sur %2 ; faites défiler pour voir la suite.</translation>
    </message>
    <message>
        <source>Si&amp;gn in again…</source>
        <translation>&amp;Se reconnecter…</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Show users by status</source>
        <translation>Afficher les utilisateurs par statut</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the users of this query, or the selected ones, as CSV or JSON</source>
        <translation>Enregistrer les utilisateurs de cette requête, ou ceux sélectionnés, en CSV ou JSON</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Confirmation pending</source>
        <translation>Confirmation en attente</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>users-%1.%2</source>
        <translation>utilisateurs-%1.%2</translation>
    </message>
    <message>
        <source>The users could not be exported to %1: %2</source>
        <translation>Les utilisateurs n’ont pas pu être exportés vers %1 : %2</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Export des utilisateurs…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exported %1 of %2 users…</source>
        <translation>%1 utilisateurs exportés sur %2…</translation>
    </message>
    <message>
        <source>Exported %1 users…</source>
        <translation>%1 utilisateurs exportés…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export annulé ; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The users could not be exported: %1</source>
        <translation>Les utilisateurs n’ont pas pu être exportés : %1</translation>
    </message>
    <message numerus="yes">
        <source>Export done: %1 (users: %n).</source>
        <translation>
            <numerusform>Export terminé : %1 (utilisateurs : %n).</numerusform>
            <numerusform>Export terminé : %1 (utilisateurs : %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDirectoryModel</name>
    <message>
        <source>Looks like another account: %1</source>
        <translation>Ressemble à un autre compte : %1</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Jamais connecté</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>UserDirectoryTabs</name>
    <message>
        <source>%1 looks like another account: %2.</source>
        <translation>%1 ressemble à un autre compte : %2.</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>Ann&amp;uaire</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Chargement du profil…</translation>
    </message>
    <message>
        <source>The profile could not be loaded: %1</source>
        <translation>Le profil n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>&amp;My profile</source>
        <translation>&amp;Mon profil</translation>
    </message>
    <message>
        <source>&amp;My profile *</source>
        <translation>&amp;Mon profil *</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are editing the profile of %1, as support staff. Each save asks for a reason and is recorded in the journal.</source>
        <translation>Vous modifiez le profil de %1 en tant que support. Chaque enregistrement demande un motif et est consigné dans le journal.</translation>
    </message>
</context>
<context>
    <name>UserExporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>L’export n’a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>Enter a name for the new property.</source>
        <translation>Saisissez un nom pour la nouvelle propriété.</translation>
    </message>
    <message>
        <source>A property name starts with a letter and holds only letters, digits and &apos;_&apos;.</source>
        <translation>Un nom de propriété commence par une lettre et ne contient que des lettres, des chiffres et « _ ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved.</source>
        <translation>« %1 » est réservé.</translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; already exists.</source>
        <translation>La propriété « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The server did not store this property. Its dynamic schema may be off.</source>
        <translation>Le serveur n’a pas enregistré cette propriété. Son schéma dynamique est peut-être désactivé.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>No user is logged in.</source>
        <translation>Aucun utilisateur n’est connecté.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Backendless user profiles.</source>
        <translation>Modifier les profils utilisateur Backendless.</translation>
    </message>
    <message>
        <source>Start the local demo server in this process and sign in to it.</source>
        <translation>Démarrer le serveur de démonstration local dans ce processus et s’y connecter.</translation>
    </message>
    <message>
        <source>User interface language: de, fr, es or en.</source>
        <translation>Langue de l’interface : de, fr, es ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Backendless application ID.</source>
        <translation>Identifiant d’application Backendless.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Backendless REST API key.</source>
        <translation>Clé d’API REST Backendless.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>ProfileDesk</source>
        <translation>ProfileDesk</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Server URL: a custom domain or *.backendless.app (…/api), Backendless Pro (http://HOST:8080/api with --app-id and --api-key), or the local server.</source>
        <translation>URL du serveur : un domaine personnalisé ou *.backendless.app (…/api), Backendless Pro (http://HÔTE:8080/api avec --app-id et --api-key), ou le serveur local.</translation>
    </message>
    <message>
        <source>Allow plain http:// to the server even though it is not this computer (remembered for that server).</source>
        <translation>Autoriser http:// non chiffré vers le serveur même s’il n’est pas cet ordinateur (mémorisé pour ce serveur).</translation>
    </message>
</context>
</TS>
