<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Bootlace::ArtifactCache</name>
    <message>
        <source>Cannot create the artifact cache in %1.</source>
        <translation>Der Artefakt-Zwischenspeicher in %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 into the artifact cache.</source>
        <translation>%1 kann nicht in den Artefakt-Zwischenspeicher verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactCheck</name>
    <message>
        <source>The artifacts of job %1 are past their expiry but still kept (the latest build of a branch).</source>
        <translation>Die Artefakte von Job %1 sind abgelaufen, werden aber noch aufbewahrt (der neueste Build eines Zweigs).</translation>
    </message>
    <message>
        <source>The artifacts of job %1 are gone (expired, erased or deleted); update the entry to a newer build.</source>
        <translation>Die Artefakte von Job %1 sind nicht mehr vorhanden (abgelaufen, gelöscht oder entfernt); den Eintrag auf einen neueren Build aktualisieren.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactEntry</name>
    <message>
        <source>%1 (%2, job %3)</source>
        <translation>%1 (%2, Job %3)</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactListing</name>
    <message>
        <source>The server sent part of the artifacts archive without saying which part.</source>
        <translation>Der Server hat einen Teil des Artefaktarchivs gesendet, ohne anzugeben, welchen.</translation>
    </message>
    <message>
        <source>The artifacts archive is not a zip file (no end of central directory).</source>
        <translation>Das Artefaktarchiv ist keine ZIP-Datei (kein Ende des zentralen Verzeichnisses).</translation>
    </message>
    <message>
        <source>The artifacts archive is a ZIP64 file, which Bootlace cannot list yet.</source>
        <translation>Das Artefaktarchiv ist eine ZIP64-Datei, deren Inhalt Bootlace noch nicht auflisten kann.</translation>
    </message>
    <message>
        <source>The central directory is not in the archive&apos;s tail.</source>
        <translation>Das zentrale Verzeichnis liegt nicht am Ende des Archivs.</translation>
    </message>
    <message>
        <source>The artifacts archive&apos;s central directory is damaged.</source>
        <translation>Das zentrale Verzeichnis des Artefaktarchivs ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactMirror</name>
    <message>
        <source>Target &quot;%1&quot; is a TFTP server, which cannot create the folders mirrored artifacts go into. Publish entries of private projects to a directory, WebDAV or SFTP target.</source>
        <translation>Das Ziel „%1“ ist ein TFTP-Server, der die Ordner für gespiegelte Artefakte nicht anlegen kann. Einträge privater Projekte an ein Verzeichnis-, WebDAV- oder SFTP-Ziel veröffentlichen.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; has no HTTP base URL, so machines could not fetch the mirrored artifacts of %2 from it. Set the address clients reach its files at in the target&apos;s settings.</source>
        <translation>Das Ziel „%1“ hat keine HTTP-Basis-URL, daher könnten Rechner die gespiegelten Artefakte von %2 dort nicht abrufen. In den Einstellungen des Ziels die Adresse angeben, unter der Clients seine Dateien erreichen.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: cannot write to the artifact cache (%2).</source>
        <translation>%1: Schreiben in den Artefakt-Zwischenspeicher nicht möglich (%2).</translation>
    </message>
    <message>
        <source>%1: %2 bytes arrived, the server announced %3.</source>
        <translation>%1: %2 Bytes sind angekommen, der Server hatte %3 angekündigt.</translation>
    </message>
    <message>
        <source>%1: the download differs from the copy mirrored before (SHA-256 %2 instead of %3); it was not used.</source>
        <translation>%1: Der Download unterscheidet sich von der zuvor gespiegelten Kopie (SHA-256 %2 statt %3); er wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactSource</name>
    <message>
        <source>The artifacts of job %1 expire today (%2).</source>
        <translation>Die Artefakte von Job %1 laufen heute ab (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The artifacts of job %1 expire in %n day(s).</source>
        <translation>
            <numerusform>Die Artefakte von Job %1 laufen in %n Tag ab.</numerusform>
            <numerusform>Die Artefakte von Job %1 laufen in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifacts of job %1 expired on %2; they may be gone (GitLab keeps only the latest successful pipeline of a branch).</source>
        <translation>Die Artefakte von Job %1 sind am %2 abgelaufen; sie sind möglicherweise nicht mehr vorhanden (GitLab behält nur die neueste erfolgreiche Pipeline eines Zweigs).</translation>
    </message>
</context>
<context>
    <name>Bootlace::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (the previous file was kept)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (die vorherige Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>der Datenträger ist voll oder die Datei ist zu groß</translation>
    </message>
    <message>
        <source>cannot save %1: %2 (the previous file was kept)</source>
        <translation>%1 kann nicht gespeichert werden: %2 (die vorherige Datei bleibt erhalten)</translation>
    </message>
</context>
<context>
    <name>Bootlace::BootstrapKitDialog</name>
    <message>
        <source>Bootstrap Kit</source>
        <translation>Bootstrap-Kit</translation>
    </message>
    <message>
        <source>dnsmasq</source>
        <translation>dnsmasq</translation>
    </message>
    <message>
        <source>ISC dhcpd</source>
        <translation>ISC dhcpd</translation>
    </message>
    <message>
        <source>Kea</source>
        <translation>Kea</translation>
    </message>
    <message>
        <source>pfSense</source>
        <translation>pfSense</translation>
    </message>
    <message>
        <source>the menu server&apos;s host</source>
        <translation>Rechner des Menüservers</translation>
    </message>
    <message>
        <source>Menu &amp;from:</source>
        <translation>Menü laden &amp;von:</translation>
    </message>
    <message>
        <source>&amp;DHCP server:</source>
        <translation>&amp;DHCP-Server:</translation>
    </message>
    <message>
        <source>&amp;TFTP server (iPXE binaries):</source>
        <translation>&amp;TFTP-Server (iPXE-Binärdateien):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Script to embed (make bin/undionly.kpxe EMBED=bootstrap.ipxe):</source>
        <translation>Einzubettendes Skript (make bin/undionly.kpxe EMBED=bootstrap.ipxe):</translation>
    </message>
    <message>
        <source>DHCP server configuration:</source>
        <translation>DHCP-Server-Konfiguration:</translation>
    </message>
    <message>
        <source>No target says where clients load the menu from: give one an HTTP base URL (Project &gt; Publish Targets).</source>
        <translation>Kein Ziel gibt an, woher die Clients das Menü laden: einem Ziel eine HTTP-Basis-URL geben (Projekt &gt; Veröffentlichungsziele).</translation>
    </message>
</context>
<context>
    <name>Bootlace::BuildProfile</name>
    <message>
        <source>Debian 12 stock iPXE</source>
        <translation>iPXE aus Debian 12 (Standard)</translation>
    </message>
    <message>
        <source>iPXE with all common options</source>
        <translation>iPXE mit allen üblichen Optionen</translation>
    </message>
</context>
<context>
    <name>Bootlace::Commands</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add menu</source>
        <translation>Menü hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit menu</source>
        <translation>Menü bearbeiten</translation>
    </message>
    <message>
        <source>Edit project settings</source>
        <translation>Projekteinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit variables</source>
        <translation>Variablen bearbeiten</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Eintrag verschieben</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete menu</source>
        <translation>Menü löschen</translation>
    </message>
    <message>
        <source>Edit publish targets</source>
        <translation>Veröffentlichungsziele bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Update %n entry(s) to job %1</source>
        <translation>
            <numerusform>%n Eintrag auf Job %1 aktualisieren</numerusform>
            <numerusform>%n Einträge auf Job %1 aktualisieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::CurlTransport</name>
    <message>
        <source>the server refused the user name or password (HTTP 401).</source>
        <translation>der Server hat den Benutzernamen oder das Passwort abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>permission denied by the server (HTTP %1).</source>
        <translation>der Server hat den Zugriff verweigert (HTTP %1).</translation>
    </message>
    <message>
        <source>the file does not exist (HTTP 404).</source>
        <translation>die Datei existiert nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>the server cannot create the folder (HTTP 409).</source>
        <translation>der Server kann den Ordner nicht anlegen (HTTP 409).</translation>
    </message>
    <message>
        <source>the server has no room for the file (HTTP %1).</source>
        <translation>der Server hat keinen Platz für die Datei (HTTP %1).</translation>
    </message>
    <message>
        <source>the server could not store the file (HTTP 500). A full disk or a folder the server may not write to are the usual causes; its error log says which.</source>
        <translation>der Server konnte die Datei nicht speichern (HTTP 500). Übliche Ursachen sind ein voller Datenträger oder ein Ordner, in den der Server nicht schreiben darf; sein Fehlerprotokoll nennt die Ursache.</translation>
    </message>
    <message>
        <source>the server answered HTTP %1.</source>
        <translation>der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>cannot connect to %1: the server is down or unreachable (%2).</source>
        <translation>keine Verbindung zu %1: der Server läuft nicht oder ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>the server refused the user name, password or key (%1).</source>
        <translation>der Server hat den Benutzernamen, das Passwort oder den Schlüssel abgelehnt (%1).</translation>
    </message>
    <message>
        <source>the server&apos;s identity could not be verified (%1). Check its certificate or host key.</source>
        <translation>die Identität des Servers konnte nicht überprüft werden (%1). Sein Zertifikat oder seinen Host-Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>permission denied: the TFTP server refused the request (%1). Is the folder writable for the server, and does it allow creating files (tftpd-hpa --create)?</source>
        <translation>Zugriff verweigert: der TFTP-Server hat die Anfrage abgelehnt (%1). Ist der Ordner für den Server beschreibbar, und erlaubt er das Anlegen von Dateien (tftpd-hpa --create)?</translation>
    </message>
    <message>
        <source>permission denied by the server (%1).</source>
        <translation>der Server hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1).</source>
        <translation>der Datenträger des Servers ist voll (%1).</translation>
    </message>
    <message>
        <source>the folder does not exist on the server (TFTP cannot create folders).</source>
        <translation>der Ordner existiert nicht auf dem Server (TFTP kann keine Ordner anlegen).</translation>
    </message>
    <message>
        <source>the folder does not exist on the server.</source>
        <translation>der Ordner existiert nicht auf dem Server.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>permission denied by the server (HTTP 403).</source>
        <translation>der Server hat den Zugriff verweigert (HTTP 403).</translation>
    </message>
    <message>
        <source>the file is too large to read back.</source>
        <translation>die Datei ist zu groß zum Zurücklesen.</translation>
    </message>
    <message>
        <source>no answer from the TFTP server %1: it is down or a firewall drops the packets.</source>
        <translation>keine Antwort vom TFTP-Server %1: er läuft nicht oder eine Firewall verwirft die Pakete.</translation>
    </message>
    <message numerus="yes">
        <source>the transfer stalled and was given up after %n second(s) (%1).</source>
        <translation>
            <numerusform>die Übertragung stockte und wurde nach %n Sekunde abgebrochen (%1).</numerusform>
            <numerusform>die Übertragung stockte und wurde nach %n Sekunden abgebrochen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection broke during the transfer (%1).</source>
        <translation>die Verbindung ist während der Übertragung abgebrochen (%1).</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer.</source>
        <translation>libcurl konnte keine Übertragung starten.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2: %3</source>
        <translation>Hochladen von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Uploading %1 to %2: the server&apos;s disk is full (%3 free, %4 needed).</source>
        <translation>Hochladen von %1 auf %2: der Datenträger des Servers ist voll (%3 frei, %4 benötigt).</translation>
    </message>
    <message>
        <source>Moving %1 into place on %2: %3</source>
        <translation>Verschieben von %1 an seinen Platz auf %2: %3</translation>
    </message>
    <message>
        <source>Reading %1 from %2: %3</source>
        <translation>Lesen von %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>Bootlace::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Bootlace::DiagnosticsPane</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems in the generated script</source>
        <translation>Probleme im erzeugten Skript</translation>
    </message>
    <message>
        <source>Problem summary</source>
        <translation>Zusammenfassung der Probleme</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Bootlace::DirectoryTransport</name>
    <message>
        <source>The folder %1 does not exist (is the share mounted?).</source>
        <translation>Der Ordner %1 existiert nicht (ist die Freigabe eingehängt?).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the file to publish: %1.</source>
        <translation>Die zu veröffentlichende Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>%1 is too large to read back.</source>
        <translation>%1 ist zu groß zum Zurücklesen.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create the folder %1 (%2).</source>
        <translation>Zugriff verweigert: Der Ordner %1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>Permission denied: cannot write %1 (%2).</source>
        <translation>Zugriff verweigert: %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Permission denied: cannot replace %1 (%2).</source>
        <translation>Zugriff verweigert: %1 kann nicht ersetzt werden (%2).</translation>
    </message>
    <message>
        <source>Permission denied: cannot read %1 (%2).</source>
        <translation>Zugriff verweigert: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The disk is full: cannot create the folder %1 (%2).</source>
        <translation>Der Datenträger ist voll: Der Ordner %1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>The disk is full: cannot write %1 (%2).</source>
        <translation>Der Datenträger ist voll: %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The disk is full: cannot replace %1 (%2).</source>
        <translation>Der Datenträger ist voll: %1 kann nicht ersetzt werden (%2).</translation>
    </message>
    <message>
        <source>The disk is full: cannot read %1 (%2).</source>
        <translation>Der Datenträger ist voll: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation>%1 kann nicht ersetzt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabAccounts</name>
    <message>
        <source>No token for %1: set %2 or save one with “bootlace-cli gitlab login”.</source>
        <translation>Kein Token für %1: %2 setzen oder eines mit „bootlace-cli gitlab login“ speichern.</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabAccountsDialog</name>
    <message>
        <source>GitLab accounts</source>
        <translation>GitLab-Konten</translation>
    </message>
    <message>
        <source>C&amp;heck token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>personal access token with the read_api scope</source>
        <translation>persönliches Zugriffstoken mit dem Bereich read_api</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Instance &amp;URL:</source>
        <translation>&amp;URL der Instanz:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Paste a personal access token with the read_api scope.</source>
        <translation>Ein persönliches Zugriffstoken mit dem Bereich read_api einfügen.</translation>
    </message>
    <message>
        <source>Removed %1 and its token.</source>
        <translation>%1 und sein Token wurden entfernt.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Token “%1” of %2 (%3). Scopes: %4. Expires: %5.</source>
        <translation>Token „%1“ von %2 (%3). Bereiche: %4. Läuft ab: %5.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>Das Token wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved; the token is in the keychain.</source>
        <translation>Gespeichert; das Token liegt im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabBrowser</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Projekte durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>any branch or tag</source>
        <translation>beliebiger Zweig oder Tag</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>beliebiger Status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Ref:</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Artifact file</source>
        <translation>Artefaktdatei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Follow the latest successful build of this ref</source>
        <translation>Dem neuesten erfolgreichen Build dieser Ref &amp;folgen</translation>
    </message>
    <message>
        <source>Otherwise the entry stays pinned to this job. Either way the menu names one job id, so kernel and initrd always come from the same pipeline.</source>
        <translation>Andernfalls bleibt der Eintrag an diesen Job gebunden. In beiden Fällen nennt das Menü eine einzige Job-ID, sodass Kernel und Initrd immer aus derselben Pipeline stammen.</translation>
    </message>
    <message>
        <source>&amp;Create entry</source>
        <translation>Eintrag &amp;erstellen</translation>
    </message>
    <message>
        <source>Select a netboot.ipxe, or a kernel followed by its initrds.</source>
        <translation>Eine netboot.ipxe auswählen oder einen Kernel gefolgt von seinen Initrds.</translation>
    </message>
    <message>
        <source>&amp;Update entries to this build</source>
        <translation>Einträge auf diesen Build &amp;umstellen</translation>
    </message>
    <message>
        <source>Moves every entry made from this project&apos;s job of the same name to the selected job, in one undo step.</source>
        <translation>Verschiebt jeden Eintrag, der aus dem gleichnamigen Job dieses Projekts erstellt wurde, auf den ausgewählten Job, in einem einzigen Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>Reading the token for %1 from the keychain…</source>
        <translation>Token für %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No GitLab account yet: add one with Project ▸ GitLab accounts…</source>
        <translation>Noch kein GitLab-Konto: eines über Projekt ▸ GitLab-Konten… hinzufügen</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>%n Projekt.</numerusform>
            <numerusform>%n Projekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>New successful pipeline #%1 on %2.</source>
        <translation>Neue erfolgreiche Pipeline #%1 auf %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s).</source>
        <translation>
            <numerusform>%n Pipeline.</numerusform>
            <numerusform>%n Pipelines.</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the artifacts of job %1.</source>
        <translation>
            <numerusform>%n Datei in den Artefakten von Job %1.</numerusform>
            <numerusform>%n Dateien in den Artefakten von Job %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry created. %1 is not public: iPXE cannot send a token, so its files will be mirrored to the publish target, and the menu never contains a token.</source>
        <translation>Eintrag erstellt. %1 ist nicht öffentlich: iPXE kann kein Token senden, daher werden seine Dateien auf das Veröffentlichungsziel gespiegelt, und das Menü enthält nie ein Token.</translation>
    </message>
    <message>
        <source>Entry created from job %1.</source>
        <translation>Eintrag aus Job %1 erstellt.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabInstance</name>
    <message>
        <source>“%1” is not the http(s) address of a GitLab instance.</source>
        <translation>„%1“ ist nicht die http(s)-Adresse einer GitLab-Instanz.</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabRequest</name>
    <message>
        <source>The GitLab connection was closed.</source>
        <translation>Die Verbindung zu GitLab wurde geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>GitLab at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>GitLab unter %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>GitLab unter %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach GitLab at %1: %2</source>
        <translation>GitLab unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>GitLab at %1 sent a redirect without a valid target.</source>
        <translation>GitLab unter %1 hat eine Weiterleitung ohne gültiges Ziel gesendet.</translation>
    </message>
    <message>
        <source>Too many redirects from GitLab at %1.</source>
        <translation>Zu viele Weiterleitungen von GitLab unter %1.</translation>
    </message>
    <message>
        <source>GitLab at %1 redirected from HTTPS to an insecure address; not followed.</source>
        <translation>GitLab unter %1 hat von HTTPS auf eine unsichere Adresse weitergeleitet; der Weiterleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>GitLab at %1 answered with something other than a JSON list.</source>
        <translation>GitLab unter %1 hat mit etwas anderem als einer JSON-Liste geantwortet.</translation>
    </message>
    <message>
        <source>GitLab at %1 refused the token: it is expired or revoked (or was never valid). Create a new token with the read_api scope and save it again.</source>
        <translation>GitLab unter %1 hat das Token abgelehnt: es ist abgelaufen oder widerrufen (oder war nie gültig). Ein neues Token mit dem Bereich read_api erstellen und erneut speichern.</translation>
    </message>
    <message>
        <source>GitLab at %1 refused the request: the token is missing a scope (read_api is needed) or your role in the project does not allow it.</source>
        <translation>GitLab unter %1 hat die Anfrage abgelehnt: dem Token fehlt ein Bereich (read_api wird benötigt) oder die eigene Rolle im Projekt erlaubt es nicht.</translation>
    </message>
    <message>
        <source>Not found on GitLab at %1: the project, pipeline, job or artifact does not exist, has expired, or the token has no access to it (a private project answers 404 too).</source>
        <translation>Nicht gefunden auf GitLab unter %1: Projekt, Pipeline, Job oder Artefakt existiert nicht, ist abgelaufen, oder das Token hat keinen Zugriff darauf (ein privates Projekt antwortet ebenfalls mit 404).</translation>
    </message>
    <message>
        <source>GitLab at %1 is rate-limiting requests; try again in a minute.</source>
        <translation>GitLab unter %1 begrenzt die Anfragerate; in einer Minute erneut versuchen.</translation>
    </message>
    <message>
        <source>GitLab at %1 answered with HTTP status %2.</source>
        <translation>GitLab unter %1 hat mit HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>GitLab at %1 sent a different part of the file than was asked for.</source>
        <translation>GitLab unter %1 hat einen anderen Teil der Datei gesendet als angefordert.</translation>
    </message>
    <message>
        <source>Cannot write the download to %1: %2</source>
        <translation>Der Download kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>GitLab at %1 sent more bytes than it announced.</source>
        <translation>GitLab unter %1 hat mehr Bytes gesendet als angekündigt.</translation>
    </message>
    <message>
        <source>The download from GitLab at %1 broke off after %2 of %3 bytes: %4</source>
        <translation>Der Download von GitLab unter %1 brach nach %2 von %3 Bytes ab: %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabTokenInfo</name>
    <message>
        <source>The token has been revoked.</source>
        <translation>Das Token wurde widerrufen.</translation>
    </message>
    <message>
        <source>The token is not active (expired or revoked).</source>
        <translation>Das Token ist nicht aktiv (abgelaufen oder widerrufen).</translation>
    </message>
    <message>
        <source>The token lacks the read_api scope: Bootlace cannot list pipelines, jobs or artifacts with it.</source>
        <translation>Dem Token fehlt der Bereich read_api: Bootlace kann damit keine Pipelines, Jobs oder Artefakte auflisten.</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation>Das Token ist am %1 abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The token expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Das Token läuft in %n Tag ab, am %1.</numerusform>
            <numerusform>Das Token läuft in %n Tagen ab, am %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::ItemEditor</name>
    <message>
        <source>Loads a kernel and its initrds over the network and boots them.</source>
        <translation>Lädt einen Kernel und seine Initrds über das Netzwerk und startet sie.</translation>
    </message>
    <message>
        <source>Loads another iPXE script or boot program (an EFI application, pxelinux, netboot.xyz) and runs it.</source>
        <translation>Lädt ein weiteres iPXE-Skript oder Startprogramm (eine EFI-Anwendung, pxelinux, netboot.xyz) und führt es aus.</translation>
    </message>
    <message>
        <source>Boots an ISO or disk image over HTTP or iSCSI, or a drive.</source>
        <translation>Startet ein ISO- oder Disk-Image über HTTP oder iSCSI oder ein Laufwerk.</translation>
    </message>
    <message>
        <source>Leaves network boot and starts the system installed on the local disk.</source>
        <translation>Verlässt den Netzwerkstart und startet das auf der lokalen Festplatte installierte System.</translation>
    </message>
    <message>
        <source>Opens the iPXE command line.</source>
        <translation>Öffnet die iPXE-Befehlszeile.</translation>
    </message>
    <message>
        <source>Restarts the machine.</source>
        <translation>Startet den Rechner neu.</translation>
    </message>
    <message>
        <source>Leaves iPXE; the firmware carries on with its next boot option.</source>
        <translation>Verlässt iPXE; die Firmware fährt mit ihrer nächsten Startoption fort.</translation>
    </message>
    <message>
        <source>Runs your own iPXE commands, then returns to the menu.</source>
        <translation>Führt eigene iPXE-Befehle aus und kehrt dann zum Menü zurück.</translation>
    </message>
    <message>
        <source>A heading between entries; without text it is a blank line.</source>
        <translation>Eine Überschrift zwischen Einträgen; ohne Text eine Leerzeile.</translation>
    </message>
    <message>
        <source>Opens another menu of this project.</source>
        <translation>Öffnet ein anderes Menü dieses Projekts.</translation>
    </message>
    <message>
        <source>Script lines kept exactly as they were in the menu&apos;s item list.</source>
        <translation>Skriptzeilen, die genau so erhalten bleiben, wie sie in der Eintragsliste des Menüs standen.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Select an entry in the tree to edit it.</source>
        <translation>Einen Eintrag im Baum auswählen, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The entry&apos;s name in the script (its label); letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>Der Name des Eintrags im Skript (sein Label); Buchstaben, Ziffern, „_“, „.“ und „-“</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>A key that chooses this entry directly in the menu</source>
        <translation>Eine Taste, die diesen Eintrag im Menü direkt auswählt</translation>
    </message>
    <message>
        <source>Hot&amp;key:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <source>&amp;Enabled (offered in the menu)</source>
        <translation>&amp;Aktiviert (im Menü angeboten)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Any firmware</source>
        <translation>Jede Firmware</translation>
    </message>
    <message>
        <source>BIOS only</source>
        <translation>Nur BIOS</translation>
    </message>
    <message>
        <source>UEFI only</source>
        <translation>Nur UEFI</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Any architecture</source>
        <translation>Jede Architektur</translation>
    </message>
    <message>
        <source>&amp;Offered on:</source>
        <translation>&amp;Verfügbar auf:</translation>
    </message>
    <message>
        <source>Kernel URL</source>
        <translation>Kernel-URL</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <source>Initrd URLs</source>
        <translation>Initrd-URLs</translation>
    </message>
    <message>
        <source>Loaded in this order. Double-click or press F2 to edit a URL; clear it to remove it.</source>
        <translation>Werden in dieser Reihenfolge geladen. Doppelklicken oder F2 drücken, um eine URL zu bearbeiten; eine geleerte URL wird entfernt.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add initrd</source>
        <translation>Initrd hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove initrd</source>
        <translation>Initrd entfernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move initrd up</source>
        <translation>Initrd nach oben verschieben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move initrd down</source>
        <translation>Initrd nach unten verschieben</translation>
    </message>
    <message>
        <source>I&amp;nitrds:</source>
        <translation>I&amp;nitrds:</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>Kernel-Argumente</translation>
    </message>
    <message>
        <source>Line breaks are written as spaces: the kernel command line is a single line in the script.</source>
        <translation>Zeilenumbrüche werden als Leerzeichen geschrieben: Die Kernel-Befehlszeile ist im Skript eine einzige Zeile.</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>A&amp;rgumente:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>&amp;Laufwerk:</translation>
    </message>
    <message>
        <source>Menu to open</source>
        <translation>Zu öffnendes Menü</translation>
    </message>
    <message>
        <source>Opens &amp;menu:</source>
        <translation>Öffnet &amp;Menü:</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Skript:</translation>
    </message>
    <message>
        <source>A URL is required.</source>
        <translation>Eine URL ist erforderlich.</translation>
    </message>
    <message>
        <source>The variable is not closed: add a &apos;}&apos;.</source>
        <translation>Die Variable ist nicht geschlossen: ein „}“ ergänzen.</translation>
    </message>
    <message>
        <source>Start with http://, https://, tftp://, ftp://, nfs:// or iscsi:, or with a variable such as ${boot-server}.</source>
        <translation>Mit http://, https://, tftp://, ftp://, nfs:// oder iscsi: beginnen oder mit einer Variablen wie ${boot-server}.</translation>
    </message>
    <message>
        <source>iPXE cannot fetch &quot;%1:&quot; URLs; use http, https, tftp, ftp, nfs or iscsi.</source>
        <translation>iPXE kann keine „%1:“-URLs abrufen; http, https, tftp, ftp, nfs oder iscsi verwenden.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dies ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The URL names no server: write %1://server/path.</source>
        <translation>Die URL nennt keinen Server: %1://server/pfad schreiben.</translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation>Eine ID ist erforderlich.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Bis zu 64 Buchstaben, Ziffern, „_“, „.“ und „-“ verwenden, nicht mit „-“ oder „.“ beginnend.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of another menu or entry.</source>
        <translation>„%1“ ist bereits die ID eines anderen Menüs oder Eintrags.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Überschrift:</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Empty: a blank line</source>
        <translation>Leer: eine Leerzeile</translation>
    </message>
    <message>
        <source>Text shown in the menu</source>
        <translation>Im Menü angezeigter Text</translation>
    </message>
    <message>
        <source>Raw &amp;lines:</source>
        <translation>Roh&amp;zeilen:</translation>
    </message>
    <message>
        <source>Raw lines</source>
        <translation>Rohzeilen</translation>
    </message>
    <message>
        <source>Written into the menu&apos;s item list exactly as it is.</source>
        <translation>Wird unverändert in die Eintragsliste des Menüs geschrieben.</translation>
    </message>
    <message>
        <source>iPXE commands run when the entry is chosen; afterwards the menu is shown again.</source>
        <translation>iPXE-Befehle, die bei Auswahl des Eintrags ausgeführt werden; danach wird das Menü erneut angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Enabled (written to the script)</source>
        <translation>&amp;Aktiviert (ins Skript geschrieben)</translation>
    </message>
    <message>
        <source>BIOS drive number; 0x80 is the first hard disk. On UEFI this entry returns to the firmware, which boots its next boot option.</source>
        <translation>BIOS-Laufwerksnummer; 0x80 ist die erste Festplatte. Unter UEFI kehrt dieser Eintrag zur Firmware zurück, die ihre nächste Startoption startet.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Optional BIOS drive number (such as 0x80) for the image, or, without a URL, the drive to boot.</source>
        <translation>Optionale BIOS-Laufwerksnummer (etwa 0x80) für das Image oder, ohne URL, das zu startende Laufwerk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a hotkey in iPXE; it is left out.</source>
        <translation>„%1“ kann in iPXE kein Tastenkürzel sein; es wird weggelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in this menu has the same hotkey; the key chooses whichever comes first.</source>
        <translation>„%1“ in diesem Menü hat dasselbe Tastenkürzel; die Taste wählt den Eintrag, der zuerst kommt.</translation>
    </message>
    <message>
        <source>Initrd %1: %2</source>
        <translation>Initrd %1: %2</translation>
    </message>
    <message>
        <source>Give a URL, a drive, or both.</source>
        <translation>Eine URL, ein Laufwerk oder beides angeben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(missing menu &quot;%1&quot;)</source>
        <translation>(fehlendes Menü „%1“)</translation>
    </message>
    <message>
        <source>A drive is a number such as 0x80 or 128; this one is left out.</source>
        <translation>Ein Laufwerk ist eine Zahl wie 0x80 oder 128; dieses wird weggelassen.</translation>
    </message>
    <message>
        <source>Built by:</source>
        <translation>Gebaut von:</translation>
    </message>
    <message>
        <source>Publishing downloads the artifacts with your GitLab token and puts them next to the menu; the entry then boots from the target&apos;s copy.</source>
        <translation>Beim Veröffentlichen werden die Artefakte mit dem GitLab-Token heruntergeladen und neben das Menü gelegt; der Eintrag startet dann von der Kopie auf dem Ziel.</translation>
    </message>
    <message>
        <source>Mirror the files to the publish &amp;targets (needed for private projects)</source>
        <translation>Dateien auf die Veröffentlichungs&amp;ziele spiegeln (für private Projekte nötig)</translation>
    </message>
    <message>
        <source>Mirror to the publish targets</source>
        <translation>Auf die Veröffentlichungsziele spiegeln</translation>
    </message>
    <message>
        <source>If the copy is missing, &amp;fetch from GitLab (public projects only)</source>
        <translation>Fehlt die Kopie, von GitLab la&amp;den (nur öffentliche Projekte)</translation>
    </message>
    <message>
        <source>Fall back to GitLab</source>
        <translation>Ersatzweise von GitLab laden</translation>
    </message>
    <message>
        <source>The published menu tries the target&apos;s copy first and GitLab&apos;s URL second. iPXE cannot send a token, so this only helps for public projects.</source>
        <translation>Das veröffentlichte Menü versucht zuerst die Kopie auf dem Ziel und dann die URL bei GitLab. iPXE kann kein Token senden, daher hilft das nur bei öffentlichen Projekten.</translation>
    </message>
