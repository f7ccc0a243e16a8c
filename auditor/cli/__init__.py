"""Command-line interface (typer).

Verbs (stable): extract, audit, rules, rule, batch, batch-report, eval.
Exit codes, the same for every verb: 0 clean, 1 findings at or above --fail-on, 2 usage,
configuration, input or internal error (see cli/common.py). No traceback reaches the user: the
app's last-resort handler (cli/crash.py) logs it and prints one line.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import typer

from auditor.cli.crash import report_crash


class _App(typer.Typer):
    """A Typer app whose unexpected exceptions end in the last-resort handler (exit 2)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except KeyboardInterrupt:
            print("已中断 (interrupted)", file=sys.stderr)
            sys.exit(130)
        except Exception as exc:  # last resort: log the traceback, one line for the user
            sys.exit(report_crash(exc))


# Libraries that log their own parsing troubles (pdfminer: "Not adding object 8 to xref ...");
# those lines are library internals, not messages for the reviewer: the readers report what
# matters about a file in their own words.
QUIET_LOGGERS = ("pdfminer", "pdfplumber", "PIL", "fontTools", "openpyxl", "docx", "httpx")


def _setup() -> None:
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _register(app: typer.Typer, verb: str) -> None:
    """Add one verb. Each verb's module is imported only here, so a run of one verb does not
    import the others (a one-file `audit` loads neither the batch store, the evaluation
    harness nor the web server: issue 13's import budget)."""
    if verb == "extract":
        from auditor.cli.extract import extract_cmd

        app.command("extract")(extract_cmd)
    elif verb == "audit":
        from auditor.cli.audit import audit_cmd

        app.command("audit")(audit_cmd)
    elif verb in ("rules", "rule"):  # commands of other stages, each kept in its own module
        from auditor.rules import cli as rules_cli

        app.command(verb)(rules_cli.rules_cmd if verb == "rules" else rules_cli.rule_cmd)
    elif verb == "eval":
        from auditor.evaluation.cli import eval_app

        app.add_typer(eval_app, name="eval")
    elif verb in ("batch", "batch-report"):
        from auditor.batch import cli as batch_cli

        app.command(verb)(batch_cli.batch_cmd if verb == "batch" else batch_cli.batch_report_cmd)
    elif verb == "serve":
        from auditor.serve.cli import serve_cmd

        app.command("serve")(serve_cmd)


VERBS = ("extract", "audit", "rules", "rule", "eval", "batch", "batch-report", "serve")


def make_app(verbs: tuple[str, ...] = VERBS) -> _App:
    """The command-line app with the given verbs (all by default, in the order of --help)."""
    app = _App(
        add_completion=False,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        help="绩效指标审核工具 — a linter for budget performance indicators (绩效指标).",
    )
    app.callback()(_setup)
    for verb in verbs:
        _register(app, verb)
    return app


_full_app: list[_App] = []


def __getattr__(name: str) -> Any:
    """`auditor.cli.app`: the app with every verb, built on first use."""
    if name == "app":
        if not _full_app:
            _full_app.append(make_app())
        return _full_app[0]
    raise AttributeError(name)


def main() -> None:  # pragma: no cover - the console script
    verb = sys.argv[1] if len(sys.argv) > 1 else ""
    make_app((verb,) if verb in VERBS else VERBS)()


__all__ = ["app", "main", "make_app"]
