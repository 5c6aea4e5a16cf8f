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
        "Consent coverage decides, with the consent rules in Python, for each of the "
        "14,600 cases open at the year's end: loading what was in force that day and "
        "building it into the rules' objects is 1.6–2 s, the rules 0.4 s; the other counts "
        "are 1.3 s of SQL and the PDF 0.2 s; the rest is pages decrypted again because the "
        "report reads more of the file than the 128 MiB page cache holds (finding 2)."
    ),
    "memory": (
        "The page cache (128 MiB a connection) fills as the statistics report reads the "
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
    "with the unit (at L, raw SQL: '1' 72 ms, '2' 145 ms, '20' 134 ms, 'EXIT-' 27 ms). "
    "With `ANALYZE` (STAT4) the planner walks `ix_cases_referral` in order and stops "
    "after 201 rows: 12, 14, 14 and 1.2 ms. `PRAGMA analysis_limit` stays off (without "
    "STAT4 the plans stay as they are), so `PRAGMA optimize`, which sets a limit, is not "
    "used. **Done**: the demo generator analyses after a bulk load; an upgrade of the "
    "schema analyses after the migrations (`storage/migrate.gather_planner_statistics`); "
    "and a database that grows by daily use is analysed when it is locked once its cases "
    "have doubled since the last analysis, from 500 cases on "
    "(`gather_planner_statistics_if_grown`: about ten times in a database's life, 0.8 s "
    "at M and 2.7 s at L; never on a file suspected of damage). The slowest keystroke at "
    "L, the case number prefix 'E' (49 ms), matches every exit-support case and every "
    "name starting with E: what is left is Python, 200 rows turned into `CaseListRow`s "
    "and the audit entry's commit.",
    "2. **Yearly statistics** (5.4 s at L, target 3 s; 1.2 s at M). Done: consent "
    "coverage loads, for all cases open at the period's end, a few thousand at a time, "
    "only the consents in force that day and the withdrawals up to it (a property test "
    "shows the answer equal to the whole history's), and asks the rules "
    "`covered_by_consent` (no explanation texts) per party until one is covered; the "
    "follow-up timeliness query runs in two materialised steps (its correlated "
    "subqueries were inlined into every expression that used them): 9.4 → 5.4 s at L. "
    "Profiled at L with a warm cache: consent coverage 2.2–2.5 s (SQL 0.5 s, building "
    "29,000 consents and 14,600 cases into the rules' objects 1.2–1.5 s, the rules "
    "0.4 s), follow-ups 0.6 s, actions 0.2 s, the other counts 0.5 s, the PDF 0.2 s; in "
    "the benchmark the report also decrypts again pages that the 128 MiB cache could not "
    "keep (CPU 5.36 s of 5.37 s; the plain copy 4.4 s). What would meet 3 s: keep each "
    "case's consent coverage as dated intervals (covered from, covered until), worked "
    "out by the consent rules whenever a consent, a withdrawal, a guardian's custody, a "
    "birth date or the unit's programme rules change (coverage changes only on those "
    "days, so a case has a handful of intervals), and count `covered_from <= end AND "
    "(covered_until IS NULL OR covered_until >= end)` in SQL. That is derived data every "
    "consent-related write must keep in step, with a property test that the intervals "
    "answer as the rules do on every day; it is a change to the consent services, not to "
    "the statistics, and is left for its own issue.",
    "3. **Memory** (330 MB at L: met). The app-like process holds 128 MiB after loading Qt "
    "and the interface; Argon2id adds 128 MiB at unlock (by design, freed after it); then "
    "each connection's page cache grows up to `cache_size` as pages are read. Done: the "
    "cache is 128 MiB a connection (was 256: the statistics report grew the process to "
    "433 MB), the pool holds two connections (was eight, each with its own cache), a "
    "backup uses its own 8 MiB cache, and consent coverage holds a few thousand cases' "
    "consents at a time. The peak at L now comes from the first case list page "
    "(+129 MiB: the page cache filling) and the statistics report (+51 MiB).",
    "4. **Unlock.** Argon2id is most of the time (0.34–0.6 s here). The migration head is "
    "read once per process: opening with the known key takes 8–15 ms.",
    "5. **Start to the unlock dialog** (no target; about 2 s here, 5 s when the machine was "
    "busier). `python -m caseflow` imports `caseflow.cli`, which imports `cli_admin`, "
    "`cli_reports`, every report service, reportlab and Alembic before the GUI starts; the "
    "GUI's own modules are 0.5 s of it. Importing those inside the handlers that need them "
    "would save some of it.",
    "6. **Backups** (no target; the ratio is not judged: a backup decrypts, re-encrypts "
    "and HMAC-checks every page by design). About 62 s at L, in a worker thread with a "
    "Cancel button that stops it within a fraction of a second (SQLite's progress handler "
    "interrupts the export or the check; the partial copy is removed). Of 25 s at M on a "
    "busy machine: `sqlcipher_export` 12–14 s, `PRAGMA cipher_integrity_check` 2.4 s, "
    "`PRAGMA integrity_check` 8–14 s. The HMAC check already proves that every page of "
    "the copy is what SQLCipher wrote; `integrity_check` (the b-tree structure of a file "
    "`sqlcipher_export` has just built) is the part to reconsider if backups must be faster.",
    "7. **The figures depend on the load.** The same M database measured at a load average "
    "of 3–3.5 gave 140 ms for a free-text keystroke and 3.7 s for the statistics; at 2 it "
    "gave 21 ms and 1.9 s. Compare runs only at similar loads (see Machine).",
]


def section() -> list[str]:
    if not FINDINGS:
        return []
    return ["## Findings", "", *FINDINGS, ""]
