"""Anonymous query statistics for the editors' report: text, language, result count, date. Nothing else."""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import F, Max, Sum
from django.utils import timezone

from .models import QueryStat

REPORT_DAYS = 30


def record_query(query, language, result_count):
    today = timezone.localdate()
    query = query.lower()[:200]
    updated = QueryStat.objects.filter(date=today, language=language, query=query).update(
        searches=F("searches") + 1, result_count=result_count
    )
    if not updated:
        try:
            with transaction.atomic():
                QueryStat.objects.create(
                    date=today, language=language, query=query, searches=1, result_count=result_count
                )
        except IntegrityError:  # a parallel request created the row first
            QueryStat.objects.filter(date=today, language=language, query=query).update(
                searches=F("searches") + 1, result_count=result_count
            )


def recent_stats(days=REPORT_DAYS):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    return (
        QueryStat.objects.filter(date__gte=since)
        .values("query", "language")
        .annotate(total=Sum("searches"), results=Max("result_count"), last_date=Max("date"))
    )


def frequent_queries(limit=50):
    return list(recent_stats().order_by("-total", "query")[:limit])


def zero_result_queries(limit=50):
    return list(recent_stats().filter(results=0).order_by("-total", "query")[:limit])
