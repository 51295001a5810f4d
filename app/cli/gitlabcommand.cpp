#include "cli/gitlabcommand.h"

#include "cli/clicommand.h"
#include "gitlab/artifactcheck.h"
#include "gitlab/artifactentry.h"
#include "gitlab/artifactlisting.h"
#include "gitlab/gitlabaccounts.h"
#include "gitlab/gitlabclient.h"
#include "gitlab/gitlabrequest.h"
#include "gitlab/latestjobresolver.h"
#include "gitlab/netbootscript.h"
#include "gitlab/sourceresolver.h"
#include "gitlab/tokenvalidation.h"
#include "model/identifier.h"
#include "model/projectfile.h"
#include "publish/artifactmirror.h"
#include "publish/publishset.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUrlQuery>

#include <map>

namespace Bootlace::Cli {

namespace {


const char *const kUsage = R"(Usage: bootlace-cli gitlab <command> --instance URL --project PROJECT [options]

Commands:
  pipelines                     Recent pipelines (--ref, --status, --limit N; newest first).
  jobs --pipeline ID            Jobs of a pipeline: stage, status, duration, artifacts, expiry.
  files --job ID                Files in a job's artifacts.
  add-entry PROJECTFILE --job ID (--netboot PATH | --kernel PATH [--initrd PATH]...)
                                Add a Linux entry whose files are the job's artifacts (pinned
                                job-id URLs; --follow REF keeps it on the latest successful build;
                                --mirror publishes copies of a public project's files too,
                                --fallback also lets clients fetch from GitLab if a copy is missing).
  check PROJECTFILE             Check that the artifacts of every GitLab-built entry are still
                                there (exit 13 if any are gone; warnings for expiring ones).
  login                         Read a token from stdin, check it and save it in the keychain.

The token comes from BOOTLACE_GITLAB_TOKEN, else from the keychain (saved by "login").
PROJECT is a numeric id or a path like group/project. --json prints JSON.
Exit codes: 0 success, 2 usage error, 3 unreadable project file, 4 output not written,
12 token refused (401/403), 13 not found or no access (404), 14 GitLab unreachable, timed out
or failing (5xx/429), 15 no token (or the keychain is unavailable).
)";

int exitFor(GitlabRequest::Error e)
{
    switch (e) {
    case GitlabRequest::Error::None:
        return Success;
    case GitlabRequest::Error::Unauthorized:
    case GitlabRequest::Error::Forbidden:
        return GitlabAuth;
    case GitlabRequest::Error::NotFound:
        return GitlabNotFound;
    default:
        return GitlabUnavailable;
    }
}

template <typename Job>
void run(Job *job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job->start();
    if (!done)
        loop.exec();
}

struct Context
{
    QNetworkAccessManager network;
    std::unique_ptr<GitlabClient> client;
    QString project; // encoded :id
    bool json = false;
};

QString describeDuration(double seconds)
{
    const int s = int(seconds + 0.5);
    return s >= 60 ? QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')) : QStringLiteral("%1s").arg(s);
}

QString describeSize(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("-");
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

void printJson(const QJsonValue &v)
{
    out() << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Indented);
}

int fetch(Context &c, const QString &path, const QUrlQuery &query, bool allPages, int maxItems, QJsonValue *result)
{
    std::unique_ptr<GitlabRequest> r(c.client->get(path, query));
    r->setAllPages(allPages, maxItems);
    run(r.get());
    if (!r->ok()) {
        err() << "bootlace-cli: " << r->errorString() << Qt::endl;
        return exitFor(r->error());
    }
    if (allPages)
        *result = r->items();
    else
        *result = r->json().isArray() ? QJsonValue(r->json().array()) : QJsonValue(r->json().object());
    return Success;
}

