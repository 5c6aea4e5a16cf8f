"""Both languages complete, placeholders intact, compiled files current."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

LANGUAGES = ("sv", "en")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    messages = _messages(update_translations.ts_path(language))
    assert len(messages) > 100
    missing = [
        (context, source)
        for context, source, message in messages
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(form.strip() for form in _forms(message))
    ]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    for context, source, message in _messages(update_translations.ts_path(language)):
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in _forms(message):
            assert sorted(set(PLACEHOLDER.findall(form))) == expected, (context, source)


def test_swedish_is_really_swedish():
    translated = {s: _forms(m)[0] for _, s, m in _messages(update_translations.ts_path("sv"))}
    assert translated["&Lock"] == "&Lås"
    assert translated["Cases"] == "Ärenden"
    same = [s for s, t in translated.items() if s == t and re.search(r"[a-z]{4} [a-z]{3}", s)]
    assert same == []  # an English sentence left untranslated


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_files_hold_every_string_in_the_sources(language, tmp_path):
    fresh = tmp_path / f"caseflow_{language}.ts"
    shutil.copy(update_translations.ts_path(language), fresh)
    update_translations.lupdate(fresh, language)
    committed = {(c, s) for c, s, _ in _messages(update_translations.ts_path(language))}
    current = {(c, s) for c, s, _ in _messages(fresh)}
    assert current - committed == set(), "run tools/update_translations.py"
    assert committed - current == set(), "obsolete strings: run tools/update_translations.py"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_matches_ts(language, tmp_path):
    rebuilt = update_translations.lrelease(language, tmp_path / "check.qm")
    committed = update_translations.ts_path(language).with_suffix(".qm")
    assert rebuilt.read_bytes() == committed.read_bytes(), "run tools/update_translations.py"
