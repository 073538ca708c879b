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
    <message>
        <source>Also e-mail me my notifications</source>
        <translation>Benachrichtigungen auch per E-Mail senden</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Use as my default address</source>
        <translation>Als Standardadresse verwenden</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>Adresse bearbeiten</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <source>Apartment:</source>
        <translation>Wohnung:</translation>
    </message>
    <message>
        <source>House:</source>
        <translation>Hausnummer:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>For the courier: entrance, floor, opening hours…</source>
        <translation>Für den Kurier: Eingang, Stockwerk, Öffnungszeiten …</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
</context>
<context>
    <name>AddressListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>AddressesPage</name>
    <message>
        <source>New address…</source>
        <translation>Neue Adresse …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Orders keep a copy of the address they were sent to, so changing or deleting one here never changes an order.</source>
        <translation>Bestellungen behalten eine Kopie der Adresse, an die sie gingen. Eine Adresse hier zu ändern oder zu löschen, ändert daher nie eine Bestellung.</translation>
    </message>
    <message>
        <source>The default address was changed.</source>
        <translation>Die Standardadresse wurde geändert.</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Adresse löschen</translation>
    </message>
    <message>
        <source>Delete this address?
%1</source>
        <translation>Diese Adresse löschen?
%1</translation>
    </message>
    <message>
        <source>The address was deleted.</source>
        <translation>Die Adresse wurde gelöscht.</translation>
    </message>
    <message>
        <source>The address was saved.</source>
        <translation>Die Adresse wurde gespeichert.</translation>
    </message>
    <message>
        <source>No addresses yet — add one with “New address…”; checkout asks for one too.</source>
        <translation>Noch keine Adressen – legen Sie eine mit „Neue Adresse …“ an; die Kasse fragt auch danach.</translation>
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
    <message>
        <source>Working offline: the server cannot be reached. Your steps are kept on this computer and sent later.</source>
        <translation>Offline: Der Server ist nicht erreichbar. Ihre Schritte bleiben auf diesem Computer und werden später gesendet.</translation>
    </message>
    <message>
        <source>Log in again to send your deliveries&apos; steps; they are kept on this computer.</source>
        <translation>Melden Sie sich erneut an, um die Schritte Ihrer Lieferungen zu senden; sie bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Log in with the one-time password again when you are ready to choose a new one.</source>
        <translation>Melden Sie sich wieder mit dem Einmalpasswort an, wenn Sie ein neues Passwort wählen möchten.</translation>
    </message>
    <message>
        <source>Restoring the backup %1…</source>
        <translation>Die Sicherung %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup was restored; please log in again. The data it replaced is kept on the local server as the database %1.</source>
        <translation>Die Sicherung wurde wiederhergestellt; bitte melden Sie sich erneut an. Die ersetzten Daten bleiben auf dem lokalen Server als Datenbank %1 erhalten.</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server.</translation>
    </message>
    <message>
        <source>Your password was changed, and every device was logged out. Log in with the new password.</source>
        <translation>Ihr Passwort wurde geändert, und alle Geräte wurden abgemeldet. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit verify [--url URL] (see --help)</source>
        <translation>audit verify [--url URL] (siehe --help)</translation>
    </message>
    <message>
        <source>Checks the audit log&apos;s hash chain: every row&apos;s hash over its content and the previous row&apos;s hash, the order without gaps, and the chain&apos;s head. Exits 1 naming the first row that does not match.</source>
        <translation>Prüft die Hash-Kette des Prüfprotokolls: den Hash jeder Zeile über ihren Inhalt und den Hash der vorigen Zeile, die lückenlose Reihenfolge und den Kopf der Kette. Endet mit 1 und nennt die erste Zeile, die nicht passt.</translation>
    </message>
    <message>
        <source>The audit log does not match at row %1 (chain position %2): %3</source>
        <translation>Das Prüfprotokoll stimmt bei Zeile %1 (Position %2 der Kette) nicht: %3</translation>
    </message>
    <message>
        <source>rows %1 to %2 are missing</source>
        <translation>die Zeilen %1 bis %2 fehlen</translation>
    </message>
    <message>
        <source>it does not follow the row before it</source>
        <translation>sie schließt nicht an die Zeile davor an</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>ihr Inhalt wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>The audit log does not match its head: it ends at position %1, the head says %2; rows at the end were removed.</source>
        <translation>Das Prüfprotokoll passt nicht zu seinem Kopf: Es endet bei Position %1, der Kopf nennt %2; am Ende wurden Zeilen entfernt.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain holds: %1 rows. Head: %2 (note it down elsewhere: a chain rewritten from the start is caught only against a head kept outside).</source>
        <translation>Die Kette des Prüfprotokolls ist intakt: %1 Zeilen. Kopf: %2 (notieren Sie ihn anderswo: Eine von Anfang an neu geschriebene Kette fällt nur gegen einen außerhalb aufbewahrten Kopf auf).</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Who (name or e-mail)</source>
        <translation>Wer (Name oder E-Mail)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Promo codes</source>
        <translation>Gutscheincodes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Text in the reason or the details</source>
        <translation>Text in der Begründung oder den Details</translation>
    </message>
    <message>
        <source>Choose a row to see everything it records.</source>
        <translation>Wählen Sie eine Zeile, um alles zu sehen, was sie festhält.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>#%1 (chain position %2), %3
Who: %4
What: %5 (%6)
On: %7 #%8
Reason: %9

</source>
        <translation>#%1 (Position %2 in der Kette), %3
Wer: %4
Was: %5 (%6)
Woran: %7 #%8
Begründung: %9

</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Das Prüfprotokoll wird exportiert…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the audit log matches these filters.</source>
        <translation>Nichts im Prüfprotokoll passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Angebote</translation>
    </message>
</context>
<context>
    <name>AuditLogService</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>AuditLogTableModel</name>
    <message>
        <source>Created a user</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Benutzer gesperrt</translation>
    </message>
    <message>
        <source>Enabled a user</source>
        <translation>Benutzer entsperrt</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Ended a user&apos;s sessions</source>
        <translation>Sitzungen eines Benutzers beendet</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Changed an order&apos;s status</source>
        <translation>Bestellstatus geändert</translation>
    </message>
    <message>
        <source>Assigned a delivery</source>
        <translation>Lieferung zugewiesen</translation>
    </message>
    <message>
        <source>Reassigned a delivery</source>
        <translation>Lieferung neu zugewiesen</translation>
    </message>
    <message>
        <source>Unassigned a delivery</source>
        <translation>Lieferungszuweisung aufgehoben</translation>
    </message>
    <message>
        <source>Handed over a delivery</source>
        <translation>Lieferung übergeben</translation>
    </message>
    <message>
        <source>Changed a courier&apos;s profile</source>
        <translation>Kurierprofil geändert</translation>
    </message>
    <message>
        <source>Received a courier&apos;s cash</source>
        <translation>Bargeld eines Kuriers erhalten</translation>
    </message>
    <message>
        <source>Created a promo code</source>
        <translation>Gutscheincode angelegt</translation>
    </message>
    <message>
        <source>Changed a promo code</source>
        <translation>Gutscheincode geändert</translation>
    </message>
    <message>
        <source>Deleted a promo code</source>
        <translation>Gutscheincode gelöscht</translation>
    </message>
    <message>
        <source>Created a category</source>
        <translation>Kategorie angelegt</translation>
    </message>
    <message>
        <source>Changed a category</source>
        <translation>Kategorie geändert</translation>
    </message>
    <message>
        <source>Deleted a category</source>
        <translation>Kategorie gelöscht</translation>
    </message>
    <message>
        <source>Created a brand</source>
        <translation>Marke angelegt</translation>
    </message>
    <message>
        <source>Changed a brand</source>
        <translation>Marke geändert</translation>
    </message>
    <message>
        <source>Deleted a brand</source>
        <translation>Marke gelöscht</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Woran</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Hid a listing</source>
        <translation>Angebot ausgeblendet</translation>
    </message>
    <message>
        <source>Showed a listing again</source>
        <translation>Angebot wieder eingeblendet</translation>
    </message>
    <message>
        <source>Chose a new password with an e-mailed code</source>
        <translation>Neues Passwort mit einem per E-Mail gesandten Code gewählt</translation>
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
    <message>
        <source>An administrator ended this session (or changed your account). Please log in again.</source>
        <translation>Ein Administrator hat diese Sitzung beendet (oder Ihr Konto geändert). Bitte melden Sie sich erneut an.</translation>
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
    <message>
        <source>Your password was reset. Log in with the one-time password you were given to choose a new one.</source>
        <translation>Ihr Passwort wurde zurückgesetzt. Melden Sie sich mit dem erhaltenen Einmalpasswort an, um ein neues zu wählen.</translation>
    </message>
    <message>
        <source>A name can have at most 200 characters; this one has %1.</source>
        <translation>Ein Name hat höchstens 200 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <source>Enter your name: it cannot be empty.</source>
        <translation>Geben Sie Ihren Namen ein: Er darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Enter the code from the e-mail.</source>
        <translation>Geben Sie den Code aus der E-Mail ein.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>There is no local server in %1.</source>
        <translation>In %1 gibt es keinen lokalen Server.</translation>
    </message>
    <message>
        <source>Creating a local server in %1 …</source>
        <translation>Ein lokaler Server wird in %1 angelegt …</translation>
    </message>
    <message>
        <source>Write a consistent, compressed backup of the whole database (schema and data, with its schema version) to one file.</source>
        <translation>Eine konsistente, komprimierte Sicherung der ganzen Datenbank (Schema und Daten, mit Schemaversion) in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist yet).</source>
        <translation>Die zu schreibende Sicherungsdatei (darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>--to FILE is required.</source>
        <translation>--to DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <source>Backed up %1 (schema version %2) to %3: %L4 bytes.</source>
        <translation>%1 (Schemaversion %2) nach %3 gesichert: %L4 Bytes.</translation>
    </message>
    <message>
        <source>Restore a backup into an empty database (--url) or a new local server (--dir), migrating an older backup to this program&apos;s schema.</source>
        <translation>Eine Sicherung in eine leere Datenbank (--url) oder einen neuen lokalen Server (--dir) wiederherstellen; eine ältere Sicherung wird auf das Schema dieses Programms migriert.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Die wiederherzustellende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Local server only: replace its database. The data it holds now is kept in a renamed database.</source>
        <translation>Nur lokaler Server: seine Datenbank ersetzen. Die jetzigen Daten bleiben in einer umbenannten Datenbank erhalten.</translation>
    </message>
    <message>
        <source>--from FILE is required.</source>
        <translation>--from DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>--replace works on a local server (--dir) only.</source>
        <translation>--replace gilt nur für einen lokalen Server (--dir).</translation>
    </message>
    <message>
        <source>Restoring:</source>
        <translation>Wiederherstellung:</translation>
    </message>
    <message>
        <source>Restored %1 into %2. The data it replaced is kept in the database %3.</source>
        <translation>%1 in %2 wiederhergestellt. Die ersetzten Daten bleiben in der Datenbank %3 erhalten.</translation>
    </message>
    <message>
        <source>Restored %1 (made %2, schema version %3) into %4.</source>
        <translation>%1 (erstellt %2, Schemaversion %3) in %4 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 is not a usable HexaStore backup: %2</source>
        <translation>%1 ist keine verwendbare HexaStore-Sicherung: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it does not start like one.</source>
        <translation>sie beginnt nicht wie eine.</translation>
    </message>
    <message>
        <source>its first line is damaged.</source>
        <translation>ihre erste Zeile ist beschädigt.</translation>
    </message>
    <message>
        <source>it is incomplete (cut off at %L1 bytes). Use another backup.</source>
        <translation>sie ist unvollständig (nach %L1 Bytes abgeschnitten). Verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>it is damaged (its checksum does not match).</source>
        <translation>sie ist beschädigt (die Prüfsumme stimmt nicht).</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Back &amp;up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Letzte Sicherung: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Noch keine Sicherung</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>HexaStore backups (*%1)</source>
        <translation>HexaStore-Sicherungen (*%1)</translation>
    </message>
    <message>
        <source>Replace all of the shop&apos;s data with the backup %1 (made %2)?

Everyone is signed out. The data it replaces is kept on the local server as a separate database.</source>
        <translation>Alle Daten des Shops durch die Sicherung %1 (erstellt %2) ersetzen?

Alle werden abgemeldet. Die ersetzten Daten bleiben auf dem lokalen Server als eigene Datenbank erhalten.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eins weniger</translation>
    </message>
    <message>
        <source>Empty cart</source>
        <translation>Warenkorb leeren</translation>
    </message>
    <message>
        <source>Checkout…</source>
        <translation>Zur Kasse …</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Zwischensumme:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Rabatt:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Remove everything from your cart?</source>
        <translation>Alles aus dem Warenkorb entfernen?</translation>
    </message>
    <message>
        <source>Remove or change the marked lines first.</source>
        <translation>Entfernen oder ändern Sie zuerst die markierten Zeilen.</translation>
    </message>
    <message>
        <source>Thank you! Placed %1 (one order per seller). Follow them under “My orders”.</source>
        <translation>Vielen Dank! Bestellt: %1 (eine Bestellung je Verkäufer). Verfolgen Sie sie unter „Meine Bestellungen“.</translation>
    </message>
    <message>
        <source>Your cart is empty — browse the catalog and add what you like.</source>
        <translation>Ihr Warenkorb ist leer – stöbern Sie im Katalog und legen Sie hinein, was Ihnen gefällt.</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <source>No longer sold</source>
        <translation>Nicht mehr im Angebot</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Only %1 left</source>
        <translation>Nur noch %1 vorrätig</translation>
    </message>
    <message>
        <source>Price went up from %1</source>
        <translation>Preis gestiegen (vorher %1)</translation>
    </message>
    <message>
        <source>Price went down from %1</source>
        <translation>Preis gesunken (vorher %1)</translation>
    </message>
    <message>
        <source>Double-click to change; %1 in stock</source>
        <translation>Doppelklick zum Ändern; %1 vorrätig</translation>
    </message>
    <message>
        <source>When you added it: %1</source>
        <translation>Beim Hinzufügen: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>CatalogAdminService</name>
    <message>
        <source>Enter a name of 1 to 100 characters.</source>
        <translation>Geben Sie einen Namen mit 1 bis 100 Zeichen ein.</translation>
    </message>
    <message>
        <source>A brand with this name exists already.</source>
        <translation>Eine Marke mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>There is already a category with this name here.</source>
        <translation>Hier gibt es bereits eine Kategorie mit diesem Namen.</translation>
    </message>
    <message>
        <source>Products still carry this brand; it cannot be deleted.</source>
        <translation>Produkte tragen noch diese Marke; sie kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not change it.</source>
        <translation>Es existiert nicht mehr, oder Sie dürfen es nicht ändern.</translation>
    </message>
    <message>
        <source>A category cannot be moved below itself.</source>
        <translation>Eine Kategorie kann nicht unter sich selbst verschoben werden.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>In stock only</source>
        <translation>Nur vorrätige</translation>
    </message>
    <message>
        <source>Search products — typos are fine</source>
        <translation>Produkte suchen – Tippfehler sind kein Problem</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Alle Marken</translation>
    </message>
    <message>
        <source>Min price</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>Höchstpreis</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Beste Treffer</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Preis: aufsteigend</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Preis: absteigend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Show the end of the list (Ctrl+End)</source>
        <translation>Das Ende der Liste zeigen (Strg+Ende)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Include hidden listings</source>
        <translation>Ausgeblendete Angebote einbeziehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; write it like %2.</source>
        <translation>„%1“ ist kein Preis; schreiben Sie ihn wie %2.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No products match these filters.</source>
        <translation>Keine Produkte passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation>Nichts gefunden. Versuchen Sie weniger Wörter oder andere Filter.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n product(s) of the list.</source>
        <translation>
            <numerusform>Das letzte Produkt der Liste.</numerusform>
            <numerusform>Die letzten %n Produkte der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) shown; scroll for more.</source>
        <translation>
            <numerusform>%n Produkt angezeigt; für mehr weiterblättern.</numerusform>
            <numerusform>%n Produkte angezeigt; für mehr weiterblättern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n Produkt.</numerusform>
            <numerusform>%n Produkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Best rated</source>
        <translation>Beste Bewertung</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>This product is no longer available.</source>
        <translation>Dieses Produkt ist nicht mehr erhältlich.</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Add top level…</source>
        <translation>Oberste Ebene hinzufügen …</translation>
    </message>
    <message>
        <source>Add below…</source>
        <translation>Darunter hinzufügen …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Verschieben nach …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Select the category to add below.</source>
        <translation>Wählen Sie die Kategorie, unter der hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Added the category &quot;%1&quot;.</source>
        <translation>Kategorie „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Select a category first.</source>
        <translation>Wählen Sie zuerst eine Kategorie.</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>The category was renamed.</source>
        <translation>Die Kategorie wurde umbenannt.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Kategorie verschieben</translation>
    </message>
    <message>
        <source>Move below:</source>
        <translation>Verschieben unter:</translation>
    </message>
    <message>
        <source>The category was moved.</source>
        <translation>Die Kategorie wurde verschoben.</translation>
    </message>
    <message>
        <source>The category was deleted.</source>
        <translation>Die Kategorie wurde gelöscht.</translation>
    </message>
    <message>
        <source>New brand</source>
        <translation>Neue Marke</translation>
    </message>
    <message>
        <source>Added the brand &quot;%1&quot;.</source>
        <translation>Marke „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Select a brand first.</source>
        <translation>Wählen Sie zuerst eine Marke.</translation>
    </message>
    <message>
        <source>Rename brand</source>
        <translation>Marke umbenennen</translation>
    </message>
    <message>
        <source>The brand was renamed.</source>
        <translation>Die Marke wurde umbenannt.</translation>
    </message>
    <message>
        <source>The brand was deleted.</source>
        <translation>Die Marke wurde gelöscht.</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message>
        <source>Delete the category “%1”? Only an empty category can be deleted.</source>
        <translation>Die Kategorie „%1“ löschen? Nur eine leere Kategorie kann gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete brand</source>
        <translation>Marke löschen</translation>
    </message>
    <message>
        <source>Delete the brand “%1”? A brand that products still carry is kept.</source>
        <translation>Die Marke „%1“ löschen? Eine Marke, die noch Produkte tragen, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
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
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>An administrator reset your password. Choose a new one to go on; the one-time password stops working.</source>
        <translation>Ein Administrator hat Ihr Passwort zurückgesetzt. Wählen Sie ein neues, um fortzufahren; das Einmalpasswort verliert seine Gültigkeit.</translation>
    </message>
    <message>
        <source>Set password and continue</source>
        <translation>Passwort setzen und fortfahren</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>New address…</source>
        <translation>Neue Adresse …</translation>
    </message>
    <message>
        <source>Promo code (optional)</source>
        <translation>Gutscheincode (optional)</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Nachnahme</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Zahlungspflichtig bestellen</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>Liefern an:</translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation>Gutscheincode:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Add a delivery address first</source>
        <translation>Legen Sie zuerst eine Lieferadresse an</translation>
    </message>
    <message>
        <source>Subtotal %1&lt;br&gt;Discount −%2&lt;br&gt;&lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation>Zwischensumme %1&lt;br&gt;Rabatt −%2&lt;br&gt;&lt;b&gt;Gesamt %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose where to deliver, or add an address.</source>
        <translation>Wählen Sie eine Lieferadresse oder legen Sie eine an.</translation>
    </message>
    <message>
        <source>Placing order…</source>
        <translation>Bestellung wird aufgegeben …</translation>
    </message>
    <message numerus="yes">
        <source>One order per seller, %n in all; each is delivered on its own.</source>
        <translation>
            <numerusform>Eine Bestellung je Verkäufer, %n insgesamt; sie wird einzeln geliefert.</numerusform>
            <numerusform>Eine Bestellung je Verkäufer, %n insgesamt; jede wird einzeln geliefert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>%1 is not a %2.</source>
        <translation>%1 ist kein Konto vom Typ %2.</translation>
    </message>
