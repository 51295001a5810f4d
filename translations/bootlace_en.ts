<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Bootlace::ArtifactCache</name>
    <message>
        <source>Cannot create the artifact cache in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into the artifact cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactCheck</name>
    <message>
        <source>The artifacts of job %1 are past their expiry but still kept (the latest build of a branch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifacts of job %1 are gone (expired, erased or deleted); update the entry to a newer build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactEntry</name>
    <message>
        <source>%1 (%2, job %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactListing</name>
    <message>
        <source>The server sent part of the artifacts archive without saying which part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifacts archive is not a zip file (no end of central directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifacts archive is a ZIP64 file, which Bootlace cannot list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central directory is not in the archive&apos;s tail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifacts archive&apos;s central directory is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactMirror</name>
    <message>
        <source>Target &quot;%1&quot; is a TFTP server, which cannot create the folders mirrored artifacts go into. Publish entries of private projects to a directory, WebDAV or SFTP target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; has no HTTP base URL, so machines could not fetch the mirrored artifacts of %2 from it. Set the address clients reach its files at in the target&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write to the artifact cache (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes arrived, the server announced %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the download differs from the copy mirrored before (SHA-256 %2 instead of %3); it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ArtifactSource</name>
    <message>
        <source>The artifacts of job %1 expire today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The artifacts of job %1 expire in %n day(s).</source>
        <translation>
            <numerusform>The artifacts of job %1 expire in %n day.</numerusform>
            <numerusform>The artifacts of job %1 expire in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifacts of job %1 expired on %2; they may be gone (GitLab keeps only the latest successful pipeline of a branch).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2 (the previous file was kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2 (the previous file was kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::BootstrapKitDialog</name>
    <message>
        <source>Bootstrap Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnsmasq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISC dhcpd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pfSense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the menu server&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DHCP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TFTP server (iPXE binaries):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script to embed (make bin/undionly.kpxe EMBED=bootstrap.ipxe):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP server configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target says where clients load the menu from: give one an HTTP base URL (Project &gt; Publish Targets).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::BuildProfile</name>
    <message>
        <source>Debian 12 stock iPXE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE with all common options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::Commands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit publish targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Update %n entry(s) to job %1</source>
        <translation>
            <numerusform>Update %n entry to job %1</numerusform>
            <numerusform>Update %n entries to job %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::CurlTransport</name>
    <message>
        <source>the server refused the user name or password (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied by the server (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot create the folder (HTTP 409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no room for the file (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not store the file (HTTP 500). A full disk or a folder the server may not write to are the usual causes; its error log says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: the server is down or unreachable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the user name, password or key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s identity could not be verified (%1). Check its certificate or host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: the TFTP server refused the request (%1). Is the folder writable for the server, and does it allow creating files (tftpd-hpa --create)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied by the server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist on the server (TFTP cannot create folders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied by the server (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the TFTP server %1: it is down or a firewall drops the packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the transfer stalled and was given up after %n second(s) (%1).</source>
        <translation>
            <numerusform>the transfer stalled and was given up after %n second (%1).</numerusform>
            <numerusform>the transfer stalled and was given up after %n seconds (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection broke during the transfer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcurl could not start a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to %2: the server&apos;s disk is full (%3 free, %4 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 into place on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::DiagnosticsPane</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the generated script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::DirectoryTransport</name>
    <message>
        <source>The folder %1 does not exist (is the share mounted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file to publish: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: cannot create the folder %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: cannot replace %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: cannot create the folder %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: cannot replace %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabAccounts</name>
    <message>
        <source>No token for %1: set %2 or save one with “bootlace-cli gitlab login”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabAccountsDialog</name>
    <message>
        <source>GitLab accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal access token with the read_api scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a personal access token with the read_api scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” of %2 (%3). Scopes: %4. Expires: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabBrowser</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any branch or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the latest successful build of this ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the entry stays pinned to this job. Either way the menu names one job id, so kernel and initrd always come from the same pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a netboot.ipxe, or a kernel followed by its initrds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update entries to this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves every entry made from this project&apos;s job of the same name to the selected job, in one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token for %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GitLab account yet: add one with Project ▸ GitLab accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>%n project.</numerusform>
            <numerusform>%n projects.</numerusform>
        </translation>
    </message>
    <message>
        <source>New successful pipeline #%1 on %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the artifacts of job %1.</source>
        <translation>
            <numerusform>%n file in the artifacts of job %1.</numerusform>
            <numerusform>%n files in the artifacts of job %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry created. %1 is not public: iPXE cannot send a token, so its files will be mirrored to the publish target, and the menu never contains a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry created from job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabInstance</name>
    <message>
        <source>“%1” is not the http(s) address of a GitLab instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabRequest</name>
    <message>
        <source>The GitLab connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GitLab at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>GitLab at %1 did not answer within %n second.</numerusform>
            <numerusform>GitLab at %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach GitLab at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab at %1 sent a redirect without a valid target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects from GitLab at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab at %1 redirected from HTTPS to an insecure address; not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab at %1 answered with something other than a JSON list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab at %1 refused the token: it is expired or revoked (or was never valid). Create a new token with the read_api scope and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab at %1 refused the request: the token is missing a scope (read_api is needed) or your role in the project does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on GitLab at %1: the project, pipeline, job or artifact does not exist, has expired, or the token has no access to it (a private project answers 404 too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab at %1 is rate-limiting requests; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab at %1 answered with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab at %1 sent a different part of the file than was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the download to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab at %1 sent more bytes than it announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from GitLab at %1 broke off after %2 of %3 bytes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::GitlabTokenInfo</name>
    <message>
        <source>The token has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not active (expired or revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the read_api scope: Bootlace cannot list pipelines, jobs or artifacts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>The token expires in %n day, on %1.</numerusform>
            <numerusform>The token expires in %n days, on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::ItemEditor</name>
    <message>
        <source>Loads a kernel and its initrds over the network and boots them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads another iPXE script or boot program (an EFI application, pxelinux, netboot.xyz) and runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots an ISO or disk image over HTTP or iSCSI, or a drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves network boot and starts the system installed on the local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the iPXE command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves iPXE; the firmware carries on with its next boot option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs your own iPXE commands, then returns to the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heading between entries; without text it is a blank line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens another menu of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script lines kept exactly as they were in the menu&apos;s item list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry in the tree to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s name in the script (its label); letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key that chooses this entry directly in the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot&amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled (offered in the menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initrd URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded in this order. Double-click or press F2 to edit a URL; clear it to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move initrd up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move initrd down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nitrds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line breaks are written as spaces: the kernel command line is a single line in the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens &amp;menu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable is not closed: add a &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with http://, https://, tftp://, ftp://, nfs:// or iscsi:, or with a variable such as ${boot-server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE cannot fetch &quot;%1:&quot; URLs; use http, https, tftp, ftp, nfs or iscsi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no server: write %1://server/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of another menu or entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: a blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shown in the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written into the menu&apos;s item list exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE commands run when the entry is chosen; afterwards the menu is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled (written to the script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS drive number; 0x80 is the first hard disk. On UEFI this entry returns to the firmware, which boots its next boot option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional BIOS drive number (such as 0x80) for the image, or, without a URL, the drive to boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a hotkey in iPXE; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in this menu has the same hotkey; the key chooses whichever comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initrd %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a URL, a drive, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing menu &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drive is a number such as 0x80 or 128; this one is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing downloads the artifacts with your GitLab token and puts them next to the menu; the entry then boots from the target&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the files to the publish &amp;targets (needed for private projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror to the publish targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the copy is missing, &amp;fetch from GitLab (public projects only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall back to GitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published menu tries the target&apos;s copy first and GitLab&apos;s URL second. iPXE cannot send a token, so this only helps for public projects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::Languages</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::LatestJobResolver</name>
    <message>
        <source>No successful pipeline of “%1” has a job “%2” with artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::Linter</name>
    <message>
        <source>The script must start with #!ipxe (or #!gpxe) and a line break; otherwise BIOS iPXE runs the file as a PXE program and hangs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that no iPXE build has, usually a typo; iPXE stops with &apos;command not found&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command the selected iPXE build was compiled without (Debian&apos;s stock build has no params, console, colour, imgverify, ntp, poweroff, ping, nslookup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An https:// URL while the selected iPXE build has no HTTPS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goto to a label that does not exist; iPXE ends the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goto without a label name; it fails and ends the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same label twice; goto always jumps to the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label that no goto, menu item or preceding code leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu item without a label of the same name while the menu&apos;s choice is used as goto ${choice}; choosing the item ends the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose --default names an item the menu does not have; iPXE silently preselects the first item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose on a menu without selectable items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two items of one menu with the same --key; the key only ever selects the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL split at a space: iPXE splits words at spaces, so the rest of the URL becomes another argument. Write spaces in URLs as %20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token or password in the script (token query parameters, user:password@ in URLs, GitLab tokens); anyone who can fetch the menu can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIOS-only construct (int 13h drive boot, memdisk, .kpxe/.pxe/.lkrn/.0/undionly images) on a path that a UEFI client can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeout that looks like seconds where iPXE expects milliseconds (choose, prompt, downloads), or like milliseconds where sleep expects seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project names an iPXE build profile the linter does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab personal, project or group access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab deploy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab pipeline trigger token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab runner authentication token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab OAuth application secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab CI/CD job token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab incoming email token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab agent for Kubernetes token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab SCIM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab feature flag client token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab feed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab runner registration token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memdisk only works on BIOS: it emulates a disk through int 13h, but a UEFI client can reach this line. Offer the item only on BIOS or guard the line with &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a BIOS PXE program and cannot start on UEFI, but a UEFI client can reach this line. Offer the item only on BIOS or guard the line with &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a BIOS-only kernel image (no EFI stub), but a UEFI client can reach this line. Offer the item only on BIOS or guard the line with &apos;iseq ${platform} pcbios &amp;&amp;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script starts with a byte order mark, so its first line is not &apos;#!ipxe&apos;: iPXE will not run it as a script (BIOS iPXE executes it as a PXE program and hangs). Save it as UTF-8 without a BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is not &apos;#!ipxe&apos;: iPXE will not run the file as a script (BIOS iPXE executes it as a PXE program and hangs). Make &apos;#!ipxe&apos; the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;#!ipxe&apos; must be followed by a line break: iPXE does not recognise the script otherwise (BIOS iPXE executes it as a PXE program and hangs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 is already defined on line %2; goto and menu items always jump to the first one. Rename or remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goto without a label name fails and ends the script. Name the label to jump to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goto %1: there is no label &apos;:%2&apos;, so iPXE ends the script here. Add the label or fix the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goto %1: there is no label &apos;:%2&apos;, so iPXE ends the script here. Did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep %1 waits %1 seconds (%2 minutes): sleep takes seconds, not milliseconds. Did you mean &apos;sleep %3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available in %2 (build profile &apos;%3&apos;): iPXE stops with &apos;%4: command not found&apos;. Remove it, or target a build that has it (build profile &apos;full&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available in %2 (build profile &apos;%3&apos;): iPXE stops with &apos;%4: command not found&apos;. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1: no iPXE build has it, so iPXE stops with &apos;command not found&apos;. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1: no iPXE build has it, so iPXE stops with &apos;command not found&apos;. Did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This https:// URL cannot be fetched: %1 (build profile &apos;%2&apos;) has no HTTPS support, and the download fails with &apos;Operation not supported&apos;. Use http://, or target a build with HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL starts with ${%1}, which is set to an https:// URL on line %2, so it cannot be fetched: %3 (build profile &apos;%4&apos;) has no HTTPS support, and the download fails with &apos;Operation not supported&apos;. Use http://, or target a build with HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 --timeout %2 is %2 milliseconds: iPXE timeouts are in milliseconds, not seconds. Did you mean %3 (%2 s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the URL %2 looks like the rest of that URL, split at a space (%3 takes one URL). Write the space as %20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the URL %2 looks like the rest of that URL, split at a space (it looks like a path, not an argument of the image). Write the space as %20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the URL %2 looks like the rest of that URL, split at a space (every sanboot argument is a URL of its own). Write the space as %20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanboot --drive %1 without a URL boots a BIOS disk through int 13h and fails on UEFI, but a UEFI client can reach this line. Put &apos;iseq ${platform} efi &amp;&amp; exit ||&apos; before it, guard it with &apos;iseq ${platform} pcbios &amp;&amp;&apos;, or offer the item only on BIOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose shows a menu without selectable items, so it fails. Add items with &apos;item &lt;label&gt; &lt;text&gt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose has no menu to show: no &apos;menu&apos; command comes before it, so it fails. Start the menu with &apos;menu &lt;title&gt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose --default %1: the menu has no such item, so iPXE silently preselects the first item. Use the name of one of the menu&apos;s items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu item %1 has no label &apos;:%2&apos;: choosing it runs &apos;goto ${%3}&apos;, which finds no label and ends the script. Add the label or rename the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey %1 is already used by item %2 on line %3 of this menu; the key only ever selects the first. Choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 is never reached: no goto or menu item leads to it, and the code before it does not fall through. Remove it or jump to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret in the script: %1 (%2). Anyone who can fetch the menu can use it. Remove it and revoke it; mirror private files to the publish target instead of authenticating in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown iPXE build profile %1; the known profiles are %2. The script was checked against &apos;debian&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirrored from GitLab: publishing copies this file to each target and the published menu fetches it from the target&apos;s HTTP base URL, so this build&apos;s missing HTTPS support does not matter there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::MainWindow</name>
    <message>
        <source>Menus and entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a menu or an entry to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file was changed on disk by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu.ipxe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import iPXE Menu...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export menu.ipxe...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Boot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot this menu in real iPXE in a virtual machine (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the &amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the &amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bootlace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Boot — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1-%2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the script were kept as raw script; they run exactly as before.</source>
        <translation>
            <numerusform>%n part of the script was kept as raw script; it runs exactly as before.</numerusform>
            <numerusform>%n parts of the script were kept as raw script; they run exactly as before.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootlace projects (*.bootlace.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootlace was closed unexpectedly with unsaved changes to %1 (autosaved %2).

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootlace projects (*.bootlace.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import iPXE menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE scripts (*.ipxe *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export menu.ipxe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE scripts (*.ipxe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bootlace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bootlace %1&lt;/h3&gt;&lt;p&gt;Edit, check and publish iPXE boot menus.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - Bootlace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes. Reload anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab: new successful pipeline #%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;Targets...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;History...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bootstrap Kit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GitLab Accounts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::MenuEditor</name>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a menu in the tree to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu&apos;s label in the script; submenu links refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown above the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted when the menu opens and chosen when the timeout runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait &amp;forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the time is up, the default entry starts. Pressing any key stops the countdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of another menu or entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename menu %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first menu a client shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by the submenu links that point to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing entry &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::MenuSimulatorWidget</name>
    <message>
        <source>BIOS (x86)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI x86_64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI arm64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated boot menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware and architecture of the simulated client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the root menu with its countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the screen, then: ↑ ↓ Page Up/Down Home End move, Enter chooses, hotkeys choose at once, Esc goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see the commands it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands of the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout chose “%1”, which runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing “%1” runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape cancels the root menu: its choose command fails and the script exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape cancels this menu: the script goes back to the root menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No menu to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client sees no entries: iPXE does not show this menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Highlighted: %2 (%3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen automatically in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chosen automatically in %n seconds.</source>
        <translation>
            <numerusform>Chosen automatically in %n second.</numerusform>
            <numerusform>Chosen automatically in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::NetbootScript</name>
    <message>
        <source>The script has no kernel line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each project&apos;s own build profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE build to check against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work is kept for crash recovery at this interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Bootlace is started the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PreviewPane</name>
    <message>
        <source>Script preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated menu.ipxe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot menu script generated from the project. Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot from local disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no file name yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectFile</name>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hotkey is a single character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown firmware &quot;%1&quot; (expected any, bios or uefi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot; (expected any, i386, x86_64, arm32 or arm64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an initrd must be a URL string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (1-64 of A-Z a-z 0-9 _ . -, not starting with - or .)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project file must contain a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Bootlace project: &quot;schema&quot; (a positive whole number) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project was saved by a newer Bootlace (schema version %1; this version reads up to %2). Update Bootlace to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timeoutMs&quot; must be a whole number of milliseconds between 0 and 86400000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectModel</name>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(blank line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAN boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots from the publish target&apos;s copy of its GitLab artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectSettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target iPXE build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw script before the menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw script after the menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables (written as `set NAME VALUE`, use them as ${NAME}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw script before the first menu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw script after the last menu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name: use letters, digits, _, . and -, not starting with - or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ProjectTreeView</name>
    <message>
        <source>Menus and entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linux Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chain (Load Another Script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SAN Boot (ISO or Disk Image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE S&amp;hell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit to the Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrip&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &amp;Heading or Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmenu Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Linux boot entry after the selected item; the menu offers every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a submenu to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the selected entries in the menu (disabled entries are kept but not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Linux boot entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain-load a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot a disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot from local disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPXE shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit to the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n menu(s)</source>
        <translation>
            <numerusform>Delete %n menu</numerusform>
            <numerusform>Delete %n menus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n item(s)</source>
        <translation>
            <numerusform>Enable %n item</numerusform>
            <numerusform>Enable %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n item(s)</source>
        <translation>
            <numerusform>Disable %n item</numerusform>
            <numerusform>Disable %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Move menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Insert %n item(s)</source>
        <translation>
            <numerusform>Insert %n item</numerusform>
            <numerusform>Insert %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::ProvenanceView</name>
    <message>
        <source>Where the files come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab CI: &lt;a href=&quot;%1/%2&quot;&gt;%2&lt;/a&gt;, ref &lt;b&gt;%3&lt;/b&gt;, pipeline %4, job &lt;a href=&quot;%1/%2/-/jobs/%5&quot;&gt;%5&lt;/a&gt; (%6), commit &lt;tt&gt;%7&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the latest successful build of %1; resolved to a job id when the menu is generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned to this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not public and iPXE cannot send a token, so these files are mirrored to the publish target; the menu never contains a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files are mirrored to the publish target; if a client cannot fetch the copy there, it tries GitLab next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also publish &amp;bootstrap.ipxe (the script to embed in iPXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;anyway, this once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The menu has %n problem(s) that would break booting or leak a secret:</source>
        <translation>
            <numerusform>The menu has %n problem that would break booting or leak a secret:</numerusform>
            <numerusform>The menu has %n problems that would break booting or leak a secret:</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview Changes shows here what each target will get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project first: its publish history is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published and verified (%n file(s))</source>
        <translation>
            <numerusform>Published and verified (%n file)</numerusform>
            <numerusform>Published and verified (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish could not be recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the publish history as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of private GitLab projects will be downloaded and published next to the menu, because iPXE cannot send a token: %1.</source>
        <translation>
            <numerusform>%n file of private GitLab projects will be downloaded and published next to the menu, because iPXE cannot send a token: %1.</numerusform>
            <numerusform>%n files of private GitLab projects will be downloaded and published next to the menu, because iPXE cannot send a token: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the latest builds of the entries that follow a branch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the last known build of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published: a target cannot serve the mirrored artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published: there is no GitLab token for %1 to download the artifacts of its private projects with. Add the account in Project ▸ GitLab Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the artifacts of private GitLab projects...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/s, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; what was downloaded is kept for the next publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published: the artifacts could not be mirrored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mirrored %n artifact file(s)</source>
        <translation>
            <numerusform>Mirrored %n artifact file</numerusform>
            <numerusform>Mirrored %n artifact files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n from the local cache)</source>
        <translation>
            <numerusform>(%n from the local cache)</numerusform>
            <numerusform>(%n from the local cache)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the mirrored artifacts...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishHistory</name>
    <message>
        <source>Cannot store %1 in the publish history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the publish history folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publish &quot;%1&quot; in the history of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history entry %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish history has lost the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishHistoryDialog</name>
    <message>
        <source>Publish History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back to This...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been published from this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same files as the publish before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rollback)</source>
        <comment>appended to the date of a rollback entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  verified</source>
        <comment>appended to a file line whose upload was read back</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishJob</name>
    <message>
        <source>Binary file %1 will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary file %1 will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 reads back differently from what was published (SHA-256 %3 instead of %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishSet</name>
    <message>
        <source>Target &quot;%1&quot; has no HTTP base URL, so the bootstrap script does not know where to load the menu from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (used by %2) was not mirrored, so a menu that needs it is not published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishTarget</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP / WebDAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; needs a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: the file mode must be between 0000 and 0777.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: &quot;%2&quot; is not a %3 URL (e.g. %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: put the user name in its own field, not in the URL; passwords are kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &quot;%1&quot;: the HTTP base URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::PublishTargetsDialog</name>
    <message>
        <source>Publish Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish/  or  tftp://boot.lan/  or  https://web.lan/dav/  or  sftp://boot.lan/srv/tftp/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://boot.lan/ (where clients load the menu from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder or URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two targets are called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::RecoveryStore</name>
    <message>
        <source>cannot create the recovery directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recovery session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::ScriptImporter</name>
    <message>
        <source>a condition Bootlace cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition `%1` is not a Bootlace platform condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conditional item line not of the form `iseq ${platform} ... &amp;&amp; item ... ||`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`--key` without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item option `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gap with `--key` or `--default`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hotkey `%1` is not one printable character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item text has characters Bootlace would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item name `%1` uses a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item name `%1` is not a valid Bootlace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a byte order mark at the start (iPXE would not recognise `#!ipxe` after it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input contains NUL bytes; it is binary data, not an iPXE script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input looks like binary data, not an iPXE script</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ended in a backslash that joined nothing; it was dropped</source>
        <translation>
            <numerusform>%n line ended in a backslash that joined nothing; it was dropped</numerusform>
            <numerusform>%n lines ended in a backslash that joined nothing; they were dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>the script does not start with `#!ipxe`; iPXE would not run it as a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the menu at the top of the script has no label; named it &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1, item list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines in the item list that are not item lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: item `%2` opens the menu `%2`; imported as the submenu item `%3`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item `%1` is commented out but its block is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block of item `%1` is commented out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item `%1` has no label block `:%1` (before the epilogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label line `:%1` has commands on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: item `%2` runs the same block as an earlier item; imported as `%3` with a copy of the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: title &quot;%2&quot; imported as &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines between the label and `menu` (they now run after `menu`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item line Bootlace cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1, line %2: `choose` options not imported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: the default `%2` is not an item id; the menu has no default now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: the timeout `%2` is not a number of milliseconds; the menu now waits for a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: `choose` has no setting name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: the choice was stored in ${%2}; Bootlace stores it in ${%3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1, line %2: the `choose` line `%3` does more than Bootlace keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: Escape ended the script with an error; it now leaves the script (`exit`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: Escape ended the script with an error; it now goes to the root menu %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: Escape ran on with the next line; it now leaves the script (`exit`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: Escape ran on with the next line; it now goes to the root menu %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: Escape ran `%2`; it now leaves the script (`exit`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: Escape ran `%2`; it now goes to the root menu %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1, lines %2-%3: commands after `choose` were not imported: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1: no `goto ${%2}` after `choose`; Bootlace jumps to the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu %1, entry &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it ran on into the next block; added `%2` to keep that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it ran on into the epilogue, which it no longer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its commands do not match a Bootlace entry kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its commands do not match a Bootlace entry kind (includes %1, which it runs on into)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has no menu: created menu &apos;%1&apos; with one entry &apos;%2&apos; (%3) that runs its commands; the menu waits for a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preamble: it ran on into the block `:%1`; added `%2` to keep that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands before the first menu are kept as raw script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epilogue: the block `:%1` ran on into the next block; added `%2` to keep that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commented-out block `:%1` belongs to no commented-out item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second block `:%1` (iPXE&apos;s goto only finds the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no menu item opens the block `:%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epilogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw script after the epilogue marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has no menu and no commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment line(s) outside raw script were not imported (line %1)</source>
        <translation>
            <numerusform>%n comment line outside raw script was not imported (line %1)</numerusform>
            <numerusform>%n comment lines outside raw script were not imported (lines %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootlace::ScriptView</name>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::SourceResolver</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::TestBootJob</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test-boot helper scripts (share/bootlace/testboot; reinstall Bootlace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test boot needs QEMU, iPXE and OVMF; missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test boot needs QEMU, iPXE and OVMF; missing: %1. Install with: sudo apt-get install --no-install-recommends %2 (Debian packages for both platforms: qemu-system-x86 ipxe ovmf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root menu shows no entry on this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry &quot;%1&quot; is shown on the %2 platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach entry &quot;%1&quot; with the arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the menu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel started (console: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel started with arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boot sector started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout after %1 s: nothing was booted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout after %1 s: nothing was booted; console errors:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the menu script failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the menu script returned without booting anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test-boot harness failed (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::TestBootWindow</name>
    <message>
        <source>BIOS (ipxe.lkrn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI x86_64 (OVMF + ipxe.efi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing but the menu is served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in this folder are served to the VM next to the menu, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to Serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This variable points at the served folder during the test boot (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch other http(s) URLs through Bootlace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM reaches nothing but Bootlace&apos;s loopback server. With this on, the server fetches the project&apos;s remote URLs from this computer&apos;s network and passes them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve it as &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to boot the menu in real iPXE.
Then click here and use the arrow keys, Enter and the hotkeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial &amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running. Click the screen, then use the arrow keys, Enter and the hotkeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting QEMU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM was stopped at its time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test boot could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM has ended. Press Start to boot again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootlace::VmScreenWidget</name>
    <message>
        <source>Virtual machine screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored for “%1” in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Credential Manager could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS Keychain could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and start a Secret Service provider such as GNOME Keyring (package gnome-keyring) or KWallet, and make sure a D-Bus session bus is running. Nothing was saved in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit, check and publish iPXE boot menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
