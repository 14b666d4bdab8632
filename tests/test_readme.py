"""Every example of the README, run as written and in order, on the bundled corpus.

The examples run in a scratch copy of what they read from the repository's root
(data/corpus, kg/queries, bench/heldout's litigation set and gold), so that `exports/`
there, the demo's output, is never touched: `--graph exports` is the scratch folder's,
and no example may write into it (a user following them in order keeps the demo).  `../shared` is linked beside the
scratch copy where it is beside the repository (its lines are skipped otherwise).  Only
lines that stay running (`kg serve`, `--watch`) or need a server on the network (`kg
push`) are skipped, each with its reason.  Shell lines other than `kg ...` are not
run; `> FILE` at the end of a line is honoured.  The ```python block runs as one
program, the ```sparql block through `kg sparql`.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

REPOSITORY = Path(__file__).resolve().parent.parent
README = REPOSITORY / "README.md"
SHARED = Path(os.environ.get("KG_SHARED") or REPOSITORY.parent / "shared")  # KG_SHARED: where it lives elsewhere
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)

pytestmark = pytest.mark.usefixtures("cli_pipeline")  # in-process builds share the session's pipeline


def examples(text: str) -> list[tuple[str, str]]:
    """(kind, example) in README order: kind "kg" for a `kg ...` line of a sh block,
    "python" and "sparql" for a whole block of that language."""
    found = []
    for language, body in BLOCK.findall(text):
        if language in ("python", "sparql"):
            found.append((language, body))
        elif language == "sh":
            found += [("kg", line.strip()) for line in body.replace("\\\n", " ").splitlines()
                      if line.strip().startswith("kg ")]
    return found


def skip_reason(words: list[str]) -> str | None:
    if words[1] == "serve":
        return "stays running: a server"
    if words[1] == "push":
        return "needs a triple store on the network"
    if "--watch" in words:
        return "stays running: watches its inputs"
    if any(word.startswith("../shared") for word in words) and not SHARED.is_dir():
        return "../shared (seeds and gold annotations) is optional and absent"
    return None


EXAMPLES = examples(README.read_text(encoding="utf-8"))


def demo_commands(makefile: str) -> list[list[str]]:
    """The `kg` commands of `make demo`, its variables filled in: what the README assumes done."""
    variables = dict(re.findall(r"^(\w+)\s*\?=\s*(\S+)", makefile, re.MULTILINE))
    recipe = re.search(r"^demo:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
    commands = []
    for line in recipe.splitlines():
        words = shlex.split(re.sub(r"\$\((\w+)\)", lambda m: variables.get(m.group(1), ""), line))
        if words and words[0].endswith("/kg"):
            commands.append(words[1:])
    return commands


def _snapshot(folder: Path) -> dict[str, int]:
    return {str(path): path.stat().st_mtime_ns for path in folder.rglob("*")} if folder.is_dir() else {}


@pytest.fixture(scope="module")
def demo_output() -> dict[str, int]:
    """The repository's own exports/ as the examples found it."""
    return _snapshot(REPOSITORY / "exports")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, cli_pipeline, demo_output) -> Path:
    """A scratch root holding copies of what the examples read, after `make demo`."""
    root = tmp_path_factory.mktemp("readme") / "ailaw-kg"
    shutil.copytree(REPOSITORY / "data" / "corpus", root / "data" / "corpus")
    shutil.copytree(REPOSITORY / "kg" / "queries", root / "kg" / "queries")
    for part in ("litigation", "gold"):  # kg evaluate's example: a set whose gold is in the repository
        shutil.copytree(REPOSITORY / "bench" / "heldout" / part, root / "bench" / "heldout" / part)
    if SHARED.is_dir():
        (root.parent / "shared").symlink_to(SHARED)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        for command in demo_commands((REPOSITORY / "Makefile").read_text(encoding="utf-8")):
            result = CliRunner().invoke(main, command)
            assert result.exit_code == 0, f"make demo: kg {' '.join(command)}\n{result.output}"
    DEMO_EXPORTS.update(_snapshot(root / "exports"))
    return root


DEMO_EXPORTS: dict[str, int] = {}  # the scratch exports/ as `make demo` left it


def test_make_demo_is_read_from_the_makefile():
    assert demo_commands("OUT ?= exports\ndemo: x\n\t$(BIN)/kg build c --out $(OUT)\n\techo hi\n") == \
        [["build", "c", "--out", "exports"]]


def test_the_readme_has_examples_of_every_command():
    commands = {example.split()[1] for kind, example in EXAMPLES if kind == "kg"}
    assert {"build", "stats", "export", "evaluate", "query", "sparql", "serve", "viz", "push"} <= commands
    assert [kind for kind, _ in EXAMPLES].count("python") >= 1


