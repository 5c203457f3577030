"""Who gave it, to whom, in what state, and when: per item, from its clause and sentence.

Rules, in order: co-donors ("together with Denmark"), a passive agent ("supplied by the
United States"), a receiver's source ("Ukraine received … from Germany"), the actor that
governs the status verb ("Sweden is allocating …"), the nearest actor before the item — unless
it buys from a named seller ("Poland signed a contract with Hyundai Rotem", seller → buyer),
receives ("Poland received …") or is the indirect object of a giving verb ("supplied Russia
with …") —, the speaker after the fact ("…, the Pentagon said"), the antecedent of a relative
clause, and finally the document context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .items import FROM_GIVER, GAPPED_ACTOR_GAP, GIVING_ING, Item
from ..reference.catalog import System
from .lexicon import Lexicon
from .mentions import ActorMention, Analysis, CueMention
from .numbers import QUALIFIER_OPENS, WORDS

# a verb right after a capitalised name: the name is the subject of a new clause
# (an adverb may stand before the verb: "the North Koreans reportedly sent")
SUBJECT_VERB = (r"(?:(?:reportedly|also|already|then|later|now|recently|allegedly|secretly|quietly)\s+)?"
                r"(?:will|would|has|have|had|is|are|was|were|sent|gave|supplied|provided|shipped|bought|paid|"
                r"(?:deliver|transferr|donat|pledg|promis|approv|announc|purchas|financ|fund|order|allocat|contribut|"
                r"committ|hand)ed)\b")
# (not "after receiving assurances from the U.S.": what was received is no item)
RECEIVE = re.compile(r"\b(?:receiv\w*|receipt|got|gets?|getting|obtain\w*|acquir\w*|t(?:ook|aken?|aking)\s+(?:delivery|possession))\b"
                     r"(?!\s+(?:(?:an?|the|its|their|formal|written|firm)\s+)?(?:assurances?|guarantees?|confirmation|approval|"
                     r"permission|consent|requests?|repl(?:y|ies)|answers?|letters?|invitations?|calls?|word|signals?|"
                     r"support)\b)", re.I)
# "for Ukraine's battle with Russia", "in its war against Russia": the enemy, neither giver nor receiver
HOSTILITY_BEFORE = re.compile(r"\b(?:battle|battles|war|fight|fighting|conflict|struggle|clash(?:es)?|defen[cs]e)\s+"
                              r"(?:with|against)\s+(?:the\s+)?$", re.I)
FOLLOWED = re.compile(r"\bfollow(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:lead|example)\s+of\s+(?:the\s+)?)?$", re.I)
# an arrival verb: "have arrived", "will arrive", "has reached"
ARRIVED = re.compile(r"\b(?:arriv\w*|reached)\b", re.I)
FROM_AFTER_ITEM = re.compile(r"\s+from\s+", re.I)
PARTICIPLE_GAP = re.compile(r"\s*(?:(?:already|recently|previously|earlier|just|since|so\s+far)\s+)?", re.I)
BETWEEN_AND = re.compile(r"\bbetween\s+(?:\S+\s+){1,6}?and\s+(?:the\s+)?$", re.I)
# "purchases that would facilitate a transfer of Gripen jets in the future": what a promise may lead to
MAYBE = re.compile(r"\b(?:would|could|may|might|possib\w*|facilitat\w*|enabl\w*|allow\w*|pave\w*)\b", re.I)
ARRIVAL_OF = re.compile(r"\barrivals?\s+of\s+(?:the\s+)?(?:first\s+|new\s+|another\s+|more\s+)?(?:\w+\s+)?$", re.I)
# an actor followed by its receiving verb: "Poland has already received …"
# ("the Belgian Air Force formally received its first F-35 fighters": its own forces)
# ("Slovakia, which lies on the alliance's eastern flank, is set to receive another 12 F-16s")
RECEIVE_AFTER = re.compile(r"(?:\s+(?:air\s+force|army|navy|armed\s+forces|forces|military|troops))?"
                           r"(?:\s*,\s*(?:which|who)\s[^,;.]{0,80},)?"
                           r"(?:\s+(?:has|have|had|will|would|also|already|recently|reportedly|just|now|finally|"
                           r"officially|formally|be|been|is|are|was|were|set\s+to|due\s+to|expected\s+to|scheduled\s+to))*"
                           r"\s+(?:receiv\w*|got|gets?|getting|obtain\w*|"
                           r"t(?:ook|aken?|aking)\s+(?:delivery|possession))\b", re.I)
# "Russian forces launched 64 drones": armed forces using weapons, not a government giving them
FORCES = re.compile(r"^\s+(?:armed\s+)?(?:forces|troops|army|military(?!\s+(?:aid|assistance|support|package|help|equipment|donations?|contributions?|supplies|transport|vehicles?|trucks?|hardware|aircraft|helicopters?|ambulances?|goods|items)\b)|"
                    r"units|soldiers|occupiers|navy|air\s+force)\b", re.I)
SPEECH_AFTER = re.compile(r"^\.?(?:['’]s)?(?:\s+[\w’'-]+){0,5}?\s+(?:said|says|announced|stated|confirmed|told|reported)\b", re.I)
# "funding that will enable Romania to send a Patriot system", "allowing Germany to deliver"
ENABLED_BEFORE = re.compile(r"\b(?:enabl\w*|allow\w*|permit\w*|help\w*)\s+(?:the\s+)?$", re.I)
ENABLED_SENDS = re.compile(r"(?:\s+and\s+(?:the\s+)?\w+)*\s+to\s+(?:send|supply|deliver|transfer|provide|donate|give|"
                           r"hand\s+over|ship)\b", re.I)
FUNDING = re.compile(r"\b(?:fund\w*|financ\w*|pay\w*|paid)\b", re.I)
# "donated by Norway", "shipped to Kyiv by the Dutch government" (not "found by")
AGENT = re.compile(r"\b(?:supplied|delivered|provided|donated|financed|funded|transferred|promised|pledged|sent|"
                   r"(?:supply|supplies|delivery|deliveries|transfers?|provision|shipments?)\s+of|"
                   r"given|handed\s+over|shipped|paid\s+for|purchased|procured|bought|manufactured|produced|made|"
                   r"built|developed|gifted|offered|committed|allocated|approved|ordered|contributed|announced|ceded|"
                   r"dispatched)"
                   r"(?:\s+[\w’'-]+){0,4}?\s+by\s+(?:the\s+)?$", re.I)
SUPPLY_AFTER = re.compile(r"\bto\s+(?:supply|deliver|provide|produce|manufacture|build|send)\b", re.I)
# "from Canadian Armed Forces (CAF) inventory", "drew on its meager available stocks by delivering …"
FROM_SOURCE = re.compile(r"\b(?:from|(?:dr[ae]w|draws|drawing|drawn|tap(?:s|ped|ping)?)\s+(?:on|from|into|upon))\s+"
                         r"(?:[\w'’.()-]+\s+){0,4}$", re.I)
BY_AFTER = re.compile(r"\s+by\b", re.I)
BUYING = re.compile(r"\b(?:buy\w*|bought|purchas\w*|order\w*|acquir\w*|import\w*|contract\w*|deal)\b", re.I)
FOR_OR_TO_BEFORE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$", re.I)
# an approval of another country's transfer (a re-export licence) names no giver
APPROVER_AGENT = re.compile(r"\b(?:approved|authori[sz]ed|permitted|cleared|sanctioned)(?:\s+[\w’'-]+){0,3}?\s+by\s+(?:the\s+)?$",
                            re.I)
MAKER_AGENT = re.compile(r"\b(?:manufactured|produced|made|built|developed)(?:\s+[\w’'-]+){0,3}?\s+by\s+(?:the\s+)?$",
                         re.I)
PURCHASE = re.compile(r"\b(?:buy\w*|bought|purchas\w*|order\w*|acquir\w*|import\w*|sourced|procured)\b", re.I)
JOINT = re.compile(r"\b(?:(?:together|jointly|in\s+cooperation|in\s+(?:close\s+)?coordination|in\s+partnership|along)\s+with|"
                   r"with\s+(?:the\s+)?(?:help|assistance)\s+(?:from|of))\s+(?:the\s+)?$", re.I)
GOVERNMENT_OF = re.compile(r"\b(?:Government|Ministry(?:\s+of\s+(?:National\s+)?Defen[cs]e)?|Cabinet|Parliament|"
                           r"President|Prime\s+Minister|Minister\s+of\s+(?:National\s+)?Defen[cs]e|Armed\s+Forces|"
                           r"Republic)\s+of\s+(?:the\s+)?$", re.I)
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|its\s+|our\s+)?$", re.I)   # ("from its Danish partners")
# ("more M113 APCs from other partners – the U.S., Denmark, Netherlands …": the partners named after a dash)
FROM_GROUP_BEFORE = re.compile(r"\bfrom\s+(?:(?:other|its|their|our|western|foreign)\s+)?(?:partners|allies|countries|nations|donors)"
                               r"\s*(?:[–—:]|\s-)\s*(?:the\s+)?$", re.I)
OWN_SUBJECT_BEFORE = re.compile(r"(?:(?:,|;)?\s*\b(?:and|while|whereas)|,\s*(?:as|because|since))\s+(?:the\s+)?$", re.I)
REASON_CLAUSE = re.compile(r",\s+(?:as|because|since|given\s+that)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+"
                           r"(?:has\s+|had\s+|already\s+)*[a-z]+ed\b")
SUPPLIED_SUFFIX = re.compile(r"[-‐‑](?:supplied|donated|provided|gifted|funded|financed|delivered)\s+(?:[\w-]+\s+){0,2}", re.I)
DEPARTED_BEFORE = re.compile(r"\b(?:departed|left|leaving|shipped\s+out\s+of|flown\s+out\s+of)\s+(?:from\s+)?(?:the\s+)?$", re.I)
WITH_SUBJECT_BEFORE = re.compile(r",\s*with\s+(?:the\s+)?$", re.I)
GIVING_ING_AFTER = re.compile(r"\s+" + GIVING_ING + r"\b", re.I)
WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,1}$", re.I)
ACCORDING_SOURCE = re.compile(r"according\s+to\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}$", re.I)
# "according to (the official website of) the German federal government"
ACCORDING_BEFORE = re.compile(r"according\s+to\s+(?:the\s+)?(?:(?:official\s+)?(?:website|statement|data|figures|report|page|"
                              r"press\s+service|publication)s?\s+of\s+(?:the\s+)?)?"
                              r"(?:(?:two|three|several|some|senior|unnamed)\s+)?$"
                              # "…, as stated in an explanatory note by Danish Defence Minister …"
                              r"|\bas\s+(?:stated|said|reported|announced|confirmed)\s+(?:in\s+(?:[\w-]+\s+){1,4})?by\s+(?:the\s+)?$",
                              re.I)
ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", re.I)
LIST_CONTINUES = re.compile(r"\s*(?:;|,\s*as\s+well\s+as\b)", re.I)
RELATIVE_START = re.compile(r"\s*,?\s*(?:which|who)\b", re.I)
BARE_COMMA = re.compile(r"\.?\s*,\s*(?:the\s+)?", re.I)   # (".": "the U.S., Germany")
# what may stand in brackets after a giver in a list of givers: its count or its abbreviation
GIVER_ASIDE = re.compile(rf"\s*\((?:\s*{QUALIFIER_OPENS}\d[^()]{{0,100}}|[A-Z]{{2,6}})\)", re.I)
CLAUSE_AND_BEFORE = re.compile(r",\s*and\s+(?:the\s+)?$", re.I)
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|into|inside)\s+(?:the\s+)?$", re.I)
AND_GAP = re.compile(r"\.?\s*(?:,|,?\s*and|&)\s*(?:the\s+)?", re.I)
# "supplied Russia with shells", "gave Russia 200 drones", "sent Slovakia a Patriot system": the actor right after a giving verb
# is its indirect object, the receiver
GIVING_VERB_BEFORE = re.compile(r"\b(?:provid\w*|suppl(?:y|ies|ied|ying)|equip\w*|arm(?:s|ed|ing)?|furnish\w*|"
                                r"gave|give[sn]?|giving|hand(?:s|ed|ing)?|sen[dt]s?|sending|gift(?:s|ed|ing)?|"
                                r"ship(?:s|ped|ping)?|sold|sell(?:s|ing)?|transferred|delivered)"
                                r"\s+(?:the\s+)?$", re.I)
INDIRECT_OBJECT_AFTER = re.compile(r"^\s+(?:with\b|(?:an?|all|its|their|more|additional|further)\s|(?:(?:some|about|around|roughly|nearly|almost|over|up\s+to|"
                                   r"more\s+than|at\s+least|an\s+estimated|another)\s+)?(?:\d|" + WORDS + r"\b)|"
                                   r"(?:hundreds|thousands|dozens|millions|tens)\s+of\b)", re.I)
# "the goal was for Germany and its allies to provide Ukraine with 88 tanks": the actor after "for"
# is the subject of a giving infinitive, not a beneficiary ("for Ukraine to buy" still receives)
INFINITIVE_GIVER = re.compile(r"(?:\s+and\s+(?:its|their|other)\s+(?:allies|partners))?\s+to\s+(?:provide|send|supply|deliver|"
                              r"give|donate|transfer|hand\s+over|equip|arm)\b", re.I)
RANKED_AFTER = re.compile(r"\b(?:second|third|fourth|fifth|[a-z]+est)\b[^.;:]{0,50}?\b(?:after|behind)\s+(?:only\s+)?(?:the\s+)?$",
                          re.I)
LOCATIVE = re.compile(r"(?:\b(?:in|at|near|against|than|like|into|across|toward|towards|over|of|on|(?:led|headed|chaired)\s+by|"
                      r"from|to|for|about|visit\w*|via|through|between|called|"
                      # "Israel informed Russia of its decision": the one told is an addressee, not a giver
                      r"informed|notified|warned|assured|reassured|briefed|told|"
                      # "a hub in Rzeszów, southeastern Poland": a region of the country is a place
                      # (lower case only: "Northern Macedonia", "Central African Republic" are names)
                      r"(?-i:(?:north|south)?-?(?:east|west)ern|northern|southern|central))\s+(?:the\s+)?)$", re.I)


@dataclass
class Context:
    """What a document has established so far: carried into sentences that continue it."""

    donors: list[str] = field(default_factory=list)
    status: str = ""
    date: str = ""
    paragraph: int = -1
    announcers: set[str] = field(default_factory=set)
    recipient: str = ""
    sale_approver: list[str] = field(default_factory=list)   # who approved a sale notice's possible sale
    thanked: list[list[str]] = field(default_factory=list)   # per sentence of the document: who it thanks
    stated_by: list[str] = field(default_factory=list)       # per sentence: the giver a bare attribution names
    funded_by: list[list[str]] = field(default_factory=list)  # per sentence: who pays for the order it opens with
    index: int = 0                                           # the sentence being read
    buyers: set[str] = field(default_factory=set)            # who buys in a sale or own purchase the sentence told
    observed: bool = False                                   # the sentence before told only of things seen or lost
    shells: System | None = None                             # the kind of shell the document named last


@dataclass
class Attribution:
    donors: list[str]
    recipient: str
    status: str
    strength: str
    cue: CueMention | None
    rule: str


def actor_iso(a: ActorMention) -> str:
    return a.name.iso3


def joint_regions(an: Analysis) -> list[tuple[int, int]]:
    """Stretches after "together with", "in cooperation with" …: the co-donors named there."""
    out = []
    for c in an.cues:
        if c.cue.kind != "joint":
            continue
        stop = re.search(r"[;)]|,\s*(?=\d|(?:about|over|some|more|and\s+\d))|,\s+(?![A-Z]|the\b|and\b|including\b)"
                         r"|,\s+(?=(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s+" + SUBJECT_VERB + ")", an.text[c.end:])
        out.append((c.end, c.end + stop.start() if stop else len(an.text)))
    return out


def labels_item(a: ActorMention, items: list[Item]) -> bool:
    """A demonym right before an item names its origin ("German Leopard 2 tanks", "along with
    American HIMARS"), not a giver, co-donor or partner of its own."""
    return (a.name.kind == "demonym" and any(0 <= it.start - a.end <= 2 for it in items)) \
        or (a.name.kind == "company" and any(it.span[0] < a.start and a.end <= it.start for it in items))   # "42 Patria vehicles"

TOPIC_OPENS = re.compile(r"\W*(?:in\s+the\s+case\s+of|as\s+for|as\s+regards|as\s+far\s+as|when\s+it\s+comes\s+to)\s+(?:the\s+)?$",
                         re.I)


def candidates(an: Analysis, lo: int, hi: int, recipient: str, items: list[Item]) -> list[ActorMention]:
    """Actors in [lo, hi) that can be a giver: not a place, not an origin label, not stateless,
    not a co-donor named after "together with"."""
    out = []
    for a in _givers(an):
        if not (lo <= a.start < hi):
            continue
        # a demonym right before an item names its origin ("German Leopard 2 tanks")
        if labels_item(a, items):
            continue
        # … and so does a short name after another giver ("Germany also sent the US Patriot system")
        if a.name.kind == "short" and any(o.name.iso3 != a.name.iso3 for o in out) \
                and any(0 <= it.start - a.end <= 1 for it in items):
            continue
        out.append(a)
    return out


DATELINE_AFTER = re.compile(r",\s+(?:\w+\s+\d{1,2}|\d{1,2}\s+\w+|\w+day)\b|\s*\((?:Reuters|AP|AFP|dpa|Ukrinform|UNN)\)")


def _dateline(text: str, a: ActorMention) -> bool:
    """Is ``a`` the place of a news dateline ("WASHINGTON, July 11 (Reuters) -", "KYIV (AP) -")?"""
    return not text[:a.start].strip() and a.surface.isupper() and DATELINE_AFTER.match(text, a.end) is not None


def _givers(an: Analysis) -> list[ActorMention]:
    """The actors of a segment whose own wording allows them to give (computed once per
    segment: every item and every cue asks)."""
    found = an.memo.get("givers")
    if found is None:
        joint = joint_regions(an)
        text = an.text
        found = [a for a in an.actors
                 if (not any(x <= a.start < y for x, y in joint) or owns_item(an, a)) and a.name.iso3 and not a.origin_only
                 and (not in_parentheses(text, a.start) or FUNDED_BRACKET.search(text, 0, a.start))
                 and not _dateline(text, a)
                 and not (LOCATIVE.search(text[max(0, a.start - 20):a.start])
                          # "The Government of Norway has decided to donate …"
                          and not GOVERNMENT_OF.search(text, max(0, a.start - 40), a.start)
                          # "In the case of Portugal, the country has mobilised …": the topic opening the sentence
                          and not TOPIC_OPENS.match(text[:a.start])
                          # "the goal was for Germany to provide Ukraine with …"
                          and not INFINITIVE_GIVER.match(text, a.end)
                          # "reacted to Germany's decision to send Leopard 2 tanks"
                          and not owns_item(an, a)
                          # "details of Denmark's package": the possessor gives, whatever precedes it
                          and not (text[a.end:a.end + 2] in ("'s", "’s") and (OF_BEFORE.search(text, max(0, a.start - 8), a.start)
                                                                             # "a central role in the UK's response"
                                                                             or POSSESSED_AID.match(text, a.end + 2))))
                 and (not JOINT.search(text[max(0, a.start - 24):a.start]) or owns_item(an, a))
                 # "According to the US Defense Department, these Harpoons …": a source, not a subject
                 and not ACCORDING_SOURCE.search(text, max(0, a.start - 48), a.start)
                 # "the second-largest donor in the world after the US": the rank's yardstick
                 and not RANKED_AFTER.search(text, max(0, a.start - 80), a.start)
                 # "Germany will follow the US in sending a Patriot system": the example, not the giver
                 # (but "follows Canada's earlier promise to donate 80,840 rockets" names the giver)
                 and not (FOLLOWED.search(text, max(0, a.start - 40), a.start) and text[a.end:a.end + 2] not in ("'s", "’s"))
                 # "a package for Ukraine's battle with Russia that includes …": the enemy gives nothing
                 and not HOSTILITY_BEFORE.search(text, max(0, a.start - 40), a.start)]
        an.memo["givers"] = found
    return found


OFFER_OF = re.compile(r"(?:(?:offer|pledge|promise|donation|contribution|gift|delivery|transfer)s?\s+of|"
                      r"(?:decision|plans?|readiness|promise|pledge)\s+to\s+(?:approve\s+the\s+(?:delivery|transfer|export)\s+of|"
                      r"send|deliver|supply|transfer|provide|give|donate))\s+(?:the\s+)?", re.I)


def owns_item(an: Analysis, a: ActorMention) -> bool:
    """"along with Germany's 12 Leopard tanks": a country's possessive on the items themselves
    names their giver, not a partner of someone else's gift."""
    if an.text[a.end:a.end + 2] not in ("'s", "’s"):
        return False
    nxt = a.end + 3
    # "along with Canada's offer of eight armored vehicles", "to Germany's decision to approve the
    # delivery of Leopard 2 tanks"
    offer = OFFER_OF.match(an.text, nxt)
    if offer:
        nxt = offer.end()
    return any(m.start == nxt for m in an.systems) or any(q.start == nxt for q in an.quantities)


# "16 Zuzana 2 howitzers (financed by Norway, Denmark and Germany)": the bracket names the givers
FUNDED_BRACKET = re.compile(r"\(\s*(?:co-?)?(?:financed|funded|paid\s+for|donated|supplied|provided|ordered|purchased)\s+"
                            r"(?:jointly\s+)?by\s+[^()]*$", re.I)
POSSESSED_AID = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:response|support|aid|assistance|package|contribution|donations?|"
                           r"deliver(?:y|ies)|commitments?|pledges?)\b", re.I)
