"""The notification outbox: an email is owed in the same transaction as the change it
reports, sent once after commit, and sent later by the sweep when the broker was down."""

import os
import smtplib
import threading
from contextlib import contextmanager
from datetime import timedelta
from unittest.mock import patch

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection, transaction
from django.utils import timezone

from reviews.checks import Engine
from reviews.models import Decision, Notification, NotificationKind
from reviews.selectors import check_input_for_run
from reviews.services import (
    record_check_results,
    record_decision,
    requeue_unsent_notifications,
    resend_notifications,
    send_notification,
)
from reviews.states import PostStatus
from tests.factories import make_post
from tests.reliability.servers import free_port

pytestmark = pytest.mark.django_db

LATER = timedelta(minutes=3)  # past NOTIFICATION_STALE_AFTER_SECONDS and any claim


@pytest.fixture
def awaiting(official):
    return make_post(official, PostStatus.AWAITING_REVIEW)


def decide(mentor, post, outcome="return"):
    return record_decision(actor=mentor, post_id=post.pk, outcome=outcome,
                           notes="Say who you work for.", version=1)


def reconnect(app) -> None:
    # Drop the pooled connections and producers (as Celery's close() does when it
    # made the pool itself), so the next publish connects to the broker named now.
    app.close()
    app.amqp._producer_pool = None


@contextmanager
def broker_unreachable():
    """Tasks go to a Redis broker on a port nothing listens on, as when Redis is down."""
    from govsocial.celery import app

    dead = f"redis://127.0.0.1:{free_port()}/0"
    broker_url, eager = app.conf.get("broker_url"), app.conf.task_always_eager
    app.conf.broker_url, app.conf.task_always_eager = dead, False
    # Celery prefers a broker URL in the environment to its settings.
    with patch.dict(os.environ, {"CELERY_BROKER_URL": dead}):
        reconnect(app)
        try:
            yield
        finally:
            app.conf.broker_url, app.conf.task_always_eager = broker_url, eager
    reconnect(app)


