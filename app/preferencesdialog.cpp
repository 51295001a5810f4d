#include "preferencesdialog.h"

#include "ipxe/buildprofile.h"
#include "languages.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Bootlace {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_profile(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));

    m_profile->addItem(tr("Each project's own build profile"), QString());
    for (const QString &name : BuildProfile::names())
        m_profile->addItem(BuildProfile::byName(name).displayName(), name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(settings->lintProfileOverride())));
    m_profile->setAccessibleName(tr("iPXE build to check against"));

    m_theme->addItem(tr("Follow the system colours"), int(Settings::PreviewTheme::FollowPalette));
    m_theme->addItem(tr("Light"), int(Settings::PreviewTheme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::PreviewTheme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(settings->previewTheme()))));
    m_theme->setAccessibleName(tr("Preview colours"));

    m_autosave->setRange(0, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setValue(settings->autosaveIntervalSeconds());
    m_autosave->setAccessibleName(tr("Autosave interval in seconds"));
    m_autosave->setToolTip(tr("Unsaved work is kept for crash recovery at this interval."));

    for (const Languages::Language &language : Languages::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("Takes effect when Bootlace is started the next time."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Check against:"), m_profile);
    form->addRow(tr("Preview &colours:"), m_theme);
    form->addRow(tr("&Autosave every:"), m_autosave);
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    m_settings->setLintProfileOverride(m_profile->currentData().toString());
    m_settings->setPreviewTheme(Settings::PreviewTheme(m_theme->currentData().toInt()));
    m_settings->setAutosaveIntervalSeconds(m_autosave->value());
    m_settings->setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace Bootlace
