#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Bootlace {

// Streaming SHA-256 for files of any size: published files, read-backs and mirrored artifacts.
// OpenSSL's libcrypto (SHA-NI/AVX2 where the CPU has them, about 1.4 GB/s here) rather than
// QCryptographicHash, whose portable code in Qt 6.4 hashes about 100 MB/s and made checking a
// 256 MB initrd take longer than downloading it.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    // The 32-byte digest; the object is then used up.
    QByteArray result();

    static QByteArray of(const QByteArray &data);
    // Reads the file in large chunks; false with *error (naming the file) if it cannot.
    static bool ofFile(const QString &path, QByteArray *digest, qint64 *size, QString *error);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace Bootlace
