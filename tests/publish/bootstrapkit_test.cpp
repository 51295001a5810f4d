#include "publish/bootstrapkit.h"

#include "ipxe/buildprofile.h"
#include "ipxe/linter.h"

#include <QTest>

using namespace Bootlace;

class BootstrapKitTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptChainsTheMenuAndRetries()
    {
        const QString s = BootstrapKit::script(QStringLiteral("http://boot.lan/ipxe/menu.ipxe"));
        QVERIFY(s.startsWith(QLatin1String("#!ipxe\n")));
        QVERIFY(s.contains(QLatin1String("\ndhcp || goto wait\n")));
        QVERIFY(s.contains(QLatin1String("\nchain --autofree http://boot.lan/ipxe/menu.ipxe || goto wait\n")));
        QVERIFY(s.contains(QLatin1String("\ngoto retry\n")));
    }

    // The script must be clean for the stock Debian build and the full one.
    void scriptLintsClean_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("debian") << QStringLiteral("debian");
        QTest::newRow("full") << QStringLiteral("full");
    }
    void scriptLintsClean()
    {
        QFETCH(QString, profile);
        const QList<Diagnostic> d = Linter::lint(BootstrapKit::script(QStringLiteral("http://10.0.0.5/menu.ipxe")),
                                                 BuildProfile::byName(profile));
        QStringList texts;
        for (const Diagnostic &x : d)
            texts << x.toString();
        QVERIFY2(d.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
    }

    // A URL cannot smuggle a second command into the script.
    void urlIsOneWord()
    {
        const QString s = BootstrapKit::script(QStringLiteral("http://x/a b\nshell"));
        QVERIFY(s.contains(QLatin1String("chain --autofree http://x/a%20b%0Ashell || goto wait")));
    }

    void dhcpSnippetsBreakTheLoop_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("needles");
        QTest::newRow("dnsmasq") << QStringLiteral("dnsmasq")
                                 << QStringList{QStringLiteral("dhcp-userclass=set:ipxe,iPXE"),
                                                QStringLiteral("dhcp-boot=tag:ipxe,http://b/menu.ipxe"),
                                                QStringLiteral("dhcp-boot=tag:!ipxe,tag:!efi64,undionly.kpxe,,10.0.0.5")};
        QTest::newRow("isc") << QStringLiteral("isc")
                             << QStringList{QStringLiteral("option user-class = \"iPXE\""),
                                            QStringLiteral("filename \"http://b/menu.ipxe\";"),
                                            QStringLiteral("next-server 10.0.0.5;")};
        QTest::newRow("kea") << QStringLiteral("kea")
                             << QStringList{QStringLiteral("substring(option[77].hex,0,4) == 'iPXE'"),
                                            QStringLiteral("\"boot-file-name\": \"http://b/menu.ipxe\""),
                                            QStringLiteral("\"boot-file-name\": \"ipxe.efi\"")};
        QTest::newRow("pfsense") << QStringLiteral("pfsense")
                                 << QStringList{QStringLiteral("Next Server:              10.0.0.5"),
                                                QStringLiteral("EMBED=bootstrap.ipxe"), QStringLiteral("http://b/menu.ipxe")};
    }
    void dhcpSnippetsBreakTheLoop()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, needles);
        BootstrapKit::Dhcp dhcp;
        QVERIFY(BootstrapKit::parseDhcp(kind, &dhcp));
        const QString s = BootstrapKit::dhcpSnippet(dhcp, QStringLiteral("http://b/menu.ipxe"), QStringLiteral("10.0.0.5"));
        for (const QString &n : needles)
            QVERIFY2(s.contains(n), qPrintable(n + QStringLiteral(" not in:\n") + s));
    }

    void unknownDhcp()
    {
        BootstrapKit::Dhcp dhcp;
        QVERIFY(!BootstrapKit::parseDhcp(QStringLiteral("windows"), &dhcp));
    }
};

QTEST_GUILESS_MAIN(BootstrapKitTest)
#include "bootstrapkit_test.moc"
