#include "ipxe/linter.h"

#include "ipxe/buildprofile.h"
#include "ipxe/scriptlexer.h"
#include "ipxe/scriptwriter.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <queue>
#include <utility>
#include <vector>

namespace Bootlace {

namespace {

using Severity = Diagnostic::Severity;
using Token = ScriptLexer::Token;
using Command = ScriptLexer::Command;
using Line = ScriptLexer::Line;

// One rule of the catalogue: its stable id, how bad it is and what it checks.
struct RuleInfo
{
    const char *id;
    Severity severity;
    const char *description;
};

// clang-format off
const RuleInfo kRules[] = {
    {"missing-shebang", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "The script must start with #!ipxe (or #!gpxe) and a line break; otherwise BIOS iPXE runs "
     "the file as a PXE program and hangs.")},
    {"unknown-command", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "A command that no iPXE build has, usually a typo; iPXE stops with 'command not found'.")},
    {"command-not-in-build", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "A command the selected iPXE build was compiled without (Debian's stock build has no "
     "params, console, colour, imgverify, ntp, poweroff, ping, nslookup).")},
    {"https-unsupported", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "An https:// URL while the selected iPXE build has no HTTPS support.")},
    {"undefined-label", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "goto to a label that does not exist; iPXE ends the script.")},
    {"empty-goto", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "goto without a label name; it fails and ends the script.")},
    {"duplicate-label", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "The same label twice; goto always jumps to the first one.")},
    {"unreachable-label", Severity::Warning,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "A label that no goto, menu item or preceding code leads to.")},
    {"item-without-label", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "A menu item without a label of the same name while the menu's choice is used as goto "
     "${choice}; choosing the item ends the script.")},
    {"choose-default-missing", Severity::Warning,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "choose --default names an item the menu does not have; iPXE silently preselects the "
     "first item.")},
    {"empty-menu", Severity::Warning,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "choose on a menu without selectable items.")},
    {"item-hotkey-duplicate", Severity::Warning,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "Two items of one menu with the same --key; the key only ever selects the first.")},
    {"url-unencoded-space", Severity::Warning,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "A URL split at a space: iPXE splits words at spaces, so the rest of the URL becomes "
     "another argument. Write spaces in URLs as %20.")},
    {"secret-in-url", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "A token or password in the script (token query parameters, user:password@ in URLs, "
     "GitLab tokens); anyone who can fetch the menu can use it.")},
    {"bios-only-on-uefi", Severity::Warning,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "A BIOS-only construct (int 13h drive boot, memdisk, .kpxe/.pxe/.lkrn/.0/undionly images) "
     "on a path that a UEFI client can take.")},
    {"timeout-in-seconds", Severity::Warning,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "A timeout that looks like seconds where iPXE expects milliseconds (choose, prompt, "
     "downloads), or like milliseconds where sleep expects seconds.")},
    {"unknown-build-profile", Severity::Error,
     QT_TRANSLATE_NOOP("Bootlace::Linter",
     "The project names an iPXE build profile the linter does not know.")},
};
// clang-format on

const RuleInfo *findRule(const QString &id)
{
    for (const RuleInfo &r : kRules) {
        if (id == QLatin1String(r.id))
            return &r;
    }
    return nullptr;
}

const RuleInfo *findRule(const char *id)
{
    for (const RuleInfo &r : kRules) {
        if (std::strcmp(id, r.id) == 0)
            return &r;
    }
    return nullptr;
}

// What a path knows about ${platform}: the set of values it can still have.
enum : quint8 { kBios = 1, kEfi = 2, kOtherPlatform = 4, kAnyPlatform = 7 };

// iPXE uses C isspace().
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\v' || u == u'\f' || u == u'\r';
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool hasVariable(QStringView w)
{
    return w.contains(u"${");
}

// True for `${name}` (optionally `${name:type}`) and nothing else; `name` gets the setting name
// without its type.
bool pureVariable(QStringView w, QString *name)
{
    if (w.size() < 4 || !w.startsWith(u"${") || !w.endsWith(u'}'))
        return false;
    QStringView inner = w.mid(2, w.size() - 3);
    if (inner.contains(u'$') || inner.contains(u'{') || inner.contains(u'}'))
        return false;
    const qsizetype colon = inner.indexOf(u':');
    if (colon >= 0)
        inner = inner.left(colon);
    if (inner.isEmpty())
        return false;
    *name = inner.toString();
    return true;
}

// A setting name as `set`, `choose` and `read` take it: `name` or `name:type`.
QString settingName(QStringView w)
{
    const qsizetype colon = w.indexOf(u':');
    return (colon >= 0 ? w.left(colon) : w).toString();
}

bool isPlatformReference(QStringView w)
{
    QString name;
    return pureVariable(w, &name) && name == QLatin1String("platform");
}

// Only `${...}` references (at least one), e.g. `${password:uristring}`.
bool onlyVariables(QStringView v)
{
    if (v.isEmpty())
        return false;
    qsizetype i = 0;
    while (i < v.size()) {
        if (!v.mid(i).startsWith(u"${"))
            return false;
        const qsizetype close = v.indexOf(u'}', i + 2);
        if (close < 0)
            return false;
        i = close + 1;
    }
    return true;
}

// parse_integer(): strtoul() with base 0, the whole word must be a number.
bool parseInteger(QStringView w, qint64 *value)
{
    if (w.isEmpty())
        return false;
    int base = 10;
    qsizetype i = 0;
    if (w.size() > 2 && w.at(0) == u'0' && (w.at(1) == u'x' || w.at(1) == u'X')) {
        base = 16;
        i = 2;
    } else if (w.size() > 1 && w.at(0) == u'0') {
        base = 8;
        i = 1;
    }
    qint64 v = 0;
    for (; i < w.size(); ++i) {
        const char16_t u = w.at(i).unicode();
        int d = -1;
        if (u >= u'0' && u <= u'9')
            d = u - u'0';
        else if (u >= u'a' && u <= u'f')
            d = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            d = u - u'A' + 10;
        if (d < 0 || d >= base)
            return false;
        v = v * base + d;
        if (v > (qint64(1) << 40))
            v = qint64(1) << 40; // saturate: only the order of magnitude matters here
    }
    *value = v;
    return true;
}

// URI scheme followed by ':' ("http:", "iscsi:"), or a word starting with a variable that
// usually holds one ("${base}/vmlinuz").
bool looksLikeUri(QStringView w)
{
    if (w.startsWith(u"${"))
        return true;
    if (w.isEmpty()
        || !((w.at(0) >= u'a' && w.at(0) <= u'z') || (w.at(0) >= u'A' && w.at(0) <= u'Z')))
        return false;
    for (qsizetype i = 1; i < w.size(); ++i) {
        const QChar c = w.at(i);
        if (c == u':')
            return i >= 2; // not a drive letter
        if (!isAsciiAlnum(c) && c != u'+' && c != u'.' && c != u'-')
            return false;
    }
    return false;
}

int boundedEditDistance(QStringView a, QStringView b, int max)
{
    if (qAbs(a.size() - b.size()) > max || a.size() > 64 || b.size() > 64)
        return max + 1;
    int rows[2][66];
    int *prev = rows[0];
    int *cur = rows[1];
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > max)
            return max + 1;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// ---- secrets ---------------------------------------------------------------------------------

// A secret found in a line of text: where to point, which characters to hide, how to show it.
struct SecretHit
{
    qsizetype at = 0; // where to report
    qsizetype secretBegin = 0; // the part that must never be shown
    qsizetype secretEnd = 0;
    QString masked; // how to show it, e.g. "glpat-****"
    QString what; // "query parameter 'private_token'", "GitLab deploy token", ...
};

// A GitLab token prefix and the kind of token it marks.
struct GitLabPrefix
{
    const char *prefix;
    const char *what;
};

