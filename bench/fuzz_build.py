"""Fuzz `kg build`: does every input give a result or one `skipped PATH: problem` line, in time?

    .venv/bin/python bench/fuzz_build.py [--cases 300] [--seed 1] [--case-seconds 30] [--seconds 0] [--keep DIR]
                                         [--classes sentence,hostile]
    .venv/bin/python bench/fuzz_build.py --shapes [--kinds en-board,zh-list] [--stages]

Makes ``--cases`` inputs (a fixed seed makes the same ones) of these classes (``--classes``: only
those named; the same seed then makes other cases):

- ``mutated``: documents of data/corpus and bench/dev (our own text) with bytes flipped,
  inserted, deleted, repeated or cut off, re-encoded (GBK, Big5, Shift-JIS, UTF-16/32
  with and without a BOM), or with a hostile run spliced in;
- ``random``: random bytes under a text, Markdown, HTML or PDF name;
- ``pdf``: a small PDF with a text layer made here, truncated or with bytes flipped;
- ``hostile``: HTML and Markdown built to make parsers and regexes rescan (unclosed tags,
  comments and brackets by the ten thousand, deep nesting, one name repeated thousands
  of times, one line of a megabyte);
- ``name``: a good document under an odd file name (GBK bytes, control characters,
  spaces, a leading dash, 250 bytes);
- ``sentence``: one sentence of 4 KB to 100 KB without a full stop, dense with names and
  cues: Chinese with and without commas (美国商务部工业与安全局将微软列入实体清单…), and
  English ("Board of Directors of Acme Corp and …", "Acme Inc v. Beta LLC, …"), persons
  named in full and then alone ("Jane Roe, John Doe and … met Paul Lehrman …") and Latin names
  listed in Chinese ("Abdi Nazemian表示，Brian Keene和…"): the shapes whose cost grew with the
  square or the cube of their length.

Each case runs as `kg build` runs a file (kg.pipeline's per-batch reader and stages, then
resolution and the Turtle writer) in a child process forked from one loaded pipeline, with
``--case-seconds`` of its own CPU time to finish (or ten times that on the clock, for a case that
waits); one that does not is a hang and is killed.  Prints the cases
tried per class, the tracebacks (an exception the build would not have caught), the hangs,
the skipped lines (the answer expected of a bad file), the slowest case, and the slowest
cost per MB (CPU seconds of the case's process per MB of its file, over the cases of
64 KB or more: a cost that grew faster than the input shows there; the pipeline reads one
small document before the first fork (the first repetitions of each shape and the cut shapes'
sentence ends), so the patterns compiled at first use are no case's cost, as they are no
file's in a build, and runs each case with the cyclic garbage collector paused, as a build
does: a case's CPU seconds are its own work, about 0.04 s for a document of one line, under
1 CPU s/MB of the 64 KB cases); exits 1 when there was a traceback or a hang.  ``--seconds``
stops making new cases after that long (counted once the pipeline is loaded).

``--shapes`` runs each sentence shape (``--kinds``: only those named; the ``-varied`` ones name
others in each repetition, so that no cache of a name met before makes them cheap; the ``-cut`` ones
are the varied ones with a sentence end every 400 characters: short sentences, but thousands of
parties and suits in one document, for the families that work document-wide) at 16, 64 and
100 KB and prints its CPU s/MB (a run of over 1,000 characters with no sentence end is read for
known names only: kg.pipeline.apart); ``--stages`` adds each shape's cost at 64 KB by stage of the build (jieba's
tokens, the name families, the English parsing model, the sentence families, the document
families, the graph and Turtle, the rest: StageClock), where the time of a shape goes.
"""
from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
import random
import resource
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

SOURCES = sorted(path for folder in (REPOSITORY / "data" / "corpus", REPOSITORY / "bench" / "dev")
                 for path in folder.glob("*") if path.suffix in (".txt", ".md", ".html") and path.stem != "README")
