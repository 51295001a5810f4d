#include "publish/publishfile.h"

#include "publish/sha256.h"

namespace Bootlace {

bool PublishFile::measure(qint64 *size, QByteArray *sha256, QString *error) const
{
    if (!isLocal()) {
        *size = data.size();
        *sha256 = Sha256::of(data);
        return true;
    }
    return Sha256::ofFile(localPath, sha256, size, error);
}

} // namespace Bootlace
