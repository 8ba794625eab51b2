<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ProfileDesk</source>
        <translation>Acerca de ProfileDesk</translation>
    </message>
    <message>
        <source>Edit Backendless user profiles.</source>
        <translation>Editar perfiles de usuario de Backendless.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Software libre bajo la licencia MIT.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>AccountStrip</name>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Confirmation pending</source>
        <translation>Confirmación pendiente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Disable, Enable and Roles need the ProfileDesk staff service, which this app does not have. &lt;a href=&quot;%1&quot;&gt;How to install it&lt;/a&gt;</source>
        <translation>Desactivar, Activar y Roles necesitan el servicio de ProfileDesk para el personal de soporte, que esta aplicación no tiene. &lt;a href=&quot;%1&quot;&gt;Cómo instalarlo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Disable, Enable and Roles need the ProfileDesk staff service</source>
        <translation>Desactivar, Activar y Roles necesitan el servicio de ProfileDesk para el personal de soporte</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Account status: %1</source>
        <translation>Estado de la cuenta: %1</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>sin cargar</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>Not disabled: what was typed is not %1.</source>
        <translation>No se ha desactivado: lo escrito no es %1.</translation>
    </message>
    <message>
        <source>Disable this account</source>
        <translation>Desactivar esta cuenta</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in, and their open sessions end now. Type %1 to confirm.</source>
        <translation>%1 no podrá iniciar sesión y sus sesiones abiertas terminan ahora. Escriba %1 para confirmar.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roles de %1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>Add role…</source>
        <translation>Añadir rol…</translation>
    </message>
    <message>
        <source>Remove role…</source>
        <translation>Quitar rol…</translation>
    </message>
    <message>
        <source>New role:</source>
        <translation>Nuevo rol:</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled; their sessions have ended.</source>
        <translation>La cuenta de %1 está desactivada; sus sesiones han terminado.</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled.</source>
        <translation>La cuenta de %1 está activada.</translation>
    </message>
    <message>
        <source>A password reset email is on its way to %1.</source>
        <translation>Un correo para restablecer la contraseña va de camino a %1.</translation>
    </message>
    <message>
        <source>The confirmation email is on its way to %1.</source>
        <translation>El correo de confirmación va de camino a %1.</translation>
    </message>
    <message>
        <source>%1&apos;s roles are now: %2.</source>
        <translation>Los roles de %1 son ahora: %2.</translation>
    </message>
    <message>
        <source>Disa&amp;ble…</source>
        <translation>Desac&amp;tivar…</translation>
    </message>
    <message>
        <source>Ena&amp;ble…</source>
        <translation>Ac&amp;tivar…</translation>
    </message>
    <message>
        <source>Send password reset emai&amp;l…</source>
        <translation>Enviar correo para restab&amp;lecer la contraseña…</translation>
    </message>
    <message>
        <source>Rese&amp;nd confirmation email…</source>
        <translation>Reenviar correo de confirmació&amp;n…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>R&amp;oles…</translation>
    </message>
    <message>
        <source>Link: How to install it. Enter opens it in the browser.</source>
        <translation>Enlace: Cómo instalarlo. Intro lo abre en el navegador.</translation>
    </message>
</context>
<context>
    <name>BlockingCall</name>
    <message>
        <source>A blocking call was refused on the GUI thread; use the non-blocking form.</source>
        <translation>Se rechazó una llamada bloqueante en el hilo de la interfaz; use la forma no bloqueante.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>No server is configured.</source>
        <translation>No hay ningún servidor configurado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«%1» no es una dirección de servidor.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local server).</source>
        <translation>La dirección del servidor debe empezar por https:// (o http:// para un servidor local).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a query or a fragment.</source>
        <translation>La dirección del servidor no debe contener un nombre de usuario, una consulta ni un fragmento.</translation>
    </message>
    <message>
        <source>Backendless cloud is only reachable over https://.</source>
        <translation>La nube de Backendless solo es accesible mediante https://.</translation>
    </message>
    <message>
        <source>Plain http:// to %1 would send your password and session unencrypted; use https:// or explicitly allow insecure connections.</source>
        <translation>Un http:// simple hacia %1 enviaría su contraseña y su sesión sin cifrar; use https:// o permita expresamente las conexiones inseguras.</translation>
    </message>
    <message>
        <source>Give both an application ID and a REST API key, or neither.</source>
        <translation>Indique tanto un ID de aplicación como una clave de API REST, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>Backendless cloud needs both an application ID and a REST API key.</source>
        <translation>La nube de Backendless necesita un ID de aplicación y una clave de API REST.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Profile changed on the server</source>
        <translation>Perfil modificado en el servidor</translation>
    </message>
    <message>
        <source>Someone else changed this profile since you opened it. For each field, choose which value to keep.</source>
        <translation>Otra persona cambió este perfil desde que lo abrió. Para cada campo, elija qué valor conservar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su valor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value on the server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valor en el servidor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Conservar todos los &amp;míos</translation>
    </message>
    <message>
        <source>Take all from the &amp;server</source>
        <translation>Tomar todo del &amp;servidor</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1: keep your value</source>
        <translation>%1: conservar su valor</translation>
    </message>
    <message>
        <source>%1: take the server&apos;s value</source>
        <translation>%1: tomar el valor del servidor</translation>
    </message>
