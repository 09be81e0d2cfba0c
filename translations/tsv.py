#!/usr/bin/env python3
"""Translator's helper for the Qt .ts files (see README.md).

  tsv.py stats  continuum_fr.ts ...          finished / unfinished counts per file
  tsv.py export continuum_fr.ts out.tsv      unfinished (or, with --all, every) entry as TSV
  tsv.py import continuum_fr.ts in.tsv       merges filled rows back, marking them finished
  tsv.py sync FRESH.ts TARGET.ts             (used by ./update) rewrites TARGET.ts from the
                                             fresh lupdate output, keeping its translations

TSV columns: context, source, comment, numerus (0/1), then the translation (one column per
plural form when numerus is 1). Tabs, newlines and backslashes in a field are written as
\\t, \\n and \\\\. Rows whose translation columns are empty are left unfinished.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET


def escape(text):
    return (text or "").replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def is_finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def stats(paths):
    for path in paths:
        tree = ET.parse(path)
        finished = unfinished = 0
        for _, message in messages(tree):
            if is_finished(message):
                finished += 1
            else:
                unfinished += 1
        language = tree.getroot().get("language", "?")
        print(f"{path.rsplit('/', 1)[-1]} ({language}): {finished} finished, {unfinished} unfinished")


def export(path, out_path, everything):
    tree = ET.parse(path)
    with open(out_path, "w", encoding="utf-8") as out:
        for context, message in messages(tree):
            if not everything and is_finished(message):
                continue
            numerus = message.get("numerus") == "yes"
            row = [context, message.findtext("source") or "", message.findtext("comment") or "", "1" if numerus else "0"]
            translation = message.find("translation")
            if numerus:
                forms = translation.findall("numerusform") if translation is not None else []
                row += [f.text or "" for f in forms] or ["", ""]
            else:
                row.append(translation.text or "" if translation is not None else "")
            out.write("\t".join(escape(field) for field in row) + "\n")


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def merge(path, tsv_path):
    tree = ET.parse(path)
    rows = {}
    with open(tsv_path, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            fields = [unescape(f) for f in line.split("\t")]
            if len(fields) < 5:
                sys.exit(f"{tsv_path}:{number}: expected at least 5 columns, got {len(fields)}")
            rows[(fields[0], fields[1], fields[2])] = (fields[3] == "1", fields[4:])
    merged = 0
    for context, message in messages(tree):
        row = rows.pop(key(context, message), None)
        if row is None:
            continue
        numerus, forms = row
        if not any(f.strip() for f in forms):
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        if numerus:
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        translation.attrib.pop("type", None)
        merged += 1
    write(tree, path)
    print(f"{path}: {merged} entries merged", file=sys.stderr)
    for (context, source, _), _ in rows.items():
        print(f"not in {path}: [{context}] {source[:80]}", file=sys.stderr)


# lupdate names the context of a tr() call after the enclosing class or namespace. Files that
# call a file-local helper `QString tr(const char*)` translate at run time with the helper's
# context instead, so messages found in such a file move to the helper's context unless lupdate
# named them after a class that really has tr() (Q_OBJECT, Q_GADGET, Q_DECLARE_TR_FUNCTIONS) or
# after a context the file names explicitly (QCoreApplication::translate("Context", ...)).
# (lupdate's own "lacks Q_OBJECT macro" warnings would say the same, but it prints them for
# only some of the files, differently from run to run.)
HELPER = re.compile(r'QString tr\(const char\* \w+[^)]*\)\s*\{\s*return\s+(?:QCoreApplication::translate\("([^"]+)"|(\w+)::text\()')
FORWARDED = re.compile(r'QString (\w+)::text\(const char\* \w+\)\s*\{\s*return QCoreApplication::translate\("([^"]+)"')
TR_CLASS = re.compile(r'\bclass\s+(?:\w+\s+)?(\w+)\b[^;{]*\{\s*(?:public:\s*)?Q_(?:OBJECT|GADGET)\b')
DECLARED = re.compile(r'Q_DECLARE_TR_FUNCTIONS\((\w+)\)')
EXPLICIT = re.compile(r'(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\(\s*"([^"]+)"')
ROOT = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def source_files():
    folders = [line.strip() for line in open(os.path.join(ROOT, "translations", "sources.txt"), encoding="utf-8")
               if line.strip() and not line.startswith("#")]
    for folder in folders:
        for directory, _, names in os.walk(os.path.join(ROOT, folder)):
            for name in names:
                if name.endswith((".cpp", ".h")):
                    yield os.path.realpath(os.path.join(directory, name))


def helper_context(path, text):
    match = HELPER.search(text)
    if not match:
        return None
    if match.group(1):
        return match.group(1)
    # The helper forwards to Class::text(), defined in a sibling .cpp.
    folder = os.path.dirname(path)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".cpp"):
            found = FORWARDED.search(open(os.path.join(folder, name), encoding="utf-8").read())
            if found and found.group(1) == match.group(2):
                return found.group(2)
    sys.exit(f"{path}: the tr() helper forwards to {match.group(2)}::text(), which was not found")


def scan_sources():
    helpers, explicit, tr_classes = {}, {}, set()
    for path in source_files():
        text = open(path, encoding="utf-8").read()
        tr_classes.update(TR_CLASS.findall(text))
        tr_classes.update(DECLARED.findall(text))
        context = helper_context(path, text)
        if context:
            helpers[path] = context
            explicit[path] = set(EXPLICIT.findall(text))
    return helpers, explicit, tr_classes


def sync(fresh_path, target_path):
    helpers, explicit, tr_classes = scan_sources()

    def runtime_context(path, context):
        if path not in helpers or context in explicit[path] or context.split("::")[-1] in tr_classes:
            return context
        return helpers[path]

    fresh = ET.parse(fresh_path)
    fresh_dir = os.path.dirname(os.path.realpath(fresh_path))
    old = {}
    old_by_source = {}
    if os.path.exists(target_path):
        for context, message in messages(ET.parse(target_path)):
            translation = message.find("translation")
            if translation is not None:
                old[key(context, message)] = translation
                old_by_source.setdefault(key("", message)[1:], translation)
    contexts = {}
    for context, message in messages(fresh):
        targets = []
        filename = None
        for location in message.findall("location"):
            filename = location.get("filename") or filename
            path = os.path.realpath(os.path.join(fresh_dir, filename)) if filename else None
            target = runtime_context(path, context)
            if target not in targets:
                targets.append(target)
            message.remove(location)
        for target in targets or [context]:
            entries = contexts.setdefault(target, {})
            copy = ET.fromstring(ET.tostring(message))
            entries.setdefault(key(target, copy)[1:], copy)
    root = ET.Element("TS", fresh.getroot().attrib)
    for name in sorted(contexts):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = name
        for message in contexts[name].values():
            previous = old.get(key(name, message))
            translation = message.find("translation")
            if previous is not None:
                message.remove(translation)
                message.append(previous)
            elif key("", message)[1:] in old_by_source:
                # Same text moved to another class: offer the old translation for review.
                reused = ET.fromstring(ET.tostring(old_by_source[key("", message)[1:]]))
                reused.set("type", "unfinished")
                message.remove(translation)
                message.append(reused)
            element.append(message)
    write(ET.ElementTree(root), target_path)


def main(argv):
    if len(argv) >= 2 and argv[1] == "stats":
        stats(argv[2:])
    elif len(argv) >= 4 and argv[1] == "export":
        export(argv[2], argv[3], "--all" in argv[4:])
    elif len(argv) == 4 and argv[1] == "import":
        merge(argv[2], argv[3])
    elif len(argv) == 4 and argv[1] == "sync":
        sync(argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
