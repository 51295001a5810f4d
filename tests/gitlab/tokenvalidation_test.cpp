#include "gitlab/gitlabclient.h"
#include "gitlab/tokenvalidation.h"

#include "support/fakegitlabserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;

class TokenValidationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validates_data()
    {
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("warningsContain");
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QTest::newRow("good read_api token") << QJsonObject() << FakeGitlabServer::token() << true << QStringList();
        QTest::newRow("read_user only")
            << QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("read_user")}}} << FakeGitlabServer::token()
            << true << QStringList{QStringLiteral("lacks the read_api scope")};
        QTest::newRow("api scope is enough")
            << QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("api")}}} << FakeGitlabServer::token() << true
            << QStringList();
        QTest::newRow("expires in 5 days")
            << QJsonObject{{QStringLiteral("token_expires_at"), QDate::currentDate().addDays(5).toString(Qt::ISODate)}}
            << FakeGitlabServer::token() << true << QStringList{QStringLiteral("expires in 5 day")};
        QTest::newRow("expires in 30 days")
            << QJsonObject{{QStringLiteral("token_expires_at"), QDate::currentDate().addDays(30).toString(Qt::ISODate)}}
            << FakeGitlabServer::token() << true << QStringList();
        QTest::newRow("expired, inactive")
            << QJsonObject{{QStringLiteral("token_expires_at"), QDate::currentDate().addDays(-2).toString(Qt::ISODate)},
                           {QStringLiteral("token_active"), false}}
            << FakeGitlabServer::token() << true
            << QStringList{QStringLiteral("not active"), QStringLiteral("expired on")};
        QTest::newRow("revoked") << QJsonObject{{QStringLiteral("token_revoked"), true}, {QStringLiteral("token_active"), false}}
                                 << FakeGitlabServer::token() << true << QStringList{QStringLiteral("revoked")};
        QTest::newRow("unknown token") << QJsonObject() << QStringLiteral("glpat-nope") << false
                                       << QStringList{QStringLiteral("expired or revoked")};
        Q_UNUSED(today)
    }
    void validates()
    {
        QFETCH(QJsonObject, config);
        QFETCH(QString, token);
        QFETCH(bool, ok);
        QFETCH(QStringList, warningsContain);
        FakeGitlabServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        GitlabClient client(&network, GitlabInstance(server.baseUrl()), token);
        TokenValidation v(&client);
        QSignalSpy spy(&v, &TokenValidation::finished);
        v.start();
        QVERIFY(spy.wait(10000));
        QCOMPARE(v.ok(), ok);
        if (!ok) {
            for (const QString &w : warningsContain)
                QVERIFY2(v.errorString().contains(w), qPrintable(v.errorString()));
            QVERIFY(!v.errorString().contains(token));
            return;
        }
        QCOMPARE(v.info().username, QStringLiteral("ada"));
        QCOMPARE(v.info().displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(v.info().name, QStringLiteral("bootlace"));
        QVERIFY(!v.info().scopes.isEmpty());
        QVERIFY(v.info().expiresAt.isValid());
        const QStringList warnings = v.info().warnings(QDate::currentDate());
        if (warningsContain.isEmpty())
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('|'))));
        for (const QString &w : warningsContain)
            QVERIFY2(warnings.join(QLatin1Char('|')).contains(w), qPrintable(warnings.join(QLatin1Char('|'))));
        const QStringList paths{server.requests().at(0).value(QLatin1String("path")).toString(),
                                server.requests().at(1).value(QLatin1String("path")).toString()};
        QCOMPARE(paths, (QStringList{QStringLiteral("/api/v4/personal_access_tokens/self"), QStringLiteral("/api/v4/user")}));
    }
};

QTEST_GUILESS_MAIN(TokenValidationTest)
#include "tokenvalidation_test.moc"
