#include "editor/itemeditor.h"

#include "gitlab/provenanceview.h"

#include "editor/formfields.h"

#include "ipxe/scriptwriter.h"
#include "model/commands/edititem.h"
#include "model/commands/editmenu.h"
#include "model/identifier.h"
#include "model/projectmodel.h"

#include <QAbstractItemDelegate>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextCursor>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Bootlace {

using namespace FormFields;

namespace {

QString kindDescription(Item::Kind kind)
{
    switch (kind) {
    case Item::Kind::Linux:
        return ItemEditor::tr("Loads a kernel and its initrds over the network and boots them.");
    case Item::Kind::Chain:
        return ItemEditor::tr("Loads another iPXE script or boot program (an EFI application, pxelinux, "
                              "netboot.xyz) and runs it.");
    case Item::Kind::Sanboot:
        return ItemEditor::tr("Boots an ISO or disk image over HTTP or iSCSI, or a drive.");
    case Item::Kind::LocalDisk:
        return ItemEditor::tr("Leaves network boot and starts the system installed on the local disk.");
    case Item::Kind::Shell:
        return ItemEditor::tr("Opens the iPXE command line.");
    case Item::Kind::Reboot:
        return ItemEditor::tr("Restarts the machine.");
    case Item::Kind::Exit:
        return ItemEditor::tr("Leaves iPXE; the firmware carries on with its next boot option.");
    case Item::Kind::Script:
        return ItemEditor::tr("Runs your own iPXE commands, then returns to the menu.");
    case Item::Kind::Gap:
        return ItemEditor::tr("A heading between entries; without text it is a blank line.");
    case Item::Kind::Submenu:
        return ItemEditor::tr("Opens another menu of this project.");
    case Item::Kind::Verbatim:
        return ItemEditor::tr("Script lines kept exactly as they were in the menu's item list.");
    }
    return {};
}

} // namespace

ItemEditor::ItemEditor(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Entry"));
    buildForm();
    refresh();
}

