#include "ipxe/buildprofile.h"
#include "ipxe/linter.h"
#include "ipxe/scriptwriter.h"
#include "model/projectfile.h"
#include "support/testdata.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::TestData;

namespace {

// "#!ipxe\n" + the given lines, so that the first line of `body` is line 2.
QString script(const char *body)
{
    return QStringLiteral("#!ipxe\n") + QString::fromUtf8(body);
}

QList<Diagnostic> lintAs(const QString &text, const QString &profile)
{
    return Linter::lint(text, BuildProfile::byName(profile));
}

QString dump(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.isEmpty() ? QStringLiteral("(no diagnostics)") : lines.join(QLatin1Char('\n'));
}

QList<Diagnostic> withRule(const QList<Diagnostic> &diagnostics, const QString &rule)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : diagnostics) {
        if (d.ruleId == rule)
            out << d;
    }
    return out;
}

int countSeverity(const QList<Diagnostic> &diagnostics, Diagnostic::Severity severity)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
        [&](const Diagnostic &d) { return d.severity == severity; }));
}

// The homelab example and a project with every item kind, some of them only for one platform.
Project bigProject(int entries, int perMenu)
{
    Project p;
    p.name = QStringLiteral("Big");
    p.variables << Variable { QStringLiteral("base"), QStringLiteral("http://10.0.2.100") };
    int made = 0;
    int menuIndex = 0;
    while (made < entries) {
        Menu m;
        m.id = QStringLiteral("menu") + QString::number(menuIndex);
        m.title = QStringLiteral("Menu ") + QString::number(menuIndex);
        m.timeoutMs = 5000;
        for (int i = 0; i < perMenu && made < entries; ++i, ++made) {
            Item it;
            it.id = QStringLiteral("e") + QString::number(made);
            it.label = QStringLiteral("Entry ") + QString::number(made);
            switch (made % 5) {
            case 0:
                it.kind = Item::Kind::Linux;
                it.kernel = QStringLiteral("${base}/k") + QString::number(made);
                it.initrds << QStringLiteral("${base}/i") + QString::number(made);
                it.args = QStringLiteral("console=ttyS0 quiet");
                break;
            case 1:
                it.kind = Item::Kind::Chain;
                it.url = QStringLiteral("${base}/c.ipxe");
                break;
            case 2:
                it.kind = Item::Kind::LocalDisk;
                break;
            case 3:
                it.kind = Item::Kind::Sanboot;
                it.url = QStringLiteral("${base}/x.iso");
                it.platform.firmware = PlatformCondition::Firmware::Uefi;
                break;
            default:
                it.kind = Item::Kind::Shell;
                it.platform.firmware = PlatformCondition::Firmware::Bios;
                break;
            }
            m.items << it;
        }
        if (menuIndex > 0) {
            Item back;
            back.kind = Item::Kind::Submenu;
            back.id = m.id + QStringLiteral("-back");
            back.label = QStringLiteral("Back");
            back.menu = QStringLiteral("menu0");
            m.items << back;
        }
        m.defaultItem = m.items.front().id;
        p.menus << m;
        ++menuIndex;
    }
    // Link every submenu from the root menu.
    for (int i = 1; i < p.menus.size(); ++i) {
        Item link;
        link.kind = Item::Kind::Submenu;
        link.id = p.menus.at(i).id + QStringLiteral("-link");
        link.label = p.menus.at(i).title;
        link.menu = p.menus.at(i).id;
        p.menus[0].items << link;
    }
    return p;
}

} // namespace

class LinterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each rule fires at the right place with the right severity.
    void triggers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("severity");
        const QString debian = QStringLiteral("debian");
        const QString full = QStringLiteral("full");
        const QString error = QStringLiteral("error");
        const QString warning = QStringLiteral("warning");

        QTest::newRow("shebang-missing") << QStringLiteral("echo hi\n") << debian
                                         << QStringLiteral("missing-shebang") << 1 << 1 << error;
        QTest::newRow("shebang-empty")
            << QString() << debian << QStringLiteral("missing-shebang") << 1 << 1 << error;
        QTest::newRow("shebang-at-eof") << QStringLiteral("#!ipxe") << debian
                                        << QStringLiteral("missing-shebang") << 1 << 1 << error;
        QTest::newRow("shebang-case") << QStringLiteral("#!IPXE\necho\n") << debian
                                      << QStringLiteral("missing-shebang") << 1 << 1 << error;
        QTest::newRow("shebang-bom") << QStringLiteral("\uFEFF#!ipxe\necho\n") << debian
                                     << QStringLiteral("missing-shebang") << 1 << 1 << error;
        QTest::newRow("shebang-second-line")
            << QStringLiteral("\n#!ipxe\n") << debian << QStringLiteral("missing-shebang") << 1 << 1
            << error;

        QTest::newRow("undefined-label") << script("goto nowhere\n") << debian
                                         << QStringLiteral("undefined-label") << 2 << 6 << error;
        QTest::newRow("undefined-label-after-or")
            << script("chain http://x/a || goto fallbak\n:fallback\nexit\n") << debian
            << QStringLiteral("undefined-label") << 2 << 26 << error;
        QTest::newRow("empty-goto")
            << script("goto\n") << debian << QStringLiteral("empty-goto") << 2 << 1 << error;
        QTest::newRow("duplicate-label") << script(":a\necho 1\n:a\necho 2\n") << debian
                                         << QStringLiteral("duplicate-label") << 4 << 1 << error;

        const char *menuWithMissingDefault = ":m\n"
                                             "menu Pick\n"
                                             "item a A\n"
                                             "item b B\n"
                                             "choose --default c sel || exit\n"
                                             "goto ${sel}\n"
                                             ":a\nexit\n:b\nexit\n";
        QTest::newRow("choose-default-missing")
            << script(menuWithMissingDefault) << debian << QStringLiteral("choose-default-missing")
            << 6 << 18 << warning;
        QTest::newRow("choose-default-short-option")
            << script("menu\nitem a A\nchoose -d zz sel && goto ${sel}\n:a\nexit\n") << debian
            << QStringLiteral("choose-default-missing") << 4 << 11 << warning;

        const char *itemWithoutLabel = "menu Pick\n"
                                       "item a A\n"
                                       "item --key b b B\n"
                                       "choose sel || exit\n"
                                       "goto ${sel}\n"
                                       ":a\nexit\n";
        QTest::newRow("item-without-label")
            << script(itemWithoutLabel) << debian << QStringLiteral("item-without-label") << 4 << 14
            << error;
        QTest::newRow("item-without-label-named-menu") << script(
            "menu --name m Pick\nitem --menu m x X\nchoose --menu m target\ngoto ${target}\n")
                                                       << debian
                                                       << QStringLiteral("item-without-label") << 3
                                                       << 15 << error;

        QTest::newRow("unreachable-after-exit")
            << script("exit\n:orphan\necho x\n") << debian << QStringLiteral("unreachable-label")
            << 3 << 1 << warning;
        QTest::newRow("unreachable-after-goto")
            << script("goto end\n:island\necho never\n:end\nexit\n") << debian
            << QStringLiteral("unreachable-label") << 3 << 1 << warning;
        // A failing line ends the script: without `||` the false iseq stops here.
        QTest::newRow("unreachable-after-failing-iseq")
            << script("iseq ${platform} efi && exit\n:bios\nexit\n") << debian
            << QStringLiteral("unreachable-label") << 3 << 1 << warning;
        QTest::newRow("unreachable-after-reboot")
            << script("reboot\n:after\nexit\n") << debian << QStringLiteral("unreachable-label")
            << 3 << 1 << warning;
        QTest::newRow("unreachable-indented")
            << script("exit\n  :deep\n") << debian << QStringLiteral("unreachable-label") << 3 << 3
            << warning;

        QTest::newRow("unknown-command") << script("menuu Title\n") << debian
                                         << QStringLiteral("unknown-command") << 2 << 1 << error;
        QTest::newRow("unknown-command-gotoo")
            << script(":a\ngotoo a\n") << debian << QStringLiteral("unknown-command") << 3 << 1
            << error;
        QTest::newRow("unknown-command-in-chain")
            << script("iseqq ${platform} efi && echo x || echo y\n") << debian
            << QStringLiteral("unknown-command") << 2 << 1 << error;
        QTest::newRow("unknown-command-after-and")
            << script("echo a && ecko b\n") << full << QStringLiteral("unknown-command") << 2 << 11
            << error;

        for (const char *c : { "params", "param", "console", "colour", "cpair", "imgverify",
                 "imgtrust", "ntp", "poweroff", "ping", "nslookup" }) {
            QTest::newRow(qPrintable(QStringLiteral("not-in-debian-") + QLatin1String(c)))
                << script("echo start\n") + QLatin1String(c) + QStringLiteral(" x\n") << debian
                << QStringLiteral("command-not-in-build") << 3 << 1 << error;
        }
        QTest::newRow("gdbstub-not-in-full")
            << script("gdbstub udp net0\n") << full << QStringLiteral("command-not-in-build") << 2
            << 1 << error;

        QTest::newRow("https") << script("chain https://example.com/x.ipxe\n") << debian
                               << QStringLiteral("https-unsupported") << 2 << 7 << error;
        QTest::newRow("https-initrd") << script("initrd --name i HTTPS://example.com/i\n") << debian
                                      << QStringLiteral("https-unsupported") << 2 << 17 << error;
        QTest::newRow("https-sanboot-second-path")
            << script("sanboot http://a/x.iso https://b/x.iso\n") << debian
            << QStringLiteral("https-unsupported") << 2 << 24 << error;
        QTest::newRow("https-through-variable")
            << script("set base https://example.com\nkernel ${base}/vmlinuz\nboot\n") << debian
            << QStringLiteral("https-unsupported") << 3 << 8 << error;

        QTest::newRow("space-initrd")
            << script("initrd http://x/my file.img\n") << debian
            << QStringLiteral("url-unencoded-space") << 2 << 20 << warning;
        QTest::newRow("space-initrd-variable")
            << script("initrd ${base}/my file.img\n") << debian
            << QStringLiteral("url-unencoded-space") << 2 << 19 << warning;
        QTest::newRow("space-kernel")
            << script("kernel http://x/my dir/vmlinuz quiet\n") << debian
            << QStringLiteral("url-unencoded-space") << 2 << 20 << warning;
        QTest::newRow("space-chain")
            << script("chain --autofree http://x/my menus/boot.ipxe\n") << debian
            << QStringLiteral("url-unencoded-space") << 2 << 30 << warning;
        QTest::newRow("space-sanboot")
            << script("sanboot http://x/my disk.iso\n") << debian
            << QStringLiteral("url-unencoded-space") << 2 << 21 << warning;

        QTest::newRow("secret-private-token")
            << script("chain http://gitlab/api/v4/file?ref=main&private_token=abcdef123456 ||\n")
            << debian << QStringLiteral("secret-in-url") << 2 << 42 << error;
        QTest::newRow("secret-access-token")
            << script("kernel http://x/k?access_token=abcdef123456\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 19 << error;
        QTest::newRow("secret-job-token")
            << script("initrd http://x/i?job_token=abcdef123456\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 19 << error;
        QTest::newRow("secret-token-param")
            << script("chain http://x/a?x=1&token=abc123\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 22 << error;
        QTest::newRow("secret-userinfo")
            << script("kernel http://user:s3cret@x/vmlinuz\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 15 << error;
        QTest::newRow("secret-userinfo-ftp") << script("imgfetch ftp://me:pw@x/f\n") << debian
                                             << QStringLiteral("secret-in-url") << 2 << 16 << error;
        QTest::newRow("secret-glpat-in-comment")
            << script("# token: glpat-abcdefghijklmnopqrst\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 10 << error;
        QTest::newRow("secret-glpat-in-set")
            << script("set t glpat-AbCdEfGh12345678_-xy\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 7 << error;
        QTest::newRow("secret-deploy-token")
            << script("set t gldt-abcdefghijklmnopqrst\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 7 << error;
        QTest::newRow("secret-trigger-token")
            << script("chain http://x/?t=glptt-0123456789abcdef\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 19 << error;
        QTest::newRow("secret-runner-token") << script("echo glrt-0123456789abcdef\n") << debian
                                             << QStringLiteral("secret-in-url") << 2 << 6 << error;
        QTest::newRow("secret-instance-prefix")
            << script("echo SIE-glpat-0123456789abcdef\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 10 << error;
        QTest::newRow("secret-disabled-item")
            << script("#~ chain http://x/a?private_token=abcdef123456\n") << debian
            << QStringLiteral("secret-in-url") << 2 << 21 << error;

        QTest::newRow("bios-drive") << script("sanboot --drive 0x80\n") << debian
                                    << QStringLiteral("bios-only-on-uefi") << 2 << 1 << warning;
        QTest::newRow("bios-memdisk")
            << script("kernel http://x/memdisk iso raw\ninitrd http://x/a.iso\nboot\n") << debian
            << QStringLiteral("bios-only-on-uefi") << 2 << 8 << warning;
        QTest::newRow("bios-kpxe") << script("chain http://x/undionly.kpxe\n") << debian
                                   << QStringLiteral("bios-only-on-uefi") << 2 << 7 << warning;
        QTest::newRow("bios-pxelinux") << script("chain tftp://x/pxelinux.0\n") << debian
                                       << QStringLiteral("bios-only-on-uefi") << 2 << 7 << warning;
        QTest::newRow("bios-lkrn") << script("kernel ${base}/ipxe.lkrn\nboot\n") << debian
                                   << QStringLiteral("bios-only-on-uefi") << 2 << 8 << warning;
        QTest::newRow("bios-guard-on-wrong-platform")
            << script("iseq ${platform} efi && sanboot --drive 0x80 ||\n") << debian
            << QStringLiteral("bios-only-on-uefi") << 2 << 25 << warning;
        QTest::newRow("bios-item-offered-on-uefi")
            << script("menu\n"
                      "iseq ${platform} efi && item disk Disk ||\n"
                      "choose sel && goto ${sel} || exit\n"
                      ":disk\n"
                      "sanboot --drive 0x81\n")
            << debian << QStringLiteral("bios-only-on-uefi") << 6 << 1 << warning;
        QTest::newRow("bios-guard-wrong-way")
            << script(":local\niseq ${platform} pcbios && exit ||\nsanboot --no-describe --drive "
                      "0x80 || exit\n")
            << debian << QStringLiteral("bios-only-on-uefi") << 4 << 1 << warning;

        QTest::newRow("timeout-choose")
            << script("menu\nitem a A\nchoose --timeout 5 sel && goto ${sel}\n:a\nexit\n") << debian
            << QStringLiteral("timeout-in-seconds") << 4 << 18 << warning;
        QTest::newRow("timeout-choose-short")
            << script("menu\nitem a A\nchoose -t10 sel && goto ${sel}\n:a\nexit\n") << debian
            << QStringLiteral("timeout-in-seconds") << 4 << 10 << warning;
        QTest::newRow("timeout-prompt")
            << script("prompt --timeout 3 Press a key ||\n") << debian
            << QStringLiteral("timeout-in-seconds") << 2 << 18 << warning;
        QTest::newRow("timeout-download")
            << script("imgfetch --timeout 30 http://x/a\n") << debian
            << QStringLiteral("timeout-in-seconds") << 2 << 20 << warning;
        QTest::newRow("sleep-ms") << script("sleep 5000\n") << debian
                                  << QStringLiteral("timeout-in-seconds") << 2 << 7 << warning;

        QTest::newRow("empty-menu") << script("menu Nothing\nitem --gap Heading\nchoose sel\n")
                                    << debian << QStringLiteral("empty-menu") << 4 << 1 << warning;
        QTest::newRow("empty-menu-undeclared") << script("choose sel\n") << debian
                                               << QStringLiteral("empty-menu") << 2 << 1 << warning;

        QTest::newRow("hotkey-duplicate") << script(
            "menu\nitem --key a x X\nitem --key a y Y\nchoose s && goto ${s}\n:x\n:y\nexit\n")
                                          << debian << QStringLiteral("item-hotkey-duplicate") << 4
                                          << 12 << warning;
    }
    void triggers()
    {
        QFETCH(QString, text);
        QFETCH(QString, profile);
        QFETCH(QString, rule);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, severity);
        const QList<Diagnostic> all = lintAs(text, profile);
        const QList<Diagnostic> hits = withRule(all, rule);
        QVERIFY2(hits.size() == 1, qPrintable(dump(all)));
        const Diagnostic &d = hits.front();
        QVERIFY2(d.line == line && d.column == column, qPrintable(dump(all)));
        QCOMPARE(Diagnostic::severityName(d.severity), severity);
        QCOMPARE(d.severity, Linter::ruleSeverity(rule));
        QVERIFY(!d.message.isEmpty());
    }

    // Near misses: a script that looks like a trigger but is fine.
    void nearMisses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("rule");
        const QString debian = QStringLiteral("debian");
        const QString full = QStringLiteral("full");

        QTest::newRow("shebang-ipxe")
            << script("echo\n") << debian << QStringLiteral("missing-shebang");
        QTest::newRow("shebang-gpxe")
            << QStringLiteral("#!gpxe\necho\n") << debian << QStringLiteral("missing-shebang");
        QTest::newRow("shebang-crlf")
            << QStringLiteral("#!ipxe\r\necho\r\n") << debian << QStringLiteral("missing-shebang");
        QTest::newRow("shebang-comment") << QStringLiteral("#!ipxe generated\necho\n") << debian
                                         << QStringLiteral("missing-shebang");

        QTest::newRow("label-defined-later")
            << script("goto end\n:end\n") << debian << QStringLiteral("undefined-label");
        QTest::newRow("label-with-commands")
            << script("goto x\n:x echo here\n") << debian << QStringLiteral("undefined-label");
        QTest::newRow("label-computed")
            << script("goto ${target}\n") << debian << QStringLiteral("undefined-label");
        QTest::newRow("goto-in-comment")
            << script("# goto nowhere\n") << debian << QStringLiteral("undefined-label");
        QTest::newRow("goto-with-target")
            << script("goto x\n:x\n") << debian << QStringLiteral("empty-goto");
        QTest::newRow("labels-differ")
            << script(":a\n:ab\n:a-b\n") << debian << QStringLiteral("duplicate-label");

        QTest::newRow("default-exists")
            << script("menu\nitem a A\nitem b B\nchoose --default b sel && goto ${sel}\n:a\n:b\n")
            << debian << QStringLiteral("choose-default-missing");
        QTest::newRow("default-computed")
            << script("menu\nitem a A\nchoose --default ${last} sel && goto ${sel}\n:a\n") << debian
            << QStringLiteral("choose-default-missing");
        QTest::newRow("default-other-menu")
            << script("menu --name one\nitem --menu one a A\nmenu --name two\nitem --menu two b B\n"
                      "choose --menu one --default a sel && goto ${sel}\n:a\n:b\n")
            << debian << QStringLiteral("choose-default-missing");

        QTest::newRow("choice-not-used-as-goto")
            << script("menu\nitem a A\nchoose sel && echo chose ${sel}\n") << debian
            << QStringLiteral("item-without-label");
        QTest::newRow("gap-without-label")
            << script("menu\nitem --gap Heading\nitem a A\nchoose sel && goto ${sel}\n:a\n")
            << debian << QStringLiteral("item-without-label");

        QTest::newRow("fall-through-after-boot")
            << script("kernel http://x/k\nboot\n:after\nexit\n") << debian
            << QStringLiteral("unreachable-label");
        QTest::newRow("fall-through-after-chain") << script("chain http://x/a.ipxe\n:after\nexit\n")
                                                  << debian << QStringLiteral("unreachable-label");
        QTest::newRow("fall-through-after-or-exit")
            << script("sanboot --no-describe --drive 0x80 || exit\n:after\nexit\n") << debian
            << QStringLiteral("unreachable-label");
        QTest::newRow("fall-through-after-guarded-goto")
            << script("iseq ${platform} efi && goto efi ||\n:bios\nexit\n:efi\nexit\n") << debian
            << QStringLiteral("unreachable-label");
        QTest::newRow("reached-by-item")
            << script("menu\nitem a A\nchoose sel || exit\ngoto ${sel}\n:a\nexit\n") << debian
            << QStringLiteral("unreachable-label");
        QTest::newRow("reached-by-netboot-xyz-style") << script(
            ":start\nmenu\nitem a A\nchoose --default a --timeout 5000 target || goto start\n"
            "echo ${cls}\ngoto ${target} ||\ngoto start\n:a\nexit\n")
                                                      << debian
                                                      << QStringLiteral("unreachable-label");
        QTest::newRow("reached-by-set") << script("set next b\ngoto ${next}\n:a\nexit\n:b\nexit\n")
                                        << debian << QStringLiteral("undefined-label");
        QTest::newRow("computed-goto-reaches-anything")
            << script("goto ${dhcp-label}\n:a\nexit\n:b\nexit\n") << debian
            << QStringLiteral("unreachable-label");
        QTest::newRow("platform-goto")
            << script("goto boot-${platform}\n:boot-pcbios\nexit\n:boot-efi\nexit\n") << debian
            << QStringLiteral("unreachable-label");
        QTest::newRow("dispatcher")
            << script("goto m1\n"
                      ":m2\nmenu\nitem b B\nchoose sel && goto dispatch || exit\n"
                      ":m1\nmenu\nitem a A\nchoose sel && goto dispatch || goto m2\n"
                      ":dispatch\ngoto ${sel}\n:a\nexit\n:b\nexit\n")
            << debian << QStringLiteral("unreachable-label");

        QTest::newRow("shared-choose")
            << script("goto m1\n"
                      ":m1\nmenu One\nitem a A\ngoto show\n"
                      ":m2\nmenu Two\nitem b B\ngoto show\n"
                      ":show\nchoose --default b sel && goto ${sel} || goto m2\n"
                      ":a\nexit\n:b\nexit\n")
            << debian << QStringLiteral("unreachable-label");
        QTest::newRow("shared-choose-default") << script(
            "goto m1\n"
            ":m1\nmenu One\nitem a A\ngoto show\n"
            ":m2\nmenu Two\nitem b B\ngoto show\n"
            ":show\nchoose --default b sel && goto ${sel} || goto m2\n"
            ":a\nexit\n:b\nexit\n") << debian << QStringLiteral("choose-default-missing");
        QTest::newRow("known-command")
            << script("menu Title\n") << debian << QStringLiteral("unknown-command");
        QTest::newRow("computed-command")
            << script("${cmd} x\n") << debian << QStringLiteral("unknown-command");
        QTest::newRow("params-in-full")
            << script("params\nparam x y\n") << full << QStringLiteral("command-not-in-build");
        QTest::newRow("not-in-build-is-not-unknown")
            << script("params\n") << debian << QStringLiteral("unknown-command");
        QTest::newRow("unknown-is-not-not-in-build")
            << script("menuu\n") << debian << QStringLiteral("command-not-in-build");

        QTest::newRow("https-in-full") << script("chain https://example.com/x.ipxe\n") << full
                                       << QStringLiteral("https-unsupported");
        QTest::newRow("https-in-echo") << script("echo see https://ipxe.org\n") << debian
                                       << QStringLiteral("https-unsupported");
        QTest::newRow("https-in-item") << script("menu\nitem a https://a.example\n") << debian
                                       << QStringLiteral("https-unsupported");
        QTest::newRow("https-kernel-argument")
            << script("kernel http://x/vmlinuz url=https://y/preseed.cfg\n") << debian
            << QStringLiteral("https-unsupported");
        QTest::newRow("https-variable-in-argument")
            << script("set seed https://y/preseed.cfg\nkernel http://x/vmlinuz url=${seed}\n")
            << debian << QStringLiteral("https-unsupported");
        QTest::newRow("https-in-comment")
            << script("# https://example.com\n") << debian << QStringLiteral("https-unsupported");
        QTest::newRow("http") << script("chain http://example.com/x.ipxe\n") << debian
                              << QStringLiteral("https-unsupported");

        QTest::newRow("kernel-arguments")
            << script("kernel http://x/vmlinuz console=ttyS0 root=/dev/sda1 quiet\n") << debian
            << QStringLiteral("url-unencoded-space");
        QTest::newRow("initrd-cpio-name") << script("initrd http://x/a.cfg /etc/a.cfg mode=644\n")
                                          << debian << QStringLiteral("url-unencoded-space");
        QTest::newRow("initrd-encoded") << script("initrd http://x/my%20file.img\n") << debian
                                        << QStringLiteral("url-unencoded-space");
        QTest::newRow("sanboot-multipath")
            << script("sanboot iscsi:10.0.0.1::::iqn.x:a iscsi:10.0.0.2::::iqn.x:a\n") << debian
            << QStringLiteral("url-unencoded-space");
        QTest::newRow("relative-image")
            << script("initrd my file\n") << debian << QStringLiteral("url-unencoded-space");
        QTest::newRow("chain-uri-argument") << script("chain http://x/grub.efi http://x/grub.cfg\n")
                                            << debian << QStringLiteral("url-unencoded-space");

        QTest::newRow("userinfo-variables")
            << script("chain http://${user:uristring}:${pass:uristring}@x/a\n") << debian
            << QStringLiteral("secret-in-url");
        QTest::newRow("userinfo-user-only")
            << script("chain http://anonymous@x/a\n") << debian << QStringLiteral("secret-in-url");
        QTest::newRow("token-variable") << script("chain http://x/a?private_token=${token}\n")
                                        << debian << QStringLiteral("secret-in-url");
        QTest::newRow("token-kernel-argument")
            << script("kernel http://x/k token=abc\n") << debian << QStringLiteral("secret-in-url");
        QTest::newRow("token-other-name") << script("chain http://x/a?mytoken=abc&csrf_token=1\n")
                                          << debian << QStringLiteral("secret-in-url");
        QTest::newRow("prefix-mention") << script("# never put a glpat- token here\n") << debian
                                        << QStringLiteral("secret-in-url");
        QTest::newRow("prefix-inside-word") << script("echo aglpat-0123456789abcdef\n") << debian
                                            << QStringLiteral("secret-in-url");
        QTest::newRow("port-not-password")
            << script("chain http://x:8080/a\n") << debian << QStringLiteral("secret-in-url");

        QTest::newRow("bootlace-local-disk") << script(
            ":local\niseq ${platform} efi && exit ||\nsanboot --no-describe --drive 0x80 || "
            "exit\ngoto local\n") << debian << QStringLiteral("bios-only-on-uefi");
        QTest::newRow("guarded-line")
            << script("iseq ${platform} pcbios && sanboot --drive 0x80 ||\n") << debian
            << QStringLiteral("bios-only-on-uefi");
        QTest::newRow("guarded-platform-first")
            << script("iseq pcbios ${platform} && chain http://x/undionly.kpxe ||\n") << debian
            << QStringLiteral("bios-only-on-uefi");
        QTest::newRow("item-offered-on-bios-only") << script(
            "menu\n"
            "iseq ${platform} pcbios && item memdisk Memdisk ||\n"
            "item other Other\n"
            "choose sel || exit\n"
            "goto ${sel}\n"
            ":memdisk\n"
            "kernel http://x/memdisk\n"
            "boot\n"
            ":other\n"
            "exit\n") << debian << QStringLiteral("bios-only-on-uefi");
        QTest::newRow("efi-branches-away") << script(
            "iseq ${platform} efi && goto uefi ||\nchain http://x/undionly.kpxe\n:uefi\nexit\n")
                                           << debian << QStringLiteral("bios-only-on-uefi");
        QTest::newRow("platform-dispatch") << script(
            "goto boot-${platform}\n:boot-pcbios\nsanboot --drive 0x80\n:boot-efi\nexit\n")
                                           << debian << QStringLiteral("bios-only-on-uefi");
        QTest::newRow("drive-with-url") << script("sanboot --drive 0x80 http://x/disk.img\n")
                                        << debian << QStringLiteral("bios-only-on-uefi");
        QTest::newRow("drive-after-sanhook")
            << script("sanhook --drive 0x81 iscsi:10.0.0.1::::iqn.x:a\nsanboot --drive 0x81\n")
            << debian << QStringLiteral("bios-only-on-uefi");
        QTest::newRow("ordinary-kernel") << script("kernel http://x/vmlinuz-6.1.0\nboot\n")
                                         << debian << QStringLiteral("bios-only-on-uefi");
        QTest::newRow("unreachable-bios-line") << script("exit\nsanboot --drive 0x80\n") << debian
                                               << QStringLiteral("bios-only-on-uefi");

        QTest::newRow("timeout-ms")
            << script("menu\nitem a A\nchoose --timeout 5000 sel && goto ${sel}\n:a\n") << debian
            << QStringLiteral("timeout-in-seconds");
        QTest::newRow("timeout-zero")
            << script("menu\nitem a A\nchoose --timeout 0 sel && goto ${sel}\n:a\n") << debian
            << QStringLiteral("timeout-in-seconds");
        QTest::newRow("timeout-variable")
            << script("menu\nitem a A\nchoose --timeout ${t} sel && goto ${sel}\n:a\n") << debian
            << QStringLiteral("timeout-in-seconds");
        QTest::newRow("sleep-seconds")
            << script("sleep 5\n") << debian << QStringLiteral("timeout-in-seconds");
        QTest::newRow("timeout-as-text")
            << script("echo --timeout 5\n") << debian << QStringLiteral("timeout-in-seconds");

        QTest::newRow("menu-with-items")
            << script("menu\nitem a A\nchoose sel && goto ${sel}\n:a\n") << debian
            << QStringLiteral("empty-menu");
        QTest::newRow("keys-differ")
            << script("menu\nitem --key a x X\nitem --key b y Y\nchoose s && goto ${s}\n:x\n:y\n")
            << debian << QStringLiteral("item-hotkey-duplicate");
        QTest::newRow("same-key-other-menu") << script(
            "menu\nitem --key a x X\nchoose s && goto ${s}\nmenu\nitem --key a y Y\nchoose s && "
            "goto ${s}\n:x\n:y\n") << debian << QStringLiteral("item-hotkey-duplicate");
    }
    void nearMisses()
    {
        QFETCH(QString, text);
        QFETCH(QString, profile);
        QFETCH(QString, rule);
        QVERIFY2(Linter::ruleIds().contains(rule), qPrintable(rule));
        const QList<Diagnostic> all = lintAs(text, profile);
        QVERIFY2(withRule(all, rule).isEmpty(), qPrintable(dump(all)));
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("menuu") << script("menuu T\n") << QStringLiteral("'menu'");
        QTest::newRow("gotoo") << script("gotoo x\n") << QStringLiteral("'goto'");
        QTest::newRow("kernal") << script("kernal x\n") << QStringLiteral("'kernel'");
        QTest::newRow("label") << script("goto mian\n:main\nexit\n") << QStringLiteral("'main'");
        QTest::newRow("profile") << script("params\n") << QStringLiteral("'debian'");
    }
    void suggestions()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<Diagnostic> all = lintAs(text, QStringLiteral("debian"));
        QVERIFY2(!all.isEmpty(), "expected a diagnostic");
        QVERIFY2(all.front().message.contains(expected), qPrintable(dump(all)));
    }

    void exampleProjectIsClean()
    {
        const ProjectFile::LoadResult loaded
            = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.project.buildProfile, QStringLiteral("debian"));
        QString text;
        const QList<Diagnostic> all = Linter::lintProject(loaded.project, &text);
        QCOMPARE(text, ScriptWriter::write(loaded.project));
        QVERIFY2(all.isEmpty(), qPrintable(dump(all)));
    }

    // The writer's output lints clean except for what the project deliberately asks for: a raw
    // menu line offering an item that has no label block, a sanboot of BIOS drive 0x81 offered to
    // every client, and a label in the raw epilogue that nothing jumps to.
    void allKindsProject()
    {
        const ProjectFile::LoadResult loaded = ProjectFile::load(
            QStringLiteral(BOOTLACE_TEST_DATA_DIR "/data/projects/allkinds.bootlace.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QString text;
        const QList<Diagnostic> all = Linter::lintProject(loaded.project, &text);
        QStringList found;
        for (const Diagnostic &d : all)
            found << d.ruleId + QLatin1Char(' ')
                    + text.split(QLatin1Char('\n')).value(d.line - 1).trimmed();
        QCOMPARE(found,
            QStringList({
                QStringLiteral("item-without-label isset ${extra} && item extra Extra entry ||"),
                QStringLiteral("bios-only-on-uefi sanboot --drive 0x81"),
                QStringLiteral("unreachable-label :failed"),
            }));
        QCOMPARE(countSeverity(all, Diagnostic::Severity::Error), 1);
    }

    void generatedProjectsAreClean_data()
    {
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("perMenu");
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("small") << 12 << 5;
        QTest::newRow("one-big-menu") << 500 << 500;
    }
    void generatedProjectsAreClean()
    {
        QFETCH(int, entries);
        QFETCH(int, perMenu);
        const QList<Diagnostic> all = Linter::lintProject(bigProject(entries, perMenu));
        QVERIFY2(all.isEmpty(), qPrintable(dump(all)));
    }

    // Linear time: a 10,000-entry menu takes a few milliseconds in a release build; the bound
    // here leaves room for a debug build on a busy machine but catches anything quadratic.
    void tenThousandEntries_data()
    {
        QTest::addColumn<int>("perMenu");
        QTest::newRow("one-menu") << 10000;
        QTest::newRow("hundred-menus") << 100;
        QTest::newRow("thousand-menus") << 10;
    }
    void tenThousandEntries()
    {
        QFETCH(int, perMenu);
        const Project p = bigProject(10000, perMenu);
        const QString text = ScriptWriter::write(p);
        const BuildProfile debian = BuildProfile::byName(QStringLiteral("debian"));
        QElapsedTimer timer;
        timer.start();
        const QList<Diagnostic> all = Linter::lint(text, debian);
        const qint64 ms = timer.elapsed();
        qInfo("%lld lines linted in %lld ms", qlonglong(text.count(QLatin1Char('\n'))),
            qlonglong(ms));
        QVERIFY2(all.isEmpty(), qPrintable(dump(all.mid(0, 10))));
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    }

    void sortedByPosition()
    {
        const QList<Diagnostic> all = lintAs(
            QStringLiteral("echo x\nmenuu\ngoto a || goto b\nparams\nsleep 9999 ; gotoo x\n"),
            QStringLiteral("debian"));
        QVERIFY(all.size() >= 6);
        for (qsizetype i = 1; i < all.size(); ++i) {
            const Diagnostic &a = all.at(i - 1);
            const Diagnostic &b = all.at(i);
            QVERIFY2(a.line < b.line || (a.line == b.line && a.column <= b.column),
                qPrintable(dump(all)));
        }
    }

    // A secret never appears in any message, whichever rule mentions the word it is in.
    void secretsAreMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        const QString pat = QStringLiteral("glpat-Zq8xR2mN4vB7kL1pW3sT");
        QTest::newRow("query") << script("chain http://x/a?private_token=Zq8xR2mN4vB7kL1pW3sT\n")
                               << QStringLiteral("Zq8xR2mN4vB7kL1pW3sT");
        QTest::newRow("userinfo") << script("chain http://oauth2:Zq8xR2mN4vB7kL1pW3sT@x/a\n")
                                  << QStringLiteral("Zq8xR2mN4vB7kL1pW3sT");
        QTest::newRow("pat-as-command") << script(qPrintable(pat + QLatin1Char('\n'))) << pat;
        QTest::newRow("pat-as-label")
            << script(qPrintable(QStringLiteral("goto ") + pat + QLatin1Char('\n'))) << pat;
        QTest::newRow("pat-in-https-url") << script(qPrintable(
            QStringLiteral("chain https://x/a?private_token=") + pat + QLatin1Char('\n')))
                                          << pat;
        QTest::newRow("pat-in-split-url")
            << script(qPrintable(QStringLiteral("initrd http://x/a ") + pat + QLatin1Char('\n')))
            << pat;
        QTest::newRow("pat-as-item") << script(qPrintable(
            QStringLiteral("menu\nitem ") + pat + QStringLiteral(" X\nchoose s && goto ${s}\n")))
                                     << pat;
        QTest::newRow("pat-as-default") << script(qPrintable(
            QStringLiteral("menu\nitem a A\nchoose --default ") + pat + QStringLiteral(" s\n")))
                                        << pat;
        QTest::newRow("password-in-drive")
            << script("sanboot --drive http://u:Zq8xR2mN4vB7kL1pW3sT@x\n")
            << QStringLiteral("Zq8xR2mN4vB7kL1pW3sT");
    }
    void secretsAreMasked()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QList<Diagnostic> all = lintAs(text, QStringLiteral("debian"));
        QVERIFY2(!withRule(all, QStringLiteral("secret-in-url")).isEmpty(), qPrintable(dump(all)));
        for (const Diagnostic &d : all) {
            QVERIFY2(!d.message.contains(secret), qPrintable(d.toString()));
            // Not even most of it.
            QVERIFY2(!d.message.contains(secret.right(8)), qPrintable(d.toString()));
        }
        const Diagnostic s = withRule(all, QStringLiteral("secret-in-url")).front();
        QVERIFY2(s.message.contains(QLatin1String("****")), qPrintable(s.message));
    }

    void ruleCatalogue()
    {
        const QStringList ids = Linter::ruleIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        const QStringList required = {
            QStringLiteral("missing-shebang"),
            QStringLiteral("undefined-label"),
            QStringLiteral("choose-default-missing"),
            QStringLiteral("item-without-label"),
            QStringLiteral("duplicate-label"),
            QStringLiteral("unreachable-label"),
            QStringLiteral("unknown-command"),
            QStringLiteral("command-not-in-build"),
            QStringLiteral("https-unsupported"),
            QStringLiteral("url-unencoded-space"),
            QStringLiteral("secret-in-url"),
            QStringLiteral("bios-only-on-uefi"),
            QStringLiteral("timeout-in-seconds"),
            QStringLiteral("empty-menu"),
            QStringLiteral("item-hotkey-duplicate"),
            QStringLiteral("empty-goto"),
            QStringLiteral("unknown-build-profile"),
        };
        for (const QString &id : required)
            QVERIFY2(ids.contains(id), qPrintable(id));
        for (const QString &id : ids)
            QVERIFY2(!Linter::ruleDescription(id).isEmpty(), qPrintable(id));
        QVERIFY(Linter::ruleDescription(QStringLiteral("no-such-rule")).isEmpty());
        QCOMPARE(Linter::ruleSeverity(QStringLiteral("unreachable-label")),
            Diagnostic::Severity::Warning);
        QCOMPARE(
            Linter::ruleSeverity(QStringLiteral("secret-in-url")), Diagnostic::Severity::Error);
    }

    void unknownBuildProfile()
    {
        Project p = bigProject(3, 3);
        p.buildProfile = QStringLiteral("ubuntu");
        p.menus[0].items[0].kind = Item::Kind::Script;
        p.menus[0].items[0].script = QStringLiteral("params\ngoto menu0");
        const QList<Diagnostic> all = Linter::lintProject(p);
        QVERIFY2(!all.isEmpty(), "expected diagnostics");
        QCOMPARE(all.front().ruleId, QStringLiteral("unknown-build-profile"));
        QCOMPARE(all.front().line, 1);
        QCOMPARE(all.front().severity, Diagnostic::Severity::Error);
        QVERIFY(all.front().message.contains(QLatin1String("ubuntu")));
        // Checked against "debian" instead.
        QCOMPARE(withRule(all, QStringLiteral("command-not-in-build")).size(), 1);

        p.buildProfile = QStringLiteral("full");
        QVERIFY2(Linter::lintProject(p).isEmpty(), qPrintable(dump(Linter::lintProject(p))));
    }

    // A GitLab https URL of a mirrored entry is published as the target's http URL: on the debian
    // build that is information, not an error; the same URL typed by hand stays an error.
    void mirroredHttpsArtifactIsNoError()
    {
        Project p = bigProject(2, 2);
        p.buildProfile = QStringLiteral("debian");
        ArtifactSource s;
        s.instance = QStringLiteral("https://gitlab.example");
        s.projectId = 42;
        s.jobId = 10281;
        s.mirror = true;
        Item &mirrored = p.menus[0].items[0];
        mirrored.kind = Item::Kind::Linux;
        mirrored.kernel = s.fileUrl(QStringLiteral("results/bzImage"));
        mirrored.initrds = {s.fileUrl(QStringLiteral("results/initrd"))};
        mirrored.source = s;
        Item &typed = p.menus[0].items[1];
        typed.kind = Item::Kind::Linux;
        typed.kernel = s.fileUrl(QStringLiteral("results/other"));
        typed.initrds.clear();
        const QList<Diagnostic> all = withRule(Linter::lintProject(p), QStringLiteral("https-unsupported"));
        QCOMPARE(all.size(), 3);
        int infos = 0;
        for (const Diagnostic &d : all) {
            if (d.severity == Diagnostic::Severity::Info) {
                ++infos;
                QVERIFY(d.message.contains(QLatin1String("Mirrored from GitLab")));
            }
        }
        QCOMPARE(infos, 2);
        p.menus[0].items[0].source.mirror = false;
        for (const Diagnostic &d : withRule(Linter::lintProject(p), QStringLiteral("https-unsupported")))
            QCOMPARE(d.severity, Diagnostic::Severity::Error);
    }

    void invalidProfileLintsAsFull()
    {
        const QList<Diagnostic> all
            = Linter::lint(script("params\nchain https://x/a\nmenuu\n"), BuildProfile());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.front().ruleId, QStringLiteral("unknown-command"));
    }

    // Fuzzing lite (the real fuzz target runs under ASan/UBSan): random soup of iPXE syntax never
    // crashes or hangs, and every position points into the script.
    void garbageIn()
    {
        static const char *const pieces[] = {
            "#!ipxe",
            "\n",
            "\r\n",
            " ",
            "\t",
            "\\\n",
            "\\",
            ":",
            ":a",
            ":b",
            "goto",
            "goto a",
            "goto ${s}",
            "goto ${platform}",
            "${",
            "}",
            "${s}",
            "||",
            "&&",
            ";",
            "#",
            "menu",
            "menu --name",
            "item",
            "item --key",
            "--key",
            "-k",
            "-kx",
            "--menu",
            "--gap",
            "choose",
            "choose --default",
            "--default",
            "--timeout",
            "-t",
            "s",
            "a",
            "b",
            "set s a",
            "iseq ${platform} efi",
            "iseq ${platform} pcbios",
            "exit",
            "reboot",
            "sanboot --drive 0x80",
            "sanhook",
            "kernel",
            "chain",
            "initrd",
            "http://",
            "https://",
            "u:p@",
            "?",
            "&",
            "private_token=",
            "token=",
            "glpat-",
            "0123456789abcdef",
            "memdisk",
            "x.kpxe",
            "sleep",
            "9999",
            "5",
            "--",
            "-",
            "params",
            "menuu",
            "\xc3\xa4",
            "\xef\xbb\xbf",
            "%20",
            "/",
            "=",
        };
        QRandomGenerator rng(20240611);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int n = int(rng.bounded(1, 60));
            for (int i = 0; i < n; ++i) {
                text += QString::fromUtf8(pieces[rng.bounded(int(std::size(pieces)))]);
                if (rng.bounded(3) == 0)
                    text += QLatin1Char(' ');
            }
            if (rng.bounded(10) == 0)
                text += QChar(QChar::Null);
            const qsizetype physicalLines = text.count(QLatin1Char('\n')) + 1;
            for (const QString &profile : BuildProfile::names()) {
                for (const Diagnostic &d : lintAs(text, profile)) {
                    QVERIFY2(d.line >= 1 && d.line <= physicalLines,
                        qPrintable(d.toString() + QLatin1Char('\n') + text));
                    QVERIFY2(d.column >= 1, qPrintable(d.toString()));
                    QVERIFY(!d.message.isEmpty());
                    QVERIFY(Linter::ruleIds().contains(d.ruleId));
                }
            }
        }
    }

    void pathological_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("long-line") << script("") + QString(200000, QLatin1Char('a'));
        QTest::newRow("many-continuations")
            << script("") + QStringLiteral("echo \\\n").repeated(20000);
        QTest::newRow("many-unknown-commands")
            << script("") + QStringLiteral("menuuu\n").repeated(20000);
        QTest::newRow("many-undefined-gotos") << script("")
                + QStringLiteral("goto nowhere ||\n").repeated(20000)
                + QStringLiteral(":label\n").repeated(2000);
        QTest::newRow("many-computed-gotos") << script("menu\n")
                + QStringLiteral("item a A\n").repeated(3000)
                + QStringLiteral("choose s ||\ngoto ${s} ||\n").repeated(300)
                + QStringLiteral(":a\n");
        QTest::newRow("many-shared-gotos") << script("menu\n")
                + QStringLiteral("item a A\n").repeated(2000) + QStringLiteral("choose s ||\n")
                + QStringLiteral(":l\ngoto ${s} ||\n").repeated(5000) + QStringLiteral(":a\n");
        QTest::newRow("many-chooses-one-goto") << script("")
                + QStringLiteral("menu\nitem a A\nchoose s ||\n").repeated(5000)
                + QStringLiteral(":l\ngoto ${s} ||\n").repeated(5000) + QStringLiteral(":a\n");
        QTest::newRow("deep-and-or") << script("")
                + QStringLiteral("iseq ${platform} efi && ").repeated(5000)
                + QStringLiteral("exit || exit\n");
        QTest::newRow("unterminated-variable") << script("goto ${\nchain http://u:${p@x/\n");
    }
    void pathological()
    {
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const QList<Diagnostic> all = lintAs(text, QStringLiteral("debian"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        Q_UNUSED(all);
    }
};

QTEST_GUILESS_MAIN(LinterTest)
#include "linter_test.moc"
