#pragma once

#include "ipxe/menusimulation.h"
#include "model/platformcondition.h"
#include "model/project.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSyntaxHighlighter;

namespace Bootlace {

// Shows a project's boot menu the way iPXE's text UI draws it on a chosen client (BIOS, x86_64
// UEFI, arm64 UEFI): an 80x25 character screen, the countdown of a menu with a timeout, and the
// keyboard behaviour of iPXE's menu. Choosing an entry shows the exact commands the generated
// script runs for it; submenus can be entered and left with Escape, as in iPXE.
class MenuSimulatorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MenuSimulatorWidget)

public:
    using Firmware = PlatformCondition::Firmware;
    using Arch = PlatformCondition::Arch;

    static constexpr int ScreenColumns = 80;
    static constexpr int ScreenRows = 25;

    explicit MenuSimulatorWidget(QWidget *parent = nullptr);
    ~MenuSimulatorWidget() override;

    // Keeps the current menu and highlighted entry when they still exist; the countdown restarts
    // only when the shown menu's timeout changed.
    void setProject(const Project &project);

    void setClient(Firmware firmware, Arch arch);
    Firmware clientFirmware() const { return m_firmware; }
    Arch clientArch() const { return m_arch; }

    // Shows a menu as iPXE would on reaching its `choose` (highlight and countdown start over).
    void showMenu(const QString &menuId);
    // Highlights an item, switching to its menu; false when this client does not see the item.
    bool selectItem(const QString &itemId);
    // Back to the root menu's first screen: initial highlight, countdown from the start.
    void restart();

    QString currentMenuId() const { return m_menuId; }
    QString currentItemId() const;
    const MenuSimulation &simulation() const { return m_sim; }

    // The screen as text: ScreenRows lines of ScreenColumns characters.
    QStringList screenText() const;
    // The commands last shown in the panel below the screen (one per line).
    QString commandsText() const;
    bool isCountingDown() const { return m_counting; }
    int remainingSeconds() const { return (m_remainingMs + 999) / 1000; }

    // The focusable character screen that takes the menu keys.
    QWidget *screen() const { return m_screen; }

Q_SIGNALS:
    void currentItemChanged(const QString &itemId);
    // An entry was chosen (Enter, its hotkey or the timeout).
    void entryChosen(const QString &itemId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool handleKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    void rebuild(const QString &menuId, const QString &keepItem);
    void setRow(int row);
    void choose(int row, bool byTimeout);
    void escape();
    void showCommands(const QString &title, const QStringList &commands);
    void startCountdown();
    void stopCountdown();
    void scheduleTick();
    void tick();
    void render();
    void clientChanged(int index);

    Project m_project;
    MenuSimulation m_sim;
    QString m_menuId;
    int m_row = -1;
    int m_firstRow = 0;
    Firmware m_firmware = Firmware::Bios;
    Arch m_arch = Arch::I386;
    QString m_lastItem;

    QTimer m_countdown;
    bool m_counting = false;
    int m_remainingMs = 0;
    int m_tickMs = 0;

    QComboBox *m_client = nullptr;
    QPushButton *m_restart = nullptr;
    QWidget *m_screen = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_commandsTitle = nullptr;
    QPlainTextEdit *m_commands = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Bootlace