</context>
<context>
    <name>ClusterCommand</name>
    <message>
        <source>Manage a private cluster for HexaStore: a primary, a synchronous streaming standby and PgBouncer (transaction mode) in front of each.</source>
        <translation>Einen privaten Cluster für HexaStore verwalten: einen Primärserver, einen synchronen Streaming-Standby und davor je einen PgBouncer (Transaktionsmodus).</translation>
    </message>
    <message>
        <source>Directory of the cluster (default: %1)</source>
        <translation>Verzeichnis des Clusters (Standard: %1)</translation>
    </message>
    <message>
        <source>Throwaway cluster: no fsync (tests only).</source>
        <translation>Wegwerf-Cluster: kein fsync (nur für Tests).</translation>
    </message>
    <message>
        <source>With start: initialise the cluster first when needed.</source>
        <translation>Mit start: den Cluster vorher initialisieren, falls nötig.</translation>
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
        <source>Initialised and started %1</source>
        <translation>%1 initialisiert und gestartet</translation>
    </message>
    <message>
        <source>Running: primary 127.0.0.1:%1, standby 127.0.0.1:%2, PgBouncer 127.0.0.1:%3 (primary) and 127.0.0.1:%4 (standby)</source>
        <translation>Läuft: Primärserver 127.0.0.1:%1, Standby 127.0.0.1:%2, PgBouncer 127.0.0.1:%3 (Primärserver) und 127.0.0.1:%4 (Standby)</translation>
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
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>directory:       %1</source>
        <translation>Verzeichnis:     %1</translation>
    </message>
    <message>
        <source>initialised:     %1</source>
        <translation>initialisiert:   %1</translation>
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
        <source>primary:         %1, port %2</source>
        <translation>Primärserver:    %1, Port %2</translation>
    </message>
    <message>
        <source>standby:         %1, port %2</source>
        <translation>Standby:         %1, Port %2</translation>
    </message>
    <message>
        <source>PgBouncer:       %1, port %2</source>
        <translation>PgBouncer:       %1, Port %2</translation>
    </message>
    <message>
        <source>standby&apos;s PgBouncer: %1, port %2</source>
        <translation>PgBouncer des Standby: %1, Port %2</translation>
    </message>
    <message>
        <source>client URL:      %1</source>
        <translation>Client-URL:      %1</translation>
    </message>
    <message>
        <source>read URL:        %1</source>
        <translation>Lese-URL:        %1</translation>
    </message>
    <message>
        <source>failover URL:    %1</source>
        <translation>Failover-URL:    %1</translation>
    </message>
    <message>
        <source>--dir needs a directory.</source>
        <translation>--dir braucht ein Verzeichnis.</translation>
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
    <message>
        <source>one of its servers has no host name</source>
        <translation>einer ihrer Server hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>unknown target_session_attrs &quot;%1&quot;</source>
        <translation>unbekanntes target_session_attrs &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CourierCommand</name>
    <message>
        <source>courier simulate|events (see --help of each)</source>
        <translation>courier simulate|events (siehe jeweils --help)</translation>
    </message>
    <message>
        <source>A headless courier: logs in, pulls its deliveries into the local store, takes N random legal steps (each recorded as the screen would, then a sync round), and syncs until nothing is pending. It may be killed at any moment and run again on the same store.</source>
        <translation>Ein Kurier ohne Fenster: meldet sich an, holt seine Lieferungen in den lokalen Speicher, macht N zufällige erlaubte Schritte (jeder so erfasst wie am Bildschirm, dann eine Synchronisierung) und synchronisiert, bis nichts mehr wartet. Er darf jederzeit beendet und auf demselben Speicher neu gestartet werden.</translation>
    </message>
    <message>
        <source>The courier&apos;s e-mail.</source>
        <translation>Die E-Mail-Adresse des Kuriers.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>The local store (SQLite file).</source>
        <translation>Der lokale Speicher (SQLite-Datei).</translation>
    </message>
    <message>
        <source>How many steps to take.</source>
        <translation>Wie viele Schritte gemacht werden.</translation>
    </message>
    <message>
        <source>Seed of the random choices.</source>
        <translation>Startwert der Zufallsentscheidungen.</translation>
    </message>
    <message>
        <source>Give --email, --password-stdin, --store and a whole number of --steps.</source>
        <translation>Geben Sie --email, --password-stdin, --store und eine ganze Zahl für --steps an.</translation>
    </message>
    <message>
        <source>The store was damaged; it was moved to %1.</source>
        <translation>Der Speicher war beschädigt; er wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <source>Changes are still waiting.</source>
        <translation>Es warten noch Änderungen.</translation>
    </message>
    <message>
        <source>Recorded %1 steps; nothing is waiting (%2 sync rounds failed on the way).</source>
        <translation>%1 Schritte erfasst; nichts wartet mehr (%2 Synchronisierungen sind unterwegs gescheitert).</translation>
    </message>
    <message>
        <source>Every event recorded in a courier&apos;s store, in the order recorded: &lt;event id&gt; &lt;pending|acked|rejected&gt; &lt;delivery id&gt; &lt;new status&gt;.</source>
        <translation>Jedes im Speicher eines Kuriers erfasste Ereignis, in der Reihenfolge der Erfassung: &lt;Ereignis-ID&gt; &lt;pending|acked|rejected&gt; &lt;Lieferungs-ID&gt; &lt;neuer Status&gt;.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Speicher.</translation>
    </message>
    <message>
        <source>Seconds the device&apos;s clock is off (fault tests); default 0.</source>
        <translation>Sekunden, um die die Uhr des Geräts abweicht (Fehlertests); Standard 0.</translation>
    </message>
