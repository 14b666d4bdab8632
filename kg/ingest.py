"""Files in, repaired plain-text Documents out.

Reads .txt/.md (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030/GBK), .pdf (pypdf) and
.html, folds the look-alike characters PDF text layers are full of (⼈⼯智能, 意⻅, ﬁ) to
the characters a reader sees, and repairs what PDF extraction breaks: lines wrapped inside
a sentence or a name, stray spaces between CJK characters, page numbers and running headers.
Anything it cannot read raises InputError with a one-line reason naming the file.
"""
from __future__ import annotations

import hashlib
import html.parser
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".html", ".htm")
MAX_BYTES = 50 * 1024 * 1024
# the character tables read here (their contents are part of the build cache's version)
UNICODE_DIR = Path(__file__).resolve().parent.parent / "data" / "unicode"


log = logging.getLogger("kg")


def shown(path: str | Path) -> str:
    """A path as text that can be printed and written anywhere: the bytes of a name that
    is not UTF-8 (GBK names from a Windows zip) as backslash escapes (\\xd6\\xd0)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


class InputError(Exception):
    """A file that cannot be turned into a Document; str() is one line naming it."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{shown(path)}: {' '.join(str(problem).split())}")
        self.path, self.problem = shown(path), problem

    def __reduce__(self):  # made again from its two arguments where a worker process sends it back
        return type(self), (self.path, self.problem)


from .atomic import NotRegular, read_regular  # noqa: E402
from .dates import parse_date  # noqa: E402
from .model import Document  # noqa: E402
from .segment import LABEL, closes_its_line, is_rule, opens_structure  # noqa: E402


def discover(paths: list[str | Path]) -> Iterator[Path]:
    """Every input file under ``paths`` (files as given, folders recursively), in a stable
    order.  Inside a folder, a symbolic link is taken only where it points inside that
    folder (one line says so of the others); what has an input's name and is no regular
    file (a pipe, a device, a link that loops) is given too, so that reading it says why
    it is skipped, in one line, as for one given by name; a folder named like a file
    (news.txt/) is a folder: its files are read, and one line says so."""
    for path in map(Path, paths):
        if path.is_dir():
            named = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
                           and not p.stem.lower() == "readme")
            for p in ([path] if path.suffix.lower() in SUFFIXES else []) + [p for p in named if p.is_dir()]:
                log.warning("%s: a folder named like a file, read as a folder (the files in it)", shown(p))
            yield from (p for p in named if not p.is_dir() and _inside(p, path))
        elif path.exists() or path.is_symlink():
            yield path
        else:
            raise InputError(path, "no such file or folder")


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (under ``folder``) is there, not a link out of it."""
    if not path.is_symlink():
        return True
    try:
        if path.resolve().is_relative_to(folder.resolve()):
            return True
    except (OSError, RuntimeError):  # a loop of links: reading it says so
        return True
    log.warning("%s: a symbolic link to a file outside %s, not followed", shown(path), shown(folder))
    return False


def read_document(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """The file at ``path`` as a Document; InputError (one line naming the file) where it
    cannot be read.  Only regular files are read, and never more than ``max_bytes``: a
    device or a pipe given by name is refused, not read for ever."""
    path = Path(path)
    raw = read_bytes(path, max_bytes)
    date = None
    if not raw.strip():
        raise InputError(path, "empty file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            text, encoding = pdf_text(path, raw), "pdf"
        else:
            text, encoding = decode(path, raw)
            if suffix in (".html", ".htm"):
                date = page_date(text)
                text = html_text(text)
            elif suffix in (".md", ".markdown"):
                date = front_matter_date(text)
                text = markdown_text(text)
        text = repair(fold_characters(text))
    except InputError:
        raise
    except Exception as error:  # a reader's own bug on a strange file: the file is skipped, not the build
        raise InputError(path, f"cannot be read ({type(error).__name__}: {error})"[:300]) from None
    if not text.strip():
        raise InputError(path, "no text in it")
    return Document(shown(path), shown(path.name), text, hashlib.sha256(raw).hexdigest(), encoding, date)


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes``; else InputError."""
    try:
        return read_regular(path, max_bytes)
    except NotRegular as problem:
        raise InputError(path, str(problem)) from None
    except OSError as error:
        raise InputError(path, f"cannot read ({error.strerror or error})") from None


# -- decoding -------------------------------------------------------------------
# UTF-32's marks first: FF FE 00 00 also starts UTF-16's.
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Without a byte-order mark, UTF-32 and UTF-16 show by where their NUL bytes stand: the
# top byte of every UTF-32 character; the high byte of UTF-16's ASCII characters (line
# ends, digits), always at the same side of the pair.
_WIDE_UNICODE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
# East Asian legacy encodings, each with the script its text must show to be believed:
# Japanese writes hiragana (の, は, に) in every sentence, Korean writes Hangul in words
# parted by spaces; a Chinese text read in either shows neither.
_LEGACY = ("gb18030", "big5", "cp932", "cp949")
_HIRAGANA = re.compile("[\u3041-\u309f]")
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")


