#include "ipxe/scriptlexer.h"

#include <QTest>

using namespace Bootlace;

class ScriptLexerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsCommandsAndTerminators()
    {
        const auto lines = ScriptLexer::split(QStringLiteral("iseq ${platform} efi && item x X ||\n"));
        QCOMPARE(lines.size(), 1);
        const ScriptLexer::Line &l = lines.front();
        QCOMPARE(l.commands.size(), 3);
        QCOMPARE(l.commands.at(0).name(), QStringLiteral("iseq"));
        QCOMPARE(l.commands.at(0).next, ScriptLexer::Command::Next::IfSuccess);
        QCOMPARE(l.commands.at(1).arguments(), (QStringList{QStringLiteral("x"), QStringLiteral("X")}));
        QCOMPARE(l.commands.at(1).next, ScriptLexer::Command::Next::IfFailure);
        QVERIFY(l.commands.at(2).words.isEmpty());
        QCOMPARE(l.commands.at(1).words.at(0).column, 25);
    }

    void labelsAndComments()
    {
        const auto lines = ScriptLexer::split(QStringLiteral("#!ipxe\n  :start echo hi # not run\n\n:end"));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).hasComment);
        QVERIFY(!lines.at(0).hasCode());
        QVERIFY(lines.at(1).hasLabel);
        QCOMPARE(lines.at(1).label.text, QStringLiteral("start"));
        QCOMPARE(lines.at(1).label.column, 3);
        QCOMPARE(lines.at(1).commands.size(), 1);
        QCOMPARE(lines.at(1).commands.at(0).arguments(), QStringList{QStringLiteral("hi")});
        QCOMPARE(lines.at(1).comment.text, QStringLiteral("# not run"));
        QVERIFY(lines.at(2).isBlank());
        QCOMPARE(lines.at(3).label.text, QStringLiteral("end"));
        QCOMPARE(lines.at(3).line, 4);
    }

    void continuationsAndCrlf()
    {
        const auto lines = ScriptLexer::split(QStringLiteral("kernel http://x \\\r\n  quiet\r\nboot\r\n"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).line, 1);
        QCOMPARE(lines.at(0).lastLine, 2);
        QCOMPARE(lines.at(0).commands.at(0).arguments(), (QStringList{QStringLiteral("http://x"), QStringLiteral("quiet")}));
        QCOMPARE(lines.at(0).commands.at(0).words.at(2).line, 2);
        QCOMPARE(lines.at(0).commands.at(0).words.at(2).column, 3);
        QCOMPARE(lines.at(1).line, 3);
        QCOMPARE(lines.at(1).commands.at(0).name(), QStringLiteral("boot"));
    }

    void lineCounting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("one-no-newline") << QStringLiteral("a") << 1;
        QTest::newRow("one") << QStringLiteral("a\n") << 1;
        QTest::newRow("blank") << QStringLiteral("\n") << 1;
        QTest::newRow("two") << QStringLiteral("a\nb") << 2;
        QTest::newRow("dangling-continuation") << QStringLiteral("a \\") << 1;
    }
    void lineCounting()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(ScriptLexer::split(text).size(), count);
    }
};

QTEST_GUILESS_MAIN(ScriptLexerTest)
#include "scriptlexer_test.moc"
