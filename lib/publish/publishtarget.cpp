#include "publish/publishtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QJsonValue>

namespace Bootlace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bootlace::PublishTarget", text);
}

} // namespace

QString PublishTarget::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Directory:
        return QStringLiteral("dir");
    case Kind::Tftp:
        return QStringLiteral("tftp");
    case Kind::WebDav:
        return QStringLiteral("webdav");
    case Kind::Sftp:
        return QStringLiteral("sftp");
    }
    return {};
}

bool PublishTarget::parseKind(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Directory, Kind::Tftp, Kind::WebDav, Kind::Sftp}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString PublishTarget::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::Directory:
        return tr("Directory");
    case Kind::Tftp:
        return tr("TFTP");
    case Kind::WebDav:
        return tr("HTTP / WebDAV");
    case Kind::Sftp:
        return tr("SFTP");
    }
    return {};
}

QString PublishTarget::host() const
{
    return kind == Kind::Directory ? QString() : QUrl(location).host();
}

QUrl PublishTarget::folderUrl() const
{
    QUrl url(location);
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

QString PublishTarget::directoryPath(const QString &projectDir) const
{
    if (QDir::isAbsolutePath(location) || projectDir.isEmpty())
        return QDir::cleanPath(location);
    return QDir::cleanPath(QDir(projectDir).absoluteFilePath(location));
}

QString PublishTarget::secretKey() const
{
    return QStringLiteral("publish:") + name + QLatin1Char('@') + host();
}

QString PublishTarget::environmentVariable() const
{
    QString suffix;
    for (QChar c : name.toUpper())
        suffix += (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ? c
            : QLatin1Char('_');
    return QStringLiteral("BOOTLACE_PUBLISH_PASSWORD_") + suffix;
}

bool PublishTarget::usesPassword() const
{
    return kind == Kind::WebDav || kind == Kind::Sftp;
}

QString PublishTarget::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("A target needs a name.");
    if (location.trimmed().isEmpty())
        return kind == Kind::Directory ? tr("Target \"%1\" needs a folder.").arg(name)
                                       : tr("Target \"%1\" needs a URL.").arg(name);
    if (fileMode < 0 || fileMode > 0777)
        return tr("Target \"%1\": the file mode must be between 0000 and 0777.").arg(name);
    if (kind == Kind::Directory)
        return {};
    const QUrl url(location, QUrl::StrictMode);
    static const char *const schemes[] = {"", "tftp", "http", "sftp"};
    const QString scheme = url.scheme();
    const bool schemeOk = kind == Kind::WebDav ? (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
                                               : scheme == QLatin1String(schemes[int(kind)]);
    if (!url.isValid() || url.host().isEmpty() || !schemeOk)
        return tr("Target \"%1\": \"%2\" is not a %3 URL (e.g. %4).")
            .arg(name, location, kindDisplayName(kind),
                 kind == Kind::Tftp     ? QStringLiteral("tftp://boot.lan/")
                 : kind == Kind::WebDav ? QStringLiteral("https://web.lan/dav/ipxe/")
                                        : QStringLiteral("sftp://boot.lan/srv/tftp/"));
    if (!url.userInfo().isEmpty())
        return tr("Target \"%1\": put the user name in its own field, not in the URL; passwords are kept in the "
                  "keychain.")
            .arg(name);
    if (!httpBaseUrl.isEmpty()) {
        const QUrl base(httpBaseUrl, QUrl::StrictMode);
        if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
            return tr("Target \"%1\": the HTTP base URL must start with http:// or https://.").arg(name);
    }
    return {};
}

QString PublishTarget::clientUrl(const QString &fileName) const
{
    if (!httpBaseUrl.isEmpty())
        return httpBaseUrl.endsWith(QLatin1Char('/')) ? QString(httpBaseUrl + fileName)
                                                      : QString(httpBaseUrl + QLatin1Char('/') + fileName);
    if (kind == Kind::Tftp)
        return folderUrl().toString() + fileName;
    return {};
}

QJsonObject PublishTarget::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("name")] = name;
    o[QStringLiteral("kind")] = kindName(kind);
    o[QStringLiteral("location")] = location;
    if (!username.isEmpty())
        o[QStringLiteral("username")] = username;
    if (!httpBaseUrl.isEmpty())
        o[QStringLiteral("httpBaseUrl")] = httpBaseUrl;
    if (fileMode != DefaultFileMode)
        o[QStringLiteral("fileMode")] = QStringLiteral("%1").arg(fileMode, 4, 8, QLatin1Char('0'));
    if (!sshKeyFile.isEmpty())
        o[QStringLiteral("sshKeyFile")] = sshKeyFile;
    if (!knownHostsFile.isEmpty())
        o[QStringLiteral("knownHostsFile")] = knownHostsFile;
    return o;
}

bool PublishTarget::fromJson(const QJsonObject &o, const QString &path, PublishTarget *target, QString *errorPath,
                             QString *error)
{
    PublishTarget t;
    auto fail = [&](const char *key, const QString &why) {
        *errorPath = path + QLatin1Char('.') + QLatin1String(key);
        *error = why;
        return false;
    };
    auto str = [&](const char *key, QString *out, bool required) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(key, QStringLiteral("the required field \"%1\" is missing").arg(QLatin1String(key)));
            return true;
        }
        if (!v.isString())
            return fail(key, QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
        *out = v.toString();
        return true;
    };
    QString kind;
    QString mode;
    if (!str("name", &t.name, true) || !str("kind", &kind, true) || !str("location", &t.location, true)
        || !str("username", &t.username, false) || !str("httpBaseUrl", &t.httpBaseUrl, false)
        || !str("fileMode", &mode, false) || !str("sshKeyFile", &t.sshKeyFile, false)
        || !str("knownHostsFile", &t.knownHostsFile, false))
        return false;
    if (!parseKind(kind, &t.kind))
        return fail("kind", QStringLiteral("unknown target kind \"%1\" (expected dir, tftp, webdav or sftp)").arg(kind));
    if (t.name.trimmed().isEmpty())
        return fail("name", QStringLiteral("a target needs a name"));
    if (!mode.isNull()) {
        bool ok = false;
        t.fileMode = mode.toInt(&ok, 8);
        if (!ok || mode.size() != 4 || t.fileMode < 0 || t.fileMode > 0777)
            return fail("fileMode", QStringLiteral("\"fileMode\" must be four octal digits such as \"0644\""));
    }
    const QString problem = t.validate();
    if (!problem.isEmpty())
        return fail("location", problem);
    *target = t;
    return true;
}

} // namespace Bootlace
