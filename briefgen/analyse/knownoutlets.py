"""The news outlets credits are recognised by without being the site's own sources (analyse/credits.py),
with the other ways texts write each one's name."""
from __future__ import annotations

import re

# Canonical name → other ways texts write it. Major outlets that Western-diplomacy news re-tells.
KNOWN_OUTLETS: dict[str, tuple[str, ...]] = {
    "The Wall Street Journal": ("Wall Street Journal", "WSJ"),
    "The New York Times": ("New York Times", "NYT"),
    "The Washington Post": ("Washington Post",),
    "Financial Times": ("FT", "the Financial Times"),
    "Reuters": (), "Bloomberg": ("Bloomberg News",), "Politico": ("Politico Europe",), "Axios": (),
    "Associated Press": ("AP", "the Associated Press", "AP News"),
    "AFP": ("Agence France-Presse", "Agence France Presse"),
    "BBC": ("BBC News",), "CNN": (), "CBS News": ("CBS",), "NBC News": ("NBC",), "ABC News": (), "Fox News": (),
    "The Guardian": ("Guardian",), "Daily Mail": ("MailOnline", "Mail Online"), "The Economist": ("Economist",), "The Telegraph": ("Telegraph",),
    "The Times": (), "Sky News": (), "Le Monde": (), "Le Figaro": (), "Der Spiegel": ("Spiegel",),
    "Die Welt": (), "Bild": (), "DW": ("Deutsche Welle",), "Euronews": (), "Al Jazeera": (),
    "Kommersant": (), "Izvestia": (), "Vedomosti": (), "TASS": (), "RIA Novosti": (), "Interfax": (),
    "Meduza": (), "The Moscow Times": ("Moscow Times",), "Ukrainska Pravda": (), "The Kyiv Independent": (
        "Kyiv Independent",), "Kyiv Post": (), "Ukrinform": (), "Global Times": ("the Global Times",),
    "Xinhua": ("Xinhua News Agency",), "South China Morning Post": ("SCMP",), "Nikkei Asia": ("Nikkei",), "Yahoo News": (),
    "Anadolu Agency": ("Anadolu",), "Yonhap": ("Yonhap News Agency",), "Kyodo News": ("Kyodo",),
    "NPR": ("National Public Radio",), "LCI": (), "CEO.com": (), "The Independent": (), "Newsweek": (), "Semafor": (), "Yomiuri Shimbun": (),
}

# News agencies commonly credited by their initials in a dateline ("TAIPEI (CNA) —", "LONDON (PA) —"): initials → the
# agencies they stand for, each by the names it goes by. Initials listed here credit a site's outlet only when they
# stand for one agency and the outlet's name is that agency's (wirecopy.dateline_outlet; BR22, 2026-12-06: "(CNA)" of
# Taiwan's Central News Agency credited a site's Cyprus News Agency, "(PA)" its Prensa Asociada, by the initials of
# their names). Source: the agencies' own names, as their sites and Wikipedia's pages of them (linked from
# https://en.wikipedia.org/wiki/News_agency) give them; not every agency: initials not listed keep the initials rule.
AGENCY_INITIALS: dict[str, tuple[tuple[str, ...], ...]] = {
    "AP": (("Associated Press", "AP News"),), "AFP": (("Agence France-Presse", "Agence France Presse", "AFP"),),
    "PA": (("PA Media", "Press Association", "PA"),), "UPI": (("United Press International",),),
    "DPA": (("Deutsche Presse-Agentur", "dpa"),), "PTI": (("Press Trust of India",),),
    "ANSA": (("Agenzia Nazionale Stampa Associata", "ANSA"),), "EFE": (("Agencia EFE", "EFE"),),
    "KUNA": (("Kuwait News Agency",),), "WAM": (("Emirates News Agency", "WAM"),),
    "IRNA": (("Islamic Republic News Agency",),), "BSS": (("Bangladesh Sangbad Sangstha",),),
    "APP": (("Associated Press of Pakistan",),), "TASS": (("TASS", "ITAR-TASS", "Russian News Agency TASS"),),
    "KCNA": (("Korean Central News Agency",),), "AA": (("Anadolu Agency", "Anadolu"),),
    "CNA": (("Central News Agency",), ("Cyprus News Agency",), ("Channel NewsAsia", "CNA"), ("Catholic News Agency",)),
    "SPA": (("Saudi Press Agency",),), "QNA": (("Qatar News Agency",),), "MENA": (("Middle East News Agency",),),
    "VNA": (("Vietnam News Agency",),), "BNA": (("Bahrain News Agency",),), "ONA": (("Oman News Agency",),),
    "SANA": (("Syrian Arab News Agency",),), "IANS": (("Indo-Asian News Service",),),
    "ANI": (("Asian News International",),), "UNI": (("United News of India",),),
    "AAP": (("Australian Associated Press",),), "CP": (("The Canadian Press", "Canadian Press"),),
    "PAP": (("Polish Press Agency", "Polska Agencja Prasowa"),), "ANP": (("Algemeen Nederlands Persbureau",),),
    "APA": (("Austria Presse Agentur",), ("Azeri-Press Agency",)), "CTK": (("Czech News Agency",),),
    "MTI": (("Hungarian News Agency", "Magyar Tavirati Iroda"),), "BTA": (("Bulgarian News Agency",),),
    "ANA": (("Athens News Agency", "Athens-Macedonian News Agency"),), "MAP": (("Maghreb Arabe Presse",),),
    "TAP": (("Tunis Afrique Presse",),), "APS": (("Algerie Presse Service",),), "NAN": (("News Agency of Nigeria",),),
    "KNA": (("Kenya News Agency",),), "GNA": (("Ghana News Agency",),), "ENA": (("Ethiopian News Agency",),),
    "MNA": (("Mehr News Agency",), ("Myanmar News Agency",)), "INA": (("Iraqi News Agency",),),
    "NNA": (("National News Agency",),), "YNA": (("Yonhap News Agency", "Yonhap"),),
    "CNS": (("China News Service",), ("Catholic News Service",)), "IPS": (("Inter Press Service",),),
    "JTA": (("Jewish Telegraphic Agency",),), "UNB": (("United News of Bangladesh",),),
}

