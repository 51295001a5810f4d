#include "ipxe/scriptimporter.h"
#include "ipxe/scriptlexer.h"
#include "ipxe/scriptwriter.h"
#include "model/projectfile.h"
#include "support/testdata.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::TestData;

namespace {

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString fixture(const QString &name)
{
    return QString::fromUtf8(
        TestData::read(QStringLiteral(BOOTLACE_TEST_DATA_DIR "/data/foreign/") + name));
}

// The commands of a line with single spaces, as iPXE will see them.
QString canonical(const ScriptLexer::Line &l)
{
    QStringList parts;
    for (const ScriptLexer::Command &c : l.commands) {
        for (const ScriptLexer::Token &t : c.words)
            parts << t.text;
        switch (c.next) {
        case ScriptLexer::Command::Next::IfSuccess:
            parts << QStringLiteral("&&");
            break;
        case ScriptLexer::Command::Next::IfFailure:
            parts << QStringLiteral("||");
            break;
        case ScriptLexer::Command::Next::Always:
            parts << QStringLiteral(";");
            break;
        case ScriptLexer::Command::Next::End:
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

// The command lines of the label block `:label`, up to the next label; empty when missing.
QStringList blockCommands(const QString &script, const QString &label, bool *found = nullptr)
{
    QStringList out;
    bool in = false;
    if (found)
        *found = false;
    for (const ScriptLexer::Line &l : ScriptLexer::split(script)) {
        if (l.hasLabel) {
            if (in)
                break;
            in = l.label.text == label;
            if (in && found)
                *found = true;
            continue;
        }
        if (in && l.hasCode())
            out << canonical(l);
    }
    return out;
}

// "kind|id|label|hotkey" per item; a verbatim item shows its first line instead of a label.
QStringList summary(const Menu &menu)
{
    QStringList out;
    for (const Item &it : menu.items) {
        const QString text = it.kind == Item::Kind::Verbatim
            ? it.script.section(QLatin1Char('\n'), 0, 0)
            : it.label;
        out << Item::kindName(it.kind) + QLatin1Char('|') + it.id + QLatin1Char('|') + text
                + QLatin1Char('|') + it.hotkey;
    }
    return out;
}

QStringList kept(const ScriptImporter::Result &r)
{
    QStringList out;
    for (const ScriptImporter::KeptRaw &k : r.keptRaw)
        out << QStringLiteral("%1-%2 %3").arg(k.firstLine).arg(k.lastLine).arg(k.where);
    return out;
}

bool anyNoteContains(const ScriptImporter::Result &r, const QString &text)
{
    for (const QString &n : r.notes) {
        if (n.contains(text))
            return true;
    }
    return false;
}

// The project as the script carries it; ids of gaps and verbatim blocks are not in the script.
Project expectedFor(const Project &p)
{
    return ScriptWriter::sanitized(p);
}

void adoptUnwritten(Project &imported, const Project &expected)
{
    imported.buildProfile = expected.buildProfile;
    imported.targets = expected.targets; // publish targets are not part of the script
    for (qsizetype m = 0; m < imported.menus.size() && m < expected.menus.size(); ++m) {
        QList<Item> &items = imported.menus[m].items;
        for (qsizetype i = 0; i < items.size() && i < expected.menus.at(m).items.size(); ++i) {
            if (!items.at(i).isSelectable()
                && items.at(i).kind == expected.menus.at(m).items.at(i).kind)
                items[i].id = expected.menus.at(m).items.at(i).id;
        }
    }
}

Item entry(Item::Kind kind, const QString &id, const QString &label = QStringLiteral("Entry"))
{
    Item it;
    it.kind = kind;
    it.id = id;
    it.label = label;
    return it;
}

Project twoMenus(const QList<Item> &items)
{
    Project p;
    p.name = QStringLiteral("Lab");
    Menu main;
    main.id = QStringLiteral("main");
    main.title = QStringLiteral("Main menu");
    main.items = items;
    Menu other;
    other.id = QStringLiteral("other");
    other.title = QStringLiteral("Other");
    other.items << entry(Item::Kind::Shell, QStringLiteral("other-shell"));
    p.menus << main << other;
    return p;
}

} // namespace

// ScriptImporter: Bootlace's own scripts come back exactly, foreign menus come back with the
// same items running the same commands, and whatever stays raw is reported.
class ScriptImporterTest final : public QObject
{
    Q_OBJECT

private:
    static void checkRoundTrip(const Project &p)
    {
        const QString script = ScriptWriter::write(p);
        const ScriptImporter::Result r = ScriptImporter::import(script);
        QVERIFY2(r.ok(), qPrintable(r.error));
        Project imported = r.project;
        const Project expected = expectedFor(p);
        adoptUnwritten(imported, expected);
        if (imported != expected)
            qWarning().noquote() << script << "\n--- expected\n"
                                 << ProjectFile::serialize(expected) << "\n--- imported\n"
                                 << ProjectFile::serialize(imported);
        QVERIFY(imported == expected);
        QCOMPARE(ScriptWriter::write(r.project), script);
        QVERIFY2(r.keptRaw.isEmpty(),
            qPrintable(r.keptRaw.isEmpty() ? QString() : r.keptRaw.front().reason));
    }

private Q_SLOTS:
    void exampleRoundTrip()
    {
        const ProjectFile::LoadResult loaded
            = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        checkRoundTrip(loaded.project);
        const ScriptImporter::Result r
            = ScriptImporter::import(ScriptWriter::write(loaded.project));
        QCOMPARE(r.project.name, QStringLiteral("Homelab"));
        QCOMPARE(r.project.menus.front().items.front().id, QStringLiteral("main-gap-1"));
        QVERIFY2(r.notes.isEmpty(), qPrintable(r.notes.join(QLatin1Char('\n'))));
    }

    void kindRoundTrip_data()
    {
        QTest::addColumn<Item>("item");
        using K = Item::Kind;
        Item linux = entry(K::Linux, QStringLiteral("deb"), QStringLiteral("Debian 12 (amd64)"));
        linux.kernel = QStringLiteral("${base}/linux");
        linux.initrds
            = { QStringLiteral("${base}/initrd.gz"), QStringLiteral("http://h/firmware.cpio.gz") };
        linux.args = QStringLiteral("auto=true priority=critical --- quiet");
        QTest::newRow("linux") << linux;
        Item bare = entry(K::Linux, QStringLiteral("bare"));
        bare.kernel = QStringLiteral("http://h/memtest.bin");
        QTest::newRow("linux without initrd or args") << bare;
        Item chain = entry(K::Chain, QStringLiteral("xyz"), QStringLiteral("netboot.xyz"));
        chain.url = QStringLiteral("https://boot.netboot.xyz/menu.ipxe");
        QTest::newRow("chain") << chain;
        Item san = entry(K::Sanboot, QStringLiteral("iso"));
        san.url = QStringLiteral("http://h/a b.iso");
        QTest::newRow("sanboot url") << san;
        Item drive = entry(K::Sanboot, QStringLiteral("disk2"));
        drive.drive = QStringLiteral("0x81");
        QTest::newRow("sanboot drive") << drive;
        Item both = drive;
        both.url = QStringLiteral("iscsi:192.0.2.1::::iqn.2024-01.lan:disk");
        QTest::newRow("sanboot drive and url") << both;
        Item local = entry(K::LocalDisk, QStringLiteral("local"));
        local.drive = QStringLiteral("0x80");
        QTest::newRow("local disk") << local;
        Item localEmpty = entry(K::LocalDisk, QStringLiteral("local"));
        QTest::newRow("local disk, default drive") << localEmpty;
        QTest::newRow("shell") << entry(K::Shell, QStringLiteral("sh"));
        QTest::newRow("reboot") << entry(K::Reboot, QStringLiteral("rb"));
        QTest::newRow("exit") << entry(K::Exit, QStringLiteral("bye"));
        Item sub = entry(K::Submenu, QStringLiteral("more"), QStringLiteral("More..."));
        sub.menu = QStringLiteral("other");
        QTest::newRow("submenu") << sub;
        Item self = sub;
        self.menu = QStringLiteral("main");
        QTest::newRow("submenu to its own menu") << self;
        Item script = entry(K::Script, QStringLiteral("custom"));
        script.script = QStringLiteral(
            "echo hello\n\nchain http://h/x.ipxe || goto failed\nprompt Press a key ||");
        QTest::newRow("script") << script;
        Item loop = entry(K::Script, QStringLiteral("retry"));
        loop.script = QStringLiteral(
            "echo starting\n:retry_dhcp\ndhcp || goto retry_dhcp\nchain http://h/next.ipxe");
        QTest::newRow("script with a label") << loop;
        Item afterJump = entry(K::Script, QStringLiteral("jump"));
        afterJump.script
            = QStringLiteral("goto jump_end\n:jump_mid\necho skipped\n:jump_end\necho done");
        QTest::newRow("script with a label after a goto") << afterJump;
        Item continued = entry(K::Script, QStringLiteral("cont"));
        continued.script = QStringLiteral("echo one \\\n  two\ngoto main");
        QTest::newRow("script with a continuation and a goto") << continued;
    }
    void kindRoundTrip()
    {
        QFETCH(Item, item);
        checkRoundTrip(twoMenus({ item }));
        const ScriptImporter::Result r
            = ScriptImporter::import(ScriptWriter::write(twoMenus({ item })));
        QCOMPARE(r.project.menus.front().items.front().kind, item.kind);
    }

    void disabledItems()
    {
        QList<Item> items;
        Item linux
            = entry(Item::Kind::Linux, QStringLiteral("old-kernel"), QStringLiteral("Old kernel"));
        linux.kernel = QStringLiteral("http://h/vmlinuz-5");
        linux.initrds = { QStringLiteral("http://h/initrd-5") };
        linux.enabled = false;
        items << linux;
        Item gap = entry(Item::Kind::Gap, QStringLiteral("g"), QStringLiteral("Retired"));
        gap.enabled = false;
        items << gap;
        Item script = entry(Item::Kind::Script, QStringLiteral("old-script"));
        script.script = QStringLiteral("echo a \\\nb\n:old_loop\n\n# comment\ngoto old_loop");
        script.enabled = false;
        script.hotkey = QStringLiteral("o");
        items << script;
        Item sub = entry(Item::Kind::Submenu, QStringLiteral("old-sub"));
        sub.menu = QStringLiteral("other");
        sub.enabled = false;
        items << sub;
        Item verbatim = entry(Item::Kind::Verbatim, QStringLiteral("v"));
        verbatim.script = QStringLiteral("echo off\n\necho still off");
        verbatim.enabled = false;
        items << verbatim << entry(Item::Kind::Shell, QStringLiteral("live"));
        checkRoundTrip(twoMenus(items));
        const ScriptImporter::Result r
            = ScriptImporter::import(ScriptWriter::write(twoMenus(items)));
        for (const Item &it : r.project.menus.front().items)
            QCOMPARE(it.enabled, it.id == QLatin1String("live"));
    }

    void platformConditions_data()
    {
        QTest::addColumn<int>("firmware");
        QTest::addColumn<int>("arch");
        for (int f = 0; f < 3; ++f) {
            for (int a = 0; a < 5; ++a)
                QTest::addRow("fw%d-arch%d", f, a) << f << a;
        }
    }
    void platformConditions()
    {
        QFETCH(int, firmware);
        QFETCH(int, arch);
        Item it = entry(Item::Kind::Chain, QStringLiteral("tool"), QStringLiteral("Tool"));
        it.url = QStringLiteral("http://h/tool.efi");
        it.platform.firmware = PlatformCondition::Firmware(firmware);
        it.platform.arch = PlatformCondition::Arch(arch);
        Item gap = entry(Item::Kind::Gap, QStringLiteral("g"), QStringLiteral("Only here"));
        gap.platform = it.platform;
        checkRoundTrip(twoMenus({ gap, it }));
        const ScriptImporter::Result r
            = ScriptImporter::import(ScriptWriter::write(twoMenus({ gap, it })));
        QCOMPARE(r.project.menus.front().items.at(1).platform, it.platform);
    }

    void foreignConditionOrder()
    {
        // Either order of the two conditions is read; other conditions stay verbatim.
        const ScriptImporter::Result r = ScriptImporter::import(
            S("#!ipxe\n:m\nmenu\niseq ${buildarch} arm64 && iseq ${platform} efi && item a A ||\n"
              "iseq ${arch} x86_64 && item b B ||\nchoose x && goto ${x}\n:a\nshell\ngoto "
              "m\n:b\nshell\ngoto m\n"));
        QVERIFY(r.ok());
        const Menu &m = r.project.menus.front();
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(m.items.at(0).platform.firmware, PlatformCondition::Firmware::Uefi);
        QCOMPARE(m.items.at(0).platform.arch, PlatformCondition::Arch::Arm64);
        QCOMPARE(m.items.at(1).kind, Item::Kind::Verbatim);
        QVERIFY(r.project.epilogue.startsWith(QStringLiteral(":b\nshell\ngoto m")));
    }

    void hotkeysGapsAndTitles()
    {
        QList<Item> items;
        items << entry(Item::Kind::Gap, QStringLiteral("g1"), QString());
        items << entry(Item::Kind::Gap, QStringLiteral("g2"), QStringLiteral("--- Tools ---"));
        for (const char *key : { "a", "Z", "5", "!", "-" }) {
            Item it
                = entry(Item::Kind::Reboot, QStringLiteral("key-") + QString::number(items.size()),
                    QStringLiteral("-starts with a dash"));
            it.hotkey = QString::fromLatin1(key);
            items << it;
        }
        Project p = twoMenus(items);
        p.menus[0].title = QStringLiteral("-x menu");
        p.menus[0].defaultItem = QStringLiteral("key-3");
        p.menus[0].timeoutMs = 1500;
        p.menus[1].title.clear();
        checkRoundTrip(p);
    }

    void verbatimAndIds()
    {
        QList<Item> items;
        Item v1 = entry(Item::Kind::Verbatim, QStringLiteral("x"));
        v1.script = QStringLiteral("colour --rgb 0xff0000 1 ||\n\n  cpair --foreground 1 1 ||");
        items << v1 << entry(Item::Kind::Gap, QStringLiteral("y"), QStringLiteral("Section"));
        Item v2 = entry(Item::Kind::Verbatim, QStringLiteral("z"));
        v2.script = QStringLiteral("# a comment in the item list");
        items << entry(Item::Kind::Shell, QStringLiteral("sh")) << v2
              << entry(Item::Kind::Gap, QStringLiteral("w"));
        checkRoundTrip(twoMenus(items));
        const ScriptImporter::Result r
            = ScriptImporter::import(ScriptWriter::write(twoMenus(items)));
        QCOMPARE(summary(r.project.menus.front()),
            (QStringList { S("verbatim|main-raw-1|colour --rgb 0xff0000 1 |||"),
                S("gap|main-gap-1|Section|"), S("shell|sh|Entry|"),
                S("verbatim|main-raw-2|# a comment in the item list|"),
                S("gap|main-gap-2|Entry|") }));
    }

    void verbatimWithAContinuedEmptyLine()
    {
        // `\` followed by an empty line is one blank logical line of two physical lines.
        Item v = entry(Item::Kind::Verbatim, QStringLiteral("v"));
        v.script = QStringLiteral("echo a\n\\\n\n\necho b");
        checkRoundTrip(twoMenus({ v, entry(Item::Kind::Shell, QStringLiteral("sh")) }));
    }

    void generatedIdsAvoidLabels()
    {
        // A raw label that looks like a generated id pushes the generated one aside.
        const ScriptImporter::Result r
            = ScriptImporter::import(S("#!ipxe\n:m\nmenu\nitem --gap G\nitem a A\nchoose x && goto "
                                       "${x}\n:a\nshell\ngoto m\n:m-gap-1\nexit\n"));
        QCOMPARE(r.project.menus.front().items.front().id, QStringLiteral("m-gap-1-2"));
    }

    void preambleVariablesAndEpilogue()
    {
        Project p = twoMenus({ entry(Item::Kind::Shell, QStringLiteral("sh")) });
        p.variables = { { QStringLiteral("base"), QStringLiteral("http://192.0.2.1/boot") },
            { QStringLiteral("empty"), QString() },
            { QStringLiteral("x-y.z"), QStringLiteral("${base} a b") } };
        p.preamble = QStringLiteral("set late 1\nisset ${x} || set x 1\n:pre_label\necho pre");
        p.epilogue = QStringLiteral(
            ":failed\necho failed ${errno}\n\nprompt ||\ngoto main\n:other_raw\nexit");
        checkRoundTrip(p);
        p.variables.clear();
        checkRoundTrip(p);
        p.preamble.clear();
        checkRoundTrip(p);
    }

    void projectWithoutMenus()
    {
        Project p;
        p.name = QStringLiteral("Only raw");
        p.preamble = QStringLiteral("echo hello\n:x\nshell");
        p.epilogue = QStringLiteral("echo bye");
        checkRoundTrip(p);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("empty") << QString();
        QTest::newRow("whitespace") << QStringLiteral(" \n\t\r\n");
        QTest::newRow("nul") << QString::fromLatin1("#!ipxe\nitem a\0b\n", 16);
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary += char(i * 7 + 1);
        QTest::newRow("binary") << QString::fromLatin1(binary.replace('\0', '\1'));
    }
    void invalidInput()
    {
        QFETCH(QString, script);
        const ScriptImporter::Result r = ScriptImporter::import(script);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }

    void oddCharactersAfterAShebangAreImported()
    {
        // The writer's output starts with `#!ipxe`; it must always import again, whatever raw
        // text it carries.
        QString script
            = QStringLiteral("#!ipxe\n:m\nmenu\nitem a A\nchoose x && goto ${x}\n:a\necho ");
        for (int i = 0; i < 200; ++i)
            script += QChar(0x01 + i % 8);
        script += QStringLiteral("\ngoto m\n");
        const ScriptImporter::Result r = ScriptImporter::import(script);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.project.menus.front().items.front().kind, Item::Kind::Script);
        const QString written = ScriptWriter::write(r.project);
        QCOMPARE(ScriptWriter::write(ScriptImporter::import(written).project), written);
    }

    void missingShebangIsANote()
    {
        const ScriptImporter::Result r = ScriptImporter::import(
            S(":menu\nmenu Hi\nitem a A\nchoose t && goto ${t}\n:a\nreboot\n"));
        QVERIFY(r.ok());
        QVERIFY(anyNoteContains(r, QStringLiteral("#!ipxe")));
        QCOMPARE(r.project.menus.size(), 1);
        QCOMPARE(r.project.menus.front().items.front().kind, Item::Kind::Reboot);
        const ScriptImporter::Result withShebang = ScriptImporter::import(
            S("#!ipxe\n:menu\nmenu Hi\nitem a A\nchoose t && goto ${t}\n:a\nreboot\n"));
        QVERIFY(!anyNoteContains(withShebang, QStringLiteral("#!ipxe")));
    }

    void crlfAndByteOrderMark()
    {
        const ProjectFile::LoadResult loaded
            = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json")));
        QVERIFY(loaded.ok());
        const QString script = ScriptWriter::write(loaded.project);
        QString crlf = script;
        crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        const ScriptImporter::Result a = ScriptImporter::import(script);
        const ScriptImporter::Result b = ScriptImporter::import(crlf);
        QVERIFY(b.ok());
        QVERIFY(a.project == b.project);
        const ScriptImporter::Result c = ScriptImporter::import(QChar(0xfeff) + crlf);
        QVERIFY(c.project == a.project);
        QVERIFY(anyNoteContains(c, QStringLiteral("byte order mark")));

        // A carriage return inside a line is whitespace to iPXE: `ip\rxe` is two words, before
        // and after the writer (which deletes carriage returns from raw text).
        const QString mid
            = S("#!ipxe\n:m\nmenu\nitem ip\rxe X\nitem x X\nchoose c && goto ${c}\n:x\nshell\n");
        const ScriptImporter::Result d = ScriptImporter::import(mid);
        QCOMPARE(summary(d.project.menus.front()),
            (QStringList { S("verbatim|m-raw-1|item ip xe X|"), S("script|x|X|") }));
        const QString written = ScriptWriter::write(d.project);
        QCOMPARE(ScriptWriter::write(ScriptImporter::import(written).project), written);
    }

    void backslashContinuations()
    {
        const QString script = S("#!ipxe\n"
                                 ":menu\n"
                                 "menu Continued \\\n  title\n"
                                 "item --key d \\\n  deb Debian \\\n  installer\n"
                                 "item odd Odd\n"
                                 "choose t && goto ${t}\n"
                                 ":deb\n"
                                 "kernel http://h/linux \\\n   auto=true \\\n   quiet\n"
                                 "initrd http://h/initrd.gz\n"
                                 "boot\n"
                                 ":odd\n"
                                 "echo one \\\n  two\n"
                                 "goto menu\n");
        const ScriptImporter::Result r = ScriptImporter::import(script);
        QVERIFY(r.ok());
        const Menu &m = r.project.menus.front();
        QCOMPARE(m.title, QStringLiteral("Continued title"));
        QCOMPARE(
            summary(m), (QStringList { S("linux|deb|Debian installer|d"), S("script|odd|Odd|") }));
        QCOMPARE(m.items.front().args, QStringLiteral("auto=true quiet"));
        QCOMPARE(m.items.at(1).script, QStringLiteral("echo one \\\n  two"));
        QCOMPARE(kept(r), (QStringList { S("17-19 menu menu, entry 'odd'") }));

        // The writer drops every trailing backslash from the last line of raw text and trims
        // lines of spaces from its ends; a backslash that joins only an empty line (or the end)
        // and a line of Unicode spaces are read that way from the start, so that the written
        // script reads the same.
        const QString edges
            = S("#!ipxe\n:m\nmenu\nitem a A\nitem b B\nchoose c && goto ${c}\n"
                ":a\n\u00a0\nchain --autofree http://h/x\\\\\n\n:b\nshell \\\\\\\n");
        const ScriptImporter::Result e = ScriptImporter::import(edges);
        QCOMPARE(
            summary(e.project.menus.front()), (QStringList { S("script|a|A|"), S("script|b|B|") }));
        QCOMPARE(e.project.menus.front().items.at(0).script,
            QStringLiteral("chain --autofree http://h/x\ngoto b"));
        QCOMPARE(e.project.menus.front().items.at(1).script, QStringLiteral("shell \nexit"));
        QVERIFY(anyNoteContains(e, QStringLiteral("backslash")));
        const QString written = ScriptWriter::write(e.project);
        QCOMPARE(ScriptWriter::write(ScriptImporter::import(written).project), written);
    }

    void foreign_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QList<QStringList>>("items");
        QTest::addColumn<QStringList>("keptRaw");
        QTest::addColumn<QStringList>("notes"); // each must be contained in some note

        QTest::newRow("netboot.xyz")
            << QStringLiteral("netbootxyz-style.ipxe")
            << QStringList { S("main_menu"), S("linux_menu"), S("tools_menu") }
            << QList<QStringList> { { S("verbatim|main_menu-raw-1|clear menu|"),
                                        S("gap|main_menu-gap-1|Default:|"),
                                        S("script|local|Boot from local disk|l"),
                                        S("gap|main_menu-gap-2|Distributions:|"),
                                        S("submenu|linux_menu-2|Linux installers...|i"),
                                        S("script|windows|Windows PE (UEFI)|w"),
                                        S("verbatim|main_menu-raw-2|iseq ${arch} x86_64 && item "
                                          "memtest Memtest86+ |||"),
                                        S("gap|main_menu-gap-3|Tools:|"),
                                        S("submenu|tools|Tools...|t"),
                                        S("script|shell|iPXE shell|s"),
                                        S("exit|exit|Exit to the firmware|x") },
                   { S("gap|linux_menu-gap-1|Debian family:|"),
                       S("linux|debian|Debian 12 (bookworm)|"),
                       S("script|ubuntu|Ubuntu 24.04 LTS|"), S("gap|linux_menu-gap-2|Others:|"),
                       S("script|fedora|Fedora 41|"),
                       S("submenu|main_menu-2|Back to the main menu|") },
                   { S("script|netinfo|Network information|"), S("reboot|reboot|Reboot|"),
                       S("submenu|main_menu-3|Back|") } }
            << QStringList { S("17-17 menu main_menu, item list"),
                   S("24-24 menu main_menu, item list"), S("35-37 menu main_menu, entry 'local'"),
                   S("40-42 menu main_menu, entry 'windows'"),
                   S("52-54 menu main_menu, entry 'shell'"),
                   S("75-77 menu linux_menu, entry 'ubuntu'"),
                   S("80-82 menu linux_menu, entry 'fedora'"),
                   S("92-94 menu tools_menu, entry 'netinfo'"), S("9-14 preamble"),
                   S("44-46 epilogue"), S("99-102 epilogue") }
            << QStringList { S("`${menu}`"), S("`${menu_timeout}`"), S("${target}"),
                   S("Escape ran `goto local`"), S("echo ${cls} / goto main_menu"),
                   S("2 comment line(s)") };

        QTest::newRow("FOG")
            << QStringLiteral("fog-style.ipxe") << QStringList { S("MENU") }
            << QList<QStringList> { { S("verbatim|MENU-raw-1|colour --rgb 0xff6600 0 |||"),
                   S("gap|MENU-gap-1|Host is NOT registered!|"),
                   S("gap|MENU-gap-2|-------------------------------------|"),
                   S("verbatim|MENU-raw-2|cpair --foreground 0 |||"),
                   S("script|fog.local|Boot from hard disk|"),
                   S("script|fog.memtest|Run Memtest86+|"),
                   S("script|fog.reginput|Perform Full Host Registration and Inventory|"),
                   S("script|fog.reg|Quick Registration and Inventory|"),
                   S("script|fog.deployimage|Deploy Image|"),
                   S("script|fog.multijoin|Join Multicast Session|"),
                   S("script|fog.sysinfo|Client System Information (Compatibility)|") } }
            << QStringList { S("23-26 menu MENU, item list"), S("29-29 menu MENU, item list"),
                   S("40-40 menu MENU, entry 'fog.local'"),
                   S("43-45 menu MENU, entry 'fog.memtest'"),
                   S("48-50 menu MENU, entry 'fog.reginput'"),
                   S("53-55 menu MENU, entry 'fog.reg'"),
                   S("58-68 menu MENU, entry 'fog.deployimage'"),
                   S("71-79 menu MENU, entry 'fog.multijoin'"),
                   S("82-84 menu MENU, entry 'fog.sysinfo'"), S("5-6 preamble"), S("8-11 epilogue"),
                   S("13-16 epilogue"), S("18-19 epilogue") }
            << QStringList { S("added `goto fog.multijoin`"), S("${target}") };

        QTest::newRow("Cobbler")
            << QStringLiteral("cobbler-style.ipxe") << QStringList { S("menu") }
            << QList<QStringList> { { S("gap|menu-gap-1|------------------------- Local "
                                        "-------------------------|"),
                   S("script|local|Boot from the local disk|"),
                   S("gap|menu-gap-2|------------------------ Profiles ------------------------|"),
                   S("script|AlmaLinux-9-x86_64|AlmaLinux-9-x86_64|"),
                   S("script|Rocky-9-x86_64|Rocky-9-x86_64|"),
                   S("linux|openSUSE-15.6-x86_64|openSUSE-15.6-x86_64|"),
                   S("script|Ubuntu-24.04-autoinstall|Ubuntu-24.04-autoinstall|") } }
            << QStringList { S("19-20 menu menu, entry 'local'"),
                   S("23-25 menu menu, entry 'AlmaLinux-9-x86_64'"),
                   S("28-30 menu menu, entry 'Rocky-9-x86_64'"),
                   S("41-44 menu menu, entry 'Ubuntu-24.04-autoinstall'") }
            << QStringList { S("${os}"), S("Escape ran `goto menu`"), S("4 comment line(s)") };

        QTest::newRow("elfshoe")
            << QStringLiteral("elfshoe-style.ipxe") << QStringList { S("start") }
            << QList<QStringList> { { S("gap|start-gap-1|Fedora|"),
                   S("script|fedora-41|Fedora 41 Server|1"),
                   S("script|fedora-40|Fedora 40 Server|2"), S("gap|start-gap-2|CentOS Stream|"),
                   S("script|centos-stream-10|CentOS Stream 10|3"),
                   S("script|centos-stream-9|CentOS Stream 9|4"), S("gap|start-gap-3|Other|"),
                   S("shell|shell|iPXE shell|s"), S("reboot|reboot|Reboot|r"),
                   S("exit|exit|Exit and boot from disk|x") } }
            << QStringList { S("22-24 menu start, entry 'fedora-41'"),
                   S("27-29 menu start, entry 'fedora-40'"),
                   S("32-34 menu start, entry 'centos-stream-10'"),
                   S("37-39 menu start, entry 'centos-stream-9'"), S("51-54 epilogue") }
            << QStringList { S("`${menu-timeout}`") };

        QTest::newRow("NixOS netboot")
            << QStringLiteral("nixos-netboot.ipxe") << QStringList { S("main") }
            << QList<QStringList> { { S("linux|boot|Boot|") } } << QStringList {}
            << QStringList { S("has no menu: created menu 'main'") };

        QTest::newRow("fall-through")
            << QStringLiteral("fallthrough-style.ipxe") << QStringList { S("top") }
            << QList<QStringList> { { S("script|alpha|Alpha (chain, runs on into bravo)|a"),
                   S("chain|bravo|Bravo (chain, then back)|b"),
                   S("script|retry|Retry the network|"), S("gap|top-gap-1||"),
                   S("verbatim|top-raw-1|item noname-${x} Item with a variable name|") } }
            << QStringList { S("11-11 menu top, item list"), S("16-18 menu top, entry 'alpha'"),
                   S("25-26 menu top, entry 'retry'"), S("3-3 preamble"), S("28-30 epilogue") }
            << QStringList { S("added `goto bravo`") };
    }
    void foreign()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, menus);
        QFETCH(QList<QStringList>, items);
        QFETCH(QStringList, keptRaw);
        QFETCH(QStringList, notes);
        const QString original = fixture(file);
        QVERIFY2(!original.isEmpty(), qPrintable(file));
        const ScriptImporter::Result r = ScriptImporter::import(original);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QStringList ids;
        for (const Menu &m : r.project.menus)
            ids << m.id;
        QCOMPARE(ids, menus);
        for (qsizetype m = 0; m < menus.size(); ++m)
            QCOMPARE(summary(r.project.menus.at(m)), items.at(m));
        QCOMPARE(kept(r), keptRaw);
        for (const QString &n : notes)
            QVERIFY2(anyNoteContains(r, n),
                qPrintable(n + QStringLiteral(" not in:\n") + r.notes.join(QLatin1Char('\n'))));

