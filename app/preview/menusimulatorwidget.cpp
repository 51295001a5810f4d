#include "preview/menusimulatorwidget.h"

#include "preview/scripthighlighting.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <array>
#include <functional>

namespace Bootlace {

namespace {

// iPXE's menu layout (src/hci/tui/menu_ui.c) on its 80x25 console.
constexpr int kColumns = MenuSimulatorWidget::ScreenColumns;
constexpr int kRows = MenuSimulatorWidget::ScreenRows;
constexpr int kTitleRow = 1;
constexpr int kMenuRow = 3;
constexpr int kMenuCol = 1;
constexpr int kMenuRows = kRows - 2 - kMenuRow;
constexpr int kMenuCols = kColumns - 2;
constexpr int kMenuPad = 2;

// iPXE's default colour pairs (src/config/colour.h) in VGA text-mode colours; bold is bright.
enum class Pair : quint8 { Normal, Select, Separator };

struct Cell
{
    QChar ch = QLatin1Char(' ');
    Pair pair = Pair::Normal;
    bool bold = false;
};

using Buffer = std::array<std::array<Cell, kColumns>, kRows>;

QColor foreground(Pair pair, bool bold)
{
    switch (pair) {
    case Pair::Separator:
        return bold ? QColor(0x55, 0xff, 0xff) : QColor(0x00, 0xaa, 0xaa);
    case Pair::Normal:
    case Pair::Select:
        break;
    }
    return bold ? QColor(0xff, 0xff, 0xff) : QColor(0xaa, 0xaa, 0xaa);
}

QColor background(Pair pair)
{
    return pair == Pair::Select ? QColor(0xaa, 0x00, 0x00) : QColor(0x00, 0x00, 0xaa);
}

void put(Buffer &buffer, int row, int column, const QString &text, Pair pair, bool bold = false)
{
    if (row < 0 || row >= kRows)
        return;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int c = column + int(i);
        if (c < 0 || c >= kColumns)
            continue;
        buffer[row][c] = Cell { text.at(i), pair, bold };
    }
}

// The character screen: paints a Buffer on a grid whose cell size comes from the font, so it
// follows the font size and the device pixel ratio. Keys go to the owning widget.
class MenuScreen final : public QWidget
{
    Q_DISABLE_COPY_MOVE(MenuScreen)

public:
    explicit MenuScreen(QWidget *parent, std::function<bool(QKeyEvent *)> onKey)
        : QWidget(parent)
        , m_onKey(std::move(onKey))
    {
        setFocusPolicy(Qt::StrongFocus);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        // Grows no taller than the font asks for; extra height goes to the commands below.
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
        setAttribute(Qt::WA_OpaquePaintEvent, false);
    }

    void setBuffer(const Buffer &buffer)
    {
        m_buffer = buffer;
        update();
    }
    const Buffer &buffer() const { return m_buffer; }

    QSizeF cellSize() const
    {
        const QFontMetricsF fm(font());
        return { fm.horizontalAdvance(QLatin1Char('M')), fm.height() };
    }

    QSize sizeHint() const override
    {
        const QSizeF cell = cellSize();
        return QSize(qCeil(cell.width() * kColumns), qCeil(cell.height() * kRows)) + QSize(2 * kFrame, 2 * kFrame);
    }