// doc/security/tokens/index.md, "Token prefixes".
const GitLabPrefix kGitLabPrefixes[] = {
    { "glpat-",
        QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab personal, project or group access token") },
    { "gldt-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab deploy token") },
    { "glptt-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab pipeline trigger token") },
    { "glrt-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab runner authentication token") },
    { "gloas-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab OAuth application secret") },
    { "glcbt-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab CI/CD job token") },
    { "glimt-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab incoming email token") },
    { "glagent-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab agent for Kubernetes token") },
    { "glsoat-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab SCIM token") },
    { "glffct-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab feature flag client token") },
    { "glft-", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab feed token") },
    { "GR1348941", QT_TRANSLATE_NOOP("Bootlace::Linter", "GitLab runner registration token") },
};

constexpr int kMinTokenBody = 8; // shorter is a mention ("glpat-..."), not a token

bool isTokenChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'_' || c == u'-' || c == u'.';
}

bool isIdentChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'_';
}

bool endsValue(QChar c)
{
    return isSpace(c) || c == u'&' || c == u'#' || c == u'\'' || c == u'"' || c == u')' || c == u']'
        || c == u'>';
}

bool overlaps(const QList<SecretHit> &hits, qsizetype pos)
{
    for (const SecretHit &h : hits) {
        if (pos >= h.at && pos < h.secretEnd)
            return true;
    }
    return false;
}

void findQueryTokens(QStringView s, QList<SecretHit> &hits)
{
    static const QLatin1String names[]
        = { QLatin1String("private_token"), QLatin1String("access_token"),
              QLatin1String("job_token"), QLatin1String("feed_token"), QLatin1String("token") };
    qsizetype from = 0;
    qsizetype p;
    while ((p = s.indexOf(u"token=", from)) >= 0) {
        from = p + 6;
        qsizetype b = p;
        while (b > 0 && isIdentChar(s.at(b - 1)))
            --b;
        const QStringView name = s.mid(b, p + 5 - b);
        if (std::none_of(
                std::begin(names), std::end(names), [&](QLatin1String n) { return name == n; }))
            continue;
        // A bare "token=" is only a secret as a query parameter; the others always are.
        if (name == QLatin1String("token")) {
            const QChar before = b > 0 ? s.at(b - 1) : QChar(u' ');
            if (before != u'?' && before != u'&' && before != u';')
                continue;
        }
        const qsizetype vs = p + 6;
        qsizetype ve = vs;
        while (ve < s.size() && !endsValue(s.at(ve)))
            ++ve;
        const QStringView value = s.mid(vs, ve - vs);
        if (value.isEmpty() || onlyVariables(value) || value.count(u'*') == value.size())
            continue;
        hits << SecretHit { b, vs, ve, name.toString() + QStringLiteral("=****"),
            QCoreApplication::translate("Bootlace::Linter", "query parameter '%1'").arg(name) };
        from = ve;
    }
}

// Index of the first `c` in `v` outside `${...}`, or -1.
qsizetype indexOutsideVariables(QStringView v, QChar c)
{
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == u'$' && i + 1 < v.size() && v.at(i + 1) == u'{') {
            const qsizetype close = v.indexOf(u'}', i + 2);
            if (close < 0)
                return -1;
            i = close;
            continue;
        }
        if (v.at(i) == c)
            return i;
    }
    return -1;
}

void findUserInfo(QStringView s, QList<SecretHit> &hits)
{
    qsizetype from = 0;
    qsizetype p;
    while ((p = s.indexOf(u"://", from)) >= 0) {
        from = p + 3;
        qsizetype b = p;
        while (b > 0
            && (isAsciiAlnum(s.at(b - 1)) || s.at(b - 1) == u'+' || s.at(b - 1) == u'.'
                || s.at(b - 1) == u'-'))
            --b;
        const QStringView scheme = s.mid(b, p - b);
        if (scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) != 0
            && scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) != 0
            && scheme.compare(QLatin1String("ftp"), Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype as = p + 3;
        qsizetype ae = as;
        while (ae < s.size()) {
            const QChar c = s.at(ae);
            if (c == u'$' && ae + 1 < s.size() && s.at(ae + 1) == u'{') {
                const qsizetype close = s.indexOf(u'}', ae + 2);
                ae = close < 0 ? s.size() : close + 1;
                continue;
            }
            if (isSpace(c) || c == u'/' || c == u'?' || c == u'#')
                break;
            ++ae;
        }
        const QStringView authority = s.mid(as, ae - as);
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at < 0)
            continue;
        const QStringView userInfo = authority.left(at);
        const qsizetype colon = indexOutsideVariables(userInfo, u':');
        if (colon < 0)
            continue;
        const QStringView password = userInfo.mid(colon + 1);
        if (password.isEmpty() || onlyVariables(password)
            || password.count(u'*') == password.size())
            continue;
        QString host = authority.mid(at + 1).toString();
        if (host.size() > 40)
            host = host.left(40) + QStringLiteral("...");
        hits << SecretHit { as, as + colon + 1, as + at,
            scheme.toString() + QStringLiteral("://") + userInfo.left(colon).toString()
                + QStringLiteral(":****@") + host,
            QCoreApplication::translate("Bootlace::Linter", "password in the URL") };
        from = ae;
    }
}

void findGitLabTokens(QStringView s, QList<SecretHit> &hits)
{
    for (const GitLabPrefix &gp : kGitLabPrefixes) {
        const QLatin1String prefix(gp.prefix);
        qsizetype from = 0;
        qsizetype p;
        while ((p = s.indexOf(prefix, from)) >= 0) {
            from = p + prefix.size();
            if (p > 0 && isAsciiAlnum(s.at(p - 1)))
                continue;
            qsizetype e = from;
            while (e < s.size() && isTokenChar(s.at(e)))
                ++e;
            if (e - from < kMinTokenBody || overlaps(hits, p))
                continue;
            hits << SecretHit { p, from, e, QString(prefix) + QStringLiteral("****"),
                QCoreApplication::translate("Bootlace::Linter", gp.what) };
            from = e;
        }
    }
}

QList<SecretHit> findSecrets(QStringView s)
{
    QList<SecretHit> hits;
    // One pass for what the finders start from; most lines have none of it, and searching for
    // each string in turn costs more than the rest of the linter.
    bool token = false;
    bool url = false;
    bool gitlab = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        switch (s.at(i).unicode()) {
        case u't':
            token = token || s.mid(i).startsWith(u"token=");
            break;
        case u':':
            url = url || s.mid(i).startsWith(u"://");
            break;
        case u'g':
            gitlab = gitlab || s.mid(i).startsWith(u"gl");
            break;
        case u'G':
            gitlab = gitlab || s.mid(i).startsWith(u"GR1348941");
            break;
        default:
            break;
        }
    }
    if (token)
        findQueryTokens(s, hits);
    if (url)
        findUserInfo(s, hits);
    if (gitlab)
        findGitLabTokens(s, hits);
    return hits;
}

QString maskSecrets(const QString &text)
{
    QList<SecretHit> hits = findSecrets(text);
    if (hits.isEmpty())
        return text;
    std::sort(hits.begin(), hits.end(),
        [](const SecretHit &a, const SecretHit &b) { return a.secretBegin > b.secretBegin; });
    QString out = text;
    qsizetype limit = out.size();
    for (const SecretHit &h : hits) {
        if (h.secretEnd > limit)
            continue; // overlapping hit, already masked
        out.replace(h.secretBegin, h.secretEnd - h.secretBegin, QStringLiteral("****"));
        limit = h.secretBegin;
    }
    return out;
}

// A word of the script for a message: secrets masked, long words shortened, quoted.
QString quoted(QStringView word)
{
    QString w = maskSecrets(word.toString());
    if (w.size() > 60)
        w = w.left(57) + QStringLiteral("...");
    return QLatin1Char('\'') + w + QLatin1Char('\'');
}

// ---- commands ----------------------------------------------------------------------------------

enum class Kind {
    Other,
    Goto,
    Exit,
    NoReturn, // reboot, poweroff
    Iseq,
    Menu,
    Item,
    Choose,
    Set,
    Assign, // read, inc, imgset: the first argument is a setting the script cannot know
    Sleep,
    Prompt,
    Display, // echo: text only
    FetchImage, // imgfetch, module, initrd: <uri> [<arguments>...]
    ExecImage, // kernel, chain, imgexec, boot, imgload, imgselect
    Sanboot,
    Sanhook,
    Timeout, // other commands with a --timeout in milliseconds
};