INFINITIVE_AND = re.compile(r"\bto\s+[\w-]+\s+and\s+$", re.I)
AND_VERB_BEFORE = re.compile(r"\b(?:and|but|then)\s+(?:(?:will|would|also|then|later|has|have|had)\s+)?$", re.I)
# "…, as Macedonia transferred 31 T-72A tanks": a clause of reason with its own subject and verb
REASON_VERB_BEFORE = re.compile(r",\s+(?:as|because|since)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+"
                                r"(?:(?:has|have|had|already|also)\s+)*$")


def _first_strong_before(cues, pos):
    for c in cues:
        if c.start < pos and c.cue.scope == "strong":
            return c
    return None


MADE_AND_BEFORE = re.compile(r"[-‐‑](?:made|built|produced|designed)\s+and\s+$", re.I)


def status_for(item: Item, an: Analysis, clause: tuple[int, int]) -> tuple[CueMention | None, str]:
    """The cue that decides an item's status, and its strength."""
    # ("U.S.-made and supplied Abrams tanks will be sent": the participle is part of a label, like "U.S.-supplied")
    status_cues = [c for c in an.cues if c.cue.kind == "status"
                   and not MADE_AND_BEFORE.search(an.text, max(0, c.start - 16), c.start)]
    for lo, hi in (clause, (0, len(an.text))):
        cs = [c for c in status_cues if lo <= c.start < hi]
        if (lo, hi) != clause:
            # outside its own clause only what leads up to the item governs it
            cs = [c for c in cs if c.end <= item.start or c.cue.scope == "weak"]
        # "Under the agreement, Germany will deliver …": the frame names the deal; the verb after it governs
        cs = [c for c in cs if not _in_frame(an.text, c)] or cs
        # ("signed a €500 million Patriot contract": a cue may hold the item it governs)
        before = [c for c in cs if c.end <= item.start or c.start < item.start and c.end >= item.end]
        after = [c for c in cs if c.start >= item.end]
        strong = [c for c in before if c.cue.scope in ("strong", "future")]
        if strong:
            # "will finance the production of 1,000 drones and transfer 12 CV90s": a verb joined by
            # "and" after the first one governs what follows it
            joined = [c for c in strong[1:] if (AND_VERB_BEFORE.search(an.text, max(0, c.start - 8), c.start)
                                                or REASON_VERB_BEFORE.search(an.text, max(0, c.start - 60), c.start)
                                                or an.text[c.start:c.start + 4].lower() == "and ")
                      # "directed the DOD to refurbish and provide": one infinitive, the first verb governs
                      and not INFINITIVE_AND.search(an.text, max(0, c.start - 30), c.start + 4)]
            pick = joined[-1] if joined else strong[0]
            # "has already sent six tanks, of a pledge to send a total of 10": a promise named in the
            # item's own phrase is what the item is
            named = [c for c in strong if c.start > pick.start and PROMISE_NOUN_BEFORE.search(an.text, max(0, c.start - 16), c.start)
                     and PROMISE_GAP.fullmatch(an.text, c.end, item.span[0])]
            pick = named[-1] if named else pick
            # "announced a decision to withhold a shipment of 1,800 bombs": a suspension between the
            # first verb and the item is what happens to it
            held = [c for c in strong if c.start > pick.start and c.cue.value == "suspended"]
            pick = held[-1] if held else pick
            return pick, pick.cue.scope
        weak = [c for c in before if c.cue.scope == "weak"]
        strong_after = [c for c in after if c.cue.scope in ("strong", "future")]
        if (lo, hi) == clause and lo > 0 and RELATIVE_START.match(an.text, lo) and not strong_after and any(
                c.end <= lo and c.cue.scope in ("strong", "future") for c in status_cues):
            continue    # "will provide a package, which includes 49 tanks": the main verb governs
        if weak and not strong_after:
            # "The suspension affects key weapons, including Patriot missiles": what is listed
            # shares the halt named before the list
            held = [c for c in an.cues if c.end <= weak[-1].start and c.cue.value == "suspended"
                    and c.cue.kind in ("status", "carry")] if INCLUDING.match(weak[-1].cue.cue) else []
            return (held[-1], "strong") if held else (weak[-1], "weak")
        if strong_after:
            # "howitzers financed by Denmark were handed over": the participle before "by" only
            # describes the item; the finite verb after it says what happened
            finite = [c for c in strong_after if not BY_AFTER.match(an.text, c.end)]
            pick = (finite or strong_after)[0]
            return pick, pick.cue.scope
        if weak:
            return weak[-1], "weak"
        if after:
            return after[0], after[0].cue.scope
    return None, "context"


