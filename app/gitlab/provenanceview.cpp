#include "gitlab/provenanceview.h"

namespace Bootlace {

ProvenanceView::ProvenanceView(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("provenance"));
    setAccessibleName(tr("Where the files come from"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setOpenExternalLinks(true);
}

void ProvenanceView::setSource(const ArtifactSource &source)
{
    setText(source.isEmpty() ? QString() : describe(source, QDateTime::currentDateTimeUtc()));
}

QString ProvenanceView::describe(const ArtifactSource &s, const QDateTime &now)
{
    const QString project = (s.projectPath.isEmpty() ? QString::number(s.projectId) : s.projectPath).toHtmlEscaped();
    const QString instance = s.instance.toHtmlEscaped();
    QString text = tr("GitLab CI: <a href=\"%1/%2\">%2</a>, ref <b>%3</b>, pipeline %4, job <a href=\"%1/%2/-/jobs/%5\">%5</a>"
                      " (%6), commit <tt>%7</tt>")
                       .arg(instance, project, s.ref.toHtmlEscaped())
                       .arg(s.pipelineId)
                       .arg(s.jobId)
                       .arg(s.jobName.toHtmlEscaped(), s.commit.left(12).toHtmlEscaped());
    text += QStringLiteral("<br>");
    text += s.strategy == ArtifactSource::Strategy::Follow
        ? tr("Follows the latest successful build of %1; resolved to a job id when the menu is generated.")
              .arg(s.ref.toHtmlEscaped())
        : tr("Pinned to this job.");
    const QString expiry = s.expiryWarning(now);
    if (!expiry.isEmpty())
        text += QStringLiteral("<br><b>") + expiry.toHtmlEscaped() + QStringLiteral("</b>");
    if (s.mirror)
        text += QStringLiteral("<br>")
            + (s.fallback ? tr("These files are mirrored to the publish target; if a client cannot fetch the copy "
                               "there, it tries GitLab next.")
                          : tr("The project is not public and iPXE cannot send a token, so these files are mirrored "
                               "to the publish target; the menu never contains a token."));
    return text;
}

} // namespace Bootlace
