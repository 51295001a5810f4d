#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace Bootlace {

// The languages Bootlace ships (translations/*.ts, built into share/bootlace/translations)
// and loading them with Qt's own translations at start-up. The language is the system
// locale's unless Preferences override it; a change takes effect at the next start.
class Languages final
{
public:
    struct Language
    {
        QString code;        // "de"; empty = follow the system
        QString nativeName;  // "Deutsch"
    };

    static QList<Language> available();
    // Where the .qm files are: next to the executable (../share/bootlace/translations), the
    // build tree, then the install prefix. Empty when none is found.
    static QString directory();
    // Installs the translators for `code` (empty: the system locale) into the application;
    // returns the language actually loaded ("en" when nothing matched).
    static QString install(QCoreApplication *app, const QString &code);
};

} // namespace Bootlace
