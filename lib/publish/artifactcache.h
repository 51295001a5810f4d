#pragma once

#include <QByteArray>
#include <QString>

namespace Bootlace {

// The local content-addressed store of mirrored artifacts. Every downloaded file is kept once as
// objects/<sha256>; a small record per source URL (urls/<sha256 of the URL>.json) names the
// object that URL gave, so a pinned job URL is downloaded once and a later download that differs
// is caught; a download in progress is partial/<sha256 of the URL>, so a cut one can resume.
class ArtifactCache final
{
public:
    struct Record
    {
        QString url;
        QByteArray sha256; // raw bytes
        qint64 size = -1;
    };

    explicit ArtifactCache(const QString &directory);

    // $BOOTLACE_CACHE_DIR/artifacts if set, else <XDG cache>/bootlace/artifacts: shared by the
    // GUI and bootlace-cli.
    static QString defaultDirectory();
    const QString &directory() const { return m_dir; }

    // What an earlier download of url gave; false when there is none (or it is unreadable).
    bool record(const QString &url, Record *out) const;
    // The stored file of a digest (it may not exist).
    QString objectPath(const QByteArray &sha256) const;
    // Where a download of url is written while it runs; its folder is created.
    QString partialPath(const QString &url) const;
    // Moves a finished download into the store under its digest and records it for url.
    // Returns an empty string on success, otherwise why not.
    QString commit(const QString &url, const QString &partialPath, const QByteArray &sha256, qint64 size) const;

private:
    static QString keyOf(const QString &url);
    QString m_dir;
};

} // namespace Bootlace
