"""Command line: each command is a thin wrapper over a function of ``aidtracker.api``."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from . import api
from .errors import AidtrackerError
from .model import RECORD_COLUMNS
from .sources import read_manifest
from .store import default_db

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def db_option(f):
    return click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                        help=f"SQLite store (default: $AIDTRACKER_DB or ./{default_db()}).")(f)


def manifest_option(f):
    return click.option("--manifest", type=click.Path(exists=True, dir_okay=False), default=None,
                        help="CSV with doc,source,date giving each document's source and publication date.")(f)


def _fail(message: str) -> None:
    click.echo(f"aidtracker: error: {message}", err=True)
    sys.exit(1)


class Group(click.Group):
    """Catches aidtracker's own errors once and prints them as one line."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AidtrackerError as exc:
            _fail(str(exc))


@click.group(cls=Group, context_settings=CONTEXT)
@click.version_option(package_name="aidtracker")
def main() -> None:
    """Extract military-aid records (who gave what to whom) from report text, store them,
    summarise them and export Excel reports. Every record keeps the sentence it came from.

    \b
    Example:
        aidtracker ingest data/samples && aidtracker report -o reports/aid-summary.xlsx
    """


def _error_line(message: str) -> None:
    click.echo(f"error: {message}", err=True)


@main.command(context_settings=CONTEXT)
@manifest_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write CSV here (default: stdout).")
@click.option("--explain", is_flag=True, help="Print, per record, the names and rules that matched, and per item that "
                                               "gave no record, why not (to stderr).")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def extract(manifest, output, explain, paths) -> None:
    """Extract records from files or folders to CSV, without touching the store.

    \b
    Example:
        aidtracker extract --manifest sources.csv -o records.csv reports/
    """
    summary = api.RunSummary()
    entries = read_manifest(manifest) if manifest else None     # a bad manifest fails before any output
    fh = open(output, "w", newline="", encoding="utf-8") if output else sys.stdout
    try:
        writer = csv.DictWriter(fh, RECORD_COLUMNS)
        writer.writeheader()
        why = api.DocumentExtractor(api.load_reference()) if explain else None
        for doc, recs in api.extract(paths, entries, summary=summary, on_error=_error_line):
            for r in recs:
                writer.writerow(r.as_row())
                if explain:
                    click.echo(f"{r.doc}:{r.start}-{r.end} {r.donor} → {r.recipient}: {r.quantity or ''} {r.system} "
                               f"[{r.category}, {r.status}] names {r.extra.get('aliases', '')}; rule {r.rule}", err=True)
            if explain:
                for text, system, reason in api.not_recorded(doc, why):
                    click.echo(f"{doc.doc}: no record for {text!r} ({system}): {reason}", err=True)
    finally:
        if output:
            fh.close()
    click.echo(summary.line(), err=True)
    sys.exit(1 if summary.errors else 0)


@main.command(context_settings=CONTEXT)
@manifest_option
@db_option
@click.option("--force", is_flag=True, help="Re-extract documents even when their text, data/ and code are unchanged.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for extraction (the store is written by one process).")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def ingest(manifest, db, force, jobs, paths) -> None:
    """Extract files or folders and store their records, one transaction per document.

    Unchanged documents are skipped; changed ones replace their records. A file that cannot be
    read is reported on one line and the others are still ingested (exit status 1).

    \b
    Example:
        aidtracker ingest --db aid.sqlite --manifest sources.csv reports/
    """
    from tqdm import tqdm
    entries = read_manifest(manifest) if manifest else None
    bar = tqdm(unit="file", disable=None, file=sys.stderr)

    def progress(doc, n):
        bar.update(1)
        bar.set_postfix(records=n)

    def on_error(message):
        bar.write(f"error: {message}", file=sys.stderr)

    try:
        summary = api.ingest(paths, db, entries, force=force, on_error=on_error, progress=progress, jobs=jobs)
    finally:
        bar.close()
    click.echo(f"ingested {summary.line()} into {db or default_db()}", err=True)
    sys.exit(1 if summary.errors else 0)


