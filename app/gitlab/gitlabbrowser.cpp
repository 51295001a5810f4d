#include "gitlab/gitlabbrowser.h"

#include "gitlab/artifactentry.h"
#include "gitlab/artifactlisting.h"
#include "gitlab/gitlabaccounts.h"
#include "gitlab/gitlabclient.h"
#include "gitlab/gitlabrequest.h"
#include "gitlab/netbootscript.h"
#include "model/commands/additem.h"
#include "model/identifier.h"
#include "model/projectmodel.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Bootlace {

namespace {

enum Role { IdRole = Qt::UserRole + 1, PathRole };

QString age(const QDateTime &when)
{
    const qint64 s = when.secsTo(QDateTime::currentDateTimeUtc());
    // The counts are computed outside the translate() calls: lupdate 6.4 hangs on a division
    // or a template call inside one.
    const int minutes = int(std::max<qint64>(0, s / 60));
    const int hours = int(s / 3600);
    const int days = int(s / 86400);
    if (s < 3600)
        return QCoreApplication::translate("Bootlace::GitlabBrowser", "%n min ago", nullptr, minutes);
    if (s < 86400)
        return QCoreApplication::translate("Bootlace::GitlabBrowser", "%n h ago", nullptr, hours);
    return QCoreApplication::translate("Bootlace::GitlabBrowser", "%n day(s) ago", nullptr, days);
}

QString dataSize(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("–") : QLocale().formattedDataSize(bytes);
}

QTreeWidget *makeTree(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

} // namespace

GitlabBrowser::GitlabBrowser(Settings *settings, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_network(network)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("account"));
    form->addRow(tr("&Account:"), m_account);
    auto *projectRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setPlaceholderText(tr("Search projects"));
    m_search->setClearButtonEnabled(true);
    m_project = new QComboBox(this);
    m_project->setObjectName(QStringLiteral("project"));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    projectRow->addWidget(m_search, 1);
    projectRow->addWidget(m_project, 2);
    auto *projectLabel = new QLabel(tr("&Project:"), this);
    projectLabel->setBuddy(m_search);
    form->addRow(projectLabel, projectRow);
    auto *filterRow = new QHBoxLayout;
    m_ref = new QLineEdit(this);
    m_ref->setObjectName(QStringLiteral("refFilter"));
    m_ref->setPlaceholderText(tr("any branch or tag"));
    m_ref->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("any status"), QString());
    for (const char *s : {"success", "failed", "running", "pending", "canceled", "manual"})
        m_statusFilter->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    filterRow->addWidget(m_ref, 2);
    filterRow->addWidget(m_statusFilter, 1);
    filterRow->addWidget(m_refresh);
    auto *refLabel = new QLabel(tr("&Ref:"), this);
    refLabel->setBuddy(m_ref);
    form->addRow(refLabel, filterRow);
    layout->addLayout(form);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_pipelines = makeTree(splitter, QStringLiteral("pipelines"),
                           {tr("Pipeline"), tr("Status"), tr("Ref"), tr("Commit"), tr("Author"), tr("Age")});
    m_jobsView = makeTree(splitter, QStringLiteral("jobs"),
                          {tr("Job"), tr("Stage"), tr("Status"), tr("Duration"), tr("Artifacts"), tr("Expires")});
    m_files = makeTree(splitter, QStringLiteral("files"), {tr("Artifact file"), tr("Size")});
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    splitter->addWidget(m_pipelines);
    splitter->addWidget(m_jobsView);
    splitter->addWidget(m_files);
    layout->addWidget(splitter, 1);

    auto *createRow = new QHBoxLayout;
    m_follow = new QCheckBox(tr("&Follow the latest successful build of this ref"), this);
    m_follow->setObjectName(QStringLiteral("follow"));
    m_follow->setToolTip(tr("Otherwise the entry stays pinned to this job. Either way the menu names one job id, "
                            "so kernel and initrd always come from the same pipeline."));
    m_create = new QPushButton(tr("&Create entry"), this);
    m_create->setObjectName(QStringLiteral("createEntry"));
    m_create->setToolTip(tr("Select a netboot.ipxe, or a kernel followed by its initrds."));
    m_create->setEnabled(false);
    m_update = new QPushButton(tr("&Update entries to this build"), this);
    m_update->setObjectName(QStringLiteral("updateEntries"));
    m_update->setToolTip(tr("Moves every entry made from this project's job of the same name to the selected job, "
                            "in one undo step."));
    m_update->setEnabled(false);
    createRow->addWidget(m_follow, 1);
    createRow->addWidget(m_update);
    createRow->addWidget(m_create);
    layout->addLayout(createRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_timer = new QTimer(this);
    setRefreshInterval(60);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            loadPipelines();
    });
    connect(m_refresh, &QPushButton::clicked, this, &GitlabBrowser::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &GitlabBrowser::loadProjects);
    connect(m_project, &QComboBox::currentIndexChanged, this, &GitlabBrowser::loadPipelines);
    connect(m_ref, &QLineEdit::returnPressed, this, &GitlabBrowser::loadPipelines);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &GitlabBrowser::loadPipelines);
    connect(m_pipelines, &QTreeWidget::currentItemChanged, this, &GitlabBrowser::loadJobs);
    connect(m_jobsView, &QTreeWidget::currentItemChanged, this, &GitlabBrowser::loadFiles);
    connect(m_jobsView, &QTreeWidget::currentItemChanged, this,
            [this] { m_update->setEnabled(m_client && currentJob().hasArchive()); });
    connect(m_update, &QPushButton::clicked, this, [this] {
        const GitlabJob job = currentJob();
        if (!m_client || !job.hasArchive())
            return;
        ArtifactSource origin;
        origin.instance = m_client->instance().baseUrlString();
        origin.projectId = currentProject().id;
        origin.jobName = job.name;
        ArtifactSource build = origin;
        build.jobId = job.id;
        build.pipelineId = job.pipelineId;
        build.commit = job.commit;
        build.ref = job.ref;
        build.expiresAt = job.artifactsExpireAt;
        Q_EMIT updateEntriesRequested(origin, build);
    });
    connect(m_files, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_create->setEnabled(!m_files->selectedItems().isEmpty()); });
    connect(m_create, &QPushButton::clicked, this, &GitlabBrowser::createEntry);
    connect(m_account, &QComboBox::activated, this, &GitlabBrowser::connectAccount);
    if (m_settings)
        connect(m_settings, &Settings::gitlabInstancesChanged, this, &GitlabBrowser::reloadAccounts);
    reloadAccounts();
}