</context>
<context>
    <name>CourierDeliveryDetail</name>
    <message>
        <source>State:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Pick up at:</source>
        <translation>Abholen bei:</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>Liefern an:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>To collect:</source>
        <translation>Zu kassieren:</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivered…</source>
        <translation>Zugestellt …</translation>
    </message>
    <message>
        <source>Failed attempt…</source>
        <translation>Zustellversuch gescheitert …</translation>
    </message>
    <message>
        <source>Return to seller</source>
        <translation>Zurück an Verkäufer</translation>
    </message>
    <message>
        <source>Choose a delivery</source>
        <translation>Wählen Sie eine Lieferung</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>Reassigned: no longer yours (on the server: %1)</source>
        <translation>Neu zugewiesen: nicht mehr Ihre (auf dem Server: %1)</translation>
    </message>
    <message>
        <source>(failed attempts: %1)</source>
        <translation>(gescheiterte Versuche: %1)</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server.</source>
        <translation>Wartet darauf, an den Server gesendet zu werden.</translation>
    </message>
    <message>
        <source>Not shown any more.</source>
        <translation>Wird nicht mehr angezeigt.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 in cash</source>
        <translation>%1 in bar</translation>
    </message>
    <message>
        <source>Nothing (paid)</source>
        <translation>Nichts (bezahlt)</translation>
    </message>
</context>
<context>
    <name>CourierDeliveryTableModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Neu zugewiesen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pick up from</source>
        <translation>Abholen bei</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Liefern an</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>Zu kassieren</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>CourierEventTableModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Lieferung %1</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Your step</source>
        <translation>Ihr Schritt</translation>
    </message>
    <message>
        <source>Not accepted because</source>
        <translation>Nicht angenommen, weil</translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation>Stand auf dem Server</translation>
    </message>
</context>
<context>
    <name>CourierPage</name>
    <message>
        <source>The server refused these steps (the delivery was reassigned or cancelled, say). Each delivery shows the server&apos;s state; talk to the dispatcher if that is wrong.</source>
        <translation>Der Server hat diese Schritte abgelehnt (etwa weil die Lieferung neu zugewiesen oder storniert wurde). Jede Lieferung zeigt den Stand des Servers; sprechen Sie mit der Disposition, wenn er nicht stimmt.</translation>
    </message>
    <message>
        <source>The deliveries on this computer were damaged. The damaged file was kept as %1; your deliveries are fetched from the server again. Steps not yet sent may be in that file: tell support.</source>
        <translation>Die Lieferungen auf diesem Computer waren beschädigt. Die beschädigte Datei wurde als %1 aufbewahrt; Ihre Lieferungen werden neu vom Server geholt. Noch nicht gesendete Schritte können in dieser Datei stehen: Wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>Not accepted by the server (%1)</source>
        <translation>Vom Server nicht angenommen (%1)</translation>
    </message>
    <message>
        <source>To pick up (%1)</source>
        <translation>Abzuholen (%1)</translation>
    </message>
    <message>
        <source>Out for delivery (%1)</source>
        <translation>In Zustellung (%1)</translation>
    </message>
    <message>
        <source>Done today (%1)</source>
        <translation>Heute erledigt (%1)</translation>
    </message>
    <message>
        <source>Recorded: %1. It is sent to the server as soon as there is a connection.</source>
        <translation>Erfasst: %1. Der Schritt wird an den Server gesendet, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Return to seller</source>
        <translation>Zurück an Verkäufer</translation>
    </message>
    <message>
        <source>Take the goods of order #%1 back to the seller? The order is then cancelled.</source>
        <translation>Die Ware der Bestellung #%1 an den Verkäufer zurückbringen? Die Bestellung wird dann storniert.</translation>
    </message>
    <message>
        <source>This delivery is no longer on this computer.</source>
        <translation>Diese Lieferung ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>No deliveries for you right now — the dispatcher assigns them; they appear here by themselves.</source>
        <translation>Gerade keine Lieferungen für Sie – die Disposition weist sie zu; sie erscheinen hier von selbst.</translation>
    </message>
</context>
<context>
    <name>CourierProfileDialog</name>
    <message>
        <source>On duty: may be given deliveries</source>
        <translation>Im Dienst: kann Lieferungen bekommen</translation>
    </message>
    <message>
        <source>Courier %1</source>
        <translation>Kurier %1</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Fahrzeug:</translation>
    </message>
</context>
<context>
    <name>CourierStore</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The deliveries on this computer are damaged and could not be moved aside to %1.</source>
        <translation>Die Lieferungen auf diesem Computer sind beschädigt und konnten nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>The deliveries on this computer could not be opened.</source>
        <translation>Die Lieferungen auf diesem Computer konnten nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>These deliveries belong to another courier&apos;s account.</source>
        <translation>Diese Lieferungen gehören zum Konto eines anderen Kuriers.</translation>
    </message>
    <message>
        <source>This delivery is not assigned to you.</source>
        <translation>Diese Lieferung ist Ihnen nicht zugewiesen.</translation>
    </message>
    <message>
        <source>After three failed attempts the goods go back to the seller.</source>
        <translation>Nach drei gescheiterten Versuchen geht die Ware an den Verkäufer zurück.</translation>
    </message>
    <message>
        <source>A delivery that is “%1” cannot become “%2”.</source>
        <translation>Eine Lieferung im Zustand „%1“ kann nicht „%2“ werden.</translation>
    </message>
    <message>
        <source>Say why the delivery failed.</source>
        <translation>Geben Sie an, warum die Zustellung scheiterte.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beschreiben Sie, was passiert ist.</translation>
    </message>
    <message>
        <source>A note can have at most 500 characters.</source>
        <translation>Eine Notiz darf höchstens 500 Zeichen haben.</translation>
    </message>
    <message>
        <source>Enter the name of the person who took the delivery.</source>
        <translation>Geben Sie den Namen der Person ein, die die Lieferung angenommen hat.</translation>
    </message>
    <message>
        <source>Collect exactly %1.</source>
        <translation>Kassieren Sie genau %1.</translation>
    </message>
    <message>
        <source>The deliveries on this computer could not be read.</source>
        <translation>Die Lieferungen auf diesem Computer konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The deliveries on this computer could not be prepared.</source>
        <translation>Die Lieferungen auf diesem Computer konnten nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>%1 is not a file; the deliveries cannot be kept there.</source>
        <translation>%1 ist keine Datei; die Lieferungen können dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Speicher.</translation>
    </message>
    <message>
        <source>The deliveries on this computer are damaged.</source>
        <translation>Die Lieferungen auf diesem Computer sind beschädigt.</translation>
    </message>
    <message>
        <source>The deliveries on this computer could not be opened: %1</source>
        <translation>Die Lieferungen auf diesem Computer konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>These deliveries belong to no known account; they are not sent under yours.</source>
        <translation>Diese Lieferungen gehören zu keinem bekannten Konto; sie werden nicht unter Ihrem gesendet.</translation>
    </message>
</context>
<context>
    <name>CourierSync</name>
    <message>
        <source>Not connected to the server yet.</source>
        <translation>Noch nicht mit dem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>CourierTableModel</name>
    <message>
        <source>On foot</source>
        <translation>Zu Fuß</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Fahrrad</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Motorbike</source>
        <translation>Motorrad</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Im Dienst</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Nicht im Dienst</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
    <name>CsvReader</name>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Zeile %1 ist kein UTF-8-Text. Speichern Sie die Datei als &quot;CSV UTF-8&quot; und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field that never ends (a &quot; is missing).</source>
        <translation>Zeile %1 öffnet ein Feld in Anführungszeichen, das nie endet (ein &quot; fehlt).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Orders and revenue per day, last 30 days</source>
        <translation>Bestellungen und Umsatz pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Orders by status</source>
        <translation>Bestellungen nach Status</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>Aufgegebene Bestellungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>DashboardListModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Cash held</source>
        <translation>Bargeld in der Hand</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Revenue (delivered orders)</source>
        <translation>Umsatz (gelieferte Bestellungen)</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>Aufgegebene Bestellungen</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Stornierungen</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Neue Benutzer</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>Als erhalten markieren…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Bestseller</translation>
    </message>
    <message>
        <source>Low on stock (5 or fewer)</source>
        <translation>Wenig auf Lager (5 oder weniger)</translation>
    </message>
    <message>
        <source>Cash held by couriers</source>
        <translation>Bargeld bei den Kurieren</translation>
    </message>
    <message>
        <source>The figures could not be refreshed: %1</source>
        <translation>Die Zahlen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders by status:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Deliveries by status:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Bestellungen nach Status:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Lieferungen nach Status:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Mark cash received</source>
        <translation>Bargeld als erhalten markieren</translation>
    </message>
    <message>
        <source>Received %1 from %2.</source>
        <translation>%1 von %2 erhalten.</translation>
    </message>
    <message>
        <source>%1 hands in %2 for %3 deliveries. Count it, then confirm. A note for the audit log is optional.</source>
        <translation>%1 gibt %2 für %3 Lieferungen ab. Zählen Sie nach und bestätigen Sie dann. Eine Notiz für das Prüfprotokoll ist freiwillig.</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Als erhalten markieren</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The server sent figures this program cannot read.</source>
        <translation>Der Server hat Zahlen geschickt, die dieses Programm nicht lesen kann.</translation>
    </message>
    <message>
        <source>A reason can have at most 1,000 characters.</source>
        <translation>Eine Begründung darf höchstens 1.000 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>Could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>The database %1 holds no HexaStore data to back up.</source>
        <translation>Die Datenbank %1 enthält keine HexaStore-Daten zum Sichern.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The backup failed:</source>
        <translation>Die Sicherung ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>This backup was made by a newer HexaStore (schema version %1; this program knows up to %2). Restore it with that version or a newer one.</source>
        <translation>Diese Sicherung stammt von einem neueren HexaStore (Schemaversion %1; dieses Programm kennt bis %2). Stellen Sie sie mit dieser oder einer neueren Version wieder her.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The restore failed; nothing was changed:</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen; nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Other programs stay connected to the database %1; close them and try again.</source>
        <translation>Andere Programme bleiben mit der Datenbank %1 verbunden; schließen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This file holds more than a HexaStore database; it was not made by hexastore-admin backup and is not restored.</source>
        <translation>Diese Datei enthält mehr als eine HexaStore-Datenbank; sie stammt nicht von hexastore-admin backup und wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database %1 is not empty; a backup is restored only into an empty database or a new local server.</source>
        <translation>Die Datenbank %1 ist nicht leer; eine Sicherung wird nur in eine leere Datenbank oder einen neuen lokalen Server wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup cannot be read:</source>
        <translation>Die Sicherung kann nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Cannot write a temporary file.</source>
        <translation>Eine temporäre Datei kann nicht geschrieben werden.</translation>
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
    <message>
        <source>Create the demo accounts and the demo catalog.</source>
        <translation>Die Demokonten und den Demokatalog anlegen.</translation>
    </message>
    <message>
        <source>How many products the demo catalog gets (default 2000).</source>
        <translation>Wie viele Produkte der Demokatalog bekommt (Standard 2000).</translation>
    </message>
    <message>
        <source>Seed of the generated catalog (the same seed, the same catalog).</source>
        <translation>Startwert des erzeugten Katalogs (gleicher Startwert, gleicher Katalog).</translation>
    </message>
    <message>
        <source>  %1 of %2 products (%3 s)</source>
        <translation>  %1 von %2 Produkten (%3 s)</translation>
    </message>
    <message>
        <source>The catalog has products already; it was left as it is.</source>
        <translation>Der Katalog enthält bereits Produkte; er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Added %1 products in %2 s.</source>
        <translation>%1 Produkte in %2 s hinzugefügt.</translation>
    </message>
    <message>
        <source>Placed %1 demo orders, with promo codes WELCOME10 and SAVE5.</source>
        <translation>%1 Demo-Bestellungen aufgegeben, mit den Aktionscodes WELCOME10 und SAVE5.</translation>
    </message>
    <message>
        <source>At least this many deliveries in the demo courier&apos;s hands (default 5).</source>
        <translation>Mindestens so viele Lieferungen in den Händen des Demo-Kuriers (Standard 5).</translation>
    </message>
    <message>
        <source>Demo deliveries dispatched to courier@hexastore.test: %1.</source>
        <translation>An courier@hexastore.test disponierte Demo-Lieferungen: %1.</translation>
    </message>
    <message>
        <source>Also add this many historical orders spread over the last year (for the dashboard at scale; needs a superuser connection).</source>
        <translation>Zusätzlich so viele frühere Bestellungen, verteilt über das letzte Jahr (für die Übersicht bei großen Datenmengen; braucht eine Superuser-Verbindung).</translation>
    </message>
    <message>
        <source>--products, --seed, --deliveries and --orders take whole numbers.</source>
        <translation>--products, --seed, --deliveries und --orders erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>  order history: %1 (%2 s)</source>
        <translation>  Bestellverlauf: %1 (%2 s)</translation>
    </message>
    <message>
        <source>Added %1 historical orders in %2 s.</source>
        <translation>%1 frühere Bestellungen in %2 s hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>The database server writes dates as &quot;%1&quot;; HexaStore needs DateStyle = &apos;ISO&apos; in its configuration.</source>
        <translation>Der Datenbankserver schreibt Datumsangaben als &quot;%1&quot;; HexaStore braucht DateStyle = &apos;ISO&apos; in seiner Konfiguration.</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <source>Assign to courier</source>
        <translation>Kurier zuweisen</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Zuweisung aufheben …</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Verlauf …</translation>
    </message>
    <message>
        <source>Edit courier…</source>
        <translation>Kurier bearbeiten …</translation>
    </message>
    <message>
        <source>Ready to dispatch</source>
        <translation>Bereit zur Disposition</translation>
    </message>
    <message>
        <source>With a courier</source>
        <translation>Bei einem Kurier</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Order number, city, seller or buyer</source>
        <translation>Bestellnummer, Ort, Verkäufer oder Käufer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>Kuriere</translation>
    </message>
    <message>
        <source>Choose the deliveries, then a courier on the right.</source>
        <translation>Wählen Sie die Lieferungen, dann rechts einen Kurier.</translation>
    </message>
    <message>
        <source>Courier off duty</source>
        <translation>Kurier nicht im Dienst</translation>
    </message>
    <message>
        <source>%1 is off duty. Give them the deliveries anyway?</source>
        <translation>%1 ist nicht im Dienst. Die Lieferungen trotzdem zuweisen?</translation>
    </message>
    <message>
        <source>Deliveries given to %1: %2.</source>
        <translation>Lieferungen an %1 übergeben: %2.</translation>
    </message>
    <message>
        <source>Deliveries on their way are handed over one at a time.</source>
        <translation>Unterwegs befindliche Lieferungen werden einzeln übergeben.</translation>
    </message>
    <message>
        <source>Hand over delivery</source>
        <translation>Lieferung übergeben</translation>
    </message>
    <message>
        <source>The delivery is now with %1.</source>
        <translation>Die Lieferung ist jetzt bei %1.</translation>
    </message>
    <message>
        <source>Unassign delivery</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>The delivery is back in the queue.</source>
        <translation>Die Lieferung ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>The courier&apos;s profile is saved.</source>
        <translation>Das Profil des Kuriers ist gespeichert.</translation>
    </message>
    <message>
        <source>Assign anyway</source>
        <translation>Trotzdem zuweisen</translation>
    </message>
    <message>
        <source>This delivery is on its way. It goes to %1; the first courier must give the goods to them.</source>
        <translation>Diese Lieferung ist unterwegs. Sie geht an %1; der erste Kurier muss die Ware an ihn übergeben.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>The delivery goes back to the queue. A reason is optional and kept in the audit log.</source>
        <translation>Die Lieferung geht zurück in die Warteschlange. Eine Begründung ist freiwillig und wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>No deliveries here — confirmed orders appear in the queue.</source>
        <translation>Keine Lieferungen hier – bestätigte Bestellungen erscheinen in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>DeliveryQueueTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(%1 failed)</source>
        <translation>(%1 gescheitert)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <source>Waiting for a courier</source>
        <translation>Wartet auf einen Kurier</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivery attempt failed</source>
        <translation>Zustellversuch gescheitert</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Returned to the seller</source>
        <translation>An den Verkäufer zurück</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Nobody was there</source>
        <translation>Niemand angetroffen</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Adresse nicht gefunden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Annahme verweigert</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