def test_a_decision_owes_the_author_the_email_in_its_own_transaction(
        mentor, awaiting, settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        decide(mentor, awaiting)

    notification = Notification.objects.get()
    assert (notification.kind, notification.post, notification.recipients,
            notification.sent_at, notification.attempts) == (
        NotificationKind.DECISION, awaiting, [awaiting.author.email], None, 0)
    assert notification.subject == "Your post: Return with coaching"
    assert notification.body == (
        f"{mentor.get_full_name()} decided on version 1 of your post: Return with coaching."
        f"\n\nCoaching notes:\nSay who you work for.\n\n"
        f"See it: {settings.SITE_URL}/posts/{awaiting.pk}/\n")
    assert mail.outbox == []


def test_a_decision_rolled_back_leaves_no_notification(mentor, awaiting):
    with pytest.raises(RuntimeError), transaction.atomic():
        decide(mentor, awaiting)
        raise RuntimeError("the request failed after the decision was written")

    assert (Decision.objects.count(), Notification.objects.count()) == (0, 0)


def test_checks_finishing_owe_the_mentors_the_email_with_the_results(official, mentor, settings):
    post = make_post(official, PostStatus.CHECKING, text="Hello teachers")
    run = post.current_version.check_run

    record_check_results(run.pk, Engine().run(check_input_for_run(run.pk)))

    notification = Notification.objects.get()
    assert (notification.kind, notification.recipients, notification.subject) == (
        NotificationKind.AWAITING_REVIEW, [mentor.email],
        f"Post awaiting review from {official.get_full_name()}")
    assert notification.body == (
        f"{official.get_full_name()} has submitted a x post for review.\n\nHello teachers\n\n"
        f"Review it: {settings.SITE_URL}/posts/{post.pk}/\n")


def test_checks_rolled_back_leave_no_notification(official, mentor):
    post = make_post(official, PostStatus.CHECKING)
    run = post.current_version.check_run

    with pytest.raises(RuntimeError), transaction.atomic():
        record_check_results(run.pk, Engine().run(check_input_for_run(run.pk)))
        raise RuntimeError("the worker lost its database connection before commit")

    post.refresh_from_db()
    assert (post.status, Notification.objects.count()) == (PostStatus.CHECKING, 0)


def test_nobody_to_tell_owes_no_email(mentor, official):
    official.email = ""
    official.save()
    post = make_post(official, PostStatus.AWAITING_REVIEW)

    decide(mentor, post, "approve")

    assert Notification.objects.count() == 0


def test_the_email_is_sent_after_commit_exactly_as_written(
        mentor, awaiting, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        decide(mentor, awaiting)

    notification = Notification.objects.get()
    assert [(m.subject, m.body, m.to) for m in mail.outbox] == [
        (notification.subject, notification.body, [awaiting.author.email])]
    assert notification.sent_at is not None
    assert (notification.attempts, notification.last_error) == (1, "")


def test_sending_again_sends_nothing_more(mentor, awaiting):
    decide(mentor, awaiting)
    notification = Notification.objects.get()

    assert send_notification(notification.pk) == "sent"
    assert send_notification(notification.pk) == "nothing to do"

    notification.refresh_from_db()
    assert (len(mail.outbox), notification.attempts) == (1, 1)


def test_a_notification_that_is_gone_is_nothing_to_do():
    assert send_notification(999_999) == "nothing to do"


class SecondWorkerMeanwhile(EmailBackend):
    """A mail server slow enough that a second worker, handed the same notification
    (a redelivered message, or the sweep), tries to send it while the first is talking
    to the server. The second worker has its own thread and database connection."""

    answers: list[str] = []

    def send_messages(self, messages):
        if not SecondWorkerMeanwhile.answers:
            notification_id = Notification.objects.get().pk

            def second_worker() -> None:
                try:
                    SecondWorkerMeanwhile.answers.append(send_notification(notification_id))
                finally:
                    connection.close()

            SecondWorkerMeanwhile.answers.append("first worker sending")
            worker = threading.Thread(target=second_worker)
            worker.start()
            worker.join(timeout=30)
        return super().send_messages(messages)


@pytest.mark.django_db(transaction=True)
def test_two_workers_sending_the_same_notification_send_one_email(mentor, official, settings):
    settings.EMAIL_BACKEND = f"{__name__}.SecondWorkerMeanwhile"
    SecondWorkerMeanwhile.answers = []

    # Commits, so the first worker sends it at once (the eager send task).
    decide(mentor, make_post(official, PostStatus.AWAITING_REVIEW))

    assert SecondWorkerMeanwhile.answers == ["first worker sending", "nothing to do"]
    assert len(mail.outbox) == 1
    notification = Notification.objects.get()
    assert (notification.attempts, notification.sent_at is not None) == (1, True)


def could_not_enqueue(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("Could not")]


def test_a_decision_made_while_the_broker_is_down_is_emailed_by_the_sweep(
        mentor, awaiting, django_capture_on_commit_callbacks, caplog):
    with broker_unreachable(), django_capture_on_commit_callbacks(execute=True):
        decision = decide(mentor, awaiting)

    # The decision stands and the email is owed, though it could not be queued.
    assert Decision.objects.get() == decision
    notification = Notification.objects.get()
    assert could_not_enqueue(caplog) == [
        f"Could not enqueue reviews.send_notification({notification.pk},); "
        "the sweep will enqueue it again."]
    assert (notification.sent_at, mail.outbox) == (None, [])

    # The broker is back: a sweep run within the minute leaves it to its own message...
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_unsent_notifications() == 0
    # ...and the first sweep after that sends it.
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_unsent_notifications(now=timezone.now() + LATER) == 1

    assert [(m.subject, m.to) for m in mail.outbox] == [
        ("Your post: Return with coaching", [awaiting.author.email])]
    notification.refresh_from_db()
    assert notification.sent_at is not None


def test_mentors_told_of_checks_finished_while_the_broker_is_down_hear_from_the_sweep(
        official, mentor, django_capture_on_commit_callbacks, caplog):
    post = make_post(official, PostStatus.CHECKING)
    run = post.current_version.check_run

    with broker_unreachable(), django_capture_on_commit_callbacks(execute=True):
        record_check_results(run.pk, Engine().run(check_input_for_run(run.pk)))
    assert len(could_not_enqueue(caplog)) == 1
    assert (Notification.objects.get().sent_at, mail.outbox) == (None, [])

    with django_capture_on_commit_callbacks(execute=True):
        requeue_unsent_notifications(now=timezone.now() + LATER)

    assert [(m.subject, m.to) for m in mail.outbox] == [
        (f"Post awaiting review from {official.get_full_name()}", [mentor.email])]


def test_the_sweep_leaves_sent_refused_and_claimed_notifications_alone(
        mentor, official, django_capture_on_commit_callbacks):
    posts = [make_post(official, PostStatus.AWAITING_REVIEW) for _ in range(4)]
    for post in posts:
        decide(mentor, post, "approve")
    unsent, sent, refused, claimed = Notification.objects.order_by("pk")
    now = timezone.now()
    Notification.objects.filter(pk=sent.pk).update(sent_at=now)
    Notification.objects.filter(pk=refused.pk).update(failed_at=now)
    Notification.objects.filter(pk=claimed.pk).update(claimed_until=now + LATER * 2)

    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_unsent_notifications(now=now + LATER) == 1

    assert [m.body for m in mail.outbox] == [unsent.body]


class RefusingServer(EmailBackend):
    """A mail server that does not know the address (a 5xx answer)."""

    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused(
            {address: (550, b"5.1.1 No such user") for address in messages[0].to})


def test_a_final_refusal_is_recorded_and_left_for_an_admin(
        mentor, awaiting, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingServer"
    decide(mentor, awaiting)
    notification = Notification.objects.get()

    assert send_notification(notification.pk) == "refused"

    notification.refresh_from_db()
    assert notification.attempts == 1
    assert notification.failed_at is not None
    address = awaiting.author.email
    assert notification.last_error == (
        f"SMTPRecipientsRefused: {{'{address}': (550, b'5.1.1 No such user')}}")
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_unsent_notifications(now=timezone.now() + LATER) == 0
    assert send_notification(notification.pk) == "nothing to do"

    # An admin fixed the cause and sends it again.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert resend_notifications([notification.pk]) == 1

    notification.refresh_from_db()
    assert (len(mail.outbox), notification.attempts, notification.failed_at) == (1, 2, None)
    assert notification.sent_at is not None
