from .pages import OfferDate, OfferIndexPage, OfferPage, ProviderPage
from .snippets import CompetenceArea, Format, TargetGroup

__all__ = [
    "CompetenceArea",
    "Format",
    "OfferDate",
    "OfferIndexPage",
    "OfferPage",
    "ProviderPage",
    "TargetGroup",
]