int pipelines(Context &c, const QCommandLineParser &p)
{
    QUrlQuery q;
    if (p.isSet(QStringLiteral("ref")))
        q.addQueryItem(QStringLiteral("ref"), QString::fromLatin1(QUrl::toPercentEncoding(p.value(QStringLiteral("ref")))));
    if (p.isSet(QStringLiteral("status")))
        q.addQueryItem(QStringLiteral("status"), p.value(QStringLiteral("status")));
    q.addQueryItem(QStringLiteral("order_by"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("desc"));
    const int limit = p.value(QStringLiteral("limit")).toInt();
    q.addQueryItem(QStringLiteral("per_page"), QString::number(qBound(1, limit, 100)));
    QJsonValue v;
    if (const int code = fetch(c, QStringLiteral("/projects/") + c.project + QStringLiteral("/pipelines"), q, true, limit, &v))
        return code;
    if (c.json) {
        printJson(v);
        return Success;
    }
    for (const QJsonValue &item : v.toArray()) {
        const GitlabPipeline pl = GitlabPipeline::fromJson(item.toObject());
        out() << pl.id << '\t' << pl.status << '\t' << pl.ref << '\t' << pl.sha.left(8) << '\t'
              << pl.createdAt.toUTC().toString(Qt::ISODate) << Qt::endl;
    }
    return Success;
}

int jobs(Context &c, const QCommandLineParser &p)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    QJsonValue v;
    const QString path = QStringLiteral("/projects/") + c.project + QStringLiteral("/pipelines/")
        + QString::number(p.value(QStringLiteral("pipeline")).toLongLong()) + QStringLiteral("/jobs");
    if (const int code = fetch(c, path, q, true, 0, &v))
        return code;
    if (c.json) {
        printJson(v);
        return Success;
    }
    for (const QJsonValue &item : v.toArray()) {
        const GitlabJob j = GitlabJob::fromJson(item.toObject());
        out() << j.id << '\t' << j.stage << '\t' << j.name << '\t' << j.status << '\t' << describeDuration(j.duration)
              << '\t' << describeSize(j.archiveSize) << '\t'
              << (j.artifactsExpireAt.isValid() ? j.artifactsExpireAt.toUTC().toString(Qt::ISODate) : QStringLiteral("-"))
              << Qt::endl;
    }
    return Success;
}

int files(Context &c, const QCommandLineParser &p)
{
    ArtifactListing listing(c.client.get(), c.project, p.value(QStringLiteral("job")).toLongLong());
    run(&listing);
    if (!listing.ok()) {
        err() << "bootlace-cli: " << listing.errorString() << Qt::endl;
        return exitFor(listing.error());
    }
    if (c.json) {
        QJsonArray a;
        for (const GitlabArtifactFile &f : listing.files())
            a.append(QJsonObject{{QStringLiteral("path"), f.path},
                                 {QStringLiteral("type"), f.directory ? QStringLiteral("directory") : QStringLiteral("file")},
                                 {QStringLiteral("size"), double(f.size)}});
        printJson(a);
        return Success;
    }
    for (const GitlabArtifactFile &f : listing.files())
        out() << f.path << '\t' << (f.directory ? QStringLiteral("-") : QString::number(f.size)) << Qt::endl;
    return Success;
}