def decode(path: Path, raw: bytes) -> tuple[str, str]:
    """Bytes to text: a BOM decides (UTF-8, UTF-16, UTF-32); NUL bytes ask for UTF-16 or
    UTF-32 without one; else strict UTF-8 (a file cut inside its last character loses that
    character, said in one line); else the East Asian encoding whose text reads as its
    language (GB18030 for Chinese unless the text is Big5, Shift-JIS or EUC-KR); else
    charset-normalizer's best guess, if confident.  Anything else raises InputError."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(path, f"undecodable text (a {encoding} byte-order mark, then "
                                       f"invalid bytes at offset {error.start})") from None
    if b"\x00" in raw[:8192]:
        for encoding in _WIDE_UNICODE:
            if _wide_unicode(raw, encoding) and (text := _strict(raw, encoding)) and _reads_as_text(text):
                return text, encoding
        raise InputError(path, "binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.end == len(raw) and len(raw) - error.start < 4:
            log.warning("%s: ends inside a UTF-8 character (a cut file?); the partial character is dropped",
                        shown(path))
            return raw[:error.start].decode("utf-8"), "utf-8"
    found = [(encoding, text) for encoding in _LEGACY
             if (text := _strict(raw, encoding)) is not None and _reads_as_text(text)]
    for encoding, text in found:
        if encoding == "cp932" and len(_HIRAGANA.findall(text)) >= 0.1 * _non_ascii(text):
            return text, "shift_jis"
        if encoding == "cp949" and _spaced_hangul(text):
            return text, "euc-kr"
    chinese = [(encoding, text) for encoding, text in found if encoding in ("gb18030", "big5")]
    if len(chinese) == 2:  # both read: the one charset-normalizer finds less of a mess
        chinese.sort(key=lambda pair: _mess(pair[1]))
    if chinese:
        return chinese[0][1], chinese[0][0]
    from charset_normalizer import from_bytes
    best = from_bytes(raw).best()
    if best is not None and best.chaos < 0.2 and _reads_as_text(str(best)):
        return str(best), best.encoding
    raise InputError(path, "undecodable text (not UTF-8, UTF-16, UTF-32, GB18030, Big5, Shift-JIS or EUC-KR)")


def _wide_unicode(raw: bytes, encoding: str) -> bool:
    """Whether the NUL bytes of ``raw`` stand where ``encoding`` puts them."""
    if encoding.startswith("utf-32"):
        top, plane = (3, 2) if encoding.endswith("le") else (0, 1)
        return len(raw) % 4 == 0 and not any(raw[top::4]) and max(raw[plane::4], default=0) <= 0x10
    high = 1 if encoding.endswith("le") else 0
    nul = [at for at, byte in enumerate(raw) if byte == 0]
    # a CJK character's low byte is NUL now and then (U+4E00, U+3000): most, not all
    return len(raw) % 2 == 0 and len(nul) >= len(raw) / 200 and sum(at % 2 == high for at in nul) >= 0.9 * len(nul)


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _non_ascii(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 0x7f and not ch.isspace())


def _spaced_hangul(text: str) -> bool:
    """Korean: mostly Hangul, in words of a few syllables parted by spaces (a Chinese text
    read as EUC-KR gives long runs of rare syllables)."""
    words = _HANGUL_WORD.findall(text)
    syllables = sum(map(len, words))
    return syllables >= 0.6 * _non_ascii(text) and len(words) >= 2 and syllables / len(words) <= 6


def _mess(text: str) -> float:
    from charset_normalizer.md import mess_ratio
    return mess_ratio(text[:20000], 1.0)


def _reads_as_text(text: str) -> bool:
    """Share of characters that are CJK, Latin, digits, punctuation or space."""
    if not text:
        return False
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    rare = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff" or "\U00020000" <= ch)
    return good / len(text) > 0.97 and rare / len(text) < 0.01


# -- PDF ------------------------------------------------------------------------
def pdf_text(path: Path, raw: bytes) -> str:
    """The text of a PDF as a reader sees it: pypdf's text with each line's position, so
    that lines the page width wrapped are joined again, columns are read one after the
    other, and running headers, footers and page numbers are dropped (pdf_layout)."""
    import io
    import logging

    from pypdf import PdfReader
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise InputError(path, "encrypted PDF")
        pages = [pdf_page(page) for page in reader.pages]
    except InputError:
        raise
    except Exception as error:  # pypdf on a malformed file raises nearly anything: NotImplementedError,
        # AttributeError, AssertionError, RecursionError, as well as its own PdfReadError
        raise InputError(path, f"unreadable PDF ({type(error).__name__}: {error})"[:300]) from None
    if not any(line.text.strip() for page in pages for line in page.lines):
        raise InputError(path, "PDF without extractable text (a scan?)")
    return _meant_glyphs(pdf_layout(pages))


@lru_cache(maxsize=1)
def _glyph_variants(path: Path = UNICODE_DIR / "pdf_glyph_variants.tsv") -> dict[int, str]:
    with open(path, encoding="utf-8") as stream:
        rows = [line.rstrip("\n").split("\t") for line in stream if not line.startswith("#")]
    return {ord(read): meant for read, meant in rows[1:] if len(read) == 1}


def _meant_glyphs(text: str) -> str:
    """Where a CJK font draws two characters with one glyph, a PDF's text layer names
    that glyph by one of them (用户 comes back as 用戶): in a Simplified text, the
    Simplified one (data/unicode/pdf_glyph_variants.tsv)."""
    from .script import is_traditional
    return text if is_traditional(text) else text.translate(_glyph_variants())


@dataclass
class PdfLine:
    """One line of a page: its text and where it stands (PDF units, y upwards)."""
    text: str
    x0: float
    x1: float
    y: float
    size: float


@dataclass
class PdfPage:
    left: float
    right: float
    lines: list[PdfLine]
    gutter: float | None = None     # the x between two columns, once found


@dataclass
class _FontMetrics:
    """Advance widths of one font, enough to know where a shown string ends."""
    code_bytes: int = 1
    widths: dict[int, float] = field(default_factory=dict)
    ranges: list[tuple[int, int, float]] = field(default_factory=list)
    default: float = 500.0
    unit: float = 0.001           # glyph space to text space (a Type3 font's matrix says otherwise)

    def width(self, code: int) -> float:
        if code in self.widths:
            return self.widths[code]
        return next((width for first, last, width in self.ranges if first <= code <= last), self.default)

    def advance(self, strings: list, size: float, char_spacing: float, word_spacing: float) -> float:
        total = 0.0
        for item in strings:
            if isinstance(item, (int, float)):
                total -= float(item) * 0.001 * size   # a TJ adjustment, in thousandths of an em
                continue
            raw = item if isinstance(item, bytes) else item.get_original_bytes()
            for at in range(0, len(raw) - self.code_bytes + 1, self.code_bytes):
                code = int.from_bytes(raw[at:at + self.code_bytes], "big")
                total += self.width(code) * self.unit * size + char_spacing
                if self.code_bytes == 1 and code == 32:
                    total += word_spacing
        return total


def _font_metrics(font) -> _FontMetrics:
    font = font.get_object()
    if font.get("/Subtype") == "/Type0":
        descendant = font["/DescendantFonts"][0].get_object()
        metrics = _FontMetrics(2, default=float(descendant.get("/DW", 1000)))
        entries = [entry.get_object() if hasattr(entry, "get_object") else entry for entry in descendant.get("/W", [])]
        at = 0
        while at + 1 < len(entries):
            first, item = int(entries[at]), entries[at + 1]
            if isinstance(item, list):    # c [w1 w2 ...]
                metrics.widths.update((first + k, float(w)) for k, w in enumerate(item))
                at += 2
            elif at + 2 < len(entries):   # c_first c_last w
                metrics.ranges.append((first, int(item), float(entries[at + 2])))
                at += 3
            else:
                break
        return metrics
    descriptor = font.get("/FontDescriptor")
    missing = float(descriptor.get_object().get("/MissingWidth", 0)) if descriptor else 0.0
    metrics = _FontMetrics(1, default=missing or 500.0)
    if font.get("/Subtype") == "/Type3" and "/FontMatrix" in font:
        metrics.unit = float(font["/FontMatrix"][0])
    first = int(font.get("/FirstChar", 0))
    metrics.widths.update((first + k, float(w)) for k, w in enumerate(font.get("/Widths", [])))
    return metrics


def _page_fonts(page) -> dict[str, _FontMetrics]:
    """The page's fonts, and those of its form XObjects, by resource name."""
    fonts: dict[str, _FontMetrics] = {}
    resources = [page.get("/Resources")]
    for xobject in (page.get("/Resources") or {}).get("/XObject", {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            resources.append(xobject.get("/Resources"))
    for resource in reversed([r.get_object() for r in resources if r is not None]):
        for name, font in (resource.get("/Font") or {}).items():
            try:
                fonts[name] = _font_metrics(font)
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                fonts[name] = _FontMetrics()   # widths unknown: half an em per byte
    return fonts


def _multiply(a: list[float], b: list[float]) -> list[float]:
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


class _LineCollector:
    """pypdf's text of a page, cut into lines placed by the text-showing operators.

    pypdf reports text late (a run of glyphs at once, when the line changes), so the
    position of each line comes from the operators seen before it: each Tj/TJ starts at
    the text matrix and ends after the advance widths of its glyphs."""
    SHOWING = (b"Tj", b"TJ", b"'", b'"')
    MOVING = (b"BT", b"Td", b"TD", b"Tm", b"T*")

    def __init__(self, fonts: dict[str, _FontMetrics]) -> None:
        self.fonts = fonts
        self.font, self.font_size = _FontMetrics(), 0.0
        self.char_spacing = self.word_spacing = 0.0
        self.scaling = 1.0
        self.offset = 0.0       # how far the shown glyphs moved from the text matrix
        self.lines: list[PdfLine] = []
        self.pending = ""

    def operator(self, operator: bytes, operands: list, cm: list[float], tm: list[float]) -> None:
        if operator == b"Tf" and len(operands) >= 2:
            self.font, self.font_size = self.fonts.get(operands[0], _FontMetrics()), float(operands[1])
        elif operator == b"Tc" and operands:
            self.char_spacing = float(operands[0])
        elif operator == b"Tw" and operands:
            self.word_spacing = float(operands[0])
        elif operator == b"Tz" and operands:
            self.scaling = float(operands[0]) / 100
        elif operator in self.MOVING:
            self.offset = 0.0
        elif operator in self.SHOWING and operands:
            self._show(operands[0] if operator == b"TJ" else [operands[-1]], _multiply(tm, cm))

    def _show(self, strings: list, matrix: list[float]) -> None:
        # pypdf passes the text matrix as the last positioning operator set it; the glyphs
        # shown since then moved the pen by their advance widths (Tj Tj Tj, one glyph each)
        advance = self.font.advance(strings, self.font_size, self.char_spacing, self.word_spacing) * self.scaling
        x, y = matrix[0] * self.offset + matrix[4], matrix[1] * self.offset + matrix[5]
        self.offset += advance
        end = matrix[0] * self.offset + matrix[4]
        size = abs(self.font_size * (matrix[3] or matrix[0])) or 1.0
        line = self.lines[-1] if self.lines else None
        # a new line when the baseline moves, or across a gap of several ems (the next column)
        if line is None or abs(y - line.y) > 0.5 * max(size, line.size) or x > line.x1 + 3 * size or x < line.x0 - size:
            self.lines.append(PdfLine("", x, max(x, end), y, size))
        else:
            line.x1, line.size = max(line.x1, end), max(line.size, size)

    def text(self, text: str, *_) -> None:
        if not self.lines:
            self.pending += text
            return
        if "\n" in text and len(self.lines) >= 2 and not self.lines[-1].text.strip():
            # the end of the previous line, reported once the next had begun
            head, _, text = text.rpartition("\n")
            self.lines[-2].text += head
        self.lines[-1].text += text

    def result(self) -> list[PdfLine]:
        if self.lines and self.pending.strip():
            self.lines[0].text = self.pending + self.lines[0].text
        for line in self.lines:
            line.text = _without_letter_spacing(fold_characters(line.text.replace("\n", "").rstrip("\r")))
        return [line for line in self.lines if line.text.strip()]


def _without_letter_spacing(text: str) -> str:
    """A justified CJK line is drawn with room between every two characters, which the
    text layer gives as spaces (美 国 财 政 部 就 《 关 于): in a line where most pairs of
    CJK characters are so parted, the spaces between CJK characters and those next to
    full-width punctuation go (a space between a CJK character and a Latin word may have
    been written, and stays)."""
    if " " not in text:
        return text  # most lines: nothing to part (this runs on every line of every input)
    pairs = len(_WIDE_PAIR.findall(text))
    parted = len(_WIDE_PARTED.findall(text))
    if pairs < 4 or parted <= pairs / 2:
        return text
    return _LETTER_SPACE.sub("", text)


def pdf_page(page) -> PdfPage:
    """A pypdf page as positioned lines (folded, see fold_characters)."""
    collector = _LineCollector(_page_fonts(page))
    page.extract_text(visitor_operand_before=collector.operator, visitor_text=collector.text)
    box = page.cropbox
    return PdfPage(float(box.left), float(box.right), collector.result())


def pdf_layout(pages: list[PdfPage]) -> str:
    """Lines of positioned text into plain text: running headers, footers and page numbers
    dropped, columns read one after the other, lines that the page width wrapped joined
    (a line is wrapped when the next line's first word would not have fitted at its end,
    and no blank line's gap parts them), a blank line where the gap is a blank line's."""
    _drop_running_lines(pages)
    columns = [(number, column) for number, page in enumerate(pages) for column in _columns(page)]
    pitch = _line_pitch([column for _, column in columns])
    edges = _right_edges(pages, [column for _, column in columns])
    out: list[str] = []
    previous: PdfLine | None = None
    previous_page, previous_edge = -1, 0.0
    for number, column in columns:
        for line in column:
            text = line.text.strip()
            blank = number == previous_page and previous.y - line.y > 1.5 * pitch   # a blank line's gap
            if previous is not None and not blank and _wrapped(previous, previous_edge, line, edges[id(column)]):
                out[-1] = _join_line(out[-1], previous.text, text)
            else:
                if blank:
                    out.append("")
                out.append(text)
            previous, previous_page, previous_edge = line, number, edges[id(column)]
    return "\n".join(out)


def _drop_running_lines(pages: list[PdfPage]) -> None:
    """Drop page numbers, and the lines at the top or bottom of most pages that read the
    same there, digits aside (a running header: 星河律师事务所 · 人工智能法律简报 2024年第6期);
    below such a header (above such a footer) a second line of it, if close."""
    def key(line: PdfLine) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))
    everywhere = Counter(key(line) for page in pages for line in page.lines)
    needed = max(2, (len(pages) + 1) // 2)
    for outermost in (max, min):            # the top of each page, then the bottom
        live = {id(page): (page, None) for page in pages if page.lines}
        for _ in range(2):
            bands = []
            for page, beyond in live.values():
                edge = outermost(line.y for line in page.lines)
                if beyond is None or abs(beyond - edge) <= 3 * max(line.size for line in page.lines):
                    bands.append((page, [line for line in page.lines if abs(line.y - edge) < 1], edge))
            in_bands = Counter(key(line) for _, band, _ in bands for line in band)
            running = {k for k, count in in_bands.items() if count >= needed and everywhere[k] - count <= count // 4}
            live = {}
            for page, band, edge in bands:
                drop = {id(line) for line in band if key(line) in running or _PAGE_NUMBER.match(line.text)}
                page.lines = [line for line in page.lines if id(line) not in drop]
                if page.lines and any(key(line) in running for line in band):
                    live[id(page)] = (page, edge)


def _columns(page: PdfPage) -> list[list[PdfLine]]:
    """The page's lines in reading order, as columns: a gutter that few lines cross splits
    the lines between full-width ones into a left and a right column, read in that order."""
    gutter = page.gutter = _gutter(page.lines)
    lines = page.lines = _rejoin_parts(page.lines, gutter)
    if gutter is None:
        return [lines] if lines else []
    def full_width(line: PdfLine) -> bool:
        return line.x0 < gutter < line.x1
    columns: list[list[PdfLine]] = []
    left: list[PdfLine] = []
    right: list[PdfLine] = []
    for line in sorted(lines, key=lambda line: -line.y):
        if full_width(line):                # ends the band of two columns above it
            columns += [column for column in (left, right) if column]
            if columns and full_width(columns[-1][-1]):
                columns[-1].append(line)
            else:
                columns.append([line])
            left, right = [], []
        else:
            (left if line.x1 <= gutter else right).append(line)
    return columns + [column for column in (left, right) if column]


def _rejoin_parts(lines: list[PdfLine], gutter: float | None) -> list[PdfLine]:
    """Parts of one line that a wide gap parted (a justified line stretches its spaces:
    ●                 https://…) are one line again where no gutter runs between them."""
    out: list[PdfLine] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and abs(line.y - previous.y) < 0.5 * line.size and previous.x1 <= line.x0 \
                and not (gutter is not None and previous.x1 <= gutter <= line.x0):
            previous.text += line.text if line.text[:1].isspace() else " " + line.text
            previous.x1, previous.size = line.x1, max(previous.size, line.size)
        else:
            out.append(line)
    return out


def _gutter(lines: list[PdfLine]) -> float | None:
    """An x that at most a tenth of the lines cross, with a fifth of them on either side."""
    if len(lines) < 6:
        return None
    left_edge, right_edge = min(line.x0 for line in lines), max(line.x1 for line in lines)
    width = right_edge - left_edge
    best = None
    for candidate in sorted({round(line.x0 - 1, 1) for line in lines}):
        if not left_edge + 0.25 * width < candidate < left_edge + 0.75 * width:
            continue
        crossing = sum(1 for line in lines if line.x0 < candidate < line.x1)
        left = sum(1 for line in lines if line.x1 <= candidate)
        right = sum(1 for line in lines if line.x0 >= candidate)
        if crossing <= 0.1 * len(lines) and min(left, right) >= 0.2 * len(lines):
            if best is None or crossing < best[0]:
                best = (crossing, candidate)
    return best[1] if best else None


def _line_pitch(columns: list[list[PdfLine]]) -> float:
    """The distance between two lines of one paragraph: the smallest common gap."""
    sizes = sorted(line.size for column in columns for line in column) or [10.0]
    size = sizes[len(sizes) // 2]
    gaps = Counter(round(a.y - b.y) for column in columns for a, b in zip(column, column[1:])
                   if 0.8 * a.size <= a.y - b.y <= 4 * a.size)
    if not gaps:
        return 1.25 * size
    common = [gap for gap, count in gaps.items() if count >= max(2, 0.05 * sum(gaps.values()))]
    # where every line is followed by a blank one, no common gap is a paragraph's line pitch
    return min(float(min(common or gaps)), 1.8 * size)


def _right_edges(pages: list[PdfPage], columns: list[list[PdfLine]]) -> dict[int, float]:
    """Where the lines of each column wrap.  A column's bound is the page's right margin
    mirrored from its left one (or the gutter).  The edge is where the longest lines of
    the columns with the same start and bound end (a high percentile: a line can overshoot
    by a hanging space or an unbreakable address), if it is near the bound or many lines
    end there (a wider right margin, a justified text); else the bound, as lines that
    stop short of it at no common place were never wrapped by the layout."""
    page_of = {id(line): page for page in pages for line in page.lines}
    bounds = {}
    def key(column: list[PdfLine]) -> tuple[int, int]:
        return round(min(line.x0 for line in column) / 10), round(bounds[id(column)] / 10)
    for column in columns:
        page = page_of[id(column[0])]
        bound = page.right - (min(line.x0 for line in page.lines) - page.left)
        if page.gutter is not None and max(line.x1 for line in column) <= page.gutter:
            bound = page.gutter
        bounds[id(column)] = bound
    groups: dict[tuple[int, int], list[PdfLine]] = {}
    for column in columns:
        groups.setdefault(key(column), []).extend(column)
    edges = {}
    for column in columns:
        lines, bound = groups[key(column)], bounds[id(column)]
        size = sorted(line.size for line in lines)[len(lines) // 2]
        ends = sorted(line.x1 for line in lines if line.x1 >= bound - 8 * size)
        edge = bound
        if len(ends) >= 2:
            reach = ends[int(0.9 * (len(ends) - 1))]
            support = sum(1 for end in ends if reach - 1.5 * size <= end <= reach + size)
            if reach >= bound - 4 * size or support >= max(3, 0.1 * len(lines)):
                edge = reach
        edges[id(column)] = edge
    return edges


# Kinsoku: what may not start a line stays with the unit before it; what may not end a
# line stays with the unit after it; quotation marks stay with both (UAX #14, LB19).
_NO_LINE_START = "，。、；：？！）》」』】〉”’,.;:?!)]}%“‘\"'"
_NO_LINE_END = "（《「『【〈“‘([{”’\"'"
# A Latin word up to where a line may break inside it (after a hyphen).
_LATIN_UNIT = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef“”‘’\-]*-?")


def _first_unit(text: str) -> str:
    """What a line breaker would have had to fit at the end of the previous line: the
    first character or Latin word with the punctuation that cannot be parted from it
    (此，“AI换脸” starts with 此，“AI)."""
    unit, at = "", 0
    while at < len(text):
        word = _LATIN_UNIT.match(text, at).group() or text[at]
        if unit and not (word in _NO_LINE_START or unit[-1] in _NO_LINE_END):
            break
        unit, at = unit + word, at + len(word)
    return unit


# A line that starts a new block: a numbered heading, a bullet, a field label and its colon.
_NEW_BLOCK = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]\s*[^\d\s]|[（(](?:\d{1,2}|[一二三四五六七八九十]+)[)）]|[一二三四五六七八九十]+\s*、|[IVX]+\.\s|##|[●•➢▪]|[-*]\s|"
                        r"(?:发布日期|发布时间|日期|来源|链接|原文链接|摘要|Date|Source|Links?|Summary)\s*[:：])")


def _wrapped(line: PdfLine, edge: float, following: PdfLine, following_edge: float) -> bool:
    """Whether ``line`` was broken by the page width: the next line's first unit (with a
    fifth for the error of estimating Latin widths; quotes as wide as in a CJK font; a
    line that is one unit, or that runs past the edge, such as a long address, as wide as
    it is drawn) would not have fitted after it, and the next line does not start a block
    of its own."""
    text = following.text.strip()
    if not text or _NEW_BLOCK.match(text):
        return False
    unit = _first_unit(text)
    if unit == text or following.x1 > following_edge + following.size:    # one unit, or one that overflows
        needed = following.x1 - following.x0
    else:
        width = _width(unit) + 0.45 * sum(1 for ch in unit if ch in "“”‘’")
        needed = 1.2 * width * line.size
    space = 0.0 if re.match(f"[{_WIDE}]", unit) else 0.3 * line.size
    return line.x1 + needed + space > edge


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"   # CJK characters and full-width punctuation
_FULL_WIDTH_PUNCTUATION = "\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’"
_WIDE_PAIR = re.compile(f"[{_WIDE}](?= ?[{_WIDE}])")
_WIDE_PARTED = re.compile(f"[{_WIDE}](?= [{_WIDE}])")
_LETTER_SPACE = re.compile(f"(?<=[{_WIDE}]) +(?=[{_WIDE}])|(?<=[{_FULL_WIDTH_PUNCTUATION}]) +| +(?=[{_FULL_WIDTH_PUNCTUATION}])")


def _join_line(joined: str, raw_line: str, text: str) -> str:
    """Glue a wrapped line's continuation: the space the layout ended the line with; else
    nothing next to a CJK character or after a hyphen or a slash; else a space (between
    words: the space a word processor does not draw at the end of a line)."""
    if raw_line[-1:].isspace():
        return joined + " " + text
    if re.search(f"[{_WIDE}\\-/]$", joined) or re.match(f"[{_WIDE}]", text):
        return joined + text
    return joined + " " + text


# -- HTML -------------------------------------------------------------------------
# Containers that are not the article: site navigation, sidebars, footers, forms, and
# elements whose class, id or ARIA role names them so (menu, breadcrumb, related, share,
# comment…), unless the name also says it holds the content (content-with-sidebar).
_HTML_BOILERPLATE_TAGS = {"nav", "aside", "footer", "form", "button", "select", "dialog"}
_HTML_BOILERPLATE_NAMES = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|side|footer|foot|topbar|top-bar|toolbar|"
    r"banner|ads?|advert\w*|promo\w*|related|recommend\w*|hot|popular|share|social|comments?|login|signup|"
    r"subscribe|copyright|cookie\w*|pagination|pager|tags?|complementary|contentinfo)(?:$|[\s_-])", re.I)
