#include "model/project.h"

#include <QTest>

using namespace Bootlace;

class ProjectTest final : public QObject
{
    Q_OBJECT

private:
    static Project sample()
    {
        Project p;
        Menu main;
        main.id = QStringLiteral("main");
        Item a;
        a.id = QStringLiteral("debian");
        Item gap;
        gap.kind = Item::Kind::Gap;
        gap.id = QStringLiteral("gap-1");
        main.items << gap << a;
        Menu sub;
        sub.id = QStringLiteral("rescue");
        Item b;
        b.id = QStringLiteral("debian-2");
        sub.items << b;
        p.menus << main << sub;
        return p;
    }

private Q_SLOTS:
    void lookup()
    {
        const Project p = sample();
        QCOMPARE(p.menuIndex(QStringLiteral("rescue")), 1);
        QCOMPARE(p.menuIndex(QStringLiteral("nope")), -1);
        int menuIndex = -1;
        const Item *it = p.findItem(QStringLiteral("debian-2"), &menuIndex);
        QVERIFY(it);
        QCOMPARE(menuIndex, 1);
        QVERIFY(!p.findItem(QStringLiteral("nope")));
        QCOMPARE(p.menu(QStringLiteral("main"))->indexOf(QStringLiteral("debian")), 1);
    }

    void uniqueIdAvoidsMenusAndItems()
    {
        const Project p = sample();
        QCOMPARE(p.uniqueId(QStringLiteral("debian")), QStringLiteral("debian-3"));
        QCOMPARE(p.uniqueId(QStringLiteral("rescue")), QStringLiteral("rescue-2"));
        QCOMPARE(p.uniqueId(QStringLiteral("Fresh Entry")), QStringLiteral("Fresh-Entry"));
    }

    void entryCountSkipsGaps()
    {
        QCOMPARE(sample().entryCount(), 2);
    }

    void equality()
    {
        Project a = sample();
        Project b = sample();
        QCOMPARE(a, b);
        b.menus[0].items[1].platform.firmware = PlatformCondition::Firmware::Uefi;
        QVERIFY(a != b);
    }

    void platformMatching()
    {
        PlatformCondition c;
        QVERIFY(c.matches(PlatformCondition::Firmware::Bios, PlatformCondition::Arch::I386));
        c.firmware = PlatformCondition::Firmware::Uefi;
        c.arch = PlatformCondition::Arch::Arm64;
        QVERIFY(!c.matches(PlatformCondition::Firmware::Uefi, PlatformCondition::Arch::X86_64));
        QVERIFY(c.matches(PlatformCondition::Firmware::Uefi, PlatformCondition::Arch::Arm64));
        QCOMPARE(PlatformCondition::ipxePlatformValue(PlatformCondition::Firmware::Bios), QStringLiteral("pcbios"));
    }
};

QTEST_GUILESS_MAIN(ProjectTest)
#include "project_test.moc"
