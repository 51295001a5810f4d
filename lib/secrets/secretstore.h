#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Bootlace {

// The only place secrets (GitLab tokens, publish passwords) are kept: the OS keychain through
// QtKeychain, with its insecure plaintext fallback switched off. Nothing here ever writes a
// secret to QSettings, a file or a log, and error texts never contain the secret.
//
// Keys are plain strings chosen by the caller, e.g. "gitlab:https://gitlab.com" or
// "publish:<project uuid>:<target name>". The keychain service name is "Bootlace" unless a
// test sets another one (see setServiceName) so that tests never touch a user's entries.
//
// The asynchronous calls never block; their callback runs on the thread that called them,
// once. The *Blocking variants spin a local event loop and are meant for the CLI only.
class SecretStore final
{
public:
    enum class Status {
        Ok,
        NotFound,          // no secret under this key
        NoBackend,         // no keychain service is running or installed
        AccessDenied,      // the user or the keychain refused
        Failed,            // anything else; see Result::message
    };

    struct Result
    {
        Status status = Status::Failed;
        QString secret;   // only for a successful read
        QString message;  // user-facing, never contains a secret

        bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Result &)>;

    static void read(const QString &key, QObject *context, Callback done);
    static void write(const QString &key, const QString &secret, QObject *context, Callback done);
    static void remove(const QString &key, QObject *context, Callback done);

    static Result readBlocking(const QString &key);
    static Result writeBlocking(const QString &key, const QString &secret);
    static Result removeBlocking(const QString &key);

    // What to install or start when Status::NoBackend is reported, for this platform.
    static QString backendHint();

    static QString serviceName();
    static void setServiceName(const QString &name);  // tests only
};

} // namespace Bootlace