GitlabBrowser::~GitlabBrowser() = default;

void GitlabBrowser::connectAccount(int index)
{
    const GitlabInstance instance = GitlabInstance::fromUserInput(m_account->itemData(index).toString());
    if (!instance.isValid())
        return;
    setStatus(tr("Reading the token for %1 from the keychain…").arg(instance.baseUrlString()));
    GitlabAccounts::token(instance, this, [this, instance](const QString &token, const QString &message) {
        if (token.isEmpty()) {
            setStatus(message);
            return;
        }
        connectTo(instance, token);
    });
}

void GitlabBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The keychain is asked only once the dock is shown, not when the window opens.
    if (!m_client && m_account->count() > 0)
        connectAccount(m_account->currentIndex());
}

void GitlabBrowser::setRefreshInterval(int seconds)
{
    if (seconds > 0)
        m_timer->start(seconds * 1000);
    else
        m_timer->stop();
}

QString GitlabBrowser::statusText() const
{
    return m_status->text();
}

void GitlabBrowser::setStatus(const QString &text)
{
    m_status->setText(text);
}

void GitlabBrowser::reloadAccounts()
{
    m_account->clear();
    if (!m_settings)
        return;
    for (const GitlabInstance &i : GitlabAccounts::instances(*m_settings))
        m_account->addItem(i.baseUrlString(), i.baseUrlString());
    if (m_account->count() == 0)
        setStatus(tr("No GitLab account yet: add one with Project ▸ GitLab accounts…"));
}

void GitlabBrowser::connectTo(const GitlabInstance &instance, const QString &token)
{
    delete m_generation; // aborts whatever the previous connection still had in flight
    m_generation = new QObject(this);
    m_client = std::make_unique<GitlabClient>(m_network, instance, token);
    if (m_account->findData(instance.baseUrlString()) < 0)
        m_account->addItem(instance.baseUrlString(), instance.baseUrlString());
    m_account->setCurrentIndex(m_account->findData(instance.baseUrlString()));
    loadProjects();
}

void GitlabBrowser::refresh()
{
    if (m_projects.isEmpty())
        loadProjects();
    else
        loadPipelines();
}

void GitlabBrowser::loadProjects()
{
    if (!m_client)
        return;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("membership"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("simple"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("order_by"), QStringLiteral("last_activity_at"));
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("50"));
    if (!m_search->text().trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("search"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_search->text().trimmed())));
    GitlabRequest *r = m_client->get(QStringLiteral("/projects"), q, m_generation);
    r->setAllPages(true, 200);
    setStatus(tr("Loading projects…"));
    connect(r, &GitlabRequest::finished, this, [this, r] {
        r->deleteLater();
        if (!r->ok()) {
            setStatus(r->errorString());
            return;
        }
        m_projects.clear();
        const QSignalBlocker block(m_project);
        m_project->clear();
        for (const QJsonValue &v : r->items()) {
            const GitlabProject p = GitlabProject::fromJson(v.toObject());
            m_projects << p;
            m_project->addItem(p.path, p.id);
        }
        setStatus(tr("%n project(s).", nullptr, int(m_projects.size())));
        loadPipelines();
    });
    r->start();
}

