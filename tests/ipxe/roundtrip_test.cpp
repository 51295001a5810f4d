#include "ipxe/scriptimporter.h"
#include "ipxe/scriptwriter.h"
#include "model/projectfile.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Bootlace;

// Property test: for thousands of seeded random projects p, import(write(p)) == sanitized(p)
// (the project as the script carries it) and write(import(write(p))) == write(p). A failure
// prints the seed and both projects; rerun one seed with BOOTLACE_ROUNDTRIP_SEED=<seed>.
class RoundTripTest final : public QObject
{
    Q_OBJECT

private:
    // Builds one random project from a seed, including hostile text in every free-text field.
    class Generator final
    {
    public:
        explicit Generator(quint32 seed)
            : m_rng(seed)
        {
        }

        Project project()
        {
            Project p;
            p.name = maybe(4) ? text(1, 6) : QStringLiteral("Lab");
            if (p.name.trimmed().isEmpty())
                p.name = QStringLiteral("Lab");
            const int vars = bounded(4);
            for (int i = 0; i < vars; ++i)
                p.variables.append({newId(QStringLiteral("var")), text(0, 4)});
            if (maybe(4))
                p.preamble = QStringLiteral("echo preamble ") + word() + QStringLiteral("\nisset ${x} || set x 1");
            const int menuCount = 1 + bounded(3);
            for (int m = 0; m < menuCount; ++m) {
                Menu menu;
                menu.id = newId(QStringLiteral("menu"));
                p.menus << menu;
            }
            for (Menu &menu : p.menus)
                fillMenu(menu, p);
            if (maybe(4))
                p.epilogue = QStringLiteral(":") + newId(QStringLiteral("failed"))
                    + QStringLiteral("\necho failed ${errno}\nprompt Press a key ||\ngoto ") + p.menus.front().id;
            return p;
        }

    private:
        int bounded(int n) { return int(m_rng.bounded(n)); }
        bool maybe(int oneIn) { return bounded(oneIn) == 0; }

        QString newId(const QString &stem)
        {
            QString id;
            do {
                id = stem + QLatin1Char('-') + QString::number(bounded(100000));
            } while (m_ids.contains(id));
            m_ids.insert(id);
            return id;
        }

        QString word()
        {
            static const QStringList pieces = {
                QStringLiteral("Debian"), QStringLiteral("x86_64"), QStringLiteral("${ip}"), QStringLiteral("||"),
                QStringLiteral("&&"),     QStringLiteral(";"),      QStringLiteral("#1"),    QStringLiteral("a\\"),
                QStringLiteral("grün"),   QStringLiteral("--key"),  QStringLiteral("-x"),    QStringLiteral(":lbl"),
                QStringLiteral("\n"),     QStringLiteral("\t"),     QStringLiteral("é✓"),    QStringLiteral("quiet"),
                QStringLiteral("a=b"),    QStringLiteral("(BIOS)"), QStringLiteral("\r"),    QStringLiteral("${"),
            };
            return pieces.at(bounded(int(pieces.size())));
        }

        QString text(int minWords, int maxWords)
        {
            QString t;
            const int n = minWords + bounded(maxWords - minWords + 1);
            for (int i = 0; i < n; ++i)
                t += (i && maybe(2) ? QStringLiteral(" ") : QString()) + word();
            return t;
        }

        QString url()
        {
            static const QStringList bases = {QStringLiteral("http://10.0.2.100"), QStringLiteral("${base}"),
                                              QStringLiteral("tftp://boot/x"), QStringLiteral("https://h:8443/a b")};
            return bases.at(bounded(int(bases.size()))) + QLatin1Char('/') + word() + QStringLiteral(".img");
        }