Kind kindOf(const QString &name)
{
    static const QHash<QString, Kind> kinds = [] {
        QHash<QString, Kind> h;
        auto add = [&h](std::initializer_list<const char *> names, Kind k) {
            for (const char *n : names)
                h.insert(QString::fromLatin1(n), k);
        };
        add({ "goto" }, Kind::Goto);
        add({ "exit" }, Kind::Exit);
        add({ "reboot", "poweroff" }, Kind::NoReturn);
        add({ "iseq" }, Kind::Iseq);
        add({ "menu" }, Kind::Menu);
        add({ "item" }, Kind::Item);
        add({ "choose" }, Kind::Choose);
        add({ "set" }, Kind::Set);
        add({ "read", "inc", "imgset" }, Kind::Assign);
        add({ "sleep" }, Kind::Sleep);
        add({ "prompt" }, Kind::Prompt);
        add({ "echo" }, Kind::Display);
        add({ "imgfetch", "module", "initrd" }, Kind::FetchImage);
        add({ "kernel", "chain", "imgexec", "boot", "imgload", "imgselect" }, Kind::ExecImage);
        add({ "sanboot" }, Kind::Sanboot);
        add({ "sanhook" }, Kind::Sanhook);
        add({ "sync", "dhcp", "ifconf" }, Kind::Timeout);
        return h;
    }();
    return kinds.value(name, Kind::Other);
}

// One option of an iPXE command as its getopt table declares it.
struct OptionSpec
{
    const char *longName;
    char shortName;
    bool hasArgument;
};

// The options of the commands the linter looks into (src/hci/commands/*.c); iPXE's getopt stops
// at the first word that is not an option, or after `--`.
const std::vector<OptionSpec> &optionsOf(Kind kind, const QString &name)
{
    static const std::vector<OptionSpec> none;
    static const std::vector<OptionSpec> image = { { "name", 'n', true }, { "timeout", 't', true },
        { "autofree", 'a', false }, { "replace", 'r', false } };
    static const std::vector<OptionSpec> san = { { "drive", 'd', true },
        { "no-describe", 'n', false }, { "keep", 'k', false }, { "filename", 'f', true },
        { "extra", 'e', true }, { "label", 'l', true }, { "uuid", 'u', true } };
    static const std::vector<OptionSpec> menu = { { "name", 'n', true }, { "delete", 'd', false } };
    static const std::vector<OptionSpec> item = { { "menu", 'm', true }, { "key", 'k', true },
        { "default", 'd', false }, { "gap", 'g', false } };
    static const std::vector<OptionSpec> choose = { { "menu", 'm', true }, { "default", 'd', true },
        { "timeout", 't', true }, { "keep", 'k', false } };
    static const std::vector<OptionSpec> prompt
        = { { "key", 'k', true }, { "timeout", 't', true } };
    static const std::vector<OptionSpec> imgset
        = { { "keep", 'k', false }, { "timeout", 't', true }, { "quiet", 'q', false } };
    static const std::vector<OptionSpec> timeout
        = { { "timeout", 't', true }, { "configurator", 'c', true } };
    switch (kind) {
    case Kind::FetchImage:
    case Kind::ExecImage:
        return image;
    case Kind::Sanboot:
    case Kind::Sanhook:
        return san;
    case Kind::Menu:
        return menu;
    case Kind::Item:
        return item;
    case Kind::Choose:
        return choose;
    case Kind::Prompt:
        return prompt;
    case Kind::Assign:
        return name == QLatin1String("imgset") ? imgset : none;
    case Kind::Timeout:
        return timeout;
    default:
        return none;
    }
}

// A command split the way iPXE's parse_options() does: options (with their values) first, then
// the positional arguments.
struct ParsedCommand
{
    struct Option
    {
        QString name; // long name; "-x" / "--x" for an option the linter does not know
        bool hasValue = false;
        Token value;
    };
    QList<Option> options;
    QList<Token> positionals;

    const Token *value(QLatin1String name) const
    {
        for (qsizetype i = options.size() - 1; i >= 0; --i) {
            if (options.at(i).name == name)
                return options.at(i).hasValue ? &options.at(i).value : nullptr;
        }
        return nullptr;
    }
    bool has(QLatin1String name) const
    {
        return std::any_of(
            options.cbegin(), options.cend(), [&](const Option &o) { return o.name == name; });
    }
};

ParsedCommand parseCommand(const Command &cmd, const std::vector<OptionSpec> &specs)
{
    ParsedCommand pc;
    const QList<Token> &words = cmd.words;
    qsizetype i = 1;
    while (i < words.size()) {
        const Token &t = words.at(i);
        const QString &w = t.text;
        if (w == QLatin1String("--")) {
            ++i;
            break;
        }
        if (w.size() < 2 || w.at(0) != u'-')
            break;
        if (w.at(1) == u'-') {
            const QStringView name = QStringView(w).mid(2);
            const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                [&](const OptionSpec &s) { return name == QLatin1String(s.longName); });
            ParsedCommand::Option o;
            o.name = spec != specs.cend() ? QString::fromLatin1(spec->longName) : w;
            if (spec != specs.cend() && spec->hasArgument && i + 1 < words.size()) {
                o.hasValue = true;
                o.value = words.at(++i);
            }
            pc.options << o;
            ++i;
            continue;
        }
        // A cluster of short options ("-ak"); an option with an argument takes the rest of the word
        // or the next word.
        bool tookNext = false;
        for (qsizetype j = 1; j < w.size(); ++j) {
            const QChar c = w.at(j);
            const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                [&](const OptionSpec &s) { return c == QLatin1Char(s.shortName); });
            ParsedCommand::Option o;
            o.name = spec != specs.cend() ? QString::fromLatin1(spec->longName)
                                          : QStringLiteral("-") + c;
            if (spec != specs.cend() && spec->hasArgument) {
                if (j + 1 < w.size()) {
                    o.hasValue = true;
                    o.value = Token { w.mid(j + 1), t.line, t.column + int(j) + 1 };
                } else if (i + 1 < words.size()) {
                    o.hasValue = true;
                    o.value = words.at(i + 1);
                    tookNext = true;
                }
                pc.options << o;
                break;
            }
            pc.options << o;
        }
        i += tookNext ? 2 : 1;
    }
    pc.positionals.reserve(words.size() - i);
    for (; i < words.size(); ++i)
        pc.positionals << words.at(i);
    return pc;
}

// The file name a URL ends in, lower case: no query, no fragment, no host.
QString baseName(QStringView url)
{
    qsizetype end = url.size();
    for (qsizetype i = 0; i < url.size(); ++i) {
        if (url.at(i) == u'?' || url.at(i) == u'#') {
            end = i;
            break;
        }
    }
    QStringView path = url.left(end);
    const qsizetype scheme = path.indexOf(u"://");
    if (scheme >= 0) {
        const qsizetype slash = path.indexOf(u'/', scheme + 3);
        if (slash < 0)
            return QString();
        path = path.mid(slash);
    }
    const qsizetype last = path.lastIndexOf(u'/');
    return path.mid(last + 1).toString().toLower();
}

// The finding for an image that cannot start on UEFI, or an empty string.
QString biosOnlyImage(const QString &name)
{
    if (name == QLatin1String("memdisk"))
        return QCoreApplication::translate("Bootlace::Linter",
            "memdisk only works on BIOS: it emulates a disk through int 13h, but a UEFI client can "
            "reach this line. Offer the item only on BIOS or guard the line with 'iseq ${platform} "
            "pcbios &&'.");
    if (name.startsWith(QLatin1String("undionly")) || name.endsWith(QLatin1String(".kpxe"))
        || name.endsWith(QLatin1String(".kkpxe")) || name.endsWith(QLatin1String(".kkkpxe"))
        || name.endsWith(QLatin1String(".pxe")) || name.endsWith(QLatin1String(".n12"))
        || (name.endsWith(QLatin1String(".0")) && name.contains(QLatin1String("pxe")))
        || (name.endsWith(QLatin1String(".com"))
            && (name.contains(QLatin1String("pxe")) || name.contains(QLatin1String("nbp")))))
        return QCoreApplication::translate("Bootlace::Linter",
            "%1 is a BIOS PXE program and cannot start on UEFI, but a UEFI client can reach this "
            "line. Offer the item only on BIOS or guard the line with 'iseq ${platform} pcbios "
            "&&'.")
            .arg(quoted(name));
    if (name.endsWith(QLatin1String(".lkrn")))
        return QCoreApplication::translate("Bootlace::Linter",
            "%1 is a BIOS-only kernel image (no EFI stub), but a UEFI client can reach this line. "
            "Offer the item only on BIOS or guard the line with 'iseq ${platform} pcbios &&'.")
            .arg(quoted(name));
    return QString();
}