</context>
<context>
    <name>DateTimeFieldEditor</name>
    <message>
        <source>For example %1</source>
        <translation>Por ejemplo %1</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Elegir una fecha</translation>
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
        <translation>Activado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Email not confirmed</source>
        <translation>Correo no confirmado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>El servidor informó del error %1.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede contactar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The server sent a reply that could not be understood (%1).</source>
        <translation>El servidor envió una respuesta que no se pudo entender (%1).</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>The profile form could not be loaded: %1</source>
        <translation>No se pudo cargar el formulario del perfil: %1</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>Wrong %1 or password.</source>
        <translation>%1 o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Enter your %1.</source>
        <translation>Introduzca su %1.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the connection and try again.</source>
        <translation>No se pudo contactar con el servidor. Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>El servidor no respondió a tiempo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server sent an answer ProfileDesk does not understand.</source>
        <translation>El servidor envió una respuesta que ProfileDesk no entiende.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Este usuario ya no existe.</translation>
    </message>
    <message>
        <source>Your account lacks the UPDATE permission on the Users table, so this change was not saved. Ask an administrator to grant it to your role (for example SupportStaff).</source>
        <translation>Su cuenta no tiene el permiso UPDATE sobre la tabla Users, así que este cambio no se guardó. Pida a un administrador que se lo conceda a su rol (por ejemplo SupportStaff).</translation>
    </message>
    <message>
        <source>Your account lacks the FIND permission on the Users table, so users cannot be listed or opened. Ask an administrator to grant it to your role (for example SupportStaff).</source>
        <translation>Su cuenta no tiene el permiso FIND sobre la tabla Users, así que no se pueden listar ni abrir usuarios. Pida a un administrador que se lo conceda a su rol (por ejemplo SupportStaff).</translation>
    </message>
    <message>
        <source>The application id or REST API key is wrong, or the application is disabled. Check the server settings.</source>
        <translation>El ID de aplicación o la clave de API REST son incorrectos, o la aplicación está desactivada. Compruebe la configuración del servidor.</translation>
    </message>
    <message>
        <source>Signing in is disabled for this account.</source>
        <translation>El inicio de sesión está desactivado para esta cuenta.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo electrónico o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Introduzca su correo electrónico y su contraseña.</translation>
    </message>
    <message>
        <source>Another account already uses this value.</source>
        <translation>Otra cuenta ya usa este valor.</translation>
    </message>
    <message>
        <source>The server could not save the changes.</source>
        <translation>El servidor no pudo guardar los cambios.</translation>
    </message>
    <message>
        <source>The server could not save the changes: %1</source>
        <translation>El servidor no pudo guardar los cambios: %1</translation>
    </message>
    <message>
        <source>You may not change another user&apos;s profile here.</source>
        <translation>Aquí no puede cambiar el perfil de otro usuario.</translation>
    </message>
    <message>
        <source>This user account does not exist.</source>
        <translation>Esta cuenta de usuario no existe.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later or reset your password.</source>
        <translation>Esta cuenta está bloqueada tras demasiados intentos fallidos. Vuelva a intentarlo más tarde o restablezca su contraseña.</translation>
    </message>
    <message>
        <source>Some required fields are empty.</source>
        <translation>Algunos campos obligatorios están vacíos.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Esta cuenta está desactivada.</translation>
    </message>
    <message>
        <source>The password reset email could not be sent. Try again later.</source>
        <translation>No se pudo enviar el correo para restablecer la contraseña. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request: %1 (code %2)</source>
        <translation>El servidor rechazó la solicitud: %1 (código %2)</translation>
    </message>
    <message>
        <source>This account is already signed in somewhere else, and this application refuses a second sign-in. Sign out there first, or wait until that session expires.</source>
        <translation>Esta cuenta ya tiene una sesión iniciada en otro lugar y esta aplicación rechaza un segundo inicio de sesión. Cierre primero la sesión allí o espere a que esa sesión caduque.</translation>
    </message>
    <message>
        <source>%1 Sign in again to save your changes.</source>
        <translation>%1 Vuelva a iniciar sesión para guardar sus cambios.</translation>
    </message>
    <message>
        <source>This account is signed in on as many devices as this application allows. Sign out on one of them, then try again.</source>
        <translation>Esta cuenta tiene sesión iniciada en tantos dispositivos como permite esta aplicación. Cierre la sesión en uno de ellos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your session ended: it expired, or this account signed in somewhere else.</source>
        <translation>Su sesión terminó: caducó o esta cuenta inició sesión en otro lugar.</translation>
    </message>
    <message>
        <source>If an account uses this address, a reset email is on its way.</source>
        <translation>Si alguna cuenta usa esta dirección, va de camino un correo para restablecer la contraseña.</translation>
    </message>
    <message>
        <source>No server called %1 could be found. Check the address in Server settings.</source>
        <translation>No se encontró ningún servidor llamado %1. Revise la dirección en la configuración del servidor.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 on this computer: the server is not running. If it was the demo server, start ProfileDesk with --demo, or choose another server.</source>
        <translation>Nada responde en %1 en este equipo: el servidor no está en marcha. Si era el servidor de demostración, inicie ProfileDesk con --demo, o elija otro servidor.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the server is not running there, or the port is wrong.</source>
        <translation>Nada responde en %1: el servidor no está en marcha allí, o el puerto es incorrecto.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: its certificate was not accepted.</source>
        <translation>No se pudo establecer una conexión segura con %1: su certificado no fue aceptado.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation>%1 cerró la conexión antes de responder. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the connection and try again.</source>
        <translation>No se pudo contactar con %1. Revise la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again.</source>
        <translation>%1 no respondió a tiempo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Another account already uses this email address.</source>
        <translation>Otra cuenta ya usa esta dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>This app does not take new properties. Its administrator can add this one in Backendless Console; until then, revert it to save the rest.</source>
        <translation>Esta aplicación no admite propiedades nuevas. Su administrador puede añadir esta en Backendless Console; mientras tanto, restablézcala para guardar el resto.</translation>
    </message>
    <message>
        <source>Enter your email.</source>
        <translation>Introduzca su correo electrónico.</translation>
    </message>
    <message>
        <source>This app does not take new properties. Its administrator can add them in Backendless Console.</source>
        <translation>Esta aplicación no admite propiedades nuevas. Su administrador puede añadirlas en Backendless Console.</translation>
    </message>
    <message>
        <source>The server expects another type of value for this property.</source>
        <translation>El servidor espera otro tipo de valor para esta propiedad.</translation>
    </message>
    <message>
        <source>This account&apos;s email address is not confirmed yet. Open the link in the confirmation email, then sign in.</source>
        <translation>La dirección de correo de esta cuenta aún no está confirmada. Abra el enlace del correo de confirmación y luego inicie sesión.</translation>
    </message>
    <message>
        <source>The server expects another type of value: %1</source>
        <translation>El servidor espera otro tipo de valor: %1</translation>
    </message>
    <message>
        <source>The Users table no longer has a column this list shows: %1. Reload the list.</source>
        <translation>La tabla Users ya no tiene una columna que muestra esta lista: %1. Vuelva a cargar la lista.</translation>
    </message>
    <message>
        <source>%1 Sign in again to see the users.</source>
        <translation>%1 Vuelva a iniciar sesión para ver los usuarios.</translation>
    </message>
    <message>
        <source>Check the application ID and REST API key, then sign in to save your changes; they are kept.</source>
        <translation>Compruebe el ID de aplicación y la clave de API REST y luego inicie sesión para guardar sus cambios; se conservan.</translation>
    </message>
    <message>
        <source>You are not signed in any more. Sign in to save your changes; they are kept.</source>
        <translation>Ya no ha iniciado sesión. Inicie sesión para guardar sus cambios; se conservan.</translation>
    </message>
    <message>
        <source>%1 Sign in again to save your changes; they are kept.</source>
        <translation>%1 Vuelva a iniciar sesión para guardar sus cambios; se conservan.</translation>
    </message>
    <message>
        <source>This account&apos;s email address is confirmed already.</source>
        <translation>La dirección de correo de esta cuenta ya está confirmada.</translation>
    </message>
    <message>
        <source>This application does not ask new users to confirm their email address.</source>
        <translation>Esta aplicación no pide a los usuarios nuevos que confirmen su dirección de correo.</translation>
    </message>
    <message>
        <source>No user has this email address any more.</source>
        <translation>Ya ningún usuario tiene esta dirección de correo.</translation>
    </message>
    <message>
        <source>This application has no such role. Roles are created in the Backendless Console.</source>
        <translation>Esta aplicación no tiene ese rol. Los roles se crean en la consola de Backendless.</translation>
    </message>
    <message>
        <source>Only support staff (the role SupportStaff) may do this.</source>
        <translation>Solo el personal de soporte (el rol SupportStaff) puede hacer esto.</translation>
    </message>
    <message>
        <source>Support staff cannot change another support staff account; an administrator can, in the Backendless Console.</source>
        <translation>El personal de soporte no puede cambiar otra cuenta de soporte; un administrador puede hacerlo en la consola de Backendless.</translation>
    </message>
    <message>
        <source>You cannot do this to your own account.</source>
        <translation>No puede hacer esto con su propia cuenta.</translation>
    </message>
    <message>
        <source>The role SupportStaff is given and taken in the Backendless Console only.</source>
        <translation>El rol SupportStaff solo se da y se quita en la consola de Backendless.</translation>
    </message>
    <message>
        <source>This needs the ProfileDesk staff service, which this application does not have yet.</source>
        <translation>Esto necesita el servicio de ProfileDesk para el personal de soporte, que esta aplicación aún no tiene.</translation>
    </message>
    <message>
        <source>A picture of that name is already on the server. Save again to upload it under a new name.</source>
        <translation>Ya hay una imagen con ese nombre en el servidor. Guarde de nuevo para subirla con otro nombre.</translation>
    </message>
    <message>
        <source>The picture is larger than the server accepts.</source>
        <translation>La imagen es más grande de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>The picture&apos;s file is not on the server (any more). Choose the picture again.</source>
        <translation>El archivo de la imagen no está (ya) en el servidor. Elija la imagen de nuevo.</translation>
    </message>
    <message>
        <source>The server has no room for more files. Ask an administrator.</source>
        <translation>El servidor no tiene espacio para más archivos. Consulte a un administrador.</translation>
    </message>
    <message>
        <source>You may not store a picture for this account.</source>
        <translation>No puede guardar una imagen para esta cuenta.</translation>
    </message>
    <message>
        <source>The picture was not uploaded: %1</source>
        <translation>La imagen no se subió: %1</translation>
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
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message numerus="yes">
        <source>Every user of the current &amp;query (%n)</source>
        <translation>
            <numerusform>El usuario de la consulta ac&amp;tual (%n)</numerusform>
            <numerusform>Todos los usuarios de la consulta ac&amp;tual (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user of the current &amp;query</source>
        <translation>Todos los usuarios de la consulta ac&amp;tual</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected users (%n)</source>
        <translation>
            <numerusform>El usuario &amp;seleccionado (%n)</numerusform>
            <numerusform>Los usuarios &amp;seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Colu&amp;mns (the password is never exported):</source>
        <translation>Colu&amp;mnas (la contraseña nunca se exporta):</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Columnas a exportar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Cambiado, aún sin guardar</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>%1 (sign-in)</source>
        <translation>%1 (inicio de sesión)</translation>
    </message>
    <message>
        <source>Used to sign in; must be unique</source>
        <translation>Se usa para iniciar sesión; debe ser único</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Revert %1 to the saved value</source>
        <translation>Restablecer %1 al valor guardado</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>Restablecer %1</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Cambiado en otro lugar</translation>
    </message>
    <message>
        <source>Changed elsewhere: just changed on another device, and now shown as the server has it</source>
        <translation>Cambiado en otro lugar: acaba de cambiarse en otro dispositivo y ahora se muestra como lo tiene el servidor</translation>
    </message>
</context>
<context>
    <name>FieldsBinder</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Connecting to your Backendless app</source>
        <translation>Conectar con su aplicación Backendless</translation>
    </message>
    <message>
        <source>Save the profile in front</source>
        <translation>Guardar el perfil visible</translation>
    </message>
    <message>
        <source>Close a dialog; while signing in, stop it</source>
        <translation>Cerrar un diálogo; durante el inicio de sesión, detenerlo</translation>
    </message>
    <message>
        <source>Next field; Shift+Tab goes back</source>
        <translation>Campo siguiente; Mayús+Tab vuelve atrás</translation>
    </message>
    <message>
        <source>The File menu (Save, Sign out, Quit)</source>
        <translation>El menú Archivo (Guardar, Cerrar sesión, Salir)</translation>
    </message>
    <message>
        <source>The Help menu</source>
        <translation>El menú Ayuda</translation>
    </message>
    <message>
        <source>Quit (unsaved changes are asked about first)</source>
        <translation>Salir (antes se pregunta por los cambios sin guardar)</translation>
    </message>
    <message>
        <source>An underlined letter in a label or button is its shortcut with Alt: Alt+S answers Save in the unsaved-changes question, Alt+D Discard. Support staff switch tabs with Alt and the underlined letter (My profile, Directory, Journal).</source>
        <translation>Una letra subrayada en una etiqueta o un botón es su atajo con Alt: en la pregunta por cambios sin guardar, Alt+G responde Guardar y Alt+D Descartar. El personal de soporte cambia de pestaña con Alt y la letra subrayada (Mi perfil, Directorio, Registro).</translation>
    </message>
    <message>
        <source>Open Server settings in the sign-in dialog and pick where your app runs. The application ID and the REST API key are on the Backendless console, under Manage › App Settings.</source>
        <translation>Abra los ajustes del servidor en el diálogo de inicio de sesión y elija dónde se ejecuta su aplicación. El ID de aplicación y la clave de la API REST están en la consola de Backendless, en Manage › App Settings.</translation>
    </message>
    <message>
        <source>Backendless US or EU</source>
        <translation>Backendless US o EU</translation>
    </message>
    <message>
        <source>The cloud clusters: choose one and enter the application ID and REST API key.</source>
        <translation>Los clústeres en la nube: elija uno e introduzca el ID de aplicación y la clave de la API REST.</translation>
    </message>
    <message>
        <source>Custom domain or subdomain</source>
        <translation>Dominio propio o subdominio</translation>
    </message>
    <message>
        <source>Enter the address your app answers on, such as https://yourapp.backendless.app/api. The ID and key are then part of that address and need not be entered.</source>
        <translation>Introduzca la dirección en la que responde su aplicación, por ejemplo https://yourapp.backendless.app/api. El ID y la clave forman entonces parte de esa dirección y no hace falta introducirlos.</translation>
    </message>
    <message>
        <source>Backendless Pro or self-hosted</source>
        <translation>Backendless Pro o servidor propio</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API address, such as http://host:8080/api, with the application ID and REST API key. Plain http to another machine sends your password unencrypted: ProfileDesk asks you to allow it explicitly, and only for that server.</source>
        <translation>Introduzca la dirección de la API del servidor, por ejemplo http://host:8080/api, con el ID de aplicación y la clave de la API REST. El http sin cifrar hacia otra máquina envía su contraseña sin cifrar: ProfileDesk le pide que lo permita expresamente, y solo para ese servidor.</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>Personal de soporte</translation>
    </message>
    <message>
        <source>The Directory and the Journal appear for accounts with the role SupportStaff. In the Backendless console, create that role under Users › Security roles and grant it FIND and UPDATE on the Users table. Without FIND the directory stays empty.</source>
        <translation>El directorio y el registro aparecen para las cuentas con el rol SupportStaff. En la consola de Backendless, cree ese rol en Users › Security roles y concédale FIND y UPDATE sobre la tabla Users. Sin FIND el directorio queda vacío.</translation>
    </message>
    <message>
        <source>In a one-line field of the profile: save it</source>
        <translation>En un campo de una línea del perfil: guardarlo</translation>
    </message>
    <message>
        <source>In the sign-in dialog: sign in; in a dialog: confirm</source>
        <translation>En el diálogo de inicio de sesión: iniciar sesión; en un diálogo: confirmar</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the edit journal %1: %2</source>
        <translation>No se puede escribir el registro de cambios %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the edit journal %1: another program holds it.</source>
        <translation>No se puede escribir el registro de cambios %1: otro programa lo está usando.</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>No answer recorded</source>
        <translation>No se registró ninguna respuesta</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Cancelled while sending (may have been applied)</source>
        <translation>Cancelado durante el envío (puede haberse aplicado)</translation>
    </message>
    <message>
        <source>Failed: %1 (code %2)</source>
        <translation>Error: %1 (código %2)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: cambiado</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: «%2» → «%3»</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>%1 · not sent</source>
        <translation>%1 · no enviada</translation>
    </message>
    <message>
        <source>%1 · not sent to the server yet</source>
        <translation>%1 · aún no enviada al servidor</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <source>User, staff, field, value or reason</source>
        <translation>Usuario, personal, campo, valor o motivo</translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Filtrar el registro</translation>
    </message>
    <message>
        <source>Re&amp;sult:</source>
        <translation>Resul&amp;tado:</translation>
    </message>
    <message>
        <source>Edit journal</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Guardar las entradas mostradas como archivo CSV</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>edit-journal-%1.csv</source>
        <translation>registro-cambios-%1.csv</translation>
    </message>
    <message>
        <source>Export the edit journal</source>
        <translation>Exportar el registro de cambios</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The journal could not be exported to %1: %2</source>
        <translation>No se pudo exportar el registro a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrada exportada a %1.</numerusform>
            <numerusform>%n entradas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff edits are recorded yet. Each save in a user&apos;s tab adds one here.</source>
        <translation>Aún no hay cambios del personal de soporte registrados. Cada guardado en la pestaña de un usuario añade uno aquí.</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>Más &amp;nuevas</translation>
    </message>
    <message>
        <source>The previous page: newer entries</source>
        <translation>La página anterior: entradas más nuevas</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Más anti&amp;guas</translation>
    </message>
    <message>
        <source>The next page: older entries</source>
        <translation>La página siguiente: entradas más antiguas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actua&amp;lizar</translation>
    </message>
    <message>
        <source>Read the team journal from the server again</source>
        <translation>Volver a leer el registro del equipo del servidor</translation>
    </message>
    <message>
        <source>Si&amp;gn in again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Your session ended. Sign in again to read the team journal.</source>
        <translation>Su sesión terminó. Vuelva a iniciar sesión para leer el registro del equipo.</translation>
    </message>
    <message>
        <source>This app has no ProfileDeskJournal table yet, so the team&apos;s journal cannot be read or written. Create it as the README says (&quot;The team journal&quot;); until then edits stay in this PC&apos;s outbox.</source>
        <translation>Esta aplicación aún no tiene la tabla ProfileDeskJournal, así que el registro del equipo no se puede leer ni escribir. Créela como indica el README («The team journal»); hasta entonces los cambios quedan en la bandeja de salida de este PC.</translation>
    </message>
    <message>
        <source>Your account may not read the team journal: the table ProfileDeskJournal needs the FIND permission for the role SupportStaff.</source>
        <translation>Su cuenta no puede leer el registro del equipo: la tabla ProfileDeskJournal necesita el permiso FIND para el rol SupportStaff.</translation>
    </message>
    <message>
        <source>The team journal could not be read: %1</source>
        <translation>No se pudo leer el registro del equipo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Entries of this PC not on the server yet: %n. They are sent when it can be reached.</source>
        <translation>
            <numerusform>Entradas de este PC aún no en el servidor: %n. Se enviarán cuando se pueda conectar.</numerusform>
            <numerusform>Entradas de este PC aún no en el servidor: %n. Se enviarán cuando se pueda conectar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show columns</source>
        <translation>Mostrar columnas</translation>
    </message>
    <message>
        <source>Reading the team journal…</source>
        <translation>Leyendo el registro del equipo…</translation>
    </message>
    <message>
        <source>No entries match the filter. Clear it to see all entries.</source>
        <translation>Ninguna entrada coincide con el filtro. Vacíelo para ver todas las entradas.</translation>
    </message>
    <message>
        <source>Entries %1–%2 of the team journal.</source>
        <translation>Entradas %1–%2 del registro del equipo.</translation>
    </message>
</context>
<context>
    <name>JournalingGateway</name>
    <message>
        <source>No way to ask for the reason of a change.</source>
        <translation>No hay forma de pedir el motivo de un cambio.</translation>
    </message>
    <message>
        <source>Not saved: a change to another user&apos;s profile needs a reason. Your changes are still in the form.</source>
        <translation>No guardado: un cambio en el perfil de otro usuario necesita un motivo. Sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <source>The change was not sent: the edit journal cannot be written.</source>
        <translation>El cambio no se envió: no se puede escribir el registro de cambios.</translation>
    </message>
</context>
<context>
    <name>KeychainSessionStore</name>
    <message>
        <source>No keychain (such as GNOME Keyring or KWallet) is running, so ProfileDesk cannot keep you signed in. Everything else works; sign in again next time.</source>
        <translation>No hay ningún llavero en marcha (como GNOME Keyring o KWallet), así que ProfileDesk no puede mantener su sesión. Todo lo demás funciona; inicie sesión de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>LiveChangesView</name>
    <message>
        <source>Revie&amp;w…</source>
        <translation>Re&amp;visar…</translation>
    </message>
    <message>
        <source>Changed on another device, and now shown as the server has it: %1.</source>
        <translation>Cambiado en otro dispositivo, y ahora se muestra como lo tiene el servidor: %1.</translation>
    </message>
    <message>
        <source>Changed on another device while you were editing it: %1. Review the changes to choose which value to keep.</source>
        <translation>Cambiado en otro dispositivo mientras lo editaba: %1. Revise los cambios para elegir qué valor conservar.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to ProfileDesk</source>
        <translation>Iniciar sesión en ProfileDesk</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>&amp;Mantener la sesión iniciada</translation>
    </message>
    <message>
        <source>Keep the session in the system keychain so that the next start skips this dialog</source>
        <translation>Guardar la sesión en el llavero del sistema para que el próximo inicio omita este diálogo</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>¿&amp;Olvidó la contraseña?</translation>
    </message>
    <message>
        <source>Send a password reset email to the address above</source>
        <translation>Enviar un correo para restablecer la contraseña a la dirección de arriba</translation>
    </message>
    <message>
        <source>Ser&amp;ver settings</source>
        <translation>Configuración del ser&amp;vidor</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <source>Demo accounts (email / password):</source>
        <translation>Cuentas de demostración (correo / contraseña):</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Enter your %1 first; the reset link is sent there.</source>
        <translation>Introduzca primero su %1; el enlace de restablecimiento se envía allí.</translation>
    </message>
    <message>
        <source>Requesting a password reset…</source>
        <translation>Solicitando el restablecimiento de la contraseña…</translation>
    </message>
    <message>
        <source>Stop signing in</source>
        <translation>Detener el inicio de sesión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About ProfileDesk</source>
        <translation>&amp;Acerca de ProfileDesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Connecting to your Backendless app</source>
        <translation>&amp;Conectar con su aplicación Backendless</translation>
    </message>
    <message>
        <source>%1[*] – ProfileDesk</source>
        <translation>%1[*] – ProfileDesk</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Actualizaciones en directo en pausa</translation>
    </message>
    <message>
        <source>Changes made elsewhere show up again once the connection is back; saving works as before.</source>
        <translation>Los cambios hechos en otro lugar volverán a aparecer cuando vuelva la conexión; guardar funciona como antes.</translation>
    </message>
</context>
<context>
    <name>MemorySessionStore</name>
    <message>
        <source>The session store is switched off.</source>
        <translation>El almacén de sesiones está desactivado.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>PasswordChange</name>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Not your current password</source>
        <translation>Distinta de su contraseña actual</translation>
    </message>
    <message>
        <source>Not the same as %1</source>
        <translation>Distinta de %1</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Introduzca una contraseña nueva.</translation>
    </message>
    <message>
        <source>This password does not follow the rule below.</source>
        <translation>Esta contraseña no cumple la regla de abajo.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Enter the new password again.</source>
        <translation>Introduzca de nuevo la contraseña nueva.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>Not changed yet: your session ended. Sign in again and the change goes through.</source>
        <translation>Aún no se ha cambiado: su sesión terminó. Vuelva a iniciar sesión y el cambio se realizará.</translation>
    </message>
</context>
<context>
    <name>PasswordChangePanel</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña ac&amp;tual:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ueva contraseña:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Password rule</source>
        <translation>Regla de la contraseña</translation>
    </message>
    <message>
        <source>Confirm ne&amp;w password:</source>
        <translation>Con&amp;firmar la nueva contraseña:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmar la nueva contraseña</translation>
    </message>
    <message>
        <source>Sh&amp;ow passwords</source>
        <translation>M&amp;ostrar contraseñas</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Mostrar contraseñas</translation>
    </message>
    <message>
        <source>Changing password</source>
        <translation>Cambiando la contraseña</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>Cambiar &amp;contraseña</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Cambiando su contraseña…</translation>
    </message>
</context>
<context>
    <name>PictureCropDialog</name>
    <message>
        <source>Crop the Picture</source>
        <translation>Recortar la imagen</translation>
    </message>
    <message>
        <source>Choose the part of the image that becomes the picture.</source>
        <translation>Elija la parte de la imagen que será la foto.</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move the picture; + and − or the wheel zoom.</source>
        <translation>Arrastre o use las flechas para mover la imagen; + y − o la rueda acercan y alejan.</translation>
    </message>
    <message>
        <source>&amp;Use Picture</source>
        <translation>&amp;Usar imagen</translation>
    </message>
</context>
<context>
    <name>PictureCropView</name>
    <message>
        <source>Picture crop</source>
        <translation>Recorte de la imagen</translation>
    </message>
    <message>
        <source>Arrow keys move the picture, plus and minus zoom in and out, Home starts over.</source>
        <translation>Las flechas mueven la imagen, más y menos acercan y alejan, Inicio vuelve a empezar.</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose an image file; you can also drop one here or paste one.</source>
        <translation>Elija un archivo de imagen; también puede soltarlo aquí o pegarlo.</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>Picture upload</source>
        <translation>Subida de la foto</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Cargando la foto…</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>No se pudo cargar la foto.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>The profile picture</source>
        <translation>La foto de perfil</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>Preparando la foto…</translation>
    </message>
</context>
<context>
    <name>PictureImage</name>
    <message>
        <source>This file is larger than %1 MB. Choose a smaller image.</source>
        <translation>Este archivo supera los %1 MB. Elija una imagen más pequeña.</translation>
    </message>
    <message>
        <source>This image has too many pixels (more than %1 megapixels).</source>
        <translation>Esta imagen tiene demasiados píxeles (más de %1 megapíxeles).</translation>
    </message>
    <message>
        <source>This file is not an image ProfileDesk can read. It reads %1 files.</source>
        <translation>Este archivo no es una imagen que ProfileDesk pueda leer. Formatos admitidos: %1.</translation>
    </message>
    <message>
        <source>This image is damaged or incomplete.</source>
        <translation>Esta imagen está dañada o incompleta.</translation>
    </message>
</context>
<context>
    <name>PictureStore</name>
    <message>
        <source>The picture cannot be kept until it is saved: there is no place for it on this computer.</source>
        <translation>La foto no se puede conservar hasta guardarla: no hay sitio para ella en este equipo.</translation>
    </message>
    <message>
        <source>The picture cannot be kept until it is saved: %1</source>
        <translation>La foto no se puede conservar hasta guardarla: %1</translation>
    </message>
    <message>
        <source>The chosen picture is no longer on this computer. Choose it again.</source>
        <translation>La foto elegida ya no está en este equipo. Elíjala de nuevo.</translation>
    </message>
    <message>
        <source>The picture&apos;s address cannot be read.</source>
        <translation>No se puede leer la dirección de la foto.</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>No se pudo cargar la foto.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profile editor</source>
        <translation>Editor de perfil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Add a property</source>
        <translation>Añadir una propiedad</translation>
    </message>
    <message>
        <source>New property name</source>
        <translation>Nombre de la nueva propiedad</translation>
    </message>
    <message>
        <source>e.g. nickname</source>
        <translation>p. ej. apodo</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>New property value</source>
        <translation>Valor de la nueva propiedad</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añad&amp;ir</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop saving; your changes stay in the form</source>
        <translation>Detener el guardado; sus cambios se quedan en el formulario</translation>
    </message>
    <message>
        <source>&amp;Revert all</source>
        <translation>&amp;Restablecer todo</translation>
    </message>
    <message>
        <source>Undo every change since the last save</source>
        <translation>Deshacer todos los cambios desde el último guardado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <source>Unsaved changes from your last session were restored. Save them, or revert what you do not want.</source>
        <translation>Se restauraron los cambios sin guardar de su última sesión. Guárdelos o restablezca lo que no quiera.</translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation>Sus cambios se guardaron.</translation>
    </message>
    <message>
        <source>Not saved: the profile was changed on the server. Your changes are still here.</source>
        <translation>No guardado: el perfil cambió en el servidor. Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>No guardado: corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>The property cannot be added while the profile is being saved.</source>
        <translation>La propiedad no se puede añadir mientras se guarda el perfil.</translation>
    </message>
    <message>
        <source>Your changes were saved. Changed on another device meanwhile, and now shown as the server has them: %1.</source>
        <translation>Sus cambios se guardaron. Cambiado mientras tanto en otro dispositivo, y ahora se muestra como lo tiene el servidor: %1.</translation>
    </message>
    <message>
        <source>S&amp;ign in again…</source>
        <translation>Volver a i&amp;niciar sesión…</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>R&amp;eintentar</translation>
    </message>
    <message>
        <source>Server settin&amp;gs…</source>
        <translation>Configuración de&amp;l servidor…</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Datos de la cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Actuali&amp;zar la contraseña…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Actualizar la contraseña…</translation>
    </message>
    <message>
        <source>Show or hide the password change</source>
        <translation>Mostrar u ocultar el cambio de contraseña</translation>
    </message>
</context>
<context>
    <name>ProfileHead</name>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Miembro desde el %1</translation>
    </message>
    <message>
        <source>Last sign-in %1</source>
        <translation>Último inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>No picture of %1</source>
        <translation>Sin foto de %1</translation>
    </message>
</context>
<context>
    <name>ProfileSave</name>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>The server did not store every property.</source>
        <translation>El servidor no guardó todas las propiedades.</translation>
    </message>
    <message>
        <source>Pictures cannot be uploaded here.</source>
        <translation>Aquí no se pueden subir fotos.</translation>
    </message>
</context>
<context>
    <name>PropertyDef</name>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 debe ser un número entero, no «%2».</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 debe ser un número, no «%2».</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 debe ser true o false, no «%2».</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS), not &quot;%2&quot;.</source>
        <translation>%1 debe ser una fecha (AAAA-MM-DD) o fecha y hora (AAAA-MM-DDTHH:MM:SS), no «%2».</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>%1 no se puede editar.</translation>
    </message>
