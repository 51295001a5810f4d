#include "editor/menueditor.h"

#include "editor/formfields.h"

#include "model/commands/edititem.h"
#include "model/commands/editmenu.h"
#include "model/identifier.h"
#include "model/projectmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Bootlace {

using namespace FormFields;

namespace {

constexpr double kDefaultTimeoutSeconds = 10.0;

} // namespace

MenuEditor::MenuEditor(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Menu"));
    auto *outer = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Select a menu in the tree to edit it."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);

    m_form = new QWidget(this);
    outer->addWidget(m_form);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(m_form);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_description = makeNote(m_form, QString());
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_id = new QLineEdit(m_form);
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setAccessibleName(tr("Menu id"));
    m_id->setToolTip(tr("The menu's label in the script; submenu links refer to it"));
    m_id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_idHint = makeNote(m_form, QString(), ErrorColor);
    m_idHint->setObjectName(QStringLiteral("idHint"));
    m_idHint->hide();
    auto *idBox = new QWidget(m_form);
    auto *idLayout = new QVBoxLayout(idBox);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->setSpacing(2);
    idLayout->addWidget(m_id);
    idLayout->addWidget(m_idHint);
    idBox->setFocusProxy(m_id);
    form->addRow(tr("&Id:"), idBox);
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idDirty = true;
        updateIdProblem();
    });
    connect(m_id, &QLineEdit::editingFinished, this, &MenuEditor::commitId);

    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Shown above the entries"));
    form->addRow(tr("&Title:"), m_title);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("title"), [&text](Menu &m) { m.title = text; });
    });

    m_default = new QComboBox(m_form);
    m_default->setObjectName(QStringLiteral("defaultItem"));
    m_default->setAccessibleName(tr("Default entry"));
    m_default->setToolTip(tr("Highlighted when the menu opens and chosen when the timeout runs out"));
    form->addRow(tr("&Default entry:"), m_default);
    connect(m_default, &QComboBox::activated, this, [this] {
        const QString id = m_default->currentData().toString();
        edit(QString(), [&id](Menu &m) { m.defaultItem = id; });
    });

    auto *timeoutBox = new QWidget(m_form);
    auto *timeoutOuter = new QVBoxLayout(timeoutBox);
    timeoutOuter->setContentsMargins(0, 0, 0, 0);
    timeoutOuter->setSpacing(2);
    auto *timeoutLayout = new QHBoxLayout;
    timeoutOuter->addLayout(timeoutLayout);
    m_timeout = new QDoubleSpinBox(timeoutBox);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setDecimals(1);
    m_timeout->setSingleStep(0.1);
    m_timeout->setRange(0.1, 86400.0);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(kDefaultTimeoutSeconds);
    m_forever = new QCheckBox(tr("Wait &forever"), timeoutBox);
    m_forever->setObjectName(QStringLiteral("forever"));
    m_forever->setAccessibleName(tr("Wait forever"));
    timeoutLayout->addWidget(m_timeout);
    timeoutLayout->addWidget(m_forever);
    timeoutLayout->addStretch(1);
    timeoutOuter->addWidget(makeNote(timeoutBox, tr("When the time is up, the default entry starts. Pressing "
                                                     "any key stops the countdown.")));
    timeoutBox->setFocusProxy(m_timeout);
    form->addRow(tr("Time&out:"), timeoutBox);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        if (m_refreshing || m_forever->isChecked())
            return;
        const int ms = int(std::lround(seconds * 1000.0));
        edit(QStringLiteral("timeoutMs"), [ms](Menu &m) { m.timeoutMs = ms; });
    });
    connect(m_forever, &QCheckBox::clicked, this, [this](bool forever) {
        const int ms = forever ? 0 : int(std::lround(m_timeout->value() * 1000.0));
        edit(QString(), [ms](Menu &m) { m.timeoutMs = ms; });
    });

    refresh();
}

MenuEditor::~MenuEditor()
{
    // The fields outlive this destructor (QWidget deletes them later) and a focused line edit
    // still reports editingFinished on its way out: nothing of theirs may reach this object.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void MenuEditor::setProjectModel(ProjectModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_index = QPersistentModelIndex();
    if (model)
        connect(model, &ProjectModel::projectChanged, this, &MenuEditor::refresh);
    refresh();
}

void MenuEditor::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
    refresh();
}

void MenuEditor::setCurrent(int menu)
{
    const QModelIndex index = (m_model && menu >= 0) ? m_model->menuIndex(menu) : QModelIndex();
    if (index == QModelIndex(m_index))
        return;
    m_index = index;
    m_idDirty = false;
    m_menuSwitched = true;
    refresh();
}

