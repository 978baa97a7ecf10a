"""The public "Report a problem" form of a resource: a thin face over ``curation.reports.report``.

It lives on a page of its own (``/resources/<slug>/report/``), so the resource page stays light
and cacheable, and is guarded as the suggestion form is (``public/suggest.py``): no cookie, the
browser's ``Origin`` must be this hub, and the post must carry a signed, dated token from a form
this hub served (its own salt: a suggestion form's token is no token here). What a post that gets
through can do is small: a rate-limited note that a curator reads.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from lantern.catalog.models import Resource
from lantern.curation import reports, suggestions
from lantern.lib.proxies import client_address
from lantern.public.suggest import NOT_FROM_HERE, form_token, from_this_hub, token_age

TOKEN_SALT = "lantern.public.report:form"  # noqa: S105 - not a secret; the secret key signs

# The words visitors choose from; the stored values are the curators' (``VisitorSuggestion.Problem``).
PROBLEMS = [
    (reports.PROBLEMS.BROKEN, _("A link or file does not work")),
    (reports.PROBLEMS.WRONG, _("Wrong or outdated information")),
    (reports.PROBLEMS.DUPLICATE, _("It duplicates another resource")),
    (reports.PROBLEMS.HARMFUL, _("Harmful or unsafe content")),
    (reports.PROBLEMS.OTHER, _("Something else")),
]


class ReportForm(forms.Form):
    problem = forms.ChoiceField(
        label=_("What is wrong?"),
        choices=PROBLEMS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what is wrong.")},
    )
    note = forms.CharField(
        label=_("Tell us more"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=reports.MAX_NOTE,
        help_text=_("Which link, what is out of date, which resource it duplicates… Needed for “Something else”."),
    )
    contact = forms.EmailField(
        label=_("Your email"),
        required=False,
        max_length=reports.MAX_CONTACT,
        help_text=_("Only if you would like an answer."),
    )
    # A field people never see (hidden from screens and screen readers): bots fill it in.
    website = forms.CharField(required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))

    def visible_fields(self):
        return [self[name] for name in ("note", "contact")]

    def hidden_fields(self):
        return [self["website"]]

    def clean(self):
        data = super().clean()
        if data.get("problem") == reports.PROBLEMS.OTHER and not data.get("note", "").strip():
            self.add_error("note", _("Please say what the problem is."))
        return data

    def describe_errors(self) -> None:
        """Each field with an error names it (and its hint) for screen readers: the template gives
        the error the id ``<field id>_error``, the hint ``<field id>_helptext``."""
        for name in self.errors:
            if name not in self.fields or name == "problem":  # the choices' fieldset names its own error
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_helptext"] if bound.help_text else []
            self.fields[name].widget.attrs["aria-describedby"] = " ".join([*ids, f"{bound.auto_id}_error"])


def _resource(slug: str) -> Resource:
    item = Resource.objects.published().filter(slug=slug).order_by().first()
    if item is None:
        raise Http404("No such resource.")
    return item


def _page(request: HttpRequest, item: Resource, form: ReportForm, status: int = 200, sent: bool = False):
    form.describe_errors()
    context = {"resource": item, "form": form, "sent": sent, "form_token": form_token(salt=TOKEN_SALT)}
    return render(request, "public/report.html", context, status=status)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def report(request: HttpRequest, slug: str) -> HttpResponse:
    item = _resource(slug)
    if request.method != "POST":
        return _page(request, item, ReportForm())
    form = ReportForm(request.POST)
    if not from_this_hub(request):
        form.add_error(None, NOT_FROM_HERE)
        return _page(request, item, form, status=403)
    try:
        age = token_age(request.POST.get("form_token", ""), salt=TOKEN_SALT)
    except signing.BadSignature:
        form.add_error(None, NOT_FROM_HERE)
        return _page(request, item, form, status=403)
    if age > settings.LANTERN_SUGGEST_FORM_HOURS * 3600:
        form.add_error(
            None,
            _(
                "This page was open for a long time, so nothing was sent yet. Please check what you wrote and send it again."
            ),
        )
        return _page(request, item, form, status=400)
    if not form.is_valid():
        return _page(request, item, form, status=400)
    data = form.cleaned_data
    try:
        reports.report(
            item,
            problem=data["problem"],
            note=data["note"],
            contact=data["contact"],
            address=client_address(request),
            honeypot=request.POST.get("website", ""),
        )
    except suggestions.Spam:
        pass
    except suggestions.TooMany:
        form.add_error(None, _("Thank you — you have sent several reports in the last hour. Please try again later."))
        return _page(request, item, form, status=429)
    except suggestions.Paused:
        form.add_error(None, _("Reports are paused for a while. Please try again later."))
        return _page(request, item, form, status=429)
    except suggestions.Refused as exc:  # what the form's checks already refuse: for other callers
        form.add_error(None, str(exc))
        return _page(request, item, form, status=400)
    return _page(request, item, ReportForm(), sent=True)
