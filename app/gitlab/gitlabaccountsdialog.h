#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace Bootlace {

class GitlabClient;
class Settings;
class TokenValidation;

// GitLab accounts: add an instance with a token (checked first: owner, scopes, expiry, with
// warnings for a missing read_api scope or an expiry within 14 days), check a saved one again,
// remove one. Tokens go to the keychain only; without a keychain nothing is saved and the
// dialog says what to install or start.
class GitlabAccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitlabAccountsDialog)

public:
    GitlabAccountsDialog(Settings *settings, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~GitlabAccountsDialog() override;

    QString resultText() const;

private:
    void reload();
    void addAccount();
    void validateSelected();
    void removeSelected();
    void validate(const QString &instance, const QString &token, bool saveAfter);
    void setBusy(bool busy);

    Settings *m_settings;
    QNetworkAccessManager *m_network;
    QListWidget *m_list = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_result = nullptr;
    GitlabClient *m_client = nullptr;
};

} // namespace Bootlace
