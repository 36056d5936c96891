"""Closed word lists of places: countries, capitals, regions, nationalities and the words that make a
capitalised run a place ("the Mokri Yaly river", "Mount Hood", "in Blahodatne"), never a person.

Split from `lexicon` (which re-exports every name here) when it reached the house's 400 lines; the same
sources and rules as there: the sample briefing, the benchmark corpus, the labelled cases of `tests/analyse/`
and the trials each entry's comment names. All entries are lower-case; look words up with `word.lower()`.
"""
from __future__ import annotations

from briefgen.analyse.vietnameseplaces import VIETNAMESE_PLACES  # ("Việt Nam", "Hà Nội": FX65)
from briefgen.analyse.particleplaces import PARTICLE_PLACES  # ("Den Haag", "Saint-Denis": FX111)

# Places recognised cheaply: countries, capitals and regions that recur in the domain.

PLACES = frozenset("""
ukraine russia china france germany poland britain england scotland italy spain japan india
turkey türkiye iran israel belarus moldova georgia hungary slovakia romania bulgaria finland
sweden norway denmark estonia latvia lithuania canada mexico brazil taiwan korea
us u.s. usa uk u.k. america europe asia africa crimea donbas donbass donetsk luhansk kherson
zaporizhzhia zaporizhia kharkiv kharkov odesa odessa mykolaiv bakhmut avdiivka vuhledar
kyiv kiev moscow beijing washington london paris berlin warsaw vilnius riga tallinn
brussels rome madrid ankara istanbul tokyo hiroshima minsk budapest bratislava prague
vienna helsinki stockholm oslo copenhagen geneva aachen jeddah delhi tehran
orikhiv dnipro kakhovka blahodatne neskuchne makarivka storozheve ireland wales iceland
""".split() + ["united states", "united kingdom", "european capitals", "south korea",
              "north korea", "black sea", "middle east", "global south", "baltic states",
              "new york", "saudi arabia", "soviet union", "south africa", "abu dhabi", "united arab emirates",
              "uae", "dubai", "doha", "qatar", "riyadh", "oman", "muscat", "kuwait", "bahrain", "cairo", "egypt",
              "syria", "damascus", "iraq", "baghdad", "lebanon", "beirut", "gaza", "west bank", "northern ireland",
              # places opening with a word that is also a given name (Nova, Novi): named, not read from the word
              "nova kakhovka", "nova scotia", "nova gorica", "novi sad", "novi pazar", "novo mesto",
              # cities and countries whose governments speak in the news, named as a person by "said" (QW18,
              # 2026-12-06: "Buenos Aires said" was a person): multi-word names, and one word that is no surname
              "buenos aires", "rio de janeiro", "são paulo", "sao paulo", "mexico city", "ciudad de méxico",
              "los angeles", "las vegas", "la paz", "santo domingo", "hong kong", "kuala lumpur", "tel aviv",
              "new delhi", "belo horizonte", "porto alegre", "brasília", "brasilia", "argentina",
              "venezuela", "bogotá", "bogota", "caracas", "montevideo", "portugal", "lisbon"]) | VIETNAMESE_PLACES | PARTICLE_PLACES  # (not "Brasil", "Lisboa", "Lima", "Santiago": surnames, given names)

# First words of a Spanish, Portuguese or Italian place's name before a particle ("Rio de Janeiro", "Rio Grande do
# Sul", "Ciudad de Guatemala", "Isla de Margarita", "Costa del Sol"): with a particle after it (de, do, da, del …:
# orgnames.romance_place) the run is a place, no person; alone before a name it may be one ("Rio Ferdinand").
ROMANCE_PLACE_LEADS = frozenset("""rio río ciudad cidade città villa vila isla ilha isola sierra serra monte lago costa
playa praia bahía baía golfo cabo valle vale""".split())

