#pragma once

#include "model/project.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Bootlace {

// The project's publish history: every publish with its targets, files and checksums, the
// diff against the publish before it, and Roll Back, which re-publishes the selected entry's
// exact bytes through the Publish dialog.
class PublishHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishHistoryDialog)

public:
    PublishHistoryDialog(const Project &project, const QString &projectFile, QWidget *parent = nullptr);
    ~PublishHistoryDialog() override;

    void reload();

private:
    void showEntry();
    void rollBack();

    Project m_project;
    QString m_projectFile;
    QListWidget *m_entries = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_rollback = nullptr;
};

} // namespace Bootlace
