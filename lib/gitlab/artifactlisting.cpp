#include "gitlab/artifactlisting.h"

#include "gitlab/gitlabclient.h"
#include "gitlab/gitlabrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtEndian>

namespace Bootlace {

namespace {

constexpr int EocdSize = 22;
constexpr int MaxComment = 65535;
constexpr quint32 EocdSignature = 0x06054b50;
constexpr quint32 CentralSignature = 0x02014b50;

quint16 u16(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint16>(d.constData() + at);
}

quint32 u32(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint32>(d.constData() + at);
}

} // namespace

ArtifactListing::ArtifactListing(GitlabClient *client, const QString &projectRef, qint64 jobId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_project(projectRef)
    , m_job(jobId)
{
}

QString ArtifactListing::prefix() const
{
    return QStringLiteral("/projects/") + m_project + QStringLiteral("/jobs/") + QString::number(m_job)
        + QStringLiteral("/artifacts");
}

void ArtifactListing::start()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    GitlabRequest *r = m_client->get(prefix() + QStringLiteral("/tree"), q, this);
    r->setAllPages(true);
    connect(r, &GitlabRequest::finished, this, [this, r] {
        r->deleteLater();
        if (r->ok()) {
            m_usedTree = true;
            for (const QJsonValue &v : r->items()) {
                const QJsonObject o = v.toObject();
                GitlabArtifactFile f;
                f.path = o.value(QLatin1String("path")).toString();
                f.directory = o.value(QLatin1String("type")).toString() == QLatin1String("directory");
                f.size = qint64(o.value(QLatin1String("size")).toDouble());
                m_files << f;
            }
            finish({});
            return;
        }
        // An unknown route answers {"error":"404 Not Found"}; a missing job or archive answers
        // {"message":"404 … Not Found"}. Only the former means "older GitLab, list the zip".
        if (r->error() == GitlabRequest::Error::NotFound && r->json().object().contains(QLatin1String("error"))) {
            listZip();
            return;
        }
        finish(r->errorString(), r->error());
    });
    r->start();
}

void ArtifactListing::listZip()
{
    GitlabRequest *r = m_client->get(prefix(), {}, this);
    r->setRawHeader("Range", "bytes=-" + QByteArray::number(EocdSize + MaxComment));
    connect(r, &GitlabRequest::finished, this, [this, r] {
        r->deleteLater();
        if (!r->ok()) {
            finish(r->errorString(), r->error());
            return;
        }
        qint64 tailOffset = 0;
        if (r->httpStatus() == 206) {
            // Content-Range: bytes 1000-2047/2048
            static const QRegularExpression re(QStringLiteral(R"(bytes\s+(\d+)-\d+/(\d+|\*))"));
            const QRegularExpressionMatch m = re.match(QString::fromLatin1(r->header("Content-Range")));
            if (!m.hasMatch()) {
                finish(tr("The server sent part of the artifacts archive without saying which part."));
                return;
            }
            tailOffset = m.captured(1).toLongLong();
        }
        qint64 needOffset = 0, needSize = 0;
        QString error;
        if (parseZipTail(r->body(), tailOffset, &m_files, &needOffset, &needSize, &error)) {
            finish({});
        } else if (needSize > 0) {
            fetchCentralDirectory(needOffset, needSize);
        } else {
            finish(error);
        }
    });
    r->start();
}

void ArtifactListing::fetchCentralDirectory(qint64 offset, qint64 size)
{
    GitlabRequest *r = m_client->get(prefix(), {}, this);
    r->setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-' + QByteArray::number(offset + size - 1));
    connect(r, &GitlabRequest::finished, this, [this, r, offset, size] {
        r->deleteLater();
        if (!r->ok()) {
            finish(r->errorString(), r->error());
            return;
        }
        const QByteArray dir = r->httpStatus() == 206 ? r->body() : r->body().mid(offset, size);
        QString error;
        if (parseCentralDirectory(dir, &m_files, &error))
            finish({});
        else
            finish(error);
    });
    r->start();
}

bool ArtifactListing::parseZipTail(const QByteArray &tail, qint64 tailOffset, QList<GitlabArtifactFile> *files,
                                   qint64 *needOffset, qint64 *needSize, QString *error)
{
    *needOffset = *needSize = 0;
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - EocdSize; i >= 0; --i) {
        if (u32(tail, i) == EocdSignature) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0) {
        *error = tr("The artifacts archive is not a zip file (no end of central directory).");
        return false;
    }
    const quint32 cdSize = u32(tail, eocd + 12);
    const quint32 cdOffset = u32(tail, eocd + 16);
    if (cdOffset == 0xffffffffu || cdSize == 0xffffffffu) {
        *error = tr("The artifacts archive is a ZIP64 file, which Bootlace cannot list yet.");
        return false;
    }
    const qint64 inTail = qint64(cdOffset) - tailOffset;
    if (inTail < 0) {
        *needOffset = cdOffset;
        *needSize = cdSize;
        *error = tr("The central directory is not in the archive's tail.");
        return false;
    }
    return parseCentralDirectory(tail.mid(inTail, cdSize), files, error);
}

bool ArtifactListing::parseCentralDirectory(const QByteArray &dir, QList<GitlabArtifactFile> *files, QString *error)
{
    qsizetype at = 0;
    while (at + 46 <= dir.size() && u32(dir, at) == CentralSignature) {
        const quint32 size = u32(dir, at + 24);
        const quint16 nameLength = u16(dir, at + 28);
        const quint16 extraLength = u16(dir, at + 30);
        const quint16 commentLength = u16(dir, at + 32);
        if (at + 46 + nameLength > dir.size())
            break;
        GitlabArtifactFile f;
        f.path = QString::fromUtf8(dir.mid(at + 46, nameLength));
        f.directory = f.path.endsWith(QLatin1Char('/'));
        f.size = f.directory ? 0 : size;
        files->append(f);
        at += 46 + nameLength + extraLength + commentLength;
    }
    if (at != dir.size()) {
        *error = tr("The artifacts archive's central directory is damaged.");
        return false;
    }
    return true;
}

void ArtifactListing::finish(const QString &error, GitlabRequest::Error kind)
{
    m_error = error;
    m_kind = error.isEmpty() ? GitlabRequest::Error::None : kind == GitlabRequest::Error::None ? GitlabRequest::Error::BadResponse : kind;
    m_done = true;
    Q_EMIT finished();
}

} // namespace Bootlace
