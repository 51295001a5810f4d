#pragma once

#include "model/artifactsource.h"

#include <QLabel>

namespace Bootlace {

// Shows where an entry's files came from (GitLab instance, project, ref, pipeline, job,
// commit), how its URLs follow builds, the artifacts' expiry and, for private projects, why
// the files are mirrored to the publish target. Used in the item form.
class ProvenanceView final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvenanceView)

public:
    explicit ProvenanceView(QWidget *parent = nullptr);
    void setSource(const ArtifactSource &source);
    static QString describe(const ArtifactSource &source, const QDateTime &now);
};

} // namespace Bootlace
