#include "publish/unifieddiff.h"

#include <QTest>

using namespace Bootlace;

class UnifiedDiffTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalIsEmpty() { QCOMPARE(UnifiedDiff::diff(QStringLiteral("a\n"), QStringLiteral("a\n"), {}, {}), QString()); }

    void cases_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("new file") << QString() << QStringLiteral("#!ipxe\nshell\n")
                                  << QStringLiteral("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+#!ipxe\n+shell\n");
        QTest::newRow("deleted") << QStringLiteral("x\n") << QString() << QStringLiteral("--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n");
        QTest::newRow("one line changed")
            << QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QStringLiteral("1\n2\n3\n4\nfive\n6\n7\n8\n9\n")
            << QStringLiteral("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
        QTest::newRow("two hunks")
            << QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n")
            << QStringLiteral("A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nM\n")
            << QStringLiteral("--- a\n+++ b\n@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n@@ -10,4 +10,4 @@\n j\n k\n l\n-m\n+M\n");
        QTest::newRow("no newline")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb\n")
            << QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
    }
    void cases()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(UnifiedDiff::diff(before, after, QStringLiteral("a"), QStringLiteral("b")), expected);
    }
};

QTEST_GUILESS_MAIN(UnifiedDiffTest)
#include "unifieddiff_test.moc"
