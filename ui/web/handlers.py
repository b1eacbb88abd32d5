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
    """Wrap a callback: a mistake the person can fix becomes a Chinese warning toast, and what the page shows
    (the last answer, table or download) stays as it was; anything else a generic message, logged.

    A raised gr.Error would mark every output of the event with a red 错误 badge that covers the results, so
    the wrapper shows a toast and returns skip() (no output changes) instead. An expected mistake is one INFO
    line in the log, not a traceback.
    """

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except UserError as exc:
            log.info("UI %s: %s", fn.__name__, exc.message)
            gr.Warning(escape(exc.message), title="提示")
        except gr.Error as exc:
            log.info("UI %s: %s", fn.__name__, exc.message)
            gr.Warning(str(exc.message), title=exc.title if exc.title != "Error" else "提示")
        except Exception:
            log.exception("UI callback %s failed", fn.__name__)
            gr.Warning(_UNEXPECTED, title="出错了")
        return gr.skip()

    return wrapper


def progress_reporter(progress: gr.Progress) -> Callable[[float, str], None]:
    """Adapt the service's (fraction, message) callback to a Gradio progress bar."""
    return lambda fraction, message: progress(fraction, desc=message)