int addEntry(Context &c, const QCommandLineParser &p)
{
    const QString fileName = p.positionalArguments().value(0);
    ProjectFile::LoadResult loaded = ProjectFile::load(fileName);
    if (!loaded.ok()) {
        err() << "bootlace-cli: " << loaded.error << Qt::endl;
        return InputError;
    }
    Project project = loaded.project;
    QJsonValue v;
    if (const int code = fetch(c, QStringLiteral("/projects/") + c.project, {}, false, 0, &v))
        return code;
    const GitlabProject gp = GitlabProject::fromJson(v.toObject());

    GitlabJob job;
    if (p.isSet(QStringLiteral("job"))) {
        if (const int code = fetch(c, QStringLiteral("/projects/") + c.project + QStringLiteral("/jobs/")
                                         + QString::number(p.value(QStringLiteral("job")).toLongLong()),
                                   {}, false, 0, &v))
            return code;
        job = GitlabJob::fromJson(v.toObject());
    } else {
        LatestJobResolver resolver(c.client.get(), c.project, p.value(QStringLiteral("follow")), p.value(QStringLiteral("job-name")));
        run(&resolver);
        if (!resolver.ok()) {
            err() << "bootlace-cli: " << resolver.errorString() << Qt::endl;
            return exitFor(resolver.error());
        }
        job = resolver.job();
    }
    if (!job.hasArchive()) {
        err() << "bootlace-cli: job " << job.id << " has no artifacts archive" << Qt::endl;
        return GitlabNotFound;
    }

    ArtifactEntry entry;
    entry.instance = c.client->instance();
    entry.project = gp;
    entry.job = job;
    entry.followRef = p.value(QStringLiteral("follow"));
    entry.args = p.value(QStringLiteral("args"));
    if (p.isSet(QStringLiteral("netboot"))) {
        const QString netboot = p.value(QStringLiteral("netboot"));
        const QString url = ArtifactSource::fileUrl(entry.instance.baseUrlString(), gp.id, job.id, netboot);
        std::unique_ptr<GitlabRequest> r(c.client->getUrl(QUrl(url)));
        run(r.get());
        if (!r->ok()) {
            err() << "bootlace-cli: " << r->errorString() << Qt::endl;
            return exitFor(r->error());
        }
        QString error;
        const NetbootScript script = NetbootScript::parse(QString::fromUtf8(r->body()), &error);
        if (!script.isValid()) {
            err() << "bootlace-cli: " << netboot << ": " << error << Qt::endl;
            return GitlabNotFound;
        }
        entry.kernelPath = ArtifactEntry::siblingPath(netboot, script.kernel);
        for (const QString &i : script.initrds)
            entry.initrdPaths << ArtifactEntry::siblingPath(netboot, i);
        entry.args = entry.args.isEmpty() ? script.args : script.args + QLatin1Char(' ') + entry.args;
        entry.extraArtifactPaths << netboot;
    } else if (p.isSet(QStringLiteral("kernel"))) {
        entry.kernelPath = p.value(QStringLiteral("kernel"));
        entry.initrdPaths = p.values(QStringLiteral("initrd"));
    } else {
        err() << "bootlace-cli: add-entry needs --netboot PATH or --kernel PATH" << Qt::endl;
        return UsageError;
    }
    Item item = entry.toItem(QString(), p.value(QStringLiteral("label")));
    if (p.isSet(QStringLiteral("mirror")) || p.isSet(QStringLiteral("fallback")))
        item.source.mirror = true; // a public project's files on the boot server too
    if (p.isSet(QStringLiteral("fallback")))
        item.source.fallback = true;
    const ArtifactSource &source = item.source;
    QStringList taken;
    for (const Menu &m : project.menus) {
        taken << m.id;
        for (const Item &it : m.items)
            taken << it.id;
    }
    const QString wanted = p.isSet(QStringLiteral("id")) ? p.value(QStringLiteral("id")) : job.name;
    if (p.isSet(QStringLiteral("id")) && (!Identifier::isValid(wanted) || taken.contains(wanted))) {
        err() << "bootlace-cli: --id \"" << wanted << "\" is not a valid, unused id" << Qt::endl;
        return UsageError;
    }
    item.id = Identifier::sanitize(wanted);
    for (int n = 2; taken.contains(item.id); ++n)
        item.id = Identifier::sanitize(wanted) + QLatin1Char('-') + QString::number(n);
    if (project.menus.isEmpty()) {
        err() << "bootlace-cli: the project has no menu" << Qt::endl;
        return InputError;
    }
    int menu = 0;
    if (p.isSet(QStringLiteral("menu"))) {
        menu = -1;
        for (int i = 0; i < project.menus.size(); ++i) {
            if (project.menus.at(i).id == p.value(QStringLiteral("menu")))
                menu = i;
        }
        if (menu < 0) {
            err() << "bootlace-cli: no menu \"" << p.value(QStringLiteral("menu")) << "\" in " << fileName << Qt::endl;
            return UsageError;
        }
    }
    project.menus[menu].items.append(item);
    const QString error = ProjectFile::save(fileName, project);
    if (!error.isEmpty()) {
        err() << "bootlace-cli: " << error << Qt::endl;
        return OutputError;
    }
    out() << "added " << item.id << " (job " << job.id << ", pipeline " << job.pipelineId << ")" << Qt::endl;
    if (source.mirror && !p.isSet(QStringLiteral("mirror")) && !p.isSet(QStringLiteral("fallback")))
        out() << "note: " << gp.path << " is not public; iPXE cannot fetch its artifacts without a token, so the entry "
              << "is marked for mirroring to the publish target" << Qt::endl;
    const QString expiry = source.expiryWarning(QDateTime::currentDateTimeUtc());
    if (!expiry.isEmpty())
        out() << "warning: " << expiry << Qt::endl;
    return Success;
}

