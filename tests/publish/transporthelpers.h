#pragma once

#include "publish/transport.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QThread>

#include <functional>

namespace Bootlace::Test {

// Runs a blocking transport call on a worker thread while this thread's event loop keeps
// serving the relays that the tests put between client and server.
inline TransferResult runOffThread(const std::function<TransferResult()> &call, int timeoutMs = 90000)
{
    TransferResult result = TransferResult::failure(TransferError::Other, QStringLiteral("did not finish in time"));
    std::unique_ptr<QThread> thread(QThread::create([&] { result = call(); }));
    QSignalSpy done(thread.get(), &QThread::finished);
    thread->start();
    if (!done.wait(timeoutMs))
        thread->wait();
    return result;
}

inline TransferResult uploadBytes(Transport &t, const QString &name, const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return t.upload(name, &buffer, data.size());
}

} // namespace Bootlace::Test
