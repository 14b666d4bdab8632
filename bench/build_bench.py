"""How fast is `kg build`, and does it stay linear as the corpus grows, and as one document grows?

    .venv/bin/python bench/build_bench.py [--sizes 1,10,100] [--document-mb 1,2,4,8,16] [--kinds newsletters]
                                          [--jobs 1,2,4] [--speedup-size 0] [--quick]

Writes synthetic newsletters (numbered items with 发布日期 / 来源 / 链接 / 摘要, Chinese
sentences from templates naming the regulators, courts, companies, models and laws of
data/kb, fixed seed) at multiples of the size of ../shared/seeds (of data/corpus where
../shared is absent), then for each size builds them on one core without cache and prints
characters and items per second, microseconds per character, the peak memory, and the
time of a bare ``jieba.cut`` over the same text with the same user words (the floor the
tokenizer alone sets; the best of three passes).  Below x100 each size is built three
times and the least CPU time counts (``--repeats``).  Then the speed-up of each ``--jobs``
(1,2 unless told) on the demo corpus repeated 16 times (224 documents; synthetic newsletters
with ``--speedup-size``), each part's CPU seconds (load, extraction in the workers, resolve,
write) and what an idle machine would take; rebuilds after one file changed on the demo corpus x16,
a Chinese and an English file, by a new `kg build` (disk cache) and by a resident `kg build --watch`
process (``--rebuild``); and the ``scale`` figure (``--scale``): a build of 1 M characters of
newsletters against a bare jieba pass over the same text, and one file changed there.

Per document size (``--document-mb``): one file of 1, 2, 4, 8 MB built alone, of three kinds
(``--kinds``): ``newsletters`` (the demo corpus's newsletters, whole, concatenated, as a
user's archive export is), ``issues`` (synthetic newsletter issues one after the other, each
with its head, as a file holding a year of a newsletter) and ``article`` (one news article of that size: a date line, then
paragraphs, no numbered items: one item read in parts).  A cost linear in the document's
size shows as a flat CPU seconds per MB.

Every build runs in its own child process, so that peak memories do not mix; loading the
knowledge base, jieba's dictionary and the spaCy pipeline is timed apart ("load").
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from kg.kb import KnowledgeBase  # noqa: E402

SEEDS = REPOSITORY.parent / "shared" / "seeds"
DEMO_CORPUS = REPOSITORY / "data" / "corpus"
ITEMS_PER_DOCUMENT = 16

# -- the synthetic corpus -----------------------------------------------------------------
# Per section: (title, lead sentence) of an item's event.  Placeholders name a KB entity of
# that type; {company2} is a second company; {date}, {date2}, {amount} are filled in.
EVENTS = {
    "一、监管动态": [
        ("{regulator}发布《{law}》", "{date}，{regulator}正式发布《{law}》，自{date2}起施行。"),
        ("{legislature}提出《{law}》草案", "{date}，{legislature}议员提出《{law}》草案，拟对高风险人工智能系统的提供者设定透明度义务。"),
        ("{regulator}对{company}处以罚款", "{date}，{regulator}宣布对{company}处以{amount}万欧元罚款，理由是其在训练{model}时未依法处理个人数据。"),
        ("{regulator}对{company}展开调查", "{date}，{regulator}表示已对{company}的{model}服务展开调查。"),
        ("{regulator}就《{law}》公开征求意见", "{date}，{regulator}就《{law}》（征求意见稿）公开征求意见，意见反馈截止日期为{date2}。"),
    ],
    "二、司法动态": [
        ("{company}起诉{company2}侵犯著作权", "{date}，{company}在{court}起诉{company2}，指控其未经许可使用受版权保护的作品训练{model}。"),
        ("{court}审理{company}诉{company2}案", "{date}，{court}开庭审理{company}诉{company2}案。"),
        ("{court}驳回{company}的动议", "{date}，{court}驳回了{company}提出的驳回起诉动议，案件将进入证据开示阶段。"),
        ("{company}与{company2}达成和解", "{date}，{company}与{company2}就{model}相关的版权纠纷达成和解。"),
    ],
    "三、市场动态": [
        ("{company}发布{model}", "{date}，{company}发布{model}，称其在多项基准测试中表现领先。"),
        ("{company}与{company2}宣布合作", "{date}，{company}与{company2}宣布建立战略合作伙伴关系，将在{place}共同推广{model}。"),
        ("{company}投资{company2}", "{date}，{company}宣布向{company2}投资{amount}亿美元。"),
        ("{company}收购{company2}", "{date}，{company}宣布收购{company2}，交易金额未披露。"),
        ("{organization}批评{company}", "{date}，{organization}发布报告，批评{company}在{model}的训练中使用未经授权的数据。"),
    ],
}
FOLLOW_UPS = [
    "{person}表示，{company}将继续与监管机构保持沟通。",
    "{regulator}此前已发布《{law}》，要求服务提供者履行安全评估义务。",
    "据悉，{company}已在{place}上线{model}的企业版本。",
    "该规定适用于在{place}境内提供生成式人工智能服务的主体。",
    "{organization}对此表示欢迎，认为相关规则有助于明确合规预期。",
    "服务提供者应当建立健全算法安全管理制度，并定期开展风险评估。",
    "业内人士认为，相关规则将对训练数据的来源合法性提出更高要求。",
    "违反规定的，最高可处以全球年营业额百分之七的罚款。",
]
COMMENTS = [
    "我们建议相关企业尽快梳理数据处理活动，完善内部合规制度。",
    "该案是首例涉及人工智能生成内容著作权归属的案件，其裁判思路值得关注。",
    "企业在引入第三方模型时，应在合同中明确训练数据的权利保证与责任分配。",
]
SOURCES = ["路透社", "新华社", "财新网", "彭博社", "澎湃新闻", "{regulator}官网"]
PLACEHOLDER_TYPES = {"regulator": "Regulator", "legislature": "Legislature", "law": "Law", "court": "Court",
                     "company": "Company", "company2": "Company", "model": "AIModel",
                     "organization": "Organization", "person": "Person", "place": "Jurisdiction"}


def kb_names(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Names per entity type, Chinese where the KB has one; laws only with a Chinese name
    (they are written 《…》)."""
    names: dict[str, list[str]] = {}
    for entry in kb.entries.values():
        if entry.type != "Law" or entry.zh:
            names.setdefault(entry.type, []).append(entry.zh or entry.label)
    return names


