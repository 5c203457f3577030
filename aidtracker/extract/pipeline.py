"""One document in, its records out: segments → mentions → items → attributed records."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from ..model import Document, Record, Segment
from ..reference import Reference
from ..text import segment
from .attribution import (ARRIVED, FROM_BEFORE, HOSTILITY_BEFORE, INFINITIVE_GIVER, MANY_GIVERS, POSSESSED_AID,
                          RECEIVE, RECEIVE_AFTER, THANKED, Context, after_by, candidates,
                          co_donors, coordinated_givers, donors_for, excluded, following_givers, indirect_object,
                          owns_item, status_for)
from .dates import find_dates, resolve
from .items import GAP_BEFORE_ACTOR, GAPPED_ACTOR_GAP, LIST_JOIN, Item, find_items, head_of
from .lexicon import Lexicon, build_lexicon
from .mentions import INTRO_PHRASE, ActorMention, Analysis, CueMention, survey
from .money import MoneyFinder
from .values import money_uses

# Reasons that also make money not aid (an inventory or a replacement programme does not).
MONEY_EXCLUSIONS = frozenset({"loss", "hypothetical", "negation", "need", "request", "target", "use"})
INHERITED_EXCLUSIONS = frozenset({"inventory", "possession", "loss", "target", "comparison", "hypothetical"})
REFERENCE_OPENS = re.compile(r"[\s\"“‘']*(?:the|these|those)\s+(?:(?:extra|additional|new|first|latest|remaining|promised|"
                             r"pledged|donated|same)\s+)?", re.I)
MADE_GAP = re.compile(r"(?:[-‐‑](?:made|built|produced|manufactured))?\s+", re.I)
# "This was stated in the statement of the Ministry of Defense of Slovakia.": a sentence that
# only says who told the one before (Ukrainian and Slovak outlets' usual phrasing)
STATED_OPENS = re.compile(r"\s*(?:This|That|It)\s+(?:was|is|has\s+been)\s+(?:\w+ly\s+)?(?:stated|reported|announced|"
                          r"said|confirmed|noted|declared|communicated|informed)\s+(?:by|in|on|at)\b")
PART_OF_GIFT_OPENS = re.compile(r"\s*(?:This|The|That)\s+(?:contribution|donation|delivery|gift|transfer|shipment)\b"
                                r"[^.;]{0,80}?\bis\s+(?:also\s+)?part\s+of\s+(?:the\s+)?")
# "The order, financed by Germany, also includes …", "The production of the new technology will be
# financed jointly by Denmark, Germany and Norway": a sentence that names who pays for the order
# (or the production) the one before placed with industry
FUNDED_OPENS = re.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:order|contract|deal|purchase|procurement|"
                          r"acquisition|production|manufacture)"
                          r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+(?:will|is|was|has)\b|\s*,))?"
                          r"(?:\s*,\s*(?:which\s+(?:is|was)\s+)?|\s+(?:is|was|will\s+be|has\s+been)\s+)"
                          r"(?:being\s+)?(?:fully\s+|jointly\s+|entirely\s+)?(?:co-?)?(?:financed|funded|paid\s+for)\s+"
                          r"(?:jointly\s+|entirely\s+|fully\s+)?by\s+", re.I)
# "awarded Rheinmetall a contract, financed by Germany, for 25 Leopard 1A5": the payer in the sentence
FUNDED_BY = re.compile(r"\b(?:co-?)?(?:financed|funded|paid\s+for)\s+(?:jointly\s+|entirely\s+|fully\s+)?by\s+(?:the\s+)?$",
                       re.I)
THANKS_REACH = 4      # sentences after an arrival within which the thanks for it are looked for
# "grateful to the United States and personally to Biden": everyone thanked is a giver
THANKS_FOR = re.compile(r"\b(?:thank\w*|grateful|gratitude)\b[^.;:!?\"“”]{0,80}\bto\s+(?:the\s+)?$", re.I)
APPROVAL_BEFORE = re.compile(r"\b(?:approv\w*|grant\w*|green-?lit|green-?light\w*|allow\w*|accept\w*|agreed\s+to|"
                             r"signed\s+off\s+on|cleared)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
REQUEST_TO_GIVE = re.compile(r"['’]s?\s+request\s+to\s+(?:re-?export|transfer|send|supply|deliver|give|hand\s+over|donate|pass\s+on)\b",
                             re.I)
# "granted blanket approval for Poland to send 10 Leopard 2 tanks": the one allowed to give
APPROVAL_FOR = re.compile(r"\b(?:approval|permission|green\s+light|go-ahead|authori[sz]ation|consent|license|licence)\s+"
                          r"for\s+(?:the\s+)?$", re.I)
RE_EXPORT_AFTER = re.compile(r"\s+to\s+re-?export\b", re.I)
# "Germany and its allies", "the US, together with its partners": co-givers left unnamed
UNNAMED_PARTNERS = re.compile(r"\s*,?\s*(?:and|together\s+with|along\s+with)\s+(?:its|their|other)\s+(?:[\w-]+\s+)?"
                              r"(?:allies|partners)\b", re.I)
RANGE_BEFORE = re.compile(r"\b(?:by|until|till|before|since|after|from|through|to|between)\s+"
                          r"(?:(?:the\s+)?(?:end|middle|start|beginning|first\s+half|second\s+half)\s+of\s+)?$"
                          # "since the full-scale invasion on February 24": when a period began
                          r"|\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}(?:on|in)\s+$", re.I)
# examples from a gift of many ("Allies have sent air-defense weapons, including the German IRIS-T")
GROUP_EXAMPLES = re.compile(r"\b(?:including|such\s+as|notably|among\s+them)\b", re.I)
# a country inside a compound label is no receiver: "to the United Kingdom-administered International
# Fund for Ukraine"
LABEL_COMPOUND = re.compile(r"-(?:administered|led|run|based|managed|hosted|made|built|funded)\b", re.I)
# a country the goods pass through is a place, not a party ("will arrive in Poland next Monday and
# from there will be sent directly to Kyiv")
TRANSIT_BEFORE = re.compile(r"\b(?:in|at|via|through)\s+(?:the\s+)?$", re.I)
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|against|to|for|into|across|over|on)\s+(?:the\s+)?$", re.I)
ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
RELATIVE = re.compile(r"[\s,;(]*(?:which|who|that)\b", re.I)
ANNOUNCE = re.compile(r"\b(?:announc\w*|unveil\w*)\b", re.I)
# "There will also be more F-16s in our skies": what there will be, given by no one in particular
EXISTENTIAL = re.compile(r"\bthere\s+(?:will|would|could|might|may)?\s*(?:also\s+|soon\s+|now\s+)?(?:be|is|are)\s+"
                         r"(?:[\w-]+\s+){0,3}$", re.I)
# "230 western tanks", "Western-supplied armour": many givers, none named, so not the one in view
COLLECTIVE_ORIGIN = re.compile(r"\b(?:western|allied|nato|foreign)(?:[-‐‑](?:made|supplied|provided|donated|built))?\s+"
                               r"(?:[\w-]+\s+)?$", re.I)
# "Under the Czech ammunition initiative, …", "through the Danish model": a country's programme
SCHEME_BEFORE = re.compile(r"\b(?:under|through|via|within|as\s+part\s+of|thanks\s+to)\s+(?:the\s+)?$", re.I)
SCHEME_AFTER = re.compile(r"(?:[-‐‑]led)?\s+(?:[\w-]+\s+)?(?:initiative|programme|program|scheme|model|mechanism)\b", re.I)
# "120-140 tanks in the first round of deliveries from Western allies": many givers, none named
GROUP_FROM = re.compile(r"\bfrom\s+(?:(?:our|its|their|the|several|many|various|other)\s+)?"
                        r"(?:(?:western|allied|nato|european|foreign|international)\s+)?(?:allies|partners|donors|countries|nations)\b",
                        re.I)
# "in response to Russia's aggressive actions": what the aid answers, not who receives it
IN_RESPONSE = re.compile(r"\b(?:in\s+response|responding|in\s+reply|reaction|retaliation)\s+to\s+(?:the\s+)?$", re.I)
# "… was shipped to the United States for refurbishment", "… had arrived in Morocco" (the giver before):
# where the things go is the giver itself
SENT_TO_BEFORE = re.compile(r"\b(?:(?:shipped|sent|returned|flown|transported|taken)\s+(?:back\s+)?to|arrived\s+in|arriving\s+in)\s+(?:the\s+)?$", re.I)
TO_BEFORE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:(?:government|people|armed\s+forces)\s+of\s+(?:the\s+)?)?$",
                       re.I)
# "the military support Germany has delivered": an actor before its own verb is a subject
SUBJECT_AFTER = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|shall|can|could|did|does)\b", re.I)
# (on one line: "… being provided\nBen Wallace making a statement" is a caption under a headline)
TO_ACTOR = re.compile(r"(?:\bto|\bfor|\bprovid\w*|\bsend\w*|\bsupply\w*|\bhelp\w*|\bsupport\w*)[^\S\n]+(?:the[^\S\n]+)?$", re.I)


def infer_date(text: str, path: str = "") -> date | None:
    """The publication date written near the top of a document, else in its file name.

    >>> infer_date("Posted August 09, 2024 | 9:15 PM\\nVilnius …")
    datetime.date(2024, 8, 9)
    >>> infer_date("no date here", "reports/d01-us-package-2022-06-01.txt")
    datetime.date(2022, 6, 1)
    """
    for d in find_dates(text[:600]):
        if d.year and d.month and (d.day or d.kind in ("iso", "dotted")):
            when, _ = resolve(d, None)
            if when:
                return when
    m = re.search(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)", path)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


CONTRACT_OPENS = re.compile(r"\W*(?:the|a|an|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal|order|purchase)\b", re.I)
IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b")
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom)\s+$", re.I)
RECEIVING_KINDS = frozenset({"name", "short", "capital", "ministry", "military", "government"})


def receives_from(an: Analysis, a) -> bool:
    """"Zimbabwe has received military equipment from China": a country (not a company, which
    receives orders) receiving from another named one."""
    return a.name.kind in RECEIVING_KINDS and RECEIVE_AFTER.match(an.text, a.end) is not None \
        and any(b.start > a.end and b.name.iso3 and b.name.iso3 != a.name.iso3
                and FROM_BEFORE.search(an.text, max(0, b.start - 10), b.start)
                # (but "The Netherlands will receive part of its expenditure back from the European Peace
                # Facility": a giver repaid for its gifts is no receiver of aid)
                and not REPAID.search(an.text, a.end, b.start) for b in an.actors)


REPAID = re.compile(r"\b(?:back|compensation|reimburse\w*|refund\w*|repa(?:y|id)\w*)\b", re.I)


GIVEN_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
RECEIVING_FORCES = re.compile(r"\s+(?:armed\s+forces|forces|army|military|troops|soldiers|servicemen|defenders)\b", re.I)


def default_recipient(analyses: list[Analysis], fallback: str = "", pooled: frozenset = frozenset()) -> str:
    """The country the document's aid goes to: the one most often named after "to", "for",
    "provide" or before "received" in sentences about aid, else ``fallback`` (``default_recipient``
    in settings.csv). A bloc in ``pooled`` takes its members' contributions, not aid."""
    targeted: Counter = Counter()
    for an in analyses:
        aid_sentence = any(c.cue.kind == "status" for c in an.cues) or PROVIDED.search(an.text) is not None
        for a in an.actors:
            if not a.name.iso3 or a.origin_only or a.name.kind == "company" or a.name.iso3 in pooled:
                continue
            # (a person named after "provided" is no receiving country, nor a possessive after "to":
            # "reacted to Germany's decision")
            # (a demonym counts when it names the forces given to: "to the Ukrainian forces"; "for the
            # Canadian military" may be the giver's own)
            if aid_sentence and (a.name.kind not in ("demonym", "official") or (
                    a.name.kind == "demonym" and RECEIVING_FORCES.match(an.text, a.end)
                    and GIVEN_TO.search(an.text, max(0, a.start - 8), a.start))) \
                    and ((TO_ACTOR.search(an.text[max(0, a.start - 20):a.start])
                          and not SUBJECT_AFTER.match(an.text, a.end))
                         or receives_from(an, a)) \
                    and not HOSTILITY_AFTER.match(an.text, a.end) \
                    and not HOSTILITY_BEFORE.search(an.text, max(0, a.start - 40), a.start) \
                    and not INFINITIVE_GIVER.match(an.text, a.end) \
                    and not owns_item(an, a) \
                    and not ACCORDING.search(an.text[max(0, a.start - 40):a.start]) \
                    and not THANKED.search(an.text, max(0, a.start - 48), a.start) \
                    and not THANKS_FOR.search(an.text, max(0, a.start - 100), a.start):
                targeted[a.name.iso3] += 1
    if targeted:
        ranked = targeted.most_common()
        # (a tie with the usual recipient goes to it: "delivered to the British Army" once and "donated
        # … to Ukraine" once is a story about aid to Ukraine)
        tied = [iso for iso, n in ranked if n == ranked[0][1]]
        return fallback if fallback in tied else ranked[0][0]
    return fallback


