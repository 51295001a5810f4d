#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Bootlace {

QList<Languages::Language> Languages::available()
{
    // Native names are not translated: a user looks for their own language by its own name.
    return {
        {QString(), QCoreApplication::translate("Bootlace::Languages", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QString Languages::directory()
{
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/bootlace/translations"),
        QStringLiteral(BOOTLACE_BUILD_DATA_DIR "/translations"),
        QStringLiteral(BOOTLACE_INSTALL_DATA_DIR "/translations"),
    };
    for (const QString &dir : candidates) {
        if (QFileInfo::exists(dir + QStringLiteral("/bootlace_de.qm")))
            return QDir::cleanPath(dir);
    }
    return {};
}

QString Languages::install(QCoreApplication *app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("bootlace"), QStringLiteral("_"), directory())) {
        delete own;
        return QStringLiteral("en");
    }
    app->installTranslator(own);
    // Qt's own strings (standard buttons, context menus, file dialogs).
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return own->language().section(QLatin1Char('_'), 0, 0); // "de_DE" -> "de"
}

} // namespace Bootlace
