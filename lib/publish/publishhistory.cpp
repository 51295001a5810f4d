#include "publish/publishhistory.h"

#include "model/atomicfile.h"
#include "publish/artifactmirror.h"
#include "publish/unifieddiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Bootlace {

namespace {

constexpr qint64 kInlineLimit = 1 << 20; // files up to this size are re-published from memory

QString tr(const char *text)
{
    return QCoreApplication::translate("Bootlace::PublishHistory", text);
}

QJsonObject entryToJson(const PublishHistory::Entry &e)
{
    QJsonArray targets;
    for (const PublishHistory::TargetRecord &t : e.targets) {
        QJsonArray files;
        for (const PublishHistory::FileRecord &f : t.files)
            files.append(QJsonObject{{QStringLiteral("name"), f.remoteName},
                                     {QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex())},
                                     {QStringLiteral("size"), double(f.size)},
                                     {QStringLiteral("verified"), f.verified}});
        QJsonObject to{{QStringLiteral("target"), t.target.toJson()},
                       {QStringLiteral("ok"), t.ok},
                       {QStringLiteral("files"), files}};
        if (!t.error.isEmpty())
            to[QStringLiteral("error")] = t.error;
        targets.append(to);
    }
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("project"), QString::fromLatin1(e.projectSha256.toHex())},
                  {QStringLiteral("targets"), targets}};
    if (!e.rollbackOf.isEmpty())
        o[QStringLiteral("rollbackOf")] = e.rollbackOf;
    return o;
}

bool entryFromJson(const QJsonObject &o, PublishHistory::Entry *e)
{
    e->id = o.value(QStringLiteral("id")).toString();
    e->time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e->kind = o.value(QStringLiteral("kind")).toString();
    e->rollbackOf = o.value(QStringLiteral("rollbackOf")).toString();
    e->projectSha256 = QByteArray::fromHex(o.value(QStringLiteral("project")).toString().toLatin1());
    const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
    for (const QJsonValue &tv : targets) {
        const QJsonObject to = tv.toObject();
        PublishHistory::TargetRecord t;
        QString errorPath;
        QString error;
        if (!PublishTarget::fromJson(to.value(QStringLiteral("target")).toObject(), QStringLiteral("target"),
                                     &t.target, &errorPath, &error))
            return false;
        t.ok = to.value(QStringLiteral("ok")).toBool();
        t.error = to.value(QStringLiteral("error")).toString();
        for (const QJsonValue &fv : to.value(QStringLiteral("files")).toArray()) {
            const QJsonObject fo = fv.toObject();
            t.files.append({fo.value(QStringLiteral("name")).toString(),
                            QByteArray::fromHex(fo.value(QStringLiteral("sha256")).toString().toLatin1()),
                            qint64(fo.value(QStringLiteral("size")).toDouble()),
                            fo.value(QStringLiteral("verified")).toBool()});
        }
        e->targets.append(t);
    }
    return !e->id.isEmpty() && e->time.isValid();
}

} // namespace

bool PublishHistory::Entry::ok() const
{
    for (const TargetRecord &t : targets) {
        if (!t.ok)
            return false;
    }
    return true;
}

PublishHistory::PublishHistory(const QString &projectFile)
    : m_dir(directoryFor(projectFile))
{
}

QString PublishHistory::directoryFor(const QString &projectFile)
{
    return QFileInfo(projectFile).absoluteFilePath() + QStringLiteral(".history");
}

QString PublishHistory::objectPath(const QByteArray &sha256) const
{
    return m_dir + QStringLiteral("/objects/") + QString::fromLatin1(sha256.toHex());
}

bool PublishHistory::storeObject(const PublishFile &file, const QByteArray &sha256, QString *error) const
{
    const QString path = objectPath(sha256);
    if (QFile::exists(path))
        return true; // content-addressed: the same bytes are stored once
    if (!file.isLocal()) {
        *error = AtomicFile::write(path, file.data);
        return error->isEmpty();
    }
#ifdef Q_OS_UNIX
    // A mirrored artifact is never changed in the artifact cache once stored: share its bytes
    // instead of copying hundreds of megabytes (same file system only; otherwise copy).
    if (file.immutable && ::link(QFile::encodeName(file.localPath).constData(), QFile::encodeName(path).constData()) == 0)
        return true;
#endif
    // Stream a large file through a QSaveFile: it is committed only when complete.
    QFile in(file.localPath);
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot store %1 in the publish history: %2")
                     .arg(file.localPath, in.isOpen() ? out.errorString() : in.errorString());
        return false;
    }
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = in.read(buffer.data(), buffer.size())) > 0) {
        if (out.write(buffer.constData(), n) != n) {
            *error = tr("Cannot store %1 in the publish history: %2").arg(file.localPath, out.errorString());
            return false;
        }
    }
    if (n < 0 || !out.commit()) {
        *error = tr("Cannot store %1 in the publish history: %2").arg(file.localPath, out.errorString());
        return false;
    }
    return true;
}

