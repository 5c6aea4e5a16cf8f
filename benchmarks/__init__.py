"""Caseflow's benchmark suite: figures at three sizes, never part of the pass/fail tests.

    python -m benchmarks.run                      # S and M, 5 repetitions
    python -m benchmarks.run --sizes S,M,L        # L builds 50,000 cases once (minutes)

See ``benchmarks/run.py`` for what is measured and ``README.md`` (Benchmarks).
Benchmarks may use storage internals (the plaintext comparison copy): they
are not one of the app's layers.
"""
