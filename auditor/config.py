"""Configuration: `auditor.toml` (top-level keys) or `[tool.auditor]` in pyproject.toml.

Keys (kebab-case or snake_case are both accepted):

    select          codes or prefixes to enable ("ALL", "U", "U3", "U301"); default ["ALL"]
    extend-select   added on top of `select`
    ignore          codes or prefixes to disable
    severity        {code-or-prefix = "error"|"warning"|"info"}; most specific key wins
    fail-on         "error" (default) | "warning" | "info" | "never"
    lang            "zh" (default) | "en"  (finding messages)
    baseline        path of a baseline/waiver file (relative to the config file)
    offline         never call an LLM
    llm-check       with an LLM endpoint, ask it for findings the rules missed (second checker)
    [corpus-index]  settings of the cross-document index (T106)
    [limits]        per-file limits: time = 300 (s), memory = "2GiB", size = "200MB"; 0 = none
    [llm] [report] [batch] [eval]   free sections owned by those stages

Which rules a configuration selects is decided in auditor/rules/selection.py (`is_enabled`,
`severity_for`); this module holds the settings and checks that every selector names a known
code. Selection follows ruff: within one layer the most specific matching selector wins ("U301" beats
"U3" beats "U" beats "ALL"); on a tie `ignore` wins. Layers are applied in order -- the config
file first, then the command line. A layer that sets `select` starts afresh; a layer that only
sets `ignore`/`extend-select` adjusts the result of the layers before it. So `--ignore U` on
the command line disables U301 even when the file selects "U301" explicitly.

Unknown codes or prefixes in select/extend-select/ignore/severity are a ValueError (a typo
must not silently disable nothing). Unknown keys are a ValueError too.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from auditor.limits import FileLimits
from auditor.llm.settings import LLMSettings

# The stable codes of docs/taxonomy.md (v1) plus the engine's own internal-error code. Selectors are
# validated against these and against whatever is registered (preview rules may add codes).
TAXONOMY_CODES: tuple[str, ...] = (
    "T101", "T102", "T103", "T104", "T105", "T106", "T107",
    "C201", "C202", "C203", "C204", "C205", "C206",
    "U301", "U302", "U303", "U304", "U305", "U306", "U307",
    "V401", "V402", "V403", "V404", "V405",
    "B501", "B502", "B503",
    "R601",
    "G701", "G702",
    "S801", "S802", "S803", "S804",
)  # fmt: skip
INTERNAL_ERROR_CODE = "E900"
LEVELS = {"info": 1, "warning": 2, "error": 3}
FAIL_ON = ("error", "warning", "info", "never")
CONFIG_FILES = ("auditor.toml", ".auditor.toml", "pyproject.toml")
Level = Literal["error", "warning", "info"]

# Codes of registered rules outside the taxonomy (preview rules, test fakes): the rule registry
# declares every code it registers here, so selectors may name them.
_DECLARED_CODES: set[str] = set()


def declare_rule_code(code: str) -> None:
    """Make a registered rule's code selectable (called by auditor.rules.base.register)."""
    _DECLARED_CODES.add(code.upper())


@dataclasses.dataclass(frozen=True)
class SelectionLayer:
    """One layer of select / extend-select / ignore (the config file's, then the command line's).

    `select` None means the layer does not start afresh."""

    select: list[str] | None
    extend_select: list[str]
    ignore: list[str]


class CorpusIndexConfig(BaseModel):
    """Settings of the cross-document duplicate index (T106)."""

    model_config = ConfigDict(extra="allow")

    threshold: float = Field(
        0.9, ge=0.0, le=1.0
    )  # similarity above which two indicator texts are "the same"
    min_units: int = Field(
        2, ge=2
    )  # flag only when the text appears in documents of >= this many units
    num_perm: int = Field(128, ge=16)  # MinHash permutations (when a MinHash index is used)
    shingle: int = Field(3, ge=1)  # character shingle size


