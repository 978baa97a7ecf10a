"""A bounded schemathesis run over the OpenAPI schema: no input makes the API answer 500, every
answer has a media type the schema documents, and every read the schema calls valid is accepted.

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
from schemathesis.checks import content_type_conformance, not_a_server_error, positive_data_acceptance

from lantern.wsgi import application

EXAMPLES = 15
# Reads whose every parameter the schema bounds (numbers, dates): any value valid by the schema is
# answered. Free-text parameters are left out: NUL, which the schema cannot forbid, is refused.
ACCEPT_ALL_VALID = {"GET /api/v1/resources", "GET /api/v1/organisations", "GET /api/v1/topics"}


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
    # Uncompressed answers: the error shape is read from the body (gzip is tested elsewhere).
    headers = {"Authorization": f"Bearer {make_editor_token(django_user_model)}", "Accept-Encoding": "identity"}
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
            checks = [not_a_server_error, content_type_conformance]
            if seen[-1] in ACCEPT_ALL_VALID:
                checks.append(positive_data_acceptance)
            case.validate_response(response, checks=checks)
            if response.status_code >= 400:
                assert set(response.json()) == {"error"}, response.content

        run()
    assert "GET /api/v1/search" in seen and "POST /api/v1/resources" in seen and len(seen) >= 10
