"""Request guards of the web app (one ASGI middleware) and the CSRF helpers the routes use.

Every request passes, in order:
1. Host check (loopback mode): the Host header must name a loopback address or `localhost`,
   so a web page cannot reach the app through DNS rebinding.
2. Token (when `--token` is set, required beyond loopback): `Authorization: Bearer <token>`,
   the `auditor_token` cookie, or `?token=` once (a GET then sets the cookie, HttpOnly,
   SameSite=Strict, and redirects to the same URL without the token). Compared in constant
   time (hmac.compare_digest).
3. State-changing methods: an `Origin` header, when sent, must be this app's own origin; the
   body is limited to `max_upload_bytes` (Content-Length checked first, then counted).
Every response carries a Content-Security-Policy without 'unsafe-inline' scripts (the pages load
their scripts from /static), frame-ancestors 'none', nosniff and a same-origin referrer policy.

CSRF (double-submit): a random per-browser token in an HttpOnly SameSite=Strict cookie, echoed by
the page (a <meta> for fetch(), a hidden field in forms); `check_csrf` compares both in
constant time for every POST.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from auditor.serve.settings import ServeSettings, is_loopback

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_COOKIE = "auditor_token"
CSRF_COOKIE = "auditor_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",  # the report's style attributes and <style> block
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    # same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on form posts
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]


class BodyTooLarge(Exception):
    pass


def same_secret(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison; False when either side is missing."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _host_name(host_header: str) -> str:
    host = host_header.strip()
    if host.startswith("["):  # [::1]:8765
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    """The ASGI middleware described in the module docstring."""

    def __init__(self, app: ASGIApp, settings: ServeSettings):
        self.app = app
        self.settings = settings
        self.loopback = is_loopback(settings.host)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        if scope["method"] in UNSAFE_METHODS:
            await self._limited(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    def _refusal(self, scope: Scope) -> Response | None:
        headers = Headers(scope=scope)
        if self.loopback and not is_loopback(_host_name(headers.get("host", ""))):
            return PlainTextResponse("拒绝访问：主机名不是本机地址 (bad Host header)", 421)
        if self.settings.token:
            answer = self._token_answer(scope, headers)
            if answer is not None:
                return answer
        if scope["method"] in UNSAFE_METHODS:
            origin = headers.get("origin")
            if origin and origin != f"{scope.get('scheme', 'http')}://{headers.get('host', '')}":
                return PlainTextResponse("拒绝访问：请求来自其他网站 (cross-origin request)", 403)
            length = headers.get("content-length")
            if length and length.isdigit() and int(length) > self.settings.max_upload_bytes:
                return _too_large(self.settings.max_upload_bytes)
        return None

    def _token_answer(self, scope: Scope, headers: Headers) -> Response | None:
        """None when the request carries the token; else a redirect (token in the URL) or 401."""
        token = self.settings.token
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and same_secret(auth[7:].strip(), token):
            return None
        request = Request(scope)
        if same_secret(request.cookies.get(TOKEN_COOKIE), token):
            return None
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
        given = next((v for k, v in query if k == "token"), None)
        if scope["method"] == "GET" and same_secret(given, token):
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            target = scope.get("path", "/") + (f"?{rest}" if rest else "")
            response = RedirectResponse(target, status_code=303)
            response.set_cookie(TOKEN_COOKIE, str(token), httponly=True, samesite="strict")
            return response
        return PlainTextResponse(
            "需要访问令牌：请使用启动时显示的带 token 的地址 (token required)", 401
        )

    async def _limited(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.settings.max_upload_bytes
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _too_large(limit)(scope, receive, send)


def _too_large(limit: int) -> Response:
    mb = limit / 1000**2
    return PlainTextResponse(f"上传内容超过上限 {mb:g} MB (upload too large)", 413)


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {k.lower() for k, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
            message["headers"] = list(message.get("headers", [])) + extra
        await send(message)

    return wrapped


def csrf_token(request: Request) -> str:
    """This browser's CSRF token (a new one when it has none; `remember_csrf` stores it)."""
    token = request.cookies.get(CSRF_COOKIE)
    if token and len(token) >= 32:
        return token
    token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
    request.state.new_csrf = token
    return token


def remember_csrf(request: Request, response: Response) -> Response:
    """Set the CSRF cookie when `csrf_token` made a new token for this request."""
    new = getattr(request.state, "new_csrf", None)
    if new:
        response.set_cookie(CSRF_COOKIE, new, httponly=True, samesite="strict")
    return response


def check_csrf(request: Request, supplied: str | None = None) -> bool:
    """True when the header (or the form field `supplied`) matches the cookie."""
    given = request.headers.get(CSRF_HEADER) or supplied
    return same_secret(given, request.cookies.get(CSRF_COOKIE))
