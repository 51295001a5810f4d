#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

namespace Bootlace::Test {

// Runs tests/support/fakegitlab.py (a fake GitLab API on 127.0.0.1, free ports) for one test,
// with a per-test JSON config (latency, paging style, injected failures, see the script), and
// stops it in the destructor even when the test fails. requests() reads what the server saw.
class FakeGitlabServer final
{
public:
    static constexpr const char *Token = "glpat-test-token-0123456789";

    explicit FakeGitlabServer(const QJsonObject &config = {});
    ~FakeGitlabServer();
    FakeGitlabServer(const FakeGitlabServer &) = delete;
    FakeGitlabServer &operator=(const FakeGitlabServer &) = delete;

    // Starts the server and waits until it listens; false with *error (what to install) if not.
    bool start(QString *error);

    QUrl baseUrl() const;   // http://127.0.0.1:<port><prefix>
    int port() const { return m_port; }
    int cdnPort() const { return m_cdnPort; }
    static QString token() { return QString::fromLatin1(Token); }

    // One object per request: listener ("api" or "cdn"), method, path (raw), token (bool), range.
    QList<QJsonObject> requests() const;
    // Largest number of requests the server handled at the same time.
    int peakConcurrency() const;

private:
    QJsonObject m_config;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    int m_cdnPort = 0;
};

} // namespace Bootlace::Test