# Adjectives of nationality; they may lead a title ("Ukrainian President ...").
DEMONYMS = frozenset("""
ukrainian russian chinese french german polish british english american european italian
spanish japanese indian turkish iranian israeli belarusian hungarian slovak romanian
finnish swedish norwegian danish estonian latvian lithuanian canadian western eastern
soviet baltic nordic asian african us u.s. uk u.k. emirati qatari saudi omani kuwaiti bahraini egyptian
syrian iraqi lebanese arab palestinian
""".split())

# Nationality and regional adjectives: never a name by themselves (analyse/propernames.py; a
# "Russian" in both reports says nothing of the event). DEMONYMS, without the countries US and UK,
# and the rest of the world's, so that the rule holds beyond the domain's usual countries.
NATIONALITIES = DEMONYMS - {"us", "u.s.", "uk", "u.k."} | frozenset("""
afghan albanian algerian andorran angolan argentine argentinian armenian australian austrian azerbaijani
azeri bahraini bangladeshi belgian beninese bhutanese bolivian bosnian botswanan brazilian bruneian
burkinabe burmese burundian cambodian cameroonian chadian chilean colombian comorian congolese
croatian cuban cypriot czech djiboutian dominican dutch ecuadorian egyptian emirati equatorial eritrean
ethiopian fijian filipino gabonese gambian georgian ghanaian greek guatemalan guinean haitian honduran
icelandic indonesian iraqi irish ivorian jamaican jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz
lao laotian lebanese liberian libyan luxembourgish macedonian malagasy malawian malaysian maldivian
malian maltese mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan
mozambican namibian nepalese nepali nicaraguan nigerian nigerien omani pakistani palestinian panamanian
paraguayan peruvian portuguese qatari rwandan salvadoran saudi scottish senegalese serbian singaporean
slovenian somali sudanese surinamese swiss syrian taiwanese tajik tanzanian thai togolese tunisian
turkmen ugandan uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
arab balkan caucasian central european eurasian latin middle northern southern scandinavian slavic
western eastern crimean chechen tatar kurdish persian flemish catalan basque
""".split())

# Lower-case nouns after a capitalised run that make it a place ("the Mokri Yaly river").
# Words that open the name of a saint, and so of a place, church, hospital or school named after one
# ("St Brigid's Hospital", "St Albans", "San Francisco", "São Paulo", "Sankt Gallen"): never a person of the
# news (a trial published a People page "St Brigid" for a hospital named in 17 articles).
SAINT_WORDS = frozenset("st st. saint ste sainte san santa são sankt".split())
# First words of a place's name, never a given name ("Mount Hood", "Lake Geneva", "Cape Cod", "Fort Worth"):
# "Mount Hood" was a person (a check of the "Mount" surname draw, 2026-12-03). Also a river's ("River Taff")
# and a named storm's ("Storm Idris", "Hurricane Milton"), no one's: the third trial's People page had
# "Idris, Storm" (named in 15 articles), "Taff, River" and "Earn, River" (2026-12-03).
PLACE_LEADS = frozenset("""mount mt mt. lake cape fort river storm hurricane typhoon cyclone
port porto puerto nueva nuevo nowa nowy nowe stara stary stare wielka wielki nizhny veliky
rue via calle avenida rua ulica plac aleja piazza praça place
jebel jabal djebel jbel wadi laem khao bukit gunung sungai pulau pulo tanjung tanjong teluk selat danau mont lago
cerro morro río volcán volcan laguna quebrada nevado salar punta pico playa praia bahía baía ilha
""".split())  # (cerro … ilha: Spanish and Portuguese landforms, T20 #6, FX24: the mine "Cerro Verdoso" (cerro, a hill) was a
# person in 25 articles; not "Rio", "Sierra", "Monte", "Costa", "Isla", "Serra": given names and surnames)  # (jebel … lago: the landforms of Arabic, Thai, Malay and Indonesian, French and Italian names, 2026-12-06: T18
# listed "Ali, Jebel" (Jebel Ali, a port) and "Chabang, Laem" as people; not "ras", "ko", "koh", "rio": names too,
# "Ras Baraka", "Koh Poh Koon", "Rio Ferdinand", read as places by their context: places.py)  # (port … veliky since 2026-12-04: a drought trial listed "Selva, Port" and "Wieś, Stara" as people;
# rue … place the same day, streets and squares: a tram trial's "Rue Vaugirard"; not "nova": a given name, so
# "Nova Kakhovka" is in PLACES instead)
# Endings of one-word street and square names (German, Dutch, Scandinavian): "Kanalstraße", "Damstraat",
# "Storgatan" were people (a tram trial, 2026-12-04). No surname ends so after a word of three letters or more; a
# shorter one may be a surname ("Gasse", "Allee", "Ballee"): `street_word`.
STREET_ENDINGS = ("straße", "strasse", "gasse", "platz", "allee", "straat", "gracht", "gatan")


