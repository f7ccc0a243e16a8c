"""The out-of-core corpus pass (T106) over the batch store: SQL over the band table.

The workers already stored, per document row, a skeleton id (`t106_links`) and, per new
skeleton, its LSH band keys (`skel_bands`). A pass touches only what changed since the last one:

1. skeletons left without any document (files replaced or pruned) are dropped and the clusters
   they held are split again from their remaining verified edges;
2. candidate pairs = new skeletons sharing a band key with any skeleton, less than MAX_BUCKET
   places apart in the bucket ordered by (length, skeleton) — one SQL join over the band table;
3. candidates are verified in bounded chunks with rapidfuzz (`cpdist`, ratio ≥ 85) and the
   verified edges merge clusters (union-find over cluster labels; label = smallest skeleton id);
4. clusters touched by changed documents are recounted (county+unit groups, the first four for
   the evidence) and flagged active (≥ 2 groups, not a mandated text held by more than half of
   the groups of a corpus of ≥ 20);
5. documents linked to a recounted or re-flagged cluster get their T106 count and score again.

The T106 findings themselves are the view `corpus_findings`: nothing per finding is rewritten,
so adding k documents costs O(k) plus a few linear SQL scans. Everything runs in one
transaction: a pass killed midway is redone by the next run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from auditor.config import AuditConfig
from auditor.rules.common import UnionFind
from auditor.rules.corpus_index import CrossUnitCopy
from auditor.rules.near_duplicates import MAX_BUCKET, MIN_RATIO
from auditor.rules.selection import is_enabled, severity_for
from auditor.scoring import DOCUMENT_PENALTY, combine
from auditor.store.duckdb_store import Store

CHUNK = 50_000  # candidate pairs verified / edges merged / documents rescored at a time
GROUP = "d.county || chr(31) || d.unit"


@dataclass(frozen=True)
class CorpusSettings:
    """What the T106 findings depend on besides the data (from the audit configuration)."""

    enabled: bool = True
    severity: str = "info"
    lang: str = "zh"
    min_units: int = 2
    max_unit_share: float = CrossUnitCopy.max_unit_share

    @classmethod
    def from_config(cls, config: AuditConfig | None) -> CorpusSettings:
        if config is None:
            return cls()
        return cls(
            enabled=is_enabled(config, CrossUnitCopy.code),
            severity=severity_for(config, CrossUnitCopy.code, CrossUnitCopy.severity),
            lang=config.lang,
        )

    def key(self) -> str:
        return f"{self.enabled}|{self.severity}|{self.lang}|{self.min_units}|{self.max_unit_share}"


@dataclass
class CorpusResult:
    n_findings: int = 0  # T106 findings in the store after the pass
    n_new_skeletons: int = 0
    n_candidates: int = 0
    n_edges: int = 0
    n_clusters: int = 0  # clusters recounted
    n_rescored: int = 0  # documents whose T106 count and score were recomputed
    seconds: float = 0.0


def corpus_pass_needed(store: Store, settings: CorpusSettings) -> bool:
    if store.meta("t106_settings") != settings.key():
        return True
    if store.scalar("SELECT count(*) FROM corpus_dirty"):
        return True
    if store.scalar("SELECT count(*) FROM skeletons WHERE NOT indexed"):
        return True
    return int(store.meta("removed_since_pass") or 0) > 0


def run_corpus_pass(store: Store, settings: CorpusSettings | None = None) -> CorpusResult | None:
    """Bring the T106 index, the clusters and the document scores up to date (None when
    nothing changed since the last pass)."""
    settings = settings or CorpusSettings()
    if not corpus_pass_needed(store, settings):
        return None
    t0 = time.perf_counter()
    res = CorpusResult()
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _dc (cluster_id BIGINT)")
        con.execute(
            "INSERT INTO _dc SELECT DISTINCT k.cluster_id FROM corpus_dirty d "
            "JOIN skel_cluster k USING (skel_id)"
        )
        if int(store.meta("removed_since_pass") or 0) > 0:
            _drop_dead_skeletons(store)
        res.n_new_skeletons = _add_new_skeletons(store)
        res.n_candidates = _candidates(store)
        res.n_edges = _verify_and_merge(store, res.n_candidates)
        total = int(store.scalar(f"SELECT count(DISTINCT {GROUP}) FROM documents d") or 0)
        res.n_clusters = _recount_clusters(store)
        rescore_all = store.meta("t106_settings") != settings.key()
        _flag_active(store, settings, total)
        res.n_rescored = _rescore(store, settings, rescore_all)
        con.execute("UPDATE skeletons SET indexed = true WHERE NOT indexed")
        con.execute("DELETE FROM corpus_dirty")
        store.set_meta(
            {
                "t106_settings": settings.key(),
                "t106_enabled": "true" if settings.enabled else "false",
                "t106_severity": settings.severity,
                "lang": settings.lang,
                "corpus_groups": str(total),
                "removed_since_pass": "0",
            }
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    res.n_findings = int(store.scalar("SELECT coalesce(sum(n_corpus), 0) FROM documents") or 0)
    res.seconds = time.perf_counter() - t0
    return res


def _drop_dead_skeletons(store: Store) -> None:
    """Skeletons no document uses any more leave the index; the clusters that held them are
    split again over the remaining verified edges."""
    con = store.con
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _dead AS SELECT skel_id FROM skeletons "
        "ANTI JOIN (SELECT DISTINCT skel_id FROM t106_links) USING (skel_id)"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _split AS SELECT DISTINCT cluster_id FROM skel_cluster "
        "WHERE skel_id IN (SELECT skel_id FROM _dead)"
    )
    con.execute("DELETE FROM skeletons WHERE skel_id IN (SELECT skel_id FROM _dead)")
    con.execute("DELETE FROM skel_bands WHERE skel_id IN (SELECT skel_id FROM _dead)")
    con.execute(
        "DELETE FROM skel_edges WHERE a IN (SELECT skel_id FROM _dead) "
        "OR b IN (SELECT skel_id FROM _dead)"
    )
    con.execute("DELETE FROM skel_cluster WHERE skel_id IN (SELECT skel_id FROM _dead)")
    con.execute("INSERT INTO _dc SELECT cluster_id FROM _split")
    con.execute("DELETE FROM t106_clusters WHERE cluster_id IN (SELECT cluster_id FROM _split)")
    members = store.sql(
        "SELECT skel_id FROM skel_cluster WHERE cluster_id IN (SELECT cluster_id FROM _split)"
    )
    edges = store.sql(
        "SELECT a, b FROM skel_edges WHERE a IN (SELECT skel_id FROM skel_cluster "
        "WHERE cluster_id IN (SELECT cluster_id FROM _split))"
    )
    uf = UnionFind()
    for (s,) in members:
        uf.find(s)
    for a, b in edges:
        uf.union(a, b)
    relabel = [(s, uf.find(s)) for (s,) in members]
    if relabel:
        _apply(store, "skel_id", relabel)
        con.execute("INSERT INTO _dc SELECT DISTINCT unnest(?)", [[r for _, r in relabel]])
    con.execute("DROP TABLE _dead")
    con.execute("DROP TABLE _split")


def _apply(store: Store, key: str, mapping: list[tuple[int, int]]) -> None:
    """UPDATE skel_cluster SET cluster_id = new WHERE <key> = old, for many pairs at once."""
    olds, news = [m[0] for m in mapping], [m[1] for m in mapping]
    store.con.execute(
        "CREATE OR REPLACE TEMP TABLE _map AS SELECT unnest(?) AS old, unnest(?) AS new",
        [olds, news],
    )
    store.con.execute(
        f"UPDATE skel_cluster SET cluster_id = m.new FROM _map m WHERE skel_cluster.{key} = m.old"
    )
    store.con.execute("DROP TABLE _map")


def _add_new_skeletons(store: Store) -> int:
    """Each new skeleton starts as its own cluster."""
    store.con.execute(
        "INSERT INTO skel_cluster SELECT skel_id, skel_id FROM skeletons WHERE NOT indexed"
    )
    store.con.execute("INSERT INTO _dc SELECT skel_id FROM skeletons WHERE NOT indexed")
    return int(store.scalar("SELECT count(*) FROM skeletons WHERE NOT indexed") or 0)


def _candidates(store: Store) -> int:
    """Temp table _cand (cid, a, b, ta, tb): pairs of a new skeleton and any skeleton sharing a band
    key, less than MAX_BUCKET places apart in the bucket ordered by (length, skeleton). Ranks
    are cut into blocks of MAX_BUCKET so the join stays an equi-join (bounded per bucket)."""
    con = store.con
    w = MAX_BUCKET
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _m AS
        WITH bk AS (SELECT DISTINCT b.band, b.key FROM skel_bands b
                    JOIN skeletons s USING (skel_id) WHERE NOT s.indexed),
             m AS (SELECT b.band, b.key, b.skel_id, NOT s.indexed AS is_new,
                          row_number() OVER (PARTITION BY b.band, b.key
                                             ORDER BY s.len, s.skeleton, b.skel_id) AS rk,
                          count(*) OVER (PARTITION BY b.band, b.key) AS n
                   FROM skel_bands b JOIN bk USING (band, key) JOIN skeletons s USING (skel_id))
        SELECT band, key, skel_id, is_new, rk, rk // ? AS blk FROM m WHERE n > 1""",
        [w],
    )
    branches = " UNION ".join(
        "SELECT least(x.skel_id, y.skel_id) AS a, greatest(x.skel_id, y.skel_id) AS b "
        "FROM _m x JOIN _m y ON x.band = y.band AND x.key = y.key AND y.blk = x.blk + "
        f"({d}) WHERE x.is_new AND x.skel_id <> y.skel_id AND abs(y.rk - x.rk) < {w}"
        for d in (-1, 0, 1)
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _cand AS "
        "SELECT row_number() OVER () AS cid, c.a, c.b, sa.skeleton AS ta, sb.skeleton AS tb "
        f"FROM ({branches}) c JOIN skeletons sa ON sa.skel_id = c.a "
        "JOIN skeletons sb ON sb.skel_id = c.b"
    )
    con.execute("DROP TABLE _m")
    return int(store.scalar("SELECT count(*) FROM _cand") or 0)


