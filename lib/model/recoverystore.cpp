#include "model/recoverystore.h"

#include "model/atomicfile.h"
#include "model/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace Bootlace {

namespace {
QString projectPath(const QString &dir, const QString &id)
{
    return dir + QLatin1Char('/') + id + QStringLiteral(".bootlace.json");
}
QString metaPath(const QString &dir, const QString &id)
{
    return dir + QLatin1Char('/') + id + QStringLiteral(".meta.json");
}
QString lockPath(const QString &dir, const QString &id)
{
    return dir + QLatin1Char('/') + id + QStringLiteral(".lock");
}
} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{
}

RecoveryStore::~RecoveryStore()
{
    if (m_lock)
        m_lock->unlock();
}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

bool RecoveryStore::beginSession(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("Bootlace::RecoveryStore", "cannot create the recovery directory %1").arg(m_directory);
        return false;
    }
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lock = std::make_unique<QLockFile>(lockPath(m_directory, m_sessionId));
    m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (!m_lock->tryLock(0)) {
        if (error)
            *error = QCoreApplication::translate("Bootlace::RecoveryStore", "cannot lock %1").arg(lockPath(m_directory, m_sessionId));
        m_lock.reset();
        m_sessionId.clear();
        return false;
    }
    return true;
}

QString RecoveryStore::save(const Project &project, const QString &originalFile)
{
    if (m_sessionId.isEmpty())
        return QCoreApplication::translate("Bootlace::RecoveryStore", "no recovery session");
    const QString err = AtomicFile::write(projectPath(m_directory, m_sessionId), ProjectFile::serialize(project));
    if (!err.isEmpty())
        return err;
    const QJsonObject meta{{QStringLiteral("originalFile"), originalFile},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return AtomicFile::write(metaPath(m_directory, m_sessionId), QJsonDocument(meta).toJson());
}

void RecoveryStore::discard()
{
    if (m_sessionId.isEmpty())
        return;
    QFile::remove(projectPath(m_directory, m_sessionId));
    QFile::remove(metaPath(m_directory, m_sessionId));
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans() const
{
    QList<Orphan> result;
    const QStringList metas = QDir(m_directory).entryList({QStringLiteral("*.meta.json")}, QDir::Files, QDir::Time);
    for (const QString &meta : metas) {
        const QString id = meta.chopped(int(qstrlen(".meta.json")));
        if (id == m_sessionId || !QFile::exists(projectPath(m_directory, id)))
            continue;
        QLockFile lock(lockPath(m_directory, id));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its window is still open
        lock.unlock();
        QFile f(metaPath(m_directory, id));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        result.append({id, o.value(QStringLiteral("originalFile")).toString(),
                       QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs),
                       projectPath(m_directory, id)});
    }
    return result;
}

bool RecoveryStore::load(const Orphan &orphan, Project *project, QString *error)
{
    const ProjectFile::LoadResult r = ProjectFile::load(orphan.recoveryFile);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return false;
    }
    *project = r.project;
    return true;
}

void RecoveryStore::remove(const Orphan &orphan) const
{
    QFile::remove(projectPath(m_directory, orphan.sessionId));
    QFile::remove(metaPath(m_directory, orphan.sessionId));
    QFile::remove(lockPath(m_directory, orphan.sessionId));
}

} // namespace Bootlace
