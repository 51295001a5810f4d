#include "testboot/testbootwindow.h"

#include "testboot/testbootjob.h"
#include "testboot/vmmonitor.h"
#include "testboot/vmscreenwidget.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Bootlace {

namespace {

enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn };

bool looksLikeUrl(const QString &value)
{
    return value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"))
        || value.startsWith(QLatin1String("tftp://"));
}

} // namespace

TestBootWindow::TestBootWindow(std::function<Project()> project, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_projectSource(std::move(project))
{
    setObjectName(QStringLiteral("testBootWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1200, 640);

    m_platform = new QComboBox;
    m_platform->addItem(tr("BIOS (ipxe.lkrn)"));
    m_platform->addItem(tr("UEFI x86_64 (OVMF + ipxe.efi)"));
    const QString noUefi = TestBootJob::missingTools(TestBootJob::Platform::Efi);
    if (!noUefi.isEmpty()) {
        // Keep the choice visible but explain why it cannot be taken.
        m_platform->setItemData(1, false, Qt::UserRole - 1);
        m_platform->setItemData(1, noUefi, Qt::ToolTipRole);
    }

    m_folder = new QLineEdit;
    m_folder->setPlaceholderText(tr("Nothing but the menu is served"));
    m_folder->setToolTip(tr("Files in this folder are served to the VM next to the menu, read-only."));
    auto *browse = new QToolButton;
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the folder to serve"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to Serve"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->setContentsMargins(0, 0, 0, 0);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_variable = new QComboBox;
    m_variable->setToolTip(tr("This variable points at the served folder during the test boot (%1).")
                               .arg(TestBootJob::guestBaseUrl()));
    m_proxy = new QCheckBox(tr("Fetch other http(s) URLs through Bootlace"));
    m_proxy->setChecked(true);
    m_proxy->setToolTip(tr("The VM reaches nothing but Bootlace's loopback server. With this on, the server "
                           "fetches the project's remote URLs from this computer's network and passes them on."));

    connect(m_variable, &QComboBox::activated, this, [this] { m_variableChosen = true; });
    auto *form = new QFormLayout;
    form->addRow(tr("&Platform:"), m_platform);
    auto *folderLabel = new QLabel(tr("Served &folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Serve it as &variable:"), m_variable);
    form->addRow(QString(), m_proxy);

    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start"));
    m_start->setDefault(true);
    m_stop = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("S&top"));
    connect(m_start, &QPushButton::clicked, this, &TestBootWindow::startBoot);
    connect(m_stop, &QPushButton::clicked, this, &TestBootWindow::stopBoot);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch();

    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addLayout(buttons);

    m_screen = new VmScreenWidget;
    m_screen->setPlaceholder(tr("Press Start to boot the menu in real iPXE.\n"
                                "Then click here and use the arrow keys, Enter and the hotkeys."));

    m_requests = new QTreeWidget;
    m_requests->setRootIsDecorated(false);
    m_requests->setUniformRowHeights(true);
    m_requests->setHeaderLabels({tr("Time"), tr("Method"), tr("File"), tr("Status")});
    m_requests->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requests->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_requests->header()->setStretchLastSection(false);
    m_requests->setAccessibleName(tr("Requests"));

    m_console = new QPlainTextEdit;
    m_console->setReadOnly(true);
    m_console->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_console->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_console->setAccessibleName(tr("Serial console"));

    auto *tabs = new QTabWidget;
    tabs->addTab(m_requests, tr("&Requests"));
    tabs->addTab(m_console, tr("Serial &Console"));

    auto *split = new QSplitter;
    split->addWidget(m_screen);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({740, 460});

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    m_monitor = new VmMonitor(this);
    connect(m_monitor, &VmMonitor::screenChanged, m_screen, &VmScreenWidget::setScreen);
    connect(m_monitor, &VmMonitor::connected, this, [this] {
        setStatus(tr("Running. Click the screen, then use the arrow keys, Enter and the hotkeys."));
        m_screen->setFocus(Qt::OtherFocusReason);
    });
    connect(m_screen, &VmScreenWidget::keyPressed, m_monitor, &VmMonitor::sendKey);

    refreshVariables();
    const QString reason = unavailableReason();
    setStatus(reason.isEmpty() ? tr("Ready.") : reason);
    updateControls();
}

TestBootWindow::~TestBootWindow()
{
    m_monitor->detach();
    m_job.reset(); // ends the harness, QEMU and the HTTP server
}

QString TestBootWindow::unavailableReason()
{
    return TestBootJob::missingTools(TestBootJob::Platform::Bios);
}

void TestBootWindow::setServedFolder(const QString &dir)
{
    m_folder->setText(QDir::toNativeSeparators(dir));
}

QString TestBootWindow::servedFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void TestBootWindow::setServedVariable(const QString &name)
{
    m_variableChosen = true;
    const int index = m_variable->findData(name);
    m_variable->setCurrentIndex(std::max(0, index));
}

void TestBootWindow::setUefi(bool uefi)
{
    m_platform->setCurrentIndex(uefi ? 1 : 0);
}

bool TestBootWindow::isRunning() const
{
    return m_job && m_job->isRunning();
}

QString TestBootWindow::statusText() const
{
    return m_status->text();
}

QString TestBootWindow::consoleText() const
{
    return m_console->toPlainText();
}

QString TestBootWindow::vmSocketPath() const
{
    return m_job ? m_job->monitorSocketPath() : QString();
}

void TestBootWindow::refreshVariables()
{
    const QString current = m_variable->currentData().toString();
    m_variable->clear();
    m_variable->addItem(tr("(none)"), QString());
    const Project project = m_projectSource();
    for (const Variable &v : project.variables) {
        if (looksLikeUrl(v.value))
            m_variable->addItem(QStringLiteral("${%1}").arg(v.name), v.name);
    }
    int index = current.isEmpty() ? -1 : m_variable->findData(current);
    if (index < 0 && !m_variableChosen)
        index = m_variable->findData(QStringLiteral("boot-server"));
    m_variable->setCurrentIndex(std::max(0, index));
}

Project TestBootWindow::bootedProject() const
{
    Project project = m_projectSource();
    const QString name = m_variable->currentData().toString();
    for (Variable &v : project.variables) {
        if (!name.isEmpty() && v.name == name)
            v.value = TestBootJob::guestBaseUrl();
    }
    return m_proxy->isChecked() ? TestBootJob::proxiedProject(project) : project;
}

void TestBootWindow::showEvent(QShowEvent *event)
{
    refreshVariables(); // the project may have changed while the window was hidden
    QWidget::showEvent(event);
}

void TestBootWindow::startBoot()
{
    stopBoot();
    refreshVariables();
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        setStatus(reason);
        return;
    }
    m_requests->clear();
    m_console->clear();
    m_screen->setScreen({});
    m_screen->setPlaceholder(tr("Starting QEMU…"));

    m_job = std::make_unique<TestBootJob>();
    m_job->setProject(bootedProject());
    m_job->setProxyRemote(m_proxy->isChecked());
    m_job->setInteractive(true);
    m_job->setPlatform(m_platform->currentIndex() == 1 ? TestBootJob::Platform::Efi : TestBootJob::Platform::Bios);
    m_job->setTimeoutSecs(30 * 60);
    m_job->setWwwDir(servedFolder());
    connect(m_job.get(), &TestBootJob::requestLogged, this, &TestBootWindow::addRequest);
    connect(m_job.get(), &TestBootJob::consoleChanged, this, [this](const QString &serial) {
        m_console->setPlainText(serial);
        m_console->moveCursor(QTextCursor::End);
    });
    connect(m_job.get(), &TestBootJob::kernelDetected, this, [this](const QString &detail) {
        setStatus(tr("Kernel started: %1").arg(detail));
    });
    connect(m_job.get(), &TestBootJob::finished, this, &TestBootWindow::jobFinished);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_job->start();
    if (m_job->isRunning()) {
        setStatus(tr("Starting QEMU…"));
        m_monitor->attach(m_job->monitorSocketPath(), m_job->scratchDir());
        Q_EMIT bootStarted();
    }
    updateControls();
}

void TestBootWindow::stopBoot()
{
    m_monitor->detach();
    if (m_job && m_job->isRunning())
        m_job->abort();
}

void TestBootWindow::addRequest(const QString &request)
{
    // "GET /path 200"
    const QString method = request.section(QLatin1Char(' '), 0, 0);
    const QString status = request.section(QLatin1Char(' '), -1);
    const QString path = request.section(QLatin1Char(' '), 1, -2);
    const double secs = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    auto *item = new QTreeWidgetItem(m_requests, {QString::number(secs, 'f', 1), method, path, status});
    item->setToolTip(PathColumn, path);
    const int code = status.toInt();
    const bool ok = code >= 200 && code < 400;
    item->setForeground(StatusColumn, ok ? QColor(0x1b, 0x7f, 0x3a) : QColor(0xc0, 0x1c, 0x28));
    item->setIcon(StatusColumn, QIcon::fromTheme(ok ? QStringLiteral("emblem-ok-symbolic") : QStringLiteral("dialog-error")));
    m_requests->scrollToItem(item);
}

void TestBootWindow::jobFinished()
{
    m_monitor->detach();
    const TestBootResult &r = m_job->result();
    using Outcome = TestBootResult::Outcome;
    QString text;
    switch (r.outcome) {
    case Outcome::KernelStarted: text = tr("Booted: %1").arg(r.detail); break;
    case Outcome::BootFailed: text = tr("The boot failed: %1").arg(r.detail); break;
    case Outcome::TimedOut: text = tr("The VM was stopped at its time limit."); break;
    case Outcome::ToolsMissing: text = r.detail; break;
    case Outcome::Stopped: text = tr("Stopped."); break;
    case Outcome::Error: text = tr("The test boot could not run: %1").arg(r.detail); break;
    }
    setStatus(text);
    m_screen->setPlaceholder(tr("The VM has ended. Press Start to boot again."));
    updateControls();
    Q_EMIT bootFinished();
}

void TestBootWindow::setStatus(const QString &text)
{
    m_status->setText(text);
}

void TestBootWindow::updateControls()
{
    const bool running = isRunning();
    const QString reason = unavailableReason();
    m_start->setEnabled(reason.isEmpty());
    m_start->setText(running ? tr("Re&start") : tr("&Start"));
    m_start->setToolTip(reason);
    m_stop->setEnabled(running);
    m_platform->setEnabled(!running);
}

void TestBootWindow::closeEvent(QCloseEvent *event)
{
    stopBoot();
    m_job.reset();
    updateControls();
    QWidget::closeEvent(event);
}

} // namespace Bootlace
