"""Admin for the taxonomies (formats, target groups, DigComp areas): one entry per term, both languages.

Each term is shown once, as its German row, with its English label and how many
offers use it. A term in use cannot be deleted; it can be merged into another
term, which moves every offer (in every language) to that term first.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, IndexView, SnippetViewSet, SnippetViewSetGroup

from .models import CompetenceArea, Format, TargetGroup


class TermForm(WagtailAdminModelForm):
    """The German term and its English label on one form; the English row is kept in step here."""

    english_name = forms.CharField(label=gettext_lazy("Englische Bezeichnung"), max_length=100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["english_name"] = self.instance.label_in("en")

    def save(self, commit=True):
        term = super().save(commit=commit)
        if commit:
            english = Locale.objects.get(language_code="en")
            type(term).objects.update_or_create(
                translation_key=term.translation_key,
                locale=english,
                defaults={"name": self.cleaned_data["english_name"], "slug": term.slug, "sort_order": term.sort_order},
            )
            term.forget_labels()
        return term


class TermDeleteView(DeleteView):
    """Deletes a term in every language, and only when no offer uses it."""

    def post(self, request, *args, **kwargs):
        term = self.get_object()
        usage = term.pages_using().count()
        if usage:
            messages.error(
                request,
                _("„%(term)s“ wird von %(count)d Angeboten verwendet: bitte mit einem anderen Begriff zusammenführen.")
                % {"term": term.name, "count": usage},
            )
            return redirect(self.view_set_url("edit", term.pk))
        term.all_languages().exclude(pk=term.pk).delete()
        return super().post(request, *args, **kwargs)

    def view_set_url(self, name, *args):
        return reverse(self.model.snippet_viewset.get_url_name(name), args=args)


class TermIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        url = reverse(self.model.snippet_viewset.get_url_name("merge"), args=[instance.pk])
        buttons.append(MenuItem(_("Zusammenführen"), url=url, icon_name="resubmit", priority=30))
        return buttons


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(queryset=None, label=gettext_lazy("Zusammenführen mit"))

    def __init__(self, term, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = type(term).source_terms().exclude(translation_key=term.translation_key)


class TaxonomyViewSet(SnippetViewSet):
    """Shared by the three taxonomies; only Redaktion (and administrators) hold their permissions."""

    delete_view_class = TermDeleteView
    index_view_class = TermIndexView
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("english_name"), FieldPanel("slug"), FieldPanel("sort_order")],
        base_form_class=TermForm,
    )
    list_display = [
        "name",
        Column("english", label=gettext_lazy("Englisch"), accessor=lambda term: term.label_in("en")),
        Column("usage", label=gettext_lazy("Verwendet von Angeboten")),
        "slug",
    ]
    ordering = ["sort_order", "name"]

    def get_queryset(self, request):
        return self.model.with_usage(self.model.source_terms())

    def merge_view(self, request, pk):
        term = get_object_or_404(self.model.source_terms(), pk=pk)
        if not request.user.has_perm(f"{self.model._meta.app_label}.delete_{self.model._meta.model_name}"):
            messages.error(request, _("Sie dürfen keine Begriffe zusammenführen."))
            return redirect(reverse(self.get_url_name("list")))
        form = MergeForm(term, request.POST or None)
        if request.method == "POST" and form.is_valid():
            target = form.cleaned_data["target"]
            # Search entries keep the old label until `rebuild_search_entries` runs (README, Search).
            count = term.merge_into(target)
            self.model.forget_labels()
            messages.success(
                request,
                _("„%(term)s“ wurde mit „%(target)s“ zusammengeführt; %(count)d Angebote geändert.")
                % {"term": term.name, "target": target.name, "count": count},
            )
            return redirect(reverse(self.get_url_name("list")))
        return TemplateResponse(
            request,
            "offers/admin/merge_term.html",
            {"term": term, "form": form, "usage": term.pages_using().count(), "view": self},
        )

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("merge/<int:pk>/", self.merge_view, name="merge")]


class FormatViewSet(TaxonomyViewSet):
    model = Format
    icon = "tag"


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup
    icon = "group"


class CompetenceAreaViewSet(TaxonomyViewSet):
    model = CompetenceArea
    icon = "list-ul"


class TaxonomyGroup(SnippetViewSetGroup):
    items = (FormatViewSet, TargetGroupViewSet, CompetenceAreaViewSet)
    menu_label = gettext_lazy("Einordnung")
    menu_icon = "tag"
    menu_order = 250


register_snippet(TaxonomyGroup)