REQUESTED_TO_BUY = re.compile(r"\b(?:has|have)\s+(?:also\s+)?requested\s+(?:to\s+buy|to\s+purchase|a\s+possible\s+sale)\b|"
                              r"^\s*(?:It|They)\s+also\s+requested\b", re.I)
# a sentence about the delivery just reported ("It comprised …", "The shipment contains …"), not
# about a package or a new promise
DELIVERY_REFERENCE = re.compile(r"\s*(?:It|They|These|Those|This|That|(?:The\s+)?(?:delivery|deliveries|shipment|shipments|"
                                r"consignment|batch|transfer|cargo|convoy|tranche|donation))\b", re.I)
SALE_APPROVED = re.compile(r"\bapprov\w*\s+(?:a|an|two|three|the)?\s*possible\s+(?:Foreign\s+Military\s+)?sales?\b", re.I)
COMPANY_OFFERS = re.compile(r"(?:\s+(?:is|are|has|have|had|also|now|reportedly))*\s+offer(?:s|ed|ing)?\b", re.I)
# "The concern offers Ukraine another 60 IFVs": the maker named by what it is
MAKER_OFFERS = re.compile(r"\b(?:concern|company|manufacturer|maker|firm|group|producer)" + COMPANY_OFFERS.pattern, re.I)
SOLD = re.compile(r"\b(?:sales?|sell|sells|selling|sold)\b", re.I)
EACH = re.compile(r"\b(?:each|both|apiece)\b", re.I)
FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)
DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
# ("signed a contract with BMC for the procurement of 614 Kirpi": the maker named between)
PURCHASE_AFTER_CUE = re.compile(r"\s+(?:with\s+(?:[\w&.-]+\s+){1,3}?for\s+)?(?:(?:the|a)\s+)?(?:purchase|acquisition|procurement|buying)\b|"
                                r"(?:\s+(?:worth|valued\s+at)(?:\s+\S+){1,4}?)?"   # "signed a deal worth about $6.5 billion to purchase"
                                r"\s+to\s+(?:buy(?:ing)?|purchas(?:e|ing)|acquir(?:e|ing)|procur(?:e|ing))\b", re.I)
_BUYING = r"buy(?:s|ing)?|bought|purchas\w*|procur\w*|acquir\w*"
SUBJECT_BUYS = re.compile(r"(?:\s+(?:is|are|was|were|has|have|had|will|also|now|reportedly))*\s+(?:" + _BUYING + r")\b",
                          re.I)
OWN_PURCHASE = re.compile(r"\b(?:" + _BUYING + r"|acquisition|order(?:s|ed)?)\b", re.I)
PURCHASE_SUBJECT = re.compile(r"\b(?:the|this|that|its|their)\s+(?:purchase|acquisition|procurement)\s+(?:\w+\s+){0,2}$", re.I)
# "to replenish stocks sent to Ukraine", "to backfill the armored vehicles it had delivered to Ukraine"
REPLACED_GIFT = re.compile(r"\b(?:replenish\w*|replac\w*|backfill\w*|restock\w*|make\s+up\s+for)\b[^.;]{0,80}?"
                           r"\b(?:sent|delivered|donated|given|gifted|transferred|supplied|handed\s+over|ceded)\s+"
                           r"(?:\w+\s+)?to\s+(?:the\s+)?$", re.I)
EXPORT = re.compile(r"\bexport(?:s|ed|ing)?\s+(?:deals?|contracts?|orders?|licen[cs]es?|to|of)\b", re.I)
SALE = re.compile(r"\b(?:buy\w*|bought|purchas\w*|order(?:s|ed|ing)?|sales?|sold|sell\w*|export\w*|procur\w*|"
                  r"contract\w*|deal|lease[sd]?|leasing|acquir\w*|acquisition)\b", re.I)
# "$33 billion in grants to buy military equipment", "$2 billion in grants for Taiwan to buy weapons":
# a purchase paid by the giver's aid is no sale to a third country
FUNDED_BEFORE = re.compile(r"\b(?:aid|assistance|grants?|financing|funding|funds|donations?|money)"
                           r"(?:\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?\s+to\s+$")
MAKER_NOUN = re.compile(r"(?:['’]s)?\s+(?:defen[cs]e\s+)?(?:manufacturers?|producers?|production|industry|companies|firms|"
                        r"factories|plants|makers?|enterprises)\b", re.I)
# "in response to the Russian invasion", "to counter Russia's aggression": the aggressor, not a receiver
HOSTILITY_AFTER = re.compile(r"(?:['’]s)?\s+(?:full[-\s]scale\s+|ongoing\s+|illegal\s+|brutal\s+|unprovoked\s+)*"
                             r"(?:invasion|aggression|war|attacks?|offensive|threat|occupation|strikes?|bombardment)\b", re.I)
AID_FROM_BEFORE = re.compile(r"\b(?:package|aid|assistance|support|weapons|equipment|shipment|delivery|batch)"
                             r"(?:\s+[\w-]+){0,3}?\s+from\s+(?:the\s+)?$", re.I)
# "domestic Ukrainian drone production", "the production of drones in Ukraine"
RECIPIENT_PRODUCTION_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:production|manufacturing)\b", re.I)
PRODUCTION_IN_BEFORE = re.compile(r"\b(?:production|manufactur\w*|produc(?:e|ed|ing))\b[^.;]{0,60}\s(?:in|by)\s+(?:the\s+)?$",
                                  re.I)
PROVIDED = re.compile(r"\bprovid(?:e|es|ed|ing)\b", re.I)   # a giving verb that is no status cue of its own
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", re.I)
EX_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
PASSIVE_IN = re.compile(r"\b(?:is|are|was|were|be|been|being)\b", re.I)


PREPOSITION_BEFORE = re.compile(r"\b(?:against|with|from|on|by|of|in|to|into|at|towards?|over|versus|vs\.?)\s+(?:the\s+)?$", re.I)
ITEM_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s+")


def demonym_on(an: Analysis, start: int, excluded) -> ActorMention | None:
    """The demonym labelling what starts at ``start`` ("Swedish CV90s", "US-made HIMARS"), unless
    its country is in ``excluded``. (A share counted before its demonym starts where the demonym
    ends: "18 German and three Portuguese tanks".)"""
    return next((a for a in an.actors if _country_label(a, excluded)
                 and a.end <= start and (a.end == start or MADE_GAP.fullmatch(an.text, a.end, start))), None)


def _origin_inside(an: Analysis, item: Item, excluded) -> ActorMention | None:
    """The country labelling what an item counts, inside its phrase ("rounds of UK artillery ammunition")."""
    return next((a for a in an.actors if item.start < a.start and a.end < item.end and _country_label(a, excluded)),
                None)


def _country_label(a: ActorMention, excluded) -> bool:
    """Can ``a`` label an item as its country's? A demonym, or an abbreviation used as one ("US
    Abrams battle tanks", "UK-made Storm Shadow"), of a country not in ``excluded``."""
    return (a.name.kind == "demonym" or ABBREVIATION.fullmatch(a.surface) is not None) \
        and bool(a.name.iso3) and a.name.iso3 not in excluded


ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,3}")