_HTML_CONTENT_NAMES = re.compile(r"article|content|main|post|entry|story|text|body", re.I)
_URL_TEXT = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")


@dataclass
class _HtmlBlock:
    """One block of a page (a paragraph, a heading, a list item, a cell) as text."""
    text: str = ""                   # set from parts once the page is read
    link_chars: int = 0
    heading: int = 0                 # 1 for h1, 2 for h2 to h6
    boilerplate: bool = False
    parts: list[str] = field(default_factory=list)   # pieces of text, joined once (not += each)
    filled: bool = False             # whether a part holds more than spaces

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text.strip()))


class _HtmlText(html.parser.HTMLParser):
    """A page as blocks of text, each marked when it stands in navigation, a sidebar, a
    footer or the like; link text is counted (a link whose text is its address is content,
    the 链接 of an item, not navigation)."""
    BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "section", "article", "main", "header", "table",
              "ul", "ol", "blockquote", "dd", "dt", "figcaption", "pre", "hr"}
    HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
    SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "col", "embed", "param", "track"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_HtmlBlock] = [_HtmlBlock()]
        # the open elements (tag, boilerplate), and how many are open per tag and are
        # boilerplate: a page of 10,000 unclosed <p> asks these at every tag
        self.open: list[tuple[str, bool]] = []
        self.open_tags: Counter = Counter()
        self.open_boilerplate = 0
        self.skipping = 0
        self.link: str | None = None               # the href of the open <a>, "" without one
        self.link_text: list[str] = []

    def _new_block(self, heading: int = 0) -> None:
        if self.blocks[-1].filled or self.blocks[-1].heading:
            self.blocks.append(_HtmlBlock())
        self.blocks[-1].heading = heading
        self.blocks[-1].boilerplate = self.open_boilerplate > 0

    def _add(self, text: str) -> None:
        block = self.blocks[-1]
        block.parts.append(text)
        block.filled = block.filled or not text.isspace()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in self.SKIP:
            self.skipping += 1
            return
        if tag not in self.VOID:
            names = f"{attributes.get('class') or ''} {attributes.get('id') or ''} {attributes.get('role') or ''}"
            boilerplate = tag in _HTML_BOILERPLATE_TAGS or bool(
                _HTML_BOILERPLATE_NAMES.search(names) and not _HTML_CONTENT_NAMES.search(names))
            boilerplate = boilerplate and tag not in ("html", "body")
            self.open.append((tag, boilerplate))
            self.open_tags[tag] += 1
            self.open_boilerplate += boilerplate
        if tag in self.HEADINGS:
            self._new_block(1 if tag == "h1" else 2)
        elif tag in self.BLOCKS:
            self._new_block()
        elif tag == "a":
            href = attributes.get("href") or ""
            self.link, self.link_text = (href if href.startswith("http") else ""), []

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
            return
        while self.open_tags[tag] > 0:
            closed, boilerplate = self.open.pop()
            self.open_tags[closed] -= 1
            self.open_boilerplate -= boilerplate
            if closed == tag:
                break
        if tag in self.HEADINGS or tag in self.BLOCKS:
            self._new_block()
        elif tag == "a" and self.link is not None:
            text = "".join(self.link_text).strip()
            if text and not _URL_TEXT.match(text):
                self.blocks[-1].link_chars += len(text)
            if self.link and text != self.link:
                self._add(f" {self.link} ")
            self.link = None

    def handle_data(self, data):
        if self.skipping:
            return
        data = re.sub(r"\s+", " ", data)
        if self.link is not None:
            self.link_text.append(data)
        self._add(data)


