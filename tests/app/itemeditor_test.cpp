#include "editor/itemeditor.h"
#include "model/commands/moveitem.h"
#include "model/commands/removeitem.h"
#include "model/projectfile.h"
#include "model/projectmodel.h"

#include "support/testdata.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Bootlace;
using Bootlace::Test::TestData;

// The item form, typed into with real key events: typing merges into one undo step per field,
// fields follow the item's kind, problems show next to their field without blocking input, and
// the form follows undo and redo.
class ItemEditorTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ItemEditor> m_editor;
    Project m_original;

    const Item &item(const QString &id) const { return *m_model->project().findItem(id); }

    void show(const QString &id)
    {
        int menu = 0;
        int row = 0;
        QVERIFY2(ProjectModel::position(m_model->indexForId(id), &menu, &row), qPrintable(id));
        m_editor->setCurrent(menu, row);
    }

    template<typename T>
    T *field(const char *name) const
    {
        auto *w = m_editor->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }

    bool shown(const char *name) const { return field<QWidget>(name)->isVisibleTo(m_editor.get()); }

    void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void init()
    {
        m_original = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
        m_model = std::make_unique<ProjectModel>();
        m_model->setProject(m_original);
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<ItemEditor>();
        m_editor->setProjectModel(m_model.get());
        m_editor->setUndoStack(m_stack.get());
        m_editor->resize(600, 700);
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

    void emptyUntilAnItemIsChosen()
    {
        auto *pages = m_editor->findChild<QStackedWidget *>();
        QCOMPARE(pages->currentIndex(), 0);
        show(QStringLiteral("debian"));
        QCOMPARE(pages->currentIndex(), 1);
        m_editor->setCurrent(1, -1); // a menu
        QCOMPARE(pages->currentIndex(), 0);
    }

    void typingALabelIsOneUndoStep()
    {
        show(QStringLiteral("debian"));
        auto *label = field<QLineEdit>("label");
        QCOMPARE(label->text(), QStringLiteral("Debian 12 installer (amd64)"));
        replaceText(label, QStringLiteral("Debian bookworm"));
        QCOMPARE(item(QStringLiteral("debian")).label, QStringLiteral("Debian bookworm"));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(label->text(), QStringLiteral("Debian bookworm"));

        // Typing in the middle keeps the cursor where it is although the model refreshes the form.
        label->setCursorPosition(7);
        QTest::keyClicks(label, QStringLiteral("12 "));
        QCOMPARE(label->text(), QStringLiteral("Debian 12 bookworm"));
        QCOMPARE(label->cursorPosition(), 10);
        QCOMPARE(m_stack->count(), 1);

        // Undo restores the model and the form shows it.
        m_stack->undo();
        QCOMPARE(item(QStringLiteral("debian")).label, QStringLiteral("Debian 12 installer (amd64)"));
        QCOMPARE(label->text(), QStringLiteral("Debian 12 installer (amd64)"));
        m_stack->redo();
        QCOMPARE(label->text(), QStringLiteral("Debian 12 bookworm"));

        // Another field is another step.
        QTest::keyClicks(field<QLineEdit>("kernel"), QStringLiteral("x"));
        QCOMPARE(m_stack->count(), 2);
    }

    void fieldsFollowTheKind_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("visible");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("linux") << QStringLiteral("debian")
                               << QStringList{QStringLiteral("label"), QStringLiteral("hotkey"), QStringLiteral("kernel"),
                                              QStringLiteral("initrds"), QStringLiteral("args")}
                               << QStringList{QStringLiteral("url"), QStringLiteral("drive"), QStringLiteral("menu"),
                                              QStringLiteral("script")};
        QTest::newRow("chain") << QStringLiteral("netboot-xyz") << QStringList{QStringLiteral("url")}
                               << QStringList{QStringLiteral("kernel"), QStringLiteral("initrds"), QStringLiteral("args"),
                                              QStringLiteral("drive"), QStringLiteral("menu"), QStringLiteral("script")};
        QTest::newRow("sanboot") << QStringLiteral("rescue-iso") << QStringList{QStringLiteral("url"), QStringLiteral("drive")}
                                 << QStringList{QStringLiteral("kernel"), QStringLiteral("menu"), QStringLiteral("script")};
        QTest::newRow("local disk") << QStringLiteral("local") << QStringList{QStringLiteral("drive")}
                                    << QStringList{QStringLiteral("url"), QStringLiteral("kernel"), QStringLiteral("menu")};
        QTest::newRow("submenu") << QStringLiteral("rescue-tools") << QStringList{QStringLiteral("menu")}
                                 << QStringList{QStringLiteral("url"), QStringLiteral("kernel"), QStringLiteral("drive")};
        QTest::newRow("gap") << QStringLiteral("gap-boot") << QStringList{QStringLiteral("label"), QStringLiteral("firmware")}
                             << QStringList{QStringLiteral("hotkey"), QStringLiteral("url"), QStringLiteral("kernel")};
        QTest::newRow("shell") << QStringLiteral("ipxe-shell") << QStringList{QStringLiteral("label"), QStringLiteral("hotkey")}
                               << QStringList{QStringLiteral("url"), QStringLiteral("kernel"), QStringLiteral("drive"),
                                              QStringLiteral("menu"), QStringLiteral("script")};
    }

    void fieldsFollowTheKind()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, visible);
        QFETCH(QStringList, hidden);
        // From a Linux entry, so that every row has to change its visibility at least once.
        show(QStringLiteral("debian"));
        show(id);
        for (const QString &name : visible)
            QVERIFY2(shown(qPrintable(name)), qPrintable(name));
        for (const QString &name : hidden)
            QVERIFY2(!shown(qPrintable(name)), qPrintable(name));
        QVERIFY(shown("id"));
        QVERIFY(shown("enabled"));
    }

    void kindSpecificValues()
    {
        show(QStringLiteral("sysrescue"));
        auto *initrds = field<QListWidget>("initrds");
        QCOMPARE(initrds->count(), 2);
        QCOMPARE(initrds->item(1)->text(), QStringLiteral("${boot-server}/sysrescue/sysresccd.img"));
        QVERIFY(field<QPlainTextEdit>("args")->toPlainText().startsWith(QLatin1String("archisobasedir=")));

        show(QStringLiteral("local"));
        QCOMPARE(field<QLineEdit>("drive")->text(), QStringLiteral("0x80"));
        bool uefiNote = false;
        for (const QLabel *label : m_editor->findChildren<QLabel *>())
            uefiNote = uefiNote || (label->isVisibleTo(m_editor.get()) && label->text().contains(QLatin1String("UEFI")));
        QVERIFY(uefiNote);

        show(QStringLiteral("rescue-tools"));
        auto *menu = field<QComboBox>("menu");
        QCOMPARE(menu->count(), 2);
        QCOMPARE(menu->currentData().toString(), QStringLiteral("rescue"));
        menu->setFocus();
        QTest::keyClick(menu, Qt::Key_Up); // a user's choice: emits activated()
        QCOMPARE(item(QStringLiteral("rescue-tools")).menu, QStringLiteral("main"));
        QCOMPARE(m_stack->count(), 1);

        show(QStringLiteral("uefi-shell"));
        QCOMPARE(field<QComboBox>("firmware")->currentData().toInt(), int(PlatformCondition::Firmware::Uefi));
        QCOMPARE(field<QComboBox>("arch")->currentData().toInt(), int(PlatformCondition::Arch::X86_64));
        auto *firmware = field<QComboBox>("firmware");
        firmware->setFocus();
        QTest::keyClick(firmware, Qt::Key_Up);
        QCOMPARE(item(QStringLiteral("uefi-shell")).platform.firmware, PlatformCondition::Firmware::Bios);

        auto *enabled = field<QCheckBox>("enabled");
        QVERIFY(enabled->isChecked());
        enabled->setFocus();
        QTest::keyClick(enabled, Qt::Key_Space);
        QVERIFY(!item(QStringLiteral("uefi-shell")).enabled);
        QCOMPARE(m_stack->count(), 3);
    }

    void argumentsAndScripts()
    {
        show(QStringLiteral("debian"));
        auto *args = field<QPlainTextEdit>("args");
        args->setFocus();
        args->moveCursor(QTextCursor::End);
        QTest::keyClick(args, Qt::Key_Return);
        QTest::keyClicks(args, QStringLiteral("quiet"));
        QCOMPARE(item(QStringLiteral("debian")).args,
                 QStringLiteral("auto=true priority=critical preseed/url=${boot-server}/debian/preseed.cfg\nquiet"));
        QCOMPARE(m_stack->count(), 1);
        // Tab leaves the field instead of inserting a tab.
        QTest::keyClick(args, Qt::Key_Tab);
        QVERIFY(!args->hasFocus());
        QVERIFY(!item(QStringLiteral("debian")).args.contains(QLatin1Char('\t')));
    }

    void invalidUrlShowsAHint()
    {
        show(QStringLiteral("netboot-xyz"));
        auto *url = field<QLineEdit>("url");
        auto *hint = field<QLabel>("urlHint");
        QVERIFY(!hint->isVisibleTo(m_editor.get()));
        replaceText(url, QStringLiteral("boot.netboot.xyz/menu.ipxe"));
        // Typing is not blocked: the model has what was typed, and the form says what is wrong.
        QCOMPARE(item(QStringLiteral("netboot-xyz")).url, QStringLiteral("boot.netboot.xyz/menu.ipxe"));
        QVERIFY(hint->isVisibleTo(m_editor.get()));
        QVERIFY(!hint->text().isEmpty());
        QVERIFY(!url->styleSheet().isEmpty());
        QCOMPARE(url->accessibleDescription(), hint->text());
        replaceText(url, QStringLiteral("${boot-server}/netboot.xyz.efi"));
        QVERIFY(!hint->isVisibleTo(m_editor.get()));
        QVERIFY(url->styleSheet().isEmpty());
        QCOMPARE(m_stack->count(), 1);

        show(QStringLiteral("debian"));
        replaceText(field<QLineEdit>("kernel"), QString());
        QVERIFY(field<QLabel>("kernelHint")->isVisibleTo(m_editor.get()));
    }

    void urlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("http") << QStringLiteral("http://boot.lab.lan/menu.ipxe") << true;
        QTest::newRow("https") << QStringLiteral("https://boot.netboot.xyz") << true;
        QTest::newRow("tftp") << QStringLiteral("tftp://10.0.0.1/undionly.kpxe") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://mirror/vmlinuz") << true;
        QTest::newRow("nfs") << QStringLiteral("nfs://10.0.0.1/export/vmlinuz") << true;
        QTest::newRow("iscsi") << QStringLiteral("iscsi:10.0.0.1::::iqn.2024-01.lan.lab:disk") << true;
        QTest::newRow("variable") << QStringLiteral("${boot-server}/vmlinuz") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no scheme") << QStringLiteral("boot.lab.lan/vmlinuz") << false;
        QTest::newRow("file scheme") << QStringLiteral("file:///boot/vmlinuz") << false;
        QTest::newRow("no host") << QStringLiteral("http:///vmlinuz") << false;
        QTest::newRow("open variable") << QStringLiteral("${boot-server/vmlinuz") << false;
    }

    void urlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(ItemEditor::urlProblem(url).isEmpty(), ok);
    }

    void duplicateHotkeyWarns()
    {
        show(QStringLiteral("nixos"));
        auto *hotkey = field<QLineEdit>("hotkey");
        auto *hint = field<QLabel>("hotkeyHint");
        QCOMPARE(hotkey->text(), QStringLiteral("n"));
        QVERIFY(!hint->isVisibleTo(m_editor.get()));
        replaceText(hotkey, QStringLiteral("d"));
        QCOMPARE(item(QStringLiteral("nixos")).hotkey, QStringLiteral("d"));
        QVERIFY(hint->isVisibleTo(m_editor.get()));
        QVERIFY2(hint->text().contains(QLatin1String("Debian 12 installer")), qPrintable(hint->text()));
        replaceText(hotkey, QStringLiteral("q"));
        QVERIFY(!hint->isVisibleTo(m_editor.get()));
        QCOMPARE(hotkey->maxLength(), 1);
        // A hotkey in the other menu is no clash.
        replaceText(hotkey, QStringLiteral("b"));
        QVERIFY(!hint->isVisibleTo(m_editor.get()));
    }

    void idRenameIsValidated()
    {
        show(QStringLiteral("debian"));
        auto *id = field<QLineEdit>("id");
        auto *hint = field<QLabel>("idHint");
        replaceText(id, QStringLiteral("bad id"));
        QVERIFY(hint->isVisibleTo(m_editor.get()));
        QTest::keyClick(id, Qt::Key_Return);
        QCOMPARE(item(QStringLiteral("debian")).id, QStringLiteral("debian"));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(id->text(), QStringLiteral("bad id")); // kept, to be fixed

        replaceText(id, QStringLiteral("nixos"));
        QVERIFY(hint->isVisibleTo(m_editor.get()));
        QVERIFY(hint->text().contains(QLatin1String("already")));
        QTest::keyClick(id, Qt::Key_Return);
        QCOMPARE(m_stack->count(), 0);

        replaceText(id, QStringLiteral("debian-12"));
        QVERIFY(!hint->isVisibleTo(m_editor.get()));
        QCOMPARE(m_stack->count(), 0); // committed when editing finishes, not per key
        QTest::keyClick(id, Qt::Key_Return);
        QVERIFY(m_model->project().findItem(QStringLiteral("debian-12")));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(id->text(), QStringLiteral("debian"));
        QCOMPARE(m_model->project(), m_original);
    }

    void renamingTheDefaultEntryKeepsItTheDefault()
    {
        show(QStringLiteral("local"));
        replaceText(field<QLineEdit>("id"), QStringLiteral("disk"));
        QTest::keyClick(field<QLineEdit>("id"), Qt::Key_Return);
        QCOMPARE(m_model->project().menus.at(0).defaultItem, QStringLiteral("disk"));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(m_model->project(), m_original);
    }

    void initrdList()
    {
        show(QStringLiteral("debian"));
        auto *list = field<QListWidget>("initrds");
        QCOMPARE(list->count(), 1);
        const auto buttons = m_editor->findChildren<QPushButton *>();
        auto button = [&buttons](const char *name) {
            for (QPushButton *b : buttons) {
                if (b->accessibleName() == QLatin1String(name))
                    return b;
            }
            qFatal("no button %s", name);
            return static_cast<QPushButton *>(nullptr);
        };
        QPushButton *add = button("Add initrd");
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(m_stack->count(), 0); // nothing until a URL is entered
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor->parentWidget() == list->viewport());
        QTest::keyClicks(editor, QStringLiteral("${boot-server}/firmware.cpio"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
        QTRY_COMPARE(item(QStringLiteral("debian")).initrds.size(), 2);
        QCOMPARE(item(QStringLiteral("debian")).initrds.at(1), QStringLiteral("${boot-server}/firmware.cpio"));
        QCOMPARE(m_stack->count(), 1);

        // An added row left empty goes away again.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(list->count(), 2);
        QCOMPARE(m_stack->count(), 1);

        list->setCurrentRow(1);
        QTest::mouseClick(button("Move initrd up"), Qt::LeftButton);
        QCOMPARE(item(QStringLiteral("debian")).initrds.at(0), QStringLiteral("${boot-server}/firmware.cpio"));
        QCOMPARE(list->currentRow(), 0);
        QTest::mouseClick(button("Remove initrd"), Qt::LeftButton);
        QCOMPARE(item(QStringLiteral("debian")).initrds, m_original.findItem(QStringLiteral("debian"))->initrds);
        QCOMPARE(m_stack->count(), 3);

        // A bad initrd URL is named in the hint.
        list->item(0)->setText(QStringLiteral("initrd.gz"));
        QCOMPARE(item(QStringLiteral("debian")).initrds, QStringList{QStringLiteral("initrd.gz")});
        QVERIFY(field<QLabel>("initrdHint")->isVisibleTo(m_editor.get()));
        QVERIFY(field<QLabel>("initrdHint")->text().startsWith(QLatin1String("Initrd 1")));

        while (m_stack->canUndo())
            m_stack->undo();
        QCOMPARE(m_model->project(), m_original);
        QCOMPARE(list->count(), 1);
    }

    void followsItsItemWhenRowsMove()
    {
        show(QStringLiteral("debian"));
        m_stack->push(new MoveItem(m_model.get(), 0, 3, 1, 0));
        int menu = -1;
        int row = -1;
        QVERIFY(m_editor->currentPosition(&menu, &row));
        QCOMPARE(menu, 1);
        QCOMPARE(row, 0);
        QTest::keyClick(field<QLineEdit>("label"), Qt::Key_End);
        QTest::keyClicks(field<QLineEdit>("label"), QStringLiteral("!"));
        QCOMPARE(item(QStringLiteral("debian")).label, QStringLiteral("Debian 12 installer (amd64)!"));

        // When its item goes away, the form empties.
        m_stack->push(new RemoveItem(m_model.get(), 1, 0));
        QVERIFY(!m_editor->currentPosition(&menu, &row));
        QCOMPARE(m_editor->findChild<QStackedWidget *>()->currentIndex(), 0);
    }

    // An entry built from GitLab artifacts shows where it came from; others show nothing.
    void showsProvenance()
    {
        show(QStringLiteral("debian"));
        QVERIFY(!shown("provenance"));
        int menu = 0, row = 0;
        QVERIFY(ProjectModel::position(m_model->indexForId(QStringLiteral("nixos")), &menu, &row));
        Item nix = item(QStringLiteral("nixos"));
        nix.source.instance = QStringLiteral("https://gitlab.example");
        nix.source.projectPath = QStringLiteral("infra/netboot");
        nix.source.projectId = 42;
        nix.source.ref = QStringLiteral("main");
        nix.source.pipelineId = 1028;
        nix.source.jobId = 10281;
        nix.source.jobName = QStringLiteral("netboot");
        nix.source.mirror = true;
        m_model->replaceItem(menu, row, nix);
        show(QStringLiteral("nixos"));
        QVERIFY(shown("provenance"));
        const QString text = field<QLabel>("provenance")->text();
        QVERIFY2(text.contains(QLatin1String("infra/netboot")) && text.contains(QLatin1String("10281")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Pinned")));
        QVERIFY(text.contains(QLatin1String("mirrored")));

        // The mirror box is one undo step, and the tree's kind column says which entries are mirrored.
        QVERIFY(shown("mirror"));
        auto *mirror = field<QCheckBox>("mirror");
        QVERIFY(mirror->isChecked());
        const QModelIndex kind = m_model->indexForId(QStringLiteral("nixos")).siblingAtColumn(ProjectModel::KindColumn);
        QVERIFY2(kind.data().toString().endsWith(QLatin1String(", mirrored")), qPrintable(kind.data().toString()));
        mirror->click();
        QVERIFY(!item(QStringLiteral("nixos")).source.mirror);
        QVERIFY(!kind.data().toString().contains(QLatin1String("mirrored")));
        m_stack->undo();
        QVERIFY(item(QStringLiteral("nixos")).source.mirror);
        QVERIFY(mirror->isChecked());
        show(QStringLiteral("debian"));
        QVERIFY(!shown("mirror"));
    }

    void everyFieldHasAnAccessibleName()
    {
        show(QStringLiteral("debian"));
        QList<QWidget *> fields;
        for (QWidget *w : m_editor->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QListWidget *>(w) || qobject_cast<QCheckBox *>(w) || qobject_cast<QPushButton *>(w))
                fields << w;
        }
        QVERIFY(fields.size() >= 15);
        for (QWidget *w : std::as_const(fields)) {
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // a combo box's own line edit
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        // Keyboard: Tab walks from the id through the form.
        field<QLineEdit>("id")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("label"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("hotkey"));
    }
};

QTEST_MAIN(ItemEditorTest)
#include "itemeditor_test.moc"
