#include "publish/publishdialog.h"

#include "gitlab/gitlabaccounts.h"
#include "gitlab/sourceresolver.h"
#include "model/projectfile.h"
#include "publish/artifactmirror.h"
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
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Bootlace {

namespace {

enum Column { NameColumn, WhereColumn, ProgressColumn, ResultColumn };

// "4:05": minutes and seconds, the way download dialogs show the time left.
QString minutesSeconds(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

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

    m_mirrorLabel = new QLabel(this);
    m_mirrorLabel->setObjectName(QStringLiteral("mirror"));
    m_mirrorLabel->setWordWrap(true);
    m_mirrorLabel->setTextFormat(Qt::PlainText);
    m_mirrorBar = new QProgressBar(this);
    m_mirrorBar->setObjectName(QStringLiteral("mirrorProgress"));
    m_mirrorBar->setRange(0, 1000);
    m_mirrorBar->setTextVisible(false);
    m_mirrorBar->hide();
    layout->addWidget(m_mirrorLabel);
    layout->addWidget(m_mirrorBar);
    showMirrorPlan();

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
    // The gate judges the menus the targets will get: mirrored entries point at the target.
    const QStringList problems = PublishSet(m_project).gateProblems(m_targets);
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
    return m_preparing || (m_job && m_job->isRunning());
}

QNetworkAccessManager *PublishDialog::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

void PublishDialog::showMirrorPlan()
{
    const QList<ArtifactMirror::File> files = ArtifactMirror::plan(m_project);
    m_mirrorLabel->setVisible(!files.isEmpty() && m_rollbackOf.isEmpty());
    if (files.isEmpty())
        return;
    QStringList names;
    for (const ArtifactMirror::File &f : files)
        names << f.fileName;
    const int count = int(files.size());
    m_mirrorLabel->setText(tr("%n file(s) of private GitLab projects will be downloaded and published next to the "
                              "menu, because iPXE cannot send a token: %1.",
                              nullptr, count)
                               .arg(names.join(QStringLiteral(", "))));
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
    if (m_preparing) {
        // Stops at the next step; a download in progress keeps its part for the next publish.
        m_cancelled = true;
        if (m_mirror && m_mirror->isRunning())
            m_mirror->cancel();
        m_close->setEnabled(false);
        return;
    }
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
        m_list->topLevelItem(i)->setForeground(ResultColumn, palette().text());
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
        prepare(dryRun, passwords);
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

// Before the upload: GitLab tokens (environment, then keychain), the latest builds of followed
// branches, then the mirrored artifacts. Each step can be cancelled.
void PublishDialog::prepare(bool dryRun, const QList<QString> &passwords)
{
    if (!m_rollbackOf.isEmpty()) {
        run(dryRun, passwords);
        return;
    }
    m_preparing = true;
    m_cancelled = false;
    m_tokens.clear();
    QStringList instances = ArtifactMirror::instancesOf(ArtifactMirror::plan(m_project));
    for (const Menu &menu : std::as_const(m_project.menus)) {
        for (const Item &item : menu.items) {
            if (item.source.strategy == ArtifactSource::Strategy::Follow && !instances.contains(item.source.instance))
                instances << item.source.instance;
        }
    }
    updateButtons();
    readTokens(dryRun, passwords, instances, 0);
}

void PublishDialog::readTokens(bool dryRun, const QList<QString> &passwords, const QStringList &instances, int index)
{
    if (index == instances.size()) {
        resolveSources(dryRun, passwords);
        return;
    }
    const QString instance = instances.at(index);
    const QString env = qEnvironmentVariable(GitlabAccounts::TokenVariable);
    if (!env.isEmpty()) {
        m_tokens.insert(instance, env);
        readTokens(dryRun, passwords, instances, index + 1);
        return;
    }
    GitlabAccounts::token(GitlabInstance::fromUserInput(instance), this,
                          [this, dryRun, passwords, instances, index, instance](const QString &token, const QString &) {
                              if (!token.isEmpty())
                                  m_tokens.insert(instance, token);
                              readTokens(dryRun, passwords, instances, index + 1);
                          });
}

void PublishDialog::resolveSources(bool dryRun, const QList<QString> &passwords)
{
    if (m_cancelled) {
        stopPreparing(tr("Cancelled."));
        return;
    }
    if (!SourceResolver::needsResolving(m_project)) {
        m_prepared = m_project;
        m_set = std::make_unique<PublishSet>(m_prepared);
        mirror(dryRun, passwords);
        return;
    }
    m_mirrorLabel->show();
    m_mirrorLabel->setText(tr("Looking up the latest builds of the entries that follow a branch..."));
    m_resolver = std::make_unique<SourceResolver>(network(), [this](const QString &instance) { return m_tokens.value(instance); });
    connect(m_resolver.get(), &SourceResolver::finished, this, [this, dryRun, passwords] {
        m_prepared = m_resolver->result();
        // An entry whose branch cannot be looked up keeps its last build; say so, then go on.
        const QStringList errors = m_resolver->errors();
        m_resolver.release()->deleteLater();
        m_set = std::make_unique<PublishSet>(m_prepared);
        if (!errors.isEmpty())
            m_diff->setPlainText(tr("Kept the last known build of:") + QLatin1Char('\n') + errors.join(QLatin1Char('\n')));
        mirror(dryRun, passwords);
    });
    m_resolver->resolve(m_project);
}

void PublishDialog::mirror(bool dryRun, const QList<QString> &passwords)
{
    if (m_cancelled) {
        stopPreparing(tr("Cancelled."));
        return;
    }
    if (!m_set->needsMirroring()) {
        m_preparing = false;
        run(dryRun, passwords);
        return;
    }
    // A target that could not serve the files is named before anything is downloaded.
    bool refused = false;
    for (int i : std::as_const(m_running)) {
        QString error;
        m_set->scriptFor(m_targets.at(i), &error);
        if (!error.isEmpty()) {
            m_list->topLevelItem(i)->setText(ResultColumn, error);
            m_list->topLevelItem(i)->setToolTip(ResultColumn, error);
            m_list->topLevelItem(i)->setForeground(ResultColumn, QBrush(Qt::red));
            refused = true;
        }
    }
    if (refused) {
        stopPreparing(tr("Nothing was published: a target cannot serve the mirrored artifacts."));
        return;
    }
    for (const QString &instance : ArtifactMirror::instancesOf(m_set->mirroredFiles())) {
        if (!m_tokens.contains(instance)) {
            stopPreparing(tr("Nothing was published: there is no GitLab token for %1 to download the artifacts of "
                             "its private projects with. Add the account in Project ▸ GitLab Accounts.")
                              .arg(instance));
            return;
        }
    }
    m_mirror = std::make_unique<ArtifactMirror>(network(), [this](const QString &instance) { return m_tokens.value(instance); },
                                                ArtifactCache::defaultDirectory());
    m_mirrorLabel->show();
    m_mirrorBar->show();
    m_mirrorBar->setValue(0);
    m_mirrorLabel->setText(tr("Downloading the artifacts of private GitLab projects..."));
    for (int i : std::as_const(m_running))
        m_list->topLevelItem(i)->setText(ResultColumn, tr("Waiting for the mirrored artifacts..."));
    connect(m_mirror.get(), &ArtifactMirror::progress, this, [this](qint64 done, qint64 total, qint64 speed, int left) {
        const QLocale locale;
        m_mirrorBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
        const QString amount = tr("Downloading %1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
        if (speed <= 0)
            m_mirrorLabel->setText(amount);
        else if (left < 0)
            m_mirrorLabel->setText(tr("%1, %2/s").arg(amount, locale.formattedDataSize(speed)));
        else
            m_mirrorLabel->setText(tr("%1, %2/s, %3 left").arg(amount, locale.formattedDataSize(speed), minutesSeconds(left)));
    });
    connect(m_mirror.get(), &ArtifactMirror::finished, this, [this, dryRun, passwords] {
        ArtifactMirror *mirror = m_mirror.release();
        mirror->deleteLater();
        if (!mirror->ok()) {
            stopPreparing(m_cancelled ? tr("Cancelled; what was downloaded is kept for the next publish.")
                                      : tr("Nothing was published: the artifacts could not be mirrored.")
                                          + QLatin1Char('\n') + mirror->errorString());
            return;
        }
        int cached = 0;
        for (const ArtifactMirror::File &f : mirror->files())
            cached += f.fromCache ? 1 : 0;
        const int count = int(mirror->files().size());
        m_mirrorBar->setValue(1000);
        m_mirrorLabel->setText(tr("Mirrored %n artifact file(s)", nullptr, count)
                               + (cached > 0 ? QStringLiteral(" ") + tr("(%n from the local cache)", nullptr, cached) : QString())
                               + QLatin1Char('.'));
        m_set->setMirroredFiles(mirror->files());
        m_preparing = false;
        run(dryRun, passwords);
    });
    m_mirror->start(m_set->mirroredFiles());
}

void PublishDialog::stopPreparing(const QString &why)
{
    m_preparing = false;
    m_mirrorLabel->show();
    m_mirrorLabel->setText(why);
    m_mirrorBar->hide();
    for (int i : std::as_const(m_running)) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->foreground(ResultColumn).color() != Qt::red)
            item->setText(ResultColumn, tr("Not published"));
    }
    m_close->setEnabled(true);
    updateButtons();
}

void PublishDialog::run(bool dryRun, const QList<QString> &passwords)
{
    m_job = std::make_unique<PublishJob>();
    m_job->setDryRun(dryRun);
    m_job->setProjectDir(m_projectFile.isEmpty() ? QString() : QFileInfo(m_projectFile).absolutePath());
    m_given.clear();
    if (!m_set)
        m_set = std::make_unique<PublishSet>(m_project);
    PublishSet &set = *m_set;
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
        const QByteArray projectJson = m_rollbackOf.isEmpty() ? ProjectFile::serialize(m_prepared) : m_rollbackProject;
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
