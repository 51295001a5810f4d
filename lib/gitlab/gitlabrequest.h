#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QFile;
class QNetworkReply;
class QTimer;

namespace Bootlace {

class GitlabClient;

// One GET against GitLab as a job object: start(), then finished() once, with ok() or
// error()/errorString(). Follows redirects by hand (dropping the token when a redirect leaves
// the instance's origin), retries 429 and 5xx with backoff that honours Retry-After and
// RateLimit-Reset, and with setAllPages() walks every page (Link rel="next" / x-next-page)
// collecting the JSON arrays into items(). Error texts never contain the token.
class GitlabRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitlabRequest)

public:
    enum class Error {
        None,
        Unauthorized, // 401: token missing, expired or revoked
        Forbidden,    // 403: missing scope or role
        NotFound,     // 404: missing, or not visible to this token
        RateLimited,  // 429 after every retry
        Server,       // 5xx after every retry, or another unexpected status
        Network,      // connection refused, DNS, TLS, dropped
        Timeout,
        Redirect,     // too many hops, or https -> http
        BadResponse,  // not the JSON the API documents
        Canceled,
        LocalFile,    // the download could not be written (disk full, permissions)
    };
    Q_ENUM(Error)

    ~GitlabRequest() override;

    void start();
    void abort();

    // Walk all pages (or stop after `maxItems` items, 0 = no limit).
    void setAllPages(bool all, int maxItems = 0)
    {
        m_allPages = all;
        m_maxItems = maxItems;
    }
    // Streams a 2xx body into `file` (open for reading and writing) instead of holding it in
    // body(), for artifacts of any size. When the file already holds bytes (an earlier, cut
    // download) the rest is asked for with Range and appended if the server answers 206; a 200
    // starts the file again (GitLab's single-file artifact endpoint has no Range). A connection
    // that drops mid-body is retried the same way, and a body shorter than the server announced
    // is never reported as finished.
    void setSink(QFile *file) { m_sink = file; }
    // The size the server announced for the whole file (sink mode), -1 when it did not say.
    qint64 expectedSize() const { return m_expected; }
    // Extra request header, e.g. Range.
    void setRawHeader(const QByteArray &name, const QByteArray &value) { m_headers.insert(name, value); }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error == Error::None; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    int httpStatus() const { return m_status; }
    QUrl url() const { return m_url; }      // the current (possibly redirected) URL
    QByteArray body() const { return m_body; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    QJsonArray items() const { return m_items; } // with setAllPages: every page's array
    QByteArray header(const QByteArray &name) const { return m_responseHeaders.value(name.toLower()); }
    int attempts() const { return m_attempts; }
    int pages() const { return m_pages; }
    bool tokenSent() const { return m_sendToken; } // false once a redirect left the origin

Q_SIGNALS:
    void finished();
    // Sink mode: bytes in the file so far and the announced total (-1 when unknown).
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class GitlabClient;
    GitlabRequest(GitlabClient *client, const QUrl &url, QObject *parent);
    void send(); // called by the client when a slot is free
    void onReplyFinished();
    void consume(QNetworkReply *reply); // sink mode: the body bytes that arrived
    void dropReply();
    bool finishSink(QNetworkReply *reply);
    void fail(Error error, const QString &message);
    void succeed();
    void retryLater(int delayMs);
    int backoffDelayMs(QNetworkReply *reply) const;
    QString describeStatus(int status) const;
    QUrl nextPageUrl(QNetworkReply *reply) const;

    QPointer<GitlabClient> m_client;
    QUrl m_url;
    QHash<QByteArray, QByteArray> m_headers;
    QHash<QByteArray, QByteArray> m_responseHeaders;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    bool m_started = false;
    bool m_finished = false;
    bool m_sendToken = true;
    bool m_allPages = false;
    int m_maxItems = 0;
    int m_redirects = 0;
    int m_retries = 0;
    int m_attempts = 0;
    int m_pages = 0;
    int m_status = 0;
    Error m_error = Error::None;
    QString m_errorString;
    QByteArray m_body;
    QJsonArray m_items;
    QFile *m_sink = nullptr;
    bool m_sinkStarted = false; // this reply's first body bytes decided append or restart
    qint64 m_expected = -1;
};

} // namespace Bootlace