INCLUDING = re.compile(r"includ|compris|contain|such as", re.I)
POSSIBLY_MORE = re.compile(r"\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|more|even\s+more)\b", re.I)
COMMENT_APPOSITIVE = re.compile(r",\s+(?:in\s+)?(?:a|the|an)\s+(?:[\w-]+\s+)?(?:move|decision|step|gesture|announcement|pledge)"
                                r"\s+(?:which|that)\b", re.I)
LATER_CLAUSE_ON_IT = re.compile(r",?\s+(?:and|but)\s+(?:they|it|these|those)\s+$", re.I)
SUPERLATIVE_SO_FAR = re.compile(r"\b(?:largest|biggest|most|greatest|highest|strongest|single\s+largest)\s+"
                                r"(?:[\w-]+\s+){0,5}$", re.I)
JOINED_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:(?:has|have|had|will|is|are|was|were|also|already|now|started|begun|began)\s+)+", re.I)
KIND_RELATIVE = re.compile(r"\s+(?:that|which)\s+(?:[\w’'-]+\s+){1,5}?(?:(?:are|is|have\s+been|has\s+been)\s+)?(?:so\s+)?", re.I)
LAUNCHED_SCHEME = re.compile(r"\b(?:initiative|coalition|programme|program|scheme|fund|mechanism|campaign|platform|"
                             r"project|alliance|partnership|facility|effort)s?,?\s+(?:(?:that|which)\s+(?:was|were|has\s+been)\s+|"
                             r"(?:was|were|has\s+been|had\s+been)\s+)?$", re.I)
COMMITTED_GIFT = re.compile(r"\s+(?:deliver|send|supply|provide|transfer|donate|give|hand\s+over)\s+(?:(?:an?|the)\s+)?"
                            r"(?:additional\s+|another\s+|more\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"a\s+(?:total|further)|dozens|hundreds|thousands)", re.I)
PROMISE_NOUN_BEFORE = re.compile(r"\b(?:of|from|under)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?$", re.I)
PROMISE_GAP = re.compile(r"[^,;:.\d]{0,40}", re.I)
# a fronted phrase naming a deal: "Under the agreement,", "As part of a ten-year memorandum signed in 2016,"
FRAME_OPENS = re.compile(r"[\W_]*(?:under|according\s+to|as\s+part\s+of|as\s+per|in\s+line\s+with|within)\s+"
                         r"(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,4}?$", re.I)
FRAME_CLOSES = re.compile(r"[^,;:.]{0,60},", re.I)


def _in_frame(text: str, cue: CueMention) -> bool:
    return bool(FRAME_OPENS.fullmatch(text, 0, cue.start) and FRAME_CLOSES.match(text, cue.end))


# the verb right after a stateless subject ("the European Union supplied", "NATO has sent")
STATELESS_SUBJECT = re.compile(r"(?:\s+(?:has|have|had|will|would|also|already|only|reportedly|now|just))*\s+")
# "Iran's supply of drones", "North Korea's deliveries of shells": the possessor gives
# ("UK contributions of £4.5 billion and 500,000 shells", "German deliveries of Leopard tanks": a label does as well)
POSSESSED_SUPPLY = re.compile(r"(?:['’]s)?\s+(?:\w+\s+)?(?:suppl(?:y|ies)|deliver(?:y|ies)|transfers?|provision|shipments?|"
                              r"donations?|contributions?)\s+of\b", re.I)


# "Ukraine's allies pledged …", "Donors have given …": many unnamed givers, so no one country
# ("The three countries are contributing approximately $43 million": several givers counted, none named here)
GROUP_SUBJECT = re.compile(r"(?<!\band\s)(?<!\bother\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bwith\s)\b(?:allies\s+and\s+partners|partners\s+and\s+allies|allies|partners|coalition\s+members|donors|donor\s+countries|"
                           r"member\s+states|(?:two|three|four|five|six|seven|eight|nine|ten|both|several|nato|eu|"
                           r"european|western|other|partner|allied)\s+(?:(?:european|western|nato|eu)\s+)?(?:countries|nations|governments)|"
                           r"(?:the\s+)?members\s+of\s+the\s+(?:[\w-]+\s+){0,3}coalition)"
                           r"(?:\s+(?:has|have|had|will|would|can|could|are|were|also|already|jointly|together|collectively))*\s+$",
                           re.I)

# the words between may be a verb phrase ("tanks expected to be delivered in coming months from
# other European allies", "€549 million, already promised by member states"), never another clause
GROUP_SOURCE = re.compile(r",?(?:\s+[\w-]+){0,8}?\s+(?P<src>from|by)\s+(?:(?:several|many|various|other|multiple|numerous|a\s+number\s+of|"
                          r"a\s+dozen|\w+\s+different|western|european|nato|foreign|international|its|their|our)\s+"
                          r"(?:\w+\s+)?(?:countries|allies|partners|nations|donors|states)|the\s+West|(?:the\s+)?member\s+states|"
                          r"(?:the\s+)?coalition\s+members)\b", re.I)


GROUP_EXAMPLE_AFTER = re.compile(r",?\s+(?:including|such\s+as|notably|among\s+them)\s+(?:the\s+)?", re.I)
BARE_AGENT = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
# "countries that … include Portugal, Finland and Spain": the givers listed as the complement
GIVERS_LISTED = re.compile(r"\b(?:countries|nations|donors|allies|partners|states|governments)\b[^.;]{0,120}?"
                           r"\b(?:include[sd]?|are|were)\s+(?:the\s+)?$", re.I)


FRONTED_PARTICIPLE = re.compile(r"[\W_]*(?:after|before|since|while|besides|in\s+addition\s+to)\s+(?:having\s+)?"
                                r"[a-z]+(?:ing|ed)\b[^,;:.]{0,160},\s*(?:the\s+)?", re.I)


THAT_BEFORE = re.compile(r"\bthat\s+(?:the\s+)?$", re.I)
THAT_SUBJECT_VERB = re.compile(r"\s+(?:(?:will|would|shall|is\s+to|should)\s+)?(?:deliver|send|give|provide|supply|transfer|"
                               r"donate|hand)(?:s|ed)?\b", re.I)


