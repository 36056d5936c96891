"""Common surnames of Britain, Ireland and the United States: names in their own right, which no slip needs to explain.

    common_surname("Johnston")   # True
    common_surname("Gonzales")   # False: not listed (Spanish surnames are not; see below)

A surname after a courtesy title one letter from a listed person's surname may be a slip of it (titledslips.py) —
unless it is a common surname itself. A breaker (BR27, 2026-12-06) had `briefgen check` warn that "Mrs Brown's
Boys" may misspell "Browne" (Des Browne, five articles), and "Mr Johnston" Johnson, "Ms Harries" Harris, "Mr Carey"
Carney, "Mr Porter" Potter: each is a name borne by hundreds of thousands of people, and one letter from another
surname is no evidence of a slip for it. The misspelling rule (spelling.py) counts articles — the rarer spelling is
the slip of the more frequent — and a titled surname in one article of a small archive is rare there however common
it is in the language: this list is the language's count the archive lacks.

`COMMON_SURNAMES`: a closed list chosen by hand (folded: lower case, no accents) from the commonest surnames of
England and Wales, Scotland, Ireland and the US census, with the common variants the press keeps apart (Browne,
Clarke, Davies, Thomson, Stephens, Phillips, Harries, Johnston), five letters or more (shorter surnames are never
compared: `spelling.MIN_LETTERS`). Not exhaustive. Spanish and Portuguese surnames are not in it: the press of the
countries that bear them writes them with their accents and house spellings, and a "Gonzales" beside a delegate
named "González" is the T20 trial's slip (titledslips.py), however many Americans are called Gonzales.
"""
from __future__ import annotations

from briefgen.analyse.namekeys import fold

COMMON_SURNAMES = frozenset("""
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker white
edwards hughes green lewis harris clarke clark patel jackson turner martin cooper morris moore baker harrison morgan
young allen mitchell james anderson phillips philips lloyd bennett grant adams parker collins watson campbell
stewart stuart murray macdonald mcdonald scott ritchie paterson patterson fraser henderson ferguson mackenzie
mckenzie hamilton graham johnston johnstone robertson gordon sinclair crawford cunningham duncan morrison hunter
burns murphy kelly sullivan walsh byrne connor reilly doyle mccarthy gallagher doherty kennedy lynch quinn brennan
carroll dunne farrell fitzgerald nolan moran keane keene kearney carney carey casey cassidy flynn foley healy
hennessy hogan maguire mcguire mahony mahoney malone moloney murtagh regan rourke sheehan sweeney tierney whelan
boyle brady burke butler coleman cullen connolly costello curran delaney donnelly donovan duffy fahey gilmore hayes
higgins kavanagh kenny lawlor mcmahon mullen mulligan power powell purcell shannon sheridan tobin wallace barry
barrett barnes barker bailey bishop black blake booth bradley brooks brooke browne bryant bullock burton carter
chambers chapman clayton coles collier cooke crawley cross davis davidson dawson dixon douglas drake ellis elliott
elliot field fisher fleming fletcher forbes foster francis freeman fuller gardner gibson gilbert goodwin gough
greene griffin griffiths hammond hancock harding hardy harper harries harvey hawkins hayward holland holmes hopkins
horton howard howell hudson humphreys hutchinson jenkins jennings jordan knight lambert lawrence lawson leonard
little lucas marsh marshall mason matthews mathews mcdonnell miles miller mills newman newton nicholls nichols
norris norton owens palmer parkes parks parry payne pearce pearson perkins perry peters phelps pierce pearse porter
potter preston price pritchard randall reeves reynolds rhodes richards richardson riley rogers russell salmon
sanders saunders savage sharp sharpe simpson slater spencer stephens stevens stephenson stevenson stone sutton swift
talbot thomson thornton tucker turnbull vaughan wallis walters warren waters watkins watts webster welch wells
weston wheeler whitehead wilkinson willis winter woods woodward wyatt yates abbott atkinson austin bates baxter
begum blackburn bolton bowen bowman bradshaw briggs burgess burrows cameron chadwick chandler chaplin charlton
cartwright christie churchill clements coates cohen conway cowan crane davey dickson dobson eaton farmer finch
fowler frost gardiner garner gibbs giles glover goddard godfrey gould graves hanson hartley hawkes haynes heath
hewitt hicks hobbs hodgson hooper hurst ingram jarvis joyce kirby knowles lester lindsay mackay marsden mccann
mclean mcleod mellor metcalfe middleton milner moody morton nixon north oliver osborne parsons pratt robson rowley
sadler sampson sands sawyer sexton short skinner small stanley steele storey strong summers sykes tanner thorpe
townsend tyler wainwright walton warner whitaker whittaker wilde wiley wilkins williamson woodcock worth hanley
hurley healey harley hardie
""".split())


def common_surname(word: str) -> bool:
    """Whether `word` (any case, accents or none; a possessive "'s" is not stripped) is in `COMMON_SURNAMES`."""
    return fold(word) in COMMON_SURNAMES
