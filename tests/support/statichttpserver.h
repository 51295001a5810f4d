#pragma once

#include <QProcess>
#include <QString>

namespace Bootlace::Test {

// A plain HTTP server for a directory, on 127.0.0.1 and a free port (Python's http.server
// with /usr/bin/python3): a "remote" server that only the host reaches. Stopped when the
// object is destroyed.
class StaticHttpServer final
{
public:
    StaticHttpServer() = default;
    ~StaticHttpServer();
    StaticHttpServer(const StaticHttpServer &) = delete;
    StaticHttpServer &operator=(const StaticHttpServer &) = delete;

    // Returns false (and sets errorString()) if the server did not come up within 10 s.
    bool start(const QString &directory);
    int port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:<port>"
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace Bootlace::Test
