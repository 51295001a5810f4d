#include "gitlab/gitlabaccountsdialog.h"

#include "gitlab/gitlabaccounts.h"
#include "gitlab/gitlabclient.h"
#include "gitlab/tokenvalidation.h"
#include "settings/settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bootlace {

GitlabAccountsDialog::GitlabAccountsDialog(Settings *settings, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_network(network)
{
    setWindowTitle(tr("GitLab accounts"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accounts"));
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("C&heck token"), this);
    m_check->setObjectName(QStringLiteral("check"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    buttons->addStretch();
    buttons->addWidget(m_check);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://gitlab.com"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("personal access token with the read_api scope"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("add"));
    form->addRow(tr("Instance &URL:"), m_url);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_add);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &GitlabAccountsDialog::addAccount);
    connect(m_check, &QPushButton::clicked, this, &GitlabAccountsDialog::validateSelected);
    connect(m_remove, &QPushButton::clicked, this, &GitlabAccountsDialog::removeSelected);
    reload();
}

GitlabAccountsDialog::~GitlabAccountsDialog() = default;

QString GitlabAccountsDialog::resultText() const
{
    return m_result->text();
}

void GitlabAccountsDialog::reload()
{
    m_list->clear();
    for (const GitlabInstance &i : GitlabAccounts::instances(*m_settings))
        m_list->addItem(i.baseUrlString());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_check->setEnabled(m_list->count() > 0);
    m_remove->setEnabled(m_list->count() > 0);
}

void GitlabAccountsDialog::setBusy(bool busy)
{
    m_add->setEnabled(!busy);
    m_check->setEnabled(!busy && m_list->count() > 0);
    m_remove->setEnabled(!busy && m_list->count() > 0);
}

void GitlabAccountsDialog::addAccount()
{
    QString error;
    const GitlabInstance instance = GitlabInstance::fromUserInput(m_url->text(), &error);
    if (!instance.isValid()) {
        m_result->setText(error);
        return;
    }
    if (m_token->text().trimmed().isEmpty()) {
        m_result->setText(tr("Paste a personal access token with the read_api scope."));
        return;
    }
    validate(instance.baseUrlString(), m_token->text().trimmed(), true);
}

void GitlabAccountsDialog::validateSelected()
{
    if (!m_list->currentItem())
        return;
    const GitlabInstance instance = GitlabInstance::fromUserInput(m_list->currentItem()->text());
    setBusy(true);
    GitlabAccounts::token(instance, this, [this, instance](const QString &token, const QString &message) {
        if (token.isEmpty()) {
            setBusy(false);
            m_result->setText(message);
            return;
        }
        validate(instance.baseUrlString(), token, false);
    });
}

void GitlabAccountsDialog::removeSelected()
{
    if (!m_list->currentItem())
        return;
    const GitlabInstance instance = GitlabInstance::fromUserInput(m_list->currentItem()->text());
    setBusy(true);
    GitlabAccounts::remove(m_settings, instance, this, [this, instance](bool ok, const QString &message) {
        setBusy(false);
        m_result->setText(ok ? tr("Removed %1 and its token.").arg(instance.baseUrlString()) : message);
        reload();
    });
}

void GitlabAccountsDialog::validate(const QString &url, const QString &token, bool saveAfter)
{
    const GitlabInstance instance = GitlabInstance::fromUserInput(url);
    delete m_client;
    m_client = new GitlabClient(m_network, instance, token, this);
    auto *validation = new TokenValidation(m_client, m_client);
    setBusy(true);
    m_result->setText(tr("Checking the token with %1…").arg(instance.baseUrlString()));
    connect(validation, &TokenValidation::finished, this, [this, validation, instance, token, saveAfter] {
        if (!validation->ok()) {
            setBusy(false);
            m_result->setText(validation->errorString());
            return;
        }
        const GitlabTokenInfo &info = validation->info();
        QString text = tr("Token “%1” of %2 (%3). Scopes: %4. Expires: %5.")
                           .arg(info.name, info.displayName, info.username, info.scopes.join(QStringLiteral(", ")),
                                info.expiresAt.isValid() ? QLocale().toString(info.expiresAt, QLocale::ShortFormat) : tr("never"));
        for (const QString &w : info.warnings(QDate::currentDate()))
            text += QStringLiteral("\n⚠ ") + w;
        if (!saveAfter) {
            setBusy(false);
            m_result->setText(text);
            return;
        }
        GitlabAccounts::save(m_settings, instance, token, this, [this, text](bool ok, const QString &message) {
            setBusy(false);
            if (!ok) {
                m_result->setText(tr("The token was not saved: %1").arg(message));
                return;
            }
            m_token->clear();
            m_result->setText(text + QStringLiteral("\n") + tr("Saved; the token is in the keychain."));
            reload();
        });
    });
    validation->start();
}

} // namespace Bootlace
