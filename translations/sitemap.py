"""``/sitemap.xml``: every visible page in every language, with ``hreflang`` alternates, on the requesting host."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.visibility import subtree_q, visible

from .pages import translations_promised


class CampusSitemap(Sitemap):
    """Wagtail's sitemap lists the default site's German tree only, with the host stored in ``Site``.

    This one lists the pages of the site's root in every language that visitors
    may see (``core.visibility``) and that are the source or a published
    translation: an alias repeats the German text under ``/en/`` and is left
    out, as the language switcher leaves it out. Each URL names its language
    versions as alternates. Locations use the host the sitemap was requested
    on (checked against ``ALLOWED_HOSTS`` by Django), so a site reached under
    several names never points crawlers elsewhere.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.filter(subtree_q(roots.values_list("path", flat=True)))
        return translations_promised(visible(pages)).select_related("locale").order_by("path")

    def _absolute(self, page):
        return self.request.build_absolute_uri(page.get_url(self.request))

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        versions = defaultdict(list)
        for item in items:
            versions[item.translation_key].append(item)
        urls = []
        for item in items:
            alternates = [
                {"lang_code": version.locale.language_code, "location": self._absolute(version)}
                for version in versions[item.translation_key]
            ]
            urls.append(
                {
                    "item": item,
                    "location": self._absolute(item),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
