"""Vocabulary for the synthetic benchmark corpus: outlets, topics, people, templates.

Data only, no logic. Outlets and people are fictional (domains under the
reserved `.example` TLD) so that generated pages never put invented quotes in
the mouths of real people or invented URLs on real news sites. The wording is
from the diplomacy/war-news domain so that topic keywords match the bodies the
way they would in a real briefing.

Templates use `{slot}` placeholders; `corpus_model.Filler` fills them from
POOLS, except for slots an event fixes so that re-tellings of one story share
their names, places and numbers.
"""

from __future__ import annotations

SITE_TITLE = "Ukraine Diplomacy Briefing (benchmark corpus)"
BASE_URL = "https://example.org/briefing/"
TIMEZONE = "Europe/Kyiv"

# (name, homepage, note, house style: "wire" | "daily" | "aggregator")
OUTLETS: tuple[tuple[str, str, str], ...] = (
    ("Atlantic Dispatch", "https://atlanticdispatch.example", "US daily; frequent original reporting"),
    ("The Kyiv Ledger", "https://kyivledger.example", "Ukrainian English-language daily"),
    ("Meridian News Agency", "https://meridian.example", "International wire service"),
    ("Baltic Wire", "https://balticwire.example", "Regional news agency in Riga"),
    ("Le Courrier Diplomatique", "https://courrier-diplo.example", "French weekly on foreign affairs"),
    ("Berliner Rundschau", "https://rundschau.example", "German daily"),
    ("The Moscow Observer", "https://moscowobserver.example", "Independent Russian outlet in exile"),
    ("Warsaw Herald", "https://warsawherald.example", "Polish English-language daily"),
    ("Eastern Front Review", "https://efreview.example", "Defence analysis newsletter"),
    ("Global Affairs Digest", "https://gadigest.example", "Aggregator; some pieces written with AI help"),
    ("The Brussels Brief", "https://brusselsbrief.example", "EU policy newsletter"),
    ("Asia Pacific Monitor", "https://apmonitor.example", "Covers Beijing's diplomacy"),
)
AGGREGATOR = "Global Affairs Digest"

# (id, title, description, keywords)
TOPICS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("ceasefire-talks", "Ceasefire and peace talks", "Efforts to bring Kyiv and Moscow to the table",
     ("ceasefire", "cease-fire", "peace talks", "negotiations", "peace plan", "armistice")),
    ("china-role", "China's role", "Beijing as mediator or guarantor",
     ("China", "Beijing", "Chinese")),
    ("military-aid", "Military aid", "Weapons, ammunition and training for Ukraine",
     ("ammunition", "artillery shells", "tanks", "air defence", "fighter jets", "military aid")),
    ("sanctions", "Sanctions and the economy", "Pressure on Russia's economy and its workarounds",
     ("sanctions", "price cap", "embargo", "frozen assets", "export controls")),
    ("nato-eu", "NATO and the EU", "Alliance summits, security guarantees and EU accession",
     ("NATO", "alliance", "accession", "EU membership", "security guarantees")),
)

# (canonical name, aliases) for config `people:`; same names appear in SPEAKERS.
PEOPLE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Olena Marchenko", ("Deputy Foreign Minister Marchenko",)),
    ("Daniel Whitaker", ("Under Secretary Whitaker",)),
    ("Li Wenhao", ("Special Envoy Li",)),
    ("Claire Dubois", ("Ambassador Dubois",)),
    ("Sergei Volkov", ("Kremlin spokesman Volkov",)),
)

SPEAKERS = (
    "Ukrainian Deputy Foreign Minister Olena Marchenko",
    "US Under Secretary of State Daniel Whitaker",
    "Chinese special envoy Li Wenhao",
    "French Ambassador Claire Dubois",
    "Kremlin spokesman Sergei Volkov",
    "German defence official Matthias Keller",
    "Polish Deputy Foreign Minister Agnieszka Nowak",
    "British Foreign Office minister James Holloway",
    "Turkish mediator Mehmet Aydin",
    "Norwegian diplomat Ingrid Solberg",
    "Estonian security adviser Kaarel Tamm",
    "Ukrainian presidential adviser Taras Hnatyuk",
    "Italian Foreign Minister Giulia Ferraro",
    "EU foreign policy spokesperson Anna Lindqvist",
)
SURNAMES = ("Marchenko", "Whitaker", "Li", "Dubois", "Volkov", "Keller", "Nowak",
            "Holloway", "Aydin", "Solberg", "Tamm", "Hnatyuk", "Ferraro", "Lindqvist")

