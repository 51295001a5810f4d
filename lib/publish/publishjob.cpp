#include "publish/publishjob.h"

#include "publish/unifieddiff.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace Bootlace {

PublishJob::PublishJob(QObject *parent)
    : QObject(parent)
{
}

PublishJob::~PublishJob()
{
    m_cancel = true;
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void PublishJob::addTarget(const PublishTarget &target, const QString &password, const PublishFiles &files)
{
    m_targets.append({target, password, files});
}

void PublishJob::start()
{
    Q_ASSERT(m_running == 0);
    m_cancel = false;
    m_results.clear();
    for (const Target &t : m_targets)
        m_results.append({t.target, {}, {}, {}});
    if (m_targets.isEmpty()) {
        QMetaObject::invokeMethod(this, &PublishJob::finished, Qt::QueuedConnection);
        return;
    }
    m_running = int(m_targets.size());
    for (int i = 0; i < m_targets.size(); ++i) {
        QThread *thread = QThread::create([this, i] {
            TargetResult result = run(i);
            QMetaObject::invokeMethod(
                this,
                [this, i, result] {
                    m_results[i] = result;
                    Q_EMIT targetFinished(i);
                    if (--m_running == 0)
                        Q_EMIT finished();
                },
                Qt::QueuedConnection);
        });
        m_threads.push_back(thread);
        thread->start();
    }
}

void PublishJob::cancel()
{
    m_cancel = true;
}

QString PublishJob::errorString() const
{
    QStringList lines;
    for (const TargetResult &r : m_results) {
        if (!r.ok())
            lines << r.error.message;
    }
    return lines.join(QLatin1Char('\n'));
}

bool PublishJob::verifyFailed() const
{
    bool any = false;
    for (const TargetResult &r : m_results) {
        if (!r.ok() && r.error.error != TransferError::VerifyFailed)
            return false;
        any = any || !r.ok();
    }
    return any;
}

PublishJob::TargetResult PublishJob::run(int index)
{
    const Target &t = m_targets.at(index);
    TargetResult result{t.target, {}, {}, {}};
    std::unique_ptr<Transport> transport = Transport::create(t.target, t.password, m_projectDir);
    transport->setCancelFlag(&m_cancel);
    transport->setTimeout(m_timeoutSecs);

    qint64 grandTotal = 0;
    QList<qint64> sizes;
    for (const PublishFile &file : t.files) {
        FileResult fr;
        fr.remoteName = file.remoteName;
        QString error;
        if (!file.measure(&fr.size, &fr.sha256, &error)) {
            result.error = TransferResult::failure(TransferError::Other, error);
            result.files.append(fr);
            return result;
        }
        grandTotal += fr.size;
        result.files.append(fr);
    }
    // Progress over the whole target: uploads and read-backs of all files count twice the bytes.
    const qint64 total = m_dryRun ? grandTotal : 2 * grandTotal;
    qint64 base = 0;
    QElapsedTimer throttle;
    throttle.start();
    transport->setProgress([&](qint64 done, qint64) {
        if (throttle.elapsed() < 100)
            return;
        throttle.restart();
        const qint64 now = base + done;
        QMetaObject::invokeMethod(this, [this, index, now, total] { Q_EMIT progress(index, now, total); },
                                  Qt::QueuedConnection);
    });

    for (int i = 0; i < t.files.size(); ++i) {
        const PublishFile &file = t.files.at(i);
        FileResult &fr = result.files[i];
        if (m_dryRun) {
            if (file.isLocal()) {
                // Artifacts are compared by checksum, streamed: they are large and binary.
                QByteArray digest;
                const TransferResult got = transport->sha256(file.remoteName, &digest);
                if (!got.ok() && got.error != TransferError::NotFound) {
                    fr.error = result.error = got;
                    return result;
                }
                if (digest != fr.sha256)
                    result.diff += (got.ok() ? tr("Binary file %1 will be replaced.") : tr("Binary file %1 will be added."))
                                       .arg(file.remoteName)
                        + QLatin1Char('\n');
            } else {
                QByteArray current;
                const TransferResult got = transport->fetch(file.remoteName, &current);
                if (!got.ok() && got.error != TransferError::NotFound) {
                    fr.error = result.error = got;
                    return result;
                }
                result.diff += UnifiedDiff::diff(QString::fromUtf8(current), QString::fromUtf8(file.data),
                                                 QStringLiteral("a/") + file.remoteName,
                                                 QStringLiteral("b/") + file.remoteName);
            }
            base += fr.size;
            continue;
        }

        if (file.immutable) {
            // Its name is its content: an earlier (perhaps interrupted) publish may have put it there.
            QByteArray digest;
            const TransferResult there = transport->sha256(file.remoteName, &digest);
            if (there.ok() && digest == fr.sha256) {
                fr.alreadyThere = true;
                fr.verified = true;
                base += 2 * fr.size;
                continue;
            }
            if (!there.ok() && there.error != TransferError::NotFound && there.error != TransferError::VerifyFailed) {
                fr.error = result.error = there;
                return result;
            }
        }

        QBuffer buffer;
        QFile local;
        QIODevice *source = nullptr;
        if (file.isLocal()) {
            local.setFileName(file.localPath);
            if (!local.open(QIODevice::ReadOnly)) {
                fr.error = result.error = TransferResult::failure(
                    TransferError::Other, tr("Cannot read %1: %2").arg(file.localPath, local.errorString()));
                return result;
            }
            source = &local;
        } else {
            buffer.setData(file.data);
            buffer.open(QIODevice::ReadOnly);
            source = &buffer;
        }
        TransferResult up = transport->upload(file.remoteName, source, fr.size);
        if (!up.ok()) {
            fr.error = result.error = up;
            return result;
        }
        fr.uploaded = true;
        base += fr.size;
        QByteArray digest;
        const TransferResult back = transport->sha256(file.remoteName, &digest);
        if (!back.ok()) {
            fr.error = result.error = back;
            return result;
        }
        base += fr.size;
        if (digest != fr.sha256) {
            fr.error = result.error = TransferResult::failure(
                TransferError::VerifyFailed,
                tr("%1 on %2 reads back differently from what was published (SHA-256 %3 instead of %4).")
                    .arg(file.remoteName, t.target.name, QString::fromLatin1(digest.toHex().left(16)),
                         QString::fromLatin1(fr.sha256.toHex().left(16))));
            return result;
        }
        fr.verified = true;
    }
    QMetaObject::invokeMethod(this, [this, index, total] { Q_EMIT progress(index, total, total); },
                              Qt::QueuedConnection);
    return result;
}

} // namespace Bootlace
