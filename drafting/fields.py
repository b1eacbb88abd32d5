"""Reading a form's fields from a mapping (JSON, a web form): find each by its English key or Chinese name.

Values are data: they are converted to text and cleaned, never evaluated. A required field that is absent or
blank raises ``MissingField`` with its Chinese name; a value of the wrong shape raises ``InvalidField``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from drafting.dates import parse_date
from drafting.errors import InvalidField, MissingField
from drafting.sanitize import clean_text


def require_text(value: str, label: str) -> None:
    """Raise MissingField(label) when a required text value is blank; forms call this in __post_init__."""
    if not clean_text(value).strip():
        raise MissingField(label)


def require_items(values: Sequence[object], label: str) -> None:
    """Raise MissingField(label) when a required list is empty."""
    if not values:
        raise MissingField(label)


class FieldReader:
    """Looks fields up by key, Chinese label or alias; each accessor returns a typed, cleaned value."""

    def __init__(self, data: Mapping[str, object], parent: FieldReader | None = None, context: str = ""):
        if not isinstance(data, Mapping):
            raise InvalidField(context or "表单", "应为 JSON 对象（键值对）")
        self._data = {clean_text(k).strip(): v for k, v in data.items()}
        self._missing: list[str] = []
        self._parent = parent
        self._context = context

    def _lack(self, label: str) -> None:
        # Collected rather than raised at once: the form reports every missing field together.
        if self._parent is not None:
            self._parent._lack(f"{self._context}的{label}")
        elif label not in self._missing:
            self._missing.append(label)

    def raise_missing(self) -> None:
        """Raise MissingField naming every required field found absent so far (in form order)."""
        if self._missing:
            raise MissingField(*self._missing)

    def _raw(self, key: str, label: str, aliases: Sequence[str]) -> object:
        for name in (key, label, *aliases):
            if name in self._data and self._data[name] not in (None, ""):
                return self._data[name]
        return None

    def text(self, key: str, label: str, *aliases: str, required: bool = False) -> str:
        """One text value; numbers are accepted and written as given; a list is joined line by line."""
        raw = self._raw(key, label, aliases)
        if isinstance(raw, list | tuple):
            raw = "\n".join(clean_text(item) for item in raw if not isinstance(item, dict))
        elif isinstance(raw, dict):
            raise InvalidField(label, "应为文字，而不是对象")
        value = clean_text(raw).strip() if raw is not None else ""
        if required and not value:
            self._lack(label)
        return value

    def texts(self, key: str, label: str, *aliases: str, required: bool = False) -> tuple[str, ...]:
        """A list of text items; a single string is split into lines."""
        raw = self._raw(key, label, aliases)
        if raw is None:
            items: list[str] = []
        elif isinstance(raw, list | tuple):
            if any(isinstance(item, dict | list) for item in raw):
                raise InvalidField(label, "列表中的每一项应为文字")
            items = [clean_text(item).strip() for item in raw]
        elif isinstance(raw, dict):
            raise InvalidField(label, "应为文字列表，而不是对象")
        else:
            items = [line.strip() for line in clean_text(raw).split("\n")]
        items = [item for item in items if item]
        if required and not items:
            self._lack(label)
        return tuple(items)

    def records(self, key: str, label: str, *aliases: str, required: bool = False) -> tuple[FieldReader, ...]:
        """A list of objects, each read with its own FieldReader; a bare string counts as an object's name."""
        raw = self._raw(key, label, aliases)
        if raw is None:
            raw = []
        if isinstance(raw, Mapping):
            raw = [raw]
        if not isinstance(raw, list | tuple):
            raw = [line for line in clean_text(raw).split("\n") if line.strip()]
        readers = []
        for item in raw:
            if isinstance(item, Mapping):
                readers.append(FieldReader(item, parent=self, context=label))
            elif isinstance(item, list | tuple):
                raise InvalidField(label, "列表中的每一项应为对象或文字")
            elif clean_text(item).strip():
                readers.append(FieldReader({"name": item}, parent=self, context=label))
        if required and not readers:
            self._lack(label)
        return tuple(readers)

    def date(self, key: str, label: str, *aliases: str, required: bool = False) -> dt.date | None:
        """A calendar day; an unreadable one is an error, not silently ignored."""
        raw = self._raw(key, label, aliases)
        if raw is None:
            if required:
                self._lack(label)
            return None
        day = parse_date(raw)
        if day is None:
            raise InvalidField(
                label, f"无法识别的日期“{clean_text(raw)[:40]}”，请写成 2026-11-23 或 2026年11月23日"
            )
        return day