def donors_for(item: Item, an: Analysis, clause: tuple[int, int], cue: CueMention | None,
               recipient: str, items: list[Item]) -> tuple[list[str], str, str]:
    """``(donors, recipient override, rule)`` for one item."""
    lo, hi = clause
    text = an.text
    if _recipient_forces_use(an, item, lo, recipient):
        return [], "", "combat"
    # "He thanked Sweden for its package, Belgium, which has committed to supply 30 F-16s": a giver
    # right before the relative clause holding the item is its subject
    if RELATIVE_START.match(text, lo, lo + 12):
        ante = [a for a in an.actors if a.end <= lo and a.name.iso3 and a.name.iso3 != recipient
                and not text[a.end:lo].strip(" ,")]
        if ante:
            return coordinated_givers(an, ante[-1]), "", "antecedent"
    # "After pledging all 19 of its Caesar howitzers to Ukraine, Denmark is in talks …": a fronted
    # participle clause has the subject of the main clause that follows it
    fronted = FRONTED_PARTICIPLE.match(text)
    if fronted is not None and item.end <= fronted.end():
        subject = next((a for a in an.actors if a.start == fronted.end() and a.name.iso3 and a.name.iso3 != recipient), None)
        if subject is not None:
            return coordinated_givers(an, subject), "", "participle-subject"
    # "Zelensky thanked Norway for …", "Grateful to Canada for …": the one thanked gave it
    thanked = [a for a in an.actors if a.start < item.start and a.name.iso3 and a.name.iso3 != recipient
               and THANKED.search(text, max(0, a.start - 16), a.start)]
    if thanked:
        return following_givers(an, thanked[-1]), "", "thanked"
    # "the M109 that Norway donated", "the systems that Canada helped buy": the relative clause's subject gave it
    # (or with no "that": "the first of 31 Abrams tanks the US promised to Ukraine arrived")
    # (only when the clause names no giver before the item: "Poland sent 10 tanks Germany had promised")
    rel = OBJECT_RELATIVE.match(text, item.end) or (
        ZERO_RELATIVE.match(text, item.end) if not candidates(an, lo, item.start, recipient, items) else None)
    if rel:
        giver = next((a for a in an.actors if a.start == rel.end() and a.name.iso3 and a.name.iso3 != recipient), None)
        if giver is not None and any(c.cue.kind == "status" and c.cue.scope in ("strong", "future")
                                     and giver.end <= c.start <= giver.end + 24 for c in an.cues):
            return [giver.name.iso3], "", "relative"
    bracketed = _bracketed_giver(an, item, recipient)
    if bracketed:
        return bracketed, "", "bracketed"
    # "British-supplied Challenger 2 tanks", "Dutch-donated F-16s": the label says who gave them
    supplied = [a for a in an.actors if a.name.iso3 and a.name.iso3 != recipient and a.end <= item.start
                and SUPPLIED_SUFFIX.fullmatch(text, a.end, item.span[0] if item.span[0] >= a.end else item.start)]
    if supplied:
        return [supplied[-1].name.iso3], "", "label"
    # "The first four of 14 M113AS4 carriers to be donated to Ukraine have departed Australia": where
    # the items leave from is who gives them
    departed = [a for a in an.actors if item.end <= a.start < hi and a.name.iso3 and a.name.iso3 != recipient
                and a.name.kind != "company" and DEPARTED_BEFORE.search(text, max(0, a.start - 24), a.start)]
    if departed and not candidates(an, lo, item.start, recipient, items) \
            and not any(item.end <= b.start < departed[0].start and b.name.iso3 and b.name.iso3 != recipient
                        for b in an.actors):
        return [departed[0].name.iso3], "", "source"
    # "On behalf of the Dutch and Danish governments, Rheinmetall will deliver 14 Leopard 2A4":
    # the maker delivers what the governments give
    behalf = [a for a in an.actors if a.name.iso3 and a.name.iso3 != recipient
              and ON_BEHALF.search(text, max(0, a.start - 24), a.start)]
    if behalf:
        return following_givers(an, behalf[0]), "", "on-behalf"
    # "… supplied by the Netherlands, and howitzers by Estonia": an item with its own agent right after it
    own_agent = next((a for a in an.actors if a.start >= item.end and a.name.iso3 and a.name.kind != "company"
                      and not a.origin_only and BARE_AGENT.fullmatch(text, item.end, a.start)), None)
    if own_agent is not None and any(after_by(text[max(0, a.start - 60):a.start]) for a in an.actors
                                     if a.start < item.start):
        return following_givers(an, own_agent), "", "agent"
    # "F-16 fighters that will be supplied by other European countries, including Denmark, Belgium, and
    # the Netherlands": the countries named as examples of the group give
    group = GROUP_SOURCE.match(text, item.end)
    if group is not None:
        example = GROUP_EXAMPLE_AFTER.match(text, group.end())
        named = next((a for a in an.actors if example is not None and a.start == example.end() and a.name.iso3
                      and a.name.iso3 != recipient), None)
        if named is not None:
            return following_givers(an, named), "", "agent"
    # a passive agent: "donated by Norway", "shipped … by the Dutch government"
    for a in an.actors:
        if lo <= a.start < hi and a.name.iso3 and not a.origin_only and after_by(text[max(0, a.start - 60):a.start]) \
                and not _verb_between(an, item, a):
            if MAKER_AGENT.search(text[max(0, a.start - 60):a.start]):
                # "Belgium will finance 10 Skyranger systems built by Germany's Rheinmetall": the
                # maker gives only when nobody else does
                if _giver_before(an, a, lo, recipient) or not any(
                        c.cue.kind == "status" and c.cue.scope in ("strong", "future") for c in an.cues):
                    continue    # … or nothing is given at all ("NASAMS, developed by Kongsberg, is known for …")
                return [a.name.iso3], "", "agent"
            if APPROVER_AGENT.search(text[max(0, a.start - 60):a.start]) and _giver_before(an, a, lo, recipient):
                continue    # "Estonia has supplied howitzers to Kyiv, a transfer approved by Germany's government"
            # "co-financed by Germany and Denmark"
            return following_givers(an, a), "", "agent"
    supplier = [a for a in an.actors if lo <= a.start < item.start and a.name.iso3 and a.name.iso3 != recipient
                and POSSESSED_SUPPLY.match(text, a.end)
                # (the whole list after "deliveries of" is the possessor's, up to another actor)
                and not any(a.end < b.start < item.start for b in an.actors)]
    if supplier:
        return [supplier[-1].name.iso3], "", "possessor"
    # a receiver and its source: "Ukraine received … from Germany"; what arrives from somewhere
    # ("Patriot systems from the US and Germany have arrived") came from there too
    # (or "announced the arrival of 18 Leopard 2 from Germany")
    # (a receipt told after another item is that item's: "will provide tanks in addition to the T-72s
    # already received from Poland")
    # ("Athens received 14 Marders from Germany and delivered 20 BMPs to Ukraine": a giving verb joined
    # after the receipt governs what follows it)
    receives = any((m.start() < item.start or not any(item.end <= i.start < m.start() for i in items))
                   and not any(m.end() <= c.start < item.start and c.cue.kind == "status" and c.cue.value == "delivered"
                               and c.cue.scope == "strong" and AND_VERB_BEFORE.search(text, max(0, c.start - 8), c.start)
                               for c in an.cues)
                   for m in RECEIVE.finditer(text, lo, hi)) or ((ARRIVED.search(text, item.end, hi) is not None
                                                          or ARRIVAL_OF.search(text, lo, item.span[0]) is not None)
                                                         and FROM_AFTER_ITEM.match(text, item.end) is not None)
    if not receives and lo > 0 and RECEIVE.search(text, 0, lo) and LIST_CONTINUES.match(text, lo) \
            and any(lo <= a.start < hi and FROM_BEFORE.search(text[max(0, a.start - 10):a.start]) for a in an.actors):
        receives = True     # "received Challengers from the UK; Strykers from the US; and Marders from Germany"
    if not receives and not any(lo <= a.start < hi for a in an.actors) and RECEIVE.search(text):
        lo, hi = 0, len(text)     # "… received from Poland are X, as well as Y": the clause of Y has no actor
        receives = True
    if receives:
        sources = [a for a in an.actors if lo <= a.start < hi and a.name.iso3 and not a.origin_only
                   and FROM_BEFORE.search(text[max(0, a.start - 10):a.start])]
        # "received 20 Leopard 1A5 tanks from Denmark and 12 PzH 2000 from Germany": each item's own source
        # is the first one after it, else the last one before it
        after = [a for a in sources if a.start >= item.end and not any(item.end <= i.start < a.start for i in items)]
        ordered = after[:1] + [a for a in reversed(sources) if a.end <= item.start][:1] + sources
        if ordered:
            a = ordered[0]
            # (but "the T-72s already received from Poland": a participle after an item has no subject)
            subject = [s for s in an.actors if s.start < a.start and s.name.iso3 and s.name.iso3 != a.name.iso3
                       and (r := RECEIVE.search(text, s.end, a.start))
                       and not any(s.end <= i.end <= r.start() and PARTICIPLE_GAP.fullmatch(text, i.end, r.start())
                                   for i in items)]
            new_recipient = subject[-1].name.iso3 if subject and subject[-1].name.iso3 != recipient else ""
            return following_givers(an, a), new_recipient, "source"
    if "gapped" in item.flags:
        # "Germany will deliver seven PzH 2000, and eight from the Netherlands": the number's own source
        source = next((a for a in an.actors if a.start >= item.end and a.name.iso3
                       and FROM_GIVER.fullmatch(text, item.end, a.start)), None)
        if source is not None:
            return following_givers(an, source), "", "source"
    anchor = cue.start if cue is not None and cue.start < item.start else item.start
    # "Spain promised 10 tanks, and Germany 3,000 rounds": the item has its own subject
    if cue is not None and cue.start < item.start:
        # ("formalized during a meeting between Poulsen and Ukrainian Defense Minister Umerov": a party
        # to the meeting, not a subject)
        own = [a for a in candidates(an, cue.end, item.start, recipient, items)
               if not BETWEEN_AND.search(text, max(0, a.start - 80), a.start) and OWN_SUBJECT_BEFORE.search(text[max(0, a.start - 12):a.start])
               or ("gapped" in item.flags and GAPPED_ACTOR_GAP.fullmatch(text, a.end, item.span[0]))
               # "…, with Germany supplying the other three": the subject of an absolute phrase
               or (WITH_SUBJECT_BEFORE.search(text, max(0, a.start - 10), a.start) and GIVING_ING_AFTER.match(text, a.end))]
        if own:
            return coordinated_givers(an, own[-1]), "", "own-subject"
        # "funding that will enable Romania to send a Patriot system": the one enabled sends it
        enabled = [a for a in candidates(an, cue.start, item.start, recipient, items) if a.name.iso3 != recipient
                   and ENABLED_BEFORE.search(text, max(0, a.start - 24), a.start) and ENABLED_SENDS.match(text, a.end)]
        if enabled:
            # … and the one whose funding enables it pays for it
            funders = [a for a in candidates(an, lo, enabled[-1].start, recipient, items) if a.name.iso3 != recipient
                       and FUNDING.search(text, a.end, enabled[-1].start)]
            senders = coordinated_givers(an, enabled[-1])
            return senders + [d for d in coordinated_givers(an, funders[-1]) if d not in senders] if funders else senders, \
                "", "enabled"
    # "They arrived along with Germany's 12 Leopard tanks", "Russia reacted with fury to Germany's decision
    # to approve the delivery of Leopard 2 tanks": the owner of the items, or of the decision or offer,
    # gives them, whoever speaks of it
    owner = [a for a in candidates(an, lo, item.start, recipient, items) if a.name.iso3 != recipient
             and owns_item(an, a) and not any(a.end < i.start < item.start for i in items)]
    if owner:
        return [owner[-1].name.iso3], "", "owner"
    pool = candidates(an, 0, anchor, recipient, items)
    if not pool and anchor < item.start:
        # "The ministers agreed that Greece delivers to Ukraine 40 BMP-1": the subject of a "that"
        # clause between the cue and the item
        pool = [a for a in candidates(an, anchor, item.start, recipient, items)
                if THAT_BEFORE.search(text, max(0, a.start - 10), a.start) and THAT_SUBJECT_VERB.match(text, a.end)]
    # "Russian forces launched 64 drones" is use; "the German army has handed over 10 Marders" is giving
    giving = [c for c in an.cues if c.cue.kind == "status" and c.cue.scope in ("strong", "future")
              and c.start < item.start]
    if any(a.start >= lo and a.name.iso3 != recipient and (forces := FORCES.match(text[a.end:a.end + 20]))
           and not any(a.end <= c.start for c in giving)
           # ("Two British military Sea Kings are on their way": the forces' word labels the item)
           and not any(i.start >= a.end + forces.end() and not text[a.end + forces.end():i.start].strip()
                       for i in items) for a in pool):
        return [], "", "combat"
    opened = lo
    if lo > 0 and text[lo] == ",":
        before = an.clause_of(lo - 1)
        if RELATIVE_START.match(text, before[0]):
            opened = before[0]      # "Estonia, which borders Russia, will send …": the aside is a clause of its own
    aside = relative_aside(text, opened, anchor)
    if aside is not None:
        # "Estonia, which borders Russia, will send …": the aside names neither giver nor co-giver
        pool = [a for a in pool if not aside[0] <= a.start < aside[1]]
        if not any(a.start >= aside[1] for a in pool):
            prior = [a for a in pool if a.end <= lo and a.name.iso3 and a.name.iso3 != recipient]
            if prior and RECEIVE_AFTER.match(text, prior[-1].end):
                # "Slovakia, which lies on NATO's eastern flank, is set to receive 12 F-16s": it receives
                return [], prior[-1].name.iso3, "receiver"
            if prior:
                return coordinated_givers(an, prior[-1]), "", "antecedent"
    # "The Czech initiative, supported by the Netherlands and Denmark, delivered …": the backers
    # named in a participle aside are not its subject
    asides = [m.span() for m in BACKED_ASIDE.finditer(text, lo, anchor)]
    if asides:
        pool = [a for a in pool if not any(x <= a.start < y for x, y in asides)]
    pool_clause = [a for a in pool if a.start >= lo]
    # "Britain signed a deal with Thales to supply …": the partner after "with" is not the subject
    subjects = [a for a in pool_clause if not WITH_BEFORE.search(text[max(0, a.start - 16):a.start])]
    if subjects and subjects[-1] is not pool_clause[-1] and pool_clause[-1].name.kind == "company":
        pool_clause = subjects
    chosen = pool_clause[-1:] or pool[-1:]
    group = GROUP_SOURCE.match(text, item.end)
    if group and not any(a.name.iso3 and a.name.iso3 != recipient and a.start > item.end for a in an.actors
                         if a.start < item.end + 60) \
            and not any(item.end < m.start < group.start("src") for m in (*an.systems, *an.actors)):
        # (not across another item or party: "20,000 shells for M777 howitzers previously supplied by Western
        # countries", "howitzers after Ukraine called for more weapons from the West")
        return [], "", "group"      # "received Leopard 1 tanks from several European countries"
    if cue is not None and cue.start < item.start and GROUP_SUBJECT.search(text, max(lo, chosen[0].end if chosen else 0), cue.start):
        return [], "", "group-subject"
    if chosen and cue is not None and cue.start < item.start and any(
            not a.name.iso3 and chosen[0].end <= a.start and STATELESS_SUBJECT.fullmatch(text, a.end, cue.start)
            for a in an.actors):
        return [], "", ""       # "Landsbergis wrote that the EU supplied …": the Union, which gives as its members
    if chosen and _reports_on_others(text, chosen[0], item.start):
        return [], "", ""       # "South Korea estimates that 1.6 million shells arrived in Russia"
    if chosen and chosen[0].name.iso3 == recipient:
        # "Ukraine signed a memorandum … with US company Swift Beat"
        partners = [a for a in an.actors if a.start > chosen[0].end and a.name.iso3 and a.name.iso3 != recipient
                    and WITH_BEFORE.search(text[max(0, a.start - 16):a.start])
                    # "along with American HIMARS": the item's origin, not a partner
                    and not labels_item(a, items)]
        if partners:
            return [partners[0].name.iso3], "", "partner"
        # "Ukraine bought 10 drones from Turkey": the seller
        sellers = [a for a in an.actors if a.start > chosen[0].end and lo <= a.start and a.name.iso3
                   and a.name.iso3 != recipient and not a.origin_only
                   and ((a.start < hi and FROM_BEFORE.search(text[max(0, a.start - 10):a.start]))
                        or FROM_GROUP_BEFORE.search(text, max(0, a.start - 40), a.start))]
        if sellers and BUYING.search(text, chosen[0].end, sellers[0].start):
            return [sellers[0].name.iso3], "", "seller"
        # "Zelenskyy welcomed a $683 million military aid package from Sweden": where it comes from
        if sellers and sellers[0].start >= item.end and not any(item.end <= i.start < sellers[0].start for i in items):
            return following_givers(an, sellers[0]), "", "source"
        # "Norway will hand Ukraine six launchers": the recipient as indirect object
        givers = [a for a in pool if a.name.iso3 != recipient]
        if givers:
            return coordinated_givers(an, givers[-1]), "", "subject"
        # "Ukraine has received 31 Abrams tanks, the Pentagon said"
        speaker = _speaker(an, item, recipient)
        return ([speaker], "", "speaker") if speaker else ([], "", "")
    if chosen:
        own = HIS_COUNTRY.search(text, chosen[0].end, item.start)
        if own is not None:
            # "Trudeau announced at a Canada-US-Mexico summit that his country would supply …": the
            # country of the person speaking, not the last country named
            officials = [a for a in an.actors if a.end <= own.start() and a.name.kind == "official"
                         and a.name.iso3 and a.name.iso3 != recipient]
            if officials and officials[-1].name.iso3 != chosen[0].name.iso3:
                return [officials[-1].name.iso3], "", "speaker-country"
        taker = chosen[0]
        if taker.name.kind == "demonym":
            # "Slovenia will obtain 40 German military transport vehicles": the receiver is the subject
            # before its receiving verb, the label names the giver
            takers = [a for a in an.actors if lo <= a.start and a.end <= taker.start and a.name.iso3
                      and a.name.iso3 != taker.name.iso3 and RECEIVE_AFTER.match(text, a.end)]
            if takers:
                return [taker.name.iso3], takers[-1].name.iso3 if takers[-1].name.iso3 != recipient else "", "label"
        seller = _seller(an, taker, clause, recipient)
        if seller is not None:
            return [seller], taker.name.iso3, "seller"
        if RECEIVE_AFTER.match(text, taker.end) and cue is not None and cue.start > taker.end \
                and cue.cue.value == "delivered" and cue.cue.scope == "strong" and not RECEIVE.match(text, cue.start) \
                and AND_VERB_BEFORE.search(text, max(0, cue.start - 8), cue.start):
            return coordinated_givers(an, taker), "", "subject"     # "Athens received 14 Marders … and delivered 20 BMPs"
        if RECEIVE_AFTER.match(text, taker.end):
            # "Poland received 24 K2 tanks", "Russia received jets from its own factories": the
            # subject is the receiver; with no source named, the giver is unknown, unless the item's
            # own label names it ("Slovakia will receive 15 German Leopard 2A4 tanks")
            label = next((a for a in an.actors if a.start > taker.end and a.end <= item.start and a.name.kind == "demonym"
                          and labels_item(a, [item]) and a.name.iso3 not in (taker.name.iso3, recipient)), None)
            if label is not None and taker.name.iso3 != recipient and not PURCHASE.search(text, lo, hi):
                return [label.name.iso3], taker.name.iso3, "label"
            return [], taker.name.iso3 if taker.name.iso3 != recipient else "", "receiver"
        if indirect_object(text, taker):
            givers = [a for a in pool if a.end <= taker.start and a.name.iso3 != taker.name.iso3]
            if givers:
                return coordinated_givers(an, givers[-1]), taker.name.iso3, "subject"
        return coordinated_givers(an, chosen[0]), "", "subject"
    # "… 25 tanks from Slovakia" (not a purchase: "buy … from the US"), before any speaker: "The
    # transfer of F-16 jets from Denmark and the Netherlands is under way, Blinken said"
    if not PURCHASE.search(text[lo:hi]):
        # (a dash after "from other partners" opens the list of them, past the clause's end)
        sources = [a for a in an.actors if a.name.iso3 and a.name.iso3 != recipient and not a.origin_only
                   and ((lo <= a.start < hi and FROM_BEFORE.search(text[max(0, a.start - 10):a.start]))
                        or (lo <= a.start and FROM_GROUP_BEFORE.search(text, max(0, a.start - 40), a.start)))]
        # "8 tanks from Canada, 8 from Norway": each item's own source, the first after it
        own = [a for a in sources if a.start >= item.end and not any(item.end <= i.start < a.start for i in items)]
        # (a source after another item that is no list partner of this one is that item's: "the first
        # of 30 Belgian aircraft is postponed due to delays in the delivery of F-35 aircraft from the United States")
        end = max(item.end, item.evidence_end)
        nxt = next((i for i in items if i.start >= end and not i.anchor_only), None)
        sources = [a for a in sources if a.end <= item.start or nxt is None or a.start < nxt.start
                   or SOURCE_LIST_GAP.search(text, end, nxt.start)]
        if own or sources:
            return following_givers(an, (own or sources)[0]), "", "source"
    # "Other countries that have pledged to supply Leopard 2s include Portugal, Finland and Spain"
    listed = [a for a in an.actors if a.start > item.end and a.name.iso3 and a.name.iso3 != recipient
              and (m := GIVERS_LISTED.search(text, max(0, a.start - 140), a.start)) and m.start() < item.start]
    if listed:
        return following_givers(an, listed[0]), "", "listed"
    # "More than 50 countries will provide 600 tanks, Biden said": many givers, none named
    if MANY_GIVERS.search(text, lo, item.start):
        return [], "", ""
    # the speaker after the fact: "… arrived in Ukraine last week, the German government said"
    # (a sentence that gives nothing — "these Harpoons reach 240 km" — has no giver to report)
    speaker = _speaker(an, item, recipient) \
        if item.quantity is not None or any(c.cue.kind == "status" for c in an.cues) else ""
    if speaker:
        return [speaker], "", "speaker"
    # relative clause: "Spain and Italy, which have each pledged 6 howitzers"
    if RELATIVE_START.match(text[lo:lo + 12]):
        prior = [a for a in an.actors if a.end <= lo and a.name.iso3 and a.name.iso3 != recipient]
        if prior:
            return coordinated_givers(an, prior[-1]), "", "antecedent"
    # "announced the arrival of four additional HIMARS, for which he thanked U.S. President Joe
    # Biden": with no giver before it, the one thanked after the item sent it
    thanked_after = [a for a in an.actors if a.start >= item.end and a.name.iso3 and a.name.iso3 != recipient
                     and a.name.kind != "company" and THANKED.search(text, max(0, a.start - 16), a.start)]
    if thanked_after:
        return following_givers(an, thanked_after[0]), "", "thanked"
    return [], "", ""


