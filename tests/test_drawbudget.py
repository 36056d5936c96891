"""The properties' time budget in CI (support/drawbudget.py): a property whose draws are costly draws fewer of them,
never fewer than min(FLOOR, its count); cheap ones, and every property under a set BRIEFGEN_EXAMPLES_SCALE, keep
their counts; the costs are measured by a run with the module as a plugin."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from support.drawbudget import BUDGET_S, FLOOR, RECORDED_FROM, active, budgeted, costs_of, function_key
from support.examples import examples

TESTS = Path(__file__).resolve().parent

PROPERTY = '''
from hypothesis import given, settings, strategies as st

@settings(max_examples=COUNT, deadline=None, database=None)
@given(st.integers())
def test_costly(n):
    with open(DRAWS, "a") as out:
        out.write("x")

@settings(max_examples=COUNT, deadline=None, database=None)
@given(st.integers())
def test_cheap(n):
    with open(DRAWS + ".cheap", "a") as out:
        out.write("x")

class TestKept:
    @settings(max_examples=COUNT, deadline=None, database=None)
    @given(st.integers())
    def test_method(self, n):
        with open(DRAWS + ".method", "a") as out:
            out.write("x")
'''

CONFTEST = '''
from support.drawbudget import apply_budget

def pytest_collection_modifyitems(config, items):
    apply_budget(items, COSTS)
'''


def _run(tmp_path: Path, count: int, costs: dict[str, float], env: dict[str, str], *args: str) -> dict[str, int]:
    """A pytest run of PROPERTY's three properties of `count` examples with `costs` applied; their draws."""
    draws = tmp_path / "draws"
    (tmp_path / "test_prop.py").write_text(PROPERTY.replace("COUNT", str(count)).replace("DRAWS", repr(str(draws))))
    (tmp_path / "conftest.py").write_text(CONFTEST.replace("COSTS", repr(costs)))
    for kept in tmp_path.glob("draws*"):
        kept.unlink()
    run_env = {k: v for k, v in os.environ.items()  # (an xdist worker's name would name the costs' file: CI's run)
               if k not in ("BRIEFGEN_EXAMPLES_SCALE", "BRIEFGEN_DRAW_BUDGET", "PYTEST_XDIST_WORKER")}
    run_env.update(env, PYTHONPATH=os.pathsep.join([str(TESTS), run_env.get("PYTHONPATH", "")]))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                             "-p", "no:randomly", "--rootdir", str(tmp_path), *args, str(tmp_path / "test_prop.py")],
                            cwd=tmp_path, env=run_env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return {name: len(path.read_text()) if path.exists() else 0
            for name, path in (("costly", draws), ("cheap", draws.with_name("draws.cheap")),
                               ("method", draws.with_name("draws.method")))}


def test_a_costly_property_draws_its_budget_a_cheap_one_its_count(tmp_path: Path) -> None:
    costs = {"test_prop.py::test_costly": 0.25, "test_prop.py::TestKept::test_method": 0.01}
    drawn = _run(tmp_path, 60, costs, {})
    assert drawn == {"costly": FLOOR, "cheap": 60, "method": budgeted(60, 0.01)}
    assert budgeted(60, 0.01) == round(BUDGET_S / 0.01) < 60


def test_a_deeper_search_draws_every_count_and_a_measuring_run_records_the_draws(tmp_path: Path) -> None:
    """A set BRIEFGEN_EXAMPLES_SCALE turns the budget off (so does BRIEFGEN_DRAW_BUDGET=off: `active`); the run, with
    the module as a plugin, writes each property's draws and CPU."""
    costs = {"test_prop.py::test_costly": 0.25, "test_prop.py::TestKept::test_method": 0.01}
    prefix = tmp_path / "costs"
    drawn = _run(tmp_path, 60, costs, {"BRIEFGEN_EXAMPLES_SCALE": "1", "BRIEFGEN_DRAW_COSTS": str(prefix)},
                 "-p", "support.drawbudget")
    assert drawn == {"costly": 60, "cheap": 60, "method": 60}
    lines = prefix.with_name("costs.main.tsv").read_text().splitlines()
    measured = {json.loads(line.split("\t")[0]): int(line.split("\t")[2]) for line in lines}
    assert measured == {"test_prop.py::test_costly": 60, "test_prop.py::test_cheap": 60,
                        "test_prop.py::TestKept::test_method": 60}
    assert all(float(line.split("\t")[1]) > 0 for line in lines)
    cheap = RECORDED_FROM * 10 * 0.9
    assert costs_of(['"t.py::test_a[1]"\t3.0\t10', '"t.py::test_a[2]"\t1.0\t10', '"t.py::test_b"\t0.1\t10',
                     f'"t.py::test_c"\t{cheap}\t10', '"t.py::test_d"\t0.5\t0']) == {"t.py::test_a": 0.3,
                                                                                    "t.py::test_b": 0.01}


def test_the_budget_is_on_only_under_the_default_scale(monkeypatch) -> None:
    monkeypatch.delenv("BRIEFGEN_EXAMPLES_SCALE", raising=False)
    monkeypatch.delenv("BRIEFGEN_DRAW_BUDGET", raising=False)
    assert active()
    monkeypatch.setenv("BRIEFGEN_DRAW_BUDGET", "off")
    assert not active()
    monkeypatch.delenv("BRIEFGEN_DRAW_BUDGET")
    monkeypatch.setenv("BRIEFGEN_EXAMPLES_SCALE", "0.3")
    assert not active()


@settings(max_examples=examples(200), deadline=None)
@given(count=st.integers(1, 2000), cost=st.floats(0, 100, allow_nan=False), budget=st.floats(0.01, 100))
def test_the_budget_keeps_a_count_within_its_time_and_over_its_floor(count: int, cost: float, budget: float) -> None:
    drawn = budgeted(count, cost, budget)
    assert min(count, FLOOR) <= drawn <= count
    if cost > 0 and drawn > min(count, FLOOR):
        assert drawn * cost <= budget * (1 + 1e-9)  # within the budget …
        assert drawn == count or (drawn + 1) * cost > budget  # … and as many as fit
    if cost <= 0 or count * cost <= budget:
        assert drawn == count


def test_costs_are_kept_per_function() -> None:
    assert function_key("tests/a.py::test_b[x-1]") == "tests/a.py::test_b"
    assert function_key("tests/a.py::C::test_b") == "tests/a.py::C::test_b"
