"""Positions for every node, computed once in Python so the page opens without physics.

A force-directed (Fruchterman-Reingold) layout written with numpy: networkx's own
needs SciPy above 500 nodes and takes seconds per thousand nodes; this one stays
below two seconds for 2,000 nodes.  A mild pull to the centre keeps unconnected
pieces close instead of flung to the edges.
"""
from __future__ import annotations

import math

import numpy as np

from ..graph import KnowledgeGraph

Positions = dict[str, tuple[float, float]]


def layout(kg: KnowledgeGraph, seed: int = 0, iterations: int | None = None) -> Positions:
    """Node id -> (x, y) in drawing units, the same for the same graph and seed.

    The drawing spans about 36 units per square root of the node count (at least 400,
    so a small graph is not cramped), which suits the node and label sizes of the view.

    >>> sorted(layout(kg))   # doctest: +SKIP
    ['microsoft', 'nyt', 'openai']
    """
    nodes = sorted(kg.graph.nodes)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[h], index[t]))) for h, t in kg.graph.edges()})
    heads, tails = (np.array(side, dtype=np.intp) for side in zip(*pairs)) if pairs else \
        (np.zeros(0, dtype=np.intp),) * 2
    if iterations is None:
        iterations = 100 if len(nodes) <= 500 else 60
    points = _spring(len(nodes), heads, tails, iterations, seed)
    points -= (points.max(axis=0) + points.min(axis=0)) / 2
    span = float(np.abs(points).max()) * 2 or 1.0
    extent = min(max(36 * math.sqrt(len(nodes)), 400.0), 4000.0)
    points *= extent / span
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, points)}


def _spring(count: int, heads: np.ndarray, tails: np.ndarray, iterations: int, seed: int,
            gravity: float = 1.0) -> np.ndarray:
    """Fruchterman-Reingold in the unit square: every pair repels with k²/d, every edge
    pulls with d²/k, moves are capped by a temperature that cools to zero."""
    rng = np.random.default_rng(seed)
    points = rng.random((count, 2), dtype=np.float32)
    if count == 1:
        return points
    k = np.float32(1 / math.sqrt(count))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        # |a - b|² = |a|² + |b|² - 2 a·b: one matrix product instead of an n×n×2 array
        squares = np.einsum("ij,ij->i", points, points)
        weights = squares[:, None] + squares[None, :] - 2 * (points @ points.T)
        np.maximum(weights, 1e-6, out=weights)
        np.divide(k * k, weights, out=weights)
        np.fill_diagonal(weights, 0)
        moves = points * weights.sum(axis=1)[:, None] - weights @ points
        delta = points[heads] - points[tails]
        pull = delta * (np.sqrt(np.einsum("ij,ij->i", delta, delta)) / k)[:, None]
        for axis in (0, 1):
            moves[:, axis] += np.bincount(tails, pull[:, axis], minlength=count) \
                - np.bincount(heads, pull[:, axis], minlength=count)
        moves -= gravity * k * (points - points.mean(axis=0))
        length = np.maximum(np.sqrt(np.einsum("ij,ij->i", moves, moves)), 1e-9)
        points += moves * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return points
