#pragma once

#include "ipxe/diagnostic.h"
#include "ipxe/scriptwriter.h"
#include "model/project.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

template <typename T> class QFutureWatcher;

namespace Bootlace {

// Keeps the generated script and its diagnostics up to date while the user edits: every edit
// passes the project in, and after a short quiet period the script is written and linted on a
// worker thread. Only the result for the newest project is ever reported; results overtaken by a
// later edit are dropped, so a slow lint can never show an older state over a newer one.
class PreviewUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewUpdater)

public:
    struct Result
    {
        QString script;
        ScriptWriter::SourceMap map;
        QList<Diagnostic> diagnostics;
        quint64 generation = 0; // increases with every setProject() / setBuildProfile()
    };

    explicit PreviewUpdater(QObject *parent = nullptr);
    ~PreviewUpdater() override;

    // Call on every edit; cheap (copies the project and restarts the debounce timer).
    void setProject(const Project &project);

    // Lints against this build profile instead of the project's; empty uses the project's.
    void setBuildProfile(const QString &profileName);
    QString buildProfile() const { return m_profileOverride; }

    void setDebounceInterval(int milliseconds);
    int debounceInterval() const;

    // Skips the rest of the quiet period (e.g. after opening a file).
    void updateNow();

    quint64 generation() const { return m_generation; }
    bool isBusy() const;

    // What the worker computes; public so that tests and the CLI can compare against it.
    static Result compute(const Project &project, const QString &profileOverride, quint64 generation);

Q_SIGNALS:
    void updated(const Bootlace::PreviewUpdater::Result &result);

private:
    void start();
    void finished();

    Project m_project;
    QString m_profileOverride;
    bool m_hasProject = false;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false; // the quiet period ended while a computation was running
    QTimer m_debounce;
    QFutureWatcher<Result> *m_watcher = nullptr;
};

} // namespace Bootlace
