"""A fake OpenAI-compatible chat-completions server for the LLM tests, the benchmark and eval.

In a test (127.0.0.1, random port):

    srv = FakeLLMServer(latency=0.0).start()
    srv.base_url                       # "http://127.0.0.1:<port>/v1"
    srv.url_for("deepseek", "think")   # ".../deepseek/think/v1": that provider's dialect + quirk
    srv.plan("项目甲", ["429", "ok"])   # requests whose DATA contains "项目甲": 429 first, then ok
    srv.stop()

Standalone (for `auditor eval` columns or a manual check; Ctrl-C stops it):

    python tests/fake_llm_server.py --port 8765 [--latency 0.3]
    auditor eval --model "ds-think=deepseek-reasoner@deepseek+http://127.0.0.1:8765/deepseek/think/v1"

Plan behaviours: ok, 429 (with Retry-After), 500, hang (sleeps past the client timeout),
malformed (broken JSON), schema_invalid (specificity 9), refusal, inject (every row 5, no
rewrites, goal "aligned"), bad_rewrite (a rewrite that breaks the row rules). Provider dialects
and answer quirks: tests/fake_llm_quirks.py; answers: tests/fake_llm_answers.py. The server
records every request (task, behaviour, body, Authorization header, usage) and the maximum number
of requests in flight; usage tokens are estimated deterministically (1 per CJK character, 1 per 4
other characters) and prompt prefixes are cached as the provider's dialect says.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import fake_llm_answers as answers
import fake_llm_quirks as quirks

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_ROUTE = re.compile(r"^/(?:([\w.-]+)/([\w.+-]+)/)?v1/chat/completions/?$")
_BLOCK = 32  # characters per prefix-cache block


def count_tokens(text: str) -> int:
    cjk = len(_CJK.findall(text))
    return cjk + math.ceil((len(text) - cjk) / 4)


def _cut(text: str, limit: int) -> str:
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if count_tokens(text[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the tests connect many clients at once


class FakeLLMServer:
    def __init__(
        self,
        latency: float = 0.0,
        retry_after: str = "0",
        hang_seconds: float = 3.0,
        default: str = "ok",
        provider: str = "generic",
        quirk: str = "none",
        max_output: int | None = None,
    ):
        self.latency = latency
        self.retry_after = retry_after
        self.hang_seconds = hang_seconds
        self.default = default
        self.provider = provider
        self.quirk = quirk
        self.max_output = max_output
        self.plans: list[tuple[str, list[str]]] = []
        self.requests: list[dict[str, Any]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._prefixes: set[int] = set()
        self._seen: set[int] = set()
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
            self._prefixes.clear()
            self._seen.clear()
            self.max_in_flight = 0

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def url_for(self, provider: str, quirk: str = "none") -> str:
        """Base URL replaying `provider`'s dialect and `quirk` (see tests/fake_llm_quirks.py)."""
        return f"http://127.0.0.1:{self.port}/{provider}/{quirk}/v1"

    def start(self, port: int = 0) -> FakeLLMServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body leave in two writes: with Nagle's algorithm the body would wait
            # for the client's delayed ACK (~40 ms a response); real API servers set TCP_NODELAY
            disable_nagle_algorithm = True

            def log_message(self, *a: Any) -> None:  # silence
                return

            def do_POST(self) -> None:
                server._handle(self)

            def do_GET(self) -> None:
                server._admin(self)

        self._httpd = _Server(("127.0.0.1", port), Handler)
        threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *a: Any) -> None:
        self.stop()

    # -- helpers ---------------------------------------------------------------------------
    def _behaviour(self, text: str) -> str:
        with self._lock:
            for marker, queue in self.plans:
                if marker in text and queue:
                    return queue.pop(0)
        return self.default

    def _first_time(self, text: str) -> bool:
        key = hash(text)
        with self._lock:
            if key in self._seen:
                return False
            self._seen.add(key)
            return True

    def _prefix_hashes(self, prompt: str) -> list[int]:
        out, h = [], 0
        for i in range(0, len(prompt) - _BLOCK + 1, _BLOCK):
            h = hash((h, prompt[i : i + _BLOCK]))
            out.append(h)
        return out

    def _cached_tokens(self, dialect: quirks.Dialect, prompt: str, hashes: list[int]) -> int:
        if not dialect.cache_min:
            return 0
        with self._lock:
            n = 0
            while n < len(hashes) and hashes[n] in self._prefixes:
                n += 1
        tokens = count_tokens(prompt[: n * _BLOCK])
        tokens -= tokens % dialect.cache_unit
        return tokens if tokens >= dialect.cache_min else 0

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler, status: int, payload: Any, headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)

    def _admin(self, h: BaseHTTPRequestHandler) -> None:
        if h.path.rstrip("/") != "/_fake/requests":
            return self._send(h, 404, {"error": {"message": "not found"}})
        keys = ("task", "behaviour", "provider", "quirk", "status", "finish", "t", "done")
        keys += ("prompt_tokens", "completion_tokens", "cached_tokens")
        with self._lock:
            rows = [{k: r.get(k) for k in keys} for r in self.requests]
        self._send(h, 200, rows)

    # -- request handling ------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        # the request has arrived once its body is read: the fake's parsing is inside `latency`
        raw = h.rfile.read(int(h.headers.get("Content-Length") or 0)).decode("utf-8")
        arrived, t_arrived = time.monotonic(), time.time()
        route = _ROUTE.match(h.path.split("?")[0])
        if route is None:
            return self._send(h, 404, {"error": {"message": f"no route {h.path}"}})
        provider, quirk = route.group(1) or self.provider, route.group(2) or self.quirk
        body = json.loads(raw or "{}")
        text = "\n".join(str(m.get("content") or "") for m in body.get("messages", []))
        data_text = "\n".join(answers.DATA.findall(text))
        rec = {
            "task": answers.task_of(text),
            "behaviour": self._behaviour(data_text),
            "provider": provider,
            "quirk": quirk,
            "body": raw,
            "t": t_arrived,
            "arrived": arrived,
            "authorization": h.headers.get("Authorization", ""),
            "status": 200,
        }
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.requests.append(rec)
        try:
            self._respond(h, rec, body, text, data_text)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self._lock:
                self.in_flight -= 1

    def _respond(
        self,
        h: BaseHTTPRequestHandler,
        rec: dict[str, Any],
        body: dict[str, Any],
        text: str,
        data_text: str,
    ) -> None:
        arrived = rec["arrived"]
        provider, behaviour = rec["provider"], rec["behaviour"]
        quirk, _, also = rec["quirk"].partition("+")  # "think+echo_key": a quirk, and the echo
        key = rec["authorization"].removeprefix("Bearer ").strip()
        echo = key if "echo_key" in (quirk, also) else ""
        # the provider reads its prefix cache when the request arrives, caches when it is done
        dialect = quirks.DIALECTS.get(provider, quirks.DIALECTS["generic"])
        prompt = self._prompt_text(body)
        hashes = self._prefix_hashes(prompt)
        cached = self._cached_tokens(dialect, prompt, hashes)
        error = self._error(provider, behaviour, body, echo, data_text)
        payload = None
        if error is None:
            payload = self._completion(rec, body, text, quirk, echo, (prompt, cached))
        # `latency` is the time to answer from the request's arrival: the fake's own work (token
        # counts, drafting the answer) is inside it, as a provider's compute is inside its latency
        self._wait_until(arrived + self.latency)
        if behaviour == "hang" or quirk == "hang":
            time.sleep(self.hang_seconds)
        if error is not None:
            rec["status"], rec["response"] = error[0], json.dumps(error[1], ensure_ascii=False)
            return self._send(h, *error)
        assert payload is not None
        with self._lock:
            self._prefixes.update(hashes)
        rec["response"] = json.dumps(payload, ensure_ascii=False)
        rec["done"] = time.time()
        self._send(h, 200, payload, {"X-Request-Key": echo} if echo else None)

    def _error(
        self, provider: str, behaviour: str, body: dict[str, Any], echo: str, data_text: str
    ) -> tuple[int, dict[str, Any], dict[str, str]] | None:
        why = quirks.reject(provider, body)
        if why is not None:
            return 400, {"error": {"message": why, "type": "invalid_request_error"}}, {}
        if echo and self._first_time(data_text + str(body.get("messages", [])[-1:])):
            msg = f"请求过于频繁（请求凭据 {echo}），请稍后重试"
            return 429, {"error": {"message": msg, "type": "rate_limit"}}, {"Retry-After": "0"}
        if behaviour == "429":
            return (
                429,
                {"error": {"message": "rate limited", "type": "rate_limit"}},
                {"Retry-After": self.retry_after},
            )
        if behaviour == "500":
            return 500, {"error": {"message": "internal error", "type": "server_error"}}, {}
        return None

    @staticmethod
    def _wait_until(t: float) -> None:
        left = t - time.monotonic()
        if left > 0:
            time.sleep(left)

    @staticmethod
    def _prompt_text(body: dict[str, Any]) -> str:
        """What the provider tokenizes, in order: the tool definitions, then the messages."""
        messages = body.get("messages", [])
        return (
            json.dumps(body.get("tools") or "", ensure_ascii=False)
            + "\n"
            + "\n".join(f"{m.get('role')}\n{m.get('content') or ''}" for m in messages)
        )

    def _completion(
        self,
        rec: dict[str, Any],
        body: dict[str, Any],
        text: str,
        quirk: str,
        echo: str,
        prompt_cached: tuple[str, int],
    ) -> dict[str, Any]:
        provider, behaviour = rec["provider"], rec["behaviour"]
        dialect = quirks.DIALECTS.get(provider, quirks.DIALECTS["generic"])
        tools = bool(body.get("tools"))
        js = answers.answer(rec["task"], behaviour, text, verbose=quirk == "length", echo=echo)
        msg: dict[str, Any] = {"role": "assistant", "content": None}
        if behaviour == "refusal":
            msg["content"] = msg["refusal"] = "抱歉，我无法协助完成这个请求。"
            args = None
        else:
            msg["content"], args = quirks.shape(quirk, js, tools, "```json" in text)
        if quirk == "empty" and self._first_time("empty" + text):
            msg["content"], args = "", None
        finish = "stop"
        limit = min(
            int(body.get("max_tokens") or body.get("max_completion_tokens") or 4096),
            self.max_output or dialect.max_output,
        )
        out = args if args is not None else (msg["content"] or "")
        if count_tokens(out) > limit:
            out, finish = _cut(out, limit), "length"
            if args is not None:
                args = out
            else:
                msg["content"] = out
        if args is not None:
            msg["tool_calls"] = quirks.tool_calls(quirks.tool_name(body), args)
            finish = "tool_calls" if finish == "stop" else finish
        reasoning = ""
        if quirk == "reasoning_field" or quirks.thinks(provider, body):
            reasoning = quirks.REASONING + (f"（凭据 {echo}）" if echo else "")
            msg[dialect.reasoning_field] = reasoning
        prompt, cached = prompt_cached
        p_tok, r_tok = count_tokens(prompt), count_tokens(reasoning)
        c_tok = (
            count_tokens(out or json.dumps(msg.get("tool_calls") or "", ensure_ascii=False)) + r_tok
        )
        rec.update(
            prompt_tokens=p_tok, completion_tokens=c_tok, cached_tokens=cached, finish=finish
        )
        payload = {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model"),
            "choices": [{"index": 0, "message": msg, "finish_reason": finish}],
            "usage": quirks.usage_block(dialect, p_tok, c_tok, cached, r_tok),
        }
        return payload


def main() -> None:
    ap = argparse.ArgumentParser(description="Fake OpenAI-compatible server (127.0.0.1 only).")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--latency", type=float, default=0.0)
    ap.add_argument("--hang-seconds", type=float, default=600.0)
    ap.add_argument("--provider", default="generic", choices=sorted(quirks.DIALECTS))
    ap.add_argument("--quirk", default="none", choices=quirks.QUIRKS)
    args = ap.parse_args()
    srv = FakeLLMServer(
        latency=args.latency,
        hang_seconds=args.hang_seconds,
        provider=args.provider,
        quirk=args.quirk,
    ).start(args.port)
    print(f"READY {srv.base_url}", flush=True)
    example = srv.url_for("deepseek", "think")
    print(f"per provider and quirk: http://127.0.0.1:{srv.port}/<provider>/<quirk>/v1, e.g.")
    print(f'  auditor eval --model "ds-think=deepseek-reasoner@deepseek+{example}"', flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()


if __name__ == "__main__":
    main()
