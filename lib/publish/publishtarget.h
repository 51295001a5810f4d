#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QJsonObject;

namespace Bootlace {

// One place a project publishes its menu to: a local or mounted directory, a TFTP server, an
// HTTP/WebDAV server or an SFTP server. A plain value type stored in the project file; it never
// holds a password. The password (or the SSH key's passphrase) lives in the OS keychain under
// secretKey(), or for CI jobs in the environment variable environmentVariable().
struct PublishTarget final
{
    enum class Kind { Directory, Tftp, WebDav, Sftp };

    static constexpr int DefaultFileMode = 0644;

    QString name;
    Kind kind = Kind::Directory;
    // Directory: a folder path; a relative path is resolved against the project file's folder.
    // Others: the remote folder as a URL, e.g. tftp://boot.lan/ipxe/, https://web.lan/dav/ipxe/,
    // sftp://boot.lan:2222/srv/tftp/ (an absolute path on the server).
    QString location;
    QString username;          // WebDAV (basic auth) and SFTP
    QString httpBaseUrl;       // where clients fetch the published files from, if anywhere
    int fileMode = DefaultFileMode; // directory and SFTP; TFTP and WebDAV servers choose their own
    QString sshKeyFile;        // SFTP: private key (empty: password authentication)
    QString knownHostsFile;    // SFTP: known_hosts to verify the server (empty: ~/.ssh/known_hosts)

    bool operator==(const PublishTarget &) const = default;

    static QString kindName(Kind kind);          // "dir", "tftp", "webdav", "sftp"
    static bool parseKind(const QString &name, Kind *kind);
    static QString kindDisplayName(Kind kind);   // translated

    // The host of a network target ("" for a directory).
    QString host() const;
    // The location as a URL (network targets) with a trailing slash on its path.
    QUrl folderUrl() const;
    // For a directory target: the folder, relative paths resolved against projectDir.
    QString directoryPath(const QString &projectDir) const;

    // "publish:<target name>@<host>": where the password is kept in the keychain.
    QString secretKey() const;
    // "BOOTLACE_PUBLISH_PASSWORD_<NAME>", NAME upper-cased with every other character than A-Z
    // and 0-9 turned into "_": a CI job sets it instead of using a keychain.
    QString environmentVariable() const;
    // Whether this target can use a password at all (WebDAV, SFTP).
    bool usesPassword() const;

    // Empty if the target can be used, otherwise what is wrong with it (translated).
    QString validate() const;

    // The URL clients fetch `fileName` from: httpBaseUrl + fileName, or for a TFTP target its
    // tftp:// URL; empty if the target has neither.
    QString clientUrl(const QString &fileName) const;

    QJsonObject toJson() const;
    // Reads a target; on a malformed object returns false and sets error to "<path>.<key>: why".
    static bool fromJson(const QJsonObject &object, const QString &path, PublishTarget *target,
                         QString *errorPath, QString *error);
};

} // namespace Bootlace