ENCODINGS = ("gbk", "big5", "shift_jis", "euc-kr", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
             "utf-8-sig", "latin-1")
RUNS = ("![", "[", "](", "<p ", "<!--", "<a", "</", "<div><p>x", "《", "（", "“", "**", "`", "#", "\\", "&#",
        "1. ", "一、", "发布日期：", "微软", "美国商务部工业与安全局、", "\u200b", "\ufeff", "\x00", "\r", "\n")


# -- the cases ---------------------------------------------------------------------
def _text(rng: random.Random) -> tuple[str, str]:
    path = rng.choice(SOURCES)
    from kg.ingest import read_document
    return read_document(path).text, path.suffix


def mutated(rng: random.Random) -> tuple[str, bytes]:
    text, suffix = _text(rng)
    data = text.encode("utf-8")
    how = rng.choice(("flip", "insert", "delete", "repeat", "cut", "encode", "splice"))
    if how == "encode":
        encoding = rng.choice(ENCODINGS)
        data = text.encode(encoding, errors="ignore")
    elif how == "splice":
        run = rng.choice(RUNS) * rng.choice((10, 1_000, 30_000))
        at = rng.randrange(len(text) + 1)
        data = (text[:at] + run + text[at:]).encode("utf-8", errors="surrogatepass")
    else:
        data = bytearray(data)
        for _ in range(rng.randint(1, 50)):
            at = rng.randrange(len(data) + 1)
            if how == "flip" and at < len(data):
                data[at] ^= 1 << rng.randrange(8)
            elif how == "insert":
                data[at:at] = os.urandom(rng.randint(1, 16))
            elif how == "delete":
                del data[at:at + rng.randint(1, 64)]
            elif how == "repeat":  # at most ~100 KB more: size is bench/build_bench.py's matter
                data[at:at] = data[at:at + rng.randint(1, 500)] * rng.randint(2, 4)
            elif how == "cut":
                del data[rng.randrange(len(data) + 1):]
                break
        data = bytes(data)
    return f"mutated-{how}{suffix}", data


def random_bytes(rng: random.Random) -> tuple[str, bytes]:
    return f"random{rng.choice(('.txt', '.md', '.html', '.pdf'))}", os.urandom(rng.choice((1, 100, 10_000, 200_000)))


def pdf_with_text(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica, ASCII)."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines) + " ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content.encode("latin-1") + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf(rng: random.Random) -> tuple[str, bytes]:
    english = [line for line in (REPOSITORY / "data" / "corpus" / "briefing-2024-09-en.txt").read_text(
        encoding="utf-8").splitlines() if line.isascii() and 20 < len(line) < 90]
    data = bytearray(pdf_with_text(rng.sample(english, min(len(english), 30))))
    how = rng.choice(("whole", "cut", "flip", "cut-flip"))
    if "flip" in how:
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    if "cut" in how:
        del data[rng.randrange(len(data)):]
    return f"pdf-{how}.pdf", bytes(data)


