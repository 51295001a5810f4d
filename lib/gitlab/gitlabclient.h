#pragma once

#include "gitlab/gitlabinstance.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>

class QNetworkAccessManager;
class QTimer;

namespace Bootlace {

class GitlabRequest;

// Talks to one GitLab instance over one injected QNetworkAccessManager. Hands out request
// jobs (GitlabRequest) and runs at most maxConcurrent() of them on the wire at once, so many
// pipelines' jobs can be listed in parallel without flooding the server. The token is held
// in memory only and sent as PRIVATE-TOKEN, never in a URL.
class GitlabClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitlabClient)

public:
    GitlabClient(QNetworkAccessManager *network, const GitlabInstance &instance, const QString &token,
                 QObject *parent = nullptr);
    ~GitlabClient() override;

    const GitlabInstance &instance() const { return m_instance; }
    QNetworkAccessManager *network() const { return m_network; }
    bool hasToken() const { return !m_token.isEmpty(); }

    // A GET of `encodedPath` under /api/v4 (e.g. "/projects/ns%2Fproj/pipelines"). The job
    // is owned by `parent` (or by the caller when null) and does nothing until start().
    GitlabRequest *get(const QString &encodedPath, const QUrlQuery &query = {}, QObject *parent = nullptr);
    // A GET of an absolute URL (e.g. an artifact URL the user pasted).
    GitlabRequest *getUrl(const QUrl &url, QObject *parent = nullptr);

    // Per-request transfer timeout (no bytes for this long aborts); default 30 s.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Requests on the wire at once; default 6, the number of connections Qt opens per host.
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxConcurrent(int n);
    // Retries of 429, 5xx and dropped connections before giving up; default 4.
    int maxRetries() const { return m_maxRetries; }
    void setMaxRetries(int n) { m_maxRetries = n; }
    // The first backoff step when the server says nothing; doubles each retry; default 250 ms.
    int backoffBaseMs() const { return m_backoffBaseMs; }
    void setBackoffBaseMs(int ms) { m_backoffBaseMs = ms; }

    static QByteArray userAgent();

    // Highest number of requests that were on the wire at the same time (for tests and benches).
    int peakConcurrent() const { return m_peak; }

    // Requests per second the client allows itself, learnt from the RateLimit-Limit header
    // (per minute) as go-gitlab does: 0.66 × limit / 60, bursts of 0.33 × limit / 60.
    // 0 until the server has sent the header.
    double rateLimit() const { return m_rate; }

private:
    friend class GitlabRequest;
    void enqueue(GitlabRequest *request, bool front);
    void release(GitlabRequest *request);
    void dispatch();
    void learnRateLimit(const QByteArray &limitHeader);
    bool takeToken();
    const QString &token() const { return m_token; }

    QNetworkAccessManager *m_network;
    GitlabInstance m_instance;
    QString m_token;
    int m_timeoutMs = 30000;
    int m_maxConcurrent = 6;
    int m_maxRetries = 4;
    int m_backoffBaseMs = 250;
    int m_active = 0;
    int m_peak = 0;
    double m_rate = 0;     // tokens per second; 0: no limit known
    double m_burst = 0;
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
    QTimer *m_rateTimer = nullptr;
    QQueue<QPointer<GitlabRequest>> m_queue;
};

} // namespace Bootlace
