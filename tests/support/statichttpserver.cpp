#include "support/statichttpserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

namespace Bootlace::Test {

StaticHttpServer::~StaticHttpServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool StaticHttpServer::start(const QString &directory)
{
    // The server prints its port once it listens; reading it back avoids racing for a port.
    m_process.setProgram(QStringLiteral("/usr/bin/python3"));
    m_process.setArguments({QStringLiteral("-u"), QStringLiteral("-c"),
                            QStringLiteral("import functools,http.server,sys\n"
                                           "class H(http.server.SimpleHTTPRequestHandler):\n"
                                           "    def log_message(self,*a): pass\n"
                                           "s=http.server.ThreadingHTTPServer(('127.0.0.1',0),"
                                           "functools.partial(H,directory=sys.argv[1]))\n"
                                           "print(s.server_address[1])\n"
                                           "s.serve_forever()"),
                            directory});
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start /usr/bin/python3 (install python3): ") + m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!m_process.canReadLine() && !deadline.hasExpired())
        m_process.waitForReadyRead(100);
    m_port = QString::fromUtf8(m_process.readLine()).trimmed().toInt();
    if (m_port <= 0) {
        m_error = QStringLiteral("the HTTP server did not report its port: ")
            + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    return true;
}

QString StaticHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

} // namespace Bootlace::Test
