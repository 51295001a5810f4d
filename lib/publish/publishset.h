#pragma once

#include "ipxe/diagnostic.h"
#include "model/project.h"
#include "publish/artifactmirror.h"
#include "publish/publishfile.h"
#include "publish/publishtarget.h"

#include <QList>
#include <QStringList>

namespace Bootlace {

// What a publish sends to one target: the menu rendered by ScriptWriter, optionally the
// bootstrap script that chains it (its URL depends on the target), mirrored GitLab artifacts and
// other extra files given by path. When entries are mirrored, each target gets a menu that
// points at its own copies. Also the gate: a menu with linter errors or an embedded secret is
// refused unless the caller overrides the gate for this one publish.
class PublishSet final
{
public:
    static QString menuFileName() { return QStringLiteral("menu.ipxe"); }
    static QString bootstrapFileName() { return QStringLiteral("bootstrap.ipxe"); }

    explicit PublishSet(const Project &project);

    void setIncludeBootstrap(bool include) { m_includeBootstrap = include; }
    // A file to upload next to the menu, streamed from localPath.
    void addExtraFile(const QString &remoteName, const QString &localPath);

    // The artifacts to mirror: ArtifactMirror::plan() of the project until setMirroredFiles()
    // hands over the downloaded copies.
    const QList<ArtifactMirror::File> &mirroredFiles() const { return m_mirror; }
    bool needsMirroring() const { return !m_mirror.isEmpty(); }
    void setMirroredFiles(const QList<ArtifactMirror::File> &files) { m_mirror = files; }

    // The menu of the project as it is (mirrored entries still name GitLab).
    const QString &script() const { return m_script; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

    // Why the menu must not be published (linter errors, embedded secrets), one line each;
    // empty when the gate is open. Without targets: the project's menu as it is. With targets:
    // the menus those targets get (mirrored URLs in place), each problem once.
    QStringList gateProblems() const;
    QStringList gateProblems(const QList<PublishTarget> &targets) const;

    // The menu as target gets it; empty with error set when the target cannot serve the
    // mirrored artifacts (see ArtifactMirror::pointAt).
    QString scriptFor(const PublishTarget &target, QString *error) const;

    // The files for target, the menu last so that it never refers to a file not there yet.
    // Fails (error set) when the bootstrap script is wanted but the target has no client URL, or
    // mirrored artifacts are wanted and the target cannot serve them or they were not mirrored.
    PublishFiles filesFor(const PublishTarget &target, QString *error) const;

private:
    static QStringList problemsOf(const QList<Diagnostic> &diagnostics);

    Project m_project;
    QString m_script;
    QList<Diagnostic> m_diagnostics;
    QList<ArtifactMirror::File> m_mirror;
    bool m_includeBootstrap = false;
    PublishFiles m_extra;
};

} // namespace Bootlace
