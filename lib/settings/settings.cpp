#include "settings/settings.h"

#include <QFileInfo>
#include <QSettings>

namespace Bootlace {

namespace {
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLintProfile = QStringLiteral("lint/profileOverride");
const QString kPreviewTheme = QStringLiteral("preview/theme");
const QString kAutosave = QStringLiteral("recovery/autosaveSeconds");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGitlabInstances = QStringLiteral("gitlab/instances");
constexpr int kDefaultAutosaveSeconds = 30;
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QStringLiteral("Bootlace"), QStringLiteral("Bootlace")))
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QStringList Settings::recentFiles() const
{
    return m_settings->value(kRecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecentFiles, files);
    Q_EMIT recentFilesChanged();
}

void Settings::removeRecentFile(const QString &fileName)
{
    QStringList files = recentFiles();
    if (files.removeAll(QFileInfo(fileName).absoluteFilePath()) == 0)
        return;
    m_settings->setValue(kRecentFiles, files);
    Q_EMIT recentFilesChanged();
}

QString Settings::lintProfileOverride() const
{
    return m_settings->value(kLintProfile).toString();
}

void Settings::setLintProfileOverride(const QString &profile)
{
    if (profile == lintProfileOverride())
        return;
    m_settings->setValue(kLintProfile, profile);
    Q_EMIT lintProfileOverrideChanged();
}

Settings::PreviewTheme Settings::previewTheme() const
{
    const int v = m_settings->value(kPreviewTheme, int(PreviewTheme::FollowPalette)).toInt();
    return (v >= int(PreviewTheme::FollowPalette) && v <= int(PreviewTheme::Dark)) ? PreviewTheme(v)
                                                                                     : PreviewTheme::FollowPalette;
}

void Settings::setPreviewTheme(PreviewTheme theme)
{
    if (theme == previewTheme())
        return;
    m_settings->setValue(kPreviewTheme, int(theme));
    Q_EMIT previewThemeChanged();
}

int Settings::autosaveIntervalSeconds() const
{
    bool ok = false;
    const int v = m_settings->value(kAutosave, kDefaultAutosaveSeconds).toInt(&ok);
    return ok && v >= 0 ? v : kDefaultAutosaveSeconds;
}

void Settings::setAutosaveIntervalSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    if (seconds == autosaveIntervalSeconds())
        return;
    m_settings->setValue(kAutosave, seconds);
    Q_EMIT autosaveIntervalChanged();
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

void Settings::sync()
{
    m_settings->sync();
}

QStringList Settings::gitlabInstances() const
{
    return m_settings->value(kGitlabInstances).toStringList();
}

void Settings::setGitlabInstances(const QStringList &baseUrls)
{
    if (baseUrls == gitlabInstances())
        return;
    m_settings->setValue(kGitlabInstances, baseUrls);
    Q_EMIT gitlabInstancesChanged();
}

} // namespace Bootlace
