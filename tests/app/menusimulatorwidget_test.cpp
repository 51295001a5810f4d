#include "ipxe/menusimulation.h"
#include "model/projectfile.h"
#include "preview/menusimulatorwidget.h"

#include "support/testdata.h"

#include <QComboBox>
#include <QSignalSpy>
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

bool screenShows(const MenuSimulatorWidget &w, const QString &text)
{
    const QStringList lines = w.screenText();
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(text); });
}

// The screen line that shows `text`, or -1.
int screenLine(const MenuSimulatorWidget &w, const QString &text)
{
    const QStringList lines = w.screenText();
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i;
    }
    return -1;
}

} // namespace

class MenuSimulatorWidgetTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientDecidesWhichEntriesShow()
    {
        MenuSimulatorWidget w;
        w.setProject(example());
        QCOMPARE(w.clientFirmware(), Firmware::Bios);
        QVERIFY(screenShows(w, QStringLiteral("Memtest86+ (BIOS)")));
        QVERIFY(!screenShows(w, QStringLiteral("UEFI shell")));

        auto *client = w.findChild<QComboBox *>(QStringLiteral("clientSelector"));
        QVERIFY(client);
        QVERIFY(!client->accessibleName().isEmpty());
        client->setCurrentIndex(1); // UEFI x86_64
        QCOMPARE(w.clientFirmware(), Firmware::Uefi);
        QCOMPARE(w.clientArch(), Arch::X86_64);
        QVERIFY(screenShows(w, QStringLiteral("UEFI shell")));
        QVERIFY(!screenShows(w, QStringLiteral("Memtest86+")));

        w.setClient(Firmware::Uefi, Arch::Arm64);
        QCOMPARE(client->currentIndex(), 2);
        QVERIFY(!screenShows(w, QStringLiteral("UEFI shell")));
        QVERIFY(!screenShows(w, QStringLiteral("Memtest86+")));
    }

    void screenLayoutIsIpxes()
    {
        MenuSimulatorWidget w;
        w.setProject(example());
        const QStringList lines = w.screenText();
        QCOMPARE(lines.size(), MenuSimulatorWidget::ScreenRows);
        for (const QString &l : lines)
            QCOMPARE(l.size(), MenuSimulatorWidget::ScreenColumns);
        // Title centred on row 1, items from row 3, text two columns into the row.
        const QString title = QStringLiteral("Homelab network boot");
        QCOMPARE(lines.at(1).indexOf(title), (80 - int(title.size())) / 2);
        QCOMPARE(lines.at(3).indexOf(QLatin1String("Boot")), 3);
        QCOMPARE(lines.at(4).indexOf(QLatin1String("Boot from local disk")), 3);
    }

    void countdownShowsOnTheDefaultEntry()
    {
        MenuSimulatorWidget w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setProject(example());
        QVERIFY(w.isCountingDown());
        QCOMPARE(w.currentItemId(), QStringLiteral("local"));
        const int row = screenLine(w, QStringLiteral("Boot from local disk"));
        QVERIFY(row > 0);
        QVERIFY2(w.screenText().at(row).trimmed().endsWith(QLatin1String("(10)")), qPrintable(w.screenText().at(row)));
        // The countdown ticks down on its own...
        QTRY_VERIFY_WITH_TIMEOUT(w.screenText().at(row).contains(QLatin1String("(9)")), 3000);
        QVERIFY(w.simulation().timeoutMs() == 10000);
        // ...and any key stops it, as in iPXE.
        QTest::keyClick(w.screen(), Qt::Key_Down);
        QVERIFY(!w.isCountingDown());
        QVERIFY(!screenShows(w, QStringLiteral("(9)")));
    }

    void timeoutChoosesTheDefault()
    {
        Project p = example();
        p.menus[0].timeoutMs = 300;
        MenuSimulatorWidget w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy chosen(&w, &MenuSimulatorWidget::entryChosen);
        w.setProject(p);
        QVERIFY(screenShows(w, QStringLiteral("(1)")));
        QVERIFY(chosen.wait(3000));
        QCOMPARE(chosen.last().at(0).toString(), QStringLiteral("local"));
        const MenuSimulation sim(p, QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(w.commandsText(), sim.commandsFor(QStringLiteral("local")).join(QLatin1Char('\n')));
    }

    void arrowsAndEnterShowTheCommands()
    {
        const Project p = example();
        MenuSimulatorWidget w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setProject(p);
        QSignalSpy current(&w, &MenuSimulatorWidget::currentItemChanged);
        w.screen()->setFocus();
        QTest::keyClick(w.screen(), Qt::Key_Down);
        QTest::keyClick(w.screen(), Qt::Key_Down);
        QCOMPARE(w.currentItemId(), QStringLiteral("debian"));
        QCOMPARE(current.last().at(0).toString(), QStringLiteral("debian"));
        QTest::keyClick(w.screen(), Qt::Key_Return);
        const MenuSimulation sim(p, QStringLiteral("main"), Firmware::Bios, Arch::I386);
        QCOMPARE(w.commandsText(), sim.commandsFor(QStringLiteral("debian")).join(QLatin1Char('\n')));
        QVERIFY(w.commandsText().startsWith(QLatin1String("kernel ${debian-mirror}/")));

        // Down from debian skips nothing on BIOS (memtest is next), End goes to the last entry,
        // Up from the first entry stays (the heading above it is not selectable).
        QTest::keyClick(w.screen(), Qt::Key_Down);
        QCOMPARE(w.currentItemId(), QStringLiteral("memtest"));
        QTest::keyClick(w.screen(), Qt::Key_Down); // over the "More" heading
        QCOMPARE(w.currentItemId(), QStringLiteral("rescue-tools"));
        QTest::keyClick(w.screen(), Qt::Key_End);
        QCOMPARE(w.currentItemId(), QStringLiteral("reboot"));
        QTest::keyClick(w.screen(), Qt::Key_Home);
        QCOMPARE(w.currentItemId(), QStringLiteral("local"));
        QTest::keyClick(w.screen(), Qt::Key_Up);
        QCOMPARE(w.currentItemId(), QStringLiteral("local"));
    }

    void hotkeyChoosesAtOnce()
    {
        const Project p = example();
        MenuSimulatorWidget w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setProject(p);
        QSignalSpy chosen(&w, &MenuSimulatorWidget::entryChosen);
        QTest::keyClick(w.screen(), 'x');
        QCOMPARE(w.currentItemId(), QStringLiteral("netboot-xyz"));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(w.commandsText(), QStringLiteral("chain --autofree http://boot.netboot.xyz/menu.ipxe\ngoto main"));
        // Hotkeys are case-sensitive and a key without an entry does nothing.
        QTest::keyClick(w.screen(), 'X');
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(w.currentItemId(), QStringLiteral("netboot-xyz"));
    }

    void submenusAndEscape()
    {
        MenuSimulatorWidget w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setProject(example());
        QTest::keyClick(w.screen(), 'r'); // "Rescue tools..." opens the submenu
        QCOMPARE(w.currentMenuId(), QStringLiteral("rescue"));
        QCOMPARE(w.commandsText(), QStringLiteral("goto rescue"));
        QVERIFY(screenShows(w, QStringLiteral("Rescue tools")));
        QCOMPARE(w.currentItemId(), QStringLiteral("sysrescue"));
        QTest::keyClick(w.screen(), Qt::Key_Escape);
        QCOMPARE(w.currentMenuId(), QStringLiteral("main"));
        QCOMPARE(w.currentItemId(), QStringLiteral("local"));
        QTest::keyClick(w.screen(), Qt::Key_Escape); // at the root: the script exits, the menu stays
        QCOMPARE(w.currentMenuId(), QStringLiteral("main"));
        QVERIFY(w.selectItem(QStringLiteral("back")));
        QCOMPARE(w.currentMenuId(), QStringLiteral("rescue"));
        QTest::keyClick(w.screen(), Qt::Key_Return); // "Back to the main menu" is a goto
        QCOMPARE(w.commandsText(), QStringLiteral("goto main"));
    }

    void setProjectKeepsMenuAndSelection()
    {
        Project p = example();
        MenuSimulatorWidget w;
        w.setProject(p);
        QVERIFY(w.selectItem(QStringLiteral("rescue-iso")));
        p.menus[1].title = QStringLiteral("Rescue (edited)");
        w.setProject(p);
        QCOMPARE(w.currentMenuId(), QStringLiteral("rescue"));
        QCOMPARE(w.currentItemId(), QStringLiteral("rescue-iso"));
        QVERIFY(screenShows(w, QStringLiteral("Rescue (edited)")));
        // The highlighted entry goes away: iPXE's initial choice is used.
        p.menus[1].items.removeAt(1);
        w.setProject(p);
        QCOMPARE(w.currentItemId(), QStringLiteral("sysrescue"));
        // The menu goes away: back to the root.
        p.menus.removeLast();
        w.setProject(p);
        QCOMPARE(w.currentMenuId(), QStringLiteral("main"));
        QVERIFY(!w.selectItem(QStringLiteral("uefi-shell"))); // not for a BIOS client
    }

    void sizeFollowsTheFont()
    {
        MenuSimulatorWidget w;
        w.setProject(example());
        const QSize small = w.screen()->sizeHint();
        QFont f = w.screen()->font();
        f.setPointSizeF(f.pointSizeF() * 2);
        w.screen()->setFont(f);
        const QSize large = w.screen()->sizeHint();
        QVERIFY2(large.width() > small.width() * 1.6 && large.height() > small.height() * 1.6,
                 qPrintable(QStringLiteral("%1x%2 -> %3x%4").arg(small.width()).arg(small.height()).arg(large.width()).arg(large.height())));
        QVERIFY(w.screen()->focusPolicy() & Qt::TabFocus);
        QVERIFY(!w.screen()->accessibleName().isEmpty());
        QVERIFY(w.screen()->accessibleDescription().contains(QLatin1String("Boot from local disk")));
    }
};

QTEST_MAIN(MenuSimulatorWidgetTest)
#include "menusimulatorwidget_test.moc"