// ---- analysis ----------------------------------------------------------------------------------

enum class Flow : quint8 {
    Normal, // may succeed or fail
    Succeed, // empty command
    Fail, // fails: a goto without a usable label
    Exit, // ends the script
    NoReturn, // does not come back when it succeeds
    Goto, // jumps to the label line `target`
    GotoComputed, // goto with a variable: m_gotos[target]
    IseqPlatform, // succeeds exactly when ${platform} is in `platform`
    Item, // offers m_menus[menu].items[item]
};

// What the flow analysis needs to know about one command, worked out once before it runs.
struct CommandInfo
{
    Flow flow = Flow::Normal;
    Command::Next next = Command::Next::End;
    quint8 platform = 0;
    int target = -1;
    int menu = -1;
    int item = -1;
    int biosFinding = -1; // index into m_biosFindings
};

// A selectable `item` of a menu and the platforms on which some path adds it.
struct ItemDef
{
    QString name;
    Token nameToken;
    bool hasKey = false;
    Token keyToken;
    int labelLine = -1;
    quint8 offered = 0; // platforms on which the item is added to the menu
};

// One menu as the script builds it, from `menu` (or the first `item`) up to the `choose` that
// shows and destroys it.
struct MenuDef
{
    bool declared = false; // a `menu` command created it
    bool computedNames = false;
    QList<ItemDef> items;
    std::vector<int> gotoLines; // lines with a goto ${var} that reaches these items
    QString gotoVariable; // that var
};

// A `choose`: which menus it may show and which setting it stores the chosen item in.
struct ChooseDef
{
    QList<int> menus;
    int line = -1;
    Token command;
    QString variable;
    bool hasDefault = false;
    Token defaultValue;
};

// A goto whose target contains a variable, with the labels it can reach.
struct ComputedGoto
{
    int line = -1;
    QString variable; // for goto ${variable}
    int boundChoose = -1; // the choose just before it in the same block
    QList<int> menus;
    QList<int> literalLines;
    bool platform = false; // goto prefix${platform}suffix
    int biosLine = -1;
    int efiLine = -1;
    bool opaque = false; // may reach any label
};

// A BIOS-only construct, reported only if a path with ${platform} = efi reaches it.
struct BiosFinding
{
    int line;
    int column;
    QString message;
    bool isDriveBoot;
};

// One lint run over one script: lexes it, collects labels, menus and gotos, follows the control
// flow with what each path knows about ${platform}, and reports. Lives only inside lint().
class Analyzer final
{
public:
    Analyzer(const QString &script, const BuildProfile &profile)
        : m_script(script)
        , m_profile(profile.isValid() ? profile : BuildProfile::byName(QStringLiteral("full")))
    {
    }

    QList<Diagnostic> run();

private:
    void report(const char *rule, int line, int column, const QString &message);
    void checkShebang();
    void collectLabels();
    void scanCommands();
    void checkCommandName(const Token &name);
    void collectUrls(Kind kind, const ParsedCommand &pc);
    void checkHttps();
    void checkTimeout(const ParsedCommand &pc, const QString &command);
    void checkUrlSpaces(Kind kind, const QString &command, const ParsedCommand &pc);
    void checkBiosOnly(Kind kind, const Token &name, const ParsedCommand &pc, CommandInfo &info);
    void resolveGotos();
    void runFlow();
    void drain();
    void reach(int line, quint8 platforms);
    void enqueue(int line);
    quint8 simulate(int line, quint8 platforms);
    void jumpComputed(int gotoIndex, quint8 platforms);
    void offer(int menu, int item, quint8 platforms);
    void checkMenus();
    void checkReachability();
    void checkSecrets();
    QString suggestLabel(const QString &name); // the closest label, or empty
    QString suggestCommand(const QString &name);

    const QString &m_script;
    BuildProfile m_profile;
    QList<Diagnostic> m_out;

    QList<Line> m_lines;
    QHash<QString, int> m_labels; // first line index of each label
    std::vector<CommandInfo> m_commands;
    std::vector<int>
        m_lineStart; // m_commands index of each line's first command; one extra at the end
    std::vector<MenuDef> m_menus;
    std::vector<ChooseDef> m_chooses;
    std::vector<ComputedGoto> m_gotos;
    std::vector<BiosFinding> m_biosFindings;
    QHash<QString, QList<int>> m_choosesByVariable;
    QHash<QString, QStringList> m_literalsByVariable;
    QSet<QString> m_opaqueVariables;
    QHash<QString, int> m_httpsVariables; // variable -> line of a `set` to an https:// URL
    QList<Token> m_urls; // every word iPXE will fetch
    bool m_hasSanhook = false;

    std::vector<quint8> m_reached; // platforms with which each line can be entered
    std::vector<quint8> m_executed; // platforms with which each command can run
    std::vector<char> m_queued;
    std::priority_queue<int, std::vector<int>, std::greater<int>> m_queue; // lowest line first
    quint8 m_opaqueJumps = 0;

    int m_suggestionBudget = 200000; // edit-distance comparisons, against pathological input
    QHash<QString, QString> m_commandSuggestions;
};

void Analyzer::report(const char *rule, int line, int column, const QString &message)
{
    const RuleInfo *r = findRule(rule);
    m_out << Diagnostic { r ? r->severity : Severity::Error, std::max(line, 1), std::max(column, 1),
        QString::fromLatin1(rule), message };
}

QList<Diagnostic> Analyzer::run()
{
    checkShebang();
    m_lines = ScriptLexer::split(m_script);
    collectLabels();
    scanCommands();
    resolveGotos();
    checkHttps();
    runFlow();
    checkMenus();
    checkReachability();
    checkSecrets();
    for (Diagnostic &d : m_out)
        d.message = maskSecrets(d.message);
    std::stable_sort(m_out.begin(), m_out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.line != b.line)
            return a.line < b.line;
        if (a.column != b.column)
            return a.column < b.column;
        return a.ruleId < b.ruleId;
    });
    return m_out;
}

void Analyzer::checkShebang()
{
    const QStringView s(m_script);
    QString problem;
    if (s.startsWith(QChar(0xfeff)))
        problem = QCoreApplication::translate("Bootlace::Linter",
            "The script starts with a byte order mark, so its first line is not "
            "'#!ipxe': iPXE will not run it as a script (BIOS iPXE executes it as a "
            "PXE program and hangs). Save it as UTF-8 without a BOM.");
    else if (!s.startsWith(u"#!ipxe") && !s.startsWith(u"#!gpxe"))
        problem = QCoreApplication::translate("Bootlace::Linter",
            "The first line is not '#!ipxe': iPXE will not run the file as a script "
            "(BIOS iPXE executes it as a PXE program and hangs). Make '#!ipxe' the "
            "first line.");
    else if (s.size() < 7 || !isSpace(s.at(6)))
        problem = QCoreApplication::translate("Bootlace::Linter",
            "'#!ipxe' must be followed by a line break: iPXE does not recognise the "
            "script otherwise (BIOS iPXE executes it as a PXE program and hangs).");
    if (!problem.isEmpty())
        report("missing-shebang", 1, 1, problem);
}

void Analyzer::collectLabels()
{
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (!l.hasLabel || l.label.text.isEmpty())
            continue;
        const auto it = m_labels.constFind(l.label.text);
        if (it == m_labels.cend()) {
            m_labels.insert(l.label.text, i);
            continue;
        }
        report("duplicate-label", l.label.line, l.label.column,
            QCoreApplication::translate("Bootlace::Linter",
                "Label %1 is already defined on line %2; goto and menu items always jump to the "
                "first one. Rename or remove this one.")
                .arg(quoted(l.label.text), QString::number(m_lines.at(*it).label.line)));
    }
}

