"""Response models prepared for instructor once per class, not on every request.

instructor builds a response model's JSON schema, wraps the class and walks its class tree for
async validators on every call and retry — CPU on the event loop that adds up to milliseconds a
request. Our response models are fixed classes, so each is prepared, its schema generated and
its validators checked once per process.
"""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any, TypeVar

from instructor import ResponseSchema
from instructor.v2.validation import async_validators
from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


class _CachedSchema(BaseModel):
    """JSON schema computed once per response model (instructor asks for it on every request)."""

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        try:
            key = (cls, args, tuple(sorted(kwargs.items())))
            hash(key)
        except TypeError:
            return super().model_json_schema(*args, **kwargs)
        # a fresh copy per call (instructor may edit it); decoding is ~10x cheaper than deepcopy
        schema: dict[str, Any] = json.loads(_schema(key))
        return schema


@functools.cache
def _schema(key: tuple[Any, ...]) -> str:
    cls, args, kwargs = key
    return json.dumps(super(_CachedSchema, cls).model_json_schema(*args, **dict(kwargs)))


@functools.cache
def prepared_model(model: type[M]) -> type[M]:
    """The response model as instructor wants it, built once (instructor's `ResponseSchema`
    mixin, so it neither re-wraps the class nor regenerates its schema per request)."""
    prepared = type(
        model.__name__, (model, ResponseSchema, _CachedSchema), {"__doc__": model.__doc__}
    )
    return prepared


@functools.cache
def schema_hash(model: type[BaseModel]) -> str:
    return hashlib.sha256(
        json.dumps(model.model_json_schema(), sort_keys=True).encode()
    ).hexdigest()[:16]


def _check_async_validators_once() -> None:
    """instructor walks the response model's class tree for async validators on every call and
    retry (~3 ms of CPU a request, on the event loop); our response models are fixed classes, so
    each is checked once. A model that fails the check still raises every time."""
    original = async_validators.reject_async_validators
    if getattr(original, "auditor_once", False):
        return
    checked: set[type] = set()

    def reject_once(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in checked:
            return
        original(response_model)
        if isinstance(response_model, type):
            checked.add(response_model)

    reject_once.auditor_once = True  # type: ignore[attr-defined]
    async_validators.reject_async_validators = reject_once


_check_async_validators_once()
