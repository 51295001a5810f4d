// The Test Boot window with real iPXE under QEMU: the example project boots from the window,
// an entry is chosen with a key press on the VM screen, remote URLs come through the loopback
// proxy, the live log lists the requests, and closing the window ends every process. Needs
// qemu-system-x86 and ipxe (labels gui and qemu).

#include "mainwindow.h"
#include "model/projectfile.h"
#include "settings/settings.h"
#include "support/statichttpserver.h"
#include "support/testdata.h"
#include "testboot/testbootjob.h"
#include "testboot/testbootwindow.h"
#include "testboot/vmmonitor.h"
#include "testboot/vmscreenwidget.h"

#include <QAction>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Bootlace;
using namespace Bootlace::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kInstaller
    = u"/dists/bookworm/main/installer-amd64/current/images/netboot/debian-installer/amd64/"_s;

// Processes whose command line mentions `needle` (the job's private temporary directory).
QStringList processesMentioning(const QString &needle)
{
    QStringList found;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile f(u"/proc/"_s + pid + u"/cmdline"_s);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray cmd = f.readAll();
        cmd.replace('\0', ' ');
        if (cmd.contains(needle.toUtf8()))
            found << pid + u": "_s + QString::fromUtf8(cmd).left(120);
    }
    return found;
}

QStringList requests(const TestBootWindow &w)
{
    QStringList list;
    for (int i = 0; i < w.requestList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = w.requestList()->topLevelItem(i);
        // iPXE 1.21 (Debian 12) sends a proxied host's colon as %3A, newer iPXE (Debian 13) as ':'.
        list << QString(item->text(1) + u' ' + item->text(2) + u' ' + item->text(3)).replace(u"%3A"_s, u":"_s);
    }
    return list;
}

} // namespace

class TestBootWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qemuKeyNames_data();
    void qemuKeyNames();
    void bootsAndChoosesWithKeys();
    void closingEndsEveryProcess();
    void actionDisabledWithoutQemu();

private:
    Project project() const;

    QTemporaryDir m_www;
    QTemporaryDir m_upstream;
    StaticHttpServer m_upstreamServer;
    int m_upstreamPort = 0;
};

void TestBootWindowTest::initTestCase()
{
    const QString missing = TestBootJob::missingTools(TestBootJob::Platform::Bios);
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_www.isValid());
    QVERIFY(m_upstream.isValid());
    // The "remote" Debian mirror: a plain HTTP server on 127.0.0.1 that only the host reaches.
    QVERIFY(TestData::write(m_upstream.path() + u"/debian"_s + kInstaller + u"linux"_s,
        TestData::read(QStringLiteral(BOOTLACE_TEST_KERNEL_DIR) + u"/bztest.bin"_s)));
    QVERIFY(TestData::write(m_upstream.path() + u"/debian"_s + kInstaller + u"initrd.gz"_s, "INITRD debian\n"));
    QVERIFY2(m_upstreamServer.start(m_upstream.path()), qPrintable(m_upstreamServer.errorString()));
    m_upstreamPort = m_upstreamServer.port();
    QVERIFY(m_upstreamPort > 0);
}

Project TestBootWindowTest::project() const
{
    ProjectFile::LoadResult loaded = ProjectFile::load(TestData::path(u"examples/homelab.bootlace.json"_s));
    Project p = loaded.project;
    for (Variable &v : p.variables) {
        if (v.name == u"debian-mirror")
            v.value = u"http://127.0.0.1:%1/debian"_s.arg(m_upstreamPort);
    }
    return p;
}

void TestBootWindowTest::qemuKeyNames_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("enter") << int(Qt::Key_Return) << 0 << u"\r"_s << u"ret"_s;
    QTest::newRow("down") << int(Qt::Key_Down) << 0 << QString() << u"down"_s;
    QTest::newRow("hotkey") << int(Qt::Key_D) << 0 << u"d"_s << u"d"_s;
    QTest::newRow("upper-case hotkey") << int(Qt::Key_D) << int(Qt::ShiftModifier) << u"D"_s << u"shift-d"_s;
    QTest::newRow("ctrl-b (iPXE shell)") << int(Qt::Key_B) << int(Qt::ControlModifier) << u"\x02"_s << u"ctrl-b"_s;
    QTest::newRow("digit") << int(Qt::Key_7) << 0 << u"7"_s << u"7"_s;
    QTest::newRow("f12") << int(Qt::Key_F12) << 0 << QString() << u"f12"_s;
    QTest::newRow("escape") << int(Qt::Key_Escape) << 0 << QString() << u"esc"_s;
    QTest::newRow("no name") << int(Qt::Key_Launch0) << 0 << QString() << QString();
}

