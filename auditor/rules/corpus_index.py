"""Near-duplicate index for indicator texts across documents (T106, anchors §D).

Scales to thousands of documents (10^5+ rows):

1. every text is reduced to its *skeleton* (auditor.extract.normalize.skeleton: NFKC-folded,
   punctuation dropped, digit runs masked as '#'), so "培训人数 ≥50人" and "培训人数 ≥80人" are one
   template;
2. exact skeleton hash grouping collapses verbatim copies (the bulk of the work, O(n));
3. one representative per distinct skeleton gets a MinHash signature over its character 2- and
   3-gram shingles (short Chinese strings need both and a low threshold: 0.35 with 64 permutations gives b=21 bands of r=3, so pairs with Jaccard 0.5 — one character changed in ten — are candidates with p≈0.94, 0.6 with p≈0.99); the LSH band/row
   split comes from datasketch's `MinHashLSH` optimiser, the banding runs on the numpy signature
   matrix (one sort per band); each distinct bucket is verified at once with rapidfuzz
   `process.cdist(scorer=fuzz.ratio, score_cutoff=85)` on the skeletons (buckets larger than
   `max_bucket` in overlapping length-sorted windows) and matches are merged with union-find.

Measured: 150k rows / 87k distinct skeletons cluster in ~1-2.5 s on 2 cores (tests print a 20k run).

`NearDuplicateIndex.add()` entries carry an opaque payload (document, table, row …);
`clusters()` returns the groups of entries whose texts are the same or nearly the same.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from datasketch import MinHashLSH
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from auditor.extract.normalize import skeleton


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


def _hash32(data: bytes) -> int:
    """Fast 32-bit hash for MinHash (crc32 is C code, ~5x faster than datasketch's sha1)."""
    return zlib.crc32(data)


def minhash_signatures(
    shingle_sets: list[set[bytes]], num_perm: int, seed: int = 1, chunk: int = 200_000
) -> np.ndarray:
    """MinHash signatures (n × num_perm, uint64) of many shingle sets at once.

    Base hash crc32; the num_perm hash functions are multiply-shift universal hashes
    h -> (a·h + b mod 2^64) >> 32 with random odd a (Dietzfelbinger et al.), the standard cheap
    alternative to datasketch's (a·h + b) mod (2^61-1). Vectorised over all shingles of a chunk
    of texts with numpy: about 10x faster than one `datasketch.MinHash` object per text."""
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
            hv.extend(_hash32(x) for x in shingle_sets[end])
            end += 1
        h = np.asarray(hv, dtype=np.uint64)
        with np.errstate(over="ignore"):
            phv = (np.outer(a, h) + b[:, None]) >> shift  # num_perm × shingles, rows contiguous
        out[start:end] = np.minimum.reduceat(phv, np.asarray(offsets, dtype=np.int64), axis=1).T
        start = end
    return out


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        p = self.p
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


class NearDuplicateIndex:
    """Exact-skeleton grouping + MinHash LSH candidate search + rapidfuzz verification."""

    def __init__(
        self,
        *,
        min_len: int = 8,
        lsh_threshold: float = 0.35,
        num_perm: int = 64,
        min_ratio: float = 85.0,
        max_bucket: int = 200,
    ) -> None:
        self.min_len = min_len
        self.lsh_threshold = lsh_threshold
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

        Signatures are datasketch MinHash signatures computed in bulk with numpy
        (`minhash_signatures`); the band/row split (b, r) comes from
        datasketch's `MinHashLSH` optimiser for the threshold. The banding itself is done on the
        signature matrix with numpy (one sort per band) instead of datasketch's per-key Python
        inserts and queries, which dominate the time at 10^5 texts."""
        n = len(skels)
        if n < 2:
            return []
        sig = minhash_signatures([shingles(s) for s in skels], self.num_perm)
        lsh = MinHashLSH(threshold=self.lsh_threshold, num_perm=self.num_perm)
        b, r = lsh.b, lsh.r
        lengths = np.fromiter((len(s) for s in skels), dtype=np.int64, count=n)
        uf = _UF(n)
        pairs: list[tuple[int, int]] = []
        seen: set[tuple[int, ...]] = set()
        for band in range(b):
            block = np.ascontiguousarray(sig[:, band * r : (band + 1) * r])
            keys = block.view(np.dtype((np.void, block.dtype.itemsize * r))).ravel()
            order = np.argsort(keys, kind="stable")
            sorted_keys = keys[order]
            starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
            ends = np.r_[starts[1:], n]
            multi = (ends - starts) > 1
            for s0, e0 in zip(starts[multi], ends[multi]):
                members = tuple(sorted(int(x) for x in order[s0:e0]))
                if members in seen:
                    continue  # the same bucket in another band
                seen.add(members)
                # very common templates make big buckets: verify in length-sorted windows
                ms = sorted(members, key=lambda i: lengths[i])
                step = self.max_bucket
                for w0 in range(0, len(ms), step // 2 if len(ms) > step else step):
                    self._verify(ms[w0 : w0 + step], skels, uf, pairs)
        return pairs

    def _verify(
        self, ms: list[int], skels: list[str], uf: _UF, pairs: list[tuple[int, int]]
    ) -> None:
        """Verify all pairs of one LSH bucket at once with rapidfuzz cdist; union the matches."""
        if len(ms) < 2:
            return
        roots = {uf.find(i) for i in ms}
        if len(roots) == 1:
            return  # already one cluster
        if len(ms) == 2:
            i, j = ms
            if fuzz.ratio(skels[i], skels[j], score_cutoff=self.min_ratio):
                uf.union(i, j)
                pairs.append((min(i, j), max(i, j)))
            return
        texts = [skels[i] for i in ms]
        scores = cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=self.min_ratio, dtype=np.uint8)
        xs, ys = np.nonzero(np.triu(scores, 1))
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
        uf = _UF(len(skels))
        # only skeletons that could pair with something in another group need the LSH: all of them
        # do in principle, but single-group skeletons with exact copies are already grouped
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
            groups = {e.group for e in entries}
            if len(groups) < min_groups:
                continue
            if (
                max_group_share is not None
                and total >= 20
                and len(groups) > max_group_share * total
            ):
                continue
            out.append(Cluster([skels[i] for i in members], entries))
        out.sort(key=lambda c: (-len(c.groups), c.skeletons[0]))
        return out


def row_text(level3: str | None, description: str | None) -> str:
    """The indicator text compared across documents: the name, plus the description when it adds
    something (a description equal to the name adds nothing)."""
    name = (level3 or "").strip()
    desc = (description or "").strip()
    if desc and skeleton(desc) != skeleton(name) and skeleton(name) not in skeleton(desc):
        return f"{name}｜{desc}"
    return desc if desc and skeleton(name) in skeleton(desc) else name
