"""What an attacker puts in an output folder: a pickle whose loading runs code."""
from __future__ import annotations

import pickle
import zlib


class Planted:
    """Unpickling this creates the file ``path``: the side effect a test looks for."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def hostile_payloads(path) -> list[bytes]:
    """Pickles that would create ``path`` when loaded, bare and zlib-compressed."""
    payload = pickle.dumps(Planted(str(path)))
    return [payload, zlib.compress(payload)]
