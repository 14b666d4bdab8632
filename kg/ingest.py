"""Files in, repaired plain-text Documents out.

Reads .txt/.md (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030/GBK), .pdf (pypdf) and
.html, and repairs what PDF extraction breaks: lines wrapped inside a sentence or a
name, stray spaces between CJK characters, page numbers and running headers.
Anything it cannot read raises InputError with a one-line reason naming the file.
"""
from __future__ import annotations

import hashlib
import html.parser
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".html", ".htm")
MAX_BYTES = 50 * 1024 * 1024


class InputError(Exception):
    """A file that cannot be turned into a Document; str() is one line naming it."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path, self.problem = str(path), problem


from .model import Document  # noqa: E402


def discover(paths: list[str | Path]) -> Iterator[Path]:
    """Every readable input file under ``paths`` (files as given, folders recursively),
    in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in SUFFIXES
                              and not p.name.startswith(".") and not p.stem.lower() == "readme")
        elif path.exists():
            yield path
        else:
            raise InputError(path, "no such file or folder")


def read_document(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"too large ({size / 1048576:.1f} MiB, limit {max_bytes / 1048576:.0f} MiB)")
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read ({error.strerror or error})") from None
    if not raw.strip():
        raise InputError(path, "empty file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text, encoding = pdf_text(path, raw), "pdf"
    else:
        text, encoding = decode(path, raw)
        if suffix in (".html", ".htm"):
            text = html_text(text)
        elif suffix in (".md", ".markdown"):
            text = markdown_text(text)
    text = repair(text)
    if not text.strip():
        raise InputError(path, "no text in it")
    return Document(str(path), path.name, text, hashlib.sha256(raw).hexdigest(), encoding)


# -- decoding -------------------------------------------------------------------
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(path: Path, raw: bytes) -> tuple[str, str]:
    """Bytes to text: a BOM decides; else strict UTF-8; else strict GB18030 if the
    result reads as Chinese; else charset-normalizer's best guess, if confident."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(path, f"undecodable text (a {encoding} byte-order mark, then "
                                       f"invalid bytes at offset {error.start})") from None
    if b"\x00" in raw[:8192]:
        raise InputError(path, "binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
        if _reads_as_text(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(raw).best()
    if best is not None and best.chaos < 0.2 and _reads_as_text(str(best)):
        return str(best), best.encoding
    raise InputError(path, "undecodable text (not UTF-8, UTF-16 or GB18030)")


def _reads_as_text(text: str) -> bool:
    """Share of characters that are CJK, Latin, digits, punctuation or space."""
    if not text:
        return False
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    rare = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff" or "\U00020000" <= ch)
    return good / len(text) > 0.97 and rare / len(text) < 0.01


def pdf_text(path: Path, raw: bytes) -> str:
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise InputError(path, "encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise InputError(path, f"unreadable PDF ({type(error).__name__}: {error})") from None
    if not any(p.strip() for p in pages):
        raise InputError(path, "PDF without extractable text (a scan?)")
    return "\n\n".join(pages)


class _HtmlText(html.parser.HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "tr", "section", "article", "table", "ul", "ol", "blockquote"}
    HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
    SKIP = {"script", "style", "noscript", "template", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.last_href = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.HEADINGS:
            self.parts.append("\n\n# " if tag == "h1" else "\n\n## ")
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("http"):
                self.parts.append(f" {href} ")
                self.last_href = href

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.HEADINGS or tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping and data.strip() != self.last_href:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_text(markup: str) -> str:
    """Visible text of an HTML page; headings become '## ' lines like Markdown."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return "\n".join(line.strip() for line in "".join(parser.parts).splitlines())


def markdown_text(text: str) -> str:
    """Markdown to plain lines: keep '## ' headings, drop emphasis, links to 'text url'."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r"\1 \2", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"^#\s+", "# ", text, flags=re.M)  # a top heading is a section
    text = re.sub(r"^#{2,6}\s*", "## ", text, flags=re.M)
    return re.sub(r"^\s*[-*+]\s+", "● ", text, flags=re.M)


# -- repair ---------------------------------------------------------------------
_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_SENTENCE_END = re.compile(r"(?:[。！？；：!?;:]|[。！？][”」』])$")
# A line that starts one of these is structure, never the continuation of a sentence.
_STRUCTURE = re.compile(
    r"^\s*(?:\d{1,2}\s*[.、．)]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]+\s*、|[IVX]+\.\s|##|●|•|[-*➢▪]\s*|"
    r"发布日期|日期|来源|链接|摘要|原文|.{0,6}短评|.{0,6}点评|Date:|Source:|Links?:|Summary:|Comment)",
)
# A numbered heading (1. 标题, 一、标题) ends at its line even when it is long.
_HEADING = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]+\s*、|##)")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]?\s*\d{1,4}\s*[-–—]?|第\s*\d+\s*页(?:\s*/?\s*共\s*\d+\s*页)?|Page \d+( of \d+)?|\d+\s*/\s*\d+)\s*$")


def repair(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ").replace("\xa0", " ")
    text = re.sub(rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}])", "", text)
    lines = [line.strip() for line in text.split("\n")]
    lines = _drop_page_furniture(lines)
    return "\n".join(_join_wrapped(lines))


def _drop_page_furniture(lines: list[str]) -> list[str]:
    """Drop page numbers and running headers/footers (short lines repeated on many pages)."""
    counts = Counter(line for line in lines if line)
    pages = max(1, sum(1 for line in lines if _PAGE_NUMBER.match(line) and line))
    repeated = {line for line, count in counts.items()
                if count >= 3 and count >= pages // 2 and len(line) <= 40
                and not _STRUCTURE.match(line) and not line.endswith((":", "："))}
    return [line for line in lines if not (line and (_PAGE_NUMBER.match(line) or line in repeated))]


_NARROW = re.compile(r"[^\u2e80-\uffff]")


def _width(line: str) -> float:
    """Display width: a CJK character counts 1, a Latin letter or digit about half."""
    return len(line) - 0.45 * len(_NARROW.findall(line))


def _join_wrapped(lines: list[str]) -> list[str]:
    """Rejoin lines that a fixed-width layout broke inside a sentence.

    A document is hard-wrapped when many of its lines share one width; a line close to
    that width that does not end a sentence continues on the next non-empty line,
    unless that line starts a new structural element.
    """
    widths = Counter(round(width) for width in map(_width, lines) if width >= 15)
    if not widths:
        return lines
    full = max((w for w, c in widths.items() if c >= max(3, widths.most_common(1)[0][1] // 3)), default=None)
    if full is None:
        return lines
    wrapped = sum(c for w, c in widths.items() if w >= full - 3)
    if wrapped < 0.25 * sum(1 for line in lines if line):
        return lines
    out: list[str] = []
    pending = False
    for line in lines:
        if not line:
            if not pending:
                out.append(line)
            continue
        if pending and not _STRUCTURE.match(line):
            joiner = " " if re.search(r"[A-Za-z0-9.,]$", out[-1]) and re.match(r"[A-Za-z0-9]", line) else ""
            out[-1] = out[-1] + joiner + line
        else:
            out.append(line)
        pending = (_width(out[-1]) >= full - 6 and not _SENTENCE_END.search(out[-1])
                   and not _HEADING.match(out[-1]))
    return out
