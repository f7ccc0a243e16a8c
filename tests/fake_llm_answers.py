"""What the fake model answers (tests/fake_llm_server.py): a JSON object per task, read from the
request's DATA block, following the prompt's instructions the way a competent model would.

grade_project: specificity 4 for a value with a number, else 2; a rewrite only for grades <= 3
(the prompt's policy), drafted by the offline grader's template so that it passes the rules;
goal reviews "aligned", one per project that asks for it; rule_check: a money amount under 数量 the rules did not flag is C202;
extract_table: the rows of a pipe/tab-separated text block.

Behaviours change the content: inject (every row 5, no rewrites), schema_invalid (specificity 9),
bad_rewrite (a rewrite that breaks the unit and polarity rules); `verbose` pads every reason
(a long-winded model, used by the truncation quirk).
"""

from __future__ import annotations

import json
import re
from typing import Any

from auditor.extract.values import parse_value
from auditor.grade.rewrite import template_rewrite
from auditor.models import IndicatorRow, Table

DATA = re.compile(r"<<<DATA\n(.*?)\nDATA>>>", re.S)
TASK = re.compile(r"任务代码:\s*(\w+)")
MALFORMED = '{"rows": [{"id": "r1", "specificity": 4, "reasons": ["未闭合'
VERBOSE = "（详细说明：该指标的口径、数据来源与目标值确定依据需要结合项目实施方案逐项核对。）" * 12


def task_of(text: str) -> str:
    m = TASK.search(text)
    return m.group(1) if m else "unknown"


def last_data(text: str) -> dict[str, Any]:
    blocks = DATA.findall(text)
    if not blocks:
        return {}
    try:
        data = json.loads(blocks[-1])
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def answer(task: str, behaviour: str, text: str, verbose: bool = False, echo: str = "") -> str:
    """The JSON answer (a string) for one request."""
    if behaviour == "malformed":
        return MALFORMED
    data = last_data(text)
    if task == "grade_project":
        ans: dict[str, Any] = grade(data, behaviour, verbose, echo)
    elif task == "goal_review":
        ans = goal(behaviour, echo)
    elif task == "rewrite_retry":
        ans = {"rewrite": rewrite(data.get("row", {}), bad=behaviour == "bad_rewrite", echo=echo)}
    elif task == "rule_check":
        ans = rule_check(data)
    elif task == "extract_table":
        ans = extract(data.get("text", ""))
    else:
        ans = {}
    return json.dumps(ans, ensure_ascii=False)


def goal(behaviour: str, echo: str = "") -> dict[str, Any]:
    return {
        "aligned": True,
        "assessable": behaviour != "inject",
        "unmeasured_goals": [],
        "reasons": ["模拟目标审核" + (f"（调用密钥 {echo}）" if echo else "")],
    }


def grade(data: dict[str, Any], behaviour: str, verbose: bool, echo: str) -> dict[str, Any]:
    rows = []
    for r in data.get("rows_to_grade", []):
        if behaviour == "inject":
            rows.append(
                {"id": r["id"], "specificity": 5, "reasons": ["按表内要求评为5分"], "rewrite": None}
            )
            continue
        value = str(r.get("value") or "")
        spec = 9 if behaviour == "schema_invalid" else (4 if re.search(r"\d", value) else 2)
        reason = (
            "模拟评审理由" + (VERBOSE if verbose else "") + (f"（密钥 {echo}）" if echo else "")
        )
        bad = behaviour == "bad_rewrite"
        rw = rewrite(r, bad=bad, echo=echo) if (spec <= 3 or bad) else None
        rows.append({"id": r["id"], "specificity": spec, "reasons": [reason], "rewrite": rw})
    reviews = [
        {"project_id": p.get("project_id"), **goal(behaviour, echo)}
        for p in data.get("projects", [])
        if p.get("goal_review_needed")
    ]
    return {"rows": rows, "goal_reviews": reviews}


def rewrite(r: dict[str, Any], bad: bool = False, echo: str = "") -> dict[str, Any]:
    if bad:  # a head-count in 次 with an inverted comparator: breaks the unit and polarity rules
        return {
            "level2": None,
            "level3": "协管员人数",
            "comparator": "≤",
            "number": 100100,
            "unit": "次",
            "graded_standard": None,
            "definition": "协管员人数",
            "evidence": "计划标准",
        }
    row = IndicatorRow(
        index=1,
        level1=r.get("level1") or "",
        level2=r.get("level2") or "",
        level3=r.get("level3") or "",
        description=r.get("description"),
        value=r.get("value") or "",
        basis=r.get("basis"),
        parsed=parse_value(r.get("value") or ""),
    )
    rw, _probe = template_rewrite(row, Table(index=1, kind="project", project="x"))
    p = parse_value(rw.value.replace("【请填写】", "1"))
    return {
        "level2": None,
        "level3": rw.level3,
        "comparator": p.comparator or "=",
        "number": None if "【请填写】" in rw.value else p.number,
        "unit": p.raw_unit or p.unit or "项",
        "graded_standard": None,
        "definition": (rw.definition or "定义") + (f"（{echo}）" if echo else ""),
        "evidence": rw.evidence,
    }


def rule_check(data: dict[str, Any]) -> dict[str, Any]:
    """Second-checker answer: a money amount under 数量指标 the rules did not flag is C202;
    a row already carrying a rule code is proposed again (the checker must drop it)."""
    found = []
    for r in data.get("rows", []):
        codes = r.get("rule_codes") or []
        if "数量" in str(r.get("level2")) and "万元" in str(r.get("value")) and not codes:
            found.append(
                {"id": r["id"], "code": "C202", "level2": "成本指标", "reason": "模拟：金额属成本"}
            )
        elif "U301" in codes:
            found.append({"id": r["id"], "code": "U301", "reason": "模拟：重复规则发现"})
    return {"findings": found}


def extract(text: str) -> dict[str, Any]:
    project, budget, goal_text, rows = "未知项目", None, None, []
    last = ["", ""]
    for ln in (x for x in text.splitlines() if x.strip()):
        m = re.match(r"\s*项目名称[:：\s]*(.+)", ln)
        if m:
            project = m.group(1).strip()
            continue
        m = re.search(r"预算[^\d]*([\d.]+)", ln)
        if m and "|" not in ln:
            budget = float(m.group(1))
            continue
        m = re.match(r"\s*(?:绩效|年度)目标[:：\s]*(.+)", ln)
        if m:
            goal_text = m.group(1).strip()
            continue
        cells = [c.strip() for c in re.split(r"[|\t]", ln)]
        if len(cells) >= 4 and "三级指标" not in ln:
            l1, l2 = cells[0] or last[0], cells[1] or last[1]
            last = [l1, l2]
            rows.append(
                {
                    "level1": l1,
                    "level2": l2,
                    "level3": cells[2],
                    "description": None,
                    "value": cells[3],
                    "basis": cells[4] if len(cells) > 4 and cells[4] else None,
                }
            )
    return {
        "kind": "project",
        "project": project,
        "budget_wan": budget,
        "goal": goal_text,
        "rows": rows,
    }