void Analyzer::scanCommands()
{
    // Menus built since the last `choose`, by name ("" for the unnamed menu). Usually one; several
    // when different blocks build alternative menus and then jump to a shared `choose`.
    QHash<QString, QList<int>> pendingMenus;
    QHash<QString, int> lastChoose; // variable -> m_chooses index
    int lastLabelLine = -1;
    m_lineStart.reserve(size_t(m_lines.size()) + 1);
    for (int li = 0; li < m_lines.size(); ++li) {
        const Line &line = m_lines.at(li);
        m_lineStart.push_back(int(m_commands.size()));
        if (line.hasLabel)
            lastLabelLine = li;
        for (const Command &cmd : line.commands) {
            CommandInfo info;
            info.next = cmd.next;
            if (cmd.words.isEmpty()) {
                info.flow = Flow::Succeed;
                m_commands.push_back(info);
                continue;
            }
            const Token &nameToken = cmd.words.front();
            const QString &name = nameToken.text;
            const Kind kind = kindOf(name);
            const ParsedCommand pc = parseCommand(cmd, optionsOf(kind, name));
            checkCommandName(nameToken);
            collectUrls(kind, pc);
            checkTimeout(pc, name);
            checkUrlSpaces(kind, name, pc);
            checkBiosOnly(kind, nameToken, pc, info);

            switch (kind) {
            case Kind::Goto: {
                info.flow = Flow::Fail;
                if (pc.positionals.isEmpty()) {
                    report("empty-goto", nameToken.line, nameToken.column,
                        QCoreApplication::translate("Bootlace::Linter",
                            "goto without a label name fails and ends the script. Name the "
                            "label to jump to."));
                    break;
                }
                const Token &target = pc.positionals.front();
                if (!hasVariable(target.text)) {
                    const int l = m_labels.value(target.text, -1);
                    if (l >= 0) {
                        info.flow = Flow::Goto;
                        info.target = l;
                    } else {
                        const QString suggestion = suggestLabel(target.text);
                        report("undefined-label", target.line, target.column,
                            suggestion.isEmpty()
                                ? QCoreApplication::translate("Bootlace::Linter",
                                    "goto %1: there is no label ':%2', so iPXE ends the script "
                                    "here. Add the label or fix the name.")
                                      .arg(quoted(target.text), maskSecrets(target.text.left(60)))
                                : QCoreApplication::translate("Bootlace::Linter",
                                    "goto %1: there is no label ':%2', so iPXE ends the script "
                                    "here. Did you mean %3?")
                                      .arg(quoted(target.text), maskSecrets(target.text.left(60)),
                                          quoted(suggestion)));
                    }
                    break;
                }
                ComputedGoto g;
                g.line = li;
                QString variable;
                const qsizetype platformAt = target.text.indexOf(QLatin1String("${platform}"));
                if (platformAt >= 0) {
                    const QString prefix = target.text.left(platformAt);
                    const QString suffix = target.text.mid(platformAt + 11);
                    if (hasVariable(prefix) || hasVariable(suffix)) {
                        g.opaque = true;
                    } else {
                        g.platform = true;
                        g.biosLine = m_labels.value(prefix + QStringLiteral("pcbios") + suffix, -1);
                        g.efiLine = m_labels.value(prefix + QStringLiteral("efi") + suffix, -1);
                    }
                } else if (pureVariable(target.text, &variable)) {
                    g.variable = variable;
                    const auto it = lastChoose.constFind(variable);
                    if (it != lastChoose.cend() && m_chooses.at(size_t(*it)).line >= lastLabelLine)
                        g.boundChoose = *it;
                } else {
                    g.opaque = true;
                }
                info.flow = Flow::GotoComputed;
                info.target = int(m_gotos.size());
                m_gotos.push_back(g);
                break;
            }
            case Kind::Exit:
                info.flow = Flow::Exit;
                break;
            case Kind::NoReturn:
                info.flow = Flow::NoReturn;
                break;
            case Kind::ExecImage:
                if (pc.has(QLatin1String("replace")))
                    info.flow = Flow::NoReturn;
                break;
            case Kind::Iseq:
                if (pc.positionals.size() == 2) {
                    const QString &a = pc.positionals.at(0).text;
                    const QString &b = pc.positionals.at(1).text;
                    const QString *value = isPlatformReference(a) ? &b
                        : isPlatformReference(b)                  ? &a
                                                                  : nullptr;
                    if (value && !hasVariable(*value)) {
                        info.flow = Flow::IseqPlatform;
                        info.platform = *value == QLatin1String("pcbios") ? kBios
                            : *value == QLatin1String("efi")              ? kEfi
                                                                          : kOtherPlatform;
                    }
                }
                break;
            case Kind::Menu: {
                const Token *menuName = pc.value(QLatin1String("name"));
                const QString key = menuName ? menuName->text : QString();
                if (pc.has(QLatin1String("delete"))) {
                    pendingMenus.remove(key);
                    break;
                }
                MenuDef def;
                def.declared = true;
                pendingMenus[key] << int(m_menus.size());
                m_menus.push_back(def);
                break;
            }
            case Kind::Item: {
                const Token *menuName = pc.value(QLatin1String("menu"));
                const QString key = menuName ? menuName->text : QString();
                QList<int> &pending = pendingMenus[key];
                if (pending.isEmpty()) {
                    pending << int(m_menus.size());
                    m_menus.emplace_back();
                }
                const int menu = pending.back();
                if (pc.has(QLatin1String("gap")) || pc.positionals.isEmpty())
                    break;
                MenuDef &def = m_menus[size_t(menu)];
                const Token &itemName = pc.positionals.front();
                if (hasVariable(itemName.text)) {
                    def.computedNames = true;
                    break;
                }
                ItemDef item;
                item.name = itemName.text;
                item.nameToken = itemName;
                if (const Token *k = pc.value(QLatin1String("key"))) {
                    item.hasKey = true;
                    item.keyToken = *k;
                }
                item.labelLine = m_labels.value(item.name, -1);
                info.flow = Flow::Item;
                info.menu = menu;
                info.item = int(def.items.size());
                def.items << item;
                break;
            }
            case Kind::Choose: {
                const Token *menuName = pc.value(QLatin1String("menu"));
                const QString key = menuName ? menuName->text : QString();
                ChooseDef choose;
                choose.menus = pendingMenus.value(key);
                if (choose.menus.isEmpty()) {
                    choose.menus << int(m_menus.size());
                    m_menus.emplace_back();
                }
                choose.line = li;
                choose.command = nameToken;
                if (const Token *d = pc.value(QLatin1String("default"))) {
                    choose.hasDefault = true;
                    choose.defaultValue = *d;
                }
                if (!pc.positionals.isEmpty() && !hasVariable(pc.positionals.front().text)) {
                    choose.variable = settingName(pc.positionals.front().text);
                    m_choosesByVariable[choose.variable] << int(m_chooses.size());
                    lastChoose.insert(choose.variable, int(m_chooses.size()));
                }
                m_chooses.push_back(choose);
                if (!pc.has(QLatin1String("keep")))
                    pendingMenus.remove(key); // choose destroys the menu
                break;
            }
            case Kind::Set:
                if (pc.positionals.size() >= 2 && !hasVariable(pc.positionals.front().text)) {
                    const QString variable = settingName(pc.positionals.front().text);
                    QStringList value;
                    for (qsizetype i = 1; i < pc.positionals.size(); ++i)
                        value << pc.positionals.at(i).text;
                    const QString joined = value.join(QLatin1Char(' '));
                    if (joined.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
                        && !m_httpsVariables.contains(variable))
                        m_httpsVariables.insert(variable, pc.positionals.at(1).line);
                    if (hasVariable(joined))
                        m_opaqueVariables.insert(variable);
                    else
                        m_literalsByVariable[variable] << joined;
                }
                break;
            case Kind::Assign:
                if (!pc.positionals.isEmpty() && !hasVariable(pc.positionals.front().text))
                    m_opaqueVariables.insert(settingName(pc.positionals.front().text));
                break;
            case Kind::Sleep: {
                qint64 seconds = 0;
                if (!pc.positionals.isEmpty() && parseInteger(pc.positionals.front().text, &seconds)
                    && seconds >= 1000) {
                    const Token &t = pc.positionals.front();
                    report("timeout-in-seconds", t.line, t.column,
                        QCoreApplication::translate("Bootlace::Linter",
                            "sleep %1 waits %1 seconds (%2 minutes): sleep takes seconds, not "
                            "milliseconds. Did you mean 'sleep %3'?")
                            .arg(t.text, QString::number(seconds / 60),
                                QString::number(std::max<qint64>(1, seconds / 1000))));
                }
                break;
            }
            case Kind::Sanhook:
                m_hasSanhook = true;
                break;
            default:
                break;
            }
            m_commands.push_back(info);
        }
    }
    m_lineStart.push_back(int(m_commands.size()));
}

