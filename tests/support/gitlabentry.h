#pragma once

#include "model/item.h"

#include <QString>

namespace Bootlace::Test {

// A Linux entry made from a NixOS netboot build on the fake GitLab server (fakegitlab.py): job
// `jobId` ("netboot", pipeline jobId / 10) of project `projectId` (42 is private, 7 public),
// kernel results/bzImage, initrd results/initrd, NixOS's kernel arguments, marked for mirroring.
Item gitlabEntry(const QString &instance, qint64 projectId = 42, qint64 jobId = 10281);

} // namespace Bootlace::Test
