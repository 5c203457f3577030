"""Reading input files into Documents: plain text, Markdown and HTML, plus a manifest CSV.

Every failure is a SourceError naming the file and the reason; callers report it and go on.
"""
from __future__ import annotations

import csv
import hashlib
import html
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from .errors import ManifestError, SourceError
from .model import Document

SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ManifestEntry:
    doc: str
    source: str
    date: date | None


def read_manifest(path: str | Path) -> dict[str, ManifestEntry]:
    """Read a ``doc,source,date`` CSV (extra columns are ignored).

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "m.csv"
    >>> _ = p.write_text("doc,source,date\\nd1,https://example.org,2024-05-01\\n")
    >>> read_manifest(p)["d1"].date
    datetime.date(2024, 5, 1)
    """
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = {"doc", "date"} - set(reader.fieldnames or ())
            if missing:
                raise ManifestError(f"{path}: manifest lacks column(s) {', '.join(sorted(missing))}")
            out = {}
            for line, row in enumerate(reader, start=2):
                when = None
                if (row.get("date") or "").strip():
                    try:
                        when = date.fromisoformat(row["date"].strip())
                    except ValueError:
                        raise ManifestError(f"{path}:{line}: date {row['date']!r} is not YYYY-MM-DD") from None
                out[row["doc"].strip()] = ManifestEntry(row["doc"].strip(), (row.get("source") or "").strip(), when)
            return out
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read manifest ({exc.strerror or exc})") from None


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, one block per line; scripts, styles and navigation dropped."""

    SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "blockquote", "ul", "ol", "table", "title", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
        if tag == "li" and not self.skip:
            self.parts.append("• ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML document.

    >>> html_to_text("<html><script>x=1</script><p>Norway will send <b>8</b> launchers.</p><ul><li>one</li></ul></html>")
    'Norway will send 8 launchers.\\n\\n• one'
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def read_document(path: str | Path, manifest: dict[str, ManifestEntry] | None = None) -> Document:
    """Read one file into a Document; raises SourceError with a one-line reason."""
    from .extract.pipeline import infer_date
    path = Path(path)
    if not path.exists():
        raise SourceError(path, "no such file")
    if path.is_dir():
        raise SourceError(path, "is a folder")
    if path.suffix.lower() not in SUFFIXES:
        raise SourceError(path, f"unsupported file type {path.suffix or '(none)'}; expected {', '.join(SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise SourceError(path, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    if b"\x00" in data[:8192]:
        raise SourceError(path, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                                "save it as UTF-8") from None
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    if not text.strip():
        raise SourceError(path, "empty file")
    doc_id = path.stem
    entry = (manifest or {}).get(doc_id)
    when = entry.date if entry and entry.date else infer_date(text, str(path))
    return Document(doc=doc_id, path=str(path), text=text, source=entry.source if entry else "",
                    date=when, sha256=hashlib.sha256(data).hexdigest())


def iter_paths(paths: list[str | Path]) -> Iterator[Path]:
    """Files named, and the supported files inside folders named (sorted, recursive)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p
