#pragma once

#include "gitlab/gitlabinstance.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Bootlace {

class Settings;

// The user's GitLab accounts: the instance list lives in Settings (URLs only), each token in
// the keychain under GitlabInstance::secretKey() through SecretStore. Saving refuses to keep
// the account when the keychain cannot store the token — nothing falls back to plain text.
class GitlabAccounts final
{
public:
    // Name of the environment variable the CLI reads a token from before asking the keychain.
    static constexpr const char *TokenVariable = "BOOTLACE_GITLAB_TOKEN";

    using Done = std::function<void(bool ok, const QString &message)>;
    using TokenDone = std::function<void(const QString &token, const QString &message)>;

    static QList<GitlabInstance> instances(const Settings &settings);

    // Stores the token in the keychain, then adds the instance to the settings.
    static void save(Settings *settings, const GitlabInstance &instance, const QString &token, QObject *context,
                     Done done);
    // Removes the token from the keychain and the instance from the settings.
    static void remove(Settings *settings, const GitlabInstance &instance, QObject *context, Done done);
    static void token(const GitlabInstance &instance, QObject *context, TokenDone done);

    // CLI: BOOTLACE_GITLAB_TOKEN if set, else the keychain (blocking); empty with *message if neither.
    static QString tokenBlocking(const GitlabInstance &instance, QString *message);
};

} // namespace Bootlace