FIRST_NAMES = ("Anna", "Mark", "Iryna", "Paul", "Sofia", "Tomas", "Jana", "Oleksii", "Marta",
               "Lukas", "Elena", "David", "Nadia", "Pierre", "Katya", "Jonas", "Maria", "Viktor",
               "Laura", "Pavlo", "Hannah", "Ruslan", "Chloe", "Andrzej")
LAST_NAMES = ("Kowalczyk", "Bennett", "Savchenko", "Laurent", "Fischer", "Petrenko", "Novak",
              "Hughes", "Moreau", "Lindberg", "Shevchuk", "Romano", "Brandt", "Kuznetsova",
              "Ortega", "Vasylenko", "Carter", "Jankowski", "Meyer", "Bondar")
EDITORS = ("Desk editor", "Iryna Savchenko", "Mark Bennett", "Sofia Laurent")

TAGS = ("diplomacy", "Kremlin", "battlefield", "energy", "grain corridor", "Black Sea",
        "refugees", "reconstruction", "war crimes", "prisoner exchange", "drones",
        "nuclear safety", "Crimea", "Donbas", "humanitarian aid", "counteroffensive",
        "elections", "intelligence", "Baltic states", "Turkey", "United Nations", "G7",
        "analysis", "exclusive", "interview", "opinion")

POOLS: dict[str, tuple[str, ...]] = {
    "west": ("the United States", "France", "Germany", "Britain", "Poland", "Italy", "Canada",
             "the Netherlands", "Sweden", "Finland", "Norway", "Denmark", "Estonia", "Lithuania"),
    "west_adj": ("American", "French", "German", "British", "Polish", "Italian", "Canadian",
                 "Dutch", "Swedish", "Finnish", "Norwegian", "Danish", "Estonian", "Lithuanian"),
    "city": ("Washington", "Paris", "Berlin", "London", "Warsaw", "Brussels", "Vilnius", "Geneva",
             "Istanbul", "Ankara", "Rome", "Helsinki", "Oslo", "Riga", "Tallinn", "The Hague"),
    "front": ("Bakhmut", "Zaporizhzhia", "Kherson", "Avdiivka", "Kharkiv", "Donetsk", "Luhansk",
              "Vuhledar", "Kupiansk", "Robotyne", "Melitopol", "Mariupol"),
    "speaker": SPEAKERS,
    "surname": SURNAMES,
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "number": tuple(str(n) for n in range(3, 61)),
    "billion": ("1.2", "1.5", "2", "2.5", "3.4", "4", "5.6", "6", "7.8", "10", "12", "18", "20", "50"),
    "percent": tuple(str(n) for n in range(5, 95, 3)),
    "aid_item": ("main battle tanks", "artillery shells", "air defence systems", "armoured vehicles",
                 "long-range missiles", "fighter jets", "counter-drone systems", "demining equipment",
                 "155mm ammunition", "infantry fighting vehicles"),
    "sector": ("banking", "energy", "metals", "shipping", "diamond", "technology", "aviation",
               "fertiliser", "insurance"),
    "institution": ("the Kremlin", "the White House", "the Elysee Palace", "the Chancellery",
                    "the European Commission", "Ukraine's foreign ministry", "the State Department",
                    "Downing Street", "the UN Secretariat"),
    "anon": ("two officials familiar with the discussions", "a senior diplomat", "people briefed on "
             "the talks", "three European officials", "a person close to the delegation",
             "officials on both sides of the Atlantic", "a Western intelligence official"),
    "outlet": tuple(name for name, _, _ in OUTLETS),
    "tag": TAGS,
}

