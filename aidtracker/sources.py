"""Reading input files into Documents: plain text, Markdown, HTML, PDF and Word, plus a manifest.

PDF (pypdf), Word (python-docx) and main-text extraction from real web pages (trafilatura)
come with the optional ``formats`` extra; without it, HTML is read with the built-in parser.

Every failure is a SourceError naming the file and the reason; callers report it and go on.
"""
from __future__ import annotations

import csv
import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from .errors import ManifestError, SourceError
from .model import Document

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
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


def _needs(extra_module: str, path: Path, suffix: str):
    try:
        return __import__(extra_module)
    except ImportError:
        raise SourceError(path, f"reading {suffix} files needs the formats extra "
                                f"(pip install 'aidtracker[formats]')") from None


def reflow(text: str) -> str:
    r"""Join lines that a PDF broke inside paragraphs; keep blank lines, bullets and headings.

    >>> reflow("Norway will send eight\nlaunchers to Ukraine.\nA second sentence.\n\nNext paragraph")
    'Norway will send eight launchers to Ukraine.\nA second sentence.\n\nNext paragraph'
    """
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        merged: list[str] = []
        for ln in lines:
            if merged and not re.search(r"[.!?:;]['\"”’)\]]*$", merged[-1]) and not BULLET_START.match(ln):
                broken = WORD_BROKEN.search(merged[-1])
                if broken and ln[:1].islower():
                    # "howit-\nzers" → "howitzers"; "anti-\ntank" keeps its hyphen
                    keep = broken.group(1).lower() in HYPHEN_PREFIXES
                    merged[-1] = merged[-1][: len(merged[-1]) - (0 if keep else 1)] + ln
                else:
                    merged[-1] += " " + ln
            else:
                merged.append(ln)
        out.append("\n".join(merged))
    return "\n\n".join(b for b in out if b)


# a word broken at the end of a line, and the prefixes whose hyphen belongs to the word
WORD_BROKEN = re.compile(r"\b([A-Za-z]+)-$")
HYPHEN_PREFIXES = frozenset("anti self air non co counter multi long short semi well high low surface ground man "
                            "mine armour armor fire light heavy medium".split())
PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.I)


def join_pages(pages: list[str]) -> str:
    r"""Text of a PDF's pages without running headers, footers and page numbers, a sentence that
    runs over a page break kept whole.

    >>> join_pages(["MoD Report 2024\nPoland delivered\nPage 1 of 2", "MoD Report 2024\n100 tanks.\nPage 2 of 2"])
    'Poland delivered\n100 tanks.'
    """
    split = [[ln.strip() for ln in p.splitlines() if ln.strip()] for p in pages]

    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line.lower())
    edges = Counter(shape(ln) for lines in split for ln in {*lines[:1], *lines[-1:]})
    running = {k for k, n in edges.items() if n >= 2}
    text = ""
    for lines in split:
        lines = [ln for i, ln in enumerate(lines)
                 if not PAGE_NUMBER.fullmatch(ln)
                 and not ((i == 0 or i == len(lines) - 1) and shape(ln) in running)]
        if not lines:
            continue
        if text:
            # a page that begins in the middle of a sentence continues it
            text += "\n" if not re.search(r"[.!?:;]['\"”’)\]]*$", text) else "\n\n"
        text += "\n".join(lines)
    return text


BULLET_START = re.compile(r"^(?:[•·▪◦●*-]|--|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)]|\([a-h]\)|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s")


def pdf_text(path: Path) -> str:
    pypdf = _needs("pypdf", path, ".pdf")
    try:
        reader = pypdf.PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:     # pypdf raises many kinds of errors on damaged files
        raise SourceError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    text = reflow(join_pages(pages))
    if not text.strip():
        raise SourceError(path, "PDF has no text layer (a scan?); run OCR first")
    return text


def docx_text(path: Path) -> str:
    docx = _needs("docx", path, ".docx")
    try:
        document = docx.Document(str(path))
    except Exception as exc:     # python-docx raises zip, XML and package errors
        raise SourceError(path, f"not a readable Word file ({type(exc).__name__})") from None
    blocks = []
    for para in document.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name or "").lower() if para.style is not None else ""
        blocks.append(("• " + text) if "list" in style else text)
    for table in document.tables:
        for row in table.rows:
            blocks.append(" | ".join(c.text.strip() for c in row.cells))
    return "\n\n".join(blocks)


# the cells of one table row read as one line ("T-72 tanks | 40 | Delivered"), so a count stays
# with its item whatever the page's table markup
CELL_BOUNDARY = re.compile(r"</t[dh]>\s*<t[dh](?:\s[^>]*)?>", re.I)


def web_text(markup: str) -> str:
    """Main text of a web page: trafilatura when installed (drops menus, ads, comments), else
    the built-in reader.

    >>> "T-72 tanks | 40" in web_text("<html><body><table><tr><td>T-72 tanks</td><td>40</td></tr></table></body></html>")
    True
    """
    markup = CELL_BOUNDARY.sub(" | ", markup)
    try:
        import trafilatura
    except ImportError:
        return html_to_text(markup)
    text = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_recall=True)
    return text.replace("\\|", "|") if text and text.strip() else html_to_text(markup)


def read_document(path: str | Path, manifest: dict[str, ManifestEntry] | None = None) -> Document:
    """Read one file into a Document; raises SourceError with a one-line reason."""
    from .extract.pipeline import infer_date
    path = Path(path)
    if not path.exists():
        raise SourceError(path, "no such file")
    if path.is_dir():
        raise SourceError(path, "is a folder")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceError(path, f"unsupported file type {path.suffix or '(none)'}; expected {', '.join(SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise SourceError(path, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not data.strip():
        raise SourceError(path, "empty file")
    if suffix == ".pdf":
        text = pdf_text(path)
    elif suffix == ".docx":
        text = docx_text(path)
    else:
        if b"\x00" in data[:8192]:
            raise SourceError(path, "binary file, not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SourceError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                                    "save it as UTF-8") from None
        if suffix in (".html", ".htm"):
            text = web_text(text)
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
