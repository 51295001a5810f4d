#pragma once

#include "ipxe/scriptwriter.h"
#include "model/item.h"
#include "model/platformcondition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bootlace {

struct Project;

// One menu of a project as iPXE's menu screen shows it to a given client (firmware and build
// architecture), with iPXE's navigation rules: which rows exist, which one starts highlighted,
// how the arrow, paging and hotkeys move, and which commands choosing an entry runs. Pure logic
// for the simulator; the commands are the writer's own lines, never composed here.
class MenuSimulation final
{
public:
    using Firmware = PlatformCondition::Firmware;
    using Arch = PlatformCondition::Arch;

    // One line of the menu screen: an entry (selectable) or a gap (heading or blank separator).
    struct Row
    {
        QString itemId;
        Item::Kind kind = Item::Kind::Gap;
        QString text;   // as iPXE shows it: sanitised by the writer, known settings expanded
        QString hotkey; // one character or empty
        bool selectable = false;
        bool operator==(const Row &) const = default;
    };

    MenuSimulation() = default; // invalid
    MenuSimulation(const Project &project, const QString &menuId, Firmware firmware, Arch arch);

    bool isValid() const { return m_valid; }
    QString menuId() const { return m_menuId; }
    QString title() const { return m_title; }
    int timeoutMs() const { return m_timeoutMs; }
    Firmware firmware() const { return m_firmware; }
    Arch arch() const { return m_arch; }

    const QList<Row> &rows() const { return m_rows; }
    bool hasSelectableRow() const;
    int rowOf(const QString &itemId) const; // -1 when the item is not shown to this client

    // The row iPXE highlights first: the menu's default entry when this client sees it, else the
    // first entry; -1 when there is none (iPXE then refuses to show the menu).
    int initialRow() const;

    // iPXE's jump scrolling: move by `delta` rows, skip gaps in the direction of travel, bounce
    // back from either end; the result is always a selectable row (or -1 without any).
    int move(int row, int delta) const;
    int firstRow() const { return move(0, -int(m_rows.size()) - 1); }
    int lastRow() const { return move(0, int(m_rows.size()) + 1); }
    // Page keys with `pageRows` rows on screen, as iPXE computes them.
    int pageUp(int row, int pageRows) const;
    int pageDown(int row, int pageRows) const;
    // First row of the page that shows `row` (iPXE scrolls by whole pages).
    static int pageStart(int row, int pageRows);

    // The row whose hotkey is exactly `key` (iPXE compares case-sensitively; the first wins), or -1.
    int rowForHotkey(const QString &key) const;

    // For a submenu entry the menu it opens, else empty.
    QString submenuOf(const QString &itemId) const;
    // Where Escape leads: the root menu from a submenu; empty at the root, where the script exits.
    QString escapeMenuId() const { return m_escapeMenuId; }

    // The lines the writer emits for an entry's label block after its `:label` line (its
    // commands up to the closing `goto`), exactly as in ScriptWriter::write(); empty for gaps.
    QStringList commandsFor(const QString &itemId) const;
    // The whole label block (including the `:label` line) as 1-based lines of the script.
    ScriptWriter::LineRange labelBlock(const QString &itemId) const;

    QString script() const { return m_script; }

private:
    bool m_valid = false;
    QString m_menuId;
    QString m_title;
    int m_timeoutMs = 0;
    Firmware m_firmware = Firmware::Bios;
    Arch m_arch = Arch::I386;
    QString m_defaultItem;
    QString m_escapeMenuId;
    QList<Row> m_rows;
    QHash<QString, QString> m_submenus;
    QHash<QString, ScriptWriter::LineRange> m_labelBlocks;
    QString m_script;
    QStringList m_lines;
};

} // namespace Bootlace