void TestBootWindowTest::qemuKeyNames()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(VmMonitor::qemuKeyName(key, Qt::KeyboardModifiers(modifiers), text), expected);
}

void TestBootWindowTest::bootsAndChoosesWithKeys()
{
    TestBootWindow w([this] { return project(); });
    w.setServedFolder(m_www.path());
    w.setServedVariable(u"boot-server"_s);
    w.resize(1000, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // What the VM gets: the served variable points at the loopback server, the remote mirror
    // goes through the proxy.
    const Project booted = w.bootedProject();
    QCOMPARE(booted.variables.at(0).value, TestBootJob::guestBaseUrl());
    const QString proxied = TestBootJob::guestBaseUrl() + u"/__proxy__/http/127.0.0.1:%1/debian"_s.arg(m_upstreamPort);
    bool mirrorProxied = false;
    for (const Variable &v : booted.variables)
        mirrorProxied |= v.name == u"debian-mirror" && v.value == proxied;
    QVERIFY(mirrorProxied);

    QSignalSpy finished(&w, &TestBootWindow::bootFinished);
    w.startBoot();
    QVERIFY(w.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(requests(w).contains(u"GET /menu.ipxe 200"_s), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!w.screenWidget()->screen().isNull(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(w.consoleText().contains(u"Homelab network boot"_s), 30000);
    // The user presses the Debian entry's hotkey on the VM screen.
    w.screenWidget()->setFocus();
    QTest::keyClick(w.screenWidget(), Qt::Key_D, Qt::NoModifier);
    QVERIFY2(finished.wait(60000), qPrintable(w.statusText() + u'\n' + requests(w).join(u'\n')));
    QVERIFY2(w.statusText().contains(u"kernel started with arguments: auto=true"_s), qPrintable(w.statusText()));
    // ScriptWriter percent-encodes the ':' of "host:port" inside the proxied path.
    const QString viaProxy = u"GET /__proxy__/http/127.0.0.1:%1/debian"_s.arg(m_upstreamPort) + kInstaller;
    QVERIFY2(requests(w).contains(viaProxy + u"linux 200"_s), qPrintable(requests(w).join(u'\n')));
    QVERIFY2(requests(w).contains(viaProxy + u"initrd.gz 200"_s), qPrintable(requests(w).join(u'\n')));
    QVERIFY(!w.isRunning());
}

void TestBootWindowTest::closingEndsEveryProcess()
{
    auto *w = new TestBootWindow([this] { return project(); });
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->startBoot();
    const QString dir = QFileInfo(w->vmSocketPath()).absolutePath(); // <tmp>/out
    QVERIFY(!dir.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(requests(*w).contains(u"GET /menu.ipxe 200"_s), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!processesMentioning(dir).isEmpty(), 10000); // QEMU is up
    QVERIFY(w->close());
    QTRY_VERIFY2_WITH_TIMEOUT(processesMentioning(dir).isEmpty(), qPrintable(processesMentioning(dir).join(u'\n')), 15000);
}

void TestBootWindowTest::actionDisabledWithoutQemu()
{
    // No qemu-system-x86_64 on PATH: the action is there, disabled, and says what to install.
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir emptyBin;
    qputenv("PATH", emptyBin.path().toUtf8());
    QTemporaryDir config;
    Settings settings(config.filePath(u"s.ini"_s));
    MainWindow main(&settings);
    qputenv("PATH", path);
    QVERIFY(main.testBootAction());
    QVERIFY(!main.testBootAction()->isEnabled());
    QVERIFY2(main.testBootAction()->toolTip().contains(u"qemu-system-x86"_s), qPrintable(main.testBootAction()->toolTip()));

    // With QEMU: enabled, and it opens the window.
    MainWindow ready(&settings);
    QVERIFY(ready.testBootAction()->isEnabled());
    ready.testBootAction()->trigger();
    QVERIFY(ready.testBootWindow());
    QVERIFY(ready.testBootWindow()->isVisible());
    QVERIFY(!ready.testBootWindow()->isRunning());
}

QTEST_MAIN(TestBootWindowTest)
#include "testbootwindow_test.moc"