class Newsletters:
    """Deterministic newsletter text: ``Newsletters(seed).document(items=16)``."""

    def __init__(self, seed: int = 2024) -> None:
        self.rng = random.Random(seed)
        self.names = kb_names(KnowledgeBase.load())

    def _date(self) -> str:
        return f"{self.rng.randint(2023, 2025)}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def _fill(self, template: str) -> str:
        values = {key: self.rng.choice(self.names[type_]) for key, type_ in PLACEHOLDER_TYPES.items()}
        return template.format(date=self._date(), date2=self._date(), amount=self.rng.randint(2, 900), **values)

    def item(self, number: int, section: str) -> str:
        title, lead = self.rng.choice(EVENTS[section])
        filled = self._fill("\x1f".join([title, lead, self.rng.choice(SOURCES)]))
        title, lead, source = filled.split("\x1f")
        summary = [lead] + [self._fill(s) for s in self.rng.sample(FOLLOW_UPS, self.rng.randint(2, 4))]
        lines = [f"{number}.{title}", "", f"发布日期：{self._date()}", f"来源：{source}",
                 f"链接：● https://news.example.org/{self.rng.randrange(10**9):09d}.html", "摘要：",
                 "".join(summary[:2]), "", "".join(summary[2:]), ""]
        if self.rng.random() < 0.4:
            lines += ["律师点评", "".join(self.rng.sample(COMMENTS, 2)), ""]
        return "\n".join(lines) + "\n"

    def document(self, items: int) -> str:
        parts = ["人工智能法律月报", "明衡律师事务所 人工智能与数据合规团队 编", ""]
        sections = list(EVENTS)
        per_section = -(-items // len(sections))
        for section_index, section in enumerate(sections):
            count = min(per_section, items - section_index * per_section)
            if count > 0:
                parts += [section, ""] + [self.item(n, section) for n in range(1, count + 1)]
        parts += ["特此声明：本刊物仅供参考，不构成任何法律意见。", ""]
        return "\n".join(parts)


def write_corpus(folder: Path, *, target_bytes: int = 0, items: int = 0, seed: int = 2024) -> dict:
    """Newsletters of ITEMS_PER_DOCUMENT items into ``folder`` until ``target_bytes`` of
    UTF-8 or ``items`` items are written."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = Newsletters(seed)
    written = documents = count = 0
    while (target_bytes and written < target_bytes) or (items and count < items):
        size = min(ITEMS_PER_DOCUMENT, items - count) if items else ITEMS_PER_DOCUMENT
        data = writer.document(size).encode("utf-8")
        (folder / f"newsletter-{documents:05d}.txt").write_bytes(data)
        written, documents, count = written + len(data), documents + 1, count + size
    return {"bytes": written, "documents": documents}


def demo_newsletters() -> list[str]:
    """The text of each newsletter of data/corpus (whatever its encoding or markup)."""
    from kg.ingest import discover, read_document
    return [read_document(path).text for path in discover([DEMO_CORPUS]) if path.name.startswith("newsletter")]


def write_document(folder: Path, megabytes: float, kind: str, seed: int = 11) -> Path:
    """One document of ``megabytes`` MB (UTF-8) in ``folder``: the demo corpus's newsletters,
    whole, one after the other, again and again (``newsletters``, as a user's archive export
    is), synthetic newsletter issues one after the other (``issues``), or one article of
    paragraphs made of the same sentences (``article``: no heads, numbers or fields, so that
    segmenting gives one long item)."""
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "newsletters":
        texts, parts, size = demo_newsletters(), [], 0
        while size < megabytes * 1e6:
            text = texts[len(parts) % len(texts)]
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
        path = folder / f"{kind}-{megabytes:g}mb.txt"
        path.write_text("\n\n".join(parts), encoding="utf-8")
        return path
    writer, parts, size = Newsletters(seed), [], 0
    head = "人工智能监管观察：各国加快立法\n2024-03-05 18:30 来源：新华网\n" if kind == "article" else ""
    while size < megabytes * 1e6:
        issue = writer.document(ITEMS_PER_DOCUMENT)
        if kind == "article":
            issue = "\n".join(line for line in issue.split("\n") if len(line) > 40 and not line[0].isdigit()
                              and "：" not in line[:6])
        parts.append(issue)
        size += len(issue.encode("utf-8")) + 1
    path = folder / f"{kind}-{megabytes:g}mb.txt"
    path.write_text(head + "\n".join(parts), encoding="utf-8")
    return path


def reference_bytes() -> tuple[int, str]:
    folder = SEEDS if SEEDS.is_dir() else DEMO_CORPUS
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()), str(folder.relative_to(REPOSITORY.parent))


# -- one measurement, in a child process ----------------------------------------------------
class Stopwatch:
    """Wall and CPU seconds of named phases: ``with clock("build"): ...`` records
    ``build`` and ``build cpu``.  CPU seconds of one process are what one core did,
    whatever else the machine runs."""

    def __init__(self) -> None:
        self.figures: dict[str, float] = {}

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.figures[name] = time.perf_counter() - wall
        self.figures[f"{name} cpu"] = time.process_time() - cpu


def child(corpus: str, jobs: int, cache_dir: str | None, out_dir: str | None, floor: bool,
          resident: bool = False) -> dict:
    """Runs in the child: load, optionally time the jieba floor, build, optionally write
    (graph.ttl and its store, as `kg build` does).  ``resident``: then change one file and
    rebuild in the same process, as `kg build --watch` does (results in memory, the store
    made from the last one)."""
    import jieba

    from kg.ingest import discover, read_document
    from kg.pipeline import Pipeline, ResultCache, build, paused_gc, pipeline_version
    from kg.rdf import GraphWriter
    clock = Stopwatch()
    with clock("load"):
        # no per-file time limit: on a loaded machine a 16 MB document takes longer than it in wall time
        pipeline = Pipeline(file_seconds=float("inf"))
        pipeline.nlp  # noqa: B018  jieba's dictionary, the KB's user words, the spaCy pipeline
    texts = [read_document(path).text for path in discover([corpus])]
    if floor:  # the best of three passes: the floor is the least jieba needs
        passes = []
        for _ in range(3):
            with clock("floor"):
                for text in texts:
                    for _ in jieba.cut(text):
                        pass
            passes.append((clock.figures["floor cpu"], clock.figures["floor"]))
        clock.figures["floor cpu"], clock.figures["floor"] = min(passes)
    resolve = pipeline.graph

    def timed_resolve(*args, **kwargs):  # the whole-corpus step of the build, timed apart
        with clock("resolve"):
            return resolve(*args, **kwargs)
    pipeline.graph = timed_resolve
    results = ResultCache(cache_dir, pipeline_version()) if resident else None
    writer = GraphWriter(out_dir, remember=resident) if out_dir else None
    with clock("build"):
        report = build([corpus], jobs=jobs, cache_dir=cache_dir, pipeline=pipeline, cache=results)
    if out_dir:
        with clock("write"), paused_gc():
            writer.write(report.graph)
    if resident:  # three rounds of: one file changed, rebuilt
        rounds = []
        for _ in range(3):
            change_one(Path(corpus))
            with clock("rebuild"):
                again = build([corpus], jobs=jobs, pipeline=pipeline, cache=results)
                with paused_gc():
                    writer.write(again.graph)
            rounds.append(clock.figures["rebuild"])
        clock.figures["rebuilds"], clock.figures["rebuild cached"] = rounds, again.cached
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return clock.figures | {
        "chars": sum(map(len, texts)), "items": report.items, "documents": report.documents,
        "cached": report.cached, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": workers.ru_maxrss / 1024, "worker_cpu": workers.ru_utime + workers.ru_stime}


def change_one(corpus: Path) -> Path:
    """Change the file in the middle of the corpus (a sentence added or taken away)."""
    files = sorted(corpus.iterdir())
    changed = files[len(files) // 2]
    return change_file(changed, "en" if "-en" in changed.name else "zh")


def measure(corpus: Path, jobs: int = 1, cache_dir: Path | None = None, out_dir: Path | None = None,
            floor: bool = False, resident: bool = False) -> dict:
    command = [sys.executable, __file__, "--child", str(corpus), "--child-jobs", str(jobs)]
    command += ["--cache-dir", str(cache_dir)] if cache_dir else []
    command += ["--out-dir", str(out_dir)] if out_dir else []
    command += ["--floor"] if floor else []
    command += ["--resident"] if resident else []
    started = time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True, cwd=REPOSITORY)
    if finished.returncode:
        sys.exit(f"child failed:\n{finished.stderr[-3000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1]) | {"wall": time.perf_counter() - started}


# -- the report ---------------------------------------------------------------------------
def table(rows: list[dict]) -> str:
    columns = list(rows[0])
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    lines = ["  ".join(c.rjust(widths[c]) for c in columns)]
    lines += ["  ".join(str(r[c]).rjust(widths[c]) for c in columns) for r in rows]
    return "\n".join(lines)


def scaling(workdir: Path, sizes: list[int], unit: int, repeats: int) -> list[dict]:
    """Per size, the best of ``repeats`` runs (one run from x100 up): the CPU time of a
    build and of the floor are the least each needed, what another process on the
    machine did not add to."""
    rows = []
    for size in sizes:
        corpus = workdir / f"x{size}"
        written = write_corpus(corpus, target_bytes=size * unit)
        runs = [measure(corpus, floor=True) for _ in range(repeats if size < 100 else 1)]
        run = min(runs, key=lambda r: r["build cpu"])
        cpu, floor = run["build cpu"], min(r["floor cpu"] for r in runs)
        rows.append({"size": f"x{size}", "MB": f"{written['bytes'] / 1e6:.2f}", "docs": run["documents"],
                     "items": run["items"], "chars": run["chars"], "load s": f"{run['load']:.1f}",
                     "build s": f"{run['build']:.1f}", "build cpu s": f"{cpu:.1f}",
                     "resolve cpu s": f"{run['resolve cpu']:.1f}", "chars/s": f"{run['chars'] / cpu:,.0f}",
                     "items/s": f"{run['items'] / cpu:.0f}", "us/char": f"{1e6 * cpu / run['chars']:.1f}",
                     "jieba cpu s": f"{floor:.2f}", "build/jieba": f"{cpu / floor:.1f}x",
                     "peak MB": f"{run['peak_mb']:.0f}"})
        spread = ", ".join(f"{r['build cpu']:.2f}" for r in runs)
        print(f"  x{size}: {run['items']} items, build {run['build']:.1f} s ({cpu:.2f} s CPU; runs: {spread}), "
              f"jieba floor {floor:.2f} s CPU, peak {run['peak_mb']:.0f} MB", flush=True)
    return rows


def per_document(workdir: Path, sizes: list[float],
                 kinds: tuple[str, ...] = ("newsletters", "issues", "article")) -> list[dict]:
    """One document of each size and kind built alone (one run each: the figure to watch
    is CPU seconds per MB staying flat as the document grows, and the CPU time of each
    size against the size before it: 2.0x for twice the text where the cost is linear)."""
    rows = []
    for kind in kinds:
        before = None
        for megabytes in sizes:
            folder = workdir / f"document-{kind}-{megabytes:g}"
            path = write_document(folder, megabytes, kind)
            run = measure(folder)
            cpu = run["build cpu"]
            rows.append({"kind": kind, "MB": f"{path.stat().st_size / 1e6:.2f}", "items": run["items"],
                         "chars": run["chars"], "build s": f"{run['build']:.1f}", "build cpu s": f"{cpu:.1f}",
                         "cpu s/MB": f"{cpu / (path.stat().st_size / 1e6):.2f}",
                         "cpu / size before": f"{cpu / before[1]:.2f}x for {path.stat().st_size / before[0]:.2f}x"
                         if before else "-", "peak MB": f"{run['peak_mb']:.0f}"})
            before = (path.stat().st_size, cpu)
            print(f"  {kind} {megabytes:g} MB: {run['items']} items, build {run['build']:.1f} s ({cpu:.1f} s CPU), "
                  f"peak {run['peak_mb']:.0f} MB", flush=True)
    return rows


def write_demo_copies(folder: Path, copies: int = 16) -> dict:
    """The demo corpus's documents (data/corpus, its README aside) ``copies`` times, each copy
    under its own file name (the cache and the graph's evidence cite documents by name)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = documents = 0
    for copy in range(1, copies + 1):
        for path in sorted(DEMO_CORPUS.iterdir()):
            if path.is_file() and path.name != "README.md":
                data = path.read_bytes()
                (folder / f"r{copy:02d}-{path.name}").write_bytes(data)
                written, documents = written + len(data), documents + 1
    return {"bytes": written, "documents": documents}


def speedup(workdir: Path, jobs_list: list[int], size: int, unit: int, repeats: int = 2) -> list[dict]:
    """The best of ``repeats`` builds with each --jobs, taken in turns so that all meet the
    same load from elsewhere on the machine; on the demo corpus repeated 16 times
    (``size`` 0), else on synthetic newsletters of ``size`` times the reference size.  Each
    build writes its graph (graph.ttl, store, snapshot), as `kg build` does.

    Printed per --jobs: wall seconds of the build and of load + build + write, and CPU
    seconds per part: load (KB, jieba, spaCy, warm-up: serial), extraction in the build
    process and in its ``jobs`` - 1 workers (the parallel part: the build process takes
    batches too, kg.pipeline.process_all), resolve (the merge of every document's results:
    serial) and write (serial).  ``idle s`` is what an idle machine with as many cores as
    jobs would take: the serial parts' CPU plus the extraction CPU spread over the jobs
    (Amdahl), so the ratio of the idle figures is the speed-up the code allows without the
    noise of the other processes on the machine."""
    corpus = workdir / (f"x{size}" if size else "demo-x16")
    if not corpus.is_dir():
        write_corpus(corpus, target_bytes=size * unit) if size else write_demo_copies(corpus)
    runs: dict[int, list[dict]] = {jobs: [] for jobs in jobs_list}
    for _ in range(repeats):
        for jobs in runs:
            out = workdir / f"speedup-out-{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            runs[jobs].append(measure(corpus, jobs=jobs, out_dir=out))
    best = {jobs: min(runs[jobs], key=lambda run: run["build"]) for jobs in jobs_list}
    first = best[jobs_list[0]]
    rows = []
    for jobs, run in best.items():
        parts, walls = cpu_parts(run, jobs), ", ".join(f"{other['build']:.1f}" for other in runs[jobs])
        print(f"  {corpus.name}: jobs {jobs} build {run['build']:.1f} s wall (runs {walls}), all {whole(run):.1f} s; "
              + ", ".join(f"{name} {seconds:.1f}" for name, seconds in parts.items()) + " CPU s", flush=True)
        rows.append({"jobs": jobs, "docs": run["documents"], "build s": f"{run['build']:.1f}",
                     f"build x jobs={jobs_list[0]}": f"{first['build'] / run['build']:.2f}x",
                     "all s": f"{whole(run):.1f}", f"all x jobs={jobs_list[0]}": f"{whole(first) / whole(run):.2f}x",
                     "load cpu": f"{run['load cpu']:.1f}", "extract cpu (main+workers)":
                     f"{parts['extract main']:.1f}+{parts['extract workers']:.1f}",
                     "resolve cpu": f"{run['resolve cpu']:.1f}", "write cpu": f"{run['write cpu']:.1f}",
                     "idle s": f"{parts['idle']:.1f}", f"idle x jobs={jobs_list[0]}":
                     f"{cpu_parts(first, jobs_list[0])['idle'] / parts['idle']:.2f}x",
                     "peak MB (main/worker)": f"{run['peak_mb']:.0f}/{run['worker_peak_mb']:.0f}"})
    return rows


def whole(run: dict) -> float:
    """Wall seconds of load + build + write: what `kg build` takes, start-up aside."""
    return run["load"] + run["build"] + run["write"]


def cpu_parts(run: dict, jobs: int) -> dict[str, float]:
    """CPU seconds of extraction in the build process and in its workers, and the seconds
    an idle machine of ``jobs`` cores would take (serial parts + extraction / jobs: the
    build process extracts beside its jobs - 1 workers)."""
    main = run["build cpu"] - run["resolve cpu"]
    extract = main + run["worker_cpu"]
    serial = run["load cpu"] + run["resolve cpu"] + run["write cpu"]
    return {"extract main": main, "extract workers": run["worker_cpu"], "idle": serial + extract / max(jobs, 1)}


#: The edit of a one-file rebuild: a sentence (in the file's language) that states a new suit
#: between two parties no file names, so that the rebuild changes facts, entities and the
#: suit table, not only a file's text (a sentence that adds no fact would let a rebuild that
#: skips what did not change look cheaper than one that changes the graph).
EDITS = {"zh": "2024年6月3日，星海数据科技有限公司向北京互联网法院起诉蓝湾智能科技有限公司，指控其未经许可使用其数据训练模型。",
         "en": "On 3 June 2024, Harbor Lane Media sued Quartz Mind Labs in the U.S. District Court for the District of "
               "Delaware, alleging that it used its articles to train a model without permission."}
#: Where the edit goes: before the closing notice of a newsletter (whose lines no item reads),
#: else after the file's last line.
NOTICES = {"zh": "\n\n特此声明", "en": "\n\nDisclaimer"}


def change_file(path: Path, language: str) -> Path:
    """Add a line stating a new suit (in ``language``) to the last item of ``path``, or take
    it away again (the file then as it was, byte for byte)."""
    text, edit = path.read_text(encoding="utf-8"), "\n" + EDITS[language]
    if edit in text:
        text = text.replace(edit, "", 1)
    else:
        at = text.rfind(NOTICES[language])
        at = len(text.rstrip("\n")) if at < 0 else at
        text = text[:at] + edit + text[at:]
    path.write_text(text, encoding="utf-8")
    return path


def inside(run: dict) -> float:
    """In the process: load + build + write (graph.ttl, store, snapshot): `kg build` but its imports."""
    return run["load"] + run["build"] + run["write"]


def inside_cpu(run: dict) -> float:
    return run["load cpu"] + run["build cpu"] + run["write cpu"]


def incremental(workdir: Path, resident: bool = True) -> list[dict]:
    """The demo corpus x16 (224 documents, Chinese and English): a full `kg build` (cache
    on, empty), then one Chinese file changed and built again by a new `kg build` (the
    other files' results from the disk cache), then one English file; with ``resident``
    also one file changed and built again by a resident `kg build --watch` process."""
    corpus, cache, out = workdir / "incremental", workdir / "incremental-cache", workdir / "incremental-out"
    shutil.rmtree(corpus, ignore_errors=True)
    write_demo_copies(corpus)
    for _ in range(3):  # again if kg/ or data/ was edited between the builds: the cache key changed
        shutil.rmtree(cache, ignore_errors=True)
        full = measure(corpus, cache_dir=cache, out_dir=out)
        agains = {language: measure(corpus, cache_dir=cache, out_dir=out) for language, name in
                  (("zh", "newsletter-2024-05.txt"), ("en", "briefing-2024-09-en.txt"))
                  if change_file(corpus / f"r08-{name}", language)}
        if all(again["cached"] == full["documents"] - 1 for again in agains.values()):
            break
    rows = [{"build": "full: kg build, cache empty", "s in process": f"{inside(full):.2f}",
             "cpu s": f"{inside_cpu(full):.2f}", "process wall s": f"{full['wall']:.2f}",
             "of full (cpu)": "100%", "of full (wall)": "100%", "extracted": full["documents"]}]
    for language, again in agains.items():
        rows.append({"build": f"one {language} file changed: kg build again", "s in process": f"{inside(again):.2f}",
                     "cpu s": f"{inside_cpu(again):.2f}", "process wall s": f"{again['wall']:.2f}",
                     "of full (cpu)": f"{inside_cpu(again) / inside_cpu(full):.0%}",
                     "of full (wall)": f"{again['wall'] / full['wall']:.0%}",
                     "extracted": again["documents"] - again["cached"]})
        print(f"  one {language} file changed: {again['wall']:.1f} s against {full['wall']:.1f} s "
              f"({inside_cpu(again):.1f} against {inside_cpu(full):.1f} CPU s; load {again['load cpu']:.1f}, "
              f"build {again['build cpu']:.1f} (resolve {again['resolve cpu']:.1f}), write {again['write cpu']:.1f})",
              flush=True)
    if resident:
        watch = measure(corpus, out_dir=workdir / "incremental-watch", resident=True)
        rebuild = min(watch["rebuilds"])
        rows.append({"build": "one file changed: kg build --watch", "s in process": f"{rebuild:.2f}", "cpu s": "-",
                     "process wall s": "-", "of full (cpu)": "-", "of full (wall)": f"{rebuild / inside(full):.1%}",
                     "extracted": watch["documents"] - watch["rebuild cached"]})
    return rows


def write_scale_corpus(folder: Path, chars: int) -> int:
    """The demo corpus's newsletters, whole, each copy its own file, until ``chars`` characters."""
    folder.mkdir(parents=True, exist_ok=True)
    texts, written, copies = demo_newsletters(), 0, 0
    while written < chars:
        text = texts[copies % len(texts)]
        (folder / f"newsletter-{copies:04d}.txt").write_text(text, encoding="utf-8")
        written, copies = written + len(text), copies + 1
    return written


def scale(workdir: Path, chars: int) -> list[dict]:
    """The `scale` figure: a build (one core, cache on and empty, graph written) of
    ``chars`` characters of newsletters against a bare jieba pass over the same text with
    the same user words (the best of three), then one file changed and built again."""
    corpus, cache, out = workdir / "scale", workdir / "scale-cache", workdir / "scale-out"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    write_scale_corpus(corpus, chars)
    full = measure(corpus, cache_dir=cache, out_dir=out, floor=True)
    files = sorted(corpus.iterdir())
    change_file(files[len(files) // 2], "zh")
    again = measure(corpus, cache_dir=cache, out_dir=out)
    floor = full["floor cpu"]
    print(f"  scale: {full['chars']:,} characters, {full['documents']} files; build {full['build cpu']:.1f} CPU s, "
          f"+ write {full['write cpu']:.1f}, load {full['load cpu']:.1f}; jieba {floor:.2f} CPU s; one file changed: "
          f"{inside_cpu(again):.1f} CPU s", flush=True)
    return [{"chars": f"{full['chars']:,}", "files": full["documents"], "jieba cpu s": f"{floor:.2f}",
             "build cpu s": f"{full['build cpu']:.1f}", "build / jieba": f"{full['build cpu'] / floor:.1f}x",
             "build+write cpu s": f"{full['build cpu'] + full['write cpu']:.1f}",
             "build+write / jieba": f"{(full['build cpu'] + full['write cpu']) / floor:.1f}x",
             "load cpu s": f"{full['load cpu']:.1f}", "one file changed cpu s": f"{inside_cpu(again):.1f}",
             "of full": f"{inside_cpu(again) / inside_cpu(full):.0%}"}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100", help="Multiples of the reference corpus size.")
    parser.add_argument("--document-mb", default="1,2,4,8", help="Sizes in MB of one document built alone ('': skip).")
    parser.add_argument("--kinds", default="newsletters,issues,article",
                        help="Kinds of the one document of --document-mb (newsletters, issues, article).")
    parser.add_argument("--jobs", default="1,2", help="The --jobs values compared ('': skip).")
    parser.add_argument("--speedup-size", type=int, default=0,
                        help="Corpus of the --jobs comparison: synthetic at this multiple (0: the demo corpus x16).")
    parser.add_argument("--rebuild", choices=["watch", "new", "no"], default="watch",
                        help="The one-file rebuild test on the demo corpus x16: by a new kg build for a Chinese and an "
                             "English file, and by a resident --watch (watch); the first two only (new); none (no).")
    parser.add_argument("--scale", type=int, default=1_000_000, metavar="CHARS",
                        help="The scale figure: a build of this many characters of newsletters against a bare jieba "
                             "pass (0: skip).")
    parser.add_argument("--quick", action="store_true", help="Sizes 1,10; speed-up at x1; no --watch rebuild; "
                                                             "scale at 200,000 characters.")
    parser.add_argument("--workdir", type=Path, help="Keep the corpora here (default: a temporary folder).")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", help=argparse.SUPPRESS)
    parser.add_argument("--out-dir", help=argparse.SUPPRESS)
    parser.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--resident", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3, help="Runs per size below x100 (the best counts).")
    parser.add_argument("--turns", type=int, default=2, help="Builds per --jobs value, taken in turns (the best counts).")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.child_jobs, args.cache_dir, args.out_dir, args.floor, args.resident)))
        return
    if args.quick:
        args.sizes, args.speedup_size, args.rebuild, args.document_mb, args.scale = "1,10", 1, "new", "1,2", 200_000
        args.kinds = "newsletters"
    sizes = [int(size) for size in args.sizes.split(",") if size]
    unit, reference = reference_bytes()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-build-bench-"))
    started = time.perf_counter()
    try:
        print(f"x1 = {unit / 1000:.0f} kB, the size of {reference}; {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f} at the start", flush=True)
        rows = scaling(workdir, sizes, unit, args.repeats) if sizes else None
        documents = per_document(workdir, [float(mb) for mb in args.document_mb.split(",") if mb],
                                 tuple(kind for kind in args.kinds.split(",") if kind))
        jobs_list = [int(jobs) for jobs in args.jobs.split(",") if jobs]
        jobs = speedup(workdir, jobs_list, args.speedup_size, unit, args.turns) if jobs_list else None
        rebuild = incremental(workdir, args.rebuild == "watch") if args.rebuild != "no" else None
        scaled = scale(workdir, args.scale) if args.scale else None
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    if rows:
        print("\nbuild throughput, one core (jobs=1, no cache); rates per CPU second of the build process;\n"
              "load = KB + jieba dictionary + spaCy pipeline, timed apart; resolve = the whole-corpus step, part of build:")
        print(table(rows))
    if documents:
        print("\ncost per document size (one file built alone, one core, no cache):")
        print(table(documents))
    if jobs:
        print(f"\n--jobs speed-up (the best of {args.turns} runs, taken in turns; build = extraction + resolve; all = load + build"
              "\n+ write; CPU seconds per part; idle s = serial CPU + extraction CPU / jobs, an idle machine's wall):")
        print(table(jobs))
    if rebuild:
        print("\nincremental rebuild (one file changed; in process = load + build + write graph.ttl, store and snapshot;"
              "\n--watch needs no load: its pipeline stays loaded; the best of three rounds):")
        print(table(rebuild))
    if scaled:
        print("\nscale (one core; build = extraction + resolve, write = graph.ttl, store, snapshot; jieba = a bare "
              "jieba.cut pass, the best of three):")
        print(table(scaled))
    print(f"\ntotal bench time {time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
