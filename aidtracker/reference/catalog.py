"""The weapon catalog: categories, units, systems, their aliases and attached words."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .csvfile import ISO3, SLUG, Problems, read_rows, yes_no


@dataclass(frozen=True)
class Category:
    category: str
    ammunition_category: str
    description: str


@dataclass(frozen=True)
class System:
    """One catalog entry: a named system or a generic equipment type."""

    id: str
    name: str
    category: str
    unit: str
    origin: str
    family: str
    generic: bool


@dataclass(frozen=True)
class Alias:
    system_id: str
    alias: str
    case_sensitive: bool


@dataclass(frozen=True)
class AttachedWord:
    """A word that takes its meaning from the system it is attached to ("missiles for X")."""

    word: str
    role: str          # munition | part | capability | anaphor | nonitem
    category: str      # category when attached to nothing (blank: no record)
    unit: str = ""     # unit of count of the derived item (blank: round for munitions, piece for parts)


@dataclass(frozen=True)
class ContextRule:
    """An ambiguous name ("Leopard") stands for ``system_id`` when ``context`` occurs in the same
    sentence; ``context`` ``*`` is the default."""

    alias: str
    context: str
    system_id: str


@dataclass(frozen=True)
class Catalog:
    categories: dict[str, Category]
    units: frozenset[str]
    systems: dict[str, System]
    aliases: tuple[Alias, ...]
    attached: tuple[AttachedWord, ...]
    context_rules: tuple[ContextRule, ...] = ()

    def ammunition_category(self, category: str) -> str:
        """Category of ammunition for a system of ``category`` ('' when not counted).

        >>> from aidtracker.reference import load_reference
        >>> load_reference().catalog.ammunition_category("artillery")
        'artillery_ammunition'
        """
        c = self.categories.get(category)
        return c.ammunition_category if c else ""


ATTACHED_ROLES = ("munition", "part", "capability", "anaphor", "nonitem")


def load_catalog(data: Path, problems: Problems) -> Catalog:
    """Load and validate the catalog files in ``data``; problems are collected, not raised."""
    categories: dict[str, Category] = {}
    f = data / "categories.csv"
    rows = read_rows(f, ("category", "ammunition_category", "description"), problems, ("category",))
    for line, r in rows:
        if r["category"] in categories:
            problems.add(f, line, f"duplicate category {r['category']!r}")
        categories[r["category"]] = Category(r["category"], r["ammunition_category"], r["description"])
    for line, r in rows:
        if r["ammunition_category"] and r["ammunition_category"] not in categories:
            problems.add(f, line, f"unknown ammunition_category {r['ammunition_category']!r}")

    f = data / "units.csv"
    units = frozenset(r["unit"] for _, r in read_rows(f, ("unit", "description"), problems, ("unit",)))

    systems: dict[str, System] = {}
    f = data / "systems.csv"
    for line, r in read_rows(f, ("id", "name", "category", "unit", "origin", "family", "generic"),
                             problems, ("id", "name", "category", "unit")):
        if not SLUG.match(r["id"]):
            problems.add(f, line, f"id {r['id']!r} is not a lower-case slug")
        if r["id"] in systems:
            problems.add(f, line, f"duplicate id {r['id']!r}")
        if r["category"] not in categories:
            problems.add(f, line, f"unknown category {r['category']!r}")
        if r["unit"] not in units:
            problems.add(f, line, f"unknown unit {r['unit']!r}")
        if r["origin"] and not ISO3.match(r["origin"]):
            problems.add(f, line, f"origin {r['origin']!r} is not an ISO3 code")
        systems[r["id"]] = System(r["id"], r["name"], r["category"], r["unit"], r["origin"],
                                  r["family"] or r["name"], yes_no(r["generic"], f, line, "generic", problems))

    aliases: list[Alias] = [Alias(s.id, s.name, False) for s in systems.values()]
    # An alias is unique among case-insensitive aliases; a case-sensitive alias may share its
    # spelling with one of them ("Multiple Launch Rocket System" = M270, "multiple launch
    # rocket system" = generic): the exact capitalisation wins when text is matched.
    loose: dict[str, str] = {s.name.casefold(): s.id for s in systems.values()}
    exact: dict[str, str] = {}
    f = data / "system_aliases.csv"
    for line, r in read_rows(f, ("system_id", "alias", "case_sensitive"), problems, ("system_id", "alias")):
        if r["system_id"] not in systems:
            problems.add(f, line, f"alias {r['alias']!r} names unknown system_id {r['system_id']!r}")
            continue
        cs = yes_no(r["case_sensitive"], f, line, "case_sensitive", problems)
        table, key = (exact, r["alias"]) if cs else (loose, r["alias"].casefold())
        if table.get(key, r["system_id"]) != r["system_id"]:
            problems.add(f, line, f"alias {r['alias']!r} already belongs to {table[key]!r}")
            continue
        if key in table:
            continue  # the canonical name or the same alias repeated: harmless
        table[key] = r["system_id"]
        aliases.append(Alias(r["system_id"], r["alias"], cs))
    owner = loose | {k.casefold(): v for k, v in exact.items()}

    attached: list[AttachedWord] = []
    f = data / "attached_words.csv"
    seen: set[str] = set()
    for line, r in read_rows(f, ("word", "role", "category"), problems, ("word", "role")):
        if r["role"] not in ATTACHED_ROLES:
            problems.add(f, line, f"role must be one of {', '.join(ATTACHED_ROLES)}")
        if r["category"] and r["category"] not in categories:
            problems.add(f, line, f"unknown category {r['category']!r}")
        if r["word"].casefold() in seen:
            problems.add(f, line, f"duplicate word {r['word']!r}")
        if r["word"].casefold() in owner:
            problems.add(f, line, f"word {r['word']!r} is also a system alias")
        if r.get("unit") and r["unit"] not in units:
            problems.add(f, line, f"unknown unit {r['unit']!r}")
        seen.add(r["word"].casefold())
        attached.append(AttachedWord(r["word"], r["role"], r["category"], r.get("unit", "")))

    rules: list[ContextRule] = []
    f = data / "system_context.csv"
    if f.exists():
        for line, r in read_rows(f, ("alias", "context", "system_id"), problems,
                                 ("alias", "context", "system_id")):
            if r["system_id"] not in systems:
                problems.add(f, line, f"unknown system_id {r['system_id']!r}")
            if r["alias"] in exact or r["alias"].casefold() in loose:
                problems.add(f, line, f"{r['alias']!r} is also an alias of "
                                      f"{exact.get(r['alias']) or loose[r['alias'].casefold()]!r}; keep it in one file")
            rules.append(ContextRule(r["alias"], r["context"], r["system_id"]))

    return Catalog(categories, units, systems, tuple(aliases), tuple(attached), tuple(rules))