GitlabProject GitlabBrowser::currentProject() const
{
    const int i = m_project->currentIndex();
    return i >= 0 && i < m_projects.size() ? m_projects.at(i) : GitlabProject();
}

GitlabJob GitlabBrowser::currentJob() const
{
    const QTreeWidgetItem *item = m_jobsView->currentItem();
    if (!item)
        return {};
    for (const GitlabJob &j : m_jobs) {
        if (j.id == item->data(0, IdRole).toLongLong())
            return j;
    }
    return {};
}

void GitlabBrowser::loadPipelines()
{
    const GitlabProject project = currentProject();
    if (!m_client || project.id == 0)
        return;
    QUrlQuery q;
    const QString ref = m_ref->text().trimmed();
    if (!ref.isEmpty())
        q.addQueryItem(QStringLiteral("ref"), QString::fromLatin1(QUrl::toPercentEncoding(ref)));
    const QString status = m_statusFilter->currentData().toString();
    if (!status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), status);
    q.addQueryItem(QStringLiteral("order_by"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("desc"));
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("50"));
    GitlabRequest *r = m_client->get(QStringLiteral("/projects/%1/pipelines").arg(project.id), q, m_generation);
    r->setAllPages(true, 50);
    connect(r, &GitlabRequest::finished, this, [this, r, ref, seq = ++m_pipelinesSeq] {
        r->deleteLater();
        if (seq != m_pipelinesSeq)
            return;
        if (!r->ok()) {
            setStatus(r->errorString());
            return;
        }
        const qint64 selected = m_pipelines->currentItem() ? m_pipelines->currentItem()->data(0, IdRole).toLongLong() : 0;
        m_pipelines->clear();
        qint64 newestSuccess = 0;
        for (const QJsonValue &v : r->items()) {
            const GitlabPipeline p = GitlabPipeline::fromJson(v.toObject());
            auto *item = new QTreeWidgetItem(m_pipelines, {QStringLiteral("#%1").arg(p.id), p.status, p.ref, p.sha.left(8),
                                                           p.author, age(p.createdAt)});
            item->setData(0, IdRole, p.id);
            item->setToolTip(5, QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat));
            if (p.status == QLatin1String("success"))
                newestSuccess = qMax(newestSuccess, p.id);
            if (p.id == selected)
                m_pipelines->setCurrentItem(item);
        }
        if (!ref.isEmpty() && newestSuccess > 0) {
            const qint64 seen = m_newestSuccess.value(ref);
            m_newestSuccess.insert(ref, newestSuccess);
            if (seen > 0 && newestSuccess > seen) {
                setStatus(tr("New successful pipeline #%1 on %2.").arg(newestSuccess).arg(ref));
                Q_EMIT newSuccessfulPipeline(ref, newestSuccess);
                return;
            }
        }
        setStatus(tr("%n pipeline(s).", nullptr, m_pipelines->topLevelItemCount()));
    });
    r->start();
}

void GitlabBrowser::loadJobs()
{
    ++m_jobsSeq;
    ++m_filesSeq;
    m_jobsView->clear();
    m_files->clear();
    const QTreeWidgetItem *pipeline = m_pipelines->currentItem();
    if (!m_client || !pipeline)
        return;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    GitlabRequest *r = m_client->get(QStringLiteral("/projects/%1/pipelines/%2/jobs")
                                         .arg(currentProject().id)
                                         .arg(pipeline->data(0, IdRole).toLongLong()),
                                     q, m_generation);
    r->setAllPages(true);
    connect(r, &GitlabRequest::finished, this, [this, r, seq = m_jobsSeq] {
        r->deleteLater();
        if (seq != m_jobsSeq)
            return;
        if (!r->ok()) {
            setStatus(r->errorString());
            return;
        }
        m_jobs.clear();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonValue &v : r->items()) {
            const GitlabJob j = GitlabJob::fromJson(v.toObject());
            m_jobs << j;
            QString expires = QStringLiteral("–");
            if (j.artifactsExpireAt.isValid())
                expires = j.artifactsExpireAt <= now ? tr("expired") : QLocale().toString(j.artifactsExpireAt.toLocalTime().date(), QLocale::ShortFormat);
            auto *item = new QTreeWidgetItem(m_jobsView, {j.name, j.stage, j.status,
                                                          QStringLiteral("%1 s").arg(qRound(j.duration)),
                                                          dataSize(j.archiveSize), expires});
            item->setData(0, IdRole, j.id);
            item->setDisabled(!j.hasArchive());
            // The pipeline list does not say who pushed; the jobs' commit does.
            if (QTreeWidgetItem *pipeline = m_pipelines->currentItem(); pipeline && pipeline->text(4).isEmpty())
                pipeline->setText(4, j.author);
        }
    });
    r->start();
}

