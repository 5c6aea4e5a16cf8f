"""A CycloneDX software bill of materials (JSON) for a Caseflow build.

Lists what the build carries: every Python distribution PyInstaller bundled
(found by matching the bundled files against each installed distribution's
RECORD in the build's own environment), with its version, licence and the
licence's text, and the native parts that are no Python distribution of
their own: the Python runtime, Qt, SQLCipher with its SQLite and OpenSSL,
the DejaVu fonts and PyInstaller's bootloader.

caseflow.spec calls ``write_sbom`` at the end of every build. By hand, for
the distributions Caseflow needs in this environment (no build involved):

    .venv/bin/python tools/sbom.py --out caseflow-sbom.cdx.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

SBOM_NAME = "caseflow-sbom.cdx.json"
SPEC_VERSION = "1.5"
ROOT = Path(__file__).resolve().parent.parent

# Distributions whose metadata names no licence; checked by hand against the
# licence file in their wheel.
LICENCE_OVERRIDES = {
    "sqlcipher3": "Zlib",  # pysqlite's licence, (c) Gerhard Häring
}
# Distributions that ship no licence file of their own: the text from resources/licenses.
LICENCE_TEXT_FALLBACK = {
    "pyside6": "LGPL-3.0.txt",
    "pyside6-addons": "LGPL-3.0.txt",
    "pyside6-essentials": "LGPL-3.0.txt",
    "shiboken6": "LGPL-3.0.txt",
}
_SPDX_EXPRESSION = re.compile(r"^\(?[A-Za-z0-9.+-]+\)?(\s+(OR|AND|WITH)\s+\(?[A-Za-z0-9.+-]+\)?)*$")
_LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice)", re.IGNORECASE)
MAX_LICENCE_TEXT = 200_000


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# --- which distributions are in the build --------------------------------------------------


def _owners() -> dict[str, metadata.Distribution]:
    """Each installed file's path (as in RECORD, relative to site-packages) -> its distribution."""
    owners: dict[str, metadata.Distribution] = {}
    for dist in metadata.distributions():
        for file in dist.files or ():
            path = str(file).replace("\\", "/")
            if not path.startswith(".."):
                owners.setdefault(path, dist)
    return owners


def bundled_distributions(modules: Iterable[str]) -> list[metadata.Distribution]:
    """The distributions that own any of ``modules``: dotted module names (``a.b``) or
    files as placed in the bundle (``PySide6/Qt/lib/libQt6Core.so.6``)."""
    owners = _owners()
    found: dict[str, metadata.Distribution] = {}
    for module in modules:
        name = module.replace("\\", "/")
        base = name.replace(".", "/")
        for candidate in (name, base + ".py", base + "/__init__.py"):
            dist = owners.get(candidate)
            if dist is not None:
                found.setdefault(_normalise(dist.metadata["Name"]), dist)
                break
    return [found[key] for key in sorted(found)]


def required_distributions(root: str = "caseflow") -> list[metadata.Distribution]:
    """Without a build: ``root``'s run-time requirements in this environment, transitively."""
    seen: dict[str, metadata.Distribution] = {}
    queue = [root]
    while queue:
        name = _normalise(queue.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        for requirement in dist.requires or ():
            if _applies(requirement):
                queue.append(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])
    seen.pop(_normalise(root), None)
    return [seen[key] for key in sorted(seen)]


def _applies(requirement: str) -> bool:
    """A requirement without an extra, whose environment marker holds here."""
    if ";" not in requirement:
        return True
    marker = requirement.split(";", 1)[1]
    if "extra" in marker:
        return False
    try:
        from packaging.markers import Marker
    except ImportError:  # no packaging: include it; a longer list is the safe mistake
        return True
    return bool(Marker(marker).evaluate())


# --- licences ------------------------------------------------------------------------------


def licence_choice(dist: metadata.Distribution) -> dict[str, Any]:
    """CycloneDX ``licenses`` entry: an SPDX id or expression where known, else a name."""
    meta = dist.metadata
    name = _normalise(meta["Name"])
    expression = (
        LICENCE_OVERRIDES.get(name)
        or meta.get("License-Expression")
        or _short_licence_field(meta.get("License"))
    )
    if expression:
        if " " in expression.strip():
            return {"expression": expression.strip()}
        return {"license": {"id": expression.strip()}}
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or () if c.startswith("License ::")
    ]
    return {"license": {"name": classifiers[0] if classifiers else "unknown"}}


def _short_licence_field(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip()
    return text if len(text) < 120 and _SPDX_EXPRESSION.match(text) else None


def licence_texts(dist: metadata.Distribution) -> str:
    """The licence files the distribution ships, one after another."""
    parts = []
    for file in dist.files or ():
        path = str(file)
        if path.startswith("..") or ".dist-info/" not in path.replace("\\", "/"):
            continue
        if _LICENCE_FILE.search(Path(path).name):
            try:
                parts.append(f"== {Path(path).name}\n{file.read_text(encoding='utf-8')}")
            except (OSError, UnicodeDecodeError):
                continue
    return "\n\n".join(parts)[:MAX_LICENCE_TEXT]


def _with_text(choice: dict[str, Any], text: str) -> list[dict[str, Any]]:
    if not text:
        return [choice]
    if "license" in choice:
        licence = dict(choice["license"])
        licence["text"] = {"contentType": "text/plain", "content": text}
        return [{"license": licence}]
    # An expression cannot carry text; the texts go beside it as a named licence.
    return [choice]


def _licence_file(name: str) -> str:
    path = ROOT / "resources" / "licenses" / name
    try:
        return path.read_text(encoding="utf-8")[:MAX_LICENCE_TEXT]
    except OSError:
        return ""


# --- components ------------------------------------------------------------------------------


def _url(dist: metadata.Distribution) -> str | None:
    meta = dist.metadata
    for entry in meta.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "repository", "source", "source code"):
            return url.strip()
    return meta.get("Home-page") or None


