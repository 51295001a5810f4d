#include "ipxe/scriptwriter.h"
#include "mainwindow.h"
#include "model/projectfile.h"

#include "support/testdata.h"

#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Bootlace;
using Bootlace::Test::TestData;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheExample()
    {
        const QString file = TestData::path(QStringLiteral("examples/homelab.bootlace.json"));
        MainWindow w;
        QVERIFY(w.openProject(file));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *tree = w.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Homelab network boot"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 11);
        auto *preview = w.findChild<QPlainTextEdit *>();
        QVERIFY(preview);
        QCOMPARE(preview->toPlainText(), ScriptWriter::write(ProjectFile::load(file).project));
        QVERIFY(w.windowTitle().startsWith(QLatin1String("homelab.bootlace.json")));
    }

    void brokenFileKeepsTheWindowAsItWas()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.bootlace.json"));
        QVERIFY(TestData::write(broken, "{\"schema\": 1, \"menus\": [}"));
        MainWindow w;
        QVERIFY(w.openProject(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))));
        const QString before = w.findChild<QPlainTextEdit *>()->toPlainText();
        // The error dialog is modal: close it as soon as it shows.
        QTimer::singleShot(0, this, [] {
            const auto boxes = QApplication::topLevelWidgets();
            for (QWidget *widget : boxes) {
                if (auto *box = qobject_cast<QMessageBox *>(widget)) {
                    QVERIFY(box->text().contains(QLatin1String("line 1")));
                    box->accept();
                }
            }
        });
        QVERIFY(!w.openProject(broken));
        QCOMPARE(w.findChild<QPlainTextEdit *>()->toPlainText(), before);
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
