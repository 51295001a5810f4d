#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Bootlace {

// The one typed facade over the application's settings; no other code touches QSettings keys.
// Holds preferences and window state only: tokens and passwords never go here (they live in
// the OS keychain).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class PreviewTheme { FollowPalette, Light, Dark };
    Q_ENUM(PreviewTheme)

    static constexpr int MaxRecentFiles = 10;

    // The user's settings (native format, organisation "Bootlace").
    explicit Settings(QObject *parent = nullptr);
    // Settings in an INI file, for tests and portable setups.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    QStringList recentFiles() const;
    void addRecentFile(const QString &fileName); // most recent first, no duplicates, capped
    void removeRecentFile(const QString &fileName);

    // Empty: lint against each project's own build profile.
    QString lintProfileOverride() const;
    void setLintProfileOverride(const QString &profile);

    PreviewTheme previewTheme() const;
    void setPreviewTheme(PreviewTheme theme);

    // Seconds between autosaves of unsaved work for crash recovery; 0 turns autosave off.
    int autosaveIntervalSeconds() const;
    void setAutosaveIntervalSeconds(int seconds);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Empty: the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    // Base URLs of the GitLab instances the user added (e.g. https://gitlab.com,
    // https://example.org/gitlab). Only the URLs: each token lives in the keychain.
    QStringList gitlabInstances() const;
    void setGitlabInstances(const QStringList &baseUrls);

    void sync();

Q_SIGNALS:
    void recentFilesChanged();
    void lintProfileOverrideChanged();
    void previewThemeChanged();
    void autosaveIntervalChanged();
    void gitlabInstancesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Bootlace