QString PublishHistory::record(const QList<PublishJob::TargetResult> &results, const QList<PublishFiles> &files,
                               const QByteArray &projectJson, const QString &kind, const QString &rollbackOf,
                               QString *error, const QDateTime &time)
{
    if (!QDir().mkpath(m_dir + QStringLiteral("/objects")) || !QDir().mkpath(m_dir + QStringLiteral("/entries"))) {
        *error = tr("Cannot create the publish history folder %1.").arg(m_dir);
        return {};
    }
    Entry e;
    e.time = time.toUTC();
    e.kind = kind;
    e.rollbackOf = rollbackOf;
    e.projectSha256 = QCryptographicHash::hash(projectJson, QCryptographicHash::Sha256);
    if (!storeObject({QString(), projectJson, QString()}, e.projectSha256, error))
        return {};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const PublishJob::TargetResult &r = results.at(i);
        TargetRecord t{r.target, r.ok(), r.error.message, {}};
        for (qsizetype f = 0; f < r.files.size(); ++f) {
            const PublishJob::FileResult &fr = r.files.at(f);
            if (fr.sha256.isEmpty())
                continue;
            if (i < files.size() && f < files.at(i).size() && !storeObject(files.at(i).at(f), fr.sha256, error))
                return {};
            t.files.append({fr.remoteName, fr.sha256, fr.size, fr.verified});
        }
        e.targets.append(t);
    }
    // The id sorts by time; the hash part keeps two publishes in the same second apart.
    const QByteArray body = QJsonDocument(entryToJson(e)).toJson(QJsonDocument::Compact);
    const QString stamp = e.time.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString id;
    for (int n = 0; n < 1000; ++n) {
        const QByteArray salt = body + QByteArray::number(n);
        id = stamp + QLatin1Char('-')
            + QString::fromLatin1(QCryptographicHash::hash(salt, QCryptographicHash::Sha256).toHex().left(8));
        if (!QFile::exists(m_dir + QStringLiteral("/entries/") + id + QStringLiteral(".json")))
            break;
    }
    e.id = id;
    *error = AtomicFile::write(m_dir + QStringLiteral("/entries/") + id + QStringLiteral(".json"),
                               QJsonDocument(entryToJson(e)).toJson(QJsonDocument::Indented));
    return error->isEmpty() ? id : QString();
}

QList<PublishHistory::Entry> PublishHistory::entries() const
{
    QList<Entry> list;
    const QDir dir(m_dir + QStringLiteral("/entries"));
    QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        Entry e;
        QString error;
        if (entry(name.chopped(5), &e, &error))
            list.append(e);
    }
    // Newest first; ids carry milliseconds, so the name order is the time order.
    std::reverse(list.begin(), list.end());
    return list;
}

bool PublishHistory::entry(const QString &id, Entry *entry, QString *error) const
{
    QFile f(m_dir + QStringLiteral("/entries/") + id + QStringLiteral(".json"));
    if (id.contains(QLatin1Char('/')) || !f.open(QIODevice::ReadOnly)) {
        *error = tr("There is no publish \"%1\" in the history of this project.").arg(id);
        return false;
    }
    Entry e;
    if (!entryFromJson(QJsonDocument::fromJson(f.readAll()).object(), &e)) {
        *error = tr("The history entry %1 is damaged.").arg(id);
        return false;
    }
    *entry = e;
    return true;
}

bool PublishHistory::object(const QByteArray &sha256, QByteArray *data, QString *error) const
{
    QFile f(objectPath(sha256));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("The publish history has lost the file %1.").arg(QString::fromLatin1(sha256.toHex()));
        return false;
    }
    *data = f.readAll();
    return true;
}

PublishFiles PublishHistory::filesOf(const TargetRecord &target) const
{
    PublishFiles files;
    for (const FileRecord &f : target.files) {
        PublishFile file{f.remoteName, {}, objectPath(f.sha256)};
        file.immutable = f.remoteName.startsWith(ArtifactMirror::folder());
        QString error;
        if (f.size <= kInlineLimit && object(f.sha256, &file.data, &error))
            file.localPath.clear();
        files.append(file);
    }
    return files;
}

QString PublishHistory::diff(const Entry &from, const Entry &to) const
{
    QString out;
    auto load = [this](const FileRecord *f) {
        QByteArray data;
        QString error;
        if (f && f->size <= kInlineLimit)
            object(f->sha256, &data, &error);
        return QString::fromUtf8(data);
    };
    static const QList<FileRecord> none;
    auto filesOfRecord = [](const TargetRecord *t) -> const QList<FileRecord> & { return t ? t->files : none; };
    QStringList targetNames;
    for (const TargetRecord &t : from.targets)
        targetNames << t.target.name;
    for (const TargetRecord &t : to.targets) {
        if (!targetNames.contains(t.target.name))
            targetNames << t.target.name;
    }
    for (const QString &name : targetNames) {
        const TargetRecord *a = nullptr;
        const TargetRecord *b = nullptr;
        for (const TargetRecord &t : from.targets)
            a = t.target.name == name ? &t : a;
        for (const TargetRecord &t : to.targets)
            b = t.target.name == name ? &t : b;
        QStringList fileNames;
        for (const TargetRecord *t : {a, b}) {
            for (const FileRecord &f : filesOfRecord(t)) {
                if (!fileNames.contains(f.remoteName))
                    fileNames << f.remoteName;
            }
        }
        for (const QString &fileName : fileNames) {
            const FileRecord *fa = nullptr;
            const FileRecord *fb = nullptr;
            for (const FileRecord &f : filesOfRecord(a))
                fa = f.remoteName == fileName ? &f : fa;
            for (const FileRecord &f : filesOfRecord(b))
                fb = f.remoteName == fileName ? &f : fb;
            if (fa && fb && fa->sha256 == fb->sha256)
                continue;
            out += UnifiedDiff::diff(load(fa), load(fb), from.id + QLatin1Char('/') + name + QLatin1Char('/') + fileName,
                                     to.id + QLatin1Char('/') + name + QLatin1Char('/') + fileName);
        }
    }
    return out;
}

} // namespace Bootlace
