#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace Bootlace {

namespace {

QString &service()
{
    static QString name = QStringLiteral("Bootlace");
    return name;
}

// QtKeychain's Linux backends report a missing session bus ("Cannot autolaunch D-Bus without
// X11 $DISPLAY") or a Secret Service without a usable collection ("Object does not exist at path
// /org/freedesktop/secrets/collection/login") as OtherError; for the user both mean "no keychain".
bool looksLikeNoBackend(const QString &error)
{
    static const char *const needles[] = {"D-Bus", "DBus", "org.freedesktop.secrets", "ServiceUnknown",
                                          "not provided by any .service"};
    for (const char *needle : needles) {
        if (error.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretStore::Result resultOf(const QKeychain::Job *job, const QString &key)
{
    SecretStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretStore::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretStore::Status::NotFound;
        r.message = QCoreApplication::translate("SecretStore", "No secret is stored for “%1” in the keychain.").arg(key);
        return r;
    case QKeychain::NoBackendAvailable:
        r.status = SecretStore::Status::NoBackend;
        r.message = QCoreApplication::translate("SecretStore", "No keychain is available. %1").arg(SecretStore::backendHint());
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretStore::Status::AccessDenied;
        r.message = QCoreApplication::translate("SecretStore", "The keychain refused access: %1").arg(job->errorString());
        return r;
    default:
        if (looksLikeNoBackend(job->errorString())) {
            r.status = SecretStore::Status::NoBackend;
            r.message = QCoreApplication::translate("SecretStore", "No keychain is available (%1). %2")
                            .arg(job->errorString(), SecretStore::backendHint());
            return r;
        }
        r.status = SecretStore::Status::Failed;
        r.message = QCoreApplication::translate("SecretStore", "The keychain reported an error: %1").arg(job->errorString());
        return r;
    }
}

void prepare(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
}

template <typename JobType>
void run(JobType *job, const QString &key, QObject *context, SecretStore::Callback done)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, key, guard, done](QKeychain::Job *) {
        if (!guard)
            return;
        SecretStore::Result r = resultOf(job, key);
        if constexpr (std::is_same_v<JobType, QKeychain::ReadPasswordJob>) {
            if (r.ok())
                r.secret = job->textData();
        }
        done(r);
    });
    job->start();
}

SecretStore::Result blocking(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    QObject context;
    QEventLoop loop;
    SecretStore::Result result;
    bool finished = false;
    start(&context, [&](const SecretStore::Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    prepare(job, key);
    run(job, key, context, std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    prepare(job, key);
    job->setTextData(secret);
    run(job, key, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    prepare(job, key);
    run(job, key, context, [done](const Result &r) {
        // Removing what is not there is success: the secret is gone either way.
        if (r.status == Status::NotFound) {
            Result ok;
            ok.status = Status::Ok;
            done(ok);
            return;
        }
        done(r);
    });
}

SecretStore::Result SecretStore::readBlocking(const QString &key)
{
    return blocking([&](QObject *c, Callback cb) { read(key, c, cb); });
}

SecretStore::Result SecretStore::writeBlocking(const QString &key, const QString &secret)
{
    return blocking([&](QObject *c, Callback cb) { write(key, secret, c, cb); });
}

SecretStore::Result SecretStore::removeBlocking(const QString &key)
{
    return blocking([&](QObject *c, Callback cb) { remove(key, c, cb); });
}

QString SecretStore::backendHint()
{
#if defined(Q_OS_WIN)
    return QCoreApplication::translate("SecretStore", "The Windows Credential Manager could not be reached.");
#elif defined(Q_OS_MACOS)
    return QCoreApplication::translate("SecretStore", "The macOS Keychain could not be reached.");
#else
    return QCoreApplication::translate("SecretStore",
        "Install and start a Secret Service provider such as GNOME Keyring (package gnome-keyring) "
        "or KWallet, and make sure a D-Bus session bus is running. Nothing was saved in plain text.");
#endif
}

QString SecretStore::serviceName()
{
    return service();
}

void SecretStore::setServiceName(const QString &name)
{
    service() = name;
}

} // namespace Bootlace