</context>
<context>
    <name>DeliveryTimelineDialog</name>
    <message>
        <source>Delivery of order #%1</source>
        <translation>Lieferung der Bestellung #%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Nothing has happened to this delivery yet.</source>
        <translation>Mit dieser Lieferung ist noch nichts geschehen.</translation>
    </message>
</context>
<context>
    <name>DeliveryTimelineModel</name>
    <message>
        <source>courier: %1</source>
        <translation>Kurier: %1</translation>
    </message>
    <message>
        <source>taken by %1</source>
        <translation>angenommen von %1</translation>
    </message>
    <message>
        <source>cash %1</source>
        <translation>bar %1</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>Device time</source>
        <translation>Gerätezeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Details and proof</source>
        <translation>Einzelheiten und Nachweis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>A reason can have at most 1,000 characters.</source>
        <translation>Eine Begründung darf höchstens 1.000 Zeichen haben.</translation>
    </message>
    <message>
        <source>Choose one or more deliveries first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Lieferungen.</translation>
    </message>
    <message>
        <source>Say why the delivery goes to another courier on its way.</source>
        <translation>Geben Sie an, warum die Lieferung unterwegs an einen anderen Kurier geht.</translation>
    </message>
</context>
<context>
    <name>FailedAttemptDialog</name>
    <message>
        <source>Delivery attempt failed</source>
        <translation>Zustellversuch gescheitert</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen …</translation>
    </message>
    <message>
        <source>What happened? (needed for “Other”, at most 500 characters)</source>
        <translation>Was ist passiert? (nötig bei „Sonstiges“, höchstens 500 Zeichen)</translation>
    </message>
    <message>
        <source>Attempt %1 of 3. After the third failed attempt the goods go back to the seller.</source>
        <translation>Versuch %1 von 3. Nach dem dritten gescheiterten Versuch geht die Ware an den Verkäufer zurück.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Record failed attempt</source>
        <translation>Gescheiterten Versuch erfassen</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>%1 vs. the period before</source>
        <translation>%1 gegenüber dem Zeitraum davor</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Send me a code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Neues Passwort festlegen</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>We e-mail you a code; with it you choose a new password. Every device logged in to your account is logged out.</source>
        <translation>Wir senden Ihnen einen Code per E-Mail; damit wählen Sie ein neues Passwort. Alle bei Ihrem Konto angemeldeten Geräte werden abgemeldet.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
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
        <source>Enter the e-mail address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a code is on its way. It works once, for 15 minutes.</source>
        <translation>Falls %1 zu einem Konto gehört, ist ein Code unterwegs. Er gilt einmal, 15 Minuten lang.</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Die neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The code is wrong, used or expired. Check the e-mail, or ask for a new code.</source>
        <translation>Der Code ist falsch, verbraucht oder abgelaufen. Prüfen Sie die E-Mail oder fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX, from the e-mail</source>
        <translation>XXXX-XXXX-XXXX-XXXX, aus der E-Mail</translation>
    </message>
</context>
<context>
    <name>HistoricalOrderSeeder</name>
    <message>
        <source>Bulk order history needs a superuser connection (it writes with the triggers off).</source>
        <translation>Ein Bestellverlauf in großen Mengen braucht eine Superuser-Verbindung (er schreibt mit abgeschalteten Triggern).</translation>
    </message>
    <message>
        <source>Order history needs products, buyers and a courier: run seed-demo without --orders first.</source>
        <translation>Ein Bestellverlauf braucht Produkte, Käufer und einen Kurier: führen Sie zuerst seed-demo ohne --orders aus.</translation>
    </message>
</context>
<context>
    <name>ImageCache</name>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>ImageDownloader</name>
    <message>
        <source>Enter a web address that starts with http:// or https://.</source>
        <translation>Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>The picture at that address is larger than 5 MB.</source>
        <translation>Das Bild unter dieser Adresse ist größer als 5 MB.</translation>
    </message>
    <message>
        <source>The server took too long to send the picture.</source>
        <translation>Der Server hat zu lange gebraucht, um das Bild zu senden.</translation>
    </message>
    <message>
        <source>The picture could not be downloaded: %1</source>
        <translation>Das Bild konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ImagePipeline</name>
    <message>
        <source>The image could not be encoded.</source>
        <translation>Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The image is larger than 5 MB (%1 MB).</source>
        <translation>Das Bild ist größer als 5 MB (%1 MB).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a JPEG, PNG or WebP image.</source>
        <translation>Das ist kein JPEG-, PNG- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>The image is damaged: its size cannot be read.</source>
        <translation>Das Bild ist beschädigt: Seine Größe lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The image is too large: %1 × %2 pixels (at most %3 a side and 40 megapixels).</source>
        <translation>Das Bild ist zu groß: %1 × %2 Pixel (höchstens %3 je Seite und 40 Megapixel).</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete.</source>
        <translation>Das Bild ist beschädigt oder unvollständig.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the file.</source>
        <translation>
            <numerusform>%Ln Zeile in der Datei.</numerusform>
            <numerusform>%Ln Zeilen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported as they are; correct them in the file and import it again. Nothing is written until every row is right.</source>
        <translation>
            <numerusform>%Ln Zeile kann so nicht importiert werden; korrigieren Sie sie in der Datei und importieren Sie erneut. Es wird nichts geschrieben, bevor alle Zeilen stimmen.</numerusform>
            <numerusform>%Ln Zeilen können so nicht importiert werden; korrigieren Sie sie in der Datei und importieren Sie erneut. Es wird nichts geschrieben, bevor alle Zeilen stimmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 product(s), %2 variant(s).</source>
        <translation>Neu: %1 Produkt(e), %2 Variante(n).</translation>
    </message>
    <message>
        <source>Changed: %1 product(s), %2 variant(s).</source>
        <translation>Geändert: %1 Produkt(e), %2 Variante(n).</translation>
    </message>
    <message>
        <source>Left as they are: %1 row(s).</source>
        <translation>Unverändert: %1 Zeile(n).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(the whole line)</source>
        <translation>(die ganze Zeile)</translation>
    </message>
    <message>
        <source>Import %1 row(s)</source>
        <translation>%1 Zeile(n) importieren</translation>
    </message>
    <message>
        <source>The first %1 problems are shown.</source>
        <translation>Die ersten %1 Probleme werden gezeigt.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Strg+1 … Strg+9</translation>
    </message>
    <message>
        <source>Go to the first … ninth screen in the list</source>
        <translation>Zur ersten … neunten Ansicht der Liste</translation>
    </message>
    <message>
        <source>Load the screen again from the server</source>
        <translation>Die Ansicht neu vom Server laden</translation>
    </message>
    <message>
        <source>Go to the screen&apos;s search field</source>
        <translation>Zum Suchfeld der Ansicht</translation>
    </message>
    <message>
        <source>Copy the selected rows (tab-separated, with a header)</source>
        <translation>Die gewählten Zeilen kopieren (tabulatorgetrennt, mit Kopfzeile)</translation>
    </message>
    <message>
        <source>Select every row</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>Delete or remove the selected item</source>
        <translation>Den gewählten Eintrag löschen oder entfernen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the selected row; in a form, its main button</source>
        <translation>Die gewählte Zeile öffnen; in einem Formular dessen Hauptschaltfläche</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the dialog (it asks first when something is unsaved)</source>
        <translation>Den Dialog schließen (mit Rückfrage, wenn etwas nicht gespeichert ist)</translation>
    </message>
    <message>
        <source>My listings: undo the last change of a price, stock or &quot;for sale&quot;</source>
        <translation>Meine Angebote: die letzte Änderung von Preis, Bestand oder „im Verkauf“ rückgängig machen</translation>
    </message>
    <message>
        <source>My listings: redo it</source>
        <translation>Meine Angebote: sie wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Strg+Ende</translation>
    </message>
    <message>
        <source>Catalog: the end of the list</source>
        <translation>Katalog: das Ende der Liste</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Rechtsklick</translation>
    </message>
    <message>
        <source>The actions of a list or table</source>
        <translation>Die Aktionen einer Liste oder Tabelle</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Quit HexaStore</source>
        <translation>HexaStore beenden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