ItemEditor::~ItemEditor()
{
    // The fields outlive this destructor (QWidget deletes them later) and a focused line edit
    // still reports editingFinished on its way out: nothing of theirs may reach this object.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void ItemEditor::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    auto *empty = new QLabel(tr("Select an entry in the tree to edit it."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_pages->addWidget(empty);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    scroll->setWidget(page);
    m_pages->addWidget(scroll);

    auto *pageLayout = new QVBoxLayout(page);
    m_heading = new QLabel(page);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_description = makeNote(page, QString());
    pageLayout->addWidget(m_heading);
    pageLayout->addWidget(m_description);

    // A grid rather than a QFormLayout: rows are shown and hidden by kind, and QFormLayout
    // gave a re-shown row no height when word-wrapped hints were in the form.
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    pageLayout->addLayout(m_grid);
    pageLayout->addStretch(1);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const int lineHeight = QLineEdit().sizeHint().height();
    auto addRow = [this, page, lineHeight](const QString &text, QWidget *field) {
        const int row = m_grid->rowCount();
        if (!text.isEmpty()) {
            auto *label = new QLabel(text, page);
            label->setBuddy(field);
            // As tall as a line edit, so that the text sits level with the field's first line.
            label->setMinimumHeight(lineHeight);
            label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            m_grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
            m_rowLabels.insert(field, label);
        }
        m_grid->addWidget(field, row, 1);
    };

    // Widgets are created in visual order: that is the tab order.
    m_id = new QLineEdit(page);
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setAccessibleName(tr("Id"));
    m_id->setToolTip(tr("The entry's name in the script (its label); letters, digits, '_', '.' and '-'"));
    m_id->setFont(fixed);
    m_idHint = makeHint(page, QStringLiteral("idHint"), ErrorColor);
    addRow(tr("&Id:"), fieldWithHint(m_id, m_idHint));
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idDirty = true;
        updateIdProblem();
    });
    connect(m_id, &QLineEdit::editingFinished, this, &ItemEditor::commitId);

    m_label = new QLineEdit(page);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setAccessibleName(tr("Label"));
    m_labelRow = m_label;
    addRow(tr("&Label:"), m_label);
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("label"), [&text](Item &it) { it.label = text; });
    });

    m_hotkey = new QLineEdit(page);
    m_hotkey->setObjectName(QStringLiteral("hotkey"));
    m_hotkey->setAccessibleName(tr("Hotkey"));
    m_hotkey->setToolTip(tr("A key that chooses this entry directly in the menu"));
    m_hotkey->setMaxLength(1);
    m_hotkey->setFont(fixed);
    m_hotkey->setMaximumWidth(m_hotkey->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 12);
    m_hotkeyHint = makeHint(page, QStringLiteral("hotkeyHint"), WarningColor);
    m_hotkeyRow = fieldWithHint(m_hotkey, m_hotkeyHint);
    addRow(tr("Hot&key:"), m_hotkeyRow);
    connect(m_hotkey, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("hotkey"), [&text](Item &it) { it.hotkey = text; });
    });

    m_enabled = new QCheckBox(tr("&Enabled (offered in the menu)"), page);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setAccessibleName(tr("Enabled"));
    addRow(QString(), m_enabled);
    connect(m_enabled, &QCheckBox::clicked, this, [this](bool on) {
        edit(QString(), [on](Item &it) { it.enabled = on; });
    });

    m_platformRow = new QWidget(page);
    auto *platformLayout = new QHBoxLayout(m_platformRow);
    platformLayout->setContentsMargins(0, 0, 0, 0);
    m_firmware = new QComboBox(m_platformRow);
    m_firmware->setObjectName(QStringLiteral("firmware"));
    m_firmware->setAccessibleName(tr("Firmware"));
    m_firmware->addItem(tr("Any firmware"), int(PlatformCondition::Firmware::Any));
    m_firmware->addItem(tr("BIOS only"), int(PlatformCondition::Firmware::Bios));
    m_firmware->addItem(tr("UEFI only"), int(PlatformCondition::Firmware::Uefi));
    m_arch = new QComboBox(m_platformRow);
    m_arch->setObjectName(QStringLiteral("arch"));
    m_arch->setAccessibleName(tr("Architecture"));
    m_arch->addItem(tr("Any architecture"), int(PlatformCondition::Arch::Any));
    m_arch->addItem(QStringLiteral("i386"), int(PlatformCondition::Arch::I386));
    m_arch->addItem(QStringLiteral("x86_64"), int(PlatformCondition::Arch::X86_64));
    m_arch->addItem(QStringLiteral("arm32"), int(PlatformCondition::Arch::Arm32));
    m_arch->addItem(QStringLiteral("arm64"), int(PlatformCondition::Arch::Arm64));
    platformLayout->addWidget(m_firmware);
    platformLayout->addWidget(m_arch);
    platformLayout->addStretch(1);
    m_platformRow->setFocusProxy(m_firmware);
    addRow(tr("&Offered on:"), m_platformRow);
    connect(m_firmware, &QComboBox::activated, this, [this] {
        const auto firmware = PlatformCondition::Firmware(m_firmware->currentData().toInt());
        edit(QString(), [firmware](Item &it) { it.platform.firmware = firmware; });
    });
    connect(m_arch, &QComboBox::activated, this, [this] {
        const auto arch = PlatformCondition::Arch(m_arch->currentData().toInt());
        edit(QString(), [arch](Item &it) { it.platform.arch = arch; });
    });

    // Linux
    m_kernel = new QLineEdit(page);
    m_kernel->setObjectName(QStringLiteral("kernel"));
    m_kernel->setAccessibleName(tr("Kernel URL"));
    m_kernel->setPlaceholderText(QStringLiteral("${boot-server}/vmlinuz"));
    m_kernelHint = makeHint(page, QStringLiteral("kernelHint"), ErrorColor);
    m_kernelRow = fieldWithHint(m_kernel, m_kernelHint);
    addRow(tr("&Kernel:"), m_kernelRow);
    connect(m_kernel, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("kernel"), [&text](Item &it) { it.kernel = text; });
    });

    m_initrdRow = new QWidget(page);
    auto *initrdOuter = new QVBoxLayout(m_initrdRow);
    initrdOuter->setContentsMargins(0, 0, 0, 0);
    initrdOuter->setSpacing(2);
    auto *initrdLayout = new QHBoxLayout;
    initrdOuter->addLayout(initrdLayout);
    m_initrds = new QListWidget(m_initrdRow);
    m_initrds->setObjectName(QStringLiteral("initrds"));
    m_initrds->setAccessibleName(tr("Initrd URLs"));
    m_initrds->setToolTip(tr("Loaded in this order. Double-click or press F2 to edit a URL; clear it to remove it."));
    m_initrds->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
    m_initrds->setMaximumHeight(m_initrds->fontMetrics().lineSpacing() * 5 + 12);
    // Long URLs keep their start (the server) and their end (the file name) in view.
    m_initrds->setTextElideMode(Qt::ElideMiddle);
    m_initrds->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    initrdLayout->addWidget(m_initrds, 1);
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(2);
    m_addInitrd = new QPushButton(tr("A&dd"), m_initrdRow);
    m_addInitrd->setAccessibleName(tr("Add initrd"));
    m_removeInitrd = new QPushButton(tr("Re&move"), m_initrdRow);
    m_removeInitrd->setAccessibleName(tr("Remove initrd"));
    m_initrdUp = new QPushButton(tr("&Up"), m_initrdRow);
    m_initrdUp->setAccessibleName(tr("Move initrd up"));
    m_initrdDown = new QPushButton(tr("Do&wn"), m_initrdRow);
    m_initrdDown->setAccessibleName(tr("Move initrd down"));
    for (QPushButton *b : {m_addInitrd, m_removeInitrd, m_initrdUp, m_initrdDown})
        buttons->addWidget(b);
    buttons->addStretch(1);
    initrdLayout->addLayout(buttons);
    m_initrdHint = makeHint(m_initrdRow, QStringLiteral("initrdHint"), ErrorColor);
    initrdOuter->addWidget(m_initrdHint);
    m_initrdRow->setFocusProxy(m_initrds);
    addRow(tr("I&nitrds:"), m_initrdRow);
    connect(m_initrds, &QListWidget::itemChanged, this, [this](QListWidgetItem *changed) {
        if (!m_refreshing)
            commitInitrds(m_initrds->row(changed));
    });
    // An added row that was left empty is dropped again when its editor closes.
    connect(m_initrds->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] { refresh(); });
    connect(m_initrds, &QListWidget::currentRowChanged, this, [this](int row) {
        m_removeInitrd->setEnabled(row >= 0);
        m_initrdUp->setEnabled(row > 0);
        m_initrdDown->setEnabled(row >= 0 && row < m_initrds->count() - 1);
    });
    connect(m_addInitrd, &QPushButton::clicked, this, [this] {
        auto *row = new QListWidgetItem;
        row->setFlags(row->flags() | Qt::ItemIsEditable);
        {
            QScopedValueRollback guard(m_refreshing, true);
            m_initrds->addItem(row);
        }
        m_initrds->setCurrentItem(row);
        m_initrds->setFocus();
        m_initrds->editItem(row);
    });
    connect(m_removeInitrd, &QPushButton::clicked, this, [this] {
        const int row = m_initrds->currentRow();
        if (row < 0)
            return;
        edit(QString(), [row](Item &it) {
            if (row < it.initrds.size())
                it.initrds.removeAt(row);
        });
        m_initrds->setCurrentRow(std::min(row, m_initrds->count() - 1));
    });
    connect(m_initrdUp, &QPushButton::clicked, this, [this] { moveInitrd(-1); });
    connect(m_initrdDown, &QPushButton::clicked, this, [this] { moveInitrd(1); });

    m_args = new QPlainTextEdit(page);
    m_args->setObjectName(QStringLiteral("args"));
    m_args->setAccessibleName(tr("Kernel arguments"));
    m_args->setTabChangesFocus(true);
    m_args->setFont(fixed);
    m_args->setFixedHeight(m_args->fontMetrics().lineSpacing() * 4 + 12);
    m_argsRow = fieldWithHint(m_args, nullptr,
                              makeNote(page, tr("Line breaks are written as spaces: the kernel command line "
                                                "is a single line in the script.")));
    addRow(tr("&Arguments:"), m_argsRow);
    m_provenance = new ProvenanceView(page);
    addRow(tr("Built by:"), m_provenance);
    m_mirror = new QCheckBox(tr("Mirror the files to the publish &targets (needed for private projects)"), page);
    m_mirror->setObjectName(QStringLiteral("mirror"));
    m_mirror->setAccessibleName(tr("Mirror to the publish targets"));
    m_mirror->setToolTip(tr("Publishing downloads the artifacts with your GitLab token and puts them next to the "
                            "menu; the entry then boots from the target's copy."));
    addRow(QString(), m_mirror);
    connect(m_mirror, &QCheckBox::clicked, this, [this](bool on) {
        edit(QString(), [on](Item &it) { it.source.mirror = on; });
    });
    m_fallback = new QCheckBox(tr("If the copy is missing, &fetch from GitLab (public projects only)"), page);
    m_fallback->setObjectName(QStringLiteral("fallback"));
    m_fallback->setAccessibleName(tr("Fall back to GitLab"));
    m_fallback->setToolTip(tr("The published menu tries the target's copy first and GitLab's URL second. iPXE "
                              "cannot send a token, so this only helps for public projects."));
    addRow(QString(), m_fallback);
    connect(m_fallback, &QCheckBox::clicked, this, [this](bool on) {
        edit(QString(), [on](Item &it) { it.source.fallback = on; });
    });
    connect(m_args, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            edit(QStringLiteral("args"), [text = m_args->toPlainText()](Item &it) { it.args = text; });
    });

    // Chain and SAN boot
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setAccessibleName(tr("URL"));
    m_url->setPlaceholderText(QStringLiteral("http://boot.example.lan/menu.ipxe"));
    m_urlHint = makeHint(page, QStringLiteral("urlHint"), ErrorColor);
    m_urlRow = fieldWithHint(m_url, m_urlHint);
    addRow(tr("&URL:"), m_urlRow);
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("url"), [&text](Item &it) { it.url = text; });
    });

    // SAN boot and local disk
    m_drive = new QLineEdit(page);
    m_drive->setObjectName(QStringLiteral("drive"));
    m_drive->setAccessibleName(tr("Drive"));
    m_drive->setFont(fixed);
    m_drive->setMaximumWidth(m_drive->fontMetrics().horizontalAdvance(QStringLiteral("0x80000")) + 24);
    m_driveHint = makeHint(page, QStringLiteral("driveHint"), ErrorColor);
    m_driveNote = makeNote(page, QString());
    m_driveRow = fieldWithHint(m_drive, m_driveHint, m_driveNote);
    addRow(tr("&Drive:"), m_driveRow);
    connect(m_drive, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("drive"), [&text](Item &it) { it.drive = text; });
    });

    // Submenu link
    m_targetMenu = new QComboBox(page);
    m_targetMenu->setObjectName(QStringLiteral("menu"));
    m_targetMenu->setAccessibleName(tr("Menu to open"));
    m_menuRow = m_targetMenu;
    addRow(tr("Opens &menu:"), m_targetMenu);
    connect(m_targetMenu, &QComboBox::activated, this, [this] {
        const QString menu = m_targetMenu->currentData().toString();
        edit(QString(), [&menu](Item &it) { it.menu = menu; });
    });

    // Script and raw lines
    m_script = new QPlainTextEdit(page);
    m_script->setObjectName(QStringLiteral("script"));
    m_script->setAccessibleName(tr("Script"));
    m_script->setTabChangesFocus(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(fixed);
    m_script->setMinimumHeight(m_script->fontMetrics().lineSpacing() * 10 + 12);
    m_scriptNote = makeNote(page, QString());
    m_scriptRow = fieldWithHint(m_script, nullptr, m_scriptNote);
    addRow(tr("&Script:"), m_scriptRow);
    connect(m_script, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            edit(QStringLiteral("script"), [text = m_script->toPlainText()](Item &it) { it.script = text; });
    });
}

