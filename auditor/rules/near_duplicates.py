"""Near-duplicate search for indicator texts across documents (the machinery of T106).

Two users share the same text functions and LSH keys, so they find the same copies:

* `NearDuplicateIndex` (in memory): `auditor audit` over several files;
* the batch store's out-of-core pass (auditor.store.corpus): workers compute `skeleton_id` and
  `band_keys` per text, DuckDB finds the candidate pairs by SQL over the band table.

Method:

1. every text is reduced to its *skeleton* (auditor.extract.normalize.skeleton: NFKC-folded,
   punctuation dropped, digit runs masked as '#'), so "培训人数 ≥50人" and "培训人数 ≥80人" are one
   template; exact skeletons collapse verbatim copies (the bulk of the work, O(n));
2. one MinHash signature per distinct skeleton over its character 2- and 3-gram shingles (short
   Chinese strings need both and a low threshold: 0.35 with 64 permutations gives b=21 bands of
   r=3, so pairs with Jaccard 0.5 — one character changed in ten — are candidates with p≈0.94,
   0.6 with p≈0.99); the band/row split comes from datasketch's `MinHashLSH` optimiser; each
   band's r values are mixed into one 64-bit band key;
3. skeletons sharing a band key are candidates; within one bucket, ordered by (length,
   skeleton), only members less than `max_bucket` places apart are paired (a very common
   template makes a huge bucket); candidates are verified with rapidfuzz `fuzz.ratio ≥ 85` on the
   skeletons and the verified pairs are merged into clusters (union-find).
"""

from __future__ import annotations

import hashlib
import zlib
from collections import defaultdict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from auditor.extract.normalize import skeleton
from auditor.rules.common import UnionFind

LSH_THRESHOLD = 0.35
NUM_PERM = 64
MIN_RATIO = 85.0
MAX_BUCKET = 200

_MASK64 = (1 << 64) - 1


@dataclass
class Entry:
    group: Hashable  # who owns the text (a unit): clusters must span ≥ 2 groups to matter
    text: str
    payload: Any = None


@dataclass
class Cluster:
    skeletons: list[str]
    entries: list[Entry] = field(default_factory=list)

    @property
    def groups(self) -> set[Hashable]:
        return {e.group for e in self.entries}


def shingles(text: str) -> set[bytes]:
    """Character 2- and 3-grams of a (skeleton) text, as bytes for MinHash."""
    b = text.encode("utf-32-le")  # fixed width: slicing bytes == slicing characters
    n = len(text)
    out = {b[4 * i : 4 * i + 8] for i in range(n - 1)}
    out.update(b[4 * i : 4 * i + 12] for i in range(n - 2))
    if not out and text:
        out.add(b)
    return out