</context>
<context>
    <name>ListingCsv</name>
    <message>
        <source>The file is empty. Its first line names the columns: %1.</source>
        <translation>Die Datei ist leer. Ihre erste Zeile nennt die Spalten: %1.</translation>
    </message>
    <message>
        <source>The first line names a column &quot;%1&quot; that listings do not have. The columns are: %2.</source>
        <translation>Die erste Zeile nennt eine Spalte &quot;%1&quot;, die Angebote nicht haben. Die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>The first line names the column &quot;%1&quot; twice.</source>
        <translation>Die erste Zeile nennt die Spalte &quot;%1&quot; zweimal.</translation>
    </message>
    <message>
        <source>The first line lacks the column(s) %1. The columns are: %2.</source>
        <translation>Der ersten Zeile fehlen die Spalte(n) %1. Die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>This line has %1 field(s); the first line names %2 columns. Is a separator or a quote missing?</source>
        <translation>Diese Zeile hat %1 Feld(er); die erste Zeile nennt %2 Spalten. Fehlt ein Trennzeichen oder ein Anführungszeichen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product id: a whole number, or empty for a new product.</source>
        <translation>&quot;%1&quot; ist keine Produkt-ID: eine ganze Zahl, oder leer für ein neues Produkt.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>Das Produkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name starts or ends with spaces; remove them.</source>
        <translation>Der Name beginnt oder endet mit Leerzeichen; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most 200 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens 200 sind erlaubt.</translation>
    </message>
    <message>
        <source>Every product needs a category.</source>
        <translation>Jedes Produkt braucht eine Kategorie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false (also: yes/no, 1/0).</source>
        <translation>&quot;%1&quot; ist weder true noch false (auch: yes/no, 1/0).</translation>
    </message>
    <message>
        <source>Every variant needs a SKU.</source>
        <translation>Jede Variante braucht eine Artikelnummer (SKU).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU: up to 64 letters, digits and . _ / -, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; ist keine Artikelnummer: bis zu 64 Buchstaben, Ziffern und . _ / -, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The options are not a JSON object such as {&quot;size&quot;: &quot;M&quot;}.</source>
        <translation>Die Optionen sind kein JSON-Objekt wie {&quot;size&quot;: &quot;M&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: digits with at most two decimals, such as 12.50, without thousands separators or currency.</source>
        <translation>&quot;%1&quot; ist kein Preis: Ziffern mit höchstens zwei Nachkommastellen, etwa 12,50, ohne Tausendertrennzeichen oder Währung.</translation>
    </message>
    <message>
        <source>A price is from 0.01 to 1,000,000,000; this is %1.</source>
        <translation>Ein Preis liegt zwischen 0,01 und 1.000.000.000; dieser ist %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stock: a whole number from 0 to 999,999,999.</source>
        <translation>&quot;%1&quot; ist kein Bestand: eine ganze Zahl von 0 bis 999.999.999.</translation>
    </message>
</context>
<context>
    <name>ListingImportService</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>You have no listing with the id %1.</source>
        <translation>Sie haben kein Angebot mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;.</source>
        <translation>Es gibt keine Kategorie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several categories are called &quot;%1&quot;; write its whole path, such as &quot;Parent &gt; %1&quot;.</source>
        <translation>Mehrere Kategorien heißen &quot;%1&quot;; schreiben Sie den ganzen Pfad, etwa &quot;Oberkategorie &gt; %1&quot;.</translation>
    </message>
    <message>
        <source>There is no brand &quot;%1&quot;; leave the brand empty or ask an administrator to add it.</source>
        <translation>Es gibt keine Marke &quot;%1&quot;; lassen Sie die Marke leer oder bitten Sie einen Administrator, sie anzulegen.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to another seller&apos;s listing.</source>
        <translation>Die Artikelnummer %1 gehört zum Angebot eines anderen Verkäufers.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to a listing you deleted.</source>
        <translation>Die Artikelnummer %1 gehört zu einem Angebot, das Sie gelöscht haben.</translation>
    </message>
    <message>
        <source>This SKU is on line %1 already.</source>
        <translation>Diese Artikelnummer steht schon in Zeile %1.</translation>
    </message>
    <message>
        <source>This SKU belongs to your listing %1, not to this one.</source>
        <translation>Diese Artikelnummer gehört zu Ihrem Angebot %1, nicht zu diesem.</translation>
    </message>
    <message>
        <source>Several of your listings are called &quot;%1&quot;; give the product_id of the one you mean.</source>
        <translation>Mehrere Ihrer Angebote heißen &quot;%1&quot;; geben Sie die product_id des gemeinten an.</translation>
    </message>
    <message>
        <source>Line %1 has the same product with another %2; the rows of one product must agree.</source>
        <translation>Zeile %1 hat dasselbe Produkt mit anderem Wert für %2; die Zeilen eines Produkts müssen übereinstimmen.</translation>
    </message>
    <message>
        <source>An administrator hid this listing; it cannot be put back on sale by an import.</source>
        <translation>Ein Administrator hat dieses Angebot ausgeblendet; ein Import kann es nicht wieder in den Verkauf bringen.</translation>
    </message>
    <message>
        <source>The database refused this row (%1).</source>
        <translation>Die Datenbank hat diese Zeile abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Correct the rows with problems first; nothing was imported.</source>
        <translation>Korrigieren Sie zuerst die Zeilen mit Problemen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into several files.</source>
        <translation>%1 ist größer als %2 MB; teilen Sie sie in mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>ListingService</name>
    <message>
        <source>&quot;%1&quot; is not a valid SKU: use 1 to 64 letters, digits, dots, dashes, slashes or underscores, starting with a letter or digit.</source>
        <translation>„%1“ ist keine gültige Artikelnummer: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche, Schrägstriche oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>Der Bestand kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Diesen Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>You can change only your own listings.</source>
        <translation>Sie können nur Ihre eigenen Angebote ändern.</translation>
    </message>
    <message>
        <source>Someone else changed %1 (%2) meanwhile: it now costs %3 with %4 in stock. Reload to see the current values, then make your change again.</source>
        <translation>Jemand anderes hat %1 (%2) inzwischen geändert: Es kostet jetzt %3 bei %4 auf Lager. Laden Sie neu, um die aktuellen Werte zu sehen, und ändern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Give the product a name of 1 to 200 characters.</source>
        <translation>Geben Sie dem Produkt einen Namen mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>The description can have at most 10,000 characters.</source>
        <translation>Die Beschreibung darf höchstens 10.000 Zeichen haben.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Wählen Sie eine Kategorie.</translation>
    </message>
    <message>
        <source>A product needs at least one variant.</source>
        <translation>Ein Produkt braucht mindestens eine Variante.</translation>
    </message>
    <message>
        <source>The SKU %1 is used twice.</source>
        <translation>Die Artikelnummer %1 wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>Someone else changed this product since you opened it. Close the editor, reload, and make your changes again.</source>
        <translation>Jemand anderes hat dieses Produkt geändert, seit Sie es geöffnet haben. Schließen Sie den Editor, laden Sie neu und ändern Sie erneut.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another product.</source>
        <translation>Die Artikelnummer %1 wird bereits von einem anderen Produkt verwendet.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 has no valid price: a price is from 0.01 to 1,000,000,000.</source>
        <translation>%1 hat keinen gültigen Preis: Ein Preis liegt zwischen 0,01 und 1.000.000.000.</translation>
    </message>
    <message>
        <source>A price is from 0.01 to 1,000,000,000.</source>
        <translation>Ein Preis liegt zwischen 0,01 und 1.000.000.000.</translation>
    </message>
</context>
<context>
    <name>ListingTableModel</name>
    <message>
        <source>Listed</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Double-click to change</source>
        <translation>Zum Ändern doppelklicken</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>For sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 (%2) gespeichert.</translation>
    </message>
    <message>
        <source>Hidden by an administrator: %1</source>
        <translation>Von einem Administrator ausgeblendet: %1</translation>
    </message>
    <message>
        <source>An administrator took this product out of the catalog: %1</source>
        <translation>Ein Administrator hat dieses Produkt aus dem Katalog genommen: %1</translation>
    </message>
    <message>
        <source>That row is still being saved; undo again in a moment.</source>
        <translation>Diese Zeile wird noch gespeichert; machen Sie es gleich noch einmal rückgängig.</translation>
    </message>
    <message>
        <source>The changed row is not in the list now (a search hides it), so its change cannot be undone from here.</source>
        <translation>Die geänderte Zeile ist gerade nicht in der Liste (eine Suche blendet sie aus), daher lässt sich ihre Änderung hier nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <source>Find in my listings</source>
        <translation>In meinen Angeboten suchen</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Neues Produkt …</translation>
    </message>
    <message>
        <source>Edit product…</source>
        <translation>Produkt bearbeiten …</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Anbieten</translation>
    </message>
    <message>
        <source>Show the selected products in the catalog</source>
        <translation>Die ausgewählten Produkte im Katalog zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Take the selected products out of the catalog</source>
        <translation>Die ausgewählten Produkte aus dem Katalog nehmen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep the list as it is</source>
        <translation>Liste so lassen</translation>
    </message>
    <message>
        <source>Select one product to edit.</source>
        <translation>Wählen Sie ein Produkt zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Select the products first.</source>
        <translation>Wählen Sie zuerst die Produkte.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) listed.</source>
        <translation>
            <numerusform>%n Produkt angeboten.</numerusform>
            <numerusform>%n Produkte angeboten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) hidden.</source>
        <translation>
            <numerusform>%n Produkt ausgeblendet.</numerusform>
            <numerusform>%n Produkte ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export listings</source>
        <translation>Angebote exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product was saved.</source>
        <translation>Das Produkt wurde gespeichert.</translation>
    </message>
    <message>
        <source>Select one product to delete.</source>
        <translation>Wählen Sie ein Produkt zum Löschen.</translation>
    </message>
    <message>
        <source>The product had been ordered, so it was archived.</source>
        <translation>Das Produkt wurde schon bestellt und daher archiviert.</translation>
    </message>
    <message>
        <source>The product was deleted.</source>
        <translation>Das Produkt wurde gelöscht.</translation>
    </message>
    <message>
        <source>Exporting your listings…</source>
        <translation>Ihre Angebote werden exportiert …</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>price change</source>
        <translation>Preisänderung</translation>
    </message>
    <message>
        <source>stock change</source>
        <translation>Bestandsänderung</translation>
    </message>
    <message>
        <source>for-sale change</source>
        <translation>Verkaufsänderung</translation>
    </message>
    <message>
        <source>Hide products</source>
        <translation>Produkte ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>Take %n product(s) out of the catalog? Buyers no longer find them; carts that hold them cannot check them out.</source>
        <translation>
            <numerusform>%n Produkt aus dem Katalog nehmen? Käufer finden es nicht mehr; Warenkörbe, die es enthalten, können es nicht bestellen.</numerusform>
            <numerusform>%n Produkte aus dem Katalog nehmen? Käufer finden sie nicht mehr; Warenkörbe, die sie enthalten, können sie nicht bestellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” with all its variants? A product that has been ordered is archived instead, so that order history stays whole.</source>
        <translation>„%1“ mit allen Varianten löschen? Ein bereits bestelltes Produkt wird stattdessen archiviert, damit der Bestellverlauf vollständig bleibt.</translation>
    </message>
    <message>
        <source>No products here yet — create one with “New product…”.</source>
        <translation>Noch keine Produkte – legen Sie eines mit „Neues Produkt …“ an.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import listings</source>
        <translation>Angebote importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Importing your listings…</source>
        <translation>Ihre Angebote werden importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported: the catalog changed since the preview.</source>
        <translation>Nichts wurde importiert: der Katalog hat sich seit der Vorschau geändert.</translation>
    </message>
    <message>
        <source>Imported: %1 new product(s), %2 new and %3 changed variant(s).</source>
        <translation>Importiert: %1 neue(s) Produkt(e), %2 neue und %3 geänderte Variante(n).</translation>
    </message>
</context>
<context>
    <name>LocalBackupController</name>
    <message>
        <source>Backing up… %1 written</source>
        <translation>Sicherung läuft… %1 geschrieben</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert in %1.</translation>
    </message>
    <message>
        <source>A backup is being made; restore when it has finished.</source>
        <translation>Gerade wird gesichert; stellen Sie wieder her, wenn die Sicherung fertig ist.</translation>
    </message>
</context>
<context>
    <name>LocalCluster</name>
    <message>
        <source>There is no local cluster in %1 yet; initialise it first.</source>
        <translation>In %1 gibt es noch keinen lokalen Cluster; initialisieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>%1 does not hold a HexaStore local cluster; not removing it.</source>
        <translation>%1 enthält keinen lokalen HexaStore-Cluster; es wird nicht entfernt.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
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
    <message>
        <source>standby.example.com:6432 (optional)</source>
        <translation>standby.example.com:6432 (optional)</translation>
    </message>
    <message>
        <source>A read-only copy of the database (a streaming standby) to read the catalog from. Same database, role and encryption.</source>
        <translation>Eine schreibgeschützte Kopie der Datenbank (ein Streaming-Standby), aus der der Katalog gelesen wird. Gleiche Datenbank, Rolle und Verschlüsselung.</translation>
    </message>
    <message>
        <source>Catalog reads from:</source>
        <translation>Katalog lesen von:</translation>
    </message>
    <message>
        <source>Enter the read-only server as a host name, or as host:port (for example standby.example.com:6432), or leave it empty.</source>
        <translation>Geben Sie den schreibgeschützten Server als Hostnamen oder als Host:Port an (zum Beispiel standby.example.com:6432), oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
</context>
<context>
    <name>LoginHistoryModel</name>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Logged in with a one-time password</source>
        <translation>Mit einem Einmalpasswort angemeldet</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>Refused: locked after failures</source>
        <translation>Abgewiesen: nach Fehlversuchen gesperrt</translation>
    </message>
    <message>
        <source>Refused: account disabled</source>
        <translation>Abgewiesen: Konto gesperrt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message>
        <source>HexaStore: %1</source>
        <translation>HexaStore: %1</translation>
    </message>
    <message>
        <source>sent #%1 to %2</source>
        <translation>#%1 an %2 gesendet</translation>
    </message>
    <message>
        <source>not sent #%1 to %2 (attempt %3): %4</source>
        <translation>#%1 an %2 nicht gesendet (Versuch %3): %4</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1.</source>
        <translation>--limit erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed (tried again later), %3 notification(s) queued.</source>
        <translation>%1 gesendet, %2 fehlgeschlagen (später erneut), %3 Benachrichtigung(en) eingereiht.</translation>
    </message>
    <message>
        <source>Not known whether these went out (the sender stopped while sending); they are not sent again by themselves:</source>
        <translation>Unbekannt, ob diese verschickt wurden (der Versand brach ab); sie werden nicht von selbst erneut gesendet:</translation>
    </message>
    <message>
        <source>At most this many messages per run (default 100).</source>
        <translation>Höchstens so viele Nachrichten pro Lauf (Standard 100).</translation>
    </message>
    <message>
        <source>Unknown key %1. Keys: smtp_host, smtp_port, smtp_starttls, smtp_username, smtp_password, mail_from.</source>
        <translation>Unbekannter Schlüssel %1. Schlüssel: smtp_host, smtp_port, smtp_starttls, smtp_username, smtp_password, mail_from.</translation>
    </message>
    <message>
        <source>The e-mail outbox: mail send | mail set KEY VALUE (- reads it from standard input) | mail settings
