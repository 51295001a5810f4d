#include "ipxe/scriptlexer.h"
#include "ipxe/scriptwriter.h"
#include "model/projectfile.h"

#include "support/testdata.h"

#include <QTest>

using namespace Bootlace;
using Bootlace::Test::TestData;

// Golden files: run with BOOTLACE_UPDATE_GOLDEN=1 (scripts/update-golden.sh) to rewrite them on
// purpose after an intended change of the generated format; review the diff before committing.
class ScriptWriterTest final : public QObject
{
    Q_OBJECT

private:
    static Project oneEntry(const Item &it, const QString &title = QStringLiteral("Menu"))
    {
        Project p;
        Menu m;
        m.id = QStringLiteral("main");
        m.title = title;
        m.items << it;
        p.menus << m;
        return p;
    }

    static Item linuxItem()
    {
        Item it;
        it.id = QStringLiteral("e");
        it.label = QStringLiteral("Entry");
        it.kernel = QStringLiteral("http://h/k");
        return it;
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("golden");
        QTest::newRow("example") << TestData::path(QStringLiteral("examples/homelab.bootlace.json"))
                                 << QStringLiteral("homelab.ipxe");
        QTest::newRow("allkinds") << QStringLiteral(BOOTLACE_TEST_DATA_DIR "/data/projects/allkinds.bootlace.json")
                                  << QStringLiteral("allkinds.ipxe");
    }
    void golden()
    {
        QFETCH(QString, project);
        QFETCH(QString, golden);
        const ProjectFile::LoadResult loaded = ProjectFile::load(project);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const QByteArray text = ScriptWriter::write(loaded.project).toUtf8();
        const QString goldenPath = QStringLiteral(BOOTLACE_TEST_DATA_DIR "/data/golden/") + golden;
        if (qEnvironmentVariableIsSet("BOOTLACE_UPDATE_GOLDEN")) {
            QVERIFY(TestData::write(goldenPath, text));
            qInfo("rewrote %s", qPrintable(goldenPath));
        }
        QCOMPARE(QString::fromUtf8(text), QString::fromUtf8(TestData::read(goldenPath)));
    }

    void deterministic()
    {
        const ProjectFile::LoadResult loaded
            = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json")));
        QVERIFY(loaded.ok());
        const QString first = ScriptWriter::write(loaded.project);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(ScriptWriter::write(ProjectFile::parse(ProjectFile::serialize(loaded.project)).project), first);
    }

