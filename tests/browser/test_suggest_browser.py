"""The suggest form in a real browser: sent from its page it is accepted (the browser tells the hub
its origin, which it would not under a no-referrer policy), and no cookie is set."""

from __future__ import annotations

GUIDE = "Spotting the signs of forced labour in hotels. A guide for hotel staff, published by Unseen in 2021.\n" * 20


def test_a_visitor_sends_a_suggestion_from_its_page(visit, tmp_path):
    posts = []
    visit.page.on("request", lambda request: posts.append(request) if request.method == "POST" else None)
    guide = tmp_path / "hotel-guide.txt"
    guide.write_text(GUIDE)
    visit.page.goto(visit.url("/suggest/"))
    visit.page.fill("#id_note", "Useful for hotel staff")
    visit.page.set_input_files("#id_file", str(guide))
    with visit.page.expect_navigation():
        visit.page.click("form.suggest-form button[type=submit]")
    assert "A curator will look at your suggestion" in visit.page.content()
    assert [p.all_headers().get("origin") for p in posts] == [visit.base]
    assert visit.context.cookies() == []
