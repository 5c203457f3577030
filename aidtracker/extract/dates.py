"""Date expressions and their resolution against the document date.

"on July 3", "1 June", "Feb. 24, 2022", "Tuesday", "yesterday", "earlier this month",
"in mid-November" all become ISO dates; numbers inside dates are never quantities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .scan import alternation, finditer_at

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

_month = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_year = r"(?:19|20)\d\d"
PATTERNS = [
    ("mdy", rf"\b(?P<m>{_month})\s+(?P<d>{_day})(?:(?:\s*(?:and|&|-|–|to)\s*{_day})+)?(?:,?\s+(?P<y>{_year}))?\b"),
    ("dmy", rf"\b(?P<d>{_day})(?:(?:\s*(?:and|&|-|–|to)\s*{_day})+)?\s+(?:of\s+)?(?P<m>{_month})(?:,?\s+(?P<y>{_year}))?\b"),
    ("my", rf"\b(?:(?P<part>early|mid|late)[-\s]+)?(?P<m>{_month})(?:\s+(?:of\s+)?(?P<y>{_year}))?\b"),
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("dotted", r"\b(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d\d)\b"),
    # 03/14/2025 or 14/03/2025: read only when the order is clear (a part above 12, or both equal)
    ("slashed", r"\b(?P<d>[0-3]?\d)/(?P<m>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b"),
    ("time", r"\b[0-2]?\d:[0-5]\d(?:\s*[AP]M)?\b"),
    ("weekday", r"\b(?:on\s+|last\s+|this\s+|next\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("relative", r"\b(?P<r>yesterday|today|tonight|last week|this week|earlier this week|last month|"
                 r"earlier this month|this month|earlier this year|this year|last year)\b"),
    ("year", rf"\b(?P<y>{_year})s?\b"),
]
DATE_RE = re.compile("|".join(f"(?P<{name}>{src})".replace("(?P<m>", f"(?P<{name}_m>")
                              .replace("(?P<d>", f"(?P<{name}_d>").replace("(?P<y>", f"(?P<{name}_y>")
                              .replace("(?P<part>", f"(?P<{name}_part>").replace("(?P<w>", f"(?P<{name}_w>")
                              .replace("(?P<r>", f"(?P<{name}_r>")
                              for name, src in PATTERNS), re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date expression; ``when`` is None for spans that only mask numbers (times, bare years)."""

    start: int
    end: int
    surface: str
    kind: str
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    relative: str = ""
    part: str = ""


def _month_number(text: str) -> int:
    t = text.lower().rstrip(".")
    return MONTHS.get(t) or MONTH_ABBR[t[:4] if t.startswith("sept") else t[:3]]


# Every date pattern starts at a word boundary with a digit or one of these words: ``re`` tries
# the (slow) union of patterns only where such a start is, found by a prefix tree over the
# lower-cased text.
DATE_START = re.compile(r"\b(?=\d|" + alternation(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed", "thu",
     "fri", "sat", "sun", "early", "mid", "late", "on", "last", "this", "next", "yesterday", "today", "tonight",
     "earlier"]) + ")")


# "delivered 2000 machine guns", "some 1,950 rounds": a year-like number that a giving verb or an
# approximation governs is a count
COUNT_BEFORE = re.compile(r"\b(?:about|around|approximately|some|over|nearly|almost|roughly|more than|up to|"
                          r"sent|gave|delivered|supplied|provided|donated|pledged|shipped|transferred|received|"
                          r"send|deliver|supply|provide|donate|pledge|ship|transfer|offered|offer|promised|promise|"
                          r"additional|another|further|extra)\s+$", re.I)
# "5000 helmets, 1000 protective masks with filters, 2000 sleeping bags": a year-like number in a
# list of counts is a count too
LISTED_COUNT_BEFORE = re.compile(r"\d[\d,.]*\s+[A-Za-z][\w\s-]{0,40}?(?:,|\band)\s*$")


def find_dates(text: str) -> list[DateMention]:
    """Date expressions in ``text``.

    >>> [(d.kind, d.month, d.day) for d in find_dates("on May 5 and 6, and on 9 June")]
    [('mdy', 5, 5), ('dmy', 6, 9)]
    >>> [(d.kind, d.month, d.day) for d in find_dates("14/03/2025, 03/14/2025 and 04/03/2025")]
    [('slashed', 3, 14), ('slashed', 3, 14), ('ambiguous', None, None)]
    """
    out = []
    for m in finditer_at(DATE_RE, DATE_START, text):
        kind = m.lastgroup if m.lastgroup in dict(PATTERNS) else next(k for k, _ in PATTERNS if m.group(k))
        g = {k.split("_", 1)[1]: v for k, v in m.groupdict().items() if v and k.startswith(kind + "_")}
        if kind == "my" and g.get("m", "").lower().rstrip(".") == "may" and not g.get("y") and not g.get("part"):
            continue  # the modal verb "may"
        if kind == "my" and len(g.get("m", "")) <= 4 and not g.get("y") and not g.get("part") \
                and g["m"][0].islower():
            continue  # "mar", "dec" in lower case are not months
        if kind == "year" and (COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start())
                               or LISTED_COUNT_BEFORE.search(text, max(0, m.start() - 60), m.start())):
            continue
        month = None
        if "m" in g:
            month = int(g["m"]) if g["m"].isdigit() else _month_number(g["m"])
        day = int(re.match(r"\d+", g["d"]).group()) if "d" in g else None
        if kind == "slashed":
            if month > 12 >= day:
                day, month = month, day       # month first (US order)
            elif not (day > 12 >= month or day == month):
                kind, day, month = "ambiguous", None, None    # masked, never resolved
        if day is not None and not 1 <= day <= 31:
            continue
        out.append(DateMention(m.start(), m.end(), m.group(), kind, month, day,
                               int(g["y"]) if "y" in g else None,
                               WEEKDAYS.get(g.get("w", "").lower()), g.get("r", "").lower(),
                               g.get("part", "").lower()))
    return out


def resolve(d: DateMention, ref: date | None) -> tuple[date | None, str]:
    """The date a mention stands for, given the document date, and its precision.

    Month-and-day without a year takes the year that puts it closest before the document date.

    >>> resolve(find_dates("on July 3")[0], date(2025, 7, 3))
    (datetime.date(2025, 7, 3), 'day')
    >>> resolve(find_dates("in mid-November")[0], date(2023, 1, 12))
    (datetime.date(2022, 11, 15), 'month')
    >>> resolve(find_dates("on Tuesday")[0], date(2023, 1, 12))
    (datetime.date(2023, 1, 10), 'day')
    """
    if d.kind in ("time", "year", "ambiguous"):
        return None, ""
    if d.kind == "weekday":
        if ref is None:
            return None, ""
        back = (ref.weekday() - d.weekday) % 7
        return ref - timedelta(days=back), "day"
    if d.kind == "relative":
        if ref is None:
            return None, ""
        if d.relative == "yesterday":
            return ref - timedelta(days=1), "day"
        if d.relative == "earlier this month":
            return ref.replace(day=1), "month"
        if d.relative == "last month":
            return (ref.replace(day=1) - timedelta(days=1)).replace(day=1), "month"
        return ref, "vague"
    year = d.year
    if year is None:
        if ref is None:
            return None, ""
        year = ref.year
        probe = date(year, d.month, min(d.day or 1, 28))
        if (probe - ref).days > 60:
            year -= 1
    day = d.day
    precision = "day"
    if day is None:
        day = {"early": 1, "mid": 15, "late": 25}.get(d.part, 1)
        precision = "month"
    try:
        return date(year, d.month, day), precision
    except ValueError:
        return None, ""
