<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Kontoart:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>Mitglied seit:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Where you are logged in</source>
        <translation>Wo Sie angemeldet sind</translation>
    </message>
    <message>
        <source>Your name was saved.</source>
        <translation>Ihr Name wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Starting the local server…</source>
        <translation>Der lokale Server wird gestartet …</translation>
    </message>
    <message>
        <source>A new local server was set up with demo accounts (see the README).</source>
        <translation>Ein neuer lokaler Server mit Demokonten wurde eingerichtet (siehe README).</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>dem lokalen Server</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 …</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>You were logged out on all devices.</source>
        <translation>Sie wurden auf allen Geräten abgemeldet.</translation>
    </message>
    <message>
        <source>You were logged out.</source>
        <translation>Sie wurden abgemeldet.</translation>
    </message>
    <message>
        <source>The server could not be told: %1</source>
        <translation>Der Server konnte nicht benachrichtigt werden: %1</translation>
    </message>
</context>
<context>
    <name>AuthResult</name>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many failed attempts: logging in to this account is blocked until %1.</source>
        <translation>Zu viele Fehlversuche: Die Anmeldung bei diesem Konto ist bis %1 gesperrt.</translation>
    </message>
    <message>
        <source>This account has been disabled. Contact an administrator.</source>
        <translation>Dieses Konto wurde deaktiviert. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>For your safety this login was ended, because its saved sign-in was used twice. Please log in again.</source>
        <translation>Zu Ihrer Sicherheit wurde diese Anmeldung beendet, weil die gespeicherte Anmeldung zweimal verwendet wurde. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>You are not logged in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Neues Passwort wiederholen:</translation>
    </message>
    <message>
        <source>Your other devices will be logged out.</source>
        <translation>Ihre anderen Geräte werden abgemeldet.</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Die neuen Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>Die Datenbankadresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>sie muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot;</source>
        <translation>unbekannter sslmode „%1“</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>unbekannter Parameter „%1“</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>sie nennt keine Datenbank</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Nothing is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so HexaStore cannot remember your login. You will be asked for your password next time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann HexaStore Ihre Anmeldung nicht speichern. Beim nächsten Mal werden Sie nach Ihrem Passwort gefragt.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Apply the embedded schema migrations (creates the roles when missing).</source>
        <translation>Die eingebetteten Schemamigrationen anwenden (legt fehlende Rollen an).</translation>
    </message>
    <message>
        <source>The schema is up to date.</source>
        <translation>Das Schema ist aktuell.</translation>
    </message>
    <message>
        <source>Applied %1 migration(s).</source>
        <translation>%1 Migration(en) angewendet.</translation>
    </message>
    <message>
        <source>Create a user of any role (the first admin, couriers).</source>
        <translation>Einen Benutzer beliebiger Rolle anlegen (den ersten Admin, Kuriere).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Vollständiger Name.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--role must be buyer, seller, courier or admin.</source>
        <translation>--role muss buyer, seller, courier oder admin sein.</translation>
    </message>
    <message>
        <source>--email, --name and --password-stdin are required.</source>
        <translation>--email, --name und --password-stdin sind erforderlich.</translation>
    </message>
    <message>
        <source>Created user %1 (%2).</source>
        <translation>Benutzer %1 (%2) angelegt.</translation>
    </message>
    <message>
        <source>Create the demo accounts (and later the demo catalog).</source>
        <translation>Die Demokonten anlegen (und später den Demokatalog).</translation>
    </message>
    <message>
        <source>The demo accounts exist already.</source>
        <translation>Die Demokonten existieren bereits.</translation>
    </message>
    <message>
        <source>Demo accounts (shown once):</source>
        <translation>Demokonten (werden nur einmal angezeigt):</translation>
    </message>
    <message>
        <source>Show or change server settings: config list | config set KEY VALUE</source>
        <translation>Servereinstellungen anzeigen oder ändern: config list | config set SCHLÜSSEL WERT</translation>
    </message>
    <message>
        <source>VALUE must be a whole number.</source>
        <translation>WERT muss eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert (Paket libqt6sql6-psql).</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>The directory %1 is too long for a PostgreSQL socket; choose a shorter path.</source>
        <translation>Das Verzeichnis %1 ist für einen PostgreSQL-Socket zu lang; wählen Sie einen kürzeren Pfad.</translation>
    </message>
    <message>
        <source>Could not create the directory %1.</source>
        <translation>Das Verzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no &quot;postgres&quot; system user to run the server as; install the &quot;postgresql&quot; package.</source>
        <translation>Es gibt keinen Systembenutzer „postgres“, unter dem der Server laufen kann; installieren Sie das Paket „postgresql“.</translation>
    </message>
    <message>
        <source>Could not hand %1 to the postgres user.</source>
        <translation>%1 konnte nicht an den Benutzer postgres übergeben werden.</translation>
    </message>
    <message>
        <source>The postgres system user cannot reach %1. Choose a directory whose parent directories it can enter, for example under /var/lib or /tmp.</source>
        <translation>Der Systembenutzer postgres kann %1 nicht erreichen. Wählen Sie ein Verzeichnis, dessen übergeordnete Verzeichnisse er betreten kann, zum Beispiel unter /var/lib oder /tmp.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>There is no local server in %1 yet; initialise it first.</source>
        <translation>In %1 gibt es noch keinen lokalen Server; initialisieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The local database server did not start: %1</source>
        <translation>Der lokale Datenbankserver ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a HexaStore local server; not removing it.</source>
        <translation>%1 enthält keinen lokalen HexaStore-Server; es wird nicht entfernt.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not run %1.</source>
        <translation>%1 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>%1 did not finish in time.</source>
        <translation>%1 wurde nicht rechtzeitig fertig.</translation>
    </message>