    QSize minimumSizeHint() const override { return sizeHint() / 3; }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (m_onKey(event))
            event->accept();
        else
            QWidget::keyPressEvent(event);
    }

    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        update();
    }

    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QSizeF cell = cellSize();
        const QSizeF natural(cell.width() * kColumns, cell.height() * kRows);
        const QRectF avail = QRectF(rect()).adjusted(kFrame, kFrame, -kFrame, -kFrame);
        // Never larger than the font asks for; smaller (keeping the shape) when space is short.
        const qreal scale = std::min({ 1.0, avail.width() / natural.width(), avail.height() / natural.height() });
        const QSizeF shown = natural * scale;
        const QPointF origin(avail.left() + (avail.width() - shown.width()) / 2,
                             avail.top() + (avail.height() - shown.height()) / 2);
        const QRectF screenRect(origin, shown);

        const QColor frame = hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
        p.setPen(QPen(frame, kFrame));
        p.setBrush(Qt::NoBrush);
        p.drawRect(screenRect.adjusted(-kFrame / 2.0, -kFrame / 2.0, kFrame / 2.0, kFrame / 2.0));

        p.translate(origin);
        p.scale(scale, scale);
        QFont normal = font();
        QFont bold = font();
        bold.setBold(true);
        const qreal ascent = QFontMetricsF(normal).ascent();
        for (int r = 0; r < kRows; ++r) {
            const qreal y = r * cell.height();
            for (int c = 0; c < kColumns; ++c) {
                const Cell &cellData = m_buffer[r][c];
                const QRectF box(c * cell.width(), y, cell.width(), cell.height());
                // Overlap by a pixel so that no seams show between scaled cells.
                p.fillRect(box.adjusted(0, 0, 0.75, 0.75), background(cellData.pair));
            }
            for (int c = 0; c < kColumns; ++c) {
                const Cell &cellData = m_buffer[r][c];
                if (cellData.ch == QLatin1Char(' '))
                    continue;
                p.setFont(cellData.bold ? bold : normal);
                p.setPen(foreground(cellData.pair, cellData.bold));
                p.drawText(QPointF(c * cell.width(), y + ascent), QString(cellData.ch));
            }
        }
    }

    void changeEvent(QEvent *event) override
    {
        QWidget::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            updateGeometry();
    }

private:
    static constexpr int kFrame = 2;
    std::function<bool(QKeyEvent *)> m_onKey;
    Buffer m_buffer;
};

struct ClientChoice
{
    const char *name;
    PlatformCondition::Firmware firmware;
    PlatformCondition::Arch arch;
};

const ClientChoice kClients[] = {
    { QT_TRANSLATE_NOOP("Bootlace::MenuSimulatorWidget", "BIOS (x86)"), PlatformCondition::Firmware::Bios,
      PlatformCondition::Arch::I386 },
    { QT_TRANSLATE_NOOP("Bootlace::MenuSimulatorWidget", "UEFI x86_64"), PlatformCondition::Firmware::Uefi,
      PlatformCondition::Arch::X86_64 },
    { QT_TRANSLATE_NOOP("Bootlace::MenuSimulatorWidget", "UEFI arm64"), PlatformCondition::Firmware::Uefi,
      PlatformCondition::Arch::Arm64 },
};

MenuScreen *asScreen(QWidget *w)
{
    return static_cast<MenuScreen *>(w);
}

} // namespace

MenuSimulatorWidget::MenuSimulatorWidget(QWidget *parent)
    : QWidget(parent)
    , m_client(new QComboBox(this))
    , m_restart(new QPushButton(tr("&Restart"), this))
    , m_hint(new QLabel(this))
    , m_commandsTitle(new QLabel(this))
    , m_commands(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Menu simulator"));
    m_screen = new MenuScreen(this, [this](QKeyEvent *e) { return handleKey(e->key(), e->modifiers(), e->text()); });
    m_screen->setObjectName(QStringLiteral("menuScreen"));
    m_screen->setAccessibleName(tr("Simulated boot menu"));

    for (const ClientChoice &c : kClients)
        m_client->addItem(tr(c.name));
    m_client->setObjectName(QStringLiteral("clientSelector"));
    m_client->setAccessibleName(tr("Client"));
    m_client->setToolTip(tr("The firmware and architecture of the simulated client"));
    auto *clientLabel = new QLabel(tr("&Client:"), this);
    clientLabel->setBuddy(m_client);
    m_restart->setObjectName(QStringLiteral("restartSimulation"));
    m_restart->setAccessibleName(tr("Restart simulation"));
    m_restart->setToolTip(tr("Back to the root menu with its countdown"));

    m_hint->setText(tr("Click the screen, then: \u2191 \u2193 Page Up/Down Home End move, Enter chooses, "
                       "hotkeys choose at once, Esc goes back."));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_commandsTitle->setObjectName(QStringLiteral("commandsTitle"));
    m_commandsTitle->setWordWrap(true);
    m_commandsTitle->setText(tr("Choose an entry to see the commands it runs."));
    m_commands->setObjectName(QStringLiteral("commandsPanel"));
    m_commands->setAccessibleName(tr("Commands of the chosen entry"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commandsTitle->setBuddy(m_commands);
    const QFontMetrics fm(m_commands->font());
    m_commands->setMinimumHeight(fm.lineSpacing() * 4 + 2 * m_commands->frameWidth() + 8);
    m_commands->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_highlighter = ScriptHighlighting::attach(m_commands->document(), m_commands->palette());

    auto *top = new QHBoxLayout;
    top->addWidget(clientLabel);
    top->addWidget(m_client);
    top->addStretch(1);
    top->addWidget(m_restart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_screen);
    layout->addWidget(m_hint);
    layout->addWidget(m_commandsTitle);
    layout->addWidget(m_commands, 1);
    setFocusProxy(m_screen);
    setTabOrder(m_client, m_restart);
    setTabOrder(m_restart, m_screen);
    setTabOrder(m_screen, m_commands);

    m_countdown.setSingleShot(true);
    connect(&m_countdown, &QTimer::timeout, this, &MenuSimulatorWidget::tick);
    connect(m_client, &QComboBox::currentIndexChanged, this, &MenuSimulatorWidget::clientChanged);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        restart();
        m_screen->setFocus();
    });
    render();
}