@main.command(context_settings=CONTEXT)
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "table"]), default="table", show_default=True)
@click.option("--limit", type=int, default=None, help="Show at most this many records.")
@click.option("--events", "as_events", is_flag=True, help="One row per event instead of one per mention.")
def records(db, fmt, limit, as_events) -> None:
    """Print the stored records (or events), with analyst corrections applied.

    \b
    Example:
        aidtracker records --format csv > all-records.csv
        aidtracker records --events
    """
    from .aggregate import events as load_events, records as load
    df = load_events(db) if as_events else load(db)
    if limit is not None:
        df = df.head(limit)
    if fmt == "csv":
        df.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        click.echo(json.dumps(json.loads(df.to_json(orient="records", date_format="iso")), indent=1))
    else:
        cols = (["event_id", "donor", "recipient", "system", "quantity", "status", "sources", "first_seen"]
                if as_events else ["id", "doc", "donor", "recipient", "system", "category", "quantity", "status", "date"])
        click.echo(df[cols].to_string(index=False, max_colwidth=32) if len(df) else "(no records)")


@main.command(context_settings=CONTEXT)
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="reports/aid-summary.xlsx",
              show_default=True, help="Workbook to write.")
@click.option("--sheet-rows", type=click.IntRange(1, 1_048_575), default=50_000, show_default=True,
              help="Rows per sheet; longer tables keep their first rows and are written whole beside the "
                   "workbook as Parquet (CSV without pyarrow).")
def report(db, output, sheet_rows) -> None:
    """Write the Excel report: Summary with chart, By system, Records, Sources.

    \b
    Example:
        aidtracker report --db aid.sqlite -o reports/aid-summary.xlsx
        aidtracker report --db big.sqlite -o reports/all.xlsx --sheet-rows 1048575
    """
    from .reports.excel import side_files
    path = api.report(db, output, sheet_rows=sheet_rows)
    click.echo(f"wrote {path}", err=True)
    for side in side_files(path):
        click.echo(f"wrote {side} (the whole table; its sheet holds the first {sheet_rows:,} rows)", err=True)


@main.group(context_settings=CONTEXT)
def correct() -> None:
    """Correct one record: reject it, edit a field, or merge/split events.

    Corrections are stored beside the records and survive re-ingesting the same documents.

    \b
    Example:
        aidtracker correct edit a96cb73658f64120 quantity 3 --note "ministry figure"
    """


def _correct(db, record_id, action, field=None, value=None, other=None, note="") -> None:
    from .corrections import correct as store
    n = store(db, record_id, action, field, value, other, note)
    click.echo(f"correction {n}: {action} {record_id}", err=True)


@correct.command("reject", context_settings=CONTEXT)
@db_option
@click.argument("record_id")
@click.option("--note", default="", help="Why.")
def correct_reject(db, record_id, note) -> None:
    """Drop a record that is not aid.

    \b
    Example:
        aidtracker correct reject a96cb73658f64120 --note "inventory, not a transfer"
    """
    _correct(db, record_id, "reject", note=note)


@correct.command("edit", context_settings=CONTEXT)
@db_option
@click.argument("record_id")
@click.argument("field")
@click.argument("value")
@click.option("--note", default="", help="Why.")
def correct_edit(db, record_id, field, value, note) -> None:
    """Set FIELD of a record to VALUE.

    \b
    Example:
        aidtracker correct edit a96cb73658f64120 status delivered
    """
    _correct(db, record_id, "edit", field, value, note=note)


