#include "model/identifier.h"

namespace Bootlace {

namespace {
constexpr int kMaxLength = 64;

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'_' || u == u'-' || u == u'.';
}
} // namespace

bool Identifier::isValid(const QString &id)
{
    if (id.isEmpty() || id.size() > kMaxLength)
        return false;
    if (id.front() == QLatin1Char('-') || id.front() == QLatin1Char('.'))
        return false;
    for (QChar c : id) {
        if (!isIdChar(c))
            return false;
    }
    return true;
}

QString Identifier::sanitize(const QString &text)
{
    if (isValid(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QChar mapped = isIdChar(c) ? c : QLatin1Char('-');
        if (mapped == QLatin1Char('-') && out.endsWith(QLatin1Char('-')))
            continue;
        out.append(mapped);
    }
    while (!out.isEmpty() && (out.front() == QLatin1Char('-') || out.front() == QLatin1Char('.')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.size() > kMaxLength)
        out.truncate(kMaxLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("item") : out;
}

} // namespace Bootlace