void Analyzer::checkCommandName(const Token &name)
{
    if (hasVariable(name.text) || m_profile.hasCommand(name.text))
        return;
    if (BuildProfile::isKnownCommand(name.text)) {
        const BuildProfile full = BuildProfile::byName(QStringLiteral("full"));
        const QString message = full.hasCommand(name.text) && full.name() != m_profile.name()
            ? QCoreApplication::translate("Bootlace::Linter",
                "%1 is not available in %2 (build profile '%3'): iPXE stops with '%4: command "
                "not found'. Remove it, or target a build that has it (build profile 'full').")
            : QCoreApplication::translate("Bootlace::Linter",
                "%1 is not available in %2 (build profile '%3'): iPXE stops with '%4: command "
                "not found'. Remove it.");
        report("command-not-in-build", name.line, name.column,
            message.arg(quoted(name.text), m_profile.displayName(), m_profile.name(), name.text));
        return;
    }
    const QString suggestion = suggestCommand(name.text);
    report("unknown-command", name.line, name.column,
        suggestion.isEmpty()
            ? QCoreApplication::translate("Bootlace::Linter",
                "Unknown command %1: no iPXE build has it, so iPXE stops with 'command not "
                "found'. Check the spelling.")
                  .arg(quoted(name.text))
            : QCoreApplication::translate("Bootlace::Linter",
                "Unknown command %1: no iPXE build has it, so iPXE stops with 'command not "
                "found'. Did you mean '%2'?")
                  .arg(quoted(name.text), suggestion));
}

QString Analyzer::suggestCommand(const QString &name)
{
    const auto cached = m_commandSuggestions.constFind(name);
    if (cached != m_commandSuggestions.cend())
        return *cached;
    QString best;
    int bestDistance = 3;
    bool bestInProfile = false;
    const int max = name.size() <= 3 ? 1 : 2;
    if (m_suggestionBudget > 0) {
        static const QStringList known = BuildProfile::knownCommands();
        m_suggestionBudget -= int(known.size());
        for (const QString &candidate : known) {
            const int d = boundedEditDistance(name, candidate, max);
            if (d > max)
                continue;
            const bool inProfile = m_profile.hasCommand(candidate);
            if (d < bestDistance || (d == bestDistance && inProfile && !bestInProfile)) {
                best = candidate;
                bestDistance = d;
                bestInProfile = inProfile;
            }
        }
    }
    if (m_commandSuggestions.size() < 1000)
        m_commandSuggestions.insert(name, best);
    return best;
}

QString Analyzer::suggestLabel(const QString &name)
{
    QString best;
    int bestDistance = 3;
    if (m_suggestionBudget > 0 && name.size() <= 64) {
        m_suggestionBudget -= int(m_labels.size());
        const int max = name.size() <= 3 ? 1 : 2;
        for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
            const int d = boundedEditDistance(name, it.key(), max);
            if (d <= max && (d < bestDistance || (d == bestDistance && it.key() < best))) {
                best = it.key();
                bestDistance = d;
            }
        }
    }
    return best;
}

// Words iPXE fetches: the image of the image commands, every root path of sanboot/sanhook.
void Analyzer::collectUrls(Kind kind, const ParsedCommand &pc)
{
    if (pc.positionals.isEmpty())
        return;
    if (kind == Kind::FetchImage || kind == Kind::ExecImage)
        m_urls << pc.positionals.front();
    else if (kind == Kind::Sanboot || kind == Kind::Sanhook)
        m_urls << pc.positionals;
}

// Only URLs iPXE itself fetches: an https:// URL in kernel arguments (an installer's preseed) is
// fetched by the booted system, which may well speak HTTPS.
void Analyzer::checkHttps()
{
    if (m_profile.supportsHttps())
        return;
    for (const Token &t : std::as_const(m_urls)) {
        const qsizetype at = t.text.indexOf(QLatin1String("https://"), 0, Qt::CaseInsensitive);
        if (at >= 0) {
            report("https-unsupported", t.line, t.column + int(at),
                QCoreApplication::translate("Bootlace::Linter",
                    "This https:// URL cannot be fetched: %1 (build profile '%2') has no HTTPS "
                    "support, and the download fails with 'Operation not supported'. Use "
                    "http://, or target a build with HTTPS.")
                    .arg(m_profile.displayName(), m_profile.name()));
            continue;
        }
        if (!t.text.startsWith(QLatin1String("${")))
            continue;
        const qsizetype close = t.text.indexOf(QLatin1Char('}'));
        QString variable;
        if (close < 0 || !pureVariable(QStringView(t.text).left(close + 1), &variable))
            continue;
        const auto it = m_httpsVariables.constFind(variable);
        if (it == m_httpsVariables.cend())
            continue;
        report("https-unsupported", t.line, t.column,
            QCoreApplication::translate("Bootlace::Linter",
                "This URL starts with ${%1}, which is set to an https:// URL on line %2, so it "
                "cannot be fetched: %3 (build profile '%4') has no HTTPS support, and the "
                "download fails with 'Operation not supported'. Use http://, or target a build "
                "with HTTPS.")
                .arg(variable, QString::number(*it), m_profile.displayName(), m_profile.name()));
    }
}

void Analyzer::checkTimeout(const ParsedCommand &pc, const QString &command)
{
    const Token *t = pc.value(QLatin1String("timeout"));
    qint64 ms = 0;
    if (!t || !parseInteger(t->text, &ms) || ms <= 0 || ms >= 100)
        return;
    report("timeout-in-seconds", t->line, t->column,
        QCoreApplication::translate("Bootlace::Linter",
            "%1 --timeout %2 is %2 milliseconds: iPXE timeouts are in milliseconds, not "
            "seconds. Did you mean %3 (%2 s)?")
            .arg(command, t->text, QString::number(ms * 1000)));
}

void Analyzer::checkUrlSpaces(Kind kind, const QString &command, const ParsedCommand &pc)
{
    if (kind != Kind::FetchImage && kind != Kind::ExecImage && kind != Kind::Sanboot)
        return;
    if (pc.positionals.size() < 2 || !looksLikeUri(pc.positionals.front().text))
        return;
    const Token &url = pc.positionals.front();
    const Token *split = nullptr;
    QString message; // %1 the word, %2 the URL
    if (kind == Kind::FetchImage) {
        // `initrd <uri> [<name>...]`: extra words name the file inside a cpio archive (an absolute
        // path) or carry settings (`mode=`), anything else is a URL cut at a space.
        for (qsizetype i = 1; i < pc.positionals.size() && !split; ++i) {
            const QString &w = pc.positionals.at(i).text;
            if (!w.startsWith(QLatin1Char('/')) && !w.contains(QLatin1Char('=')) && !hasVariable(w))
                split = &pc.positionals.at(i);
        }
        message = QCoreApplication::translate("Bootlace::Linter",
            "%1 after the URL %2 looks like the rest of that URL, split at a space (%3 takes "
            "one URL). Write the space as %20.");
    } else if (kind == Kind::ExecImage) {
        // Extra words are the image's command line; only a path fragment is suspicious.
        const QString &w = pc.positionals.at(1).text;
        if (w.contains(QLatin1Char('/')) && !w.contains(QLatin1Char('='))
            && !w.startsWith(QLatin1Char('/')) && !looksLikeUri(w))
            split = &pc.positionals.at(1);
        message = QCoreApplication::translate("Bootlace::Linter",
            "%1 after the URL %2 looks like the rest of that URL, split at a space (it looks "
            "like a path, not an argument of the image). Write the space as %20.");
    } else {
        // sanboot takes several root paths (multipath); each is a URI.
        for (qsizetype i = 1; i < pc.positionals.size() && !split; ++i) {
            if (!looksLikeUri(pc.positionals.at(i).text))
                split = &pc.positionals.at(i);
        }
        message = QCoreApplication::translate("Bootlace::Linter",
            "%1 after the URL %2 looks like the rest of that URL, split at a space (every "
            "sanboot argument is a URL of its own). Write the space as %20.");
    }
    if (!split)
        return;
    report("url-unencoded-space", split->line, split->column,
        kind == Kind::FetchImage ? message.arg(quoted(split->text), quoted(url.text), command)
                                 : message.arg(quoted(split->text), quoted(url.text)));
}

