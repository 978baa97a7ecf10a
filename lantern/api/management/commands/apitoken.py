from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from lantern.api.models import ApiToken


class Command(BaseCommand):
    help = "Make an API token for a user (printed once; only its hash is kept)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="API", help="what the token is for")

    def handle(self, *args, username: str, name: str, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"no user {username!r}")
        if not (user.has_perm("catalog.add_resource") or user.has_perm("catalog.change_resource")):
            self.stderr.write(f"warning: {username} may not add or change resources; the token can only read")
        _, token = ApiToken.issue(user, name)
        self.stdout.write(token)
