"""Why a target is missed: what profiling and EXPLAIN QUERY PLAN showed (kept by hand).

``WHY`` is shown beside a missed target in results.md; ``FINDINGS`` is the
longer account with the proposed fixes. Measured on 2026-11-25 on the M and
L databases (raw SQL timed on the plain copy with ``sqlcipher3``, services
profiled with cProfile and an SQLAlchemy cursor-event tracer). Update both
when the code changes.
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "keystroke": (
        "Case list: a short prefix that matches most people ('1', '2', '20', 'EXIT-') is "
        "answered by collecting and sorting every match, because the database has no "
        "planner statistics (finding 1). Free text met the target."
    ),
    "statistics": (
        "Consent coverage: the list of cases with a consent in force is rebuilt for every "
        "chunk of 500 cases, and every consent history of every case open at the period's "
        "end is loaded into Python and run through the full rules (finding 2)."
    ),
    "memory": (
        "The backup opens two more connections with the app's 256 MiB page cache and reads "
        "every page through them; Argon2id takes 128 MiB at unlock (finding 3)."
    ),
    "unlock": "Argon2id (128 MiB, 3 passes) is most of it (finding 4).",
}

FINDINGS: list[str] = [
    "1. **Case list search, short prefixes.** `EXPLAIN QUERY PLAN` for a personnummer "
    "prefix '1', '2', '20' or a case number prefix 'EXIT-': `MULTI-INDEX OR` over the "
    "prefix indexes, then `USE TEMP B-TREE FOR ORDER BY`: every matching person and case "
    "is read and sorted to return 200 rows, so the cost grows with the unit. The database "
    "has no planner statistics (`sqlite_stat1` is missing: nothing runs `ANALYZE`). After "
    "`ANALYZE` (sqlcipher3's SQLite has STAT4) the planner walks `ix_cases_referral` in "
    "order and stops after 201 rows; selective prefixes keep the index plan. Raw SQL at L: "
    "'1' 72 → 12 ms, '2' 145 → 14 ms, '20' 134 → 14 ms, 'EXIT-' 27 → 1.2 ms "
    "(`ANALYZE` itself: 2.7 s at L, 0.8 s at M). `PRAGMA analysis_limit` must stay off: "
    "with it STAT4 is not gathered and the plans stay as they are. **Change** (storage): in "
    "`storage/migrate.upgrade`, after `command.upgrade(config, revision)` inside the same "
    '`connection.begin()` block, `connection.exec_driver_sql("ANALYZE")`; in '
    "`services/demo._generate` after the last batch, a storage call (`bulk.analyze("
    "database)`) that runs `ANALYZE`; and in `OpenDatabase.close()`, before "
    '`engine.dispose()`, `connection.exec_driver_sql("PRAGMA optimize")` on one '
    "connection (re-analyses tables that have grown since; cheap otherwise). What is left "
    "of a keystroke (15–20 ms) is Python: 200 rows turned into `CaseListRow`s and the "
    "audit entry's commit.",
    "2. **Yearly statistics.** At L `gather` takes about 10–11 s and rendering 0.25 s. "
    "`statistics_counts.consent_coverage` is 7.4 s of it: (a) its keyset loop re-runs "
    "`Case.id.in_(in_force)` for every chunk of 500 cases, and SQLite rebuilds the "
    "`SELECT DISTINCT case_id FROM consent_records …` list (a scan of all consents) each "
    "time: 30 statements, 2.1 s; (b) `consent_loading.load_case_consents` builds every "
    "consent and withdrawal of every candidate case into domain objects (4 s); (c) the "
    "rules, which build the explanation texts for every party (1.1–1.3 s). "
    "`follow_ups` takes 1.3 s (three correlated subqueries per follow-up of the year). "
    "**Changes**: (a) in `consent_coverage`, select the candidate `(id, programme)` rows "
    "once, ordered by id, and slice them into chunks in Python (the loop body unchanged): "
    "gather 10.7 → 6.3 s at L, same tables; (b) `functools.lru_cache` on "
    "`consent_loading.party_of` (26,000 `Party` objects at M from a few dozen distinct "
    "ones: 2.7 → 2.1 s at M); (c) a `covered_by_consent(case, on) -> bool` in "
    "`domain/consent_rules` that stops at the first covered party and builds no texts, for "
    "`has_valid_consent`; (d) load for coverage only the consents in force on the day and "
    "the withdrawals up to it, shown equal to the full history by a property test. (a)–(d) "
    "should bring L to about 3–4 s; a firm 3 s needs the coverage at a date to come from "
    "SQL, e.g. a per-case `consent_covered_until` kept by the consent services.",
    "3. **Memory.** The app-like process (Qt and the interface loaded: 128 MiB) peaks "
    "where the Argon2id derivation takes its 128 MiB (by design, freed after unlock) and "
    "where the backup runs: `storage/backup` opens the source and then the copy with "
    "`open_raw`, so with the app's 256 MiB page cache, and reads every page through them "
    "(+224 MiB at M). **Change**: in `storage/backup.py`, "
    '`connection.execute("PRAGMA cache_size = -8192")` right after each `open_raw` in '
    "`backup_to`, `verify_copy` and `restore` (a backup reads each page once). Measured at "
    "M: the backup's growth of the peak +150 MB → 0, and the backup 28 → 19 s. Beyond the "
    "benchmark: the engine's pool allows 8 connections, each with a page cache of up to "
    "256 MiB, so worker threads that load tabs at the same time can grow the process by a "
    "multiple of that on a large file; consider 64 MiB (`cache_size = -65536`) or "
    "`pool_size=2`, and measure the encrypted/plain ratio again with it.",
    "4. **Unlock.** Argon2id is most of the time (0.45–0.8 s on this busy machine). Of "
    "opening with the known key (25–50 ms), `migrate.head_revision()` takes about 37 ms at "
    "M: Alembic reads and compiles every migration script on each unlock. **Change**: "
    "`@functools.cache` on `storage/migrate.head_revision` and `known_revisions` (the "
    "scripts do not change while the app runs).",
    "5. **Start to the unlock dialog** (no target; 2–2.6 s here, 5 s when the machine was "
    "busier). `python -m caseflow` imports `caseflow.cli`, which imports `cli_admin`, "
    "`cli_reports`, every report service, reportlab and Alembic before the GUI starts; the "
    "GUI's own modules are 0.5 s of it. **Change**: in `cli.py` import `cli_admin` and "
    "`cli_reports` inside the handlers that need them (the GUI path needs neither), and "
    "Alembic inside `storage/migrate`'s functions.",
    "6. **Backups** (no target; the ratio is not judged: a backup decrypts, re-encrypts "
    "and HMAC-checks every page by design). Of 25 s at M on a busy machine: "
    "`sqlcipher_export` 12–14 s, `PRAGMA cipher_integrity_check` 2.4 s, `PRAGMA "
    "integrity_check` 8–14 s. The HMAC check already proves that every page of the copy is "
    "what SQLCipher wrote; `integrity_check` (the b-tree structure of a file "
    "`sqlcipher_export` has just built) is the part to reconsider if backups must be faster.",
    "7. **The figures depend on the load.** The same M database measured at a load average "
    "of 3–3.5 gave 140 ms for a free-text keystroke and 3.7 s for the statistics; at 2 it "
    "gave 21 ms and 1.9 s. Compare runs only at similar loads (see Machine).",
]


def section() -> list[str]:
    if not FINDINGS:
        return []
    return ["## Findings", "", *FINDINGS, ""]
