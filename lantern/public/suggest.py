"""The public "Suggest a resource" form: a thin face over ``curation.suggestions.submit``.

The form sets no cookie, so Django's CSRF cookie cannot protect it. Two checks do instead:

- the browser's ``Origin`` must be this hub. A post without one, or with ``null`` (what a
  sandboxed frame on any site sends), is refused, since another site can make a visitor's
  browser send either. (The site's ``Referrer-Policy: same-origin`` is what lets a browser
  name this hub as the origin: under ``no-referrer`` it sends ``null`` even to its own site);
- the post must carry a token from a form this hub served recently: signed with the secret key
  (so it cannot be made elsewhere) and dated (so a harvested one expires after
  ``LANTERN_SUGGEST_FORM_HOURS``). An expired form is shown again with what the visitor wrote.

What a post that gets through can do is small anyway: a rate-limited draft that a curator reviews.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from lantern.curation import suggestions
from lantern.lib.proxies import client_address


class SuggestForm(forms.Form):
    url = forms.URLField(label=_("Web address of the resource"), required=False, max_length=1000, assume_scheme="https")
    file = forms.FileField(label=_("Or its file (PDF or Word)"), required=False)
    note = forms.CharField(
        label=_("Why it is useful"), widget=forms.Textarea(attrs={"rows": 4}), max_length=suggestions.MAX_NOTE
    )
    contact = forms.EmailField(label=_("Your email"), required=False, help_text=_("Only if you would like an answer."))
    # A field people never see (hidden from screens and screen readers): bots fill it in.
    website = forms.CharField(required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))

    def visible_fields(self):
        return [f for f in super().visible_fields() if f.name != "website"]

    def hidden_fields(self):
        return [self["website"]]


TOKEN_FIELD = "form_token"  # noqa: S105 - a field's name, not a secret
# The salt names the form's purpose: a value this hub signs for anything else is no token here.
TOKEN_SALT = "lantern.public.suggest:form"  # noqa: S105 - not a secret; the secret key signs
NOT_FROM_HERE = _("This form can only be sent from its own page on this site. Please send it from there.")


def form_token(issued_at: float | None = None, salt: str = TOKEN_SALT) -> str:
    """The token of a form served at ``issued_at`` (seconds since the epoch; now by default); the
    salt names the form (the suggestion form's by default)."""
    return signing.Signer(salt=salt).sign_object({"at": int(time.time() if issued_at is None else issued_at)})


def token_age(token: str, salt: str = TOKEN_SALT) -> float:
    """Seconds since the form carrying ``token`` was served; ``signing.BadSignature`` if this hub did not sign it."""
    data = signing.Signer(salt=salt).unsign_object(token)
    if not isinstance(data, dict) or not isinstance(data.get("at"), int):
        raise signing.BadSignature("not a form token")
    return time.time() - data["at"]


def from_this_hub(request: HttpRequest) -> bool:
    """Whether the browser says the post comes from a page of this hub (see the module's docstring)."""
    origin = request.headers.get("Origin", "")
    if not origin or origin == "null":
        return False
    if origin in settings.CSRF_TRUSTED_ORIGINS:
        return True
    # The host only: behind a proxy that ends TLS, the scheme Django sees may differ from the browser's.
    return urlsplit(origin).netloc == request.get_host()


def _page(request: HttpRequest, form: SuggestForm, status: int = 200, sent: bool = False) -> HttpResponse:
    context = {"form": form, "sent": sent, "form_token": form_token()}
    return render(request, "public/suggest.html", context, status=status)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def suggest(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _page(request, SuggestForm(), sent=request.GET.get("sent") == "1")
    form = SuggestForm(request.POST, request.FILES)
    if not from_this_hub(request):
        form.add_error(None, NOT_FROM_HERE)
        return _page(request, form, status=403)
    try:
        expired = token_age(request.POST.get(TOKEN_FIELD, "")) > settings.LANTERN_SUGGEST_FORM_HOURS * 3600
    except signing.BadSignature:
        form.add_error(None, NOT_FROM_HERE)
        return _page(request, form, status=403)
    if expired:
        form.add_error(
            None,
            _(
                "This page was open for a long time, so nothing was sent yet. Please check what you wrote and "
                "send it again (a file has to be attached again)."
            ),
        )
        return _page(request, form, status=400)
    if not form.is_valid():
        return _page(request, form, status=400)
    data = form.cleaned_data
    try:
        suggestions.submit(
            url=data["url"],
            upload=data["file"],
            note=data["note"],
            contact=data["contact"],
            address=client_address(request),
            honeypot=request.POST.get("website", ""),
        )
    except suggestions.Spam:
        pass
    except suggestions.Refused as exc:
        form.add_error(None, str(exc))
        return _page(request, form, status=400)
    return _page(request, SuggestForm(), sent=True)
