"""FX114 (UX1 3.1): a date and time written as YAML 1.1 reads a timestamp unquoted (a space for the "T", a one-digit
hour, spaces before the zone, an offset of one-digit hours: `2026-12-02 08:00:00 -5`), or the same without seconds,
is read as the instant written, quoted or not, and the writer's offset is kept (`Article.written_offset`;
realdates.rfc3339, writtenoffsets.py). README said such a date was an error, while unquoted ones were read silently,
quoted ones refused, and `+3` was not kept as the writer's offset (load/writtenoffsets.py needed two-digit hours)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from support.examples import examples
from support.hostile import article

README = Path(__file__).resolve().parents[2] / "README.md"


@st.composite
def spellings(draw: st.DrawFn) -> tuple[str, dt.datetime, int | None]:
    hour, minute, second = draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59))
    sign, hours, minutes = draw(st.sampled_from("+-")), draw(st.integers(0, 14)), draw(st.sampled_from([0, 30, 45]))
    utc = draw(st.booleans())
    clock = draw(st.sampled_from([f"{hour:02d}", str(hour)])) + f":{minute:02d}"
    seconds = draw(st.booleans())
    clock += f":{second:02d}" if seconds else ""
    if utc:
        zone, offset = draw(st.sampled_from(["Z", "z"])), 0
    else:
        short = hours < 10 and draw(st.booleans())
        written = str(hours) if short else f"{hours:02d}"
        if minutes or draw(st.booleans()):
            written += f":{minutes:02d}" if short else draw(st.sampled_from([":", ""])) + f"{minutes:02d}"
        zone, offset = sign + written, (hours * 60 + minutes) * (-1 if sign == "-" else 1)
    text = "2026-12-02" + draw(st.sampled_from(["T", "t", " ", "  "])) + clock + draw(st.sampled_from(["", " "])) + zone
    quoted = draw(st.sampled_from(["{}", "'{}'", '"{}"']))
    instant = dt.datetime(2026, 12, 2, hour, minute, second if seconds else 0,
                          tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
    return quoted.format(text), instant, offset or None


@settings(max_examples=examples(300), deadline=None)
@given(spellings())
@example(("2026-12-02T08:00:00+3", dt.datetime(2026, 12, 2, 5, tzinfo=dt.timezone.utc), 180))  # UX1's three
@example(("2026-12-02 08:00 +01:00", dt.datetime(2026, 12, 2, 7, tzinfo=dt.timezone.utc), 60))
@example(("'2026-12-02 08:00:00 -5'", dt.datetime(2026, 12, 2, 13, tzinfo=dt.timezone.utc), -300))
def test_every_spelling_of_an_offset_reads_as_written_quoted_or_not(case: tuple[str, dt.datetime, int | None]
                                                                    ) -> None:
    value, instant, offset = case
    found, problems = article(f"---\ntitle: T\nsource: S\npublished: {value}\n---\nBody.\n")
    assert found is not None and not problems, (value, problems)
    assert found.published == instant and found.has_time, (value, found.published)
    assert found.written_offset == offset, (value, found.written_offset)


def test_readme_says_what_is_read() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert "with an offset `+3` or after a space, or anything else" not in text
    assert ("`2026-12-02 08:00:00 -5`, `2026-12-02T08:00:00+3`, `2026-12-02 08:00 +01:00` are read as "
            "`2026-12-02T08:00:00-05:00`") in text
