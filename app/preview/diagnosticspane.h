#pragma once

#include "ipxe/diagnostic.h"

#include <QList>
#include <QWidget>

class QLabel;
class QModelIndex;
class QTreeView;

namespace Bootlace {

class DiagnosticsModel;

// The problems the linter found in the generated script, one row each with severity, line, rule
// and message, and a one-line summary above. Activating a row (click, Enter) asks for its line
// to be shown.
class DiagnosticsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsPane)

public:
    explicit DiagnosticsPane(QWidget *parent = nullptr);
    ~DiagnosticsPane() override;

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    QList<Diagnostic> diagnostics() const;

    int errorCount() const;
    int warningCount() const;
    // "2 errors, 1 warning", or that there are no problems; translated.
    QString summary() const;

    QTreeView *view() const { return m_view; }
    DiagnosticsModel *model() const { return m_model; }

Q_SIGNALS:
    void lineActivated(int line);
    void countsChanged(int errors, int warnings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void updateIcons();

    DiagnosticsModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Bootlace
