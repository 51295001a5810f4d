#include "ipxe/diagnosticsmodel.h"

#include "ipxe/linter.h"

#include <algorithm>

namespace Bootlace {

namespace {

int severityIndex(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return 0;
    case Diagnostic::Severity::Warning:
        return 1;
    case Diagnostic::Severity::Info:
        return 2;
    }
    return 2;
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DiagnosticsModel::~DiagnosticsModel() = default;

void DiagnosticsModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    if (diagnostics == m_diagnostics)
        return;
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticsModel::count(Diagnostic::Severity severity) const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

int DiagnosticsModel::errorCount() const
{
    return count(Diagnostic::Severity::Error);
}

int DiagnosticsModel::warningCount() const
{
    return count(Diagnostic::Severity::Warning);
}

int DiagnosticsModel::infoCount() const
{
    return count(Diagnostic::Severity::Info);
}

void DiagnosticsModel::setSeverityIcon(Diagnostic::Severity severity, const QIcon &icon)
{
    m_icons[severityIndex(severity)] = icon;
    if (!m_diagnostics.isEmpty())
        Q_EMIT dataChanged(index(0, SeverityColumn), index(rowCount() - 1, SeverityColumn), { Qt::DecorationRole });
}

QString DiagnosticsModel::iconName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("dialog-error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("dialog-warning");
    case Diagnostic::Severity::Info:
        return QStringLiteral("dialog-information");
    }
    return QString();
}

QString DiagnosticsModel::severityText(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return tr("Error");
    case Diagnostic::Severity::Warning:
        return tr("Warning");
    case Diagnostic::Severity::Info:
        return tr("Info");
    }
    return QString();
}

QIcon DiagnosticsModel::severityIcon(Diagnostic::Severity severity) const
{
    const QIcon &own = m_icons[severityIndex(severity)];
    return own.isNull() ? QIcon::fromTheme(iconName(severity)) : own;
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(d.severity);
        case LineColumn:
            return d.line;
        case RuleColumn:
            return d.ruleId;
        case MessageColumn:
            return d.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(d.severity);
        break;
    case Qt::ToolTipRole:
        if (index.column() == RuleColumn)
            return Linter::ruleDescription(d.ruleId);
        return d.toString();
    case Qt::AccessibleTextRole:
        return d.toString();
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case SeverityRole:
        return int(d.severity);
    case RuleIdRole:
        return d.ruleId;
    case IconNameRole:
        return iconName(d.severity);
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LineColumn:
        return tr("Line");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Bootlace
