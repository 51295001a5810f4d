#include "model/projectfile.h"

#include "model/atomicfile.h"
#include "model/identifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace Bootlace {

namespace {

// Keys are written in this order (then any others alphabetically), so files diff well.
const QStringList &keyOrder()
{
    static const QStringList order = {
        QStringLiteral("schema"),  QStringLiteral("name"),      QStringLiteral("buildProfile"),
        QStringLiteral("variables"), QStringLiteral("preamble"), QStringLiteral("menus"),
        QStringLiteral("epilogue"), QStringLiteral("id"),        QStringLiteral("kind"),
        QStringLiteral("title"),   QStringLiteral("label"),     QStringLiteral("hotkey"),
        QStringLiteral("enabled"), QStringLiteral("platform"),  QStringLiteral("firmware"),
        QStringLiteral("arch"),    QStringLiteral("defaultItem"), QStringLiteral("timeoutMs"),
        QStringLiteral("items"),   QStringLiteral("kernel"),    QStringLiteral("initrds"),
        QStringLiteral("args"),    QStringLiteral("url"),       QStringLiteral("drive"),
        QStringLiteral("menu"),    QStringLiteral("script"),    QStringLiteral("value"),
        QStringLiteral("targets"), QStringLiteral("location"),  QStringLiteral("username"),
        QStringLiteral("httpBaseUrl"), QStringLiteral("fileMode"), QStringLiteral("sshKeyFile"),
        QStringLiteral("knownHostsFile"),
    };
    return order;
}

QByteArray scalarJson(const QJsonValue &v)
{
    // QJsonDocument only serialises containers: wrap the scalar and strip the brackets.
    QByteArray s = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return s.mid(1, s.size() - 2);
}

void emitValue(QByteArray &out, const QJsonValue &v, int indent)
{
    const QByteArray pad(indent * 2, ' ');
    const QByteArray innerPad((indent + 1) * 2, ' ');
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = o.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const qsizetype ia = keyOrder().indexOf(a), ib = keyOrder().indexOf(b);
            if (ia != ib)
                return (ia < 0 ? INT_MAX : ia) < (ib < 0 ? INT_MAX : ib);
            return a < b;
        });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += innerPad + scalarJson(keys.at(i)) + ": ";
            emitValue(out, o.value(keys.at(i)), indent + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += pad + '}';
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += innerPad;
            emitValue(out, a.at(i), indent + 1);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += pad + ']';
    } else {
        out += scalarJson(v);
    }
}

// Provenance of an entry made from GitLab CI artifacts; written only when present, and each
// key only when it is set, so files without GitLab entries keep their exact bytes.
QJsonObject sourceJson(const ArtifactSource &s)
{
    QJsonObject o;
    auto putString = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o[QLatin1String(key)] = value;
    };
    auto putId = [&o](const char *key, qint64 value) {
        if (value != 0)
            o[QLatin1String(key)] = double(value);
    };
    putString("instance", s.instance);
    putString("project", s.projectPath);
    putId("projectId", s.projectId);
    putString("ref", s.ref);
    putId("pipeline", s.pipelineId);
    putId("job", s.jobId);
    putString("jobName", s.jobName);
    putString("commit", s.commit);
    if (!s.artifactPaths.isEmpty())
        o[QStringLiteral("artifacts")] = QJsonArray::fromStringList(s.artifactPaths);
    if (s.expiresAt.isValid())
        o[QStringLiteral("expiresAt")] = s.expiresAt.toUTC().toString(Qt::ISODateWithMs);
    if (s.strategy != ArtifactSource::Strategy::Pinned)
        o[QStringLiteral("strategy")] = ArtifactSource::strategyName(s.strategy);
    if (s.mirror)
        o[QStringLiteral("mirror")] = true;
    if (s.fallback)
        o[QStringLiteral("fallback")] = true;
    return o;
}

