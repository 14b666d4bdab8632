"""How much stack pyoxigraph's parser and evaluator take per level of nesting, for each
way a SPARQL query can nest: per shape, the smallest nesting that kills a process
running the query on its main thread (8 MB of stack), found by doubling then bisection,
each try in a process of its own.  The figures behind kg.sparql's limits (MAX_DEPTH,
STACK_BYTES) and its docstring.

    python bench/sparql_stack.py [SHAPE ...]     # all shapes: a few minutes

A shape that runs past 60 s before it dies is reported slow (its cost is time, which
kg serve's time limit bounds), one that never dies up to 2 MB of query is reported so.
"""
import subprocess
import sys

SHAPES = {
 "braces": lambda n: "ASK " + "{" * n + "}" * n,
 "parens": lambda n: "ASK { FILTER(" + "(" * n + "1" + ")" * n + ") }",
 "not": lambda n: "ASK { FILTER(" + "!" * n + "true) }",
 "plus": lambda n: "ASK { FILTER(1" + "+1" * n + ") }",
 "or": lambda n: "ASK { FILTER(true" + "||true" * n + ") }",
 "blank": lambda n: "ASK { ?s ?p " + "[ ?p " * n + "1" + " ]" * n + " }",
 "collection": lambda n: "ASK { ?s ?p " + "( " * n + "1" + " )" * n + " }",
 "subselect": lambda n: "SELECT * " + "{ SELECT * " * n + "{}" + "}" * n,
 "optional": lambda n: "ASK { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * n + "}" * n + " }",
 "union": lambda n: "ASK { {?s ?p ?o}" + " UNION {?s ?p ?o}" * n + " }",
 "pathparen": lambda n: "ASK { ?s " + "(" * n + "<http://e/p>" + ")" * n + " ?o }",
 "negpath": lambda n: "ASK { ?s " + "!(" * n + "<http://e/p>" + ")" * n + " ?o }",
 "exists": lambda n: "ASK { FILTER(" + "EXISTS { FILTER(" * n + "true" + ") }" * n + ") }",
 "func": lambda n: "ASK { FILTER(" + "STR(" * n + "1" + ")" * n + ") }",
}


RUN = ("import sys, pyoxigraph\n"
       "query = sys.stdin.read()\n"
       "try:\n"
       "    results = pyoxigraph.Store().query(query)\n"
       "    bool(results) if isinstance(results, pyoxigraph.QueryBoolean) else list(results)\n"
       "except Exception:\n"
       "    pass\n")
MAIN_STACK = 8 << 20


def dies(query: str) -> bool:
    """Whether the query kills the process that runs it (a signal: the stack overflowed)."""
    done = subprocess.run([sys.executable, "-c", RUN], input=query, text=True, capture_output=True, timeout=60)
    return done.returncode < 0


def main(names: list[str]) -> None:
    for name in names or SHAPES:
        make, levels = SHAPES[name], 16
        try:
            while len(make(levels)) < 2_000_000 and not dies(make(levels)):
                levels *= 2
            if len(make(levels)) >= 2_000_000:
                print(f"{name:12} no crash up to {levels:,} levels", flush=True)
                continue
            low, high = levels // 2, levels
            while high - low > max(1, low // 20):
                middle = (low + high) // 2
                low, high = (low, middle) if dies(make(middle)) else (middle, high)
        except subprocess.TimeoutExpired:
            print(f"{name:12} slow (over 60 s) at {levels:,} levels", flush=True)
            continue
        print(f"{name:12} dies at ~{high:,} levels ({len(make(high)):,} bytes): "
              f"~{MAIN_STACK // high:,} bytes of stack a level", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
