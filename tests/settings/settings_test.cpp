#include "settings/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;

class SettingsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recentFiles()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QSignalSpy changed(&s, &Settings::recentFilesChanged);
        for (int i = 0; i < 12; ++i)
            s.addRecentFile(dir.filePath(QStringLiteral("p%1.json").arg(i)));
        s.addRecentFile(dir.filePath(QStringLiteral("p5.json")));
        const QStringList files = s.recentFiles();
        QCOMPARE(files.size(), Settings::MaxRecentFiles);
        QCOMPARE(files.front(), dir.filePath(QStringLiteral("p5.json")));
        QCOMPARE(files.count(dir.filePath(QStringLiteral("p5.json"))), 1);
        QVERIFY(!files.contains(dir.filePath(QStringLiteral("p0.json"))));
        s.removeRecentFile(dir.filePath(QStringLiteral("p5.json")));
        QVERIFY(!s.recentFiles().contains(dir.filePath(QStringLiteral("p5.json"))));
        QCOMPARE(changed.size(), 14);
    }

    void persistedAndDefaults()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings s(ini);
            QCOMPARE(s.autosaveIntervalSeconds(), 30);
            QCOMPARE(s.previewTheme(), Settings::PreviewTheme::FollowPalette);
            QVERIFY(s.lintProfileOverride().isEmpty());
            s.setAutosaveIntervalSeconds(-4);
            QCOMPARE(s.autosaveIntervalSeconds(), 0);
            s.setPreviewTheme(Settings::PreviewTheme::Dark);
            s.setLintProfileOverride(QStringLiteral("full"));
            s.sync();
        }
        Settings again(ini);
        QCOMPARE(again.autosaveIntervalSeconds(), 0);
        QCOMPARE(again.previewTheme(), Settings::PreviewTheme::Dark);
        QCOMPARE(again.lintProfileOverride(), QStringLiteral("full"));
    }

    // GitLab accounts: only the base URLs are settings (tokens live in the keychain).
    void gitlabInstances()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        const QStringList urls{QStringLiteral("https://gitlab.com"), QStringLiteral("https://example.org/gitlab")};
        {
            Settings s(ini);
            QVERIFY(s.gitlabInstances().isEmpty());
            QSignalSpy changed(&s, &Settings::gitlabInstancesChanged);
            s.setGitlabInstances(urls);
            s.setGitlabInstances(urls);
            QCOMPARE(changed.size(), 1);
            s.sync();
        }
        QCOMPARE(Settings(ini).gitlabInstances(), urls);
    }
};

QTEST_GUILESS_MAIN(SettingsTest)
#include "settings_test.moc"