def street_word(word: str) -> bool:
    """Whether the lower-case `word` is a street's or a square's name by its ending (`STREET_ENDINGS`)."""
    return any(word.endswith(ending) and len(word) >= len(ending) + 3 for ending in STREET_ENDINGS)  # ("Ballee":
    # a surname, a hypothesis draw found; streets join a word of their own: Linden-allee, Kanal-straße)

GEO_NOUNS = frozenset("""
river region oblast province city town village district sea mountains valley bay island
islands peninsula direction front border channel canal lagoon beach lake strait gulf coast
harbour harbor delta estuary reservoir airport square street avenue bridge station county
spaceport port airfield council road drive highway boulevard freeway parkway springs basin
""".split())  # (spaceport, port, airfield since 2026-12-03: a trial's "lifted off from Saxa Vord spaceport" made a person;
# council: "the Rhondda Cynon Taf council leader", a local authority named after its place; not a place's last word;
# road … springs the same day: the wildfire trial's People page had "Road, Ridge" and "Springs, Keller" — not Lane,
# Way or Court, which are surnames)

# Last words that make a capitalised run a place, never a person ("Motlawa River", "Omaha
# Beach", "Manila Bay"): in a briefing such places outnumber people surnamed Bay, Lake or
# Beach (docs/people.md, limits); common surnames (Hill, Park, Ford, Mount: "Mason Mount", a hypothesis
# draw "Sanna Mount" found no one; a mount's name leads with it, "Mount Hood") are not here.
PLACE_HEADS = GEO_NOUNS - frozenset("direction front border city town village council".split()) | frozenset(
    "mountain peninsula yard shipyard dockyard docks wharf quay junction line pozos grandes lagunas".split())  # (yard …: "Braddock Yard" was a person)
# (pozos, grandes, lagunas, FX64: Spanish place names' last words, wells, "great" (plural), lagoons, no surname's: T24's
# People listed "Tres Pozos", "Salinas Grandes", "Pastos Grandes"; not "Grande", "Salinas", "Lagos", "Ríos": surnames;
# basin, FX64: "the Salinas Grandes basin")
# (junction, line since 2026-12-06: a rail-strike trial, T13, had a person "Harrowmoor Junction" and an organisation
# "Harrowmoor Line"; a railway's junction and line are places on a map, not a surname nor a body that speaks)

# First words that make a two-word capitalised run a region, never a person ("Middle Rhine", "Upper
# Rhine", "Lower Saxony", "Greater Manchester", "Inner Mongolia", "West Java"): a trial published
# People pages "Middle Rhine" and "Upper Rhine", each labelled "Person". Nobody's given name is one.
REGION_PREFIXES = frozenset("""
upper lower middle central inner outer greater north south east west northern southern eastern western
""".split())

# Last words of a street's name that are also surnames (Lane, Way, Court): a place only after "on", "off" or
# "along" ("on Cutler Lane"; places.place_context), never by themselves ("Nathan Lane", "Margaret Court").
STREET_SURNAMES = frozenset("lane way court row terrace".split())

# Prepositions before a capitalised run that make it a place ("in Blahodatne").
PLACE_PREPOSITIONS = frozenset("in near outside across around towards toward".split())
