#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace Bootlace {

class Settings;

// Preferences: the iPXE build to lint against, the preview's colours and the autosave interval.
// Reads and writes through the Settings facade when accepted.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    Settings *m_settings;
    QComboBox *m_profile = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_autosave = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Bootlace
