#!/usr/bin/env python3
"""Applies the hand-written translation table (translations/table.txt) to the .ts files.

usage:
  translations/translate.py            fill bootlace_{en,de,fr}.ts from table.txt
  translations/translate.py --missing  print table entries for messages the table lacks
                                       (append them to table.txt and translate them)

Workflow for new strings: `cmake --build --preset dev --target update_translations`, then
`translate.py --missing >> translations/table.txt`, translate the new entries, run
`translate.py`, then `update_translations` again (it rewrites the files in lupdate's own
format and must leave every translation in place). `ctest --preset dev -L i18n` checks the
result.

table.txt: blocks separated by blank lines; `@Context` lines set the context of the blocks
that follow (a message is looked up in its own context first, then in any context, so text
shared by several contexts is written once). A block:
    en: source text                       (exactly as in the code; \\n for a line break)
    de: German                            (plural messages: one | other)
    fr: French                            (plural messages: one | other)
    en+: English one | English other      (plural messages only: the English forms)
Lines starting with `#` are comments. In French, a plain space before : ; ? ! becomes a
no-break space (U+00A0) when applied, as French typography wants.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "table.txt")
NBSP = "\u00a0"


def unescape(text):
    return text.replace("\\n", "\n")


def escape(text):
    return text.replace("\n", "\\n")


def load_table():
    by_context, anywhere = {}, {}
    context = ""
    with open(TABLE, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    for block in blocks:
        entry = {}
        for line in block.split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                context = line[1:].strip()
                continue
            key, sep, value = line.partition(": ")
            if not sep or key not in ("en", "de", "fr", "en+"):
                sys.exit(f"table.txt: cannot read line: {line!r}")
            entry[key] = unescape(value)
        if not entry:
            continue
        if "en" not in entry:
            sys.exit(f"table.txt: block without en: {block!r}")
        by_context[(context, entry["en"])] = entry
        anywhere.setdefault(entry["en"], entry)
    return by_context, anywhere


def french(text):
    for mark in ":;?!":
        text = text.replace(" " + mark, NBSP + mark)
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


def forms(value):
    return [part.strip() for part in value.split(" | ")]


def set_translation(msg, texts):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    tr.attrib.pop("type", None)
    tr.text = None
    for child in list(tr):
        tr.remove(child)
    if msg.get("numerus") == "yes":
        for text in texts:
            ET.SubElement(tr, "numerusform").text = text
    else:
        tr.text = texts[0]


def main():
    missing_only = "--missing" in sys.argv[1:]
    by_context, anywhere = load_table()
    missing = {}
    counts = {}
    for lang in ("en", "de", "fr"):
        path = os.path.join(HERE, f"bootlace_{lang}.ts")
        tree = ET.parse(path)
        done = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for msg in context.iter("message"):
                source = msg.findtext("source") or ""
                numerus = msg.get("numerus") == "yes"
                entry = by_context.get((name, source)) or anywhere.get(source)
                key = "en+" if lang == "en" else lang
                if lang == "en" and not numerus:
                    continue
                if entry is None or key not in entry:
                    missing.setdefault((name, source), numerus)
                    continue
                value = entry[key]
                if lang == "fr":
                    value = french(value)
                texts = forms(value) if numerus else [value]
                set_translation(msg, texts)
                done += 1
        counts[lang] = done
        if not missing_only:
            tree.write(path, encoding="utf-8", xml_declaration=True)
    if missing_only:
        current = None
        for (name, source), numerus in missing.items():
            if name != current:
                print(f"@{name}\n")
                current = name
            print(f"en: {escape(source)}")
            if numerus:
                print(f"en+: {escape(source)} | {escape(source)}")
            print("de: \nfr: \n")
        return
    for lang, n in counts.items():
        print(f"{lang}: {n} messages translated")
    if missing:
        print(f"{len(missing)} message(s) have no translation yet; run with --missing")
        sys.exit(1)


if __name__ == "__main__":
    main()
