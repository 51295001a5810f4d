#include "model/identifier.h"

#include <QTest>

using namespace Bootlace;

class IdentifierTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isValid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("debian") << true;
        QTest::newRow("dots-dashes") << QStringLiteral("fog.local-2_x") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading-dash") << QStringLiteral("-x") << false;
        QTest::newRow("leading-dot") << QStringLiteral(".x") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("variable") << QStringLiteral("${x}") << false;
        QTest::newRow("hash") << QStringLiteral("a#b") << false;
        QTest::newRow("umlaut") << QStringLiteral("grün") << false;
        QTest::newRow("64") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65") << QString(65, QLatin1Char('a')) << false;
    }
    void isValid()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(Identifier::isValid(id), valid);
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("valid-unchanged") << QStringLiteral("debian-12") << QStringLiteral("debian-12");
        QTest::newRow("spaces") << QStringLiteral("Debian 12 installer") << QStringLiteral("Debian-12-installer");
        QTest::newRow("injection") << QStringLiteral("x\n:evil || shell") << QStringLiteral("x-evil-shell");
        QTest::newRow("leading") << QStringLiteral("--.x") << QStringLiteral("x");
        QTest::newRow("only-junk") << QStringLiteral("$$$") << QStringLiteral("item");
        QTest::newRow("empty") << QString() << QStringLiteral("item");
        QTest::newRow("long") << QString(100, QLatin1Char('b')) << QString(64, QLatin1Char('b'));
    }
    void sanitize()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString id = Identifier::sanitize(text);
        QCOMPARE(id, expected);
        QVERIFY(Identifier::isValid(id));
    }
};

QTEST_GUILESS_MAIN(IdentifierTest)
#include "identifier_test.moc"
