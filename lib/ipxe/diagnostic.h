#pragma once

#include <QString>

namespace Bootlace {

// One finding of the linter: how bad it is, where it is (1-based physical line and column of the
// script text) and which rule produced it. The rule id is stable so that the GUI, the CLI and
// publishing can act on it; the message says what is wrong and what to do, and never contains a
// secret.
struct Diagnostic final
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString ruleId;
    QString message;

    bool operator==(const Diagnostic &) const = default;

    static QString severityName(Severity severity)
    {
        switch (severity) {
        case Severity::Error:
            return QStringLiteral("error");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Info:
            return QStringLiteral("info");
        }
        return QString();
    }

    // "12:5: error: message [rule-id]", the form compilers use.
    QString toString() const
    {
        return QString::number(line) + QLatin1Char(':') + QString::number(column)
            + QStringLiteral(": ") + severityName(severity) + QStringLiteral(": ") + message
            + QStringLiteral(" [") + ruleId + QLatin1Char(']');
    }
};

} // namespace Bootlace
