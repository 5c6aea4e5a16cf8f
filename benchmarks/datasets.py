"""The benchmark databases: built once with the demo generator, cached, described.

A dataset is the encrypted demo database, its plaintext copy (``plain``)
and a JSON description (row counts, the case the benchmarks open, the
search texts). The cache key is the size, the seed, the key-derivation
cost, the schema (the head revision and a hash of the migration scripts)
and a hash of the demo generator, so that a changed schema (a new index,
the full-text tables) or generator builds anew.
Older builds of the same size and seed are removed to save disk.

One case is prepared for "open a case with 300 journal entries": an open
case of the benchmark user (so no reason is needed to open it) whose
journal is topped up to 300 signed entries with texts from other cases.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from benchmarks import plain
from caseflow.services import access, demo
from caseflow.services.demo import DEMO_PASSPHRASE, create_or_fill
from caseflow.storage import bulk, migrate
from caseflow.storage.database import database_files

CACHE = Path(__file__).resolve().parent / "cache"
USER = "socsek"  # the first demo social worker
PASSPHRASE = DEMO_PASSPHRASE
JOURNAL_ENTRIES = 300
SIZES = {"S": 1_000, "M": 10_000, "L": 50_000}
COUNTED = (
    "cases",
    "persons",
    "journal_entries",
    "meetings",
    "minutes_items",
    "consent_records",
    "activities",
    "audit_log",
)


@dataclass(frozen=True)
class BenchCase:
    id: int
    number: str
    name: str
    personnummer: str  # twelve digits
    journal_entries: int
    meetings: int


@dataclass(frozen=True)
class Dataset:
    label: str
    cases: int
    seed: int
    fast_kdf: bool
    schema: str
    encrypted: Path
    plain: Path
    built_on: str
    build_seconds: float
    counts: dict[str, int]
    encrypted_bytes: int
    plain_bytes: int
    case: BenchCase

    @property
    def user(self) -> str:
        return USER


def parse_size(label: str) -> tuple[str, int]:
    """'S', 'M', 'L' or a number of cases (``30`` for a smoke test)."""
    cleaned = label.strip().upper()
    if cleaned in SIZES:
        return cleaned, SIZES[cleaned]
    count = int(cleaned.replace("_", ""))
    return str(count), count


def schema_key() -> str:
    """The head revision and a hash of every migration script (they change in development)."""
    digest = hashlib.sha256()
    for script in sorted((migrate.migrations_dir() / "versions").glob("*.py")):
        digest.update(script.name.encode())
        digest.update(script.read_bytes())
    return f"{migrate.head_revision()}-{digest.hexdigest()[:8]}"


def generator_key() -> str:
    """A hash of the demo generator and the bulk writer: what they write may change too
    (planner statistics after a bulk load, new kinds of rows)."""
    digest = hashlib.sha256()
    services = Path(demo.__file__).parent
    for source in (*sorted(services.glob("demo*.py")), Path(bulk.__file__)):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:8]


def _stem(cases: int, seed: int, fast_kdf: bool, schema: str) -> str:
    fast = "-fastkdf" if fast_kdf else ""
    return f"demo-{cases}-seed{seed}{fast}-rev{schema}-gen{generator_key()}"


def ensure(
    label: str, seed: int, *, fast_kdf: bool = False, cache: Path = CACHE, rebuild: bool = False
) -> Dataset:
    """The cached dataset for ``label`` (S, M, L or a count), built first if missing."""
    name, cases = parse_size(label)
    schema = schema_key()
    stem = _stem(cases, seed, fast_kdf, schema)
    description = cache / f"{stem}.json"
    if description.exists() and not rebuild:
        found = _load(description)
        if found.encrypted.exists() and found.plain.exists():
            return found
    cache.mkdir(parents=True, exist_ok=True)
    _remove_builds(cache, f"demo-{cases}-seed{seed}{'-fastkdf' if fast_kdf else ''}-rev")
    return _build(name, cases, seed, fast_kdf, schema, cache / stem)


def _load(description: Path) -> Dataset:
    return from_dict(json.loads(description.read_text()))


def from_dict(raw: dict[str, Any]) -> Dataset:
    """A dataset from its JSON form (the cache's description, a saved run)."""
    fields = dict(raw)
    fields["encrypted"], fields["plain"] = Path(raw["encrypted"]), Path(raw["plain"])
    fields["case"] = BenchCase(**raw["case"])
    return Dataset(**fields)


def _remove_builds(cache: Path, prefix: str) -> None:
    for old in cache.glob(f"{prefix}*"):
        with contextlib.suppress(FileNotFoundError):
            old.unlink()


def _progress(done: int, total: int) -> None:
    print(f"  … {done:,} of {total:,} cases", file=sys.stderr, flush=True)


def _build(label: str, cases: int, seed: int, fast_kdf: bool, schema: str, stem: Path) -> Dataset:
    encrypted = stem.with_name(stem.name + ".caseflow")
    scratch = stem.with_name(stem.name + ".building.caseflow")
    for leftover in database_files(scratch):
        leftover.unlink(missing_ok=True)
    print(f"building {cases:,} demo cases (seed {seed}) in {scratch.parent}", file=sys.stderr)
    started = time.perf_counter()
    create_or_fill(scratch, cases=cases, seed=seed, fast_kdf=fast_kdf, progress=_progress)
    build_seconds = time.perf_counter() - started
    case = _prepare_case(scratch)
    # Whole only when finished: an interrupted build never passes for a cached one.
    for source, target in zip(database_files(scratch), database_files(encrypted), strict=True):
        if source.exists():
            shutil.move(source, target)
    plain_path = stem.with_name(stem.name + ".plain.sqlite")
    workspace = access.unlock(encrypted, USER, PASSPHRASE)
    try:
        key = workspace.database._key
        plain.export_plain(encrypted, key, plain_path)
        counts = _counts(workspace)
    finally:
        workspace.lock()
    dataset = Dataset(
        label=label,
        cases=cases,
        seed=seed,
        fast_kdf=fast_kdf,
        schema=schema,
        encrypted=encrypted,
        plain=plain_path,
        built_on=date.today().isoformat(),
        build_seconds=round(build_seconds, 1),
        counts=counts,
        encrypted_bytes=encrypted.stat().st_size,
        plain_bytes=plain_path.stat().st_size,
        case=case,
    )
    record = asdict(dataset)
    record["encrypted"], record["plain"] = str(encrypted), str(plain_path)
    stem.with_name(stem.name + ".json").write_text(json.dumps(record, indent=2))
    return dataset


def _counts(workspace: access.Workspace) -> dict[str, int]:
    with workspace.transaction() as session:
        return {
            table: int(session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
            for table in COUNTED
        }


_PICK_CASE = """
SELECT c.id, c.case_number, p.first_name, p.last_name, p.personnummer,
       (SELECT count(*) FROM journal_entries j WHERE j.case_id = c.id) AS entries
FROM cases c JOIN persons p ON p.id = c.person_id
WHERE c.responsible_user_id = :user AND c.status != 'closed'
  AND NOT p.protected_identity AND p.personnummer IS NOT NULL
ORDER BY entries DESC, c.id
LIMIT 1
"""

# Signed, uncorrected entries of other cases, re-dated into this case's time.
_TOP_UP = """
INSERT INTO journal_entries
    (case_id, entry_date, entry_type, text, author_id, signed_at, corrects_id,
     created_at, updated_at)
SELECT :case, max(j.entry_date, :referral), j.entry_type, j.text, :user, j.signed_at, NULL,
       j.created_at, j.updated_at
FROM journal_entries j
WHERE j.case_id != :case AND j.signed_at IS NOT NULL AND j.corrects_id IS NULL
ORDER BY j.id DESC
LIMIT :missing
"""


def _prepare_case(path: Path) -> BenchCase:
    """Choose the benchmark user's fullest open case and top its journal up to 300 entries."""
    workspace = access.unlock(path, USER, PASSPHRASE)
    try:
        with workspace.transaction() as session:
            user = workspace.user.id
            row = session.execute(text(_PICK_CASE), {"user": user}).one()
            referral = session.execute(
                text("SELECT referral_date FROM cases WHERE id = :id"), {"id": row.id}
            ).scalar_one()
            missing = max(0, JOURNAL_ENTRIES - row.entries)
            session.execute(
                text(_TOP_UP),
                {"case": row.id, "referral": referral, "user": user, "missing": missing},
            )
            entries = session.execute(
                text("SELECT count(*) FROM journal_entries WHERE case_id = :id"), {"id": row.id}
            ).scalar_one()
            meetings = session.execute(
                text("SELECT count(*) FROM meeting_cases WHERE case_id = :id"), {"id": row.id}
            ).scalar_one()
    finally:
        workspace.lock()
    return BenchCase(
        id=row.id,
        number=row.case_number,
        name=f"{row.first_name} {row.last_name}",
        personnummer=row.personnummer,
        journal_entries=int(entries),
        meetings=int(meetings),
    )