        void fillMenu(Menu &menu, const Project &p)
        {
            menu.title = text(0, 5);
            menu.timeoutMs = maybe(3) ? 0 : bounded(60000);
            const int count = bounded(12);
            bool lastWasVerbatim = false;
            for (int i = 0; i < count; ++i) {
                Item it;
                it.kind = Item::Kind(bounded(int(Item::Kind::Verbatim) + 1));
                if (it.kind == Item::Kind::Verbatim && lastWasVerbatim)
                    it.kind = Item::Kind::Shell; // two adjacent verbatim blocks merge (documented)
                lastWasVerbatim = it.kind == Item::Kind::Verbatim;
                it.id = newId(Item::kindName(it.kind));
                it.label = text(0, 4);
                it.enabled = !maybe(6) || it.kind == Item::Kind::Verbatim;
                if (maybe(5)) {
                    it.hotkey = QString(QLatin1Char(char('a' + bounded(26))));
                }
                if (maybe(4) && it.kind != Item::Kind::Verbatim) {
                    it.platform.firmware = PlatformCondition::Firmware(bounded(3));
                    it.platform.arch = PlatformCondition::Arch(bounded(5));
                }
                switch (it.kind) {
                case Item::Kind::Linux:
                    it.kernel = url();
                    for (int n = bounded(3); n > 0; --n)
                        it.initrds << url();
                    it.args = text(0, 6);
                    break;
                case Item::Kind::Chain:
                    it.url = url();
                    break;
                case Item::Kind::Sanboot:
                    if (maybe(2))
                        it.url = url();
                    else
                        it.drive = QStringLiteral("0x8") + QString::number(bounded(4));
                    break;
                case Item::Kind::LocalDisk:
                    it.drive = maybe(2) ? QStringLiteral("0x80") : QString();
                    break;
                case Item::Kind::Submenu:
                    it.menu = p.menus.at(bounded(int(p.menus.size()))).id;
                    break;
                case Item::Kind::Script:
                    it.script = QStringLiteral("echo script ") + word() + QStringLiteral("\nprompt --timeout 1000 ")
                        + text(1, 3) + QStringLiteral(" ||\nchain ") + url();
                    break;
                case Item::Kind::Verbatim:
                    it.script = QStringLiteral("echo verbatim ") + QString::number(i);
                    break;
                default:
                    break;
                }
                menu.items << it;
            }
            const int pick = menu.items.isEmpty() ? -1 : bounded(int(menu.items.size()) + 1) - 1;
            if (pick >= 0 && menu.items.at(pick).isSelectable())
                menu.defaultItem = menu.items.at(pick).id;
        }

        QRandomGenerator m_rng;
        QSet<QString> m_ids;
    };

    // Gap and verbatim ids are not in the script: take them from the expected project by position.
    static void adoptUnwrittenIds(Project &imported, const Project &expected)
    {
        for (qsizetype m = 0; m < imported.menus.size() && m < expected.menus.size(); ++m) {
            QList<Item> &items = imported.menus[m].items;
            const QList<Item> &want = expected.menus.at(m).items;
            for (qsizetype i = 0; i < items.size() && i < want.size(); ++i) {
                if (!items.at(i).isSelectable() && items.at(i).kind == want.at(i).kind)
                    items[i].id = want.at(i).id;
            }
        }
        imported.buildProfile = expected.buildProfile;
    }

private Q_SLOTS:
    void randomProjects()
    {
        const bool single = qEnvironmentVariableIsSet("BOOTLACE_ROUNDTRIP_SEED");
        const quint32 first = single ? quint32(qEnvironmentVariableIntValue("BOOTLACE_ROUNDTRIP_SEED")) : 1;
        const quint32 count = single ? 1 : 3000;
        for (quint32 seed = first; seed < first + count; ++seed) {
            const Project p = Generator(seed).project();
            const QString script = ScriptWriter::write(p);
            const ScriptImporter::Result r = ScriptImporter::import(script);
            QVERIFY2(r.ok(), qPrintable(r.error));
            Project imported = r.project;
            const Project expected = ScriptWriter::sanitized(p);
            adoptUnwrittenIds(imported, expected);
            if (imported != expected) {
                qWarning().noquote() << "seed" << seed << "\n--- script:\n" << script << "\n--- expected:\n"
                                     << ProjectFile::serialize(expected) << "\n--- imported:\n"
                                     << ProjectFile::serialize(imported);
                QFAIL(qPrintable(QStringLiteral("round trip differs for seed %1").arg(seed)));
            }
            QCOMPARE(ScriptWriter::write(r.project), script);
        }
    }

    void keptRawIsEmptyForGeneratedScripts()
    {
        // Bootlace's own output holds no construct the importer has to keep raw, except the raw
        // parts the project itself has (script entries, verbatim, preamble, epilogue).
        const ProjectFile::LoadResult loaded
            = ProjectFile::load(QStringLiteral(BOOTLACE_SOURCE_DIR "/examples/homelab.bootlace.json"));
        QVERIFY(loaded.ok());
        const ScriptImporter::Result r = ScriptImporter::import(ScriptWriter::write(loaded.project));
        QVERIFY(r.ok());
        QVERIFY2(r.keptRaw.isEmpty(), qPrintable(r.keptRaw.isEmpty() ? QString() : r.keptRaw.front().reason));
    }
};

QTEST_GUILESS_MAIN(RoundTripTest)
#include "roundtrip_test.moc"