def hostile(rng: random.Random) -> tuple[str, bytes]:
    count = rng.choice((3_000, 20_000))
    kind = rng.choice(("unclosed", "comments", "nesting", "brackets", "name", "line", "headings"))
    if kind == "unclosed":
        text = "<html><body><h1>标题</h1>" + rng.choice(("<p ", "<a href=\"", "<div", "</", "<![CDATA[")) * count
    elif kind == "comments":
        text = "<html><body><p>正文</p>" + "<!-- a > b " * count
    elif kind == "nesting":
        text = "<div>" * count + "<p>微软起诉OpenAI。</p>" + "</div>" * count
    elif kind == "brackets":
        text = "# 标题\n" + rng.choice(("![", "[", "](", "[a](", "**", "`")) * count + "\n微软起诉OpenAI。\n"
    elif kind == "name":
        text = "<p>2024年3月5日 来源：新华网</p><p>" + "美国商务部工业与安全局、" * (count // 10) + "</p>"
    elif kind == "headings":
        text = "<h1>人工智能新闻</h1>" + "<h2>美国商务部工业与安全局发布新规</h2><p>美国商务部工业与安全局宣布新规。</p>" * (count // 10)
    else:  # one sentence naming two companies thousands of times
        text = "微软起诉OpenAI，" * count
    suffix = ".md" if kind == "brackets" else ".txt" if kind == "line" else ".html"
    return f"hostile-{kind}{suffix}", text.encode("utf-8")


def odd_name(rng: random.Random) -> tuple[bytes, bytes]:
    text, _ = _text(rng)
    stem = rng.choice(("新闻".encode("gbk"), "ニュース".encode("shift_jis"), b"tab\there", b"line\nbreak",
                       b"-leading-dash", b"  spaced  ", b"\x1b[31mred", b"a" * 240, "名字".encode("utf-8")))
    return stem + b".txt", text.encode("utf-8")


SENTENCES = {
    "zh-clauses": "由参议员张三提出的《人工智能法》在议会获得通过，美国商务部工业与安全局将微软列入实体清单，纽约时报起诉OpenAI和微软侵犯版权，",
    "zh-unbroken": "由参议员张三提出的《人工智能法》在议会获得通过美国商务部工业与安全局将微软列入实体清单纽约时报起诉OpenAI和微软侵犯版权",
    "zh-list": "微软起诉OpenAI、",
    "en-board": "Board of Directors of Acme Corp and the Board of Trustees of Beta University sued OpenAI Inc and ",
    "en-versus": "Acme Inc v. Beta LLC and Gamma Corp v. OpenAI Inc, ",
    # persons whose family names come again alone, and Latin names among Chinese, with lists
    "en-people": "Jane Roe, John Doe and Mary Major of Acme Robotics met Paul Lehrman and Linnea Sage, ",
    "zh-latin": "Abdi Nazemian表示，Brian Keene和Stewart O'Nan起诉OpenAI、Acme Robotics与Nova Micro、",
    # the same shapes with other names in each repetition ({a}, {b} …: Latin names, {甲}, {乙}: Chinese
    # ones, made by repetition()), so that no cost is saved by meeting the same names again
    "en-board-varied": "Board of Directors of {a} Corp and the Board of Trustees of {b} University sued {c} Inc and ",
    "en-versus-varied": "{a} Inc v. {b} LLC and {c} Corp v. {d} Inc, ",
    "zh-list-varied": "{甲}科技起诉{a} AI、",
    "zh-latin-varied": "{a} {b}表示，{c} {d}和{e} {f}起诉{甲}、{g} Robotics与{h} Micro、",
}
# the varied shapes cut into sentences of CUT_EVERY characters: no sentence is long, but a document
# names thousands of parties, so what a document-wide family does per pair of suits or names shows
CUT = {"en-versus-cut": "en-versus-varied", "en-board-cut": "en-board-varied",
       "zh-list-cut": "zh-list-varied", "zh-latin-cut": "zh-latin-varied"}
CUT_EVERY = 400
_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zo", "be", "da", "fe", "gi", "ha", "ju", "pe")
_HAN = "星辰云海天启明智远航华创锐博通达恒泰思源"


def repetition(kind: str, number: int) -> str:
    """The ``number``-th repetition of the shape ``kind``'s unit: its fields filled with names
    that no other repetition has (a varied shape), or the unit itself."""
    unit = SENTENCES[kind]
    if "{" not in unit:
        return unit
    names = {}
    for index, field in enumerate("abcdefgh"):
        code = (number * 8 + index) * 40503 % 65536  # (scrambled: neighbours differ in every syllable)
        names[field] = "".join(_SYLLABLES[(code >> shift) % 16] for shift in (0, 4, 8, 12)).capitalize()
    for index, field in enumerate("甲乙"):
        code = (number * 2 + index) * 6917 % 8000
        names[field] = "".join(_HAN[(code // 20 ** power) % 20] for power in range(3))
    return unit.format(**names)


def sentence_of(kind: str, size: int) -> tuple[str, bytes]:
    """One sentence of the shape ``kind``, ``size`` characters long (a CUT shape: its varied
    shape's text with a sentence end every CUT_EVERY characters)."""
    units, length, sentence = [], 0, ""
    for number in itertools.count():
        if length > size:
            break
        unit = repetition(CUT.get(kind, kind), number)
        if kind not in CUT:
            units.append(unit)
        elif len(sentence) + len(unit) < CUT_EVERY:
            sentence += unit
            continue
        else:  # the sentence ends where a unit would have gone on (not after "Inc.", which need not end one)
            units.append(sentence.rstrip("、，, and") + ("。" if kind.startswith("zh") else " in court. "))
            sentence = unit
        length += len(units[-1])
    return f"sentence-{kind}-{size // 1000}k.txt", "".join(units)[:size].encode("utf-8")


def long_sentence(rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(list(SENTENCES))
    return sentence_of(kind, rng.choice((4_000, 24_000, 100_000)))


CLASSES = {"mutated": mutated, "random": random_bytes, "pdf": pdf, "hostile": hostile, "name": odd_name,
           "sentence": long_sentence}
WEIGHTS = {"mutated": 5, "random": 1, "pdf": 2, "hostile": 2, "name": 1, "sentence": 2}
PER_MB_FROM = 64_000  # bytes: below this a case's fixed cost (its process, its item) hides how its cost grows
SHAPE_SIZES = (16_000, 64_000, 100_000)  # characters, for --shapes
SHAPES = [*SENTENCES, *CUT]


# -- running one case ------------------------------------------------------------------
_pipeline = None


def _run(path: bytes, answer, stages: bool = False) -> None:
    """In the child: the case through the build's own steps; sends (outcome, detail, CPU
    seconds by stage or None: ``stages``, see StageClock)."""
    from kg import rdf
    from kg.pipeline import _process, paused_gc
    clock = StageClock.installed(_pipeline) if stages else None
    spent = None if clock is None else clock.spent
    try:
        with paused_gc():  # as kg build reads, resolves and writes (kg.pipeline.build, kg.cli.build)
            [(_, result, error)] = _process(_pipeline, [Path(os.fsdecode(path))])
            if result is not None:
                previous = clock.switch("turtle") if clock else None
                rdf.turtle(_pipeline.graph([result]))
                if clock:
                    clock.switch(previous)
        if clock:
            clock.switch("other")
        if result is not None:
            answer.send(("built", f"{len(result.items)} item(s)", spent))
        else:
            answer.send(("skipped", error, spent))
    except BaseException:
        answer.send(("traceback", traceback.format_exc(), None))
    finally:
        answer.close()


STAGES = ("jieba", "names", "spaCy", "sentence", "document", "turtle", "other")


class StageClock:
    """--stages: a case's CPU seconds by stage of the build (STAGES), in the child only (whose
    pipeline it changes): jieba's tokens, the name families (the spaCy components of kg.nlp),
    the English parsing model (kg.parser's components, run by the recogniser and by the families
    reading a parse: not counted in theirs), the sentence families (Extractor.facts), the
    document families (Extractor.document_facts), the graph and its Turtle; "other": reading and
    cutting the file into items, carrying names over items, the child's own start."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(STAGES, 0.0)
        self.current, self.mark = "other", time.process_time()

    def switch(self, stage: str) -> str:
        """Charge the time since the last switch to the stage running, start ``stage``; the one it ends."""
        now = time.process_time()
        self.spent[self.current] += now - self.mark
        self.mark = now
        previous, self.current = self.current, stage
        return previous

    def timed(self, stage: str, function):
        def run(*args, **kwargs):
            previous = self.switch(stage)
            try:
                return function(*args, **kwargs)
            finally:
                self.switch(previous)
        return run

    @classmethod
    def installed(cls, pipeline) -> StageClock:
        from kg.parser import parser
        clock = cls()
        nlp = pipeline.nlp
        nlp.tokenizer = _Timed(clock, "jieba", nlp.tokenizer)
        nlp._components[:] = [(name, _Timed(clock, "names", component)) for name, component in nlp._components]
        model = parser()
        if model is not None:
            model.tokenizer = _Timed(clock, "spaCy", model.tokenizer)
            model._components[:] = [(name, _Timed(clock, "spaCy", component))
                                    for name, component in model._components]
        extractor = pipeline.extractor
        extractor.facts = clock.timed("sentence", extractor.facts)
        extractor.document_facts = clock.timed("document", extractor.document_facts)
        return clock


class _Timed:
    """A component (or tokenizer) whose calls and ``pipe`` are charged to a stage; its other
    attributes are the component's own."""

    def __init__(self, clock: StageClock, stage: str, component) -> None:
        self._clock, self._stage, self._component = clock, stage, component

    def __call__(self, *args, **kwargs):
        return self._clock.timed(self._stage, self._component)(*args, **kwargs)

    def pipe(self, docs, **kwargs):
        return iter(self._clock.timed(self._stage, lambda: list(self._component.pipe(docs, **kwargs)))())

    def __getattr__(self, name: str):
        return getattr(self._component, name)


def warm_up(folder: Path) -> None:
    """One small document through the build's steps before any child is forked: the patterns
    the rules compile at their first use (a build pays that once, not per file; about 0.25 s
    of CPU, 0.3 s more for the English patterns the long-sentence shapes' words need) are then
    the parent's, and a case's CPU seconds are its own."""
    from kg import rdf
    from kg.pipeline import _process
    path = folder / "warm-up.txt"
    shapes = "".join("".join(repetition(kind, n) for n in range(3)) + "\n" for kind in SENTENCES)  # (their patterns)
    # and the cut shapes' sentence ends (" in court."), whose words open patterns of their own
    shapes += "".join(sentence_of(kind, 2 * CUT_EVERY)[1].decode("utf-8") + "\n" for kind in CUT)
    path.write_text("2024年3月5日，纽约时报起诉OpenAI和微软侵犯版权。Acme Inc sued OpenAI Inc in New York.\n" + shapes,
                    encoding="utf-8")
    [(_, result, _)] = _process(_pipeline, [path])
    rdf.turtle(_pipeline.graph([result]))
    path.unlink()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


WALL_FACTOR = 10  # a case whose process waits (not computing) this many times its CPU limit is a hang too


def _process_cpu(pid: int) -> float:
    """CPU seconds (user and system) a running process has used so far: /proc/PID/stat where
    there is one (Linux), else 0 (the wall-clock limit alone then stops it)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_case(path: bytes, seconds: float, stages: bool = False) -> tuple[str, str, float, float, dict | None]:
    """(outcome, detail, wall seconds, CPU seconds of the case's process, its CPU seconds by
    stage where ``stages``)."""
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    started, cpu = time.perf_counter(), _children_cpu()
    child = context.Process(target=_run, args=(path, sending, stages), daemon=True)
    child.start()
    sending.close()
    spent, answered = None, False
    while not (answered := receiving.poll(min(1.0, seconds))):
        if _process_cpu(child.pid) > seconds or time.perf_counter() - started > WALL_FACTOR * seconds:
            break  # the case's own CPU time, not the wall clock: a busy machine makes no hang
    if answered:
        try:
            outcome, detail, spent = receiving.recv()
        except EOFError:
            outcome, detail = "traceback", f"the child died (exit code {child.exitcode})"
    else:
        outcome, detail = "hang", f"no answer after {seconds:g} CPU s"
    child.kill()
    child.join()
    return outcome, detail, time.perf_counter() - started, _children_cpu() - cpu, spent


def shape_table(costs: dict[tuple[str, int], float]) -> list[str]:
    """Lines of CPU seconds per MB (of the file's bytes) by sentence shape (rows) and size in
    characters (columns), with how the cost per MB grew from the smallest size to the largest
    (about 1 when the cost is linear, the size ratio when it is quadratic)."""
    sizes = sorted({size for _, size in costs})
    if not sizes:
        return []
    lines = ["CPU s/MB by sentence shape: " + "".join(f"{size // 1000:>7}k" for size in sizes) + "   growth"]
    for kind in SHAPES:
        row = [costs.get((kind, size)) for size in sizes]
        if all(cost is None for cost in row):
            continue
        known = [cost for cost in row if cost is not None]
        growth = f"{known[-1] / known[0]:8.1f}x" if len(known) > 1 and known[0] else ""
        lines.append(f"  {kind:<26}" + "".join(f"{cost:8.1f}" if cost is not None else f"{'-':>8}" for cost in row)
                     + growth)
    return lines


def shapes(folder: Path, seconds: float, kinds: list[str], stages: bool = False) -> int:
    """--shapes: every sentence shape of ``kinds`` at each of SHAPE_SIZES; prints the table (and
    with ``stages``, the cost by stage of the cases of PER_MB_FROM characters); the count of problems."""
    costs, by_stage, problems = {}, {}, 0
    for kind in kinds:
        for size in SHAPE_SIZES:
            name, data = sentence_of(kind, size)
            path = folder / name
            path.write_bytes(data)
            outcome, detail, _, cpu, spent = run_case(os.fsencode(path), seconds, stages and size == PER_MB_FROM)
            if outcome != "hang":  # a case killed at its limit has no cost of its own, only a bound
                costs[(kind, size)] = cpu / (len(data) / 1e6)
            if spent:
                by_stage[kind] = {stage: value / (len(data) / 1e6) for stage, value in spent.items()}
            if outcome in ("traceback", "hang"):
                problems += 1
                print(f"{outcome.upper()} {path}:\n{detail.rstrip()}")
    print("\n".join(shape_table(costs)))
    if costs:
        print(f"slowest per MB: {max(costs.values()):.1f} CPU s/MB ({max(costs, key=costs.get)[0]})")
    if by_stage:
        print(f"CPU s/MB by stage at {PER_MB_FROM // 1000}k (the case's own process, timed by stage):")
        print(f"  {'':<26}" + "".join(f"{stage:>9}" for stage in STAGES))
        for kind, spent in by_stage.items():
            print(f"  {kind:<26}" + "".join(f"{spent[stage]:9.1f}" for stage in STAGES))
    return problems


def _options() -> argparse.Namespace:
    """The command line, checked: its classes and shapes must exist."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--case-seconds", type=float, default=30.0, help="CPU seconds one case may take (ten times that on the clock).")
    parser.add_argument("--seconds", type=float, default=0.0, help="Stop making cases after this long (0: never).")
    parser.add_argument("--keep", type=Path, help="Write the cases here (default: a temporary folder, removed).")
    parser.add_argument("--shapes", action="store_true",
                        help="Instead of random cases: every long-sentence shape at 16, 64 and 100 KB, as a table.")
    parser.add_argument("--kinds", type=lambda value: value.split(","), default=SHAPES,
                        help="With --shapes: only these sentence shapes, comma-separated (default: all).")
    parser.add_argument("--stages", action="store_true",
                        help="With --shapes: each shape's cost at 64 KB by stage of the build (StageClock).")
    parser.add_argument("--classes", type=lambda value: value.split(","), default=list(WEIGHTS),
                        help=f"Only these classes, comma-separated (default: all of {','.join(WEIGHTS)}).")
    args = parser.parse_args()
    unknown = sorted(set(args.classes) - set(WEIGHTS))
    if unknown:
        parser.error(f"no such class: {', '.join(unknown)} (the classes: {', '.join(WEIGHTS)})")
    if unknown := sorted(set(args.kinds) - set(SHAPES)):
        parser.error(f"no such shape: {', '.join(unknown)} (the shapes: {', '.join(SHAPES)})")
    return args


def main() -> None:
    global _pipeline
    args = _options()
    weights = {kind: weight for kind, weight in WEIGHTS.items() if kind in args.classes}
    sys.stdout.reconfigure(errors="backslashreplace")  # case names are undecodable bytes on purpose
    rng = random.Random(args.seed)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
    folder.mkdir(parents=True, exist_ok=True)
    from kg.parser import parser
    from kg.pipeline import Pipeline
    started, cpu = time.perf_counter(), time.process_time()
    _pipeline = Pipeline()
    _pipeline.nlp  # noqa: B018  loaded once, before the children are forked
    model = time.process_time()
    parser()  # the English parsing model: start-up, as in a build's, no case's cost
    print(f"start-up: pipeline {model - cpu:.1f} CPU s, English parsing model {time.process_time() - model:.1f} CPU s")
    warm_up(folder)
    loaded = time.perf_counter()
    if args.shapes:
        try:
            sys.exit(1 if shapes(folder, args.case_seconds, args.kinds, args.stages) else 0)
        finally:
            if args.keep is None:
                shutil.rmtree(folder, ignore_errors=True)
    outcomes: Counter = Counter()
    sentence_costs: dict[tuple[str, int], float] = {}
    tried: Counter = Counter()
    problems, skipped, slowest, costliest = [], [], (0.0, ""), (0.0, "")
    try:
        for number in range(args.cases):
            if args.seconds and time.perf_counter() - loaded > args.seconds:
                break
            kind = rng.choices(list(weights), weights=list(weights.values()))[0]
            name, data = CLASSES[kind](rng)
            path = os.fsencode(folder) + b"/" + b"%04d-" % number + (name if isinstance(name, bytes) else name.encode())
            with open(path, "wb") as stream:
                stream.write(data)
            outcome, detail, seconds, cpu, _ = run_case(path, args.case_seconds)
            tried[kind] += 1
            outcomes[outcome] += 1
            shown_name = os.fsdecode(path).rsplit("/", 1)[-1][:60]
            slowest = max(slowest, (seconds, shown_name))
            if len(data) >= PER_MB_FROM:
                costliest = max(costliest, (cpu / (len(data) / 1e6), shown_name))
            if kind == "sentence":
                kind_name, size_name = name[len("sentence-"):-len("k.txt")].rsplit("-", 1)
                shape = (kind_name, int(size_name) * 1000)
                sentence_costs[shape] = max(sentence_costs.get(shape, 0.0), cpu / (len(data) / 1e6))
            if outcome in ("traceback", "hang"):
                problems.append((outcome, os.fsdecode(path), detail))
            elif outcome == "skipped":
                skipped.append(detail)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    total = sum(tried.values())
    print(f"cases tried: {total} ({', '.join(f'{kind} {count}' for kind, count in tried.most_common())}) "
          f"in {time.perf_counter() - started:.0f} s, seed {args.seed}")
    print(f"built {outcomes['built']}, skipped with one line {outcomes['skipped']}, "
          f"tracebacks {outcomes['traceback']}, hangs {outcomes['hang']}; slowest case {slowest[0]:.1f} s ({slowest[1]})")
    print(f"slowest per MB: {costliest[0]:.1f} CPU s/MB ({costliest[1] or f'no case of {PER_MB_FROM // 1000} KB or more'})")
    for line in shape_table(sentence_costs):
        print(line)
    problems_by_kind = Counter(line.split(": ", 1)[-1].split(" (")[0] for line in skipped)
    for problem, count in problems_by_kind.most_common(8):
        print(f"  skipped: {count} x {problem}")
    for outcome, path, detail in problems:
        print(f"{outcome.upper()} {path}:\n{detail.rstrip()}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
