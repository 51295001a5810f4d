#include "ipxe/scriptwriter.h"
#include "model/projectfile.h"

#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::TestData;

// bootlace-cli as a CI job uses it: the real binary, its output and its exit codes.
class CliTest final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(BOOTLACE_CLI), args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QString example() { return TestData::path(QStringLiteral("examples/homelab.bootlace.json")); }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void usageAndHelp()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("render PROJECT"));
        for (const QString &command : {QStringLiteral("render"), QStringLiteral("import"), QStringLiteral("lint")}) {
            const Run r = cli({command, QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains("Usage:"), r.out.constData());
        }
        QCOMPARE(cli({QStringLiteral("render")}).code, 2);
        QVERIFY(cli({QStringLiteral("--version")}).out.startsWith("bootlace-cli "));
    }

    void renderIsTheWritersOutput()
    {
        const Run r = cli({QStringLiteral("render"), example()});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out), ScriptWriter::write(ProjectFile::load(example()).project));
        const QString file = m_dir.filePath(QStringLiteral("menu.ipxe"));
        QCOMPARE(cli({QStringLiteral("render"), example(), QStringLiteral("-o"), file}).code, 0);
        QCOMPARE(TestData::read(file), r.out);
        const Run set = cli({QStringLiteral("render"), example(), QStringLiteral("--set"),
                             QStringLiteral("boot-server=http://10.0.0.5")});
        QVERIFY(set.out.contains("\nset boot-server http://10.0.0.5\n"));
        QCOMPARE(cli({QStringLiteral("render"), example(), QStringLiteral("--set"), QStringLiteral("bad name=x")}).code, 2);
    }

    void badInputIsExitCode3AndSaysWhere()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(TestData::write(broken, "{\n \"schema\": 1,\n \"menus\": [\n"));
        const Run r = cli({QStringLiteral("render"), broken});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("line 4"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("render"), m_dir.filePath(QStringLiteral("missing.json"))}).code, 3);
        QCOMPARE(cli({QStringLiteral("lint"), m_dir.filePath(QStringLiteral("missing.ipxe"))}).code, 3);
    }

    void unwritableOutputIsExitCode4()
    {
        const Run r = cli({QStringLiteral("render"), example(), QStringLiteral("-o"),
                           m_dir.filePath(QStringLiteral("no/such/dir/menu.ipxe"))});
        QCOMPARE(r.code, 4);
    }

    void importWritesAProjectAndReportsRawParts()
    {
        const QString out = m_dir.filePath(QStringLiteral("imported.bootlace.json"));
        const Run r = cli({QStringLiteral("import"),
                           TestData::path(QStringLiteral("tests/ipxe/data/foreign/netbootxyz-style.ipxe")),
                           QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("kept as raw script"), r.err.constData());
        QVERIFY(ProjectFile::load(out).ok());
        // An existing file is not replaced without --force.
        QCOMPARE(cli({QStringLiteral("import"), TestData::path(QStringLiteral("tests/ipxe/data/foreign/nixos-netboot.ipxe")),
                      QStringLiteral("-o"), out}).code, 4);
        QCOMPARE(cli({QStringLiteral("import"), TestData::path(QStringLiteral("tests/ipxe/data/foreign/nixos-netboot.ipxe")),
                      QStringLiteral("-o"), out, QStringLiteral("--force")}).code, 0);
        const QString binary = m_dir.filePath(QStringLiteral("binary.ipxe"));
        QVERIFY(TestData::write(binary, QByteArray("\x7f" "ELF\0\0\0", 7)));
        QCOMPARE(cli({QStringLiteral("import"), binary}).code, 3);
    }

    void lintExitCodesAndJson()
    {
        QCOMPARE(cli({QStringLiteral("lint"), example()}).code, 0);
        const QString bad = m_dir.filePath(QStringLiteral("bad.ipxe"));
        QVERIFY(TestData::write(bad, "#!ipxe\nparams\nchain https://example.org/x.ipxe\ngoto nowhere\n"));
        const Run text = cli({QStringLiteral("lint"), bad});
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains(":2:1: error:"), text.out.constData());
        QVERIFY(text.out.contains("[command-not-in-build]"));
        // The full build has params and HTTPS: only the missing label is left.
        const Run full = cli({QStringLiteral("lint"), bad, QStringLiteral("--profile"), QStringLiteral("full"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(full.code, 1);
        const QJsonObject report = QJsonDocument::fromJson(full.out).object();
        QCOMPARE(report.value(QStringLiteral("profile")).toString(), QStringLiteral("full"));
        const QJsonArray list = report.value(QStringLiteral("diagnostics")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("undefined-label"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(cli({QStringLiteral("lint"), bad, QStringLiteral("--profile"), QStringLiteral("nope")}).code, 2);
        QCOMPARE(cli({QStringLiteral("lint"), bad, QStringLiteral("--format"), QStringLiteral("xml")}).code, 2);

        const QString warn = m_dir.filePath(QStringLiteral("warn.ipxe"));
        QVERIFY(TestData::write(warn, "#!ipxe\nmenu M\nitem a A\nchoose --timeout 5 s && goto ${s}\n:a\nreboot\n"));
        QCOMPARE(cli({QStringLiteral("lint"), warn}).code, 0);
        QCOMPARE(cli({QStringLiteral("lint"), warn, QStringLiteral("--strict")}).code, 1);
    }

    void secretsNeverEchoed()
    {
        const QString file = m_dir.filePath(QStringLiteral("secret.ipxe"));
        const QByteArray token = "glpat-AbCdEfGhIjKlMnOpQrSt";
        QVERIFY(TestData::write(file, "#!ipxe\nchain http://h/x.ipxe?private_token=" + token + "\n"));
        const Run r = cli({QStringLiteral("lint"), file});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("secret-in-url"));
        QVERIFY2(!r.out.contains(token) && !r.err.contains(token), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
