#pragma once

#include "model/project.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Bootlace {

// Shows the bootstrap kit for one target: the script to embed into iPXE and the DHCP snippet
// for the chosen DHCP server, each with a Copy button.
class BootstrapKitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BootstrapKitDialog)

public:
    explicit BootstrapKitDialog(const Project &project, QWidget *parent = nullptr);
    ~BootstrapKitDialog() override;

private:
    void update();

    Project m_project;
    QComboBox *m_target = nullptr;
    QComboBox *m_dhcp = nullptr;
    QLineEdit *m_tftpServer = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QPlainTextEdit *m_snippet = nullptr;
};

} // namespace Bootlace
