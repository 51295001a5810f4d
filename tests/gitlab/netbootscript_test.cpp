#include "gitlab/netbootscript.h"

#include "support/testdata.h"

#include <QTest>

using namespace Bootlace;

class NetbootScriptTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNixosNetbootIpxe()
    {
        const QString text = QString::fromUtf8(Test::TestData::read(Test::TestData::path(QStringLiteral("tests/ipxe/data/foreign/nixos-netboot.ipxe"))));
        QVERIFY(!text.isEmpty());
        const NetbootScript s = NetbootScript::parse(text);
        QVERIFY(s.isValid());
        QCOMPARE(s.kernel, QStringLiteral("bzImage"));
        QCOMPARE(s.initrds, QStringList{QStringLiteral("initrd")});
        QCOMPARE(s.args, QStringLiteral("init=/nix/store/3q1kdc3a2x4y5z6b7n8m9p0r1s2t3v4w-nixos-system-netboot-24.11.20241201.5e4fbfb/init "
                                        "initrd=initrd nohibernate loglevel=4"));
        QVERIFY(s.init().startsWith(QLatin1String("/nix/store/")));
        QVERIFY(s.init().endsWith(QLatin1String("/init")));
    }

    void optionsAndSeveralInitrds()
    {
        const NetbootScript s = NetbootScript::parse(QStringLiteral(
            "#!ipxe\n  kernel --name vmlinuz --timeout 5000 bzImage console=ttyS0\ninitrd -n initrd initrd\nimgfetch extra.cpio\nboot\n"));
        QCOMPARE(s.kernel, QStringLiteral("bzImage"));
        QCOMPARE(s.args, QStringLiteral("console=ttyS0"));
        QCOMPARE(s.initrds, (QStringList{QStringLiteral("initrd"), QStringLiteral("extra.cpio")}));
    }

    void noKernel()
    {
        QString error;
        const NetbootScript s = NetbootScript::parse(QStringLiteral("#!ipxe\necho hi\n"), &error);
        QVERIFY(!s.isValid());
        QVERIFY(error.contains(QLatin1String("no kernel")));
    }
};

QTEST_GUILESS_MAIN(NetbootScriptTest)
#include "netbootscript_test.moc"
