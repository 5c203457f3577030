"""The gazetteer: countries, their aliases, institutions, office titles and companies."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .csvfile import ISO3, SLUG, Problems, read_rows, yes_no

ALIAS_KINDS = ("name", "short", "demonym", "capital")
INSTITUTION_KINDS = ("ministry", "military", "government", "agency", "official", "coalition", "multilateral",
                     "historical")
STATELESS_KINDS = ("coalition", "multilateral", "historical")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    un_member: bool


@dataclass(frozen=True)
class ActorName:
    """A surface form that stands for an actor.

    ``iso3`` is blank for coalitions and multilateral bodies (actors, never donors of record).
    ``kind`` is the alias kind (``demonym``, ``capital`` …), the institution kind, or ``company``.
    """

    alias: str
    iso3: str
    kind: str
    entity: str = ""   # company or institution name, for evidence and --explain


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, Country]
    names: tuple[ActorName, ...]
    titles: tuple[str, ...]
    postings: tuple[str, ...] = ()   # titles whose "to X" names where they serve ("Ambassador to Ukraine")
    # alias → (last day in the old office, the actor it stands for after): officials who changed office
    successors: dict[str, tuple[date, ActorName]] = field(default_factory=dict)

    def in_office(self, name: ActorName, on: date | None) -> ActorName:
        """The actor ``name`` stands for on the day ``on`` (officials who moved office).

        >>> from aidtracker.reference import load_reference
        >>> g = load_reference().gazetteer
        >>> kallas = next(n for n in g.names if n.alias == "Kaja Kallas")
        >>> g.in_office(kallas, date(2023, 5, 1)).iso3, g.in_office(kallas, date(2025, 5, 1)).kind
        ('EST', 'multilateral')
        """
        later = self.successors.get(name.alias)
        return later[1] if later is not None and on is not None and on > later[0] else name

    def country_name(self, iso3: str) -> str:
        """The record name of a country.

        >>> from aidtracker.reference import load_reference
        >>> load_reference().gazetteer.country_name("GBR")
        'United Kingdom'
        """
        c = self.countries.get(iso3)
        return c.name if c else ""


def load_gazetteer(data: Path, problems: Problems) -> Gazetteer:
    """Load and validate the gazetteer files in ``data``; problems are collected, not raised."""
    countries: dict[str, Country] = {}
    f = data / "countries.csv"
    for line, r in read_rows(f, ("iso3", "name", "un_member"), problems, ("iso3", "name")):
        if not ISO3.match(r["iso3"]):
            problems.add(f, line, f"iso3 {r['iso3']!r} is not three upper-case letters")
        if r["iso3"] in countries:
            problems.add(f, line, f"duplicate iso3 {r['iso3']!r}")
        countries[r["iso3"]] = Country(r["iso3"], r["name"], yes_no(r["un_member"], f, line, "un_member", problems))

    names: list[ActorName] = [ActorName(c.name, c.iso3, "name") for c in countries.values()]
    owner: dict[str, str] = {c.name: c.iso3 for c in countries.values()}

    def claim(path: Path, line: int, alias: str, iso3: str) -> bool:
        if alias in owner and owner[alias] != iso3:
            problems.add(path, line, f"alias {alias!r} already stands for {owner[alias] or 'a stateless body'}")
            return False
        if alias in owner:
            problems.add(path, line, f"duplicate alias {alias!r}")
            return False
        owner[alias] = iso3
        return True

    f = data / "country_aliases.csv"
    for line, r in read_rows(f, ("iso3", "alias", "kind"), problems, ("iso3", "alias", "kind")):
        if r["iso3"] not in countries:
            problems.add(f, line, f"unknown iso3 {r['iso3']!r}")
            continue
        if r["kind"] not in ALIAS_KINDS:
            problems.add(f, line, f"kind must be one of {', '.join(ALIAS_KINDS)}")
            continue
        if claim(f, line, r["alias"], r["iso3"]):
            names.append(ActorName(r["alias"], r["iso3"], r["kind"]))

    f = data / "institutions.csv"
    for line, r in read_rows(f, ("alias", "iso3", "kind"), problems, ("alias", "kind")):
        if r["kind"] not in INSTITUTION_KINDS:
            problems.add(f, line, f"kind must be one of {', '.join(INSTITUTION_KINDS)}")
            continue
        if r["kind"] in STATELESS_KINDS:
            if r["iso3"]:
                problems.add(f, line, f"a {r['kind']} has no iso3")
        elif r["iso3"] not in countries:
            problems.add(f, line, f"unknown iso3 {r['iso3']!r}")
            continue
        if claim(f, line, r["alias"], r["iso3"]):
            names.append(ActorName(r["alias"], r["iso3"], r["kind"], r["alias"]))

    companies: dict[str, tuple[str, str]] = {}
    f = data / "companies.csv"
    for line, r in read_rows(f, ("id", "name", "iso3"), problems, ("id", "name", "iso3")):
        if not SLUG.match(r["id"]):
            problems.add(f, line, f"id {r['id']!r} is not a lower-case slug")
        if r["id"] in companies:
            problems.add(f, line, f"duplicate id {r['id']!r}")
        if r["iso3"] not in countries:
            problems.add(f, line, f"unknown iso3 {r['iso3']!r}")
            continue
        companies[r["id"]] = (r["name"], r["iso3"])
        if claim(f, line, r["name"], r["iso3"]):
            names.append(ActorName(r["name"], r["iso3"], "company", r["name"]))
    f = data / "company_aliases.csv"
    for line, r in read_rows(f, ("company_id", "alias"), problems, ("company_id", "alias")):
        if r["company_id"] not in companies:
            problems.add(f, line, f"unknown company_id {r['company_id']!r}")
            continue
        name, iso3 = companies[r["company_id"]]
        if claim(f, line, r["alias"], iso3):
            names.append(ActorName(r["alias"], iso3, "company", name))

    f = data / "titles.csv"
    rows = [r for _, r in read_rows(f, ("title", "kind"), problems, ("title",))]
    titles = tuple(r["title"] for r in rows)
    postings = tuple(r["title"] for r in rows if r["kind"] == "posting")
    return Gazetteer(countries, tuple(names), titles, postings, _office_changes(data, problems, countries, owner))


def _office_changes(data: Path, problems: Problems, countries: dict[str, Country],
                    owner: dict[str, str]) -> dict[str, tuple[date, ActorName]]:
    """``office_changes.csv``: an official's alias stands for another actor after a given day."""
    out: dict[str, tuple[date, ActorName]] = {}
    f = data / "office_changes.csv"
    for line, r in read_rows(f, ("alias", "until", "iso3", "kind"), problems, ("alias", "until", "kind")):
        if r["alias"] not in owner:
            problems.add(f, line, f"alias {r['alias']!r} is not in the gazetteer")
            continue
        try:
            until = date.fromisoformat(r["until"])
        except ValueError:
            problems.add(f, line, f"until {r['until']!r} is not an ISO date")
            continue
        if r["kind"] not in INSTITUTION_KINDS:
            problems.add(f, line, f"kind must be one of {', '.join(INSTITUTION_KINDS)}")
        elif r["kind"] in STATELESS_KINDS and r["iso3"]:
            problems.add(f, line, f"a {r['kind']} has no iso3")
        elif r["kind"] not in STATELESS_KINDS and r["iso3"] not in countries:
            problems.add(f, line, f"unknown iso3 {r['iso3']!r}")
        elif r["alias"] in out:
            problems.add(f, line, f"duplicate alias {r['alias']!r}")
        else:
            out[r["alias"]] = (until, ActorName(r["alias"], r["iso3"], r["kind"], r["alias"]))
    return out
