#include "preview/scripthighlighting.h"

#include "preview/scripthighlighter.h"

#include <QCoreApplication>
#include <QDir>
#include <QPalette>
#include <QStandardPaths>
#include <QTextDocument>

#ifdef BOOTLACE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Bootlace {

namespace {

#ifdef BOOTLACE_HAVE_KSYNTAXHIGHLIGHTING
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// One repository for the whole application: loading definitions is not cheap, and every
// highlighter must not outlive the repository its definition came from.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    static const bool searchPathsAdded = [] {
        for (const QString &path : ScriptHighlighting::definitionSearchPaths())
            repo.addCustomSearchPath(path);
        return true;
    }();
    Q_UNUSED(searchPathsAdded);
    return repo;
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    using KSyntaxHighlighting::Repository;
    return repository().defaultTheme(isDark(palette) ? Repository::DarkTheme : Repository::LightTheme);
}
#endif

} // namespace

bool ScriptHighlighting::usesKSyntaxHighlighting()
{
#ifdef BOOTLACE_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QStringList ScriptHighlighting::definitionSearchPaths()
{
    QStringList paths;
#ifdef BOOTLACE_BUILD_DATA_DIR
    paths << QStringLiteral(BOOTLACE_BUILD_DATA_DIR);
#endif
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        paths << QDir::cleanPath(appDir + QStringLiteral("/../share/bootlace"));
    paths << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("bootlace"),
                                       QStandardPaths::LocateDirectory);
    QStringList existing;
    for (const QString &p : std::as_const(paths)) {
        if (!existing.contains(p) && QDir(p).exists(QStringLiteral("syntax")))
            existing << p;
    }
    return existing;
}

QSyntaxHighlighter *ScriptHighlighting::attach(QTextDocument *document, const QPalette &palette)
{
#ifdef BOOTLACE_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(QStringLiteral("iPXE"));
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setDefinition(definition);
        highlighter->setTheme(themeFor(palette));
        return highlighter;
    }
#endif
    return new ScriptHighlighter(document, palette);
}

void ScriptHighlighting::updatePalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *own = qobject_cast<ScriptHighlighter *>(highlighter)) {
        own->setPalette(palette);
        return;
    }
#ifdef BOOTLACE_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *ksh = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        ksh->setTheme(themeFor(palette));
        ksh->rehighlight();
    }
#endif
}

} // namespace Bootlace
