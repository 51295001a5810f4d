#include "gitlab/gitlabclient.h"
#include "gitlab/gitlabrequest.h"

#include "support/fakegitlabserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QProcess>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;

namespace {

// Runs one request to completion (the event loop spins inside QSignalSpy::wait).
bool finish(GitlabRequest *r, int timeoutMs = 20000)
{
    QSignalSpy spy(r, &GitlabRequest::finished);
    r->start();
    return r->isFinished() || spy.wait(timeoutMs);
}

QList<QJsonObject> apiRequests(const FakeGitlabServer &server, const QString &pathPart)
{
    QList<QJsonObject> out;
    for (const QJsonObject &r : server.requests()) {
        if (r.value(QLatin1String("path")).toString().contains(pathPart))
            out << r;
    }
    return out;
}

} // namespace

class GitlabClientTest final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    std::unique_ptr<GitlabClient> client(const FakeGitlabServer &server, const QString &token = FakeGitlabServer::token())
    {
        auto c = std::make_unique<GitlabClient>(&m_network, GitlabInstance(server.baseUrl()), token);
        c->setBackoffBaseMs(50);
        return c;
    }

#define START(server)                                                                                                  \
    do {                                                                                                               \
        QString startError;                                                                                            \
        QVERIFY2((server).start(&startError), qPrintable(startError));                                                 \
    } while (false)

