#include "publish/publishhistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Bootlace;

class PublishHistoryTest final : public QObject
{
    Q_OBJECT

    static PublishJob::TargetResult result(const QString &name, const PublishFiles &files, bool ok = true)
    {
        PublishJob::TargetResult r;
        r.target.name = name;
        r.target.location = QStringLiteral("/srv/") + name;
        for (const PublishFile &f : files) {
            PublishJob::FileResult fr;
            fr.remoteName = f.remoteName;
            QString error;
            f.measure(&fr.size, &fr.sha256, &error);
            fr.uploaded = fr.verified = ok;
            r.files << fr;
        }
        if (!ok)
            r.error = TransferResult::failure(TransferError::ServerDown, QStringLiteral("down"));
        return r;
    }

private Q_SLOTS:
    void recordsListsAndShows()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("lab.bootlace.json"));
        PublishHistory h(project);
        QCOMPARE(h.directory(), dir.filePath(QStringLiteral("lab.bootlace.json.history")));
        QVERIFY(h.entries().isEmpty());
        const PublishFiles files{{QStringLiteral("menu.ipxe"), "#!ipxe\n", {}}};
        const QDateTime t(QDate(2026, 11, 25), QTime(14, 0, 0), QTimeZone::utc());
        QString error;
        // Two publishes in the same second get different ids.
        const QString a = h.record({result(QStringLiteral("a"), files)}, {files}, "{}", QStringLiteral("publish"), {}, &error, t);
        const QString b = h.record({result(QStringLiteral("a"), files, false)}, {files}, "{}", QStringLiteral("publish"), {}, &error, t);
        QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(error));
        QVERIFY(a != b);
        QVERIFY(a.startsWith(QLatin1String("20261125T140000000Z-")));
        const QList<PublishHistory::Entry> entries = h.entries();
        QCOMPARE(entries.size(), 2);
        PublishHistory::Entry e;
        QVERIFY(h.entry(b, &e, &error));
        QVERIFY(!e.ok());
        QCOMPARE(e.targets.front().error, QStringLiteral("down"));
        QCOMPARE(e.time, t);
        // The bytes are stored once, content-addressed.
        QCOMPARE(QDir(h.directory() + QStringLiteral("/objects")).entryList(QDir::Files).size(), 2);
        QVERIFY(!h.entry(QStringLiteral("../../etc/passwd"), &e, &error));
        QVERIFY(!h.entry(QStringLiteral("nope"), &e, &error));
        QVERIFY(error.contains(QLatin1String("no publish")));
    }

    void damagedEntryIsSkipped()
    {
        QTemporaryDir dir;
        PublishHistory h(dir.filePath(QStringLiteral("p.json")));
        const PublishFiles files{{QStringLiteral("menu.ipxe"), "x", {}}};
        QString error;
        QVERIFY(!h.record({result(QStringLiteral("a"), files)}, {files}, "{}", QStringLiteral("publish"), {}, &error).isEmpty());
        QFile broken(h.directory() + QStringLiteral("/entries/20200101T000000Z-deadbeef.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QCOMPARE(h.entries().size(), 1);
    }

    // A large local file is stored streamed and handed back as a path, not loaded into memory.
    void largeFilesStayOnDisk()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.bin"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(3 << 20));
        f.close();
        PublishHistory h(dir.filePath(QStringLiteral("p.json")));
        const PublishFiles files{{QStringLiteral("big.bin"), {}, big}, {QStringLiteral("menu.ipxe"), "m", {}}};
        QString error;
        const QString id = h.record({result(QStringLiteral("a"), files)}, {files}, "{}", QStringLiteral("publish"), {}, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        PublishHistory::Entry e;
        QVERIFY(h.entry(id, &e, &error));
        const PublishFiles back = h.filesOf(e.targets.front());
        QCOMPARE(back.size(), 2);
        QVERIFY(back.at(0).isLocal());
        QCOMPARE(QFileInfo(back.at(0).localPath).size(), qint64(3 << 20));
        QVERIFY(!back.at(1).isLocal());
        QCOMPARE(back.at(1).data, QByteArray("m"));
    }
};

QTEST_GUILESS_MAIN(PublishHistoryTest)
#include "publishhistory_test.moc"
