// Mirroring throughput: downloading a private project's artifacts (a 4 MB kernel and an initrd of
// 64 or 256 MB) from the fake GitLab server, Bootlace's ArtifactMirror (token in a header,
// streamed to the cache, size and SHA-256 checked) side by side with the curl command line
// fetching the same two URLs with the same header, alternately in the same run. Every
// measurement runs in its own child process (this program with --one, or curl), timed and
// measured with wait4(); times include process start-up. See docs/performance.md.
#include "childprocess.h"
#include "publish/artifactmirror.h"
#include "support/fakegitlabserver.h"
#include "support/gitlabentry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>


using namespace Bootlace;
using Bootlace::Bench::runChild;
using Bootlace::Bench::Sample;
using Bootlace::Test::FakeGitlabServer;

namespace {


// --one INSTANCE CACHEDIR: mirror the entry's two files with ArtifactMirror, exit 0 on success.
int one(const QStringList &args)
{
    Project p;
    Menu m;
    m.id = QStringLiteral("main");
    m.items = {Bootlace::Test::gitlabEntry(args.at(0))};
    p.menus = {m};
    QNetworkAccessManager network;
    ArtifactMirror mirror(&network, [](const QString &) { return FakeGitlabServer::token(); }, args.at(1));
    QObject::connect(&mirror, &ArtifactMirror::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    mirror.start(ArtifactMirror::plan(p));
    QCoreApplication::exec();
    if (!mirror.ok())
        QTextStream(stderr) << mirror.errorString() << '\n';
    return mirror.ok() ? 0 : 1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("--one"))
        return one(args.mid(2));
    const int rounds = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 5;
    QTextStream out(stdout);
    out << "| initrd | Bootlace | curl CLI | Bootlace peak RSS | curl peak RSS |\n|---:|---:|---:|---:|---:|\n";
    for (const int mb : {64, 256}) {
        FakeGitlabServer server({{QStringLiteral("artifact_sizes"),
                                  QJsonObject{{QStringLiteral("results/bzImage"), 4 << 20},
                                              {QStringLiteral("results/initrd"), qint64(mb) << 20}}}});
        QString error;
        if (!server.start(&error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        const QString instance = server.baseUrl().toString();
        const Item entry = Bootlace::Test::gitlabEntry(instance);
        QList<double> ours, theirs;
        long oursRss = 0, theirsRss = 0;
        for (int r = 0; r < rounds; ++r) {
            QTemporaryDir cache, curlDir;
            const Sample a = runChild({QCoreApplication::applicationFilePath(), QStringLiteral("--one"), instance,
                                       cache.path()});
            const Sample b = runChild({QStringLiteral("curl"), QStringLiteral("-sSf"), QStringLiteral("-H"),
                                       QStringLiteral("PRIVATE-TOKEN: ") + FakeGitlabServer::token(),
                                       QStringLiteral("-o"), curlDir.filePath(QStringLiteral("bzImage")), entry.kernel,
                                       QStringLiteral("-o"), curlDir.filePath(QStringLiteral("initrd")),
                                       entry.initrds.front()});
            if (a.status != 0 || b.status != 0) {
                QTextStream(stderr) << "a download failed (Bootlace " << a.status << ", curl " << b.status << ")\n";
                return 1;
            }
            ours << a.seconds;
            theirs << b.seconds;
            oursRss = std::max(oursRss, a.maxRssKb);
            theirsRss = std::max(theirsRss, b.maxRssKb);
        }
        out << "| " << mb << " MB | " << QString::number(median(ours), 'f', 2) << " s | "
            << QString::number(median(theirs), 'f', 2) << " s | " << oursRss / 1024 << " MiB | " << theirsRss / 1024
            << " MiB |\n";
        out.flush();
    }
    return 0;
}
