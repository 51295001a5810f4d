#include "ipxe/menusimulation.h"

#include "model/project.h"

#include <QHash>
#include <algorithm>

namespace Bootlace {

namespace {

// iPXE expands ${name} in the whole command line before `menu` and `item` see it. Only what the
// simulator knows is expanded (the project's variables, ${platform} and ${buildarch}); anything
// else stays visible as written rather than silently becoming empty.
QString expandSettings(const QString &text, const QHash<QString, QString> &settings)
{
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = text.indexOf(QLatin1String("${"), pos);
        if (start < 0)
            break;
        const qsizetype end = text.indexOf(QLatin1Char('}'), start + 2);
        if (end < 0)
            break;
        const QString name = text.mid(start + 2, end - start - 2);
        out += QStringView(text).mid(pos, start - pos);
        const auto it = settings.constFind(name);
        out += it != settings.constEnd() ? *it : text.mid(start, end - start + 1);
        pos = end + 1;
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace

MenuSimulation::MenuSimulation(const Project &project, const QString &menuId, Firmware firmware, Arch arch)
    : m_menuId(menuId)
    , m_firmware(firmware)
    , m_arch(arch)
{
    ScriptWriter::SourceMap map;
    m_script = ScriptWriter::write(project, &map);
    m_lines = m_script.split(QLatin1Char('\n'));

    const int menuIndex = project.menuIndex(menuId);
    if (menuIndex < 0)
        return;
    m_valid = true;

    // The project as the script carries it, so that texts and hotkeys are what iPXE receives.
    const Project clean = ScriptWriter::sanitized(project);
    const Menu &menu = clean.menus.at(menuIndex);
    const Menu &original = project.menus.at(menuIndex);

    QHash<QString, QString> settings;
    for (const Variable &v : clean.variables)
        settings.insert(v.name, v.value);
    settings.insert(QStringLiteral("platform"), PlatformCondition::ipxePlatformValue(firmware));
    settings.insert(QStringLiteral("buildarch"), PlatformCondition::ipxeBuildArchValue(arch));

    m_title = expandSettings(menu.title, settings);
    m_timeoutMs = menu.timeoutMs;
    m_defaultItem = menu.defaultItem;
    const QString rootId = project.menus.front().id;
    m_escapeMenuId = menuId == rootId ? QString() : rootId;

    for (const Item &it : menu.items) {
        // Disabled items are commented out, platform-limited ones behind `iseq ... &&`, raw
        // blocks are the user's own script: none of them adds an item on this client.
        if (!it.enabled || it.kind == Item::Kind::Verbatim || !it.platform.matches(firmware, arch))
            continue;
        Row row;
        row.itemId = it.id;
        row.kind = it.kind;
        row.text = expandSettings(it.label, settings);
        row.hotkey = it.hotkey;
        row.selectable = it.isSelectable();
        m_rows << row;
        if (it.kind == Item::Kind::Submenu)
            m_submenus.insert(it.id, it.menu);
    }

    // Each entry's id maps to its `item` line and its label block together. The label blocks
    // follow the menu block in item order, so an entry's block starts after the menu block or
    // after the previous entry's block, past the blank line between them.
    const auto menuRange = map.value(menuId);
    int previousEnd = menuRange.last;
    for (const Item &it : original.items) {
        if (!it.isSelectable() || !map.contains(it.id))
            continue;
        const ScriptWriter::LineRange r = map.value(it.id);
        if (r.last <= previousEnd)
            continue;
        int first = previousEnd + 1;
        while (first < r.last && m_lines.value(first - 1).trimmed().isEmpty())
            ++first;
        m_labelBlocks.insert(it.id, { first, r.last });
        previousEnd = r.last;
    }
}

bool MenuSimulation::hasSelectableRow() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.selectable; });
}

int MenuSimulation::rowOf(const QString &itemId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).itemId == itemId)
            return i;
    }
    return -1;
}

int MenuSimulation::initialRow() const
{
    int first = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).selectable)
            continue;
        if (first < 0)
            first = i;
        if (!m_defaultItem.isEmpty() && m_rows.at(i).itemId == m_defaultItem)
            return i;
    }
    return first;
}

int MenuSimulation::move(int row, int delta) const
{
    if (!hasSelectableRow())
        return -1;
    const int last = int(m_rows.size()) - 1;
    int current = std::clamp(row, 0, last);
    if (delta == 0)
        return m_rows.at(current).selectable ? current : move(current, +1);
    // Same steps as iPXE's jump_scroll_move(): jump, then keep going one row at a time in the
    // direction of travel until an entry is found, turning around at either end of the list.
    int step = delta;
    while (step != 0) {
        const int next = current + step;
        if (next < 0) {
            current = 0;
            step = +1;
        } else if (next > last) {
            current = last;
            step = -1;
        } else {
            current = next;
            step = step > 0 ? +1 : -1;
        }
        if (m_rows.at(current).selectable)
            break;
    }
    return current;
}

int MenuSimulation::pageStart(int row, int pageRows)
{
    if (pageRows <= 0 || row < 0)
        return 0;
    return (row / pageRows) * pageRows;
}

int MenuSimulation::pageUp(int row, int pageRows) const
{
    const int first = pageStart(row, pageRows);
    return move(row, first - row - 1);
}

int MenuSimulation::pageDown(int row, int pageRows) const
{
    const int first = pageStart(row, pageRows);
    return move(row, first - row + pageRows);
}

int MenuSimulation::rowForHotkey(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).hotkey == key)
            return i;
    }
    return -1;
}

QString MenuSimulation::submenuOf(const QString &itemId) const
{
    return m_submenus.value(itemId);
}

ScriptWriter::LineRange MenuSimulation::labelBlock(const QString &itemId) const
{
    return m_labelBlocks.value(itemId);
}

QStringList MenuSimulation::commandsFor(const QString &itemId) const
{
    const ScriptWriter::LineRange r = m_labelBlocks.value(itemId);
    if (r.first <= 0)
        return {};
    // The first line of the block is the `:label` itself.
    return m_lines.mid(r.first, r.last - r.first);
}

} // namespace Bootlace
