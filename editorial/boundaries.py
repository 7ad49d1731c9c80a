"""What a provider editor may reach in the admin beyond what the menu shows them.

Wagtail hides reports from the menu by hook, but the report views themselves
only ask for admin access, and the explorer shows any page's title to anyone
who may see the explorer. The rules here close those paths: the hooks filter
listings, the middleware refuses the views themselves.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.models import Page

from .dashboard import own_paths_q, provider_pages_for
from .roles import TRANSLATORS, curated_arenas, has_role, is_editorial

# Views that list content across organisations: every report.
# The failed mails name the addresses and subjects of every organisation's reviews.
CROSS_ORGANISATION_NAMESPACES = ("wagtailadmin_reports", "nicht-versandte-emails")
CROSS_ORGANISATION_VIEWS = (
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
    "translations:report",
    "translations:report_results",
)
# URL keyword arguments that name a page in the admin's views.
PAGE_ARGUMENTS = ("page_id", "parent_page_id")


def is_provider_only(user):
    """A provider editor with no wider editorial role (curators and translators have their own rules)."""
    if not (user.is_authenticated and user.is_active) or is_editorial(user):
        return False
    if curated_arenas(user) or has_role(user, TRANSLATORS):
        return False
    return provider_pages_for(user).exists()


def hidden_pages_q(user):
    """Pages a provider must not see: other organisations' drafts and unpublished changes.

    The top of the tree (root, home pages, sections) is never secret.
    """
    return (Q(live=False) | Q(has_unpublished_changes=True)) & ~own_paths_q(user) & Q(depth__gt=3)


def hide_foreign_drafts(pages, user):
    if not is_provider_only(user):
        return pages
    # By primary key, so that the admin's search (which filters on indexed fields only) can apply it too.
    hidden = Page.objects.filter(hidden_pages_q(user)).values_list("pk", flat=True)
    return pages.exclude(pk__in=list(hidden))


class ProviderBoundaryMiddleware:
    """Refuse providers the admin views the menu hides from them (403).

    Reports list pages of every organisation; admin views addressed by a page id
    show that page's draft title. Ids are sequential, so hiding links is not enough.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated:
            return None
        crosses = match.namespace in CROSS_ORGANISATION_NAMESPACES or match.view_name in CROSS_ORGANISATION_VIEWS
        page_ids = [view_kwargs[name] for name in PAGE_ARGUMENTS if name in view_kwargs]
        if match.namespace == "wagtailadmin_pages" and "pk" in view_kwargs:
            page_ids.append(view_kwargs["pk"])  # Wagtail's revision views name the page "pk"
        if not crosses and not page_ids:
            return None
        if not is_provider_only(user):
            return None
        if crosses:
            raise PermissionDenied
        if Page.objects.filter(hidden_pages_q(user), pk__in=page_ids).exists():
            raise PermissionDenied
        return None