private Q_SLOTS:
    // Sink mode: a file that cannot be written ends the request with LocalFile, and its slot
    // on the wire goes back to the client, so the next request still runs.
    void sinkWriteFailureFreesTheSlot()
    {
        FakeGitlabServer server;
        START(server);
        auto c = client(server);
        c->setMaxConcurrent(1);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bzImage")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly)); // every write fails
        std::unique_ptr<GitlabRequest> download(
            c->getUrl(QUrl(server.baseUrl().toString() + QStringLiteral("/api/v4/projects/42/jobs/10281/artifacts/results/bzImage"))));
        download->setSink(&file);
        QVERIFY(finish(download.get()));
        QCOMPARE(download->error(), GitlabRequest::Error::LocalFile);
        QVERIFY2(download->errorString().contains(QLatin1String("Cannot write the download")), qPrintable(download->errorString()));
        std::unique_ptr<GitlabRequest> next(c->get(QStringLiteral("/projects/42")));
        QVERIFY(finish(next.get(), 5000));
        QVERIFY2(next->ok(), qPrintable(next->errorString()));
    }

    void pagingFollowsEveryPage_data()
    {
        QTest::addColumn<QString>("paging");
        QTest::addColumn<QString>("externalUrl");
        QTest::newRow("offset: Link and x-* headers") << QStringLiteral("offset") << QString();
        QTest::newRow("keyset style: Link rel=next only") << QStringLiteral("keyset") << QString();
        QTest::newRow("x-next-page only") << QStringLiteral("headers_only") << QString();
        QTest::newRow("more than 10k: no totals") << QStringLiteral("no_totals") << QString();
        // Link URLs are built from external_url, which may not be the address we use.
        QTest::newRow("misconfigured external_url") << QStringLiteral("offset") << QStringLiteral("http://gitlab.internal:1");
    }
    void pagingFollowsEveryPage()
    {
        QFETCH(QString, paging);
        QFETCH(QString, externalUrl);
        QJsonObject config{{QStringLiteral("pipelines"), 45}, {QStringLiteral("paging"), paging}};
        if (!externalUrl.isEmpty())
            config.insert(QStringLiteral("external_url"), externalUrl);
        FakeGitlabServer server(config);
        START(server);
        auto c = client(server);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("20"));
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects/42/pipelines"), q));
        r->setAllPages(true);
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        QCOMPARE(r->items().size(), 45);
        QCOMPARE(r->pages(), 3);
        QCOMPARE(r->items().first().toObject().value(QLatin1String("id")).toInt(), 1045);
        QCOMPARE(r->items().last().toObject().value(QLatin1String("id")).toInt(), 1001);
        const QList<QJsonObject> seen = apiRequests(server, QStringLiteral("/pipelines"));
        QCOMPARE(seen.size(), 3);
        for (const QJsonObject &s : seen)
            QVERIFY(s.value(QLatin1String("token")).toBool());
    }

    void maxItemsStopsPaging()
    {
        FakeGitlabServer server({{QStringLiteral("pipelines"), 45}});
        START(server);
        auto c = client(server);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("20"));
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects/42/pipelines"), q));
        r->setAllPages(true, 25);
        QVERIFY(finish(r.get()));
        QVERIFY(r->ok());
        QCOMPARE(r->items().size(), 25);
        QCOMPARE(apiRequests(server, QStringLiteral("/pipelines")).size(), 2);
    }

    void errorsAreClearAndNeverContainTheToken_data()
    {
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("path");
        QTest::addColumn<GitlabRequest::Error>("error");
        QTest::addColumn<QString>("text");
        const QString wrong = QStringLiteral("glpat-WRONG-secret-token-value");
        QTest::newRow("401 unknown token") << QJsonObject() << wrong << QStringLiteral("/projects")
                                           << GitlabRequest::Error::Unauthorized << QStringLiteral("expired or revoked");
        QTest::newRow("401 expired token") << QJsonObject{{QStringLiteral("token_expired"), true}} << wrong
                                           << QStringLiteral("/projects") << GitlabRequest::Error::Unauthorized
                                           << QStringLiteral("expired or revoked");
        QTest::newRow("403 missing scope") << QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("read_user")}}}
                                           << FakeGitlabServer::token() << QStringLiteral("/projects")
                                           << GitlabRequest::Error::Forbidden << QStringLiteral("read_api");
        QTest::newRow("404 project") << QJsonObject() << FakeGitlabServer::token()
                                     << QStringLiteral("/projects/nobody%2Fnothing/pipelines")
                                     << GitlabRequest::Error::NotFound << QStringLiteral("no access");
        QTest::newRow("404 expired artifacts") << QJsonObject{{QStringLiteral("expired_jobs"), QJsonArray{10281}}}
                                               << FakeGitlabServer::token()
                                               << QStringLiteral("/projects/42/jobs/10281/artifacts/results/bzImage")
                                               << GitlabRequest::Error::NotFound << QStringLiteral("expired");
    }
    void errorsAreClearAndNeverContainTheToken()
    {
        QFETCH(QJsonObject, config);
        QFETCH(QString, token);
        QFETCH(QString, path);
        QFETCH(GitlabRequest::Error, error);
        QFETCH(QString, text);
        FakeGitlabServer server(config);
        START(server);
        auto c = client(server, token);
        std::unique_ptr<GitlabRequest> r(c->get(path));
        QVERIFY(finish(r.get()));
        QVERIFY(!r->ok());
        QCOMPARE(r->error(), error);
        QVERIFY2(r->errorString().contains(text), qPrintable(r->errorString()));
        QVERIFY(!r->errorString().contains(token));
        QVERIFY(!r->errorString().contains(QLatin1String("glpat")));
        // 401 and 403 are never retried.
        QCOMPARE(r->attempts(), 1);
    }

    void retriesAfter429HonouringRetryAfter()
    {
        FakeGitlabServer server({{QStringLiteral("rules"),
                                  QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("^/projects$")},
                                                         {QStringLiteral("status"), 429},
                                                         {QStringLiteral("times"), 1},
                                                         {QStringLiteral("body"), QStringLiteral("Retry later")},
                                                         {QStringLiteral("headers"),
                                                          QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("1")},
                                                                      {QStringLiteral("RateLimit-Limit"), QStringLiteral("60")},
                                                                      {QStringLiteral("RateLimit-Remaining"), QStringLiteral("0")}}}}}}});
        START(server);
        auto c = client(server);
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects")));
        QElapsedTimer t;
        t.start();
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        QCOMPARE(r->attempts(), 2);
        QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
    }

    void retriesAfter429HonouringRateLimitReset()
    {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 2;
        FakeGitlabServer server({{QStringLiteral("rules"),
                                  QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("^/projects$")},
                                                         {QStringLiteral("status"), 429},
                                                         {QStringLiteral("times"), 1},
                                                         {QStringLiteral("headers"),
                                                          QJsonObject{{QStringLiteral("RateLimit-Reset"), QString::number(reset)}}}}}}});
        START(server);
        auto c = client(server);
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects")));
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        QCOMPARE(r->attempts(), 2);
        QVERIFY(QDateTime::currentMSecsSinceEpoch() >= reset * 1000 - 50);
    }

    void retries5xxThenGivesUp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("times");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("attempts");
        QTest::newRow("503 twice, then fine") << 503 << 2 << true << 3;
        QTest::newRow("429 without headers, then fine") << 429 << 2 << true << 3;
        QTest::newRow("502 for ever") << 502 << 100 << false << 5;
    }
    void retries5xxThenGivesUp()
    {
        QFETCH(int, status);
        QFETCH(int, times);
        QFETCH(bool, ok);
        QFETCH(int, attempts);
        FakeGitlabServer server({{QStringLiteral("rules"),
                                  QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("^/projects$")},
                                                         {QStringLiteral("status"), status},
                                                         {QStringLiteral("times"), times}}}}});
        START(server);
        auto c = client(server);
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects")));
        QVERIFY(finish(r.get()));
        QCOMPARE(r->ok(), ok);
        QCOMPARE(r->attempts(), attempts);
        if (!ok) {
            QCOMPARE(r->error(), GitlabRequest::Error::Server);
            QVERIFY2(r->errorString().contains(QLatin1String("502")), qPrintable(r->errorString()));
        }
    }

    void slowServerTimesOut()
    {
        FakeGitlabServer server({{QStringLiteral("rules"),
                                  QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("^/projects$")},
                                                         {QStringLiteral("delay_ms"), 4000}}}}});
        START(server);
        auto c = client(server);
        c->setTimeoutMs(1000);
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects")));
        QElapsedTimer t;
        t.start();
        QVERIFY(finish(r.get()));
        QCOMPARE(r->error(), GitlabRequest::Error::Timeout);
        QVERIFY2(r->errorString().contains(QLatin1String("did not answer within 1 second")), qPrintable(r->errorString()));
        QVERIFY(t.elapsed() < 3500);
    }

    void slowServerWithinTimeoutIsFine()
    {
        FakeGitlabServer server({{QStringLiteral("latency_ms"), 300}});
        START(server);
        auto c = client(server);
        c->setTimeoutMs(2000);
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects")));
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
    }

    // The archive endpoint may 302 to object storage or a CDN: the token must not go there.
    void redirectToAnotherOriginDropsTheToken()
    {
        FakeGitlabServer server({{QStringLiteral("archive_redirect"), true}});
        START(server);
        auto c = client(server);
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects/42/jobs/10281/artifacts")));
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        QVERIFY(r->body().startsWith("PK"));
        QVERIFY(!r->tokenSent());
        QCOMPARE(r->url().port(), server.cdnPort());
        const QList<QJsonObject> seen = server.requests();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).value(QLatin1String("listener")).toString(), QStringLiteral("api"));
        QVERIFY(seen.at(0).value(QLatin1String("token")).toBool());
        QCOMPARE(seen.at(1).value(QLatin1String("listener")).toString(), QStringLiteral("cdn"));
        QVERIFY2(!seen.at(1).value(QLatin1String("token")).toBool(), "the token was sent to another origin");
        QVERIFY(!seen.at(1).value(QLatin1String("authorization")).toBool());
    }

    // A project moved: 301 within the instance keeps the token.
    void redirectWithinTheInstanceKeepsTheToken()
    {
        FakeGitlabServer server({{QStringLiteral("rules"),
                                  QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("^/projects/old%2Fname/pipelines$")},
                                                         {QStringLiteral("status"), 301},
                                                         {QStringLiteral("headers"),
                                                          QJsonObject{{QStringLiteral("Location"),
                                                                       QStringLiteral("/api/v4/projects/42/pipelines")}}}}}}});
        START(server);
        auto c = client(server);
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects/old%2Fname/pipelines")));
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        QVERIFY(r->tokenSent());
        const QList<QJsonObject> seen = server.requests();
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen.at(1).value(QLatin1String("token")).toBool());
        QCOMPARE(seen.at(1).value(QLatin1String("path")).toString(), QStringLiteral("/api/v4/projects/42/pipelines"));
    }

    void redirectLoopStops()
    {
        FakeGitlabServer server({{QStringLiteral("rules"),
                                  QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("^/projects$")},
                                                         {QStringLiteral("status"), 302},
                                                         {QStringLiteral("headers"),
                                                          QJsonObject{{QStringLiteral("Location"), QStringLiteral("/api/v4/projects")}}}}}}});
        START(server);
        auto c = client(server);
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects")));
        QVERIFY(finish(r.get()));
        QCOMPARE(r->error(), GitlabRequest::Error::Redirect);
        QCOMPARE(server.requests().size(), 6);
    }

    // Over HTTPS (a throwaway certificate the test trusts): works, and a redirect to plain
    // HTTP is refused rather than followed.
    void httpsAndNoDowngrade()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
                 "openssl failed or is missing: install the Debian package openssl");
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(cert);
        QSslConfiguration::setDefaultConfiguration(tls);
        FakeGitlabServer server(
            {{QStringLiteral("tls"), QJsonObject{{QStringLiteral("cert"), cert}, {QStringLiteral("key"), key}}},
             {QStringLiteral("archive_redirect"), true}});
        START(server);
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        QNetworkAccessManager network; // a fresh one picks up the trusted certificate
        GitlabClient c(&network, GitlabInstance(server.baseUrl()), FakeGitlabServer::token());
        std::unique_ptr<GitlabRequest> ok(c.get(QStringLiteral("/projects/42/pipelines")));
        QVERIFY(finish(ok.get()));
        QVERIFY2(ok->ok(), qPrintable(ok->errorString()));
        std::unique_ptr<GitlabRequest> down(c.get(QStringLiteral("/projects/42/jobs/10281/artifacts")));
        QVERIFY(finish(down.get()));
        QCOMPARE(down->error(), GitlabRequest::Error::Redirect);
        QVERIFY2(down->errorString().contains(QLatin1String("insecure")), qPrintable(down->errorString()));
        for (const QJsonObject &r : server.requests())
            QCOMPARE(r.value(QLatin1String("listener")).toString(), QStringLiteral("api")); // never went to http
    }

    void networkDownIsReportedClearly()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        GitlabClient c(&m_network, GitlabInstance(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
                       FakeGitlabServer::token());
        std::unique_ptr<GitlabRequest> r(c.get(QStringLiteral("/projects")));
        QVERIFY(finish(r.get()));
        QCOMPARE(r->error(), GitlabRequest::Error::Network);
        QVERIFY2(r->errorString().startsWith(QLatin1String("Cannot reach GitLab at 127.0.0.1")), qPrintable(r->errorString()));
        QVERIFY(!r->errorString().contains(FakeGitlabServer::token()));
    }

    // Many requests at once (jobs of many pipelines) run in parallel, but never more than the limit.
    void concurrencyIsLimited()
    {
        FakeGitlabServer server({{QStringLiteral("latency_ms"), 150}});
        START(server);
        auto c = client(server);
        c->setMaxConcurrent(3);
        std::vector<std::unique_ptr<GitlabRequest>> requests;
        int done = 0;
        for (int i = 0; i < 12; ++i) {
            requests.emplace_back(c->get(QStringLiteral("/projects/42/pipelines/%1/jobs").arg(1001 + i)));
            connect(requests.back().get(), &GitlabRequest::finished, this, [&done] { ++done; });
        }
        QElapsedTimer t;
        t.start();
        for (auto &r : requests)
            r->start();
        QTRY_COMPARE_WITH_TIMEOUT(done, 12, 20000);
        for (auto &r : requests)
            QVERIFY2(r->ok(), qPrintable(r->errorString()));
        QCOMPARE(c->peakConcurrent(), 3);
        QCOMPARE(server.peakConcurrency(), 3);
        // 12 requests of 150 ms, 3 at a time: about 4 rounds, far below 12 in a row.
        QVERIFY2(t.elapsed() < 12 * 150, qPrintable(QString::number(t.elapsed())));
    }

    // After the first answer names RateLimit-Limit, the client paces itself below it.
    void pacesItselfByRateLimitLimit()
    {
        FakeGitlabServer server({{QStringLiteral("ratelimit_limit"), 600}}); // 600/min -> 6.6/s, bursts of 3
        START(server);
        auto c = client(server);
        std::unique_ptr<GitlabRequest> first(c->get(QStringLiteral("/user")));
        QVERIFY(finish(first.get()));
        QVERIFY(qFuzzyCompare(c->rateLimit(), 6.6));
        std::vector<std::unique_ptr<GitlabRequest>> requests;
        int done = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 10; ++i) {
            requests.emplace_back(c->get(QStringLiteral("/user")));
            connect(requests.back().get(), &GitlabRequest::finished, this, [&done] { ++done; });
            requests.back()->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 20000);
        // A burst of 3 at once, then one every 150 ms: at least 7 × 150 ms in all.
        QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
    }

    void subPathInstance()
    {
        FakeGitlabServer server({{QStringLiteral("prefix"), QStringLiteral("/gitlab")}, {QStringLiteral("pipelines"), 25}});
        START(server);
        QCOMPARE(server.baseUrl().path(), QStringLiteral("/gitlab"));
        auto c = client(server);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects/42/pipelines"), q));
        r->setAllPages(true);
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        QCOMPARE(r->items().size(), 25);
        for (const QJsonObject &s : server.requests())
            QVERIFY(s.value(QLatin1String("path")).toString().startsWith(QLatin1String("/gitlab/api/v4/projects/42/pipelines")));
    }

    void namespacedProjectPathIsEncoded()
    {
        FakeGitlabServer server;
        START(server);
        auto c = client(server);
        const QString ref = GitlabInstance::projectRef(QStringLiteral("group/sub/public-images"));
        QCOMPARE(ref, QStringLiteral("group%2Fsub%2Fpublic-images"));
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects/") + ref + QStringLiteral("/pipelines")));
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        QCOMPARE(r->json().array().first().toObject().value(QLatin1String("project_id")).toInt(), 7);
        QCOMPARE(server.requests().first().value(QLatin1String("path")).toString(),
                 QStringLiteral("/api/v4/projects/group%2Fsub%2Fpublic-images/pipelines"));
    }

    void refWithSlashFilters()
    {
        FakeGitlabServer server;
        START(server);
        auto c = client(server);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("ref"), QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("feature/x"))));
        q.addQueryItem(QStringLiteral("status"), QStringLiteral("success"));
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/projects/42/pipelines"), q));
        r->setAllPages(true);
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(r->errorString()));
        QVERIFY(!r->items().isEmpty());
        for (const QJsonValue &v : r->items()) {
            QCOMPARE(v.toObject().value(QLatin1String("ref")).toString(), QStringLiteral("feature/x"));
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("success"));
        }
        QVERIFY(server.requests().first().value(QLatin1String("path")).toString().contains(QLatin1String("ref=feature%2Fx")));
    }

    void sendsUserAgentAndNoTokenInUrls()
    {
        FakeGitlabServer server;
        START(server);
        auto c = client(server);
        std::unique_ptr<GitlabRequest> r(c->get(QStringLiteral("/user")));
        QVERIFY(finish(r.get()));
        QVERIFY(r->ok());
        const QJsonObject seen = server.requests().first();
        QVERIFY(seen.value(QLatin1String("user_agent")).toString().startsWith(QLatin1String("Bootlace/")));
        QVERIFY(!seen.value(QLatin1String("path")).toString().contains(QLatin1String("token")));
    }

    void instanceFromUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("base");
        QTest::newRow("bare host") << QStringLiteral("gitlab.com") << QStringLiteral("https://gitlab.com");
        QTest::newRow("trailing slash") << QStringLiteral("https://gitlab.com/") << QStringLiteral("https://gitlab.com");
        QTest::newRow("sub-path") << QStringLiteral("https://example.org/gitlab/") << QStringLiteral("https://example.org/gitlab");
        QTest::newRow("api root pasted") << QStringLiteral("https://example.org/gitlab/api/v4") << QStringLiteral("https://example.org/gitlab");
        QTest::newRow("port") << QStringLiteral("http://10.0.0.5:8080") << QStringLiteral("http://10.0.0.5:8080");
        QTest::newRow("not a url") << QStringLiteral("ftp://x") << QString();
    }
    void instanceFromUserInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, base);
        QString error;
        const GitlabInstance i = GitlabInstance::fromUserInput(input, &error);
        QCOMPARE(i.isValid(), !base.isEmpty());
        if (i.isValid()) {
            QCOMPARE(i.baseUrlString(), base);
            QCOMPARE(i.secretKey(), QStringLiteral("gitlab:") + base);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(GitlabClientTest)
#include "gitlabclient_test.moc"
