"""kg.learn._Around: a pair's surroundings read through the per-sentence index are those a
scan of the whole sentence finds (the learned family's features stay the same, in time
linear in a long sentence's names)."""
import random

from kg.facts.triggers import Cue
from kg.learn import WINDOW, _Around


def test_index_reads_what_a_scan_reads():
    rng = random.Random(52)
    for _ in range(200):
        tokens = [(rng.choice("abcde"), rng.choice((-1, -1, 0))) for _ in range(rng.randint(0, 30))]
        cues = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, 60)
            cues.append(Cue(rng.choice(("sued", "fined", "issued")), start, start + rng.randint(1, 4)))
        context = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, 60)
            context.append((rng.choice(("joint", "basis")), start, start + rng.randint(1, 4)))
        around = _Around(tokens, cues, context)
        low, high = sorted((rng.randint(0, 64), rng.randint(0, 64)))
        assert set(around.cues_between(low, high)) == {c.relation for c in cues if low <= c.start and c.end <= high}
        assert set(around.cues_before(low)) == {c.relation for c in cues if c.end <= low}
        assert set(around.cues_after(high)) == {c.relation for c in cues if high <= c.start}
        assert set(around.context_between(low, high)) == {k for k, s, e in context if low <= s and e <= high}
        assert set(around.context_ending(low - 12, low)) == {k for k, s, e in context if e <= low and low - e <= 12}
        assert set(around.context_starting(high, high + 12)) == {k for k, s, e in context if high <= s and s - high <= 12}
        at = rng.randint(0, len(tokens))
        assert around.words_before(at) == [w for w, index in tokens[:at] if index < 0][-WINDOW:]
        assert around.words_after(at) == [w for w, index in tokens[at + 1:] if index < 0][:WINDOW]
