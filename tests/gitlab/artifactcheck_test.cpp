#include "gitlab/artifactcheck.h"
#include "gitlab/gitlabclient.h"

#include "support/fakegitlabserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;

class ArtifactCheckTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data()
    {
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<qint64>("job");
        QTest::addColumn<ArtifactCheck::State>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("there") << QJsonObject() << qint64(10281) << ArtifactCheck::State::Available << QString();
        QTest::newRow("expires in 3 days") << QJsonObject{{QStringLiteral("soon_jobs"), QJsonArray{10281}}} << qint64(10281)
                                           << ArtifactCheck::State::ExpiresSoon << QStringLiteral("expire in 3 day");
        QTest::newRow("expired and deleted") << QJsonObject{{QStringLiteral("expired_jobs"), QJsonArray{10281}}}
                                             << qint64(10281) << ArtifactCheck::State::Gone << QStringLiteral("are gone");
        QTest::newRow("expired but kept") << QJsonObject{{QStringLiteral("kept_jobs"), QJsonArray{10281}}} << qint64(10281)
                                          << ArtifactCheck::State::Kept << QStringLiteral("still kept");
        QTest::newRow("expired, GitLab before 18.8")
            << QJsonObject{{QStringLiteral("kept_jobs"), QJsonArray{10281}}, {QStringLiteral("tree"), false}} << qint64(10281)
            << ArtifactCheck::State::MaybeGone << QStringLiteral("may be gone");
        QTest::newRow("erased") << QJsonObject{{QStringLiteral("erased_jobs"), QJsonArray{10281}}} << qint64(10281)
                                << ArtifactCheck::State::Gone << QStringLiteral("are gone");
        QTest::newRow("job deleted") << QJsonObject() << qint64(99) << ArtifactCheck::State::Gone << QStringLiteral("are gone");
        QTest::newRow("token refused") << QJsonObject{{QStringLiteral("token"), QStringLiteral("another")}} << qint64(10281)
                                       << ArtifactCheck::State::Unknown << QStringLiteral("expired or revoked");
    }
    void checks()
    {
        QFETCH(QJsonObject, config);
        QFETCH(qint64, job);
        QFETCH(ArtifactCheck::State, state);
        QFETCH(QString, message);
        FakeGitlabServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        GitlabClient client(&network, GitlabInstance(server.baseUrl()), FakeGitlabServer::token());
        ArtifactSource s;
        s.instance = server.baseUrl().toString();
        s.projectId = 42;
        s.jobId = job;
        s.artifactPaths = {QStringLiteral("results/bzImage")};
        ArtifactCheck check(&client, s);
        QSignalSpy spy(&check, &ArtifactCheck::finished);
        check.start();
        QVERIFY(spy.wait(10000));
        QCOMPARE(check.state(), state);
        if (message.isEmpty())
            QVERIFY(check.message().isEmpty());
        else
            QVERIFY2(check.message().contains(message), qPrintable(check.message()));
    }
};

QTEST_GUILESS_MAIN(ArtifactCheckTest)
#include "artifactcheck_test.moc"
