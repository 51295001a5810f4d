#pragma once

#include "gitlab/gitlabtypes.h"
#include "model/project.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace Bootlace {

class GitlabClient;

// The step between a project and ScriptWriter for entries that follow a branch: resolves
// every "follow" source to the job id of the latest successful build of its ref, and gives a
// copy of the project with those entries' URLs pinned to that job — so a generated menu
// always names one job per entry, never a ref URL. Results are cached for cacheSeconds().
// Entries whose build cannot be resolved keep their last pinned job; errors() says why.
class SourceResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceResolver)

public:
    // The token for an instance's base URL (from the keychain or the environment); empty for none.
    using TokenProvider = std::function<QString(const QString &instance)>;

    SourceResolver(QNetworkAccessManager *network, TokenProvider tokens, QObject *parent = nullptr);
    ~SourceResolver() override;

    void resolve(const Project &project);
    bool isRunning() const { return m_pending > 0; }
    const Project &result() const { return m_result; }
    QStringList errors() const { return m_errors; }
    int resolvedCount() const { return m_resolved; }

    int cacheSeconds() const { return m_cacheSeconds; }
    void setCacheSeconds(int seconds) { m_cacheSeconds = seconds; }

    static bool needsResolving(const Project &project);

Q_SIGNALS:
    void finished();

private:
    struct Cached
    {
        GitlabJob job;
        QDateTime at;
    };
    static QString keyOf(const ArtifactSource &s);
    GitlabClient *clientFor(const QString &instance);
    void apply();

    QNetworkAccessManager *m_network;
    TokenProvider m_tokens;
    QHash<QString, GitlabClient *> m_clients;
    QHash<QString, Cached> m_cache;
    Project m_result;
    QStringList m_errors;
    int m_pending = 0;
    int m_resolved = 0;
    int m_cacheSeconds = 60;
};

} // namespace Bootlace