void Analyzer::checkBiosOnly(
    Kind kind, const Token &name, const ParsedCommand &pc, CommandInfo &info)
{
    if (kind == Kind::Sanboot) {
        const Token *drive = pc.value(QLatin1String("drive"));
        if (!drive || !pc.positionals.isEmpty())
            return;
        info.biosFinding = int(m_biosFindings.size());
        m_biosFindings.push_back({ name.line, name.column,
            QCoreApplication::translate("Bootlace::Linter",
                "sanboot --drive %1 without a URL boots a BIOS disk through int 13h and fails on "
                "UEFI, but a UEFI client can reach this line. Put 'iseq ${platform} efi && exit "
                "||' before it, guard it with 'iseq ${platform} pcbios &&', or offer the item "
                "only on BIOS.")
                .arg(maskSecrets(drive->text.left(20))),
            true });
        return;
    }
    const bool loads = kind == Kind::ExecImage
        || (kind == Kind::FetchImage && name.text != QLatin1String("initrd"));
    if (!loads || pc.positionals.isEmpty())
        return;
    const Token &url = pc.positionals.front();
    const QString message = biosOnlyImage(baseName(url.text));
    if (message.isEmpty())
        return;
    info.biosFinding = int(m_biosFindings.size());
    m_biosFindings.push_back({ url.line, url.column, message, false });
}

void Analyzer::resolveGotos()
{
    // Menus of every choose into a variable, and how many items they hold, for the gotos that
    // follow no choose of their own block.
    struct Targets
    {
        QList<int> menus;
        qint64 items = 0;
    };
    QHash<QString, Targets> byVariable;
    auto itemsOf = [this](const QList<int> &menus) {
        qint64 n = 0;
        for (int m : menus)
            n += m_menus.at(size_t(m)).items.size();
        return n;
    };
    // (goto, target) pairs the flow analysis may visit; past this the script is pathological and
    // its remaining computed gotos count as reaching any label, which keeps the analysis linear.
    qint64 budget = 2000000;
    for (ComputedGoto &g : m_gotos) {
        if (g.platform || g.opaque)
            continue;
        const QStringList literals = m_literalsByVariable.value(g.variable);
        QList<int> menus;
        qint64 pairs = literals.size();
        if (g.boundChoose >= 0) {
            menus = m_chooses.at(size_t(g.boundChoose)).menus;
            pairs += itemsOf(menus);
        } else {
            auto it = byVariable.find(g.variable);
            if (it == byVariable.end()) {
                Targets t;
                for (int c : m_choosesByVariable.value(g.variable))
                    t.menus << m_chooses.at(size_t(c)).menus;
                t.items = itemsOf(t.menus);
                it = byVariable.insert(g.variable, t);
            }
            menus = it->menus;
            pairs += it->items + menus.size();
        }
        // A value the script cannot see (read, a DHCP option, ${x}) may name any label.
        if (m_opaqueVariables.contains(g.variable) || (menus.isEmpty() && literals.isEmpty())
            || pairs > budget) {
            g.opaque = true;
            if (pairs > budget)
                continue;
        }
        budget -= pairs + 1;
        for (const QString &literal : literals) {
            const int l = m_labels.value(literal, -1);
            if (l >= 0)
                g.literalLines << l;
        }
        g.menus = menus;
        for (int m : std::as_const(g.menus)) {
            MenuDef &def = m_menus[size_t(m)];
            if (def.computedNames)
                g.opaque = true;
            def.gotoLines.push_back(g.line);
            if (def.gotoVariable.isEmpty())
                def.gotoVariable = g.variable;
        }
    }
}

void Analyzer::enqueue(int line)
{
    if (m_queued[size_t(line)])
        return;
    m_queued[size_t(line)] = 1;
    m_queue.push(line);
}

void Analyzer::reach(int line, quint8 platforms)
{
    if (line < 0 || line >= int(m_reached.size()) || !platforms)
        return;
    quint8 &r = m_reached[size_t(line)];
    if ((r | platforms) == r)
        return;
    r |= platforms;
    enqueue(line);
}

void Analyzer::offer(int menu, int item, quint8 platforms)
{
    ItemDef &it = m_menus[size_t(menu)].items[item];
    if ((it.offered | platforms) == it.offered)
        return;
    it.offered |= platforms;
    for (int line : m_menus[size_t(menu)].gotoLines) {
        if (m_reached[size_t(line)])
            enqueue(line);
    }
}

void Analyzer::jumpComputed(int gotoIndex, quint8 platforms)
{
    const ComputedGoto &g = m_gotos.at(size_t(gotoIndex));
    if (g.platform) {
        reach(g.biosLine, platforms & kBios);
        reach(g.efiLine, platforms & kEfi);
        m_opaqueJumps |= platforms & kOtherPlatform;
        return;
    }
    for (int m : g.menus) {
        for (const ItemDef &it : m_menus.at(size_t(m)).items)
            reach(it.labelLine, it.offered & platforms);
    }
    for (int l : g.literalLines)
        reach(l, platforms);
    if (g.opaque)
        m_opaqueJumps |= platforms;
}

// Runs one line on every path at once. A path is (will the next command run, did the last one
// succeed) plus the platforms it can be on; the result is what falls through to the next line.
quint8 Analyzer::simulate(int line, quint8 platforms)
{
    quint8 state[2][2] = { { 0, 0 }, { 0, 0 } }; // [runs next][last failed]
    state[1][0] = platforms;
    const int begin = m_lineStart[size_t(line)];
    const int end = m_lineStart[size_t(line) + 1];
    if (begin == end)
        return platforms;
    for (int c = begin; c < end; ++c) {
        const CommandInfo &ci = m_commands[size_t(c)];
        const quint8 runs = state[1][0] | state[1][1];
        quint8 ok = state[0][0];
        quint8 failed = state[0][1];
        if (runs) {
            m_executed[size_t(c)] |= runs;
            switch (ci.flow) {
            case Flow::Normal:
                ok |= runs;
                failed |= runs;
                break;
            case Flow::Succeed:
                ok |= runs;
                break;
            case Flow::Fail:
            case Flow::NoReturn:
                failed |= runs;
                break;
            case Flow::Exit:
                break;
            case Flow::Goto:
                reach(ci.target, runs);
                break;
            case Flow::GotoComputed:
                jumpComputed(ci.target, runs);
                failed |= runs; // an empty or unknown value makes goto fail
                break;
            case Flow::IseqPlatform:
                ok |= runs & ci.platform;
                failed |= runs & quint8(~ci.platform & kAnyPlatform);
                break;
            case Flow::Item:
                offer(ci.menu, ci.item, runs);
                ok |= runs;
                failed |= runs;
                break;
            }
        }
        state[0][0] = state[0][1] = state[1][0] = state[1][1] = 0;
        switch (ci.next) {
        case Command::Next::End:
            return ok; // a line that ends in failure ends the script
        case Command::Next::IfSuccess:
            state[1][0] = ok;
            state[0][1] = failed;
            break;
        case Command::Next::IfFailure:
            state[0][0] = ok;
            state[1][1] = failed;
            break;
        case Command::Next::Always:
            state[1][0] = ok;
            state[1][1] = failed;
            break;
        }
    }
    return state[0][0] | state[1][0];
}

