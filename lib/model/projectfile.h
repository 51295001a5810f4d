#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QString>

class QJsonObject;

namespace Bootlace {

// Reads and writes the project file: UTF-8 JSON with a schema version, pretty-printed with a
// fixed key order so that it diffs well in git. Saving is atomic (QSaveFile); loading never
// changes anything on disk and refuses malformed files and newer schema versions with an error
// that says where and why.
class ProjectFile final
{
public:
    struct LoadResult
    {
        Project project;
        QString error;   // empty on success
        int line = 0;    // 1-based position of a syntax error, 0 if not applicable
        int column = 0;
        QString path;    // JSON path of a semantic error, e.g. "menus[0].items[2].kind"

        bool ok() const { return error.isEmpty(); }
    };

    static LoadResult load(const QString &fileName);
    static LoadResult parse(const QByteArray &json);

    static QByteArray serialize(const Project &project);
    // Returns an empty string on success, otherwise what went wrong; the file is either fully
    // replaced or left as it was.
    static QString save(const QString &fileName, const Project &project);

    // One item as the project file stores it; the clipboard and drag and drop reuse this form.
    static QJsonObject itemToJson(const Item &item);
    // Reads one item; on a malformed object returns false and, if error is given, says why.
    static bool itemFromJson(const QJsonObject &object, Item *item, QString *error = nullptr);
};

} // namespace Bootlace
