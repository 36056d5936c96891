"""The people index files a Vietnamese name as written, family name first (`people.filing_order`).

A trial (2026-12-04) listed "Nguyễn Thị Hương" as "Hương, Nguyễn Thị" and "Đặng Văn Minh" as "Minh, Đặng Văn",
filed under H and M: Vietnamese names are written family name first, in Vietnam and in the press, and indexes
file them under it, as they do Chinese and Korean names ("Xi Jinping").
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.site.listing import initial
from briefgen.site.people import index_name

FAMILY = ["Nguyễn", "Nguyen", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi", "Võ", "Vo", "Ngô", "Dương", "Trương"]
SYLLABLES = ["Thị", "Văn", "Hương", "Minh", "Đức", "Ngọc", "Anh", "Giáp", "Nghĩa", "Quang", "Thanh", "Huệ", "Chi"]


@given(st.sampled_from(FAMILY), st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3))
@example("Nguyễn", ["Thị", "Hương"])
@example("Đặng", ["Văn", "Minh"])
def test_a_vietnamese_name_is_filed_as_written_under_its_family_name(family: str, rest: list[str]) -> None:
    name = " ".join([family, *rest])
    assert index_name(name, "person") == name
    assert initial(index_name(name, "person"))[1] == initial(family)[1]


@given(st.sampled_from(SYLLABLES[2:]), st.sampled_from(FAMILY))
def test_given_names_first_are_filed_under_the_family_name_at_the_end(given_name: str, family: str) -> None:
    """"Viet Thanh Nguyen" (an American writer) and "Mai Tran" (a family name after a given name) are not."""
    assert index_name(f"Viet {given_name} {family}", "person") == f"{family}, Viet {given_name}"
    assert index_name(f"Mai {family}", "person") == f"{family}, Mai"
    assert index_name(f"Bruno {given_name} Smith", "person") == f"Smith, Bruno {given_name}"
