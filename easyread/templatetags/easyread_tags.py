from django import template
from django.conf import settings

from easyread.advice import advice_for, wants_advice

register = template.Library()


@register.inclusion_tag("easyread/advice.html", takes_context=True)
def easyread_advice(context, page=None):
    """The writing advice box, shown only in the preview of Leichte-Sprache pages."""
    request = context.get("request")
    if not page or request is None or not wants_advice(page, request):
        return {"findings": None}
    return {"findings": advice_for(page)}


@register.simple_tag
def easyread_class(language_code):
    """The class that switches on the Leichte-Sprache layout (static/css/easyread.css), or ""."""
    return "easyread" if language_code == settings.EASYREAD_LANGUAGE_CODE else ""
