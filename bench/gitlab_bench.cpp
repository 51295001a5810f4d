#include "support/fakegitlabserver.h"
#include "gitlab/gitlabclient.h"
#include "gitlab/gitlabrequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace Bootlace;

// Lists the 100 most recent pipelines of a project with all their jobs, from the fake GitLab
// server (tests/support/fakegitlab.py) with 50 ms added to every request, once with Bootlace's
// GitlabClient (concurrent requests) and once with python-gitlab (python3-gitlab, one request
// after the other), three runs each; prints the medians. See docs/performance.md.
namespace {

struct Result
{
    double seconds = 0;
    int pipelines = 0;
    int jobs = 0;
    int peak = 0;
};

Result runBootlace(const QUrl &base, int maxConcurrent)
{
    QNetworkAccessManager network;
    GitlabClient client(&network, GitlabInstance(base), Bootlace::Test::FakeGitlabServer::token());
    if (maxConcurrent > 0)
        client.setMaxConcurrent(maxConcurrent);
    QEventLoop loop;
    Result result;
    QElapsedTimer timer;
    timer.start();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    q.addQueryItem(QStringLiteral("order_by"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("desc"));
    std::unique_ptr<GitlabRequest> list(client.get(QStringLiteral("/projects/42/pipelines"), q));
    list->setAllPages(true, 100);
    std::vector<std::unique_ptr<GitlabRequest>> jobs;
    int pending = 0;
    QObject::connect(list.get(), &GitlabRequest::finished, &loop, [&] {
        if (!list->ok()) {
            std::fprintf(stderr, "pipelines: %s\n", qPrintable(list->errorString()));
            loop.quit();
            return;
        }
        result.pipelines = int(list->items().size());
        for (const QJsonValue &p : list->items()) {
            QUrlQuery jq;
            jq.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
            jobs.emplace_back(client.get(QStringLiteral("/projects/42/pipelines/%1/jobs")
                                             .arg(qint64(p.toObject().value(QLatin1String("id")).toDouble())),
                                         jq));
            GitlabRequest *r = jobs.back().get();
            r->setAllPages(true);
            ++pending;
            QObject::connect(r, &GitlabRequest::finished, &loop, [&, r] {
                if (!r->ok())
                    std::fprintf(stderr, "jobs: %s\n", qPrintable(r->errorString()));
                result.jobs += int(r->items().size());
                if (--pending == 0)
                    loop.quit();
            });
            r->start();
        }
    });
    list->start();
    loop.exec();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.peak = client.peakConcurrent();
    return result;
}

Result runPython(const QUrl &base)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(BOOTLACE_SOURCE_DIR "/bench/gitlab_bench.py"), base.toString(), Bootlace::Test::FakeGitlabServer::token(),
             QStringLiteral("42")});
    p.waitForFinished(600000);
    Result r;
    const QList<QByteArray> words = p.readAllStandardOutput().trimmed().split(' ');
    if (p.exitCode() != 0 || words.size() != 3) {
        std::fprintf(stderr, "python-gitlab failed (install python3-gitlab): %s\n", p.readAllStandardError().constData());
        return r;
    }
    r.seconds = words.at(0).toDouble();
    r.pipelines = words.at(1).toInt();
    r.jobs = words.at(2).toInt();
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config.json"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("latency_ms"), 50}, {QStringLiteral("pipelines"), 120}}).toJson());
    }
    QProcess server;
    server.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(BOOTLACE_SOURCE_DIR "/tests/support/fakegitlab.py"), config,
                  dir.filePath(QStringLiteral("requests.jsonl"))});
    if (!server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "the fake GitLab server did not start (install python3)\n");
        return 1;
    }
    const QList<QByteArray> ready = server.readAllStandardOutput().trimmed().split(' ');
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(ready.value(1))));

    const int runs = 3;
    std::vector<double> bootlace, bootlace4, python;
    Result b, b4, py;
    for (int i = 0; i < runs; ++i) {
        b = runBootlace(base, 0);
        bootlace.push_back(b.seconds);
        b4 = runBootlace(base, 4);
        bootlace4.push_back(b4.seconds);
        py = runPython(base);
        python.push_back(py.seconds);
    }
    server.kill();
    server.waitForFinished();
    QTextStream out(stdout);
    out << "100 most recent pipelines and all their jobs, 50 ms latency per request (median of " << runs << " runs)\n";
    out << QStringLiteral("bootlace (%1 at once): %2 s  (%3 pipelines, %4 jobs)\n")
               .arg(b.peak).arg(median(bootlace), 0, 'f', 2).arg(b.pipelines).arg(b.jobs);
    out << QStringLiteral("bootlace (4 at once):  %1 s  (%2 pipelines, %3 jobs)\n")
               .arg(median(bootlace4), 0, 'f', 2).arg(b4.pipelines).arg(b4.jobs);
    out << QStringLiteral("python-gitlab:         %1 s  (%2 pipelines, %3 jobs)\n")
               .arg(median(python), 0, 'f', 2).arg(py.pipelines).arg(py.jobs);
    out << QStringLiteral("speed-up: %1x (%2x with 4 at once)\n")
               .arg(median(python) / median(bootlace), 0, 'f', 1)
               .arg(median(python) / median(bootlace4), 0, 'f', 1);
    return py.jobs == b.jobs && b.jobs > 0 ? 0 : 1;
}
