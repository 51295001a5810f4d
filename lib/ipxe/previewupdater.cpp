#include "ipxe/previewupdater.h"

#include "ipxe/buildprofile.h"
#include "ipxe/linter.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Bootlace {

PreviewUpdater::PreviewUpdater(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Result>(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewUpdater::start);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PreviewUpdater::finished);
}

// A computation still running keeps its own copies of the project, so it may outlive us.
PreviewUpdater::~PreviewUpdater() = default;

void PreviewUpdater::setProject(const Project &project)
{
    m_project = project;
    m_hasProject = true;
    ++m_generation;
    m_debounce.start();
}

void PreviewUpdater::setBuildProfile(const QString &profileName)
{
    if (profileName == m_profileOverride)
        return;
    m_profileOverride = profileName;
    ++m_generation;
    if (m_hasProject)
        m_debounce.start();
}

void PreviewUpdater::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(std::max(0, milliseconds));
}

int PreviewUpdater::debounceInterval() const
{
    return m_debounce.interval();
}

void PreviewUpdater::updateNow()
{
    if (!m_hasProject)
        return;
    m_debounce.stop();
    start();
}

bool PreviewUpdater::isBusy() const
{
    return m_running || m_debounce.isActive();
}

PreviewUpdater::Result PreviewUpdater::compute(const Project &project, const QString &profileOverride,
                                               quint64 generation)
{
    Result r;
    r.generation = generation;
    r.script = ScriptWriter::write(project, &r.map);
    const QString name = profileOverride.isEmpty() ? project.buildProfile : profileOverride;
    bool known = false;
    const BuildProfile profile = BuildProfile::byName(name, &known);
    if (known) {
        r.diagnostics = Linter::lint(r.script, profile);
        Linter::relaxMirroredUrls(project, r.script, &r.diagnostics);
    } else {
        // lintProject() reports the unknown name and lints against the default profile, the
        // same answer the CLI gives.
        Project named = project;
        named.buildProfile = name;
        r.diagnostics = Linter::lintProject(named);
    }
    return r;
}

void PreviewUpdater::start()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    m_running = true;
    m_pending = false;
    m_watcher->setFuture(QtConcurrent::run(&PreviewUpdater::compute, m_project, m_profileOverride, m_generation));
}

void PreviewUpdater::finished()
{
    m_running = false;
    const Result result = m_watcher->result();
    if (result.generation == m_generation) {
        Q_EMIT updated(result);
        return;
    }
    // Overtaken by a newer edit: its quiet period either already ended (pending) or is still
    // running and will start the next computation itself.
    if (m_pending)
        start();
}

} // namespace Bootlace
