"""British spellings and their American forms, for telling a reprint in another house style from a new text.

    FOLD[b"organised"] == b"organized"      # lower-case ASCII words, bytes
    # copies._folded maps a sentence's words through it (with ordinals and clock times)

A paper that prints wire copy in its own style changes its spellings ("colour"/"color", "organised"/"organized",
"centre"/"center", "defence"/"defense", "travelled"/"traveled", "programme"/"program", "judgement"/"judgment",
"sceptical"/"skeptical", "towards"/"toward", "whilst"/"while"): a tester's wire copy reprinted by an American outlet
(T11, 2026-12-06) was no copy for copies.copy_prints, which prints sentences word for word. The forms are the usual
pairs of the Oxford and Merriam-Webster usage notes on British and American spelling, made for the stems listed
here and their inflections: a closed table (a word missing from it keeps its spelling), looked up word by word at
C speed (`dict.get` mapped over a sentence's words: ~3 µs a sentence; a pattern over the text cost ~400 µs an
article, docs/log/performance.md). A library was looked for: localspelling 0.94 (PyPI, one maintainer) has 1,005 pairs, among
them colour, organised, centre, travelled, cancelled, labour and favour but not defence, offence, licence, programme,
catalogue, judgement, sceptical, towards, whilst or amongst, and compiles two ~1,000-branch patterns when imported
(0.08 s): a dependency for a table that misses half of a wire's common pairs. A pure table.
"""
from __future__ import annotations

_OUR = ("colour favour honour labour neighbour harbour behaviour rumour humour vapour armour endeavour flavour odour "
        "saviour valour vigour rigour clamour parlour splendour candour ardour fervour tumour savour rancour "
        "demeanour").split()
_OUR_ENDS = ("", "s", "ed", "ing", "er", "ers", "ite", "ites", "able", "ably", "hood", "hoods", "less", "ful", "ist",
             "ists", "ism")
_ISE = ("organ recogn real apolog critic author emphas priorit privat national legal final mobil stabil minim maxim "
        "summar util character categor central special sympath scrutin jeopard penal normal modern capital "
        "hospital destabil galvan harmon energ public subsid standard neutral vandal terror traum formal symbol "
        "visual memor popular polar radical democrat militar demilitar immun sanit digit monet incentiv global "
        "industrial optim fertil civil colon decentral fratern steril equal ideal familiar natural revolution "
        "social victim marginal legitim stigmat weapon sensational trivial commercial rational computer union patron "
        "vocal euthan fossil politic agon antagon econom fantas item mechan memorial scandal synchron tantal tyrann "
        "western urban liberal").split()
_ISE_ENDS = ("ise", "ises", "ised", "ising", "iser", "isers", "isation", "isations")
_YSE = ("anal paral catal dial").split()
_YSE_ENDS = ("yse", "yses", "ysed", "ysing", "yser", "ysers")
_MORE_FORMS = {  # inflections of whole words above, and other pairs a breaker's reprints showed (BR10, 2026-12-06)
    "councillor": "councilor", "councillors": "councilors", "ploughed": "plowed",
    "ploughing": "plowing", "ploughs": "plows", "greying": "graying", "greyer": "grayer", "greys": "grays",
    "mouldy": "moldy", "moulds": "molds", "moulded": "molded", "gaoled": "jailed", "gaols": "jails", "practises": "practices",
    "manoeuvring": "maneuvering", "sceptically": "skeptically", "paedophile": "pedophile", "paedophiles": "pedophiles",
    "leukaemia": "leukemia", "anaemia": "anemia", "gynaecologist": "gynecologist", "gynaecology": "gynecology",
    "haemophilia": "hemophilia", "oesophagus": "esophagus", "faeces": "feces", "foetal": "fetal",
    "encyclopaedia": "encyclopedia", "mediaeval": "medieval", "anaesthetist": "anesthetist", "anaesthetists": "anesthetists",
    "counselling": "counseling", "kerbs": "curbs", "storeyed": "storied", "defenceless": "defenseless",
    "worshipped": "worshiped", "judgemental": "judgmental", "acknowledgements": "acknowledgments", "fulfils": "fulfills",
    "enrols": "enrolls", "instalments": "installments", "aeroplane": "airplane",
    "aeroplanes": "airplanes", "cosy": "cozy", "draughts": "drafts", "draught": "draft",
    # (a T12 reprint's "1.4-tonne"/"1.4-ton" and BR10's rest, 2026-12-06: inflections of _WHOLE's words and more pairs)
    "tonne": "ton", "tonnes": "tons", "kilogramme": "kilogram", "kilogrammes": "kilograms", "pretences": "pretenses",
    "haemorrhaged": "hemorrhaged", "haemorrhages": "hemorrhages", "haemorrhaging": "hemorrhaging",
    "paediatricians": "pediatricians", "paediatrics": "pediatrics", "catalogued": "cataloged", "cataloguing": "cataloging",
    "woollen": "woolen", "instil": "instill", "instils": "instills", "yoghurt": "yogurt", "speciality": "specialty",
    "specialities": "specialties", "moulding": "molding", "smouldered": "smoldered", "enquire": "inquire",
    "enquired": "inquired", "enquiring": "inquiring",
}
_TRE = ("centre theatre metre litre fibre calibre sombre spectre lustre meagre kilometre centimetre millimetre "
        "manoeuvre").split()