Keys: smtp_host, smtp_port (587), smtp_starttls (true|false), smtp_username, smtp_password, mail_from.</source>
        <translation>Der E-Mail-Ausgang: mail send | mail set SCHLÜSSEL WERT (- liest ihn von der Standardeingabe) | mail settings
Schlüssel: smtp_host, smtp_port (587), smtp_starttls (true|false), smtp_username, smtp_password, mail_from.</translation>
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
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Meine Angebote</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Categories &amp; brands</source>
        <translation>Kategorien &amp; Marken</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Meine Bestellungen</translation>
    </message>
    <message>
        <source>Promo codes</source>
        <translation>Gutscheincodes</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>My deliveries</source>
        <translation>Meine Lieferungen</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Dashboard: the whole marketplace</source>
        <translation>Übersicht: der ganze Marktplatz</translation>
    </message>
    <message>
        <source>Dashboard: your shop</source>
        <translation>Übersicht: Ihr Shop</translation>
    </message>
    <message>
        <source>Orders for my products</source>
        <translation>Bestellungen meiner Produkte</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <source>Your cart</source>
        <translation>Ihr Warenkorb</translation>
    </message>
    <message>
        <source>Delivery addresses</source>
        <translation>Lieferadressen</translation>
    </message>
    <message>
        <source>Categories and brands</source>
        <translation>Kategorien und Marken</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Log out &amp;everywhere…</source>
        <translation>&amp;Überall abmelden …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Log out on every computer and phone where you are logged in, this one included? Work not yet saved elsewhere is lost there.</source>
        <translation>Auf jedem Computer und Telefon abmelden, auf dem Sie angemeldet sind, auch hier? Dort noch nicht Gespeichertes geht verloren.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>%1 and %2 more.</source>
        <translation>%1 und %2 weitere.</translation>
    </message>
    <message>
        <source>HexaStore</source>
        <translation>HexaStore</translation>
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
    <name>MoneyDelegate</name>
    <message>
        <source>&quot;%1&quot; is not a price from %2 to %3; write it like %4.</source>
        <translation>„%1“ ist kein Preis zwischen %2 und %3; schreiben Sie ihn wie %4.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Why? Kept in the audit log with your name.</source>
        <translation>Warum? Wird mit Ihrem Namen im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des neuen Benutzers ein.</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation>Geben Sie den Namen des neuen Benutzers ein.</translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>Your order #%1 was confirmed by the seller.</source>
        <translation>Ihre Bestellung #%1 wurde vom Verkäufer bestätigt.</translation>
    </message>
    <message>
        <source>Your order #%1 is on its way.</source>
        <translation>Ihre Bestellung #%1 ist unterwegs.</translation>
    </message>
    <message>
        <source>Your order #%1 was delivered.</source>
        <translation>Ihre Bestellung #%1 wurde zugestellt.</translation>
    </message>
    <message>
        <source>Your order #%1 was cancelled.</source>
        <translation>Ihre Bestellung #%1 wurde storniert.</translation>
    </message>
    <message>
        <source>The courier could not deliver your order #%1; they will try again.</source>
        <translation>Der Kurier konnte Ihre Bestellung #%1 nicht zustellen; er versucht es erneut.</translation>
    </message>
    <message>
        <source>New order #%1.</source>
        <translation>Neue Bestellung #%1.</translation>
    </message>
    <message>
        <source>Order #%1 was cancelled.</source>
        <translation>Bestellung #%1 wurde storniert.</translation>
    </message>
    <message>
        <source>Delivery #%1 (order #%2) is yours to deliver.</source>
        <translation>Lieferung #%1 (Bestellung #%2) ist Ihnen zugeteilt.</translation>
    </message>
    <message>
        <source>Delivery #%1 (order #%2) was changed by the dispatcher.</source>
        <translation>Lieferung #%1 (Bestellung #%2) wurde von der Disposition geändert.</translation>
    </message>
    <message>
        <source>Delivery #%1 (order #%2) is no longer yours.</source>
        <translation>Lieferung #%1 (Bestellung #%2) ist Ihnen nicht mehr zugeteilt.</translation>
    </message>
    <message>
        <source>Something happened to order #%1.</source>
        <translation>Bei Bestellung #%1 hat sich etwas geändert.</translation>
    </message>
</context>
<context>
    <name>NotificationTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Nothing yet. News about your orders and deliveries appears here.</source>
        <translation>Noch nichts. Neuigkeiten zu Ihren Bestellungen und Lieferungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Choose a notification first.</source>
        <translation>Wählen Sie zuerst eine Benachrichtigung.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Give this one-time password to %1 (%2) in person or by phone. They must choose a new password when they log in with it. It is shown only now.</source>
        <translation>Geben Sie dieses Einmalpasswort persönlich oder telefonisch an %1 (%2) weiter. Bei der Anmeldung damit muss ein neues Passwort gewählt werden. Es wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
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
    <name>OrderItemTableModel</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>The connection broke while your order was being placed. Check &quot;My orders&quot; once the connection is back before ordering again.</source>
        <translation>Die Verbindung brach ab, während Ihre Bestellung aufgegeben wurde. Sehen Sie unter „Meine Bestellungen“ nach, sobald die Verbindung wieder steht, bevor Sie erneut bestellen.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Als versandt markieren</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Als zugestellt markieren</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>%1 minus %2 discount (%3)</source>
        <translation>%1 abzüglich %2 Rabatt (%3)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>by the buyer</source>
        <translation>vom Käufer</translation>
    </message>
    <message>
        <source>by the seller</source>
        <translation>vom Verkäufer</translation>
    </message>
    <message>
        <source>by the courier</source>
        <translation>vom Kurier</translation>
    </message>
    <message>
        <source>by an administrator</source>
        <translation>von einem Administrator</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <source>Order #, buyer or seller</source>
        <translation>Bestellnr., Käufer oder Verkäufer</translation>
    </message>
    <message>
        <source>Order # or buyer</source>
        <translation>Bestellnr. oder Käufer</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>Von: beliebig</translation>
    </message>
    <message>
        <source>Until: any</source>
        <translation>Bis: beliebig</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Order #%1 — %2</source>
        <translation>Bestellung #%1 — %2</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Aufgegeben %1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>Käufer: %1</translation>
    </message>
    <message>
        <source>Seller: %1</source>
        <translation>Verkäufer: %1</translation>
    </message>
    <message>
        <source>Payment: cash on delivery</source>
        <translation>Zahlung: Nachnahme</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Zwischensumme %1</translation>
    </message>
    <message>
        <source>, discount −%1 (%2)</source>
        <translation>, Rabatt −%1 (%2)</translation>
    </message>
    <message>
        <source>, total %1</source>
        <translation>, gesamt %1</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>Liefern an:</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Cancel order #%1? Its items go back on sale.</source>
        <translation>Bestellung #%1 stornieren? Ihre Artikel gehen wieder in den Verkauf.</translation>
    </message>
    <message>
        <source>Order #%1: %2.</source>
        <translation>Bestellung #%1: %2.</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Lieferung: %1</translation>
    </message>
    <message>
        <source>received by %1</source>
        <translation>angenommen von %1</translation>
    </message>
    <message>
        <source>Order #%1 becomes %2. The reason is kept in the audit log.</source>
        <translation>Bestellung #%1 wird %2. Die Begründung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Order #%1 becomes %2. The buyer sees the reason, if you give one.</source>
        <translation>Bestellung #%1 wird %2. Der Käufer sieht die Begründung, wenn Sie eine angeben.</translation>
    </message>
    <message>
        <source>No orders yet — browse the catalog, fill your cart and check out.</source>
        <translation>Noch keine Bestellungen – stöbern Sie im Katalog, füllen Sie den Warenkorb und bestellen Sie.</translation>
    </message>
    <message>
        <source>No orders for your products yet.</source>
        <translation>Noch keine Bestellungen für Ihre Produkte.</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Keine Bestellungen passen zu diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>PgBouncerServer</name>
    <message>
        <source>Could not write the configuration in %1.</source>
        <translation>Die Konfiguration in %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no PgBouncer configured in %1 yet.</source>
        <translation>In %1 ist noch kein PgBouncer eingerichtet.</translation>
    </message>
    <message>
        <source>PgBouncer is not installed (package pgbouncer); packaging/setup.sh installs it.</source>
        <translation>PgBouncer ist nicht installiert (Paket pgbouncer); packaging/setup.sh installiert es.</translation>
    </message>
    <message>
        <source>PgBouncer did not start: %1</source>
        <translation>PgBouncer ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>PgBouncer (process %1) did not stop.</source>
        <translation>PgBouncer (Prozess %1) hat nicht angehalten.</translation>
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
    <name>PickupDetailsBox</name>
    <message>
        <source>Pickup for couriers</source>
        <translation>Abholung durch Kuriere</translation>
    </message>
    <message>
        <source>Save pickup details</source>
        <translation>Abholangaben speichern</translation>
    </message>
    <message>
        <source>Street and number, postcode and city, where to ring</source>
        <translation>Straße und Hausnummer, PLZ und Ort, wo zu klingeln ist</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Pickup address:</source>
        <translation>Abholadresse:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Couriers now see these pickup details.</source>
        <translation>Kuriere sehen jetzt diese Abholangaben.</translation>
    </message>
</context>
<context>
    <name>PickupDetailsService</name>
    <message>
        <source>A pickup address can have at most 500 characters.</source>
        <translation>Eine Abholadresse darf höchstens 500 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>ProductDetailDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Hide listing</source>
        <translation>Angebot ausblenden</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
    <message>
        <source>Show listing</source>
        <translation>Angebot zeigen</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Marke: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Sold by %1</source>
        <translation>Verkauft von %1</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Edit product…</source>
        <translation>Produkt bearbeiten …</translation>
    </message>
    <message>
        <source>Write a review…</source>
        <translation>Bewertung schreiben …</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>In den Warenkorb</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Added %1 to your cart (%2 in it now).</source>
        <translation>%1 in den Warenkorb gelegt (jetzt %2 darin).</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <source>Edit your review…</source>
        <translation>Ihre Bewertung bearbeiten …</translation>
    </message>
    <message>
        <source>“%1” goes back into the catalog, and the seller&apos;s note about why it was hidden goes away.</source>
        <translation>„%1“ kommt zurück in den Katalog, und der Hinweis für den Verkäufer, warum es ausgeblendet war, entfällt.</translation>
    </message>
    <message>
        <source>“%1” is taken out of the catalog. Its seller sees your reason and cannot list it again until an administrator shows it.</source>
        <translation>„%1“ wird aus dem Katalog genommen. Der Verkäufer sieht Ihre Begründung und kann es erst wieder anbieten, wenn ein Administrator es einblendet.</translation>
    </message>
    <message>
        <source>“%1” is back in the catalog.</source>
        <translation>„%1“ ist wieder im Katalog.</translation>
    </message>
    <message>
        <source>“%1” is hidden from the catalog; its seller sees why.</source>
        <translation>„%1“ ist aus dem Katalog ausgeblendet; der Verkäufer sieht, warum.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a quantity from 1 to %n, the stock; you wrote %1.</source>
        <translation>
            <numerusform>Geben Sie eine Menge von 1 bis %n ein, dem Bestand; Sie schrieben %1.</numerusform>
            <numerusform>Geben Sie eine Menge von 1 bis %n ein, dem Bestand; Sie schrieben %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>Choose a category…</source>
        <translation>Kategorie wählen …</translation>
    </message>
    <message>
        <source>Show in the catalog</source>
        <translation>Im Katalog zeigen</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>Keine Marke</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Variante entfernen</translation>
    </message>
    <message>
        <source>Drag to change the order; the first picture is the one the catalog shows.</source>
        <translation>Zum Umsortieren ziehen; das erste Bild zeigt der Katalog.</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>Bild hinzufügen …</translation>
    </message>
    <message>
        <source>Add from web address…</source>
        <translation>Von Webadresse hinzufügen …</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marke:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Variants (SKU, options like &quot;size: M, colour: blue&quot;, price, stock):</source>
        <translation>Varianten (Artikelnummer, Optionen wie „size: M, colour: blue“, Preis, Bestand):</translation>
    </message>
    <message>
        <source>Pictures (JPEG, PNG or WebP, at most 5 MB each):</source>
        <translation>Bilder (JPEG, PNG oder WebP, je höchstens 5 MB):</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file is larger than 5 MB.</source>
        <translation>Die Datei ist größer als 5 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Add from web address</source>
        <translation>Von Webadresse hinzufügen</translation>
    </message>
    <message>
        <source>Address of the picture:</source>
        <translation>Adresse des Bildes:</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes to this product have not been saved.</source>
        <translation>Die Änderungen an diesem Produkt wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Give every variant a price: the one in row %1 has none.</source>
        <translation>Geben Sie jeder Variante einen Preis: Die in Zeile %1 hat keinen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht auf Lager</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>No reviews</source>
        <translation>Keine Bewertungen</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <translation>★ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PromoCodeDialog</name>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Edit promo code</source>
        <translation>Gutscheincode bearbeiten</translation>
    </message>
    <message>
        <source>New promo code</source>
        <translation>Neuer Gutscheincode</translation>
    </message>
    <message>
        <source>e.g. SPRING10</source>
        <translation>z. B. FRUEHLING10</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>Prozent Rabatt</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Betrag Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Rabatt:</translation>
    </message>
    <message>
        <source>Minimum subtotal:</source>
        <translation>Mindestbestellwert:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Uses in total:</source>
        <translation>Einlösungen insgesamt:</translation>
    </message>
    <message>
        <source>Uses per buyer:</source>
        <translation>Einlösungen je Käufer:</translation>
    </message>
    <message>
        <source>Used so far:</source>
        <translation>Bisher eingelöst:</translation>
    </message>
    <message>
        <source>Enter the amount off, like %1.</source>
        <translation>Geben Sie den Rabattbetrag ein, etwa %1.</translation>
    </message>
    <message>
        <source>Enter the minimum subtotal as an amount, or leave it empty.</source>
        <translation>Geben Sie den Mindestbestellwert als Betrag ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>A limit is a number of uses from 1 to 1,000,000, or 0 for no limit.</source>
        <translation>Ein Limit ist eine Anzahl von Einlösungen zwischen 1 und 1.000.000, oder 0 für kein Limit.</translation>
    </message>
    <message>
        <source>0: no limit</source>
        <translation>0: kein Limit</translation>
    </message>
    <message>
        <source>A percentage is a whole number from 1 to 100.</source>
        <translation>Ein Prozentsatz ist eine ganze Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>The minimum subtotal cannot be negative; leave it empty for none.</source>
        <translation>Der Mindestbestellwert kann nicht negativ sein; lassen Sie das Feld für keinen leer.</translation>
    </message>
