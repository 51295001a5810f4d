#include "support/fakegitlabserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace Bootlace::Test {

namespace {
const QString kPython = QStringLiteral("/usr/bin/python3");
}

FakeGitlabServer::FakeGitlabServer(const QJsonObject &config)
    : m_config(config)
{
}

FakeGitlabServer::~FakeGitlabServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool FakeGitlabServer::start(QString *error)
{
    if (!QFileInfo(kPython).isExecutable()) {
        *error = QStringLiteral("/usr/bin/python3 is missing: install the Debian package python3 (scripts/install-deps.sh --test)");
        return false;
    }
    const QString configFile = m_dir.filePath(QStringLiteral("config.json"));
    QFile f(configFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(m_config).toJson()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(configFile);
        return false;
    }
    f.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProgram(kPython);
    m_process->setArguments({QStringLiteral(BOOTLACE_SOURCE_DIR "/tests/support/fakegitlab.py"), configFile,
                             m_dir.filePath(QStringLiteral("requests.jsonl"))});
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start the fake GitLab server: %1").arg(m_process->errorString());
        return false;
    }
    QByteArray line;
    const QDeadlineTimer deadline(10000);
    while (!line.contains('\n') && !deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime())))
            break;
        line += m_process->readAllStandardOutput();
    }
    const QList<QByteArray> words = line.trimmed().split(' ');
    if (words.size() != 3 || words.at(0) != "READY") {
        *error = QStringLiteral("the fake GitLab server did not start: %1 %2")
                     .arg(QString::fromLocal8Bit(line), QString::fromLocal8Bit(m_process->readAllStandardError()));
        return false;
    }
    m_port = words.at(1).toInt();
    m_cdnPort = words.at(2).toInt();
    return true;
}

QUrl FakeGitlabServer::baseUrl() const
{
    const QString scheme = m_config.contains(QLatin1String("tls")) ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(scheme)
                    .arg(m_port)
                    .arg(m_config.value(QLatin1String("prefix")).toString()));
}

QList<QJsonObject> FakeGitlabServer::requests() const
{
    QList<QJsonObject> list;
    QFile f(m_dir.filePath(QStringLiteral("requests.jsonl")));
    if (!f.open(QIODevice::ReadOnly))
        return list;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            list << QJsonDocument::fromJson(line).object();
    }
    return list;
}

int FakeGitlabServer::peakConcurrency() const
{
    int peak = 0;
    for (const QJsonObject &r : requests())
        peak = qMax(peak, r.value(QLatin1String("inflight")).toInt());
    return peak;
}

} // namespace Bootlace::Test
