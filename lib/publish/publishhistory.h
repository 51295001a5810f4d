#pragma once

#include "publish/publishfile.h"
#include "publish/publishjob.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Bootlace {

// The record of every publish of a project, kept in a folder next to the project file:
// `<project file>.history/` (e.g. `homelab.bootlace.json.history/`). Each publish is one
// `entries/<id>.json` (time, kind, per target: its definition, result and files with SHA-256);
// the exact bytes of every file and the project JSON that produced them are stored once each
// under `objects/<sha256>`, so a rollback can re-publish them exactly. Every file is written
// atomically and an entry is written last, so an interrupted write never leaves a half entry.
class PublishHistory final
{
public:
    struct FileRecord
    {
        QString remoteName;
        QByteArray sha256;
        qint64 size = 0;
        bool verified = false;
    };
    struct TargetRecord
    {
        PublishTarget target;
        bool ok = false;
        QString error;
        QList<FileRecord> files;
    };
    struct Entry
    {
        QString id;              // sorts by time: "20261125T140116042Z-3f2a9c01" (with ms)
        QDateTime time;          // UTC
        QString kind;            // "publish" or "rollback"
        QString rollbackOf;      // for a rollback: the entry it re-published
        QByteArray projectSha256;
        QList<TargetRecord> targets;

        bool ok() const;
    };

    explicit PublishHistory(const QString &projectFile);

    static QString directoryFor(const QString &projectFile);
    QString directory() const { return m_dir; }

    // Records a finished publish; files are what each target was given (same order as the
    // job's targets). Returns the entry id, or empty with error set.
    QString record(const QList<PublishJob::TargetResult> &results, const QList<PublishFiles> &files,
                   const QByteArray &projectJson, const QString &kind, const QString &rollbackOf, QString *error,
                   const QDateTime &time = QDateTime::currentDateTimeUtc());

    // Newest first. Unreadable entries are skipped.
    QList<Entry> entries() const;
    bool entry(const QString &id, Entry *entry, QString *error) const;

    // The stored bytes of an object (a published file or a project), or an error.
    bool object(const QByteArray &sha256, QByteArray *data, QString *error) const;
    QString objectPath(const QByteArray &sha256) const;

    // The files to re-publish for one target of an entry, exactly as they were (streamed from the
    // object store).
    PublishFiles filesOf(const TargetRecord &target) const;

    // A unified diff of every file of every target between two entries (empty: identical).
    QString diff(const Entry &from, const Entry &to) const;

private:
    bool storeObject(const PublishFile &file, const QByteArray &sha256, QString *error) const;

    QString m_dir;
};

} // namespace Bootlace
