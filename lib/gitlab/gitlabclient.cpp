#include "gitlab/gitlabclient.h"

#include "gitlab/gitlabrequest.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

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

void GitlabClient::dispatch()
{
    while (m_active < m_maxConcurrent && !m_queue.isEmpty()) {
        const QPointer<GitlabRequest> next = m_queue.dequeue();
        if (!next)
            continue;
        ++m_active;
        m_peak = qMax(m_peak, m_active);
        next->send();
    }
}

} // namespace Bootlace
