#include "publish/publishdialog.h"

#include "model/projectfile.h"
#include "publish/publishhistory.h"
#include "publish/publishjob.h"
#include "publish/publishset.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Bootlace {

namespace {

enum Column { NameColumn, WhereColumn, ProgressColumn, ResultColumn };

} // namespace

PublishDialog::PublishDialog(const Project &project, const QString &projectFile, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_projectFile(projectFile)
    , m_targets(project.targets)
{
    setWindowTitle(tr("Publish"));
    auto *layout = new QVBoxLayout(this);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("targets"));
    m_list->setHeaderLabels({tr("Target"), tr("Where"), tr("Progress"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    layout->addWidget(new QLabel(tr("Publish to:"), this));
    layout->addWidget(m_list);

    m_bootstrap = new QCheckBox(tr("Also publish &bootstrap.ipxe (the script to embed in iPXE)"), this);
    layout->addWidget(m_bootstrap);

    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("gate"));
    m_gate->setWordWrap(true);
    m_gate->setTextFormat(Qt::PlainText);
    m_override = new QCheckBox(tr("Publish &anyway, this once"), this);
    m_override->setObjectName(QStringLiteral("override"));
    layout->addWidget(m_gate);
    layout->addWidget(m_override);
    const QStringList problems = PublishSet(m_project).gateProblems();
    m_gate->setVisible(!problems.isEmpty());
    m_override->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        m_gate->setText(tr("The menu has %n problem(s) that would break booting or leak a secret:", nullptr,
                           int(problems.size()))
                        + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));

    m_diff = new QPlainTextEdit(this);
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(tr("Preview Changes shows here what each target will get."));
    layout->addWidget(m_diff, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_preview = buttons->addButton(tr("Pre&view Changes"), QDialogButtonBox::ActionRole);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_publish->setObjectName(QStringLiteral("publish"));
    m_close->setObjectName(QStringLiteral("close"));
    layout->addWidget(buttons);
    connect(m_preview, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_publish, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_close, &QPushButton::clicked, this, &PublishDialog::reject);
    connect(m_override, &QCheckBox::toggled, this, &PublishDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemChanged, this, &PublishDialog::updateButtons);

    setRollback({}, m_targets, {}, {});
    resize(760, 520);
}

PublishDialog::~PublishDialog() = default;

void PublishDialog::setRollback(const QString &entryId, const QList<PublishTarget> &targets,
                                const QList<PublishFiles> &files, const QByteArray &projectJson)
{
    m_rollbackOf = entryId;
    m_targets = targets;
    m_rollbackFiles = files;
    m_rollbackProject = projectJson;
    if (!entryId.isEmpty()) {
        setWindowTitle(tr("Roll Back to %1").arg(entryId));
        m_bootstrap->hide();
        m_gate->hide();
        m_override->hide();
        m_publish->setText(tr("&Roll Back"));
    }
    m_list->clear();
    for (const PublishTarget &t : m_targets) {
        auto *item = new QTreeWidgetItem(m_list, {t.name, PublishTarget::kindDisplayName(t.kind) + QStringLiteral(": ")
                                                              + t.location});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, Qt::Checked);
        auto *bar = new QProgressBar(m_list);
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setTextVisible(false);
        m_list->setItemWidget(item, ProgressColumn, bar);
    }
    m_list->resizeColumnToContents(NameColumn);
    updateButtons();
}

bool PublishDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

QList<int> PublishDialog::checkedTargets() const
{
    QList<int> list;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->checkState(NameColumn) == Qt::Checked)
            list << i;
    }
    return list;
}

void PublishDialog::updateButtons()
{
    const bool running = isRunning();
    const bool any = !checkedTargets().isEmpty();
    const bool gateOpen = m_override->isHidden() || m_override->isChecked();
    m_preview->setEnabled(!running && any);
    m_publish->setEnabled(!running && any && gateOpen && !m_projectFile.isEmpty());
    m_publish->setToolTip(m_projectFile.isEmpty() ? tr("Save the project first: its publish history is kept next to it.")
                                                  : QString());
    m_close->setText(running ? tr("&Cancel") : tr("&Close"));
    m_list->setEnabled(!running);
    m_bootstrap->setEnabled(!running);
}

