"""Create the two workflows and assign them.

"Redaktionelle Freigabe" (one step, the editorial team) covers the whole tree
from the root page, i.e. both language trees. "Angebotsprüfung" (routed by
arena) covers every offer index page; new ones get it on creation (signals).
Wagtail's sample workflow and groups are removed: they would let the wrong
people approve.
"""

from django.db import migrations


def create_workflows(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ArenaReviewTask = apps.get_model("editorial", "ArenaReviewTask")

    redaktion = Group.objects.get(name="Redaktion")

    sample = Workflow.objects.filter(name="Moderators approval")
    WorkflowPage.objects.filter(workflow__in=sample).delete()
    for workflow in sample:
        GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow, name="Moderators approval").delete()
    sample.delete()
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()

    editorial_task, _ = GroupApprovalTask.objects.get_or_create(
        name="Redaktionelle Freigabe",
        defaults={"content_type": ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")[0]},
    )
    editorial_task.groups.add(redaktion)
    offer_task, _ = ArenaReviewTask.objects.get_or_create(
        name="Angebotsprüfung",
        defaults={"content_type": ContentType.objects.get_or_create(app_label="editorial", model="arenareviewtask")[0]},
    )
    offer_task.groups.add(redaktion)

    editorial_workflow, _ = Workflow.objects.get_or_create(name="Redaktionelle Freigabe")
    WorkflowTask.objects.get_or_create(workflow=editorial_workflow, task=editorial_task, defaults={"sort_order": 0})
    offer_workflow, _ = Workflow.objects.get_or_create(name="Angebotsprüfung")
    WorkflowTask.objects.get_or_create(workflow=offer_workflow, task=offer_task, defaults={"sort_order": 0})

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": editorial_workflow})
    index_type = ContentType.objects.filter(app_label="offers", model="offerindexpage").first()
    if index_type is not None:
        for page in Page.objects.filter(content_type=index_type):
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": offer_workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_review_task"),
        ("editorial", "0001_editorial_groups"),
        ("offers", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_workflows, migrations.RunPython.noop)]