# Sentences that carry no topic keyword: background, process, colour.
GENERAL: tuple[str, ...] = (
    "Officials in {city} described the mood as cautious but more focused than at any point since {month}.",
    "{speaker} told reporters on {weekday} that no decision had been taken and that consultations would continue.",
    "The discussions, first reported by {outlet}, have not been confirmed publicly by {institution}.",
    "According to {anon}, the next round of consultations could take place in {city} before the end of {month}.",
    "Fighting around {front} continued through the week, with both sides reporting heavy losses.",
    "Ukrainian forces said they had advanced several kilometres near {front}, a claim that could not be independently verified.",
    "The governor of the {front} region reported {number} civilians injured in overnight shelling.",
    "Analysts cautioned that public statements from {city} often lag behind what is said in private.",
    "{institution} declined to comment on the report when asked on {weekday}.",
    "The meeting in {city} lasted more than {number} hours, {anon} said.",
    "Diplomats stressed that any arrangement would need the consent of Kyiv, a point repeated by {speaker}.",
    "The question of territory remains the most divisive issue, {anon} told {outlet}.",
    "A statement released after the call said the leaders had agreed to stay in close contact.",
    "Public opinion in Ukraine remains firmly opposed to territorial concessions, according to a poll published in {month}.",
    "Several capitals have urged restraint in public while keeping channels open with Moscow.",
    "The foreign ministers of {west} and Ukraine spoke by phone for the second time in a week.",
    "The visit to {city} had been planned for weeks but was kept quiet for security reasons.",
    "Observers noted that the tone of official statements had shifted noticeably since {month}.",
    "Humanitarian agencies warned that winter would again put pressure on the power grid around {front}.",
    "{speaker} said the priority was to protect civilians and restore the country's borders.",
    "Russian state media gave the episode little coverage, focusing instead on events near {front}.",
    "The Ukrainian delegation was led by {speaker}, who met counterparts from {west}.",
    "Officials insisted that the timetable was not fixed and depended on events on the ground.",
    "The proposals have been circulated among a small group of capitals, including {city}.",
    "In {city}, lawmakers pressed the government for details on its longer-term strategy.",
    "The Kremlin has repeatedly said it is open to talks only on its own terms.",
    "The grain shipments from Odesa resumed after a pause of {number} days.",
    "Western diplomats said privately that expectations should be kept low.",
    "The United Nations called for the protection of the Zaporizhzhia nuclear plant, which lies near the front line.",
    "Energy infrastructure in {front} came under renewed drone attack on {weekday} night.",
    "The exchange freed {number} prisoners, the largest such swap since {month}.",
    "{speaker} warned that the coming months would be decisive.",
    "The report could not be independently confirmed, and {institution} did not respond to a request for comment.",
    "Officials said the schedule had slipped because of disagreements over the wording of a joint statement.",
    "For many in Kyiv, the memory of earlier failed agreements looms large over any new initiative.",
    "The statement was [published on the ministry's website]({link}) late on {weekday}.",
    "A transcript of the briefing is [available from the organisers]({link}).",
    "Earlier coverage of the talks is [collected here]({link}).",
    "{outlet} said it had seen a draft of the document, dated {month}.",
    "Roughly {percent} percent of respondents in a recent survey said they expected the war to last at least another year.",
)