</context>
<context>
    <name>PropertyLabels</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>ID de objeto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Password reset email</source>
        <translation>Correo para restablecer la contraseña</translation>
    </message>
    <message>
        <source>Confirmation email</source>
        <translation>Correo de confirmación</translation>
    </message>
</context>
<context>
    <name>PropertyValue</name>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This value is not valid here.</source>
        <translation>Este valor no es válido aquí.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Introduzca un número entero.</translation>
    </message>
    <message>
        <source>Enter a whole number between %1 and %2.</source>
        <translation>Introduzca un número entero entre %1 y %2.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message>
        <source>Enter a finite number.</source>
        <translation>Introduzca un número finito.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Elija sí o no.</translation>
    </message>
    <message>
        <source>This value does not have the format the app requires (pattern %1).</source>
        <translation>Este valor no tiene el formato que exige la aplicación (patrón %1).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Only these characters are allowed here: %1.</source>
        <translation>Aquí solo se permiten estos caracteres: %1.</translation>
    </message>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Introduzca una fecha, por ejemplo %1.</translation>
    </message>
    <message>
        <source>%1 is in the future: check the year of this birthday.</source>
        <translation>%1 está en el futuro: compruebe el año de este cumpleaños.</translation>
    </message>
    <message>
        <source>%1 is more than %2 years ago: check the year of this birthday.</source>
        <translation>%1 fue hace más de %2 años: compruebe el año de este cumpleaños.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyFieldEditor</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for this change</source>
        <translation>Motivo de este cambio</translation>
    </message>
    <message>
        <source>&amp;Reason (required, recorded in the edit journal):</source>
        <translation>&amp;Motivo (obligatorio, se anota en el registro de cambios):</translation>
    </message>
    <message>
        <source>e.g. Ticket 1234: the customer asked to correct their name</source>
        <translation>p. ej. Ticket 1234: el cliente pidió corregir su nombre</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>Without a reason nothing is saved; your changes stay in the form.</source>
        <translation>Sin motivo no se guarda nada; sus cambios se quedan en el formulario.</translation>
    </message>
    <message>
        <source>You are saving the profile of %1.</source>
        <translation>Está guardando el perfil de %1.</translation>
    </message>
    <message>
        <source>You are changing %1 in the profile of %2.</source>
        <translation>Está cambiando %1 en el perfil de %2.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>https://example.backendless.app/api</source>
        <translation>https://example.backendless.app/api</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID de aplicación</translation>
    </message>
    <message>
        <source>REST API &amp;key:</source>
        <translation>Clave de API RES&amp;T:</translation>
    </message>
    <message>
        <source>REST API key</source>
        <translation>Clave de API REST</translation>
    </message>
    <message>
        <source>Local demo server</source>
        <translation>Servidor de demostración local</translation>
    </message>
    <message>
        <source>Backendless (US)</source>
        <translation>Backendless (EE. UU.)</translation>
    </message>
    <message>
        <source>Backendless (EU)</source>
        <translation>Backendless (UE)</translation>
    </message>
    <message>
        <source>Custom domain or Backendless Pro</source>
        <translation>Dominio propio o Backendless Pro</translation>
    </message>
    <message>
        <source>The demo server started with this window.</source>
        <translation>El servidor de demostración iniciado con esta ventana.</translation>
    </message>
    <message>
        <source>A profiledesk-server running on this computer.</source>
        <translation>Un profiledesk-server que se ejecuta en este equipo.</translation>
    </message>
    <message>
        <source>Your application ID and REST API key are in the Backendless Console, under Manage &gt; App Settings.</source>
        <translation>Su ID de aplicación y su clave de API REST están en la Backendless Console, en Manage &gt; App Settings.</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;http:// to this server</source>
        <translation>Permitir &amp;http:// sin cifrar a este servidor</translation>
    </message>
    <message>
        <source>Allow unencrypted connection</source>
        <translation>Permitir una conexión sin cifrar</translation>
    </message>
    <message>
        <source>Warning: your password and session will cross the network unencrypted; anyone on the way can read them. Allow this only for a server on a network you trust.</source>
        <translation>Advertencia: su contraseña y su sesión cruzarán la red sin cifrar; cualquiera en el camino puede leerlas. Permítalo solo para un servidor en una red de confianza.</translation>
    </message>
    <message>
        <source>For a custom domain or a backendless.app subdomain, enter https://…/api and leave the ID and key empty. For Backendless Pro, enter http://host:8080/api with the application ID and REST API key.</source>
        <translation>Para un dominio propio o un subdominio de backendless.app, introduzca https://…/api y deje vacíos el ID y la clave. Para Backendless Pro, introduzca http://host:8080/api con el ID de aplicación y la clave de API REST.</translation>
    </message>
    <message>
        <source>Serve&amp;r:</source>
        <translation>Servi&amp;dor:</translation>
    </message>
    <message>
        <source>&amp;Application ID:</source>
        <translation>ID de la a&amp;plicación:</translation>
    </message>
    <message>
        <source>on the local demo server, %1</source>
        <translation>en el servidor de demostración local, %1</translation>
    </message>
    <message>
        <source>on Backendless (US)</source>
        <translation>en Backendless (EE. UU.)</translation>
    </message>
    <message>
        <source>on Backendless (EU)</source>
        <translation>en Backendless (UE)</translation>
    </message>
    <message>
        <source>on a server still to be chosen in Server settings</source>
        <translation>en un servidor aún por elegir en la configuración del servidor</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved yet.</source>
        <translation>Su perfil tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>¿Guardarlos antes de salir?</translation>
    </message>
    <message>
        <source>The profile of %1 has changes that are not saved yet.</source>
        <translation>El perfil de %1 tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Email or name</source>
        <translation>Correo o nombre</translation>
    </message>
    <message>
        <source>Search users by email or name</source>
        <translation>Buscar usuarios por correo o nombre</translation>
    </message>
    <message>
        <source>Match &amp;anywhere</source>
        <translation>Coincidir en &amp;cualquier parte</translation>
    </message>
    <message>
        <source>Find the text anywhere in the email or name, not only at the start (slower on large user tables)</source>
        <translation>Buscar el texto en cualquier parte del correo o el nombre, no solo al principio (más lento en tablas grandes)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>Open the selected user&apos;s profile in a tab (or double-click the row)</source>
        <translation>Abrir el perfil del usuario seleccionado en una pestaña (o hacer doble clic en la fila)</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Usuarios: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No users match “%1”. Check the spelling, or search for a shorter part.</source>
        <translation>Ningún usuario coincide con «%1». Revise la ortografía o busque una parte más corta.</translation>
    </message>
    <message>
        <source>No users match “%1”. Try Match anywhere to find it inside emails and names.</source>
        <translation>Ningún usuario coincide con «%1». Pruebe «Coincidir en cualquier parte» para encontrarlo dentro de correos y nombres.</translation>
    </message>
    <message>
        <source>No users are visible. If there should be some, the SupportStaff role may lack FIND permission on the Users table.</source>
        <translation>No hay usuarios visibles. Si debería haberlos, puede que al rol SupportStaff le falte el permiso FIND en la tabla Users.</translation>
    </message>
    <message>
        <source>Si&amp;gn in again…</source>
        <translation>Volver a i&amp;niciar sesión…</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>R&amp;eintentar</translation>
    </message>
    <message>
        <source>Showing %1 of %2 users; scroll down for more.</source>
        <translation>Se muestran %1 de %2 usuarios; desplácese hacia abajo para ver más.</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <source>Show users by status</source>
        <translation>Mostrar usuarios por estado</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the users of this query, or the selected ones, as CSV or JSON</source>
        <translation>Guardar los usuarios de esta consulta, o los seleccionados, como CSV o JSON</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Confirmation pending</source>
        <translation>Confirmación pendiente</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>users-%1.%2</source>
        <translation>usuarios-%1.%2</translation>
    </message>
    <message>
        <source>The users could not be exported to %1: %2</source>
        <translation>No se pudieron exportar los usuarios a %1: %2</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Exportando usuarios…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exported %1 of %2 users…</source>
        <translation>%1 de %2 usuarios exportados…</translation>
    </message>
    <message>
        <source>Exported %1 users…</source>
        <translation>%1 usuarios exportados…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Exportación cancelada; %1 no se escribió.</translation>
    </message>
    <message>
        <source>The users could not be exported: %1</source>
        <translation>No se pudieron exportar los usuarios: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export done: %1 (users: %n).</source>
        <translation>
            <numerusform>Exportación terminada: %1 (usuarios: %n).</numerusform>
            <numerusform>Exportación terminada: %1 (usuarios: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDirectoryModel</name>
    <message>
        <source>Looks like another account: %1</source>
        <translation>Se parece a otra cuenta: %1</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Nunca inició sesión</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>UserDirectoryTabs</name>
    <message>
        <source>%1 looks like another account: %2.</source>
        <translation>%1 se parece a otra cuenta: %2.</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Directorio</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>Regi&amp;stro</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Cargando el perfil…</translation>
    </message>
    <message>
        <source>The profile could not be loaded: %1</source>
        <translation>No se pudo cargar el perfil: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>&amp;My profile</source>
        <translation>&amp;Mi perfil</translation>
    </message>
    <message>
        <source>&amp;My profile *</source>
        <translation>&amp;Mi perfil *</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are editing the profile of %1, as support staff. Each save asks for a reason and is recorded in the journal.</source>
        <translation>Está editando el perfil de %1 como personal de soporte. Cada guardado pide un motivo y queda registrado en el registro.</translation>
    </message>
</context>
<context>
    <name>UserExporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>Enter a name for the new property.</source>
        <translation>Introduzca un nombre para la nueva propiedad.</translation>
    </message>
    <message>
        <source>A property name starts with a letter and holds only letters, digits and &apos;_&apos;.</source>
        <translation>Un nombre de propiedad empieza por una letra y solo contiene letras, dígitos y «_».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved.</source>
        <translation>«%1» está reservado.</translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; already exists.</source>
        <translation>La propiedad «%1» ya existe.</translation>
    </message>
    <message>
        <source>The server did not store this property. Its dynamic schema may be off.</source>
        <translation>El servidor no guardó esta propiedad. Puede que su esquema dinámico esté desactivado.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>No user is logged in.</source>
        <translation>No hay ningún usuario con sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Backendless user profiles.</source>
        <translation>Editar perfiles de usuario de Backendless.</translation>
    </message>
    <message>
        <source>Start the local demo server in this process and sign in to it.</source>
        <translation>Iniciar el servidor de demostración local en este proceso e iniciar sesión en él.</translation>
    </message>
    <message>
        <source>User interface language: de, fr, es or en.</source>
        <translation>Idioma de la interfaz: de, fr, es o en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Backendless application ID.</source>
        <translation>ID de aplicación de Backendless.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Backendless REST API key.</source>
        <translation>Clave de API REST de Backendless.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>ProfileDesk</source>
        <translation>ProfileDesk</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message>
        <source>Server URL: a custom domain or *.backendless.app (…/api), Backendless Pro (http://HOST:8080/api with --app-id and --api-key), or the local server.</source>
        <translation>URL del servidor: un dominio propio o *.backendless.app (…/api), Backendless Pro (http://HOST:8080/api con --app-id y --api-key) o el servidor local.</translation>
    </message>
    <message>
        <source>Allow plain http:// to the server even though it is not this computer (remembered for that server).</source>
        <translation>Permitir http:// sin cifrar al servidor aunque no sea este equipo (se recuerda para ese servidor).</translation>
    </message>
</context>
</TS>
