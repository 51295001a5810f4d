#pragma once

#include "gitlab/gitlabinstance.h"
#include "gitlab/gitlabtypes.h"
#include "model/item.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace Bootlace {

class GitlabClient;
class ProjectModel;
class Settings;

// The GitLab dock: pick an account and a project, see its recent pipelines (status, ref,
// commit, author, age; filter by ref and status), a pipeline's jobs (stage, status, duration,
// artifact size and expiry) and a job's artifact files, and turn selected files — a kernel
// and initrds, or a NixOS netboot.ipxe — into a Linux entry with provenance. Refreshes on
// demand and every minute while visible; all network work is asynchronous.
class GitlabBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitlabBrowser)

public:
    GitlabBrowser(Settings *settings, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~GitlabBrowser() override;

    // Connects to an instance with a token (normally read from the keychain for the account
    // picked in the combo box; tests call this directly).
    void connectTo(const GitlabInstance &instance, const QString &token);
    void refresh();

    // Seconds between automatic refreshes of the pipeline list; 0 turns them off.
    void setRefreshInterval(int seconds);

    QString statusText() const;
    QNetworkAccessManager *network() const { return m_network; }

    // Adds a created entry to `menu` after `row` (at the end for -1) as one undoable step,
    // with an id made unique in the project.
    static void insertEntry(ProjectModel *model, QUndoStack *stack, Item item, int menu, int row);

Q_SIGNALS:
    // The user asked for an entry from the selected files.
    void entryCreated(const Bootlace::Item &item);
    // "Update to this build": move every entry from the same origin (instance, project, job
    // name) to the selected job — one UpdateEntriesFromSource step.
    void updateEntriesRequested(const Bootlace::ArtifactSource &origin, const Bootlace::ArtifactSource &build);
    // A successful pipeline newer than any seen before appeared on the ref filter's branch.
    void newSuccessfulPipeline(const QString &ref, qint64 pipelineId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadAccounts();
    void connectAccount(int index);
    void loadProjects();
    void loadPipelines();
    void loadJobs();
    void loadFiles();
    void createEntry();
    void setStatus(const QString &text);
    GitlabProject currentProject() const;
    GitlabJob currentJob() const;

    Settings *m_settings;
    QNetworkAccessManager *m_network;
    std::unique_ptr<GitlabClient> m_client;
    QList<GitlabProject> m_projects;
    QList<GitlabJob> m_jobs;
    QHash<QString, qint64> m_newestSuccess; // ref -> newest successful pipeline seen
    QObject *m_generation = nullptr;
    // Only the answer to the latest request of each list is shown (selections change faster
    // than the server answers).
    int m_pipelinesSeq = 0;
    int m_jobsSeq = 0;
    int m_filesSeq = 0;         // parent of in-flight jobs; replaced on reconnect

    QComboBox *m_account = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_project = nullptr;
    QLineEdit *m_ref = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_refresh = nullptr;
    QTreeWidget *m_pipelines = nullptr;
    QTreeWidget *m_jobsView = nullptr;
    QTreeWidget *m_files = nullptr;
    QCheckBox *m_follow = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_update = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Bootlace
