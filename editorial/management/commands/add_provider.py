"""Onboard a provider: its profile page (German and English drafts), group and collection."""

from django.core.management.base import BaseCommand, CommandError

from editorial.onboarding import OnboardingError, add_provider
from offers.models.pages import PROVIDER_KINDS


class Command(BaseCommand):
    help = "Creates a provider's profile page in every language, its group 'Anbieter: <name>' and its collection."

    def add_arguments(self, parser):
        parser.add_argument("name", help="The organisation's name, e.g. 'Volkshochschule Leipzig'.")
        parser.add_argument("--kind", required=True, choices=[key for key, _label in PROVIDER_KINDS])

    def handle(self, *args, **options):
        try:
            provider = add_provider(options["name"], options["kind"])
        except OnboardingError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(self.style.SUCCESS(f"Provider '{provider.title}' created (slug: {provider.slug})."))
