#include "gitlab/netbootscript.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Bootlace {

QString NetbootScript::init() const
{
    static const QRegularExpression re(QStringLiteral(R"((?:^|\s)init=(\S+))"));
    return re.match(args).captured(1);
}

NetbootScript NetbootScript::parse(const QString &text, QString *error)
{
    NetbootScript s;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        const QString command = words.takeFirst();
        const bool isKernel = command == QLatin1String("kernel") || command == QLatin1String("chain")
            || command == QLatin1String("imgexec");
        const bool isInitrd = command == QLatin1String("initrd") || command == QLatin1String("imgfetch")
            || command == QLatin1String("module");
        if (!isKernel && !isInitrd)
            continue;
        // iPXE options (--name x, --timeout n, -n x) come before the image.
        while (!words.isEmpty() && words.front().startsWith(QLatin1Char('-'))) {
            const QString option = words.takeFirst();
            const bool takesValue = !option.contains(QLatin1Char('='))
                && (option == QLatin1String("--name") || option == QLatin1String("-n")
                    || option == QLatin1String("--timeout") || option == QLatin1String("-t"));
            if (takesValue && !words.isEmpty())
                words.removeFirst();
        }
        if (words.isEmpty())
            continue;
        const QString image = words.takeFirst();
        if (isKernel) {
            s.kernel = image;
            // ${cmdline} is the caller's hook for extra arguments; Bootlace's entry has its own.
            words.removeAll(QStringLiteral("${cmdline}"));
            s.args = words.join(QLatin1Char(' '));
        } else {
            s.initrds << image;
        }
    }
    if (!s.isValid() && error)
        *error = QCoreApplication::translate("Bootlace::NetbootScript", "The script has no kernel line.");
    return s;
}

} // namespace Bootlace
