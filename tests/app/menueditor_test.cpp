#include "editor/menueditor.h"
#include "model/projectfile.h"
#include "model/projectmodel.h"

#include "support/testdata.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Bootlace;
using Bootlace::Test::TestData;

// The menu form: the timeout is shown in seconds and stored in milliseconds, "wait forever" is
// 0, and a menu's id, title and default entry change through undoable EditMenu steps.
class MenuEditorTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<MenuEditor> m_editor;
    Project m_original;

    const Menu &menu(int index) const { return m_model->project().menus.at(index); }

    template<typename T>
    T *field(const char *name) const
    {
        auto *w = m_editor->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }

    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void init()
    {
        m_original = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
        m_model = std::make_unique<ProjectModel>();
        m_model->setProject(m_original);
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<MenuEditor>();
        m_editor->setProjectModel(m_model.get());
        m_editor->setUndoStack(m_stack.get());
        m_editor->show();
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_stack.reset();
        m_model.reset();
    }

    void secondsShownMillisecondsStored()
    {
        m_editor->setCurrent(0);
        QCOMPARE(m_editor->currentMenu(), 0);
        auto *timeout = field<QDoubleSpinBox>("timeout");
        QCOMPARE(timeout->value(), 10.0);
        QCOMPARE(timeout->singleStep(), 0.1);
        QVERIFY(timeout->isEnabled());
        QVERIFY(!field<QCheckBox>("forever")->isChecked());

        // Typing "2.5" is one undo step that stores 2500 ms.
        timeout->setFocus();
        timeout->selectAll();
        QTest::keyClicks(timeout, QStringLiteral("2.5"));
        QCOMPARE(menu(0).timeoutMs, 2500);
        QCOMPARE(m_stack->count(), 1);

        // The arrow key steps by a tenth of a second.
        QTest::keyClick(timeout, Qt::Key_Up);
        QCOMPARE(menu(0).timeoutMs, 2600);

        m_stack->undo();
        QCOMPARE(menu(0).timeoutMs, 10000);
        QCOMPARE(timeout->value(), 10.0);
    }

    void waitForever()
    {
        m_editor->setCurrent(1); // "rescue" waits forever
        auto *timeout = field<QDoubleSpinBox>("timeout");
        auto *forever = field<QCheckBox>("forever");
        QVERIFY(forever->isChecked());
        QVERIFY(!timeout->isEnabled());

        forever->setFocus();
        QTest::keyClick(forever, Qt::Key_Space);
        QVERIFY(!forever->isChecked());
        QVERIFY(timeout->isEnabled());
        QCOMPARE(menu(1).timeoutMs, qRound(timeout->value() * 1000));
        QVERIFY(menu(1).timeoutMs > 0);

        QTest::keyClick(forever, Qt::Key_Space);
        QCOMPARE(menu(1).timeoutMs, 0);
        QVERIFY(!timeout->isEnabled());
        QCOMPARE(m_stack->count(), 2);

        // Back on the root menu the old timeout is shown again.
        m_editor->setCurrent(0);
        QVERIFY(!forever->isChecked());
        QCOMPARE(timeout->value(), 10.0);
        QTest::keyClick(forever, Qt::Key_Space);
        QCOMPARE(menu(0).timeoutMs, 0);
        m_stack->undo();
        QCOMPARE(menu(0).timeoutMs, 10000);
        QVERIFY(!forever->isChecked());
    }

    void titleTypingIsOneStep()
    {
        m_editor->setCurrent(1);
        replaceText(field<QLineEdit>("title"), QStringLiteral("Rescue and tools"));
        QCOMPARE(menu(1).title, QStringLiteral("Rescue and tools"));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(field<QLineEdit>("title")->text(), QStringLiteral("Rescue tools"));
    }

    void defaultEntry()
    {
        m_editor->setCurrent(0);
        auto *combo = field<QComboBox>("defaultItem");
        QCOMPARE(combo->count(), 1 + 9); // "(first item)" and the selectable items, no gaps
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("local"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(menu(0).defaultItem, QStringLiteral("nixos"));
        QTest::keyClick(combo, Qt::Key_Home);
        QCOMPARE(menu(0).defaultItem, QString());
        QCOMPARE(m_stack->count(), 2);
    }

    void idRenameUpdatesLinks()
    {
        m_editor->setCurrent(1);
        auto *id = field<QLineEdit>("id");
        auto *hint = field<QLabel>("idHint");
        replaceText(id, QStringLiteral("main"));
        QVERIFY(hint->isVisibleTo(m_editor.get()));
        QTest::keyClick(id, Qt::Key_Return);
        QCOMPARE(m_stack->count(), 0);

        replaceText(id, QStringLiteral("rescue-menu"));
        QVERIFY(!hint->isVisibleTo(m_editor.get()));
        QTest::keyClick(id, Qt::Key_Return);
        QCOMPARE(menu(1).id, QStringLiteral("rescue-menu"));
        QCOMPARE(m_model->project().findItem(QStringLiteral("rescue-tools"))->menu, QStringLiteral("rescue-menu"));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(m_model->project(), m_original);
        QCOMPARE(id->text(), QStringLiteral("rescue"));
    }

    void emptyWithoutAMenu()
    {
        m_editor->setCurrent(-1);
        QCOMPARE(m_editor->currentMenu(), -1);
        QVERIFY(!field<QLineEdit>("id")->isVisibleTo(m_editor.get()));
        m_editor->setCurrent(0);
        QVERIFY(field<QLineEdit>("id")->isVisibleTo(m_editor.get()));
        for (QWidget *w : {static_cast<QWidget *>(field<QLineEdit>("id")), static_cast<QWidget *>(field<QLineEdit>("title")),
                           static_cast<QWidget *>(field<QComboBox>("defaultItem")),
                           static_cast<QWidget *>(field<QDoubleSpinBox>("timeout")),
                           static_cast<QWidget *>(field<QCheckBox>("forever"))})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
};

QTEST_MAIN(MenuEditorTest)
#include "menueditor_test.moc"