void Analyzer::drain()
{
    while (!m_queue.empty()) {
        const int line = m_queue.top();
        m_queue.pop();
        m_queued[size_t(line)] = 0;
        const quint8 through = simulate(line, m_reached[size_t(line)]);
        reach(line + 1, through);
    }
}

void Analyzer::runFlow()
{
    const size_t n = size_t(m_lines.size());
    m_reached.assign(n, 0);
    m_queued.assign(n, 0);
    m_executed.assign(m_commands.size(), 0);
    if (n == 0)
        return;
    reach(0, kAnyPlatform);
    quint8 seeded = 0;
    while (true) {
        drain();
        if (m_opaqueJumps == seeded)
            break;
        // A goto the linter cannot follow may land on any label.
        seeded = m_opaqueJumps;
        for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
            reach(it.value(), seeded);
    }
}

void Analyzer::checkMenus()
{
    for (const ChooseDef &choose : m_chooses) {
        bool declared = false;
        bool computed = false;
        bool empty = true;
        bool hasDefault = false;
        for (int m : choose.menus) {
            const MenuDef &def = m_menus.at(size_t(m));
            declared = declared || def.declared;
            computed = computed || def.computedNames;
            empty = empty && def.items.isEmpty();
            hasDefault = hasDefault
                || std::any_of(def.items.cbegin(), def.items.cend(),
                    [&](const ItemDef &it) { return it.name == choose.defaultValue.text; });
        }
        if (empty && !computed) {
            report("empty-menu", choose.command.line, choose.command.column,
                declared ? QCoreApplication::translate("Bootlace::Linter",
                    "choose shows a menu without selectable items, so it fails. Add "
                    "items with 'item <label> <text>'.")
                         : QCoreApplication::translate("Bootlace::Linter",
                             "choose has no menu to show: no 'menu' command comes before it, "
                             "so it fails. Start the menu with 'menu <title>'."));
            continue;
        }
        if (choose.hasDefault && !hasDefault && !computed && !hasVariable(choose.defaultValue.text))
            report("choose-default-missing", choose.defaultValue.line, choose.defaultValue.column,
                QCoreApplication::translate("Bootlace::Linter",
                    "choose --default %1: the menu has no such item, so iPXE silently "
                    "preselects the first item. Use the name of one of the menu's items.")
                    .arg(quoted(choose.defaultValue.text)));
    }
    for (const MenuDef &def : m_menus) {
        QHash<QString, int> keys;
        for (int i = 0; i < def.items.size(); ++i) {
            const ItemDef &it = def.items.at(i);
            if (!def.gotoLines.empty() && it.labelLine < 0)
                report("item-without-label", it.nameToken.line, it.nameToken.column,
                    QCoreApplication::translate("Bootlace::Linter",
                        "Menu item %1 has no label ':%2': choosing it runs 'goto ${%3}', which "
                        "finds no label and ends the script. Add the label or rename the item.")
                        .arg(quoted(it.name), maskSecrets(it.name.left(60)), def.gotoVariable));
            if (!it.hasKey || hasVariable(it.keyToken.text))
                continue;
            const auto seen = keys.constFind(it.keyToken.text);
            if (seen == keys.cend()) {
                keys.insert(it.keyToken.text, i);
                continue;
            }
            const ItemDef &first = def.items.at(*seen);
            report("item-hotkey-duplicate", it.keyToken.line, it.keyToken.column,
                QCoreApplication::translate("Bootlace::Linter",
                    "Hotkey %1 is already used by item %2 on line %3 of this menu; the key only "
                    "ever selects the first. Choose another key.")
                    .arg(quoted(it.keyToken.text), quoted(first.name),
                        QString::number(first.nameToken.line)));
        }
    }
}

void Analyzer::checkReachability()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const int li = it.value();
        if (m_reached[size_t(li)])
            continue;
        const Token &label = m_lines.at(li).label;
        report("unreachable-label", label.line, label.column,
            QCoreApplication::translate("Bootlace::Linter",
                "Label %1 is never reached: no goto or menu item leads to it, and the code before "
                "it does not fall through. Remove it or jump to it.")
                .arg(quoted(label.text)));
    }
    for (size_t c = 0; c < m_commands.size(); ++c) {
        const int f = m_commands[c].biosFinding;
        if (f < 0 || !(m_executed[c] & kEfi))
            continue;
        const BiosFinding &finding = m_biosFindings.at(size_t(f));
        if (finding.isDriveBoot && m_hasSanhook)
            continue; // may boot a drive that sanhook attached, which works on UEFI too
        report("bios-only-on-uefi", finding.line, finding.column, finding.message);
    }
}

void Analyzer::checkSecrets()
{
    const QStringView s(m_script);
    int lineNumber = 1;
    qsizetype start = 0;
    while (start <= s.size()) {
        qsizetype end = s.indexOf(u'\n', start);
        if (end < 0)
            end = s.size();
        QStringView line = s.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        for (const SecretHit &h : findSecrets(line)) {
            report("secret-in-url", lineNumber, int(h.at) + 1,
                QCoreApplication::translate("Bootlace::Linter",
                    "Secret in the script: %1 (%2). Anyone who can fetch the menu can use it. "
                    "Remove it and revoke it; mirror private files to the publish target instead "
                    "of authenticating in the URL.")
                    .arg(h.what, h.masked));
        }
        ++lineNumber;
        start = end + 1;
    }
}

} // namespace

QList<Diagnostic> Linter::lint(const QString &script, const BuildProfile &profile)
{
    Analyzer analyzer(script, profile);
    return analyzer.run();
}

void Linter::relaxMirroredUrls(const Project &project, const QString &script, QList<Diagnostic> *diagnostics)
{
    QStringList mirrored;
    for (const Menu &menu : project.menus) {
        for (const Item &item : menu.items) {
            for (const QString &url : item.mirroredUrls())
                mirrored << ScriptWriter::encodeUrl(url);
        }
    }
    if (mirrored.isEmpty())
        return;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (Diagnostic &d : *diagnostics) {
        if (d.ruleId != QLatin1String("https-unsupported") || d.line < 1 || d.line > lines.size())
            continue;
        const QString &line = lines.at(d.line - 1);
        for (const QString &url : std::as_const(mirrored)) {
            const qsizetype at = line.indexOf(url);
            if (at >= 0 && d.column - 1 >= at && d.column - 1 < at + url.size()) {
                d.severity = Severity::Info;
                d.message = QCoreApplication::translate("Bootlace::Linter",
                    "Mirrored from GitLab: publishing copies this file to each target and the published "
                    "menu fetches it from the target's HTTP base URL, so this build's missing HTTPS "
                    "support does not matter there.");
                break;
            }
        }
    }
}

QList<Diagnostic> Linter::lintProject(const Project &project, QString *scriptOut)
{
    const QString script = ScriptWriter::write(project);
    if (scriptOut)
        *scriptOut = script;
    bool ok = false;
    BuildProfile profile = BuildProfile::byName(project.buildProfile, &ok);
    QList<Diagnostic> out;
    if (!ok) {
        profile = BuildProfile::byName(QStringLiteral("debian"));
        out << Diagnostic { Severity::Error, 1, 1, QStringLiteral("unknown-build-profile"),
            QCoreApplication::translate("Bootlace::Linter",
                "Unknown iPXE build profile %1; the known profiles are %2. The script was "
                "checked against 'debian'.")
                .arg(quoted(project.buildProfile),
                    BuildProfile::names().join(QStringLiteral(", "))) };
    }
    out += lint(script, profile);
    relaxMirroredUrls(project, script, &out);
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

QStringList Linter::ruleIds()
{
    QStringList ids;
    for (const RuleInfo &r : kRules)
        ids << QString::fromLatin1(r.id);
    return ids;
}

QString Linter::ruleDescription(const QString &ruleId)
{
    const RuleInfo *r = findRule(ruleId);
    return r ? QCoreApplication::translate("Bootlace::Linter", r->description) : QString();
}

Diagnostic::Severity Linter::ruleSeverity(const QString &ruleId)
{
    const RuleInfo *r = findRule(ruleId);
    return r ? r->severity : Severity::Error;
}

} // namespace Bootlace
