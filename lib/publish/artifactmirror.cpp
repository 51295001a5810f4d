#include "publish/artifactmirror.h"

#include "gitlab/gitlabclient.h"
#include "gitlab/gitlabinstance.h"
#include "ipxe/scriptwriter.h"
#include "publish/publishfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace Bootlace {

namespace {

constexpr qint64 SpeedWindowMs = 3000;
constexpr qint64 ProgressIntervalMs = 200;

// The last path segment, decoded, with only characters that are safe in a URL path, a file name
// on every target and an iPXE image name.
QString safeFileName(const QString &url)
{
    const QString path = QUrl(url).path(QUrl::FullyDecoded);
    QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._+-]"));
    name.replace(unsafe, QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("artifact") : name;
}

struct Hashed
{
    QByteArray sha256;
    qint64 size = -1;
    QString error;
};

Hashed hashFile(const QString &path)
{
    Hashed h;
    PublishFile file{QString(), {}, path};
    if (!file.measure(&h.size, &h.sha256, &h.error))
        h.size = -1;
    return h;
}

} // namespace

ArtifactMirror::ArtifactMirror(QNetworkAccessManager *network, TokenProvider tokens, const QString &cacheDirectory,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(std::move(tokens))
    , m_cache(cacheDirectory)
{
}

ArtifactMirror::~ArtifactMirror()
{
    cancel();
}

QList<ArtifactMirror::File> ArtifactMirror::plan(const Project &project)
{
    QList<File> files;
    QHash<QString, qsizetype> byUrl;
    for (const Menu &menu : project.menus) {
        for (const Item &item : menu.items) {
            for (const QString &url : item.mirroredUrls()) {
                const QString where = menu.id + QLatin1Char('/') + item.id;
                auto it = byUrl.constFind(url);
                if (it != byUrl.cend()) {
                    if (!files[*it].entries.contains(where))
                        files[*it].entries << where;
                    continue;
                }
                File f;
                f.url = url;
                f.instance = item.source.instance;
                f.fileName = safeFileName(url);
                f.entries << where;
                byUrl.insert(url, files.size());
                files << f;
            }
        }
    }
    return files;
}

QStringList ArtifactMirror::instancesOf(const QList<File> &files)
{
    QStringList list;
    for (const File &f : files) {
        if (!list.contains(f.instance))
            list << f.instance;
    }
    return list;
}

QString ArtifactMirror::remoteName(const File &file)
{
    const QString digest = file.sha256.isEmpty() ? QString(16, QLatin1Char('0'))
                                                 : QString::fromLatin1(file.sha256.toHex().left(16));
    return folder() + digest + QLatin1Char('/') + file.fileName;
}

Project ArtifactMirror::pointAt(const Project &project, const QList<File> &files, const PublishTarget &target,
                                QString *error)
{
    if (files.isEmpty())
        return project;
    if (target.kind == PublishTarget::Kind::Tftp) {
        *error = tr("Target \"%1\" is a TFTP server, which cannot create the folders mirrored artifacts go into. "
                    "Publish entries of private projects to a directory, WebDAV or SFTP target.")
                     .arg(target.name);
        return project;
    }
    QHash<QString, QString> replacement;
    for (const File &f : files) {
        const QString url = target.clientUrl(remoteName(f));
        if (url.isEmpty() || target.httpBaseUrl.isEmpty()) {
            *error = tr("Target \"%1\" has no HTTP base URL, so machines could not fetch the mirrored artifacts of "
                        "%2 from it. Set the address clients reach its files at in the target's settings.")
                         .arg(target.name, f.entries.join(QStringLiteral(", ")));
            return project;
        }
        replacement.insert(f.url, url);
    }
    Project p = project;
    auto swap = [&replacement](QString &url) {
        auto it = replacement.constFind(url);
        if (it != replacement.cend())
            url = *it;
    };
    // `cmd <target's copy> <rest> || cmd <GitLab URL> <rest>`: iPXE runs the second command only
    // when the first fails, so a copy missing from the target costs one failed fetch.
    auto orElse = [&replacement](const QString &command, const QString &url, const QString &rest) {
        const QString tail = rest.isEmpty() ? QString() : QLatin1Char(' ') + rest;
        const QString copy = replacement.value(url, url);
        const QString line = command + QLatin1Char(' ') + ScriptWriter::encodeUrl(copy) + tail;
        return copy == url ? line
                           : line + QStringLiteral(" || ") + command + QLatin1Char(' ') + ScriptWriter::encodeUrl(url) + tail;
    };
    for (Menu &menu : p.menus) {
        for (Item &item : menu.items) {
            if (!item.isMirrored())
                continue;
            if (item.source.fallback && (item.kind == Item::Kind::Linux || item.kind == Item::Kind::Chain)) {
                // The same commands the writer emits for the kind, each with its fallback, as a
                // script block (the writer has no "or else" of its own).
                QStringList lines;
                if (item.kind == Item::Kind::Linux) {
                    lines << orElse(QStringLiteral("kernel"), item.kernel, ScriptWriter::sanitizeText(item.args));
                    for (const QString &initrd : std::as_const(item.initrds))
                        lines << orElse(QStringLiteral("initrd"), initrd, QString());
                    lines << QStringLiteral("boot");
                } else {
                    lines << orElse(QStringLiteral("chain --autofree"), item.url, QString());
                }
                item.kind = Item::Kind::Script;
                item.script = lines.join(QLatin1Char('\n'));
                continue;
            }
            swap(item.kernel);
            for (QString &initrd : item.initrds)
                swap(initrd);
            swap(item.url);
        }
    }
    return p;
}

GitlabClient *ArtifactMirror::clientFor(const QString &instance)
{
    GitlabClient *&client = m_clients[instance];
    if (!client) {
        client = new GitlabClient(m_network, GitlabInstance::fromUserInput(instance), m_tokens ? m_tokens(instance) : QString(),
                                  this);
        client->setMaxConcurrent(m_maxConcurrent);
        // A large initrd over a slow line: the timeout is for a stalled transfer, not a long one.
        client->setTimeoutMs(60000);
    }
    return client;
}

void ArtifactMirror::start(const QList<File> &files)
{
    Q_ASSERT(!m_running);
    m_files = files;
    for (File &f : m_files) {
        f.localPath.clear();
        f.sha256.clear();
        f.size = -1;
        f.fromCache = false;
        f.error.clear();
    }
    m_done = QList<qint64>(m_files.size(), 0);
    m_total = QList<qint64>(m_files.size(), -1);
    m_requests = QList<QPointer<GitlabRequest>>(m_files.size());
    m_samples.clear();
    m_downloaded = 0;
    m_next = 0;
    m_active = 0;
    m_checksumFailed = false;
    m_error = GitlabRequest::Error::None;
    m_running = true;
    m_clock.start();
    m_lastEmitMs = -1000;
    if (m_files.isEmpty()) {
        m_running = false;
        QMetaObject::invokeMethod(this, &ArtifactMirror::finished, Qt::QueuedConnection);
        return;
    }
    startNext();
}

void ArtifactMirror::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_requests[i]) {
            m_requests[i]->disconnect(this);
            m_requests[i]->abort();
            m_requests[i]->deleteLater();
        }
        if (!m_files[i].ok() && m_files[i].error.isEmpty())
            m_files[i].error = tr("%1: cancelled.").arg(m_files[i].fileName);
    }
    m_running = false;
    if (m_error == GitlabRequest::Error::None)
        m_error = GitlabRequest::Error::Canceled;
    QMetaObject::invokeMethod(this, &ArtifactMirror::finished, Qt::QueuedConnection);
}

