#include "testboot/bootconsole.h"

#include <QRegularExpression>

namespace Bootlace {

QString BootConsole::stripTerminal(QString text)
{
    static const QRegularExpression ansi(QStringLiteral("\\x1b(\\[[0-9;?]*[ -/]*[@-~]|.)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    text.remove(ansi);
    text.remove(QLatin1Char('\r'));
    return text;
}

QString BootConsole::lineAfter(const QString &text, const QString &prefix)
{
    const qsizetype at = text.indexOf(prefix);
    if (at < 0)
        return {};
    const qsizetype start = at + prefix.size();
    qsizetype end = text.indexOf(QLatin1Char('\n'), start);
    if (end < 0)
        end = text.size();
    return text.mid(start, end - start);
}

} // namespace Bootlace