void ItemEditor::setProjectModel(ProjectModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_index = QPersistentModelIndex();
    if (model)
        connect(model, &ProjectModel::projectChanged, this, &ItemEditor::refresh);
    refresh();
}

void ItemEditor::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

void ItemEditor::setCurrent(int menu, int row)
{
    const QModelIndex index = (m_model && row >= 0) ? m_model->itemIndex(menu, row) : QModelIndex();
    if (index == QModelIndex(m_index))
        return;
    m_index = index;
    m_idDirty = false;
    m_kindShown = -1;
    refresh();
}

bool ItemEditor::currentPosition(int *menu, int *row) const
{
    return m_model && m_index.isValid() && ProjectModel::position(m_index, menu, row) && *row >= 0;
}

void ItemEditor::edit(const QString &field, const std::function<void(Item &)> &change)
{
    int menu = 0;
    int row = 0;
    if (m_refreshing || !m_undoStack || !currentPosition(&menu, &row))
        return;
    const Item &before = m_model->project().menus.at(menu).items.at(row);
    Item after = before;
    change(after);
    if (after != before)
        m_undoStack->push(new EditItem(m_model, menu, row, after, field));
}

QString ItemEditor::urlProblem(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return tr("A URL is required.");
    if (text.startsWith(QLatin1String("${"))) {
        if (!text.contains(QLatin1Char('}')))
            return tr("The variable is not closed: add a '}'.");
        return {};
    }
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme.isEmpty() || !text.contains(QLatin1Char(':')))
        return tr("Start with http://, https://, tftp://, ftp://, nfs:// or iscsi:, or with a variable "
                  "such as ${boot-server}.");
    static const QStringList schemes = {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("tftp"),
                                        QStringLiteral("ftp"),  QStringLiteral("nfs"),   QStringLiteral("iscsi")};
    if (!schemes.contains(scheme))
        return tr("iPXE cannot fetch \"%1:\" URLs; use http, https, tftp, ftp, nfs or iscsi.").arg(scheme);
    if (!parsed.isValid())
        return tr("This is not a valid URL: %1").arg(parsed.errorString());
    if (scheme != QLatin1String("iscsi") && parsed.host().isEmpty())
        return tr("The URL names no server: write %1://server/path.").arg(scheme);
    return {};
}

