#pragma once

#include <QString>
#include <QStringList>

namespace Bootlace {

// The pieces an admin needs once to make machines boot the published menu: the small script
// to embed into an iPXE binary (`make bin/undionly.kpxe EMBED=bootstrap.ipxe`) and DHCP server
// snippets that hand out the iPXE binary to plain PXE clients and the menu URL to iPXE itself.
// The snippets break the DHCP loop by recognising iPXE's user class "iPXE": without that,
// iPXE would be handed iPXE again forever.
class BootstrapKit final
{
public:
    enum class Dhcp { Dnsmasq, IscDhcpd, Kea, PfSense };

    // `#!ipxe`, `dhcp`, `chain --autofree <menuUrl>`, retried every few seconds on failure.
    static QString script(const QString &menuUrl);

    // tftpServer: the TFTP server's address for the iPXE binaries (next-server).
    static QString dhcpSnippet(Dhcp kind, const QString &menuUrl, const QString &tftpServer);

    static QStringList dhcpNames(); // "dnsmasq", "isc", "kea", "pfsense"
    static bool parseDhcp(const QString &name, Dhcp *kind);

    // The file names of the iPXE binaries the snippets hand out.
    static QString biosBinary() { return QStringLiteral("undionly.kpxe"); }
    static QString efiBinary() { return QStringLiteral("ipxe.efi"); }
};

} // namespace Bootlace
