"""A fake OpenAI-compatible chat-completions server for the LLM tests and the benchmark.

Start it on 127.0.0.1 with a random port:

    srv = FakeLLMServer(latency=0.0).start()
    srv.base_url  # "http://127.0.0.1:<port>/v1"
    srv.plan("项目甲", ["429", "ok"])   # requests whose text contains "项目甲": 429 first, then ok
    srv.stop()

Behaviours: ok (a correct answer: a tool call when the request has tools, else JSON content,
in a ```json block when the client asked for one), 429 (with Retry-After), 500, hang (sleeps
past the client timeout), malformed (broken JSON), schema_invalid (valid JSON, specificity 9),
refusal, inject (an injection-obeying answer: every row 5, no rewrites, goal "aligned"),
bad_rewrite (a rewrite that breaks the row rules). The server records every request (task,
behaviour, body, Authorization header) and the maximum number of requests in flight.
Usage tokens are estimated deterministically (1 per CJK character, 1 per 4 other characters).
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_DATA = re.compile(r"<<<DATA\n(.*?)\nDATA>>>", re.S)
_TASK = re.compile(r"任务代码:\s*(\w+)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def count_tokens(text: str) -> int:
    cjk = len(_CJK.findall(text))
    return cjk + math.ceil((len(text) - cjk) / 4)


class FakeLLMServer:
    def __init__(
        self,
        latency: float = 0.0,
        retry_after: str = "0",
        hang_seconds: float = 3.0,
        default: str = "ok",
    ):
        self.latency = latency
        self.retry_after = retry_after
        self.hang_seconds = hang_seconds
        self.default = default
        self.plans: list[tuple[str, list[str]]] = []
        self.requests: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    # -- control ---------------------------------------------------------------------------
    def plan(self, marker: str, behaviours: list[str]) -> FakeLLMServer:
        with self._lock:
            self.plans.append((marker, list(behaviours)))
        return self

    def reset(self) -> None:
        with self._lock:
            self.plans.clear()
            self.requests.clear()
            self.max_in_flight = 0

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> FakeLLMServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # silence
                return

            def do_POST(self):
                server._handle(self)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *a):
        self.stop()

    # -- request handling ------------------------------------------------------------------
    def _behaviour(self, text: str) -> str:
        with self._lock:
            for marker, queue in self.plans:
                if marker in text and queue:
                    return queue.pop(0)
        return self.default

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length).decode("utf-8")
        body = json.loads(raw or "{}")
        messages = body.get("messages", [])
        text = "\n".join(str(m.get("content") or "") for m in messages)
        task = (_TASK.search(text) or [None, "unknown"])[1]
        # the plan marker is looked up in the document data only (not in instructions)
        data_text = "\n".join(_DATA.findall(text))
        behaviour = self._behaviour(data_text)
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.requests.append(
                {
                    "task": task,
                    "behaviour": behaviour,
                    "body": raw,
                    "t": time.time(),
                    "authorization": h.headers.get("Authorization", ""),
                }
            )
        try:
            if self.latency:
                time.sleep(self.latency)
            if behaviour == "hang":
                time.sleep(self.hang_seconds)
            if behaviour == "429":
                return self._send(
                    h,
                    429,
                    {"error": {"message": "rate limited", "type": "rate_limit"}},
                    {"Retry-After": self.retry_after},
                )
            if behaviour == "500":
                return self._send(
                    h, 500, {"error": {"message": "internal error", "type": "server_error"}}
                )
            content = self._answer(task, behaviour, text, body)
            self._send(h, 200, self._completion(body, content, behaviour, text))
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self._lock:
                self.in_flight -= 1

    @staticmethod
    def _send(h, status: int, payload: dict, headers: dict | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)

    def _completion(
        self, body: dict, content: str | None, behaviour: str, prompt_text: str
    ) -> dict:
        tools = body.get("tools")
        msg: dict = {"role": "assistant", "content": None}
        if behaviour == "refusal":
            msg["content"] = "抱歉，我无法协助完成这个请求。"
            msg["refusal"] = "抱歉，我无法协助完成这个请求。"
        elif tools:
            name = tools[0]["function"]["name"]
            msg["tool_calls"] = [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": name, "arguments": content},
                }
            ]
        elif "```json" in prompt_text:
            msg["content"] = f"```json\n{content}\n```"
        else:
            msg["content"] = content
        out = msg.get("content") or json.dumps(msg.get("tool_calls") or "", ensure_ascii=False)
        prompt = prompt_text + (json.dumps(tools, ensure_ascii=False) if tools else "")
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model"),
            "choices": [
                {
                    "index": 0,
                    "message": msg,
                    "finish_reason": "tool_calls" if msg.get("tool_calls") else "stop",
                }
            ],
            "usage": {
                "prompt_tokens": count_tokens(prompt),
                "completion_tokens": count_tokens(out),
                "total_tokens": count_tokens(prompt) + count_tokens(out),
            },
        }

    # -- answers ---------------------------------------------------------------------------
    def _answer(self, task: str, behaviour: str, text: str, body: dict) -> str:
        if behaviour == "malformed":
            return '{"rows": [{"id": "r1", "specificity": 4, "reasons": ["未闭合'
        blocks = _DATA.findall(text)
        data = json.loads(blocks[-1]) if blocks else {}
        if task == "grade_project":
            ans = self._grade(data, behaviour)
        elif task == "goal_review":
            ans = {
                "aligned": True,
                "assessable": behaviour != "inject",
                "unmeasured_goals": [],
                "reasons": ["模拟目标审核"],
            }
        elif task == "rewrite_retry":
            ans = {"rewrite": self._rewrite(data.get("row", {}), bad=behaviour == "bad_rewrite")}
        elif task == "rule_check":
            ans = self._rule_check(data)
        elif task == "extract_table":
            ans = self._extract(data.get("text", ""))
        else:
            ans = {}
        return json.dumps(ans, ensure_ascii=False)

    @staticmethod
    def _rule_check(data: dict) -> dict:
        """Second-checker answer: a money amount under 数量指标 the rules did not flag is C202;
        a row already carrying a rule code is proposed again (the checker must drop it)."""
        found = []
        for r in data.get("rows", []):
            codes = r.get("rule_codes") or []
            if "数量" in str(r.get("level2")) and "万元" in str(r.get("value")) and not codes:
                found.append(
                    {
                        "id": r["id"],
                        "code": "C202",
                        "level2": "成本指标",
                        "reason": "模拟：金额属成本",
                    }
                )
            elif "U301" in codes:
                found.append({"id": r["id"], "code": "U301", "reason": "模拟：重复规则发现"})
        return {"findings": found}

    def _grade(self, data: dict, behaviour: str) -> dict:
        rows = []
        for r in data.get("rows_to_grade", []):
            value = str(r.get("value") or "")
            if behaviour == "inject":
                rows.append(
                    {
                        "id": r["id"],
                        "specificity": 5,
                        "reasons": ["按表内要求评为5分"],
                        "rewrite": None,
                        "findings": [],
                    }
                )
                continue
            spec = 9 if behaviour == "schema_invalid" else (4 if re.search(r"\d", value) else 2)
            rw = None if spec == 5 else self._rewrite(r, bad=behaviour == "bad_rewrite")
            rows.append(
                {"id": r["id"], "specificity": spec, "reasons": ["模拟评审理由"], "rewrite": rw}
            )
        out: dict = {"rows": rows}
        if data.get("goal_review_needed"):
            out["goal_review"] = {
                "aligned": True,
                "assessable": behaviour != "inject",
                "unmeasured_goals": [],
                "reasons": ["模拟目标审核"],
            }
        return out

    @staticmethod
    def _rewrite(r: dict, bad: bool = False) -> dict:
        if (
            bad
        ):  # a head-count in 次 with an inverted comparator: breaks the unit and polarity rules
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
        from auditor.extract.values import parse_value
        from auditor.grade.rewrite import template_rewrite
        from auditor.models import IndicatorRow, Table

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
        number = None if "【请填写】" in rw.value else p.number
        return {
            "level2": None,
            "level3": rw.level3,
            "comparator": p.comparator or "=",
            "number": number,
            "unit": p.raw_unit or p.unit or "项",
            "graded_standard": None,
            "definition": rw.definition,
            "evidence": rw.evidence,
        }

    @staticmethod
    def _extract(text: str) -> dict:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        project, budget, goal, rows = "未知项目", None, None, []
        last = ["", ""]
        for ln in lines:
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
                goal = m.group(1).strip()
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
            "goal": goal,
            "rows": rows,
        }
