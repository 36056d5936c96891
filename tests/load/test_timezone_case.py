"""A time zone written in the wrong case gets the right name as a hint (load/config._timezone).

Found by a trial: `timezone: utc` was "unknown timezone "utc"" with no hint (difflib sees no
likeness between "utc" and "UTC"); zone names are case-sensitive, being files of the database.
"""
from __future__ import annotations

from zoneinfo import available_timezones

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.config import parse_config
from briefgen.load.yamltext import load_mapping

# Without the names config.yaml refuses whatever their case ("depends on the machine": localtime,
# posixrules, Factory, posix/…, right/…): a run drew "LOCALTIME" and met that error, not a hint.
ZONES = sorted(z for z in available_timezones()
               if z.lower() not in ("localtime", "posixrules", "factory") and not z.startswith(("posix/", "right/")))
TOPICS = "topics:\n  - id: china-role\n    title: China's role\n"


def _messages(zone: str) -> list[str]:
    data, problems = load_mapping(f'title: T\ntimezone: "{zone}"\n{TOPICS}', "config.yaml")
    assert data is not None
    config = parse_config(data, "config.yaml", problems)
    return [str(p) for p in problems] + [config.timezone]


@settings(max_examples=examples(20), deadline=None, database=None)
@given(st.sampled_from(ZONES), st.randoms(use_true_random=False))
@example("UTC", None)
@example("Europe/Kyiv", None)
def test_any_zone_in_any_case_is_kept_or_named_with_its_real_spelling(zone: str, rng) -> None:  # type: ignore[no-untyped-def]
    written = zone.lower() if rng is None else "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in zone)
    found = _messages(written)
    if written in available_timezones():
        assert found == [written]
    else:
        assert found[-1] == "UTC" and len(found) == 2
        spelled = sorted(z for z in ZONES if z.casefold() == written.casefold())
        assert found[0].endswith(f'(did you mean "{spelled[0]}"?)'), found
