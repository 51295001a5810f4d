<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Bootlace::Languages</name>
    <message>
        <source>System default</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n menu(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Insert %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