def _verify_and_merge(store: Store, n_candidates: int) -> int:
    """Verify the candidates chunk by chunk, store the edges, merge the clusters they join."""
    n_edges = 0
    for lo in range(1, n_candidates + 1, CHUNK):
        rows = store.sql(
            "SELECT a, b, ta, tb FROM _cand WHERE cid BETWEEN ? AND ?", [lo, lo + CHUNK - 1]
        )
        if not rows:
            continue
        scores = cpdist(
            [r[2] for r in rows],
            [r[3] for r in rows],
            scorer=fuzz.ratio,
            score_cutoff=MIN_RATIO,
            dtype=np.uint8,
        )
        edges = [(r[0], r[1]) for r, s in zip(rows, scores.tolist()) if s]
        if edges:
            n_edges += len(edges)
            _merge(store, edges)
    store.con.execute("DROP TABLE _cand")
    return n_edges


def _merge(store: Store, edges: list[tuple[int, int]]) -> None:
    """Store verified edges and union the clusters of their ends (label = smallest id)."""
    con = store.con
    a, b = [e[0] for e in edges], [e[1] for e in edges]
    con.execute("CREATE OR REPLACE TEMP TABLE _e AS SELECT unnest(?) AS a, unnest(?) AS b", [a, b])
    con.execute("INSERT INTO skel_edges SELECT a, b FROM _e")
    pairs = store.sql(
        "SELECT ka.cluster_id, kb.cluster_id FROM _e "
        "JOIN skel_cluster ka ON ka.skel_id = _e.a JOIN skel_cluster kb ON kb.skel_id = _e.b "
        "WHERE ka.cluster_id <> kb.cluster_id"
    )
    con.execute("DROP TABLE _e")
    uf = UnionFind()
    for x, y in pairs:
        uf.union(x, y)
    mapping = [(lbl, uf.find(lbl)) for lbl in list(uf.parent) if uf.find(lbl) != lbl]
    if mapping:
        con.execute("INSERT INTO _dc SELECT DISTINCT unnest(?)", [[m[1] for m in mapping]])
        con.execute(
            "DELETE FROM t106_clusters WHERE cluster_id IN (SELECT unnest(?))",
            [[m[0] for m in mapping]],
        )
        _apply(store, "cluster_id", mapping)


