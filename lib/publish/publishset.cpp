#include "publish/publishset.h"

#include "ipxe/linter.h"
#include "model/project.h"
#include "publish/bootstrapkit.h"

#include <QCoreApplication>

namespace Bootlace {

PublishSet::PublishSet(const Project &project)
{
    m_diagnostics = Linter::lintProject(project, &m_script);
}

void PublishSet::addExtraFile(const QString &remoteName, const QString &localPath)
{
    m_extra.append({remoteName, {}, localPath});
}

QStringList PublishSet::gateProblems() const
{
    QStringList problems;
    for (const Diagnostic &d : m_diagnostics) {
        // The linter never puts the secret itself into its message.
        if (d.severity == Diagnostic::Severity::Error || d.ruleId == QLatin1String("secret-in-url"))
            problems << d.toString();
    }
    return problems;
}

PublishFiles PublishSet::filesFor(const PublishTarget &target, QString *error) const
{
    PublishFiles files = m_extra;
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
    files.append({menuFileName(), m_script.toUtf8(), {}});
    return files;
}

} // namespace Bootlace