QJsonObject itemJson(const Item &it)
{
    QJsonObject o;
    o[QStringLiteral("id")] = it.id;
    o[QStringLiteral("kind")] = Item::kindName(it.kind);
    if (!it.label.isEmpty())
        o[QStringLiteral("label")] = it.label;
    if (!it.hotkey.isEmpty())
        o[QStringLiteral("hotkey")] = it.hotkey;
    if (!it.enabled)
        o[QStringLiteral("enabled")] = false;
    if (!it.platform.isAny()) {
        QJsonObject p;
        if (it.platform.firmware != PlatformCondition::Firmware::Any)
            p[QStringLiteral("firmware")] = PlatformCondition::firmwareName(it.platform.firmware);
        if (it.platform.arch != PlatformCondition::Arch::Any)
            p[QStringLiteral("arch")] = PlatformCondition::archName(it.platform.arch);
        o[QStringLiteral("platform")] = p;
    }
    auto putString = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o[QLatin1String(key)] = value;
    };
    putString("kernel", it.kernel);
    if (!it.initrds.isEmpty())
        o[QStringLiteral("initrds")] = QJsonArray::fromStringList(it.initrds);
    putString("args", it.args);
    putString("url", it.url);
    putString("drive", it.drive);
    putString("menu", it.menu);
    putString("script", it.script);
    if (!it.source.isEmpty())
        o[QStringLiteral("source")] = sourceJson(it.source);
    return o;
}

QJsonObject projectToJson(const Project &p)
{
    QJsonObject root;
    root[QStringLiteral("schema")] = Project::SchemaVersion;
    root[QStringLiteral("name")] = p.name;
    root[QStringLiteral("buildProfile")] = p.buildProfile;
    QJsonArray vars;
    for (const Variable &v : p.variables)
        vars.append(QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("value"), v.value}});
    root[QStringLiteral("variables")] = vars;
    if (!p.preamble.isEmpty())
        root[QStringLiteral("preamble")] = p.preamble;
    QJsonArray menus;
    for (const Menu &m : p.menus) {
        QJsonObject mo;
        mo[QStringLiteral("id")] = m.id;
        mo[QStringLiteral("title")] = m.title;
        if (!m.defaultItem.isEmpty())
            mo[QStringLiteral("defaultItem")] = m.defaultItem;
        mo[QStringLiteral("timeoutMs")] = m.timeoutMs;
        QJsonArray items;
        for (const Item &it : m.items)
            items.append(itemJson(it));
        mo[QStringLiteral("items")] = items;
        menus.append(mo);
    }
    root[QStringLiteral("menus")] = menus;
    if (!p.epilogue.isEmpty())
        root[QStringLiteral("epilogue")] = p.epilogue;
    if (!p.targets.isEmpty()) {
        QJsonArray targets;
        for (const PublishTarget &t : p.targets)
            targets.append(t.toJson());
        root[QStringLiteral("targets")] = targets;
    }
    return root;
}

// Reads typed fields from JSON objects and remembers the first problem with its JSON path.
class Reader final
{
public:
    QString error;
    QString errorPath;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty()) {
            errorPath = path;
            error = message;
        }
    }

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = path + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(at, QCoreApplication::translate("Bootlace::ProjectFile", "the required field \"%1\" is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            fail(at, QCoreApplication::translate("Bootlace::ProjectFile", "\"%1\" must be a string").arg(QLatin1String(key)));
            return {};
        }
        return v.toString();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 QCoreApplication::translate("Bootlace::ProjectFile", "\"%1\" must be a list").arg(QLatin1String(key)));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, QCoreApplication::translate("Bootlace::ProjectFile", "expected an object"));
        return v.toObject();
    }
};

