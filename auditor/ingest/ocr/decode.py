"""Reading the recogniser's output (CTC) with more than its best character at each place.

The recogniser gives, for every column of a text line, a probability for each character. The
plain reading takes the best one; two Chinese characters of similar shape (门/内, 可/订, 万/月)
often come out nearly tied on a scan, and the best one is then wrong about as often as right.
Here such near-ties (an alternative at least ALT_RATIO as likely as the best, both Chinese
characters) are settled by the word-frequency model of auditor.ingest.ocr.lexicon: the reading
whose characters and words are jointly most likely wins. Digits, Latin letters and symbols are
never exchanged, so no figure is changed by the model.

Scan specks are read as a full stop: a '.' that follows neither a Latin letter nor a digit (a
decimal point, an abbreviation or a list number does) is dropped, as Chinese text ends its
sentences with '。'. The line's confidence is the mean probability of the characters kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import numpy as np

from auditor.ingest.ocr.lexicon import text_logprob

ALT_RATIO = 0.1  # an alternative this likely relative to the best character is considered
MAX_ALTS = 3  # characters considered at one place (the best included)
LM_WEIGHT = 1.0  # weight of the word model's log-probability against the recogniser's
SPECK_MARKS = "."  # not "·": it joins compound units (人·月, 千瓦·时) and names


def _is_han(ch: str) -> bool:
    return len(ch) == 1 and unicodedata.name(ch, "").startswith("CJK")


def _places(
    probs: np.ndarray, charset: Sequence[str], ignored: set[int]
) -> list[list[tuple[str, float]]]:
    """The emitted places of one line (greedy CTC: a run of one class emits once, blanks
    emit nothing), each with its candidate characters and their probabilities, best first."""
    best = probs.argmax(axis=1)
    places: list[list[tuple[str, float]]] = []
    for t, k in enumerate(best):
        if int(k) in ignored or (t > 0 and best[t - 1] == k):
            continue
        top = float(probs[t, k])
        cands = [(charset[int(k)], top)]
        if _is_han(charset[int(k)]):
            for j in np.argsort(probs[t])[::-1][1:MAX_ALTS]:
                p = float(probs[t, j])
                if p >= ALT_RATIO * top and int(j) not in ignored and _is_han(charset[int(j)]):
                    cands.append((charset[int(j)], p))
        places.append(cands)
    return places


def _choose(places: list[list[tuple[str, float]]]) -> list[tuple[str, float]]:
    """One candidate per place: the best characters, then each ambiguous place set in turn
    to the candidate that maximises recogniser log-probability + word-model log-probability."""
    chosen = [p[0] for p in places]
    for i, cands in enumerate(places):
        if len(cands) < 2:
            continue

        def score(c: tuple[str, float], i: int = i) -> float:
            text = "".join(ch for ch, _ in chosen[:i]) + c[0]
            text += "".join(ch for ch, _ in chosen[i + 1 :])
            return float(np.log(c[1])) + LM_WEIGHT * text_logprob(text)

        chosen[i] = max(cands, key=score)
    return chosen


def _drop_specks(chosen: list[tuple[str, float]]) -> list[tuple[str, float]]:
    kept: list[tuple[str, float]] = []
    for ch, p in chosen:
        prev = kept[-1][0] if kept else ""
        if ch in SPECK_MARKS and not (prev.isascii() and prev.isalnum()):
            continue
        kept.append((ch, p))
    return kept


def read_line(probs: np.ndarray, charset: Sequence[str], ignored: set[int]) -> tuple[str, float]:
    """Text and confidence of one line from its per-column character probabilities."""
    chosen = _drop_specks(_choose(_places(probs, charset, ignored)))
    if not chosen:
        return "", 0.0
    return "".join(ch for ch, _ in chosen), round(float(np.mean([p for _, p in chosen])), 5)


class LexiconDecode:
    """Drop-in for RapidOCR's CTC decoder (`TextRecognizer.postprocess_op`): the same call
    and result, the line texts read by `read_line`."""

    def __init__(self, base: Any) -> None:
        self.base = base
        self.character: list[str] = base.character
        self.ignored = {int(i) for i in base.get_ignored_tokens()}

    def __call__(
        self, preds: np.ndarray, return_word_box: bool = False, **kwargs: Any
    ) -> tuple[list[tuple[str, float]], list[Any]]:
        lines = [read_line(p, self.character, self.ignored) for p in preds]
        words: list[Any] = []
        if return_word_box:  # word boxes follow the plain reading (not used by this project)
            _plain, words = self.base(preds, return_word_box, **kwargs)
        return lines, words


def with_lexicon(engine: Any) -> Any:
    """A RapidOCR engine with its recogniser's decoder replaced by LexiconDecode."""
    rec = engine._load_rec_model()  # RapidOCR builds its recogniser on first use
    if not isinstance(rec.postprocess_op, LexiconDecode):
        rec.postprocess_op = LexiconDecode(rec.postprocess_op)
    return engine
