#include "gitlab/gitlabaccounts.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Bootlace;

namespace {

const QString kToken = QStringLiteral("glpat-keychain-test-Zx81ab45cd67ef89");

// Every file under `root` that contains `needle` (as UTF-8 or UTF-16).
QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        if (data.contains(needle.toUtf8()) || data.contains(utf16))
            hits << file;
    }
    return hits;
}

} // namespace

// SecretStore and GitlabAccounts against a real Secret Service (gnome-keyring in its own D-Bus
// session, see tests/support/with-secret-service.sh), and without any keychain at all.
class GitlabAccountsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SecretStore::setServiceName(QStringLiteral("BootlaceTest")); }

    void secretStoreRoundTrip()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BOOTLACE_SECRET_SERVICE"),
                 "run through tests/support/with-secret-service.sh (packages dbus, gnome-keyring)");
        const QString key = QStringLiteral("gitlab:https://example.org/gitlab");
        SecretStore::Result r = SecretStore::readBlocking(key);
        QCOMPARE(r.status, SecretStore::Status::NotFound);
        r = SecretStore::writeBlocking(key, kToken);
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = SecretStore::readBlocking(key);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, kToken);
        r = SecretStore::removeBlocking(key);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(SecretStore::readBlocking(key).status, SecretStore::Status::NotFound);
    }

    // After saving an account the token is in the keychain and in no file under HOME/XDG_*.
    void accountTokenIsNowhereOnDisk()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BOOTLACE_SECRET_SERVICE"),
                 "run through tests/support/with-secret-service.sh (packages dbus, gnome-keyring)");
        const QString root = qEnvironmentVariable("BOOTLACE_TEST_HOME");
        QVERIFY(!root.isEmpty());
        const GitlabInstance instance = GitlabInstance::fromUserInput(QStringLiteral("https://example.org/gitlab"));
        {
            Settings settings;
            bool done = false, ok = false;
            QString message;
            GitlabAccounts::save(&settings, instance, kToken, this, [&](bool saved, const QString &m) {
                done = true;
                ok = saved;
                message = m;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QVERIFY2(ok, qPrintable(message));
            QCOMPARE(settings.gitlabInstances(), QStringList{QStringLiteral("https://example.org/gitlab")});
            settings.sync();
        }
        // The settings file exists and names the instance, but not the token.
        const QStringList withUrl = filesContaining(root, QStringLiteral("example.org/gitlab"));
        QVERIFY2(!withUrl.isEmpty(), "the settings file was not written");
        QVERIFY2(filesContaining(root, kToken).isEmpty(), qPrintable(filesContaining(root, kToken).join(QLatin1Char(' '))));
        // It is in the keychain, under gitlab:<base url>.
        const SecretStore::Result r = SecretStore::readBlocking(QStringLiteral("gitlab:https://example.org/gitlab"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, kToken);
        qputenv(GitlabAccounts::TokenVariable, QByteArray());
        QString message;
        QCOMPARE(GitlabAccounts::tokenBlocking(instance, &message), kToken);

        Settings settings;
        bool done = false;
        GitlabAccounts::remove(&settings, instance, this, [&](bool, const QString &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(settings.gitlabInstances().isEmpty());
        QCOMPARE(SecretStore::readBlocking(instance.secretKey()).status, SecretStore::Status::NotFound);
    }

    // No Secret Service: a clear message saying what to install, and nothing written in plain text.
    void noBackend()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BOOTLACE_EXPECT_NO_KEYCHAIN"), "run by the gitlabaccounts_nokeychain test");
        const QString root = qEnvironmentVariable("HOME");
        const GitlabInstance instance = GitlabInstance::fromUserInput(QStringLiteral("https://gitlab.com"));
        Settings settings;
        bool done = false, ok = true;
        QString message;
        GitlabAccounts::save(&settings, instance, kToken, this, [&](bool saved, const QString &m) {
            done = true;
            ok = saved;
            message = m;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("No keychain is available")), qPrintable(message));
        QVERIFY2(message.contains(SecretStore::backendHint()), qPrintable(message));
        QVERIFY(!message.contains(kToken));
        settings.sync();
        QVERIFY(settings.gitlabInstances().isEmpty());
        QVERIFY2(filesContaining(root, kToken).isEmpty(), "the token was written to disk");
    }
};

QTEST_GUILESS_MAIN(GitlabAccountsTest)
#include "gitlabaccounts_test.moc"
