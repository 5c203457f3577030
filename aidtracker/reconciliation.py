"""Our events beside a Kiel release: by donor × Kiel category and by donor × system, with the
events and sources behind each of our numbers.

Kiel counts allocations of heavy weapons (tanks, IFVs, howitzers, MLRS, air-defence systems),
values in current euros at upper-bound prices. Ours counts the events found in the ingested
documents. A difference is often a coverage gap (a document we never read), not an error.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .aggregate import by_donor, light_records
from .event_groups import events_frame
from .kiel import CategoryMap, Release, category_map, load
from .reference import Reference, load_reference

DEFAULT_STATUSES = ("pledged", "announced", "approved", "contracted", "financed", "delivered")
SCOPE = [
    ("Kiel Institute", "Allocations: aid earmarked or specified for delivery, by donor government. Heavy weapons "
                       "only (tanks, infantry fighting vehicles, howitzers, multiple rocket launchers, air-defence "
                       "systems); ammunition, spare parts and undisclosed items are excluded. Values in current euros "
                       "at upper-bound market prices."),
    ("aidtracker", "Events found in the documents ingested into this store (each fact counted once however many "
                   "sources repeat it), with the statuses chosen for this comparison. Only what the documents "
                   "say is counted: a donor or system missing from them is a coverage gap, not a zero."),
    ("Reading the differences", "Positive: our documents report more than Kiel's release (for example pledges "
                                "Kiel has not yet counted as allocations, or double reporting across documents). "
                                "Negative: Kiel counts more than our documents mention. Events without a stated "
                                "number count as 0 units and are listed separately."),
]


@dataclass
class Reconciliation:
    by_category: pd.DataFrame
    by_system: pd.DataFrame
    values: pd.DataFrame
    events: pd.DataFrame
    release: Release
    statuses: tuple[str, ...]


def _kiel_category(row, maps: dict[str, CategoryMap], families: dict[str, str]) -> str:
    system = str(row["system"])
    for m in maps.values():
        if m.covers(str(row["category"]), str(row.get("unit") or ""), system, families.get(system, system)):
            return m.kiel_category
    return ""


def reconcile_tables(kiel_dir: str | Path, db: str | Path | None = None, statuses=DEFAULT_STATUSES,
                     ref: Reference | None = None) -> Reconciliation:
    """All reconciliation tables for the store ``db`` and the release in ``kiel_dir``."""
    ref = ref or load_reference()
    release = load(kiel_dir, ref)
    maps = category_map(ref)
    families = {s.name: s.family for s in ref.catalog.systems.values()}
    frame, merges, splits = light_records(db)
    events, _ = events_frame(frame, ref, merges=merges, splits=splits)
    events = events[events["status"].astype(str).isin(statuses)].copy()
    events["kiel_category"] = [_kiel_category(r, maps, families) for r in events.to_dict("records")] \
        if len(events) else []
    events = events[events["kiel_category"] != ""].copy()
    events["family"] = [families.get(str(s), str(s)) for s in events["system"]]
    events["donor"] = events["donor"].astype(str)
    events["quantity_counted"] = events["quantity"].fillna(0.0)

    def ours_by(keys):
        if events.empty:
            return pd.DataFrame(columns=[*keys, "ours", "our_events", "events_without_number", "our_event_ids",
                                         "our_sources", "ours_value_eur"])
        g = events.groupby(keys, observed=True)
        return g.agg(ours=("quantity_counted", "sum"), our_events=("event_id", "size"),
                     events_without_number=("quantity", lambda q: int(q.isna().sum())),
                     our_event_ids=("event_id", lambda s: ", ".join(s)),
                     our_sources=("docs", lambda s: ", ".join(dict.fromkeys(", ".join(s).split(", ")))),
                     ours_value_eur=("value_eur", "sum")).reset_index()

    theirs_cat = release.rows.rename(columns={"number_of_weapons": "theirs", "value_eur": "theirs_value_eur"})[
        ["donor", "kiel_category", "theirs", "theirs_value_eur"]]
    by_category = theirs_cat.merge(ours_by(["donor", "kiel_category"]), on=["donor", "kiel_category"], how="outer")
    theirs_sys = (release.weapons.assign(family=release.weapons["family"].where(release.weapons["family"] != "",
                                                                                 release.weapons["kiel_name"]))
                  .groupby(["donor", "kiel_category", "family"], as_index=False)
                  .agg(theirs=("count", "sum"), kiel_names=("kiel_name", lambda s: "; ".join(s))))
    by_system = theirs_sys.merge(ours_by(["donor", "kiel_category", "family"]),
                                 on=["donor", "kiel_category", "family"], how="outer")
    for table in (by_category, by_system):
        for col in ("theirs", "ours", "our_events", "events_without_number"):
            table[col] = table[col].fillna(0)
        for col in ("our_event_ids", "our_sources"):
            table[col] = table[col].fillna("")
        table["difference"] = table["ours"] - table["theirs"]
    by_category = by_category.fillna({"theirs_value_eur": 0.0, "ours_value_eur": 0.0}) \
        .sort_values(["donor", "kiel_category"]).reset_index(drop=True)
    by_system = by_system.sort_values(["donor", "kiel_category", "family"]).reset_index(drop=True)
    ours_money = by_donor(frame)[["donor", "stated_eur"]].rename(columns={"stated_eur": "ours_stated_eur"})
    kiel_money = release.monthly.groupby("donor", as_index=False)["military_eur"].sum() \
        .rename(columns={"military_eur": "kiel_military_eur"})
    values = kiel_money.merge(ours_money, on="donor", how="outer").fillna(0.0)
    values["difference_eur"] = values["ours_stated_eur"] - values["kiel_military_eur"]
    values = values.sort_values("donor").reset_index(drop=True)
    return Reconciliation(by_category, by_system, values, events, release, tuple(statuses))


def reconcile(kiel_dir: str | Path, db: str | Path | None = None, statuses=DEFAULT_STATUSES) -> pd.DataFrame:
    """Our heavy-weapon counts beside Kiel's, by donor × Kiel category: ``ours``, ``theirs``,
    ``difference``, and the events and sources behind each of our numbers."""
    return reconcile_tables(kiel_dir, db, statuses).by_category