def minhash_signatures(
    shingle_sets: list[set[bytes]], num_perm: int, seed: int = 1, chunk: int = 200_000
) -> np.ndarray:
    """MinHash signatures (n × num_perm, uint64) of many shingle sets at once.

    Base hash crc32 (C code, ~5x faster than datasketch's sha1); the num_perm hash functions
    are multiply-shift universal hashes h -> (a·h + b mod 2^64) >> 32 with random odd a
    (Dietzfelbinger et al.). Vectorised over all shingles of a chunk of texts with numpy."""
    gen = np.random.RandomState(seed)
    a = (gen.randint(0, 1 << 62, size=num_perm, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
    b = gen.randint(0, 1 << 62, size=num_perm, dtype=np.uint64) << np.uint64(2)
    n = len(shingle_sets)
    out = np.empty((n, num_perm), dtype=np.uint64)
    shift = np.uint64(32)
    start = 0
    while start < n:
        hv: list[int] = []
        offsets: list[int] = []
        end = start
        while end < n and (len(hv) < chunk or end == start):
            offsets.append(len(hv))
            hv.extend(zlib.crc32(x) for x in shingle_sets[end])
            end += 1
        h = np.asarray(hv, dtype=np.uint64)
        with np.errstate(over="ignore"):
            phv = (np.outer(a, h) + b[:, None]) >> shift  # num_perm × shingles, rows contiguous
        out[start:end] = np.minimum.reduceat(phv, np.asarray(offsets, dtype=np.int64), axis=1).T
        start = end
    return out


@cache
def band_params(threshold: float = LSH_THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands b, rows per band r) from datasketch's optimiser (imported only when needed)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def band_keys(skeletons: list[str], num_perm: int = NUM_PERM) -> np.ndarray:
    """LSH band keys (n × b, int64) of skeleton texts: band i's r MinHash values mixed into one
    64-bit key (a collision only adds a candidate, which the verification drops)."""
    b, r = band_params(LSH_THRESHOLD, num_perm)
    if not skeletons:
        return np.empty((0, b), dtype=np.int64)
    sig = minhash_signatures([shingles(s) for s in skeletons], num_perm)
    keys = np.zeros((len(skeletons), b), dtype=np.uint64)
    prime = np.uint64(0x9E3779B97F4A7C15)
    with np.errstate(over="ignore"):
        for j in range(r):
            keys = keys * prime + sig[:, j : b * r : r]
        keys ^= keys >> np.uint64(29)
    return keys.view(np.int64)


def skeleton_id(text: str) -> int:
    """A stable signed 64-bit id of a skeleton text (DuckDB BIGINT)."""
    v = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
    return v - (1 << 64) if v >= 1 << 63 else v


def bucket_neighbours(order: list[int], max_bucket: int) -> Iterator[tuple[int, int, int]]:
    """Windows (start, stop, limit) over one bucket's members ordered by (length, skeleton):
    members less than `max_bucket` places apart are candidates; every such pair lies in one of
    these windows (`limit` = the largest distance to keep inside a window)."""
    n = len(order)
    if n <= max_bucket:
        yield 0, n, n
        return
    for w0 in range(0, n - 1, max_bucket):
        yield w0, min(n, w0 + 2 * max_bucket), max_bucket - 1


class NearDuplicateIndex:
    """Exact-skeleton grouping + MinHash LSH candidate search + rapidfuzz verification."""

    def __init__(
        self,
        *,
        min_len: int = 8,
        num_perm: int = NUM_PERM,
        min_ratio: float = MIN_RATIO,
        max_bucket: int = MAX_BUCKET,
    ) -> None:
        self.min_len = min_len
        self.num_perm = num_perm
        self.min_ratio = min_ratio
        self.max_bucket = max_bucket
        self._by_skeleton: dict[str, list[Entry]] = defaultdict(list)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_skeleton.values())

    def add(self, group: Hashable, text: str, payload: Any = None) -> bool:
        """Index one text; False if it is too short to be meaningful after normalisation."""
        sk = skeleton(text)
        if len(sk.replace("#", "")) < self.min_len:
            return False
        self._by_skeleton[sk].append(Entry(group, text, payload))
        return True

    def _near_pairs(self, skels: list[str]) -> list[tuple[int, int]]:
        """Pairs of distinct skeleton indexes that are near-duplicates (LSH + verification).
        The banding runs on the key matrix with numpy (one sort per band)."""
        n = len(skels)
        if n < 2:
            return []
        keys = band_keys(skels, self.num_perm)
        rank = sorted(range(n), key=lambda i: (len(skels[i]), skels[i]))
        pos = np.empty(n, dtype=np.int64)
        pos[rank] = np.arange(n)
        uf = UnionFind()
        pairs: list[tuple[int, int]] = []
        seen: set[tuple[int, ...]] = set()
        for band in range(keys.shape[1]):
            col = keys[:, band]
            order = np.lexsort((pos, col))  # by key, then by (length, skeleton)
            sorted_keys = col[order]
            starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
            ends = np.r_[starts[1:], n]
            for s0, e0 in zip(starts[(ends - starts) > 1], ends[(ends - starts) > 1]):
                members = tuple(int(x) for x in order[s0:e0])
                if members in seen:
                    continue  # the same bucket in another band
                seen.add(members)
                for w0, w1, limit in bucket_neighbours(list(members), self.max_bucket):
                    self._verify(list(members[w0:w1]), limit, skels, uf, pairs)
        return pairs

    def _verify(
        self,
        ms: list[int],
        limit: int,
        skels: list[str],
        uf: UnionFind,
        pairs: list[tuple[int, int]],
    ) -> None:
        """Verify the candidate pairs of one bucket window with rapidfuzz; union the matches."""
        if len(ms) < 2 or len({uf.find(i) for i in ms}) == 1:
            return  # already one cluster
        texts = [skels[i] for i in ms]
        scores = cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=self.min_ratio, dtype=np.uint8)
        near = np.triu(scores, 1) * np.tri(len(ms), k=limit, dtype=np.uint8)
        xs, ys = np.nonzero(near)
        for x, y in zip(xs.tolist(), ys.tolist()):
            i, j = ms[x], ms[y]
            if uf.find(i) != uf.find(j):
                uf.union(i, j)
                pairs.append((min(i, j), max(i, j)))

    def clusters(
        self, min_groups: int = 2, max_group_share: float | None = None, n_groups: int | None = None
    ) -> list[Cluster]:
        """Clusters of same/near-same texts owned by at least `min_groups` different groups.

        `max_group_share` drops clusters held by more than that share of all groups (a mandated
        template text rather than a copy), applied when `n_groups` (default: groups seen) ≥ 20."""
        skels = list(self._by_skeleton)
        uf = UnionFind()
        for i, j in self._near_pairs(skels):
            uf.union(i, j)
        comp: dict[int, list[int]] = defaultdict(list)
        for i in range(len(skels)):
            comp[uf.find(i)].append(i)
        total = (
            n_groups
            if n_groups is not None
            else len({e.group for es in self._by_skeleton.values() for e in es})
        )
        out = []
        for members in comp.values():
            entries = [e for i in members for e in self._by_skeleton[skels[i]]]
            n = len({e.group for e in entries})
            if n < min_groups or not mandated_share_ok(n, total, max_group_share):
                continue
            out.append(Cluster([skels[i] for i in members], entries))
        out.sort(key=lambda c: (-len(c.groups), c.skeletons[0]))
        return out


def mandated_share_ok(n_groups: int, total: int, max_share: float | None) -> bool:
    """False for a text held by more than `max_share` of all groups of a corpus of ≥ 20 groups
    (a mandated template, not a copy)."""
    return max_share is None or total < 20 or n_groups <= max_share * total
