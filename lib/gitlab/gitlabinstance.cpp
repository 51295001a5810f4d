#include "gitlab/gitlabinstance.h"

#include <QCoreApplication>

namespace Bootlace {

GitlabInstance::GitlabInstance(const QUrl &baseUrl)
    : m_base(baseUrl)
{
    QString path = m_base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/v4")))
        path.chop(7);
    m_base.setPath(path);
    m_base.setQuery(QString());
    m_base.setFragment(QString());
    m_base.setUserInfo(QString());
}

GitlabInstance GitlabInstance::fromUserInput(const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (!t.contains(QLatin1String("://")))
        t.prepend(QStringLiteral("https://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        if (error)
            *error = QCoreApplication::translate("Bootlace::GitlabInstance",
                                                 "“%1” is not the http(s) address of a GitLab instance.")
                         .arg(text);
        return {};
    }
    return GitlabInstance(url);
}

QUrl GitlabInstance::apiUrl(const QString &encodedPath, const QUrlQuery &query) const
{
    QString s = baseUrlString() + QStringLiteral("/api/v4") + encodedPath;
    const QString q = query.toString(QUrl::FullyEncoded);
    if (!q.isEmpty())
        s += QLatin1Char('?') + q;
    return QUrl::fromEncoded(s.toLatin1(), QUrl::StrictMode);
}

QString GitlabInstance::apiPathOf(const QUrl &url)
{
    const QString encoded = QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    const qsizetype at = encoded.indexOf(QLatin1String("/api/v4/"));
    if (at < 0)
        return {};
    return encoded.mid(at + 7);
}

bool GitlabInstance::sameOrigin(const QUrl &url) const
{
    auto port = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return url.scheme() == m_base.scheme() && url.host().compare(m_base.host(), Qt::CaseInsensitive) == 0
        && port(url) == port(m_base);
}

QString GitlabInstance::projectRef(const QString &idOrPath)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(idOrPath));
}

} // namespace Bootlace
