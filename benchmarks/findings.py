"""Why a target is missed: what profiling and EXPLAIN QUERY PLAN showed (kept by hand).

``WHY`` is shown beside a missed target in results.md; ``FINDINGS`` is the
longer account with the proposed fixes. Measured on 2026-11-25 on the M and
L databases (raw SQL timed on the plain copy with ``sqlcipher3``, services
profiled with cProfile and an SQLAlchemy cursor-event tracer). Update both
when the code changes, then ``python -m benchmarks.run --render-only``.
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "keystroke": (
        "A short prefix that matches most people ('1', '2', 'EXIT-') is answered by "
        "collecting and sorting every match when the database has no planner statistics "
        "(finding 1)."
    ),
    "statistics": (
        "Consent coverage: the list of cases with a consent in force is rebuilt for every "
        "chunk of 500 cases, and every consent history of every case open at the period's "
        "end is loaded into Python and run through the full rules (finding 2)."
    ),
    "memory": (
        "The page cache (256 MiB a connection) fills as the statistics report reads the "
        "file, on top of 128 MiB for Qt and the interface; Argon2id takes 128 MiB at "
        "unlock (finding 3)."
    ),
    "unlock": "Argon2id (128 MiB, 3 passes) is most of it (finding 4).",
}

FINDINGS: list[str] = [
    "1. **Case list search, short prefixes.** Without planner statistics, `EXPLAIN QUERY "
    "PLAN` for a personnummer prefix '1', '2', '20' or a case number prefix 'EXIT-' is "
    "`MULTI-INDEX OR` over the prefix indexes, then `USE TEMP B-TREE FOR ORDER BY`: every "
    "matching person and case is read and sorted to return 200 rows, so the cost grows "
    "with the unit (at L, raw SQL: '1' 72 ms, '2' 145 ms, '20' 134 ms, 'EXIT-' 27 ms; "
    "through the service '1' took 118 ms). With `ANALYZE` (sqlcipher3's SQLite has STAT4) "
    "the planner walks `ix_cases_referral` in order and stops after 201 rows: 12, 14, "
    "14 and 1.2 ms. `PRAGMA analysis_limit` must stay off: without STAT4 the plans stay "
    "as they are. **Done** in 008809d for the demo generator (`bulk.analyze` after a bulk "
    "load), which is why these figures meet the target. **Still to do**: a database that "
    "grows by use never gets statistics, and is where this matters. In "
    "`OpenDatabase.close()`, before `engine.dispose()`, run `PRAGMA optimize` on one "
    "connection (it analyses the tables that have grown since, and is cheap otherwise), "
    'and in `storage/migrate.upgrade` run `connection.exec_driver_sql("ANALYZE")` after '
    "`command.upgrade(...)` inside the same `connection.begin()` block (0.8 s at M, 2.7 s "
    "at L). What is left of a keystroke (15–25 ms at L) is Python: 200 rows turned into "
    "`CaseListRow`s, and the audit entry's commit.",
    "2. **Yearly statistics.** At L `gather` takes 9.5–10 s and rendering 0.25 s. "
    "`statistics_counts.consent_coverage` is most of it: (a) its keyset loop re-runs "
    "`Case.id.in_(in_force)` for every chunk of 500 cases, and SQLite rebuilds the "
    "`SELECT DISTINCT case_id FROM consent_records …` list (a scan of all 121,000 "
    "consents) each time: 30 statements, 2.1 s of SQL; (b) "
    "`consent_loading.load_case_consents` builds every consent and withdrawal of every "
    "candidate case into domain objects (4 s before `party_of` was cached in 008809d); "
    "(c) the rules build the explanation texts for every party (1.1–1.3 s). "
    "`follow_ups` takes 1.3 s (three correlated subqueries per follow-up of the year). "
    "**Changes**: (a) in `consent_coverage`, select the candidate `(Case.id, "
    "Case.programme)` rows once (the same `where`, without `Case.id > last_id`, ordered by "
    "id) and slice that list into chunks of `_CHUNK` in Python, the loop body unchanged: "
    "gather 9.5–10.3 → 6.2–6.8 s at L with the same tables; (b) a "
    "`covered_by_consent(case, on) -> bool` in `domain/consent_rules` that stops at the "
    "first covered party and builds no texts, for `has_valid_consent`; (c) load for "
    "coverage only the consents in force on the day and the withdrawals up to it, shown "
    "equal to the full history by a property test. (a)–(c) should bring L to about "
    "3–4 s; a firm 3 s needs the coverage on a date to come from SQL, e.g. a per-case "
    "`consent_covered_until` kept by the consent services.",
    "3. **Memory.** The app-like process holds 128 MiB after loading Qt and the interface; "
    "Argon2id adds 128 MiB at unlock (by design, freed after it); then each connection's "
    "page cache grows up to `cache_size` (256 MiB) as pages are read. At L the statistics "
    "report reads enough of the file to fill it: the process's memory grows by 235 MiB "
    "(to 324 MiB) during the report, and the peak passes 400 MB. The backup no longer adds "
    "to it (its own 8 MiB cache, 008809d: +225 MiB at M before). Measured at L for one "
    "connection: `cache_size` 256 MiB: statistics 8.2–9.3 s, resident 324 MiB after it; "
    "128 MiB: 8.8–11.5 s, 231 MiB; 64 MiB: 10–10.9 s, 164 MiB, and the keystrokes 20–35 % "
    "slower. The pool allows 8 connections, each with its own cache, so worker threads "
    "that load tabs at the same time can grow the process by a multiple of this. "
    "**Proposal**: `PRAGMA cache_size = -131072` (128 MiB) in "
    "`storage/sqlcipher._CONNECTION_SETTINGS` and `pool_size=2, max_overflow=2` in "
    "`create_sqlcipher_engine`, then run the benchmarks again (the encrypted/plain ratio "
    "and the keystrokes at L are what to watch).",
    "4. **Unlock.** Argon2id is most of the time (0.38–0.6 s here). The migration head is "
    "read once per process since 008809d: opening with the known key went from 25–50 ms "
    "to 8–15 ms.",
    "5. **Start to the unlock dialog** (no target; about 2 s here, 5 s when the machine was "
    "busier). `python -m caseflow` imports `caseflow.cli`, which imports `cli_admin`, "
    "`cli_reports`, every report service, reportlab and Alembic before the GUI starts; the "
    "GUI's own modules are 0.5 s of it. **Change**: in `cli.py` import `cli_admin` and "
    "`cli_reports` inside the handlers that need them (the GUI path needs neither), and "
    "Alembic inside `storage/migrate`'s functions.",
    "6. **Backups** (no target; the ratio is not judged: a backup decrypts, re-encrypts "
    "and HMAC-checks every page by design). About 66 s at L. Of 25 s at M on a busy "
    "machine: `sqlcipher_export` 12–14 s, `PRAGMA cipher_integrity_check` 2.4 s, `PRAGMA "
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
