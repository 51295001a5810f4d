#include "projectsettingsdialog.h"

#include "ipxe/buildprofile.h"
#include "model/commands/editprojectsettings.h"
#include "model/commands/editvariables.h"
#include "model/identifier.h"
#include "model/projectmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Bootlace {

ProjectSettingsDialog::ProjectSettingsDialog(ProjectModel *model, QUndoStack *stack, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_stack(stack)
    , m_name(new QLineEdit(this))
    , m_profile(new QComboBox(this))
    , m_variables(new QTableWidget(0, 2, this))
    , m_preamble(new QPlainTextEdit(this))
    , m_epilogue(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Project Settings"));
    resize(640, 560);
    const Project &p = model->project();

    m_name->setText(p.name);
    m_name->setAccessibleName(tr("Project name"));
    for (const QString &name : BuildProfile::names())
        m_profile->addItem(BuildProfile::byName(name).displayName(), name);
    if (m_profile->findData(p.buildProfile) < 0)
        m_profile->addItem(p.buildProfile, p.buildProfile);
    m_profile->setCurrentIndex(m_profile->findData(p.buildProfile));
    m_profile->setAccessibleName(tr("Target iPXE build"));

    m_variables->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->hide();
    m_variables->setAccessibleName(tr("Variables"));
    for (const Variable &v : p.variables) {
        const int row = m_variables->rowCount();
        m_variables->insertRow(row);
        m_variables->setItem(row, 0, new QTableWidgetItem(v.name));
        m_variables->setItem(row, 1, new QTableWidgetItem(v.value));
    }
    m_variables->resizeColumnToContents(0);
    auto *add = new QPushButton(tr("&Add variable"), this);
    auto *remove = new QPushButton(tr("&Remove variable"), this);
    connect(add, &QPushButton::clicked, this, &ProjectSettingsDialog::addVariable);
    connect(remove, &QPushButton::clicked, this, &ProjectSettingsDialog::removeVariable);
    auto *varButtons = new QHBoxLayout;
    varButtons->addWidget(add);
    varButtons->addWidget(remove);
    varButtons->addStretch();

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {m_preamble, m_epilogue}) {
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setTabChangesFocus(true);
    }
    m_preamble->setPlainText(p.preamble);
    m_preamble->setAccessibleName(tr("Raw script before the menus"));
    m_epilogue->setPlainText(p.epilogue);
    m_epilogue->setAccessibleName(tr("Raw script after the menus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Target &build:"), m_profile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Variables (written as `set NAME VALUE`, use them as ${NAME}):"), this));
    layout->addWidget(m_variables, 2);
    layout->addLayout(varButtons);
    layout->addWidget(new QLabel(tr("Raw script before the first menu:"), this));
    layout->addWidget(m_preamble, 1);
    layout->addWidget(new QLabel(tr("Raw script after the last menu:"), this));
    layout->addWidget(m_epilogue, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ProjectSettingsDialog::~ProjectSettingsDialog() = default;

void ProjectSettingsDialog::addVariable()
{
    const int row = m_variables->rowCount();
    m_variables->insertRow(row);
    m_variables->setItem(row, 0, new QTableWidgetItem(QStringLiteral("name")));
    m_variables->setItem(row, 1, new QTableWidgetItem());
    m_variables->setCurrentCell(row, 0);
    m_variables->editItem(m_variables->item(row, 0));
}

void ProjectSettingsDialog::removeVariable()
{
    if (m_variables->currentRow() >= 0)
        m_variables->removeRow(m_variables->currentRow());
}

void ProjectSettingsDialog::accept()
{
    QList<Variable> variables;
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QString name = m_variables->item(row, 0) ? m_variables->item(row, 0)->text().trimmed() : QString();
        const QString value = m_variables->item(row, 1) ? m_variables->item(row, 1)->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (!Identifier::isValid(name)) {
            QMessageBox::warning(this, tr("Invalid variable name"),
                                 tr("\"%1\" is not a valid variable name: use letters, digits, _, . and -, "
                                    "not starting with - or .").arg(name));
            m_variables->setCurrentCell(row, 0);
            return;
        }
        variables.append({name, value});
    }
    const Project &p = m_model->project();
    const QString profile = m_profile->currentData().toString();
    const bool settingsChanged = m_name->text() != p.name || profile != p.buildProfile
        || m_preamble->toPlainText() != p.preamble || m_epilogue->toPlainText() != p.epilogue;
    const bool variablesChanged = variables != p.variables;
    if (settingsChanged || variablesChanged) {
        m_stack->beginMacro(tr("Edit project settings"));
        if (settingsChanged)
            m_stack->push(new EditProjectSettings(m_model, m_name->text(), profile, m_preamble->toPlainText(),
                                                  m_epilogue->toPlainText()));
        if (variablesChanged)
            m_stack->push(new EditVariables(m_model, variables));
        m_stack->endMacro();
    }
    QDialog::accept();
}

} // namespace Bootlace
