#include "ipxe/diagnosticsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Bootlace;

namespace {

QList<Diagnostic> sample()
{
    return {
        { Diagnostic::Severity::Error, 3, 1, QStringLiteral("unknown-command"), QStringLiteral("Unknown command 'menuu'.") },
        { Diagnostic::Severity::Warning, 7, 5, QStringLiteral("timeout-in-seconds"), QStringLiteral("Looks like seconds.") },
        { Diagnostic::Severity::Error, 9, 1, QStringLiteral("undefined-label"), QStringLiteral("No label 'x'.") },
        { Diagnostic::Severity::Info, 12, 1, QStringLiteral("unreachable-label"), QStringLiteral("Info.") },
    };
}

} // namespace

class DiagnosticsModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void underTheModelTester()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DiagnosticsModel::ColumnCount));
        model.setDiagnostics(sample());
        QCOMPARE(model.rowCount(), 4);
        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
        model.setDiagnostics(sample());
        model.setSeverityIcon(Diagnostic::Severity::Error, QIcon());
    }

    void data()
    {
        DiagnosticsModel model;
        model.setDiagnostics(sample());
        const QModelIndex sev = model.index(1, DiagnosticsModel::SeverityColumn);
        QCOMPARE(sev.data().toString(), QStringLiteral("Warning"));
        QCOMPARE(sev.data(DiagnosticsModel::IconNameRole).toString(), QStringLiteral("dialog-warning"));
        QCOMPARE(sev.data(DiagnosticsModel::SeverityRole).toInt(), int(Diagnostic::Severity::Warning));
        QCOMPARE(model.index(1, DiagnosticsModel::LineColumn).data().toInt(), 7);
        QCOMPARE(model.index(1, DiagnosticsModel::RuleColumn).data().toString(), QStringLiteral("timeout-in-seconds"));
        QCOMPARE(model.index(1, DiagnosticsModel::MessageColumn).data().toString(), QStringLiteral("Looks like seconds."));
        for (int c = 0; c < DiagnosticsModel::ColumnCount; ++c) {
            QCOMPARE(model.index(2, c).data(DiagnosticsModel::LineRole).toInt(), 9);
            QCOMPARE(model.index(2, c).data(DiagnosticsModel::ColumnRole).toInt(), 1);
        }
        QCOMPARE(model.index(0, DiagnosticsModel::SeverityColumn).data(DiagnosticsModel::IconNameRole).toString(),
                 QStringLiteral("dialog-error"));
        QVERIFY(!model.index(0, DiagnosticsModel::RuleColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(DiagnosticsModel::LineColumn, Qt::Horizontal).toString(), QStringLiteral("Line"));
        QCOMPARE(model.errorCount(), 2);
        QCOMPARE(model.warningCount(), 1);
        QCOMPARE(model.infoCount(), 1);
    }

    void ownIconsReplaceTheTheme()
    {
        DiagnosticsModel model;
        model.setDiagnostics(sample());
        QPixmap red(16, 16);
        red.fill(Qt::red);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSeverityIcon(Diagnostic::Severity::Error, QIcon(red));
        QCOMPARE(changed.count(), 1);
        const QIcon icon = model.index(0, DiagnosticsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.pixmap(16, 16).toImage().pixelColor(8, 8), QColor(Qt::red));
    }

    void sameDiagnosticsDoNotReset()
    {
        DiagnosticsModel model;
        model.setDiagnostics(sample());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setDiagnostics(sample());
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(DiagnosticsModelTest)
#include "diagnosticsmodel_test.moc"