def python_component(dist: metadata.Distribution) -> dict[str, Any]:
    name, version = dist.metadata["Name"], dist.version
    purl = f"pkg:pypi/{_normalise(name)}@{version}"
    choice = licence_choice(dist)
    fallback = LICENCE_TEXT_FALLBACK.get(_normalise(name))
    text = licence_texts(dist) or (_licence_file(fallback) if fallback else "")
    component: dict[str, Any] = {
        "type": "library",
        "bom-ref": purl,
        "name": name,
        "version": version,
        "purl": purl,
        "licenses": _with_text(choice, text),
    }
    if "expression" in choice and text:
        component["properties"] = [{"name": "caseflow:licence-text", "value": text}]
    url = _url(dist)
    if url:
        component["externalReferences"] = [{"type": "website", "url": url}]
    return component


def _native(
    name: str, version: str, licence: dict[str, Any], url: str, text_file: str | None = None
) -> dict[str, Any]:
    text = _licence_file(text_file) if text_file else ""
    return {
        "type": "library",
        "bom-ref": f"native/{_normalise(name)}@{version}",
        "name": name,
        "version": version,
        "licenses": _with_text(licence, text),
        "externalReferences": [{"type": "website", "url": url}],
    }


def native_components() -> list[dict[str, Any]]:
    """What lives inside the Python distributions as compiled code, or beside them."""
    from caseflow import versions

    found = versions.collect()
    sqlcipher_version = found.sqlcipher.split()[0]
    openssl = re.search(r"(\d+\.\d+\.\d+)", found.crypto_provider)
    components = [
        _native(
            "Python",
            platform.python_version(),
            {"license": {"id": "PSF-2.0"}},
            "https://www.python.org/",
            "Python.txt",
        ),
        _native(
            "Qt",
            found.qt,
            {"license": {"id": "LGPL-3.0-only"}},
            "https://www.qt.io/",
            "LGPL-3.0.txt",
        ),
        _native(
            "SQLCipher",
            sqlcipher_version,
            {"license": {"id": "BSD-3-Clause"}},
            "https://www.zetetic.net/sqlcipher/",
            "SQLCipher.txt",
        ),
        _native(
            "SQLite",
            found.sqlite,
            {"license": {"id": "blessing"}},
            "https://sqlite.org/",
        ),
        _native(
            "OpenSSL",
            openssl.group(1) if openssl else found.crypto_provider,
            {"license": {"id": "Apache-2.0"}},
            "https://www.openssl.org/",
            "Apache-2.0.txt",
        ),
        _native(
            "DejaVu fonts",
            "2.37",
            {"license": {"id": "Bitstream-Vera"}},
            "https://dejavu-fonts.github.io/",
            "../fonts/LICENSE",
        ),
    ]
    try:
        import PyInstaller

        components.append(
            _native(
                "PyInstaller bootloader",
                PyInstaller.__version__,
                {"expression": "GPL-2.0-or-later WITH Bootloader-exception"},
                "https://pyinstaller.org/",
            )
        )
    except ImportError:
        pass
    return components


# --- the document ------------------------------------------------------------------------------


def _timestamp() -> str:
    # SOURCE_DATE_EPOCH makes two builds of the same commit give the same file.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def sbom(distributions: Iterable[metadata.Distribution]) -> dict[str, Any]:
    import caseflow

    components = [python_component(d) for d in distributions] + native_components()
    refs = [c["bom-ref"] for c in components]
    identity = f"caseflow:{caseflow.__version__}:{sys.platform}:" + ",".join(refs)
    serial = uuid.uuid5(uuid.NAMESPACE_URL, identity)
    return {
        "bomFormat": "CycloneDX",
        "specVersion": SPEC_VERSION,
        "serialNumber": f"urn:uuid:{serial}",
        "version": 1,
        "metadata": {
            "timestamp": _timestamp(),
            "tools": {"components": [{"type": "application", "name": "caseflow tools/sbom.py"}]},
            "component": {
                "type": "application",
                "bom-ref": "caseflow",
                "name": "Caseflow",
                "version": caseflow.__version__,
                "licenses": [{"license": {"id": "GPL-3.0-or-later"}}],
            },
            "properties": [{"name": "caseflow:platform", "value": sys.platform}],
        },
        "components": components,
        "dependencies": [{"ref": "caseflow", "dependsOn": refs}],
    }


def write_sbom(target: Path, modules: Iterable[str] | None = None) -> Path:
    """Write the SBOM of a build (its bundled ``modules``), or of Caseflow's requirements."""
    distributions = (
        bundled_distributions(modules) if modules is not None else required_distributions()
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(sbom(distributions), indent=2, ensure_ascii=False) + "\n")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(SBOM_NAME), help="the JSON file to write")
    args = parser.parse_args(argv)
    written = write_sbom(args.out)
    print(f"wrote {written}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
