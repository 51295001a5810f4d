#include "model/commands/edititem.h"
#include "model/projectdocument.h"
#include "model/projectfile.h"
#include "model/projectmodel.h"
#include "model/recoverystore.h"

#include "support/testdata.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Bootlace;
using Bootlace::Test::TestData;

class ProjectDocumentTest final : public QObject
{
    Q_OBJECT

private:
    static void editFirstLabel(ProjectDocument &doc, const QString &label)
    {
        Item it = doc.model()->project().menus.at(0).items.at(0);
        it.label = label;
        doc.undoStack()->push(new EditItem(doc.model(), 0, 0, it));
    }

private Q_SLOTS:
    void newEditSave()
    {
        QTemporaryDir dir;
        ProjectDocument doc;
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
        QSignalSpy modified(&doc, &ProjectDocument::modifiedChanged);
        editFirstLabel(doc, QStringLiteral("Local"));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.size(), 1);
        QVERIFY(!doc.save().isEmpty()); // no file name yet
        const QString file = dir.filePath(QStringLiteral("lab.bootlace.json"));
        QCOMPARE(doc.saveAs(file), QString());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.fileName(), file);
        QCOMPARE(ProjectFile::load(file).project, doc.model()->project());
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
    }

    void brokenFileChangesNothing()
    {
        QTemporaryDir dir;
        ProjectDocument doc;
        QVERIFY(doc.load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).isEmpty());
        const Project before = doc.model()->project();
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(TestData::write(broken, "{\"schema\": 99}"));
        const QString error = doc.load(broken);
        QVERIFY(error.contains(QLatin1String("newer Bootlace")));
        QCOMPARE(doc.model()->project(), before);
        QVERIFY(doc.fileName().endsWith(QLatin1String("homelab.bootlace.json")));
    }

    void adoptedProjectIsUnsaved()
    {
        ProjectDocument doc;
        Project p = ProjectDocument::templateProject();
        p.name = QStringLiteral("imported");
        doc.adopt(p, QString());
        QVERIFY(doc.isModified());
        QCOMPARE(doc.model()->project().name, QStringLiteral("imported"));
    }

    void noticesChangesOnDiskButNotItsOwnSaves()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lab.bootlace.json"));
        ProjectDocument doc;
        QCOMPARE(doc.saveAs(file), QString());
        QSignalSpy changed(&doc, &ProjectDocument::changedOnDisk);
        editFirstLabel(doc, QStringLiteral("x"));
        QCOMPARE(doc.save(), QString());
        QVERIFY(!changed.wait(300));
        Project other = doc.model()->project();
        other.name = QStringLiteral("changed elsewhere");
        QVERIFY(TestData::write(file, ProjectFile::serialize(other)));
        QVERIFY(changed.wait(5000));
    }

    void autosaveGoesToRecoveryAndSaveClearsIt()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        QVERIFY(store.beginSession());
        ProjectDocument doc(&store);
        editFirstLabel(doc, QStringLiteral("unsaved"));
        doc.autosave();
        QDir recovery(dir.filePath(QStringLiteral("recovery")));
        QCOMPARE(recovery.entryList({QStringLiteral("*.bootlace.json")}).size(), 1);
        const Project autosaved = ProjectFile::load(
            recovery.filePath(recovery.entryList({QStringLiteral("*.bootlace.json")}).front())).project;
        QCOMPARE(autosaved, doc.model()->project());
        QCOMPARE(doc.saveAs(dir.filePath(QStringLiteral("saved.bootlace.json"))), QString());
        QCOMPARE(recovery.entryList({QStringLiteral("*.bootlace.json")}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(ProjectDocumentTest)
#include "projectdocument_test.moc"
