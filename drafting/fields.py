"""A draft form's fields, declared once: key, Chinese label, aliases, required, validation, example, help.

Each kind declares one pydantic model (``PlanForm``, ``VisitReportForm``, ``ReminderForm``) whose fields are
made with ``field(...)``. The CLI (JSON files), the REST API, the Gradio form (``ui/web/draft_forms.py``) and the
ledger reader (``drafting/ledger.py``) all read the same declaration: ``Form.read(mapping)`` accepts the English
key, the Chinese label or any alias; ``Form.specs()`` lists each field's metadata for a form builder;
``Form.example()`` is the complete, realistic example.

Values are data: converted to text and cleaned, never evaluated. Every required field that is absent or blank is
reported at once as ``MissingField``; a value of the wrong shape raises ``InvalidField`` with a Chinese reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, get_args, get_origin

from pydantic import (
    AfterValidator,
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
)
from pydantic_core import PydanticCustomError, PydanticUndefined

from drafting.dates import parse_date
from drafting.errors import InvalidField, MissingField
from drafting.sanitize import clean_text


# ----- value shapes -------------------------------------------------------------------------------------------
def _as_text(value: object) -> str:
    if isinstance(value, Mapping):
        raise PydanticCustomError("shape", "应为文字，而不是对象")
    if isinstance(value, list | tuple):
        if any(isinstance(item, Mapping | list | tuple) for item in value):
            raise PydanticCustomError("shape", "应为文字")
        return "\n".join(clean_text(item).strip() for item in value if clean_text(item).strip())
    return "" if value is None else clean_text(value).strip()


def _not_blank(value: str | tuple) -> Any:
    if not value:
        raise PydanticCustomError("blank", "不能为空")
    return value


def _as_lines(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, Mapping):
        raise PydanticCustomError("shape", "应为文字列表，而不是对象")
    if isinstance(value, list | tuple):
        if any(isinstance(item, Mapping | list | tuple) for item in value):
            raise PydanticCustomError("shape", "列表中的每一项应为文字")
        items = [clean_text(item).strip() for item in value]
    else:
        items = [line.strip() for line in clean_text(value).split("\n")]
    return tuple(item for item in items if item)


def _as_records(value: object) -> list[object]:
    """A list of objects; a bare string (or a line of one) counts as an object's name."""
    if value is None or value == "":
        return []
    if isinstance(value, Mapping):
        value = [value]
    if not isinstance(value, list | tuple):
        value = [line for line in clean_text(value).split("\n") if line.strip()]
    records: list[object] = []
    for item in value:
        if isinstance(item, Mapping):
            if any(clean_text(v).strip() for v in item.values() if not isinstance(v, Mapping | list)):
                records.append(item)
        elif isinstance(item, list | tuple):
            raise PydanticCustomError("shape", "列表中的每一项应为对象或文字")
        elif clean_text(item).strip():
            records.append({"name": clean_text(item).strip()})
    return records


def _as_date(value: object) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    day = parse_date(value)
    if day is None:
        raise PydanticCustomError(
            "date",
            "无法识别的日期“{value}”，请写成 2026-11-23 或 2026年11月23日",
            {"value": clean_text(value)[:40]},
        )
    return day


def _required_date(value: dt.date | None) -> dt.date:
    if value is None:
        raise PydanticCustomError("blank", "不能为空")
    return value


# A telephone number as cadres write it: 0743-8221234, 138 0000 0000, 0743-8221234转801, 0743-8221234（办公室）.
# A note beside the number is the cadre's business; a value with no number in it is not a phone number.
_PHONE_NUMBER = re.compile(r"(?:\+?86[\s-]?)?\d[\d\-－—\s]{5,}\d")


def _phone(value: str) -> str:
    digits = value.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    match = _PHONE_NUMBER.search(digits)
    if value and (match is None or sum(ch.isdigit() for ch in match.group()) < 7):
        raise PydanticCustomError(
            "phone", "“{value}”不是电话号码，请填写如 0743-8221234", {"value": value[:20]}
        )
    return value


Text = Annotated[str, BeforeValidator(_as_text), AfterValidator(_not_blank)]
OptionalText = Annotated[str, BeforeValidator(_as_text)]
Lines = Annotated[tuple[str, ...], BeforeValidator(_as_lines), AfterValidator(_not_blank)]
OptionalLines = Annotated[tuple[str, ...], BeforeValidator(_as_lines)]
Day = Annotated[dt.date, BeforeValidator(_as_date), AfterValidator(_required_date)]
OptionalDay = Annotated[dt.date | None, BeforeValidator(_as_date)]
Phone = Annotated[str, BeforeValidator(_as_text), AfterValidator(_not_blank), AfterValidator(_phone)]
OptionalPhone = Annotated[str, BeforeValidator(_as_text), AfterValidator(_phone)]


def records(model: type[BaseModel]) -> Any:
    """The annotation of a required list of ``model`` records (strings count as names)."""
    return Annotated[tuple[model, ...], BeforeValidator(_as_records), AfterValidator(_not_blank)]


def optional_records(model: type[BaseModel]) -> Any:
    return Annotated[tuple[model, ...], BeforeValidator(_as_records)]


def field(
    label: str, *aliases: str, example: object = None, help: str = "", default: object = PydanticUndefined
):
    """One declared field: its Chinese label and aliases are accepted as keys; no default means required."""
    return Field(
        default,
        validation_alias=AliasChoices(label, *aliases),
        title=label,
        description=help or None,
        json_schema_extra={"label": label, "aliases": list(aliases), "example": example},
    )