# Sentences per topic; each contains at least one keyword of that topic.
BY_TOPIC: dict[str, tuple[str, ...]] = {
    "ceasefire-talks": (
        "Officials in {city} are preparing for possible peace talks later this year, {anon} said.",
        "{speaker} said a ceasefire that merely freezes the front line would only give Moscow time to regroup.",
        "The idea of negotiations after the counteroffensive has gained ground in {city} and {west}.",
        "Any cease-fire would require monitoring, and {west} has offered observers, {anon} said.",
        "A ten-point peace plan put forward by Kyiv remains the basis for its position in any negotiations.",
        "{anon} said a formal armistice was not on the table, but a limited ceasefire around {front} could be discussed.",
        "The host country offered {city} as a venue for peace talks once both sides agreed on an agenda.",
        "European officials see a window for negotiations towards the end of the year if Ukraine makes gains near {front}.",
        "{speaker} said Ukraine would not enter negotiations while Russian troops remained on its territory.",
        "Preparatory meetings on the peace plan have drawn national security advisers from {number} countries.",
        "Moscow dismissed the latest proposal for peace talks as unrealistic, {outlet} reported.",
        "A draft communique on the ceasefire was still being negotiated late on {weekday}, {anon} said.",
    ),
    "china-role": (
        "Beijing has signalled that it wants a seat at the table in any settlement, {anon} said.",
        "{speaker} said China could play a constructive role as one of the guarantors of an agreement.",
        "Chinese officials have described their twelve-point position paper as a basis for dialogue.",
        "The special envoy from Beijing visited {city} and Kyiv on a tour lasting {number} days.",
        "Western officials remain sceptical that China would press Moscow on withdrawal.",
        "{west_adj} diplomats said they were testing whether Beijing's offer to mediate was serious.",
        "Trade between China and Russia rose by {percent} percent in the first half of the year.",
        "Chinese state media framed the envoy's visit as evidence of Beijing's even-handedness.",
        "{speaker} urged Beijing to use its influence with the Kremlin to bring the war to an end.",
        "The call between the Chinese and Ukrainian leaders was the first since the invasion began.",
        "Officials in {city} said China's participation would make any deal harder for Moscow to reject.",
    ),
    "military-aid": (
        "{west} announced a new military aid package worth {billion} billion euros, including {aid_item}.",
        "The first {aid_item} from {west} arrived in Ukraine in {month}, {anon} said.",
        "Ukrainian commanders said shortages of artillery shells were limiting operations near {front}.",
        "Western industrial capacity has struggled to keep pace with Ukraine's demand for ammunition.",
        "{speaker} said more air defence was the most urgent need ahead of winter.",
        "A coalition of {number} countries agreed to train Ukrainian pilots to fly fighter jets.",
        "The delivery of tanks had been delayed by maintenance problems, {outlet} reported.",
        "Defence ministers meeting in {city} pledged to double production of 155mm ammunition.",
        "{west_adj} officials said the latest military aid would be delivered within {number} weeks.",
        "Critics in {city} argued that the pace of deliveries of {aid_item} had cost Ukraine momentum.",
        "Ukraine's air defence intercepted {number} drones and missiles overnight, the air force said.",
    ),
    "sanctions": (
        "The European Union adopted its latest package of sanctions targeting Russia's {sector} sector.",
        "{speaker} said the oil price cap had cut Moscow's revenues by {percent} percent.",
        "Officials are examining how frozen assets of Russia's central bank could fund reconstruction.",
        "New export controls aim to stop dual-use components from reaching Russian factories through third countries.",
        "Shipping data suggest a shadow fleet is carrying Russian crude around the price cap, {outlet} reported.",
        "{west} added {number} companies to its sanctions list, several of them registered abroad.",
        "The embargo on seaborne crude has pushed Russia to sell at deeper discounts, {anon} said.",
        "Enforcement of sanctions, not new listings, is now the main concern in {city}, {anon} said.",
        "Banks in {city} have tightened checks after warnings about sanctions evasion.",
        "Proposals to seize frozen assets outright face legal objections in several capitals.",
    ),
    "nato-eu": (
        "Allies meeting in {city} discussed security guarantees for Ukraine ahead of the NATO summit.",
        "{speaker} said Ukraine's future was in NATO, but not while the war continued.",
        "The European Commission recommended opening accession talks with Kyiv in {month}.",
        "EU membership would require reforms to the judiciary and the fight against corruption, officials said.",
        "The alliance agreed to strengthen its eastern flank, with new deployments to Poland and the Baltic states.",
        "{west_adj} officials said a long-term framework of security guarantees was being drafted.",
        "Hungary threatened to block the decision on accession, {anon} said.",
        "NATO defence ministers agreed on {number} new measures to support Kyiv's armed forces.",
        "Kyiv has asked for a clear timeline for EU membership, {speaker} said.",
        "The alliance's secretary general said the door remained open, a line repeated in {city}.",
    ),
}