QString ItemEditor::idProblem(const QString &id) const
{
    int menu = 0;
    int row = 0;
    if (!currentPosition(&menu, &row))
        return {};
    const QString current = m_model->project().menus.at(menu).items.at(row).id;
    if (id == current)
        return {};
    if (id.isEmpty())
        return tr("An id is required.");
    if (!Identifier::isValid(id))
        return tr("Use up to 64 letters, digits, '_', '.' and '-', not starting with '-' or '.'.");
    if (m_model->project().allIds().contains(id))
        return tr("\"%1\" is already the id of another menu or entry.").arg(id);
    return {};
}

void ItemEditor::updateIdProblem()
{
    showProblem(m_id, m_idHint, idProblem(m_id->text()));
}

void ItemEditor::commitId()
{
    int menu = 0;
    int row = 0;
    if (m_refreshing || !m_undoStack || !currentPosition(&menu, &row))
        return;
    const QString newId = m_id->text();
    const Item &before = m_model->project().menus.at(menu).items.at(row);
    if (newId == before.id) {
        m_idDirty = false;
        updateIdProblem();
        return;
    }
    if (!idProblem(newId).isEmpty()) {
        updateIdProblem(); // stays in the field with its message until it is fixed
        return;
    }
    const QString oldId = before.id;
    Item after = before;
    after.id = newId;
    m_idDirty = false;
    // The menu's default entry refers to the item by id: it follows the rename.
    m_undoStack->beginMacro(tr("Rename %1 to %2").arg(oldId, newId));
    m_undoStack->push(new EditItem(m_model, menu, row, after));
    if (m_model->project().menus.at(menu).defaultItem == oldId) {
        Menu settings = m_model->project().menus.at(menu);
        settings.defaultItem = newId;
        m_undoStack->push(new EditMenu(m_model, menu, settings));
    }
    m_undoStack->endMacro();
}

