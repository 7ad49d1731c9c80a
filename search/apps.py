from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "campus_search"
    verbose_name = _("Suche")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import indexing
        from .models import Synonym
        from .query import forget_synonyms

        # Keep the search index in step with the live pages (see search.indexing).
        for model in indexing.indexed_models():
            post_save.connect(indexing.on_page_saved, sender=model, dispatch_uid=f"search-saved-{model.__name__}")
        page_published.connect(indexing.on_page_published, dispatch_uid="search-published")
        page_unpublished.connect(indexing.on_page_unpublished, dispatch_uid="search-unpublished")
        post_page_move.connect(indexing.on_page_moved, dispatch_uid="search-moved")
        post_migrate.connect(indexing.rebuild_if_empty, sender=self, dispatch_uid="search-rebuild-if-empty")
        for signal in (post_save, post_delete):
            signal.connect(forget_synonyms, sender=Synonym, dispatch_uid=f"search-synonyms-{signal}")