void PublishDialog::reject()
{
    if (isRunning()) {
        m_job->cancel(); // the dialog stays until the job has stopped
        m_close->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void PublishDialog::start(bool dryRun)
{
    m_running = checkedTargets();
    // A publish keeps the preview's diff on screen: it is what the publish changes.
    if (dryRun)
        m_diff->clear();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        m_list->topLevelItem(i)->setText(ResultColumn, QString());
        static_cast<QProgressBar *>(m_list->itemWidget(m_list->topLevelItem(i), ProgressColumn))->setValue(0);
    }
    for (int i : std::as_const(m_running))
        m_list->topLevelItem(i)->setText(ResultColumn, tr("Waiting for the keychain..."));
    m_preview->setEnabled(false);
    m_publish->setEnabled(false);
    resolvePasswords(dryRun, 0, {});
}

// Reads the passwords one after the other without blocking: environment first, then keychain.
void PublishDialog::resolvePasswords(bool dryRun, int index, QList<QString> passwords)
{
    if (index == m_running.size()) {
        run(dryRun, passwords);
        return;
    }
    const PublishTarget &t = m_targets.at(m_running.at(index));
    const QByteArray env = qgetenv(t.environmentVariable().toLatin1().constData());
    if (!t.usesPassword() || !env.isEmpty()) {
        passwords << QString::fromUtf8(env);
        resolvePasswords(dryRun, index + 1, passwords);
        return;
    }
    SecretStore::read(t.secretKey(), this, [this, dryRun, index, passwords](const SecretStore::Result &r) mutable {
        passwords << (r.ok() ? r.secret : QString());
        resolvePasswords(dryRun, index + 1, passwords);
    });
}

void PublishDialog::run(bool dryRun, const QList<QString> &passwords)
{
    m_job = std::make_unique<PublishJob>();
    m_job->setDryRun(dryRun);
    m_job->setProjectDir(m_projectFile.isEmpty() ? QString() : QFileInfo(m_projectFile).absolutePath());
    m_given.clear();
    PublishSet set(m_project);
    set.setIncludeBootstrap(m_bootstrap->isChecked());
    for (qsizetype n = 0; n < m_running.size(); ++n) {
        const int i = m_running.at(n);
        PublishFiles files;
        if (!m_rollbackOf.isEmpty()) {
            files = m_rollbackFiles.value(i);
        } else {
            QString error;
            files = set.filesFor(m_targets.at(i), &error);
            if (!error.isEmpty()) {
                m_list->topLevelItem(i)->setText(ResultColumn, error);
                m_job.reset();
                updateButtons();
                return;
            }
        }
        m_job->addTarget(m_targets.at(i), passwords.value(n), files);
        m_given << files;
    }
    for (int i : std::as_const(m_running))
        m_list->topLevelItem(i)->setText(ResultColumn, dryRun ? tr("Reading...") : tr("Publishing..."));
    connect(m_job.get(), &PublishJob::progress, this, [this](int n, qint64 done, qint64 total) {
        auto *bar = static_cast<QProgressBar *>(m_list->itemWidget(m_list->topLevelItem(m_running.at(n)), ProgressColumn));
        bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job.get(), &PublishJob::targetFinished, this, [this, dryRun](int n) {
        const PublishJob::TargetResult &r = m_job->results().at(n);
        QTreeWidgetItem *item = m_list->topLevelItem(m_running.at(n));
        static_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn))->setValue(r.ok() ? 1000 : 0);
        QString text;
        if (!r.ok())
            text = r.error.message;
        else if (dryRun)
            text = r.diff.isEmpty() ? tr("No changes") : tr("Changes shown below");
        else
            text = tr("Published and verified (%n file(s))", nullptr, int(r.files.size()));
        item->setText(ResultColumn, text);
        item->setToolTip(ResultColumn, text);
        item->setForeground(ResultColumn, r.ok() ? palette().text() : QBrush(Qt::red));
    });
    connect(m_job.get(), &PublishJob::finished, this, [this, dryRun] { finished(dryRun); });
    m_job->start();
    updateButtons();
}

void PublishDialog::finished(bool dryRun)
{
    bool ok = true;
    QString diff;
    for (const PublishJob::TargetResult &r : m_job->results()) {
        ok = ok && r.ok();
        if (dryRun)
            diff += QStringLiteral("== ") + r.target.name + QLatin1Char('\n')
                + (r.ok() ? (r.diff.isEmpty() ? tr("(no changes)") + QLatin1Char('\n') : r.diff)
                          : r.error.message + QLatin1Char('\n'));
    }
    if (dryRun) {
        m_diff->setPlainText(diff);
    } else {
        PublishHistory history(m_projectFile);
        QString error;
        const QByteArray projectJson = m_rollbackOf.isEmpty() ? ProjectFile::serialize(m_project) : m_rollbackProject;
        m_lastHistoryId = history.record(m_job->results(), m_given, projectJson,
                                         m_rollbackOf.isEmpty() ? QStringLiteral("publish") : QStringLiteral("rollback"),
                                         m_rollbackOf, &error);
        const QString note = m_lastHistoryId.isEmpty()
            ? tr("The publish could not be recorded in the history: %1").arg(error)
            : tr("Recorded in the publish history as %1.").arg(m_lastHistoryId);
        const QString shown = m_diff->toPlainText();
        m_diff->setPlainText(shown.isEmpty() ? note : note + QStringLiteral("\n\n") + shown);
    }
    m_close->setEnabled(true);
    updateButtons();
    if (!dryRun)
        Q_EMIT publishFinished(ok);
}

} // namespace Bootlace