def _origin_label(an: Analysis, item: Item, items: list[Item], recipient: str) -> str:
    """The country of a demonym right before the item, or before the items coordinated with it
    ("American MLRS and HIMARS"), or ''."""
    start = item.start
    while True:
        label = demonym_on(an, start, (recipient,))
        if label is not None:
            return label.name.iso3
        prev = [i for i in items if i.end <= start and ITEM_JOIN.fullmatch(an.text, i.end, start)]
        if not prev:
            return ""
        start = prev[-1].start


_SAID = r"(?:also\s+)?(?:said|says|added|adds|noted|confirmed|announced|stated|explained|stressed|wrote|told\s+\w+)"
SPEAKER_OPENS = re.compile(r"\s*[“\"]?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+" + _SAID + r"\b")
SPEAKER_CLOSES = re.compile(r",[”\"]?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+" + _SAID + r"\s*[.!]?\s*$")
LINE_ENDS = re.compile(r"[^\S\n]*(?:\n|$)")     # nothing else on the line after a segment
CLAUSE_OPENS = re.compile(r"[\s,;]*(?:and|but|while|whereas)?\s*(?:the\s+)?", re.I)
# a connective before the sentence's subject ("In particular, Ukraine will receive …")
CONNECTIVE = re.compile(r"\s*(?:in\s+particular|in\s+addition|meanwhile|moreover|additionally|furthermore|specifically|"
                        r"at\s+the\s+same\s+time|in\s+turn|as\s+a\s+result|therefore|thus|in\s+total|overall|in\s+all|"
                        # ("Under this aid, Ukraine received …", "Throughout 2023, Ukraine received …")
                        r"(?:under|as\s+part\s+of|with(?:in)?)\s+(?:this|that|the|these|those)\s+(?:new\s+)?"
                        r"(?:aid|assistance|package|packages|agreement|deal|programme|program|initiative|support|tranche)|"
                        r"(?:in|during|throughout|over|since)\s+(?:(?:early|late|mid-?|the\s+whole\s+of|all\s+of)\s*)?"
                        r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|(?:last|this|over\s+the\s+past|in\s+the\s+past)\s+year)\s*,\s*", re.I)


PRONOUN_OPENS = re.compile(r"\W*(?:they|these|those|it)\b", re.I)
SEEN_REASONS = frozenset({"observation", "loss"})
ELABORATION_OPENS = re.compile(r"\W*(?:in\s+particular|specifically|namely|in\s+detail)\s*,", re.I)


def opens_sentence(text: str, pos: int) -> bool:
    """Does the word at ``pos`` open the sentence (after quotes, a connective and perhaps "The")?"""
    head = text[:pos].strip(" “\"'‘")
    if head and (c := CONNECTIVE.match(head)):
        head = head[c.end():]
    return not head.lower().removeprefix("the").strip()


def passive(text: str, cue) -> bool:
    """Is the cue's verb passive ("will be donated", "were handed over", "should also be transferred")?"""
    return PASSIVE_BEFORE.search(text, max(0, cue.start - 24), cue.start) is not None \
        or PASSIVE_IN.search(text, cue.start, cue.end) is not None


SEVERAL_GIVERS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both|several)\s+"
                            r"(?:countries|nations|governments)\b", re.I)
PAID_BY_FOR = re.compile(r"\s+for\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?", re.I)
AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
ARRIVAL = re.compile(r"arriv|receiv|reach|delivery", re.I)


def _names_another_country(an: Analysis, recipient: str, giver: tuple[str, ...] = ()) -> bool:
    """Does the sentence name a country other than the receiver (and the giver in view, naming its own
    forces: "withdrawn from the Croatian Armed Forces"), where it is not just a place on the way?"""
    return any(a.name.iso3 and a.name.iso3 != recipient and a.name.iso3 not in giver
               and not TRANSIT_BEFORE.search(an.text, max(0, a.start - 12), a.start) for a in an.actors)


# "According to him, the kingdom will supply drones": the speaker named before opens the sentence
# "According to him, …", "The MoD said it had already provided …": a report of the one in view
# ("Later on, the country revealed it had transferred …", "So far, the country has already given …": an
# adverb of time or addition before the carrying words)
# ("NRK said that in February, the government decided to donate …": a source's report, then a month)
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
ATTRIBUTED = re.compile(r"(?:\s*(?:(?-i:[A-Z][\w.&’'-]*)(?:\s+(?-i:[A-Z][\w.&’'-]*)){0,2}\s+(?:also\s+)?"
                        r"(?:said|reported|wrote|added|noted|confirmed)\s+(?:that\s+)?|"
                        rf"(?:in|during|since|by|on)\s+(?:(?:early|late|mid-?)\s*)?{MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?\s*,\s*|"
                        r"(?:according\s+to\s+(?:him|her|them|the\s+\w+(?:\s+\w+)?)|in\s+(?:his|her)\s+words|"
                        r"later(?:\s+on)?|then|since\s+then|at\s+(?:that|the)\s+time|back\s+then|subsequently|afterwards|meanwhile|previously|earlier|"
                        r"(?:following|after)\s+(?:this|that)|so\s+far|thus\s+far|to\s+date|until\s+now|up\s+to\s+now|"
                        r"in\s+total|in\s+all|overall|in\s+addition|additionally|moreover|furthermore|however)\s*,\s*|"
                        r"(?:the\s+)?(?:MoD|ministry|department|government|minister|spokes(?:man|woman|person)|officials?|"
                        r"he|she|they)\s+(?:also\s+)?(?:said|says|stated|added|noted|confirmed)\s+(?:that\s+)?))+", re.I)


# ("$2.98 billion in assistance will allow Ukraine to acquire air defense systems")
MONEY_FUNDS = re.compile(r"(?:\s+in\s+(?:\w+\s+)?(?:assistance|aid|funding|support))?"
                         r"\s+(?:will|would|is|are|was|were|has|have)\s+(?:also\s+)?(?:be\s+|been\s+|being\s+)?"
                         r"(?:fund|pay|buy|financ|cover|spent|used|allocated|earmarked|provid|go|went|allow|enabl)\w*\b", re.I)
# what may come before an amount that opens a sentence: "The approximately $2.98 billion …"
MONEY_OPENER = re.compile(r"[\s“\"'‘]*(?:the\s+)?(?:approximately|about|nearly|roughly|around|some)?\s*", re.I)


