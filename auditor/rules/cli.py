"""`auditor rules` (list every implemented code) and `auditor rule CODE` (one rule's docs).

Registered in auditor/cli.py: `app.command("rules")(rules_cmd)`, `app.command("rule")(rule_cmd)`.
"""

from __future__ import annotations

import json
from enum import StrEnum

import typer
from rich.console import Console
from rich.table import Table as RichTable

from auditor.rules.base import Rule

FAMILIES = {
    "T": "templating 模板化/照搬",
    "C": "category 指标类别/结构",
    "U": "units 单位与指标值",
    "V": "vagueness 模糊/笼统",
    "B": "budget 预算一致性",
    "R": "ratio 比率定义",
    "G": "goals 目标与指标对应",
    "S": "self-evaluation 绩效自评",
    "E": "engine 工具内部",
}


class ListFormat(StrEnum):
    table = "table"
    json = "json"


def rule_info(cls: type[Rule]) -> dict[str, str]:
    """The documented metadata of one rule class (the `auditor rules --format json` record)."""
    return {
        "code": cls.code,
        "name": cls.name,
        "family": cls.family or cls.code[:1],
        "severity": cls.severity,
        "scope": cls.scope,
        "status": cls.status,
        "summary": cls.summary,
        "what": cls.what,
        "why": cls.why,
        "bad": cls.bad,
        "better": cls.better,
    }


def rules_cmd(
    format: ListFormat = typer.Option(
        ListFormat.table, "--format", "-f", help="table (readable) or json."
    ),
) -> None:
    """List every implemented rule: code, name, family, default severity, scope, summary."""
    from auditor.rules.registry import all_rules

    infos = [rule_info(r) for r in all_rules()]
    if format == ListFormat.json:
        keys = ("code", "name", "family", "severity", "scope", "status", "summary")
        print(json.dumps([{k: i[k] for k in keys} for i in infos], ensure_ascii=False, indent=2))
        return
    con = Console(width=max(Console().width, 120))
    tab = RichTable(
        "代码 code", "名称 name", "类 family", "级别 severity", "范围 scope", "说明 summary"
    )
    for i in infos:
        code = i["code"] + (" (preview)" if i["status"] != "stable" else "")
        tab.add_row(code, i["name"], i["family"], i["severity"], i["scope"], i["summary"])
    con.print(tab)
    con.print(f"共 {len(infos)} 条规则。`auditor rule CODE` 查看说明。")


def rule_cmd(
    code: str = typer.Argument(..., help="Rule code (U301) or symbolic name (unit-mismatch)."),
    format: ListFormat = typer.Option(
        ListFormat.table, "--format", "-f", help="table (readable text) or json."
    ),
) -> None:
    """Show one rule's documentation: what it flags, why, a bad and a better example."""
    from auditor.rules.registry import all_rules, get_rule

    try:
        cls = get_rule(code)
    except KeyError:
        err = Console(stderr=True)
        known = ", ".join(r.code for r in all_rules())
        err.print(
            f"[red]错误[/red] 未知的规则代码 {code} (unknown rule code). 已实现 (implemented): {known}",
            highlight=False,
        )
        raise typer.Exit(2) from None
    info = rule_info(cls)
    if format == ListFormat.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return
    fam = FAMILIES.get(info["family"], info["family"])
    out = [
        f"{info['code']} {info['name']}  [{fam}; severity {info['severity']}; scope {info['scope']}; {info['status']}]",
        "",
        info["summary"],
        "",
        "## What it flags",
        info["what"] or "(undocumented)",
        "",
        "## Why it matters",
        info["why"] or "(undocumented)",
        "(domain-rules §N = docs/domain-rules.md; codes: docs/taxonomy.md)",
        "",
        "## Bad",
        info["bad"] or "(undocumented)",
        "",
        "## Better",
        info["better"] or "(undocumented)",
    ]
    print("\n".join(out))
