"""The read API (Wagtail API v2): pages, offers, providers, arenas and news.

Every endpoint starts from ``visible()`` (core.visibility): live pages outside
any view restriction, whatever the request carries (Wagtail's own base
queryset lets a request that passed a password form see the restricted page;
the API never does). Detail views, ``find``, ``child_of`` / ``descendant_of``
and the ``parent`` field all read this same base queryset, and serialise the
live page from the page table, never a revision, so a draft cannot leak.
"""

from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils import translation
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.v2.filters import LocaleFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Locale

from arenas.models import ArenaPage
from core.visibility import visible
from news.models import NewsPage
from offers.models import OfferPage, ProviderPage
from opendata import records
from opendata.selection import FINDER_PARAMETERS, invalid_parameters, offers_for

MAX_OFFSET = 100_000
MAX_ID = 2**63 - 1  # the largest primary key the databases hold; larger ids are simply not found


class CampusPagination(WagtailPagination):
    """Wagtail's limit/offset paging with a bounded offset (``limit`` is bounded by WAGTAILAPI_LIMIT_MAX)."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class RecordField(serializers.Field):
    """A read-only field whose value is one part of the page's record (``opendata.records``)."""

    def __init__(self, build, **kwargs):
        self.build = build
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        """Built in the page's language, so labels (arenas, formats, levels) match the page."""
        context = self.context  # one dict for the whole response
        if "locale_languages" not in context:
            context["locale_languages"] = dict(Locale.objects.values_list("pk", "language_code"))
        with translation.override(context["locale_languages"].get(page.locale_id)):
            return self.build(page, self.context.get("request"))


class VisiblePagesAPIViewSet(PagesAPIViewSet):
    pagination_class = CampusPagination

    def get_base_queryset(self):
        return visible(super().get_base_queryset()).select_related("locale")

    def get_object(self):
        if int(self.kwargs["pk"]) > MAX_ID:
            raise Http404("not found")
        return super().get_object()

    def check_query_parameters(self, queryset):
        locale = self.request.GET.get("locale")
        if locale is not None and not Locale.objects.filter(language_code=locale).exists():
            raise BadRequestError("locale must be one of: de, en")
        super().check_query_parameters(queryset)


class TypedPagesAPIViewSet(VisiblePagesAPIViewSet):
    """An endpoint for one page type; ``type`` is fixed by the endpoint."""

    known_query_parameters = VisiblePagesAPIViewSet.known_query_parameters - {"type"}

    def get_queryset(self):
        return self.model.objects.filter(pk__in=self.get_base_queryset().values("pk")).select_related("locale")

    def get_object(self):
        page = super().get_object()
        if not isinstance(page, self.model):
            raise Http404("not found")
        return page


def offer_part(name):
    """One part of the offer's record; the record is built once per offer and response, not once per field."""

    def build(page, request):
        if "api_record" not in page.__dict__:
            page.__dict__["api_record"] = records.offer_record(page, request)
        return page.__dict__["api_record"][name]

    return build


OFFER_PARTS = [
    "summary",
    "next_dates",
    "format",
    "mode",
    "venue",
    "cost",
    "registration",
    "arenas",
    "provider",
    "target_groups",
    "competence_areas",
    "level",
    "language",
]


class OfferAPIViewSet(TypedPagesAPIViewSet):
    """Offers, filtered with every parameter of the offer finder, next date first."""

    name = "offers"
    model = OfferPage
    # The finder's parameters replace Wagtail's field filters, ordering, tree filters and search:
    # ``language``, ``level`` and ``mode`` are both, and the finder is the one rule for offers.
    filter_backends = [LocaleFilter]
    known_query_parameters = frozenset({"limit", "offset", "fields", "locale", "rich_text_format", *FINDER_PARAMETERS})
    body_fields = [
        *TypedPagesAPIViewSet.body_fields,
        *(APIField(name, serializer=RecordField(offer_part(name))) for name in OFFER_PARTS),
    ]
    listing_default_fields = [*TypedPagesAPIViewSet.listing_default_fields, *OFFER_PARTS]

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        return [] if db_fields_only else super().get_available_fields(model)

    def finder_locale(self):
        code = self.request.GET.get("locale") or Locale.get_active().language_code
        return Locale.objects.filter(language_code=code).first() or Locale.get_default()

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        invalid = invalid_parameters(self.request.GET, locale=self.finder_locale())
        if invalid:
            raise BadRequestError(f"unknown values for: {', '.join(invalid)} (see /api/v2/openapi.json)")

    def get_queryset(self):
        if self.action != "listing_view":
            return super().get_queryset()
        offers = offers_for(self.request.GET, locale=self.finder_locale())
        return offers.filter(pk__in=self.get_base_queryset().values("pk"))

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None:
            page = OfferPage.prepare_for_listing(page)
            prefetch_related_objects(page, "competence_areas")
        return page


class ProviderAPIViewSet(TypedPagesAPIViewSet):
    name = "providers"
    model = ProviderPage
    body_fields = [
        *TypedPagesAPIViewSet.body_fields,
        APIField("kind", serializer=RecordField(lambda page, request: records.provider_kind(page))),
        APIField("description"),
        "website",
        "street",
        "postcode",
        "city",
        "email",
        "phone",
    ]
    listing_default_fields = [*TypedPagesAPIViewSet.listing_default_fields, "kind", "website", "city"]


class ArenaAPIViewSet(TypedPagesAPIViewSet):
    name = "arenas"
    model = ArenaPage
    body_fields = [
        *TypedPagesAPIViewSet.body_fields,
        APIField("arena", serializer=RecordField(lambda page, request: records.arena_records([page.arena])[0])),
        "tagline",
        "introduction",
        "body",
    ]
    listing_default_fields = [*TypedPagesAPIViewSet.listing_default_fields, "arena", "tagline", "introduction"]


class NewsAPIViewSet(TypedPagesAPIViewSet):
    name = "news"
    model = NewsPage
    body_fields = [
        *TypedPagesAPIViewSet.body_fields,
        "date",
        APIField("arenas", serializer=RecordField(lambda page, request: records.arena_records(page.arenas.all()))),
        "teaser",
        "body",
    ]
    listing_default_fields = [*TypedPagesAPIViewSet.listing_default_fields, "date", "teaser", "arenas"]

    def get_queryset(self):
        return super().get_queryset().prefetch_related("arenas")
