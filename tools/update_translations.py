"""Refresh the .ts files from the sources and compile them to .qm.

Usage:
  python tools/update_translations.py              # lupdate + lrelease
  python tools/update_translations.py --apply sv FILE.json
      # fill Swedish translations from {"source": "translation"} (plural
      # forms as a list), then lupdate + lrelease

English is the source language: its .ts file gets each source as its own
translation, so that both files are complete.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"sv": "sv_SE", "en": "en_GB"}


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "caseflow").rglob("*.py"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"caseflow_{language}.ts"


def lupdate(target: Path, language: str) -> str:
    result = subprocess.run(
        [
            _tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            LANGUAGES[language],
            *sources(),
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def lrelease(language: str, target: Path | None = None) -> Path:
    qm = target or ts_path(language).with_suffix(".qm")
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm)],
        check=True,
    )
    return qm


def _fill(language: str, mapping: dict[str, str | list[str]] | None) -> None:
    path = ts_path(language)
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        value: str | list[str] | None = (mapping or {}).get(source)
        if value is None and language == "en":
            if translation.get("type") != "unfinished":
                continue  # keep English plural forms written earlier
            value = source
        if value is None:
            continue
        plural = message.get("numerus") == "yes"
        if plural:
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
    ET.indent(tree)
    with path.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def main(argv: list[str]) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    mapping = None
    apply_language = None
    if argv[:1] == ["--apply"]:
        apply_language = argv[1]
        mapping = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    for language in LANGUAGES:
        print(language, lupdate(ts_path(language), language).strip().splitlines()[-1])
        if language == "en" or language == apply_language:
            _fill(language, mapping if language == apply_language else None)
        lrelease(language)


if __name__ == "__main__":
    main(sys.argv[1:])
