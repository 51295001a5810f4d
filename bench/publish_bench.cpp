// Publish throughput: TFTP upload to tftpd-hpa and HTTP PUT to nginx, 1/16/64 MB, Bootlace's
// transports side by side with the curl command line doing the same in the same run, and the
// peak RSS of each process. Every measurement runs in its own child process (this program with
// --one, or curl), timed and measured with wait4(). See docs/performance.md.
#include "childprocess.h"
#include "publish/curltransport.h"
#include "support/publishservers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>


using namespace Bootlace;
using Bootlace::Bench::runChild;
using Bootlace::Bench::Sample;

namespace {


// --one KIND URL FILE [USER PASSWORD]: one upload with Bootlace's transport, exit 0 on success.
int one(const QStringList &args)
{
    PublishTarget t;
    t.name = QStringLiteral("bench");
    t.kind = args.at(0) == QLatin1String("tftp") ? PublishTarget::Kind::Tftp : PublishTarget::Kind::WebDav;
    t.location = args.at(1);
    t.username = args.value(3);
    CurlTransport transport(t, args.value(4));
    QFile f(args.at(2));
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const TransferResult r = transport.upload(QStringLiteral("bench.bin"), &f, f.size());
    if (!r.ok())
        QTextStream(stderr) << r.message << Qt::endl;
    return r.ok() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() > 2 && args.at(1) == QLatin1String("--one"))
        return one(args.mid(2));

    QTextStream out(stdout);
    Test::TftpServer tftp;
    Test::WebDavServer dav;
    QString error = tftp.start();
    if (error.isEmpty())
        error = dav.start(QStringLiteral("bench"), QStringLiteral("bench-pw"));
    if (!error.isEmpty()) {
        QTextStream(stderr) << "publish_bench: " << error << Qt::endl;
        return 1;
    }
    const int rounds = args.size() > 1 ? args.at(1).toInt() : 3;
    QTemporaryDir dir;
    const QString self = QCoreApplication::applicationFilePath();
    out << "| size | protocol | Bootlace (median of " << rounds << ") | curl CLI | Bootlace peak RSS | curl peak RSS |\n";
    out << "|---:|---|---:|---:|---:|---:|\n";
    for (int mb : {1, 16, 64}) {
        const QString file = dir.filePath(QStringLiteral("data-%1.bin").arg(mb));
        {
            QFile f(file);
            f.open(QIODevice::WriteOnly);
            QByteArray chunk(1 << 20, Qt::Uninitialized);
            for (int i = 0; i < mb; ++i) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
                f.write(chunk);
            }
        }
        struct Case
        {
            QString name;
            QStringList bootlace;
            QStringList curl;
        };
        const QString tftpUrl = QStringLiteral("tftp://127.0.0.1:%1/").arg(tftp.port());
        const QList<Case> cases = {
            {QStringLiteral("TFTP (blksize %1)").arg(CurlTransport::TftpBlockSize),
             {self, QStringLiteral("--one"), QStringLiteral("tftp"), tftpUrl, file},
             {QStringLiteral("/usr/bin/curl"), QStringLiteral("-sS"), QStringLiteral("--tftp-blksize"),
              QString::number(CurlTransport::TftpBlockSize), QStringLiteral("-T"), file, tftpUrl + QStringLiteral("curl.bin")}},
            {QStringLiteral("HTTP PUT (Bootlace: + MOVE)"),
             {self, QStringLiteral("--one"), QStringLiteral("webdav"), dav.url() + QStringLiteral("b/"), file,
              QStringLiteral("bench"), QStringLiteral("bench-pw")},
             {QStringLiteral("/usr/bin/curl"), QStringLiteral("-sS"), QStringLiteral("-f"), QStringLiteral("-u"),
              QStringLiteral("bench:bench-pw"), QStringLiteral("-T"), file, dav.url() + QStringLiteral("c/curl.bin")}},
        };
        for (const Case &c : cases) {
            QList<Sample> ours, theirs;
            for (int r = 0; r < rounds; ++r) {
                ours << runChild(c.bootlace);
                theirs << runChild(c.curl);
            }
            auto median = [](QList<Sample> s) {
                std::sort(s.begin(), s.end(), [](const Sample &a, const Sample &b) { return a.seconds < b.seconds; });
                return s.at(s.size() / 2);
            };
            const Sample a = median(ours);
            const Sample b = median(theirs);
            long rssA = 0, rssB = 0;
            bool failed = false;
            for (const Sample &s : ours) {
                rssA = std::max(rssA, s.maxRssKb);
                failed = failed || s.status != 0;
            }
            for (const Sample &s : theirs) {
                rssB = std::max(rssB, s.maxRssKb);
                failed = failed || s.status != 0;
            }
            out << "| " << mb << " MB | " << c.name << " | " << QString::number(a.seconds, 'f', 3) << " s | "
                << QString::number(b.seconds, 'f', 3) << " s | " << rssA / 1024 << " MiB | " << rssB / 1024 << " MiB |"
                << (failed ? " FAILED" : "") << Qt::endl;
        }
    }
    return 0;
}
