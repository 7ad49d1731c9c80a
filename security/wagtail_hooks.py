from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import twofactor, views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("anmeldeversuche/", views.LoginAttemptsView.as_view(), name="security_login_attempts"),
        path("anmeldeversuche/<int:pk>/freigeben/", views.UnlockView.as_view(), name="security_unlock"),
        path(
            "anmeldeversuche/geraet/<int:pk>/zuruecksetzen/",
            views.ResetDeviceView.as_view(),
            name="security_reset_device",
        ),
        path("zweiter-faktor/", twofactor.VerifyView.as_view(), name="security_2fa_verify"),
        path("zweiter-faktor/einrichten/", twofactor.SetupView.as_view(), name="security_2fa_setup"),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_login_attempts_menu_item():
    return SuperuserMenuItem(_("Anmeldeversuche"), reverse("security_login_attempts"), icon_name="lock", order=900)


@hooks.register("before_serve_page")
def mark_restricted_pages_private(page, request, serve_args, serve_kwargs):
    """A page under a view restriction is never kept by a shared cache, even for those who pass it."""
    if page.get_view_restrictions().exists():
        request.campus_private = True
