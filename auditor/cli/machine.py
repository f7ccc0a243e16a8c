"""Output for programs: the JSON contract, SARIF 2.1.0 (code scanning, editors) and GitHub
Actions workflow commands (annotations on a pull request)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pydantic_core

from auditor import __version__
from auditor.cli.findings import Located, locate
from auditor.ingest import InputCheck
from auditor.models import Document
from auditor.pipeline import FileError

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def dump(obj: Any) -> str:
    """Indented JSON with non-ASCII kept (json.dumps' text, written by pydantic-core: fast)."""
    return pydantic_core.to_json(obj, indent=2).decode("utf-8")


def doc_json(doc: Document, include_audit: bool) -> dict[str, Any]:
    """One document in the JSON contract (README "JSON contract")."""
    exclude = None if include_audit else {"findings", "llm_usage", "score"}
    data: dict[str, Any] = doc.model_dump(mode="json", exclude=exclude)
    if not include_audit:
        for t in data["tables"]:
            t.pop("goal_review", None)
            for r in t["rows"]:
                r.pop("grade", None)
    return data


def audit_json(
    docs: Sequence[Document], errors: Sequence[FileError], skipped: Sequence[InputCheck]
) -> str:
    return dump(
        {
            "documents": [doc_json(d, True) for d in docs],
            "errors": [e.public() for e in errors],
            "skipped": [{"source": str(s.path), "reason": s.message()} for s in skipped],
        }
    )


# --- SARIF ------------------------------------------------------------------------------------
def _uri(path: str) -> str:
    """A relative URI reference for a file path (percent-encoded, forward slashes)."""
    p = Path(path)
    try:
        p = p.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return p.resolve().as_uri()
    return quote(p.as_posix())


def _sarif_rules() -> list[dict[str, Any]]:
    from auditor.rules.registry import all_rules

    out = []
    for rule in all_rules():
        out.append(
            {
                "id": rule.code,
                "name": rule.name or rule.code,
                "shortDescription": {"text": rule.summary or rule.name or rule.code},
                "fullDescription": {"text": rule.what or rule.summary or rule.code},
                "help": {"text": f"{rule.why}\n差: {rule.bad}\n好: {rule.better}".strip()},
                "defaultConfiguration": {"level": SARIF_LEVEL.get(rule.severity, "warning")},
                "properties": {"scope": rule.scope},
            }
        )
    return out


def _sarif_result(x: Located, rule_index: dict[str, int]) -> dict[str, Any]:
    f = x.finding
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(x.path)}}
    if x.line:
        physical["region"] = {"startLine": x.line}
    location: dict[str, Any] = {"physicalLocation": physical}
    if x.where and not x.line:
        location["message"] = {"text": x.where}
    result: dict[str, Any] = {
        "ruleId": f.code,
        "level": SARIF_LEVEL.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [location],
        "properties": {
            "scope": f.scope,
            "tableIndex": f.table_index,
            "rowIndex": f.row_index,
            "evidence": f.evidence,
        },
    }
    if f.code in rule_index:
        result["ruleIndex"] = rule_index[f.code]
    if f.fix:
        result["properties"]["fix"] = f.fix
    return result


def _notifications(
    errors: Sequence[FileError], skipped: Sequence[InputCheck]
) -> list[dict[str, Any]]:
    notes = []
    for e in errors:
        notes.append(
            {
                "level": "error",
                "message": {"text": e.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e.source)}}}],
            }
        )
    for s in skipped:
        notes.append(
            {
                "level": "note",
                "message": {"text": s.message()},
                "locations": [
                    {"physicalLocation": {"artifactLocation": {"uri": _uri(str(s.path))}}}
                ],
            }
        )
    return notes


def sarif(
    docs: Sequence[Document], errors: Sequence[FileError], skipped: Sequence[InputCheck]
) -> str:
    """SARIF 2.1.0: one run, the rules as the driver's reportingDescriptors, one result per
    finding; unreadable and skipped files as tool execution notifications."""
    rules = _sarif_rules()
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    results = [_sarif_result(x, rule_index) for d in docs for x in locate(d)]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "auditor",
                        "fullName": "绩效指标审核工具 (indicator-auditor)",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not any(e.kind == "internal" for e in errors),
                        "toolExecutionNotifications": _notifications(errors, skipped),
                    }
                ],
                "results": results,
            }
        ],
    }
    return dump(log)


# --- GitHub workflow commands -----------------------------------------------------------------
def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def github(docs: Sequence[Document], errors: Sequence[FileError]) -> Iterable[str]:
    """`::error file=…,line=…,title=…::message` per finding (warning/notice by severity)."""
    for d in docs:
        for x in locate(d):
            f = x.finding
            props = [f"file={_gh_prop(x.path)}"]
            if x.line:
                props.append(f"line={x.line}")
            props.append(f"title={_gh_prop(f'{f.code} {f.name}'.strip())}")
            where = f"（{x.where}）" if x.where and not x.line else ""
            yield f"::{GITHUB_COMMAND.get(f.severity, 'warning')} {','.join(props)}::{_gh_data(f.message + where)}"
    for e in errors:
        yield f"::error file={_gh_prop(e.source)},title=无法审核::{_gh_data(e.message)}"
