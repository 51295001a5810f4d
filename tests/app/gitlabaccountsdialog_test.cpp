#include "gitlab/gitlabaccountsdialog.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"

#include "support/fakegitlabserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;

// The accounts dialog with a real Secret Service (run by tests/support/with-secret-service.sh):
// add (checked first, warnings shown), check again, remove; the token only ever in the keychain.
class GitlabAccountsDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SecretStore::setServiceName(QStringLiteral("BootlaceTest")); }

    void addCheckRemove()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BOOTLACE_SECRET_SERVICE"),
                 "run through tests/support/with-secret-service.sh (packages dbus, gnome-keyring)");
        FakeGitlabServer server({{QStringLiteral("prefix"), QStringLiteral("/gitlab")},
                                 {QStringLiteral("token_expires_at"), QDate::currentDate().addDays(3).toString(Qt::ISODate)}});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Settings settings;
        QNetworkAccessManager network;
        GitlabAccountsDialog dialog(&settings, &network);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("url"))->setText(server.baseUrl().toString() + QStringLiteral("/"));
        dialog.findChild<QLineEdit *>(QStringLiteral("token"))->setText(FakeGitlabServer::token());
        dialog.findChild<QPushButton *>(QStringLiteral("add"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains(QLatin1String("in the keychain")), 20000);
        const QString shown = dialog.resultText();
        QVERIFY2(shown.contains(QLatin1String("Ada Lovelace")) && shown.contains(QLatin1String("read_api")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("expires in 3 day")), qPrintable(shown));
        QVERIFY(!shown.contains(FakeGitlabServer::token()));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("token"))->text().isEmpty());
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accounts"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), server.baseUrl().toString()); // sub-path kept, slash gone
        settings.sync();

        // Nothing under HOME/XDG holds the token.
        QDirIterator it(qEnvironmentVariable("BOOTLACE_TEST_HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(FakeGitlabServer::Token), qPrintable(f.fileName()));
        }

        // Check again: the token comes back from the keychain.
        dialog.findChild<QPushButton *>(QStringLiteral("check"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains(QLatin1String("Ada Lovelace"))
                                     && !dialog.resultText().contains(QLatin1String("Saved")), 20000);

        dialog.findChild<QPushButton *>(QStringLiteral("remove"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, 20000);
        QVERIFY(settings.gitlabInstances().isEmpty());
        QCOMPARE(SecretStore::readBlocking(QStringLiteral("gitlab:") + server.baseUrl().toString()).status,
                 SecretStore::Status::NotFound);
    }
};

QTEST_MAIN(GitlabAccountsDialogTest)
#include "gitlabaccountsdialog_test.moc"
