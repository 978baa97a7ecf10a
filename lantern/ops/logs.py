"""What the server writes to standard error: one JSON object a line, for requests and for errors.

**The access log** (``AccessLogMiddleware``, logger ``lantern.access``) has one line per request::

    {"time": "2026-12-05T08:00:00.123Z", "level": "INFO", "logger": "lantern.access",
     "message": "GET /search/ 200", "method": "GET", "path": "/search/", "query": ["q", "type"],
     "status": 200, "ms": 12.4, "bytes": 5321}

It names the query string's *parameters*, never their values: what a visitor searched for
("escape from a forced marriage") can say who they are and what happened to them, and a log is
copied, kept and read far more widely than the database. For the same reason the visitor's
address is left out unless the operator asks for it (``LANTERN_ACCESS_LOG_ADDRESSES``, then
``"client"``); ``LANTERN_ACCESS_LOG=false`` turns the log off. ``ms`` is the time until the
response was ready (a streamed file's transfer is not in it); ``bytes`` the body as sent (after
compression), ``null`` for a stream of unknown length.

**Errors** from any logger (Django's ``django.request``, waitress, Lantern's own) are lines of
the same shape with ``"level": "ERROR"`` and the traceback in ``"error"``; with ``LANTERN_ADMINS``
set, each is also mailed to the admins (``MailAdminsHandler``): the same line (and its traceback
again, readable), nothing of the request (Django's own handler would mail its query string,
headers and address).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpRequest, HttpResponse

access_log = logging.getLogger("lantern.access")

# A request's fields in an access line, and the bounds that keep a hostile request's line short.
ACCESS_FIELDS = ("method", "path", "query", "status", "ms", "bytes", "client")
MAX_PATH = 500
MAX_NAMES = 20
MAX_NAME = 40


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, message, an access line's fields, and a
    traceback as ``error``. A newline in any value is escaped, so a line is always one record."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in ACCESS_FIELDS:
            if hasattr(record, name):
                line[name] = getattr(record, name)
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        elif record.stack_info:
            line["error"] = self.formatStack(record.stack_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class MailAdminsHandler(logging.Handler):
    """Mails each error to ``ADMINS`` (``LANTERN_ADMINS``) as its one JSON line, and nothing more."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)

    def emit(self, record: logging.LogRecord) -> None:
        if not settings.ADMINS:
            return
        from django.core.mail import mail_admins

        try:
            subject = f"{record.levelname}: {record.getMessage()}".splitlines()[0][:200]
            line = self.format(record)  # formats the traceback into record.exc_text too
            body = f"{line}\n\n{record.exc_text}\n" if record.exc_text else f"{line}\n"
            mail_admins(subject, body, fail_silently=True)
        except Exception:
            self.handleError(record)


def query_names(query_string: str) -> list[str]:
    """The parameters' names of a query string, in order, once each; never their values."""
    names: list[str] = []
    for part in query_string.split("&"):
        name = part.split("=", 1)[0][:MAX_NAME]
        if name and name not in names:
            names.append(name)
            if len(names) == MAX_NAMES:
                break
    return names


def _size(response: HttpResponse) -> int | None:
    if getattr(response, "streaming", False):
        length = response.get("Content-Length")
        return int(length) if length and length.isdigit() else None
    return len(response.content)


class AccessLogMiddleware:
    """Writes one access line per request (see the module's docstring); first in ``MIDDLEWARE``,
    so that every answer is logged, the health check's and the page cache's included."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        if not settings.LANTERN_ACCESS_LOG:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        fields = {
            "method": request.method,
            "path": request.path[:MAX_PATH],
            "query": query_names(request.META.get("QUERY_STRING", "")),
            "status": response.status_code,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            "bytes": _size(response),
        }
        if settings.LANTERN_ACCESS_LOG_ADDRESSES:
            from lantern.lib.proxies import client_address

            fields["client"] = client_address(request)
        access_log.info("%s %s %s", fields["method"], fields["path"], fields["status"], extra=fields)
        return response