@pytest.mark.parametrize("kind, example", EXAMPLES, ids=[example.splitlines()[0][:80] for _, example in EXAMPLES])
def test_readme_example_runs_as_written(kind, example, workspace, monkeypatch):
    monkeypatch.chdir(workspace)
    if kind == "python":
        exec(compile(example, "README.md", "exec"), {"__name__": "readme"})
        return
    words = ["kg", "sparql", example] if kind == "sparql" else shlex.split(example, comments=True)
    reason = skip_reason(words)
    if reason:
        pytest.skip(reason)
    target = None
    if ">" in words:
        words, target = words[:words.index(">")], words[words.index(">") + 1]
    result = CliRunner().invoke(main, words[1:], input="a\nq\n")  # kg review: accept one fact, then quit
    assert result.exit_code == 0, f"{example}\n{result.output}"
    assert "Traceback" not in result.output
    if target:
        Path(target).write_text(result.stdout, encoding="utf-8")


def test_the_examples_left_the_demo_output_alone(workspace, demo_output):
    assert _snapshot(REPOSITORY / "exports") == demo_output


def test_no_example_writes_over_the_demo_output(workspace):
    """Followed in order, the examples keep what `make demo` built: each writes to a path of its own."""
    assert DEMO_EXPORTS and _snapshot(workspace / "exports") == DEMO_EXPORTS


def test_the_readme_is_read_in_five_minutes():
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 300


def test_every_file_the_readme_links_exists():
    links = re.findall(r"\]\(([^)#]+)\)", README.read_text(encoding="utf-8"))
    assert links and [link for link in links if not (REPOSITORY / link).exists()] == []


def written_by(words: list[str]) -> Path | None:
    """Where a `kg` command writes (its --out, else its default under its --graph or
    exports/), None for a command that only reads."""
    def option(name: str, default: str | None = None) -> str | None:
        return words[words.index(name) + 1] if name in words and words.index(name) + 1 < len(words) else default
    if words[1] == "build":
        return Path(option("--out", "exports"))
    if words[1] == "viz":
        return Path(option("--out") or Path(option("--graph", "exports")) / "graph.html")
    if words[1] == "export":
        return Path(option("--out"))
    return None


def test_written_by_reads_a_commands_output_path():
    assert written_by(shlex.split("kg build data/corpus --min-confidence 0.5")) == Path("exports")
    assert written_by(shlex.split("kg viz --isolated")) == Path("exports/graph.html")
    assert written_by(shlex.split("kg viz --graph exports --out views/all.html")) == Path("views/all.html")
    assert written_by(shlex.split("kg query entity 微软")) is None


def test_no_readme_example_writes_over_the_demo_in_exports():
    overwriting = [example for kind, example in EXAMPLES if kind == "kg"
                   and (target := written_by(shlex.split(example, comments=True))) is not None
                   and (target == Path("exports") or Path("exports") in target.parents)
                   and example.split("#")[0].split() != ["kg", "build", "data/corpus", "--out", "exports"]]
    assert overwriting == []


def test_make_test_lists_each_skipped_test_with_its_reason():
    recipe = re.search(r"^test:.*\n((?:\t.*\n)+)", (REPOSITORY / "Makefile").read_text(encoding="utf-8"),
                       re.MULTILINE).group(1)
    assert "-m pytest" in recipe and "-rs" in recipe.split()


def test_the_readmes_label_query_form_finds_its_entity_in_the_demo(workspace, monkeypatch):
    monkeypatch.chdir(workspace)
    text = README.read_text(encoding="utf-8")
    forms = set(re.findall(r'"([^"\s]+)"@(zh(?:-Hant)?)\b', text))
    assert ("微软", "zh") in forms  # the form the README gives for a Chinese label
    for name, tag in sorted(forms):
        result = CliRunner().invoke(main, ["sparql", f'SELECT ?x WHERE {{ ?x rdfs:label|skos:altLabel "{name}"@{tag} }}',
                                           "--format", "csv"])
        assert result.exit_code == 0 and len(result.stdout.splitlines()) > 1, f'"{name}"@{tag} finds nothing'


def test_an_empty_result_says_what_the_readme_says(workspace, monkeypatch):
    monkeypatch.chdir(workspace)
    assert "`kg: nothing found (…)`" in README.read_text(encoding="utf-8")
    for command in (["sparql", 'SELECT ?x WHERE { ?x rdfs:label "no such name"@zh }'],
                    ["query", "sued", "--plaintiff", "OpenAI", "--defendant", "微软"],
                    ["query", "timeline", "--from", "1900", "--to", "1900"]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 0 and result.stdout == "", command
        assert re.fullmatch(r"kg: nothing found \(.+\)\n", result.stderr), (command, result.stderr)
