#!/usr/bin/env python3
"""Fails when a shipped translation is incomplete or breaks a placeholder.

usage: check_translations.py LUPDATE TSDIR SOURCELIST [INCLUDEDIR...]

Each translations/bootlace_<lang>.ts is refreshed from the current sources into a temporary
copy (the committed file is never touched), so a string added to the code without a
translation is caught even if nobody ran `update_translations`. The include directories are
those of the build's lupdate run: without them lupdate cannot see that a class included as
"editor/itemeditor.h" lives in namespace Bootlace, and files the messages under other contexts.
Rules:
  - German and French: every message translated (no "unfinished"), every plural form filled;
  - English (the source language): every plural (%n) message has its forms;
  - placeholders: a translation uses exactly the source's %1..%99 / %L1 (a plural form may
    leave out %n, as "ein Eintrag" does), and keeps a keyboard accelerator (&x) if the source
    has one;
  - no translation may be empty or left identical to a long English sentence by accident is
    NOT checked (German and French share many technical words with English).
"""
import os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

lupdate, tsdir, source_list = sys.argv[1:4]
includes = [arg for d in sys.argv[4:] for arg in ("-I", d)]
with open(source_list) as f:
    sources = [line.strip() for line in f if line.strip()]

PLACEHOLDER = re.compile(r"%L?(\d{1,2})|%n")
ACCEL = re.compile(r"&(?!&)[^\s&]")


def placeholders(text):
    return sorted(m.group(0).replace("L", "") for m in PLACEHOLDER.finditer(text or ""))


problems = []
roots = {}
# One lupdate run refreshes the copies of all three files (parsing the sources once).
with tempfile.TemporaryDirectory() as tmp:
    copies = {}
    for lang in ("en", "de", "fr"):
        ts = os.path.join(tsdir, f"bootlace_{lang}.ts")
        if not os.path.exists(ts):
            problems.append(f"{ts}: missing")
            continue
        copies[lang] = os.path.join(tmp, os.path.basename(ts))
        shutil.copy(ts, copies[lang])
    run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-silent", *includes, *sources,
                          "-ts", *copies.values()], capture_output=True, text=True)
    if run.returncode != 0:
        problems.append(f"lupdate failed: {run.stderr.strip()}")
    else:
        roots = {lang: ET.parse(path).getroot() for lang, path in copies.items()}

for lang, root in roots.items():
    count = 0
    for context in root.iter("context"):
        ctx = context.findtext("name")
        for msg in context.iter("message"):
            count += 1
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            where = f"{lang}: [{ctx}] \"{src[:90]}\""
            numerus = msg.get("numerus") == "yes"
            unfinished = tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
            if lang == "en" and not numerus:
                continue
            if unfinished:
                problems.append(f"{where}: not translated")
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            if numerus and len(forms) < 2:
                problems.append(f"{where}: {len(forms)} plural form(s), expected 2")
            want = placeholders(src)
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                got = placeholders(form)
                if numerus and "%n" not in got and "%n" in want:
                    got = sorted(got + ["%n"])  # a singular form may spell out the number
                if got != want:
                    problems.append(f"{where}: placeholders {want} in the source, {got} in \"{form[:90]}\"")
                if ACCEL.search(src) and not ACCEL.search(form):
                    problems.append(f"{where}: the accelerator (&) is missing in \"{form[:90]}\"")
    print(f"{lang}: {count} messages checked")

for p in problems:
    print(p)
print(f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
