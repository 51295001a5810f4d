// libFuzzer entry point: any bytes go through the importer and the linter, and what the importer
// produced must survive the writer and a second import unchanged (write(import(write(x))) ==
// write(x)). Sanitizers catch memory errors; -timeout catches hangs.
#include "ipxe/buildprofile.h"
#include "ipxe/linter.h"
#include "ipxe/scriptimporter.h"
#include "ipxe/scriptwriter.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Bootlace;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    static const BuildProfile debian = BuildProfile::byName(QStringLiteral("debian"));
    static const BuildProfile full = BuildProfile::byName(QStringLiteral("full"));
    const QList<Diagnostic> diagnostics = Linter::lint(text, (size % 2) ? debian : full);
    // A script with a label defined twice has no stable reading (iPXE jumps to the first, the
    // importer keeps the rest as raw text that may move between blocks): the documented
    // normalisation. The invariant is checked for every other input.
    const bool duplicateLabels = std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
        return d.ruleId == QLatin1String("duplicate-label");
    });

    const ScriptImporter::Result imported = ScriptImporter::import(text);
    if (!imported.ok())
        return 0;
    const QString written = ScriptWriter::write(imported.project);
    Linter::lint(written, debian);
    const ScriptImporter::Result again = ScriptImporter::import(written);
    if (!again.ok() || (!duplicateLabels && ScriptWriter::write(again.project) != written)) {
        std::fprintf(stderr, "round-trip invariant broken: write(import(write(import(x)))) != write(import(x))\n");
        std::abort();
    }
    return 0;
}
