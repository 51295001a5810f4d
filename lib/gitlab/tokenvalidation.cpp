#include "gitlab/tokenvalidation.h"

#include "gitlab/gitlabclient.h"
#include "gitlab/gitlabrequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Bootlace {

TokenValidation::TokenValidation(GitlabClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void TokenValidation::start()
{
    GitlabRequest *self = m_client->get(QStringLiteral("/personal_access_tokens/self"), {}, this);
    connect(self, &GitlabRequest::finished, this, [this, self] {
        self->deleteLater();
        if (!self->ok()) {
            finish(self->errorString(), self->error());
            return;
        }
        const QJsonObject o = self->json().object();
        m_info.name = o.value(QLatin1String("name")).toString();
        for (const QJsonValue &s : o.value(QLatin1String("scopes")).toArray())
            m_info.scopes << s.toString();
        m_info.expiresAt = QDate::fromString(o.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
        m_info.active = o.value(QLatin1String("active")).toBool();
        m_info.revoked = o.value(QLatin1String("revoked")).toBool();
        GitlabRequest *user = m_client->get(QStringLiteral("/user"), {}, this);
        connect(user, &GitlabRequest::finished, this, [this, user] {
            user->deleteLater();
            if (!user->ok()) {
                finish(user->errorString(), user->error());
                return;
            }
            const QJsonObject u = user->json().object();
            m_info.username = u.value(QLatin1String("username")).toString();
            m_info.displayName = u.value(QLatin1String("name")).toString();
            finish({});
        });
        user->start();
    });
    self->start();
}

void TokenValidation::finish(const QString &error, GitlabRequest::Error kind)
{
    m_error = error;
    m_kind = error.isEmpty() ? GitlabRequest::Error::None : kind == GitlabRequest::Error::None ? GitlabRequest::Error::BadResponse : kind;
    m_done = true;
    Q_EMIT finished();
}

} // namespace Bootlace
