#pragma once

#include <QImage>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QTimer>

class QLocalSocket;

namespace Bootlace {

// Talks to a running QEMU's human monitor (HMP) over its UNIX socket: refreshes a picture of
// the guest screen (`screendump`) a few times a second and sends key presses (`sendkey`).
// This is how the test-boot window shows real iPXE and lets the user drive its menu without
// QEMU's own GUI (Debian's qemu-system-gui is optional) and without blocking the UI thread.
class VmMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmMonitor)

public:
    explicit VmMonitor(QObject *parent = nullptr);
    ~VmMonitor() override;

    // Connects to `socketPath` (retrying while QEMU starts up) and dumps screens into
    // `scratchDir` (a private temporary directory).
    void attach(const QString &socketPath, const QString &scratchDir);
    void detach();
    bool isConnected() const;

    // QEMU sendkey names, e.g. "ret", "down", "shift-a", "ctrl-b".
    void sendKey(const QString &qemuKey);
    void setRefreshInterval(int ms) { m_refresh.setInterval(ms); }
    QImage screen() const { return m_screen; }

    // The QEMU key name for a key press, or empty when QEMU has no name for it.
    static QString qemuKeyName(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text);

Q_SIGNALS:
    void connected();
    void screenChanged(const QImage &screen);
    void disconnected();

private:
    void tryConnect();
    void enqueue(const QString &command);
    void sendNext();
    void readReply();
    void requestScreen();

    QLocalSocket *m_socket = nullptr;
    QString m_socketPath;
    QString m_scratchDir;
    QTimer m_retry;
    QTimer m_refresh;
    int m_attempts = 0;
    QQueue<QString> m_queue;
    QString m_pending;          // the command sent, waiting for the next prompt
    QByteArray m_buffer;
    bool m_ready = false;       // the first prompt has been seen
    bool m_screenQueued = false;
    QImage m_screen;
};

} // namespace Bootlace
