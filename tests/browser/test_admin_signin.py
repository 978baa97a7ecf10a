"""A curator signs in to the admin in a real browser: the site's referrer policy must let the
browser name this hub as the form's origin (under no-referrer it sends ``Origin: null`` and
Django's CSRF check refuses the sign-in)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LANTERN = str(Path(sys.executable).with_name("lantern"))


def test_a_curator_signs_in_and_out(visit, hub_env):
    subprocess.run(
        [LANTERN, "createsuperuser", "--noinput", "--username", "curator", "--email", "curator@example.org"],
        env={**hub_env, "DJANGO_SUPERUSER_PASSWORD": "a long and private passphrase"},
        check=True,
        capture_output=True,
    )
    visit.page.goto(visit.url("/admin/"))
    visit.page.fill("#id_username", "curator")
    visit.page.fill("#id_password", "a long and private passphrase")
    with visit.page.expect_navigation():
        visit.page.click("input[type=submit]")
    content = visit.page.content()
    assert "CSRF verification failed" not in content and "Forbidden" not in content
    assert "Site administration" in content or "Lantern" in visit.page.title()
    assert visit.page.locator("#logout-form, form[action$='/logout/']").count() == 1
    assert not visit.other_hosts()