int check(const QString &fileName)
{
    const ProjectFile::LoadResult loaded = ProjectFile::load(fileName);
    if (!loaded.ok()) {
        err() << "bootlace-cli: " << loaded.error << Qt::endl;
        return InputError;
    }
    QNetworkAccessManager network;
    std::map<QString, std::unique_ptr<GitlabClient>> clients;
    int code = Success;
    int checked = 0;
    for (const Menu &m : loaded.project.menus) {
        for (const Item &it : m.items) {
            if (it.source.isEmpty())
                continue;
            auto &client = clients[it.source.instance];
            if (!client) {
                const GitlabInstance instance = GitlabInstance::fromUserInput(it.source.instance);
                QString message;
                const QString token = GitlabAccounts::tokenBlocking(instance, &message);
                if (token.isEmpty()) {
                    err() << "bootlace-cli: " << message << Qt::endl;
                    return NoToken;
                }
                client = std::make_unique<GitlabClient>(&network, instance, token);
            }
            ArtifactCheck probe(client.get(), it.source);
            run(&probe);
            ++checked;
            const QString message = probe.message();
            out() << it.id << ": " << (message.isEmpty() ? QStringLiteral("ok") : message) << Qt::endl;
            if (probe.state() == ArtifactCheck::State::Gone)
                code = GitlabNotFound;
            else if (probe.state() == ArtifactCheck::State::Unknown && code == Success)
                code = GitlabUnavailable;
        }
    }
    if (checked == 0)
        out() << "no entries made from GitLab artifacts" << Qt::endl;
    return code;
}

int login(Context &c)
{
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    if (token.isEmpty()) {
        err() << "bootlace-cli: no token on stdin" << Qt::endl;
        return UsageError;
    }
    GitlabClient client(&c.network, c.client->instance(), token);
    TokenValidation v(&client);
    run(&v);
    if (!v.ok()) {
        err() << "bootlace-cli: " << v.errorString() << Qt::endl;
        return exitFor(v.error());
    }
    out() << "token " << v.info().name << " of " << v.info().username << " (" << v.info().displayName << "), scopes "
          << v.info().scopes.join(QLatin1Char(',')) << ", expires "
          << (v.info().expiresAt.isValid() ? v.info().expiresAt.toString(Qt::ISODate) : QStringLiteral("never")) << Qt::endl;
    for (const QString &w : v.info().warnings(QDate::currentDate()))
        out() << "warning: " << w << Qt::endl;
    Settings settings;
    QObject context;
    bool ok = false;
    QString message;
    QEventLoop loop;
    bool done = false;
    GitlabAccounts::save(&settings, c.client->instance(), token, &context, [&](bool saved, const QString &m) {
        ok = saved;
        message = m;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!ok) {
        err() << "bootlace-cli: the token was not saved: " << message << Qt::endl;
        return NoToken;
    }
    out() << "saved in the keychain as " << c.client->instance().secretKey() << Qt::endl;
    return Success;
}

} // namespace

int resolveFollowSources(Project *project)
{
    if (!SourceResolver::needsResolving(*project))
        return 0;
    QNetworkAccessManager network;
    QHash<QString, QString> tokens;
    SourceResolver resolver(&network, [&tokens](const QString &instance) {
        if (!tokens.contains(instance)) {
            QString message;
            tokens.insert(instance, GitlabAccounts::tokenBlocking(GitlabInstance::fromUserInput(instance), &message));
            if (tokens.value(instance).isEmpty())
                err() << "bootlace-cli: warning: " << message << Qt::endl;
        }
        return tokens.value(instance);
    });
    QEventLoop loop;
    QObject::connect(&resolver, &SourceResolver::finished, &loop, &QEventLoop::quit);
    resolver.resolve(*project);
    loop.exec();
    for (const QString &e : resolver.errors())
        err() << "bootlace-cli: warning: kept the last build of " << e << Qt::endl;
    *project = resolver.result();
    return resolver.resolvedCount();
}

