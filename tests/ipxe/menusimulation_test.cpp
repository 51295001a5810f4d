#include "ipxe/menusimulation.h"
#include "ipxe/scriptwriter.h"
#include "model/projectfile.h"
#include "support/testdata.h"

#include <QTest>

using namespace Bootlace;
using Bootlace::Test::TestData;
using Firmware = PlatformCondition::Firmware;
using Arch = PlatformCondition::Arch;

namespace {

Project example()
{
    return ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
}

QStringList ids(const MenuSimulation &sim)
{
    QStringList out;
    for (const MenuSimulation::Row &r : sim.rows())
        out << r.itemId;
    return out;
}

Item entry(const QString &id, const QString &label, const QString &key = QString())
{
    Item it;
    it.kind = Item::Kind::Shell;
    it.id = id;
    it.label = label;
    it.hotkey = key;
    return it;
}

Item gap(const QString &id, const QString &heading = QString())
{
    Item it;
    it.kind = Item::Kind::Gap;
    it.id = id;
    it.label = heading;
    return it;
}

// gap, a, gap, gap, b, c, gap: gaps at both ends and in a run.
Project gappy()
{
    Project p;
    Menu m;
    m.id = QStringLiteral("main");
    m.title = QStringLiteral("Gaps");
    m.items << gap(QStringLiteral("g0"), QStringLiteral("Top")) << entry(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("a"))
            << gap(QStringLiteral("g1")) << gap(QStringLiteral("g2"), QStringLiteral("Middle"))
            << entry(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("B"))
            << entry(QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("b")) << gap(QStringLiteral("g3"));
    p.menus << m;
    return p;
}

} // namespace

class MenuSimulationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsDependOnTheClient_data()
    {
        QTest::addColumn<Firmware>("firmware");
        QTest::addColumn<Arch>("arch");
        QTest::addColumn<QStringList>("expected");
        const QStringList common = { QStringLiteral("gap-boot"), QStringLiteral("local"), QStringLiteral("nixos"),
                                     QStringLiteral("debian") };
        const QStringList tail = { QStringLiteral("gap-more"), QStringLiteral("rescue-tools"),
                                   QStringLiteral("netboot-xyz"), QStringLiteral("ipxe-shell"), QStringLiteral("reboot") };
        QTest::newRow("bios") << Firmware::Bios << Arch::I386 << (common + QStringList { QStringLiteral("memtest") } + tail);
        QTest::newRow("uefi x86_64") << Firmware::Uefi << Arch::X86_64
                                     << (common + QStringList { QStringLiteral("uefi-shell") } + tail);
        QTest::newRow("uefi arm64") << Firmware::Uefi << Arch::Arm64 << (common + tail);
    }

    void rowsDependOnTheClient()
    {
        QFETCH(Firmware, firmware);
        QFETCH(Arch, arch);
        QFETCH(QStringList, expected);
        const MenuSimulation sim(example(), QStringLiteral("main"), firmware, arch);
        QVERIFY(sim.isValid());
        QCOMPARE(ids(sim), expected);
        QCOMPARE(sim.title(), QStringLiteral("Homelab network boot"));
        QCOMPARE(sim.timeoutMs(), 10000);
        QCOMPARE(sim.escapeMenuId(), QString());
        QVERIFY(!sim.rows().at(0).selectable);
        QCOMPARE(sim.rows().at(0).text, QStringLiteral("Boot"));
    }

    void gapIdsInTheExample()
    {
        // The data rows above name the example's gap ids; make sure they are what the file says.
        const Project p = example();
        QCOMPARE(p.menus[0].items[0].kind, Item::Kind::Gap);
        QCOMPARE(p.menus[0].items[0].id, QStringLiteral("gap-boot"));
        QCOMPARE(p.menus[0].items[6].kind, Item::Kind::Gap);
        QCOMPARE(p.menus[0].items[6].id, QStringLiteral("gap-more"));
    }

    void uefiOnlyEntryHiddenForBios()
    {
        const Project p = example();
        QCOMPARE(MenuSimulation(p, QStringLiteral("main"), Firmware::Bios, Arch::I386).rowOf(QStringLiteral("uefi-shell")), -1);
        QVERIFY(MenuSimulation(p, QStringLiteral("main"), Firmware::Uefi, Arch::X86_64).rowOf(QStringLiteral("uefi-shell")) > 0);
    }

    void disabledAndVerbatimItemsAreAbsent()
    {
        Project p = gappy();
        p.menus[0].items[4].enabled = false; // b
        Item raw;
        raw.kind = Item::Kind::Verbatim;
        raw.id = QStringLiteral("raw");
        raw.script = QStringLiteral("item --gap raw heading");
        p.menus[0].items.insert(1, raw);
        const MenuSimulation sim(p, QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(ids(sim), (QStringList { QStringLiteral("g0"), QStringLiteral("a"), QStringLiteral("g1"),
                                          QStringLiteral("g2"), QStringLiteral("c"), QStringLiteral("g3") }));
    }

    void defaultSelection()
    {
        Project p = example();
        MenuSimulation sim(p, QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(sim.rows().at(sim.initialRow()).itemId, QStringLiteral("local"));

        p.menus[0].defaultItem = QStringLiteral("memtest");
        sim = MenuSimulation(p, QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(sim.rows().at(sim.initialRow()).itemId, QStringLiteral("memtest"));
        // A UEFI client has no memtest entry: iPXE falls back to the first entry.
        sim = MenuSimulation(p, QStringLiteral("main"), Firmware::Uefi, Arch::X86_64);
        QCOMPARE(sim.rows().at(sim.initialRow()).itemId, QStringLiteral("local"));

        p.menus[0].defaultItem.clear();
        sim = MenuSimulation(p, QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(sim.initialRow(), 1); // row 0 is the "Boot" heading

        const MenuSimulation rescue(example(), QStringLiteral("rescue"), Firmware::Bios, Arch::I386);
        QCOMPARE(rescue.rows().at(rescue.initialRow()).itemId, QStringLiteral("sysrescue"));
        QCOMPARE(rescue.escapeMenuId(), QStringLiteral("main"));
    }

    void menuWithoutEntries()
    {
        Project p;
        Menu m;
        m.id = QStringLiteral("empty");
        m.items << gap(QStringLiteral("g"));
        p.menus << m;
        const MenuSimulation sim(p, QStringLiteral("empty"), Firmware::Bios, Arch::I386);
        QVERIFY(sim.isValid());
        QVERIFY(!sim.hasSelectableRow());
        QCOMPARE(sim.initialRow(), -1);
        QCOMPARE(sim.move(0, 1), -1);
        QVERIFY(!MenuSimulation(p, QStringLiteral("nope"), Firmware::Bios, Arch::I386).isValid());
    }

    void navigationSkipsGaps()
    {
        const MenuSimulation sim(gappy(), QStringLiteral("main"), Firmware::Bios, Arch::I386);
        // rows: 0 g0, 1 a, 2 g1, 3 g2, 4 b, 5 c, 6 g3
        QCOMPARE(sim.initialRow(), 1);
        QCOMPARE(sim.move(1, +1), 4);  // over two gaps
        QCOMPARE(sim.move(4, -1), 1);
        QCOMPARE(sim.move(1, -1), 1);  // the heading above the first entry bounces back
        QCOMPARE(sim.move(5, +1), 5);  // the trailing gap bounces back
        QCOMPARE(sim.move(4, +1), 5);
        QCOMPARE(sim.firstRow(), 1);
        QCOMPARE(sim.lastRow(), 5);
        QCOMPARE(sim.move(3, 0), 4);
        // Paging with three rows on screen: pages are rows 0-2, 3-5, 6.
        QCOMPARE(MenuSimulation::pageStart(4, 3), 3);
        QCOMPARE(sim.pageDown(1, 3), 4); // to row 3 (gap), on to 4
        QCOMPARE(sim.pageUp(5, 3), 1);   // to row 2 (gap), on to 1
        QCOMPARE(sim.pageDown(5, 3), 5); // row 6 is a gap at the end: back to 5
    }

    void hotkeys()
    {
        const MenuSimulation sim(gappy(), QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(sim.rowForHotkey(QStringLiteral("a")), 1);
        QCOMPARE(sim.rowForHotkey(QStringLiteral("B")), 4); // case-sensitive, like iPXE
        QCOMPARE(sim.rowForHotkey(QStringLiteral("b")), 5);
        QCOMPARE(sim.rowForHotkey(QStringLiteral("z")), -1);
        QCOMPARE(sim.rowForHotkey(QString()), -1);

        const MenuSimulation bios(example(), QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(bios.rows().at(bios.rowForHotkey(QStringLiteral("m"))).itemId, QStringLiteral("memtest"));
        // The memtest entry (and its key) does not exist on UEFI.
        const MenuSimulation uefi(example(), QStringLiteral("main"), Firmware::Uefi, Arch::X86_64);
        QCOMPARE(uefi.rowForHotkey(QStringLiteral("m")), -1);
    }

    void commandsAreTheWritersLines()
    {
        const Project p = example();
        ScriptWriter::SourceMap map;
        const QStringList lines = ScriptWriter::write(p, &map).split(QLatin1Char('\n'));
        for (const Menu &menu : p.menus) {
            const MenuSimulation sim(p, menu.id, Firmware::Uefi, Arch::X86_64);
            for (const Item &it : menu.items) {
                if (!it.isSelectable()) {
                    QVERIFY(sim.commandsFor(it.id).isEmpty());
                    continue;
                }
                const ScriptWriter::LineRange block = sim.labelBlock(it.id);
                QCOMPARE(lines.at(block.first - 1), QLatin1Char(':') + it.id);
                QCOMPARE(block.last, map.value(it.id).last);
                const QStringList commands = sim.commandsFor(it.id);
                QCOMPARE(commands, lines.mid(block.first, block.last - block.first));
                QVERIFY(!commands.isEmpty());
                QVERIFY(commands.last().startsWith(QLatin1String("goto ")));
            }
        }
        const MenuSimulation main(p, QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(main.commandsFor(QStringLiteral("debian")),
                 (QStringList {
                     QStringLiteral("kernel ${debian-mirror}/dists/bookworm/main/installer-amd64/current/images/netboot/"
                                    "debian-installer/amd64/linux auto=true priority=critical "
                                    "preseed/url=${boot-server}/debian/preseed.cfg"),
                     QStringLiteral("initrd ${debian-mirror}/dists/bookworm/main/installer-amd64/current/images/netboot/"
                                    "debian-installer/amd64/initrd.gz"),
                     QStringLiteral("boot"),
                     QStringLiteral("goto main"),
                 }));
        QCOMPARE(main.commandsFor(QStringLiteral("local")),
                 (QStringList { QStringLiteral("iseq ${platform} efi && exit ||"),
                                QStringLiteral("sanboot --no-describe --drive 0x80 || exit"), QStringLiteral("goto main") }));
        QCOMPARE(main.submenuOf(QStringLiteral("rescue-tools")), QStringLiteral("rescue"));
        QCOMPARE(main.commandsFor(QStringLiteral("rescue-tools")), QStringList { QStringLiteral("goto rescue") });
        QCOMPARE(main.submenuOf(QStringLiteral("local")), QString());
    }

    void disabledEntryCommandsStayCommentedOut()
    {
        Project p = example();
        p.menus[0].items[3].enabled = false; // debian
        const MenuSimulation sim(p, QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(sim.rowOf(QStringLiteral("debian")), -1);
        const QStringList commands = sim.commandsFor(QStringLiteral("debian"));
        QCOMPARE(commands.size(), 4);
        for (const QString &line : commands)
            QVERIFY2(line.startsWith(QLatin1String("#~ ")), qPrintable(line));
        // The next entry's block is found past the commented-out one.
        QCOMPARE(sim.commandsFor(QStringLiteral("uefi-shell")).first(),
                 QStringLiteral("chain --autofree ${boot-server}/efi/shellx64.efi"));
    }

    void textIsWhatIpxeShows()
    {
        Project p = gappy();
        p.variables << Variable { QStringLiteral("site"), QStringLiteral("Lab  one") };
        p.menus[0].title = QStringLiteral("Boot ${site} on ${platform}/${buildarch} at ${ip}");
        p.menus[0].items[1].label = QStringLiteral("Line\nbreak && more");
        const MenuSimulation sim(p, QStringLiteral("main"), Firmware::Uefi, Arch::Arm64);
        QCOMPARE(sim.title(), QStringLiteral("Boot Lab one on efi/arm64 at ${ip}"));
        QCOMPARE(sim.rows().at(1).text, QStringLiteral("Line break & more"));
    }
};

QTEST_GUILESS_MAIN(MenuSimulationTest)
#include "menusimulation_test.moc"