</context>
<context>
    <name>PromoCodeService</name>
    <message>
        <source>Someone else changed or deleted this promo code meanwhile. Reload the list and try again.</source>
        <translation>Jemand anderes hat diesen Gutscheincode inzwischen geändert oder gelöscht. Laden Sie die Liste neu und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>PromoCodeStatus</name>
    <message>
        <source>“%1” applies: you save %2.</source>
        <translation>„%1“ gilt: Sie sparen %2.</translation>
    </message>
</context>
<context>
    <name>PromoCodeTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Mindestbestellwert</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Per buyer</source>
        <translation>Je Käufer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>PromoCodesPage</name>
    <message>
        <source>New code…</source>
        <translation>Neuer Code …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete promo code</source>
        <translation>Gutscheincode löschen</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>“%1” has been used, so it was switched off instead of deleted.</source>
        <translation>„%1“ wurde schon eingelöst und daher deaktiviert statt gelöscht.</translation>
    </message>
    <message>
        <source>Delete the promo code “%1”? Orders that used it keep their discount.</source>
        <translation>Den Gutscheincode „%1“ löschen? Bestellungen, die ihn nutzten, behalten ihren Rabatt.</translation>
    </message>
    <message>
        <source>No promo codes yet — create one with “New code…”.</source>
        <translation>Noch keine Gutscheincodes – legen Sie einen mit „Neuer Code …“ an.</translation>
    </message>
</context>
<context>
    <name>ProofOfDeliveryDialog</name>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Proof of delivery — order #%1</source>
        <translation>Zustellnachweis — Bestellung #%1</translation>
    </message>
    <message>
        <source>Name of the person who took the parcel</source>
        <translation>Name der Person, die das Paket angenommen hat</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Angenommen von:</translation>
    </message>
    <message>
        <source>Cash collected (due: %1):</source>
        <translation>Kassiert (fällig: %1):</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Foto hinzufügen …</translation>
    </message>
    <message>
        <source>Photo (optional):</source>
        <translation>Foto (optional):</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Unterschrift löschen</translation>
    </message>
    <message>
        <source>Signature (optional):</source>
        <translation>Unterschrift (optional):</translation>
    </message>
    <message>
        <source>Confirm delivery</source>
        <translation>Zustellung bestätigen</translation>
    </message>
    <message>
        <source>Photo of the delivery</source>
        <translation>Foto der Zustellung</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>The photo could not be read: %1</source>
        <translation>Das Foto konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Enter the cash you collected.</source>
        <translation>Geben Sie den kassierten Betrag ein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; enter it like %2.</source>
        <translation>„%1“ ist kein Betrag; geben Sie ihn etwa als %2 ein.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QuantityDelegate</name>
    <message>
        <source>&quot;%1&quot; is not a whole number; write the quantity like 2.</source>
        <translation>„%1“ ist keine ganze Zahl; schreiben Sie die Menge wie 2.</translation>
    </message>
    <message>
        <source>A quantity is from 1 to %1 (you wrote %2); to take the item out, use Remove.</source>
        <translation>Eine Menge liegt zwischen 1 und %1 (Sie schrieben %2); um den Artikel herauszunehmen, verwenden Sie „Entfernen“.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why? Kept in the audit log with your name.</source>
        <translation>Warum? Wird mit Ihrem Namen im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Edit your review</source>
        <translation>Ihre Bewertung bearbeiten</translation>
    </message>
    <message>
        <source>Write a review</source>
        <translation>Bewertung schreiben</translation>
    </message>
    <message>
        <source>What did you like or dislike? (optional)</source>
        <translation>Was hat Ihnen gefallen oder nicht gefallen? (optional)</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Delete your review?</source>
        <translation>Ihre Bewertung löschen?</translation>
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
    <name>ScaleBenchmark</name>
    <message>
        <source>Simulated desktop clients directly against the primary and through PgBouncer with catalog reads on a standby.</source>
        <translation>Simulierte Desktop-Clients direkt am Primärserver und über PgBouncer mit Katalog-Lesezugriffen auf einem Standby.</translation>
    </message>
    <message>
        <source>The most clients (also measured: 100, 500).</source>
        <translation>Die höchste Zahl von Clients (außerdem gemessen: 100, 500).</translation>
    </message>
    <message>
        <source>Seconds per measurement.</source>
        <translation>Sekunden je Messung.</translation>
    </message>
    <message>
        <source>Directory of the throwaway cluster.</source>
        <translation>Verzeichnis des Wegwerf-Clusters.</translation>
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
    <name>ScreenHeading</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load this screen again from the server (F5)</source>
        <translation>Diese Ansicht neu vom Server laden (F5)</translation>
    </message>
