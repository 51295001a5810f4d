#include "model/projectfile.h"
#include "model/projectmodel.h"
#include "projectsettingsdialog.h"

#include "support/testdata.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QApplication>
#include <QTimer>

using namespace Bootlace;
using Bootlace::Test::TestData;

class ProjectSettingsDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptIsOneUndoStep()
    {
        ProjectModel model;
        model.setProject(ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project);
        const Project before = model.project();
        QUndoStack stack;
        ProjectSettingsDialog dialog(&model, &stack);
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("Lab 2"));
        auto *profile = dialog.findChild<QComboBox *>();
        profile->setCurrentIndex(profile->findData(QStringLiteral("full")));
        auto *table = dialog.findChild<QTableWidget *>();
        QCOMPARE(table->rowCount(), 2);
        table->item(0, 1)->setText(QStringLiteral("http://10.0.0.5"));
        dialog.accept();
        QCOMPARE(model.project().name, QStringLiteral("Lab 2"));
        QCOMPARE(model.project().buildProfile, QStringLiteral("full"));
        QCOMPARE(model.project().variables.front().value, QStringLiteral("http://10.0.0.5"));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(model.project(), before);
    }

    void invalidVariableNameIsRefused()
    {
        ProjectModel model;
        model.setProject(ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project);
        const Project before = model.project();
        QUndoStack stack;
        ProjectSettingsDialog dialog(&model, &stack);
        dialog.findChild<QTableWidget *>()->item(0, 0)->setText(QStringLiteral("bad name"));
        QTimer::singleShot(50, &dialog, [] {
            if (auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                box->accept();
        });
        dialog.accept();
        QCOMPARE(model.project(), before);
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(ProjectSettingsDialogTest)
#include "projectsettingsdialog_test.moc"