AUXILIARY = re.compile(r"\b(?:will|would|shall|should|can|could|is|are|was|were|has|have|had)\b", re.I)


def _verb_between(an: Analysis, item: Item, agent: ActorMention) -> bool:
    """Does another verb stand between an item and a later passive agent ("donated 13 MiG-29s …, and
    sold eight Zuzanas in a deal financed by Denmark": Denmark financed the Zuzanas only)?"""
    phrase = AGENT.search(an.text[max(0, agent.start - 60):agent.start])
    stop = agent.start - (len(an.text[max(0, agent.start - 60):agent.start]) - phrase.start()) if phrase else agent.start
    # a cue reaching into the agent's own verb ("was also provided by") is that verb
    # ("These 42 aircraft will supplement the 19 F-16s promised by Denmark": a verb and another item
    # before the agent, so the agent is that item's)
    return any(c.cue.kind == "status" and c.cue.scope in ("strong", "future") and item.end <= c.start and c.end <= stop
               for c in an.cues) \
        or any(item.end <= m.start and m.end <= stop and AUXILIARY.search(an.text, item.end, m.start)
               for m in an.systems)


RECEIVING_FORCES_BEFORE = re.compile(r"\b(?:to|for|into)\s+(?:the\s+)?$", re.I)
POSSESSIVE = re.compile(r"^['’]s(?=\s)")


def _recipient_forces_use(an: Analysis, item: Item, lo: int, recipient: str) -> bool:
    """"Ukrainian forces struck a depot with six US-provided ATACMS", "… recaptured 25 km² using
    Leopard tanks provided by Denmark": the receiver's forces using what they were given, with no
    giving or receiving verb before the item."""
    # (not "its contribution to Ukraine’s Armed Forces with 5,000 anti-tank weapons": the forces receive)
    # ("Ukraine’s military will use the Bushmasters": its forces named with a possessive too)
    forces = any(lo <= a.start < item.start and a.name.iso3 == recipient
                 and FORCES.match(POSSESSIVE.sub("", an.text[a.end:a.end + 22], count=1))
                 and not RECEIVING_FORCES_BEFORE.search(an.text, max(0, a.start - 12), a.start)
                 for a in an.actors)
    return forces and not any(c.cue.kind == "status" and c.start < item.start for c in an.cues)


# Oryx-style lists name the giver in brackets after the item: "31 M1A1 Abrams (United States,
# delivered)", "Leopard 2A6: 18 (Germany) [delivered]", "14 Leopard 2A6 (from Germany, …)"
BRACKET_GIVER_BEFORE = re.compile(r"(?:/[\w-]+|\s+(?=[\w-]*\d)[A-Z0-9][\w-]*)*"   # a variant: "F-16AM/BM", "Sea King HU5"
                                  r"\s*\(\s*(?:(?:from|by|donated\s+by|supplied\s+by|(?:co-?)?(?:financed|funded|paid\s+for|ordered)\s+(?:jointly\s+)?by)\s+)?(?:the\s+)?")
BRACKET_GIVER_AFTER = re.compile(r"\s*(?:[,;)]|(?:and|&)\s)")


def _bracketed_giver(an: Analysis, item: Item, recipient: str) -> list[str]:
    """Givers named first in the brackets right after an item (and its count)."""
    end = max(item.end, item.quantity.end if item.quantity is not None else 0)
    opening = BRACKET_GIVER_BEFORE.match(an.text, end)
    if opening is None or "(" not in opening.group():
        return []
    first = next((a for a in an.actors if a.start == opening.end()), None)
    if first is None or not first.name.iso3 or first.name.iso3 == recipient \
            or not BRACKET_GIVER_AFTER.match(an.text, first.end):
        return []
    return [g for g in following_givers(an, first) if g != recipient]


# verbs of judging what others did (an official "said"/"noted" that may be announcing its own aid)
REPORTS_THAT = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:estimat|assess|believ|claim|suspect|warn|conclud|found|"
                          r"find|show)\w*(?:\s+on\s+\w+(?:\s+\d{1,2})?)?\s+that\b", re.I)
OWN_PRONOUN = re.compile(r"\b(?:it|they|we|its|their|our|itself)\b", re.I)


def _reports_on_others(text: str, actor: ActorMention, item_start: int) -> bool:
    """Does ``actor`` only report what others did: a "that" clause after its verb of saying whose
    subject is not the actor itself ("South Korea estimates that 1.6 million shells arrived")?
    "Germany said that it would send 10 tanks" keeps Germany."""
    m = REPORTS_THAT.match(text, actor.end)
    return m is not None and m.end() <= item_start and not OWN_PRONOUN.search(text, m.end(), item_start)


def _giver_before(an: Analysis, maker: ActorMention, lo: int, recipient: str) -> bool:
    """Is a country other than the maker and the recipient named before the maker in the clause?"""
    return any(lo <= a.start < maker.start and a.name.iso3 and a.name.iso3 not in (recipient, maker.name.iso3)
               and a.name.kind != "company" for a in an.actors)


OBJECT_RELATIVE = re.compile(r"\s*,?\s*(?:that|which)\s+(?:the\s+)?", re.I)
ZERO_RELATIVE = re.compile(r" +(?:the +)?(?=[A-Z])")
MANY_GIVERS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|"
                         r"dozens?\s+of|some|other|allied|partner|western|nato|donor)\s+(?:other\s+|western\s+|allied\s+|"
                         r"partner\s+|european\s+|nato\s+)?(?:countries|nations|allies|partners|donors|states)\b", re.I)
# ("Thank you to our partners: Norway, Spain and the US")
THANKED = re.compile(r"\b(?:thank(?:s|ed|ing)?|grateful\s+to|gratitude\s+to)\s+(?:you,?\s+)?"
                     r"(?:to\s+(?:our|all\s+our|my)\s+(?:partners|allies|friends)\s*[:,]?\s*)?(?:the\s+)?$", re.I)
