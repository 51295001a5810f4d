#include "gitlab/gitlabrequest.h"

#include "gitlab/gitlabclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace Bootlace {

namespace {

constexpr int MaxRedirects = 5;
constexpr int MaxBackoffMs = 60000;
constexpr qint64 SinkBufferBytes = 1 << 20;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isRetriableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool isRetriableNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

GitlabRequest::GitlabRequest(GitlabClient *client, const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_url(url)
{
}

GitlabRequest::~GitlabRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        if (m_client)
            m_client->release(this);
    }
}

void GitlabRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_client) {
        fail(Error::Canceled, tr("The GitLab connection was closed."));
        return;
    }
    m_client->enqueue(this, false);
}

void GitlabRequest::abort()
{
    if (m_finished)
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    dropReply();
    fail(Error::Canceled, tr("Cancelled."));
}

// Ends the reply on the wire and gives its slot back to the client.
void GitlabRequest::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    if (m_client)
        m_client->release(this);
}

void GitlabRequest::send()
{
    if (m_finished || !m_client) {
        if (m_client)
            m_client->release(this);
        return;
    }
    QNetworkRequest request(m_url);
    // Redirects by hand: Qt's default policy re-sends every header, the token included, to
    // wherever the server points (an object store, a CDN).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_client->timeoutMs());
    request.setHeader(QNetworkRequest::UserAgentHeader, GitlabClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    if (m_sendToken && m_client->hasToken() && m_client->instance().sameOrigin(m_url))
        request.setRawHeader("PRIVATE-TOKEN", m_client->token().toUtf8());
    for (auto it = m_headers.cbegin(); it != m_headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (m_sink) {
        request.setRawHeader("Accept", "*/*");
        // Bytes as stored: Content-Length and Range then count the same bytes the file holds.
        request.setRawHeader("Accept-Encoding", "identity");
        m_sinkStarted = false;
        const qint64 have = m_sink->size();
        if (have > 0)
            request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    }
    ++m_attempts;
    m_reply = m_client->network()->get(request);
    if (m_sink) // memory stays flat however large the file: the network waits for the disk
        m_reply->setReadBufferSize(SinkBufferBytes);
    connect(m_reply, &QNetworkReply::finished, this, &GitlabRequest::onReplyFinished);
    if (m_sink)
        connect(m_reply, &QNetworkReply::readyRead, this, [this] { consume(m_reply); });
}

void GitlabRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_client) {
        m_client->learnRateLimit(reply->rawHeader("RateLimit-Limit"));
        m_client->release(this);
    }

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders.clear();
    for (const auto &pair : reply->rawHeaderPairs())
        m_responseHeaders.insert(pair.first.toLower(), pair.second);
    if (m_sink && (m_status == 200 || m_status == 206) && finishSink(reply))
        return;
    const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString host = m_client ? m_client->instance().host() : m_url.host();

    if (m_status == 0) {
        const QNetworkReply::NetworkError e = reply->error();
        if (e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError) {
            const int seconds = qMax(1, (m_client ? m_client->timeoutMs() : 30000) / 1000);
            fail(Error::Timeout, tr("GitLab at %1 did not answer within %n second(s).", nullptr, seconds).arg(host));
            return;
        }
        if (isRetriableNetworkError(e) && m_client && m_retries < m_client->maxRetries()) {
            retryLater(backoffDelayMs(nullptr));
            return;
        }
        fail(Error::Network, tr("Cannot reach GitLab at %1: %2").arg(host, reply->errorString()));
        return;
    }

    if (isRedirect(m_status)) {
        const QByteArray location = reply->rawHeader("Location");
        const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
        if (location.isEmpty() || !target.isValid()) {
            fail(Error::Redirect, tr("GitLab at %1 sent a redirect without a valid target.").arg(host));
            return;
        }
        if (++m_redirects > MaxRedirects) {
            fail(Error::Redirect, tr("Too many redirects from GitLab at %1.").arg(host));
            return;
        }
        if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
            fail(Error::Redirect, tr("GitLab at %1 redirected from HTTPS to an insecure address; not followed.")
                                      .arg(host));
            return;
        }
        // Once a redirect leaves the instance, the token stays behind for good.
        if (m_client && !m_client->instance().sameOrigin(target))
            m_sendToken = false;
        m_url = target;
        if (m_client)
            m_client->enqueue(this, true);
        return;
    }

    if (m_sink && m_status == 416 && m_sink->size() > 0) {
        // The kept part is not a prefix the server can continue (it may even be the whole file
        // from a run that stopped before it was checked): start the file again.
        m_sink->resize(0);
        if (m_client)
            m_client->enqueue(this, true);
        return;
    }

    if (isRetriableStatus(m_status) && m_client && m_retries < m_client->maxRetries()) {
        retryLater(backoffDelayMs(reply));
        return;
    }

    if (m_status < 200 || m_status >= 300) {
        m_body = data;
        const Error kind = m_status == 401 ? Error::Unauthorized
            : m_status == 403              ? Error::Forbidden
            : m_status == 404              ? Error::NotFound
            : m_status == 429              ? Error::RateLimited
                                           : Error::Server;
        fail(kind, describeStatus(m_status));
        return;
    }

    m_body = data;
    ++m_pages;
    if (!m_allPages) {
        succeed();
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isArray()) {
        fail(Error::BadResponse, tr("GitLab at %1 answered with something other than a JSON list.").arg(host));
        return;
    }
    const QJsonArray page = doc.array();
    for (const QJsonValue &v : page) {
        if (m_maxItems > 0 && m_items.size() >= m_maxItems)
            break;
        m_items.append(v);
    }
    const QUrl next = nextPageUrl(reply);
    if (next.isEmpty() || page.isEmpty() || (m_maxItems > 0 && m_items.size() >= m_maxItems)) {
        succeed();
        return;
    }
    m_url = next;
    m_redirects = 0;
    if (m_client)
        m_client->enqueue(this, true);
}