def _recount_clusters(store: Store) -> int:
    """Groups (county + unit) per dirty cluster: their number and the first four, labelled
    with the file and row where the group has the text."""
    con = store.con
    con.execute("CREATE OR REPLACE TEMP TABLE _dcs AS SELECT DISTINCT cluster_id FROM _dc")
    con.execute("DELETE FROM t106_clusters WHERE cluster_id IN (SELECT cluster_id FROM _dcs)")
    con.execute("""
        INSERT INTO t106_clusters
        WITH l AS (
          SELECT k.cluster_id, d.county, d.unit, d.path, l.table_index, l.row_index
          FROM t106_links l JOIN skel_cluster k USING (skel_id) JOIN documents d USING (doc_id)
          WHERE k.cluster_id IN (SELECT cluster_id FROM _dcs)),
        g AS (
          SELECT cluster_id, county, unit,
                 arg_min(regexp_extract(path, '[^/\\\\]+$') || ' 表' || table_index || '第'
                         || row_index || '行', (path, table_index, row_index)) AS place
          FROM l GROUP BY ALL)
        SELECT cluster_id, count(*)::INTEGER, false,
               list(county || chr(31) || unit ORDER BY county, unit)[1:4],
               list(unit || '（' || county || ' ' || place || '）' ORDER BY county, unit)[1:4]
        FROM g GROUP BY cluster_id""")
    n = int(store.scalar("SELECT count(*) FROM _dcs") or 0)
    con.execute("DROP TABLE _dcs")
    return n


