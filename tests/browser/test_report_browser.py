"""Reporting a problem in a real browser without JavaScript: from the resource page's link to the
form, a mistake explained beside its field, then the report sent (the browser tells the hub its
origin) and seen by the hub; no cookie at any step."""

from __future__ import annotations

import subprocess

from conftest import LANTERN, REPO

RESOURCE = "/resources/nrm-first-responder-form-offline-prompt-sheet-2026/"


def test_a_visitor_without_javascript_reports_a_problem(browser, hub, hub_env):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        posts = []
        page.on("request", lambda request: posts.append(request) if request.method == "POST" else None)
        page.goto(hub + RESOURCE)
        with page.expect_navigation():
            page.get_by_role("link", name="Report a problem with this resource").click()
        assert page.url == hub + RESOURCE + "report/"
        # "Something else" needs a note: the error is announced with the field.
        page.get_by_label("Something else").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Send report").click()
        note = page.get_by_label("Tell us more")
        assert "Please say what the problem is." in note.evaluate(
            "field => field.getAttribute('aria-describedby').split(' ')"
            ".map(id => document.getElementById(id).textContent).join(' ')"
        )
        page.get_by_label("Wrong or outdated information").check()
        note.fill("The referral address changed in 2026 (browser test).")
        with page.expect_navigation():
            page.get_by_role("button", name="Send report").click()
        assert "A curator will read your report" in page.content()
        assert [p.all_headers().get("origin") for p in posts] == [hub, hub]
        assert context.cookies() == []
    finally:
        context.close()
    kept = subprocess.run(
        [
            LANTERN,
            "shell",
            "--no-imports",
            "-c",
            "from lantern.curation.models import VisitorSuggestion as V; "
            "print(*V.objects.filter(kind='problem').values_list('problem', 'resource__slug', 'note').get(), sep='|')",
        ],
        env=hub_env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert kept.stdout.strip() == (
        "wrong|nrm-first-responder-form-offline-prompt-sheet-2026|The referral address changed in 2026 (browser test)."
    )