BACKED_ASIDE = re.compile(r",\s*(?:supported|backed|joined|assisted|funded|financed|co-financed|led|co-led|headed|"
                          r"chaired)\s+by\s+[^,;()]{1,80},", re.I)


def relative_aside(text: str, lo: int, before: int) -> tuple[int, int] | None:
    """The span of a relative clause set off by commas that starts at ``lo`` and closes before
    ``before`` (", which borders Russia,"), or None."""
    rel = RELATIVE_START.match(text, lo)
    if rel is None:
        return None
    close = text.find(",", rel.end(), before)
    return (lo, close) if close != -1 else None


def _seller(an: Analysis, buyer: ActorMention, clause: tuple[int, int], recipient: str) -> str | None:
    """"Poland signed a contract with South Korea's Hyundai Rotem for 180 K2 tanks", "Denmark
    ordered 8 SAMP/T systems from France": a purchase for the buyer itself (no receiver named) is
    a transfer from the seller to the buyer."""
    lo, hi = clause
    text = an.text
    if buyer.name.iso3 == recipient or buyer.name.kind == "company" or not BUYING.search(text, buyer.end, hi) \
            or SUPPLY_AFTER.search(text, buyer.end, hi):
        return None     # a maker's contract "to supply" Ukraine is a sale by the subject
    if any(lo <= a.start < hi and a.name.iso3 and a is not buyer
           and (FOR_OR_TO_BEFORE.search(text[max(0, a.start - 12):a.start]) or indirect_object(text, a))
           for a in an.actors):
        return None     # "… for Ukraine", "provide Ukraine with …": bought as aid, the buyer is the donor
    for a in an.actors:
        if buyer.end <= a.start < hi and a.name.iso3 and a.name.iso3 != recipient \
                and (WITH_BEFORE.search(text[max(0, a.start - 16):a.start])
                     or FROM_BEFORE.search(text[max(0, a.start - 10):a.start])):
            if a.name.iso3 == buyer.name.iso3 and a.name.kind != "company":
                continue
            # a maker of the buyer's own country: domestic procurement, seller = buyer, no record
            return a.name.iso3
    return None


def indirect_object(text: str, a: ActorMention) -> bool:
    """Is ``a`` the receiver right after a giving verb ("supplied Russia with", "gave Russia 200")?

    >>> from aidtracker.reference.gazetteer import ActorName
    >>> t = "Iran gave Russia 200 drones"
    >>> indirect_object(t, ActorMention(10, 16, "Russia", ActorName("Russia", "RUS", "name")))
    True
    """
    return GIVING_VERB_BEFORE.search(text[max(0, a.start - 16):a.start]) is not None \
        and INDIRECT_OBJECT_AFTER.match(text[a.end:a.end + 16]) is not None


HIS_COUNTRY = re.compile(r"\b(?:his|her)\s+(?:country|government|nation)\b", re.I)


def _speaker(an: Analysis, item: Item, recipient: str) -> str:
    """Who reports the fact, when no giver precedes it: "…, the German government said",
    "according to the Pentagon, …"."""
    text = an.text
    for a in an.actors:
        if not a.name.iso3 or a.name.iso3 == recipient or a.origin_only:
            continue
        # (", and Latvia said it would hand over …" opens a clause of its own: no tag on what went before)
        if a.start > item.end and (SPEECH_AFTER.match(text[a.end:a.end + 60])
                                   and not CLAUSE_AND_BEFORE.search(text, max(0, a.start - 10), a.start)
                                   or ACCORDING_BEFORE.search(text[max(0, a.start - 64):a.start])):
            return a.name.iso3
        if a.end <= item.start and ACCORDING_BEFORE.search(text[max(0, a.start - 64):a.start]):
            return a.name.iso3
    return ""


def after_by(before: str) -> bool:
    """Does ``before`` end in a passive verb and "by" (AGENT)? Every match ends in "by" or
    "by the", so most text is ruled out without running the pattern."""
    tail = before.rstrip().lower()
    return (tail.endswith("by") or tail.endswith("the")) and AGENT.search(before) is not None


def following_givers(an: Analysis, first: ActorMention) -> list[str]:
    """The actor and those joined to it by "and" or commas just after it: "from Denmark and the Netherlands".
    Commas join only a list that "and" closes: in "from Iran, US officials said" the US is no giver."""
    group = [first]
    for a in [x for x in an.actors if x.start >= first.end]:
        # "from Germany (18), Denmark (10)": each giver's own count stands between them
        gap = GIVER_ASIDE.sub("", an.text[group[-1].end:a.start], count=1)
        if a.name.iso3 == group[-1].name.iso3 and gap.strip() == "(" and an.text.startswith(")", a.end):
            continue    # "the United Kingdom (UK)": the same giver's abbreviation
        if AND_GAP.fullmatch(gap) and a.name.iso3:
            group.append(a)
        else:
            break
    while len(group) > 1 and BARE_COMMA.fullmatch(an.text[group[-2].end:group[-1].start]) is not None:
        group.pop()       # the list ends in a bare comma: what follows it is not part of it
    return list(dict.fromkeys(a.name.iso3 for a in group))


HEADLINE_LEAD = re.compile(r"\s*(?:[^.:]{0,40}:\s*)?(?:the\s+)?", re.I)


def coordinated_givers(an: Analysis, last: ActorMention) -> list[str]:
    """The actor and those joined to it by "and" or commas just before it: "Germany and Poland"."""
    group = [last]
    for a in reversed([x for x in an.actors if x.end <= last.start]):
        gap = GIVER_ASIDE.sub("", an.text[a.end:group[0].start], count=1)
        # ("… a maintenance hub in Poland, and Latvia said it would hand over …": a place ends the list)
        if AND_GAP.fullmatch(gap) and a.name.iso3 and not PLACE_BEFORE.search(an.text, max(0, a.start - 12), a.start):
            group.insert(0, a)
        else:
            break
    # "In Lithuania, Germany sent …": a bare comma joins only inside a list closed by "and" (or a
    # headline's list that opens the line: "Germany, Denmark, Norway to deliver 16 howitzers",
    # "Russia war: Netherlands, Denmark to send 61 F-16 fighter jets")
    if len(group) > 1 and BARE_COMMA.fullmatch(an.text[group[-2].end:group[-1].start]) \
            and not HEADLINE_LEAD.fullmatch(an.text, 0, group[0].start):
        group = [last]
    seen = []
    for a in group:
        if a.name.iso3 not in seen:
            seen.append(a.name.iso3)
    return seen


PARTNER_LEAD = re.compile(r"\s*(?:the\s+|its\s+|their\s+|other\s+|fellow\s+|allies\s+|partners\s+|countries\s+|"
                          r"NATO\s+allies,?\s+including\s+|[\w-]+\s+allies,?\s+(?:including|such\s+as)\s+)*", re.I)


def partner_at(text: str, pos: int) -> int:
    """Where the partner named after a joint cue at ``pos`` would start."""
    return PARTNER_LEAD.match(text, pos).end()


# (what joins two items of one list: a comma, "and", "or", "as well as")
SOURCE_LIST_GAP = re.compile(r",|\b(?:and|or|as\s+well\s+as|plus)\b|&")


def co_donors(item: Item, an: Analysis, items: list[Item]) -> list[str]:
    """Countries named after "together with", "in cooperation with" next to the item."""
    out = []
    lo, hi = an.clause_of(item.start)
    aside = relative_aside(an.text, lo, item.start)
    for c in an.cues:
        if c.cue.kind != "joint" or (aside and aside[0] <= c.start < aside[1]):
            continue    # "Lithuania, which leads the coalition together with Iceland, handed over …"
        if c.start < item.end:
            # "Greece, together with Cyprus, sent …": a joint subject, before every item of the clause
            if not (lo <= c.start < item.start) or any(lo <= i.start < c.start for i in items):
                continue
        else:
            later = [i for i in items if item.end <= i.start < c.start]
            if later:
                continue
        if not any(a.start == partner_at(an.text, c.end) for a in an.actors):
            continue    # "along with 14 Challenger 2 tanks pledged by the UK": items, not partners, follow
        # (", and Norway": a serial comma before the last partner is no stop)
        stop = re.search(r"[;)]|,\s*(?:and\s+)?(?!the\b|including\b|and\b)[a-z]+\s+(?!and)", an.text[c.end:])
        end = c.end + (stop.start() if stop else len(an.text) - c.end)
        if c.start < item.start and any(end <= a.start < item.start and a.name.iso3 and not labels_item(a, items)
                                        and not LOCATIVE.search(an.text, max(0, a.start - 24), a.start)
                                        and not GIVING_VERB_BEFORE.search(an.text, max(0, a.start - 16), a.start)
                                        for a in an.actors):
            continue    # "Germany, with help from the Dutch, backfilled … after Slovakia earmarked its S-300"
        for a in an.actors:
            if c.end <= a.start < end and a.name.iso3 and a.name.iso3 not in out \
                    and not labels_item(a, items) and not any(0 <= it.start - a.end <= 2 for it in items):
                # "Gepard guns along with American HIMARS", "in coordination with Kyiv's use of US F-16
                # fighters": an item's origin, no co-donor
                out.append(a.name.iso3)
    return out


# a generic vessel, aircraft or truck after "by", "via", "aboard": the means of transport
CARRIER_CATEGORIES = frozenset({"naval", "aircraft", "vehicles_logistics"})
# ("via 678 transport planes and 129 ships": a second carrier coordinated with the first)
# (a bare "by" only right before the carrier: "complemented by 100 armoured vehicles and 100 logistics
# vehicles" lists more of the gift)
# ("Only one of Canada's Leopard 2 tanks can fit in the massive C-17 Globemaster aircraft", "arrived off two
# U.S. Air Force C-17 aircraft": the carrier)
CARRIER_BEFORE = re.compile(r"\b(?:via|aboard|onto|on\s+board(?:\s+of)?|(?:transported|shipped|flown|carried|arrived|arriving|brought|"
                            r"fits?|fitted|loaded)\s+(?:\w+\s+){0,2}?"
                            r"(?:with|in|on|off))\s+(?:(?:a|an|the|two|three|several|its|their|\d[\d,]*)\s+)?"
                            r"(?:[\w.-]+\s+){0,4}(?:(?:and|or)\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,1})?$"
                            # (not "by purchasing ten fuel trucks": what the giver does)
                            r"|\bby\s+(?![a-z]+ing\b)(?:(?:a|an|the|its|their)\s+)?(?:[\w.-]+\s+){0,3}$", re.I)   # ("by U.S. Air Force aircraft")


# "A US aircraft has landed in Israel with the first shipment of ammunition", "244 cargo planes and 20 ships
# have delivered over 10,000 tons of military equipment": the carriers of a shipment
CARRIER_AFTER = re.compile(r"\w{0,3}(?:\s+and\s+[\d,]+\s+[\w-]+)?(?:\s+(?:tactical\s+|transport\s+|airlift\s+|cargo\s+)*(?:planes?|aircraft|airlifters?))?"
                           r"\s+(?:(?:has|have|had)\s+(?:also\s+)?)?"
                           r"(?:(?:landed|arrived|docked|touched\s+down)\b[^.;]{0,40}?\bwith\s+(?:the\s+|a\s+|its\s+)?"
                           r"(?:first\s+|latest\s+|new\s+|another\s+)?(?:shipment|cargo|delivery|consignment|load|batch)"
                           r"|(?:delivered|brought|carried|transported|flown)\s+(?:in\s+)?(?:over\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?"
                           r"[\d,.]+\s+(?:tons|tonnes|metric\s+tons)"
                           # "Two C-130 planes with the equipment have left a military airport", "two C-130J
                           # planes along with the crew to deliver this gear": they carry the aid
                           r"|(?:loaded\s+)?with\s+(?:the\s+)?(?:equipment|aid|cargo|weapons|supplies|shipment)\s+"
                           r"(?:(?:has|have|had)\s+)?(?:left|departed|took\s+off|taken\s+off|landed|arrived)"
                           r"|(?:,\s*)?(?:along\s+)?with\s+(?:the\s+|their\s+)?crews?\s+to\s+(?:deliver|transport|carry|fly))\b", re.I)