HEADINGS = ("Background", "What happens next", "Reaction in {city}", "The view from {city}",
            "On the battlefield", "What officials say", "Why it matters", "Open questions",
            "The road to {city}", "Numbers")

QUOTES = (
    "We are ready to listen, but we will not trade our land for a pause in the fighting.",
    "Nothing is agreed until everything is agreed, and we are far from that point.",
    "Any settlement has to be just and lasting, or it will not last at all.",
    "We have said clearly what we can accept. The ball is in Moscow's court.",
    "Our support will continue for as long as it takes.",
    "It would be a mistake to read too much into a single meeting.",
    "There is no difference of view between our capitals on the goal; only on the timing.",
    "The people of Ukraine will decide when and how to negotiate.",
)

BULLET_INTROS = ("Key points:", "What we know so far:", "The main elements, according to {anon}:",
                 "Officials listed several conditions:")

# (before, after) pairs applied at random so that re-tellings differ in wording.
PARAPHRASES: tuple[tuple[str, str], ...] = (
    (" said.", " told reporters."), ("officials", "diplomats"), ("towards", "toward"),
    ("defence", "defense"), ("Officials in", "Diplomats in"), ("preparing", "getting ready"),
    ("remains", "is still"), ("sceptical", "skeptical"), ("signalled", "indicated"),
    ("would", "could"), ("announced", "unveiled"), ("urged", "called on"),
    ("first", "initial"), ("the Kremlin", "Moscow"), ("capitals", "governments"),
)

TITLES: dict[str, tuple[str, ...]] = {
    "ceasefire-talks": (
        "{west} prepares for talks as {front} offensive looms",
        "Officials in {city} weigh ceasefire proposal after {front} fighting",
        "Peace talks could open by year's end, officials in {city} say",
        "Kyiv rejects ceasefire that would freeze the {front} front",
        "{surname} says negotiations depend on {front} outcome",
        "Behind the scenes in {city}: the quiet search for negotiations",
        "{west_adj} envoy floats {city} as venue for peace talks",
        "Talks about talks: what was agreed in {city} in {month}",
    ),
    "china-role": (
        "Beijing offers to mediate as envoy heads to {city}",
        "{west} warms to China's role in eventual peace talks",
        "What China wants from its envoy's tour of {city} and Kyiv",
        "Chinese envoy meets {surname} in {city}",
        "{city} tests Beijing's offer to act as guarantor",
        "{surname}: Beijing must press Moscow after {front} attacks",
        "China's trade with Russia up {percent} percent, {west_adj} officials warn",
    ),
    "military-aid": (
        "{west} pledges {billion} billion euros in new military aid",
        "First {aid_item} arrive in Ukraine from {west}",
        "Shortage of artillery shells slows operations near {front}",
        "Allies in {city} agree to boost ammunition output",
        "{surname} presses {west} for more air defence",
        "{west_adj} {aid_item} delayed until {month}, officials say",
        "Inside the race to supply {front} with ammunition",
    ),
    "sanctions": (
        "EU targets Russia's {sector} sector in new sanctions package",
        "{west} adds {number} firms to sanctions list",
        "Price cap loopholes draw scrutiny in {city}",
        "Frozen assets debate divides {city} and partners",
        "Export controls tightened after evasion reports from {city}",
        "{surname} calls for tougher enforcement of {sector} sanctions",
        "Shadow fleet carried {billion} billion euros of crude past the price cap in {month}",
    ),
    "nato-eu": (
        "Allies in {city} discuss security guarantees for Kyiv",
        "EU opens path to accession talks with Ukraine after {city} meeting",
        "{west} backs Ukraine's NATO bid, with conditions",
        "NATO ministers in {city} agree {number} new support measures",
        "Hungary threatens to block Ukraine's EU membership talks in {month}",
        "{surname} sets out Kyiv's case for NATO ahead of {city} summit",
        "{west_adj} parliament debates security guarantees for Ukraine",
    ),
}

