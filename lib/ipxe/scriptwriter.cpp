#include "ipxe/scriptwriter.h"

#include "model/project.h"

#include <QStringList>

namespace Bootlace {

namespace {

const QString kDisabledPrefix = QStringLiteral("#~ ");

// Collects output lines and remembers which lines each menu and item produced.
class Emitter final
{
public:
    explicit Emitter(ScriptWriter::SourceMap *map)
        : m_map(map)
    {
    }

    void line(const QString &text) { m_lines << m_prefix + text; }
    void blank() { m_lines << QString(); }
    void raw(const QString &script)
    {
        if (script.isEmpty())
            return;
        for (const QString &l : script.split(QLatin1Char('\n')))
            line(l);
    }
    void setDisabled(bool disabled) { m_prefix = disabled ? kDisabledPrefix : QString(); }

    int nextLine() const { return int(m_lines.size()) + 1; }
    void mark(const QString &id, int first)
    {
        if (!m_map || nextLine() <= first)
            return;
        ScriptWriter::LineRange &r = (*m_map)[id];
        if (r.first == 0 || first < r.first)
            r.first = first;
        r.last = std::max(r.last, nextLine() - 1);
    }

    QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }

private:
    QStringList m_lines;
    QString m_prefix;
    ScriptWriter::SourceMap *m_map;
};

QString conditionPrefix(const PlatformCondition &c)
{
    QString prefix;
    if (c.firmware != PlatformCondition::Firmware::Any)
        prefix += QStringLiteral("iseq ${platform} ") + PlatformCondition::ipxePlatformValue(c.firmware)
            + QStringLiteral(" && ");
    if (c.arch != PlatformCondition::Arch::Any)
        prefix += QStringLiteral("iseq ${buildarch} ") + PlatformCondition::ipxeBuildArchValue(c.arch)
            + QStringLiteral(" && ");
    return prefix;
}

QString itemLine(const Item &it)
{
    QString cmd;
    if (it.kind == Item::Kind::Gap) {
        const QString text = ScriptWriter::sanitizeText(it.label);
        cmd = text.isEmpty() ? QStringLiteral("item --gap") : QStringLiteral("item --gap -- ") + text;
    } else {
        cmd = QStringLiteral("item");
        const QString key = ScriptWriter::sanitizeHotkey(it.hotkey);
        if (!key.isEmpty())
            cmd += QStringLiteral(" --key ") + key;
        cmd += QLatin1Char(' ') + it.id;
        const QString text = ScriptWriter::sanitizeText(it.label);
        if (!text.isEmpty())
            cmd += QLatin1Char(' ') + text;
    }
    const QString prefix = conditionPrefix(it.platform);
    return prefix.isEmpty() ? cmd : prefix + cmd + QStringLiteral(" ||");
}

QString joinWords(const QString &command, const QString &rest)
{
    return rest.isEmpty() ? command : command + QLatin1Char(' ') + rest;
}

void writeEntryBody(Emitter &e, const Item &it, const Menu &menu)
{
    switch (it.kind) {
    case Item::Kind::Linux: {
        QString kernel = joinWords(QStringLiteral("kernel"), ScriptWriter::encodeUrl(it.kernel));
        e.line(joinWords(kernel, ScriptWriter::sanitizeText(it.args)));
        for (const QString &initrd : it.initrds)
            e.line(joinWords(QStringLiteral("initrd"), ScriptWriter::encodeUrl(initrd)));
        e.line(QStringLiteral("boot"));
        break;
    }
    case Item::Kind::Chain:
        e.line(joinWords(QStringLiteral("chain --autofree"), ScriptWriter::encodeUrl(it.url)));
        break;
    case Item::Kind::Sanboot: {
        QString cmd = QStringLiteral("sanboot");
        const QString drive = ScriptWriter::sanitizeDrive(it.drive);
        if (!drive.isEmpty())
            cmd += QStringLiteral(" --drive ") + drive;
        e.line(joinWords(cmd, ScriptWriter::encodeUrl(it.url)));
        break;
    }
    case Item::Kind::LocalDisk: {
        // UEFI: leave iPXE so the firmware boots its next boot option. BIOS: hand the first
        // hard disk to the BIOS (int 13h 0x80); `exit` is the fallback if that fails.
        QString drive = ScriptWriter::sanitizeDrive(it.drive);
        if (drive.isEmpty())
            drive = QStringLiteral("0x80");
        e.line(QStringLiteral("iseq ${platform} efi && exit ||"));
        e.line(QStringLiteral("sanboot --no-describe --drive ") + drive + QStringLiteral(" || exit"));
        break;
    }
    case Item::Kind::Shell:
        e.line(QStringLiteral("shell"));
        break;
    case Item::Kind::Reboot:
        e.line(QStringLiteral("reboot"));
        break;
    case Item::Kind::Exit:
        e.line(QStringLiteral("exit"));
        break;
    case Item::Kind::Submenu:
        e.line(QStringLiteral("goto ") + it.menu);
        return; // the jump is the whole entry
    case Item::Kind::Script:
        e.raw(ScriptWriter::sanitizeRaw(it.script));
        break;
    case Item::Kind::Gap:
    case Item::Kind::Verbatim:
        return;
    }
    e.line(QStringLiteral("goto ") + menu.id);
}

void writeMenu(Emitter &e, const Menu &menu, const QString &rootId)
{
    const int menuFirst = e.nextLine();
    e.line(QLatin1Char(':') + menu.id);
    const QString title = ScriptWriter::sanitizeText(menu.title);
    if (title.isEmpty())
        e.line(QStringLiteral("menu"));
    else
        e.line((title.startsWith(QLatin1Char('-')) ? QStringLiteral("menu -- ") : QStringLiteral("menu "))
               + title);
    for (const Item &it : menu.items) {
        const int first = e.nextLine();
        e.setDisabled(!it.enabled);
        if (it.kind == Item::Kind::Verbatim)
            e.raw(ScriptWriter::sanitizeRaw(it.script));
        else
            e.line(itemLine(it));
        e.setDisabled(false);
        e.mark(it.id, first);
    }
    QString choose = QStringLiteral("choose");
    if (!menu.defaultItem.isEmpty())
        choose += QStringLiteral(" --default ") + menu.defaultItem;
    if (menu.timeoutMs > 0)
        choose += QStringLiteral(" --timeout ") + QString::number(menu.timeoutMs);
    // Escape in a submenu returns to the root menu; at the root it leaves the script.
    choose += QLatin1Char(' ') + ScriptWriter::choiceVariable() + QStringLiteral(" || ");
    choose += menu.id == rootId ? QStringLiteral("exit") : QStringLiteral("goto ") + rootId;
    e.line(choose);
    e.line(QStringLiteral("goto ${") + ScriptWriter::choiceVariable() + QLatin1Char('}'));
    e.mark(menu.id, menuFirst);

    for (const Item &it : menu.items) {
        if (!it.isSelectable())
            continue;
        e.blank();
        const int first = e.nextLine();
        e.setDisabled(!it.enabled);
        e.line(QLatin1Char(':') + it.id);
        writeEntryBody(e, it, menu);
        e.setDisabled(false);
        e.mark(it.id, first);
    }
}

QString sanitizeWord(QString word)
{
    if (word == QLatin1String("||"))
        return QStringLiteral("|");
    if (word == QLatin1String("&&"))
        return QStringLiteral("&");
    if (word == QLatin1String(";"))
        return QStringLiteral(",");
    while (word.startsWith(QLatin1Char('#')))
        word.remove(0, 1);
    return word;
}

} // namespace

