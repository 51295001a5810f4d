// ArtifactMirror against the fake GitLab server: entries of a private project are downloaded with
// the token in a header, cached by content, checked, resumed after a cut where the server allows
// Range and restarted where it does not; the menu each target gets points at its own copies and
// never at GitLab or a token; a second publish finds the files already on the target.

#include "ipxe/scriptwriter.h"
#include "publish/artifactmirror.h"
#include "publish/publishjob.h"
#include "publish/publishset.h"

#include "support/fakegitlabserver.h"
#include "support/gitlabentry.h"
#include "support/testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;
using namespace Bootlace::Test;
using namespace Qt::StringLiterals;

namespace {

// The fake server's job 10281 (pipeline 1028, job "netboot") of the private project 42.
constexpr qint64 kJob = 10281;

QByteArray sha(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// What fakegitlab.py serves for artifact_sizes: a 64 KiB block repeated.
QByteArray pseudoRandom(const QString &name, qint64 size)
{
    QByteArray block;
    const QByteArray digest = sha(name.toUtf8());
    for (int i = 0; i < 2048; ++i)
        block += digest;
    QByteArray out;
    while (out.size() < size)
        out += block;
    return out.left(size);
}

Item privateEntry(const QString &instance, const QString &id = u"nixos"_s, qint64 job = kJob)
{
    Item it = gitlabEntry(instance, 42, job);
    it.id = id;
    return it;
}

Project projectWith(const QList<Item> &items)
{
    Project p;
    p.name = u"Lab"_s;
    Menu m;
    m.id = u"main"_s;
    m.title = u"Lab"_s;
    m.items = items;
    p.menus = {m};
    return p;
}

PublishTarget directoryTarget(const QString &dir)
{
    PublishTarget t;
    t.name = u"local"_s;
    t.kind = PublishTarget::Kind::Directory;
    t.location = dir;
    t.httpBaseUrl = u"http://boot.lan/"_s;
    return t;
}

struct Run
{
    bool ok = false;
    QString errors;
    QList<ArtifactMirror::File> files;
    GitlabRequest::Error error = GitlabRequest::Error::None;
    bool checksumFailed = false;
};

Run mirrorOnce(const Project &project, const QString &cacheDir, const QString &token = FakeGitlabServer::token())
{
    QNetworkAccessManager network;
    ArtifactMirror mirror(&network, [token](const QString &) { return token; }, cacheDir);
    QSignalSpy done(&mirror, &ArtifactMirror::finished);
    mirror.start(ArtifactMirror::plan(project));
    if (!done.wait(60000))
        return {false, u"timed out"_s, {}, GitlabRequest::Error::Timeout, false};
    return {mirror.ok(), mirror.errorString(), mirror.files(), mirror.error(), mirror.checksumFailed()};
}

QList<QJsonObject> artifactRequests(const FakeGitlabServer &server)
{
    QList<QJsonObject> list;
    for (const QJsonObject &r : server.requests()) {
        if (r.value(u"path"_s).toString().contains(u"/artifacts/results/"_s))
            list << r;
    }
    return list;
}

// The Range header of every request for the artifact whose path ends with `suffix`, in order.
QStringList rangesAskedFor(const FakeGitlabServer &server, const QString &suffix)
{
    QStringList ranges;
    for (const QJsonObject &req : artifactRequests(server)) {
        if (req.value(u"path"_s).toString().endsWith(suffix))
            ranges << req.value(u"range"_s).toString();
    }
    return ranges;
}

} // namespace

class ArtifactMirrorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planTakesEnabledMirroredArtifactUrls()
    {
        const QString instance = u"https://gitlab.example/gitlab"_s;
        Item a = privateEntry(instance, u"nixos"_s);
        Item b = privateEntry(instance, u"nixos-debug"_s); // the same job: its files once
        Item off = privateEntry(instance, u"old"_s, 10271);
        off.enabled = false;
        Item pub = privateEntry(instance, u"public"_s, 10261);
        pub.source.mirror = false;
        Item handEdited = privateEntry(instance, u"edited"_s, 10251);
        handEdited.kernel = u"http://boot.lan/my-kernel"_s; // not GitLab's any more
        handEdited.initrds.clear();
        const QList<ArtifactMirror::File> files = ArtifactMirror::plan(projectWith({a, b, off, pub, handEdited}));
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).url, a.kernel);
        QCOMPARE(files.at(0).fileName, u"bzImage"_s);
        QCOMPARE(files.at(0).entries, (QStringList{u"main/nixos"_s, u"main/nixos-debug"_s}));
        QCOMPARE(files.at(1).fileName, u"initrd"_s); // the name iPXE gives the image: initrd=initrd
        QCOMPARE(ArtifactMirror::instancesOf(files), QStringList{instance});
    }

    void pointAtReplacesUrlsPerTarget()
    {
        const Project p = projectWith({privateEntry(u"https://gitlab.example"_s)});
        QList<ArtifactMirror::File> files = ArtifactMirror::plan(p);
        files[0].sha256 = sha("kernel");
        files[1].sha256 = sha("initrd");
        QString error;
        const Project out = ArtifactMirror::pointAt(p, files, directoryTarget(u"/srv/www"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Item &it = out.menus.front().items.front();
        QCOMPARE(it.kernel, u"http://boot.lan/artifacts/"_s + QString::fromLatin1(sha("kernel").toHex().left(16)) + u"/bzImage"_s);
        QCOMPARE(it.initrds.front(),
                 u"http://boot.lan/artifacts/"_s + QString::fromLatin1(sha("initrd").toHex().left(16)) + u"/initrd"_s);
        QCOMPARE(it.args, p.menus.front().items.front().args);
    }

    // Asked for: the target's copy first, GitLab's URL if the copy cannot be fetched.
    void pointAtWithFallback()
    {
        Project p = projectWith({privateEntry(u"https://gitlab.example"_s)});
        p.menus[0].items[0].source.fallback = true;
        QList<ArtifactMirror::File> files = ArtifactMirror::plan(p);
        files[0].sha256 = sha("kernel");
        files[1].sha256 = sha("initrd");
        QString error;
        const Project out = ArtifactMirror::pointAt(p, files, directoryTarget(u"/srv/www"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString script = ScriptWriter::write(out);
        const QString k = QString::fromLatin1(sha("kernel").toHex().left(16));
        const QString i = QString::fromLatin1(sha("initrd").toHex().left(16));
        const QString args = u" init=/nix/store/abc-nixos-system/init initrd=initrd"_s;
        QVERIFY2(script.contains(u"\nkernel http://boot.lan/artifacts/"_s + k + u"/bzImage"_s + args
                                 + u" || kernel https://gitlab.example/api/v4/projects/42/jobs/10281/artifacts/results/bzImage"_s
                                 + args + u'\n'),
                 qPrintable(script));
        QVERIFY2(script.contains(u"\ninitrd http://boot.lan/artifacts/"_s + i
                                 + u"/initrd || initrd https://gitlab.example/api/v4/projects/42/jobs/10281/artifacts/results/initrd\nboot\n"_s),
                 qPrintable(script));
        QCOMPARE(script.count(u"\nboot\n"_s), 1);
    }

    void pointAtRefusesTargetsThatCannotServe_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("httpBase");
        QTest::addColumn<QString>("message");
        QTest::newRow("no HTTP base URL") << int(PublishTarget::Kind::Directory) << QString() << u"no HTTP base URL"_s;
        QTest::newRow("TFTP") << int(PublishTarget::Kind::Tftp) << u"http://boot.lan/"_s << u"TFTP server"_s;
    }
    void pointAtRefusesTargetsThatCannotServe()
    {
        QFETCH(int, kind);
        QFETCH(QString, httpBase);
        QFETCH(QString, message);
        const Project p = projectWith({privateEntry(u"https://gitlab.example"_s)});
        PublishTarget t = directoryTarget(u"/srv/www"_s);
        t.kind = PublishTarget::Kind(kind);
        if (t.kind == PublishTarget::Kind::Tftp)
            t.location = u"tftp://boot.lan/"_s;
        t.httpBaseUrl = httpBase;
        QString error;
        ArtifactMirror::pointAt(p, ArtifactMirror::plan(p), t, &error);
        QVERIFY2(error.contains(message), qPrintable(error));
        PublishSet set(p);
        QVERIFY(set.filesFor(t, &error).isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void mirrorsThenPublishesWithoutToken()
    {
        FakeGitlabServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir cache, www;
        const Project p = projectWith({privateEntry(server.baseUrl().toString())});

        const Run r = mirrorOnce(p, cache.path());
        QVERIFY2(r.ok, qPrintable(r.errors));
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(r.files.at(0).sha256, sha(QByteArray(4096, 'K')));
        QCOMPARE(r.files.at(0).size, 4096);
        QCOMPARE(r.files.at(1).sha256, sha(QByteArray(8192, 'I')));
        QVERIFY(!r.files.at(0).fromCache);
        QCOMPARE(TestData::read(r.files.at(0).localPath), QByteArray(4096, 'K'));
        for (const QJsonObject &req : artifactRequests(server))
            QVERIFY(req.value(u"token"_s).toBool()); // in the PRIVATE-TOKEN header

        // The target gets the files next to a menu that names them on its own web server.
        PublishSet set(p);
        QVERIFY(set.needsMirroring());
        set.setMirroredFiles(r.files);
        const PublishTarget target = directoryTarget(www.path());
        QVERIFY(set.gateProblems({target}).isEmpty());
        const PublishFiles files = set.filesFor(target, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), 3);
        QVERIFY(files.at(0).immutable);
        QCOMPARE(files.last().remoteName, u"menu.ipxe"_s);
        const QString menu = QString::fromUtf8(files.last().data);
        const QString kernelName = ArtifactMirror::remoteName(r.files.at(0));
        QVERIFY2(menu.contains(u"kernel http://boot.lan/"_s + kernelName + u" init=/nix/store/abc-nixos-system/init initrd=initrd"_s),
                 qPrintable(menu));
        QVERIFY2(menu.contains(u"initrd http://boot.lan/"_s + ArtifactMirror::remoteName(r.files.at(1))), qPrintable(menu));
        QVERIFY(!menu.contains(u"/api/v4/"_s));
        QVERIFY(!menu.contains(FakeGitlabServer::token()));

        for (int round = 0; round < 2; ++round) {
            PublishJob job;
            job.addTarget(target, {}, files);
            QSignalSpy finished(&job, &PublishJob::finished);
            job.start();
            QVERIFY(finished.wait(30000));
            const PublishJob::TargetResult &res = job.results().front();
            QVERIFY2(res.ok(), qPrintable(res.error.message));
            // The second publish finds the content-addressed files there and keeps them.
            QCOMPARE(res.files.at(0).alreadyThere, round == 1);
            QCOMPARE(res.files.at(1).alreadyThere, round == 1);
            QVERIFY(!res.files.at(2).alreadyThere); // the menu is always written
            QVERIFY(res.files.at(0).verified);
        }
        QCOMPARE(TestData::read(www.filePath(kernelName)), QByteArray(4096, 'K'));

        // A second mirror run re-hashes the cache and downloads nothing.
        const int before = int(artifactRequests(server).size());
        const Run again = mirrorOnce(p, cache.path());
        QVERIFY2(again.ok, qPrintable(again.errors));
        QVERIFY(again.files.at(0).fromCache && again.files.at(1).fromCache);
        QCOMPARE(int(artifactRequests(server).size()), before);
    }

    // A connection that drops mid-file: resumed with Range where the server has it (object
    // storage), started again where it has not (GitLab's single-file endpoint).
    void cutDownloadCompletes_data()
    {
        QTest::addColumn<bool>("ranges");
        QTest::newRow("server with Range") << true;
        QTest::newRow("server without Range") << false;
    }
    void cutDownloadCompletes()
    {
        QFETCH(bool, ranges);
        constexpr qint64 size = 3 << 20;
        const QJsonObject config{
            {u"artifact_sizes"_s, QJsonObject{{u"results/initrd"_s, size}}},
            {u"file_ranges"_s, ranges},
            {u"rules"_s, QJsonArray{QJsonObject{{u"path"_s, u"/artifacts/results/initrd$"_s},
                                                {u"cut_after"_s, 1000000}, {u"times"_s, 1}}}}};
        FakeGitlabServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir cache;
        const Run r = mirrorOnce(projectWith({privateEntry(server.baseUrl().toString())}), cache.path());
        QVERIFY2(r.ok, qPrintable(r.errors));
        QCOMPARE(r.files.at(1).size, size);
        QCOMPARE(r.files.at(1).sha256, sha(pseudoRandom(u"results/initrd"_s, size)));
        const QStringList rangesAsked = rangesAskedFor(server, u"/initrd"_s);
        QCOMPARE(rangesAsked.size(), 2);
        QCOMPARE(rangesAsked.at(0), QString());
        QCOMPARE(rangesAsked.at(1), u"bytes=1000000-"_s); // asked either way; only one server can
        QVERIFY(QDir(cache.filePath(u"partial"_s)).isEmpty());
    }

    // A kept part that already holds the whole file (a run stopped before checking it): the
    // server answers the Range with 416 and the file is fetched again, not stuck forever.
    void wholeFileKeptAsPartIsFetchedAgain()
    {
        FakeGitlabServer server({{u"file_ranges"_s, true}});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir cache;
        const Project p = projectWith({privateEntry(server.baseUrl().toString())});
        const ArtifactCache store(cache.path());
        QVERIFY(TestData::write(store.partialPath(p.menus[0].items[0].kernel), QByteArray(4096, 'K')));
        const Run r = mirrorOnce(p, cache.path());
        QVERIFY2(r.ok, qPrintable(r.errors));
        QCOMPARE(r.files.at(0).sha256, sha(QByteArray(4096, 'K')));
        QCOMPARE(rangesAskedFor(server, u"/bzImage"_s), (QStringList{u"bytes=4096-"_s, QString()}));
    }

    void brokenEveryTimeFailsAndKeepsThePart()
    {
        const QJsonObject config{{u"rules"_s, QJsonArray{QJsonObject{{u"path"_s, u"/artifacts/results/initrd$"_s},
                                                                     {u"cut_after"_s, 5000}}}}};
        FakeGitlabServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir cache;
        const Run r = mirrorOnce(projectWith({privateEntry(server.baseUrl().toString())}), cache.path());
        QVERIFY(!r.ok);
        QVERIFY(r.files.at(0).ok()); // the kernel made it
        QVERIFY2(r.files.at(1).error.contains(u"broke off after 5000 of 8192 bytes"_s), qPrintable(r.errors));
        QCOMPARE(r.error, GitlabRequest::Error::Network);
        QCOMPARE(QDir(cache.filePath(u"partial"_s)).entryList(QDir::Files).size(), 1); // for the next run
        QVERIFY(!r.errors.contains(FakeGitlabServer::token()));
    }

    void refusedToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<GitlabRequest::Error>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("no token") << QString() << GitlabRequest::Error::NotFound << u"private project answers 404"_s;
        QTest::newRow("revoked") << u"glpat-revoked"_s << GitlabRequest::Error::Unauthorized << u"expired or revoked"_s;
    }
    void refusedToken()
    {
        QFETCH(QString, token);
        QFETCH(GitlabRequest::Error, error);
        QFETCH(QString, message);
        FakeGitlabServer server;
        QString startError;
        QVERIFY2(server.start(&startError), qPrintable(startError));
        QTemporaryDir cache;
        const Run r = mirrorOnce(projectWith({privateEntry(server.baseUrl().toString())}), cache.path(), token);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, error);
        QVERIFY2(r.errors.contains(message), qPrintable(r.errors));
        QVERIFY(QDir(cache.filePath(u"partial"_s)).entryList(QDir::Files).isEmpty());
    }

    void changedBytesForThePinnedJobAreRefused()
    {
        FakeGitlabServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir cache;
        const Project p = projectWith({privateEntry(server.baseUrl().toString())});
        // An earlier download of the same job URL gave other bytes.
        const ArtifactCache store(cache.path());
        const QString kernelUrl = p.menus.front().items.front().kernel;
        const QString part = store.partialPath(kernelUrl);
        QVERIFY(TestData::write(part, "an older kernel"));
        QCOMPARE(store.commit(kernelUrl, part, sha("an older kernel"), 15), QString());
        QFile::remove(store.objectPath(sha("an older kernel"))); // not in the cache any more: fetched again

        const Run r = mirrorOnce(p, cache.path());
        QVERIFY(!r.ok);
        QVERIFY(r.checksumFailed);
        QVERIFY2(r.files.at(0).error.contains(u"differs from the copy mirrored before"_s), qPrintable(r.errors));
        QVERIFY(r.files.at(1).ok());
    }

    void damagedCacheIsFetchedAgain()
    {
        FakeGitlabServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir cache;
        const Project p = projectWith({privateEntry(server.baseUrl().toString())});
        const Run first = mirrorOnce(p, cache.path());
        QVERIFY2(first.ok, qPrintable(first.errors));
        QFile object(first.files.at(0).localPath);
        QVERIFY(object.setPermissions(object.permissions() | QFile::WriteOwner));
        QVERIFY(object.open(QIODevice::ReadWrite));
        object.write("X"); // same size, other bytes
        object.close();
        const Run second = mirrorOnce(p, cache.path());
        QVERIFY2(second.ok, qPrintable(second.errors));
        QVERIFY(!second.files.at(0).fromCache);
        QVERIFY(second.files.at(1).fromCache);
        QCOMPARE(TestData::read(second.files.at(0).localPath), QByteArray(4096, 'K'));
    }

    void progressHasSpeedAndTimeLeftAndCancelKeepsThePart()
    {
        const QJsonObject config{{u"artifact_sizes"_s, QJsonObject{{u"results/initrd"_s, 4 << 20}}},
                                 {u"bytes_per_second"_s, 1 << 20}};
        FakeGitlabServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir cache;
        QNetworkAccessManager network;
        ArtifactMirror mirror(&network, [](const QString &) { return FakeGitlabServer::token(); }, cache.path());
        qint64 speed = 0;
        int left = -1;
        connect(&mirror, &ArtifactMirror::progress, this, [&](qint64 done, qint64 total, qint64 bps, int secs) {
            QVERIFY(done <= total);
            if (bps > 0 && secs >= 0) {
                speed = bps;
                left = secs;
            }
        });
        QSignalSpy finished(&mirror, &ArtifactMirror::finished);
        mirror.start(ArtifactMirror::plan(projectWith({privateEntry(server.baseUrl().toString())})));
        QTRY_VERIFY_WITH_TIMEOUT(speed > 0, 10000);
        QVERIFY2(speed > 100 * 1024 && speed < 20 * 1024 * 1024, qPrintable(QString::number(speed)));
        QVERIFY(left >= 0 && left < 60);
        mirror.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(!mirror.ok());
        QCOMPARE(mirror.error(), GitlabRequest::Error::Canceled);
        QVERIFY(!mirror.isRunning());
        QCOMPARE(QDir(cache.filePath(u"partial"_s)).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(ArtifactMirrorTest)
#include "artifactmirror_test.moc"
