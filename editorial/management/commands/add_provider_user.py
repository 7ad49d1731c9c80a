"""Give a person access to a provider's pages; new users get a set-your-password e-mail."""

from django.core.management.base import BaseCommand, CommandError

from editorial.onboarding import OnboardingError, add_provider_user


class Command(BaseCommand):
    help = "Creates or attaches a user to a provider's group and e-mails new users a link to set their password."

    def add_arguments(self, parser):
        parser.add_argument("provider_slug")
        parser.add_argument("username")
        parser.add_argument("email")

    def handle(self, *args, **options):
        try:
            user, created = add_provider_user(options["provider_slug"], options["username"], options["email"])
        except OnboardingError as error:
            raise CommandError(" ".join(error.messages)) from error
        if created:
            self.stdout.write(self.style.SUCCESS(f"User '{user.username}' created; invitation sent to {user.email}."))
        else:
            self.stdout.write(self.style.SUCCESS(f"User '{user.username}' attached to the provider."))