# A "<" that no ">" closes before the next "<" starts no tag: written as text, it spares the
# parser a look to the end of the page from each of them (30,000 "<p " took minutes).
_UNCLOSED_TAG = re.compile(r"<(?=[^<>]*(?:<|\Z))")


def _without_comments(markup: str) -> str:
    """The markup without its comments, in one pass (the parser looks for the end of an
    unclosed comment from each "<!--" to the end of the page); an unclosed one runs to
    the end, as a browser reads it."""
    kept, at = [], 0
    while (start := markup.find("<!--", at)) >= 0:
        kept.append(markup[at:start])
        end = markup.find("-->", start + 4)
        if end < 0:
            return "".join(kept)
        at = end + 3
    kept.append(markup[at:])
    return "".join(kept)


def html_text(markup: str) -> str:
    """The article of a saved web page as text, without its menus, sidebars, related-links
    lists and footer: blocks inside navigation-like elements or made mostly of link text
    are dropped, and of the runs of blocks left, those with a paragraph of substance (the
    article with its title, date and source lines) are kept.  Headings become '# ' (h1)
    and '## ' lines, as in Markdown; a link keeps its address."""
    parser = _HtmlText()
    parser.feed(_UNCLOSED_TAG.sub("&lt;", _without_comments(markup)))
    parser.close()
    for block in parser.blocks:
        block.text = "".join(block.parts).strip()
    blocks = [block for block in parser.blocks if block.text]
    for block in blocks:
        if block.link_density > 0.5:
            block.boilerplate = True
    runs: list[list[_HtmlBlock]] = [[]]
    for block in blocks:
        if block.boilerplate:
            runs.append([])
        else:
            runs[-1].append(block)
    def substantial(block: _HtmlBlock) -> bool:
        return not block.heading and len(block.text) >= 50 and block.link_density < 0.3
    kept = [block for run in runs if any(map(substantial, run)) for block in run]
    if not kept:                             # a page of short lines: everything but the boilerplate
        kept = [block for block in blocks if not block.boilerplate] or blocks
    return "\n".join(("# " if block.heading == 1 else "## " if block.heading else "") + block.text
                     for block in kept)


