"""One JSON error shape for every API error (unknown path, bad method, validation, auth, 404, 429, 500)."""

from __future__ import annotations

import pytest

from lantern.api import views

pytestmark = pytest.mark.django_db


def assert_error_shape(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert error["status"] == status and isinstance(error["code"], str) and error["message"]
    assert isinstance(error["details"], list)
    return error


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/api/v1/nothing-here", 404),
        ("get", "/api/v2/search", 404),
        ("get", "/api/v1/resources/no-such-slug", 404),
        ("get", "/api/v1/organisations/no-such-org", 404),
        ("get", "/api/v1/collections/nope", 404),
        ("get", "/api/v1/resources?page=0", 422),
        ("get", "/api/v1/search?per_page=1000", 422),
        ("get", "/api/v1/resources/x/cite?format=chicago", 422),
        ("delete", "/api/v1/search", 405),
        ("post", "/api/v1/resources", 401),
        ("patch", "/api/v1/resources/x", 401),
    ],
)
def test_every_error_has_the_one_shape(client, method, path, status):
    assert_error_shape(getattr(client, method)(path), status)


def test_validation_errors_name_the_fields(client):
    error = assert_error_shape(client.get("/api/v1/search", {"page": "abc"}), 422)
    assert error["code"] == "invalid" and error["details"][0]["field"] == "page"


def test_bad_json_body_is_a_client_error(client, django_user_model):
    from interop_support import make_editor_token

    auth = {"HTTP_AUTHORIZATION": f"Bearer {make_editor_token(django_user_model)}"}
    assert_error_shape(client.post("/api/v1/resources", "{nope", content_type="application/json", **auth), 400)
    unknown = client.post("/api/v1/resources", {"title": "x", "colour": "red"}, content_type="application/json", **auth)
    assert_error_shape(unknown, 422)


def test_rate_limit_answers_429_with_retry_after(client, settings):
    settings.LANTERN_API_RATE_LIMIT = 3
    statuses = [client.get("/api/v1/topics").status_code for _ in range(5)]
    assert statuses[:3] == [200, 200, 200]
    limited = client.get("/api/v1/topics")
    assert_error_shape(limited, 429)
    assert int(limited["Retry-After"]) >= 0


def test_an_unexpected_exception_is_a_500_in_the_shape(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views.service, "search", broken)
    error = assert_error_shape(client.get("/api/v1/search"), 500)
    assert "boom" not in error["message"]