class BatchConfig(BaseModel):
    """[tool.auditor.batch]: defaults for `auditor batch` (command-line options win)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    county_part: int | None = Field(None, alias="county-part")  # path component naming the county
    workers: int = 0  # 0 = all cores


class AuditConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] = Field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = Field(default_factory=list, alias="extend-select")
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Level] = Field(default_factory=dict)
    fail_on: Literal["error", "warning", "info", "never"] = Field("error", alias="fail-on")
    lang: Literal["zh", "en"] = "zh"
    baseline: str | None = None
    offline: bool = False
    # with an LLM endpoint: one extra request per project asks the model for C202/U301/V402/V405
    # findings the rules missed (auditor.grade.llm_checker); off by default (cost)
    llm_check: bool = Field(False, alias="llm-check")
    corpus_index: CorpusIndexConfig = Field(default_factory=CorpusIndexConfig, alias="corpus-index")
    llm: dict[str, Any] = Field(
        default_factory=dict
    )  # keys checked against LLMSettings (_check_llm)
    batch: BatchConfig = Field(default_factory=lambda: BatchConfig())
    limits: FileLimits = Field(default_factory=FileLimits)  # [limits] time/memory/size per file

    # Selection layers after the first (the fields above): e.g. the command line's.
    _layers: list[SelectionLayer] = PrivateAttr(default_factory=list)
    _source: str | None = PrivateAttr(default=None)

    @field_validator("llm", mode="before")
    @classmethod
    def _check_llm(cls, v: Any) -> Any:
        """Unknown [llm] keys are configuration errors (a typo must not be ignored silently)."""
        if not v:
            return v or {}
        known = {f.name for f in dataclasses.fields(LLMSettings)} - {"api_key"} | {"api_key_env"}
        keys = {str(k).replace("-", "_") for k in v}
        if "api_key" in keys:
            raise ValueError(
                "llm.api_key: API 密钥不能写在配置文件里，请用 api_key_env 指定环境变量 "
                "(API keys do not belong in config files; set api_key_env)"
            )
        bad = sorted(keys - known)
        if bad:
            raise ValueError(
                f"llm: 未知的配置项 {', '.join(bad)} (unknown key; known: {', '.join(sorted(known))})"
            )
        return v

    @field_validator("select", "extend_select", "ignore", mode="before")
    @classmethod
    def _split(cls, v: Any) -> list[str]:
        if isinstance(v, str):
            v = v.split(",")
        return [_norm_selector(s) for s in v if str(s).strip()]

    @field_validator("severity", mode="before")
    @classmethod
    def _sev_keys(cls, v: Any) -> Any:
        if isinstance(v, dict):
            return {
                _norm_selector(k): (str(lvl).lower() if lvl is not None else lvl)
                for k, lvl in v.items()
            }
        return v

    def model_post_init(self, __context: Any) -> None:
        check_selectors(self.select, "select")
        check_selectors(self.extend_select, "extend-select")
        check_selectors(self.ignore, "ignore")
        check_selectors(list(self.severity), "severity")

    # -- selection layers -----------------------------------------------------------------------
    @property
    def source(self) -> str | None:
        """The config file this configuration was read from (None for defaults)."""
        return self._source

    def add_layer(
        self,
        select: list[str] | None = None,
        extend_select: list[str] | None = None,
        ignore: list[str] | None = None,
    ) -> AuditConfig:
        """Add a selection layer on top (the command line's). Validates the selectors."""
        layer = SelectionLayer(
            select=None if select is None else [_norm_selector(s) for s in select if s.strip()],
            extend_select=[_norm_selector(s) for s in extend_select or [] if s.strip()],
            ignore=[_norm_selector(s) for s in ignore or [] if s.strip()],
        )
        check_selectors(layer.select or [], "select")
        check_selectors(layer.extend_select, "extend-select")
        check_selectors(layer.ignore, "ignore")
        self._layers.append(layer)
        return self

    def selection_layers(self) -> list[SelectionLayer]:
        """The file's layer (the fields) followed by the added layers, in order."""
        first = SelectionLayer(list(self.select), list(self.extend_select), list(self.ignore))
        return [first, *self._layers]

    def selection_state(self) -> tuple[object, ...]:
        """The selection layers as one hashable value, cheap to build (the rule engine compares
        it on every lookup of the selected rules, to notice a selection changed in place)."""
        first: list[str] | None = self.select  # the fields are the first layer
        layers = [(first, self.extend_select, self.ignore)]
        layers += [(la.select, la.extend_select, la.ignore) for la in self._layers]
        return tuple(
            (None if sel is None else tuple(sel), tuple(ext), tuple(ign))
            for sel, ext, ign in layers
        )


# -- selector helpers -------------------------------------------------------------------------
def _norm_selector(s: object) -> str:
    s = str(s).strip()
    return "ALL" if s.upper() == "ALL" else s.upper()


def known_codes() -> set[str]:
    """Taxonomy codes, the engine's E900 and every code the rule registry declared."""
    return set(TAXONOMY_CODES) | {INTERNAL_ERROR_CODE} | _DECLARED_CODES


def check_selectors(selectors: list[str], key: str) -> None:
    """Raise ValueError naming every selector that matches no known code."""
    codes = known_codes()
    bad = [s for s in selectors if s != "ALL" and not any(c.startswith(s) for c in codes)]
    if bad:
        fams = "".join(sorted({c[0] for c in codes}))
        raise ValueError(
            f"{key}: 未知的规则代码或前缀 {', '.join(bad)} (unknown rule code/prefix; "
            f"use ALL, a family letter [{fams}], a prefix such as U3, or a full code such as U301 — "
            f"see `auditor rules`)"
        )


# -- loading ----------------------------------------------------------------------------------
_SELECTION_KEYS = ("select", "extend_select", "ignore")
_MERGE_KEYS = ("severity", "llm", "batch", "corpus_index", "limits")


def _snake(d: dict[str, Any]) -> dict[str, Any]:
    return {str(k).replace("-", "_"): v for k, v in d.items()}


def find_config_file(start: Path | None = None) -> Path | None:
    """The nearest auditor.toml / .auditor.toml / pyproject.toml with [tool.auditor], from
    `start` (default: the cwd) upward."""
    d = (start or Path.cwd()).resolve()
    for folder in (d, *d.parents):
        for name in CONFIG_FILES:
            p = folder / name
            if not p.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    data = tomllib.loads(p.read_text(encoding="utf-8"))
                except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                    continue
                if "auditor" not in data.get("tool", {}):
                    continue
            return p
    return None


def read_config_file(path: Path) -> dict[str, Any]:
    """The auditor settings of one file (snake_case keys). pyproject.toml: [tool.auditor]."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"配置文件不存在 (config file not found): {path}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: TOML 格式错误 (invalid TOML): {exc}") from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("auditor", {})
    return _snake(data)


def load_config(
    config_path: Path | None = None, overrides: dict[str, Any] | None = None
) -> AuditConfig:
    """Read the configuration file (given, or found from the cwd upward) and apply overrides.

    `overrides` (the command line) win: scalar keys replace the file's value; `select`,
    `extend_select`, `ignore` form a second selection layer (see the module docstring); dict
    sections (severity, llm, ...) are merged key by key.
    """
    path = Path(config_path) if config_path else find_config_file()
    data: dict[str, Any] = read_config_file(path) if path else {}
    if path and data.get("baseline"):
        b = Path(data["baseline"])
        data["baseline"] = str(b if b.is_absolute() else (path.parent / b))
    if "corpus_index" in data and isinstance(data["corpus_index"], dict):
        data["corpus_index"] = _snake(data["corpus_index"])
    allowed = set(AuditConfig.model_fields)
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValueError(
            f"{path}: 未知的配置项 {', '.join(unknown)} (unknown config keys; allowed: "
            f"{', '.join(sorted(k.replace('_', '-') for k in allowed))})"
        )
    ov = _snake(dict(overrides or {}))
    bad = sorted(set(ov) - allowed)
    if bad:
        raise ValueError(f"未知的覆盖项 (unknown override keys): {', '.join(bad)}")
    layer = {k: ov.pop(k) for k in _SELECTION_KEYS if k in ov}
    for key in _MERGE_KEYS:
        if key in ov and isinstance(ov[key], dict):
            base = data.get(key) or {}
            if isinstance(base, BaseModel):  # pragma: no cover
                base = base.model_dump()
            extra = _snake(ov[key]) if key == "corpus_index" else ov[key]
            ov[key] = {**base, **extra}
    data.update(ov)
    try:
        cfg = AuditConfig.model_validate(data)
    except ValidationError as exc:
        where = f"{path}: " if path else ""
        raise ValueError(f"{where}{describe_validation_error(exc)}") from None
    except ValueError as exc:
        where = f"{path}: " if path else ""
        raise ValueError(f"{where}配置无效 (invalid configuration): {exc}") from None
    if layer:
        cfg.add_layer(
            select=_as_list(layer.get("select")) if "select" in layer else None,
            extend_select=_as_list(layer.get("extend_select")),
            ignore=_as_list(layer.get("ignore")),
        )
    cfg._source = str(path) if path else None
    return cfg


_TYPE_ZH = {
    "int": "整数",
    "float": "数字",
    "bool": "true 或 false",
    "string": "字符串",
    "list": "列表",
    "dict": "表（section）",
    "model": "表（section）",
}


_BOUND_ZH = {
    "greater_than": ">",
    "greater_than_equal": "≥",
    "less_than": "<",
    "less_than_equal": "≤",
}


def describe_validation_error(exc: ValidationError) -> str:
    """pydantic's errors as one Chinese line per key: the key (as written in the file), the
    value and what is allowed -- never pydantic's own text or links."""
    lines: list[str] = []
    for e in exc.errors(include_url=False):
        key = ".".join(str(p).replace("_", "-") for p in e["loc"]) or "配置"
        value = e.get("input")
        kind = e["type"]
        if kind == "literal_error":
            allowed = str(e.get("ctx", {}).get("expected", "")).replace("'", "")
            allowed = allowed.replace(" or ", ", ").replace(", ", "、")
            lines.append(f"配置项 {key} 的取值 {value!r} 无效，可选：{allowed}")
        elif kind == "extra_forbidden":
            lines.append(f"未知的配置项 {key} (unknown key)")
        elif kind in ("value_error", "assertion_error"):
            msg = str(e.get("ctx", {}).get("error", e["msg"]))
            lines.append(f"配置项 {key}: {msg}")
        elif kind in _BOUND_ZH:
            bound = next(iter(e.get("ctx", {}).values()), "")
            lines.append(f"配置项 {key} 的取值 {value!r} 无效，应{_BOUND_ZH[kind]} {bound}")
        else:
            expected = next((zh for en, zh in _TYPE_ZH.items() if kind.startswith(en)), None)
            want = f"，应为{expected}" if expected else ""
            lines.append(f"配置项 {key} 的取值 {value!r} 无效{want} (invalid value)")
    return "；".join(lines)


def _as_list(v: object) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return v.split(",")
    if isinstance(v, list | tuple | set):
        return [str(x) for x in v]
    raise ValueError(f"选择项必须是代码列表 (selectors must be a list of codes): {v!r}")