</context>
<context>
    <name>Bootlace::Languages</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Bootlace::LatestJobResolver</name>
    <message>
        <source>No successful pipeline of “%1” has a job “%2” with artifacts.</source>
        <translation>Keine erfolgreiche Pipeline von „%1“ hat einen Job „%2“ mit Artefakten.</translation>
    </message>
</context>
<context>
    <name>Bootlace::Linter</name>
    <message>
        <source>The script must start with #!ipxe (or #!gpxe) and a line break; otherwise BIOS iPXE runs the file as a PXE program and hangs.</source>
        <translation>Das Skript muss mit #!ipxe (oder #!gpxe) und einem Zeilenumbruch beginnen; sonst führt BIOS-iPXE die Datei als PXE-Programm aus und hängt.</translation>
    </message>
    <message>
        <source>A command that no iPXE build has, usually a typo; iPXE stops with &apos;command not found&apos;.</source>
        <translation>Ein Befehl, den kein iPXE-Build kennt, meist ein Tippfehler; iPXE bricht mit &apos;command not found&apos; ab.</translation>
    </message>
    <message>
        <source>A command the selected iPXE build was compiled without (Debian&apos;s stock build has no params, console, colour, imgverify, ntp, poweroff, ping, nslookup).</source>
        <translation>Ein Befehl, ohne den der gewählte iPXE-Build kompiliert wurde (Debians Standard-Build hat kein params, console, colour, imgverify, ntp, poweroff, ping, nslookup).</translation>
    </message>
    <message>
        <source>An https:// URL while the selected iPXE build has no HTTPS support.</source>
        <translation>Eine https://-URL, obwohl der gewählte iPXE-Build kein HTTPS unterstützt.</translation>
    </message>
    <message>
        <source>goto to a label that does not exist; iPXE ends the script.</source>
        <translation>goto zu einem Label, das es nicht gibt; iPXE beendet das Skript.</translation>
    </message>
    <message>
        <source>goto without a label name; it fails and ends the script.</source>
        <translation>goto ohne Labelnamen; es schlägt fehl und beendet das Skript.</translation>
    </message>
    <message>
        <source>The same label twice; goto always jumps to the first one.</source>
        <translation>Dasselbe Label zweimal; goto springt immer zum ersten.</translation>
    </message>
    <message>
        <source>A label that no goto, menu item or preceding code leads to.</source>
        <translation>Ein Label, zu dem weder ein goto noch ein Menüeintrag noch vorangehender Code führt.</translation>
    </message>
    <message>
        <source>A menu item without a label of the same name while the menu&apos;s choice is used as goto ${choice}; choosing the item ends the script.</source>
        <translation>Ein Menüeintrag ohne gleichnamiges Label, während die Auswahl des Menüs als goto ${choice} verwendet wird; die Auswahl des Eintrags beendet das Skript.</translation>
    </message>
    <message>
        <source>choose --default names an item the menu does not have; iPXE silently preselects the first item.</source>
        <translation>choose --default nennt einen Eintrag, den das Menü nicht hat; iPXE wählt stillschweigend den ersten Eintrag vor.</translation>
    </message>
    <message>
        <source>choose on a menu without selectable items.</source>
        <translation>choose auf einem Menü ohne auswählbare Einträge.</translation>
    </message>
    <message>
        <source>Two items of one menu with the same --key; the key only ever selects the first.</source>
        <translation>Zwei Einträge eines Menüs mit demselben --key; die Taste wählt immer nur den ersten.</translation>
    </message>
    <message>
        <source>A URL split at a space: iPXE splits words at spaces, so the rest of the URL becomes another argument. Write spaces in URLs as %20.</source>
        <translation>Eine an einem Leerzeichen geteilte URL: iPXE trennt Wörter an Leerzeichen, daher wird der Rest der URL zu einem weiteren Argument. Leerzeichen in URLs als %20 schreiben.</translation>
    </message>
    <message>
        <source>A token or password in the script (token query parameters, user:password@ in URLs, GitLab tokens); anyone who can fetch the menu can use it.</source>
        <translation>Ein Token oder Passwort im Skript (Token-Abfrageparameter, user:password@ in URLs, GitLab-Tokens); wer das Menü abrufen kann, kann es verwenden.</translation>
    </message>
    <message>
        <source>A BIOS-only construct (int 13h drive boot, memdisk, .kpxe/.pxe/.lkrn/.0/undionly images) on a path that a UEFI client can take.</source>
        <translation>Ein reines BIOS-Konstrukt (Laufwerksstart über int 13h, memdisk, .kpxe/.pxe/.lkrn/.0/undionly-Images) auf einem Pfad, den ein UEFI-Client nehmen kann.</translation>
    </message>
    <message>
        <source>A timeout that looks like seconds where iPXE expects milliseconds (choose, prompt, downloads), or like milliseconds where sleep expects seconds.</source>
        <translation>Eine Zeitüberschreitung, die nach Sekunden aussieht, wo iPXE Millisekunden erwartet (choose, prompt, Downloads), oder nach Millisekunden, wo sleep Sekunden erwartet.</translation>
    </message>
    <message>
        <source>The project names an iPXE build profile the linter does not know.</source>
        <translation>Das Projekt nennt ein iPXE-Build-Profil, das die Prüfung nicht kennt.</translation>
    </message>
    <message>
        <source>GitLab personal, project or group access token</source>
        <translation>GitLab-Zugriffstoken (persönlich, Projekt oder Gruppe)</translation>
    </message>
    <message>
        <source>GitLab deploy token</source>
        <translation>GitLab-Deploy-Token</translation>
    </message>
    <message>
        <source>GitLab pipeline trigger token</source>
        <translation>GitLab-Pipeline-Trigger-Token</translation>
    </message>
    <message>
        <source>GitLab runner authentication token</source>
        <translation>GitLab-Runner-Authentifizierungstoken</translation>
    </message>
    <message>
        <source>GitLab OAuth application secret</source>
        <translation>GitLab-OAuth-Anwendungsgeheimnis</translation>
    </message>
    <message>
        <source>GitLab CI/CD job token</source>
        <translation>GitLab-CI/CD-Job-Token</translation>
    </message>
    <message>
        <source>GitLab incoming email token</source>
        <translation>GitLab-Token für eingehende E-Mails</translation>
    </message>
    <message>
        <source>GitLab agent for Kubernetes token</source>
        <translation>Token des GitLab-Agenten für Kubernetes</translation>
    </message>
    <message>
        <source>GitLab SCIM token</source>
        <translation>GitLab-SCIM-Token</translation>
    </message>
    <message>
        <source>GitLab feature flag client token</source>
        <translation>GitLab-Feature-Flag-Client-Token</translation>
    </message>
    <message>
        <source>GitLab feed token</source>
        <translation>GitLab-Feed-Token</translation>
    </message>
    <message>
        <source>GitLab runner registration token</source>
        <translation>GitLab-Runner-Registrierungstoken</translation>
    </message>
    <message>
        <source>query parameter &apos;%1&apos;</source>
        <translation>Abfrageparameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>password in the URL</source>
        <translation>Passwort in der URL</translation>
    </message>
    <message>
        <source>memdisk only works on BIOS: it emulates a disk through int 13h, but a UEFI client can reach this line. Offer the item only on BIOS or guard the line with &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</source>
        <translation>memdisk funktioniert nur unter BIOS: Es emuliert eine Festplatte über int 13h, aber ein UEFI-Client kann diese Zeile erreichen. Den Eintrag nur unter BIOS anbieten oder die Zeile mit &apos;iseq ${platform} pcbios &amp;&amp;&apos; absichern.</translation>
    </message>
    <message>
        <source>%1 is a BIOS PXE program and cannot start on UEFI, but a UEFI client can reach this line. Offer the item only on BIOS or guard the line with &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</source>
        <translation>%1 ist ein BIOS-PXE-Programm und kann unter UEFI nicht starten, aber ein UEFI-Client kann diese Zeile erreichen. Den Eintrag nur unter BIOS anbieten oder die Zeile mit &apos;iseq ${platform} pcbios &amp;&amp;&apos; absichern.</translation>
    </message>
    <message>
        <source>%1 is a BIOS-only kernel image (no EFI stub), but a UEFI client can reach this line. Offer the item only on BIOS or guard the line with &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</source>
        <translation>%1 ist ein reines BIOS-Kernel-Image (ohne EFI-Stub), aber ein UEFI-Client kann diese Zeile erreichen. Den Eintrag nur unter BIOS anbieten oder die Zeile mit &apos;iseq ${platform} pcbios &amp;&amp;&apos; absichern.</translation>
    </message>
    <message>
        <source>The script starts with a byte order mark, so its first line is not &apos;#!ipxe&apos;: iPXE will not run it as a script (BIOS iPXE executes it as a PXE program and hangs). Save it as UTF-8 without a BOM.</source>
        <translation>Das Skript beginnt mit einer Bytereihenfolge-Markierung, daher ist seine erste Zeile nicht &apos;#!ipxe&apos;: iPXE führt es nicht als Skript aus (BIOS-iPXE führt es als PXE-Programm aus und hängt). Als UTF-8 ohne BOM speichern.</translation>
    </message>
    <message>
        <source>The first line is not &apos;#!ipxe&apos;: iPXE will not run the file as a script (BIOS iPXE executes it as a PXE program and hangs). Make &apos;#!ipxe&apos; the first line.</source>
        <translation>Die erste Zeile ist nicht &apos;#!ipxe&apos;: iPXE führt die Datei nicht als Skript aus (BIOS-iPXE führt sie als PXE-Programm aus und hängt). &apos;#!ipxe&apos; zur ersten Zeile machen.</translation>
    </message>
    <message>
        <source>&apos;#!ipxe&apos; must be followed by a line break: iPXE does not recognise the script otherwise (BIOS iPXE executes it as a PXE program and hangs).</source>
        <translation>Auf &apos;#!ipxe&apos; muss ein Zeilenumbruch folgen: Sonst erkennt iPXE das Skript nicht (BIOS-iPXE führt es als PXE-Programm aus und hängt).</translation>
    </message>
    <message>
        <source>Label %1 is already defined on line %2; goto and menu items always jump to the first one. Rename or remove this one.</source>
        <translation>Label %1 ist bereits in Zeile %2 definiert; goto und Menüeinträge springen immer zum ersten. Dieses umbenennen oder entfernen.</translation>
    </message>
    <message>
        <source>goto without a label name fails and ends the script. Name the label to jump to.</source>
        <translation>goto ohne Labelnamen schlägt fehl und beendet das Skript. Das Sprungziel-Label angeben.</translation>
    </message>
    <message>
        <source>goto %1: there is no label &apos;:%2&apos;, so iPXE ends the script here. Add the label or fix the name.</source>
        <translation>goto %1: Es gibt kein Label &apos;:%2&apos;, daher beendet iPXE das Skript hier. Das Label hinzufügen oder den Namen korrigieren.</translation>
    </message>
    <message>
        <source>goto %1: there is no label &apos;:%2&apos;, so iPXE ends the script here. Did you mean %3?</source>
        <translation>goto %1: Es gibt kein Label &apos;:%2&apos;, daher beendet iPXE das Skript hier. War %3 gemeint?</translation>
    </message>
    <message>
        <source>sleep %1 waits %1 seconds (%2 minutes): sleep takes seconds, not milliseconds. Did you mean &apos;sleep %3&apos;?</source>
        <translation>sleep %1 wartet %1 Sekunden (%2 Minuten): sleep erwartet Sekunden, keine Millisekunden. War &apos;sleep %3&apos; gemeint?</translation>
    </message>
    <message>
        <source>%1 is not available in %2 (build profile &apos;%3&apos;): iPXE stops with &apos;%4: command not found&apos;. Remove it, or target a build that has it (build profile &apos;full&apos;).</source>
        <translation>%1 ist in %2 (Build-Profil &apos;%3&apos;) nicht verfügbar: iPXE bricht mit &apos;%4: command not found&apos; ab. Den Befehl entfernen oder einen Build wählen, der ihn hat (Build-Profil &apos;full&apos;).</translation>
    </message>
    <message>
        <source>%1 is not available in %2 (build profile &apos;%3&apos;): iPXE stops with &apos;%4: command not found&apos;. Remove it.</source>
        <translation>%1 ist in %2 (Build-Profil &apos;%3&apos;) nicht verfügbar: iPXE bricht mit &apos;%4: command not found&apos; ab. Den Befehl entfernen.</translation>
    </message>
    <message>
        <source>Unknown command %1: no iPXE build has it, so iPXE stops with &apos;command not found&apos;. Check the spelling.</source>
        <translation>Unbekannter Befehl %1: Kein iPXE-Build kennt ihn, daher bricht iPXE mit &apos;command not found&apos; ab. Die Schreibweise prüfen.</translation>
    </message>
    <message>
        <source>Unknown command %1: no iPXE build has it, so iPXE stops with &apos;command not found&apos;. Did you mean &apos;%2&apos;?</source>
        <translation>Unbekannter Befehl %1: Kein iPXE-Build kennt ihn, daher bricht iPXE mit &apos;command not found&apos; ab. War &apos;%2&apos; gemeint?</translation>
    </message>
    <message>
        <source>This https:// URL cannot be fetched: %1 (build profile &apos;%2&apos;) has no HTTPS support, and the download fails with &apos;Operation not supported&apos;. Use http://, or target a build with HTTPS.</source>
        <translation>Diese https://-URL kann nicht abgerufen werden: %1 (Build-Profil &apos;%2&apos;) unterstützt kein HTTPS, und der Download schlägt mit &apos;Operation not supported&apos; fehl. http:// verwenden oder einen Build mit HTTPS wählen.</translation>
    </message>
    <message>
        <source>This URL starts with ${%1}, which is set to an https:// URL on line %2, so it cannot be fetched: %3 (build profile &apos;%4&apos;) has no HTTPS support, and the download fails with &apos;Operation not supported&apos;. Use http://, or target a build with HTTPS.</source>
        <translation>Diese URL beginnt mit ${%1}, das in Zeile %2 auf eine https://-URL gesetzt wird, daher kann sie nicht abgerufen werden: %3 (Build-Profil &apos;%4&apos;) unterstützt kein HTTPS, und der Download schlägt mit &apos;Operation not supported&apos; fehl. http:// verwenden oder einen Build mit HTTPS wählen.</translation>
    </message>
    <message>
        <source>%1 --timeout %2 is %2 milliseconds: iPXE timeouts are in milliseconds, not seconds. Did you mean %3 (%2 s)?</source>
        <translation>%1 --timeout %2 sind %2 Millisekunden: iPXE-Zeitlimits werden in Millisekunden angegeben, nicht in Sekunden. War %3 (%2 s) gemeint?</translation>
    </message>
    <message>
        <source>%1 after the URL %2 looks like the rest of that URL, split at a space (%3 takes one URL). Write the space as %20.</source>
        <translation>%1 nach der URL %2 sieht wie der Rest dieser URL aus, an einem Leerzeichen geteilt (%3 nimmt eine URL). Das Leerzeichen als %20 schreiben.</translation>
    </message>
    <message>
        <source>%1 after the URL %2 looks like the rest of that URL, split at a space (it looks like a path, not an argument of the image). Write the space as %20.</source>
        <translation>%1 nach der URL %2 sieht wie der Rest dieser URL aus, an einem Leerzeichen geteilt (es sieht wie ein Pfad aus, nicht wie ein Argument des Images). Das Leerzeichen als %20 schreiben.</translation>
    </message>
    <message>
        <source>%1 after the URL %2 looks like the rest of that URL, split at a space (every sanboot argument is a URL of its own). Write the space as %20.</source>
        <translation>%1 nach der URL %2 sieht wie der Rest dieser URL aus, an einem Leerzeichen geteilt (jedes sanboot-Argument ist eine eigene URL). Das Leerzeichen als %20 schreiben.</translation>
    </message>
    <message>
        <source>sanboot --drive %1 without a URL boots a BIOS disk through int 13h and fails on UEFI, but a UEFI client can reach this line. Put &apos;iseq ${platform} efi &amp;&amp; exit ||&apos; before it, guard it with &apos;iseq ${platform} pcbios &amp;&amp;&apos;, or offer the item only on BIOS.</source>
        <translation>sanboot --drive %1 ohne URL startet eine BIOS-Festplatte über int 13h und schlägt unter UEFI fehl, aber ein UEFI-Client kann diese Zeile erreichen. &apos;iseq ${platform} efi &amp;&amp; exit ||&apos; davorsetzen, die Zeile mit &apos;iseq ${platform} pcbios &amp;&amp;&apos; absichern oder den Eintrag nur unter BIOS anbieten.</translation>
    </message>
    <message>
        <source>choose shows a menu without selectable items, so it fails. Add items with &apos;item &lt;label&gt; &lt;text&gt;&apos;.</source>
        <translation>choose zeigt ein Menü ohne auswählbare Einträge und schlägt daher fehl. Einträge mit &apos;item &lt;label&gt; &lt;text&gt;&apos; hinzufügen.</translation>
    </message>
    <message>
        <source>choose has no menu to show: no &apos;menu&apos; command comes before it, so it fails. Start the menu with &apos;menu &lt;title&gt;&apos;.</source>
        <translation>choose hat kein Menü zum Anzeigen: Kein &apos;menu&apos;-Befehl steht davor, daher schlägt es fehl. Das Menü mit &apos;menu &lt;title&gt;&apos; beginnen.</translation>
    </message>
    <message>
        <source>choose --default %1: the menu has no such item, so iPXE silently preselects the first item. Use the name of one of the menu&apos;s items.</source>
        <translation>choose --default %1: Das Menü hat keinen solchen Eintrag, daher wählt iPXE stillschweigend den ersten Eintrag vor. Den Namen eines Menüeintrags verwenden.</translation>
    </message>
    <message>
        <source>Menu item %1 has no label &apos;:%2&apos;: choosing it runs &apos;goto ${%3}&apos;, which finds no label and ends the script. Add the label or rename the item.</source>
        <translation>Menüeintrag %1 hat kein Label &apos;:%2&apos;: Seine Auswahl führt &apos;goto ${%3}&apos; aus, das kein Label findet und das Skript beendet. Das Label hinzufügen oder den Eintrag umbenennen.</translation>
    </message>
    <message>
        <source>Hotkey %1 is already used by item %2 on line %3 of this menu; the key only ever selects the first. Choose another key.</source>
        <translation>Tastenkürzel %1 wird bereits von Eintrag %2 in Zeile %3 dieses Menüs verwendet; die Taste wählt immer nur den ersten. Eine andere Taste wählen.</translation>
    </message>
    <message>
        <source>Label %1 is never reached: no goto or menu item leads to it, and the code before it does not fall through. Remove it or jump to it.</source>
        <translation>Label %1 wird nie erreicht: Kein goto und kein Menüeintrag führt dorthin, und der Code davor läuft nicht hinein. Das Label entfernen oder dorthin springen.</translation>
    </message>
    <message>
        <source>Secret in the script: %1 (%2). Anyone who can fetch the menu can use it. Remove it and revoke it; mirror private files to the publish target instead of authenticating in the URL.</source>
        <translation>Geheimnis im Skript: %1 (%2). Wer das Menü abrufen kann, kann es verwenden. Entfernen und widerrufen; private Dateien auf das Veröffentlichungsziel spiegeln, statt sich in der URL zu authentifizieren.</translation>
    </message>
    <message>
        <source>Unknown iPXE build profile %1; the known profiles are %2. The script was checked against &apos;debian&apos;.</source>
        <translation>Unbekanntes iPXE-Build-Profil %1; bekannte Profile sind %2. Das Skript wurde gegen &apos;debian&apos; geprüft.</translation>
    </message>
    <message>
        <source>Mirrored from GitLab: publishing copies this file to each target and the published menu fetches it from the target&apos;s HTTP base URL, so this build&apos;s missing HTTPS support does not matter there.</source>
        <translation>Von GitLab gespiegelt: Beim Veröffentlichen wird diese Datei auf jedes Ziel kopiert, und das veröffentlichte Menü lädt sie von der HTTP-Basis-URL des Ziels; dass diesem Build HTTPS fehlt, spielt dort keine Rolle.</translation>
    </message>
