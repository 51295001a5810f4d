#include "gitlab/gitlabclient.h"

#include "gitlab/gitlabrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTimer>

namespace Bootlace {

GitlabClient::GitlabClient(QNetworkAccessManager *network, const GitlabInstance &instance, const QString &token,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_instance(instance)
    , m_token(token)
{
}

GitlabClient::~GitlabClient() = default;

GitlabRequest *GitlabClient::get(const QString &encodedPath, const QUrlQuery &query, QObject *parent)
{
    return new GitlabRequest(this, m_instance.apiUrl(encodedPath, query), parent);
}

GitlabRequest *GitlabClient::getUrl(const QUrl &url, QObject *parent)
{
    return new GitlabRequest(this, url, parent);
}

void GitlabClient::setMaxConcurrent(int n)
{
    m_maxConcurrent = qMax(1, n);
    dispatch();
}

QByteArray GitlabClient::userAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return "Bootlace/" + (version.isEmpty() ? QByteArrayLiteral("0") : version.toLatin1()) + " (Qt Network)";
}

void GitlabClient::enqueue(GitlabRequest *request, bool front)
{
    if (front)
        m_queue.prepend(request);
    else
        m_queue.enqueue(request);
    dispatch();
}

void GitlabClient::release(GitlabRequest *)
{
    --m_active;
    dispatch();
}

void GitlabClient::learnRateLimit(const QByteArray &limitHeader)
{
    bool ok = false;
    const int perMinute = limitHeader.trimmed().toInt(&ok);
    if (!ok || perMinute <= 0)
        return;
    const double rate = 0.66 * perMinute / 60.0;
    if (qFuzzyCompare(rate, m_rate))
        return;
    m_rate = rate;
    m_burst = qMax(1.0, 0.33 * perMinute / 60.0);
    m_tokens = qMin(m_tokens, m_burst);
    if (m_lastRefillMs == 0) {
        m_tokens = m_burst;
        m_lastRefillMs = QDateTime::currentMSecsSinceEpoch();
    }
}

bool GitlabClient::takeToken()
{
    if (m_rate <= 0)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_tokens = qMin(m_burst, m_tokens + double(now - m_lastRefillMs) / 1000.0 * m_rate);
    m_lastRefillMs = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    // Wake up when the next token is there.
    if (!m_rateTimer) {
        m_rateTimer = new QTimer(this);
        m_rateTimer->setSingleShot(true);
        connect(m_rateTimer, &QTimer::timeout, this, &GitlabClient::dispatch);
    }
    if (!m_rateTimer->isActive())
        m_rateTimer->start(qMax(1, int((1.0 - m_tokens) / m_rate * 1000.0)));
    return false;
}

void GitlabClient::dispatch()
{
    while (m_active < m_maxConcurrent && !m_queue.isEmpty()) {
        if (!m_queue.head()) {
            m_queue.dequeue();
            continue;
        }
        if (!takeToken())
            return;
        const QPointer<GitlabRequest> next = m_queue.dequeue();
        ++m_active;
        m_peak = qMax(m_peak, m_active);
        next->send();
    }
}

} // namespace Bootlace