REPAIRED_TO_GIVE = re.compile(r"[^.;:]{0,40}?\b(?:in\s+order\s+)?(?:to|before\s+being|and\s+then)\s+(?:be\s+)?"
                              r"(?:send|sent|deliver(?:ed)?|transfer(?:red)?|hand(?:ed)?\s+over|donated?|give|given)\b", re.I)


# "A U.S.-made Patriot air defense system — also called a battery — consists of radar units, …": what
# any such system is made of
GENERIC_MAKEUP = re.compile(r"\s*An?\s+(?:[^.;:]|\.(?=\S)){0,80}?\b(?:consists?\s+of|comprises|is\s+made\s+up\s+of|is\s+composed\s+of)\s",
                            re.I)


AS_AID = re.compile(r"[^.;]{0,30}?\bas\s+(?:(?:military|defen[cs]e|security)\s+)?(?:aid|assistance|a\s+donation|a\s+gift)\b", re.I)


def excluded(item: Item, an: Analysis, clause: tuple[int, int], recipient: str = "") -> str:
    """The reason an item is not aid (casualties, inventory, needs …), or ''."""
    lo, hi = clause
    if (makeup := GENERIC_MAKEUP.match(an.text)) and any(m.start < makeup.end() for m in an.systems) \
            and (item.start >= makeup.end() or not an.text[:item.span[0]].strip()):
        return "description"
    # (a named transport aircraft too, when what follows says it carries the aid)
    if item.category in CARRIER_CATEGORIES \
            and ((item.generic and CARRIER_BEFORE.search(an.text, max(0, item.start - 60), item.start))
                 or CARRIER_AFTER.match(an.text, max(item.end, item.evidence_end))):
        return "carrier"    # "shipped by sea on a Russian cargo ship", "brought in via ship"
    if recipient and _for_own_forces(an, clause, recipient):
        return "own_use"
    if recipient and any(a.name.iso3 == recipient and (own := OWN_AFTER.match(an.text, a.end))
                         and own.end() <= item.start <= own.end() + 30
                         # (but a giver pays for "Ukraine's own production of long-range missiles")
                         and not MAKING.search(an.text, own.end(), item.start) for a in an.actors):
        return "own_use"    # "as well as Ukraine's own Neptune cruise missile"
    if recipient and any(a.name.iso3 == recipient and lo <= a.start and a.end <= item.start
                         and RECEIVER_NEEDS.match(an.text, a.end) for a in an.actors):
        return "need"       # "Ukraine needs a lot of ammunition, artillery, tanks and air defense"
    # "Months after refusing a request for helicopters, the government will gift 49 tanks": a
    # fronted adverbial phrase is background to the main clause
    fronted = FRONTED.match(an.text)
    fronted_end = fronted.end() if fronted and fronted.end() <= item.start else -1
    for c in an.cues:
        if c.cue.kind != "exclude" or c.end <= fronted_end:
            continue
        if c.cue.value == "policy" and an.text[c.start:c.end].lower().startswith("commitment") \
                and COMMITTED_GIFT.match(an.text, c.end):
            continue    # "made a commitment to deliver 40 Marders": a promise of things, not a policy line
        if c.cue.value == "inventory" and FROM_SOURCE.search(an.text[max(0, c.start - 40):c.start]):
            continue    # "from Bundeswehr stocks", "from its own reserves": where the aid comes from
        if c.cue.value == "manufacturing" and any(s.cue.kind == "status" and s.cue.value in ("financed", "delivered")
                                                  and s.cue.scope == "strong" for s in an.cues):
            continue    # "18 Bohdana howitzers paid for by Denmark were produced … and have all been delivered"
        if c.cue.value in ("request", "need") and (
                (REQUEST_AS_REASON.search(an.text, max(0, c.start - 50), c.start)
                 # (but what the request asks for stays asked: "responded to Ukraine's request for fuel")
                 and not REQUESTED_OBJECT.fullmatch(an.text, c.end, max(c.end, item.start)))
                or (c.start >= item.end and REQUEST_BEFORE_GIFT.search(an.text, item.end, c.start))
                # "Berlin approved the delivery of 18 RCH-155 howitzers …, Kyiv requested their delivery back
                # in mid-July": the receiver's earlier request, told after the decision on it
                or (c.start >= item.end and RECEIVER_ASKED_AFTER.search(an.text, item.end, c.start)
                    and any(a.name.iso3 == recipient and item.end <= a.start < c.start for a in an.actors)
                    and any(s.cue.kind == "status" and s.cue.scope == "strong" and lo <= s.start < item.start
                            for s in an.cues))
                or (an.text[c.start:c.end].lower() in ("needed", "requested") and (
                    NEEDED_AS_ADJECTIVE.search(an.text, max(0, c.start - 20), c.start)
                    or NEEDED_AFTER_NOUN.search(an.text, max(0, c.start - 30), c.end + 8)))):
            continue    # "at Kyiv's request, Latvia supplied …", "in response to Kyiv's calls", "with needed supplies"
        if c.cue.value == "hypothetical" and AFTER_TALKS.search(an.text, max(0, c.start - 24), c.start):
            continue    # "decided to transfer six launchers following negotiations with Kyiv": talks held
        if c.cue.value == "hypothetical" and WILL_BE_ABLE.search(an.text, max(0, c.start - 24), c.start) \
                and an.text[c.start:c.end].lower() == "able to":
            continue    # "France will soon be able to deliver 78 Caesar howitzers": a promise with a date
        if c.cue.value == "hypothetical" and an.text[c.start:c.end].lower() == "able to" \
                and c.start >= max(item.end, item.evidence_end) and not an.text[max(item.end, item.evidence_end):c.start].strip():
            continue    # "60 howitzer artillery pieces able to strike targets 40 kilometers away": what they can do
        if c.cue.value == "hypothetical" and an.text[c.start:c.end].lower() == "in the future" and any(
                s.cue.kind == "status" and s.cue.scope == "future" and lo <= s.start < c.start
                and not MAYBE.search(an.text, s.start, c.start) for s in an.cues) \
                and not any(h is not c and h.cue.value == "hypothetical" and lo <= h.start < hi for h in an.cues):
            continue    # "12 more CAESARs are expected from France in the future": a promise, not a maybe
        if c.cue.value == "loss" and CARE_BEFORE.search(an.text, max(0, c.start - 30), c.start):
            continue    # "ambulances equipped to evacuate the wounded": what the vehicle is for
        if c.cue.value == "use" and CAPABLE_BEFORE.search(an.text, max(0, c.start - 16), c.start):
            continue    # "small drones that can be launched by hand": what an item can do, not its use
        if c.cue.value == "hypothetical" and c.start >= max(item.end, item.evidence_end) \
                and re.fullmatch(r"\s*,?\s*(?:or\s+)?", an.text[max(item.end, item.evidence_end):c.start]) \
                and POSSIBLY_MORE.match(an.text, c.end):
            continue    # "at least 1 Patriot system, possibly 2": a firm count and a hope of more
        if c.cue.value == "hypothetical" and c.start >= max(item.end, item.evidence_end) \
                and LATER_CLAUSE_ON_IT.search(an.text, max(item.end, c.start - 24), c.start):
            continue    # "would give Ukraine 40 Marders, and they could be delivered in the first quarter": when, not whether
        if c.cue.value == "running_total" and SUPERLATIVE_SO_FAR.search(an.text, max(0, c.start - 60), c.start):
            continue    # "as part of its largest aid package to Ukraine so far": the package is the largest yet
        if c.start >= max(item.end, item.evidence_end) and COMMENT_APPOSITIVE.search(an.text, max(item.end, item.evidence_end), c.start):
            continue    # "The UK promised 14 of the vehicles, a move which helped persuade other nations …": a comment on the gift
        if c.cue.value == "comparison" and an.text[c.start:c.end].lower() == "instead of" \
                and "," in an.text[c.end:item.span[0]]:
            continue    # "Instead of 28 M-55S tanks, Slovenia will receive 35 trucks": the phrase has closed
        if c.cue.value == "use" and c.start >= max(item.end, item.evidence_end) and an.text[c.start:c.end].lower().startswith("train") \
                and JOINED_PREDICATE.search(an.text, max(item.end, item.evidence_end), c.start):
            continue    # "pledged seven howitzers to Kyiv and has started training Ukrainian troops on these guns"
        if c.cue.value == "use" and c.start >= max(item.end, item.evidence_end) \
                and KIND_RELATIVE.fullmatch(an.text, max(item.end, item.evidence_end), c.start):
            continue    # "75,000 rounds of 155mm ammunition that Ukraine's forces are using so effectively": the kind's use
        if c.cue.value == "use" and recipient and c.end <= item.start and an.text[c.start:c.end].lower().startswith("deploy") \
                and any(a.name.iso3 == recipient and a.start >= item.end and re.fullmatch(r"[^,;.]{0,30}?\bto\s+(?:the\s+)?",
                                                                                       an.text[max(item.end, item.evidence_end):a.start])
                        for a in an.actors):
            continue    # "Poland has also deployed several hundred infantry fighting vehicles to Ukraine": sent there
        if c.cue.value == "use" and LAUNCHED_SCHEME.search(an.text, max(0, c.start - 40), c.start):
            continue    # "The initiative launched last year by the Czech government provided …": a scheme begun
        if c.cue.value == "use" and c.end <= item.start and AS_AID.match(an.text, item.end, hi):
            continue    # "Ottawa is deploying 39 armoured combat support vehicles as military aid for Ukraine"
        if c.cue.value == "negation" and c.end <= item.start and REASON_CLAUSE.search(an.text, c.end, item.start):
            continue    # "These will not be the first T-72s Ukraine receives, as Macedonia transferred 31 T-72A tanks"
        if c.cue.value == "negation" and YET_AFTER.match(an.text, c.end):
            continue    # "has not yet delivered four IRIS-T": a commitment still standing, not a refusal
        if c.cue.value == "service" and REPAIRED_TO_GIVE.match(an.text, c.end):
            continue    # "four other tanks are being repaired to send them to Ukraine": readied for the gift
        if c.cue.value == "industry" and _ordered_for_recipient(an, c, clause):
            continue    # "The Pentagon awarded Raytheon a contract for NASAMS for Ukraine": a government's order
        if c.cue.value == "policy" and item.end <= c.start and any(
                lo <= s.start < item.start and s.cue.kind == "status" and s.cue.scope in ("strong", "future")
                for s in an.cues):
            continue    # "promised to provide a Patriot battery in January following Washington’s commitment to send …"
        if c.cue.value == "unit_structure" and UNITS_OF.fullmatch(c.cue.cue) and not COUNT_AFTER.match(an.text, c.end):
            continue    # "two platoons of NASAMS" are what is given; "three platoons of four tanks" a unit's make-up
        if c.cue.scope == "sentence" or (c.cue.scope == "clause" and lo <= c.start < hi):
            return c.cue.value
        if c.cue.scope == "after" and lo <= c.start < item.start and c.start < hi:
            return c.cue.value
        if c.cue.scope == "possession" and lo <= c.start < hi and (_possesses(an, c.end) or _owns(an, c, item, recipient)) \
                and not SHIPMENT_SUBJECT.search(an.text, max(0, c.start - 30), c.start):
            return c.cue.value      # (but "The first shipment had five Gepards" tells what was sent)
        if c.cue.scope == "ungiven" and lo <= c.start < hi and not THANKS_FOR_NEW.search(an.text, c.start, item.start) \
                and not any(
                lo <= s.start < hi and s.cue.kind == "status" and s.cue.scope in ("strong", "future") for s in an.cues):
            return c.cue.value      # "Zelensky thanked Norway for NASAMS, which shot down 10 missiles"
        if c.cue.scope in ("object", "threats") and c.end <= item.start <= c.end + (80 if c.cue.scope == "threats" else 40) \
                and lo <= c.start < hi \
                and (AGAINST_GAP if c.cue.scope == "threats" else OBJECT_GAP).fullmatch(an.text, c.end, item.start) \
                and (c.cue.value != "description" or _system_subject(an, c.start)
                     or (IT_OPENS.fullmatch(an.text, 0, c.start) and not any(
                         item.start <= m.start < item.end and m.system is not None and not m.system.generic
                         for m in an.systems))
                     or c.cue.cue not in COPULAS):    # "it can be classified as a wheeled tank"
            return c.cue.value      # "40 radars for detecting drones": the drones are the target
        if c.cue.scope == "undelivered" and lo <= c.start < hi and (not any(
                lo <= s.start < hi and s.cue.kind == "status" and s.cue.value == "delivered" and s.cue.scope == "strong"
                for s in an.cues) or any(o is not c and o.cue.value == c.cue.value and lo <= o.start < hi for o in an.cues)):
            # "has promised eight systems so far" vs "has so far delivered 4,500 M72s" (unless that
            # delivery is added to a total: "has so far shipped …, bringing the total to …")
            return c.cue.value
        # (a list after a colon belongs to the clause that introduced it: "The package includes a wide
        # array of weaponry: four IRIS-T systems equipped with 300 missiles, …")
        opened = 0 if COLON_AT.match(an.text, lo) or COLON_BEFORE.search(an.text, 0, lo) else lo
        if c.cue.scope == "noaid" and lo <= c.start < hi and not any(
                opened <= s.start < item.start and s.cue.kind == "status" and (s.cue.scope in ("strong", "future")
                                                                           # "The package includes four IRIS-T
                                                                           # systems equipped with 300 missiles"
                                                                           or (s.cue.scope == "weak" and s.end <= c.start))
                for s in an.cues) and not any(
                # "11 ambulances equipped with medical equipment were delivered": the item's own verb gives it
                item.end <= c.start and s.cue.kind == "status" and s.cue.scope == "strong" and c.end <= s.start < hi
                for s in an.cues):
            return c.cue.value
    return ""


