#include "gitlab/sourceresolver.h"
#include "ipxe/scriptwriter.h"

#include "support/fakegitlabserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;

class SourceResolverTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A "follow" entry becomes job-id URLs of the latest successful build when the menu is
    // generated; a pinned entry keeps its job; the menu never carries a ref URL or a token.
    void followResolvesToAJobId()
    {
        FakeGitlabServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString instance = server.baseUrl().toString();
        Item follow;
        follow.id = QStringLiteral("nixos");
        follow.source.instance = instance;
        follow.source.projectId = 42;
        follow.source.projectPath = QStringLiteral("infra/netboot");
        follow.source.ref = QStringLiteral("feature/x");
        follow.source.jobName = QStringLiteral("netboot");
        follow.source.jobId = 10011;
        follow.source.strategy = ArtifactSource::Strategy::Follow;
        follow.source.mirror = true;
        follow.kernel = follow.source.fileUrl(QStringLiteral("results/bzImage"));
        follow.initrds = {follow.source.fileUrl(QStringLiteral("results/initrd"))};
        Item pinned = follow;
        pinned.id = QStringLiteral("pinned");
        pinned.source.strategy = ArtifactSource::Strategy::Pinned;
        Project p;
        Menu m;
        m.id = QStringLiteral("main");
        m.items << follow << pinned;
        p.menus << m;
        QVERIFY(SourceResolver::needsResolving(p));

        QNetworkAccessManager network;
        SourceResolver resolver(&network, [](const QString &) { return FakeGitlabServer::token(); });
        QSignalSpy spy(&resolver, &SourceResolver::finished);
        resolver.resolve(p);
        QVERIFY(spy.wait(15000));
        QVERIFY2(resolver.errors().isEmpty(), qPrintable(resolver.errors().join(QLatin1Char('\n'))));
        QCOMPARE(resolver.resolvedCount(), 1);
        const Item &resolved = resolver.result().menus.at(0).items.at(0);
        QCOMPARE(resolved.source.jobId, 10291);
        QCOMPARE(resolved.kernel, instance + QStringLiteral("/api/v4/projects/42/jobs/10291/artifacts/results/bzImage"));
        QCOMPARE(resolver.result().menus.at(0).items.at(1), pinned);
        const QString script = ScriptWriter::write(resolver.result());
        QVERIFY(script.contains(QLatin1String("/jobs/10291/artifacts/results/initrd")));
        QVERIFY(!script.contains(FakeGitlabServer::token()));
        QVERIFY(!script.contains(QLatin1String("private_token")));
        QVERIFY(!script.contains(QLatin1String("/jobs/artifacts/")));

        // Cached: a second generation asks nothing.
        const int before = server.requests().size();
        resolver.resolve(p);
        QVERIFY(spy.wait(5000));
        QCOMPARE(server.requests().size(), before);
        QCOMPARE(resolver.result().menus.at(0).items.at(0).source.jobId, 10291);
    }

    void unresolvableKeepsTheLastJob()
    {
        FakeGitlabServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Item follow;
        follow.id = QStringLiteral("nixos");
        follow.source.instance = server.baseUrl().toString();
        follow.source.projectId = 42;
        follow.source.ref = QStringLiteral("gone");
        follow.source.jobName = QStringLiteral("netboot");
        follow.source.jobId = 10011;
        follow.source.strategy = ArtifactSource::Strategy::Follow;
        Project p;
        Menu m;
        m.id = QStringLiteral("main");
        m.items << follow;
        p.menus << m;
        QNetworkAccessManager network;
        SourceResolver resolver(&network, [](const QString &) { return QStringLiteral("glpat-wrong"); });
        QSignalSpy spy(&resolver, &SourceResolver::finished);
        resolver.resolve(p);
        QVERIFY(spy.wait(15000));
        QCOMPARE(resolver.errors().size(), 1);
        QVERIFY(resolver.errors().front().contains(QLatin1String("expired or revoked")));
        QCOMPARE(resolver.result(), p);
    }
};

QTEST_GUILESS_MAIN(SourceResolverTest)
#include "sourceresolver_test.moc"