        // Every entry runs the commands of its original block; the writer may only add a final
        // jump (`goto <menu>`, or the `goto`/`exit` that keeps a fall-through).
        const QString written = ScriptWriter::write(r.project);
        for (const Menu &m : r.project.menus) {
            for (const Item &it : m.items) {
                if (!it.isSelectable())
                    continue;
                bool found = false;
                const QStringList before = blockCommands(original, it.id, &found);
                const QStringList after = blockCommands(written, it.id);
                if (!found) { // a new id: a submenu item for an item named like its menu, or a
                              // created entry
                    QVERIFY2(
                        it.kind == Item::Kind::Submenu || file.startsWith(QLatin1String("nixos")),
                        qPrintable(it.id));
                    continue;
                }
                QVERIFY2(after.mid(0, before.size()) == before,
                    qPrintable(it.id + QStringLiteral(":\n") + before.join(QLatin1Char('\n'))
                        + QStringLiteral("\n---\n") + after.join(QLatin1Char('\n'))));
                for (const QString &extra : after.mid(before.size()))
                    QVERIFY2(
                        extra.startsWith(QLatin1String("goto ")) || extra == QLatin1String("exit"),
                        qPrintable(extra));
            }
        }
        // Blocks nothing opens are kept, label and all, in the epilogue.
        for (const ScriptImporter::KeptRaw &k : r.keptRaw) {
            if (k.where != QLatin1String("epilogue"))
                continue;
            const QString firstLine = original.split(QLatin1Char('\n')).at(k.firstLine - 1);
            QVERIFY2(r.project.epilogue.contains(firstLine), qPrintable(firstLine));
        }
        // Importing the written script again changes nothing.
        const ScriptImporter::Result again = ScriptImporter::import(written);
        QCOMPARE(ScriptWriter::write(again.project), written);
    }

    void nixosBecomesOneLinuxEntry()
    {
        const ScriptImporter::Result r
            = ScriptImporter::import(fixture(QStringLiteral("nixos-netboot.ipxe")));
        const Item &it = r.project.menus.front().items.front();
        QCOMPARE(it.kernel, QStringLiteral("bzImage"));
        QCOMPARE(it.initrds, QStringList { QStringLiteral("initrd") });
        QVERIFY(it.args.startsWith(QLatin1String("init=/nix/store/")));
        QVERIFY(it.args.endsWith(QLatin1String("loglevel=4 ${cmdline}")));
        QCOMPARE(r.project.menus.front().defaultItem, QStringLiteral("boot"));
        QVERIFY(r.keptRaw.isEmpty());
    }

    void duplicateItemNamesGetCopies()
    {
        const ScriptImporter::Result r
            = ScriptImporter::import(S("#!ipxe\n:one\nmenu One\nitem help Help\nitem two Menu "
                                       "two\nchoose --default help t && goto ${t}\n"
                                       ":two\nmenu Two\nitem help Help\nitem help Help "
                                       "again\nchoose --default help t && goto ${t}\n"
                                       ":help\necho Help text\nprompt ||\ngoto one\n"));
        QVERIFY(r.ok());
        QCOMPARE(summary(r.project.menus.at(0)),
            (QStringList { S("script|help|Help|"), S("submenu|two-2|Menu two|") }));
        QCOMPARE(summary(r.project.menus.at(1)),
            (QStringList { S("script|help-2|Help|"), S("script|help-3|Help again|") }));
        QCOMPARE(r.project.menus.at(1).defaultItem, QStringLiteral("help-2"));
        // The copies keep the original jump back to `one`; the owner's is the writer's.
        QCOMPARE(
            r.project.menus.at(0).items.at(0).script, QStringLiteral("echo Help text\nprompt ||"));
        QCOMPARE(r.project.menus.at(1).items.at(0).script,
            QStringLiteral("echo Help text\nprompt ||\ngoto one"));
    }

    void unreadableItemsStayRaw()
    {
        const QString script = S(
            "#!ipxe\n:m\nmenu\nitem a:b Colon\nitem --key 0x1b esc Escape\nitem ${dyn} Dynamic\n"
            "item nolabel Missing\nchoose x && goto ${x}\n:a:b\nshell\n:esc\nexit\n");
        const ScriptImporter::Result r = ScriptImporter::import(script);
        QVERIFY(r.ok());
        const Menu &m = r.project.menus.front();
        QCOMPARE(m.items.size(), 1);
        QCOMPARE(m.items.front().kind, Item::Kind::Verbatim);
        QCOMPARE(m.items.front().script.count(QLatin1Char('\n')), 3);
        QCOMPARE(r.keptRaw.size(), 3);
        QVERIFY(r.keptRaw.front().reason.contains(QLatin1String("a:b")));
        QVERIFY(r.keptRaw.front().reason.contains(QLatin1String("0x1b")));
        QVERIFY(r.keptRaw.front().reason.contains(QLatin1String("nolabel")));
        // `:a:b` falls through into `:esc`, so both stay together in the epilogue.
        QCOMPARE(r.project.epilogue, QStringLiteral(":a:b\nshell\n\n:esc\nexit"));
        const QString written = ScriptWriter::write(r.project);
        QVERIFY(written.contains(QLatin1String("\nitem a:b Colon\n")));
        QVERIFY(written.contains(QLatin1String("\nitem --key 0x1b esc Escape\n")));
    }

    void menuWithoutLabelAtTheTop()
    {
        const ScriptImporter::Result r = ScriptImporter::import(
            S("#!ipxe\ndhcp\nmenu Quick\nitem a Shell\nchoose x && goto ${x}\n:a\nshell\n"));
        QVERIFY(r.ok());
        QCOMPARE(r.project.menus.size(), 1);
        QCOMPARE(r.project.menus.front().id, QStringLiteral("main"));
        QCOMPARE(r.project.preamble, QStringLiteral("dhcp"));
        // `shell` returns, and the script then ended: kept with an explicit `exit`.
        QCOMPARE(r.project.menus.front().items.front().script, QStringLiteral("shell\nexit"));
    }

    void commentedOutLabelBeforeMenuKeepsTheBlockRaw()
    {
        // Lines before `menu` would move behind it, and a `#~ :label` among them could then
        // start a commented-out block: such a block stays raw script.
        const QString script
            = S("#!ipxe\n:m\n#~ :old\n#~ echo old\nmenu\nitem a A\nchoose x && goto ${x}\n"
                ":a\nshell\ngoto m\n");
        const ScriptImporter::Result r = ScriptImporter::import(script);
        QVERIFY(r.ok());
        QCOMPARE(r.project.menus.size(), 1);
        QCOMPARE(r.project.menus.front().items.front().kind, Item::Kind::Script);
        QVERIFY(r.project.menus.front().items.front().script.contains(
            QLatin1String("#~ :old\n#~ echo old\nmenu")));
        const QString written = ScriptWriter::write(r.project);
        QCOMPARE(ScriptWriter::write(ScriptImporter::import(written).project), written);
    }

    void commentedOutBlockMustBeCommentedOutToTheEnd()
    {
        // `#~ :old` is followed by live code before the next real block, so it is only a comment
        // inside `:a`, which ends with `goto m` and does not run on.
        const ScriptImporter::Result r = ScriptImporter::import(
            S("#!ipxe\n:m\nmenu\nitem a A\nchoose x && goto ${x}\n:a\nchain --autofree http://h/a\n"
              "#~ :old\n#~ echo old\n#~ :older\ngoto m\n:b\nshell\n"));
        QVERIFY(r.ok());
        QCOMPARE(r.project.menus.front().items.front().script,
            QStringLiteral("chain --autofree http://h/a\n#~ :old\n#~ echo old\n#~ :older"));
        const QString written = ScriptWriter::write(r.project);
        QCOMPARE(ScriptWriter::write(ScriptImporter::import(written).project), written);
    }

    void chooseDetailsAreNoted()
    {
        const ScriptImporter::Result r
            = ScriptImporter::import(S("#!ipxe\n:m\nmenu\nitem --default a A\nitem b B\nchoose "
                                       "--keep --timeout 2s pick\necho after\n"
                                       ":a\nshell\ngoto m\n:b\nreboot\n"));
        QVERIFY(r.ok());
        const Menu &m = r.project.menus.front();
        QCOMPARE(m.defaultItem, QStringLiteral("a"));
        QCOMPARE(m.timeoutMs, 0);
        QVERIFY(anyNoteContains(r, QStringLiteral("--keep")));
        QVERIFY(anyNoteContains(r, QStringLiteral("`2s`")));
        QVERIFY(anyNoteContains(r, QStringLiteral("echo after")));
        QVERIFY(anyNoteContains(r, QStringLiteral("no `goto ${pick}`")));
    }

    void stableUnderMutation()
    {
        // A quick, deterministic cousin of the fuzz target: mutated fixtures never crash, and the
        // written script of any import imports back to itself.
        QStringList seeds;
        for (const char *f : { "netbootxyz-style.ipxe", "fog-style.ipxe", "cobbler-style.ipxe",
                 "elfshoe-style.ipxe", "nixos-netboot.ipxe", "fallthrough-style.ipxe" })
            seeds << fixture(QString::fromLatin1(f));
        const QStringList pieces
            = { S(":a"), S("#~ :a"), S("#~ item a A"), S("item a A"), S("menu T"), S("choose x"),
                  S("goto ${x}"), S("\\"), S("||"), S("# c"), S("exit"), S("boot"), S("\r"),
                  S("# --- epilogue (raw script) ---"), S("item --gap"), S("goto main") };
        QRandomGenerator rng(42);
        for (int i = 0; i < 1500; ++i) {
            QStringList lines = seeds.at(rng.bounded(int(seeds.size()))).split(QLatin1Char('\n'));
            for (int n = 1 + rng.bounded(5); n > 0 && !lines.isEmpty(); --n) {
                const int at = rng.bounded(int(lines.size()));
                switch (rng.bounded(4)) {
                case 0:
                    lines.removeAt(at);
                    break;
                case 1:
                    lines.insert(at, pieces.at(rng.bounded(int(pieces.size()))));
                    break;
                case 2:
                    lines[at].prepend(QStringLiteral("#~ "));
                    break;
                default:
                    lines[at] += QLatin1Char(' ') + pieces.at(rng.bounded(int(pieces.size())));
                    break;
                }
            }
            const ScriptImporter::Result r = ScriptImporter::import(lines.join(QLatin1Char('\n')));
            if (!r.ok())
                continue;
            const QString written = ScriptWriter::write(r.project);
            QCOMPARE(ScriptWriter::write(ScriptImporter::import(written).project), written);
        }
    }
};

QTEST_GUILESS_MAIN(ScriptImporterTest)
#include "scriptimporter_test.moc"
