#pragma once

#include "gitlab/gitlabinstance.h"
#include "gitlab/gitlabtypes.h"
#include "model/item.h"

#include <QStringList>

namespace Bootlace {

// Turns a job's artifact files into a Linux boot entry with provenance: pinned job-id URLs
// for kernel and initrds, the arguments (for example from a NixOS netboot.ipxe), and an
// ArtifactSource that remembers instance, project, ref, pipeline, job, commit and expiry.
// Non-public projects are marked for mirroring: iPXE cannot send a token, and a token
// never goes into a menu.
struct ArtifactEntry final
{
    GitlabInstance instance;
    GitlabProject project;
    GitlabJob job;
    QString kernelPath;
    QStringList initrdPaths;
    QString args;
    QStringList extraArtifactPaths; // e.g. the netboot.ipxe the rest was read from
    QString followRef;              // non-empty: the "follow" strategy on this ref

    Item toItem(const QString &id, const QString &label = {}) const;
    // "netboot (main, job 10281)"-style default label.
    QString defaultLabel() const;
    // Resolves a file named in a netboot.ipxe relative to that script's directory.
    static QString siblingPath(const QString &scriptPath, const QString &name);
};

} // namespace Bootlace