_MARKDOWN_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]+)\]\((https?://[^()\s]+)\)")


# The metadata a saved page states its publication in (a <meta> tag's property, name or itemprop;
# schema.org's datePublished in its JSON-LD), which many pages show nowhere in their text.
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.issued",
                   "dcterms.created", "citation_publication_date", "parsely-pub-date", "sailthru.date")
_META_TAG = re.compile(r"<meta\s[^<>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')


def page_date(markup: str) -> str | None:
    """The date a saved web page's metadata gives its publication (article:published_time,
    datePublished, DC.date …; the first of _PUBLISHED_KEYS found), YYYY-MM-DD; None without one.
    The segmenter dates by it the items whose text tells no date of their own (kg.segment), so
    that their 近日 and "on Tuesday" count from it."""
    found: dict[str, str] = {}
    for tag in _META_TAG.finditer(markup):
        attributes = {name.lower(): "".join(values) for name, *values in _ATTRIBUTE.findall(tag.group())}
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        if key in _PUBLISHED_KEYS and attributes.get("content"):
            found.setdefault(key, attributes["content"])
    if (published := _LD_PUBLISHED.search(markup)) is not None:
        found.setdefault("datepublished", published.group(1))
    for key in _PUBLISHED_KEYS:
        if key in found and (date := parse_date(found[key][:40])):
            return date
    return None


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.{0,4000}?)\n---[ \t]*(?:\n|\Z)", re.S)


def front_matter_date(text: str) -> str | None:
    """The ``date:`` of a Markdown file's front matter (--- … --- opening the file), YYYY-MM-DD."""
    front = _FRONT_MATTER.match(text)
    line = re.search(r"^date\s*:\s*['\"]?([^'\"\n]+)", front.group(1), re.M) if front else None
    return parse_date(line.group(1)) if line else None


def markdown_text(text: str) -> str:
    """Markdown to plain lines: keep '## ' headings, drop emphasis, links to 'text url'."""
    # bracket text holds no bracket, an address no parenthesis: each match attempt stops at
    # the next one, so a run of 120,000 "![" costs a pass, not a pass per bracket
    text = _MARKDOWN_IMAGE.sub(r"\1", text)
    text = _MARKDOWN_LINK.sub(r"\1 \2", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"^#\s+", "# ", text, flags=re.M)  # a top heading is a section
    text = re.sub(r"^#{2,6}\s*", "## ", text, flags=re.M)
    return re.sub(r"^\s*[-*+]\s+", "● ", text, flags=re.M)


# -- folding --------------------------------------------------------------------
# Blocks whose characters NFKC maps to the unified ideograph a reader sees: Kangxi Radicals
# (⼈ U+2F08 -> 人), CJK Compatibility Ideographs, and the Latin ligatures (ﬁ -> fi).
_NFKC_BLOCKS = "\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f\ufb00-\ufb06"


@lru_cache(maxsize=1)
def _radicals(path: Path = UNICODE_DIR / "radicals.tsv") -> dict[int, str]:
    """CJK Radicals Supplement (⻅ U+2EC5 -> 见), which NFKC leaves alone: Unicode's
    EquivalentUnifiedIdeograph table, kept in data/unicode/radicals.tsv."""
    table: dict[int, str] = {}
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 2 or fields[0] == "radical":
                continue
            table[int(fields[0], 16)] = chr(int(fields[1], 16))
    return table


# Characters a font draws with one glyph, which PDF text layers then give as that glyph's
# character: the two-em dash for ——; in Noto CJK (Chromium's PDFs), the division slash for
# ／ (记者X／台北报导), the wave dash for ～, the reversed prime for ｀, and the technical angle
# brackets for 〈〉 (found by printing the full-width punctuation and reading it back), and
# the em space for the ideographic space (记者　赵　磊 comes back as 记者\u2003赵\u2003磊).
_SHARED_GLYPHS = str.maketrans({"\u2e3a": "——", "\u2e3b": "———", "\u2215": "／", "\u301c": "～",
                                "\u2035": "｀", "\u2329": "〈", "\u232a": "〉", "\u2003": "\u3000"})
_FOLDABLE = re.compile(f"[{_NFKC_BLOCKS}\u2e80-\u2eff\u2e3a\u2e3b\u2215\u301c\u2035\u2329\u232a\u2003]")


def fold_characters(text: str) -> str:
    """Radicals, compatibility ideographs, ligatures, dash glyphs and the em space to the
    characters they show: 发布⽇期 -> 发布日期, 意⻅ -> 意见, ﬁne -> fine, ⸺ -> ——, ∕ -> ／,
    \u2003 -> \u3000.  Only those characters are touched: NFKC over the whole text would also turn the full-width （），：； and digits
    the segmenter and the rules read into ASCII.  A compound's dash is its hyphen (hyphenated_compounds)."""
    text = hyphenated_compounds(text)
    if not _FOLDABLE.search(text):
        return text
    text = text.translate(_radicals()).translate(_SHARED_GLYPHS)
    return re.sub(f"[{_NFKC_BLOCKS}]", lambda m: unicodedata.normalize("NFKC", m.group()), text)


# the dashes a page writes for a compound's hyphen: the en dash of a compound on an open one (the San
# Francisco–based startup), the hyphen glyph and the non-breaking hyphen
_COMPOUND_DASHES = "\u2010\u2011\u2013"


@lru_cache(maxsize=1)
def _compound_dash() -> re.Pattern:
    """A compound dash glued between a word and a seat's or a backer's tail (context.tsv
    describing_suffix, english.tsv based: the San Francisco–based startup, a Microsoft–backed lab),
    not where the tail opens an aside (the report–led by a panel–, a firm–based in Paris–)."""
    from .alternation import alternatives
    from .kb import DATA_DIR, cue_words, tsv_rows
    rows = tsv_rows(DATA_DIR / "lexicon" / "context.tsv") + tsv_rows(DATA_DIR / "lexicon" / "english.tsv")
    tails = {word.lstrip("-") for row in rows if row["kind"] in ("describing_suffix", "based") for word in cue_words(row["cues"])}
    return re.compile(rf"(?<=[A-Za-z0-9.])[{_COMPOUND_DASHES}](?=(?:{alternatives(tails)})\b(?!\s+(?:by|in)\b))")


def hyphenated_compounds(text: str) -> str:
    """A compound's dash as the hyphen the rules read (San Francisco–based -> San Francisco-based,
    Microsoft‑backed -> Microsoft-backed): one character for one, every offset as it was."""
    if not any(dash in text for dash in _COMPOUND_DASHES):
        return text
    return _compound_dash().sub("-", text)


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


# A space a writer put between two Chinese words: a full-width space, or a space between
# two runs of two characters or more (图：国家网信办大楼　新华社记者 陈晔华 摄), or before a credit's label of
# one character and its mark (文/冯明宇 图/路透社: the 图 no last character of the name).
_WORD_SPACE = re.compile(rf"(?<=[{_CJK}]{{2}})(?:[ \t]*\u3000[ \t\u3000]*|[ \t]+)(?=[{_CJK}]{{2}}|[{_CJK}][）)]?$|[{_CJK}][/／:：])|(?<=[{_CJK}])[ \t]*\u3000[ \t\u3000]*(?=[{_CJK}])", re.M)
_STRAY_SPACE = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])")
# A field's label spaced out to the width of a longer one (原　告｜ beside 起诉日｜, 法　院：):
# single characters parted at a line's start before the field's mark are one word.
_SPACED_LABEL = re.compile(rf"^(?P<bullet>[ \t\u3000]*(?:[▸▶►•·◆◇■□●○◎*-][ \t\u3000]*)?)"
                           rf"(?P<label>[{_CJK}](?:[ \t\u3000]+[{_CJK}]){{1,2}})(?=[ \t\u3000]*[｜|：:])", re.M)


