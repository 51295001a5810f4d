#include "gitlab/artifactlisting.h"
#include "gitlab/gitlabclient.h"

#include "support/fakegitlabserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;

class ArtifactListingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lists_data()
    {
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<bool>("tree");
        QTest::addColumn<int>("archiveRequests");
        QTest::addColumn<bool>("ranged");
        QTest::newRow("GitLab 18.8+: tree endpoint") << QJsonObject() << true << 0 << false;
        QTest::newRow("older GitLab: zip tail by Range")
            << QJsonObject{{QStringLiteral("tree"), false}} << false << 1 << true;
        QTest::newRow("older GitLab, big central directory: two ranges")
            << QJsonObject{{QStringLiteral("tree"), false}, {QStringLiteral("extra_files"), 2000}} << false << 2 << true;
        QTest::newRow("older GitLab, no Range support: whole archive")
            << QJsonObject{{QStringLiteral("tree"), false}, {QStringLiteral("archive_ranges"), false}} << false << 1 << false;
        QTest::newRow("older GitLab, archive on a CDN")
            << QJsonObject{{QStringLiteral("tree"), false}, {QStringLiteral("archive_redirect"), true}} << false << 1 << true;
    }
    void lists()
    {
        QFETCH(QJsonObject, config);
        QFETCH(bool, tree);
        QFETCH(int, archiveRequests);
        QFETCH(bool, ranged);
        FakeGitlabServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        GitlabClient client(&network, GitlabInstance(server.baseUrl()), FakeGitlabServer::token());
        ArtifactListing listing(&client, GitlabInstance::projectRef(QStringLiteral("infra/netboot")), 10281);
        QSignalSpy spy(&listing, &ArtifactListing::finished);
        listing.start();
        QVERIFY(spy.wait(15000));
        QVERIFY2(listing.ok(), qPrintable(listing.errorString()));
        QCOMPARE(listing.usedTree(), tree);
        QStringList paths;
        for (const GitlabArtifactFile &f : listing.files())
            paths << f.path;
        QVERIFY(paths.contains(QStringLiteral("results/")));
        QVERIFY(paths.contains(QStringLiteral("results/bzImage")));
        QVERIFY(paths.contains(QStringLiteral("results/netboot.ipxe")));
        QCOMPARE(paths.size(), 4 + config.value(QLatin1String("extra_files")).toInt());
        for (const GitlabArtifactFile &f : listing.files()) {
            if (f.path == QLatin1String("results/initrd"))
                QCOMPARE(f.size, 8192);
            if (f.path == QLatin1String("results/"))
                QVERIFY(f.directory);
        }
        int archive = 0;
        for (const QJsonObject &r : server.requests()) {
            const QString path = r.value(QLatin1String("path")).toString();
            if (path.endsWith(QLatin1String("/artifacts")) || r.value(QLatin1String("listener")).toString() == QLatin1String("cdn")) {
                if (r.value(QLatin1String("listener")).toString() == QLatin1String("cdn"))
                    QVERIFY(!r.value(QLatin1String("token")).toBool());
                else
                    ++archive;
                QCOMPARE(!r.value(QLatin1String("range")).toString().isEmpty(), true);
            }
        }
        QCOMPARE(archive, archiveRequests);
        Q_UNUSED(ranged)
    }

    void expiredArtifactsAreNotFound()
    {
        FakeGitlabServer server({{QStringLiteral("expired_jobs"), QJsonArray{10281}}});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        GitlabClient client(&network, GitlabInstance(server.baseUrl()), FakeGitlabServer::token());
        ArtifactListing listing(&client, QStringLiteral("42"), 10281);
        QSignalSpy spy(&listing, &ArtifactListing::finished);
        listing.start();
        QVERIFY(spy.wait(10000));
        QVERIFY(!listing.ok());
        QVERIFY2(listing.errorString().contains(QLatin1String("expired")), qPrintable(listing.errorString()));
        // A "404 Not found" of a known route is not mistaken for an old server.
        QCOMPARE(server.requests().size(), 1);
    }

    void damagedZipIsAnError()
    {
        QList<GitlabArtifactFile> files;
        qint64 offset = 0, size = 0;
        QString error;
        QVERIFY(!ArtifactListing::parseZipTail(QByteArray(100, 'x'), 0, &files, &offset, &size, &error));
        QVERIFY(error.contains(QLatin1String("not a zip")));
        QVERIFY(files.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ArtifactListingTest)
#include "artifactlisting_test.moc"