</context>
<context>
    <name>ServerDirectory</name>
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
        <source>Could not run %1.</source>
        <translation>%1 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>%1 did not finish in time.</source>
        <translation>%1 wurde nicht rechtzeitig fertig.</translation>
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
    <message>
        <source>%1 (may only choose a new password)</source>
        <translation>%1 (darf nur ein neues Passwort wählen)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Hier unterschreiben</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>No SMTP server is set. Set at least smtp_host and mail_from, e.g. &quot;hexastore-admin mail set smtp_host mail.example.com&quot;.</source>
        <translation>Kein SMTP-Server eingestellt. Setzen Sie mindestens smtp_host und mail_from, z. B. &quot;hexastore-admin mail set smtp_host mail.example.com&quot;.</translation>
    </message>
    <message>
        <source>smtp_port is not a port number.</source>
        <translation>smtp_port ist keine Portnummer.</translation>
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
    <message>
        <source>The category is not empty: move or delete its products and subcategories first.</source>
        <translation>Die Kategorie ist nicht leer: Verschieben oder löschen Sie zuerst ihre Produkte und Unterkategorien.</translation>
    </message>
    <message>
        <source>A category cannot be moved below itself.</source>
        <translation>Eine Kategorie kann nicht unter sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>A product needs at least one variant.</source>
        <translation>Ein Produkt braucht mindestens eine Variante.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Dieses Produkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The image is larger than 5 MB.</source>
        <translation>Das Bild ist größer als 5 MB.</translation>
    </message>
    <message>
        <source>Only %3 of “%1” are available; you asked for %2.</source>
        <translation>Von „%1“ sind nur %3 verfügbar; Sie wollten %2.</translation>
    </message>
    <message>
        <source>“%1” is sold out or no longer sold. Remove it from the cart to go on.</source>
        <translation>„%1“ ist ausverkauft oder nicht mehr im Angebot. Entfernen Sie es aus dem Warenkorb, um fortzufahren.</translation>
    </message>
    <message>
        <source>Enter a quantity of at least 1.</source>
        <translation>Geben Sie eine Menge von mindestens 1 ein.</translation>
    </message>
    <message>
        <source>Only buyer accounts can shop.</source>
        <translation>Nur Käuferkonten können einkaufen.</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>Ihr Warenkorb ist leer.</translation>
    </message>
    <message>
        <source>Choose one of your delivery addresses.</source>
        <translation>Wählen Sie eine Ihrer Lieferadressen.</translation>
    </message>
    <message>
        <source>This payment method is not supported.</source>
        <translation>Diese Zahlungsart wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>This item is no longer in the catalog.</source>
        <translation>Dieser Artikel ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>There is no promo code “%1”.</source>
        <translation>Einen Gutscheincode „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The promo code “%1” is not active.</source>
        <translation>Der Gutscheincode „%1“ ist nicht aktiv.</translation>
    </message>
    <message>
        <source>The promo code “%1” is valid from %2.</source>
        <translation>Der Gutscheincode „%1“ gilt ab %2.</translation>
    </message>
    <message>
        <source>The promo code “%1” expired on %2.</source>
        <translation>Der Gutscheincode „%1“ ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The promo code “%1” needs a subtotal of at least %2; the cart comes to %3.</source>
        <translation>Der Gutscheincode „%1“ gilt ab einer Zwischensumme von %2; der Warenkorb beträgt %3.</translation>
    </message>
    <message>
        <source>The promo code “%1” has been used up.</source>
        <translation>Der Gutscheincode „%1“ ist aufgebraucht.</translation>
    </message>
    <message>
        <source>You have used the promo code “%1” as often as it allows (%2 times).</source>
        <translation>Sie haben den Gutscheincode „%1“ so oft eingelöst wie erlaubt (%2-mal).</translation>
    </message>
    <message>
        <source>An order that is %1 cannot become %2.</source>
        <translation>Eine Bestellung im Status „%1“ kann nicht zu „%2“ werden.</translation>
    </message>
    <message>
        <source>A buyer can only cancel an order.</source>
        <translation>Käufer können eine Bestellung nur stornieren.</translation>
    </message>
    <message>
        <source>You have cancelled %1 orders in the last %2 days, the most allowed. Please contact the seller instead.</source>
        <translation>Sie haben in den letzten %2 Tagen %1 Bestellungen storniert, mehr ist nicht erlaubt. Wenden Sie sich bitte an den Verkäufer.</translation>
    </message>
    <message>
        <source>Give a reason for this change (at most 1,000 characters).</source>
        <translation>Geben Sie einen Grund für diese Änderung an (höchstens 1.000 Zeichen).</translation>
    </message>
    <message>
        <source>This order does not exist, or it is not yours.</source>
        <translation>Diese Bestellung gibt es nicht, oder sie gehört nicht Ihnen.</translation>
    </message>
    <message>
        <source>A seller can confirm or reject an order only while it is pending.</source>
        <translation>Verkäufer können eine Bestellung nur bestätigen oder ablehnen, solange sie offen ist.</translation>
    </message>
    <message>
        <source>You can review a product once an order with it has been delivered to you.</source>
        <translation>Sie können ein Produkt bewerten, sobald eine Bestellung damit an Sie zugestellt wurde.</translation>
    </message>
    <message>
        <source>Give a rating of 1 to 5 stars.</source>
        <translation>Vergeben Sie 1 bis 5 Sterne.</translation>
    </message>
    <message>
        <source>A review can have at most 2,000 characters.</source>
        <translation>Eine Bewertung kann höchstens 2.000 Zeichen haben.</translation>
    </message>
    <message>
        <source>You have already reviewed this product; edit that review instead.</source>
        <translation>Sie haben dieses Produkt schon bewertet; bearbeiten Sie stattdessen diese Bewertung.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s name (1 to 200 characters).</source>
        <translation>Geben Sie den Namen des Empfängers ein (1 bis 200 Zeichen).</translation>
    </message>
    <message>
        <source>Enter a phone number of 5 to 30 digits, spaces, dashes or brackets, optionally starting with +.</source>
        <translation>Geben Sie eine Telefonnummer aus 5 bis 30 Ziffern, Leerzeichen, Bindestrichen oder Klammern ein, optional mit + am Anfang.</translation>
    </message>
    <message>
        <source>Enter the country (1 to 100 characters).</source>
        <translation>Geben Sie das Land ein (1 bis 100 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the city (1 to 100 characters).</source>
        <translation>Geben Sie den Ort ein (1 bis 100 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the street (1 to 200 characters).</source>
        <translation>Geben Sie die Straße ein (1 bis 200 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the house number (1 to 20 characters; the apartment at most 20).</source>
        <translation>Geben Sie die Hausnummer ein (1 bis 20 Zeichen; die Wohnung höchstens 20).</translation>
    </message>
    <message>
        <source>Enter a postal code of 3 to 12 letters, digits, spaces or dashes.</source>
        <translation>Geben Sie eine Postleitzahl aus 3 bis 12 Buchstaben, Ziffern, Leerzeichen oder Bindestrichen ein.</translation>
    </message>
    <message>
        <source>A note can have at most 500 characters.</source>
        <translation>Ein Hinweis kann höchstens 500 Zeichen haben.</translation>
    </message>
    <message>
        <source>A promo code has 3 to 32 letters, digits, dashes or underscores.</source>
        <translation>Ein Gutscheincode hat 3 bis 32 Buchstaben, Ziffern, Binde- oder Unterstriche.</translation>
    </message>
    <message>
        <source>A percentage is a whole number from 1 to 100.</source>
        <translation>Ein Prozentsatz ist eine ganze Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <source>The end of validity must come after its start.</source>
        <translation>Das Ende der Gültigkeit muss nach ihrem Beginn liegen.</translation>
    </message>
    <message>
        <source>The minimum subtotal cannot be negative, and usage limits must be at least 1.</source>
        <translation>Der Mindestbestellwert kann nicht negativ sein, und Einlösegrenzen müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <source>A promo code “%1” already exists (codes ignore case).</source>
        <translation>Einen Gutscheincode „%1“ gibt es schon (Groß- und Kleinschreibung zählen nicht).</translation>
    </message>
    <message>
        <source>The code has been used %1 times already; the limit cannot be lower.</source>
        <translation>Der Code wurde schon %1-mal eingelöst; die Grenze kann nicht niedriger sein.</translation>
    </message>
    <message>
        <source>This order is on its way with a courier; it is cancelled only when the delivery is returned.</source>
        <translation>Diese Bestellung ist mit einem Kurier unterwegs; sie wird erst storniert, wenn die Lieferung zurückgeht.</translation>
    </message>
    <message>
        <source>A delivery that is “%1” cannot become “%2”.</source>
        <translation>Eine Lieferung im Zustand „%1“ kann nicht „%2“ werden.</translation>
    </message>
    <message>
        <source>Only a confirmed order is dispatched; this one is %1.</source>
        <translation>Nur bestätigte Bestellungen werden disponiert; diese ist %1.</translation>
    </message>
    <message>
        <source>Deliveries go to active couriers only.</source>
        <translation>Lieferungen gehen nur an aktive Kuriere.</translation>
    </message>
    <message>
        <source>This delivery no longer exists.</source>
        <translation>Diese Lieferung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Say why the delivery failed; for “other”, add a note (at most 500 characters).</source>
        <translation>Geben Sie an, warum die Zustellung scheiterte; bei „Sonstiges“ mit einer Notiz (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the name of the person who took the delivery.</source>
        <translation>Geben Sie den Namen der Person ein, die die Lieferung angenommen hat.</translation>
    </message>
    <message>
        <source>The cash collected must be the order&apos;s total of %1; you entered %2.</source>
        <translation>Der kassierte Betrag muss der Bestellsumme von %1 entsprechen; eingegeben wurde %2.</translation>
    </message>
    <message>
        <source>After three failed attempts the goods go back to the seller.</source>
        <translation>Nach drei gescheiterten Versuchen geht die Ware an den Verkäufer zurück.</translation>
    </message>
    <message>
        <source>This delivery is no longer assigned to you.</source>
        <translation>Diese Lieferung ist Ihnen nicht mehr zugewiesen.</translation>
    </message>
    <message>
        <source>The photo or signature did not reach the server.</source>
        <translation>Das Foto oder die Unterschrift ist nicht beim Server angekommen.</translation>
    </message>
    <message>
        <source>Only the courier this device belongs to can sync it.</source>
        <translation>Nur der Kurier, dem dieses Gerät gehört, kann es synchronisieren.</translation>
    </message>
    <message>
        <source>The server could not read the changes this device sent.</source>
        <translation>Der Server konnte die von diesem Gerät gesendeten Änderungen nicht lesen.</translation>
    </message>
    <message>
        <source>The server had already received this change.</source>
        <translation>Der Server hatte diese Änderung schon erhalten.</translation>
    </message>
    <message>
        <source>A reason can have at most 1,000 characters.</source>
        <translation>Eine Begründung darf höchstens 1.000 Zeichen haben.</translation>
    </message>
    <message>
        <source>Enter a phone number of 5 to 30 digits, spaces, dashes or brackets, optionally starting with +, or leave it empty.</source>
        <translation>Geben Sie eine Telefonnummer aus 5 bis 30 Ziffern, Leerzeichen, Bindestrichen oder Klammern ein, optional mit + am Anfang, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>A pickup address can have at most 500 characters.</source>
        <translation>Eine Abholadresse darf höchstens 500 Zeichen haben.</translation>
    </message>
    <message>
        <source>The delivery changed meanwhile; see its current state.</source>
        <translation>Die Lieferung hat sich inzwischen geändert; sehen Sie ihren aktuellen Stand.</translation>
    </message>
    <message>
        <source>Say why the delivery goes to another courier on its way.</source>
        <translation>Geben Sie an, warum die Lieferung unterwegs an einen anderen Kurier geht.</translation>
    </message>
    <message>
        <source>Administrators cannot do this to their own account. Ask another administrator.</source>
        <translation>Administratoren können das nicht mit ihrem eigenen Konto tun. Bitten Sie einen anderen Administrator.</translation>
    </message>
    <message>
        <source>This is the last active administrator: make another user an administrator first.</source>
        <translation>Dies ist der letzte aktive Administrator: machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>This user still has %1 open orders or deliveries. Finish or hand them over before changing the role.</source>
        <translation>Dieser Benutzer hat noch %1 offene Bestellungen oder Lieferungen. Schließen Sie sie ab oder übergeben Sie sie, bevor Sie die Rolle ändern.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom bisherigen unterscheiden.</translation>
    </message>
    <message>
        <source>The courier now holds %1, not the amount shown. Count again, then mark it received.</source>
        <translation>Der Kurier hat jetzt %1, nicht den angezeigten Betrag. Zählen Sie erneut und markieren Sie ihn dann als erhalten.</translation>
    </message>
    <message>
        <source>Choose a new password first: an administrator reset yours.</source>
        <translation>Wählen Sie zuerst ein neues Passwort: ein Administrator hat Ihres zurückgesetzt.</translation>
    </message>
    <message>
        <source>Another seller&apos;s listing is hidden or shown with “Hide listing”, which asks for a reason.</source>
        <translation>Das Angebot eines anderen Verkäufers wird mit „Angebot ausblenden“ aus- oder eingeblendet, das nach einer Begründung fragt.</translation>
    </message>
    <message>
        <source>An administrator took this listing out of the catalog: “%1”. Change what the reason names and ask an administrator to show it again.</source>
        <translation>Ein Administrator hat dieses Angebot aus dem Katalog genommen: „%1“. Beheben Sie, was die Begründung nennt, und bitten Sie einen Administrator, es wieder einzublenden.</translation>
    </message>
    <message>
        <source>Only a listing an administrator hid can be shown again here; its seller hid this one.</source>
        <translation>Hier lässt sich nur ein von einem Administrator ausgeblendetes Angebot wieder einblenden; dieses hat sein Verkäufer ausgeblendet.</translation>
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
    <name>StockDelegate</name>
    <message>
        <source>&quot;%1&quot; is not a whole number; write the stock like 12.</source>
        <translation>„%1“ ist keine ganze Zahl; schreiben Sie den Bestand wie 12.</translation>
    </message>
    <message>
        <source>Stock cannot be negative (you wrote %1).</source>
        <translation>Der Bestand kann nicht negativ sein (Sie schrieben %1).</translation>
    </message>
    <message>
        <source>Stock can be at most %1.</source>
        <translation>Der Bestand kann höchstens %1 sein.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server and this device disagree about which changes were sent. The changes stay on this device.</source>
        <translation>Server und Gerät sind sich nicht einig, welche Änderungen gesendet wurden. Die Änderungen bleiben auf diesem Gerät.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation>● Synchronisiert …</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Alle Änderungen gesendet</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Wartende Änderungen: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Nächster Versuch um %1.</translation>
    </message>
    <message>
        <source>Steps the server did not accept: %1 (listed below).</source>
        <translation>Vom Server nicht angenommene Schritte: %1 (unten aufgeführt).</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
</context>
<context>
    <name>UserAdminService</name>
    <message>
        <source>Give a reason: it is kept in the audit log.</source>
        <translation>Geben Sie eine Begründung an: sie wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Diesen Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A reason can have at most 1,000 characters; this one has %1.</source>
        <translation>Eine Begründung hat höchstens 1.000 Zeichen; diese hat %1.</translation>
    </message>
</context>
<context>
    <name>UserDetailDialog</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Login history (90 days)</source>
        <translation>Anmeldeverlauf (90 Tage)</translation>
    </message>
    <message>
        <source>Logged in on</source>
        <translation>Angemeldet auf</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>, must choose a new password at the next login</source>
        <translation>, muss bei der nächsten Anmeldung ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>Dabei seit %1</translation>
    </message>
    <message>
        <source>Last successful login: %1</source>
        <translation>Letzte erfolgreiche Anmeldung: %1</translation>
    </message>
    <message>
        <source>Orders placed: %1 · Orders received as a seller: %2 · Products listed: %3 · Deliveries done: %4, in hand: %5</source>
        <translation>Aufgegebene Bestellungen: %1 · Als Verkäufer erhaltene Bestellungen: %2 · Angebotene Produkte: %3 · Erledigte Lieferungen: %4, in der Hand: %5</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active, must set a password</source>
        <translation>Aktiv, muss ein Passwort setzen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <source>End all sessions…</source>
        <translation>Alle Sitzungen beenden…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Search by e-mail or name</source>
        <translation>Nach E-Mail oder Name suchen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Not on your own account: ask another administrator.</source>
        <translation>Nicht beim eigenen Konto: bitten Sie einen anderen Administrator.</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Benutzer entsperren</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>%1 will be able to log in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 is logged out everywhere at once and cannot log in until enabled again.</source>
        <translation>%1 wird sofort überall abgemeldet und kann sich erst nach dem Entsperren wieder anmelden.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 ist entsperrt.</translation>
    </message>
    <message>
        <source>%1 is disabled and logged out everywhere.</source>
        <translation>%1 ist gesperrt und überall abgemeldet.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>%1 is a %2 now. The new role takes effect at their next login; they are logged out everywhere.</source>
        <translation>%1 ist jetzt %2. Die neue Rolle gilt ab der nächsten Anmeldung; die Person wird überall abgemeldet.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation>Alle Sitzungen beenden</translation>
    </message>
    <message>
        <source>%1 is logged out on every device and must log in again.</source>
        <translation>%1 wird auf allen Geräten abgemeldet und muss sich neu anmelden.</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <source>Sessions of %1 ended: %2.</source>
        <translation>Beendete Sitzungen von %1: %2.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working now and they are logged out everywhere. You get a one-time password to give them; with it they must choose a new password before anything else.</source>
        <translation>Das Passwort von %1 gilt ab sofort nicht mehr, und die Person wird überall abgemeldet. Sie erhalten ein Einmalpasswort zum Weitergeben; damit muss vor allem anderen ein neues Passwort gewählt werden.</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>Das Passwort von %1 ist zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 can log in now with the one-time password.</source>
        <translation>%1 kann sich jetzt mit dem Einmalpasswort anmelden.</translation>
    </message>
    <message>
        <source>No users match the search and filters.</source>
        <translation>Keine Benutzer passen zu Suche und Filtern.</translation>
    </message>
</context>
<context>
    <name>VariantTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>For sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <source>enter a price</source>
        <translation>Preis eingeben</translation>
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
    <message>
        <source>Read the catalog from this read-only server (a streaming standby; postgresql://…).</source>
        <translation>Den Katalog von diesem schreibgeschützten Server lesen (einem Streaming-Standby; postgresql://…).</translation>
    </message>
</context>
</TS>