def repair(text: str) -> str:
    """Line ends, letter spacing, stray spaces, page furniture and wrapped lines mended.
    A space between two Chinese words stays one space: it parts a caption from its credit
    (国家网信办大楼　新华社记者), a name from the next (记者 钱蕾 摄), so that no name is read
    across it; a space next to a lone character (微软 和 OpenAI) still goes.  A PDF's text
    layer is read so too, as its .txt is: the spaces a justified line puts inside words went
    with its letter spacing (_without_letter_spacing)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    text = "\n".join(map(_without_letter_spacing, text.split("\n")))
    text = _SPACED_LABEL.sub(lambda label: label["bullet"] + re.sub(r"[ \t\u3000]", "", label["label"]), text)
    text = _WORD_SPACE.sub("\ue000", text)
    text = _STRAY_SPACE.sub("", text.replace("\u3000", " ")).replace("\ue000", " ")
    lines = [line.strip() for line in text.split("\n")]
    lines = _drop_page_furniture(lines)
    return "\n".join(_join_broken_sentences(_join_wrapped(lines)))


def _drop_page_furniture(lines: list[str]) -> list[str]:
    """Drop page numbers and running headers/footers (short lines repeated on many pages)."""
    counts = Counter(line for line in lines if line)
    pages = max(1, sum(1 for line in lines if _PAGE_NUMBER.match(line) and line))
    # a heading's mark (◇ 基本信息 in every item) or a rule (━━━ between items) told again and
    # again is the layout of the items, no running header
    repeated = {line for line, count in counts.items()
                if count >= 3 and count >= pages // 2 and len(line) <= 40
                and not _STRUCTURE.match(line) and not line.endswith((":", "："))
                and not opens_structure(line) and not is_rule(line)}
    return [line for line in lines if not (line and (_PAGE_NUMBER.match(line) or line in repeated))]


_NARROW = re.compile(r"[^\u2e80-\uffff]")


def _width(line: str) -> float:
    """Display width: a CJK character counts 1, a Latin letter or digit about half."""
    return len(line) - 0.45 * len(_NARROW.findall(line))


_WRAP_SLACK = 6  # how much narrower than the widest a wrapped line may be


def _closed_title(line: str) -> bool:
    """A marked line that closes its last bracket or quote (（二）A发布《B》, ■ “C”上线): a title
    that ends there, not a sentence running on."""
    return line.endswith(_TITLE_CLOSE) and opens_structure(line)


_TITLE_CLOSE = ("》", "）", ")", "」", "』", "”", "】")


# A line that ends a sentence (or a label): its last mark, before any closing quote or bracket.
_ENDS_SENTENCE = re.compile(r"[。！？!?；;:：.…][\"'’”」』)）\]】》]*$")
_CLAUSE_OPEN = re.compile(r"[，、,]$")  # a clause mark: the sentence runs on
_LOWER_WORD = re.compile(r"[a-z]+(?![\w])")  # a word all in lower case (no iPhone, no xAI)
_CONTINUATION = re.compile(r"[，、,。；;：:）)」』\]]")  # a mark no item or sentence opens with
_PROSE_WORD = re.compile(r"(?<![\w'’])[a-z]{3,}")  # a lower-case word: prose, no title in capitals (Morning Briefing)
_CREDIT = re.compile(r"by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&))*$")  # a byline: by Jane Roe and John Doe
# a line of prose whose last sentence is open: after a full stop inside the line (an English one
# after a word all in lower case: no U.S., Prof., Inc. of a headline), a clause
# that a clause mark has gone on from (…驳回。法院认为，被告未经许可使用 / …appeal. The court, citing)
_RUNNING_CLAUSE = re.compile(r"(?:[。！？]|(?<![A-Za-z.])[a-z]{3,}[.!?][\"'’”]?\s+[\"'“‘]?[A-Z])[^。！？.!?]*[，,][^。！？.!?，,：:]*[^\s。！？.!?，,：:；;]$")
_LATIN_END = re.compile(r"(?<![A-Za-z])(?P<word>[A-Za-z]+)$")
_TABLE_CELL = re.compile(r"[|｜]")


@lru_cache(maxsize=1)
def _open_end_words() -> frozenset[str]:
    """English words no sentence or title ends with (the, of, and: data/lexicon/sentences.tsv open_end)."""
    from .kb import DATA_DIR, cue_words, tsv_rows
    rows = tsv_rows(DATA_DIR / "lexicon" / "sentences.tsv")
    return frozenset(word for row in rows if row["kind"] == "open_end" for word in cue_words(row["cues"]))


def _runs_on(line: str) -> bool:
    """Whether a line cannot end where it ends: it ends at a clause mark (，、,) or at a word
    no English sentence ends with (…the lawsuit filed by, …a ruling that); a line of prose
    whose last sentence runs on past a clause mark (_RUNNING_CLAUSE)."""
    if _CLAUSE_OPEN.search(line) or _RUNNING_CLAUSE.search(line):
        return True
    word = _LATIN_END.search(line)
    return bool(word) and word["word"] in _open_end_words()  # as written: no FROM of a heading in capitals


def _continues(line: str, following: str) -> bool:
    """Whether ``following`` carries on the sentence ``line`` left open: it opens with a mark
    no sentence opens with (，、）), with a word in lower case after a line of English, or
    with anything after a line that runs on (_runs_on), with words after a line of Chinese
    prose that begins a sentence after its stop (_chinese_runs_on)."""
    if _CONTINUATION.match(following):
        return True
    if (_LOWER_WORD.match(following) and re.search(r"[A-Za-z0-9,'’\"”)]$", line)
            and _PROSE_WORD.search(line) and not _CREDIT.match(following)):
        return True
    return _runs_on(line) or _chinese_runs_on(line, following)


def _chinese_runs_on(line: str, following: str) -> bool:
    """Whether a line of Chinese prose has begun a sentence after its full stop and left it
    without a mark (…任何报酬。参与起诉的X是), and the next line goes on with a word, a number or an
    opening quote (not a date, a bracket nor a mark: 2025-05-02 08:30, （青禾法院发布）, ☐).  Never
    a headline's line, its parts spaced apart (智谱完成融资 杭州城投出资), nor a label's (〔时间〕…);
    a line whose only clause mark is a comma with no stop before it may be a headline too
    (全国首例，某法院判决…): _RUNNING_CLAUSE wants the stop."""
    if _SPACED_CJK.search(line) or line.startswith(_LABEL_OPENINGS) or not _CHINESE_GOES_ON.match(following):
        return False
    stop = line.rfind("。")
    return stop >= 0 and bool(_CHINESE_WORDS.fullmatch(line, stop + 1))  # not a caption's credit: …侵犯。(圖/美聯社)


# _chinese_runs_on: the marks a label opens with, a space between Chinese words (a headline's parts), the
# words of a sentence with no mark (a closing quote may open them), and how the next line opens
_LABEL_OPENINGS = ("〖", "〔", "【", "［", "[")
_SPACED_CJK = re.compile(rf"[{_CJK}] +[{_CJK}]")
_CHINESE_WORDS = re.compile(rf"[”」』]?[^。！？.!?；;：:，,、\s()（）]*[{_CJK}][^。！？.!?；;：:，,、\s()（）]*")
_CHINESE_GOES_ON = re.compile(rf"(?!\d{{4}}[-年/.])[{_CJK}A-Za-z0-9《“「]")


def _structure(line: str) -> bool:
    """A line that is structure of its own: a heading, a list item, a field or a label (欧盟：…,
    资料来源：…), a rule, a table row, a code fence."""
    return bool(_STRUCTURE.match(line) or _HEADING.match(line) or LABEL.match(line) or _TABLE_CELL.search(line)
                or line.startswith("```") or opens_structure(line) or is_rule(line))


def _join_broken_sentences(lines: list[str]) -> list[str]:
    """Rejoin a sentence broken over lines that no layout width explains (a page that breaks
    a paragraph at its links, text copied from a PDF or a newsletter): a line that does not
    end a sentence goes on with the next line where that line cannot open one (_continues).
    Headings, list items, fields, rules and table rows are never joined, on either side
    (the marks kg.segment reads items by); a blank line parts paragraphs as before."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if (line and previous and not _ENDS_SENTENCE.search(previous) and not closes_its_line(previous)
                and not _structure(previous) and not _structure(line) and _continues(previous, line)):
            out[-1] = _join_line(previous, previous, line)
        else:
            out.append(line)
    return out


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
    # the lines a layout wrapped, as wide as the lines joined below: an uneven wrap (a word
    # never split) leaves them up to _WRAP_SLACK short of the widest
    wrapped = sum(c for w, c in widths.items() if full - _WRAP_SLACK <= w <= full + 1)
    even = sum(c for w, c in widths.items() if full - 3 <= w <= full + 1)
    overlong = sum(c for w, c in widths.items() if w > full + 3)  # a layout wraps before them: no layout did
    if wrapped < 0.25 * sum(1 for line in lines if line) or overlong > even / 2:
        return lines
    out: list[str] = []
    pending = False
    for line in lines:
        if not line:
            if not pending:
                out.append(line)
            continue
        if pending and not _STRUCTURE.match(line) and not opens_structure(line):
            joiner = " " if re.search(r"[A-Za-z0-9.,]$", out[-1]) and re.match(r"[A-Za-z0-9]", line) else ""
            out[-1] = out[-1] + joiner + line
        else:
            out.append(line)
        pending = (_width(out[-1]) >= full - _WRAP_SLACK and not _SENTENCE_END.search(out[-1])
                   and not _HEADING.match(out[-1]) and not closes_its_line(out[-1]) and not _closed_title(out[-1]))
    return out
