"""The review queue reads in index order: each post awaiting review carries its place
(waiting_since, since its version was submitted), backfilled here; each list's
filter and order has an index."""

from django.conf import settings
from django.db import migrations, models
from django.db.models.functions import Coalesce


def backfill_waiting_since(apps, schema_editor):
    """Posts already awaiting review wait since their version was submitted (since
    their last change, for the odd one with no submission time)."""
    DraftPost = apps.get_model("reviews", "DraftPost")
    DraftPost.objects.filter(status="awaiting_review").update(
        waiting_since=Coalesce("submitted_at", "updated"))


class Migration(migrations.Migration):

    dependencies = [
        ('reviews', '0004_notification_outbox'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='draftpost',
            name='post_queue_idx',
        ),
        migrations.RemoveIndex(
            model_name='draftpost',
            name='post_author_idx',
        ),
        migrations.AddField(
            model_name='draftpost',
            name='waiting_since',
            field=models.DateTimeField(blank=True, editable=False, help_text="While the post awaits review: since when (its version's submission).", null=True),
        ),
        migrations.RunPython(backfill_waiting_since, migrations.RunPython.noop, elidable=False),
        migrations.AddIndex(
            model_name='draftpost',
            index=models.Index(condition=models.Q(('status', 'awaiting_review')), fields=['waiting_since', 'id'], name='post_waiting_idx'),
        ),
        migrations.AddIndex(
            model_name='draftpost',
            index=models.Index(condition=models.Q(('status', 'awaiting_review')), fields=['department', 'waiting_since', 'id'], name='post_department_waiting_idx'),
        ),
        migrations.AddIndex(
            model_name='draftpost',
            index=models.Index(condition=models.Q(('status', 'awaiting_review')), fields=['claimed_until'], name='post_claimed_idx'),
        ),
        migrations.AddIndex(
            model_name='draftpost',
            index=models.Index(fields=['author', '-updated', '-id'], name='post_author_updated_idx'),
        ),
        migrations.AddIndex(
            model_name='draftpost',
            index=models.Index(condition=models.Q(('cleared_automatically', True)), fields=['-updated', '-id'], name='post_cleared_idx'),
        ),
        migrations.AddIndex(
            model_name='draftpost',
            index=models.Index(fields=['-updated', '-id'], name='post_updated_idx'),
        ),
        migrations.AddConstraint(
            model_name='draftpost',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'awaiting_review'), ('waiting_since__isnull', False)), models.Q(models.Q(('status', 'awaiting_review'), _negated=True), ('waiting_since__isnull', True)), _connector='OR'), name='waiting_since_while_awaiting_review'),
        ),
    ]
