#include "testboot/vmmonitor.h"

#include <QFile>
#include <QLocalSocket>

namespace Bootlace {

namespace {

const QByteArray kPrompt = QByteArrayLiteral("(qemu) ");

} // namespace

VmMonitor::VmMonitor(QObject *parent)
    : QObject(parent)
{
    m_retry.setInterval(100);
    connect(&m_retry, &QTimer::timeout, this, &VmMonitor::tryConnect);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, &VmMonitor::requestScreen);
}

VmMonitor::~VmMonitor()
{
    detach();
}

void VmMonitor::attach(const QString &socketPath, const QString &scratchDir)
{
    detach();
    m_socketPath = socketPath;
    m_scratchDir = scratchDir;
    m_attempts = 0;
    m_retry.start();
    tryConnect();
}

void VmMonitor::detach()
{
    m_retry.stop();
    m_refresh.stop();
    m_queue.clear();
    m_pending.clear();
    m_buffer.clear();
    m_ready = false;
    m_screenQueued = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

bool VmMonitor::isConnected() const
{
    return m_socket && m_socket->state() == QLocalSocket::ConnectedState && m_ready;
}

void VmMonitor::tryConnect()
{
    if (m_socket)
        return;
    // QEMU creates the socket a moment after it starts; give up after 30 s.
    if (++m_attempts > 300) {
        m_retry.stop();
        Q_EMIT disconnected();
        return;
    }
    auto *socket = new QLocalSocket(this);
    m_socket = socket;
    connect(socket, &QLocalSocket::readyRead, this, &VmMonitor::readReply);
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket](QLocalSocket::LocalSocketError) {
        if (socket != m_socket)
            return;
        const bool wasReady = m_ready;
        m_socket = nullptr;
        socket->deleteLater();
        m_ready = false;
        if (wasReady) {
            m_refresh.stop();
            Q_EMIT disconnected();
        }
    });
    connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_socket = nullptr;
        socket->deleteLater();
        m_ready = false;
        m_refresh.stop();
        Q_EMIT disconnected();
    });
    socket->connectToServer(m_socketPath);
}

void VmMonitor::sendKey(const QString &qemuKey)
{
    if (qemuKey.isEmpty() || !isConnected())
        return;
    enqueue(QStringLiteral("sendkey ") + qemuKey);
}

void VmMonitor::enqueue(const QString &command)
{
    m_queue.enqueue(command);
    sendNext();
}

void VmMonitor::sendNext()
{
    if (!m_ready || !m_pending.isEmpty() || m_queue.isEmpty() || !m_socket)
        return;
    m_pending = m_queue.dequeue();
    m_socket->write(m_pending.toUtf8() + '\n');
}

void VmMonitor::requestScreen()
{
    if (m_screenQueued || !isConnected())
        return;
    m_screenQueued = true;
    enqueue(QStringLiteral("screendump ") + m_scratchDir + QStringLiteral("/screen.ppm"));
}

void VmMonitor::readReply()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    // Every command's reply ends with the next prompt; the greeting ends with the first one.
    qsizetype at;
    while ((at = m_buffer.indexOf(kPrompt)) >= 0) {
        m_buffer.remove(0, at + kPrompt.size());
        if (!m_ready) {
            m_ready = true;
            m_retry.stop();
            m_refresh.start();
            Q_EMIT connected();
            requestScreen();
            continue;
        }
        const QString done = m_pending;
        m_pending.clear();
        if (done.startsWith(QLatin1String("screendump "))) {
            m_screenQueued = false;
            QImage image;
            if (image.load(done.mid(11), "PPM") && image != m_screen) {
                m_screen = image;
                Q_EMIT screenChanged(m_screen);
            }
        }
    }
    sendNext();
}

QString VmMonitor::qemuKeyName(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text)
{
    QString name;
    switch (qtKey) {
    case Qt::Key_Return:
    case Qt::Key_Enter: name = QStringLiteral("ret"); break;
    case Qt::Key_Escape: name = QStringLiteral("esc"); break;
    case Qt::Key_Backspace: name = QStringLiteral("backspace"); break;
    case Qt::Key_Tab: name = QStringLiteral("tab"); break;
    case Qt::Key_Space: name = QStringLiteral("spc"); break;
    case Qt::Key_Up: name = QStringLiteral("up"); break;
    case Qt::Key_Down: name = QStringLiteral("down"); break;
    case Qt::Key_Left: name = QStringLiteral("left"); break;
    case Qt::Key_Right: name = QStringLiteral("right"); break;
    case Qt::Key_Home: name = QStringLiteral("home"); break;
    case Qt::Key_End: name = QStringLiteral("end"); break;
    case Qt::Key_PageUp: name = QStringLiteral("pgup"); break;
    case Qt::Key_PageDown: name = QStringLiteral("pgdn"); break;
    case Qt::Key_Delete: name = QStringLiteral("delete"); break;
    case Qt::Key_Minus: name = QStringLiteral("minus"); break;
    case Qt::Key_Period: name = QStringLiteral("dot"); break;
    case Qt::Key_Slash: name = QStringLiteral("slash"); break;
    case Qt::Key_Equal: name = QStringLiteral("equal"); break;
    default:
        if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F12) {
            name = QStringLiteral("f%1").arg(qtKey - Qt::Key_F1 + 1);
        } else if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z) {
            name = QChar(QLatin1Char('a').unicode() + (qtKey - Qt::Key_A));
            // Upper case as typed (Shift or Caps Lock): iPXE hotkeys are case-sensitive.
            if (text.size() == 1 && text.front().isUpper() && !(modifiers & Qt::ControlModifier))
                return QStringLiteral("shift-") + name;
        } else if (qtKey >= Qt::Key_0 && qtKey <= Qt::Key_9) {
            name = QChar(QLatin1Char('0').unicode() + (qtKey - Qt::Key_0));
        } else {
            return {};
        }
    }
    if (modifiers & Qt::ControlModifier)
        name.prepend(QStringLiteral("ctrl-"));
    if (modifiers & Qt::AltModifier)
        name.prepend(QStringLiteral("alt-"));
    return name;
}

} // namespace Bootlace