void ItemEditor::commitInitrds(int currentRow)
{
    QStringList urls;
    for (int i = 0; i < m_initrds->count(); ++i) {
        const QString url = m_initrds->item(i)->text().trimmed();
        if (!url.isEmpty())
            urls << url;
    }
    edit(QStringLiteral("initrds"), [&urls](Item &it) { it.initrds = urls; });
    if (currentRow >= 0 && currentRow < m_initrds->count())
        m_initrds->setCurrentRow(currentRow);
}

void ItemEditor::moveInitrd(int step)
{
    const int row = m_initrds->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_initrds->count())
        return;
    edit(QString(), [row, to](Item &it) {
        if (row < it.initrds.size() && to < it.initrds.size())
            it.initrds.move(row, to);
    });
    m_initrds->setCurrentRow(to);
}

void ItemEditor::showKind(Item::Kind kind)
{
    if (m_kindShown == int(kind))
        return;
    m_kindShown = int(kind);
    using K = Item::Kind;
    const bool selectable = kind != K::Gap && kind != K::Verbatim;
    setRowVisible(m_labelRow, kind != K::Verbatim);
    setRowVisible(m_hotkeyRow, selectable);
    setRowVisible(m_platformRow, kind != K::Verbatim);
    setRowVisible(m_kernelRow, kind == K::Linux);
    setRowVisible(m_initrdRow, kind == K::Linux);
    setRowVisible(m_argsRow, kind == K::Linux);
    setRowVisible(m_urlRow, kind == K::Chain || kind == K::Sanboot);
    setRowVisible(m_driveRow, kind == K::Sanboot || kind == K::LocalDisk);
    setRowVisible(m_menuRow, kind == K::Submenu);
    setRowVisible(m_scriptRow, kind == K::Script || kind == K::Verbatim);

    auto setRowLabel = [this](QWidget *field, const QString &text) {
        if (QLabel *label = m_rowLabels.value(field))
            label->setText(text);
    };
    setRowLabel(m_labelRow, kind == K::Gap ? tr("&Heading:") : tr("&Label:"));
    m_label->setAccessibleName(kind == K::Gap ? tr("Heading") : tr("Label"));
    m_label->setPlaceholderText(kind == K::Gap ? tr("Empty: a blank line") : tr("Text shown in the menu"));
    setRowLabel(m_scriptRow, kind == K::Verbatim ? tr("Raw &lines:") : tr("&Script:"));
    m_script->setAccessibleName(kind == K::Verbatim ? tr("Raw lines") : tr("Script"));
    m_scriptNote->setText(kind == K::Verbatim
                              ? tr("Written into the menu's item list exactly as it is.")
                              : tr("iPXE commands run when the entry is chosen; afterwards the menu is shown "
                                   "again."));
    m_enabled->setText(kind == K::Verbatim ? tr("&Enabled (written to the script)")
                                           : tr("&Enabled (offered in the menu)"));
    if (kind == K::LocalDisk) {
        m_drive->setPlaceholderText(QStringLiteral("0x80"));
        m_driveNote->setText(tr("BIOS drive number; 0x80 is the first hard disk. On UEFI this entry returns "
                                "to the firmware, which boots its next boot option."));
    } else {
        m_drive->setPlaceholderText(tr("optional"));
        m_driveNote->setText(tr("Optional BIOS drive number (such as 0x80) for the image, or, without a URL, "
                                "the drive to boot."));
    }
    m_url->setPlaceholderText(kind == K::Sanboot ? QStringLiteral("http://boot.example.lan/images/rescue.iso")
                                                 : QStringLiteral("http://boot.example.lan/menu.ipxe"));
    m_heading->setText(ProjectModel::kindDisplayName(kind));
    m_description->setText(kindDescription(kind));
}

