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

from auditor.batch.cli import batch_cmd, batch_report_cmd
from auditor.cli.audit import audit_cmd
from auditor.cli.crash import report_crash
from auditor.cli.extract import extract_cmd
from auditor.evaluation.cli import eval_app
from auditor.rules.cli import rule_cmd, rules_cmd
from auditor.serve.cli import serve_cmd


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


app = _App(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="绩效指标审核工具 — a linter for budget performance indicators (绩效指标).",
)
# Libraries that log their own parsing troubles (pdfminer: "Not adding object 8 to xref ...");
# those lines are library internals, not messages for the reviewer: the readers report what
# matters about a file in their own words.
QUIET_LOGGERS = ("pdfminer", "pdfplumber", "PIL", "fontTools", "openpyxl", "docx", "httpx")


@app.callback()
def _setup() -> None:
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


app.command("extract")(extract_cmd)
app.command("audit")(audit_cmd)
# commands of other stages, each kept in its own module
app.command("rules")(rules_cmd)
app.command("rule")(rule_cmd)
app.add_typer(eval_app, name="eval")
app.command("batch")(batch_cmd)
app.command("batch-report")(batch_report_cmd)
app.command("serve")(serve_cmd)


def main() -> None:  # pragma: no cover - the console script
    app()


__all__ = ["app", "main"]
