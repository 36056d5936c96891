"""Spanish and Portuguese offices written before a name in any article's text (T29 F2, FX100, 2026-12-07).

English copy about Latin America and Iberia keeps the office in Spanish or Portuguese as an appositive before the
name: "La ministra de Asuntos Exteriores, Carmen Villalba, said …", "el presidente del Tribunal Electoral, X,
told …", "o ministro da Fazenda, X, said". The English frames read the run next to the comma, and a trial (T29) gave
the quotation to "Asuntos Exteriores" (a person page of a ministry's brief) and none to Carmen Villalba. Here, as
frenchroles.py does for French text, a name run after an office (`IBERIAN_ROLE_NOUNS`) and a complement preposition
(`IBERIAN_COMPLEMENT`: de, del, da, do, das, dos; "de la" and "de los" through their "de") is what the office is of,
no speaker: the appositive after the comma is tried next; and an office alone makes a speaker unnamed ("said el
canciller"), as English role nouns do.

The nouns are Spanish and Portuguese titles of office, masculine and feminine (Real Academia Española's
Diccionario panhispánico de dudas, "género" §1b on feminine office names: ministra, presidenta, jueza, alcaldesa;
Portuguese juíza, prefeita, vereadora), the ones the press keeps untranslated. Not English words: "director" and
"fiscal" are both, so they count only before a complement, as all of them do in `role_object`.
"""
from __future__ import annotations

from collections.abc import Sequence

IBERIAN_ROLE_NOUNS = frozenset("""
ministro ministra presidente presidenta vicepresidente vicepresidenta vice-presidente vice-presidenta canciller
chanceler juez jueza juiz juíza magistrado magistrada fiscal procurador procuradora promotor promotora alcalde
alcaldesa prefeito prefeita gobernador gobernadora governador governadora secretario secretaria secretário secretária
subsecretario subsecretaria director directora diretor diretora portavoz porta-voz vocero vocera diputado diputada
deputado deputada senador senadora concejal concejala vereador vereadora embajador embajadora embaixador embaixadora
consejero consejera conselheiro conselheira defensor defensora jefe jefa comisionado comisionada intendente
desembargador desembargadora titular
""".split())
# Prepositions that join an office to what it is of ("ministra de", "presidente del", "ministro da", "juiz do").
IBERIAN_COMPLEMENT = frozenset("de del da do das dos".split())
_BETWEEN = 2  # lower-case words an office may have between it and its complement ("el fiscal general de la Nación")


def role_object(before: Sequence[str]) -> bool:
    """Whether a name run after the lower-case words `before` it in its noun phrase (as written) is what a Spanish or
    Portuguese office is of: an office noun (`IBERIAN_ROLE_NOUNS`), at most two words, then a complement preposition
    (`IBERIAN_COMPLEMENT`) — "la ministra de [Asuntos Exteriores]", "el presidente del [Tribunal]", "o ministro da
    [Fazenda]", "el fiscal general de la [Nación]". Not a name right after its office ("el presidente Lula", no
    complement), nor an English phrase without an office noun ("a visit to Rio de [Janeiro]")."""
    for at, word in enumerate(before):
        if word.lower() in IBERIAN_ROLE_NOUNS and any(
                w.lower() in IBERIAN_COMPLEMENT for w in before[at + 1:at + 2 + _BETWEEN]):
            return True
    return False


def office_alone(lowered: Sequence[str]) -> bool:
    """Whether the lower-case words `lowered` of a noun phrase without a name are a Spanish or Portuguese office
    ("la ministra", "el canciller", "o ministro da Fazenda" written in lower case): an unnamed speaker. "director" and
    "fiscal", English words too, count only before a complement (`role_object`)."""
    return any(w in IBERIAN_ROLE_NOUNS and w not in ("director", "fiscal", "titular") for w in lowered) or role_object(lowered)
