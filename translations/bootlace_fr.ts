<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Bootlace::ArtifactCache</name>
    <message>
        <source>Cannot create the artifact cache in %1.</source>
        <translation>Impossible de créer le cache d’artefacts dans %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 into the artifact cache.</source>
        <translation>Impossible de déplacer %1 dans le cache d’artefacts.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactCheck</name>
    <message>
        <source>The artifacts of job %1 are past their expiry but still kept (the latest build of a branch).</source>
        <translation>Les artefacts de la tâche %1 ont expiré mais sont encore conservés (dernière version d’une branche).</translation>
    </message>
    <message>
        <source>The artifacts of job %1 are gone (expired, erased or deleted); update the entry to a newer build.</source>
        <translation>Les artefacts de la tâche %1 n’existent plus (expirés, effacés ou supprimés)&#xa0;; mettez l’entrée à jour vers une version plus récente.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactEntry</name>
    <message>
        <source>%1 (%2, job %3)</source>
        <translation>%1 (%2, tâche %3)</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactListing</name>
    <message>
        <source>The server sent part of the artifacts archive without saying which part.</source>
        <translation>Le serveur a envoyé une partie de l’archive des artefacts sans indiquer laquelle.</translation>
    </message>
    <message>
        <source>The artifacts archive is not a zip file (no end of central directory).</source>
        <translation>L’archive des artefacts n’est pas un fichier ZIP (pas de fin de répertoire central).</translation>
    </message>
    <message>
        <source>The artifacts archive is a ZIP64 file, which Bootlace cannot list yet.</source>
        <translation>L’archive des artefacts est un fichier ZIP64, que Bootlace ne sait pas encore lister.</translation>
    </message>
    <message>
        <source>The central directory is not in the archive&apos;s tail.</source>
        <translation>Le répertoire central ne se trouve pas à la fin de l’archive.</translation>
    </message>
    <message>
        <source>The artifacts archive&apos;s central directory is damaged.</source>
        <translation>Le répertoire central de l’archive des artefacts est endommagé.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactMirror</name>
    <message>
        <source>Target &quot;%1&quot; is a TFTP server, which cannot create the folders mirrored artifacts go into. Publish entries of private projects to a directory, WebDAV or SFTP target.</source>
        <translation>La cible «&#xa0;%1&#xa0;» est un serveur TFTP, qui ne peut pas créer les dossiers des artefacts mis en miroir. Publiez les entrées de projets privés vers une cible répertoire, WebDAV ou SFTP.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; has no HTTP base URL, so machines could not fetch the mirrored artifacts of %2 from it. Set the address clients reach its files at in the target&apos;s settings.</source>
        <translation>La cible «&#xa0;%1&#xa0;» n’a pas d’URL HTTP de base, les machines ne pourraient donc pas y récupérer les artefacts mis en miroir de %2. Indiquez dans les réglages de la cible l’adresse à laquelle les clients atteignent ses fichiers.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1&#xa0;: annulé.</translation>
    </message>
    <message>
        <source>%1: cannot write to the artifact cache (%2).</source>
        <translation>%1&#xa0;: impossible d’écrire dans le cache d’artefacts (%2).</translation>
    </message>
    <message>
        <source>%1: %2 bytes arrived, the server announced %3.</source>
        <translation>%1&#xa0;: %2 octets reçus, le serveur en annonçait %3.</translation>
    </message>
    <message>
        <source>%1: the download differs from the copy mirrored before (SHA-256 %2 instead of %3); it was not used.</source>
        <translation>%1&#xa0;: le téléchargement diffère de la copie mise en miroir auparavant (SHA-256 %2 au lieu de %3)&#xa0;; il n’a pas été utilisé.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactSource</name>
    <message>
        <source>The artifacts of job %1 expire today (%2).</source>
        <translation>Les artefacts de la tâche %1 expirent aujourd’hui (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The artifacts of job %1 expire in %n day(s).</source>
        <translation>
            <numerusform>Les artefacts de la tâche %1 expirent dans %n jour.</numerusform>
            <numerusform>Les artefacts de la tâche %1 expirent dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifacts of job %1 expired on %2; they may be gone (GitLab keeps only the latest successful pipeline of a branch).</source>
        <translation>Les artefacts de la tâche %1 ont expiré le %2&#xa0;; ils n’existent peut-être plus (GitLab ne conserve que le dernier pipeline réussi d’une branche).</translation>
    </message>
</context>
<context>
    <name>Bootlace::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (the previous file was kept)</source>
        <translation>impossible d’écrire %1&#xa0;: %2 (le fichier précédent a été conservé)</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>le disque est plein ou le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>cannot save %1: %2 (the previous file was kept)</source>
        <translation>impossible d’enregistrer %1&#xa0;: %2 (le fichier précédent a été conservé)</translation>
    </message>
</context>
<context>
    <name>Bootlace::BootstrapKitDialog</name>
    <message>
        <source>Bootstrap Kit</source>
        <translation>Kit d’amorçage</translation>
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
        <translation>hôte du serveur de menus</translation>
    </message>
    <message>
        <source>Menu &amp;from:</source>
        <translation>Charger le menu de&amp;puis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;DHCP server:</source>
        <translation>Serveur &amp;DHCP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TFTP server (iPXE binaries):</source>
        <translation>Serveur &amp;TFTP (binaires iPXE)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Script to embed (make bin/undionly.kpxe EMBED=bootstrap.ipxe):</source>
        <translation>Script à intégrer (make bin/undionly.kpxe EMBED=bootstrap.ipxe)&#xa0;:</translation>
    </message>
    <message>
        <source>DHCP server configuration:</source>
        <translation>Configuration du serveur DHCP&#xa0;:</translation>
    </message>
    <message>
        <source>No target says where clients load the menu from: give one an HTTP base URL (Project &gt; Publish Targets).</source>
        <translation>Aucune cible n’indique d’où les clients chargent le menu&#xa0;: donnez une URL de base HTTP à l’une d’elles (Projet &gt; Cibles de publication).</translation>
    </message>
</context>
<context>
    <name>Bootlace::BuildProfile</name>
    <message>
        <source>Debian 12 stock iPXE</source>
        <translation>iPXE standard de Debian 12</translation>
    </message>
    <message>
        <source>iPXE with all common options</source>
        <translation>iPXE avec toutes les options courantes</translation>
    </message>
</context>
<context>
    <name>Bootlace::Commands</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Add menu</source>
        <translation>Ajouter un menu</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Edit menu</source>
        <translation>Modifier le menu</translation>
    </message>
    <message>
        <source>Edit project settings</source>
        <translation>Modifier les paramètres du projet</translation>
    </message>
    <message>
        <source>Edit variables</source>
        <translation>Modifier les variables</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Déplacer l’élément</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete menu</source>
        <translation>Supprimer le menu</translation>
    </message>
    <message>
        <source>Edit publish targets</source>
        <translation>Modifier les cibles de publication</translation>
    </message>
    <message numerus="yes">
        <source>Update %n entry(s) to job %1</source>
        <translation>
            <numerusform>Mettre à jour %n entrée vers la tâche %1</numerusform>
            <numerusform>Mettre à jour %n entrées vers la tâche %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::CurlTransport</name>
    <message>
        <source>the server refused the user name or password (HTTP 401).</source>
        <translation>le serveur a refusé le nom d’utilisateur ou le mot de passe (HTTP 401).</translation>
    </message>
    <message>
        <source>permission denied by the server (HTTP %1).</source>
        <translation>le serveur a refusé l’accès (HTTP %1).</translation>
    </message>
    <message>
        <source>the file does not exist (HTTP 404).</source>
        <translation>le fichier n’existe pas (HTTP 404).</translation>
    </message>
    <message>
        <source>the server cannot create the folder (HTTP 409).</source>
        <translation>le serveur ne peut pas créer le dossier (HTTP 409).</translation>
    </message>
    <message>
        <source>the server has no room for the file (HTTP %1).</source>
        <translation>le serveur n’a pas de place pour le fichier (HTTP %1).</translation>
    </message>
    <message>
        <source>the server could not store the file (HTTP 500). A full disk or a folder the server may not write to are the usual causes; its error log says which.</source>
        <translation>le serveur n’a pas pu enregistrer le fichier (HTTP 500). Les causes habituelles sont un disque plein ou un dossier dans lequel le serveur n’a pas le droit d’écrire&#xa0;; son journal d’erreurs indique laquelle.</translation>
    </message>
    <message>
        <source>the server answered HTTP %1.</source>
        <translation>le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>cannot connect to %1: the server is down or unreachable (%2).</source>
        <translation>impossible de se connecter à %1&#xa0;: le serveur est arrêté ou injoignable (%2).</translation>
    </message>
    <message>
        <source>the server refused the user name, password or key (%1).</source>
        <translation>le serveur a refusé le nom d’utilisateur, le mot de passe ou la clé (%1).</translation>
    </message>
    <message>
        <source>the server&apos;s identity could not be verified (%1). Check its certificate or host key.</source>
        <translation>l’identité du serveur n’a pas pu être vérifiée (%1). Vérifiez son certificat ou sa clé d’hôte.</translation>
    </message>
    <message>
        <source>permission denied: the TFTP server refused the request (%1). Is the folder writable for the server, and does it allow creating files (tftpd-hpa --create)?</source>
        <translation>accès refusé&#xa0;: le serveur TFTP a refusé la requête (%1). Le dossier est-il accessible en écriture au serveur, et celui-ci autorise-t-il la création de fichiers (tftpd-hpa --create)&#xa0;?</translation>
    </message>
    <message>
        <source>permission denied by the server (%1).</source>
        <translation>le serveur a refusé l’accès (%1).</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1).</source>
        <translation>le disque du serveur est plein (%1).</translation>
    </message>
    <message>
        <source>the folder does not exist on the server (TFTP cannot create folders).</source>
        <translation>le dossier n’existe pas sur le serveur (TFTP ne peut pas créer de dossiers).</translation>
    </message>
    <message>
        <source>the folder does not exist on the server.</source>
        <translation>le dossier n’existe pas sur le serveur.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>permission denied by the server (HTTP 403).</source>
        <translation>le serveur a refusé l’accès (HTTP 403).</translation>
    </message>
    <message>
        <source>the file is too large to read back.</source>
        <translation>le fichier est trop volumineux pour être relu.</translation>
    </message>
    <message>
        <source>no answer from the TFTP server %1: it is down or a firewall drops the packets.</source>
        <translation>aucune réponse du serveur TFTP %1&#xa0;: il est arrêté ou un pare-feu rejette les paquets.</translation>
    </message>
    <message numerus="yes">
        <source>the transfer stalled and was given up after %n second(s) (%1).</source>
        <translation>
            <numerusform>le transfert s’est bloqué et a été abandonné après %n seconde (%1).</numerusform>
            <numerusform>le transfert s’est bloqué et a été abandonné après %n secondes (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection broke during the transfer (%1).</source>
        <translation>la connexion a été interrompue pendant le transfert (%1).</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer.</source>
        <translation>libcurl n’a pas pu démarrer de transfert.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2: %3</source>
        <translation>Envoi de %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Uploading %1 to %2: the server&apos;s disk is full (%3 free, %4 needed).</source>
        <translation>Envoi de %1 vers %2&#xa0;: le disque du serveur est plein (%3 libres, %4 nécessaires).</translation>
    </message>
    <message>
        <source>Moving %1 into place on %2: %3</source>
        <translation>Mise en place de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reading %1 from %2: %3</source>
        <translation>Lecture de %1 depuis %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Bootlace::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Bootlace::DiagnosticsPane</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems in the generated script</source>
        <translation>Problèmes dans le script généré</translation>
    </message>
    <message>
        <source>Problem summary</source>
        <translation>Résumé des problèmes</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 remarque</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
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
        <translation>Le dossier %1 n’existe pas (le partage est-il monté&#xa0;?).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot read the file to publish: %1.</source>
        <translation>Impossible de lire le fichier à publier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is too large to read back.</source>
        <translation>%1 est trop volumineux pour être relu.</translation>
    </message>
    <message>
        <source>Permission denied: cannot create the folder %1 (%2).</source>
        <translation>Accès refusé&#xa0;: impossible de créer le dossier %1 (%2).</translation>
    </message>
    <message>
        <source>Permission denied: cannot write %1 (%2).</source>
        <translation>Accès refusé&#xa0;: impossible d’écrire %1 (%2).</translation>
    </message>
    <message>
        <source>Permission denied: cannot replace %1 (%2).</source>
        <translation>Accès refusé&#xa0;: impossible de remplacer %1 (%2).</translation>
    </message>
    <message>
        <source>Permission denied: cannot read %1 (%2).</source>
        <translation>Accès refusé&#xa0;: impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>The disk is full: cannot create the folder %1 (%2).</source>
        <translation>Le disque est plein&#xa0;: impossible de créer le dossier %1 (%2).</translation>
    </message>
    <message>
        <source>The disk is full: cannot write %1 (%2).</source>
        <translation>Le disque est plein&#xa0;: impossible d’écrire %1 (%2).</translation>
    </message>
    <message>
        <source>The disk is full: cannot replace %1 (%2).</source>
        <translation>Le disque est plein&#xa0;: impossible de remplacer %1 (%2).</translation>
    </message>
    <message>
        <source>The disk is full: cannot read %1 (%2).</source>
        <translation>Le disque est plein&#xa0;: impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation>Impossible de remplacer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabAccounts</name>
    <message>
        <source>No token for %1: set %2 or save one with “bootlace-cli gitlab login”.</source>
        <translation>Aucun jeton pour %1&#xa0;: définissez %2 ou enregistrez-en un avec «&#xa0;bootlace-cli gitlab login&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabAccountsDialog</name>
    <message>
        <source>GitLab accounts</source>
        <translation>Comptes GitLab</translation>
    </message>
    <message>
        <source>C&amp;heck token</source>
        <translation>&amp;Vérifier le jeton</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>personal access token with the read_api scope</source>
        <translation>jeton d’accès personnel avec la portée read_api</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Instance &amp;URL:</source>
        <translation>&amp;URL de l’instance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Paste a personal access token with the read_api scope.</source>
        <translation>Collez un jeton d’accès personnel avec la portée read_api.</translation>
    </message>
    <message>
        <source>Removed %1 and its token.</source>
        <translation>%1 et son jeton ont été supprimés.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Vérification du jeton auprès de %1…</translation>
    </message>
    <message>
        <source>Token “%1” of %2 (%3). Scopes: %4. Expires: %5.</source>
        <translation>Jeton «&#xa0;%1&#xa0;» de %2 (%3). Portées&#xa0;: %4. Expiration&#xa0;: %5.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>Le jeton n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved; the token is in the keychain.</source>
        <translation>Enregistré&#xa0;; le jeton est dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabBrowser</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Rechercher des projets</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>any branch or tag</source>
        <translation>n’importe quelle branche ou étiquette</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>n’importe quel statut</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Réf.&#xa0;:</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Artifact file</source>
        <translation>Fichier d’artefact</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Follow the latest successful build of this ref</source>
        <translation>&amp;Suivre la dernière version réussie de cette réf.</translation>
    </message>
    <message>
        <source>Otherwise the entry stays pinned to this job. Either way the menu names one job id, so kernel and initrd always come from the same pipeline.</source>
        <translation>Sinon, l’entrée reste épinglée à cette tâche. Dans les deux cas, le menu nomme un seul identifiant de tâche, si bien que le noyau et l’initrd viennent toujours du même pipeline.</translation>
    </message>
    <message>
        <source>&amp;Create entry</source>
        <translation>Créer une &amp;entrée</translation>
    </message>
    <message>
        <source>Select a netboot.ipxe, or a kernel followed by its initrds.</source>
        <translation>Sélectionnez un netboot.ipxe, ou un noyau suivi de ses initrd.</translation>
    </message>
    <message>
        <source>&amp;Update entries to this build</source>
        <translation>&amp;Mettre à jour les entrées vers cette version</translation>
    </message>
    <message>
        <source>Moves every entry made from this project&apos;s job of the same name to the selected job, in one undo step.</source>
        <translation>Déplace chaque entrée créée à partir de la tâche du même nom de ce projet vers la tâche sélectionnée, en une seule étape d’annulation.</translation>
    </message>
    <message>
        <source>Reading the token for %1 from the keychain…</source>
        <translation>Lecture du jeton de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>No GitLab account yet: add one with Project ▸ GitLab accounts…</source>
        <translation>Aucun compte GitLab pour l’instant&#xa0;: ajoutez-en un avec Projet ▸ Comptes GitLab…</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Chargement des projets…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>%n projet.</numerusform>
            <numerusform>%n projets.</numerusform>
        </translation>
    </message>
    <message>
        <source>New successful pipeline #%1 on %2.</source>
        <translation>Nouveau pipeline réussi n° %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s).</source>
        <translation>
            <numerusform>%n pipeline.</numerusform>
            <numerusform>%n pipelines.</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the artifacts of job %1.</source>
        <translation>
            <numerusform>%n fichier dans les artefacts de la tâche %1.</numerusform>
            <numerusform>%n fichiers dans les artefacts de la tâche %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry created. %1 is not public: iPXE cannot send a token, so its files will be mirrored to the publish target, and the menu never contains a token.</source>
        <translation>Entrée créée. %1 n’est pas public&#xa0;: iPXE ne peut pas envoyer de jeton, ses fichiers seront donc copiés sur la cible de publication, et le menu ne contient jamais de jeton.</translation>
    </message>
    <message>
        <source>Entry created from job %1.</source>
        <translation>Entrée créée à partir de la tâche %1.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabInstance</name>
    <message>
        <source>“%1” is not the http(s) address of a GitLab instance.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’adresse http(s) d’une instance GitLab.</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabRequest</name>
    <message>
        <source>The GitLab connection was closed.</source>
        <translation>La connexion à GitLab a été fermée.</translation>
    </message>
    <message numerus="yes">
        <source>GitLab at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>GitLab à %1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>GitLab à %1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach GitLab at %1: %2</source>
        <translation>Impossible de joindre GitLab à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>GitLab at %1 sent a redirect without a valid target.</source>
        <translation>GitLab à %1 a envoyé une redirection sans cible valide.</translation>
    </message>
    <message>
        <source>Too many redirects from GitLab at %1.</source>
        <translation>Trop de redirections de la part de GitLab à %1.</translation>
    </message>
    <message>
        <source>GitLab at %1 redirected from HTTPS to an insecure address; not followed.</source>
        <translation>GitLab à %1 a redirigé de HTTPS vers une adresse non sécurisée&#xa0;; la redirection n’a pas été suivie.</translation>
    </message>
    <message>
        <source>GitLab at %1 answered with something other than a JSON list.</source>
        <translation>GitLab à %1 a répondu autre chose qu’une liste JSON.</translation>
    </message>
    <message>
        <source>GitLab at %1 refused the token: it is expired or revoked (or was never valid). Create a new token with the read_api scope and save it again.</source>
        <translation>GitLab à %1 a refusé le jeton&#xa0;: il a expiré ou a été révoqué (ou n’a jamais été valide). Créez un nouveau jeton avec la portée read_api et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>GitLab at %1 refused the request: the token is missing a scope (read_api is needed) or your role in the project does not allow it.</source>
        <translation>GitLab à %1 a refusé la requête&#xa0;: il manque une portée au jeton (read_api est nécessaire) ou votre rôle dans le projet ne le permet pas.</translation>
    </message>
    <message>
        <source>Not found on GitLab at %1: the project, pipeline, job or artifact does not exist, has expired, or the token has no access to it (a private project answers 404 too).</source>
        <translation>Introuvable sur GitLab à %1&#xa0;: le projet, le pipeline, la tâche ou l’artefact n’existe pas, a expiré, ou le jeton n’y a pas accès (un projet privé répond aussi 404).</translation>
    </message>
    <message>
        <source>GitLab at %1 is rate-limiting requests; try again in a minute.</source>
        <translation>GitLab à %1 limite le débit des requêtes&#xa0;; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>GitLab at %1 answered with HTTP status %2.</source>
        <translation>GitLab à %1 a répondu avec le statut HTTP %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>GitLab at %1 sent a different part of the file than was asked for.</source>
        <translation>GitLab sur %1 a envoyé une autre partie du fichier que celle demandée.</translation>
    </message>
    <message>
        <source>Cannot write the download to %1: %2</source>
        <translation>Impossible d’écrire le téléchargement dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>GitLab at %1 sent more bytes than it announced.</source>
        <translation>GitLab sur %1 a envoyé plus d’octets qu’annoncé.</translation>
    </message>
    <message>
        <source>The download from GitLab at %1 broke off after %2 of %3 bytes: %4</source>
        <translation>Le téléchargement depuis GitLab sur %1 s’est interrompu après %2 octets sur %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabTokenInfo</name>
    <message>
        <source>The token has been revoked.</source>
        <translation>Le jeton a été révoqué.</translation>
    </message>
    <message>
        <source>The token is not active (expired or revoked).</source>
        <translation>Le jeton n’est pas actif (expiré ou révoqué).</translation>
    </message>
    <message>
        <source>The token lacks the read_api scope: Bootlace cannot list pipelines, jobs or artifacts with it.</source>
        <translation>Il manque la portée read_api au jeton&#xa0;: Bootlace ne peut pas lister de pipelines, de tâches ni d’artefacts avec lui.</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation>Le jeton a expiré le %1.</translation>
    </message>
    <message numerus="yes">
        <source>The token expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Le jeton expire dans %n jour, le %1.</numerusform>
            <numerusform>Le jeton expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::ItemEditor</name>
    <message>
        <source>Loads a kernel and its initrds over the network and boots them.</source>
        <translation>Charge un noyau et ses initrd par le réseau et les démarre.</translation>
    </message>
    <message>
        <source>Loads another iPXE script or boot program (an EFI application, pxelinux, netboot.xyz) and runs it.</source>
        <translation>Charge un autre script iPXE ou programme d’amorçage (une application EFI, pxelinux, netboot.xyz) et l’exécute.</translation>
    </message>
    <message>
        <source>Boots an ISO or disk image over HTTP or iSCSI, or a drive.</source>
        <translation>Démarre une image ISO ou disque par HTTP ou iSCSI, ou un lecteur.</translation>
    </message>
    <message>
        <source>Leaves network boot and starts the system installed on the local disk.</source>
        <translation>Quitte le démarrage réseau et lance le système installé sur le disque local.</translation>
    </message>
    <message>
        <source>Opens the iPXE command line.</source>
        <translation>Ouvre la ligne de commande iPXE.</translation>
    </message>
    <message>
        <source>Restarts the machine.</source>
        <translation>Redémarre la machine.</translation>
    </message>
    <message>
        <source>Leaves iPXE; the firmware carries on with its next boot option.</source>
        <translation>Quitte iPXE&#xa0;; le micrologiciel passe à son option de démarrage suivante.</translation>
    </message>
    <message>
        <source>Runs your own iPXE commands, then returns to the menu.</source>
        <translation>Exécute vos propres commandes iPXE, puis revient au menu.</translation>
    </message>
    <message>
        <source>A heading between entries; without text it is a blank line.</source>
        <translation>Un titre entre les entrées&#xa0;; sans texte, c’est une ligne vide.</translation>
    </message>
    <message>
        <source>Opens another menu of this project.</source>
        <translation>Ouvre un autre menu de ce projet.</translation>
    </message>
    <message>
        <source>Script lines kept exactly as they were in the menu&apos;s item list.</source>
        <translation>Lignes de script conservées telles qu’elles étaient dans la liste des éléments du menu.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Select an entry in the tree to edit it.</source>
        <translation>Sélectionnez une entrée dans l’arborescence pour la modifier.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>The entry&apos;s name in the script (its label); letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>Le nom de l’entrée dans le script (son étiquette)&#xa0;; lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>A key that chooses this entry directly in the menu</source>
        <translation>Une touche qui choisit directement cette entrée dans le menu</translation>
    </message>
    <message>
        <source>Hot&amp;key:</source>
        <translation>&amp;Raccourci&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enabled (offered in the menu)</source>
        <translation>&amp;Activée (proposée dans le menu)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Any firmware</source>
        <translation>Tout micrologiciel</translation>
    </message>
    <message>
        <source>BIOS only</source>
        <translation>BIOS uniquement</translation>
    </message>
    <message>
        <source>UEFI only</source>
        <translation>UEFI uniquement</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Any architecture</source>
        <translation>Toute architecture</translation>
    </message>
    <message>
        <source>&amp;Offered on:</source>
        <translation>&amp;Proposée sur&#xa0;:</translation>
    </message>
    <message>
        <source>Kernel URL</source>
        <translation>URL du noyau</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Noyau&#xa0;:</translation>
    </message>
    <message>
        <source>Initrd URLs</source>
        <translation>URL des initrd</translation>
    </message>
    <message>
        <source>Loaded in this order. Double-click or press F2 to edit a URL; clear it to remove it.</source>
        <translation>Chargées dans cet ordre. Double-cliquez ou appuyez sur F2 pour modifier une URL&#xa0;; videz-la pour la retirer.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add initrd</source>
        <translation>Ajouter un initrd</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Remove initrd</source>
        <translation>Retirer l’initrd</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move initrd up</source>
        <translation>Monter l’initrd</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>Move initrd down</source>
        <translation>Descendre l’initrd</translation>
    </message>
    <message>
        <source>I&amp;nitrds:</source>
        <translation>Initr&amp;d&#xa0;:</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>Arguments du noyau</translation>
    </message>
    <message>
        <source>Line breaks are written as spaces: the kernel command line is a single line in the script.</source>
        <translation>Les sauts de ligne sont écrits comme des espaces&#xa0;: la ligne de commande du noyau tient sur une seule ligne du script.</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>Ar&amp;guments&#xa0;:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>Lec&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>Menu to open</source>
        <translation>Menu à ouvrir</translation>
    </message>
    <message>
        <source>Opens &amp;menu:</source>
        <translation>Ouvre le &amp;menu&#xa0;:</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Script&#xa0;:</translation>
    </message>
    <message>
        <source>A URL is required.</source>
        <translation>Une URL est requise.</translation>
    </message>
    <message>
        <source>The variable is not closed: add a &apos;}&apos;.</source>
        <translation>La variable n’est pas fermée&#xa0;: ajoutez une «&#xa0;}&#xa0;».</translation>
    </message>
    <message>
        <source>Start with http://, https://, tftp://, ftp://, nfs:// or iscsi:, or with a variable such as ${boot-server}.</source>
        <translation>Commencez par http://, https://, tftp://, ftp://, nfs:// ou iscsi:, ou par une variable comme ${boot-server}.</translation>
    </message>
    <message>
        <source>iPXE cannot fetch &quot;%1:&quot; URLs; use http, https, tftp, ftp, nfs or iscsi.</source>
        <translation>iPXE ne peut pas récupérer les URL «&#xa0;%1:&#xa0;»&#xa0;; utilisez http, https, tftp, ftp, nfs ou iscsi.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Ce n’est pas une URL valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The URL names no server: write %1://server/path.</source>
        <translation>L’URL ne nomme aucun serveur&#xa0;: écrivez %1://serveur/chemin.</translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation>Un identifiant est requis.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Utilisez jusqu’à 64 lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;-&#xa0;», sans commencer par «&#xa0;-&#xa0;» ou «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of another menu or entry.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà l’identifiant d’un autre menu ou d’une autre entrée.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Empty: a blank line</source>
        <translation>Vide&#xa0;: une ligne vide</translation>
    </message>
    <message>
        <source>Text shown in the menu</source>
        <translation>Texte affiché dans le menu</translation>
    </message>
    <message>
        <source>Raw &amp;lines:</source>
        <translation>&amp;Lignes brutes&#xa0;:</translation>
    </message>
    <message>
        <source>Raw lines</source>
        <translation>Lignes brutes</translation>
    </message>
    <message>
        <source>Written into the menu&apos;s item list exactly as it is.</source>
        <translation>Écrit tel quel dans la liste des éléments du menu.</translation>
    </message>
    <message>
        <source>iPXE commands run when the entry is chosen; afterwards the menu is shown again.</source>
        <translation>Commandes iPXE exécutées quand l’entrée est choisie&#xa0;; le menu s’affiche ensuite à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Enabled (written to the script)</source>
        <translation>&amp;Activée (écrite dans le script)</translation>
    </message>
    <message>
        <source>BIOS drive number; 0x80 is the first hard disk. On UEFI this entry returns to the firmware, which boots its next boot option.</source>
        <translation>Numéro de lecteur BIOS&#xa0;; 0x80 est le premier disque dur. Sous UEFI, cette entrée rend la main au micrologiciel, qui démarre son option de démarrage suivante.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Optional BIOS drive number (such as 0x80) for the image, or, without a URL, the drive to boot.</source>
        <translation>Numéro de lecteur BIOS facultatif (comme 0x80) pour l’image ou, sans URL, le lecteur à démarrer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a hotkey in iPXE; it is left out.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un raccourci dans iPXE&#xa0;; il est omis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in this menu has the same hotkey; the key chooses whichever comes first.</source>
        <translation>«&#xa0;%1&#xa0;» dans ce menu a le même raccourci&#xa0;; la touche choisit celle qui vient en premier.</translation>
    </message>
    <message>
        <source>Initrd %1: %2</source>
        <translation>Initrd %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give a URL, a drive, or both.</source>
        <translation>Indiquez une URL, un lecteur, ou les deux.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(missing menu &quot;%1&quot;)</source>
        <translation>(menu «&#xa0;%1&#xa0;» manquant)</translation>
    </message>
    <message>
        <source>A drive is a number such as 0x80 or 128; this one is left out.</source>
        <translation>Un lecteur est un nombre comme 0x80 ou 128&#xa0;; celui-ci est omis.</translation>
    </message>
    <message>
        <source>Built by:</source>
        <translation>Construit par&#xa0;:</translation>
    </message>
    <message>
        <source>Publishing downloads the artifacts with your GitLab token and puts them next to the menu; the entry then boots from the target&apos;s copy.</source>
        <translation>La publication télécharge les artefacts avec votre jeton GitLab et les place à côté du menu&#xa0;; l’entrée démarre alors depuis la copie sur la cible.</translation>
    </message>
    <message>
        <source>Mirror the files to the publish &amp;targets (needed for private projects)</source>
        <translation>Mettre les fichiers en miroir sur les &amp;cibles de publication (nécessaire pour les projets privés)</translation>
    </message>
    <message>
        <source>Mirror to the publish targets</source>
        <translation>Mettre en miroir sur les cibles de publication</translation>
    </message>
    <message>
        <source>If the copy is missing, &amp;fetch from GitLab (public projects only)</source>
        <translation>Si la copie manque, récupérer depuis GitLa&amp;b (projets publics uniquement)</translation>
    </message>
    <message>
        <source>Fall back to GitLab</source>
        <translation>Se replier sur GitLab</translation>
    </message>
    <message>
        <source>The published menu tries the target&apos;s copy first and GitLab&apos;s URL second. iPXE cannot send a token, so this only helps for public projects.</source>
        <translation>Le menu publié essaie d’abord la copie sur la cible, puis l’URL de GitLab. iPXE ne peut pas envoyer de jeton&#xa0;: cela ne sert donc que pour les projets publics.</translation>
    </message>
</context>
<context>
    <name>Bootlace::Languages</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Bootlace::LatestJobResolver</name>
    <message>
        <source>No successful pipeline of “%1” has a job “%2” with artifacts.</source>
        <translation>Aucun pipeline réussi de «&#xa0;%1&#xa0;» n’a de tâche «&#xa0;%2&#xa0;» avec des artefacts.</translation>
    </message>
</context>
<context>
    <name>Bootlace::Linter</name>
    <message>
        <source>The script must start with #!ipxe (or #!gpxe) and a line break; otherwise BIOS iPXE runs the file as a PXE program and hangs.</source>
        <translation>Le script doit commencer par #!ipxe (ou #!gpxe) suivi d’un saut de ligne&#xa0;; sinon, iPXE sous BIOS exécute le fichier comme un programme PXE et se bloque.</translation>
    </message>
    <message>
        <source>A command that no iPXE build has, usually a typo; iPXE stops with &apos;command not found&apos;.</source>
        <translation>Une commande qu’aucune version d’iPXE ne possède, généralement une faute de frappe&#xa0;; iPXE s’arrête avec &apos;command not found&apos;.</translation>
    </message>
    <message>
        <source>A command the selected iPXE build was compiled without (Debian&apos;s stock build has no params, console, colour, imgverify, ntp, poweroff, ping, nslookup).</source>
        <translation>Une commande absente de la version d’iPXE choisie (la version standard de Debian n’a pas params, console, colour, imgverify, ntp, poweroff, ping, nslookup).</translation>
    </message>
    <message>
        <source>An https:// URL while the selected iPXE build has no HTTPS support.</source>
        <translation>Une URL https:// alors que la version d’iPXE choisie ne prend pas en charge HTTPS.</translation>
    </message>
    <message>
        <source>goto to a label that does not exist; iPXE ends the script.</source>
        <translation>goto vers une étiquette qui n’existe pas&#xa0;; iPXE termine le script.</translation>
    </message>
    <message>
        <source>goto without a label name; it fails and ends the script.</source>
        <translation>goto sans nom d’étiquette&#xa0;; il échoue et termine le script.</translation>
    </message>
    <message>
        <source>The same label twice; goto always jumps to the first one.</source>
        <translation>La même étiquette deux fois&#xa0;; goto saute toujours à la première.</translation>
    </message>
    <message>
        <source>A label that no goto, menu item or preceding code leads to.</source>
        <translation>Une étiquette à laquelle ne mène aucun goto, aucun élément de menu ni le code qui la précède.</translation>
    </message>
    <message>
        <source>A menu item without a label of the same name while the menu&apos;s choice is used as goto ${choice}; choosing the item ends the script.</source>
        <translation>Un élément de menu sans étiquette du même nom alors que le choix du menu sert à goto ${choice}&#xa0;; choisir l’élément termine le script.</translation>
    </message>
    <message>
        <source>choose --default names an item the menu does not have; iPXE silently preselects the first item.</source>
        <translation>choose --default nomme un élément que le menu n’a pas&#xa0;; iPXE présélectionne silencieusement le premier élément.</translation>
    </message>
    <message>
        <source>choose on a menu without selectable items.</source>
        <translation>choose sur un menu sans élément sélectionnable.</translation>
    </message>
    <message>
        <source>Two items of one menu with the same --key; the key only ever selects the first.</source>
        <translation>Deux éléments d’un même menu avec la même --key&#xa0;; la touche ne sélectionne jamais que le premier.</translation>
    </message>
    <message>
        <source>A URL split at a space: iPXE splits words at spaces, so the rest of the URL becomes another argument. Write spaces in URLs as %20.</source>
        <translation>Une URL coupée à une espace&#xa0;: iPXE sépare les mots aux espaces, donc la suite de l’URL devient un autre argument. Écrivez les espaces des URL sous la forme %20.</translation>
    </message>
    <message>
        <source>A token or password in the script (token query parameters, user:password@ in URLs, GitLab tokens); anyone who can fetch the menu can use it.</source>
        <translation>Un jeton ou un mot de passe dans le script (paramètres de requête token, user:password@ dans les URL, jetons GitLab)&#xa0;; quiconque peut récupérer le menu peut l’utiliser.</translation>
    </message>
    <message>
        <source>A BIOS-only construct (int 13h drive boot, memdisk, .kpxe/.pxe/.lkrn/.0/undionly images) on a path that a UEFI client can take.</source>
        <translation>Une construction réservée au BIOS (démarrage de lecteur par int 13h, memdisk, images .kpxe/.pxe/.lkrn/.0/undionly) sur un chemin qu’un client UEFI peut emprunter.</translation>
    </message>
    <message>
        <source>A timeout that looks like seconds where iPXE expects milliseconds (choose, prompt, downloads), or like milliseconds where sleep expects seconds.</source>
        <translation>Un délai qui ressemble à des secondes là où iPXE attend des millisecondes (choose, prompt, téléchargements), ou à des millisecondes là où sleep attend des secondes.</translation>
    </message>
    <message>
        <source>The project names an iPXE build profile the linter does not know.</source>
        <translation>Le projet nomme un profil de version d’iPXE que le vérificateur ne connaît pas.</translation>
    </message>
    <message>
        <source>GitLab personal, project or group access token</source>
        <translation>jeton d’accès GitLab (personnel, de projet ou de groupe)</translation>
    </message>
    <message>
        <source>GitLab deploy token</source>
        <translation>jeton de déploiement GitLab</translation>
    </message>
    <message>
        <source>GitLab pipeline trigger token</source>
        <translation>jeton de déclenchement de pipeline GitLab</translation>
    </message>
    <message>
        <source>GitLab runner authentication token</source>
        <translation>jeton d’authentification de runner GitLab</translation>
    </message>
    <message>
        <source>GitLab OAuth application secret</source>
        <translation>secret d’application OAuth GitLab</translation>
    </message>
    <message>
        <source>GitLab CI/CD job token</source>
        <translation>jeton de job CI/CD GitLab</translation>
    </message>
    <message>
        <source>GitLab incoming email token</source>
        <translation>jeton d’e-mail entrant GitLab</translation>
    </message>
    <message>
        <source>GitLab agent for Kubernetes token</source>
        <translation>jeton de l’agent GitLab pour Kubernetes</translation>
    </message>
    <message>
        <source>GitLab SCIM token</source>
        <translation>jeton SCIM GitLab</translation>
    </message>
    <message>
        <source>GitLab feature flag client token</source>
        <translation>jeton client de feature flags GitLab</translation>
    </message>
    <message>
        <source>GitLab feed token</source>
        <translation>jeton de flux GitLab</translation>
    </message>
    <message>
        <source>GitLab runner registration token</source>
        <translation>jeton d’enregistrement de runner GitLab</translation>
    </message>
    <message>
        <source>query parameter &apos;%1&apos;</source>
        <translation>paramètre de requête &apos;%1&apos;</translation>
    </message>
    <message>
        <source>password in the URL</source>
        <translation>mot de passe dans l’URL</translation>
    </message>
    <message>
        <source>memdisk only works on BIOS: it emulates a disk through int 13h, but a UEFI client can reach this line. Offer the item only on BIOS or guard the line with &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</source>
        <translation>memdisk ne fonctionne que sous BIOS&#xa0;: il émule un disque par int 13h, mais un client UEFI peut atteindre cette ligne. Ne proposez l’élément que sous BIOS ou protégez la ligne avec &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</translation>
    </message>
    <message>
        <source>%1 is a BIOS PXE program and cannot start on UEFI, but a UEFI client can reach this line. Offer the item only on BIOS or guard the line with &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</source>
        <translation>%1 est un programme PXE pour BIOS et ne peut pas démarrer sous UEFI, mais un client UEFI peut atteindre cette ligne. Ne proposez l’élément que sous BIOS ou protégez la ligne avec &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</translation>
    </message>
    <message>
        <source>%1 is a BIOS-only kernel image (no EFI stub), but a UEFI client can reach this line. Offer the item only on BIOS or guard the line with &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</source>
        <translation>%1 est une image de noyau réservée au BIOS (sans stub EFI), mais un client UEFI peut atteindre cette ligne. Ne proposez l’élément que sous BIOS ou protégez la ligne avec &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</translation>
    </message>
    <message>
        <source>The script starts with a byte order mark, so its first line is not &apos;#!ipxe&apos;: iPXE will not run it as a script (BIOS iPXE executes it as a PXE program and hangs). Save it as UTF-8 without a BOM.</source>
        <translation>Le script commence par une indication d’ordre des octets, donc sa première ligne n’est pas &apos;#!ipxe&apos;&#xa0;: iPXE ne l’exécutera pas comme un script (iPXE sous BIOS l’exécute comme un programme PXE et se bloque). Enregistrez-le en UTF-8 sans BOM.</translation>
    </message>
    <message>
        <source>The first line is not &apos;#!ipxe&apos;: iPXE will not run the file as a script (BIOS iPXE executes it as a PXE program and hangs). Make &apos;#!ipxe&apos; the first line.</source>
        <translation>La première ligne n’est pas &apos;#!ipxe&apos;&#xa0;: iPXE n’exécutera pas le fichier comme un script (iPXE sous BIOS l’exécute comme un programme PXE et se bloque). Faites de &apos;#!ipxe&apos; la première ligne.</translation>
    </message>
    <message>
        <source>&apos;#!ipxe&apos; must be followed by a line break: iPXE does not recognise the script otherwise (BIOS iPXE executes it as a PXE program and hangs).</source>
        <translation>&apos;#!ipxe&apos; doit être suivi d’un saut de ligne&#xa0;: sinon iPXE ne reconnaît pas le script (iPXE sous BIOS l’exécute comme un programme PXE et se bloque).</translation>
    </message>
    <message>
        <source>Label %1 is already defined on line %2; goto and menu items always jump to the first one. Rename or remove this one.</source>
        <translation>L’étiquette %1 est déjà définie à la ligne %2&#xa0;; goto et les éléments de menu sautent toujours à la première. Renommez ou supprimez celle-ci.</translation>
    </message>
    <message>
        <source>goto without a label name fails and ends the script. Name the label to jump to.</source>
        <translation>goto sans nom d’étiquette échoue et termine le script. Nommez l’étiquette vers laquelle sauter.</translation>
    </message>
    <message>
        <source>goto %1: there is no label &apos;:%2&apos;, so iPXE ends the script here. Add the label or fix the name.</source>
        <translation>goto %1&#xa0;: il n’y a pas d’étiquette &apos;:%2&apos;, donc iPXE termine le script ici. Ajoutez l’étiquette ou corrigez le nom.</translation>
    </message>
    <message>
        <source>goto %1: there is no label &apos;:%2&apos;, so iPXE ends the script here. Did you mean %3?</source>
        <translation>goto %1&#xa0;: il n’y a pas d’étiquette &apos;:%2&apos;, donc iPXE termine le script ici. Vouliez-vous dire %3&#xa0;?</translation>
    </message>
    <message>
        <source>sleep %1 waits %1 seconds (%2 minutes): sleep takes seconds, not milliseconds. Did you mean &apos;sleep %3&apos;?</source>
        <translation>sleep %1 attend %1 secondes (%2 minutes)&#xa0;: sleep prend des secondes, pas des millisecondes. Vouliez-vous dire &apos;sleep %3&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is not available in %2 (build profile &apos;%3&apos;): iPXE stops with &apos;%4: command not found&apos;. Remove it, or target a build that has it (build profile &apos;full&apos;).</source>
        <translation>%1 n’est pas disponible dans %2 (profil de version &apos;%3&apos;)&#xa0;: iPXE s’arrête avec &apos;%4: command not found&apos;. Supprimez-la ou ciblez une version qui la possède (profil de version &apos;full&apos;).</translation>
    </message>
    <message>
        <source>%1 is not available in %2 (build profile &apos;%3&apos;): iPXE stops with &apos;%4: command not found&apos;. Remove it.</source>
        <translation>%1 n’est pas disponible dans %2 (profil de version &apos;%3&apos;)&#xa0;: iPXE s’arrête avec &apos;%4: command not found&apos;. Supprimez-la.</translation>
    </message>
    <message>
        <source>Unknown command %1: no iPXE build has it, so iPXE stops with &apos;command not found&apos;. Check the spelling.</source>
        <translation>Commande inconnue %1&#xa0;: aucune version d’iPXE ne la possède, donc iPXE s’arrête avec &apos;command not found&apos;. Vérifiez l’orthographe.</translation>
    </message>
    <message>
        <source>Unknown command %1: no iPXE build has it, so iPXE stops with &apos;command not found&apos;. Did you mean &apos;%2&apos;?</source>
        <translation>Commande inconnue %1&#xa0;: aucune version d’iPXE ne la possède, donc iPXE s’arrête avec &apos;command not found&apos;. Vouliez-vous dire &apos;%2&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>This https:// URL cannot be fetched: %1 (build profile &apos;%2&apos;) has no HTTPS support, and the download fails with &apos;Operation not supported&apos;. Use http://, or target a build with HTTPS.</source>
        <translation>Cette URL https:// ne peut pas être récupérée&#xa0;: %1 (profil de version &apos;%2&apos;) ne prend pas en charge HTTPS, et le téléchargement échoue avec &apos;Operation not supported&apos;. Utilisez http:// ou ciblez une version avec HTTPS.</translation>
    </message>
    <message>
        <source>This URL starts with ${%1}, which is set to an https:// URL on line %2, so it cannot be fetched: %3 (build profile &apos;%4&apos;) has no HTTPS support, and the download fails with &apos;Operation not supported&apos;. Use http://, or target a build with HTTPS.</source>
        <translation>Cette URL commence par ${%1}, qui reçoit une URL https:// à la ligne %2, donc elle ne peut pas être récupérée&#xa0;: %3 (profil de version &apos;%4&apos;) ne prend pas en charge HTTPS, et le téléchargement échoue avec &apos;Operation not supported&apos;. Utilisez http:// ou ciblez une version avec HTTPS.</translation>
    </message>
    <message>
        <source>%1 --timeout %2 is %2 milliseconds: iPXE timeouts are in milliseconds, not seconds. Did you mean %3 (%2 s)?</source>
        <translation>%1 --timeout %2 correspond à %2 millisecondes&#xa0;: les délais d’iPXE sont en millisecondes, pas en secondes. Vouliez-vous dire %3 (%2 s)&#xa0;?</translation>
    </message>
    <message>
        <source>%1 after the URL %2 looks like the rest of that URL, split at a space (%3 takes one URL). Write the space as %20.</source>
        <translation>%1 après l’URL %2 ressemble à la suite de cette URL, coupée à une espace (%3 prend une seule URL). Écrivez l’espace sous la forme %20.</translation>
    </message>
    <message>
        <source>%1 after the URL %2 looks like the rest of that URL, split at a space (it looks like a path, not an argument of the image). Write the space as %20.</source>
        <translation>%1 après l’URL %2 ressemble à la suite de cette URL, coupée à une espace (cela ressemble à un chemin, pas à un argument de l’image). Écrivez l’espace sous la forme %20.</translation>
    </message>
    <message>
        <source>%1 after the URL %2 looks like the rest of that URL, split at a space (every sanboot argument is a URL of its own). Write the space as %20.</source>
        <translation>%1 après l’URL %2 ressemble à la suite de cette URL, coupée à une espace (chaque argument de sanboot est une URL à part entière). Écrivez l’espace sous la forme %20.</translation>
    </message>
    <message>
        <source>sanboot --drive %1 without a URL boots a BIOS disk through int 13h and fails on UEFI, but a UEFI client can reach this line. Put &apos;iseq ${platform} efi &amp;&amp; exit ||&apos; before it, guard it with &apos;iseq ${platform} pcbios &amp;&amp;&apos;, or offer the item only on BIOS.</source>
        <translation>sanboot --drive %1 sans URL démarre un disque BIOS par int 13h et échoue sous UEFI, mais un client UEFI peut atteindre cette ligne. Placez &apos;iseq ${platform} efi &amp;&amp; exit ||&apos; avant, protégez-la avec &apos;iseq ${platform} pcbios &amp;&amp;&apos;, ou ne proposez l’élément que sous BIOS.</translation>
    </message>
    <message>
        <source>choose shows a menu without selectable items, so it fails. Add items with &apos;item &lt;label&gt; &lt;text&gt;&apos;.</source>
        <translation>choose affiche un menu sans élément sélectionnable, donc il échoue. Ajoutez des éléments avec &apos;item &lt;label&gt; &lt;text&gt;&apos;.</translation>
    </message>
    <message>
        <source>choose has no menu to show: no &apos;menu&apos; command comes before it, so it fails. Start the menu with &apos;menu &lt;title&gt;&apos;.</source>
        <translation>choose n’a aucun menu à afficher&#xa0;: aucune commande &apos;menu&apos; ne le précède, donc il échoue. Commencez le menu par &apos;menu &lt;title&gt;&apos;.</translation>
    </message>
    <message>
        <source>choose --default %1: the menu has no such item, so iPXE silently preselects the first item. Use the name of one of the menu&apos;s items.</source>
        <translation>choose --default %1&#xa0;: le menu n’a pas cet élément, donc iPXE présélectionne silencieusement le premier élément. Utilisez le nom d’un des éléments du menu.</translation>
    </message>
    <message>
        <source>Menu item %1 has no label &apos;:%2&apos;: choosing it runs &apos;goto ${%3}&apos;, which finds no label and ends the script. Add the label or rename the item.</source>
        <translation>L’élément de menu %1 n’a pas d’étiquette &apos;:%2&apos;&#xa0;: le choisir exécute &apos;goto ${%3}&apos;, qui ne trouve aucune étiquette et termine le script. Ajoutez l’étiquette ou renommez l’élément.</translation>
    </message>
    <message>
        <source>Hotkey %1 is already used by item %2 on line %3 of this menu; the key only ever selects the first. Choose another key.</source>
        <translation>Le raccourci %1 est déjà utilisé par l’élément %2 à la ligne %3 de ce menu&#xa0;; la touche ne sélectionne jamais que le premier. Choisissez une autre touche.</translation>
    </message>
    <message>
        <source>Label %1 is never reached: no goto or menu item leads to it, and the code before it does not fall through. Remove it or jump to it.</source>
        <translation>L’étiquette %1 n’est jamais atteinte&#xa0;: aucun goto ni élément de menu n’y mène, et le code qui la précède n’y aboutit pas. Supprimez-la ou sautez-y.</translation>
    </message>
    <message>
        <source>Secret in the script: %1 (%2). Anyone who can fetch the menu can use it. Remove it and revoke it; mirror private files to the publish target instead of authenticating in the URL.</source>
        <translation>Secret dans le script&#xa0;: %1 (%2). Quiconque peut récupérer le menu peut l’utiliser. Supprimez-le et révoquez-le&#xa0;; copiez les fichiers privés vers la cible de publication au lieu de vous authentifier dans l’URL.</translation>
    </message>
    <message>
        <source>Unknown iPXE build profile %1; the known profiles are %2. The script was checked against &apos;debian&apos;.</source>
        <translation>Profil de version d’iPXE inconnu %1&#xa0;; les profils connus sont %2. Le script a été vérifié avec &apos;debian&apos;.</translation>
    </message>
    <message>
        <source>Mirrored from GitLab: publishing copies this file to each target and the published menu fetches it from the target&apos;s HTTP base URL, so this build&apos;s missing HTTPS support does not matter there.</source>
        <translation>Mis en miroir depuis GitLab&#xa0;: la publication copie ce fichier sur chaque cible et le menu publié le récupère à l’URL HTTP de base de la cible&#xa0;; l’absence de HTTPS dans ce build n’y a donc pas d’importance.</translation>
    </message>
</context>
<context>
    <name>Bootlace::MainWindow</name>
    <message>
        <source>Menus and entries</source>
        <translation>Menus et entrées</translation>
    </message>
    <message>
        <source>Select a menu or an entry to edit it.</source>
        <translation>Sélectionnez un menu ou une entrée pour le modifier.</translation>
    </message>
    <message>
        <source>The project file was changed on disk by another program.</source>
        <translation>Le fichier du projet a été modifié sur le disque par un autre programme.</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>&amp;Recharger depuis le disque</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>menu.ipxe</source>
        <translation>menu.ipxe</translation>
    </message>
    <message>
        <source>Menu simulator</source>
        <translation>Simulateur de menu</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import iPXE Menu...</source>
        <translation>&amp;Importer un menu iPXE…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export menu.ipxe...</source>
        <translation>E&amp;xporter menu.ipxe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Project &amp;Settings...</source>
        <translation>&amp;Paramètres du projet…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Test Boot...</source>
        <translation>Démarrage de &amp;test…</translation>
    </message>
    <message>
        <source>Boot this menu in real iPXE in a virtual machine (F5)</source>
        <translation>Démarrer ce menu dans un vrai iPXE, dans une machine virtuelle (F5)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
        <translation>Activer l’&amp;arborescence</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Focus the &amp;Form</source>
        <translation>Activer le &amp;formulaire</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Bootlace</source>
        <translation>À &amp;propos de Bootlace</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Test Boot — %1</source>
        <translation>Démarrage de test – %1</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Could not import the menu</source>
        <translation>Impossible d’importer le menu</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Lines %1-%2 (%3): %4</source>
        <translation>Lignes %1 à %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the script were kept as raw script; they run exactly as before.</source>
        <translation>
            <numerusform>%n partie du script a été conservée comme script brut&#xa0;; elle s’exécute exactement comme avant.</numerusform>
            <numerusform>%n parties du script ont été conservées comme script brut&#xa0;; elles s’exécutent exactement comme avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the menu</source>
        <translation>Impossible d’exporter le menu</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Bootlace projects (*.bootlace.json)</source>
        <translation>Projets Bootlace (*.bootlace.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>un projet sans titre</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Bootlace was closed unexpectedly with unsaved changes to %1 (autosaved %2).

Restore them?</source>
        <translation>Bootlace s’est fermé de manière inattendue avec des modifications non enregistrées de %1 (sauvegarde automatique %2).

Les restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Could not restore the work</source>
        <translation>Impossible de restaurer le travail</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Bootlace projects (*.bootlace.json *.json)</source>
        <translation>Projets Bootlace (*.bootlace.json *.json)</translation>
    </message>
    <message>
        <source>Import iPXE menu</source>
        <translation>Importer un menu iPXE</translation>
    </message>
    <message>
        <source>iPXE scripts (*.ipxe *.txt);;All files (*)</source>
        <translation>Scripts iPXE (*.ipxe *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export menu.ipxe</source>
        <translation>Exporter menu.ipxe</translation>
    </message>
    <message>
        <source>iPXE scripts (*.ipxe)</source>
        <translation>Scripts iPXE (*.ipxe)</translation>
    </message>
    <message>
        <source>About Bootlace</source>
        <translation>À propos de Bootlace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bootlace %1&lt;/h3&gt;&lt;p&gt;Edit, check and publish iPXE boot menus.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bootlace %1&lt;/h3&gt;&lt;p&gt;Modifier, vérifier et publier des menus de démarrage iPXE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>%1[*] - Bootlace</source>
        <translation>%1[*] – Bootlace</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes. Reload anyway?</source>
        <translation>Recharger abandonne vos modifications non enregistrées. Recharger quand même&#xa0;?</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>GitLab: new successful pipeline #%1 on %2</source>
        <translation>GitLab&#xa0;: nouveau pipeline réussi n° %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Publish...</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Publish &amp;Targets...</source>
        <translation>&amp;Cibles de publication…</translation>
    </message>
    <message>
        <source>Publish &amp;History...</source>
        <translation>&amp;Historique des publications…</translation>
    </message>
    <message>
        <source>&amp;Bootstrap Kit...</source>
        <translation>Kit d’&amp;amorçage…</translation>
    </message>
    <message>
        <source>&amp;GitLab Accounts...</source>
        <translation>Comptes &amp;GitLab…</translation>
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
        <translation>Menu</translation>
    </message>
    <message>
        <source>Select a menu in the tree to edit it.</source>
        <translation>Sélectionnez un menu dans l’arborescence pour le modifier.</translation>
    </message>
    <message>
        <source>Menu id</source>
        <translation>Identifiant du menu</translation>
    </message>
    <message>
        <source>The menu&apos;s label in the script; submenu links refer to it</source>
        <translation>L’étiquette du menu dans le script&#xa0;; les liens de sous-menu y font référence</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Shown above the entries</source>
        <translation>Affiché au-dessus des entrées</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Default entry</source>
        <translation>Entrée par défaut</translation>
    </message>
    <message>
        <source>Highlighted when the menu opens and chosen when the timeout runs out</source>
        <translation>Mise en évidence à l’ouverture du menu et choisie à l’expiration du délai</translation>
    </message>
    <message>
        <source>&amp;Default entry:</source>
        <translation>Entrée par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait &amp;forever</source>
        <translation>Attendre &amp;indéfiniment</translation>
    </message>
    <message>
        <source>Wait forever</source>
        <translation>Attendre indéfiniment</translation>
    </message>
    <message>
        <source>When the time is up, the default entry starts. Pressing any key stops the countdown.</source>
        <translation>Une fois le délai écoulé, l’entrée par défaut démarre. Appuyer sur une touche arrête le compte à rebours.</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Dé&amp;lai&#xa0;:</translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation>Un identifiant est requis.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Utilisez jusqu’à 64 lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;-&#xa0;», sans commencer par «&#xa0;-&#xa0;» ou «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of another menu or entry.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà l’identifiant d’un autre menu ou d’une autre entrée.</translation>
    </message>
    <message>
        <source>Rename menu %1 to %2</source>
        <translation>Renommer le menu %1 en %2</translation>
    </message>
    <message>
        <source>Root menu</source>
        <translation>Menu racine</translation>
    </message>
    <message>
        <source>The first menu a client shows.</source>
        <translation>Le premier menu qu’affiche un client.</translation>
    </message>
    <message>
        <source>Opened by the submenu links that point to it.</source>
        <translation>Ouvert par les liens de sous-menu qui pointent vers lui.</translation>
    </message>
    <message>
        <source>(first item)</source>
        <translation>(premier élément)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(missing entry &quot;%1&quot;)</source>
        <translation>(entrée «&#xa0;%1&#xa0;» manquante)</translation>
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
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>Menu simulator</source>
        <translation>Simulateur de menu</translation>
    </message>
    <message>
        <source>Simulated boot menu</source>
        <translation>Menu de démarrage simulé</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The firmware and architecture of the simulated client</source>
        <translation>Le micrologiciel et l’architecture du client simulé</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Restart simulation</source>
        <translation>Redémarrer la simulation</translation>
    </message>
    <message>
        <source>Back to the root menu with its countdown</source>
        <translation>Retour au menu racine avec son compte à rebours</translation>
    </message>
    <message>
        <source>Click the screen, then: ↑ ↓ Page Up/Down Home End move, Enter chooses, hotkeys choose at once, Esc goes back.</source>
        <translation>Cliquez sur l’écran, puis&#xa0;: ↑ ↓ Page préc./suiv. Début Fin déplacent, Entrée choisit, les raccourcis choisissent immédiatement, Échap revient en arrière.</translation>
    </message>
    <message>
        <source>Choose an entry to see the commands it runs.</source>
        <translation>Choisissez une entrée pour voir les commandes qu’elle exécute.</translation>
    </message>
    <message>
        <source>Commands of the chosen entry</source>
        <translation>Commandes de l’entrée choisie</translation>
    </message>
    <message>
        <source>The timeout chose “%1”, which runs:</source>
        <translation>Le délai a choisi «&#xa0;%1&#xa0;», qui exécute&#xa0;:</translation>
    </message>
    <message>
        <source>Choosing “%1” runs:</source>
        <translation>Choisir «&#xa0;%1&#xa0;» exécute&#xa0;:</translation>
    </message>
    <message>
        <source>Escape cancels the root menu: its choose command fails and the script exits.</source>
        <translation>Échap annule le menu racine&#xa0;: sa commande choose échoue et le script se termine.</translation>
    </message>
    <message>
        <source>Escape cancels this menu: the script goes back to the root menu.</source>
        <translation>Échap annule ce menu&#xa0;: le script revient au menu racine.</translation>
    </message>
    <message>
        <source>No menu to show.</source>
        <translation>Aucun menu à afficher.</translation>
    </message>
    <message>
        <source>This client sees no entries: iPXE does not show this menu.</source>
        <translation>Ce client ne voit aucune entrée&#xa0;: iPXE n’affiche pas ce menu.</translation>
    </message>
    <message>
        <source>%1. Highlighted: %2 (%3 of %4).</source>
        <translation>%1. En surbrillance&#xa0;: %2 (%3 sur %4).</translation>
    </message>
    <message>
        <source>Chosen automatically in 1 second.</source>
        <translation>Choisie automatiquement dans 1 seconde.</translation>
    </message>
    <message numerus="yes">
        <source>Chosen automatically in %n seconds.</source>
        <translation>
            <numerusform>Choisie automatiquement dans %n seconde.</numerusform>
            <numerusform>Choisie automatiquement dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::NetbootScript</name>
    <message>
        <source>The script has no kernel line.</source>
        <translation>Le script n’a pas de ligne kernel.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Each project&apos;s own build profile</source>
        <translation>Le profil de version de chaque projet</translation>
    </message>
    <message>
        <source>iPXE build to check against</source>
        <translation>Version d’iPXE pour la vérification</translation>
    </message>
    <message>
        <source>Follow the system colours</source>
        <translation>Suivre les couleurs du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Preview colours</source>
        <translation>Couleurs de l’aperçu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervalle de sauvegarde automatique en secondes</translation>
    </message>
    <message>
        <source>Unsaved work is kept for crash recovery at this interval.</source>
        <translation>Le travail non enregistré est conservé à cet intervalle pour la récupération après un plantage.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect when Bootlace is started the next time.</source>
        <translation>Prend effet au prochain démarrage de Bootlace.</translation>
    </message>
    <message>
        <source>&amp;Check against:</source>
        <translation>&amp;Vérifier avec&#xa0;:</translation>
    </message>
    <message>
        <source>Preview &amp;colours:</source>
        <translation>&amp;Couleurs de l’aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Sauvegarde automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Bootlace::PreviewPane</name>
    <message>
        <source>Script preview</source>
        <translation>Aperçu du script</translation>
    </message>
    <message>
        <source>Generated menu.ipxe</source>
        <translation>menu.ipxe généré</translation>
    </message>
    <message>
        <source>The boot menu script generated from the project. Read-only.</source>
        <translation>Le script du menu de démarrage généré à partir du projet. En lecture seule.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>Menu de démarrage</translation>
    </message>
    <message>
        <source>Network boot</source>
        <translation>Démarrage réseau</translation>
    </message>
    <message>
        <source>Boot from local disk</source>
        <translation>Démarrer depuis le disque local</translation>
    </message>
    <message>
        <source>iPXE shell</source>
        <translation>Shell iPXE</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the project has no file name yet</source>
        <translation>le projet n’a pas encore de nom de fichier</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectFile</name>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>le champ obligatoire «&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>unknown item kind &quot;%1&quot;</source>
        <translation>type d’élément inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a hotkey is a single character</source>
        <translation>un raccourci est un seul caractère</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>«&#xa0;enabled&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>unknown firmware &quot;%1&quot; (expected any, bios or uefi)</source>
        <translation>micrologiciel inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: any, bios ou uefi)</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot; (expected any, i386, x86_64, arm32 or arm64)</source>
        <translation>architecture inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: any, i386, x86_64, arm32 ou arm64)</translation>
    </message>
    <message>
        <source>an initrd must be a URL string</source>
        <translation>un initrd doit être une URL sous forme de chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (1-64 of A-Z a-z 0-9 _ . -, not starting with - or .)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide (1 à 64 caractères parmi A-Z a-z 0-9 _ . -, sans commencer par - ou .)</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable valide</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>a project file must contain a JSON object</source>
        <translation>un fichier de projet doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>this is not a Bootlace project: &quot;schema&quot; (a positive whole number) is missing</source>
        <translation>ce n’est pas un projet Bootlace&#xa0;: «&#xa0;schema&#xa0;» (un nombre entier positif) est absent</translation>
    </message>
    <message>
        <source>this project was saved by a newer Bootlace (schema version %1; this version reads up to %2). Update Bootlace to open it; the file was not changed.</source>
        <translation>ce projet a été enregistré par une version plus récente de Bootlace (version de schéma %1&#xa0;; cette version lit jusqu’à %2). Mettez Bootlace à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>&quot;timeoutMs&quot; must be a whole number of milliseconds between 0 and 86400000</source>
        <translation>«&#xa0;timeoutMs&#xa0;» doit être un nombre entier de millisecondes entre 0 et 86400000</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectModel</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>(blank line)</source>
        <translation>(ligne vide)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Submenu</source>
        <translation>Sous-menu</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaînage</translation>
    </message>
    <message>
        <source>SAN boot</source>
        <translation>Démarrage SAN</translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation>Disque local</translation>
    </message>
    <message>
        <source>iPXE shell</source>
        <translation>Shell iPXE</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Raw lines</source>
        <translation>Lignes brutes</translation>
    </message>
    <message>
        <source>%1, mirrored</source>
        <translation>%1, en miroir</translation>
    </message>
    <message>
        <source>Boots from the publish target&apos;s copy of its GitLab artifacts.</source>
        <translation>Démarre depuis la copie de ses artefacts GitLab sur la cible de publication.</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectSettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Paramètres du projet</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Target iPXE build</source>
        <translation>Version d’iPXE cible</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Ajouter une variable</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>&amp;Retirer la variable</translation>
    </message>
    <message>
        <source>Raw script before the menus</source>
        <translation>Script brut avant les menus</translation>
    </message>
    <message>
        <source>Raw script after the menus</source>
        <translation>Script brut après les menus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Target &amp;build:</source>
        <translation>&amp;Version cible&#xa0;:</translation>
    </message>
    <message>
        <source>Variables (written as `set NAME VALUE`, use them as ${NAME}):</source>
        <translation>Variables (écrites sous la forme `set NAME VALUE`, à utiliser comme ${NAME})&#xa0;:</translation>
    </message>
    <message>
        <source>Raw script before the first menu:</source>
        <translation>Script brut avant le premier menu&#xa0;:</translation>
    </message>
    <message>
        <source>Raw script after the last menu:</source>
        <translation>Script brut après le dernier menu&#xa0;:</translation>
    </message>
    <message>
        <source>Invalid variable name</source>
        <translation>Nom de variable non valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name: use letters, digits, _, . and -, not starting with - or .</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable valide&#xa0;: utilisez des lettres, des chiffres, _, . et -, sans commencer par - ou .</translation>
    </message>
    <message>
        <source>Edit project settings</source>
        <translation>Modifier les paramètres du projet</translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectTreeView</name>
    <message>
        <source>Menus and entries</source>
        <translation>Menus et entrées</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>&amp;Linux Boot</source>
        <translation>&amp;Démarrage Linux</translation>
    </message>
    <message>
        <source>&amp;Chain (Load Another Script)</source>
        <translation>&amp;Chaînage (charger un autre script)</translation>
    </message>
    <message>
        <source>&amp;SAN Boot (ISO or Disk Image)</source>
        <translation>Démarrage &amp;SAN (image ISO ou disque)</translation>
    </message>
    <message>
        <source>Local &amp;Disk</source>
        <translation>Disque &amp;local</translation>
    </message>
    <message>
        <source>iPXE S&amp;hell</source>
        <translation>S&amp;hell iPXE</translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>E&amp;xit to the Firmware</source>
        <translation>&amp;Quitter vers le micrologiciel</translation>
    </message>
    <message>
        <source>Scrip&amp;t</source>
        <translation>Scrip&amp;t</translation>
    </message>
    <message>
        <source>Section &amp;Heading or Gap</source>
        <translation>T&amp;itre de section ou espace</translation>
    </message>
    <message>
        <source>Su&amp;bmenu Link</source>
        <translation>Lien de sous-&amp;menu</translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation>&amp;Ajouter une entrée</translation>
    </message>
    <message>
        <source>Add a Linux boot entry after the selected item; the menu offers every kind</source>
        <translation>Ajouter une entrée de démarrage Linux après l’élément sélectionné&#xa0;; le menu propose tous les types</translation>
    </message>
    <message>
        <source>Add &amp;Menu</source>
        <translation>Ajouter un &amp;menu</translation>
    </message>
    <message>
        <source>Add a submenu to the project</source>
        <translation>Ajouter un sous-menu au projet</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vée</translation>
    </message>
    <message>
        <source>Offer the selected entries in the menu (disabled entries are kept but not written)</source>
        <translation>Proposer les entrées sélectionnées dans le menu (les entrées désactivées sont conservées mais pas écrites)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>New Linux boot entry</source>
        <translation>Nouvelle entrée de démarrage Linux</translation>
    </message>
    <message>
        <source>Chain-load a script</source>
        <translation>Charger un script en chaîne</translation>
    </message>
    <message>
        <source>Boot a disk image</source>
        <translation>Démarrer une image disque</translation>
    </message>
    <message>
        <source>Boot from local disk</source>
        <translation>Démarrer depuis le disque local</translation>
    </message>
    <message>
        <source>iPXE shell</source>
        <translation>Shell iPXE</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Exit to the firmware</source>
        <translation>Quitter vers le micrologiciel</translation>
    </message>
    <message>
        <source>Custom script</source>
        <translation>Script personnalisé</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation>Menu de démarrage</translation>
    </message>
    <message>
        <source>Submenu</source>
        <translation>Sous-menu</translation>
    </message>
    <message>
        <source>New menu</source>
        <translation>Nouveau menu</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Dupliquer %n élément</numerusform>
            <numerusform>Dupliquer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n menu(s)</source>
        <translation>
            <numerusform>Supprimer %n menu</numerusform>
            <numerusform>Supprimer %n menus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n item(s)</source>
        <translation>
            <numerusform>Activer %n élément</numerusform>
            <numerusform>Activer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n item(s)</source>
        <translation>
            <numerusform>Désactiver %n élément</numerusform>
            <numerusform>Désactiver %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Move menu</source>
        <translation>Déplacer le menu</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n item(s)</source>
        <translation>
            <numerusform>Insérer %n élément</numerusform>
            <numerusform>Insérer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::ProvenanceView</name>
    <message>
        <source>Where the files come from</source>
        <translation>Provenance des fichiers</translation>
    </message>
    <message>
        <source>GitLab CI: &lt;a href=&quot;%1/%2&quot;&gt;%2&lt;/a&gt;, ref &lt;b&gt;%3&lt;/b&gt;, pipeline %4, job &lt;a href=&quot;%1/%2/-/jobs/%5&quot;&gt;%5&lt;/a&gt; (%6), commit &lt;tt&gt;%7&lt;/tt&gt;</source>
        <translation>GitLab CI&#xa0;: &lt;a href=&quot;%1/%2&quot;&gt;%2&lt;/a&gt;, réf. &lt;b&gt;%3&lt;/b&gt;, pipeline %4, tâche &lt;a href=&quot;%1/%2/-/jobs/%5&quot;&gt;%5&lt;/a&gt; (%6), commit &lt;tt&gt;%7&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Follows the latest successful build of %1; resolved to a job id when the menu is generated.</source>
        <translation>Suit la dernière version réussie de %1&#xa0;; résolu en identifiant de tâche lors de la génération du menu.</translation>
    </message>
    <message>
        <source>Pinned to this job.</source>
        <translation>Épinglé à cette tâche.</translation>
    </message>
    <message>
        <source>The project is not public and iPXE cannot send a token, so these files are mirrored to the publish target; the menu never contains a token.</source>
        <translation>Le projet n’est pas public et iPXE ne peut pas envoyer de jeton, ces fichiers sont donc copiés sur la cible de publication&#xa0;; le menu ne contient jamais de jeton.</translation>
    </message>
    <message>
        <source>These files are mirrored to the publish target; if a client cannot fetch the copy there, it tries GitLab next.</source>
        <translation>Ces fichiers sont mis en miroir sur la cible de publication&#xa0;; si un client ne peut pas y récupérer la copie, il essaie ensuite GitLab.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Publish to:</source>
        <translation>Publier sur&#xa0;:</translation>
    </message>
    <message>
        <source>Also publish &amp;bootstrap.ipxe (the script to embed in iPXE)</source>
        <translation>Publier aussi &amp;bootstrap.ipxe (le script à intégrer dans iPXE)</translation>
    </message>
    <message>
        <source>Publish &amp;anyway, this once</source>
        <translation>Publier &amp;quand même, pour cette fois</translation>
    </message>
    <message numerus="yes">
        <source>The menu has %n problem(s) that would break booting or leak a secret:</source>
        <translation>
            <numerusform>Le menu a %n problème qui empêcherait le démarrage ou divulguerait un secret&#xa0;:</numerusform>
            <numerusform>Le menu a %n problèmes qui empêcheraient le démarrage ou divulgueraient un secret&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview Changes shows here what each target will get.</source>
        <translation>«&#xa0;Aperçu des modifications&#xa0;» montre ici ce que chaque cible recevra.</translation>
    </message>
    <message>
        <source>Pre&amp;view Changes</source>
        <translation>Aperçu des &amp;modifications</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Roll Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>Save the project first: its publish history is kept next to it.</source>
        <translation>Enregistrez d’abord le projet&#xa0;: son historique de publication est conservé à côté de lui.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Waiting for the keychain...</source>
        <translation>En attente du trousseau…</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Changes shown below</source>
        <translation>Modifications ci-dessous</translation>
    </message>
    <message numerus="yes">
        <source>Published and verified (%n file(s))</source>
        <translation>
            <numerusform>Publié et vérifié (%n fichier)</numerusform>
            <numerusform>Publié et vérifié (%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(aucune modification)</translation>
    </message>
    <message>
        <source>The publish could not be recorded in the history: %1</source>
        <translation>La publication n’a pas pu être enregistrée dans l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded in the publish history as %1.</source>
        <translation>Enregistrée dans l’historique de publication sous %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of private GitLab projects will be downloaded and published next to the menu, because iPXE cannot send a token: %1.</source>
        <translation>
            <numerusform>%n fichier de projets GitLab privés sera téléchargé et publié à côté du menu, car iPXE ne peut pas envoyer de jeton&#xa0;: %1.</numerusform>
            <numerusform>%n fichiers de projets GitLab privés seront téléchargés et publiés à côté du menu, car iPXE ne peut pas envoyer de jeton&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Looking up the latest builds of the entries that follow a branch...</source>
        <translation>Recherche des derniers builds des entrées qui suivent une branche…</translation>
    </message>
    <message>
        <source>Kept the last known build of:</source>
        <translation>Dernier build connu conservé pour&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was published: a target cannot serve the mirrored artifacts.</source>
        <translation>Rien n’a été publié&#xa0;: une cible ne peut pas servir les artefacts mis en miroir.</translation>
    </message>
    <message>
        <source>Nothing was published: there is no GitLab token for %1 to download the artifacts of its private projects with. Add the account in Project ▸ GitLab Accounts.</source>
        <translation>Rien n’a été publié&#xa0;: aucun jeton GitLab pour %1 ne permet de télécharger les artefacts de ses projets privés. Ajoutez le compte dans Projet ▸ Comptes GitLab.</translation>
    </message>
    <message>
        <source>Downloading the artifacts of private GitLab projects...</source>
        <translation>Téléchargement des artefacts des projets GitLab privés…</translation>
    </message>
    <message>
        <source>Downloading %1 of %2</source>
        <translation>%1 sur %2 téléchargés</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation>%1, %2/s</translation>
    </message>
    <message>
        <source>%1, %2/s, %3 left</source>
        <translation>%1, %2/s, %3 restantes</translation>
    </message>
    <message>
        <source>Cancelled; what was downloaded is kept for the next publish.</source>
        <translation>Annulé&#xa0;; ce qui a été téléchargé est conservé pour la prochaine publication.</translation>
    </message>
    <message>
        <source>Nothing was published: the artifacts could not be mirrored.</source>
        <translation>Rien n’a été publié&#xa0;: les artefacts n’ont pas pu être mis en miroir.</translation>
    </message>
    <message numerus="yes">
        <source>Mirrored %n artifact file(s)</source>
        <translation>
            <numerusform>%n fichier d’artefact mis en miroir</numerusform>
            <numerusform>%n fichiers d’artefacts mis en miroir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n from the local cache)</source>
        <translation>
            <numerusform>(%n depuis le cache local)</numerusform>
            <numerusform>(%n depuis le cache local)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>Waiting for the mirrored artifacts...</source>
        <translation>En attente des artefacts mis en miroir…</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishHistory</name>
    <message>
        <source>Cannot store %1 in the publish history: %2</source>
        <translation>Impossible de stocker %1 dans l’historique de publication&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the publish history folder %1.</source>
        <translation>Impossible de créer le dossier d’historique de publication %1.</translation>
    </message>
    <message>
        <source>There is no publish &quot;%1&quot; in the history of this project.</source>
        <translation>Il n’y a pas de publication «&#xa0;%1&#xa0;» dans l’historique de ce projet.</translation>
    </message>
    <message>
        <source>The history entry %1 is damaged.</source>
        <translation>L’entrée d’historique %1 est endommagée.</translation>
    </message>
    <message>
        <source>The publish history has lost the file %1.</source>
        <translation>L’historique de publication a perdu le fichier %1.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishHistoryDialog</name>
    <message>
        <source>Publish History</source>
        <translation>Historique des publications</translation>
    </message>
    <message>
        <source>&amp;Roll Back to This...</source>
        <translation>&amp;Revenir à cette publication…</translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation>Rien n’a encore été publié depuis ce projet.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Same files as the publish before.</source>
        <translation>Mêmes fichiers que lors de la publication précédente.</translation>
    </message>
    <message>
        <source> (rollback)</source>
        <comment>appended to the date of a rollback entry</comment>
        <translation> (retour en arrière)</translation>
    </message>
    <message>
        <source>  verified</source>
        <comment>appended to a file line whose upload was read back</comment>
        <translation>  vérifié</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishJob</name>
    <message>
        <source>Binary file %1 will be replaced.</source>
        <translation>Le fichier binaire %1 sera remplacé.</translation>
    </message>
    <message>
        <source>Binary file %1 will be added.</source>
        <translation>Le fichier binaire %1 sera ajouté.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 on %2 reads back differently from what was published (SHA-256 %3 instead of %4).</source>
        <translation>%1 sur %2 se relit différemment de ce qui a été publié (SHA-256 %3 au lieu de %4).</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishSet</name>
    <message>
        <source>Target &quot;%1&quot; has no HTTP base URL, so the bootstrap script does not know where to load the menu from.</source>
        <translation>La cible «&#xa0;%1&#xa0;» n’a pas d’URL de base HTTP, le script d’amorçage ne sait donc pas d’où charger le menu.</translation>
    </message>
    <message>
        <source>%1 (used by %2) was not mirrored, so a menu that needs it is not published.</source>
        <translation>%1 (utilisé par %2) n’a pas été mis en miroir&#xa0;; un menu qui en a besoin n’est donc pas publié.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishTarget</name>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
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
        <translation>Une cible doit avoir un nom.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; needs a folder.</source>
        <translation>La cible «&#xa0;%1&#xa0;» doit avoir un dossier.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; needs a URL.</source>
        <translation>La cible «&#xa0;%1&#xa0;» doit avoir une URL.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: the file mode must be between 0000 and 0777.</source>
        <translation>Cible «&#xa0;%1&#xa0;»&#xa0;: le mode de fichier doit être compris entre 0000 et 0777.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: &quot;%2&quot; is not a %3 URL (e.g. %4).</source>
        <translation>Cible «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas une URL %3 (par exemple %4).</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: put the user name in its own field, not in the URL; passwords are kept in the keychain.</source>
        <translation>Cible «&#xa0;%1&#xa0;»&#xa0;: indiquez le nom d’utilisateur dans son propre champ, pas dans l’URL&#xa0;; les mots de passe sont conservés dans le trousseau.</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: the HTTP base URL must start with http:// or https://.</source>
        <translation>Cible «&#xa0;%1&#xa0;»&#xa0;: l’URL de base HTTP doit commencer par http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishTargetsDialog</name>
    <message>
        <source>Publish Targets</source>
        <translation>Cibles de publication</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>publish/  or  tftp://boot.lan/  or  https://web.lan/dav/  or  sftp://boot.lan/srv/tftp/</source>
        <translation>publish/  ou  tftp://boot.lan/  ou  https://web.lan/dav/  ou  sftp://boot.lan/srv/tftp/</translation>
    </message>
    <message>
        <source>http://boot.lan/ (where clients load the menu from)</source>
        <translation>http://boot.lan/ (d’où les clients chargent le menu)</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder or URL:</source>
        <translation>&amp;Dossier ou URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP &amp;base URL:</source>
        <translation>URL de &amp;base HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;mode:</source>
        <translation>&amp;Mode de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>Fichier de &amp;clé SSH&#xa0;:</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>Fichier des &amp;hôtes connus&#xa0;:</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Phrase secrète de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in the keychain.</source>
        <translation>Le mot de passe est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>Two targets are called &quot;%1&quot;.</source>
        <translation>Deux cibles s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Bootlace::RecoveryStore</name>
    <message>
        <source>cannot create the recovery directory %1</source>
        <translation>impossible de créer le dossier de récupération %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>impossible de verrouiller %1</translation>
    </message>
    <message>
        <source>no recovery session</source>
        <translation>aucune session de récupération</translation>
    </message>
</context>
<context>
    <name>Bootlace::ScriptImporter</name>
    <message>
        <source>a condition Bootlace cannot read</source>
        <translation>une condition que Bootlace ne sait pas lire</translation>
    </message>
    <message>
        <source>the condition `%1` is not a Bootlace platform condition</source>
        <translation>la condition `%1` n’est pas une condition de plateforme de Bootlace</translation>
    </message>
    <message>
        <source>a conditional item line not of the form `iseq ${platform} ... &amp;&amp; item ... ||`</source>
        <translation>une ligne item conditionnelle qui n’a pas la forme `iseq ${platform} ... &amp;&amp; item ... ||`</translation>
    </message>
    <message>
        <source>`--key` without a key</source>
        <translation>`--key` sans touche</translation>
    </message>
    <message>
        <source>the item option `%1`</source>
        <translation>l’option d’item `%1`</translation>
    </message>
    <message>
        <source>a gap with `--key` or `--default`</source>
        <translation>un espace avec `--key` ou `--default`</translation>
    </message>
    <message>
        <source>the hotkey `%1` is not one printable character</source>
        <translation>le raccourci `%1` n’est pas un seul caractère imprimable</translation>
    </message>
    <message>
        <source>the item text has characters Bootlace would change</source>
        <translation>le texte de l’élément contient des caractères que Bootlace modifierait</translation>
    </message>
    <message>
        <source>the item name `%1` uses a variable</source>
        <translation>le nom d’élément `%1` utilise une variable</translation>
    </message>
    <message>
        <source>the item name `%1` is not a valid Bootlace id</source>
        <translation>le nom d’élément `%1` n’est pas un identifiant Bootlace valide</translation>
    </message>
    <message>
        <source>removed a byte order mark at the start (iPXE would not recognise `#!ipxe` after it)</source>
        <translation>une indication d’ordre des octets au début a été supprimée (iPXE ne reconnaîtrait pas `#!ipxe` après elle)</translation>
    </message>
    <message>
        <source>the script is empty</source>
        <translation>le script est vide</translation>
    </message>
    <message>
        <source>the input contains NUL bytes; it is binary data, not an iPXE script</source>
        <translation>l’entrée contient des octets NUL&#xa0;; ce sont des données binaires, pas un script iPXE</translation>
    </message>
    <message>
        <source>the input looks like binary data, not an iPXE script</source>
        <translation>l’entrée ressemble à des données binaires, pas à un script iPXE</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ended in a backslash that joined nothing; it was dropped</source>
        <translation>
            <numerusform>%n ligne se terminait par une barre oblique inverse qui ne joignait rien&#xa0;; elle a été supprimée</numerusform>
            <numerusform>%n lignes se terminaient par une barre oblique inverse qui ne joignait rien&#xa0;; elles ont été supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>the script does not start with `#!ipxe`; iPXE would not run it as a script</source>
        <translation>le script ne commence pas par `#!ipxe`&#xa0;; iPXE ne l’exécuterait pas comme un script</translation>
    </message>
    <message>
        <source>the menu at the top of the script has no label; named it &apos;%1&apos;</source>
        <translation>le menu en haut du script n’a pas d’étiquette&#xa0;; il a été nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>menu %1, item list</source>
        <translation>menu %1, liste des éléments</translation>
    </message>
    <message>
        <source>lines in the item list that are not item lines</source>
        <translation>lignes de la liste des éléments qui ne sont pas des lignes item</translation>
    </message>
    <message>
        <source>menu %1: item `%2` opens the menu `%2`; imported as the submenu item `%3`</source>
        <translation>menu %1&#xa0;: l’élément `%2` ouvre le menu `%2`&#xa0;; importé comme élément de sous-menu `%3`</translation>
    </message>
    <message>
        <source>item `%1` is commented out but its block is not</source>
        <translation>l’élément `%1` est commenté mais pas son bloc</translation>
    </message>
    <message>
        <source>the block of item `%1` is commented out</source>
        <translation>le bloc de l’élément `%1` est commenté</translation>
    </message>
    <message>
        <source>item `%1` has no label block `:%1` (before the epilogue)</source>
        <translation>l’élément `%1` n’a pas de bloc d’étiquette `:%1` (avant l’épilogue)</translation>
    </message>
    <message>
        <source>the label line `:%1` has commands on it</source>
        <translation>la ligne d’étiquette `:%1` contient des commandes</translation>
    </message>
    <message>
        <source>menu %1: item `%2` runs the same block as an earlier item; imported as `%3` with a copy of the block</source>
        <translation>menu %1&#xa0;: l’élément `%2` exécute le même bloc qu’un élément précédent&#xa0;; importé comme `%3` avec une copie du bloc</translation>
    </message>
    <message>
        <source>menu %1: title &quot;%2&quot; imported as &quot;%3&quot;</source>
        <translation>menu %1&#xa0;: titre «&#xa0;%2&#xa0;» importé comme «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>lines between the label and `menu` (they now run after `menu`)</source>
        <translation>lignes entre l’étiquette et `menu` (elles s’exécutent maintenant après `menu`)</translation>
    </message>
    <message>
        <source>an item line Bootlace cannot read: %1</source>
        <translation>une ligne item que Bootlace ne sait pas lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>menu %1, line %2: `choose` options not imported: %3</source>
        <translation>menu %1, ligne %2&#xa0;: options de `choose` non importées&#xa0;: %3</translation>
    </message>
    <message>
        <source>menu %1: the default `%2` is not an item id; the menu has no default now</source>
        <translation>menu %1&#xa0;: la valeur par défaut `%2` n’est pas un identifiant d’élément&#xa0;; le menu n’a plus d’entrée par défaut</translation>
    </message>
    <message>
        <source>menu %1: the timeout `%2` is not a number of milliseconds; the menu now waits for a choice</source>
        <translation>menu %1&#xa0;: le délai `%2` n’est pas un nombre de millisecondes&#xa0;; le menu attend maintenant un choix</translation>
    </message>
    <message>
        <source>menu %1: `choose` has no setting name</source>
        <translation>menu %1&#xa0;: `choose` n’a pas de nom de paramètre</translation>
    </message>
    <message>
        <source>menu %1: the choice was stored in ${%2}; Bootlace stores it in ${%3}</source>
        <translation>menu %1&#xa0;: le choix était stocké dans ${%2}&#xa0;; Bootlace le stocke dans ${%3}</translation>
    </message>
    <message>
        <source>menu %1, line %2: the `choose` line `%3` does more than Bootlace keeps</source>
        <translation>menu %1, ligne %2&#xa0;: la ligne `choose` `%3` fait plus que ce que Bootlace conserve</translation>
    </message>
    <message>
        <source>menu %1: Escape ended the script with an error; it now leaves the script (`exit`)</source>
        <translation>menu %1&#xa0;: Échap terminait le script avec une erreur&#xa0;; désormais, il quitte le script (`exit`)</translation>
    </message>
    <message>
        <source>menu %1: Escape ended the script with an error; it now goes to the root menu %2</source>
        <translation>menu %1&#xa0;: Échap terminait le script avec une erreur&#xa0;; désormais, il va au menu racine %2</translation>
    </message>
    <message>
        <source>menu %1: Escape ran on with the next line; it now leaves the script (`exit`)</source>
        <translation>menu %1&#xa0;: Échap continuait à la ligne suivante&#xa0;; désormais, il quitte le script (`exit`)</translation>
    </message>
    <message>
        <source>menu %1: Escape ran on with the next line; it now goes to the root menu %2</source>
        <translation>menu %1&#xa0;: Échap continuait à la ligne suivante&#xa0;; désormais, il va au menu racine %2</translation>
    </message>
    <message>
        <source>menu %1: Escape ran `%2`; it now leaves the script (`exit`)</source>
        <translation>menu %1&#xa0;: Échap exécutait `%2`&#xa0;; désormais, il quitte le script (`exit`)</translation>
    </message>
    <message>
        <source>menu %1: Escape ran `%2`; it now goes to the root menu %3</source>
        <translation>menu %1&#xa0;: Échap exécutait `%2`&#xa0;; désormais, il va au menu racine %3</translation>
    </message>
    <message>
        <source>menu %1, lines %2-%3: commands after `choose` were not imported: %4</source>
        <translation>menu %1, lignes %2 à %3&#xa0;: les commandes après `choose` n’ont pas été importées&#xa0;: %4</translation>
    </message>
    <message>
        <source>menu %1: no `goto ${%2}` after `choose`; Bootlace jumps to the chosen item</source>
        <translation>menu %1&#xa0;: pas de `goto ${%2}` après `choose`&#xa0;; Bootlace saute à l’élément choisi</translation>
    </message>
    <message>
        <source>menu %1, entry &apos;%2&apos;</source>
        <translation>menu %1, entrée &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: it ran on into the next block; added `%2` to keep that</source>
        <translation>%1&#xa0;: continuait dans le bloc suivant&#xa0;; `%2` a été ajouté pour le conserver</translation>
    </message>
    <message>
        <source>%1: it ran on into the epilogue, which it no longer does</source>
        <translation>%1&#xa0;: continuait dans l’épilogue, ce qui n’est plus le cas</translation>
    </message>
    <message>
        <source>its commands do not match a Bootlace entry kind</source>
        <translation>ses commandes ne correspondent à aucun type d’entrée de Bootlace</translation>
    </message>
    <message>
        <source>its commands do not match a Bootlace entry kind (includes %1, which it runs on into)</source>
        <translation>ses commandes ne correspondent à aucun type d’entrée de Bootlace (inclut %1, dans lequel il continue)</translation>
    </message>
    <message>
        <source>the script has no menu: created menu &apos;%1&apos; with one entry &apos;%2&apos; (%3) that runs its commands; the menu waits for a choice</source>
        <translation>le script n’a pas de menu&#xa0;: menu &apos;%1&apos; créé avec une entrée &apos;%2&apos; (%3) qui exécute ses commandes&#xa0;; le menu attend un choix</translation>
    </message>
    <message>
        <source>preamble: it ran on into the block `:%1`; added `%2` to keep that</source>
        <translation>préambule&#xa0;: continuait dans le bloc `:%1`&#xa0;; `%2` a été ajouté pour le conserver</translation>
    </message>
    <message>
        <source>preamble</source>
        <translation>préambule</translation>
    </message>
    <message>
        <source>commands before the first menu are kept as raw script</source>
        <translation>les commandes avant le premier menu sont conservées comme script brut</translation>
    </message>
    <message>
        <source>epilogue: the block `:%1` ran on into the next block; added `%2` to keep that</source>
        <translation>épilogue&#xa0;: le bloc `:%1` continuait dans le bloc suivant&#xa0;; `%2` a été ajouté pour le conserver</translation>
    </message>
    <message>
        <source>the commented-out block `:%1` belongs to no commented-out item</source>
        <translation>le bloc commenté `:%1` n’appartient à aucun élément commenté</translation>
    </message>
    <message>
        <source>a second block `:%1` (iPXE&apos;s goto only finds the first)</source>
        <translation>un second bloc `:%1` (le goto d’iPXE ne trouve que le premier)</translation>
    </message>
    <message>
        <source>no menu item opens the block `:%1`</source>
        <translation>aucun élément de menu n’ouvre le bloc `:%1`</translation>
    </message>
    <message>
        <source>epilogue</source>
        <translation>épilogue</translation>
    </message>
    <message>
        <source>raw script after the epilogue marker</source>
        <translation>script brut après le marqueur d’épilogue</translation>
    </message>
    <message>
        <source>the script has no menu and no commands</source>
        <translation>le script n’a ni menu ni commande</translation>
    </message>
    <message numerus="yes">
        <source>%n comment line(s) outside raw script were not imported (line %1)</source>
        <translation>
            <numerusform>%n ligne de commentaire hors script brut n’a pas été importée (ligne %1)</numerusform>
            <numerusform>%n lignes de commentaire hors script brut n’ont pas été importées (lignes %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::ScriptView</name>
    <message>
        <source>Line numbers</source>
        <translation>Numéros de ligne</translation>
    </message>
</context>
<context>
    <name>Bootlace::SourceResolver</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Bootlace::TestBootJob</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>the test-boot helper scripts (share/bootlace/testboot; reinstall Bootlace)</source>
        <translation>les scripts d’aide au démarrage de test (share/bootlace/testboot&#xa0;; réinstallez Bootlace)</translation>
    </message>
    <message>
        <source>A test boot needs QEMU, iPXE and OVMF; missing: %1.</source>
        <translation>Un démarrage de test nécessite QEMU, iPXE et OVMF&#xa0;; manquant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A test boot needs QEMU, iPXE and OVMF; missing: %1. Install with: sudo apt-get install --no-install-recommends %2 (Debian packages for both platforms: qemu-system-x86 ipxe ovmf)</source>
        <translation>Un démarrage de test nécessite QEMU, iPXE et OVMF&#xa0;; manquant&#xa0;: %1. Installez avec&#xa0;: sudo apt-get install --no-install-recommends %2 (paquets Debian pour les deux plateformes&#xa0;: qemu-system-x86 ipxe ovmf)</translation>
    </message>
    <message>
        <source>the project has no menu</source>
        <translation>le projet n’a pas de menu</translation>
    </message>
    <message>
        <source>the root menu shows no entry on this platform</source>
        <translation>le menu racine n’affiche aucune entrée sur cette plateforme</translation>
    </message>
    <message>
        <source>no entry &quot;%1&quot; is shown on the %2 platform</source>
        <translation>aucune entrée «&#xa0;%1&#xa0;» n’est affichée sur la plateforme %2</translation>
    </message>
    <message>
        <source>cannot reach entry &quot;%1&quot; with the arrow keys</source>
        <translation>impossible d’atteindre l’entrée «&#xa0;%1&#xa0;» avec les flèches</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the menu: %1</source>
        <translation>impossible d’écrire le menu&#xa0;: %1</translation>
    </message>
    <message>
        <source>kernel started (console: &quot;%1&quot;)</source>
        <translation>noyau démarré (console&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>kernel started with arguments: %1</source>
        <translation>noyau démarré avec les arguments&#xa0;: %1</translation>
    </message>
    <message>
        <source>boot sector started (%1)</source>
        <translation>secteur d’amorçage démarré (%1)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>timeout after %1 s: nothing was booted</source>
        <translation>délai dépassé après %1 s&#xa0;: rien n’a démarré</translation>
    </message>
    <message>
        <source>timeout after %1 s: nothing was booted; console errors:
%2</source>
        <translation>délai dépassé après %1 s&#xa0;: rien n’a démarré&#xa0;; erreurs de la console&#xa0;:
%2</translation>
    </message>
    <message>
        <source>the menu script failed (%1)</source>
        <translation>le script du menu a échoué (%1)</translation>
    </message>
    <message>
        <source>the menu script returned without booting anything</source>
        <translation>le script du menu s’est terminé sans rien démarrer</translation>
    </message>
    <message>
        <source>the test-boot harness failed (exit %1): %2</source>
        <translation>l’environnement de démarrage de test a échoué (code de sortie %1)&#xa0;: %2</translation>
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
        <translation>Seul le menu est servi</translation>
    </message>
    <message>
        <source>Files in this folder are served to the VM next to the menu, read-only.</source>
        <translation>Les fichiers de ce dossier sont servis à la VM à côté du menu, en lecture seule.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder to serve</source>
        <translation>Choisir le dossier à servir</translation>
    </message>
    <message>
        <source>Folder to Serve</source>
        <translation>Dossier à servir</translation>
    </message>
    <message>
        <source>This variable points at the served folder during the test boot (%1).</source>
        <translation>Cette variable pointe vers le dossier servi pendant le démarrage de test (%1).</translation>
    </message>
    <message>
        <source>Fetch other http(s) URLs through Bootlace</source>
        <translation>Récupérer les autres URL http(s) via Bootlace</translation>
    </message>
    <message>
        <source>The VM reaches nothing but Bootlace&apos;s loopback server. With this on, the server fetches the project&apos;s remote URLs from this computer&apos;s network and passes them on.</source>
        <translation>La VM n’atteint que le serveur local de Bootlace. Avec cette option, le serveur récupère les URL distantes du projet par le réseau de cet ordinateur et les transmet.</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Served &amp;folder:</source>
        <translation>&amp;Dossier servi&#xa0;:</translation>
    </message>
    <message>
        <source>Serve it as &amp;variable:</source>
        <translation>Le servir comme &amp;variable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Press Start to boot the menu in real iPXE.
Then click here and use the arrow keys, Enter and the hotkeys.</source>
        <translation>Appuyez sur «&#xa0;Démarrer&#xa0;» pour démarrer le menu dans un vrai iPXE.
Cliquez ensuite ici et utilisez les flèches, Entrée et les raccourcis.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Console série</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Requêtes</translation>
    </message>
    <message>
        <source>Serial &amp;Console</source>
        <translation>&amp;Console série</translation>
    </message>
    <message>
        <source>Running. Click the screen, then use the arrow keys, Enter and the hotkeys.</source>
        <translation>En cours. Cliquez sur l’écran, puis utilisez les flèches, Entrée et les raccourcis.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Starting QEMU…</source>
        <translation>Démarrage de QEMU…</translation>
    </message>
    <message>
        <source>Kernel started: %1</source>
        <translation>Noyau démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Booted: %1</source>
        <translation>Démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The boot failed: %1</source>
        <translation>Le démarrage a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The VM was stopped at its time limit.</source>
        <translation>La VM a été arrêtée à sa limite de temps.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The test boot could not run: %1</source>
        <translation>Le démarrage de test n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The VM has ended. Press Start to boot again.</source>
        <translation>La VM s’est terminée. Appuyez sur «&#xa0;Démarrer&#xa0;» pour démarrer à nouveau.</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Redé&amp;marrer</translation>
    </message>
</context>
<context>
    <name>Bootlace::VmScreenWidget</name>
    <message>
        <source>Virtual machine screen</source>
        <translation>Écran de la machine virtuelle</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored for “%1” in the keychain.</source>
        <translation>Aucun secret n’est enregistré pour «&#xa0;%1&#xa0;» dans le trousseau.</translation>
    </message>
    <message>
        <source>No keychain is available. %1</source>
        <translation>Aucun trousseau n’est disponible. %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Windows Credential Manager could not be reached.</source>
        <translation>Le Gestionnaire d’identification Windows est injoignable.</translation>
    </message>
    <message>
        <source>The macOS Keychain could not be reached.</source>
        <translation>Le trousseau macOS est injoignable.</translation>
    </message>
    <message>
        <source>Install and start a Secret Service provider such as GNOME Keyring (package gnome-keyring) or KWallet, and make sure a D-Bus session bus is running. Nothing was saved in plain text.</source>
        <translation>Installez et démarrez un fournisseur Secret Service comme GNOME Keyring (paquet gnome-keyring) ou KWallet, et assurez-vous qu’un bus de session D-Bus fonctionne. Rien n’a été enregistré en clair.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). %2</source>
        <translation>Aucun trousseau n’est disponible (%1). %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit, check and publish iPXE boot menus.</source>
        <translation>Modifier, vérifier et publier des menus de démarrage iPXE.</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>Fichier de projet à ouvrir.</translation>
    </message>
</context>
</TS>
