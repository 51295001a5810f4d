#include "publish/bootstrapkit.h"

#include "ipxe/scriptwriter.h"

namespace Bootlace {

QString BootstrapKit::script(const QString &menuUrl)
{
    const QString url = ScriptWriter::encodeUrl(menuUrl);
    return QStringLiteral("#!ipxe\n"
                          "# Bootlace bootstrap: embed into iPXE with\n"
                          "#   make bin/undionly.kpxe bin-x86_64-efi/ipxe.efi EMBED=bootstrap.ipxe\n"
                          "# Loads the boot menu and keeps trying while the network or the server is not ready.\n"
                          ":retry\n"
                          "dhcp || goto wait\n"
                          "chain --autofree %1 || goto wait\n"
                          ":wait\n"
                          "echo Could not load %1, trying again in 5 seconds\n"
                          "sleep 5\n"
                          "goto retry\n")
        .arg(url);
}

QString BootstrapKit::dhcpSnippet(Dhcp kind, const QString &menuUrl, const QString &tftpServer)
{
    const QString server = tftpServer.isEmpty() ? QStringLiteral("192.0.2.10") : tftpServer;
    switch (kind) {
    case Dhcp::Dnsmasq:
        return QStringLiteral(
                   "# dnsmasq: iPXE sends the user class \"iPXE\"; give it the menu, everyone else the iPXE binary.\n"
                   "dhcp-userclass=set:ipxe,iPXE\n"
                   "dhcp-match=set:efi64,option:client-arch,7\n"
                   "dhcp-match=set:efi64,option:client-arch,9\n"
                   "dhcp-boot=tag:ipxe,%1\n"
                   "dhcp-boot=tag:!ipxe,tag:efi64,%3,,%2\n"
                   "dhcp-boot=tag:!ipxe,tag:!efi64,%4,,%2\n")
            .arg(menuUrl, server, efiBinary(), biosBinary());
    case Dhcp::IscDhcpd:
        return QStringLiteral(
                   "# ISC dhcpd (dhcpd.conf): iPXE sends the user class \"iPXE\"; give it the menu, everyone else\n"
                   "# the iPXE binary for its firmware.\n"
                   "option client-arch code 93 = unsigned integer 16;\n"
                   "next-server %2;\n"
                   "if exists user-class and option user-class = \"iPXE\" {\n"
                   "    filename \"%1\";\n"
                   "} elsif option client-arch = 00:07 or option client-arch = 00:09 {\n"
                   "    filename \"%3\";\n"
                   "} else {\n"
                   "    filename \"%4\";\n"
                   "}\n")
            .arg(menuUrl, server, efiBinary(), biosBinary());
    case Dhcp::Kea:
        return QStringLiteral(
                   "// Kea (kea-dhcp4.conf, inside \"Dhcp4\"): iPXE sends the user class \"iPXE\" (option 77);\n"
                   "// give it the menu, everyone else the iPXE binary for its firmware.\n"
                   "\"client-classes\": [\n"
                   "    {\n"
                   "        \"name\": \"ipxe\",\n"
                   "        \"test\": \"substring(option[77].hex,0,4) == 'iPXE'\",\n"
                   "        \"boot-file-name\": \"%1\"\n"
                   "    },\n"
                   "    {\n"
                   "        \"name\": \"efi64\",\n"
                   "        \"test\": \"not member('ipxe') and (option[93].hex == 0x0007 or option[93].hex == 0x0009)\",\n"
                   "        \"next-server\": \"%2\",\n"
                   "        \"boot-file-name\": \"%3\"\n"
                   "    },\n"
                   "    {\n"
                   "        \"name\": \"bios\",\n"
                   "        \"test\": \"not member('ipxe') and not member('efi64')\",\n"
                   "        \"next-server\": \"%2\",\n"
                   "        \"boot-file-name\": \"%4\"\n"
                   "    }\n"
                   "]\n")
            .arg(menuUrl, server, efiBinary(), biosBinary());
    case Dhcp::PfSense:
        return QStringLiteral(
                   "pfSense: Services > DHCP Server > (interface) > Network Booting\n"
                   "  Enable network booting:   checked\n"
                   "  Next Server:              %2\n"
                   "  Default BIOS file name:   %4\n"
                   "  UEFI 64 bit file name:    %3\n"
                   "Build both binaries with the embedded bootstrap script (EMBED=bootstrap.ipxe): the\n"
                   "script chains %1 itself and never boots the file name DHCP hands to iPXE, so the\n"
                   "DHCP loop is broken without a user-class rule (the GUI cannot match user-class \"iPXE\").\n")
            .arg(menuUrl, server, efiBinary(), biosBinary());
    }
    return {};
}

QStringList BootstrapKit::dhcpNames()
{
    return {QStringLiteral("dnsmasq"), QStringLiteral("isc"), QStringLiteral("kea"), QStringLiteral("pfsense")};
}

bool BootstrapKit::parseDhcp(const QString &name, Dhcp *kind)
{
    const qsizetype i = dhcpNames().indexOf(name);
    if (i < 0)
        return false;
    *kind = Dhcp(i);
    return true;
}

} // namespace Bootlace
