#include "ipxe/buildprofile.h"
#include "preview/scripthighlighter.h"
#include "preview/scripthighlighting.h"

#include "support/testdata.h"

#include <QFile>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QXmlStreamReader>

using namespace Bootlace;
using Bootlace::Test::TestData;
using Style = ScriptHighlighter::Style;

namespace {

// The foreground colour the highlighter gave the character at `column` (0-based) of `line`.
QColor colourAt(const QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length)
            return r.format.foreground().color();
    }
    return {};
}

QPalette dark()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    return p;
}

QPalette light()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

double luminance(const QColor &c)
{
    auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class ScriptHighlighterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursTheParts()
    {
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("#!ipxe\n"
                                        ":main\n"
                                        "menu --name x Boot ${site}\n"
                                        "chain --autofree http://h/${arch}/x.ipxe || goto main # why\n"
                                        "#~ item old Old entry\n"
                                        "frobnicate a\n"));
        ScriptHighlighter h(&doc, light());
        auto is = [&](int line, int column, Style style) {
            return colourAt(doc, line, column) == h.styleFormat(style).foreground().color();
        };
        QVERIFY(is(0, 0, Style::Shebang));
        QVERIFY(is(1, 0, Style::Label));
        QVERIFY(is(1, 4, Style::Label));
        QVERIFY(is(2, 0, Style::Command));
        QVERIFY(is(2, 5, Style::Option));
        QVERIFY(is(2, 21, Style::Variable));
        QVERIFY(!colourAt(doc, 2, 15).isValid()); // "Boot": plain text
        QVERIFY(is(3, 0, Style::Command));
        QVERIFY(is(3, 17, Style::Url));
        QVERIFY(is(3, 26, Style::Variable)); // ${arch} inside the URL
        const int ops = int(QStringLiteral("chain --autofree http://h/${arch}/x.ipxe ").size());
        QVERIFY(is(3, ops, Style::Operator));
        QVERIFY(is(3, ops + 3, Style::Command)); // goto after ||
        QVERIFY(is(3, ops + 13, Style::Comment));
        QVERIFY(is(4, 0, Style::Disabled));
        QVERIFY(is(4, 10, Style::Disabled));
        QVERIFY(!colourAt(doc, 5, 0).isValid()); // not a command iPXE knows
    }

    void readableInLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << light();
        QTest::newRow("dark") << dark();
    }

    void readableInLightAndDark()
    {
        QFETCH(QPalette, palette);
        QTextDocument doc;
        ScriptHighlighter h(&doc, palette);
        const QColor base = palette.color(QPalette::Base);
        for (Style s : { Style::Shebang, Style::Label, Style::Command, Style::Option, Style::Variable, Style::Url,
                         Style::Operator }) {
            const QColor c = h.styleFormat(s).foreground().color();
            QVERIFY2(contrast(c, base) >= 4.5, qPrintable(c.name() + QStringLiteral(" on ") + base.name()));
        }
        QVERIFY(contrast(h.styleFormat(Style::Comment).foreground().color(), base) >= 3.0);
        QVERIFY(contrast(h.styleFormat(Style::Disabled).foreground().color(), base)
                < contrast(h.styleFormat(Style::Comment).foreground().color(), base));
    }

    void factoryAttachesAHighlighter()
    {
        QTextDocument doc;
        QSyntaxHighlighter *h = ScriptHighlighting::attach(&doc, light());
        QVERIFY(h);
        QCOMPARE(h->document(), &doc);
        if (!ScriptHighlighting::usesKSyntaxHighlighting())
            QVERIFY(qobject_cast<ScriptHighlighter *>(h));
        ScriptHighlighting::updatePalette(h, dark());
    }

    void syntaxDefinitionMatchesTheCommandList()
    {
        QFile file(TestData::path(QStringLiteral("resources/syntax/ipxe.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList commands;
        QString language;
        bool inCommands = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("language"))
                language = xml.attributes().value(QLatin1String("name")).toString();
            if (xml.isStartElement() && xml.name() == QLatin1String("list"))
                inCommands = xml.attributes().value(QLatin1String("name")) == QLatin1String("commands");
            if (xml.isEndElement() && xml.name() == QLatin1String("list"))
                inCommands = false;
            if (inCommands && xml.isStartElement() && xml.name() == QLatin1String("item"))
                commands << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(language, QStringLiteral("iPXE"));
        QCOMPARE(commands, BuildProfile::knownCommands());
    }
};

QTEST_MAIN(ScriptHighlighterTest)
#include "scripthighlighter_test.moc"