bool ArtifactMirror::ok() const
{
    for (const File &f : m_files) {
        if (!f.ok())
            return false;
    }
    return true;
}

QString ArtifactMirror::errorString() const
{
    QStringList lines;
    for (const File &f : m_files) {
        if (!f.error.isEmpty())
            lines << f.error;
    }
    return lines.join(QLatin1Char('\n'));
}

void ArtifactMirror::startNext()
{
    while (m_running && m_active < m_maxConcurrent && m_next < m_files.size()) {
        ++m_active;
        process(m_next++);
    }
    if (m_running && m_active == 0 && m_next >= m_files.size()) {
        m_running = false;
        emitProgress(true);
        Q_EMIT finished();
    }
}

// A file downloaded before is only re-hashed: the cache must still hold the bytes it recorded.
void ArtifactMirror::process(int index)
{
    const File &f = m_files.at(index);
    ArtifactCache::Record rec;
    const QString object = m_cache.record(f.url, &rec) ? m_cache.objectPath(rec.sha256) : QString();
    if (object.isEmpty() || QFileInfo(object).size() != rec.size) {
        download(index);
        return;
    }
    m_total[index] = rec.size;
    auto *watcher = new QFutureWatcher<Hashed>(this);
    const int generation = m_generation;
    connect(watcher, &QFutureWatcher<Hashed>::finished, this, [this, watcher, index, object, rec, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Hashed h = watcher->result();
        if (h.error.isEmpty() && h.sha256 == rec.sha256) {
            m_done[index] = h.size;
            verified(index, object, h.sha256, h.size, QString(), true);
            return;
        }
        QFile::remove(object); // damaged in the cache: fetch it again
        download(index);
    });
    watcher->setFuture(QtConcurrent::run(hashFile, object));
}

