#include "publish/unifieddiff.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace Bootlace {

namespace {

QStringList splitLines(const QString &text, bool *missingNewline)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    *missingNewline = !text.isEmpty() && !text.endsWith(QLatin1Char('\n'));
    if (!text.isEmpty() && text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    if (text.isEmpty())
        lines.clear();
    return lines;
}

struct Op
{
    char kind; // ' ', '-', '+'
    int a;     // index in before (for ' ' and '-')
    int b;     // index in after (for ' ' and '+')
};

} // namespace

QString UnifiedDiff::diff(const QString &before, const QString &after, const QString &beforeLabel,
                          const QString &afterLabel, int context)
{
    if (before == after)
        return {};
    bool aNoEol = false;
    bool bNoEol = false;
    const QStringList a = splitLines(before, &aNoEol);
    const QStringList b = splitLines(after, &bNoEol);
    // Compared lines: a last line without its newline differs from the same text with one.
    QStringList ka = a;
    QStringList kb = b;
    if (aNoEol)
        ka.last() += QChar(0xFFFF);
    if (bNoEol)
        kb.last() += QChar(0xFFFF);

    // Common prefix and suffix first: a typical edit touches a few lines of a long menu.
    qsizetype pre = 0;
    while (pre < a.size() && pre < b.size() && ka.at(pre) == kb.at(pre))
        ++pre;
    qsizetype suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && ka.at(a.size() - 1 - suf) == kb.at(b.size() - 1 - suf))
        ++suf;
    const int n = int(a.size() - pre - suf);
    const int m = int(b.size() - pre - suf);

    // LCS table over the middle part.
    std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
    auto at = [&](int i, int j) -> int & { return lcs[size_t(i) * size_t(m + 1) + size_t(j)]; };
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = ka.at(pre + i) == kb.at(pre + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));

    QList<Op> ops;
    for (int i = 0; i < pre; ++i)
        ops.append({' ', i, i});
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && ka.at(pre + i) == kb.at(pre + j)) {
            ops.append({' ', int(pre) + i, int(pre) + j});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            ops.append({'-', int(pre) + i, -1}); // deletions before insertions, as diff -u
            ++i;
        } else {
            ops.append({'+', -1, int(pre) + j});
            ++j;
        }
    }
    for (int k = 0; k < suf; ++k)
        ops.append({' ', int(pre) + n + k, int(pre) + m + k});

    QString out = QStringLiteral("--- ") + beforeLabel + QStringLiteral("\n+++ ") + afterLabel + QLatin1Char('\n');
    const int count = int(ops.size());
    int k = 0;
    while (k < count) {
        while (k < count && ops.at(k).kind == ' ')
            ++k;
        if (k == count)
            break;
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2*context lines away from the next.
        const int start = std::max(0, k - context);
        int end = k;
        int lastChange = k;
        while (end < count) {
            if (ops.at(end).kind != ' ')
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + context + 1);
        int aStart = 0, aLen = 0, bStart = 0, bLen = 0;
        bool aSet = false, bSet = false;
        // Start lines: the first line of the hunk on each side (or the line before, if none).
        for (int x = start; x < end; ++x) {
            const Op &op = ops.at(x);
            if (op.kind != '+') {
                if (!aSet) {
                    aStart = op.a + 1;
                    aSet = true;
                }
                ++aLen;
            }
            if (op.kind != '-') {
                if (!bSet) {
                    bStart = op.b + 1;
                    bSet = true;
                }
                ++bLen;
            }
        }
        if (!aSet) {
            int before = 0;
            for (int x = 0; x < start; ++x)
                before += ops.at(x).kind != '+' ? 1 : 0;
            aStart = before;
        }
        if (!bSet) {
            int before = 0;
            for (int x = 0; x < start; ++x)
                before += ops.at(x).kind != '-' ? 1 : 0;
            bStart = before;
        }
        auto range = [](int s, int len) {
            return len == 1 ? QString::number(s) : QString::number(s) + QLatin1Char(',') + QString::number(len);
        };
        out += QStringLiteral("@@ -") + range(aStart, aLen) + QStringLiteral(" +") + range(bStart, bLen)
            + QStringLiteral(" @@\n");
        for (int x = start; x < end; ++x) {
            const Op &op = ops.at(x);
            const QString &line = op.kind == '+' ? b.at(op.b) : a.at(op.a);
            out += QLatin1Char(op.kind) + line + QLatin1Char('\n');
            const bool lastOfA = op.kind != '+' && op.a == a.size() - 1 && aNoEol;
            const bool lastOfB = op.kind != '-' && op.b == b.size() - 1 && bNoEol;
            if ((op.kind == '-' && lastOfA) || (op.kind == '+' && lastOfB) || (op.kind == ' ' && (lastOfA || lastOfB)))
                out += QStringLiteral("\\ No newline at end of file\n");
        }
        k = end;
    }
    return out;
}

} // namespace Bootlace
