"""A word-frequency model of Chinese text, to choose between characters the recogniser confuses.

The log-probability of a text is that of its most likely segmentation into dictionary words
(a unigram model over jieba's dictionary of ~350,000 words with their corpus frequencies, the
same calculation jieba's own segmenter makes); a character outside every dictionary word counts
as a rare word. Loaded once per process, on the first OCR'd page.
"""

from __future__ import annotations

import logging
import math
import threading
from functools import lru_cache

MAX_WORD = 6  # longer dictionary words add little to telling two characters apart
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, int], float]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer.FREQ, math.log(tokenizer.total)


def dictionary() -> tuple[dict[str, int], float]:
    """Word -> frequency, and the log of the total frequency (thread-safe first load)."""
    with _lock:
        return _dictionary()


def text_logprob(text: str) -> float:
    """Log-probability of `text` under the unigram word model (best segmentation)."""
    freq, log_total = dictionary()
    best = [0.0] + [-math.inf] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - MAX_WORD), end):
            f = freq.get(text[start:end], 0)
            if f <= 0 and end - start > 1:
                continue
            score = best[start] + math.log(max(f, 1)) - log_total
            if score > best[end]:
                best[end] = score
    return best[-1]
