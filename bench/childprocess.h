#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <vector>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace Bootlace::Bench {

// One measured child process: wall time, peak RSS (wait4) and exit status.
struct Sample
{
    double seconds = 0;
    long maxRssKb = 0;
    int status = -1;
};

// Runs args[0] (looked up in PATH) with args and waits for it; times include process start-up.
inline Sample runChild(const QStringList &args)
{
    QList<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &a : args)
        storage << a.toLocal8Bit();
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Sample s;
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return s;
    int status = 0;
    rusage usage = {};
    wait4(pid, &status, 0, &usage);
    s.seconds = double(timer.nsecsElapsed()) / 1e9;
    s.maxRssKb = usage.ru_maxrss;
    s.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return s;
}

} // namespace Bootlace::Bench