void readSource(Reader &r, const QJsonObject &o, const QString &path, ArtifactSource *s)
{
    auto id = [&](const char *key) -> qint64 {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return 0;
        if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(qint64(v.toDouble())))
            r.fail(path + QLatin1Char('.') + QLatin1String(key),
                   QStringLiteral("\"%1\" must be a positive whole number").arg(QLatin1String(key)));
        return qint64(v.toDouble());
    };
    s->instance = r.string(o, path, "instance", true);
    if (!r.failed()) {
        const QUrl url(s->instance);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            r.fail(path + QStringLiteral(".instance"),
                   QStringLiteral("\"%1\" is not an http(s) URL of a GitLab instance").arg(s->instance));
    }
    s->projectPath = r.string(o, path, "project");
    s->projectId = id("projectId");
    s->ref = r.string(o, path, "ref");
    s->pipelineId = id("pipeline");
    s->jobId = id("job");
    s->jobName = r.string(o, path, "jobName");
    s->commit = r.string(o, path, "commit");
    const QJsonArray paths = r.array(o, path, "artifacts");
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (!paths.at(i).isString())
            r.fail(path + QStringLiteral(".artifacts[%1]").arg(i), QStringLiteral("an artifact path must be a string"));
        s->artifactPaths << paths.at(i).toString();
    }
    const QString expires = r.string(o, path, "expiresAt");
    if (!expires.isEmpty()) {
        s->expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
        if (!s->expiresAt.isValid())
            r.fail(path + QStringLiteral(".expiresAt"),
                   QStringLiteral("\"%1\" is not an ISO 8601 date and time").arg(expires));
    }
    const QString strategy = r.string(o, path, "strategy");
    if (!strategy.isEmpty() && !ArtifactSource::parseStrategy(strategy, &s->strategy))
        r.fail(path + QStringLiteral(".strategy"),
               QStringLiteral("unknown strategy \"%1\" (expected pinned or follow)").arg(strategy));
    if (s->strategy == ArtifactSource::Strategy::Follow && (s->ref.isEmpty() || s->jobName.isEmpty()))
        r.fail(path + QStringLiteral(".strategy"),
               QStringLiteral("a \"follow\" source needs \"ref\" and \"jobName\""));
    const QJsonValue mirror = o.value(QStringLiteral("mirror"));
    if (!mirror.isUndefined() && !mirror.isBool())
        r.fail(path + QStringLiteral(".mirror"), QStringLiteral("\"mirror\" must be true or false"));
    s->mirror = mirror.toBool(false);
    const QJsonValue fallback = o.value(QStringLiteral("fallback"));
    if (!fallback.isUndefined() && !fallback.isBool())
        r.fail(path + QStringLiteral(".fallback"), QStringLiteral("\"fallback\" must be true or false"));
    s->fallback = fallback.toBool(false);
}

void readItem(Reader &r, const QJsonObject &o, const QString &path, Item *it)
{
    const QString kind = r.string(o, path, "kind", true);
    if (!r.failed() && !Item::parseKind(kind, &it->kind))
        r.fail(path + QStringLiteral(".kind"), QCoreApplication::translate("Bootlace::ProjectFile", "unknown item kind \"%1\"").arg(kind));
    it->id = r.string(o, path, "id", true);
    it->label = r.string(o, path, "label");
    it->hotkey = r.string(o, path, "hotkey");
    if (it->hotkey.size() > 1)
        r.fail(path + QStringLiteral(".hotkey"), QCoreApplication::translate("Bootlace::ProjectFile", "a hotkey is a single character"));
    const QJsonValue enabled = o.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        r.fail(path + QStringLiteral(".enabled"), QCoreApplication::translate("Bootlace::ProjectFile", "\"enabled\" must be true or false"));
    it->enabled = enabled.toBool(true);
    if (o.contains(QStringLiteral("platform"))) {
        const QString ppath = path + QStringLiteral(".platform");
        const QJsonObject p = r.object(o.value(QStringLiteral("platform")), ppath);
        const QString fw = r.string(p, ppath, "firmware");
        const QString arch = r.string(p, ppath, "arch");
        if (!fw.isEmpty() && !PlatformCondition::parseFirmware(fw, &it->platform.firmware))
            r.fail(ppath + QStringLiteral(".firmware"),
                   QCoreApplication::translate("Bootlace::ProjectFile", "unknown firmware \"%1\" (expected any, bios or uefi)").arg(fw));
        if (!arch.isEmpty() && !PlatformCondition::parseArch(arch, &it->platform.arch))
            r.fail(ppath + QStringLiteral(".arch"),
                   QCoreApplication::translate("Bootlace::ProjectFile", "unknown architecture \"%1\" (expected any, i386, x86_64, arm32 or arm64)")
                       .arg(arch));
    }
    it->kernel = r.string(o, path, "kernel");
    const QJsonArray initrds = r.array(o, path, "initrds");
    for (qsizetype i = 0; i < initrds.size(); ++i) {
        if (!initrds.at(i).isString())
            r.fail(path + QStringLiteral(".initrds[%1]").arg(i), QCoreApplication::translate("Bootlace::ProjectFile", "an initrd must be a URL string"));
        it->initrds << initrds.at(i).toString();
    }
    it->args = r.string(o, path, "args");
    it->url = r.string(o, path, "url");
    it->drive = r.string(o, path, "drive");
    it->menu = r.string(o, path, "menu");
    it->script = r.string(o, path, "script");
    if (o.contains(QStringLiteral("source")))
        readSource(r, r.object(o.value(QStringLiteral("source")), path + QStringLiteral(".source")),
                   path + QStringLiteral(".source"), &it->source);
}

