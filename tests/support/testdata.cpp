#include "support/testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Bootlace::Test {

QString TestData::sourceDir()
{
    return QStringLiteral(BOOTLACE_SOURCE_DIR);
}

QString TestData::path(const QString &relative)
{
    return sourceDir() + QLatin1Char('/') + relative;
}

QByteArray TestData::read(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool TestData::write(const QString &fileName, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace Bootlace::Test