int mirrorArtifacts(PublishSet *set)
{
    if (!set->needsMirroring())
        return Success;
    QHash<QString, QString> tokens;
    for (const QString &instance : ArtifactMirror::instancesOf(set->mirroredFiles())) {
        QString message;
        const QString token = GitlabAccounts::tokenBlocking(GitlabInstance::fromUserInput(instance), &message);
        if (token.isEmpty()) {
            err() << "bootlace-cli: entries of private projects on " << instance
                  << " are mirrored to the targets, which needs a GitLab token: " << message << Qt::endl;
            return NoToken;
        }
        tokens.insert(instance, token);
    }
    QNetworkAccessManager network;
    ArtifactMirror mirror(&network, [&tokens](const QString &instance) { return tokens.value(instance); },
                          ArtifactCache::defaultDirectory());
    const QLocale c = QLocale::c();
    QObject::connect(&mirror, &ArtifactMirror::fileFinished, &mirror, [&mirror, &c](int i) {
        const ArtifactMirror::File &f = mirror.files().at(i);
        if (f.ok())
            err() << "mirrored " << f.fileName << "  " << c.formattedDataSize(f.size) << "  sha256 "
                  << QString::fromLatin1(f.sha256.toHex().left(16)) << (f.fromCache ? "  (cached)" : "") << Qt::endl;
    });
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(&mirror, &ArtifactMirror::finished, &loop, &QEventLoop::quit);
    mirror.start(set->mirroredFiles());
    if (mirror.isRunning()) // a plan whose every file fails at once has already finished
        loop.exec();
    if (!mirror.ok()) {
        err() << "bootlace-cli: mirroring failed, nothing was published:\n" << mirror.errorString() << Qt::endl;
        if (mirror.checksumFailed())
            return VerifyFailed;
        if (mirror.error() == GitlabRequest::Error::LocalFile || mirror.error() == GitlabRequest::Error::None)
            return OutputError;
        return exitFor(mirror.error());
    }
    if (mirror.bytesDownloaded() > 0) {
        const qint64 ms = qMax<qint64>(1, clock.elapsed());
        err() << "downloaded " << c.formattedDataSize(mirror.bytesDownloaded()) << " in " << QString::number(ms / 1000.0, 'f', 1)
              << " s (" << c.formattedDataSize(mirror.bytesDownloaded() * 1000 / ms) << "/s)" << Qt::endl;
    }
    set->setMirroredFiles(mirror.files());
    return Success;
}

