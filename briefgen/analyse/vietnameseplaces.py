"""Vietnam's name and its cities' and provinces' names as Vietnamese writes them: "Việt Nam", "Hà Nội", "Bắc Ninh",
places, never a person (FX65, T25 F11: "This is an opening for Việt Nam" and "“Việt Nam wants to be part of the
chip supply chain,” PM Chính said" listed a person "Việt Nam").

    VIETNAMESE_PLACES   # frozenset({"việt nam", "viet nam", "hà nội", "ha noi", "bắc ninh", "bac ninh", …})

Names of two syllables or more written apart are spelt as Vietnamese personal names are (two syllables, each a
capital; docs/people.md on Vietnamese names), so no rule of shape tells them apart: this is a list, read by
placewords.PLACES (a run whose words are one of PLACES is no name: nameruns.classify). Its entries: the country
(Việt Nam, as the government and Vietnamese outlets write it in English), the 63 provinces and centrally run cities
of the administrative map before the 2025 merger (the names the press still uses; the merged provinces kept these
names), Hồ Chí Minh City and Sài Gòn, and the towns most in the news (Nha Trang, Hạ Long, Vũng Tàu, Đà Lạt, Phú
Quốc, Hội An, Biên Hòa, Buôn Ma Thuột, Quy Nhơn, Mỹ Tho). One-syllable names (Huế, Vinh) are no two-word name; "Hồ
Chí Minh" alone is the man, never listed. Each is given lower-cased with its marks; the country's, the cities' and the towns' also folded
without them ("ha noi"), as the press writes both. A province's name without marks is no entry (BR38, 2026-12-07):
so written it is spelt as a person's names are ("Ms Thanh Hoa said", "Quang Nam, the goalkeeper, said", "Binh Duong,
the striker" had lost the person and the quotation), and the list, read before any context, would win over a title,
an appositive or a speech frame. names.py reads a place's context as before.
"""
from __future__ import annotations

import unicodedata

_NAMES = """
Việt Nam; An Giang; Bà Rịa Vũng Tàu; Bắc Giang; Bắc Kạn; Bạc Liêu; Bắc Ninh; Bến Tre; Bình Định; Bình Dương;
Bình Phước; Bình Thuận; Cà Mau; Cần Thơ; Cao Bằng; Đà Nẵng; Đắk Lắk; Đắk Nông; Điện Biên; Đồng Nai; Đồng Tháp;
Gia Lai; Hà Giang; Hà Nam; Hà Nội; Hà Tĩnh; Hải Dương; Hải Phòng; Hậu Giang; Hòa Bình; Hưng Yên; Khánh Hòa;
Kiên Giang; Kon Tum; Lai Châu; Lâm Đồng; Lạng Sơn; Lào Cai; Long An; Nam Định; Nghệ An; Ninh Bình; Ninh Thuận;
Phú Thọ; Phú Yên; Quảng Bình; Quảng Nam; Quảng Ngãi; Quảng Ninh; Quảng Trị; Sóc Trăng; Sơn La; Tây Ninh;
Thái Bình; Thái Nguyên; Thanh Hóa; Thừa Thiên Huế; Tiền Giang; Trà Vinh; Tuyên Quang; Vĩnh Long; Vĩnh Phúc; Yên Bái;
Hồ Chí Minh City; Thành phố Hồ Chí Minh; Sài Gòn; Nha Trang; Hạ Long; Vũng Tàu; Đà Lạt; Phú Quốc; Hội An; Biên Hòa;
Buôn Ma Thuột; Quy Nhơn; Mỹ Tho; Khánh Hoà; Hoà Bình; Thanh Hoá; Biên Hoà
"""


def _folded(name: str) -> str:
    """`name` without its marks ("hà nội" → "ha noi", "đà nẵng" → "da nang")."""
    name = name.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


# Written without marks, a province's name is spelt as a person's two names are ("Thanh Hoa", "Quang Nam", "Binh
# Duong", "Ha Giang", "Lam Dong": BR38, "Ms Thanh Hoa said", "Quang Nam, the goalkeeper, …" lost the person and the
# quotation): only these names, the country and the cities and towns in the news, are places so written too.
_FOLDED_TOO = """
Việt Nam; Hà Nội; Hải Phòng; Đà Nẵng; Cần Thơ; Hồ Chí Minh City; Thành phố Hồ Chí Minh; Sài Gòn; Nha Trang; Hạ Long;
Vũng Tàu; Đà Lạt; Phú Quốc; Hội An; Biên Hòa; Buôn Ma Thuột; Quy Nhơn; Mỹ Tho; Biên Hoà
"""


def _forms(names: str, folded_too: str) -> frozenset[str]:
    """Every name of `names` (";"-separated) lower-cased, with its marks (composed, NFC), and without them if it is one
    of `folded_too`; "Hòa" also as the older spelling "Hoà" is listed too."""
    found, folding = set(), {unicodedata.normalize("NFC", " ".join(n.split()).lower()) for n in folded_too.split(";")}
    for name in (" ".join(n.split()) for n in names.split(";")):
        lowered = unicodedata.normalize("NFC", name.lower())
        found.update((lowered, _folded(lowered)) if lowered in folding else (lowered,))
    return frozenset(found)


VIETNAMESE_PLACES = _forms(_NAMES, _FOLDED_TOO)