    // Whatever a user types into a label, title, argument or URL, every generated line still
    // holds exactly the commands the writer meant: no new command, label, comment or line.
    void noInjection_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList hostile = {
            QStringLiteral("two\nlines"),      QStringLiteral("cr\rreturn"),
            QStringLiteral("a || shell"),      QStringLiteral("a && reboot"),
            QStringLiteral("a ; shell"),       QStringLiteral("#comment"),
            QStringLiteral("x # y"),           QStringLiteral("ends with \\"),
            QStringLiteral(":label"),          QStringLiteral("\n:main\nshell"),
            QStringLiteral("tab\there"),       QStringLiteral("-- --key x"),
            QStringLiteral("\u2028sep\u2029"), QStringLiteral("unicode ä ✓"),
            QStringLiteral("\x01\x02\x1b[2J"),  QStringLiteral("||"),
        };
        for (const QString &h : hostile)
            QTest::newRow(h.toUtf8().toPercentEncoding().constData()) << h;
    }
    void noInjection()
    {
        QFETCH(QString, text);
        Item it = linuxItem();
        it.label = text;
        it.args = text;
        it.kernel = QStringLiteral("http://h/") + text;
        it.initrds = {text};
        it.hotkey = text.left(1);
        Project p = oneEntry(it, text);
        p.variables = {{QStringLiteral("v"), text}};
        p.name = text;
        const QString script = ScriptWriter::write(p);
        const QList<ScriptLexer::Line> lines = ScriptLexer::split(script);
        Project plain = oneEntry(linuxItem());
        plain.variables = {{QStringLiteral("v"), QStringLiteral("x")}};
        plain.menus[0].items[0].initrds = {QStringLiteral("x")};
        const QList<ScriptLexer::Line> expected = ScriptLexer::split(ScriptWriter::write(plain));
        QCOMPARE(lines.size(), expected.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const ScriptLexer::Line &a = lines.at(i);
            const ScriptLexer::Line &b = expected.at(i);
            QVERIFY2(a.hasLabel == b.hasLabel, qPrintable(a.text));
            if (a.hasLabel)
                QCOMPARE(a.label.text, b.label.text);
            QVERIFY2(a.commands.size() == b.commands.size(), qPrintable(a.text));
            for (qsizetype c = 0; c < a.commands.size(); ++c)
                QCOMPARE(a.commands.at(c).name(), b.commands.at(c).name());
            QCOMPARE(a.hasComment, b.hasComment);
            QVERIFY2(a.lastLine == a.line, "no backslash continuation");
        }
    }

    void sanitizeText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("collapse") << QStringLiteral("  a \t b\n c ") << QStringLiteral("a b c");
        QTest::newRow("terminators") << QStringLiteral("a || b && c ; d") << QStringLiteral("a | b & c , d");
        QTest::newRow("inner-terminators-kept") << QStringLiteral("a||b x;y") << QStringLiteral("a||b x;y");
        QTest::newRow("hash-word") << QStringLiteral("Option #1 ##2") << QStringLiteral("Option 1 2");
        QTest::newRow("inner-hash") << QStringLiteral("C# x#y") << QStringLiteral("C# x#y");
        QTest::newRow("only-hash") << QStringLiteral("a # b") << QStringLiteral("a b");
        QTest::newRow("backslash") << QStringLiteral("path\\ \\") << QStringLiteral("path");
        QTest::newRow("variables-kept") << QStringLiteral("IP ${ip}") << QStringLiteral("IP ${ip}");
    }
    void sanitizeText()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(ScriptWriter::sanitizeText(in), out);
        QCOMPARE(ScriptWriter::sanitizeText(out), out); // idempotent
    }

    void encodeUrl_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("http://h/a?b=c") << QStringLiteral("http://h/a?b=c");
        QTest::newRow("space") << QStringLiteral("http://h/my file.img") << QStringLiteral("http://h/my%20file.img");
        QTest::newRow("utf8") << QStringLiteral("http://h/grün") << QStringLiteral("http://h/gr%C3%BCn");
        QTest::newRow("newline") << QStringLiteral("http://h/a\nshell") << QStringLiteral("http://h/a%0Ashell");
        QTest::newRow("variable") << QStringLiteral("${base}/k") << QStringLiteral("${base}/k");
        QTest::newRow("trim") << QStringLiteral("  http://h/k \n") << QStringLiteral("http://h/k");
    }
    void encodeUrl()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(ScriptWriter::encodeUrl(in), out);
    }

    void hotkeyAndDrive()
    {
        QCOMPARE(ScriptWriter::sanitizeHotkey(QStringLiteral("d")), QStringLiteral("d"));
        QCOMPARE(ScriptWriter::sanitizeHotkey(QStringLiteral(" ")), QString());
        QCOMPARE(ScriptWriter::sanitizeHotkey(QStringLiteral("ä")), QString());
        QCOMPARE(ScriptWriter::sanitizeHotkey(QStringLiteral("ab")), QString());
        QCOMPARE(ScriptWriter::sanitizeDrive(QStringLiteral("0x81")), QStringLiteral("0x81"));
        QCOMPARE(ScriptWriter::sanitizeDrive(QStringLiteral("129")), QStringLiteral("129"));
        QCOMPARE(ScriptWriter::sanitizeDrive(QStringLiteral("0x80 || shell")), QString());
    }

    void titleStartingWithDash()
    {
        const QString script = ScriptWriter::write(oneEntry(linuxItem(), QStringLiteral("-x menu")));
        QVERIFY(script.contains(QStringLiteral("\nmenu -- -x menu\n")));
    }

    void disabledItemsAreCommentedOut()
    {
        Item it = linuxItem();
        it.enabled = false;
        const QString script = ScriptWriter::write(oneEntry(it));
        QVERIFY(script.contains(QStringLiteral("\n#~ item e Entry\n")));
        QVERIFY(script.contains(QStringLiteral("\n#~ :e\n#~ kernel http://h/k\n#~ boot\n#~ goto main\n")));
        for (const ScriptLexer::Line &l : ScriptLexer::split(script))
            QVERIFY2(!(l.hasLabel && l.label.text == QLatin1String("e")), "disabled label must not exist");
    }

    void rawBlocksCannotSwallowTheNextLine()
    {
        Item it;
        it.kind = Item::Kind::Script;
        it.id = QStringLiteral("s");
        it.script = QStringLiteral("\r\n\necho a\\\r\necho b \\\\\n\n");
        const QString script = ScriptWriter::write(oneEntry(it));
        QVERIFY(script.contains(QStringLiteral("\n:s\necho a\\\necho b \ngoto main\n")));
    }

    void sourceMapCoversEveryItem()
    {
        const ProjectFile::LoadResult loaded
            = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json")));
        ScriptWriter::SourceMap map;
        const QStringList lines = ScriptWriter::write(loaded.project, &map).split(QLatin1Char('\n'));
        const ScriptWriter::LineRange debian = map.value(QStringLiteral("debian"));
        QVERIFY(debian.first > 0);
        QVERIFY(lines.at(debian.first - 1).startsWith(QLatin1String("item --key d debian ")));
        QCOMPARE(lines.at(debian.last - 1), QStringLiteral("goto main"));
        const ScriptWriter::LineRange rescue = map.value(QStringLiteral("rescue"));
        QCOMPARE(lines.at(rescue.first - 1), QStringLiteral(":rescue"));
        for (const Menu &m : loaded.project.menus) {
            for (const Item &it : m.items)
                QVERIFY2(map.contains(it.id), qPrintable(it.id));
        }
    }
};

QTEST_GUILESS_MAIN(ScriptWriterTest)
#include "scriptwriter_test.moc"