void validateIds(Reader &r, const Project &p)
{
    QSet<QString> seen;
    auto check = [&](const QString &id, const QString &path) {
        if (!Identifier::isValid(id)) {
            r.fail(path + QStringLiteral(".id"),
                   QCoreApplication::translate("Bootlace::ProjectFile", "\"%1\" is not a valid id (1-64 of A-Z a-z 0-9 _ . -, not starting with - or .)")
                       .arg(id));
        } else if (seen.contains(id)) {
            r.fail(path + QStringLiteral(".id"), QCoreApplication::translate("Bootlace::ProjectFile", "the id \"%1\" is used twice").arg(id));
        }
        seen.insert(id);
    };
    for (qsizetype m = 0; m < p.menus.size(); ++m) {
        const QString mpath = QStringLiteral("menus[%1]").arg(m);
        check(p.menus.at(m).id, mpath);
        for (qsizetype i = 0; i < p.menus.at(m).items.size(); ++i)
            check(p.menus.at(m).items.at(i).id, mpath + QStringLiteral(".items[%1]").arg(i));
    }
    for (qsizetype v = 0; v < p.variables.size(); ++v) {
        if (!Identifier::isValid(p.variables.at(v).name))
            r.fail(QStringLiteral("variables[%1].name").arg(v),
                   QCoreApplication::translate("Bootlace::ProjectFile", "\"%1\" is not a valid variable name").arg(p.variables.at(v).name));
    }
}

void lineAndColumn(const QByteArray &data, int offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

} // namespace

