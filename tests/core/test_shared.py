"""The shared pieces of the core app: field groups, their fragments, taxonomy labels."""

from django.template.loader import render_to_string

from core.models import Address, Contact
from offers.models import Format, OfferPage, ProviderPage


def test_providers_and_offers_share_the_address_and_contact_groups(german):
    provider = ProviderPage.objects.filter(locale=german).exclude(street="").first()
    assert provider.address == Address(provider.street, provider.postcode, provider.city)
    assert provider.contact == Contact("", provider.email, provider.phone)
    offer = OfferPage.objects.filter(locale=german).exclude(venue_street="").first()
    assert offer.venue_address == Address(offer.venue_street, offer.venue_postcode, offer.venue_city)
    assert offer.contact.name == offer.contact_name
    # Street, postcode and city are kept in step across translations, as before.
    synchronised = {field.field_name for field in OfferPage.override_translatable_fields}
    assert {"venue_street", "venue_postcode", "venue_city", "contact_name", "contact_phone"} <= synchronised
    assert "contact_email" not in synchronised


def test_address_fragment_leaves_out_empty_lines():
    html = render_to_string("core/includes/address_lines.html", {"address": Address("", "04109", "Leipzig")})
    assert html.strip() == "04109 Leipzig<br>"
    assert not Address("", "", "")
    html = render_to_string("core/includes/contact_lines.html", {"contact": Contact("", "a@example.org", "")})
    assert 'href="mailto:a@example.org"' in html
    assert "<br>" in html and html.count("<br>") == 1


def test_provider_page_shows_its_address(client, german):
    provider = ProviderPage.objects.live().filter(locale=german).exclude(street="").first()
    html = client.get(provider.url).content.decode()
    assert provider.street in html
    assert f"{provider.postcode} {provider.city}" in html


def test_labels_fall_back_to_the_source_name(german, english):
    term = Format.objects.filter(locale=german).first()
    labels_en = Format.labels_for(english)
    translated = Format.objects.filter(locale=english, translation_key=term.translation_key).first()
    assert labels_en.of(term) == (translated.name if translated else term.name)
    unknown = Format(name="Unbekannt", translation_key=term.translation_key.__class__(int=1))
    assert labels_en.of(unknown) == "Unbekannt"
    assert [slug for slug, _label in Format.choices_for(english)] == [
        slug for slug, _label in Format.choices_for(german)
    ]