int gitlab(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        (sub.isEmpty() ? err() : out()) << kUsage;
        return sub.isEmpty() ? UsageError : Success;
    }
    static const QStringList commands{QStringLiteral("pipelines"), QStringLiteral("jobs"), QStringLiteral("files"),
                                      QStringLiteral("add-entry"), QStringLiteral("check"), QStringLiteral("login")};
    if (!commands.contains(sub)) {
        err() << "bootlace-cli: unknown gitlab command \"" << sub << "\"\n\n" << kUsage;
        return UsageError;
    }
    QCommandLineParser p;
    p.setApplicationDescription(QString::fromUtf8(kUsage));
    const QCommandLineOption help = p.addHelpOption();
    p.addOptions({
        {QStringLiteral("instance"), QStringLiteral("GitLab base URL, e.g. https://gitlab.com or https://example.org/gitlab."), QStringLiteral("URL")},
        {QStringLiteral("project"), QStringLiteral("Project id or path (group/project)."), QStringLiteral("PROJECT")},
        {QStringLiteral("ref"), QStringLiteral("pipelines: only this branch or tag."), QStringLiteral("REF")},
        {QStringLiteral("status"), QStringLiteral("pipelines: only this status (success, failed, running, …)."), QStringLiteral("STATUS")},
        {QStringLiteral("limit"), QStringLiteral("pipelines: how many, newest first (default 20)."), QStringLiteral("N"), QStringLiteral("20")},
        {QStringLiteral("pipeline"), QStringLiteral("jobs: the pipeline id."), QStringLiteral("ID")},
        {QStringLiteral("job"), QStringLiteral("files, add-entry: the job id."), QStringLiteral("ID")},
        {QStringLiteral("follow"), QStringLiteral("add-entry: follow the latest successful build of REF (with --job-name)."), QStringLiteral("REF")},
        {QStringLiteral("job-name"), QStringLiteral("add-entry --follow: the job's name."), QStringLiteral("NAME")},
        {QStringLiteral("netboot"), QStringLiteral("add-entry: a NixOS netboot.ipxe artifact to read kernel, initrd and arguments from."), QStringLiteral("PATH")},
        {QStringLiteral("kernel"), QStringLiteral("add-entry: the kernel's artifact path."), QStringLiteral("PATH")},
        {QStringLiteral("initrd"), QStringLiteral("add-entry: an initrd's artifact path (repeatable)."), QStringLiteral("PATH")},
        {QStringLiteral("args"), QStringLiteral("add-entry: extra kernel arguments."), QStringLiteral("ARGS")},
        {QStringLiteral("id"), QStringLiteral("add-entry: the new entry's id."), QStringLiteral("ID")},
        {QStringLiteral("label"), QStringLiteral("add-entry: the new entry's label."), QStringLiteral("TEXT")},
        {QStringLiteral("menu"), QStringLiteral("add-entry: the menu to add to (default: the first)."), QStringLiteral("MENU")},
        {QStringLiteral("mirror"), QStringLiteral("add-entry: mirror the files to the publish targets even for a public project.")},
        {QStringLiteral("fallback"), QStringLiteral("add-entry: mirror, and let clients fetch from GitLab when the copy is missing (public projects).")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
    });
    // args.mid(1) starts with the subcommand, which the parser takes for the program name.
    if (!p.parse(args.mid(1))) {
        err() << "bootlace-cli: " << p.errorText() << Qt::endl;
        return UsageError;
    }
    if (p.isSet(help)) {
        out() << p.helpText();
        return Success;
    }
    if (sub == QLatin1String("check")) {
        if (p.positionalArguments().size() != 1) {
            err() << "bootlace-cli: gitlab check needs the project file" << Qt::endl;
            return UsageError;
        }
        return check(p.positionalArguments().front());
    }
    auto need = [&](const char *option) {
        if (p.isSet(QLatin1String(option)))
            return true;
        err() << "bootlace-cli: gitlab " << sub << " needs --" << option << Qt::endl;
        return false;
    };
    if (!need("instance") || (sub != QLatin1String("login") && !need("project")))
        return UsageError;
    if ((sub == QLatin1String("jobs") && !need("pipeline")) || (sub == QLatin1String("files") && !need("job")))
        return UsageError;
    if (sub == QLatin1String("add-entry")) {
        if (p.positionalArguments().size() != 1) {
            err() << "bootlace-cli: gitlab add-entry needs the project file" << Qt::endl;
            return UsageError;
        }
        if (p.isSet(QStringLiteral("follow")) ? !need("job-name") : !need("job"))
            return UsageError;
    } else if (!p.positionalArguments().isEmpty()) {
        err() << "bootlace-cli: unexpected argument \"" << p.positionalArguments().value(0) << "\"" << Qt::endl;
        return UsageError;
    }
    QString error;
    const GitlabInstance instance = GitlabInstance::fromUserInput(p.value(QStringLiteral("instance")), &error);
    if (!instance.isValid()) {
        err() << "bootlace-cli: " << error << Qt::endl;
        return UsageError;
    }
    Context c;
    c.json = p.isSet(QStringLiteral("json"));
    c.project = GitlabInstance::projectRef(p.value(QStringLiteral("project")));
    if (sub == QLatin1String("login")) {
        c.client = std::make_unique<GitlabClient>(&c.network, instance, QString());
        return login(c);
    }
    QString message;
    const QString token = GitlabAccounts::tokenBlocking(instance, &message);
    if (token.isEmpty()) {
        err() << "bootlace-cli: " << message << Qt::endl;
        return NoToken;
    }
    c.client = std::make_unique<GitlabClient>(&c.network, instance, token);
    if (sub == QLatin1String("pipelines"))
        return pipelines(c, p);
    if (sub == QLatin1String("jobs"))
        return jobs(c, p);
    if (sub == QLatin1String("files"))
        return files(c, p);
    return addEntry(c, p);
}

} // namespace Bootlace::Cli