// Sink mode: body bytes go to the file as they arrive. The first chunk of a reply decides
// whether they continue the file (206 from where it ends) or replace it (200).
void GitlabRequest::consume(QNetworkReply *reply)
{
    if (!reply || !m_sink || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return; // a redirect's or an error's body is read when the reply ends
    if (!m_sinkStarted) {
        m_sinkStarted = true;
        const qint64 have = m_sink->size();
        // Content-Range: bytes 1000-4999/5000
        static const QRegularExpression rangeRe(QStringLiteral(R"(^bytes\s+(\d+)-(\d+)/(\d+|\*)$)"));
        const QRegularExpressionMatch m = rangeRe.match(QString::fromLatin1(reply->rawHeader("Content-Range").trimmed()));
        if (status == 206) {
            if (!m.hasMatch() || m.captured(1).toLongLong() != have) {
                dropReply();
                fail(Error::BadResponse, tr("GitLab at %1 sent a different part of the file than was asked for.")
                                             .arg(m_client ? m_client->instance().host() : m_url.host()));
                return;
            }
            m_expected = m.captured(3) == QLatin1String("*") ? -1 : m.captured(3).toLongLong();
            m_sink->seek(have);
        } else {
            m_sink->resize(0);
            m_sink->seek(0);
            bool ok = false;
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
            m_expected = ok ? length : -1;
        }
    }
    const QByteArray chunk = reply->readAll();
    if (!chunk.isEmpty() && m_sink->write(chunk) != chunk.size()) {
        const QString why = m_sink->errorString();
        dropReply();
        fail(Error::LocalFile, tr("Cannot write the download to %1: %2").arg(m_sink->fileName(), why));
        return;
    }
    Q_EMIT downloadProgress(m_sink->pos(), m_expected);
}

// Sink mode, a 2xx reply has ended: true when the request is done with it (finished, failed or
// retrying to resume), false to let the ordinary handling go on.
bool GitlabRequest::finishSink(QNetworkReply *reply)
{
    consume(reply); // the last bytes
    if (m_finished)
        return true;
    if (!m_sinkStarted) { // an empty body: nothing announced it
        m_sinkStarted = true;
        m_sink->resize(0);
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        m_expected = ok ? length : -1;
    }
    if (!m_sink->flush()) {
        fail(Error::LocalFile, tr("Cannot write the download to %1: %2").arg(m_sink->fileName(), m_sink->errorString()));
        return true;
    }
    const qint64 have = m_sink->size();
    const QString host = m_client ? m_client->instance().host() : m_url.host();
    if (reply->error() == QNetworkReply::NoError && (m_expected < 0 || have == m_expected)) {
        ++m_pages;
        succeed();
        return true;
    }
    if (m_expected >= 0 && have > m_expected) {
        fail(Error::BadResponse, tr("GitLab at %1 sent more bytes than it announced.").arg(host));
        return true;
    }
    // Cut short (a dropped connection, a stalled transfer): resume from what the file holds.
    if (m_client && m_retries < m_client->maxRetries()) {
        retryLater(backoffDelayMs(nullptr));
        return true;
    }
    fail(Error::Network,
         tr("The download from GitLab at %1 broke off after %2 of %3 bytes: %4")
             .arg(host)
             .arg(have)
             .arg(m_expected >= 0 ? QString::number(m_expected) : tr("unknown"))
             .arg(reply->errorString()));
    return true;
}

QUrl GitlabRequest::nextPageUrl(QNetworkReply *reply) const
{
    QUrl next;
    // Link: <https://host/api/v4/projects/1/pipelines?page=2&per_page=20>; rel="next", <…>; rel="last"
    static const QRegularExpression linkRe(QStringLiteral(R"(<([^>]*)>\s*;\s*rel="?next"?)"));
    const QRegularExpressionMatch m = linkRe.match(QString::fromLatin1(reply->rawHeader("Link")));
    if (m.hasMatch()) {
        next = QUrl::fromEncoded(m.captured(1).toLatin1());
        // Links are built from the server's external_url, which may differ from the address
        // the user configured (a proxy, a sub-path): keep our base and take only the API path.
        if (m_client) {
            const QString apiPath = GitlabInstance::apiPathOf(next);
            if (!apiPath.isEmpty())
                next = QUrl::fromEncoded(
                    (m_client->instance().baseUrlString() + QStringLiteral("/api/v4") + apiPath).toLatin1());
        }
        return next;
    }
    const QByteArray nextPage = reply->rawHeader("x-next-page").trimmed();
    if (nextPage.isEmpty())
        return {};
    next = m_url;
    QUrlQuery q(next);
    q.removeAllQueryItems(QStringLiteral("page"));
    q.addQueryItem(QStringLiteral("page"), QString::fromLatin1(nextPage));
    next.setQuery(q);
    return next;
}

int GitlabRequest::backoffDelayMs(QNetworkReply *reply) const
{
    if (reply) {
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok && retryAfter >= 0)
            return qMin(retryAfter * 1000, MaxBackoffMs);
        const qint64 reset = reply->rawHeader("RateLimit-Reset").trimmed().toLongLong(&ok);
        if (ok && reset > 0) {
            const qint64 wait = reset * 1000 - QDateTime::currentMSecsSinceEpoch();
            return int(qBound<qint64>(0, wait, qint64(MaxBackoffMs)));
        }
    }
    const int base = m_client ? m_client->backoffBaseMs() : 250;
    const qint64 exp = qint64(base) << qMin(m_retries, 16);
    // Jitter so that many clients behind one NAT do not retry in lockstep.
    const double jitter = 0.75 + QRandomGenerator::global()->generateDouble() * 0.5;
    return int(qMin<qint64>(qint64(double(exp) * jitter), MaxBackoffMs));
}

