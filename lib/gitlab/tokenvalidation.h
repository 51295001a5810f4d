#pragma once

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
    const GitlabTokenInfo &info() const { return m_info; }

Q_SIGNALS:
    void finished();

private:
    void finish(const QString &error);

    QPointer<GitlabClient> m_client;
    GitlabTokenInfo m_info;
    QString m_error;
    bool m_done = false;
};

} // namespace Bootlace
