"""Whether a word is a known given name of either sex, or of no sex the lists tell (FX92, 2026-12-07).

    known_given("Sophie"), known_given("Kim"), known_given("Kenji"), known_given("Sara"), known_given("Alex")  # True
    known_given("Daiwa"), known_given("Hondaka"), known_given("Toyota")                                        # False

companyforms.company_worded made "Sara Robotics", "Kim Motor", "Yuki Denki" and "Alex Chemical" companies (BR52):
it kept a person's reading after a given name only when givensex.given_sex told the name's sex, and these names tell
none. A known given name is any of:

- a name of one sex (givensex.given_sex) or of either (givensex.EITHER_SEX: Kim, Jean, Andrea, Ali …);
- a Japanese given name (hepburn.JAPANESE_GIVEN, long vowels in any spelling: "Kenji", "Hiroko", "Yūko");
- a name too common to be one person's alone (titledgiven.COMMON_GIVEN: Mohammed, Ahmed, Siti …);
- `EITHER_GIVEN`: the names of either sex givensex.py's docstring names and leaves out of its lists ("Alex", "Sam",
  "Jo", "Chris", "Charlie", "Robin", "Leslie", "Hilary", "Dominique", "Camille", "Claude", "Maxime", "Sasha",
  "Jamie"), women's names the lists spell otherwise or lack ("Sara", "Ana", "Marta", "Sonia", "Laila"), and the short Japanese given names hepburn.JAPANESE_GIVEN leaves out because other languages
  write them too ("Ken", "Jun", "Mai", "Mika", "Emi", "Rina", "Nana", "Kai", "Yuki", "Aya", "Yui", "Ren").
- `IBERIAN_GIVEN`: common Spanish and Portuguese given names givensex.py's lists lack ("Andrés", "Manuel", "Luiz",
  "João", "Inácio", "Rosa"; FX106, BR62: "Juan Carlos Nacional", "Rosa Nacional" were read as bodies by
  romancefirms' "Nacional" tail). Listed here, not in givensex, so that they tell no sex to the pronoun frames.
  Not the either-sex names that are common surnames and open companies' names ("Morgan Motor", "Taylor", "Jordan",
  "Ashley", "Avery", "Casey", "Quinn"): a company word after them keeps its company unless the article shows a
  person (wordedpersons.py).
"""
from __future__ import annotations

from functools import lru_cache

from briefgen.analyse.givensex import EITHER_SEX, given_sex
from briefgen.analyse.hepburn import JAPANESE_GIVEN, long_vowels
from briefgen.analyse.namekeys import fold
from briefgen.analyse.titledgiven import COMMON_GIVEN

EITHER_GIVEN = frozenset(fold(w) for w in """
alex sam jo chris charlie robin leslie hilary dominique camille claude maxime sasha sacha jamie
sara ana marta sonia laila leila aisha yasmin mette
ken jun mai mika emi rina nana kai yuki aya yui ren yuka
""".split())
IBERIAN_GIVEN = frozenset(fold(w) for w in """
andrés manuel luiz joão inácio francisco rafael jesús ángel ignacio gonçalo sebastião raúl álvaro gustavo hernán
joaquín agustín rubén germán tomás matías rodrigo diego alejandro marcelo vinícius eduardo enrique ricardo sergio
guillermo gonzalo felipe jaime javier pablo ramón emilio césar rosa inés mónica verónica conceição beatriz
gabriela patricia claudia adriana graciela lorena valeria ximena
""".split())


@lru_cache(maxsize=4096)  # a pure function of one word, asked of every company word's run
def known_given(word: str) -> bool:
    """Whether `word` (as written, any case and accents) is a known given name of any sex or none (module docstring);
    a hyphenated word as given_sex reads it ("Jean-Pierre": its first part)."""
    plain = fold(word)
    return bool(given_sex(word)) or plain in EITHER_SEX or plain in EITHER_GIVEN or plain in COMMON_GIVEN or plain in IBERIAN_GIVEN or (
        long_vowels(word) in JAPANESE_GIVEN)
