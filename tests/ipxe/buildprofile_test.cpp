#include "ipxe/buildprofile.h"

#include <QTest>

using namespace Bootlace;

class BuildProfileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        QCOMPARE(BuildProfile::names(),
            QStringList({ QStringLiteral("debian"), QStringLiteral("full") }));
        for (const QString &name : BuildProfile::names()) {
            bool ok = false;
            const BuildProfile p = BuildProfile::byName(name, &ok);
            QVERIFY(ok);
            QVERIFY(p.isValid());
            QCOMPARE(p.name(), name);
            QVERIFY(!p.displayName().isEmpty());
        }
    }

    void byName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // empty: unknown
        QTest::newRow("debian") << QStringLiteral("debian") << QStringLiteral("debian");
        QTest::newRow("full") << QStringLiteral("full") << QStringLiteral("full");
        QTest::newRow("case") << QStringLiteral("Debian") << QStringLiteral("debian");
        QTest::newRow("spaces") << QStringLiteral(" full ") << QStringLiteral("full");
        QTest::newRow("unknown") << QStringLiteral("ubuntu") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void byName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        bool ok = !expected.isEmpty(); // must be overwritten
        const BuildProfile p = BuildProfile::byName(name, &ok);
        QCOMPARE(ok, !expected.isEmpty());
        QCOMPARE(p.isValid(), !expected.isEmpty());
        QCOMPARE(p.name(), expected);
        if (expected.isEmpty()) {
            QVERIFY(p.commands().isEmpty());
            QVERIFY(!p.supportsHttps());
        }
        QVERIFY(BuildProfile::byName(name) == p); // ok is optional
    }

    // Exactly what `help` lists in Debian 12's iPXE (reference/ipxe-in-qemu.md, section 5).
    void debianCommands()
    {
        QStringList expected = QStringLiteral("config cpuid dhcp pxebs ifopen ifclose ifstat "
                                              "ifconf imgfetch module initrd kernel chain "
                                              "imgselect imgload imgargs imgexec boot imgstat "
                                              "imgfree login menu item choose show set clear "
                                              "read inc reboot route sanhook sanboot sanunhook "
                                              "prompt goto shell help sync autoboot sleep "
                                              "iseq isset exit echo ibstat iwstat iwlist")
                                   .split(QLatin1Char(' '));
        std::sort(expected.begin(), expected.end());
        QCOMPARE(BuildProfile::byName(QStringLiteral("debian")).commands(), expected);
        QVERIFY(!BuildProfile::byName(QStringLiteral("debian")).supportsHttps());
    }

    void notInDebian_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : { "poweroff", "params", "param", "ntp", "console", "colour", "cpair",
                 "imgverify", "imgtrust", "ping", "nslookup", "ipstat", "vcreate", "vdestroy",
                 "certstat", "certstore", "certfree", "imgextract", "imgmem", "shim", "time",
                 "pciscan", "fcstat", "fcels" })
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void notInDebian()
    {
        QFETCH(QString, command);
        QVERIFY(BuildProfile::isKnownCommand(command));
        QVERIFY(!BuildProfile::byName(QStringLiteral("debian")).hasCommand(command));
        QVERIFY(BuildProfile::byName(QStringLiteral("full")).hasCommand(command));
    }

    void fullIsASupersetOfDebian()
    {
        const BuildProfile debian = BuildProfile::byName(QStringLiteral("debian"));
        const BuildProfile full = BuildProfile::byName(QStringLiteral("full"));
        QVERIFY(full.supportsHttps());
        for (const QString &c : debian.commands())
            QVERIFY2(full.hasCommand(c), qPrintable(c));
        QVERIFY(full.commands().size() > debian.commands().size());
    }

    void everyProfileCommandIsKnown()
    {
        const QStringList known = BuildProfile::knownCommands();
        QVERIFY(std::is_sorted(known.cbegin(), known.cend()));
        QCOMPARE(QSet<QString>(known.cbegin(), known.cend()).size(), known.size());
        for (const QString &name : BuildProfile::names()) {
            for (const QString &c : BuildProfile::byName(name).commands())
                QVERIFY2(BuildProfile::isKnownCommand(c), qPrintable(name + QLatin1Char('/') + c));
        }
    }

    void unknownCommands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("typo") << QStringLiteral("menuu");
        QTest::newRow("case") << QStringLiteral("Menu"); // iPXE compares command names exactly
        QTest::newRow("empty") << QString();
        QTest::newRow("shell-ism") << QStringLiteral("if");
    }
    void unknownCommands()
    {
        QFETCH(QString, command);
        QVERIFY(!BuildProfile::isKnownCommand(command));
        for (const QString &name : BuildProfile::names())
            QVERIFY(!BuildProfile::byName(name).hasCommand(command));
    }

    // Debug-only commands are known (so they are not "unknown") but not part of "full".
    void debugCommandsAreKnownButNotInFull()
    {
        QVERIFY(BuildProfile::isKnownCommand(QStringLiteral("gdbstub")));
        QVERIFY(
            !BuildProfile::byName(QStringLiteral("full")).hasCommand(QStringLiteral("gdbstub")));
    }
};

QTEST_GUILESS_MAIN(BuildProfileTest)
#include "buildprofile_test.moc"
