"""Whose is a name written alone across the archive: a company's, or the surname of one person named in full.

Two steps of `names.NameIndex.build`, on the canonical-name table it is filling (normalised surface → canonical):
- `firms_written_alone`: a name read as a person's that is an organisation's of the archive, or its company stem
  ("Brightwell said" in an article that never writes "Brightwell Technologies"), is that organisation (orgnames.py).
  A surname of a person the archive names in full stays the surname ("Anna Brightwell": "Brightwell said" may be
  her) unless the archive shows the name to be a company in more articles than it names that person in full: a
  trial of a retailer's data breach (2026-12-04) named "Hugh Brannock, a grandson of the founder" in two articles
  and the retailer "Brannock" in all 28 — "Brannock said it had made its submissions", "Brannock's chief
  executive", "Shares in Brannock" —, and every quote of the company was his.
- `lone_surnames`: a surname never given in full in its article ("Haines", "Al Nuaimi", "Assad") → the only full
  name it may refer to (namekeys.reference_forms). Never a declared name (an editor who declares "Brannock"
  `kind: organisation` gets the organisation: the same trial's declaration gave Hugh Brannock all 28 articles),
  nor one the step above made an organisation's. A judge's style and surname ("Mrs Justice Hollis-Brandt",
  judges.styled_surname) is such a surname too: the one person named in full with it, if the archive has one
  and some mention titles that person a judge (judges.judged: not a signaller who shares the surname). A middle
  word of a full name that an article itself writes alone for that person ("Luiz Inácio Lula da Silva … Lula said":
  `written_middles`) is such a form too: "Lula said" in an article that never writes the full name is his (T29 F5,
  FX100, 2026-12-07: a second person "Lula" had two quotations, beside the full name that listed "Lula").
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import TYPE_CHECKING

from briefgen.analyse.givenwords import known_given
from briefgen.analyse.judges import styled_surname
from briefgen.analyse.lexicon import FAMILY_NAME_FIRST
from briefgen.analyse.malaytitles import patronymic_at
from briefgen.analyse.namekeys import is_reference, reference_forms
from briefgen.analyse.nameruns import ORGANISATION, PERSON
from briefgen.analyse.orgnames import archive_firms, company_stem
from briefgen.analyse.textmatch import normalise

if TYPE_CHECKING:
    from briefgen.analyse.names import Occurrence

_MENTION, _FULL, _KIND = attrgetter("mention"), attrgetter("full"), attrgetter("kind")


def firms_written_alone(names: dict[str, str], declared: Mapping[str, str], key: Mapping[str, str],
                        occurrences: tuple[Occurrence, ...]) -> frozenset[str]:
    """Make each name read as a person's that is an organisation's of the archive (or its company stem) that
    organisation in `names` (module docstring); gives the canonical names of those organisations. `key`: each
    full name → its normalised form. Declared names are left as declared."""
    mentions = list(map(_MENTION, occurrences))  # (C-level passes: a generator here cost 0.1 s at 10,000 articles)
    read = dict.fromkeys(zip(map(_FULL, mentions), map(_KIND, mentions)))  # (a name may be read both ways)
    firms = archive_firms(read, normalise)
    if firms:  # a surname of a person named in full stays hers, unless the archive shows the firm more often
        lasts: dict[str, set[str]] = {}
        for full, kind in read:
            if kind == PERSON and " " in full:
                lasts.setdefault(full.rpartition(" ")[2], set()).add(full)
        if any(firm in lasts or company_stem(firm) in lasts for firm in firms.values()):
            articles = Counter(full for full, _ in {(o.mention.full, o.article) for o in occurrences
                                                    if o.mention.kind == ORGANISATION or " " in o.mention.full})
            firms = {k: firm for k, firm in firms.items()
                     if not _surname_first(firm, lasts.get(firm, set()) | lasts.get(company_stem(firm), set()),
                                           articles)}
    found: set[str] = set()
    for full, kind in read if firms else ():
        firm = firms.get(key[full]) if kind == PERSON and key[full] not in declared else None
        if firm is not None:
            names[key[full]] = canonical = names.get(normalise(firm), firm)
            found.add(canonical)
    return frozenset(found)


def _surname_first(firm: str, people: set[str], articles: Counter[str]) -> bool:
    """Whether the people named in full whose surname is the firm's name (or stem) keep it: some is named in full
    in as many articles as the archive reads the firm as an organisation (`articles`: name → articles)."""
    return any(articles[person] >= articles[firm] for person in people)


def lone_surnames(names: dict[str, str], fulls: Mapping[str, str], counts: Mapping[str, int],
                  declared: Mapping[str, str] = {}, organisations: frozenset[str] = frozenset(),
                  as_person: frozenset[str] = frozenset(), judged: frozenset[str] = frozenset(),
                  written: Iterable[tuple[str, str]] = ()) -> dict[str, tuple[str, ...]]:
    """Map in `names` each surname never given in full in its article to the only full name it may refer to
    (module docstring; `fulls`: full name → kind). Two words that may be a two-word surname ("Vaughan Williams")
    only when the full name is in as many articles (`counts`, by normalised name) as they are: two words are as
    often a whole name that one article wrote after a word taken into it ("à Toulouse Olaf Scholz" made a
    "Toulouse Olaf Scholz" of the Olaf Scholz of every other article). A name some article reads as a person's
    (`as_person`) counts as a person's whatever another reads (`fulls` holds one kind a name). Keys of `declared`
    and names that map to one of `organisations` stay as they are. Gives the surnames written alone that two or more
    people of the archive bear (canonical surname → their canonical full names, sorted): "Mayor Solberg" in an article
    that names neither Ingrid nor Tomas Solberg in full is neither's for sure, and a trial (2026-12-04) found a third
    person "Solberg" on the People page; people.people_of lists no such name, and the editor is told (advice.py).
    A judge's style and surname joins only a full name of `judged` (some mention titles it a judge: judges.judged).
    `written`: (article-local full name, surface) pairs, whose middle words written alone are forms too (`written_middles`)."""
    owners: dict[str, set[str]] = {}
    for full, middle in written_middles(written, fulls):  # "Lula" of "Luiz Inácio Lula da Silva" (T29)
        owners.setdefault(normalise(middle), set()).add(names.get(normalise(full), full))
    styled = {full: surname for full, kind in fulls.items() if kind == PERSON and (surname := styled_surname(full))}
    for full, kind in fulls.items():
        words = full.split()
        if kind == PERSON and len(words) > 1 and not is_reference(words) and full not in styled:  # "De la Fuente" is one itself
            # a family name written first is the surname too ("Wang said" → Wang Lihua; a trial left "Wang")
            family = (words[0],) if len(words) == 2 and words[0] in FAMILY_NAME_FIRST else ()
            given = words[at - 1] if (at := patronymic_at(words)) is not None else None
            for form in (*reference_forms(words), *family):
                if form == given:  # a patronymic name's given name alone elsewhere is anyone's (BR32: the Gaza shopkeeper
                    continue  # "Mohammed, 34" was Mohammed bin Salman); titledgiven._given_called reads the titled ones
                owners.setdefault(normalise(form), set()).add(names.get(normalise(full), full))
    for full, kind in fulls.items():
        key = normalise(full)
        particled = is_reference(full.split())
        short = particled or full.count(" ") == 1  # two words: a two-word surname's key only
        if (kind == PERSON or full in as_person) and short and len(owners.get(key, ())) == 1 and key not in declared \
                and names.get(key) not in organisations:
            if not particled and counts.get(normalise(next(iter(owners[key]))), 0) < counts.get(key, 0):
                continue
            if names.get(key, full) == full:
                names[key] = next(iter(owners[key]))
    for full, surname in styled.items():  # "Mrs Justice Hollis-Brandt" → the archive's one Eleanor Hollis-Brandt
        key = normalise(full)
        if len(owners.get(normalise(surname), ())) == 1 and key not in declared and names.get(key, full) == full and \
                next(iter(owners[normalise(surname)])) in {names.get(normalise(name), name) for name in judged}:
            names[key] = next(iter(owners[normalise(surname)]))
    ambiguous = {names.get(key, full): tuple(sorted(owners[key])) for full, kind in fulls.items()
                 if (key := normalise(full)) in owners and len(owners[key]) > 1 and (" " not in full or is_reference(full.split()))
                 and (kind == PERSON or full in as_person) and key not in declared and names.get(key) not in organisations
                 and names.get(key, full) not in owners[key]}
    for key, canonicals in owners.items():  # a surname no mention gave alone: a quotation's speaker read from its
        if key not in names and " " not in key and len(canonicals) == 1:  # frame ("Sørlie …, she told": a trial's
            names[key] = next(iter(canonicals))  # "Sørlie" had a People page beside "Ingrid Sørlie")
    return ambiguous


def written_middles(written: Iterable[tuple[str, str]], fulls: Mapping[str, str]) -> list[tuple[str, str]]:
    """(full name, word) for each pair of `written` ((article-local full name, surface as written)) whose surface is
    one middle word of a person's full name of four words or more — after its second word (the second is as often a
    second given name: "Ann" of "Mary Ann Evans", "Fernanda" of "María Fernanda …", which the lists of given names
    do not all hold), before its last, no reference form (namekeys.reference_forms: a surname), no known given name
    (givenwords.known_given), no particle — that the article itself wrote alone for that person: the short form the
    press calls the person by ("Lula" of "Luiz Inácio Lula da Silva"; T29 F5). `fulls`: full name → kind."""
    found = []
    for full, surface in written:
        words = full.split()
        if (fulls.get(full) == PERSON and len(words) > 3 and " " not in surface and surface in words[2:-1]
                and surface[:1].isupper() and surface not in reference_forms(words) and not known_given(surface)):
            found.append((full, surface))
    return found
