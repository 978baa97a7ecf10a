"""A bounded schemathesis run over the OpenAPI schema: no input makes the API answer 500.

Few examples per operation, so the run stays well under a minute on two cores. Writes are sent
with an editor's token so that fuzzed records reach the record writer. (schemathesis' pytest
plugin does not run under pytest 9 yet, so the operations are driven with hypothesis directly.)
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from interop_support import make_editor_token, make_hub
from schemathesis.checks import not_a_server_error

from lantern.wsgi import application

EXAMPLES = 15


@pytest.fixture
def keep_test_connection():
    """Calling the WSGI app directly would close the test's database connection after each
    request (PostgreSQL); Django's own test client disconnects the same handlers."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.django_db
def test_no_input_makes_a_server_error(django_user_model, settings, keep_test_connection):
    settings.LANTERN_API_RATE_LIMIT = 0
    make_hub()
    headers = {"Authorization": f"Bearer {make_editor_token(django_user_model)}"}
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    seen = []
    for result in schema.get_all_operations():
        operation = result.ok()
        seen.append(f"{operation.method.upper()} {operation.path}")

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
        )
        def run(case):
            response = case.call(headers=headers)
            case.validate_response(response, checks=[not_a_server_error])
            if response.status_code >= 400:
                assert set(response.json()) == {"error"}, response.content

        run()
    assert "GET /api/v1/search" in seen and "POST /api/v1/resources" in seen and len(seen) >= 10