void ArtifactMirror::download(int index)
{
    const File &f = m_files.at(index);
    GitlabClient *client = clientFor(f.instance);
    auto *request = client->getUrl(QUrl::fromEncoded(f.url.toUtf8()), this);
    m_requests[index] = request;
    auto *sink = new QFile(m_cache.partialPath(f.url), request);
    if (!sink->open(QIODevice::ReadWrite)) {
        request->deleteLater();
        fileDone(index, tr("%1: cannot write to the artifact cache (%2).").arg(f.fileName, sink->errorString()));
        return;
    }
    request->setSink(sink);
    // Bytes kept from a cut download count as done, not as downloaded now (the speed).
    m_done[index] = sink->size();
    connect(request, &GitlabRequest::downloadProgress, this, [this, index](qint64 received, qint64 total) {
        m_downloaded += received - m_done[index];
        m_done[index] = received;
        m_total[index] = total;
        emitProgress(false);
    });
    const int generation = m_generation;
    connect(request, &GitlabRequest::finished, this, [this, request, sink, index, generation] {
        request->deleteLater();
        if (generation != m_generation)
            return;
        const File &f = m_files.at(index);
        if (!request->ok()) {
            m_done[index] = 0;
            if (m_error == GitlabRequest::Error::None)
                m_error = request->error();
            // Keep what arrived when the transfer broke off: the next run resumes from it.
            const bool resumable = request->error() == GitlabRequest::Error::Network
                || request->error() == GitlabRequest::Error::Timeout;
            sink->close();
            if (!resumable)
                QFile::remove(sink->fileName());
            fileDone(index, f.fileName + QStringLiteral(": ") + request->errorString());
            return;
        }
        const QString partial = sink->fileName();
        const qint64 expected = request->expectedSize();
        sink->close();
        auto *watcher = new QFutureWatcher<Hashed>(this);
        connect(watcher, &QFutureWatcher<Hashed>::finished, this, [this, watcher, index, partial, expected, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            Hashed h = watcher->result();
            if (h.error.isEmpty() && expected >= 0 && h.size != expected)
                h.error = tr("%1: %2 bytes arrived, the server announced %3.")
                              .arg(m_files.at(index).fileName)
                              .arg(h.size)
                              .arg(expected);
            verified(index, partial, h.sha256, h.size, h.error, false);
        });
        watcher->setFuture(QtConcurrent::run(hashFile, partial));
    });
    request->start();
}

void ArtifactMirror::verified(int index, const QString &path, const QByteArray &sha256, qint64 size,
                              const QString &error, bool fromCache)
{
    File &f = m_files[index];
    if (!error.isEmpty()) {
        QFile::remove(path);
        fileDone(index, error);
        return;
    }
    if (!fromCache) {
        // A pinned job's artifacts never change: different bytes for the same URL mean a
        // damaged transfer or a server that is not telling the truth. Neither gets published.
        ArtifactCache::Record rec;
        if (m_cache.record(f.url, &rec) && rec.sha256 != sha256) {
            QFile::remove(path);
            m_checksumFailed = true;
            fileDone(index, tr("%1: the download differs from the copy mirrored before (SHA-256 %2 instead of %3); "
                               "it was not used.")
                                .arg(f.fileName, QString::fromLatin1(sha256.toHex().left(16)),
                                     QString::fromLatin1(rec.sha256.toHex().left(16))));
            return;
        }
        const QString committed = m_cache.commit(f.url, path, sha256, size);
        if (!committed.isEmpty()) {
            fileDone(index, f.fileName + QStringLiteral(": ") + committed);
            return;
        }
    }
    f.localPath = m_cache.objectPath(sha256);
    f.sha256 = sha256;
    f.size = size;
    f.fromCache = fromCache;
    m_done[index] = size;
    m_total[index] = size;
    fileDone(index, QString());
}

void ArtifactMirror::fileDone(int index, const QString &error)
{
    m_requests[index] = nullptr;
    m_files[index].error = error;
    --m_active;
    emitProgress(true);
    Q_EMIT fileFinished(index);
    startNext();
}

void ArtifactMirror::emitProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    m_samples.append({now, m_downloaded});
    while (m_samples.size() > 2 && now - m_samples.first().first > SpeedWindowMs)
        m_samples.removeFirst();
    if (!force && now - m_lastEmitMs < ProgressIntervalMs)
        return;
    m_lastEmitMs = now;
    qint64 done = 0, total = 0;
    bool allKnown = true;
    for (int i = 0; i < m_files.size(); ++i) {
        done += m_done[i];
        if (m_total[i] >= 0)
            total += m_total[i];
        else
            allKnown = false;
    }
    const qint64 spanMs = now - m_samples.first().first;
    const qint64 bytes = m_downloaded - m_samples.first().second;
    const qint64 speed = spanMs >= 250 ? bytes * 1000 / spanMs : 0;
    const int left = allKnown && speed > 0 ? int((total - done + speed - 1) / speed) : -1;
    Q_EMIT progress(done, qMax(total, done), speed, left);
}

} // namespace Bootlace
