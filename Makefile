# Two entry points: `make demo` builds the graph of the bundled corpus, `make test` runs the tests.
# Each creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= data/corpus
OUT    ?= exports

.PHONY: demo test bench docs clean

demo: $(VENV)/.installed
	$(BIN)/kg build $(CORPUS) --out $(OUT)
	$(BIN)/kg viz --graph $(OUT) --out $(OUT)/graph.html
	$(BIN)/kg stats --graph $(OUT)

# -rs lists each skipped test with its reason (Chromium that did not start, no Virtuoso, no ../shared)
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q -rs

bench: $(VENV)/.installed-test
	$(BIN)/python bench/build_bench.py
	$(BIN)/python bench/stage_bench.py
	$(BIN)/python bench/viz_bench.py
	$(BIN)/python bench/sparql_bench.py

docs: $(VENV)/.installed
	$(BIN)/python bench/docs.py

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -e ".[test]"
	touch $@

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