_ENCE = ("defence offence licence pretence").split()
_DOUBLED = ("travel cancel label model fuel signal total channel level marshal counsel tunnel dial duel equal jewel "
            "rival shovel quarrel funnel pedal panel marvel snorkel cudgel grovel yodel libel").split()
_DOUBLED_ENDS = ("led", "ling", "ler", "lers")
_WHOLE = {
    "programme": "program", "programmes": "programs", "catalogue": "catalog", "catalogues": "catalogs",
    "dialogue": "dialog", "dialogues": "dialogs", "analogue": "analog", "monologue": "monolog", "judgement": "judgment",
    "judgements": "judgments", "acknowledgement": "acknowledgment", "sceptic": "skeptic", "sceptics": "skeptics",
    "sceptical": "skeptical", "scepticism": "skepticism", "towards": "toward", "afterwards": "afterward",
    "backwards": "backward", "forwards": "forward", "upwards": "upward", "downwards": "downward", "onwards": "onward",
    "whilst": "while", "amongst": "among", "aluminium": "aluminum", "grey": "gray", "tyre": "tire", "tyres": "tires",
    "cheque": "check", "cheques": "checks", "plough": "plow", "storey": "story", "storeys": "stories",
    "paediatric": "pediatric", "paediatrician": "pediatrician", "anaesthetic": "anesthetic", "oestrogen": "estrogen",
    "foetus": "fetus", "diarrhoea": "diarrhea", "orthopaedic": "orthopedic", "haemorrhage": "hemorrhage",
    "mould": "mold", "smoulder": "smolder", "smouldering": "smoldering", "ageing": "aging", "enrol": "enroll",
    "enrolment": "enrollment", "fulfil": "fulfill", "fulfilment": "fulfillment", "instalment": "installment",
    "skilful": "skillful", "wilful": "willful", "enquiry": "inquiry", "enquiries": "inquiries", "artefact": "artifact",
    "artefacts": "artifacts", "sulphur": "sulfur", "learnt": "learned", "spelt": "spelled", "burnt": "burned",
    "dreamt": "dreamed", "jewellery": "jewelry", "counsellor": "counselor", "counsellors": "counselors",
    "marvellous": "marvelous", "manoeuvres": "maneuvers", "manoeuvred": "maneuvered", "pyjamas": "pajamas",
    "moustache": "mustache", "practise": "practice", "practised": "practiced", "practising": "practicing",
    "defences": "defenses", "offences": "offenses", "licences": "licenses", "kerb": "curb", "gaol": "jail",
}


def _table() -> dict[bytes, bytes]:
    """Every British form of the stems above → its American form."""
    pairs: dict[str, str] = dict(_WHOLE)
    for word in _OUR:
        for end in _OUR_ENDS:
            pairs[word + end] = word[:-3] + "or" + end
    for stem in _ISE:
        for end in _ISE_ENDS:
            pairs[stem + end] = stem + end.replace("is", "iz", 1)
    for stem in _YSE:
        for end in _YSE_ENDS:
            pairs[stem + end] = stem + end.replace("ys", "yz", 1)
    for word in _TRE:
        american = "maneuver" if word == "manoeuvre" else word[:-2] + "er"
        pairs.update({word: american, word + "s": american + "s"})
    for word in _ENCE:
        pairs[word] = word[:-3] + "nse"
    for stem in _DOUBLED:
        for end in _DOUBLED_ENDS:
            pairs[stem + "l" + end[1:]] = stem + end[1:]
    pairs.update({"centred": "centered", "centring": "centering", **_MORE_FORMS})
    return {british.encode(): american.encode() for british, american in pairs.items() if british != american}


FOLD: dict[bytes, bytes] = _table()

