#include "publish/publishhistorydialog.h"

#include "publish/publishdialog.h"
#include "publish/publishhistory.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Bootlace {

PublishHistoryDialog::PublishHistoryDialog(const Project &project, const QString &projectFile, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_projectFile(projectFile)
{
    setWindowTitle(tr("Publish History"));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(this);
    m_entries = new QListWidget(split);
    m_entries->setObjectName(QStringLiteral("entries"));
    m_details = new QPlainTextEdit(split);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rollback = buttons->addButton(tr("&Roll Back to This..."), QDialogButtonBox::ActionRole);
    m_rollback->setObjectName(QStringLiteral("rollback"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_entries, &QListWidget::currentRowChanged, this, &PublishHistoryDialog::showEntry);
    connect(m_rollback, &QPushButton::clicked, this, &PublishHistoryDialog::rollBack);
    reload();
    resize(820, 500);
}

PublishHistoryDialog::~PublishHistoryDialog() = default;

void PublishHistoryDialog::reload()
{
    m_entries->clear();
    for (const PublishHistory::Entry &e : PublishHistory(m_projectFile).entries()) {
        QStringList targets;
        for (const PublishHistory::TargetRecord &t : e.targets)
            targets << t.target.name;
        auto *item = new QListWidgetItem(QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat)
                                             + (e.kind == QLatin1String("rollback") ? tr(" (rollback)", "appended to the date of a rollback entry") : QString())
                                             + QStringLiteral("\n") + targets.join(QStringLiteral(", ")),
                                         m_entries);
        item->setData(Qt::UserRole, e.id);
        if (!e.ok())
            item->setForeground(Qt::red);
    }
    if (m_entries->count() > 0)
        m_entries->setCurrentRow(0);
    else
        m_details->setPlainText(tr("Nothing has been published from this project yet."));
    m_rollback->setEnabled(m_entries->count() > 0);
}

void PublishHistoryDialog::showEntry()
{
    const int row = m_entries->currentRow();
    if (row < 0)
        return;
    const PublishHistory history(m_projectFile);
    PublishHistory::Entry e;
    QString error;
    if (!history.entry(m_entries->item(row)->data(Qt::UserRole).toString(), &e, &error)) {
        m_details->setPlainText(error);
        return;
    }
    QString text = e.id + QLatin1Char('\n');
    for (const PublishHistory::TargetRecord &t : e.targets) {
        text += t.target.name + QStringLiteral(": ") + (t.ok ? tr("ok") : tr("failed: %1").arg(t.error)) + QLatin1Char('\n');
        for (const PublishHistory::FileRecord &f : t.files)
            text += QStringLiteral("  ") + f.remoteName + QStringLiteral("  ") + QString::fromLatin1(f.sha256.toHex())
                + (f.verified ? tr("  verified", "appended to a file line whose upload was read back") : QString()) + QLatin1Char('\n');
    }
    if (row + 1 < m_entries->count()) {
        PublishHistory::Entry previous;
        if (history.entry(m_entries->item(row + 1)->data(Qt::UserRole).toString(), &previous, &error)) {
            const QString diff = history.diff(previous, e);
            text += QLatin1Char('\n') + (diff.isEmpty() ? tr("Same files as the publish before.") : diff);
        }
    }
    m_details->setPlainText(text);
}

void PublishHistoryDialog::rollBack()
{
    const int row = m_entries->currentRow();
    const PublishHistory history(m_projectFile);
    PublishHistory::Entry e;
    QString error;
    if (row < 0 || !history.entry(m_entries->item(row)->data(Qt::UserRole).toString(), &e, &error))
        return;
    QList<PublishTarget> targets;
    QList<PublishFiles> files;
    for (const PublishHistory::TargetRecord &t : e.targets) {
        PublishTarget current = t.target; // as the project defines it now, if it still exists
        for (const PublishTarget &p : m_project.targets)
            current = p.name == t.target.name ? p : current;
        targets << current;
        files << history.filesOf(t);
    }
    QByteArray projectJson;
    history.object(e.projectSha256, &projectJson, &error);
    PublishDialog dialog(m_project, m_projectFile, this);
    dialog.setRollback(e.id, targets, files, projectJson);
    dialog.exec();
    reload();
}

} // namespace Bootlace