MenuSimulatorWidget::~MenuSimulatorWidget() = default;

void MenuSimulatorWidget::setProject(const Project &project)
{
    m_project = project;
    if (project.menus.isEmpty()) {
        stopCountdown();
        m_sim = MenuSimulation();
        m_menuId.clear();
        setRow(-1);
        return;
    }
    const QString menuId = project.menuIndex(m_menuId) >= 0 ? m_menuId : project.menus.front().id;
    const int previousTimeout = m_sim.isValid() && m_sim.menuId() == menuId ? m_sim.timeoutMs() : -1;
    rebuild(menuId, currentItemId());
    if (previousTimeout != m_sim.timeoutMs())
        startCountdown();
}

void MenuSimulatorWidget::setClient(Firmware firmware, Arch arch)
{
    for (int i = 0; i < int(std::size(kClients)); ++i) {
        if (kClients[i].firmware == firmware && kClients[i].arch == arch && m_client->currentIndex() != i) {
            m_client->setCurrentIndex(i); // comes back through clientChanged()
            return;
        }
    }
    if (firmware == m_firmware && arch == m_arch)
        return;
    m_firmware = firmware;
    m_arch = arch;
    if (m_sim.isValid())
        rebuild(m_menuId, currentItemId());
}

void MenuSimulatorWidget::clientChanged(int index)
{
    if (index < 0 || index >= int(std::size(kClients)))
        return;
    setClient(kClients[index].firmware, kClients[index].arch);
}

void MenuSimulatorWidget::showMenu(const QString &menuId)
{
    if (m_project.menuIndex(menuId) < 0)
        return;
    rebuild(menuId, QString());
    startCountdown();
}

bool MenuSimulatorWidget::selectItem(const QString &itemId)
{
    int menuIndex = -1;
    if (!m_project.findItem(itemId, &menuIndex) || menuIndex < 0)
        return false;
    const QString menuId = m_project.menus.at(menuIndex).id;
    if (menuId != m_menuId) {
        rebuild(menuId, QString());
        startCountdown();
    }
    const int row = m_sim.rowOf(itemId);
    if (row < 0 || !m_sim.rows().at(row).selectable)
        return false;
    setRow(row);
    return true;
}

void MenuSimulatorWidget::restart()
{
    m_commandsTitle->setText(tr("Choose an entry to see the commands it runs."));
    m_commands->clear();
    if (m_project.menus.isEmpty())
        return;
    rebuild(m_project.menus.front().id, QString());
    startCountdown();
}

QString MenuSimulatorWidget::currentItemId() const
{
    return m_row >= 0 && m_row < m_sim.rows().size() ? m_sim.rows().at(m_row).itemId : QString();
}

