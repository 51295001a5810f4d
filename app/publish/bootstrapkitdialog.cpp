#include "publish/bootstrapkitdialog.h"

#include "publish/bootstrapkit.h"
#include "publish/publishset.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Bootlace {

BootstrapKitDialog::BootstrapKitDialog(const Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setWindowTitle(tr("Bootstrap Kit"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    for (const PublishTarget &t : m_project.targets) {
        const QString url = t.clientUrl(PublishSet::menuFileName());
        if (!url.isEmpty())
            m_target->addItem(t.name + QStringLiteral(" (") + url + QLatin1Char(')'), url);
    }
    m_dhcp = new QComboBox(this);
    m_dhcp->setObjectName(QStringLiteral("dhcp"));
    m_dhcp->addItem(tr("dnsmasq"), int(BootstrapKit::Dhcp::Dnsmasq));
    m_dhcp->addItem(tr("ISC dhcpd"), int(BootstrapKit::Dhcp::IscDhcpd));
    m_dhcp->addItem(tr("Kea"), int(BootstrapKit::Dhcp::Kea));
    m_dhcp->addItem(tr("pfSense"), int(BootstrapKit::Dhcp::PfSense));
    m_tftpServer = new QLineEdit(this);
    m_tftpServer->setPlaceholderText(tr("the menu server's host"));
    form->addRow(tr("Menu &from:"), m_target);
    form->addRow(tr("&DHCP server:"), m_dhcp);
    form->addRow(tr("&TFTP server (iPXE binaries):"), m_tftpServer);
    layout->addLayout(form);

    auto addBox = [this, layout](const QString &title, QPlainTextEdit **edit, const QString &name) {
        layout->addWidget(new QLabel(title, this));
        *edit = new QPlainTextEdit(this);
        (*edit)->setObjectName(name);
        (*edit)->setReadOnly(true);
        (*edit)->setLineWrapMode(QPlainTextEdit::NoWrap);
        (*edit)->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(*edit, 1);
        auto *copy = new QPushButton(tr("&Copy"), this);
        copy->setObjectName(name + QStringLiteral("Copy"));
        QPlainTextEdit *target = *edit;
        connect(copy, &QPushButton::clicked, this, [target] { QGuiApplication::clipboard()->setText(target->toPlainText()); });
        layout->addWidget(copy, 0, Qt::AlignRight);
    };
    addBox(tr("Script to embed (make bin/undionly.kpxe EMBED=bootstrap.ipxe):"), &m_script, QStringLiteral("script"));
    addBox(tr("DHCP server configuration:"), &m_snippet, QStringLiteral("snippet"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_target, &QComboBox::currentIndexChanged, this, &BootstrapKitDialog::update);
    connect(m_dhcp, &QComboBox::currentIndexChanged, this, &BootstrapKitDialog::update);
    connect(m_tftpServer, &QLineEdit::textChanged, this, &BootstrapKitDialog::update);
    update();
    resize(720, 620);
}

BootstrapKitDialog::~BootstrapKitDialog() = default;

void BootstrapKitDialog::update()
{
    const QString url = m_target->currentData().toString();
    if (url.isEmpty()) {
        m_script->setPlainText(tr("No target says where clients load the menu from: give one an HTTP base URL "
                                  "(Project > Publish Targets)."));
        m_snippet->clear();
        return;
    }
    m_script->setPlainText(BootstrapKit::script(url));
    const QString server = m_tftpServer->text().trimmed().isEmpty() ? QUrl(url).host() : m_tftpServer->text().trimmed();
    m_snippet->setPlainText(BootstrapKit::dhcpSnippet(BootstrapKit::Dhcp(m_dhcp->currentData().toInt()), url, server));
}

} // namespace Bootlace
