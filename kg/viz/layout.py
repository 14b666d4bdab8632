"""Positions for every node, computed once in Python so the page opens without physics.

A force-directed (Fruchterman-Reingold) layout written with numpy: networkx's own
needs SciPy above 500 nodes and takes several seconds for 2,000; this one works in
place on two n×n arrays and takes about one.  A mild pull to the centre keeps a piece
round.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

from ..graph import KnowledgeGraph

Positions = dict[str, tuple[float, float]]
SPACING = 36        # drawing units between neighbours
GAP = 60            # between packed pieces
MIN_EXTENT = 640    # a small graph is spread to this width or height


def layout(kg: KnowledgeGraph, seed: int = 0, iterations: int | None = None) -> Positions:
    """Node id -> (x, y) in drawing units, the same for the same graph and seed.

    Each connected piece is laid out on its own at the same density (about SPACING
    units between neighbours) and the pieces are packed in rows, largest first, so
    small pieces sit beside the big one instead of far away.  A small graph is spread
    to MIN_EXTENT units, about one screen at zoom 1.

    >>> sorted(layout(kg))   # doctest: +SKIP
    ['microsoft', 'nyt', 'openai']
    """
    undirected = nx.Graph(kg.graph.to_undirected(as_view=True))
    pieces = sorted((sorted(piece) for piece in nx.connected_components(undirected)),
                    key=lambda piece: (-len(piece), piece[0]))
    drawn = [_piece(undirected, piece, seed, iterations) for piece in pieces]
    positions = _pack(pieces, drawn)
    if not positions:
        return {}
    points = np.array(list(positions.values()))
    extent = float((points.max(axis=0) - points.min(axis=0)).max())
    centre = (points.max(axis=0) + points.min(axis=0)) / 2
    stretch = max(MIN_EXTENT / extent, 1.0) if extent else 1.0
    return {node: (round(float((x - centre[0]) * stretch), 1), round(float((y - centre[1]) * stretch), 1))
            for node, (x, y) in positions.items()}


def _piece(graph: nx.Graph, nodes: list[str], seed: int, iterations: int | None) -> np.ndarray:
    """Positions of one connected piece, centred on 0, neighbours about SPACING apart."""
    if len(nodes) == 1:
        return np.zeros((1, 2))
    index = {node: i for i, node in enumerate(nodes)}
    pairs = np.array(sorted((index[a], index[b]) for a, b in graph.subgraph(nodes).edges()), dtype=np.intp)
    if iterations is None:   # each step costs n²: fewer, longer steps for big pieces
        iterations = 100 if len(nodes) <= 500 else 60 if len(nodes) <= 3000 else 30
    points = _spring(len(nodes), pairs[:, 0], pairs[:, 1], iterations, seed).astype(float)
    points -= (points.max(axis=0) + points.min(axis=0)) / 2
    # Fruchterman-Reingold puts neighbours about k = 1/sqrt(n) apart
    return points * SPACING * math.sqrt(len(nodes))


def _pack(pieces: list[list[str]], drawn: list[np.ndarray]) -> Positions:
    """Place the pieces in rows (largest first) in a region about as wide as high."""
    sizes = [points.max(axis=0) - points.min(axis=0) + GAP if len(points) > 1 else np.array([GAP, GAP])
             for points in drawn]
    width = max([float(size[0]) for size in sizes] + [math.sqrt(sum(float(s[0] * s[1]) for s in sizes)) * 1.4])
    positions: Positions = {}
    x = y = row_height = 0.0
    for nodes, points, size in zip(pieces, drawn, sizes):
        if x and x + size[0] > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        offset = np.array([x, y]) + size / 2
        for node, point in zip(nodes, points):
            positions[node] = tuple(point + offset)
        x += float(size[0])
        row_height = max(row_height, float(size[1]))
    return positions


def _spring(count: int, heads: np.ndarray, tails: np.ndarray, iterations: int, seed: int,
            gravity: float = 1.0) -> np.ndarray:
    """Fruchterman-Reingold in the unit square: every pair repels with k²/d, every edge
    pulls with d²/k, moves are capped by a temperature that cools to zero."""
    rng = np.random.default_rng(seed)
    points = rng.random((count, 2), dtype=np.float32)
    k = np.float32(1 / math.sqrt(count))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    # Two n×n arrays reused every step, and no BLAS: numpy's threaded BLAS runs these
    # skinny products up to 50 times slower on a busy machine than einsum's own loop.
    weights = np.empty((count, count), dtype=np.float32)
    scratch = np.empty_like(weights)
    diagonal = np.arange(count)
    for _ in range(iterations):
        x, y = np.ascontiguousarray(points[:, 0]), np.ascontiguousarray(points[:, 1])
        np.subtract.outer(x, x, out=weights)
        np.square(weights, out=weights)
        np.subtract.outer(y, y, out=scratch)
        np.square(scratch, out=scratch)
        weights += scratch                      # squared distances
        np.maximum(weights, 1e-6, out=weights)
        np.divide(k * k, weights, out=weights)  # repulsion k²/d, over d for the unit vector
        weights[diagonal, diagonal] = 0
        pushes = [np.einsum("ij,j->i", weights, axis) for axis in (x, y)]
        moves = points * weights.sum(axis=1)[:, None] - np.stack(pushes, axis=1)
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


def remove_overlaps(centres: np.ndarray, halves: np.ndarray, active: int | None = None,
                    margin: float = 2.0, aspect: float = 1.0, iterations: int = 400) -> np.ndarray:
    """Boxes ``centres ± halves`` (n×2 arrays, drawing units) moved apart until none of
    the first ``active`` (all by default) overlaps another box, or ``iterations`` run
    out: every step pushes each overlapping pair apart along the axis on which they
    overlap least (a horizontal overlap counted ``aspect`` times less, to spread a
    layout meant for a wide screen sideways rather than up), each box half the way (a box pushed by several at once moves by
    their sum, but no further than the largest), so the layout keeps its shape where it has room and opens up
    where it is crowded.  Pairs of boxes past the first ``active`` are left as they
    are, which keeps the work at active × n.

    >>> remove_overlaps(np.array([[0.0, 0.0], [1.0, 0.0]]), np.ones((2, 2)), margin=0).round(1).tolist()
    [[-0.5, 0.0], [1.5, 0.0]]
    """
    points = centres.astype(float).copy()
    count = len(points)
    active = count if active is None else min(active, count)
    if count < 2 or active < 1:
        return points
    rows = np.arange(active)
    # ties (two boxes on one spot) part by index, the same way every run
    tie = np.sign(np.subtract.outer(rows, np.arange(count))).astype(float)
    reach = [np.add.outer(halves[:active, axis], halves[:, axis]) + margin for axis in (0, 1)]
    for _ in range(iterations):
        delta = [np.subtract.outer(points[:active, axis], points[:, axis]) for axis in (0, 1)]
        overlap = [reach[axis] - np.abs(delta[axis]) for axis in (0, 1)]
        crossing = (overlap[0] > 0) & (overlap[1] > 0)
        crossing[rows, rows] = False
        if not crossing.any():
            break
        along_x = crossing & (overlap[0] <= aspect * overlap[1])
        moves = np.zeros_like(points)
        largest = np.zeros_like(points)
        for axis, along in ((0, along_x), (1, crossing & ~along_x)):
            push = np.where(along, overlap[axis] * np.where(delta[axis] != 0, np.sign(delta[axis]), tie), 0.0) / 2
            moves[:active, axis] += push.sum(axis=1)
            moves[active:, axis] -= push[:, active:].sum(axis=0)
            largest[:active, axis] = np.abs(push).max(axis=1)
            largest[active:, axis] = np.abs(push[:, active:]).max(axis=0, initial=0.0)
        # pushes from both sides cancel; from one side they add up, but no box moves
        # further in a step than its largest single push
        points += np.clip(moves, -largest, largest)
    return points