QStringList MenuSimulatorWidget::screenText() const
{
    QStringList out;
    for (const auto &row : asScreen(m_screen)->buffer()) {
        QString line;
        line.reserve(kColumns);
        for (const Cell &c : row)
            line += c.ch;
        out << line;
    }
    return out;
}

QString MenuSimulatorWidget::commandsText() const
{
    return m_commands->toPlainText();
}

void MenuSimulatorWidget::rebuild(const QString &menuId, const QString &keepItem)
{
    m_menuId = menuId;
    m_sim = MenuSimulation(m_project, menuId, m_firmware, m_arch);
    int row = m_sim.rowOf(keepItem);
    if (row < 0 || !m_sim.rows().at(row).selectable)
        row = m_sim.initialRow();
    setRow(row);
}

void MenuSimulatorWidget::setRow(int row)
{
    m_row = row;
    m_firstRow = MenuSimulation::pageStart(std::max(row, 0), kMenuRows);
    render();
    const QString id = currentItemId();
    if (id != m_lastItem) {
        m_lastItem = id;
        Q_EMIT currentItemChanged(id);
    }
}

bool MenuSimulatorWidget::handleKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    if (!m_sim.isValid())
        return false;
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    int move = 0;
    bool handled = true;
    switch (key) {
    case Qt::Key_Up:
        move = -1;
        break;
    case Qt::Key_Down:
        move = +1;
        break;
    case Qt::Key_PageUp:
        setRow(m_sim.pageUp(m_row, kMenuRows));
        break;
    case Qt::Key_PageDown:
        setRow(m_sim.pageDown(m_row, kMenuRows));
        break;
    case Qt::Key_Home:
        setRow(m_sim.firstRow());
        break;
    case Qt::Key_End:
        setRow(m_sim.lastRow());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        stopCountdown(); // any key cancels iPXE's timeout
        choose(m_row, false);
        return true;
    case Qt::Key_Escape:
        stopCountdown();
        escape();
        return true;
    default:
        handled = false;
        break;
    }
    if (!handled && text.size() == 1 && text.front().isPrint()) {
        stopCountdown();
        // iPXE chooses an entry as soon as its hotkey is pressed.
        const int row = m_sim.rowForHotkey(text);
        if (row >= 0) {
            setRow(row);
            choose(row, false);
        } else {
            render();
        }
        return true;
    }
    if (!handled)
        return false;
    stopCountdown();
    if (move != 0)
        setRow(m_sim.move(m_row, move));
    render();
    return true;
}

void MenuSimulatorWidget::choose(int row, bool byTimeout)
{
    if (row < 0 || row >= m_sim.rows().size() || !m_sim.rows().at(row).selectable)
        return;
    const MenuSimulation::Row entry = m_sim.rows().at(row);
    const QStringList commands = m_sim.commandsFor(entry.itemId);
    const QString title = byTimeout ? tr("The timeout chose \u201c%1\u201d, which runs:").arg(entry.text)
                                    : tr("Choosing \u201c%1\u201d runs:").arg(entry.text);
    showCommands(title, commands);
    Q_EMIT entryChosen(entry.itemId);
    const QString submenu = m_sim.submenuOf(entry.itemId);
    if (!submenu.isEmpty() && m_project.menuIndex(submenu) >= 0)
        showMenu(submenu);
}

void MenuSimulatorWidget::escape()
{
    const QString target = m_sim.escapeMenuId();
    if (target.isEmpty()) {
        showCommands(tr("Escape cancels the root menu: its choose command fails and the script exits."), {});
        return;
    }
    showCommands(tr("Escape cancels this menu: the script goes back to the root menu."), {});
    showMenu(target);
}

void MenuSimulatorWidget::showCommands(const QString &title, const QStringList &commands)
{
    m_commandsTitle->setText(title);
    m_commands->setPlainText(commands.join(QLatin1Char('\n')));
}

void MenuSimulatorWidget::startCountdown()
{
    m_countdown.stop();
    m_counting = m_sim.isValid() && m_sim.timeoutMs() > 0 && m_sim.hasSelectableRow();
    m_remainingMs = m_counting ? m_sim.timeoutMs() : 0;
    if (m_counting && isVisible())
        scheduleTick();
    render();
}

