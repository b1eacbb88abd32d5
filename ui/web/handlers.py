"""How a Gradio callback reports trouble: a Chinese message in the page, never a traceback."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from html import escape

import gradio as gr

from ui.service import UserError

_UNEXPECTED = "处理时出现意外错误，已记入日志。请稍后重试，或联系管理员。"
log = logging.getLogger("policy_assistant.ui")


def shown(fn: Callable) -> Callable:
    """Wrap a callback: UserError becomes a gr.Error with its message; anything else a generic one, logged."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except UserError as exc:
            raise gr.Error(escape(exc.message), title="提示", print_exception=False) from None
        except gr.Error:
            raise
        except Exception:
            log.exception("UI callback %s failed", fn.__name__)
            raise gr.Error(_UNEXPECTED, title="出错了", print_exception=False) from None

    return wrapper


def progress_reporter(progress: gr.Progress) -> Callable[[float, str], None]:
    """Adapt the service's (fraction, message) callback to a Gradio progress bar."""
    return lambda fraction, message: progress(fraction, desc=message)
