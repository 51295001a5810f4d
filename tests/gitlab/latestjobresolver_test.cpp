#include "gitlab/gitlabclient.h"
#include "gitlab/latestjobresolver.h"

#include "support/fakegitlabserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;

class LatestJobResolverTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolves_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("job");
        QTest::addColumn<qint64>("jobId");
        // The fake has 30 pipelines (1001..1030), odd ones on feature/x, every fifth failed.
        QTest::newRow("main: newest pipeline failed, the one before") << QStringLiteral("main") << QStringLiteral("netboot")
                                                                       << qint64(10281);
        QTest::newRow("ref with a slash") << QStringLiteral("feature/x") << QStringLiteral("netboot") << qint64(10291);
        QTest::newRow("no such job") << QStringLiteral("main") << QStringLiteral("deploy") << qint64(0);
        QTest::newRow("job without artifacts") << QStringLiteral("main") << QStringLiteral("lint") << qint64(0);
        QTest::newRow("no such ref") << QStringLiteral("nope") << QStringLiteral("netboot") << qint64(0);
    }
    void resolves()
    {
        QFETCH(QString, ref);
        QFETCH(QString, job);
        QFETCH(qint64, jobId);
        FakeGitlabServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        GitlabClient client(&network, GitlabInstance(server.baseUrl()), FakeGitlabServer::token());
        LatestJobResolver r(&client, GitlabInstance::projectRef(QStringLiteral("infra/netboot")), ref, job);
        QSignalSpy spy(&r, &LatestJobResolver::finished);
        r.start();
        QVERIFY(spy.wait(15000));
        QCOMPARE(r.ok(), jobId != 0);
        if (jobId) {
            QCOMPARE(r.job().id, jobId);
            QCOMPARE(r.job().ref, ref);
            QVERIFY(r.job().hasArchive());
            QVERIFY(r.job().artifactsExpireAt.isValid());
            QCOMPARE(r.job().pipelineId, jobId / 10);
        } else {
            QVERIFY(r.errorString().contains(job));
        }
        QVERIFY(server.requests().first().value(QLatin1String("path")).toString().contains(QLatin1String("status=success")));
    }
};

QTEST_GUILESS_MAIN(LatestJobResolverTest)
#include "latestjobresolver_test.moc"
