#include "publish/publishset.h"

#include "ipxe/linter.h"
#include "publish/bootstrapkit.h"

#include <QCoreApplication>

namespace Bootlace {

PublishSet::PublishSet(const Project &project)
    : m_project(project)
    , m_mirror(ArtifactMirror::plan(project))
{
    m_diagnostics = Linter::lintProject(project, &m_script);
}

void PublishSet::addExtraFile(const QString &remoteName, const QString &localPath)
{
    m_extra.append({remoteName, {}, localPath});
}

QStringList PublishSet::problemsOf(const QList<Diagnostic> &diagnostics)
{
    QStringList problems;
    for (const Diagnostic &d : diagnostics) {
        // The linter never puts the secret itself into its message.
        if (d.severity == Diagnostic::Severity::Error || d.ruleId == QLatin1String("secret-in-url"))
            problems << d.toString();
    }
    return problems;
}

QStringList PublishSet::gateProblems() const
{
    return problemsOf(m_diagnostics);
}

QStringList PublishSet::gateProblems(const QList<PublishTarget> &targets) const
{
    if (m_mirror.isEmpty())
        return gateProblems();
    QStringList problems;
    for (const PublishTarget &target : targets) {
        QString error;
        const Project p = ArtifactMirror::pointAt(m_project, m_mirror, target, &error);
        if (!error.isEmpty())
            continue; // filesFor() refuses this target with its own message
        for (const QString &problem : problemsOf(Linter::lintProject(p))) {
            if (!problems.contains(problem))
                problems << problem;
        }
    }
    return problems;
}

QString PublishSet::scriptFor(const PublishTarget &target, QString *error) const
{
    if (m_mirror.isEmpty())
        return m_script;
    const Project p = ArtifactMirror::pointAt(m_project, m_mirror, target, error);
    if (!error->isEmpty())
        return {};
    QString script;
    Linter::lintProject(p, &script);
    return script;
}

PublishFiles PublishSet::filesFor(const PublishTarget &target, QString *error) const
{
    const QString script = scriptFor(target, error);
    if (!error->isEmpty())
        return {};
    PublishFiles files;
    for (const ArtifactMirror::File &f : m_mirror) {
        if (!f.ok()) {
            *error = QCoreApplication::translate("Bootlace::PublishSet",
                                                 "%1 (used by %2) was not mirrored, so a menu that needs it is not "
                                                 "published.")
                         .arg(f.fileName, f.entries.join(QStringLiteral(", ")));
            return {};
        }
        PublishFile file{ArtifactMirror::remoteName(f), {}, f.localPath};
        file.immutable = true;
        files.append(file);
    }
    files += m_extra;
    if (m_includeBootstrap) {
        const QString url = target.clientUrl(menuFileName());
        if (url.isEmpty()) {
            *error = QCoreApplication::translate("Bootlace::PublishSet",
                                                 "Target \"%1\" has no HTTP base URL, so the bootstrap script does "
                                                 "not know where to load the menu from.")
                         .arg(target.name);
            return {};
        }
        files.append({bootstrapFileName(), BootstrapKit::script(url).toUtf8(), {}});
    }
    files.append({menuFileName(), script.toUtf8(), {}});
    return files;
}

} // namespace Bootlace