void GitlabBrowser::loadFiles()
{
    ++m_filesSeq;
    m_files->clear();
    const GitlabJob job = currentJob();
    if (!m_client || !job.hasArchive())
        return;
    auto *listing = new ArtifactListing(m_client.get(), QString::number(currentProject().id), job.id, m_generation);
    connect(listing, &ArtifactListing::finished, this, [this, listing, seq = m_filesSeq] {
        listing->deleteLater();
        if (seq != m_filesSeq)
            return;
        if (!listing->ok()) {
            setStatus(listing->errorString());
            return;
        }
        for (const GitlabArtifactFile &f : listing->files()) {
            if (f.directory)
                continue;
            auto *item = new QTreeWidgetItem(m_files, {f.path, dataSize(f.size)});
            item->setData(0, PathRole, f.path);
        }
        setStatus(tr("%n file(s) in the artifacts of job %1.", nullptr, m_files->topLevelItemCount()).arg(currentJob().id));
    });
    listing->start();
}

void GitlabBrowser::createEntry()
{
    const GitlabJob job = currentJob();
    const GitlabProject project = currentProject();
    QStringList paths;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        if (m_files->topLevelItem(i)->isSelected())
            paths << m_files->topLevelItem(i)->data(0, PathRole).toString();
    }
    if (!m_client || job.id == 0 || paths.isEmpty())
        return;
    ArtifactEntry entry;
    entry.instance = m_client->instance();
    entry.project = project;
    entry.job = job;
    entry.followRef = m_follow->isChecked() ? job.ref : QString();
    const QString id = Identifier::sanitize(job.name);
    auto finish = [this, entry, id](ArtifactEntry e) {
        const Item item = e.toItem(id);
        if (item.source.mirror)
            setStatus(tr("Entry created. %1 is not public: iPXE cannot send a token, so its files will be mirrored to "
                         "the publish target, and the menu never contains a token.")
                          .arg(e.project.path));
        else
            setStatus(tr("Entry created from job %1.").arg(e.job.id));
        Q_EMIT entryCreated(item);
    };
    const auto netboot = std::find_if(paths.cbegin(), paths.cend(),
                                      [](const QString &p) { return p.endsWith(QLatin1String(".ipxe")); });
    if (netboot == paths.cend()) {
        entry.kernelPath = paths.takeFirst();
        entry.initrdPaths = paths;
        finish(entry);
        return;
    }
    const QString script = *netboot;
    GitlabRequest *r = m_client->getUrl(QUrl(ArtifactSource::fileUrl(entry.instance.baseUrlString(), project.id, job.id, script)),
                                        m_generation);
    setStatus(tr("Reading %1…").arg(script));
    connect(r, &GitlabRequest::finished, this, [this, r, entry, script, finish]() mutable {
        r->deleteLater();
        if (!r->ok()) {
            setStatus(r->errorString());
            return;
        }
        QString error;
        const NetbootScript parsed = NetbootScript::parse(QString::fromUtf8(r->body()), &error);
        if (!parsed.isValid()) {
            setStatus(script + QStringLiteral(": ") + error);
            return;
        }
        entry.kernelPath = ArtifactEntry::siblingPath(script, parsed.kernel);
        for (const QString &i : parsed.initrds)
            entry.initrdPaths << ArtifactEntry::siblingPath(script, i);
        entry.args = parsed.args;
        entry.extraArtifactPaths << script;
        finish(entry);
    });
    r->start();
}

void GitlabBrowser::insertEntry(ProjectModel *model, QUndoStack *stack, Item item, int menu, int row)
{
    const Project &p = model->project();
    if (p.menus.isEmpty())
        return;
    menu = qBound(0, menu, int(p.menus.size()) - 1);
    QSet<QString> taken;
    for (const Menu &m : p.menus) {
        taken.insert(m.id);
        for (const Item &it : m.items)
            taken.insert(it.id);
    }
    const QString base = Identifier::sanitize(item.id.isEmpty() ? QStringLiteral("gitlab") : item.id);
    item.id = base;
    for (int n = 2; taken.contains(item.id); ++n)
        item.id = base + QLatin1Char('-') + QString::number(n);
    const int count = int(p.menus.at(menu).items.size());
    stack->push(new AddItem(model, menu, row < 0 || row >= count ? count : row + 1, item));
}

} // namespace Bootlace
