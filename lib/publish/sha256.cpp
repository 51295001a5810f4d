#include "publish/sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace Bootlace {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::add(const char *data, qsizetype size)
{
    if (size > 0)
        EVP_DigestUpdate(m_context->ctx, data, size_t(size));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.resize(int(length));
    return digest;
}

QByteArray Sha256::of(const QByteArray &data)
{
    Sha256 h;
    h.add(data);
    return h.result();
}

bool Sha256::ofFile(const QString &path, QByteArray *digest, qint64 *size, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Bootlace::PublishFile", "Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    Sha256 h;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    qint64 n = 0;
    while ((n = f.read(buffer.data(), buffer.size())) > 0) {
        h.add(buffer.constData(), n);
        total += n;
    }
    if (n < 0) {
        *error = QCoreApplication::translate("Bootlace::PublishFile", "Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *digest = h.result();
    *size = total;
    return true;
}

} // namespace Bootlace
