#include "publish/publishfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace Bootlace {

bool PublishFile::measure(qint64 *size, QByteArray *sha256, QString *error) const
{
    if (!isLocal()) {
        *size = data.size();
        *sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        return true;
    }
    QFile f(localPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Bootlace::PublishFile", "Cannot read %1: %2").arg(localPath, f.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        *error = QCoreApplication::translate("Bootlace::PublishFile", "Cannot read %1: %2").arg(localPath, f.errorString());
        return false;
    }
    *size = f.size();
    *sha256 = hash.result();
    return true;
}

} // namespace Bootlace
