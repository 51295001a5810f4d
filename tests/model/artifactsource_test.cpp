#include "model/artifactsource.h"

#include <QTimeZone>
#include <QTest>

using namespace Bootlace;

class ArtifactSourceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileUrl_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("url");
        QTest::newRow("gitlab.com") << QStringLiteral("https://gitlab.com") << QStringLiteral("results/bzImage")
                                    << QStringLiteral("https://gitlab.com/api/v4/projects/42/jobs/7/artifacts/results/bzImage");
        QTest::newRow("sub-path, trailing slash")
            << QStringLiteral("https://example.org/gitlab/") << QStringLiteral("results/netboot.ipxe")
            << QStringLiteral("https://example.org/gitlab/api/v4/projects/42/jobs/7/artifacts/results/netboot.ipxe");
        // '/' stays literal (GitLabPHP #659: %2F in the artifact path is a 404); the rest of
        // each segment is encoded so iPXE cannot split it.
        QTest::newRow("odd characters") << QStringLiteral("https://gitlab.com") << QStringLiteral("out dir/a#b?c.img")
                                        << QStringLiteral("https://gitlab.com/api/v4/projects/42/jobs/7/artifacts/out%20dir/a%23b%3Fc.img");
    }
    void fileUrl()
    {
        QFETCH(QString, instance);
        QFETCH(QString, path);
        QFETCH(QString, url);
        ArtifactSource s;
        s.instance = instance;
        s.projectId = 42;
        s.jobId = 7;
        QCOMPARE(s.fileUrl(path), url);
        QVERIFY(!url.contains(QLatin1String("/jobs/artifacts/"))); // never a ref URL
    }

    void retargetOnlyThisJobsUrls()
    {
        ArtifactSource s;
        s.instance = QStringLiteral("https://gitlab.com");
        s.projectId = 42;
        s.jobId = 7;
        QCOMPARE(s.retargetUrl(s.fileUrl(QStringLiteral("results/initrd")), 9),
                 QStringLiteral("https://gitlab.com/api/v4/projects/42/jobs/9/artifacts/results/initrd"));
        const QString other = QStringLiteral("https://gitlab.com/api/v4/projects/42/jobs/70/artifacts/x");
        QCOMPARE(s.retargetUrl(other, 9), other);
        QCOMPARE(s.retargetUrl(QStringLiteral("http://boot/x"), 9), QStringLiteral("http://boot/x"));
    }

    void expiry_data()
    {
        QTest::addColumn<int>("hoursLeft");
        QTest::addColumn<ArtifactSource::Expiry>("state");
        QTest::addColumn<QString>("warning");
        QTest::newRow("months left") << 24 * 60 << ArtifactSource::Expiry::Valid << QString();
        QTest::newRow("three days") << 24 * 3 + 1 << ArtifactSource::Expiry::Soon << QStringLiteral("expire in 3 day");
        QTest::newRow("two hours") << 2 << ArtifactSource::Expiry::Soon << QStringLiteral("expire today");
        QTest::newRow("gone") << -5 << ArtifactSource::Expiry::Expired << QStringLiteral("may be gone");
        QTest::newRow("never") << 0 << ArtifactSource::Expiry::None << QString();
    }
    void expiry()
    {
        QFETCH(int, hoursLeft);
        QFETCH(ArtifactSource::Expiry, state);
        QFETCH(QString, warning);
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
        ArtifactSource s;
        s.jobId = 7;
        if (hoursLeft != 0)
            s.expiresAt = now.addSecs(qint64(hoursLeft) * 3600);
        QCOMPARE(s.expiry(now), state);
        if (warning.isEmpty())
            QVERIFY(s.expiryWarning(now).isEmpty());
        else
            QVERIFY2(s.expiryWarning(now).contains(warning), qPrintable(s.expiryWarning(now)));
    }
};

QTEST_GUILESS_MAIN(ArtifactSourceTest)
#include "artifactsource_test.moc"
