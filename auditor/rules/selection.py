"""Rule selection (ruff semantics): which rules a configuration enables and at what severity.

Within one layer the most specific matching selector wins ("U301" beats "U3" beats "U" beats
"ALL"); on a tie `ignore` wins. Layers apply in order (the config file's, then the command
line's): a layer that sets `select` starts afresh, one that only sets `ignore`/`extend-select`
adjusts the result of the layers before it.
"""

from __future__ import annotations

from auditor.config import AuditConfig, SelectionLayer


def selector_matches(selector: str, code: str) -> bool:
    return selector == "ALL" or code.startswith(selector)


def specificity(selector: str) -> int:
    return 0 if selector == "ALL" else len(selector)


def resolve(code: str, layers: list[SelectionLayer]) -> bool:
    """Is `code` enabled after applying the selection layers in order?"""
    enabled = False
    for layer in layers:
        base = False if layer.select is not None else enabled
        cands: list[tuple[int, int, bool]] = []  # (specificity, ignore-wins-ties, enabled?)
        for sel in (layer.select or []) + layer.extend_select:
            if selector_matches(sel, code):
                cands.append((specificity(sel), 0, True))
        for sel in layer.ignore:
            if selector_matches(sel, code):
                cands.append((specificity(sel), 1, False))
        enabled = max(cands)[2] if cands else base
    return enabled


def is_enabled(config: AuditConfig, code: str) -> bool:
    """Is rule `code` selected by this configuration?"""
    return resolve(code.upper(), config.selection_layers())


def severity_for(config: AuditConfig, code: str, default: str) -> str:
    """Configured severity of `code` (the most specific key of `severity` wins), else `default`."""
    best: tuple[int, str] | None = None
    for sel, level in config.severity.items():
        if selector_matches(sel, code):
            spec = specificity(sel)
            if best is None or spec > best[0]:
                best = (spec, level)
    return best[1] if best else default