@correct.command("merge", context_settings=CONTEXT)
@db_option
@click.argument("record_id")
@click.argument("other_id")
@click.option("--note", default="", help="Why.")
def correct_merge(db, record_id, other_id, note) -> None:
    """Put RECORD_ID into the event of OTHER_ID.

    \b
    Example:
        aidtracker correct merge a96cb73658f64120 5d1c0e9b2a774f10
    """
    _correct(db, record_id, "merge", other=other_id, note=note)


@correct.command("split", context_settings=CONTEXT)
@db_option
@click.argument("record_id")
@click.option("--note", default="", help="Why.")
def correct_split(db, record_id, note) -> None:
    """Make RECORD_ID an event of its own.

    \b
    Example:
        aidtracker correct split a96cb73658f64120
    """
    _correct(db, record_id, "split", note=note)


@main.group(context_settings=CONTEXT)
def review() -> None:
    """Review records in Excel: export a workbook, edit it, apply it back.

    \b
    Example:
        aidtracker review export -o review.xlsx && aidtracker review apply review.xlsx
    """


@review.command("export", context_settings=CONTEXT)
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="reports/review.xlsx", show_default=True)
def review_export(db, output) -> None:
    """Write the review workbook.

    \b
    Example:
        aidtracker review export -o review.xlsx
    """
    from .review import export_review
    click.echo(f"wrote {export_review(db, output)}", err=True)


@review.command("apply", context_settings=CONTEXT)
@db_option
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def review_apply(db, path) -> None:
    """Store the changes made in a review workbook as corrections.

    \b
    Example:
        aidtracker review apply review.xlsx
    """
    from .review import apply_review
    counts = apply_review(db, path)
    click.echo("applied " + ", ".join(f"{v} {k}" for k, v in counts.items()), err=True)


@main.group("import", context_settings=CONTEXT)
def import_() -> None:
    """Import reference data from other trackers.

    \b
    Example:
        aidtracker import kiel ../shared/reference/kiel-r29
    """


@import_.command("kiel", context_settings=CONTEXT)
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", type=click.Path(file_okay=False), default=None,
              help="Also write the tidy tables (weapons, rows, monthly) as CSV files into this folder.")
def import_kiel(directory, output) -> None:
    """Read a Kiel Institute Ukraine Support Tracker release folder and check it.

    Prints how many weapons_list entries resolved to catalog systems, whether the parsed counts
    add up to number_of_weapons on every row, and each name that did not resolve.

    \b
    Example:
        aidtracker import kiel ../shared/reference/kiel-r29 -o reports/kiel
    """
    from .kiel import load
    rel = load(directory)
    w = rel.weapons
    ok = (rel.rows["number_of_weapons"] == rel.rows["parsed_count"])
    click.echo(f"{rel.info.get('label', directory)}: {len(rel.rows)} donor × category rows, {len(w)} systems, "
               f"{int(w['count'].sum())} weapons; {len(rel.monthly)} donor-months of allocations")
    click.echo(f"resolved: {int((w['resolved'] == 'catalog').sum())} to named systems, "
               f"{int((w['resolved'] == 'generic type').sum())} to generic types, {len(rel.unresolved)} unresolved")
    click.echo(f"parsed counts equal number_of_weapons on {int(ok.sum())} of {len(ok)} rows")
    for bad in rel.rows[~ok].itertuples():
        click.echo(f"  mismatch: {bad.donor} / {bad.kiel_category}: {bad.parsed_count:g} parsed, "
                   f"{bad.number_of_weapons:g} stated")
    for line in rel.unresolved:
        click.echo(f"  unresolved: {line}")
    if output:
        out = Path(output)
        out.mkdir(parents=True, exist_ok=True)
        w.to_csv(out / "weapons.csv", index=False)
        rel.rows.to_csv(out / "rows.csv", index=False)
        rel.monthly.to_csv(out / "monthly.csv", index=False)
        click.echo(f"wrote {out}/weapons.csv, rows.csv, monthly.csv", err=True)


@main.command(context_settings=CONTEXT)
@click.option("--kiel", "kiel_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Kiel release folder.")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="reports/reconciliation.xlsx",
              show_default=True)
