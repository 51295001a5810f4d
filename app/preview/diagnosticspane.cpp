#include "preview/diagnosticspane.h"

#include "ipxe/diagnosticsmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace Bootlace {

DiagnosticsPane::DiagnosticsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiagnosticsModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setAccessibleName(tr("Problems"));
    m_view->setObjectName(QStringLiteral("diagnosticsView"));
    m_view->setAccessibleName(tr("Problems in the generated script"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticsModel::LineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticsModel::RuleColumn, QHeaderView::ResizeToContents);

    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    m_summary->setAccessibleName(tr("Problem summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setContentsMargins(4, 2, 4, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    // Mouse clicks and Enter/Return (and double clicks) both go to the line; emitting twice for
    // a double click is harmless because going to a line is idempotent.
    connect(m_view, &QAbstractItemView::clicked, this, &DiagnosticsPane::activate);
    connect(m_view, &QAbstractItemView::activated, this, &DiagnosticsPane::activate);
    updateIcons();
    m_summary->setText(summary());
}

DiagnosticsPane::~DiagnosticsPane() = default;

void DiagnosticsPane::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    const int errors = errorCount();
    const int warnings = warningCount();
    m_model->setDiagnostics(diagnostics);
    m_summary->setText(summary());
    m_view->setAccessibleDescription(summary());
    if (errors != errorCount() || warnings != warningCount())
        Q_EMIT countsChanged(errorCount(), warningCount());
}

QList<Diagnostic> DiagnosticsPane::diagnostics() const
{
    return m_model->diagnostics();
}

int DiagnosticsPane::errorCount() const
{
    return m_model->errorCount();
}

int DiagnosticsPane::warningCount() const
{
    return m_model->warningCount();
}

QString DiagnosticsPane::summary() const
{
    const int errors = errorCount();
    const int warnings = warningCount();
    const int infos = m_model->infoCount();
    if (errors == 0 && warnings == 0 && infos == 0)
        return tr("No problems found.");
    QStringList parts;
    // Separate strings for one, so that the English source reads well without a translation;
    // %n still gives translators every plural form.
    if (errors > 0)
        parts << (errors == 1 ? tr("1 error") : tr("%n errors", nullptr, errors));
    if (warnings > 0)
        parts << (warnings == 1 ? tr("1 warning") : tr("%n warnings", nullptr, warnings));
    if (infos > 0)
        parts << (infos == 1 ? tr("1 note") : tr("%n notes", nullptr, infos));
    return parts.join(tr(", "));
}

void DiagnosticsPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int line = index.data(DiagnosticsModel::LineRole).toInt();
    if (line > 0)
        Q_EMIT lineActivated(line);
}

// The icon theme may lack the freedesktop names (e.g. on Windows or offscreen); the style's
// message box icons stand in then.
void DiagnosticsPane::updateIcons()
{
    const struct
    {
        Diagnostic::Severity severity;
        QStyle::StandardPixmap fallback;
    } icons[] = {
        { Diagnostic::Severity::Error, QStyle::SP_MessageBoxCritical },
        { Diagnostic::Severity::Warning, QStyle::SP_MessageBoxWarning },
        { Diagnostic::Severity::Info, QStyle::SP_MessageBoxInformation },
    };
    for (const auto &i : icons) {
        const QIcon themed = QIcon::fromTheme(DiagnosticsModel::iconName(i.severity));
        m_model->setSeverityIcon(i.severity, themed.isNull() ? style()->standardIcon(i.fallback, nullptr, this) : QIcon());
    }
}

void DiagnosticsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::ThemeChange)
        updateIcons();
}

} // namespace Bootlace