void MenuSimulatorWidget::stopCountdown()
{
    if (!m_counting)
        return;
    m_countdown.stop();
    m_counting = false;
    m_remainingMs = 0;
    render();
}

// Like iPXE, wait for the rest of the current second, so the display changes on whole seconds.
void MenuSimulatorWidget::scheduleTick()
{
    m_tickMs = m_remainingMs % 1000;
    if (m_tickMs == 0)
        m_tickMs = 1000;
    m_countdown.start(m_tickMs);
}

void MenuSimulatorWidget::tick()
{
    if (!m_counting)
        return;
    m_remainingMs -= m_tickMs;
    if (m_remainingMs > 0) {
        scheduleTick();
        render();
        return;
    }
    m_counting = false;
    m_remainingMs = 0;
    render();
    choose(m_row, true);
}

void MenuSimulatorWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_counting && !m_countdown.isActive())
        scheduleTick();
}

// The countdown pauses while nobody can see it.
void MenuSimulatorWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_countdown.stop();
}

void MenuSimulatorWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        ScriptHighlighting::updatePalette(m_highlighter, m_commands->palette());
}

void MenuSimulatorWidget::render()
{
    Buffer buffer;
    QString description;
    if (!m_sim.isValid()) {
        const QString text = tr("No menu to show.");
        put(buffer, kRows / 2, (kColumns - int(text.size())) / 2, text, Pair::Normal, true);
        description = text;
    } else if (!m_sim.hasSelectableRow()) {
        // iPXE refuses to show a menu without entries: `choose` fails straight away.
        const QString text = tr("This client sees no entries: iPXE does not show this menu.");
        put(buffer, kRows / 2, std::max(0, (kColumns - int(text.size())) / 2), text.left(kColumns), Pair::Normal, true);
        description = text;
    } else {
        const QString title = m_sim.title().left(kMenuCols);
        put(buffer, kTitleRow, (kColumns - int(title.size())) / 2, title, Pair::Normal, true);
        const auto &rows = m_sim.rows();
        put(buffer, kMenuRow - 1, kMenuCol + kMenuPad, m_firstRow == 0 ? QStringLiteral("   ") : QStringLiteral("..."),
            Pair::Separator);
        put(buffer, kMenuRow + kMenuRows, kMenuCol + kMenuPad,
            m_firstRow + kMenuRows >= rows.size() ? QStringLiteral("   ") : QStringLiteral("..."), Pair::Separator);
        for (int i = 0; i < kMenuRows; ++i) {
            const int index = m_firstRow + i;
            if (index >= rows.size())
                break;
            const MenuSimulation::Row &row = rows.at(index);
            const bool selected = index == m_row;
            const Pair pair = selected ? Pair::Select : row.selectable ? Pair::Normal : Pair::Separator;
            QString line(kMenuCols, QLatin1Char(' '));
            const QString text = row.text.left(kMenuCols - 2 * kMenuPad);
            line.replace(kMenuPad, text.size(), text);
            if (selected && m_counting) {
                const QString seconds = QStringLiteral("(%1)").arg(remainingSeconds());
                line.replace(kMenuCols - kMenuPad - seconds.size(), seconds.size(), seconds);
            }
            put(buffer, kMenuRow + i, kMenuCol, line, pair, selected);
        }
        description = tr("%1. Highlighted: %2 (%3 of %4).")
                          .arg(m_sim.title(), m_row >= 0 ? rows.at(m_row).text : QString())
                          .arg(m_row + 1)
                          .arg(rows.size());
        if (m_counting) {
            const int seconds = remainingSeconds();
            description += QLatin1Char(' ')
                + (seconds == 1 ? tr("Chosen automatically in 1 second.")
                                : tr("Chosen automatically in %n seconds.", nullptr, seconds));
        }
    }
    asScreen(m_screen)->setBuffer(buffer);
    m_screen->setAccessibleDescription(description);
}

} // namespace Bootlace
