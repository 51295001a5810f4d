#pragma once

#include "ipxe/diagnostic.h"
#include "publish/publishfile.h"
#include "publish/publishtarget.h"

#include <QList>
#include <QStringList>

namespace Bootlace {

struct Project;

// What a publish sends to one target: the menu rendered by ScriptWriter, optionally the
// bootstrap script that chains it (its URL depends on the target), and extra files (mirrored
// artifacts) given by path. Also the gate: a menu with linter errors or an embedded secret is
// refused unless the caller overrides the gate for this one publish.
class PublishSet final
{
public:
    static QString menuFileName() { return QStringLiteral("menu.ipxe"); }
    static QString bootstrapFileName() { return QStringLiteral("bootstrap.ipxe"); }

    explicit PublishSet(const Project &project);

    void setIncludeBootstrap(bool include) { m_includeBootstrap = include; }
    // A file to upload next to the menu, streamed from localPath (e.g. a mirrored artifact).
    void addExtraFile(const QString &remoteName, const QString &localPath);

    const QString &script() const { return m_script; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

    // Why the menu must not be published (linter errors, embedded secrets), one line each;
    // empty when the gate is open.
    QStringList gateProblems() const;

    // The files for target, the menu last so that it never refers to a file not there yet.
    // Fails (error set) when the bootstrap script is wanted but the target has no client URL.
    PublishFiles filesFor(const PublishTarget &target, QString *error) const;

private:
    QString m_script;
    QList<Diagnostic> m_diagnostics;
    bool m_includeBootstrap = false;
    PublishFiles m_extra;
};

} // namespace Bootlace