QString ScriptWriter::choiceVariable()
{
    return QStringLiteral("selected");
}

namespace {
// True when sanitizeText() would return the text unchanged: single spaces between words, no
// leading or trailing space, no control or other space characters, no word that starts with
// `#` or is a command separator, no trailing backslash. Most text is clean; this avoids copying.
bool isCleanText(const QString &text)
{
    if (text.isEmpty())
        return true;
    if (text.front() == QLatin1Char(' ') || text.back() == QLatin1Char(' ') || text.back() == QLatin1Char('\\'))
        return false;
    qsizetype wordStart = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool end = i == n;
        const char16_t u = end ? u' ' : text.at(i).unicode();
        if (u == u' ') {
            const qsizetype len = i - wordStart;
            if (len == 0)
                return false; // double space
            const QStringView word = QStringView(text).mid(wordStart, len);
            if (word.front() == QLatin1Char('#') || word == QLatin1String("||") || word == QLatin1String("&&")
                || word == QLatin1String(";"))
                return false;
            wordStart = i + 1;
        } else if (u < 0x20 || u == 0x7f || (u >= 0x80 && (QChar(u).isSpace() || QChar(u).category() == QChar::Other_Control))) {
            return false;
        }
    }
    return true;
}
} // namespace

QString ScriptWriter::sanitizeText(const QString &text)
{
    if (isCleanText(text))
        return text;
    QStringList words;
    QString current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        const QString w = sanitizeWord(current);
        if (!w.isEmpty())
            words << w;
        current.clear();
    };
    for (QChar c : text) {
        // iPXE splits on isspace(); treat every Unicode space and control character alike.
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            flush();
        else
            current += c;
    }
    flush();
    QString out = words.join(QLatin1Char(' '));
    while (out.endsWith(QLatin1Char('\\'))) {
        out.chop(1);
        out = out.trimmed();
    }
    return out;
}