# the receiver's wish list (not "Ukraine needs to …", an obligation, nor the end of a relative
# clause: "10 Marders, which Ukraine needs, and 5 tanks")
RECEIVER_NEEDS = re.compile(r"\s+(?:still\s+|urgently\s+|also\s+|really\s+|badly\s+|desperately\s+)?(?:needs|requires|lacks)\b"
                            r"(?!\s+to\b|\s*[,.;])", re.I)
OWN_AFTER = re.compile(r"['’]s\s+own\s+", re.I)
COLON_BEFORE = re.compile(r":\s*$")
COLON_AT = re.compile(r"\s*:")
MAKING = re.compile(r"\b(?:production|produc\w+|develop\w*|manufactur\w*|industr\w*|making)\b", re.I)
# ("More than a year after Kyiv first asked, and months after Australia rejected a request …, the
# government confirmed it will gift 49 tanks": a time span may open it, and a second one may follow)
_FRONTED_ONE = (r"(?:(?:[\w-]+\s+){0,2}|(?:(?:more|less)\s+than\s+)?(?:a|an|one|two|three|four|five|six|several|some|"
                r"a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+)"
                r"(?:after|before|despite|although|though|while|whereas|following)\b[^,;:.\n]{0,200},"
                # ("Following a meeting with the Ukrainian President, Volodymyr Zelenskyy, and talks with his
                # own counterpart, Rustem Umerov, Healey declared …": names in apposition, and a second object)
                r"(?:\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},)?"
                r"(?:\s*and\s+[^,;:.\n]{0,120},(?:\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},)?)?")
FRONTED = re.compile(r"[\W_]*" + _FRONTED_ONE + r"(?:\s*(?:and|but)\s+" + _FRONTED_ONE + r")?", re.I)
WILL_BE_ABLE = re.compile(r"\bwill\s+(?:(?:soon|now|shortly|then|also)\s+)?be\s+$", re.I)
AFTER_TALKS = re.compile(r"\b(?:following|after)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?$", re.I)
CARE_BEFORE = re.compile(r"\b(?:evacuat\w*|transport\w*|treat\w*|care\s+for|carry\w*|rescu\w*)\s+(?:of\s+)?(?:the\s+)?$",
                         re.I)
# (but "39 armoured vehicles slated for the Canadian military" were diverted to the receiver)
FOR_FORCES = re.compile(r"(?<!slated\s)(?<!destined\s)(?<!intended\s)(?<!earmarked\s)(?<!meant\s)(?<!originally\s)"
                        r"(?<!initially\s)\bfor\s+(?:the\s+)?$", re.I)
FORCES_NOUN = re.compile(r"\s+(?:military|army|armed\s+forces|air\s+force|navy|troops|defen[cs]e\s+forces)\b", re.I)


def _for_own_forces(an: Analysis, clause: tuple[int, int], recipient: str) -> bool:
    """"360 carriers ordered by the Canadian government for the Canadian military": bought for a
    country's own forces, not the receiver's."""
    lo, hi = clause
    if EQUIPS_OWN.search(an.text, lo, hi):
        return True     # "Poland is equipping its own troops with 18,000 helmets"
    return any(lo <= a.start < hi and a.name.iso3 and a.name.iso3 != recipient
               and FOR_FORCES.search(an.text, max(0, a.start - 10), a.start)
               and FORCES_NOUN.match(an.text, a.end) for a in an.actors)


EQUIPS_OWN = re.compile(r"\b(?:equip\w*|arm(?:s|ed|ing)?|re-?equip\w*|suppl(?:y|ies|ied|ying))\s+(?:its|their)\s+own"
                        r"(?:\s+[\w-]+)?\s+(?:military|army|armed\s+forces|forces|troops|soldiers|units)\b", re.I)


RECIPIENT_AFTER_AWARD = re.compile(r"\b(?:for|to|in\s+support\s+of)\s+(?:the\s+)?$", re.I)


def _ordered_for_recipient(an: Analysis, cue: CueMention, clause: tuple[int, int]) -> bool:
    """A contract a government awards to industry for aid: the awarding government is named
    before the cue or after "from", and the recipient after "for", "to" or "in support of".

    "The Pentagon awarded Raytheon a contract for NASAMS for Ukraine" is aid; "Rheinmetall won a
    contract for 100 Lynx" is an industry order.
    """
    lo, hi = clause
    buyer = any(a.name.iso3 and a.name.kind != "company" and lo <= a.start < hi
                and (a.start < cue.start or FROM_BEFORE.search(an.text, max(0, a.start - 10), a.start))
                for a in an.actors)
    for_recipient = any(cue.end <= a.start < hi and a.name.iso3 and a.name.kind != "company"
                        and RECIPIENT_AFTER_AWARD.search(an.text, max(0, a.start - 20), a.start) for a in an.actors)
    return buyer and for_recipient


REQUESTED_OBJECT = re.compile(r"\s+for\s+[^,;:.()]*")
# "would send seven howitzers after Ukraine called for more weapons": the request came first
RECEIVER_ASKED_AFTER = re.compile(r",\s*(?:and\s+|which\s+|as\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:had\s+)?$")
REQUEST_BEFORE_GIFT = re.compile(r"\b(?:after|since|because|following)\s+(?:[\w’'.-]+\s+){0,5}$", re.I)
# ("as requested by the Eastern European nation", "as per Kyiv's request", "as he asked Ukraine to
# please take this donation": the gift answers it)
REQUEST_AS_REASON = re.compile(r"\b(?:at|upon|on)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,2}$|(?<!\bwell\s)\bas\s+(?:per\s+(?:[\w’'.-]+\s+){0,2}|[\w’'.-]+\s+)?$|"
                               r"\bin\s+response\s+to\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}$|"
                               # "has responded swiftly to Ukraine's request … by purchasing ten fuel trucks"
                               r"\b(?:respond\w*|answer\w*)\s+(?:\w+ly\s+)?to\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}$", re.I)
# ("the additional requested PzH2000s": an adjective, the request already answered)
NEEDED_AS_ADJECTIVE = re.compile(r"\b(?:with|the|much|urgently|badly|sorely|vitally|critically|greatly|most|of|additional|"
                                 r"further|remaining)[\s-]+$",
                                 re.I)
# "equipment needed for winter": a participle describing the noun before it
NEEDED_AFTER_NOUN = re.compile(r"\b(?!(?:is|are|was|were|it|they|he|she|we|urgently|badly|also|still)\b)"
                               r"(?-i:[a-z]{3,})\s+needed\s+(?:for|in|at|during|on|by)\b", re.I)
CAPABLE_BEFORE = re.compile(r"\b(?:can|could|may|might|to)\s+be\s+$", re.I)
YET_AFTER = re.compile(r"\s+(?:\w+\s+)?yet\b", re.I)
SHIPMENT_SUBJECT = re.compile(r"\b(?:shipments?|batch(?:es)?|packages?|deliver(?:y|ies)|consignments?|tranches?|"
                              r"convoys?|transfers?)\s+$", re.I)
# "grateful to Norway for buying two NASAMS", "thank the US for the new package: …": thanks for a
# purchase or a new package announce it
THANKS_FOR_NEW = re.compile(r"\bfor\s+(?:buying|purchasing|financing|funding|the\s+(?:new|latest|next|fresh|additional)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:package|tranche|contribution|decision))\b", re.I)
OBJECT_GAP = re.compile(r"\s+(?:[\w.’'-]+\s+){0,3}")     # "for detecting (incoming Russian) drones", "is a 16.6-ton wheeled vehicle"
# what one defends against runs on through a list of plain words ("defence against Russian drones,
# missiles, and aircraft"; a number starts a new item): threats come in lists, gifts after "to
# combat UAVs, secure communication tools" do too
AGAINST_GAP = re.compile(r"\s+(?:[\w.-]+\s+){0,3}(?:[^\W\d][\w.-]*(?:,\s+(?:(?:and|or|as\s+well\s+as)\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)"
                         r"(?:(?![\w-]*ing\s)[^\W\d][\w.-]*\s+)?){0,3}")
POSSESSION_GAP = re.compile(r"\s*(?:(?:still|currently|also|only|now|already|reportedly|just|some|about|around|roughly)\s+)?")


def _possesses(an: Analysis, pos: int) -> bool:
    """"Greece has some 500 of these vehicles": a possession verb followed by a number (an inventory)."""
    return any(q.start >= pos and POSSESSION_GAP.fullmatch(an.text[pos:q.start]) for q in an.quantities)


UNITS_OF = re.compile(r"(?:platoons|companies|batteries)\s+of")
COUNT_AFTER = re.compile(rf"\s*(?:\d|{WORDS}\b)", re.I)
# ("The Panzerhaubitze is the Bundeswehr’s most modern artillery piece")
COPULAS = frozenset({"is a", "is an", "was a", "was an", "is the", "was the"})


def _system_subject(an: Analysis, pos: int) -> bool:
    """"The AMX-10RC is a 16-ton wheeled vehicle": a named system right before the copula is what
    the sentence describes (but "The gift is a Patriot battery" names a gift)."""
    if any(s.end <= pos and not an.text[s.end:pos].strip() for s in an.systems):
        return True
    # ("The MaxxPro, also named M1224 in the U.S. Army, is a 4x4 wheeled combat vehicle": the system
    # opening the sentence is the subject, nothing given between it and the copula)
    first = an.systems[0] if an.systems else None
    return first is not None and first.end <= pos and an.text[:first.start].strip().lower() in ("", "the") \
        and not any(c.cue.kind == "status" and first.end <= c.start < pos for c in an.cues)


# "It is a 16-ton wheeled vehicle": the pronoun opening the sentence stands for the system before, when
# what it is said to be is a kind of thing (not "It is a Patriot battery", a gift)
IT_OPENS = re.compile(r"\W*It\s*")


def _owns(an: Analysis, cue: CueMention, item: Item, recipient: str) -> bool:
    """"Hungary, Poland and Greece have S-300s": a country's possession verb with the item as its
    object, nothing counted (a subject that receives it, "Ukraine now has F-16s", tells of aid)."""
    if not OWNED_GAP.fullmatch(an.text, cue.end, item.start):
        return False
    owner = [a for a in an.actors if a.end <= cue.start and SUBJECT_GAP.fullmatch(an.text, a.end, cue.start)]
    # ("Germany has IRIS-T systems ready for Ukraine" is about aid)
    return bool(owner) and owner[-1].name.kind != "demonym" and owner[-1].name.iso3 != recipient \
        and not any(a.start > item.end and a.name.iso3 == recipient for a in an.actors)


OWNED_GAP = re.compile(r"\s+(?:(?:its|their|his|her|some|several|many|older|old|modern|own|also|already|still|only)\s+){0,3}")
SUBJECT_GAP = re.compile(r"\s+(?:(?:also|already|still|only|now|currently)\s+)?")


def in_parentheses(text: str, pos: int) -> bool:
    """Is ``pos`` inside an open parenthesis?"""
    return text.count("(", 0, pos) > text.count(")", 0, pos)
