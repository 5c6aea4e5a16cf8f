"""`caseflow demo` and `caseflow cases` as a script would run them.

The case list shows case numbers, programmes, statuses and dates, never a
name or a personnummer; bad filter values and wrong credentials end in the
documented exit codes.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from caseflow.domain.cases import CaseStatus
from caseflow.domain.programmes import Programme
from caseflow.services import access, demo
from tests.storage.helpers import assert_clean_stderr, run_cli

CASES = 40
PASSPHRASE = {"CASEFLOW_PASSPHRASE": demo.DEMO_PASSPHRASE}
HEADER = "case_number\tprogramme\tstatus\treferral_date\tnext_follow_up\tclosed_on"
CASE_NUMBER = re.compile(r"^(SSPF|SIG|EXIT|GVI)-\d{4}-\d{4,}$")
# A personnummer or samordningsnummer in any written form.
PERSONNUMMER = re.compile(r"\d{6}[-+]?\d{4}|\d{8}-?\d{4}")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-demo") / "demo.caseflow"
    made = run_cli("demo", path, "--cases", str(CASES), "--seed", "3", "--fast-kdf")
    assert made.returncode == 0, made.stderr
    assert_clean_stderr(made.stderr)
    lines = made.stdout.splitlines()
    accounts = [line.split("\t") for line in lines if "\t" in line]
    assert [a[:3] for a in accounts] == [
        [a.username, a.role.value, a.passphrase] for a in demo.DEMO_ACCOUNTS
    ]
    assert f"Added {CASES} cases" in made.stderr
    return path


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    workspace = access.unlock(path, "socsek", demo.DEMO_PASSPHRASE)
    try:
        with workspace.transaction() as session:
            return [tuple(row) for row in session.execute(text(sql)).all()]
    finally:
        workspace.lock()


def _list(path: Path, *args: str, user: str = "socsek") -> list[list[str]]:
    result = run_cli("cases", path, "--user", user, *args, env=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert_clean_stderr(result.stderr)
    lines = result.stdout.splitlines()
    assert lines[0] == HEADER
    return [line.split("\t") for line in lines[1:]]


def test_lists_every_case_with_its_dates(demo_db: Path) -> None:
    rows = _list(demo_db)
    assert len(rows) == CASES
    stored = {
        number: (programme, status, referral, follow_up, closed)
        for number, programme, status, referral, follow_up, closed in _query(
            demo_db,
            "SELECT case_number, programme, status, referral_date, next_follow_up, closed_on "
            "FROM cases",
        )
    }
    for number, programme, status, referral, follow_up, closed in rows:
        assert CASE_NUMBER.match(number)
        assert stored[number] == (programme, status, referral, follow_up or None, closed or None)
    referrals = [date.fromisoformat(row[3]) for row in rows]
    assert referrals == sorted(referrals), "oldest referral first"


def test_pages_through_more_than_one_page(tmp_path: Path) -> None:
    path = tmp_path / "many.caseflow"
    made = run_cli("demo", path, "--cases", "620", "--fast-kdf", timeout=180)
    assert made.returncode == 0, made.stderr
    rows = _list(path)
    assert len(rows) == 620 and len({row[0] for row in rows}) == 620


def test_filters_by_programme_and_status(demo_db: Path) -> None:
    counts = dict(
        _query(demo_db, "SELECT programme || '/' || status, count(*) FROM cases GROUP BY 1")
    )
    sspf = _list(demo_db, "--programme", "sspf")
    assert sspf and {row[1] for row in sspf} == {"SSPF"}
    assert len(sspf) == sum(n for key, n in counts.items() if str(key).startswith("SSPF/"))
    closed = _list(demo_db, "--status", "closed")
    assert closed and all(row[2] == "closed" and row[5] for row in closed)
    both = _list(demo_db, "--programme", "SSPF", "--status", "CLOSED")
    assert len(both) == counts.get("SSPF/closed", 0)


def test_prints_no_names_or_personnummer(demo_db: Path) -> None:
    result = run_cli("cases", demo_db, "--user", "socsek", env=PASSPHRASE)
    assert result.returncode == 0
    names = {
        str(word)
        for row in _query(demo_db, "SELECT first_name, last_name FROM persons")
        + _query(demo_db, "SELECT name, '' FROM guardians")
        for value in row
        for word in str(value).split()
    }
    assert len(names) > 10
    words = set(re.findall(r"\w+", result.stdout))
    assert not names & words
    assert not PERSONNUMMER.search(result.stdout)
    assert not re.search(r"\d{10}", result.stdout)


def test_a_manager_may_list_an_administrator_may_not(demo_db: Path) -> None:
    assert len(_list(demo_db, user="chef")) == CASES
    # A field assistant lists her own cases and those of meetings she is invited to.
    assert 0 < len(_list(demo_db, user="falt")) < CASES
    denied = run_cli("cases", demo_db, "--user", "admin", env=PASSPHRASE)
    assert denied.returncode == 2
    assert denied.stdout == ""
    assert "You do not have permission to do that." in denied.stderr
    assert_clean_stderr(denied.stderr)


@pytest.mark.parametrize(
    ("option", "value", "valid"),
    [
        ("--programme", "SSP", [p.value for p in Programme]),
        ("--status", "open", [s.value for s in CaseStatus]),
    ],
)
def test_a_bad_filter_value_is_a_usage_error(
    demo_db: Path, option: str, value: str, valid: list[str]
) -> None:
    result = run_cli("cases", demo_db, "--user", "socsek", option, value, env=PASSPHRASE)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "invalid choice" in result.stderr
    assert all(v in result.stderr for v in valid), result.stderr
    assert_clean_stderr(result.stderr)


def test_wrong_passphrase_and_missing_database(demo_db: Path, tmp_path: Path) -> None:
    wrong = run_cli(
        "cases", demo_db, "--user", "socsek", env={"CASEFLOW_PASSPHRASE": "fel-lösenord-123"}
    )
    assert wrong.returncode == 3 and wrong.stdout == ""
    assert "wrong" in wrong.stderr
    assert_clean_stderr(wrong.stderr)
    missing = run_cli("cases", tmp_path / "nothing.caseflow", "--user", "socsek", env=PASSPHRASE)
    assert missing.returncode == 4
    assert_clean_stderr(missing.stderr)


def test_demo_on_an_existing_database_adds_only_when_asked(demo_db: Path) -> None:
    checked = run_cli("demo", demo_db, "--fast-kdf")
    assert checked.returncode == 0, checked.stderr
    assert "Added" not in checked.stderr
    assert _query(demo_db, "SELECT count(*) FROM cases") == [(CASES,)]


def test_demo_refuses_a_database_that_is_not_a_demo(tmp_path: Path) -> None:
    path = tmp_path / "real.caseflow"
    access.create_database(
        path, "admin", "Admin", "Rätt-häst-batteri-42x", "Rätt-häst-batteri-42x",
        access.FAST_TEST_KDF,
    ).workspace.lock()  # fmt: skip
    refused = run_cli("demo", path, "--cases", "5", "--fast-kdf")
    assert refused.returncode == 2
    assert "not a demo database" in refused.stderr
    assert_clean_stderr(refused.stderr)


def test_demo_takes_the_same_credentials_as_init(tmp_path):
    import os
    import subprocess
    import sys

    database = tmp_path / "own.caseflow"
    env = {
        **os.environ,
        "CASEFLOW_LANG": "en",
        "CASEFLOW_USER": "kim.admin",
        "CASEFLOW_PASSPHRASE": "Egen-lång-lösenfras-2026",
    }
    command = [sys.executable, "-m", "caseflow", "demo", str(database), "--cases", "3"]
    result = subprocess.run([*command, "--fast-kdf"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "caseflow", "cases", str(database)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 2  # an administrator lists no cases: it is the right account
    assert "permission" in listed.stderr
    again = subprocess.run(
        [*command, "--fast-kdf"],
        env={**env, "CASEFLOW_PASSPHRASE": "fel"},
        capture_output=True,
        text=True,
    )
    assert again.returncode == 3