NOTE_TITLES = {
    "context": ("Context: the road to the {city} meeting", "Context: who is who in the talks",
                "Context: a short history of ceasefires since 2014"),
    "why-it-matters": ("Why the {city} meeting matters", "Why it matters: the {front} front",
                       "Why Beijing's move matters"),
    "what-to-watch": ("What to watch in {month}", "What to watch: the {city} summit",
                      "What to watch after the {front} offensive"),
    "correction": ("Correction: an earlier item misspelled a name", "Correction: date of the {city} meeting",
                   "Correction: figure for the {west} aid package"),
}
NOTE_KINDS = ("context", "why-it-matters", "what-to-watch", "correction")
NOTE_KIND_WEIGHTS = (4, 3, 2, 1)

# Event-specific details (corpus_model.with_specifics, `--distinct-events`): places and
# officials from large generated pools (18 x 20 x 10 villages, 31 x 40 x 8 names), each
# told in the original's words and in a re-teller's.
VILLAGE_STARTS = ("novo", "staro", "velyko", "malo", "zeleno", "kamiano", "bilo", "chorno", "verkhnio",
                  "nyzhnio", "krasno", "synio", "zolo", "pishcha", "hlyb", "yasno", "tykho", "berezo")
VILLAGE_ROOTS = ("pil", "hrad", "dolyn", "yar", "bir", "lyman", "kamin", "ozer", "sosn", "vod", "lis",
                 "mlyn", "brid", "hor", "pol", "kur", "sad", "rich", "lug", "stav")
VILLAGE_ENDS = ("ka", "ivka", "ske", "ove", "ivske", "ynka", "any", "ychi", "ivtsi", "ets")
SURNAME_ROOTS = ("Bondar", "Tkach", "Kravch", "Melnych", "Shevch", "Koval", "Lysen", "Hnat", "Ostap",
                 "Marty", "Pavl", "Zhuk", "Sydor", "Kuzm", "Demch", "Hrytz", "Yarosh", "Fedor", "Nazar",
                 "Oliin", "Prokop", "Rudn", "Sav", "Tymosh", "Ustym", "Vakul", "Yurch", "Zaruch", "Bilous",
                 "Chorn", "Dovzh", "Fesh", "Hal", "Ivash", "Klym", "Lukash", "Moroz", "Nesteren", "Panas",
                 "Rom")
SURNAME_ENDS = ("enko", "uk", "yuk", "chuk", "ko", "ovych", "sky", "ets")
SPECIFICS: tuple[tuple[str, str], ...] = (
    ("Fighting around the village of {village} intensified overnight, according to regional governor {official}.",
     "Regional governor {official} said the fighting near {village} had grown heavier overnight."),
    ("{official}, the deputy minister in charge of the file, said {tally} delegates had gathered in {village}.",
     "Some {tally} delegates came together in {village}, deputy minister {official} told reporters."),
    ("A convoy of {tally} trucks left {village} for the front line, said {official}, who oversees logistics.",
     "{official}, in charge of logistics, said {tally} trucks had set off from {village} towards the front."),
    ("Residents of {village} counted {tally} damaged homes after the strike, mayor {official} said.",
     "Mayor {official} said {tally} homes in {village} had been damaged in the strike."),
    ("Talks hosted in {village} were led by envoy {official}, who said {tally} pages of proposals were tabled.",
     "Envoy {official}, who led the meeting in {village}, said proposals ran to {tally} pages."),
    ("Grain from {village} reached the port after a delay, exporter {official} said, {tally} tonnes in all.",
     "Exporter {official} said {tally} tonnes of grain from {village} had finally reached the port."),
    ("The power station near {village} lost {tally} megawatts of capacity, operator chief {official} said.",
     "Operator chief {official} said the plant by {village} was down {tally} megawatts."),
    ("Prosecutors in {village} opened {tally} case files, chief investigator {official} announced.",
     "Chief investigator {official} announced that {tally} case files had been opened in {village}."),
)
