"""The public "Suggest a resource" form: a thin face over ``curation.suggestions.submit``.

The form sets no cookie, so it is not protected by Django's CSRF cookie; instead a POST whose
Origin names another site is refused, and what a forged post could do is small anyway (a
rate-limited draft that a curator reviews).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from lantern.curation import suggestions


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


def _same_origin(request: HttpRequest) -> bool:
    origin = request.headers.get("Origin")
    return not origin or origin == "null" or urlsplit(origin).netloc == request.get_host()


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def suggest(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "public/suggest.html", {"form": SuggestForm(), "sent": request.GET.get("sent") == "1"})
    form = SuggestForm(request.POST, request.FILES)
    if not _same_origin(request):
        form.add_error(None, _("This form can only be sent from this site."))
    elif form.is_valid():
        data = form.cleaned_data
        try:
            suggestions.submit(
                url=data["url"],
                upload=data["file"],
                note=data["note"],
                contact=data["contact"],
                address=request.META.get("REMOTE_ADDR", ""),
                honeypot=request.POST.get("website", ""),
            )
        except suggestions.Spam:
            pass
        except suggestions.Refused as exc:
            form.add_error(None, str(exc))
            return render(request, "public/suggest.html", {"form": form}, status=400)
        return render(request, "public/suggest.html", {"form": SuggestForm(), "sent": True})
    return render(request, "public/suggest.html", {"form": form}, status=400)