void ItemEditor::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QLabel *label = m_rowLabels.value(field))
        label->setVisible(visible);
}

void ItemEditor::refresh()
{
    int menuIndex = 0;
    int row = 0;
    if (!currentPosition(&menuIndex, &row)) {
        m_pages->setCurrentIndex(0);
        return;
    }
    QScopedValueRollback guard(m_refreshing, true);
    const Project &project = m_model->project();
    const Menu &menu = project.menus.at(menuIndex);
    const Item &it = menu.items.at(row);
    m_provenance->setSource(it.source);
    setRowVisible(m_provenance, !it.source.isEmpty());
    m_mirror->setChecked(it.source.mirror);
    setRowVisible(m_mirror, !it.source.isEmpty());
    m_fallback->setChecked(it.source.fallback);
    m_fallback->setEnabled(it.source.mirror);
    setRowVisible(m_fallback, !it.source.isEmpty());
    m_pages->setCurrentIndex(1);
    showKind(it.kind);
    const bool editable = m_undoStack != nullptr;
    m_pages->widget(1)->setEnabled(editable);

    if (!m_idDirty)
        setLineText(m_id, it.id);
    updateIdProblem();
    setLineText(m_label, it.label);

    setLineText(m_hotkey, it.hotkey);
    QString hotkeyProblem;
    if (!it.hotkey.isEmpty() && ScriptWriter::sanitizeHotkey(it.hotkey).isEmpty()) {
        hotkeyProblem = tr("\"%1\" cannot be a hotkey in iPXE; it is left out.").arg(it.hotkey);
    } else if (!it.hotkey.isEmpty() && it.isSelectable()) {
        for (const Item &other : menu.items) {
            if (other.id != it.id && other.isSelectable() && other.hotkey == it.hotkey) {
                hotkeyProblem = tr("\"%1\" in this menu has the same hotkey; the key chooses whichever "
                                   "comes first.")
                                    .arg(other.label.isEmpty() ? other.id : other.label);
                break;
            }
        }
    }
    showProblem(m_hotkey, m_hotkeyHint, hotkeyProblem, false);

    m_enabled->setChecked(it.enabled);
    m_firmware->setCurrentIndex(m_firmware->findData(int(it.platform.firmware)));
    m_arch->setCurrentIndex(m_arch->findData(int(it.platform.arch)));

    switch (it.kind) {
    case Item::Kind::Linux: {
        setLineText(m_kernel, it.kernel);
        showProblem(m_kernel, m_kernelHint, urlProblem(it.kernel));
        QStringList shown;
        for (int i = 0; i < m_initrds->count(); ++i)
            shown << m_initrds->item(i)->text();
        // Not while a row is being edited: the editor would close under the user's hands.
        bool editing = false;
        for (const QWidget *editor : m_initrds->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            editing = editing || !editor->isHidden();
        if (shown != it.initrds && !editing) {
            const int current = m_initrds->currentRow();
            m_initrds->clear();
            for (const QString &url : it.initrds) {
                auto *entry = new QListWidgetItem(url, m_initrds);
                entry->setFlags(entry->flags() | Qt::ItemIsEditable);
                entry->setToolTip(url);
            }
            m_initrds->setCurrentRow(std::min(current, m_initrds->count() - 1));
        }
        QStringList problems;
        for (int i = 0; i < it.initrds.size(); ++i) {
            const QString problem = urlProblem(it.initrds.at(i));
            if (!problem.isEmpty())
                problems << tr("Initrd %1: %2").arg(i + 1).arg(problem);
        }
        showProblem(m_initrds, m_initrdHint, problems.join(QLatin1Char('\n')));
        const int current = m_initrds->currentRow();
        m_removeInitrd->setEnabled(current >= 0);
        m_initrdUp->setEnabled(current > 0);
        m_initrdDown->setEnabled(current >= 0 && current < m_initrds->count() - 1);
        setPlainText(m_args, it.args);
        break;
    }
    case Item::Kind::Chain:
        setLineText(m_url, it.url);
        showProblem(m_url, m_urlHint, urlProblem(it.url));
        break;
    case Item::Kind::Sanboot: {
        setLineText(m_url, it.url);
        setLineText(m_drive, it.drive);
        QString problem;
        if (it.url.trimmed().isEmpty())
            problem = it.drive.trimmed().isEmpty() ? tr("Give a URL, a drive, or both.") : QString();
        else
            problem = urlProblem(it.url);
        showProblem(m_url, m_urlHint, problem);
        break;
    }
    case Item::Kind::LocalDisk:
        setLineText(m_drive, it.drive);
        break;
    case Item::Kind::Submenu: {
        m_targetMenu->clear();
        for (const Menu &m : project.menus) {
            const QString title = m.title.isEmpty() ? m.id : m.title;
            m_targetMenu->addItem(tr("%1 (%2)").arg(title, m.id), m.id);
        }
        if (project.menuIndex(it.menu) < 0)
            m_targetMenu->addItem(tr("(missing menu \"%1\")").arg(it.menu), it.menu);
        m_targetMenu->setCurrentIndex(m_targetMenu->findData(it.menu));
        break;
    }
    case Item::Kind::Script:
    case Item::Kind::Verbatim:
        setPlainText(m_script, it.script);
        break;
    case Item::Kind::Gap:
    case Item::Kind::Shell:
    case Item::Kind::Reboot:
    case Item::Kind::Exit:
        break;
    }
    if (it.kind == Item::Kind::Sanboot || it.kind == Item::Kind::LocalDisk) {
        const QString drive = it.drive.trimmed();
        const QString problem = (!drive.isEmpty() && ScriptWriter::sanitizeDrive(drive).isEmpty())
            ? tr("A drive is a number such as 0x80 or 128; this one is left out.")
            : QString();
        showProblem(m_drive, m_driveHint, problem);
    }
}

} // namespace Bootlace
