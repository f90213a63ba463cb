"""The notification outbox in the admin site: admins see what is unsent and why, and
can send it again."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from reviews.management.commands.seed_demo import admins_group
from reviews.models import Notification
from reviews.services import record_decision
from reviews.states import PostStatus
from tests.factories import make_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def outbox(official, mentor):
    """Three decision emails: one sent, one unsent after a retry, one refused for good."""
    for _ in range(3):
        post = make_post(official, PostStatus.AWAITING_REVIEW)
        record_decision(actor=mentor, post_id=post.pk, outcome="approve", version=1)
    sent, unsent, refused = Notification.objects.order_by("pk")
    now = timezone.now()
    Notification.objects.filter(pk=sent.pk).update(sent_at=now, attempts=1)
    Notification.objects.filter(pk=unsent.pk).update(
        attempts=5, last_error="ConnectionRefusedError: [Errno 111] Connection refused")
    Notification.objects.filter(pk=refused.pk).update(
        failed_at=now, attempts=1, last_error="SMTPRecipientsRefused: 550 No such user")
    return sent, unsent, refused


@pytest.fixture
def admin_client(client, admin_user):
    admin_user.groups.add(admins_group())
    client.force_login(admin_user)
    return client


def test_admins_filter_the_outbox_for_what_is_not_sent(admin_client, outbox):
    _sent, unsent, refused = outbox
    url = reverse("admin:reviews_notification_changelist")

    unsent_page = admin_client.get(url, {"delivery": "unsent"})
    refused_page = admin_client.get(url, {"delivery": "refused"})

    assert [n.pk for n in unsent_page.context["cl"].result_list] == [unsent.pk]
    assert [n.pk for n in refused_page.context["cl"].result_list] == [refused.pk]
    assert "ConnectionRefusedError: [Errno 111] Connection refused" in unsent_page.text
    assert "Not sent yet" in unsent_page.text
    assert "SMTPRecipientsRefused: 550 No such user" in refused_page.text
    assert "Refused for good" in refused_page.text


def test_sending_again_sends_the_unsent_and_leaves_the_sent_alone(
        admin_client, outbox, django_capture_on_commit_callbacks):
    _sent, unsent, refused = outbox

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:reviews_notification_changelist"),
            {"action": "send_again", "_selected_action": [n.pk for n in outbox]}, follow=True)

    assert [str(m) for m in response.context["messages"]] == [
        "2 notifications will be sent again. Those already sent were left alone."]
    assert sorted(m.body for m in mail.outbox) == sorted([unsent.body, refused.body])
    assert Notification.objects.filter(sent_at__isnull=True).count() == 0
