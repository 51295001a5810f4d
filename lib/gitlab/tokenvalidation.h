#pragma once

#include "gitlab/gitlabrequest.h"
#include "gitlab/gitlabtypes.h"

#include <QObject>
#include <QPointer>

namespace Bootlace {

class GitlabClient;
class GitlabRequest;

// Checks a token: GET /personal_access_tokens/self (name, scopes, expiry, active, revoked),
// then GET /user (who it belongs to). finished() once; ok() or errorString().
class TokenValidation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenValidation)

public:
    explicit TokenValidation(GitlabClient *client, QObject *parent = nullptr);
    void start();

    bool ok() const { return m_done && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    GitlabRequest::Error error() const { return m_kind; }
    const GitlabTokenInfo &info() const { return m_info; }

Q_SIGNALS:
    void finished();

private:
    void finish(const QString &error, GitlabRequest::Error kind = GitlabRequest::Error::None);

    QPointer<GitlabClient> m_client;
    GitlabTokenInfo m_info;
    QString m_error;
    GitlabRequest::Error m_kind = GitlabRequest::Error::None;
    bool m_done = false;
};

} // namespace Bootlace
