#pragma once

#include "model/project.h"
#include "publish/publishfile.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Bootlace {

class ArtifactMirror;
class PublishJob;
class PublishSet;
class SourceResolver;

// Publishes the project: the targets with checkboxes, a dry-run diff of what will change, then
// one click to publish to every checked target in parallel, each with its own progress and
// result; Cancel stops a running publish. Refuses a menu with linter errors or an embedded
// secret unless "Publish anyway" is ticked. Every publish is recorded in the project's history.
// Passwords come from the keychain (or the BOOTLACE_PUBLISH_PASSWORD_<NAME> variable).
// Before the upload, entries that follow a branch are resolved to its latest build and the
// artifacts of private GitLab projects are mirrored (downloaded with the account's token, shown
// with speed and time left), so every target gets a menu that points at its own copies.
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    // projectFile: where the project is saved (the history goes next to it).
    PublishDialog(const Project &project, const QString &projectFile, QWidget *parent = nullptr);
    ~PublishDialog() override;

    // For a rollback: publish exactly these files per target instead of the rendered menu.
    void setRollback(const QString &entryId, const QList<PublishTarget> &targets, const QList<PublishFiles> &files,
                     const QByteArray &projectJson);

    // The network for GitLab (resolving and mirroring); the dialog makes its own if none is set.
    void setNetwork(QNetworkAccessManager *network) { m_network = network; }

    bool isRunning() const;
    QString lastHistoryId() const { return m_lastHistoryId; }

    void reject() override;

Q_SIGNALS:
    void publishFinished(bool ok);

private:
    void start(bool dryRun);
    void resolvePasswords(bool dryRun, int index, QList<QString> passwords);
    void prepare(bool dryRun, const QList<QString> &passwords);
    void readTokens(bool dryRun, const QList<QString> &passwords, const QStringList &instances, int index);
    void resolveSources(bool dryRun, const QList<QString> &passwords);
    void mirror(bool dryRun, const QList<QString> &passwords);
    void run(bool dryRun, const QList<QString> &passwords);
    void showMirrorPlan();
    void stopPreparing(const QString &why);
    QNetworkAccessManager *network();
    void finished(bool dryRun);
    void updateButtons();
    QList<int> checkedTargets() const;

    Project m_project;
    QString m_projectFile;
    QList<PublishTarget> m_targets;
    QList<PublishFiles> m_rollbackFiles;
    QString m_rollbackOf;
    QByteArray m_rollbackProject;
    QList<int> m_running;  // target indices of the running job
    QList<PublishFiles> m_given;
    std::unique_ptr<PublishJob> m_job;
    std::unique_ptr<PublishSet> m_set;        // what the running publish sends
    Project m_prepared;                        // m_project with followed branches resolved
    std::unique_ptr<SourceResolver> m_resolver;
    std::unique_ptr<ArtifactMirror> m_mirror;
    QHash<QString, QString> m_tokens;          // GitLab instance -> token, for this publish only
    QNetworkAccessManager *m_network = nullptr;
    bool m_preparing = false;
    bool m_cancelled = false;
    QString m_lastHistoryId;

    QTreeWidget *m_list = nullptr;
    QCheckBox *m_bootstrap = nullptr;
    QLabel *m_mirrorLabel = nullptr;
    QProgressBar *m_mirrorBar = nullptr;
    QLabel *m_gate = nullptr;
    QCheckBox *m_override = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Bootlace