</context>
<context>
    <name>Bootlace::MainWindow</name>
    <message>
        <source>Menus and entries</source>
        <translation>Menüs und Einträge</translation>
    </message>
    <message>
        <source>Select a menu or an entry to edit it.</source>
        <translation>Ein Menü oder einen Eintrag auswählen, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>The project file was changed on disk by another program.</source>
        <translation>Die Projektdatei wurde von einem anderen Programm auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>Vom Datenträger &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>Meine Version &amp;behalten</translation>
    </message>
    <message>
        <source>menu.ipxe</source>
        <translation>menu.ipxe</translation>
    </message>
    <message>
        <source>Menu simulator</source>
        <translation>Menüsimulator</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import iPXE Menu...</source>
        <translation>iPXE-Menü &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export menu.ipxe...</source>
        <translation>menu.ipxe e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>Project &amp;Settings...</source>
        <translation>Projekt&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Test Boot...</source>
        <translation>&amp;Testboot…</translation>
    </message>
    <message>
        <source>Boot this menu in real iPXE in a virtual machine (F5)</source>
        <translation>Dieses Menü in echtem iPXE in einer virtuellen Maschine starten (F5)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Focus the &amp;Tree</source>
        <translation>&amp;Baum fokussieren</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Focus the &amp;Form</source>
        <translation>&amp;Formular fokussieren</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Bootlace</source>
        <translation>&amp;Über Bootlace</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Test Boot — %1</source>
        <translation>Testboot – %1</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could not import the menu</source>
        <translation>Das Menü konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Lines %1-%2 (%3): %4</source>
        <translation>Zeilen %1–%2 (%3): %4</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the script were kept as raw script; they run exactly as before.</source>
        <translation>
            <numerusform>%n Teil des Skripts wurde als Rohskript übernommen; er läuft genau wie vorher.</numerusform>
            <numerusform>%n Teile des Skripts wurden als Rohskript übernommen; sie laufen genau wie vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the menu</source>
        <translation>Das Menü konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>Das Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Bootlace projects (*.bootlace.json)</source>
        <translation>Bootlace-Projekte (*.bootlace.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>ein unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Bootlace was closed unexpectedly with unsaved changes to %1 (autosaved %2).

Restore them?</source>
        <translation>Bootlace wurde mit nicht gespeicherten Änderungen an %1 unerwartet beendet (automatisch gesichert %2).

Die Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Could not restore the work</source>
        <translation>Die Arbeit konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Bootlace projects (*.bootlace.json *.json)</source>
        <translation>Bootlace-Projekte (*.bootlace.json *.json)</translation>
    </message>
    <message>
        <source>Import iPXE menu</source>
        <translation>iPXE-Menü importieren</translation>
    </message>
    <message>
        <source>iPXE scripts (*.ipxe *.txt);;All files (*)</source>
        <translation>iPXE-Skripte (*.ipxe *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export menu.ipxe</source>
        <translation>menu.ipxe exportieren</translation>
    </message>
    <message>
        <source>iPXE scripts (*.ipxe)</source>
        <translation>iPXE-Skripte (*.ipxe)</translation>
    </message>
    <message>
        <source>About Bootlace</source>
        <translation>Über Bootlace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bootlace %1&lt;/h3&gt;&lt;p&gt;Edit, check and publish iPXE boot menus.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bootlace %1&lt;/h3&gt;&lt;p&gt;iPXE-Startmenüs bearbeiten, prüfen und veröffentlichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>%1[*] - Bootlace</source>
        <translation>%1[*] – Bootlace</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes. Reload anyway?</source>
        <translation>Neu laden verwirft die nicht gespeicherten Änderungen. Trotzdem neu laden?</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>GitLab: new successful pipeline #%1 on %2</source>
        <translation>GitLab: neue erfolgreiche Pipeline #%1 auf %2</translation>
    </message>
    <message>
        <source>&amp;Publish...</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Publish &amp;Targets...</source>
        <translation>Veröffentlichungs&amp;ziele…</translation>
    </message>
    <message>
        <source>Publish &amp;History...</source>
        <translation>Veröffentlichungsver&amp;lauf…</translation>
    </message>
    <message>
        <source>&amp;Bootstrap Kit...</source>
        <translation>&amp;Bootstrap-Kit…</translation>
    </message>
    <message>
        <source>&amp;GitLab Accounts...</source>
        <translation>&amp;GitLab-Konten…</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
</context>
<context>
    <name>Bootlace::MenuEditor</name>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Select a menu in the tree to edit it.</source>
        <translation>Ein Menü im Baum auswählen, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Menu id</source>
        <translation>Menü-ID</translation>
    </message>
    <message>
        <source>The menu&apos;s label in the script; submenu links refer to it</source>
        <translation>Das Label des Menüs im Skript; Untermenü-Verweise beziehen sich darauf</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Shown above the entries</source>
        <translation>Wird über den Einträgen angezeigt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Default entry</source>
        <translation>Standardeintrag</translation>
    </message>
    <message>
        <source>Highlighted when the menu opens and chosen when the timeout runs out</source>
        <translation>Beim Öffnen des Menüs hervorgehoben und nach Ablauf der Wartezeit gewählt</translation>
    </message>
    <message>
        <source>&amp;Default entry:</source>
        <translation>&amp;Standardeintrag:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Wartezeit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait &amp;forever</source>
        <translation>&amp;Unbegrenzt warten</translation>
    </message>
    <message>
        <source>Wait forever</source>
        <translation>Unbegrenzt warten</translation>
    </message>
    <message>
        <source>When the time is up, the default entry starts. Pressing any key stops the countdown.</source>
        <translation>Wenn die Zeit abgelaufen ist, startet der Standardeintrag. Ein beliebiger Tastendruck hält den Countdown an.</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Wartezeit:</translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation>Eine ID ist erforderlich.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Bis zu 64 Buchstaben, Ziffern, „_“, „.“ und „-“ verwenden, nicht mit „-“ oder „.“ beginnend.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of another menu or entry.</source>
        <translation>„%1“ ist bereits die ID eines anderen Menüs oder Eintrags.</translation>
    </message>
    <message>
        <source>Rename menu %1 to %2</source>
        <translation>Menü %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Root menu</source>
        <translation>Hauptmenü</translation>
    </message>
    <message>
        <source>The first menu a client shows.</source>
        <translation>Das erste Menü, das ein Client anzeigt.</translation>
    </message>
    <message>
        <source>Opened by the submenu links that point to it.</source>
        <translation>Wird von den Untermenü-Verweisen geöffnet, die darauf zeigen.</translation>
    </message>
    <message>
        <source>(first item)</source>
        <translation>(erster Eintrag)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(missing entry &quot;%1&quot;)</source>
        <translation>(fehlender Eintrag „%1“)</translation>
    </message>
</context>
<context>
    <name>Bootlace::MenuSimulatorWidget</name>
    <message>
        <source>BIOS (x86)</source>
        <translation>BIOS (x86)</translation>
    </message>
    <message>
        <source>UEFI x86_64</source>
        <translation>UEFI x86_64</translation>
    </message>
    <message>
        <source>UEFI arm64</source>
        <translation>UEFI arm64</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Menu simulator</source>
        <translation>Menüsimulator</translation>
    </message>
    <message>
        <source>Simulated boot menu</source>
        <translation>Simuliertes Startmenü</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The firmware and architecture of the simulated client</source>
        <translation>Firmware und Architektur des simulierten Clients</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>Restart simulation</source>
        <translation>Simulation neu starten</translation>
    </message>
    <message>
        <source>Back to the root menu with its countdown</source>
        <translation>Zurück zum Hauptmenü mit seinem Countdown</translation>
    </message>
    <message>
        <source>Click the screen, then: ↑ ↓ Page Up/Down Home End move, Enter chooses, hotkeys choose at once, Esc goes back.</source>
        <translation>Auf den Bildschirm klicken, dann: ↑ ↓ Bild auf/ab Pos1 Ende bewegen, Eingabe wählt, Tastenkürzel wählen sofort, Esc geht zurück.</translation>
    </message>
    <message>
        <source>Choose an entry to see the commands it runs.</source>
        <translation>Einen Eintrag wählen, um die Befehle zu sehen, die er ausführt.</translation>
    </message>
    <message>
        <source>Commands of the chosen entry</source>
        <translation>Befehle des gewählten Eintrags</translation>
    </message>
    <message>
        <source>The timeout chose “%1”, which runs:</source>
        <translation>Die Wartezeit ist abgelaufen und hat „%1“ gewählt, das Folgendes ausführt:</translation>
    </message>
    <message>
        <source>Choosing “%1” runs:</source>
        <translation>Die Auswahl von „%1“ führt aus:</translation>
    </message>
    <message>
        <source>Escape cancels the root menu: its choose command fails and the script exits.</source>
        <translation>Escape bricht das Hauptmenü ab: Sein choose-Befehl schlägt fehl und das Skript endet.</translation>
    </message>
    <message>
        <source>Escape cancels this menu: the script goes back to the root menu.</source>
        <translation>Escape bricht dieses Menü ab: Das Skript kehrt zum Hauptmenü zurück.</translation>
    </message>
    <message>
        <source>No menu to show.</source>
        <translation>Kein Menü zum Anzeigen.</translation>
    </message>
    <message>
        <source>This client sees no entries: iPXE does not show this menu.</source>
        <translation>Dieser Client sieht keine Einträge: iPXE zeigt dieses Menü nicht an.</translation>
    </message>
    <message>
        <source>%1. Highlighted: %2 (%3 of %4).</source>
        <translation>%1. Hervorgehoben: %2 (%3 von %4).</translation>
    </message>
    <message>
        <source>Chosen automatically in 1 second.</source>
        <translation>Wird in 1 Sekunde automatisch gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>Chosen automatically in %n seconds.</source>
        <translation>
            <numerusform>Wird in %n Sekunde automatisch gewählt.</numerusform>
            <numerusform>Wird in %n Sekunden automatisch gewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::NetbootScript</name>
    <message>
        <source>The script has no kernel line.</source>
        <translation>Das Skript hat keine kernel-Zeile.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Each project&apos;s own build profile</source>
        <translation>Das Build-Profil des jeweiligen Projekts</translation>
    </message>
    <message>
        <source>iPXE build to check against</source>
        <translation>iPXE-Build, gegen den geprüft wird</translation>
    </message>
    <message>
        <source>Follow the system colours</source>
        <translation>Systemfarben folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Preview colours</source>
        <translation>Farben der Vorschau</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervall der automatischen Sicherung in Sekunden</translation>
    </message>
    <message>
        <source>Unsaved work is kept for crash recovery at this interval.</source>
        <translation>Nicht gespeicherte Arbeit wird in diesem Intervall für die Wiederherstellung nach einem Absturz gesichert.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect when Bootlace is started the next time.</source>
        <translation>Wird beim nächsten Start von Bootlace wirksam.</translation>
    </message>
    <message>
        <source>&amp;Check against:</source>
        <translation>&amp;Prüfen gegen:</translation>
    </message>
    <message>
        <source>Preview &amp;colours:</source>
        <translation>&amp;Farben der Vorschau:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch sichern alle:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Bootlace::PreviewPane</name>
    <message>
        <source>Script preview</source>
        <translation>Skriptvorschau</translation>
    </message>
    <message>
        <source>Generated menu.ipxe</source>
        <translation>Erzeugte menu.ipxe</translation>
    </message>
    <message>
        <source>The boot menu script generated from the project. Read-only.</source>
        <translation>Das aus dem Projekt erzeugte Startmenü-Skript. Schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>Startmenü</translation>
    </message>
    <message>
        <source>Network boot</source>
        <translation>Netzwerkstart</translation>
    </message>
    <message>
        <source>Boot from local disk</source>
        <translation>Von lokaler Festplatte starten</translation>
    </message>
    <message>
        <source>iPXE shell</source>
        <translation>iPXE-Shell</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the project has no file name yet</source>
        <translation>das Projekt hat noch keinen Dateinamen</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectFile</name>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>das Pflichtfeld „%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown item kind &quot;%1&quot;</source>
        <translation>unbekannte Eintragsart „%1“</translation>
    </message>
    <message>
        <source>a hotkey is a single character</source>
        <translation>ein Tastenkürzel ist ein einzelnes Zeichen</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>„enabled“ muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown firmware &quot;%1&quot; (expected any, bios or uefi)</source>
        <translation>unbekannte Firmware „%1“ (erwartet: any, bios oder uefi)</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot; (expected any, i386, x86_64, arm32 or arm64)</source>
        <translation>unbekannte Architektur „%1“ (erwartet: any, i386, x86_64, arm32 oder arm64)</translation>
    </message>
    <message>
        <source>an initrd must be a URL string</source>
        <translation>ein Initrd muss eine URL als Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (1-64 of A-Z a-z 0-9 _ . -, not starting with - or .)</source>
        <translation>„%1“ ist keine gültige ID (1–64 Zeichen aus A-Z a-z 0-9 _ . -, nicht mit - oder . beginnend)</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>die ID „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name</source>
        <translation>„%1“ ist kein gültiger Variablenname</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a project file must contain a JSON object</source>
        <translation>eine Projektdatei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>this is not a Bootlace project: &quot;schema&quot; (a positive whole number) is missing</source>
        <translation>dies ist kein Bootlace-Projekt: „schema“ (eine positive ganze Zahl) fehlt</translation>
    </message>
    <message>
        <source>this project was saved by a newer Bootlace (schema version %1; this version reads up to %2). Update Bootlace to open it; the file was not changed.</source>
        <translation>dieses Projekt wurde von einer neueren Bootlace-Version gespeichert (Schemaversion %1; diese Version liest bis %2). Bootlace aktualisieren, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&quot;timeoutMs&quot; must be a whole number of milliseconds between 0 and 86400000</source>
        <translation>„timeoutMs“ muss eine ganze Zahl von Millisekunden zwischen 0 und 86400000 sein</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>„%1“ ist keine gültige ID</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectModel</name>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>(blank line)</source>
        <translation>(Leerzeile)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Submenu</source>
        <translation>Untermenü</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>SAN boot</source>
        <translation>SAN-Boot</translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation>Lokale Festplatte</translation>
    </message>
    <message>
        <source>iPXE shell</source>
        <translation>iPXE-Shell</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Raw lines</source>
        <translation>Rohzeilen</translation>
    </message>
    <message>
        <source>%1, mirrored</source>
        <translation>%1, gespiegelt</translation>
    </message>
    <message>
        <source>Boots from the publish target&apos;s copy of its GitLab artifacts.</source>
        <translation>Startet von der Kopie seiner GitLab-Artefakte auf dem Veröffentlichungsziel.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectSettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Target iPXE build</source>
        <translation>Ziel-Build von iPXE</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <source>Raw script before the menus</source>
        <translation>Rohskript vor den Menüs</translation>
    </message>
    <message>
        <source>Raw script after the menus</source>
        <translation>Rohskript nach den Menüs</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Target &amp;build:</source>
        <translation>Ziel-&amp;Build:</translation>
    </message>
    <message>
        <source>Variables (written as `set NAME VALUE`, use them as ${NAME}):</source>
        <translation>Variablen (geschrieben als `set NAME VALUE`, verwendbar als ${NAME}):</translation>
    </message>
    <message>
        <source>Raw script before the first menu:</source>
        <translation>Rohskript vor dem ersten Menü:</translation>
    </message>
    <message>
        <source>Raw script after the last menu:</source>
        <translation>Rohskript nach dem letzten Menü:</translation>
    </message>
    <message>
        <source>Invalid variable name</source>
        <translation>Ungültiger Variablenname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name: use letters, digits, _, . and -, not starting with - or .</source>
        <translation>„%1“ ist kein gültiger Variablenname: Buchstaben, Ziffern, _, . und - verwenden, nicht mit - oder . beginnend</translation>
    </message>
    <message>
        <source>Edit project settings</source>
        <translation>Projekteinstellungen bearbeiten</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectTreeView</name>
    <message>
        <source>Menus and entries</source>
        <translation>Menüs und Einträge</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Linux Boot</source>
        <translation>&amp;Linux-Boot</translation>
    </message>
    <message>
        <source>&amp;Chain (Load Another Script)</source>
        <translation>&amp;Chain (weiteres Skript laden)</translation>
    </message>
    <message>
        <source>&amp;SAN Boot (ISO or Disk Image)</source>
        <translation>&amp;SAN-Boot (ISO- oder Disk-Image)</translation>
    </message>
    <message>
        <source>Local &amp;Disk</source>
        <translation>Lokale &amp;Festplatte</translation>
    </message>
    <message>
        <source>iPXE S&amp;hell</source>
        <translation>iPXE-S&amp;hell</translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation>&amp;Neustart</translation>
    </message>
    <message>
        <source>E&amp;xit to the Firmware</source>
        <translation>&amp;Beenden zur Firmware</translation>
    </message>
    <message>
        <source>Scrip&amp;t</source>
        <translation>Skrip&amp;t</translation>
    </message>
    <message>
        <source>Section &amp;Heading or Gap</source>
        <translation>&amp;Abschnittsüberschrift oder Lücke</translation>
    </message>
    <message>
        <source>Su&amp;bmenu Link</source>
        <translation>&amp;Untermenü-Verweis</translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation>&amp;Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add a Linux boot entry after the selected item; the menu offers every kind</source>
        <translation>Einen Linux-Boot-Eintrag nach dem ausgewählten Eintrag hinzufügen; das Menü bietet jede Art an</translation>
    </message>
    <message>
        <source>Add &amp;Menu</source>
        <translation>&amp;Menü hinzufügen</translation>
    </message>
    <message>
        <source>Add a submenu to the project</source>
        <translation>Dem Projekt ein Untermenü hinzufügen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Akti&amp;viert</translation>
    </message>
    <message>
        <source>Offer the selected entries in the menu (disabled entries are kept but not written)</source>
        <translation>Die ausgewählten Einträge im Menü anbieten (deaktivierte Einträge bleiben erhalten, werden aber nicht geschrieben)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>New Linux boot entry</source>
        <translation>Neuer Linux-Boot-Eintrag</translation>
    </message>
    <message>
        <source>Chain-load a script</source>
        <translation>Ein Skript per Chain laden</translation>
    </message>
    <message>
        <source>Boot a disk image</source>
        <translation>Ein Disk-Image starten</translation>
    </message>
    <message>
        <source>Boot from local disk</source>
        <translation>Von lokaler Festplatte starten</translation>
    </message>
    <message>
        <source>iPXE shell</source>
        <translation>iPXE-Shell</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Exit to the firmware</source>
        <translation>Zur Firmware beenden</translation>
    </message>
    <message>
        <source>Custom script</source>
        <translation>Eigenes Skript</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>Startmenü</translation>
    </message>
    <message>
        <source>Submenu</source>
        <translation>Untermenü</translation>
    </message>
    <message>
        <source>New menu</source>
        <translation>Neues Menü</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag duplizieren</numerusform>
            <numerusform>%n Einträge duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n menu(s)</source>
        <translation>
            <numerusform>%n Menü löschen</numerusform>
            <numerusform>%n Menüs löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag aktivieren</numerusform>
            <numerusform>%n Einträge aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag deaktivieren</numerusform>
            <numerusform>%n Einträge deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag verschieben</numerusform>
            <numerusform>%n Einträge verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move menu</source>
        <translation>Menü verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag einfügen</numerusform>
            <numerusform>%n Einträge einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::ProvenanceView</name>
    <message>
        <source>Where the files come from</source>
        <translation>Herkunft der Dateien</translation>
    </message>
    <message>
        <source>GitLab CI: &lt;a href=&quot;%1/%2&quot;&gt;%2&lt;/a&gt;, ref &lt;b&gt;%3&lt;/b&gt;, pipeline %4, job &lt;a href=&quot;%1/%2/-/jobs/%5&quot;&gt;%5&lt;/a&gt; (%6), commit &lt;tt&gt;%7&lt;/tt&gt;</source>
        <translation>GitLab CI: &lt;a href=&quot;%1/%2&quot;&gt;%2&lt;/a&gt;, Ref &lt;b&gt;%3&lt;/b&gt;, Pipeline %4, Job &lt;a href=&quot;%1/%2/-/jobs/%5&quot;&gt;%5&lt;/a&gt; (%6), Commit &lt;tt&gt;%7&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Follows the latest successful build of %1; resolved to a job id when the menu is generated.</source>
        <translation>Folgt dem neuesten erfolgreichen Build von %1; wird beim Erzeugen des Menüs in eine Job-ID aufgelöst.</translation>
    </message>
    <message>
        <source>Pinned to this job.</source>
        <translation>An diesen Job gebunden.</translation>
    </message>
    <message>
        <source>The project is not public and iPXE cannot send a token, so these files are mirrored to the publish target; the menu never contains a token.</source>
        <translation>Das Projekt ist nicht öffentlich und iPXE kann kein Token senden, daher werden diese Dateien auf das Veröffentlichungsziel gespiegelt; das Menü enthält nie ein Token.</translation>
    </message>
    <message>
        <source>These files are mirrored to the publish target; if a client cannot fetch the copy there, it tries GitLab next.</source>
        <translation>Diese Dateien werden auf das Veröffentlichungsziel gespiegelt; kann ein Client die Kopie dort nicht laden, versucht er es als Nächstes bei GitLab.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Publish to:</source>
        <translation>Veröffentlichen auf:</translation>
    </message>
    <message>
        <source>Also publish &amp;bootstrap.ipxe (the script to embed in iPXE)</source>
        <translation>Auch &amp;bootstrap.ipxe veröffentlichen (das in iPXE einzubettende Skript)</translation>
    </message>
    <message>
        <source>Publish &amp;anyway, this once</source>
        <translation>&amp;Trotzdem veröffentlichen, nur dieses Mal</translation>
    </message>
    <message numerus="yes">
        <source>The menu has %n problem(s) that would break booting or leak a secret:</source>
        <translation>
            <numerusform>Das Menü hat %n Problem, das den Start verhindern oder ein Geheimnis preisgeben würde:</numerusform>
            <numerusform>Das Menü hat %n Probleme, die den Start verhindern oder ein Geheimnis preisgeben würden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview Changes shows here what each target will get.</source>
        <translation>„Vorschau der Änderungen“ zeigt hier, was jedes Ziel erhalten wird.</translation>
    </message>
    <message>
        <source>Pre&amp;view Changes</source>
        <translation>Vorsc&amp;hau der Änderungen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Roll Back to %1</source>
        <translation>Auf %1 zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the project first: its publish history is kept next to it.</source>
        <translation>Zuerst das Projekt speichern: sein Veröffentlichungsverlauf wird daneben abgelegt.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Waiting for the keychain...</source>
        <translation>Warten auf den Schlüsselbund…</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Changes shown below</source>
        <translation>Änderungen siehe unten</translation>
    </message>
    <message numerus="yes">
        <source>Published and verified (%n file(s))</source>
        <translation>
            <numerusform>Veröffentlicht und geprüft (%n Datei)</numerusform>
            <numerusform>Veröffentlicht und geprüft (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(keine Änderungen)</translation>
    </message>
    <message>
        <source>The publish could not be recorded in the history: %1</source>
        <translation>Die Veröffentlichung konnte nicht im Verlauf festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Recorded in the publish history as %1.</source>
        <translation>Im Veröffentlichungsverlauf als %1 festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of private GitLab projects will be downloaded and published next to the menu, because iPXE cannot send a token: %1.</source>
        <translation>
            <numerusform>%n Datei aus privaten GitLab-Projekten wird heruntergeladen und neben dem Menü veröffentlicht, weil iPXE kein Token senden kann: %1.</numerusform>
            <numerusform>%n Dateien aus privaten GitLab-Projekten werden heruntergeladen und neben dem Menü veröffentlicht, weil iPXE kein Token senden kann: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Looking up the latest builds of the entries that follow a branch...</source>
        <translation>Die neuesten Builds der Einträge werden gesucht, die einem Branch folgen…</translation>
    </message>
    <message>
        <source>Kept the last known build of:</source>
        <translation>Der zuletzt bekannte Build wurde beibehalten für:</translation>
    </message>
    <message>
        <source>Nothing was published: a target cannot serve the mirrored artifacts.</source>
        <translation>Nichts wurde veröffentlicht: Ein Ziel kann die gespiegelten Artefakte nicht ausliefern.</translation>
    </message>
    <message>
        <source>Nothing was published: there is no GitLab token for %1 to download the artifacts of its private projects with. Add the account in Project ▸ GitLab Accounts.</source>
        <translation>Nichts wurde veröffentlicht: Für %1 gibt es kein GitLab-Token, mit dem die Artefakte seiner privaten Projekte heruntergeladen werden könnten. Das Konto unter Projekt ▸ GitLab-Konten hinzufügen.</translation>
    </message>
    <message>
        <source>Downloading the artifacts of private GitLab projects...</source>
        <translation>Die Artefakte privater GitLab-Projekte werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Downloading %1 of %2</source>
        <translation>%1 von %2 heruntergeladen</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation>%1, %2/s</translation>
    </message>
    <message>
        <source>%1, %2/s, %3 left</source>
        <translation>%1, %2/s, noch %3</translation>
    </message>
    <message>
        <source>Cancelled; what was downloaded is kept for the next publish.</source>
        <translation>Abgebrochen; was schon heruntergeladen wurde, bleibt für die nächste Veröffentlichung erhalten.</translation>
    </message>
    <message>
        <source>Nothing was published: the artifacts could not be mirrored.</source>
        <translation>Nichts wurde veröffentlicht: Die Artefakte konnten nicht gespiegelt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Mirrored %n artifact file(s)</source>
        <translation>
            <numerusform>%n Artefakt-Datei gespiegelt</numerusform>
            <numerusform>%n Artefakt-Dateien gespiegelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n from the local cache)</source>
        <translation>
            <numerusform>(%n aus dem lokalen Zwischenspeicher)</numerusform>
            <numerusform>(%n aus dem lokalen Zwischenspeicher)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Waiting for the mirrored artifacts...</source>
        <translation>Warten auf die gespiegelten Artefakte…</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishHistory</name>
    <message>
        <source>Cannot store %1 in the publish history: %2</source>
        <translation>%1 kann nicht im Veröffentlichungsverlauf abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the publish history folder %1.</source>
        <translation>Der Ordner des Veröffentlichungsverlaufs %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no publish &quot;%1&quot; in the history of this project.</source>
        <translation>Im Verlauf dieses Projekts gibt es keine Veröffentlichung „%1“.</translation>
    </message>
    <message>
        <source>The history entry %1 is damaged.</source>
        <translation>Der Verlaufseintrag %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The publish history has lost the file %1.</source>
        <translation>Dem Veröffentlichungsverlauf fehlt die Datei %1.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishHistoryDialog</name>
    <message>
        <source>Publish History</source>
        <translation>Veröffentlichungsverlauf</translation>
    </message>
    <message>
        <source>&amp;Roll Back to This...</source>
        <translation>Hierauf &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation>Aus diesem Projekt wurde noch nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Same files as the publish before.</source>
        <translation>Dieselben Dateien wie bei der vorherigen Veröffentlichung.</translation>
    </message>
    <message>
        <source> (rollback)</source>
        <comment>appended to the date of a rollback entry</comment>
        <translation> (Zurücksetzung)</translation>
    </message>
    <message>
        <source>  verified</source>
        <comment>appended to a file line whose upload was read back</comment>
        <translation>  geprüft</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishJob</name>
    <message>
        <source>Binary file %1 will be replaced.</source>
        <translation>Die Binärdatei %1 wird ersetzt.</translation>
    </message>
    <message>
        <source>Binary file %1 will be added.</source>
        <translation>Die Binärdatei %1 wird hinzugefügt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 on %2 reads back differently from what was published (SHA-256 %3 instead of %4).</source>
        <translation>%1 auf %2 liest sich anders zurück als veröffentlicht (SHA-256 %3 statt %4).</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishSet</name>
    <message>
        <source>Target &quot;%1&quot; has no HTTP base URL, so the bootstrap script does not know where to load the menu from.</source>
        <translation>Das Ziel „%1“ hat keine HTTP-Basis-URL, daher weiß das Bootstrap-Skript nicht, woher es das Menü laden soll.</translation>
    </message>
    <message>
        <source>%1 (used by %2) was not mirrored, so a menu that needs it is not published.</source>
        <translation>%1 (verwendet von %2) wurde nicht gespiegelt, daher wird kein Menü veröffentlicht, das diese Datei braucht.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishTarget</name>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>TFTP</source>
        <translation>TFTP</translation>
    </message>
    <message>
        <source>HTTP / WebDAV</source>
        <translation>HTTP / WebDAV</translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation>SFTP</translation>
    </message>
    <message>
        <source>A target needs a name.</source>
        <translation>Ein Ziel braucht einen Namen.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; needs a folder.</source>
        <translation>Das Ziel „%1“ braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; needs a URL.</source>
        <translation>Das Ziel „%1“ braucht eine URL.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: the file mode must be between 0000 and 0777.</source>
        <translation>Ziel „%1“: der Dateimodus muss zwischen 0000 und 0777 liegen.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: &quot;%2&quot; is not a %3 URL (e.g. %4).</source>
        <translation>Ziel „%1“: „%2“ ist keine %3-URL (z. B. %4).</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: put the user name in its own field, not in the URL; passwords are kept in the keychain.</source>
        <translation>Ziel „%1“: den Benutzernamen in sein eigenes Feld eintragen, nicht in die URL; Passwörter werden im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: the HTTP base URL must start with http:// or https://.</source>
        <translation>Ziel „%1“: die HTTP-Basis-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishTargetsDialog</name>
    <message>
        <source>Publish Targets</source>
        <translation>Veröffentlichungsziele</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>publish/  or  tftp://boot.lan/  or  https://web.lan/dav/  or  sftp://boot.lan/srv/tftp/</source>
        <translation>publish/  oder  tftp://boot.lan/  oder  https://web.lan/dav/  oder  sftp://boot.lan/srv/tftp/</translation>
    </message>
    <message>
        <source>http://boot.lan/ (where clients load the menu from)</source>
        <translation>http://boot.lan/ (woher die Clients das Menü laden)</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Folder or URL:</source>
        <translation>&amp;Ordner oder URL:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>HTTP &amp;base URL:</source>
        <translation>HTTP-Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>File &amp;mode:</source>
        <translation>Datei&amp;modus:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>Datei der be&amp;kannten Hosts:</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Schlüssel-Passphrase:</translation>
    </message>
    <message>
        <source>The password is kept in the keychain.</source>
        <translation>Das Passwort wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Two targets are called &quot;%1&quot;.</source>
        <translation>Zwei Ziele heißen „%1“.</translation>
    </message>
</context>
<context>
    <name>Bootlace::RecoveryStore</name>
    <message>
        <source>cannot create the recovery directory %1</source>
        <translation>das Wiederherstellungsverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>no recovery session</source>
        <translation>keine Wiederherstellungssitzung</translation>
    </message>
</context>
<context>
    <name>Bootlace::ScriptImporter</name>
    <message>
        <source>a condition Bootlace cannot read</source>
        <translation>eine Bedingung, die Bootlace nicht lesen kann</translation>
    </message>
    <message>
        <source>the condition `%1` is not a Bootlace platform condition</source>
        <translation>die Bedingung `%1` ist keine Plattformbedingung von Bootlace</translation>
    </message>
    <message>
        <source>a conditional item line not of the form `iseq ${platform} ... &amp;&amp; item ... ||`</source>
        <translation>eine bedingte item-Zeile, die nicht die Form `iseq ${platform} ... &amp;&amp; item ... ||` hat</translation>
    </message>
    <message>
        <source>`--key` without a key</source>
        <translation>`--key` ohne Taste</translation>
    </message>
    <message>
        <source>the item option `%1`</source>
        <translation>die item-Option `%1`</translation>
    </message>
    <message>
        <source>a gap with `--key` or `--default`</source>
        <translation>eine Lücke mit `--key` oder `--default`</translation>
    </message>
    <message>
        <source>the hotkey `%1` is not one printable character</source>
        <translation>das Tastenkürzel `%1` ist nicht genau ein druckbares Zeichen</translation>
    </message>
    <message>
        <source>the item text has characters Bootlace would change</source>
        <translation>der Eintragstext enthält Zeichen, die Bootlace ändern würde</translation>
    </message>
    <message>
        <source>the item name `%1` uses a variable</source>
        <translation>der Eintragsname `%1` verwendet eine Variable</translation>
    </message>
    <message>
        <source>the item name `%1` is not a valid Bootlace id</source>
        <translation>der Eintragsname `%1` ist keine gültige Bootlace-ID</translation>
    </message>
    <message>
        <source>removed a byte order mark at the start (iPXE would not recognise `#!ipxe` after it)</source>
        <translation>eine Bytereihenfolge-Markierung am Anfang wurde entfernt (iPXE würde `#!ipxe` danach nicht erkennen)</translation>
    </message>
    <message>
        <source>the script is empty</source>
        <translation>das Skript ist leer</translation>
    </message>
    <message>
        <source>the input contains NUL bytes; it is binary data, not an iPXE script</source>
        <translation>die Eingabe enthält NUL-Bytes; es sind Binärdaten, kein iPXE-Skript</translation>
    </message>
    <message>
        <source>the input looks like binary data, not an iPXE script</source>
        <translation>die Eingabe sieht nach Binärdaten aus, nicht nach einem iPXE-Skript</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ended in a backslash that joined nothing; it was dropped</source>
        <translation>
            <numerusform>%n Zeile endete mit einem Backslash, der nichts verband; er wurde entfernt</numerusform>
            <numerusform>%n Zeilen endeten mit einem Backslash, der nichts verband; er wurde entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>the script does not start with `#!ipxe`; iPXE would not run it as a script</source>
        <translation>das Skript beginnt nicht mit `#!ipxe`; iPXE würde es nicht als Skript ausführen</translation>
    </message>
    <message>
        <source>the menu at the top of the script has no label; named it &apos;%1&apos;</source>
        <translation>das Menü am Anfang des Skripts hat kein Label; es heißt jetzt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>menu %1, item list</source>
        <translation>Menü %1, Eintragsliste</translation>
    </message>
    <message>
        <source>lines in the item list that are not item lines</source>
        <translation>Zeilen in der Eintragsliste, die keine item-Zeilen sind</translation>
    </message>
    <message>
        <source>menu %1: item `%2` opens the menu `%2`; imported as the submenu item `%3`</source>
        <translation>Menü %1: Eintrag `%2` öffnet das Menü `%2`; als Untermenü-Eintrag `%3` importiert</translation>
    </message>
    <message>
        <source>item `%1` is commented out but its block is not</source>
        <translation>Eintrag `%1` ist auskommentiert, sein Block aber nicht</translation>
    </message>
    <message>
        <source>the block of item `%1` is commented out</source>
        <translation>der Block von Eintrag `%1` ist auskommentiert</translation>
    </message>
    <message>
        <source>item `%1` has no label block `:%1` (before the epilogue)</source>
        <translation>Eintrag `%1` hat keinen Label-Block `:%1` (vor dem Epilog)</translation>
    </message>
    <message>
        <source>the label line `:%1` has commands on it</source>
        <translation>die Label-Zeile `:%1` enthält Befehle</translation>
    </message>
    <message>
        <source>menu %1: item `%2` runs the same block as an earlier item; imported as `%3` with a copy of the block</source>
        <translation>Menü %1: Eintrag `%2` führt denselben Block aus wie ein früherer Eintrag; als `%3` mit einer Kopie des Blocks importiert</translation>
    </message>
    <message>
        <source>menu %1: title &quot;%2&quot; imported as &quot;%3&quot;</source>
        <translation>Menü %1: Titel „%2“ als „%3“ importiert</translation>
    </message>
    <message>
        <source>lines between the label and `menu` (they now run after `menu`)</source>
        <translation>Zeilen zwischen dem Label und `menu` (sie laufen jetzt nach `menu`)</translation>
    </message>
    <message>
        <source>an item line Bootlace cannot read: %1</source>
        <translation>eine item-Zeile, die Bootlace nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>menu %1, line %2: `choose` options not imported: %3</source>
        <translation>Menü %1, Zeile %2: nicht importierte `choose`-Optionen: %3</translation>
    </message>
    <message>
        <source>menu %1: the default `%2` is not an item id; the menu has no default now</source>
        <translation>Menü %1: Der Standard `%2` ist keine Eintrags-ID; das Menü hat jetzt keinen Standardeintrag</translation>
    </message>
    <message>
        <source>menu %1: the timeout `%2` is not a number of milliseconds; the menu now waits for a choice</source>
        <translation>Menü %1: Die Wartezeit `%2` ist keine Anzahl von Millisekunden; das Menü wartet jetzt auf eine Auswahl</translation>
    </message>
    <message>
        <source>menu %1: `choose` has no setting name</source>
        <translation>Menü %1: `choose` hat keinen Einstellungsnamen</translation>
    </message>
    <message>
        <source>menu %1: the choice was stored in ${%2}; Bootlace stores it in ${%3}</source>
        <translation>Menü %1: Die Auswahl wurde in ${%2} gespeichert; Bootlace speichert sie in ${%3}</translation>
    </message>
    <message>
        <source>menu %1, line %2: the `choose` line `%3` does more than Bootlace keeps</source>
        <translation>Menü %1, Zeile %2: Die `choose`-Zeile `%3` tut mehr, als Bootlace behält</translation>
    </message>
    <message>
        <source>menu %1: Escape ended the script with an error; it now leaves the script (`exit`)</source>
        <translation>Menü %1: Escape beendete das Skript mit einem Fehler; jetzt verlässt es das Skript (`exit`)</translation>
    </message>
    <message>
        <source>menu %1: Escape ended the script with an error; it now goes to the root menu %2</source>
        <translation>Menü %1: Escape beendete das Skript mit einem Fehler; jetzt geht es zum Hauptmenü %2</translation>
    </message>
    <message>
        <source>menu %1: Escape ran on with the next line; it now leaves the script (`exit`)</source>
        <translation>Menü %1: Escape lief mit der nächsten Zeile weiter; jetzt verlässt es das Skript (`exit`)</translation>
    </message>
    <message>
        <source>menu %1: Escape ran on with the next line; it now goes to the root menu %2</source>
        <translation>Menü %1: Escape lief mit der nächsten Zeile weiter; jetzt geht es zum Hauptmenü %2</translation>
    </message>
    <message>
        <source>menu %1: Escape ran `%2`; it now leaves the script (`exit`)</source>
        <translation>Menü %1: Escape führte `%2` aus; jetzt verlässt es das Skript (`exit`)</translation>
    </message>
    <message>
        <source>menu %1: Escape ran `%2`; it now goes to the root menu %3</source>
        <translation>Menü %1: Escape führte `%2` aus; jetzt geht es zum Hauptmenü %3</translation>
    </message>
    <message>
        <source>menu %1, lines %2-%3: commands after `choose` were not imported: %4</source>
        <translation>Menü %1, Zeilen %2–%3: Befehle nach `choose` wurden nicht importiert: %4</translation>
    </message>
    <message>
        <source>menu %1: no `goto ${%2}` after `choose`; Bootlace jumps to the chosen item</source>
        <translation>Menü %1: kein `goto ${%2}` nach `choose`; Bootlace springt zum gewählten Eintrag</translation>
    </message>
    <message>
        <source>menu %1, entry &apos;%2&apos;</source>
        <translation>Menü %1, Eintrag &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: it ran on into the next block; added `%2` to keep that</source>
        <translation>%1: lief in den nächsten Block weiter; `%2` wurde ergänzt, damit das so bleibt</translation>
    </message>
    <message>
        <source>%1: it ran on into the epilogue, which it no longer does</source>
        <translation>%1: lief in den Epilog weiter, was es nicht mehr tut</translation>
    </message>
    <message>
        <source>its commands do not match a Bootlace entry kind</source>
        <translation>seine Befehle passen zu keiner Eintragsart von Bootlace</translation>
    </message>
    <message>
        <source>its commands do not match a Bootlace entry kind (includes %1, which it runs on into)</source>
        <translation>seine Befehle passen zu keiner Eintragsart von Bootlace (schließt %1 ein, wohinein es weiterläuft)</translation>
    </message>
    <message>
        <source>the script has no menu: created menu &apos;%1&apos; with one entry &apos;%2&apos; (%3) that runs its commands; the menu waits for a choice</source>
        <translation>das Skript hat kein Menü: Menü &apos;%1&apos; mit einem Eintrag &apos;%2&apos; (%3) angelegt, der seine Befehle ausführt; das Menü wartet auf eine Auswahl</translation>
    </message>
    <message>
        <source>preamble: it ran on into the block `:%1`; added `%2` to keep that</source>
        <translation>Präambel: lief in den Block `:%1` weiter; `%2` wurde ergänzt, damit das so bleibt</translation>
    </message>
    <message>
        <source>preamble</source>
        <translation>Präambel</translation>
    </message>
    <message>
        <source>commands before the first menu are kept as raw script</source>
        <translation>Befehle vor dem ersten Menü bleiben als Rohskript erhalten</translation>
    </message>
    <message>
        <source>epilogue: the block `:%1` ran on into the next block; added `%2` to keep that</source>
        <translation>Epilog: Der Block `:%1` lief in den nächsten Block weiter; `%2` wurde ergänzt, damit das so bleibt</translation>
    </message>
    <message>
        <source>the commented-out block `:%1` belongs to no commented-out item</source>
        <translation>der auskommentierte Block `:%1` gehört zu keinem auskommentierten Eintrag</translation>
    </message>
    <message>
        <source>a second block `:%1` (iPXE&apos;s goto only finds the first)</source>
        <translation>ein zweiter Block `:%1` (das goto von iPXE findet nur den ersten)</translation>
    </message>
    <message>
        <source>no menu item opens the block `:%1`</source>
        <translation>kein Menüeintrag öffnet den Block `:%1`</translation>
    </message>
    <message>
        <source>epilogue</source>
        <translation>Epilog</translation>
    </message>
    <message>
        <source>raw script after the epilogue marker</source>
        <translation>Rohskript nach der Epilog-Markierung</translation>
    </message>
    <message>
        <source>the script has no menu and no commands</source>
        <translation>das Skript hat weder Menü noch Befehle</translation>
    </message>
    <message numerus="yes">
        <source>%n comment line(s) outside raw script were not imported (line %1)</source>
        <translation>
            <numerusform>%n Kommentarzeile außerhalb von Rohskript wurde nicht importiert (Zeile %1)</numerusform>
            <numerusform>%n Kommentarzeilen außerhalb von Rohskript wurden nicht importiert (Zeilen %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::ScriptView</name>
    <message>
        <source>Line numbers</source>
        <translation>Zeilennummern</translation>
    </message>
</context>
<context>
    <name>Bootlace::SourceResolver</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Bootlace::TestBootJob</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>the test-boot helper scripts (share/bootlace/testboot; reinstall Bootlace)</source>
        <translation>die Hilfsskripte für den Testboot (share/bootlace/testboot; Bootlace neu installieren)</translation>
    </message>
    <message>
        <source>A test boot needs QEMU, iPXE and OVMF; missing: %1.</source>
        <translation>Ein Testboot braucht QEMU, iPXE und OVMF; es fehlt: %1.</translation>
    </message>
    <message>
        <source>A test boot needs QEMU, iPXE and OVMF; missing: %1. Install with: sudo apt-get install --no-install-recommends %2 (Debian packages for both platforms: qemu-system-x86 ipxe ovmf)</source>
        <translation>Ein Testboot braucht QEMU, iPXE und OVMF; es fehlt: %1. Installieren mit: sudo apt-get install --no-install-recommends %2 (Debian-Pakete für beide Plattformen: qemu-system-x86 ipxe ovmf)</translation>
    </message>
    <message>
        <source>the project has no menu</source>
        <translation>das Projekt hat kein Menü</translation>
    </message>
    <message>
        <source>the root menu shows no entry on this platform</source>
        <translation>das Hauptmenü zeigt auf dieser Plattform keinen Eintrag</translation>
    </message>
    <message>
        <source>no entry &quot;%1&quot; is shown on the %2 platform</source>
        <translation>auf der Plattform %2 wird kein Eintrag „%1“ angezeigt</translation>
    </message>
    <message>
        <source>cannot reach entry &quot;%1&quot; with the arrow keys</source>
        <translation>Eintrag „%1“ ist mit den Pfeiltasten nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>ein temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the menu: %1</source>
        <translation>das Menü kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>kernel started (console: &quot;%1&quot;)</source>
        <translation>Kernel gestartet (Konsole: „%1“)</translation>
    </message>
    <message>
        <source>kernel started with arguments: %1</source>
        <translation>Kernel mit Argumenten gestartet: %1</translation>
    </message>
    <message>
        <source>boot sector started (%1)</source>
        <translation>Bootsektor gestartet (%1)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>timeout after %1 s: nothing was booted</source>
        <translation>Zeitüberschreitung nach %1 s: nichts wurde gestartet</translation>
    </message>
    <message>
        <source>timeout after %1 s: nothing was booted; console errors:
%2</source>
        <translation>Zeitüberschreitung nach %1 s: nichts wurde gestartet; Fehler auf der Konsole:
%2</translation>
    </message>
    <message>
        <source>the menu script failed (%1)</source>
        <translation>das Menüskript ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the menu script returned without booting anything</source>
        <translation>das Menüskript kehrte zurück, ohne etwas zu starten</translation>
    </message>
    <message>
        <source>the test-boot harness failed (exit %1): %2</source>
        <translation>die Testboot-Umgebung ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>Bootlace::TestBootWindow</name>
    <message>
        <source>BIOS (ipxe.lkrn)</source>
        <translation>BIOS (ipxe.lkrn)</translation>
    </message>
    <message>
        <source>UEFI x86_64 (OVMF + ipxe.efi)</source>
        <translation>UEFI x86_64 (OVMF + ipxe.efi)</translation>
    </message>
    <message>
        <source>Nothing but the menu is served</source>
        <translation>Nur das Menü wird bereitgestellt</translation>
    </message>
    <message>
        <source>Files in this folder are served to the VM next to the menu, read-only.</source>
        <translation>Dateien in diesem Ordner werden der VM neben dem Menü schreibgeschützt bereitgestellt.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder to serve</source>
        <translation>Den bereitzustellenden Ordner wählen</translation>
    </message>
    <message>
        <source>Folder to Serve</source>
        <translation>Bereitzustellender Ordner</translation>
    </message>
    <message>
        <source>This variable points at the served folder during the test boot (%1).</source>
        <translation>Diese Variable zeigt während des Testboots auf den bereitgestellten Ordner (%1).</translation>
    </message>
    <message>
        <source>Fetch other http(s) URLs through Bootlace</source>
        <translation>Andere http(s)-URLs über Bootlace abrufen</translation>
    </message>
    <message>
        <source>The VM reaches nothing but Bootlace&apos;s loopback server. With this on, the server fetches the project&apos;s remote URLs from this computer&apos;s network and passes them on.</source>
        <translation>Die VM erreicht nur den Loopback-Server von Bootlace. Ist dies eingeschaltet, ruft der Server die entfernten URLs des Projekts über das Netzwerk dieses Rechners ab und reicht sie weiter.</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Served &amp;folder:</source>
        <translation>Bereitgestellter &amp;Ordner:</translation>
    </message>
    <message>
        <source>Serve it as &amp;variable:</source>
        <translation>Als &amp;Variable bereitstellen:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Press Start to boot the menu in real iPXE.
Then click here and use the arrow keys, Enter and the hotkeys.</source>
        <translation>„Starten“ drücken, um das Menü in echtem iPXE zu starten.
Dann hier klicken und die Pfeiltasten, die Eingabetaste und die Tastenkürzel verwenden.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>A&amp;nfragen</translation>
    </message>
    <message>
        <source>Serial &amp;Console</source>
        <translation>Serielle &amp;Konsole</translation>
    </message>
    <message>
        <source>Running. Click the screen, then use the arrow keys, Enter and the hotkeys.</source>
        <translation>Läuft. Auf den Bildschirm klicken, dann die Pfeiltasten, die Eingabetaste und die Tastenkürzel verwenden.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Starting QEMU…</source>
        <translation>QEMU wird gestartet…</translation>
    </message>
    <message>
        <source>Kernel started: %1</source>
        <translation>Kernel gestartet: %1</translation>
    </message>
    <message>
        <source>Booted: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>The boot failed: %1</source>
        <translation>Der Start ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The VM was stopped at its time limit.</source>
        <translation>Die VM wurde bei Erreichen ihres Zeitlimits angehalten.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The test boot could not run: %1</source>
        <translation>Der Testboot konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The VM has ended. Press Start to boot again.</source>
        <translation>Die VM wurde beendet. „Starten“ drücken, um erneut zu starten.</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>&amp;Neu starten</translation>
    </message>
</context>
<context>
    <name>Bootlace::VmScreenWidget</name>
    <message>
        <source>Virtual machine screen</source>
        <translation>Bildschirm der virtuellen Maschine</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored for “%1” in the keychain.</source>
        <translation>Im Schlüsselbund ist kein Geheimnis für „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available. %1</source>
        <translation>Kein Schlüsselbund verfügbar. %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The Windows Credential Manager could not be reached.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The macOS Keychain could not be reached.</source>
        <translation>Der macOS-Schlüsselbund ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Install and start a Secret Service provider such as GNOME Keyring (package gnome-keyring) or KWallet, and make sure a D-Bus session bus is running. Nothing was saved in plain text.</source>
        <translation>Einen Secret-Service-Anbieter wie GNOME Keyring (Paket gnome-keyring) oder KWallet installieren und starten und sicherstellen, dass ein D-Bus-Sitzungsbus läuft. Nichts wurde im Klartext gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). %2</source>
        <translation>Kein Schlüsselbund verfügbar (%1). %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit, check and publish iPXE boot menus.</source>
        <translation>iPXE-Startmenüs bearbeiten, prüfen und veröffentlichen.</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>Zu öffnende Projektdatei.</translation>
    </message>
</context>
</TS>