</context>
<context>
    <name>LocalServerCommand</name>
    <message>
        <source>Manage a private PostgreSQL server for HexaStore.</source>
        <translation>Einen privaten PostgreSQL-Server für HexaStore verwalten.</translation>
    </message>
    <message>
        <source>Directory of the server (default: %1)</source>
        <translation>Verzeichnis des Servers (Standard: %1)</translation>
    </message>
    <message>
        <source>Throwaway server: no fsync (tests only).</source>
        <translation>Wegwerfserver: kein fsync (nur für Tests).</translation>
    </message>
    <message>
        <source>With start: initialise the server first when needed.</source>
        <translation>Mit start: den Server bei Bedarf zuerst initialisieren.</translation>
    </message>
    <message>
        <source>With start: also create this database when missing.</source>
        <translation>Mit start: diese Datenbank anlegen, falls sie fehlt.</translation>
    </message>
    <message>
        <source>Already initialised: %1</source>
        <translation>Bereits initialisiert: %1</translation>
    </message>
    <message>
        <source>Initialised %1</source>
        <translation>%1 initialisiert</translation>
    </message>
    <message>
        <source>Running: socket in %1, TCP 127.0.0.1:%2</source>
        <translation>Läuft: Socket in %1, TCP 127.0.0.1:%2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>directory:   %1</source>
        <translation>Verzeichnis:   %1</translation>
    </message>
    <message>
        <source>initialised: %1</source>
        <translation>initialisiert: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>running:     %1</source>
        <translation>läuft:         %1</translation>
    </message>
    <message>
        <source>port:        %1</source>
        <translation>Port:          %1</translation>
    </message>
    <message>
        <source>client URL:  %1</source>
        <translation>Client-URL:    %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>HexaStore — Log in</source>
        <translation>HexaStore — Anmelden</translation>
    </message>
    <message>
        <source>Marketplace back office</source>
        <translation>Marktplatz-Verwaltung</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Buy things</source>
        <translation>Einkaufen</translation>
    </message>
    <message>
        <source>Sell things</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <source>I want to:</source>
        <translation>Ich möchte:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Local server on this computer</source>
        <translation>Lokaler Server auf diesem Computer</translation>
    </message>
    <message>
        <source>Remote PostgreSQL server</source>
        <translation>Entfernter PostgreSQL-Server</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.beispiel.de</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>Wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Verify certificate and host name (safest)</source>
        <translation>Zertifikat und Hostnamen prüfen (am sichersten)</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Verschlüsselung verlangen</translation>
    </message>
    <message>
        <source>Use encryption when offered</source>
        <translation>Verschlüsseln, wenn angeboten</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Client role:</source>
        <translation>Client-Rolle:</translation>
    </message>
    <message>
        <source>Role password:</source>
        <translation>Passwort der Rolle:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the host, the database and the client role of the server.</source>
        <translation>Geben Sie Host, Datenbank und Client-Rolle des Servers ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern …</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Log out &amp;everywhere</source>
        <translation>&amp;Überall abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About HexaStore</source>
        <translation>Ü&amp;ber HexaStore</translation>
    </message>
    <message>
        <source>Your password was changed; other devices were logged out.</source>
        <translation>Ihr Passwort wurde geändert; andere Geräte wurden abgemeldet.</translation>
    </message>
    <message>
        <source>About HexaStore</source>
        <translation>Über HexaStore</translation>
    </message>
    <message>
        <source>&lt;b&gt;HexaStore %1&lt;/b&gt;&lt;br&gt;A marketplace back office for buyers, sellers, couriers and administrators, on PostgreSQL.</source>
        <translation>&lt;b&gt;HexaStore %1&lt;/b&gt;&lt;br&gt;Eine Marktplatz-Verwaltung für Käufer, Verkäufer, Kuriere und Administratoren, auf PostgreSQL.</translation>
    </message>
    <message>
        <source>HexaStore — %1 (%2)</source>
        <translation>HexaStore — %1 (%2)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Could not prepare the database (roles, schema). The migration needs a superuser or a role with CREATEROLE: %1</source>
        <translation>Die Datenbank konnte nicht vorbereitet werden (Rollen, Schema). Die Migration braucht einen Superuser oder eine Rolle mit CREATEROLE: %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) was changed after it had been applied to this database. Refusing to continue.</source>
        <translation>Migration %1 (%2) wurde geändert, nachdem sie auf diese Datenbank angewendet worden war. Abbruch.</translation>
    </message>
    <message>
        <source>Applying migration %1: %2</source>
        <translation>Migration %1 wird angewendet: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>Es gibt keine Einstellung „%1“.</translation>
    </message>
