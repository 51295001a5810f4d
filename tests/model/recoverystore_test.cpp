#include "model/recoverystore.h"

#include "model/projectfile.h"
#include "support/testdata.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::TestData;

class RecoveryStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveSessionIsNotAnOrphan()
    {
        QTemporaryDir dir;
        RecoveryStore mine(dir.path());
        QVERIFY(mine.beginSession());
        Project p;
        p.name = QStringLiteral("unsaved work");
        QCOMPARE(mine.save(p, QStringLiteral("/x/lab.bootlace.json")), QString());
        RecoveryStore other(dir.path());
        QVERIFY(other.beginSession());
        QVERIFY(other.orphans().isEmpty()); // `mine` still holds its lock
        mine.discard();
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bootlace.json")}).isEmpty());
    }

    // A process that autosaved and then died without cleaning up (as after kill -9): its work
    // is offered at the next start, with the file it belonged to.
    void deadProcessLeavesAnOrphan()
    {
        QTemporaryDir dir;
        const QString id = QStringLiteral("dead-session");
        Project p = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
        p.name = QStringLiteral("changed before the crash");
        QVERIFY(TestData::write(dir.filePath(id + QStringLiteral(".bootlace.json")), ProjectFile::serialize(p)));
        QVERIFY(TestData::write(dir.filePath(id + QStringLiteral(".meta.json")),
                                "{\"originalFile\": \"/home/u/lab.bootlace.json\", \"savedAt\": \"2026-11-25T10:00:00.000Z\"}"));
        // A lock owned by a process that no longer exists.
        QProcess child;
        child.start(QStringLiteral("/bin/true"));
        QVERIFY(child.waitForFinished());
        const qint64 deadPid = child.processId() > 0 ? child.processId() : 999999;
        QVERIFY(TestData::write(dir.filePath(id + QStringLiteral(".lock")),
                                QByteArray::number(deadPid) + "\nbootlace\n" + QSysInfo::machineHostName().toUtf8() + "\n"));

        RecoveryStore store(dir.path());
        QVERIFY(store.beginSession());
        const QList<RecoveryStore::Orphan> orphans = store.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.front().originalFile, QStringLiteral("/home/u/lab.bootlace.json"));
        Project restored;
        QString error;
        QVERIFY(RecoveryStore::load(orphans.front(), &restored, &error));
        QCOMPARE(restored, p);
        store.remove(orphans.front());
        QVERIFY(store.orphans().isEmpty());
    }
};

QTEST_GUILESS_MAIN(RecoveryStoreTest)
#include "recoverystore_test.moc"
