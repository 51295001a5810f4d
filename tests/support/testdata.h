#pragma once

#include <QByteArray>
#include <QString>

namespace Bootlace::Test {

// Locations of checked-in test data and small file helpers shared by the tests.
class TestData final
{
public:
    static QString sourceDir();                        // the repository root
    static QString path(const QString &relative);      // sourceDir() + "/" + relative
    static QByteArray read(const QString &fileName);   // QFAIL-friendly: empty on error
    static bool write(const QString &fileName, const QByteArray &data);
};

} // namespace Bootlace::Test