</context>
<context>
    <name>PgInstallation</name>
    <message>
        <source>The PostgreSQL server is not installed (Debian package &quot;postgresql&quot;); the local server needs it.</source>
        <translation>Der PostgreSQL-Server ist nicht installiert (Debian-Paket „postgresql“); der lokale Server braucht ihn.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SchemaVersion</name>
    <message>
        <source>The database was set up by a newer HexaStore (schema version %1; this program knows up to %2). Install the newer HexaStore before using this database.</source>
        <translation>Die Datenbank wurde von einem neueren HexaStore eingerichtet (Schemaversion %1; dieses Programm kennt bis %2). Installieren Sie den neueren HexaStore, bevor Sie diese Datenbank verwenden.</translation>
    </message>
    <message>
        <source>The database needs an update (schema version %1; this program needs %2). Ask its operator to run &quot;hexastore-admin migrate&quot;.</source>
        <translation>Die Datenbank muss aktualisiert werden (Schemaversion %1; dieses Programm braucht %2). Bitten Sie den Betreiber, „hexastore-admin migrate“ auszuführen.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>local server</source>
        <translation>lokaler Server</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
</context>
<context>
    <name>SqlErrorMapper</name>
    <message>
        <source>Enter a valid e-mail address, like name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, etwa name@beispiel.de.</translation>
    </message>
    <message>
        <source>Enter a name of 1 to 200 characters.</source>
        <translation>Geben Sie einen Namen mit 1 bis 200 Zeichen ein.</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Log in instead, or use another address.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse existiert bereits. Melden Sie sich an oder verwenden Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Das Passwort ist zu kurz: Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The password is too long: use at most 128 characters.</source>
        <translation>Das Passwort ist zu lang: Verwenden Sie höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>The password must not be your e-mail address.</source>
        <translation>Das Passwort darf nicht Ihre E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>This password is too common and easy to guess. Choose another one.</source>
        <translation>Dieses Passwort ist zu verbreitet und leicht zu erraten. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Only buyer and seller accounts can be registered here. Ask an administrator for other kinds of account.</source>
        <translation>Hier können nur Käufer- und Verkäuferkonten registriert werden. Andere Kontoarten vergibt ein Administrator.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a while, then try again.</source>
        <translation>Zu viele falsche Passwörter. Warten Sie eine Weile und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Unknown role or status.</source>
        <translation>Unbekannte Rolle oder unbekannter Status.</translation>
    </message>
    <message>
        <source>Administrators cannot change their own status.</source>
        <translation>Administratoren können ihren eigenen Status nicht ändern.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Diesen Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The database refused the connection: the client role&apos;s password is wrong.</source>
        <translation>Die Datenbank hat die Verbindung abgelehnt: Das Passwort der Client-Rolle ist falsch.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Das dürfen Sie nicht.</translation>
    </message>
    <message>
        <source>This already exists.</source>
        <translation>Das existiert bereits.</translation>
    </message>
    <message>
        <source>This refers to something that no longer exists, or is still in use.</source>
        <translation>Dies verweist auf etwas, das nicht mehr existiert oder noch verwendet wird.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment. Please try again.</source>
        <translation>Jemand anderes hat dieselben Daten im selben Moment geändert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database does not exist on this server.</source>
        <translation>Die Datenbank existiert auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the connection; HexaStore will try again.</source>
        <translation>Der Datenbankserver ist nicht erreichbar. Prüfen Sie die Verbindung; HexaStore versucht es erneut.</translation>
    </message>
    <message>
        <source>Some of the values are not valid.</source>
        <translation>Einige Werte sind ungültig.</translation>
    </message>
    <message>
        <source>The database does not match this version of HexaStore.</source>
        <translation>Die Datenbank passt nicht zu dieser Version von HexaStore.</translation>
    </message>
    <message>
        <source>Something went wrong in the database. The details were logged.</source>
        <translation>In der Datenbank ist ein Fehler aufgetreten. Die Einzelheiten wurden protokolliert.</translation>
    </message>
</context>
<context>
    <name>SqlExecutor</name>
    <message>
        <source>The database gave an unexpected answer.</source>
        <translation>Die Datenbank hat unerwartet geantwortet.</translation>
    </message>
</context>
<context>
    <name>SqlSession</name>
    <message>
        <source>The connection broke while saving, so it is not known whether the change was saved. Check, then try again.</source>
        <translation>Die Verbindung brach beim Speichern ab; ob die Änderung gespeichert wurde, ist unklar. Prüfen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HexaStore marketplace client</source>
        <translation>HexaStore-Marktplatz-Client</translation>
    </message>
    <message>
        <source>Connect to this database instead of the configured one (postgresql://…).</source>
        <translation>Mit dieser Datenbank statt der eingestellten verbinden (postgresql://…).</translation>
    </message>
    <message>
        <source>Directory of the local server.</source>
        <translation>Verzeichnis des lokalen Servers.</translation>
    </message>
</context>
</TS>