# ----- metadata a form builder reads ----------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldSpec:
    """What a form needs to show one field: ``shape`` is text / lines / date / flag / records."""

    key: str
    label: str
    aliases: tuple[str, ...]
    required: bool
    shape: str
    example: object = None
    help: str = ""
    columns: tuple[FieldSpec, ...] = ()  # the fields of each record, for shape == "records"

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling accepted for this field: key, label, aliases."""
        return (self.key, self.label, *self.aliases)


def _record_model(annotation: object) -> type[BaseModel] | None:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) is tuple:
        inner = get_args(annotation)[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return inner
    return None


def _shape(annotation: object) -> str:
    if _record_model(annotation) is not None:
        return "records"
    base = annotation
    while get_origin(base) is Annotated:
        base = get_args(base)[0]
    if get_origin(base) is tuple:
        return "lines"
    if base is dt.date or dt.date in get_args(base):
        return "date"
    if base is bool:
        return "flag"
    return "text"


class FormModel(BaseModel):
    """Base of every form and record: frozen, fields by key or by any declared spelling."""

    model_config = ConfigDict(frozen=True, validate_by_name=True, validate_by_alias=True, extra="ignore")

    @classmethod
    def read(cls, data: Mapping[str, object]):
        """The form from JSON-like data (English keys or Chinese names); MissingField / InvalidField."""
        if not isinstance(data, Mapping):
            raise InvalidField("表单", "应为 JSON 对象（键值对）")
        cleaned = {clean_text(k).strip(): v for k, v in data.items()}
        try:
            return cls.model_validate(cleaned)
        except ValidationError as exc:
            raise _chinese(cls, exc) from None

    @classmethod
    def specs(cls) -> tuple[FieldSpec, ...]:
        """Each field's metadata, in declaration order."""
        out = []
        for key, info in cls.model_fields.items():
            extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
            record = _record_model(info.annotation) or _record_model(_annotated(info))
            out.append(
                FieldSpec(
                    key=key,
                    label=str(extra.get("label") or info.title or key),
                    aliases=tuple(extra.get("aliases") or ()),
                    required=info.is_required(),
                    shape=_shape(_annotated(info)),
                    example=extra.get("example"),
                    help=info.description or "",
                    columns=record.specs() if record is not None and issubclass(record, FormModel) else (),
                )
            )
        return tuple(out)

    @classmethod
    def example(cls) -> dict[str, object]:
        """A complete, realistic set of fields, from the examples declared on the fields."""
        return {s.key: s.example for s in cls.specs() if s.example is not None}

    @classmethod
    def label_of(cls, key: str) -> str:
        return next((s.label for s in cls.specs() if key in s.names), key)


def _annotated(info) -> object:
    # FieldInfo keeps validators in ``metadata`` and the bare type in ``annotation``; rebuild enough to tell shapes.
    return info.annotation if not info.metadata else Annotated[(info.annotation, *info.metadata)]


def _label_at(model: type[FormModel], loc: tuple) -> str:
    labels: list[str] = []
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        spec = (
            next((s for s in current.specs() if part in s.names), None)
            if issubclass(current, FormModel)
            else None
        )
        if spec is None:
            labels.append(str(part))
            current = None
            continue
        labels.append(spec.label)
        info = current.model_fields[spec.key]
        current = _record_model(_annotated(info))
    return "的".join(labels) or "表单"


def _chinese(model: type[FormModel], exc: ValidationError) -> InvalidField | MissingField:
    missing: list[str] = []
    invalid: list[tuple[str, str]] = []
    for error in exc.errors():
        label = _label_at(model, tuple(error["loc"]))
        if error["type"] in ("missing", "blank"):
            if label not in missing:
                missing.append(label)
        elif error["type"] in ("shape", "date", "phone", "value_error"):
            message = error["msg"].removeprefix("Value error, ")
            invalid.append((label, message))
        else:
            invalid.append((label, "格式不正确"))
    if missing:
        return MissingField(*missing)
    return InvalidField(*invalid[0])


def _as_flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = clean_text(value).strip().lower()
    if text in ("", "0", "否", "不", "false", "no", "n", "无"):
        return False
    if text in ("1", "是", "true", "yes", "y", "盖章", "加盖"):
        return True
    raise PydanticCustomError("shape", "应填“是”或“否”")


Flag = Annotated[bool, BeforeValidator(_as_flag)]


class OfficialForm(FormModel):
    """The parts every kind shares: who issues it, when, and the optional 发文字号, 抄送 and seal.

    Declared once here; ``specs()`` lists them after the kind's own fields.
    """

    issuer: Text = field("发文机关", "发函单位", "编制单位", "报告单位", example="湘西自治州商务局",
                         help="发文机关全称，如 湘西自治州商务局；正文中称“我局”")  # fmt: skip
    date: OptionalDay = field("成文日期", "发函日期", "编制日期", "报告日期", default=None, example="2026-11-23",
                              help="默认今天")  # fmt: skip
    doc_number: OptionalText = field("发文字号", "文号", default="", help="如 州商务函〔2026〕12号，可不填")
    copy_to: OptionalText = field("抄送机关", "抄送", default="", help="如 州人民政府办公室，可不填")
    sealed: Flag = field("加盖印章", "盖章", default=False, help="加盖印章时成文日期右空四字")

    def __init__(self, **data: Any):
        # A form built in code (a batch row) reports in Chinese too; records inside it are validated by
        # pydantic and reported together with the form's own fields.
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _chinese(type(self), exc) from None

    @classmethod
    def specs(cls) -> tuple[FieldSpec, ...]:
        own = super().specs()
        shared = set(OfficialForm.model_fields)
        return tuple(s for s in own if s.key not in shared) + tuple(s for s in own if s.key in shared)