# Networks' bare initials that other bodies share: "statistics office CBS" (Statistics Netherlands), Nepal's CBS (its
# statistics bureau), Tanzania's NBC Bank, the Namibian Broadcasting Corporation (NBC) — BR29 (2026-12-07) found each
# credited to the US networks once e2053ed6 made "CBS"/"NBC" their aliases. "CBS reported", "according to NBC",
# "NBC said" read alike for all of them; only the forms in which someone speaks to a broadcaster ("told CBS",
# "in an interview with NBC", "told NBC's Meet the Press": asidecredits.interview_credit) and the network's own
# programmes ("CBS's Face the Nation reported": programmes.py, FX39) are the network's. "CBS News", "NBC News" credit
# in every form; a site's `sources:` outlet written by the same initials is that outlet
# (credits.credit_finder: a site's forms before the known aliases).
_BARE_NETWORK = re.compile(r"\b(?:CBS|NBC)\b(?!\s+News\b)")


def bare_network(outlet: str, cue: str) -> bool:
    """Whether a credit of `outlet` by the words `cue` (credits.Credit's) names CBS News or NBC News by bare initials
    in no interview form ("CBS said", "according to NBC"): another body's as likely (`_BARE_NETWORK`'s comment)."""
    from briefgen.analyse.asidecredits import interview_credit  # (the interview forms: one list)
    from briefgen.analyse.programmes import network_programme  # ("CBS's Face the Nation reported": FX39)

    return outlet in ("CBS News", "NBC News") and _BARE_NETWORK.search(cue) is not None and not interview_credit(cue) \
        and not network_programme(cue)


_GENERIC = frozenset(("national", "central", "news", "agency", "press", "service"))


def agency_outlets() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The news agencies of `AGENCY_INITIALS` that credits read by name with no `sources:` line (FX61, 2026-12-07:
    "according to dpa", "Agencia EFE reported", "Press Trust of India said" credited no one, though the lexicon held
    them), as (canonical name, the names it is written by): the canonical name is the agency's first listed name, or
    the `KNOWN_OUTLETS` name of an agency it lists already ("Anadolu Agency"). An agency's initials are others' too
    and credit only in a dateline (wirecopy.py) or as a site's bracket (initialcredits.py): a listed name that is
    the initials of two agencies ("CNA") or of two letters ("PA": the Palestinian Authority) is none of its names here;
    initials of three letters or more that are one agency's own name ("EFE", "ANSA", "WAM") are. Nor is a name of
    generic words alone (`_GENERIC`: "National News Agency", Lebanon's, ends "Malaysian National News Agency")."""
    listed = {alias.lower(): canonical for canonical, aliases in KNOWN_OUTLETS.items() for alias in (canonical, *aliases)}
    found = []
    for short, agencies in AGENCY_INITIALS.items():
        for names in agencies:
            forms = tuple(n for n in names if not (n.upper() == n and (len(n) < 3 or len(agencies) > 1))
                          and not set(n.lower().split()) <= _GENERIC)
            canonical = next((listed[n.lower()] for n in names if n.lower() in listed), names[0])
            if forms:
                found.append((canonical, forms))
    return tuple(found)
