#include "ipxe/diagnostic.h"
#include "ipxe/menusimulation.h"
#include "ipxe/scriptwriter.h"
#include "model/projectfile.h"
#include "preview/previewpane.h"
#include "preview/scriptview.h"

#include "support/testdata.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Bootlace;
using Bootlace::Test::TestData;

namespace {

Project example()
{
    return ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
}

// 1-based number of the line that is exactly `text`.
int lineOf(const QString &script, const QString &text)
{
    return int(script.split(QLatin1Char('\n')).indexOf(text)) + 1;
}

QList<int> highlightedLines(const ScriptView *view)
{
    QList<int> lines;
    for (const QTextEdit::ExtraSelection &s : view->extraSelections()) {
        if (s.format.property(QTextFormat::FullWidthSelection).toBool())
            lines << s.cursor.blockNumber() + 1;
    }
    return lines;
}

QList<int> span(int first, int last)
{
    QList<int> out;
    for (int i = first; i <= last; ++i)
        out << i;
    return out;
}

void clickLine(ScriptView *view, int line)
{
    const QRect r = view->lineRect(line);
    QVERIFY2(r.isValid(), "line not laid out");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(5, r.center().y()));
}

} // namespace

class PreviewPaneTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsTheWritersOutput()
    {
        ScriptWriter::SourceMap map;
        const QString script = ScriptWriter::write(example(), &map);
        PreviewPane pane;
        pane.setScript(script, map);
        QCOMPARE(pane.view()->toPlainText(), script);
        QCOMPARE(pane.script(), script);
        QVERIFY(pane.view()->isReadOnly());
        QVERIFY(!pane.accessibleName().isEmpty());
        QVERIFY(!pane.view()->accessibleName().isEmpty());
        QVERIFY(pane.view()->font().fixedPitch() || QFontInfo(pane.view()->font()).fixedPitch());
    }

    void entriesOwnTheirItemLineAndTheirLabelBlock()
    {
        ScriptWriter::SourceMap map;
        const QString script = ScriptWriter::write(example(), &map);
        PreviewPane pane;
        pane.setScript(script, map);
        const int itemLine = lineOf(script, QStringLiteral("item --key d debian Debian 12 installer (amd64)"));
        const int label = lineOf(script, QStringLiteral(":debian"));
        QVERIFY(itemLine > 0 && label > 0);
        QCOMPARE(pane.rangesOf(QStringLiteral("debian")),
                 (QList<ScriptWriter::LineRange> { { itemLine, itemLine }, { label, label + 4 } }));
        QCOMPARE(pane.idAtLine(itemLine), QStringLiteral("debian"));
        for (int line = label; line <= label + 4; ++line)
            QCOMPARE(pane.idAtLine(line), QStringLiteral("debian"));
        // The menu's own lines and a gap heading.
        QCOMPARE(pane.idAtLine(lineOf(script, QStringLiteral(":main"))), QStringLiteral("main"));
        QCOMPARE(pane.idAtLine(lineOf(script, QStringLiteral("choose --default local --timeout 10000 selected || exit"))),
                 QStringLiteral("main"));
        QCOMPARE(pane.idAtLine(lineOf(script, QStringLiteral("item --gap -- More"))), QStringLiteral("gap-more"));
        QCOMPARE(pane.idAtLine(1), QString()); // #!ipxe
        QCOMPARE(pane.idAtLine(lineOf(script, QStringLiteral(":sysrescue"))), QStringLiteral("sysrescue"));
        QCOMPARE(pane.idAtLine(lineOf(script, QStringLiteral("menu Rescue tools"))), QStringLiteral("rescue"));
    }

    void ownershipAgreesWithTheSimulatorOnABigProject()
    {
        Project p = example();
        for (int m = 0; m < 3; ++m) {
            Menu menu;
            menu.id = QStringLiteral("menu-%1").arg(m);
            menu.title = QStringLiteral("Menu %1").arg(m);
            for (int i = 0; i < 300; ++i) {
                Item it = p.menus[0].items[2 + i % 4]; // nixos, debian, uefi-shell, memtest
                it.id = QStringLiteral("e-%1-%2").arg(m).arg(i);
                it.hotkey.clear();
                it.enabled = i % 7 != 3;
                if (i % 50 == 0) {
                    Item gap;
                    gap.kind = Item::Kind::Gap;
                    gap.id = QStringLiteral("g-%1-%2").arg(m).arg(i);
                    menu.items << gap;
                }
                menu.items << it;
            }
            p.menus << menu;
        }
        ScriptWriter::SourceMap map;
        const QString script = ScriptWriter::write(p, &map);
        const QStringList lines = script.split(QLatin1Char('\n'));
        PreviewPane pane;
        pane.setScript(script, map);
        for (const Menu &menu : std::as_const(p.menus)) {
            const MenuSimulation sim(p, menu.id, PlatformCondition::Firmware::Bios, PlatformCondition::Arch::I386);
            QCOMPARE(pane.idAtLine(map.value(menu.id).first), menu.id);
            for (const Item &it : menu.items) {
                const int head = map.value(it.id).first;
                QCOMPARE(pane.idAtLine(head), it.id);
                if (!it.isSelectable())
                    continue;
                const ScriptWriter::LineRange block = sim.labelBlock(it.id);
                QCOMPARE(pane.rangesOf(it.id), (QList<ScriptWriter::LineRange> { { head, head }, block }));
                QVERIFY(lines.at(block.first - 1).endsWith(QLatin1Char(':') + it.id));
            }
        }
    }

    void highlightItemSelectsItsLines()
    {
        ScriptWriter::SourceMap map;
        const QString script = ScriptWriter::write(example(), &map);
        PreviewPane pane;
        pane.resize(600, 200);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setScript(script, map);
        QSignalSpy activated(&pane, &PreviewPane::itemActivated);

        pane.highlightItem(QStringLiteral("sysrescue"));
        QCOMPARE(pane.highlightedItem(), QStringLiteral("sysrescue"));
        const int label = lineOf(script, QStringLiteral(":sysrescue"));
        const int itemLine = lineOf(script, QStringLiteral("item sysrescue SystemRescue 11"));
        QCOMPARE(highlightedLines(pane.view()), QList<int> { itemLine } + span(label, label + 5));
        // Revealed: the label line is on screen.
        const QRect r = pane.view()->lineRect(label);
        QVERIFY(pane.view()->viewport()->rect().contains(r.topLeft()));
        QCOMPARE(activated.count(), 0);

        pane.highlightItem(QStringLiteral("main"));
        QCOMPARE(highlightedLines(pane.view()),
                 span(lineOf(script, QStringLiteral(":main")), lineOf(script, QStringLiteral("goto ${selected}"))));
        pane.highlightItem(QString());
        QVERIFY(pane.view()->extraSelections().isEmpty());
        pane.highlightItem(QStringLiteral("no-such-id"));
        QVERIFY(pane.view()->extraSelections().isEmpty());
        QCOMPARE(activated.count(), 0);
    }

    void clickingALineActivatesItsItem()
    {
        ScriptWriter::SourceMap map;
        const QString script = ScriptWriter::write(example(), &map);
        PreviewPane pane;
        pane.resize(700, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setScript(script, map);
        QSignalSpy activated(&pane, &PreviewPane::itemActivated);

        clickLine(pane.view(), lineOf(script, QStringLiteral("item --key n nixos NixOS netboot (GitLab CI, pipeline 18342, job 4711)")));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("nixos"));

        clickLine(pane.view(), lineOf(script, QStringLiteral(":local")) + 1);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("local"));

        clickLine(pane.view(), lineOf(script, QStringLiteral("choose --default local --timeout 10000 selected || exit")));
        QCOMPARE(activated.count(), 3);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("main"));

        // The keyboard caret counts too.
        QTest::keyClick(pane.view(), Qt::Key_Up);
        QCOMPARE(activated.last().at(0).toString(), QStringLiteral("reboot"));
    }

    void setScriptKeepsTheScrollPosition()
    {
        Project project = example();
        ScriptWriter::SourceMap map;
        const QString script = ScriptWriter::write(project, &map);
        PreviewPane pane;
        pane.resize(500, 150);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setScript(script, map);
        pane.highlightItem(QStringLiteral("back"));
        QScrollBar *bar = pane.view()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const int before = bar->value();
        QVERIFY(before > 0);

        QSignalSpy activated(&pane, &PreviewPane::itemActivated);
        project.menus[0].title = QStringLiteral("Changed title");
        const QString changed = ScriptWriter::write(project, &map);
        pane.setScript(changed, map);
        QCOMPARE(pane.view()->toPlainText(), changed);
        QCOMPARE(bar->value(), before);
        QCOMPARE(pane.highlightedItem(), QStringLiteral("back"));
        QVERIFY(!pane.view()->extraSelections().isEmpty());
        QCOMPARE(activated.count(), 0);

        // An id that disappears is no longer highlighted.
        project.menus[1].items.removeLast();
        ScriptWriter::SourceMap fresh; // write() adds to a map, it does not clear it
        pane.setScript(ScriptWriter::write(project, &fresh), fresh);
        QCOMPARE(pane.highlightedItem(), QString());
        QVERIFY(pane.view()->extraSelections().isEmpty());
    }

    void diagnosticsMarkTheGutter()
    {
        ScriptWriter::SourceMap map;
        PreviewPane pane;
        pane.setScript(ScriptWriter::write(example(), &map), map);
        pane.setDiagnostics({ { Diagnostic::Severity::Warning, 5, 1, QStringLiteral("r"), QStringLiteral("w") },
                              { Diagnostic::Severity::Error, 5, 2, QStringLiteral("r"), QStringLiteral("e") },
                              { Diagnostic::Severity::Info, 9, 1, QStringLiteral("r"), QStringLiteral("i") } });
        QCOMPARE(pane.view()->lineMarks().size(), 2);
        QCOMPARE(pane.view()->lineMarks().value(5), QColor(0xd0, 0x30, 0x30));
        // Line 5 is "set debian-mirror http://...": column 1 underlines "set", column 2 "et".
        QStringList underlined;
        for (const QTextEdit::ExtraSelection &s : pane.view()->extraSelections()) {
            if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                underlined << s.cursor.selectedText();
        }
        QCOMPARE(underlined, (QStringList { QStringLiteral("set"), QStringLiteral("et"), QStringLiteral("item") }));
        pane.highlightItem(QStringLiteral("local"));
        QCOMPARE(pane.view()->extraSelections().size(), 3 + 5); // still underlined, plus the item
        pane.setDiagnostics({});
        QVERIFY(pane.view()->lineMarks().isEmpty());
        QCOMPARE(pane.view()->extraSelections().size(), 5);
        pane.goToLine(9);
        QCOMPARE(pane.view()->textCursor().blockNumber(), 8);
    }
};

QTEST_MAIN(PreviewPaneTest)
#include "previewpane_test.moc"
