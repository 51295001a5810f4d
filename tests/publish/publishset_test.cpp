#include "publish/publishset.h"

#include "model/project.h"
#include "model/projectfile.h"
#include "support/testdata.h"

#include <QTest>

using namespace Bootlace;
using Bootlace::Test::TestData;

class PublishSetTest final : public QObject
{
    Q_OBJECT

    static Project example()
    {
        return ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
    }

private Q_SLOTS:
    void exampleIsPublishable()
    {
        const Project p = example();
        PublishSet set(p);
        QVERIFY2(set.gateProblems().isEmpty(), qPrintable(set.gateProblems().join(QLatin1Char('\n'))));
        set.setIncludeBootstrap(true);
        QString error;
        const PublishFiles files = set.filesFor(p.targets.front(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).remoteName, QStringLiteral("bootstrap.ipxe"));
        QVERIFY(files.at(0).data.contains("chain --autofree http://boot.lab.lan/menu.ipxe"));
        QCOMPARE(files.at(1).remoteName, QStringLiteral("menu.ipxe")); // the menu goes last
        QCOMPARE(files.at(1).data, set.script().toUtf8());
    }

    void extraFilesComeFirst()
    {
        PublishSet set(example());
        set.addExtraFile(QStringLiteral("mirror/bzImage"), QStringLiteral("/tmp/bzImage"));
        QString error;
        const PublishFiles files = set.filesFor(example().targets.front(), &error);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).localPath, QStringLiteral("/tmp/bzImage"));
        QCOMPARE(files.at(1).remoteName, QStringLiteral("menu.ipxe"));
    }

    void bootstrapNeedsAUrl()
    {
        Project p = example();
        p.targets.front().httpBaseUrl.clear();
        PublishSet set(p);
        set.setIncludeBootstrap(true);
        QString error;
        QVERIFY(set.filesFor(p.targets.front(), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no HTTP base URL")), qPrintable(error));
    }

    void gateRefuses_data()
    {
        QTest::addColumn<QString>("epilogue");
        QTest::addColumn<QString>("rule");
        QTest::newRow("lint error") << QStringLiteral("goto nowhere-at-all") << QStringLiteral("nowhere-at-all");
        QTest::newRow("secret") << QStringLiteral("chain https://admin:hunter2@boot.lan/x.ipxe")
                                << QStringLiteral("secret-in-url");
    }
    void gateRefuses()
    {
        QFETCH(QString, epilogue);
        QFETCH(QString, rule);
        Project p = example();
        p.epilogue = epilogue;
        const PublishSet set(p);
        const QStringList problems = set.gateProblems();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(rule), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!problems.join(QLatin1Char('\n')).contains(QLatin1String("hunter2")));
    }
};

QTEST_GUILESS_MAIN(PublishSetTest)
#include "publishset_test.moc"
