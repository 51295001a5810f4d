#include "publish/publishtarget.h"

#include <QJsonObject>
#include <QTest>

using namespace Bootlace;

class PublishTargetTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretKeyAndEnvironment()
    {
        PublishTarget t;
        t.name = QStringLiteral("Boot server-2");
        t.kind = PublishTarget::Kind::Sftp;
        t.location = QStringLiteral("sftp://boot.lan:2222/srv/tftp");
        QCOMPARE(t.host(), QStringLiteral("boot.lan"));
        QCOMPARE(t.secretKey(), QStringLiteral("publish:Boot server-2@boot.lan"));
        QCOMPARE(t.environmentVariable(), QStringLiteral("BOOTLACE_PUBLISH_PASSWORD_BOOT_SERVER_2"));
        QCOMPARE(t.folderUrl().path(), QStringLiteral("/srv/tftp/"));
        QVERIFY(t.usesPassword());
    }

    void directoryResolvesAgainstProject()
    {
        PublishTarget t;
        t.name = QStringLiteral("local");
        t.location = QStringLiteral("publish/");
        QCOMPARE(t.directoryPath(QStringLiteral("/home/me/lab")), QStringLiteral("/home/me/lab/publish"));
        t.location = QStringLiteral("/srv/tftp");
        QCOMPARE(t.directoryPath(QStringLiteral("/home/me/lab")), QStringLiteral("/srv/tftp"));
        QVERIFY(!t.usesPassword());
        QCOMPARE(t.secretKey(), QStringLiteral("publish:local@"));
    }

    void clientUrl()
    {
        PublishTarget t;
        t.name = QStringLiteral("t");
        t.kind = PublishTarget::Kind::Tftp;
        t.location = QStringLiteral("tftp://10.0.0.5/ipxe");
        QCOMPARE(t.clientUrl(QStringLiteral("menu.ipxe")), QStringLiteral("tftp://10.0.0.5/ipxe/menu.ipxe"));
        t.httpBaseUrl = QStringLiteral("http://10.0.0.5/ipxe");
        QCOMPARE(t.clientUrl(QStringLiteral("menu.ipxe")), QStringLiteral("http://10.0.0.5/ipxe/menu.ipxe"));
        t.kind = PublishTarget::Kind::Directory;
        t.httpBaseUrl.clear();
        QCOMPARE(t.clientUrl(QStringLiteral("menu.ipxe")), QString());
    }

    void validate_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("problem");
        QTest::newRow("dir ok") << int(PublishTarget::Kind::Directory) << QStringLiteral("x") << QString();
        QTest::newRow("dir empty") << int(PublishTarget::Kind::Directory) << QString() << QStringLiteral("folder");
        QTest::newRow("tftp ok") << int(PublishTarget::Kind::Tftp) << QStringLiteral("tftp://h/") << QString();
        QTest::newRow("tftp http") << int(PublishTarget::Kind::Tftp) << QStringLiteral("http://h/")
                                   << QStringLiteral("not a TFTP URL");
        QTest::newRow("dav https") << int(PublishTarget::Kind::WebDav) << QStringLiteral("https://h/dav/") << QString();
        QTest::newRow("dav no host") << int(PublishTarget::Kind::WebDav) << QStringLiteral("https:///dav/")
                                     << QStringLiteral("not a HTTP");
        QTest::newRow("sftp userinfo") << int(PublishTarget::Kind::Sftp) << QStringLiteral("sftp://me:pw@h/x")
                                       << QStringLiteral("keychain");
    }
    void validate()
    {
        QFETCH(int, kind);
        QFETCH(QString, location);
        QFETCH(QString, problem);
        PublishTarget t;
        t.name = QStringLiteral("n");
        t.kind = PublishTarget::Kind(kind);
        t.location = location;
        const QString got = t.validate();
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void jsonRoundTrip()
    {
        PublishTarget t;
        t.name = QStringLiteral("dav");
        t.kind = PublishTarget::Kind::WebDav;
        t.location = QStringLiteral("https://web.lan/dav/");
        t.username = QStringLiteral("me");
        t.fileMode = 0600;
        const QJsonObject o = t.toJson();
        QCOMPARE(o.value(QStringLiteral("fileMode")).toString(), QStringLiteral("0600"));
        QVERIFY(!o.contains(QStringLiteral("password")));
        PublishTarget back;
        QString path, error;
        QVERIFY2(PublishTarget::fromJson(o, QStringLiteral("targets[0]"), &back, &path, &error), qPrintable(error));
        QCOMPARE(back, t);
    }
};

QTEST_GUILESS_MAIN(PublishTargetTest)
#include "publishtarget_test.moc"
