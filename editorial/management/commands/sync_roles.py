"""Make the groups of the fixed roles match ``editorial.roles`` (also run after every migrate)."""

from django.core.management.base import BaseCommand, CommandError

from editorial.role_sync import RoleSyncError, sync_roles


class Command(BaseCommand):
    help = "Creates or updates the groups of the declared roles with exactly their declared permissions."

    def handle(self, *args, **options):
        try:
            groups = sync_roles()
        except RoleSyncError as error:
            raise CommandError(str(error)) from error
        for group in groups:
            self.stdout.write(f"{group.role.key}: {group.name}")
        self.stdout.write(self.style.SUCCESS(f"{len(groups)} roles in step with their declarations."))