# "The British Storm Shadow missiles recently supplied to Ukraine": a participle right after the item
REDUCED_RELATIVE = re.compile(r"\s+(?:(?:recently|already|previously|earlier|newly|just)\s+)?", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _respective_giver(item: Item, items: list[Item], an: Analysis, donors: list[str]) -> str:
    """"the M777 howitzers, FH70 howitzers, and CAESAR SPHs that were supplied by the U.S., the UK,
    and France, respectively": the givers listed after the items, one per item in order; '' when
    the lists do not pair up."""
    end = RESPECTIVELY.search(an.text, item.end)
    if end is None:
        return ""
    givers = [a for a in an.actors if item.end <= a.start < end.start() and a.name.iso3 in donors]
    if not givers:
        return ""
    order = list(dict.fromkeys(a.name.iso3 for a in givers))
    start = an.clause_of(item.start)[0]
    listed = [i for i in items if start <= i.start and i.end <= givers[0].start]
    if len(listed) != len(order) or item not in listed:
        return ""
    return order[listed.index(item)]


def where_old_gifts_went(text: str, actor) -> bool:
    """Is ``actor`` named only as where earlier gifts went ("to replenish stocks sent to Ukraine")?"""
    return REPLACED_GIFT.search(text, max(0, actor.start - 140), actor.start) is not None


class DocumentExtractor:
    """Extract records from documents with one Reference (patterns compiled once)."""

    def __init__(self, ref: Reference):
        self.ref = ref
        self.lex: Lexicon = build_lexicon(ref)
        self.money = MoneyFinder(ref.currencies)
        self.default = ref.settings.get("default_recipient", "")
        self.old_purchase_years = int(ref.settings.get("old_purchase_years") or 8)
        self.needs_named = {c.strip() for c in ref.settings.get("needs_named_recipient", "").split(";") if c.strip()}
        self.pooled = frozenset(c.strip() for c in ref.settings.get("pooled_donors", "").split(";") if c.strip())
        self.never_arms = {tuple(c.strip() for c in p.split(">")) for p in ref.settings.get("never_arms", "").split(";")
                           if p.strip()}

    def extract(self, doc: Document, trace: list | None = None) -> list[Record]:
        """Records of one document, resolved for repeats within it.

        >>> from aidtracker.reference import load_reference
        >>> ex = DocumentExtractor(load_reference())
        >>> d = Document("d", "d.txt", "Norway will hand Ukraine six NASAMS launchers.", date=date(2023, 12, 14))
        >>> [(r.donor, r.system, r.quantity, r.status) for r in ex.extract(d)]
        [('Norway', 'NASAMS launcher', 6.0, 'pledged')]
        """
        from ..resolve import drop_restated_headlines, resolve_document
        segments = segment(doc.text)
        analyses = [self._in_office(survey(s.text, self.lex, self.money), doc.date) for s in segments]
        ctx = Context(recipient=default_recipient(analyses, self.default, self.pooled))
        ctx.announcers = self._announcers(analyses, ctx.recipient)
        history: list[Item] = []
        records: list[Record] = []
        self.trace = trace
        self._previous_items: list[tuple[Item, list[int]]] = []
        ctx.thanked = [self._thanked(an, ctx.recipient) for an in analyses]
        ctx.stated_by = [self._stated_by(an, ctx.recipient) for an in analyses]
        ctx.funded_by = [self._opening_funder(an, ctx.recipient) for an in analyses]
        for i, (seg, an) in enumerate(zip(segments, analyses)):
            ctx.index = i
            self._segment(doc, seg, an, ctx, history, records)
        from ..valuation import enrich
        return drop_restated_headlines(enrich(resolve_document(records), self.ref))

    @staticmethod
    def _thanked(an: Analysis, recipient: str) -> list[str]:
        """Who a sentence thanks ("He thanked the USA, Germany and the Netherlands for their help")."""
        first = next((a for a in an.actors if a.name.iso3 and a.name.iso3 != recipient and a.name.kind != "company"
                      and THANKED.search(an.text, max(0, a.start - 48), a.start)), None)
        return [] if first is None else [d for d in following_givers(an, first) if d != recipient]

    @staticmethod
    def _stated_by(an: Analysis, recipient: str) -> str:
        """The country a sentence that only attributes the one before names ("This was stated in the
        statement of the Ministry of Defense of Slovakia"), or ''."""
        part = PART_OF_GIFT_OPENS.match(an.text)
        if part is not None:
            # "This contribution, sourced from Teledyne, is part of Canada's broader commitment …": whose
            # commitment the gift before belongs to
            return next((a.name.iso3 for a in an.actors if a.start == part.end() and a.name.iso3
                         and a.name.iso3 != recipient and a.name.kind != "company"), "")
        if not STATED_OPENS.match(an.text):
            return ""
        return next((a.name.iso3 for a in an.actors if a.name.iso3 and a.name.iso3 != recipient
                     and a.name.kind != "company" and not a.origin_only), "")

    @staticmethod
    def _arrives(an: Analysis, cue: CueMention | None, strength: str) -> bool:
        """Does ``cue`` tell of an arrival or receipt ("have arrived", "has been received")?"""
        return cue is not None and cue.cue.kind == "status" and cue.cue.value == "delivered" and strength == "strong" \
            and ARRIVAL.search(an.text, cue.start, cue.end) is not None

    @staticmethod
    def _opening_funder(an: Analysis, recipient: str) -> list[str]:
        """The countries paying for the order or production a sentence opens with ("The order,
        financed by Germany, also includes training", "The production … will be financed jointly by
        Denmark, Germany and Norway"), or []."""
        m = FUNDED_OPENS.match(an.text)
        if not m:
            return []
        first = next((a for a in an.actors if a.start >= m.end() and a.name.iso3 and a.name.iso3 != recipient
                      and a.name.kind != "company" and not a.origin_only), None)
        return [] if first is None else [d for d in following_givers(an, first) if d != recipient]

    @staticmethod
    def _order_funder(an: Analysis, clause: tuple[int, int], ctx: Context) -> list[str]:
        """Who pays for an order placed with industry: the countries after "financed by" in the
        sentence, else those the next sentence names as paying for the order; [] if nobody."""
        inside = next((a for a in an.actors if a.name.iso3 and a.name.iso3 != ctx.recipient
                       and a.name.kind != "company" and FUNDED_BY.search(an.text, max(0, a.start - 40), a.start)), None)
        if inside is not None:
            return [d for d in following_givers(an, inside) if d != ctx.recipient]
        return ctx.funded_by[ctx.index + 1] if ctx.index + 1 < len(ctx.funded_by) else []

    @staticmethod
    def _thanked_near(ctx: Context) -> list[str]:
        """The givers thanked nearest an arrival that names none: first those thanked after it
        (the usual order of a news report), else just before it."""
        after = ctx.thanked[ctx.index:ctx.index + THANKS_REACH + 1]
        before = ctx.thanked[max(0, ctx.index - 2):ctx.index]
        return next((t for t in after if t), None) or next((t for t in reversed(before) if t), [])

    def _announcers(self, analyses: list[Analysis], recipient: str) -> set[str]:
        out = set()
        for an in analyses:
            for c in an.cues:
                if c.cue.kind == "status" and ANNOUNCE.fullmatch(an.text[c.start:c.end].split()[0]):
                    pool = candidates(an, 0, c.start, recipient, [])
                    if pool:
                        out.add(pool[-1].name.iso3)
        return out

    @staticmethod
    def _own_subject(an: Analysis, item: Item, recipient: str) -> bool:
        """"The European Union also financed …", "Poland also received …": a sentence about someone
        else does not continue the previous donor's ("Ukraine also received 16 trucks" after "Berlin
        handed over 10 tanks" does: the receiver's own account of the same giver)."""
        lo, _ = an.clause_of(item.start)
        return any(lo <= a.start < item.start and not a.origin_only and a.name.kind != "demonym"
                   and (not a.name.iso3 or (a.name.iso3 != recipient and RECEIVE.search(an.text, a.end, item.start)))
                   and not PLACE_BEFORE.search(an.text[max(0, a.start - 12):a.start]) for a in an.actors)

    def _origin_opens(self, an: Analysis, item: Item, ctx: Context) -> str:
        """The country of a demonym on an item that opens the sentence ("Twelve German Leopard tanks …"), or ''."""
        label = demonym_on(an, item.start, (ctx.recipient, *self.needs_named))
        if label is None:
            return ""
        first = min(label.start, item.quantity.start) if item.quantity is not None else label.start
        # ("Albania handed over American armored vehicles. In particular, 22 American MaxxPros were sent":
        # an elaboration goes on about the gift in view)
        if ELABORATION_OPENS.match(an.text):
            return ""
        return label.name.iso3 if opens_sentence(an.text, first) else ""

    def _aggressor_before(self, an: Analysis, item: Item) -> bool:
        """"The package comes as Russia steps up attacks with missiles and drones": a clause about a
        country that never gives to the receiver speaks of its own weapons, not the giver's."""
        lo, _ = an.clause_of(item.start)
        # "helping Ukraine strike Russian warships": what that country's demonym labels is its own
        # (but "Russian-made Mi-17s" says only where they were built)
        if any(a.name.kind == "demonym" and a.name.iso3 in self.needs_named
               and ((0 < item.start - a.end <= 2 and an.text[a.end:item.start].isspace())
                    or item.start < a.start < a.end < item.end) for a in an.actors):
            return True
        # (not one named after a preposition: "supplies for Ukraine's war against Russia, including vehicles")
        # (nor the subject of a relative clause already closed: "systems to counter drones that Russia
        # has been using against our troops, 22 radars, …")
        return any(lo <= a.start < item.start and a.name.iso3 in self.needs_named and a.name.kind != "demonym"
                   and not PREPOSITION_BEFORE.search(an.text, max(0, a.start - 16), a.start)
                   and not (RELATIVE_BEFORE.search(an.text, max(0, a.start - 8), a.start)
                            and "," in an.text[a.end:item.start])
                   for a in an.actors)

    @staticmethod
    def _row(seg: Segment, item: Item) -> bool:
        """A table row or an unbulleted list line ("| Leopard 2A4 tank | 8 |", "F-16 jets: 24")
        reads as a heading, but a counted item in it continues the list's donor."""
        return seg.kind == "heading" and (item.quantity is not None or "|" in seg.text or "\t" in seg.text)

    @staticmethod
    def _receiver_opens(an: Analysis, recipient: str, clause: tuple[int, int] = (0, 0)) -> bool:
        """"Berlin handed over 22 tanks … Ukraine received 30 Vector drones …": a sentence (or the
        item's clause: "…, and Ukraine received the remaining 10") opened by the receiver and its
        receiving verb, naming no source, is its account of the same giver."""
        first = an.actors[0] if an.actors else None
        if first is not None and first.name.iso3 == recipient and opens_sentence(an.text, first.start) \
                and RECEIVE_AFTER.match(an.text, first.end) is not None:
            return True
        lo, hi = clause
        opener = next((a for a in an.actors if lo <= a.start < hi), None)
        return lo > 0 and opener is not None and opener.name.iso3 == recipient \
            and CLAUSE_OPENS.fullmatch(an.text, lo, opener.start) is not None \
            and RECEIVE_AFTER.match(an.text, opener.end) is not None

    @staticmethod
    def _agentless_passive(an: Analysis, cue, recipient: str, giver: tuple[str, ...] = ()) -> bool:
        """"According to the broadcaster, 10 MiG-29s will be donated": a passive gift naming no one
        but the receiver is the giver's already in view."""
        # (an arrival is agentless too: "The first 45,000 shells arrived in Ukraine in June")
        return cue is not None and cue.cue.kind == "status" and cue.cue.scope in ("strong", "future") \
            and (passive(an.text, cue) or ARRIVED.search(an.text, cue.start, cue.end) is not None) \
            and not _names_another_country(an, recipient, giver)

    def _refers_back(self, an: Analysis, item: Item) -> bool:
        """"Australia will give 34 vehicles. The extra vehicles – 20 Bushmasters and 14 M113s – …":
        a sentence opened by the kind of thing the previous one gave continues its giver for what
        it counts (what it only describes them by is no gift: "The carriers are security vehicles")."""
        m = REFERENCE_OPENS.match(an.text)
        if m is None or not self._previous_items or item.quantity is None:
            return False
        first = next((s for s in an.systems if s.start == m.end()), None)
        # ("34 more armoured vehicles. The additional vehicles – …": the same head word will do)
        return first is not None and first.system is not None and first.system.generic \
            and any(i.category == first.system.category or i.head == head_of(first.surface)
                    for i, _ in self._previous_items)

    @staticmethod
    def _counts_named_before(an: Analysis, item: Item, recipient: str) -> bool:
        """"Croatia will send 14 Mi-8 helicopters. In May, nine helicopters arrived in Ukraine.": a
        counted kind of thing the sentences before named, in a sentence naming no other country."""
        return "+definite-reference" in item.rule and item.quantity is not None \
            and not _names_another_country(an, recipient)

    def _in_office(self, an: Analysis, on) -> Analysis:
        """Officials who changed office stand for the actor they served on the document's date."""
        moved = self.ref.gazetteer.successors
        if moved and any(a.name.alias in moved for a in an.actors):
            an.actors = [replace(a, name=self.ref.gazetteer.in_office(a.name, on)) for a in an.actors]
        return an

    def _carries(self, seg: Segment, an: Analysis) -> bool:
        if seg.kind == "item":
            return True
        for c in an.cues:
            if c.cue.kind == "carry" and (c.cue.scope == "sentence" or c.start == 0 or not an.text[:c.start].strip(" “\"'‘")
                                          or ATTRIBUTED.fullmatch(an.text, 0, c.start)):
                return True
        # "Blair said the first 10 of 50 vehicles will be sent …", "Ten boats are set to be delivered this
        # July, Blair added.": a speaker named by surname speaks for the giver in view
        if SPEAKER_OPENS.match(an.text) or SPEAKER_CLOSES.search(an.text):
            return True
        # "… unveiled another $100 million for Ukraine. $50 million will fund air defence systems, while
        # $30 million is being spent on drones": an amount opening the sentence is the giver's money
        return bool(an.money) and an.money[0].start < 24 and MONEY_OPENER.fullmatch(an.text, 0, an.money[0].start) \
            and MONEY_FUNDS.match(an.text, an.money[0].end) is not None

    def _segment(self, doc: Document, seg: Segment, an: Analysis, ctx: Context,
                 history: list[Item], records: list[Record]) -> None:
        ctx.paragraph = seg.paragraph
        if an.quiet:
            # no item and no money can come from it: what is left is the context it hands on
            self._update_context(an, [], ctx, self._date(an, 0, doc))
            self._heading_donor(seg, an, ctx)
            return
        items = find_items(an, self.lex, history, doc.text, [i for i, _ in self._previous_items], ctx.shells)
        ammo = [i for i in items if i.category in ("artillery_ammunition", "small_arms_ammunition") and i.system is not None]
        if ammo:
            # (only a generic shell stands for the story's bare rounds; small arms named last end it)
            ctx.shells = ammo[-1].system if ammo[-1].category == "artillery_ammunition" and ammo[-1].system.generic else None
        # "… satellite imagery showing seven Russian ships. They include three landing ships": a
        # pronoun after a sentence of things seen (or lost) speaks of those things, not of a gift
        seen_before, ctx.observed = ctx.observed, False
        pronoun_after_seen = seen_before and PRONOUN_OPENS.match(an.text) is not None
        dropped: list[str] = []
        out: list[Record] = []
        sentence_date = self._date(an, 0, doc)
        produced: list[tuple[Item, list[int]]] = []
        for item in items:
            clause = an.clause_of(item.start)
            reason = excluded(item, an, clause, ctx.recipient)
            # ("Ukraine now has eight HIMARS, and Washington has promised to send four more": a count with
            # a verb of its own does not share its antecedent's exclusion)
            if not reason and item.antecedent >= 0 and not (item.rule == "ellipsis" and item.status_hint):
                # "300 howitzers in its stocks, 40 of which …": part of an inventory is inventory;
                # part of a running total ("ten so far, four of which have arrived") is a fact
                inherited = excluded(item, an, an.clause_of(item.antecedent))
                reason = inherited if inherited in INHERITED_EXCLUSIONS else ""
            if not reason and item.quantity is not None and item.quantity.value == 0:
                reason = "none given"       # "Germany: 0 Taurus missiles pledged"
            # a sale notice: "The State Department … approving a possible Foreign Military Sale to
            # Ukraine. The Government of Ukraine has requested to buy up to 3,350 ERAM …"
            approved_request = reason == "request" and bool(ctx.sale_approver) \
                and REQUESTED_TO_BUY.search(an.text) is not None
            # "Berlin approved Estonia's request to transfer nine howitzers": the asker gives, by leave
            reexporter = self._reexporter(an, clause) if reason in ("request", "") else ""
            if reexporter:
                reason = ""
            if approved_request:
                reason = ""
            # "Ukraine has awarded Rheinmetall a contract for 25 Leopard 1A5 … The order, financed by
            # Germany, …": an order a government pays for is its aid
            funder = self._order_funder(an, clause, ctx) if reason == "industry" \
                and any(a.name.iso3 == ctx.recipient for a in an.actors) else []
            if funder:
                reason = ""
            if reason:
                self._drop(item, an, f"excluded: {reason}")
                dropped.append(reason)
                continue
            cue, strength = status_for(item, an, clause)
            donors, recipient, rule = donors_for(item, an, clause, cue, ctx.recipient, items)
            if not funder and cue is not None and cue.cue.value == "produced" \
                    and ctx.index + 1 < len(ctx.funded_by) and ctx.funded_by[ctx.index + 1]:
                # "KONŠTRUKTA will produce 16 Zuzana 2 howitzers for Ukraine. The production will be
                # financed jointly by Denmark, Germany and Norway": the payers give what is made
                funder = ctx.funded_by[ctx.index + 1]
            if funder:
                # (the company that "received an order" is no receiver)
                donors, recipient, rule = list(funder), "", "order-funder"
            if len(donors) > 1 and not item.shares and (own := _respective_giver(item, items, an, donors)):
                donors = [own]
            if rule == "combat":
                self._drop(item, an, "excluded: combat use by armed forces")
                continue
            if rule == "group-subject" and GROUP_EXAMPLES.search(an.text, clause[0], item.start) \
                    and (label := demonym_on(an, item.start, (ctx.recipient, *self.needs_named))):
                # "Allies have also sent air-defense weapons, including the German IRIS-T and a Slovakian
                # S-300": where the givers are many, each item's nationality names its own
                donors, rule = [label.name.iso3], "nationality"
            if rule.startswith("group"):
                self._drop(item, an, "no donor: given by unnamed allies, partners or donors")
                continue
            if any(a.name.kind == "company" and a.end <= item.start and COMPANY_OFFERS.match(an.text, a.end)
                   for a in an.actors if clause[0] <= a.start) \
                    or MAKER_OFFERS.search(an.text, clause[0], item.start):
                self._drop(item, an, "excluded: a company's offer")      # "Rheinmetall is offering 60 more Marders"
                continue
            stated = ctx.stated_by[ctx.index + 1] if ctx.index + 1 < len(ctx.stated_by) else ""
            # (the verb may follow the item: "More than 800 SkyRanger drones … are set to be donated to Ukraine")
            if not donors and stated and (cue is not None and strength in ("strong", "future") or any(
                    c.cue.kind == "status" and c.cue.scope in ("strong", "future") and c.start >= item.end
                    for c in an.cues)) \
                    and not any(a.name.iso3 and a.name.iso3 != ctx.recipient for a in an.actors):
                # "The first four MiG-29 fighters were handed over to Ukraine. This was stated in the
                # statement of the Ministry of Defense of Slovakia.": the one the next sentence cites
                donors, rule = [stated], "stated-next"
            if not donors and ctx.donors and not pronoun_after_seen and (self._carries(seg, an) or self._row(seg, item) or self._refers_back(an, item)
                                              or self._counts_named_before(an, item, ctx.recipient)
                                              or "continues" in item.flags
                                              or self._receiver_opens(an, ctx.recipient, clause)
                                              or self._agentless_passive(an, cue, ctx.recipient, tuple(ctx.donors))) \
                    and not self._own_subject(an, item, ctx.recipient) and not self._aggressor_before(an, item) \
                    and not COLLECTIVE_ORIGIN.search(an.text, max(0, item.start - 40), item.start) \
                    and not GROUP_FROM.search(an.text, item.end, clause[1]) \
                    and not (strength == "context" and EXISTENTIAL.search(an.text, max(0, item.start - 40), item.start)):
                donors, rule = list(ctx.donors), "context"
                # "Portugal sent three tanks. Twelve German Leopard tanks are also on their way": a
                # sentence opened by items of another nationality speaks of that country's gift
                opener = self._origin_opens(an, item, ctx)
                if opener and opener not in donors:
                    donors, rule = [opener], "origin"
            if not donors:
                # "donated equipment: ex-Polish T-72M1 tanks, ex-Dutch YPR-765s": the former owner gave it
                former = [a for a in an.actors if a.name.kind == "demonym" and a.name.iso3 and a.name.iso3 != ctx.recipient
                          and an.text[max(0, a.start - 3):a.start].lower() == "ex-" and a.end <= item.start
                          and EX_GAP.fullmatch(an.text, a.end, item.start)]
                if former and any(c.cue.kind == "status" and c.cue.scope in ("strong", "future") for c in an.cues):
                    donors, rule = [former[-1].name.iso3], "former-owner"
            if not donors:
                origin = [a for a in an.actors if a.origin_only or a.name.kind == "demonym"]
                origin = [a for a in origin if a.name.iso3 and a.name.iso3 != ctx.recipient and a.end <= item.start
                          and a.name.iso3 in ctx.donors]
                if origin:
                    donors, rule = [origin[-1].name.iso3], "origin"
            if not donors:
                # "Under the Czech ammunition initiative, Ukraine has already received a million shells":
                # the country whose programme it is gives
                scheme = [a for a in an.actors if a.name.iso3 and a.name.iso3 != ctx.recipient and a.name.kind == "demonym"
                          and SCHEME_BEFORE.search(an.text, max(0, a.start - 20), a.start) and SCHEME_AFTER.match(an.text, a.end)]
                # (but "shells purchased by Western allies under the Czech initiative" have many payers)
                if scheme and not MANY_GIVERS.search(an.text):
                    donors, rule = [scheme[0].name.iso3], "scheme"
            if not donors and strength in ("strong", "future") and cue is not None \
                    and cue.cue.value in ("delivered", "pledged") and (ARRIVAL.search(an.text, cue.start, cue.end)
                                                                     or passive(an.text, cue)
                                                                     or REDUCED_RELATIVE.fullmatch(an.text, item.end, cue.start)):
                # "Two Swedish ASC 890 aircraft have arrived in Ukraine", "Ukraine received Swedish
                # CV90s": with nobody named as giver, the item's own nationality is
                maker = demonym_on(an, item.start, (ctx.recipient, *self.needs_named)) \
                    or _origin_inside(an, item, (ctx.recipient, *self.needs_named))
                named = any(a.name.iso3 == ctx.recipient for a in an.actors)
                if maker is not None and named:
                    donors, rule = [maker.name.iso3], "nationality"
            # ("the first delivery of NASAMS …, which will strengthen …, has been received")
            arrival = cue if self._arrives(an, cue, strength) else \
                next((c for c in an.cues if c.start >= item.end and self._arrives(an, c, c.cue.scope)), None)
            if not donors and arrival is not None and (thanked := self._thanked_near(ctx)):
                cue, strength = arrival, "strong"
                # "Patriot systems have arrived in Ukraine. … He thanked the USA, Germany and the
                # Netherlands for their help": the ones thanked for an arrival sent it
                donors, rule = thanked, "thanked-nearby"
            if not donors and cue is not None and passive(an.text, cue) and (joint := co_donors(item, an, items)):
                # "Leopard 1A5 tanks were provided jointly with Denmark and Germany": the partners, and
                # the giver the document speaks for
                donors, rule = [d for d in ctx.donors if d not in joint] + joint, "joint-passive"
            if approved_request:
                donors, recipient, rule = list(ctx.sale_approver), "", "sale-notice"
            if reexporter:
                donors, recipient, rule = [reexporter], "", "re-export"
            if not donors:
                self._drop(item, an, "no donor")
                continue
            if rule == "agent" and strength == "context" and DEFINITE.search(an.text, max(0, item.span[0] - 6),
                                                                             item.span[0]):
                # "The F-16s provided by Denmark are based at …": aid described, nothing given now
                self._drop(item, an, "excluded: background")
                continue
            if rule == "subject" and cue is not None and ARRIVED.search(an.text, cue.start, cue.end):
                # "the German ambassador said … American HIMARS will arrive in Ukraine": what arrives
                # is the subject, so the one named before is a speaker and the item's origin gives it
                origin = _origin_label(an, item, items, ctx.recipient)
                if origin and origin not in donors:
                    donors, rule = [origin], "origin"
            if rule == "subject" and len(donors) == 1:
                # "Slovenian Prime Minister Golob and German Chancellor Scholz agreed that Kyiv would receive
                # 28 Slovenian M-55S tanks": of the subjects, the one whose label the item bears gives it
                origin = _origin_label(an, item, items, ctx.recipient)
                if origin and origin != donors[0] and any(
                        a.name.iso3 == origin for a in candidates(an, clause[0], item.start, ctx.recipient, items)):
                    donors, rule = [origin], "origin"
            if "share" in item.flags and donors and (label := demonym_on(an, item.start, (ctx.recipient, *self.needs_named))) \
                    and label.name.iso3 not in donors:
                # "Pistorius said that 18 German and three Portuguese Leopard 2A6 tanks would be sent": each
                # share's demonym names its giver, whoever speaks of them
                donors, rule = [label.name.iso3], "nationality"
            if len(donors) > 1:
                donors = _by_maker(item, items, donors, an.clause_of(item.start))
            extra = [c for c in co_donors(item, an, items) if c not in donors]
            donors = donors + extra
            named = recipient or self._recipient(an, clause, donors)
            if rule == "context" and not named and any(
                    clause[0] <= a.start < clause[1] and a.name.iso3 in donors and a.start > item.end
                    and SENT_TO_BEFORE.search(an.text, max(0, a.start - 40), a.start) for a in an.actors):
                # what goes back to the giver, or arrived there, is no gift
                self._drop(item, an, "excluded: sent to the giver itself")
                continue
            recipient = named or ctx.recipient
            donors = [d for d in donors if d != recipient]
            if any((d, recipient) in self.never_arms for d in donors):
                # "China … These weapons include Stinger missiles" (to Taiwan): no enemy arms its foe
                donors = [d for d in donors if (d, recipient) not in self.never_arms]
                if not donors:
                    self._drop(item, an, "excluded: donor never arms this recipient")
                    continue
            if recipient == self.default:
                # Russia never arms Ukraine: "The Kremlin said Western supplies to Ukraine …" is no gift
                donors = [d for d in donors if d not in self.needs_named]
                if not donors:
                    self._drop(item, an, "excluded: donor never gives to the default recipient")
                    continue
            if not donors:
                continue
            trade = self._trade(an, clause, cue, rule, donors, named, recipient, ctx)
            if trade:
                self._drop(item, an, f"excluded: {trade}")
                ctx.buyers.update(donors if trade == "purchase for own use" else [recipient])
                continue
            status = "approved" if approved_request or reexporter \
                else ("financed" if cue is not None and cue.cue.value == "produced" else "contracted") if funder \
                else (item.status_hint or self._status(cue, strength, donors, ctx))
            if rule == "context" and strength == "weak" and ctx.status == "delivered" and seg.kind != "item" \
                    and DELIVERY_REFERENCE.match(an.text):
                # "Sweden delivered its package on March 3. It comprised 10 Archers": the contents
                # of a delivery were delivered (a promised package's contents stay announced)
                status = ctx.status
            if status == "produced" and self._recipient_makes(an, ctx):
                status = "financed"     # "… into the production of 18 Bohdana howitzers by Ukrainian manufacturers"
            if status == "produced" and not named:
                # "Russia has produced 1,500 tanks": a maker's output is aid only when it says for whom
                self._drop(item, an, "excluded: production for no named receiver")
                continue
            strength = "strong" if item.status_hint else strength
            value, kind = item.value, item.kind
            shares = [(q.value, q.kind) for q in item.shares] if len(item.shares) == len(donors) > 1 else []
            # (one sends what the other pays for: each record counts the same items)
            if len(donors) > 1 and not EACH.search(an.text, *clause) and rule != "enabled":
                value, kind = None, "unknown"
            if len(donors) == 1 and any(a.name.iso3 == donors[0] and clause[0] <= a.start < item.start
                                        and UNNAMED_PARTNERS.match(an.text, a.end) for a in an.actors):
                value, kind = None, "unknown"   # "for Germany and its allies to provide … 88 tanks": a shared count
            own_date = self._date(an, item.start, doc, clause,
                                  future=strength == "future" and not item.status_hint or "future" in item.flags)
            # a sentence that continues the previous one also continues its date
            carried = ctx.date if rule == "context" or donors == ctx.donors else ""
            when = own_date or carried or (doc.date.isoformat() if doc.date else "")
            # ("The contract with Great Britain, signed in 2014, provided 123 armored vehicles": what an old
            # contract provided is the buyer's own procurement too)
            old_contract = CONTRACT_OPENS.match(an.text) is not None
            if (status == "contracted" or old_contract) and doc.date \
                    and any(int(y) <= doc.date.year - self.old_purchase_years
                            for y in IN_YEAR.findall(an.text, *((0, len(an.text)) if old_contract else clause))):
                # "The country purchased 51 Leopard 2A4 tanks in 1997": its own procurement, long ago
                self._drop(item, an, "excluded: an old purchase")
                continue
            a, b = item.span
            produced.append((item, [len(records) + len(out) + k for k in range(len(donors))]))
            for n, donor in enumerate(donors):
                if shares:
                    value, kind = shares[n]      # "18 and 3 tanks respectively"
                out.append(Record(
                    doc=doc.doc, donor=self.lex.country_name(donor), recipient=self.lex.country_name(recipient),
                    system=item.name, category=item.category, quantity=value,
                    quantity_kind=kind if value is not None else "unknown",
                    status="financed" if rule == "enabled" and n > 0 else status, date=when,
                    value=None, currency="", evidence=an.text[a:b], unit=item.unit, path=doc.path,
                    start=seg.start + a, end=seg.start + b, sentence=seg.text,
                    rule=f"{item.rule}; donor:{rule}; status:{strength}",
                    extra={"aliases": "; ".join(f"{m.surface!r}→{m.term.label}" for m in item.mentions),
                           "donor_iso": donor, "generic": item.generic, "bare": item.bare, "head": item.head, "indefinite": "indefinite" in item.rule,
                           "definite": bool(DEFINITE.search(an.text, max(0, item.start - 6), item.start)),
                           "explicit_date": bool(own_date or carried), "family": item.family, "strength": strength,
                           "heading": seg.kind == "heading", "system_id": item.system.id if item.system else ""}))
            if item.system is not None and not item.generic:
                history.append(item)
        # a system named without becoming a record is still the one later words point back to ("The
        # Leopard 1 tanks … were designed in 1961. Ten tanks that are already in Ukraine …")
        given = {id(h) for h in history}
        history.extend(i for i in items if i.system is not None and not i.generic and id(i) not in given)
        records.extend(out)
        before = len(records)
        self._values(doc, seg, an, ctx, items, produced, records)
        if produced:
            self._previous_items = produced
        # "… providing £2.3 billion-worth of military support. To date, we have sent …": a package's
        # giver is the giver in view when the sentence gave no item
        status = ctx.status
        given = out or records[before:]
        # "Slovakia sent an S-300, and the United States announced $800 million worth of hardware.
        # That shipment includes …": a package from another giver after the items is what continues
        later = [r for r in records[before:] if out and r.category == "package" and r.start > out[-1].end
                 and r.extra.get("donor_iso") != out[-1].extra["donor_iso"]]
        self._update_context(an, later[-1:] or given, ctx, sentence_date)
        ctx.observed = not given and bool(dropped) and all(r in SEEN_REASONS for r in dropped)
        if seg.kind == "item" and LINE_ENDS.match(doc.text, seg.end) \
                and (items or an.money or seg.text.rstrip()[-1:] in ";.,"):
            # "will include: - supplies to support ammunition production; - spare parts": the items
            # of a list share the status of its introduction, not of the item before (a bullet that
            # goes on in sentences of its own hands its status to them, and so does a sub-heading
            # naming nothing: "Military support in preparation")
            ctx.status = status
        self._heading_donor(seg, an, ctx)

    def _trade(self, an: Analysis, clause: tuple[int, int], cue, rule: str, donors: list[str], named: str,
               recipient: str, ctx: Context) -> str:
        """Why a transfer is trade rather than aid, or ''.

        "Romania approved the purchase of 54 M1A2 tanks": a buyer with no seller and no recipient
        buys for itself. "Poland ordered 1,000 K2 tanks from South Korea", "approved the sale of 52
        F-35s to Poland": trade between third countries is not aid (gifts to them, and every sale to
        the tracked recipient, stay).
        """
        # the governing verb buys: "is buying", "approved the purchase of", "decided to buy"
        # ("will buy": the verb may end a longer cue)
        # ("the purchase consists of six HIMARS": a purchase is the subject of the cue)
        buying = (OWN_PURCHASE.search(an.text, cue.start, cue.end) or PURCHASE_AFTER_CUE.match(an.text, cue.end)
                  or PURCHASE_SUBJECT.search(an.text, max(0, cue.start - 40), cue.start)) \
            if cue is not None else any(a.name.iso3 in donors and SUBJECT_BUYS.match(an.text, a.end) for a in an.actors)
        # (the receiver named only as where earlier gifts went, "to replenish stocks sent to Ukraine",
        # leaves the purchase the buyer's own)
        if not named and rule == "subject" and buying and not any(
                a.name.iso3 == ctx.recipient and not where_old_gifts_went(an.text, a)
                for a in an.actors):
            return "purchase for own use"
        lo, hi = clause
        if not named and any(lo <= a.start < hi and a.name.iso3 in donors and not a.origin_only
                             and FOR_BEFORE.search(an.text, max(0, a.start - 9), a.start) for a in an.actors):
            return "purchase for own use"       # "It has also ordered 18 Leopard 2A8 tanks for the Bundeswehr"
        if recipient != self.default and any(not FUNDED_BEFORE.search(an.text, max(lo, m.start() - 60), m.start())
                                             for m in SALE.finditer(an.text, *clause)):
            return "arms sale to a third country"
        if EXPORT.search(an.text, *clause) and not any(a.name.iso3 == ctx.recipient for a in an.actors):
            return "arms export to a third country"     # "signed record export deals with Poland, including …"
        return ""

    @staticmethod
    def _recipient_makes(an: Analysis, ctx: Context) -> bool:
        """Does the recipient make what the sentence speaks of ("Ukrainian manufacturers", "Ukraine's
        production", "Ukrainian drone production", "production of drones in Ukraine")? Then a donor's
        money for that production finances aid (the Danish model)."""
        return any(a.name.iso3 == ctx.recipient
                   and (MAKER_NOUN.match(an.text, a.end) or RECIPIENT_PRODUCTION_AFTER.match(an.text, a.end)
                        or PRODUCTION_IN_BEFORE.search(an.text, max(0, a.start - 80), a.start))
                   for a in an.actors)

    def _heading_donor(self, seg: Segment, an: Analysis, ctx: Context) -> None:
        """A title or heading naming one giver ("Denmark's donations to Ukraine", "Overview of German
        military support") is the donor of the list under it."""
        if seg.kind != "heading":
            return
        givers = {a.name.iso3 for a in an.actors if a.name.iso3 and a.name.iso3 != ctx.recipient
                  and not a.origin_only and not PLACE_BEFORE.search(an.text[max(0, a.start - 12):a.start])}
        if len(givers) == 1 and ctx.donors != list(givers):
            ctx.donors, ctx.date = list(givers), ""      # a new section dates itself

    def _values(self, doc: Document, seg: Segment, an: Analysis, ctx: Context, items: list[Item],
                produced: list[tuple[Item, list[int]]], records: list[Record]) -> None:
        """Money in the segment: item values onto their records, package values as records."""
        if not an.money:
            return
        by_item = {id(i): idx for i, idx in produced}
        previous = [i for i, _ in self._previous_items]

        def money_donors(m) -> list[str]:
            probe = Item(m.start, m.end, "", "", "", True, "", None, "", "money", [])
            if any(a.name.iso3 and GAPPED_ACTOR_GAP.fullmatch(an.text, a.end, m.start)
                   and GAP_BEFORE_ACTOR.search(an.text, max(0, a.start - 8), a.start) for a in an.actors):
                probe.flags.add("gapped")   # "the UK allocated EUR 360 million, Germany EUR 450 million"
            clause = an.clause_of(m.start)
            payers = _payers_before(an, m.start)
            if payers:
                return payers
            if SEVERAL_GIVERS.search(an.text, clause[0], m.start):
                return []       # "The three countries are contributing $43 million": no one giver's
            cue, _ = status_for(probe, an, clause)
            donors, _, rule = donors_for(probe, an, clause, cue, ctx.recipient, items)
            if donors or rule.startswith("group"):
                return donors
            # "NATO members financed … by $38.6 billion": a body that is no country speaks for itself,
            # not for the giver of the sentences before
            if any(a.start < m.start and not a.name.iso3 and a.name.kind != "company" for a in an.actors):
                return []
            return list(ctx.donors)

        for use in money_uses(an, items, previous, money_donors):
            if use.currency is None:
                continue
            if use.kind == "item" and use.item is not None:
                targets = by_item.get(id(use.item)) or dict((id(i), x) for i, x in self._previous_items).get(id(use.item), [])
                if len(targets) > 1 and not EACH.search(an.text):
                    continue    # "The Netherlands and Denmark will finance 14 tanks worth €165 million": shared
                for idx in targets:
                    records[idx] = replace(records[idx], value=use.money.amount, currency=use.currency.code,
                                           stated_usd=use.stated_usd, rule=records[idx].rule + "; value:item")
                continue
            if use.kind != "package":
                continue
            self._package(doc, seg, an, ctx, items, use, money_donors(use.money), records)

    def _package(self, doc, seg, an, ctx, items, use, donors, records) -> None:
        m = use.money
        probe = Item(m.start, m.end, "", "", "", True, "", None, "", "money", [])
        clause = an.clause_of(m.start)
        if excluded(probe, an, clause) in MONEY_EXCLUSIONS:
            return
        lo, hi = clause
        to_body = [a for a in an.actors if a.start > m.end and (not a.name.iso3 or a.name.iso3 in self.pooled)
                   and re.search(r"\bto\s+(?:the\s+)?$", an.text[max(0, a.start - 8):a.start], re.I)]
        companies = [a for a in an.actors if a.name.kind == "company"]
        named_recipient = [a for a in an.actors if a.name.iso3 and a.name.iso3 not in donors
                           and a.name.kind in ("name", "short", "capital")]
        # a fund or programme "for Ukraine" (NATO's PURL, the Czech initiative) passes the money on
        for_recipient = any(a.start > m.end and a.name.iso3 and a.name.iso3 not in donors
                            and FOR_BEFORE.search(an.text, max(0, a.start - 9), a.start) for a in an.actors)
        # "the International Fund for Ukraine": a fund named for the recipient
        for_recipient = for_recipient or any(self.lex.country_name(ctx.recipient) in a.surface for a in to_body)
        giver = [a for a in an.actors if clause[0] <= a.start < m.start][-1:]
        if (to_body and not for_recipient) or (companies and not named_recipient) \
                or (giver and giver[0].name.kind == "company"):
            return     # a contribution to a fund or programme, money for industry, a company's own deal
        cue, strength = status_for(probe, an, clause)
        # a purchase names its buyer as the receiver ("Poland signed a contract with … for …")
        _, override, rule = donors_for(probe, an, clause, cue, ctx.recipient, items)
        named = override or self._recipient(an, clause, donors)
        recipient = named or ctx.recipient
        if recipient != self.default and SOLD.search(an.text, *clause):
            return      # "approved the sale of weapons worth $10 billion to Poland": the buyer pays
        trade = self._trade(an, clause, cue, rule, donors, named, recipient, ctx) if donors else ""
        if donors and ((trade == "purchase for own use" and not any(a.name.iso3 == ctx.recipient for a in an.actors))
                       or (trade.endswith("to a third country") and recipient != self.default)
                       or (rule == "seller" and override and recipient != self.default)):
            # "Poland signed a deal worth about $6.5 billion to purchase the second batch of K2 tanks",
            # "Britain has ordered anti-tank weapons in a 223 million pound deal with Swedish manufacturer Saab"
            return
        # the tracked recipient spending its own money ("Ukraine's government allocated $20 million from its
        # reserve fund") gives no package
        donors = [d for d in donors if d != recipient and d != ctx.recipient
                  and (recipient != self.default or d not in self.needs_named)]
        if not donors or (len(donors) > 1 and not EACH.search(an.text)):
            return      # "Sweden, Norway and Denmark will together provide $500 million": shared, nobody's package
        status = self._status(cue, strength, donors, ctx)
        if status == "produced" and self._recipient_makes(an, ctx):
            status = "financed"
        own_date = self._date(an, m.start, doc, clause)
        when = own_date or (ctx.date if donors == ctx.donors else "") or (doc.date.isoformat() if doc.date else "")
        for donor in donors:
            records.append(Record(
                doc=doc.doc, donor=self.lex.country_name(donor), recipient=self.lex.country_name(recipient),
                system="", category="package", quantity=None, quantity_kind="unknown", status=status, date=when,
                value=m.amount, currency=use.currency.code, evidence=an.text[m.start:m.end], unit="",
                path=doc.path, start=seg.start + m.start, end=seg.start + m.end, sentence=seg.text,
                rule=f"package-value; status:{strength}", stated_usd=use.stated_usd,
                extra={"donor_iso": donor, "heading": seg.kind == "heading", "amount_kind": m.kind,
                       "explicit_date": bool(own_date)}))

    def _drop(self, item: Item, an: Analysis, reason: str) -> None:
        if self.trace is not None:
            a, b = item.span
            self.trace.append((an.text[a:b], item.name, reason))

    def _status(self, cue, strength: str, donors: list[str], ctx: Context) -> str:
        if cue is None:
            return ctx.status or "announced"
        if strength == "future":
            return "announced" if any(d in ctx.announcers for d in donors) else "pledged"
        return cue.cue.value

    def _recipient(self, an: Analysis, clause: tuple[int, int], donors: list[str]) -> str:
        lo, hi = clause
        for a in an.actors:
            # (a company is no receiving country: "a contract has been awarded to Thales Belfast")
            if lo <= a.start < hi and a.name.iso3 and a.name.iso3 not in donors and not a.origin_only \
                    and a.name.kind != "company" \
                    and not HOSTILITY_AFTER.match(an.text, a.end) and not INFINITIVE_GIVER.match(an.text, a.end) \
                    and not HOSTILITY_BEFORE.search(an.text, max(0, a.start - 40), a.start) \
                    and not where_old_gifts_went(an.text, a) and not owns_item(an, a) \
                    and not LABEL_COMPOUND.match(an.text, a.end) \
                    and ((TO_BEFORE.search(an.text[max(0, a.start - 40):a.start])
                          and not ACCORDING.search(an.text[max(0, a.start - 40):a.start])
                         and not IN_RESPONSE.search(an.text, max(0, a.start - 30), a.start))
                         or indirect_object(an.text, a)):
                return a.name.iso3
        return ""

    def _date(self, an: Analysis, pos: int, doc: Document, clause: tuple[int, int] | None = None,
              future: bool = False) -> str:
        """The date of the fact at ``pos``: the first date before it, else the first after it, those
        of its own clause first. A promise is dated when made, not by the delivery date it sets
        ("will deliver six F-16s in April")."""
        ref = doc.date
        resolved = [(d, resolve(d, ref)) for d in an.dates]
        # "by mid-July", "since February", "by the end of March": deadlines and ranges, not the event
        usable = [(d, w) for d, (w, p) in resolved if w is not None and p in ("day", "month")
                  and not RANGE_BEFORE.search(an.text[max(0, d.start - 30):d.start])
                  and not (future and (p != "day" or (ref is not None and w > ref)))]
        if clause is not None:
            own = [(d, w) for d, w in usable if clause[0] <= d.start < clause[1]]
            # a clause with its own subject ("…, and Spain will send another 10 in April") takes no
            # later date from another clause that names things of its own; a list continuing the
            # sentence ("…; 142 Hellfire missiles; …") shares the sentence's date
            lo, hi = clause
            own_subject = any(lo <= a.start < hi for a in an.actors) and not RELATIVE.match(an.text, lo)
            if not own and own_subject:
                # an earlier date still dates it ("On March 13, X announced …, and Y announced …")
                usable = [(d, w) for d, w in usable if d.end <= pos or not self._occupied(an, d.start)]
            else:
                usable = own or usable
        before = [(d, w) for d, w in usable if d.end <= pos]
        after = [(d, w) for d, w in usable if d.start >= pos]
        pick = before[0] if before else (after[0] if after else None)
        return pick[1].isoformat() if pick else ""

    @staticmethod
    def _reexporter(an: Analysis, clause: tuple[int, int]) -> str:
        """The country whose request to pass on arms another government approved, or ''."""
        lo, hi = clause
        for a in an.actors:
            if lo <= a.start < hi and a.name.iso3 and REQUEST_TO_GIVE.match(an.text, a.end) \
                    and APPROVAL_BEFORE.search(an.text, max(0, a.start - 40), a.start):
                return a.name.iso3
            if lo <= a.start < hi and a.name.iso3 and APPROVAL_FOR.search(an.text, max(0, a.start - 40), a.start) \
                    and (INFINITIVE_GIVER.match(an.text, a.end) or RE_EXPORT_AFTER.match(an.text, a.end)):
                return a.name.iso3
        return ""

    @staticmethod
    def _occupied(an: Analysis, pos: int) -> bool:
        lo, hi = an.clause_of(pos)
        return any(lo <= m.start < hi for m in an.systems) or any(lo <= q.start < hi for q in an.quantities)

    def _givers_before(self, an: Analysis, cue, ctx: Context) -> list[ActorMention]:
        """The actors before ``cue`` that can hand a giver on to the next sentences."""
        # "Russia sent more and more soldiers to the border": no giver of aid to hand on
        return [a for a in candidates(an, 0, cue.start, ctx.recipient, [])
                if a.name.iso3 != ctx.recipient and (a.name.iso3, ctx.recipient) not in self.never_arms
                and (ctx.recipient != self.default or a.name.iso3 not in self.needs_named)]

    def _update_context(self, an: Analysis, out: list[Record], ctx: Context, sentence_date: str) -> None:
        """Remember the sentence's donor, status and date for sentences that continue it.

        The date belongs to the donor: a new donor brings its own date (or none); later sentences
        about the same donor keep the first date given for it ("announced yesterday …").
        """
        previous = list(ctx.donors)
        if not ctx.sale_approver and SALE_APPROVED.search(an.text):
            approvers = [a.name.iso3 for a in an.actors if a.name.iso3 and a.name.iso3 != ctx.recipient]
            ctx.sale_approver = approvers[:1]
        buyers, ctx.buyers = ctx.buyers, set()
        if out:
            ctx.donors, ctx.status = [out[0].extra["donor_iso"]], out[0].status
        elif (g := GROUP_FROM.search(an.text)) and any(an.clause_of(m.start) == an.clause_of(g.start()) and m.end <= g.start()
                                                       for m in an.systems) \
                and not any(a.name.iso3 and a.name.iso3 != ctx.recipient for a in an.actors):
            # "Ukraine is set to receive 120 tanks from Western allies. They would include …": the
            # sentences after speak of many givers, not of the one before
            ctx.donors = []
        else:
            status = [c for c in an.cues if c.cue.kind == "status"]
            refusal = [c for c in an.cues if c.cue.kind == "exclude" and c.cue.value == "negation"]
            # "As Washington pauses military assistance, the UK has ramped up its support:": the
            # subject is the main clause's, after the introductory one
            intro = INTRO_PHRASE.match(an.text)
            main = next((a for a in an.actors if intro and a.start >= intro.end() and re.fullmatch(r"\s*(?:the\s+)?", an.text[intro.end():a.start])), None) \
                if status and intro and status[0].start < intro.end() else None
            if main is not None and main.name.iso3 and main.name.iso3 != ctx.recipient and not main.origin_only:
                ctx.donors = [main.name.iso3]
                later = [c for c in status if c.start > main.end]
                ctx.status = self._status(later[0], later[0].cue.scope, ctx.donors, ctx) if later else ""
            elif status:
                pool = self._givers_before(an, status[0], ctx)
                if not pool and (later := next(((c, p) for c in status[1:]
                                                # a maker's work gives nothing to hand on
                                                if c.cue.value != "produced" and (p := self._givers_before(an, c, ctx))),
                                               None)):
                    # "In a note sent to newsrooms, the ministry says that Portugal will provide military
                    # equipment.": the first cue had no giver before it; the first one that has speaks
                    status = [later[0]]
                    pool = later[1]
                sources = [a for a in an.actors if a.name.iso3 and a.name.iso3 != ctx.recipient
                           and a.start > status[0].start and FROM_BEFORE.search(an.text, max(0, a.start - 10), a.start)]
                # (but "The Netherlands will receive part of its expenditure back from the European Peace
                # Facility": a giver receiving is repaid, and stays the giver)
                if sources and RECEIVE.search(status[0].cue.cue) and not pool:
                    # "Zimbabwe has received military equipment from China. It includes …": the source gives
                    ctx.donors = [sources[0].name.iso3]
                elif pool and pool[-1].name.kind == "company" and RECEIVE.search(status[0].cue.cue):
                    # "Rheinmetall has received an order from Ukraine …. The order is worth €2 billion": a
                    # company taking an order gives nothing, so its country is no giver to hand on
                    ctx.donors = []
                elif pool:
                    # "Latvia and Estonia will fund a package. It will pay for radars": both pay
                    ctx.donors = [d for d in coordinated_givers(an, pool[-1]) if d != ctx.recipient]
                elif aid_from := [a for a in an.actors if a.name.iso3 and a.name.iso3 != ctx.recipient
                                  and AID_FROM_BEFORE.search(an.text, max(0, a.start - 50), a.start)]:
                    # "A new package of military aid from Lithuania will arrive in Ukraine … It will include …"
                    ctx.donors = [aid_from[0].name.iso3]
                ctx.status = self._status(status[0], status[0].cue.scope, ctx.donors, ctx)
            elif agents := [a for a in an.actors if a.name.iso3 and a.name.iso3 != ctx.recipient
                            and after_by(an.text[max(0, a.start - 60):a.start])]:
                # "the following list of military support provided by Germany": the list's giver
                ctx.donors = [agents[0].name.iso3]
            elif refusal:
                # "Austria does not supply weapons. It has, however, financed demining equipment.":
                # the sentence is about Austria now
                pool = [a for a in candidates(an, 0, refusal[0].start, ctx.recipient, [])
                        if a.name.iso3 != ctx.recipient]
                if pool:
                    ctx.donors, ctx.status = [pool[-1].name.iso3], ""
            elif owners := [a for a in an.actors if a.name.iso3 and a.name.iso3 != ctx.recipient
                            and a.name.iso3 not in self.needs_named and an.text[a.end:a.end + 2] in ("'s", "’s")
                            and POSSESSED_AID.match(an.text, a.end + 2)]:
                # "The funding will bring Britain's total military aid to £3 billion": whose aid it is
                ctx.donors = [owners[0].name.iso3]
            elif an.actors and an.actors[0].name.iso3 and an.actors[0].name.iso3 != ctx.recipient \
                    and an.actors[0].name.iso3 not in self.needs_named and not an.actors[0].origin_only \
                    and opens_sentence(an.text, an.actors[0].start) \
                    and not any(c.cue.kind == "exclude" and c.cue.value in ("use", "loss") for c in an.cues):
                # (but "The Palestinian group fired 4,300 rockets at Israel" speaks of an attacker)
                # "Norway's defence minister visited Kyiv on Monday. 'We will hand over three radars,'
                # he said.": the country opening the sentence is the one the next sentences speak for
                ctx.donors = [an.actors[0].name.iso3]
        if not out and buyers:
            # "Poland signed a contract with Hyundai Rotem for 180 K2 tanks. The deal, worth $6.5
            # billion, covers …": the buyer in a sale or its own purchase gives nothing to later sentences
            ctx.donors = [d for d in ctx.donors if d not in buyers]
        if ctx.donors != previous:
            ctx.date = sentence_date
        elif not ctx.date:
            ctx.date = sentence_date


def _by_maker(item: Item, items: list[Item], donors: list[str], clause: tuple[int, int]) -> list[str]:
    """"The US and Germany will send Abrams and Leopard 2 tanks": when every named system of the
    clause is made by a different one of its givers, each giver sends its own."""
    lo, hi = clause
    named = [i for i in items if lo <= i.start < hi and not i.anchor_only and i.system is not None and not i.system.generic]
    makers = {i.system.origin for i in named}
    if item.system is None or item.system.generic or len(named) < 2 or len(makers) != len(named) \
            or not makers <= set(donors):
        return donors
    return [item.system.origin]


def _payers_before(an: Analysis, pos: int) -> list[str]:
    """"the second by Denmark, Norway, and Sweden for $495 million, the third by Germany for $500
    million": the givers after "by", listed right before "for <amount>" at ``pos``."""
    named = [a for a in an.actors if a.name.iso3 and a.end <= pos]
    if not named or not (gap := PAID_BY_FOR.match(an.text, named[-1].end)) or gap.end() != pos:
        return []
    listed = [named[-1]]
    while len(listed) < len(named) and LIST_JOIN.fullmatch(an.text, named[-len(listed) - 1].end, listed[0].start):
        listed.insert(0, named[-len(listed) - 1])
    return [a.name.iso3 for a in listed] if AGENT_BY.search(an.text, max(0, listed[0].start - 8), listed[0].start) else []


def extract_document(doc: Document, ref: Reference) -> list[Record]:
    """Records of one document (see DocumentExtractor.extract)."""
    return DocumentExtractor(ref).extract(doc)
