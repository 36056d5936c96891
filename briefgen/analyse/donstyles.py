""""Don", "Dona", "Dom" before a Spanish or Portuguese name: a courtesy style or a given name (FX110, 2026-12-07).

    don_styled(["don", "alberto", "ruiz"], 0)    # True: "Don Alberto Ruiz" is Alberto Ruiz, styled Don
    don_styled(["don", "smith"], 0)              # False: Don Smith, an English given name
    don_styled(["dom", "phillips"], 0)           # False: Dom Phillips

"Don"/"Doña" (Spanish), "Dom"/"Dona" (Portuguese) are styles before a given name ("Don Alberto Ruiz", "Dona Maria
Silva", "Dom Pedro Casaldáliga"), while "Don", "Dom" and "Dona" are given names too ("Don Smith", "Dom Phillips",
"Dona Wells"). "Doña" and "Dña." are no given names and are styles wherever they stand (titlewords.IBERIAN_HONORIFICS,
FX100). The others are read as a style only when they open a run of three words or more whose second word is a
Spanish or Portuguese given name (familynames' Spanish given names, givenwords.IBERIAN_GIVEN): a given name after them
shows that they are no given name of the person's. Not an English given name after them ("Don Michael Randel" is a
person of that full name): precision first, a style read as a name keeps the person whole; a name read as a style
would lose a person's first name. Pure.
"""
from __future__ import annotations

from collections.abc import Sequence

from briefgen.analyse.familynames import _SPANISH_GIVEN
from briefgen.analyse.givenwords import IBERIAN_GIVEN
from briefgen.analyse.namekeys import fold

DON_STYLES = frozenset(("don", "dona", "dom"))


def don_styled(lowered: Sequence[str], i: int) -> bool:
    """Whether lowered[i], a lower-cased word of a name run (its first), is "Don", "Dona" or "Dom" as a courtesy style:
    two words or more follow it and the first of them is a Spanish or Portuguese given name (module docstring)."""
    return i == 0 and lowered[0] in DON_STYLES and len(lowered) >= 3 and (
        (given := fold(lowered[1])) in _SPANISH_GIVEN or given in IBERIAN_GIVEN)
