#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace Bootlace {

// A GitLab instance as the user names it: its base URL, which may carry a sub-path
// (https://example.org/gitlab). Knows the API root, the keychain key of its token and its
// origin (scheme, host, port), which decides whether a redirect may carry the token.
class GitlabInstance final
{
public:
    GitlabInstance() = default;
    explicit GitlabInstance(const QUrl &baseUrl);

    // Accepts "gitlab.com", "https://example.org/gitlab/", ".../api/v4"; empty result and
    // *error set when the text is not an http(s) URL.
    static GitlabInstance fromUserInput(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_base.isValid() && !m_base.host().isEmpty(); }
    QUrl baseUrl() const { return m_base; }
    QString baseUrlString() const { return m_base.toString(QUrl::FullyEncoded); }
    QString host() const { return m_base.host(); }

    // <base>/api/v4 + `path` (already percent-encoded, starting with '/') + query.
    QUrl apiUrl(const QString &encodedPath, const QUrlQuery &query = {}) const;
    // The API path of a URL on this instance ("/projects/1/pipelines?page=2"), or empty when
    // the URL is not under some ".../api/v4" (used to rebase paging links, see gitlabclient.cpp).
    static QString apiPathOf(const QUrl &url);

    // The keychain key of this instance's token: "gitlab:<base url>".
    QString secretKey() const { return QStringLiteral("gitlab:") + baseUrlString(); }

    bool sameOrigin(const QUrl &url) const;

    // ":id" for a project: a numeric id as is, a path "ns/sub/proj" with every '/' as %2F.
    static QString projectRef(const QString &idOrPath);
    static QString projectRef(qint64 id) { return QString::number(id); }

    bool operator==(const GitlabInstance &) const = default;

private:
    QUrl m_base;
};

} // namespace Bootlace