int MenuEditor::currentMenu() const
{
    return (m_model && m_index.isValid() && !m_index.parent().isValid()) ? m_index.row() : -1;
}

void MenuEditor::edit(const QString &field, const std::function<void(Menu &)> &change)
{
    const int index = currentMenu();
    if (m_refreshing || !m_undoStack || index < 0)
        return;
    const Menu &before = m_model->project().menus.at(index);
    Menu after = before;
    change(after);
    if (after != before)
        m_undoStack->push(new EditMenu(m_model, index, after, field));
}

QString MenuEditor::idProblem(const QString &id) const
{
    const int index = currentMenu();
    if (index < 0 || id == m_model->project().menus.at(index).id)
        return {};
    if (id.isEmpty())
        return tr("An id is required.");
    if (!Identifier::isValid(id))
        return tr("Use up to 64 letters, digits, '_', '.' and '-', not starting with '-' or '.'.");
    if (m_model->project().allIds().contains(id))
        return tr("\"%1\" is already the id of another menu or entry.").arg(id);
    return {};
}

void MenuEditor::updateIdProblem()
{
    const QString problem = idProblem(m_id->text());
    m_idHint->setText(problem);
    m_idHint->setVisible(!problem.isEmpty());
    const QString sheet = problem.isEmpty()
        ? QString()
        : QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 2px; padding: 2px; }").arg(ErrorColor.name());
    if (m_id->styleSheet() != sheet)
        m_id->setStyleSheet(sheet);
    m_id->setAccessibleDescription(problem);
}

void MenuEditor::commitId()
{
    const int index = currentMenu();
    if (m_refreshing || !m_undoStack || index < 0)
        return;
    const QString newId = m_id->text();
    const QString oldId = m_model->project().menus.at(index).id;
    if (newId == oldId || !idProblem(newId).isEmpty()) {
        m_idDirty = newId != oldId;
        updateIdProblem();
        return;
    }
    m_idDirty = false;
    // Submenu links name the menu by id: they follow the rename.
    m_undoStack->beginMacro(tr("Rename menu %1 to %2").arg(oldId, newId));
    Menu settings = m_model->project().menus.at(index);
    settings.id = newId;
    m_undoStack->push(new EditMenu(m_model, index, settings));
    const Project &project = m_model->project();
    for (int m = 0; m < project.menus.size(); ++m) {
        for (int r = 0; r < project.menus.at(m).items.size(); ++r) {
            const Item &it = project.menus.at(m).items.at(r);
            if (it.kind == Item::Kind::Submenu && it.menu == oldId) {
                Item link = it;
                link.menu = newId;
                m_undoStack->push(new EditItem(m_model, m, r, link));
            }
        }
    }
    m_undoStack->endMacro();
}

void MenuEditor::refresh()
{
    const int index = currentMenu();
    m_empty->setVisible(index < 0);
    m_form->setVisible(index >= 0);
    if (index < 0)
        return;
    QScopedValueRollback guard(m_refreshing, true);
    const Menu &menu = m_model->project().menus.at(index);
    m_form->setEnabled(m_undoStack != nullptr);
    m_heading->setText(index == 0 ? tr("Root menu") : tr("Menu"));
    m_description->setText(index == 0 ? tr("The first menu a client shows.")
                                      : tr("Opened by the submenu links that point to it."));

    if (!m_idDirty)
        setLineText(m_id, menu.id);
    updateIdProblem();
    setLineText(m_title, menu.title);

    m_default->clear();
    m_default->addItem(tr("(first item)"), QString());
    for (const Item &it : menu.items) {
        if (it.isSelectable())
            m_default->addItem(tr("%1 (%2)").arg(it.label.isEmpty() ? it.id : it.label, it.id), it.id);
    }
    if (!menu.defaultItem.isEmpty() && m_default->findData(menu.defaultItem) < 0)
        m_default->addItem(tr("(missing entry \"%1\")").arg(menu.defaultItem), menu.defaultItem);
    m_default->setCurrentIndex(m_default->findData(menu.defaultItem));

    m_forever->setChecked(menu.timeoutMs == 0);
    m_timeout->setEnabled(menu.timeoutMs != 0);
    if (menu.timeoutMs > 0) {
        const double seconds = menu.timeoutMs / 1000.0;
        // Keep the text being typed ("2." on the way to "2.5") when it already means this value.
        if (std::lround(m_timeout->value() * 1000.0) != menu.timeoutMs)
            m_timeout->setValue(seconds);
    } else if (m_menuSwitched) {
        m_timeout->setValue(kDefaultTimeoutSeconds);
    }
    m_menuSwitched = false;
}

} // namespace Bootlace
