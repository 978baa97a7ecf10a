"""The public site in a real browser: journeys, quick exit, keyboard, privacy and axe-core."""

from __future__ import annotations

import re

import pytest
from public_support import EXIT_HOST, error_page_html, exit_site

# Every page type, as a visitor reaches it.
PAGES = {
    "home": "/",
    "search": "/search/?q=forced+labour",
    "search-grid-filtered": "/search/?q=labour&type=report&view=grid&sort=newest",
    "search-empty": "/search/?q=zzqxjv",
    "resource": "/resources/nrm-first-responder-form-offline-prompt-sheet-2026/",
    "resource-superseded": "/resources/tip-report-2023/",
    "resource-translation": "/resources/global-estimates-modern-slavery-2022-fr/",
    "organisation": "/organisations/home-office/",
    "collection": "/collections/covid-19/",
    "topic": "/topics/labour-exploitation/",
    "country": "/countries/GB/",
    "organisations": "/organisations/",
    "organisations-filtered": "/organisations/?kind=intergovernmental&sort=resources",
    "topics": "/topics/",
    "collections": "/collections/",
    "countries": "/countries/",
    "countries-fr": "/fr/countries/",
    "about": "/about/",
    "suggest": "/suggest/",
    "report": "/resources/nrm-first-responder-form-offline-prompt-sheet-2026/report/",
    "not-found": "/no-such-page/",
    "home-fr": "/fr/",
    "search-es": "/es/search/?q=trabajo",
}
# WCAG A and AA, and axe's best practices (content inside landmarks, one main, heading order…).
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def open_error_page(visit):
    """The 500 page, served at the hub's address so its stylesheet and script load as usual."""
    html = error_page_html()
    visit.page.route("**/__error__/", lambda route: route.fulfill(status=500, content_type="text/html", body=html))
    visit.page.goto(visit.url("/__error__/"))


def goto(visit, name: str):
    if name == "server-error":
        open_error_page(visit)
    else:
        visit.page.goto(visit.url(PAGES[name]))


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("name", [*PAGES, "server-error"])
def test_every_page_type_has_no_axe_violation(visit, name):
    goto(visit, name)
    assert axe_violations(visit.page) == []


@pytest.mark.parametrize("name", [*PAGES, "server-error"])
def test_pages_at_phone_width_have_no_axe_violation_and_no_sideways_scroll(phone, name):
    goto(phone, name)
    assert axe_violations(phone.page) == []
    assert phone.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_no_cookie_and_no_request_to_another_host_on_any_page(visit):
    for name in [*PAGES, "server-error"]:
        goto(visit, name)
        visit.page.wait_for_load_state("load")
    assert visit.other_hosts() == []
    assert visit.context.cookies() == []


def test_search_filter_open_a_resource_and_download(visit):
    page = visit.page
    page.goto(visit.url("/"))
    page.get_by_role("searchbox", name="Search resources").fill("referral form")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=referral"))
    assert page.locator(".card").count() > 0
    page.locator(".facet--type a").first.click()
    page.wait_for_url(re.compile(r"type="))
    page.locator(".chip").first.wait_for()
    page.locator(".facet--publisher a", has_text="Home Office").click()
    page.wait_for_url(re.compile(r"publisher=home-office"))
    page.locator(".card-title a").first.click()
    page.wait_for_url(re.compile(r"/resources/"))
    assert page.locator("h1").count() == 1
    assert page.get_by_role("link", name=re.compile("Back to results")).count() == 1
    # A stored file comes from this site, under its own name.
    page.goto(visit.url(PAGES["resource"]))
    button = page.locator(".files a.button").first
    response = page.request.get(visit.url(button.get_attribute("href")))
    assert response.ok and response.body()[:5] == b"%PDF-"
    assert response.headers["content-type"] == "application/pdf"
    # Cite this: a BibTeX file for reference managers.
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("^BibTeX")).click()
    assert download.value.suggested_filename.endswith(".bib")


def test_quick_exit_leaves_and_replaces_the_history_entry(visit):
    exit_site(visit.context)
    page = visit.page
    page.goto(visit.url("/"))
    page.goto(visit.url(PAGES["resource"]))
    page.get_by_role("link", name=re.compile("Quick exit")).click()
    page.wait_for_url(f"https://{EXIT_HOST}/**")
    page.go_back()
    assert page.url == visit.url("/"), "the page that was left must not be one step back"


def test_escape_twice_leaves_too(visit):
    exit_site(visit.context)
    page = visit.page
    page.goto(visit.url("/about/"))
    page.goto(visit.url(PAGES["search"]))
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(f"https://{EXIT_HOST}/**")
    page.go_back()
    assert page.url == visit.url("/about/")


def test_quick_exit_is_a_working_link_without_javascript(browser, hub):
    context = browser.new_context(java_script_enabled=False)
    exit_site(context)
    page = context.new_page()
    page.goto(hub + "/")
    page.get_by_role("link", name=re.compile("Quick exit")).click()
    page.wait_for_url(f"https://{EXIT_HOST}/**")
    context.close()


def focused(page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement; const s = getComputedStyle(e);
        return {tag: e.tagName, text: (e.textContent || '').trim(), id: e.id, cls: e.className,
                href: e.getAttribute('href') || '', outline: s.outlineStyle, shadow: s.boxShadow}; }"""
    )


def tab_to(page, test, limit: int = 150) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        if test(element):
            assert element["outline"] != "none" or element["shadow"] != "none", f"no visible focus on {element}"
            return element
    raise AssertionError("never reached by Tab")


def test_keyboard_only_journey(visit):
    page = visit.page
    page.goto(visit.url("/"))
    # Skip link first, the quick exit and the safety notice right after.
    page.keyboard.press("Tab")
    assert "skip-link" in focused(page)["cls"]
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "quick-exit"
    page.keyboard.press("Tab")
    assert "#safety" in focused(page)["href"]
    tab_to(page, lambda e: e["id"] == "q")
    page.keyboard.type("trafficking")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=trafficking"))
    tab_to(page, lambda e: "type=" in e["href"] and "/search/" in e["href"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"type="))
    tab_to(page, lambda e: "sort=title" in e["href"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"sort=title"))
    if page.locator(".pagination a[rel=next]").count():
        tab_to(page, lambda e: "page=2" in e["href"] and e["text"].startswith("Next"))
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"page=2"))
    tab_to(page, lambda e: "/resources/" in e["href"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/resources/"))


def test_language_switch_keeps_the_page_and_sets_no_cookie(visit):
    page = visit.page
    page.goto(visit.url(PAGES["search"]))
    page.locator(".languages a[hreflang=fr]").click()
    page.wait_for_url(re.compile(r"/fr/search/\?q=forced\+labour"))
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("link", name=re.compile("Sortie rapide")).count() == 1
    assert visit.context.cookies() == []


def test_year_histogram_and_map_are_drawn(visit):
    page = visit.page
    page.goto(visit.url("/search/"))
    assert page.locator(".histogram rect").count() > 3
    assert page.locator(".map path").count() > 3
    box = page.locator(".map svg").bounding_box()
    assert box and box["width"] > 300


def test_axe_does_report_a_violation_when_there_is_one(visit):
    """Guards the zero above: a page with a nameless image and link must fail."""
    visit.page.goto(visit.url("/about/"))
    visit.page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\"><a href=\"/\"></a>')"
    )
    assert {v.split(":")[0] for v in axe_violations(visit.page)} >= {"image-alt", "link-name"}
