#include "ipxe/buildprofile.h"
#include "ipxe/linter.h"
#include "ipxe/scriptimporter.h"
#include "ipxe/scriptwriter.h"
#include "model/project.h"

#include <QTest>

using namespace Bootlace;

// Render, import and lint at 100, 1,000 and 10,000 entries. Projects are spread over menus of
// 100 entries each with a realistic mix of kinds, so the script has the shape of a big lab.
class ScriptBench final : public QObject
{
    Q_OBJECT

private:
    static Project makeProject(int entries)
    {
        Project p;
        p.name = QStringLiteral("Bench");
        p.variables = {{QStringLiteral("base"), QStringLiteral("http://10.0.2.100")}};
        int made = 0;
        for (int m = 0; made < entries; ++m) {
            Menu menu;
            menu.id = QStringLiteral("menu-%1").arg(m);
            menu.title = QStringLiteral("Menu %1").arg(m);
            menu.timeoutMs = 5000;
            Item gap;
            gap.kind = Item::Kind::Gap;
            gap.id = menu.id + QStringLiteral("-gap");
            gap.label = QStringLiteral("Section %1").arg(m);
            menu.items << gap;
            for (int i = 0; i < 100 && made < entries; ++i, ++made) {
                Item it;
                it.id = QStringLiteral("e-%1").arg(made);
                it.label = QStringLiteral("Entry %1 of the bench project").arg(made);
                switch (made % 4) {
                case 0:
                case 1:
                    it.kind = Item::Kind::Linux;
                    it.kernel = QStringLiteral("${base}/images/%1/vmlinuz").arg(made);
                    it.initrds = {QStringLiteral("${base}/images/%1/initrd.img").arg(made)};
                    it.args = QStringLiteral("console=ttyS0 ip=dhcp root=/dev/nfs quiet");
                    break;
                case 2:
                    it.kind = Item::Kind::Chain;
                    it.url = QStringLiteral("${base}/chain/%1.ipxe").arg(made);
                    it.platform.firmware = PlatformCondition::Firmware::Uefi;
                    break;
                default:
                    it.kind = Item::Kind::Sanboot;
                    it.url = QStringLiteral("${base}/iso/%1.iso").arg(made);
                    break;
                }
                menu.items << it;
            }
            menu.defaultItem = menu.items.at(1).id;
            p.menus << menu;
        }
        if (p.menus.size() > 1) {
            Item link;
            link.kind = Item::Kind::Submenu;
            link.id = QStringLiteral("to-last");
            link.menu = p.menus.back().id;
            p.menus.front().items << link;
        }
        return p;
    }

    static void sizes()
    {
        QTest::addColumn<int>("entries");
        for (int n : {100, 1000, 10000})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

private Q_SLOTS:
    void render_data() { sizes(); }
    void render()
    {
        QFETCH(int, entries);
        const Project p = makeProject(entries);
        QString script;
        QBENCHMARK {
            script = ScriptWriter::write(p);
        }
        QVERIFY(script.size() > entries * 50);
    }

    void import_data() { sizes(); }
    void import()
    {
        QFETCH(int, entries);
        const QString script = ScriptWriter::write(makeProject(entries));
        ScriptImporter::Result r;
        QBENCHMARK {
            r = ScriptImporter::import(script);
        }
        QCOMPARE(r.project.entryCount(), entries + (entries > 100 ? 1 : 0));
    }

    void lint_data() { sizes(); }
    void lint()
    {
        QFETCH(int, entries);
        const QString script = ScriptWriter::write(makeProject(entries));
        const BuildProfile profile = BuildProfile::byName(QStringLiteral("full"));
        QList<Diagnostic> diagnostics;
        QBENCHMARK {
            diagnostics = Linter::lint(script, profile);
        }
        Q_UNUSED(diagnostics);
    }
};

QTEST_GUILESS_MAIN(ScriptBench)
#include "script_bench.moc"
