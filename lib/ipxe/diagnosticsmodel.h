#pragma once

#include "ipxe/diagnostic.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace Bootlace {

// The linter's findings as a table for views: severity, line, rule and message, one row each,
// in the order given (the linter sorts by line). Icons come from the icon theme by their
// freedesktop names; a view can supply its own when the theme has none.
class DiagnosticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsModel)

public:
    enum Column { SeverityColumn, LineColumn, RuleColumn, MessageColumn, ColumnCount };
    enum Role {
        LineRole = Qt::UserRole + 1, // int, 1-based script line, in every column
        ColumnRole,                  // int, 1-based column
        SeverityRole,                // int, Diagnostic::Severity
        RuleIdRole,                  // QString
        IconNameRole,                // QString, freedesktop icon name of the severity
    };

    explicit DiagnosticsModel(QObject *parent = nullptr);
    ~DiagnosticsModel() override;

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    Diagnostic diagnostic(int row) const { return m_diagnostics.value(row); }

    int errorCount() const;
    int warningCount() const;
    int infoCount() const;

    // Overrides the theme icon of a severity (a null icon restores the theme's).
    void setSeverityIcon(Diagnostic::Severity severity, const QIcon &icon);

    static QString iconName(Diagnostic::Severity severity);
    static QString severityText(Diagnostic::Severity severity); // translated

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QIcon severityIcon(Diagnostic::Severity severity) const;
    int count(Diagnostic::Severity severity) const;

    QList<Diagnostic> m_diagnostics;
    QIcon m_icons[3];
};

} // namespace Bootlace