void GitlabRequest::retryLater(int delayMs)
{
    ++m_retries;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, [this] {
            if (m_client && !m_finished)
                m_client->enqueue(this, true);
        });
    }
    m_retryTimer->start(delayMs);
}

QString GitlabRequest::describeStatus(int status) const
{
    const QString host = m_client ? m_client->instance().host() : m_url.host();
    switch (status) {
    case 401:
        return tr("GitLab at %1 refused the token: it is expired or revoked (or was never valid). Create a new "
                  "token with the read_api scope and save it again.")
            .arg(host);
    case 403:
        return tr("GitLab at %1 refused the request: the token is missing a scope (read_api is needed) or your role "
                  "in the project does not allow it.")
            .arg(host);
    case 404:
        return tr("Not found on GitLab at %1: the project, pipeline, job or artifact does not exist, has expired, or "
                  "the token has no access to it (a private project answers 404 too).")
            .arg(host);
    case 429:
        return tr("GitLab at %1 is rate-limiting requests; try again in a minute.").arg(host);
    default:
        return tr("GitLab at %1 answered with HTTP status %2.").arg(host).arg(status);
    }
}

void GitlabRequest::fail(Error error, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = message;
    Q_EMIT finished();
}

void GitlabRequest::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = Error::None;
    Q_EMIT finished();
}

} // namespace Bootlace
