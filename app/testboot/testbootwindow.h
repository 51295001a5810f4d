#pragma once

#include "model/project.h"

#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Bootlace {

class TestBootJob;
class VmMonitor;
class VmScreenWidget;

// The Test Boot window: boots the project being edited in real iPXE under QEMU (BIOS or UEFI)
// against a loopback HTTP server, shows the VM screen (driven with the keyboard), and beside
// it a live log of every file iPXE requested with its HTTP status, and the serial console.
// Local files come from a served folder; other http(s) URLs are fetched through the loopback
// server. Every QEMU process ends when the boot is stopped or the window closes.
class TestBootWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestBootWindow)

public:
    // `project` is asked for the current state of the project at every start.
    explicit TestBootWindow(std::function<Project()> project, QWidget *parent = nullptr);
    ~TestBootWindow() override;

    void setServedFolder(const QString &dir);
    QString servedFolder() const;
    // The variable that is pointed at the served folder for the boot (empty: none).
    void setServedVariable(const QString &name);
    void setUefi(bool uefi);

    bool isRunning() const;
    QString statusText() const;
    QString consoleText() const;
    // The project exactly as it is booted (variables overridden, URLs proxied).
    Project bootedProject() const;
    // The QEMU monitor socket of the running VM (tests use it to find the VM's processes).
    QString vmSocketPath() const;
    VmScreenWidget *screenWidget() const { return m_screen; }
    QTreeWidget *requestList() const { return m_requests; }

    // Empty when test boots on BIOS are possible; otherwise what to install (for tooltips).
    static QString unavailableReason();

public Q_SLOTS:
    void startBoot();
    void stopBoot();

Q_SIGNALS:
    void bootStarted();
    void bootFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refreshVariables();
    void updateControls();
    void addRequest(const QString &request);
    void jobFinished();
    void setStatus(const QString &text);

    std::function<Project()> m_projectSource;
    std::unique_ptr<TestBootJob> m_job;
    VmMonitor *m_monitor = nullptr;

    QComboBox *m_platform = nullptr;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_variable = nullptr;
    QCheckBox *m_proxy = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    VmScreenWidget *m_screen = nullptr;
    QTreeWidget *m_requests = nullptr;
    QPlainTextEdit *m_console = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_startedMs = 0;
    bool m_variableChosen = false; // the user picked one: no more defaulting to boot-server
};

} // namespace Bootlace
