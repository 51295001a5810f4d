#include "publish/artifactcache.h"

#include "model/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Bootlace {

ArtifactCache::ArtifactCache(const QString &directory)
    : m_dir(directory)
{
}

QString ArtifactCache::defaultDirectory()
{
    const QString env = qEnvironmentVariable("BOOTLACE_CACHE_DIR");
    const QString base = env.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/bootlace")
        : env;
    return base + QStringLiteral("/artifacts");
}

QString ArtifactCache::keyOf(const QString &url)
{
    return QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool ArtifactCache::record(const QString &url, Record *out) const
{
    QFile f(m_dir + QStringLiteral("/urls/") + keyOf(url) + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    const QByteArray sha = QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1());
    if (o.value(QStringLiteral("url")).toString() != url || sha.size() != 32)
        return false;
    out->url = url;
    out->sha256 = sha;
    out->size = qint64(o.value(QStringLiteral("size")).toDouble(-1));
    return true;
}

QString ArtifactCache::objectPath(const QByteArray &sha256) const
{
    return m_dir + QStringLiteral("/objects/") + QString::fromLatin1(sha256.toHex());
}

QString ArtifactCache::partialPath(const QString &url) const
{
    QDir().mkpath(m_dir + QStringLiteral("/partial"));
    return m_dir + QStringLiteral("/partial/") + keyOf(url);
}

QString ArtifactCache::commit(const QString &url, const QString &partialPath, const QByteArray &sha256,
                              qint64 size) const
{
    const QString object = objectPath(sha256);
    if (!QDir().mkpath(QFileInfo(object).absolutePath()) || !QDir().mkpath(m_dir + QStringLiteral("/urls")))
        return QCoreApplication::translate("Bootlace::ArtifactCache", "Cannot create the artifact cache in %1.")
            .arg(m_dir);
    // Another download may have stored the same bytes already (the same file in two jobs).
    if (QFileInfo::exists(object))
        QFile::remove(partialPath);
    else if (!QFile::rename(partialPath, object))
        return QCoreApplication::translate("Bootlace::ArtifactCache", "Cannot move %1 into the artifact cache.")
            .arg(partialPath);
    QJsonObject o;
    o.insert(QStringLiteral("url"), url);
    o.insert(QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex()));
    o.insert(QStringLiteral("size"), double(size));
    return AtomicFile::write(m_dir + QStringLiteral("/urls/") + keyOf(url) + QStringLiteral(".json"),
                             QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace Bootlace
