#pragma once

#include "model/project.h"
#include "publish/publishfile.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Bootlace {

class PublishJob;

// Publishes the project: the targets with checkboxes, a dry-run diff of what will change, then
// one click to publish to every checked target in parallel, each with its own progress and
// result; Cancel stops a running publish. Refuses a menu with linter errors or an embedded
// secret unless "Publish anyway" is ticked. Every publish is recorded in the project's history.
// Passwords come from the keychain (or the BOOTLACE_PUBLISH_PASSWORD_<NAME> variable).
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

    bool isRunning() const;
    QString lastHistoryId() const { return m_lastHistoryId; }

    void reject() override;

Q_SIGNALS:
    void publishFinished(bool ok);

private:
    void start(bool dryRun);
    void resolvePasswords(bool dryRun, int index, QList<QString> passwords);
    void run(bool dryRun, const QList<QString> &passwords);
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
    QString m_lastHistoryId;

    QTreeWidget *m_list = nullptr;
    QCheckBox *m_bootstrap = nullptr;
    QLabel *m_gate = nullptr;
    QCheckBox *m_override = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Bootlace