def _flag_active(store: Store, settings: CorpusSettings, total: int) -> None:
    """Active = reported: ≥ min_units groups and not a mandated text (> share of ≥ 20 groups).
    Clusters whose flag flips join the dirty set (their documents are rescored)."""
    share = "" if total < 20 else f"AND n_groups <= {settings.max_unit_share} * {total}"
    expr = f"(n_groups >= {settings.min_units} {share})"
    con = store.con
    con.execute(
        f"INSERT INTO _dc SELECT cluster_id FROM t106_clusters WHERE active IS DISTINCT FROM {expr}"
    )
    con.execute(f"UPDATE t106_clusters SET active = {expr} WHERE active IS DISTINCT FROM {expr}")


def _rescore(store: Store, settings: CorpusSettings, everything: bool) -> int:
    """T106 count, finding count and score of the documents linked to a dirty cluster."""
    con = store.con
    scope = (
        "SELECT doc_id FROM documents"
        if everything
        else "SELECT DISTINCT l.doc_id FROM t106_links l JOIN skel_cluster k USING (skel_id) "
        "WHERE k.cluster_id IN (SELECT cluster_id FROM _dc)"
    )
    enabled = "true" if settings.enabled else "false"
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _rs AS
        WITH a AS ({scope}),
        n AS (SELECT l.doc_id, count(*) FILTER (WHERE c.active AND {enabled}) AS n
              FROM t106_links l JOIN skel_cluster k USING (skel_id)
              JOIN t106_clusters c USING (cluster_id)
              WHERE l.doc_id IN (SELECT doc_id FROM a) GROUP BY l.doc_id)
        SELECT row_number() OVER () AS i, d.doc_id, d.table_score, d.doc_penalty,
               coalesce(n.n, 0)::INTEGER AS n
        FROM documents d JOIN a USING (doc_id) LEFT JOIN n USING (doc_id)""")
    total = int(store.scalar("SELECT count(*) FROM _rs") or 0)
    weight = DOCUMENT_PENALTY.get(settings.severity, 0.0)
    for lo in range(1, total + 1, CHUNK):
        rows = store.sql(
            "SELECT doc_id, table_score, doc_penalty, n FROM _rs WHERE i BETWEEN ? AND ?",
            [lo, lo + CHUNK - 1],
        )
        ids = [r[0] for r in rows]
        ns = [r[3] for r in rows]
        scores = [combine(r[1] or 0.0, (r[2] or 0.0) + r[3] * weight) for r in rows]
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _u AS SELECT unnest(?) AS doc_id, unnest(?) AS n, "
            "unnest(?) AS score",
            [ids, ns, scores],
        )
        con.execute(
            "UPDATE documents SET n_corpus = _u.n, n_findings = documents.n_doc_findings + _u.n, "
            "score = _u.score FROM _u WHERE documents.doc_id = _u.doc_id"
        )
    con.execute("DROP TABLE IF EXISTS _u")
    con.execute("DROP TABLE _rs")
    return total