@click.option("--status", default="pledged,announced,approved,contracted,financed,delivered", show_default=True,
              help="Comma-separated statuses of our events to compare.")
def reconcile(kiel_dir, db, output, status) -> None:
    """Compare the store's events with a Kiel release, by donor × category and donor × system.

    \b
    Example:
        aidtracker reconcile --kiel ../shared/reference/kiel-r29 --status delivered -o reports/rec.xlsx
    """
    from .reconciliation import reconcile_tables
    from .reports.reconciliation import write_reconciliation
    rec = reconcile_tables(kiel_dir, db, tuple(s.strip() for s in status.split(",") if s.strip()))
    path = write_reconciliation(rec, Path(output))
    t = rec.by_category
    click.echo(f"{t['donor'].nunique()} donors, {len(t)} donor × category rows: ours {t['ours'].sum():g}, "
               f"Kiel {t['theirs'].sum():g} heavy weapons", err=True)
    click.echo(f"wrote {path}", err=True)


@main.command("eval", context_settings=CONTEXT)
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@manifest_option
@click.option("--quiet", is_flag=True, help="Only the scores, not the list of misses and extras.")
def eval_(gold, paths, manifest, quiet) -> None:
    """Score extraction of PATHS against a GOLD.csv in the shared schema.

    Prints precision, recall, F1, agreement of status, quantity_kind, recipient and date on
    matched records, and lists misses and extras. Only documents present in both count.

    \b
    Example:
        aidtracker eval gold.csv annotated-docs/ --manifest sources.csv
    """
    from .evaluate import evaluate, read_gold
    entries = read_manifest(manifest) if manifest else None
    gold_rows = read_gold(gold)
    summary = api.RunSummary()
    predicted, docs = [], set()
    for doc, recs in api.extract(paths, entries, summary=summary, on_error=_error_line):
        docs.add(doc.doc)
        predicted.extend(r.as_row() for r in recs)
    docs &= {g["doc"] for g in gold_rows}
    result = evaluate(gold_rows, predicted, docs=docs)
    click.echo(f"documents scored: {len(docs)}")
    for line in result.lines(verbose=not quiet):
        click.echo(line)
    sys.exit(1 if summary.errors else 0)


@main.command("check-data", context_settings=CONTEXT)
@click.option("--data", "data", type=click.Path(file_okay=False), default=None,
              help="Reference data folder (default: the one shipped, or $AIDTRACKER_DATA).")
def check_data(data) -> None:
    """Validate the reference data in data/ and print its sizes.

    Problems are printed as file:line: message (exit status 1).

    \b
    Example:
        aidtracker check-data
    """
    from .reference import check_data as check, data_dir
    ref, problems = check(data)
    for p in problems:
        click.echo(p, err=True)
    if ref is None:
        sys.exit(1)
    cat, gaz = ref.catalog, ref.gazetteer
    named = sum(1 for s in cat.systems.values() if not s.generic)
    kinds = {}
    for n in gaz.names:
        kinds[n.kind] = kinds.get(n.kind, 0) + 1
    click.echo(f"data: {Path(data or data_dir()).resolve()}")
    click.echo(f"catalog: {len(cat.systems)} systems ({named} named, {len(cat.systems) - named} generic types), "
               f"{len(cat.aliases)} names and aliases, {len(cat.categories)} categories, "
               f"{len(cat.attached)} attached words")
    un = sum(1 for c in gaz.countries.values() if c.un_member)
    click.echo(f"gazetteer: {len(gaz.countries)} countries ({un} UN members), {len(gaz.names)} actor names "
               f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), {len(gaz.titles)} titles")
    click.echo(f"rules: {len(ref.rules.cues)} cues, {len(ref.rules.quantifiers)} quantifiers, "
               f"{len(ref.currencies)} currency names")


if __name__ == "__main__":
    main()
