// The GUI in German and French: the translations load from the build tree, the main window's
// menus and Qt's own buttons change language, and an unknown language falls back to English.

#include "languages.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Bootlace;
using namespace Qt::StringLiterals;

namespace {

QStringList menuTitles(const QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class LanguagesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeTranslators(); }
    void directoryFound();
    void mainWindow_data();
    void mainWindow();
    void qtButtonsTranslated();
    void unknownFallsBackToEnglish();

private:
    QTemporaryDir m_config;
};

void LanguagesTest::directoryFound()
{
    QVERIFY2(!Languages::directory().isEmpty(), "no bootlace_de.qm in the build tree: build bootlace_gui_lrelease");
    QCOMPARE(Languages::available().size(), 4);
}

void LanguagesTest::mainWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("menus");
    QTest::newRow("en") << u"en"_s << QStringList{u"&File"_s, u"&Edit"_s, u"&Project"_s};
    QTest::newRow("de") << u"de"_s << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Projekt"_s};
    QTest::newRow("fr") << u"fr"_s << QStringList{u"&Fichier"_s, u"&Édition"_s, u"&Projet"_s};
}

void LanguagesTest::mainWindow()
{
    QFETCH(QString, code);
    QFETCH(QStringList, menus);
    QCOMPARE(Languages::install(qApp, code), code);
    Settings settings(m_config.filePath(code + u".ini"_s));
    MainWindow w(&settings);
    const QStringList titles = menuTitles(w);
    for (const QString &menu : menus)
        QVERIFY2(titles.contains(menu), qPrintable(titles.join(u", "_s)));
}

void LanguagesTest::qtButtonsTranslated()
{
    QCOMPARE(Languages::install(qApp, u"de"_s), u"de"_s);
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    // The platform theme decides about the accelerator: "&Abbrechen" (GNOME, KDE) or
    // "Abbrechen" (the offscreen platform's base theme).
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
}

void LanguagesTest::unknownFallsBackToEnglish()
{
    QCOMPARE(Languages::install(qApp, u"xx"_s), u"en"_s);
    Settings settings(m_config.filePath(u"xx.ini"_s));
    MainWindow w(&settings);
    QVERIFY(menuTitles(w).contains(u"&File"_s));
}

QTEST_MAIN(LanguagesTest)
#include "languages_test.moc"
