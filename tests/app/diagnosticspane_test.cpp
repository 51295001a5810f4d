#include "ipxe/diagnosticsmodel.h"
#include "preview/diagnosticspane.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Bootlace;

namespace {

QList<Diagnostic> sample()
{
    return {
        { Diagnostic::Severity::Error, 3, 1, QStringLiteral("unknown-command"), QStringLiteral("Unknown command.") },
        { Diagnostic::Severity::Warning, 17, 5, QStringLiteral("timeout-in-seconds"), QStringLiteral("Seconds?") },
        { Diagnostic::Severity::Error, 21, 1, QStringLiteral("undefined-label"), QStringLiteral("No label.") },
    };
}

} // namespace

class DiagnosticsPaneTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndSummary()
    {
        DiagnosticsPane pane;
        QSignalSpy counts(&pane, &DiagnosticsPane::countsChanged);
        QCOMPARE(pane.errorCount(), 0);
        QCOMPARE(pane.summary(), QStringLiteral("No problems found."));
        pane.setDiagnostics(sample());
        QCOMPARE(pane.errorCount(), 2);
        QCOMPARE(pane.warningCount(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.last().at(0).toInt(), 2);
        QCOMPARE(counts.last().at(1).toInt(), 1);
        QCOMPARE(pane.view()->model()->rowCount(), 3);
        QCOMPARE(pane.diagnostics(), sample());
        auto *summary = pane.findChild<QLabel *>(QStringLiteral("diagnosticsSummary"));
        QVERIFY(summary);
        QCOMPARE(summary->text(), QStringLiteral("2 errors, 1 warning"));
        pane.setDiagnostics(sample());
        QCOMPARE(counts.count(), 1);
        QVERIFY(!pane.view()->accessibleName().isEmpty());
        // Every severity has an icon, from the theme or the style.
        QVERIFY(!pane.view()->model()->index(0, DiagnosticsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void activatingARowEmitsItsLine()
    {
        DiagnosticsPane pane;
        pane.resize(600, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setDiagnostics(sample());
        QSignalSpy lines(&pane, &DiagnosticsPane::lineActivated);
        QTreeView *view = pane.view();

        const QRect row1 = view->visualRect(view->model()->index(1, DiagnosticsModel::MessageColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row1.center());
        QVERIFY(lines.count() >= 1);
        QCOMPARE(lines.last().at(0).toInt(), 17);

        lines.clear();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(2, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(lines.count(), 1);
        QCOMPARE(lines.last().at(0).toInt(), 21);
    }
};

QTEST_MAIN(DiagnosticsPaneTest)
#include "diagnosticspane_test.moc"
