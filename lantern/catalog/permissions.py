"""Who may do what with the catalogue: the one place roles are decided.

Roles are Django groups (created by a curation migration): **Contributors** draft resources
and submit them for review; **Editors** also publish, withdraw and edit published ones, and keep
the names every resource shows (organisations, people, topics, collections, series, the search
thesaurus); **Admins** (and superusers) also delete resources and manage people. The admin, the
API and the CLI all ask these functions; nothing else decides.
"""

from __future__ import annotations

from lantern.catalog.models import Resource

ADMIN, EDITOR, CONTRIBUTOR = "admin", "editor", "contributor"
GROUPS = {ADMIN: "Admins", EDITOR: "Editors", CONTRIBUTOR: "Contributors"}
_RANK = {None: 0, CONTRIBUTOR: 1, EDITOR: 2, ADMIN: 3}


def role(user) -> str | None:
    """The strongest role of a user, or None for visitors and users without a role."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if user.is_superuser:
        return ADMIN
    names = set(user.groups.values_list("name", flat=True)) if user.pk else set()
    for name in (ADMIN, EDITOR, CONTRIBUTOR):
        if GROUPS[name] in names:
            return name
    return None


def at_least(user, wanted: str) -> bool:
    return _RANK[role(user)] >= _RANK[wanted]


def can_publish(user) -> bool:
    return at_least(user, EDITOR)


def allowed_statuses(user) -> list[str]:
    """Statuses this user may give a resource."""
    if can_publish(user):
        return list(Resource.Status.values)
    if at_least(user, CONTRIBUTOR):
        return [Resource.Status.DRAFT, Resource.Status.REVIEW]
    return []


def can_edit(user, resource: Resource | None = None) -> bool:
    """Contributors edit what is not public yet; editors and admins edit everything."""
    if can_publish(user):
        return True
    if not at_least(user, CONTRIBUTOR):
        return False
    return resource is None or resource.status in (Resource.Status.DRAFT, Resource.Status.REVIEW)


def can_delete(user, resource: Resource | None = None) -> bool:
    return at_least(user, ADMIN)


def can_manage_names(user) -> bool:
    """Organisations, people, topics, collections, series and thesaurus entries are shared by
    every resource that uses them, published ones included: renaming the Home Office renames it
    on every page. So only editors and admins add, change or delete them; contributors pick
    existing ones for their drafts."""
    return at_least(user, EDITOR)


def check_status_change(user, resource: Resource, new_status: str) -> str | None:
    """None if the user may give ``resource`` this status, else the reason they may not."""
    if new_status not in allowed_statuses(user):
        return "Only editors can publish or withdraw resources; submit it for review instead."
    if not can_edit(user, resource):
        return "Only editors can change a resource that is already published or withdrawn."
    return None
