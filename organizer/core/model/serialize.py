"""Plain-JSON conversion for the model's dataclasses.

The index is JSON so that it can be read by hand after decryption and migrated step by step;
this module turns dataclasses into JSON-safe dicts and back, driven by their type hints.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


# Exact types (not subclasses: a StrEnum is converted to its value below) that JSON takes as
# they are. Checked first: they are most of the leaves of a large index.
_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_jsonable(value: Any) -> Any:
    """Convert a model value (dataclass, enum, date, list, dict) to JSON-safe data."""
    if type(value) in _PLAIN:
        return value
    names = _field_names(type(value))
    if names is not None:
        return {name: to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def from_jsonable(cls: type[T], data: Any) -> T:
    """Build a dataclass of type ``cls`` from JSON data; unknown keys are ignored."""
    return typing.cast(T, _convert(cls, data))


def _convert(tp: Any, data: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None:
            return None
        return _convert(args[0], data)
    if origin is list:
        (item,) = typing.get_args(tp)
        if item is Any:
            return list(data)
        return [_convert(item, v) for v in data]
    if origin is tuple:
        targs = typing.get_args(tp)
        if len(targs) == 2 and targs[1] is Ellipsis:
            return tuple(_convert(targs[0], v) for v in data)
        return tuple(_convert(a, v) for a, v in zip(targs, data, strict=True))
    if origin is dict:
        _key, val = typing.get_args(tp)
        if val is Any:  # e.g. a share-log snapshot: JSON data kept as it is
            return {str(k): v for k, v in data.items()}
        return {str(k): _convert(val, v) for k, v in data.items()}
    if tp is Any:
        return data
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            kwargs = {
                name: _convert(hint, data[name])
                for name, hint in _init_field_hints(tp)
                if name in data
            }
            return tp(**kwargs)
        if issubclass(tp, Enum):
            return tp(data)
        if tp is datetime:
            return datetime.fromisoformat(data)
        if tp is date:
            return date.fromisoformat(data)
        if tp is float and isinstance(data, int):
            return float(data)
    return data


@functools.cache
def _init_field_hints(tp: type) -> tuple[tuple[str, Any], ...]:
    """(name, resolved type) of a dataclass's init fields; cached, as resolving the hints of
    every object while loading a large index dominated the vault's unlock time."""
    hints = typing.get_type_hints(tp)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(tp) if f.init)


_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type (None for other types); cached per type."""
    try:
        return _FIELD_NAMES[cls]
    except KeyError:
        names = None
        if dataclasses.is_dataclass(cls):
            names = tuple(f.name for f in dataclasses.fields(cls))
        _FIELD_NAMES[cls] = names
        return names
