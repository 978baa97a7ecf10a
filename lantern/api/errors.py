"""The API's one error shape, and a simple rate limit.

Every error under ``/api/`` — validation, authentication, permissions, unknown paths, wrong
methods, rate limits, server errors — is JSON of one shape::

    {"error": {"status": 404, "code": "not_found", "message": "…", "details": [...]}}

``details`` is a list (field problems for 400/422, empty otherwise). ``tests/test_api_errors.py``
enforces it.
"""

from __future__ import annotations

import functools
import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from lantern.api import limits
from lantern.lib.proxies import client_address

logger = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
    500: "server_error",
}
MESSAGES = {
    401: "A valid API token is required: send 'Authorization: Bearer <token>'.",
    403: "This token may not do that.",
    404: "Nothing here.",
    405: "This method is not allowed here.",
    429: "Too many requests; slow down.",
    500: "Something went wrong on our side.",
}


def error_response(status: int, message: str = "", details: list | None = None, code: str = "") -> JsonResponse:
    body = {
        "error": {
            "status": status,
            "code": code or CODES.get(status, "error"),
            "message": message or MESSAGES.get(status, "The request failed."),
            "details": details or [],
        }
    }
    return JsonResponse(body, status=status)


def _is_error_shape(response: HttpResponse) -> bool:
    if not response.get("Content-Type", "").startswith("application/json") or getattr(response, "streaming", False):
        return False
    try:
        body = json.loads(response.content)
    except ValueError:
        return False
    return isinstance(body, dict) and set(body) == {"error"}


def json_errors(view):
    """Wrap a view: rate-limit it, and turn any error response or exception into the one shape."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if (limited := rate_limited(request)) is not None:
            return limited
        if _has_nul(request):
            return error_response(400, "NUL characters are not allowed in a request.")
        try:
            response = view(request, *args, **kwargs)
        except Exception:
            logger.exception("API error on %s", request.path)
            return error_response(500)
        if response.status_code >= 400 and not _is_error_shape(response):
            allow = response.get("Allow")
            message = ""
            if response.get("Content-Type", "").startswith("application/json"):
                try:
                    message = str(json.loads(response.content).get("detail") or "")
                except (ValueError, AttributeError):
                    message = ""
            response = error_response(response.status_code, message)
            if allow:
                response["Allow"] = allow
        return response

    return wrapped


def _has_nul(request: HttpRequest) -> bool:
    """NUL can be in no text Lantern stores or searches (PostgreSQL refuses it): refuse it at the edge."""
    if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", ""):
        return True
    if any("\x00" in value for values in request.GET.lists() for value in values[1]):
        return True
    if request.method in {"POST", "PUT", "PATCH"}:
        body = request.body
        return b"\x00" in body or b"\\u0000" in body
    return False


def client_key(request: HttpRequest) -> str:
    """Who a request counts against: its token if it sends one, else its address as the trusted
    proxies give it (``lantern.lib.proxies``). Only a keyed hash of it is kept (``limits.bucket``)."""
    auth = request.headers.get("Authorization", "")
    return auth if auth.lower().startswith("bearer ") else client_address(request)


def rate_limited(request: HttpRequest) -> JsonResponse | None:
    """A fixed one-minute window per client, shared by every web process on the database
    (``lantern.api.limits``); None when the request may go on."""
    limit = settings.LANTERN_API_RATE_LIMIT
    if not limit:
        return None
    verdict = limits.hit("api", client_key(request), limit, 60)
    if verdict.allowed:
        return None
    response = error_response(429, f"At most {limit} requests a minute; try again shortly.")
    response["Retry-After"] = str(verdict.retry_after)
    return response
