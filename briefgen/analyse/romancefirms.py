"""Nouns of a trade or a firm that open Spanish and Portuguese companies' names with no particle after them (T17).

    "Cobre Andino", "Minera Atacama Norte", "Grupo Bimbo", "Banco Santander", "Aceros Arequipa"

None is a given name or a surname, so a name run that opens with one and holds one word more is an organisation
(`orgnames.romance_body`), also after a role read as a title or a word opening the sentence ("Operator Cobre Andino
said": `runparts.firm_after_role`); a site source whose name opens with one is a company speaking for itself
(`firmsources.firm_source`). A trial (T17, 2026-12-06) listed "Andino, Cobre" and "Minera Atacama Norte" as people.
"""
from __future__ import annotations

from briefgen.analyse.givenwords import known_given

# mining, copper, steel, cement, oil, shipping, fishing, building, property, investment, transport, brewing, banking …
ROMANCE_FIRMS = frozenset("""minera mineradora minería mineração cobre cobres aceros acerías cementos cimentos
siderúrgica siderúrgicas petrolera petroleras naviera pesquera constructora construtora inmobiliaria imobiliária
inversiones investimentos transportes distribuidora comercializadora embotelladora cervecería cervejaria laboratorios
laboratórios industrias indústrias empresas grupo compañía companhia corporación corporação banco caixa seguros
aerolíneas financiera agrícola forestal eléctrica celulosa salmones""".split()) | frozenset("""servicios serviços
sociedad sociedade compania companhia compañia cía cia corporacion corporacao mineracao mineria ingeniería ingenieria
engenharia transportadora operadora administradora promotora metalúrgica metalurgica fundición fundicion
química quimica energía energia empresa industrias minerales minerais""".split())  # (servicios … since T20 #6, FX24:
# "The three work for Servicios Mineros Arequipa, a Peruvian contractor" listed a person; unaccented spellings, as
# copy writes them: "Companhia", "Mineracao")


# Nouns that open a Spanish or Portuguese party's, movement's or public body's name with no particle after them
# ("Unidad Nacional", "Partido Popular", "Acción Nacional", "Frente Amplio", "Renovación Nacional", "Movimiento
# Ciudadano", "Aliança Liberal", "Consejo Nacional Electoral"): T29 (F3, FX100, 2026-12-07) listed "Unidad Nacional"
# as a person, filed "Nacional, Unidad", with the governing party's statement. None is a given name or a surname
# (not "Libertad", "Esperanza", "Victoria", "Consuelo", given names; not "Corte", "Câmara", surnames too, which
# orgnames.ROMANCE_HEADS reads before a particle only; not "Tribunal", "Union", English words that open a title
# before a person's name: "Tribunal Judge Anna Berg"). Unaccented spellings as English copy writes them.
ROMANCE_BODY_HEADS = frozenset("""partido partidos frente alianza aliança alianca movimiento movimento unión união
uniao unidad unidade acción accion ação acao renovación renovacion renovação renovacao coalición coalicion coligação
coligacao concertación concertacion convergencia convergência izquierda solidaridad solidariedade fuerza força forca
bloque fundación fundacion fundação fundacao instituto consejo conselho ministerio ministério secretaría
federación federacion federação federacao confederación confederacion confederação confederacao asociación
asociacion associação associacao sindicato sindicatos comisión comision comissão comissao""".split())
# Adjectives that end a Spanish or Portuguese body's name and no one's ("Unidad Nacional", "Guardia Nacional",
# "Asamblea Nacional", "Atlético Nacional"): a run of two words or more ending in one is a body's, unless it opens
# with a known given name and holds no body's head noun ("Juan Carlos Nacional", "Rosa Nacional": a person surnamed
# Nacional; FX106, BR62 — FX100's tail made them bodies).
ROMANCE_BODY_TAILS = frozenset("nacional nacionales nacionais".split())


def romance_opened(lowered: list[str]) -> bool:
    """Whether the words of a name run (lower case, two or more) open with a Spanish or Portuguese firm's noun
    (`ROMANCE_FIRMS`: "Banco Santander", "Grupo Carso") or a party's or public body's (`ROMANCE_BODY_HEADS`:
    "Unidad Nacional", "Partido Popular"), or end with a body's adjective (`ROMANCE_BODY_TAILS`: "Guardia
    Nacional") and open with no known given name (givenwords.known_given: "Juan Carlos Nacional" is a person's): an
    organisation's name (read by orgnames.romance_body)."""
    return len(lowered) > 1 and (lowered[0] in ROMANCE_FIRMS or lowered[0] in ROMANCE_BODY_HEADS
                                 or lowered[-1] in ROMANCE_BODY_TAILS and not known_given(lowered[0]))
