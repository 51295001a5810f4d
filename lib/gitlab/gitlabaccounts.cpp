#include "gitlab/gitlabaccounts.h"

#include "secrets/secretstore.h"
#include "settings/settings.h"

#include <QCoreApplication>

namespace Bootlace {

QList<GitlabInstance> GitlabAccounts::instances(const Settings &settings)
{
    QList<GitlabInstance> list;
    const QStringList urls = settings.gitlabInstances();
    for (const QString &url : urls) {
        const GitlabInstance i = GitlabInstance::fromUserInput(url);
        if (i.isValid())
            list << i;
    }
    return list;
}

void GitlabAccounts::save(Settings *settings, const GitlabInstance &instance, const QString &token, QObject *context,
                          Done done)
{
    SecretStore::write(instance.secretKey(), token, context, [settings, instance, done](const SecretStore::Result &r) {
        if (!r.ok()) {
            done(false, r.message);
            return;
        }
        QStringList urls = settings->gitlabInstances();
        if (!urls.contains(instance.baseUrlString()))
            urls << instance.baseUrlString();
        settings->setGitlabInstances(urls);
        settings->sync();
        done(true, {});
    });
}

void GitlabAccounts::remove(Settings *settings, const GitlabInstance &instance, QObject *context, Done done)
{
    SecretStore::remove(instance.secretKey(), context, [settings, instance, done](const SecretStore::Result &r) {
        QStringList urls = settings->gitlabInstances();
        urls.removeAll(instance.baseUrlString());
        settings->setGitlabInstances(urls);
        settings->sync();
        if (!r.ok() && r.status != SecretStore::Status::NotFound)
            done(false, r.message);
        else
            done(true, {});
    });
}

void GitlabAccounts::token(const GitlabInstance &instance, QObject *context, TokenDone done)
{
    SecretStore::read(instance.secretKey(), context,
                      [done](const SecretStore::Result &r) { done(r.ok() ? r.secret : QString(), r.message); });
}

QString GitlabAccounts::tokenBlocking(const GitlabInstance &instance, QString *message)
{
    const QString env = qEnvironmentVariable(TokenVariable);
    if (!env.isEmpty())
        return env;
    const SecretStore::Result r = SecretStore::readBlocking(instance.secretKey());
    if (r.ok())
        return r.secret;
    if (message) {
        *message = r.status == SecretStore::Status::NotFound
            ? QCoreApplication::translate("Bootlace::GitlabAccounts",
                                          "No token for %1: set %2 or save one with “bootlace-cli gitlab login”.")
                  .arg(instance.baseUrlString(), QLatin1String(TokenVariable))
            : r.message;
    }
    return {};
}

} // namespace Bootlace
