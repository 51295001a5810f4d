#include "publish/publishtargetsdialog.h"

#include "model/commands/editpublishtargets.h"
#include "model/projectmodel.h"
#include "secrets/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Bootlace {

PublishTargetsDialog::PublishTargetsDialog(ProjectModel *model, QUndoStack *stack, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_stack(stack)
    , m_targets(model->project().targets)
{
    setWindowTitle(tr("Publish Targets"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("targetList"));
    left->addWidget(m_list);
    auto *addButton = new QPushButton(tr("&Add"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    addButton->setObjectName(QStringLiteral("add"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(removeButton);
    left->addLayout(listButtons);
    row->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (PublishTarget::Kind k : {PublishTarget::Kind::Directory, PublishTarget::Kind::Tftp, PublishTarget::Kind::WebDav,
                                  PublishTarget::Kind::Sftp})
        m_kind->addItem(PublishTarget::kindDisplayName(k), int(k));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setPlaceholderText(tr("publish/  or  tftp://boot.lan/  or  https://web.lan/dav/  or  sftp://boot.lan/srv/tftp/"));
    m_username = new QLineEdit(this);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setPlaceholderText(tr("http://boot.lan/ (where clients load the menu from)"));
    m_mode = new QLineEdit(this);
    m_mode->setInputMask(QStringLiteral("9999"));
    m_key = new QLineEdit(this);
    m_knownHosts = new QLineEdit(this);
    m_knownHosts->setPlaceholderText(tr("~/.ssh/known_hosts"));
    auto *password = new QPushButton(tr("Set &Password..."), this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Folder or URL:"), m_location);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("HTTP &base URL:"), m_baseUrl);
    form->addRow(tr("File &mode:"), m_mode);
    form->addRow(tr("SSH &key file:"), m_key);
    form->addRow(tr("Known &hosts file:"), m_knownHosts);
    form->addRow(QString(), password);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    row->addLayout(form, 2);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PublishTargetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addButton, &QPushButton::clicked, this, &PublishTargetsDialog::add);
    connect(removeButton, &QPushButton::clicked, this, &PublishTargetsDialog::remove);
    connect(password, &QPushButton::clicked, this, &PublishTargetsDialog::setPassword);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int r) {
        store();
        load(r);
    });
    for (QLineEdit *edit : {m_name, m_location, m_username, m_baseUrl, m_mode, m_key, m_knownHosts})
        connect(edit, &QLineEdit::textEdited, this, &PublishTargetsDialog::store);
    connect(m_kind, &QComboBox::activated, this, &PublishTargetsDialog::store);

    for (const PublishTarget &t : std::as_const(m_targets))
        m_list->addItem(t.name);
    if (!m_targets.isEmpty())
        m_list->setCurrentRow(0);
    else
        load(-1);
    resize(760, 380);
}

PublishTargetsDialog::~PublishTargetsDialog() = default;

void PublishTargetsDialog::load(int row)
{
    m_row = -1; // no store() while the fields are filled
    const bool valid = row >= 0 && row < m_targets.size();
    const PublishTarget t = valid ? m_targets.at(row) : PublishTarget();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_location, m_username, m_baseUrl, m_mode, m_key,
                                                       m_knownHosts})
        w->setEnabled(valid);
    m_name->setText(t.name);
    m_kind->setCurrentIndex(m_kind->findData(int(t.kind)));
    m_location->setText(t.location);
    m_username->setText(t.username);
    m_baseUrl->setText(t.httpBaseUrl);
    m_mode->setText(QStringLiteral("%1").arg(t.fileMode, 4, 8, QLatin1Char('0')));
    m_key->setText(t.sshKeyFile);
    m_knownHosts->setText(t.knownHostsFile);
    m_problem->setText(valid ? t.validate() : QString());
    m_row = valid ? row : -1;
}

void PublishTargetsDialog::store()
{
    if (m_row < 0 || m_row >= m_targets.size())
        return;
    PublishTarget &t = m_targets[m_row];
    t.name = m_name->text().trimmed();
    t.kind = PublishTarget::Kind(m_kind->currentData().toInt());
    t.location = m_location->text().trimmed();
    t.username = m_username->text().trimmed();
    t.httpBaseUrl = m_baseUrl->text().trimmed();
    bool ok = false;
    const int mode = m_mode->text().toInt(&ok, 8);
    t.fileMode = ok ? mode : PublishTarget::DefaultFileMode;
    t.sshKeyFile = m_key->text().trimmed();
    t.knownHostsFile = m_knownHosts->text().trimmed();
    m_list->item(m_row)->setText(t.name);
    m_problem->setText(t.validate());
}

void PublishTargetsDialog::add()
{
    store();
    PublishTarget t;
    QString name = tr("target");
    for (int n = 2; std::any_of(m_targets.begin(), m_targets.end(), [&](const PublishTarget &x) { return x.name == name; }); ++n)
        name = tr("target") + QString::number(n);
    t.name = name;
    t.location = QStringLiteral("publish/");
    m_targets << t;
    m_list->addItem(t.name);
    m_list->setCurrentRow(int(m_targets.size() - 1));
    m_name->setFocus();
    m_name->selectAll();
}

void PublishTargetsDialog::remove()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_row = -1;
    m_targets.removeAt(row);
    delete m_list->takeItem(row);
    load(m_list->currentRow());
}

void PublishTargetsDialog::setPassword()
{
    store();
    if (m_row < 0)
        return;
    const PublishTarget t = m_targets.at(m_row);
    bool ok = false;
    const QString secret = QInputDialog::getText(this, tr("Password for %1").arg(t.name),
                                                 t.sshKeyFile.isEmpty() ? tr("Password:") : tr("Key passphrase:"),
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    SecretStore::write(t.secretKey(), secret, this, [this](const SecretStore::Result &r) {
        m_problem->setText(r.ok() ? tr("The password is kept in the keychain.") : r.message);
    });
}

void PublishTargetsDialog::accept()
{
    store();
    QStringList names;
    for (int i = 0; i < m_targets.size(); ++i) {
        const QString problem = m_targets.at(i).validate();
        const QString name = m_targets.at(i).name;
        if (!problem.isEmpty() || names.contains(name)) {
            m_list->setCurrentRow(i);
            m_problem->setText(problem.isEmpty() ? tr("Two targets are called \"%1\".").arg(name) : problem);
            return;
        }
        names << name;
    }
    if (m_targets != m_model->project().targets)
        m_stack->push(new EditPublishTargets(m_model, m_targets));
    QDialog::accept();
}

} // namespace Bootlace