ProjectFile::LoadResult ProjectFile::parse(const QByteArray &json)
{
    LoadResult result;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        lineAndColumn(json, perr.offset, &result.line, &result.column);
        result.error = QCoreApplication::translate("Bootlace::ProjectFile", "not valid JSON at line %1, column %2: %3")
                           .arg(result.line)
                           .arg(result.column)
                           .arg(perr.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = QCoreApplication::translate("Bootlace::ProjectFile", "a project file must contain a JSON object");
        return result;
    }
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (!schema.isDouble() || schema.toDouble() != double(schema.toInt()) || schema.toInt() < 1) {
        result.error = QCoreApplication::translate("Bootlace::ProjectFile", "this is not a Bootlace project: \"schema\" (a positive whole number) is missing");
        result.path = QStringLiteral("schema");
        return result;
    }
    if (schema.toInt() > Project::SchemaVersion) {
        result.error = QCoreApplication::translate("Bootlace::ProjectFile",
                                                  "this project was saved by a newer Bootlace (schema version %1; this "
                                      "version reads up to %2). Update Bootlace to open it; the file was "
                                      "not changed.")
                           .arg(schema.toInt())
                           .arg(Project::SchemaVersion);
        result.path = QStringLiteral("schema");
        return result;
    }

    Reader r;
    Project p;
    const QString top;
    p.name = r.string(root, top, "name");
    const QString profile = r.string(root, top, "buildProfile");
    if (!profile.isEmpty())
        p.buildProfile = profile;
    const QJsonArray vars = r.array(root, top, "variables");
    for (qsizetype i = 0; i < vars.size(); ++i) {
        const QString vpath = QStringLiteral("variables[%1]").arg(i);
        const QJsonObject vo = r.object(vars.at(i), vpath);
        p.variables.append({r.string(vo, vpath, "name", true), r.string(vo, vpath, "value")});
    }
    p.preamble = r.string(root, top, "preamble");
    p.epilogue = r.string(root, top, "epilogue");
    const QJsonArray menus = r.array(root, top, "menus");
    for (qsizetype m = 0; m < menus.size() && !r.failed(); ++m) {
        const QString mpath = QStringLiteral("menus[%1]").arg(m);
        const QJsonObject mo = r.object(menus.at(m), mpath);
        Menu menu;
        menu.id = r.string(mo, mpath, "id", true);
        menu.title = r.string(mo, mpath, "title");
        menu.defaultItem = r.string(mo, mpath, "defaultItem");
        const QJsonValue timeout = mo.value(QStringLiteral("timeoutMs"));
        if (!timeout.isUndefined()) {
            if (!timeout.isDouble() || timeout.toDouble() < 0 || timeout.toDouble() > 24 * 3600 * 1000.0
                || timeout.toDouble() != double(timeout.toInt()))
                r.fail(mpath + QStringLiteral(".timeoutMs"),
                       QCoreApplication::translate("Bootlace::ProjectFile", "\"timeoutMs\" must be a whole number of milliseconds between 0 and 86400000"));
            menu.timeoutMs = timeout.toInt();
        }
        const QJsonArray items = r.array(mo, mpath, "items");
        for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
            const QString ipath = mpath + QStringLiteral(".items[%1]").arg(i);
            Item it;
            readItem(r, r.object(items.at(i), ipath), ipath, &it);
            menu.items.append(it);
        }
        p.menus.append(menu);
    }
    const QJsonArray targets = r.array(root, top, "targets");
    QSet<QString> targetNames;
    for (qsizetype i = 0; i < targets.size() && !r.failed(); ++i) {
        const QString tpath = QStringLiteral("targets[%1]").arg(i);
        PublishTarget target;
        QString errorPath;
        QString error;
        if (!PublishTarget::fromJson(r.object(targets.at(i), tpath), tpath, &target, &errorPath, &error)) {
            r.fail(errorPath, error);
        } else if (targetNames.contains(target.name)) {
            r.fail(tpath + QStringLiteral(".name"), QStringLiteral("the target name \"%1\" is used twice").arg(target.name));
        }
        targetNames.insert(target.name);
        p.targets.append(target);
    }
    if (!r.failed())
        validateIds(r, p);
    if (r.failed()) {
        result.path = r.errorPath;
        result.error = QStringLiteral("%1: %2").arg(r.errorPath.startsWith(QLatin1Char('.')) ? r.errorPath.mid(1) : r.errorPath, r.error);
        if (result.path.startsWith(QLatin1Char('.')))
            result.path.remove(0, 1);
        return result;
    }
    result.project = p;
    return result;
}

ProjectFile::LoadResult ProjectFile::load(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.error = QCoreApplication::translate("Bootlace::ProjectFile", "cannot open %1: %2").arg(fileName, f.errorString());
        return result;
    }
    LoadResult result = parse(f.readAll());
    if (!result.ok())
        result.error = fileName + QStringLiteral(": ") + result.error;
    return result;
}

QByteArray ProjectFile::serialize(const Project &project)
{
    QByteArray out;
    emitValue(out, projectToJson(project), 0);
    out += '\n';
    return out;
}

QString ProjectFile::save(const QString &fileName, const Project &project)
{
    return AtomicFile::write(fileName, serialize(project));
}

QJsonObject ProjectFile::itemToJson(const Item &item)
{
    return itemJson(item);
}

bool ProjectFile::itemFromJson(const QJsonObject &object, Item *item, QString *error)
{
    Reader r;
    Item it;
    readItem(r, object, QStringLiteral("item"), &it);
    if (!r.failed() && !Identifier::isValid(it.id))
        r.fail(QStringLiteral("item.id"), QCoreApplication::translate("Bootlace::ProjectFile", "\"%1\" is not a valid id").arg(it.id));
    if (r.failed()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(r.errorPath, r.error);
        return false;
    }
    *item = it;
    return true;
}

} // namespace Bootlace
