"""PostgreSQL's pg_trgm extension, which the offer finder's typo tolerance (modelsearch's Fuzzy) needs.

A no-op on other databases.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0008_offers_point_at_german_terms"),
    ]

    operations = [TrigramExtension()]
