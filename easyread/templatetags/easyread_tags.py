from django import template

from easyread.advice import advice_for, wants_advice

register = template.Library()


@register.inclusion_tag("easyread/advice.html", takes_context=True)
def easyread_advice(context, page=None):
    """The writing advice box, shown only in the preview of Leichte-Sprache pages."""
    request = context.get("request")
    if not page or request is None or not wants_advice(page, request):
        return {"findings": None}
    return {"findings": advice_for(page)}