QString ScriptWriter::encodeUrl(const QString &url)
{
    QString out;
    out.reserve(url.size());
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = url.trimmed().toUtf8();
    for (char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        if (b <= 0x20 || b >= 0x7f) {
            out += QLatin1Char('%');
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 0xf]);
        } else {
            out += QLatin1Char(char(b));
        }
    }
    while (out.endsWith(QLatin1Char('\\')))
        out.chop(1);
    // A URL word must not start a comment or be a command separator on its own.
    if (out.startsWith(QLatin1Char('#')))
        out.replace(0, 1, QStringLiteral("%23"));
    if (out == QLatin1String("||") || out == QLatin1String("&&"))
        out = out.front() == QLatin1Char('|') ? QStringLiteral("%7C%7C") : QStringLiteral("%26%26");
    else if (out == QLatin1String(";"))
        out = QStringLiteral("%3B");
    return out;
}

QString ScriptWriter::sanitizeHotkey(const QString &key)
{
    if (key.size() != 1)
        return {};
    const char16_t u = key.front().unicode();
    // `#` would start a comment and `;` would end the command.
    return (u > 0x20 && u < 0x7f && u != u'#' && u != u';') ? key : QString();
}

QString ScriptWriter::sanitizeDrive(const QString &drive)
{
    const QString d = drive.trimmed();
    bool ok = false;
    if (d.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        d.mid(2).toUInt(&ok, 16);
    else
        d.toUInt(&ok, 10);
    return ok ? d : QString();
}

QString ScriptWriter::sanitizeRaw(const QString &script)
{
    QStringList lines = QString(script).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.front().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty()) {
        QString &last = lines.back();
        while (last.endsWith(QLatin1Char('\\')))
            last.chop(1);
    }
    return lines.join(QLatin1Char('\n'));
}

Project ScriptWriter::sanitized(const Project &project)
{
    using Kind = Item::Kind;
    Project p = project;
    p.name = sanitizeText(p.name);
    for (Variable &v : p.variables)
        v.value = sanitizeText(v.value);
    p.preamble = sanitizeRaw(p.preamble);
    p.epilogue = sanitizeRaw(p.epilogue);
    for (Menu &m : p.menus) {
        m.title = sanitizeText(m.title);
        QList<Item> items;
        for (const Item &in : m.items) {
            // Keep only what the script carries for this kind, in the form the writer emits it.
            Item it;
            it.kind = in.kind;
            it.id = in.id;
            it.enabled = in.enabled;
            if (in.kind != Kind::Verbatim) {
                it.label = sanitizeText(in.label);
                it.platform = in.platform;
            }
            if (in.isSelectable())
                it.hotkey = sanitizeHotkey(in.hotkey);
            switch (in.kind) {
            case Kind::Linux:
                it.kernel = encodeUrl(in.kernel);
                for (const QString &initrd : in.initrds)
                    it.initrds << encodeUrl(initrd);
                it.args = sanitizeText(in.args);
                break;
            case Kind::Chain:
                it.url = encodeUrl(in.url);
                break;
            case Kind::Sanboot:
                it.url = encodeUrl(in.url);
                it.drive = sanitizeDrive(in.drive);
                break;
            case Kind::LocalDisk:
                it.drive = sanitizeDrive(in.drive);
                if (it.drive.isEmpty())
                    it.drive = QStringLiteral("0x80");
                break;
            case Kind::Submenu:
                it.menu = in.menu;
                break;
            case Kind::Script:
            case Kind::Verbatim:
                it.script = sanitizeRaw(in.script);
                break;
            case Kind::Gap:
            case Kind::Shell:
            case Kind::Reboot:
            case Kind::Exit:
                break;
            }
            if (it.kind == Kind::Verbatim && it.script.isEmpty())
                continue;
            items << it;
        }
        m.items = items;
    }
    return p;
}

QString ScriptWriter::write(const Project &project, SourceMap *map)
{
    Emitter e(map);
    e.line(QStringLiteral("#!ipxe"));
    const QString name = sanitizeText(project.name);
    e.line(QStringLiteral("# ") + (name.isEmpty() ? QStringLiteral("Boot menu") : name)
           + QStringLiteral(" - generated by Bootlace; edit the project, not this file."));
    if (!project.variables.isEmpty()) {
        e.blank();
        for (const Variable &v : project.variables)
            e.line(joinWords(QStringLiteral("set ") + v.name, sanitizeText(v.value)));
    }
    const QString preamble = sanitizeRaw(project.preamble);
    if (!preamble.isEmpty()) {
        e.blank();
        e.line(QStringLiteral("# --- preamble (raw script) ---"));
        e.raw(preamble);
    }
    const QString rootId = project.menus.isEmpty() ? QString() : project.menus.front().id;
    for (const Menu &menu : project.menus) {
        e.blank();
        writeMenu(e, menu, rootId);
    }
    const QString epilogue = sanitizeRaw(project.epilogue);
    if (!epilogue.isEmpty()) {
        e.blank();
        e.line(QStringLiteral("# --- epilogue (raw script) ---"));
        e.raw(epilogue);
    }
    return e.text();
}

} // namespace Bootlace
