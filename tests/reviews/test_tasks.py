"""The check task: idempotent per version, retried on transient errors, failed at the end.
The notification task: retried while the mail server is unreachable or busy."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import OperationalError
from django.utils import timezone

from reviews.models import AuditEvent, CheckResult, CheckRun, CheckRunStatus
from reviews.services import requeue_stale_check_runs, requeue_unsent_notifications
from reviews.states import PostStatus
from reviews.tasks import run_checks_task, send_notification_task
from tests.factories import make_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def checking(official):
    return make_post(official, PostStatus.CHECKING, text="We will NEVER scrap it!!!")


def test_running_the_task_stores_seven_results_and_moves_the_post_on(checking):
    run = checking.current_version.check_run

    assert run_checks_task.apply(args=[run.pk]).get() == "done"

    run.refresh_from_db()
    checking.refresh_from_db()
    assert (run.status, run.attempts) == (CheckRunStatus.DONE, 1)
    assert checking.status == PostStatus.AWAITING_REVIEW
    assert CheckResult.objects.get(run=run, check_name="tone").outcome == "warn"


def test_running_the_task_twice_stores_one_result_per_check(checking):
    run = checking.current_version.check_run

    run_checks_task.apply(args=[run.pk])
    assert run_checks_task.apply(args=[run.pk]).get() == "nothing to do"

    assert CheckResult.objects.filter(run=run).count() == 7
    assert AuditEvent.objects.filter(post=checking, action="checks_done").count() == 1


def test_a_redelivered_task_mid_run_does_not_duplicate_results(checking):
    from reviews.checks import Engine
    from reviews.selectors import check_input_for_run
    from reviews.services import record_check_results, start_check_run

    run = checking.current_version.check_run
    assert start_check_run(run.pk) is True
    report = Engine().run(check_input_for_run(run.pk))
    assert record_check_results(run.pk, report) is True
    assert start_check_run(run.pk) is False
    assert record_check_results(run.pk, report) is False

    assert CheckResult.objects.filter(run=run).count() == 7


def test_a_task_for_a_missing_run_does_nothing():
    assert run_checks_task.apply(args=[999_999]).get() == "nothing to do"


def test_transient_errors_are_retried_then_the_run_is_marked_failed(checking, monkeypatch):
    calls = []

    def database_down(run_id):
        calls.append(run_id)
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("reviews.selectors.check_input_for_run", database_down)
    run = checking.current_version.check_run

    result = run_checks_task.apply(args=[run.pk])

    assert result.failed()
    assert len(calls) == 1 + run_checks_task.max_retries
    run.refresh_from_db()
    checking.refresh_from_db()
    assert run.status == CheckRunStatus.FAILED
    assert run.error == "OperationalError: could not connect to server"
    assert checking.status == PostStatus.CHECKING
    assert AuditEvent.objects.filter(post=checking, action="checks_failed").count() == 1


def test_a_bug_is_not_retried_and_fails_the_run_at_once(checking, monkeypatch):
    calls = []

    def broken(run_id):
        calls.append(run_id)
        raise ValueError("bug")

    monkeypatch.setattr("reviews.selectors.check_input_for_run", broken)
    run = checking.current_version.check_run

    run_checks_task.apply(args=[run.pk])

    run.refresh_from_db()
    assert (len(calls), run.status) == (1, CheckRunStatus.FAILED)


def test_a_failed_run_can_be_rerun_by_the_author(official, django_capture_on_commit_callbacks):
    from reviews.services import rerun_checks

    post = make_post(official, PostStatus.CHECKING, run_status=CheckRunStatus.FAILED)

    with django_capture_on_commit_callbacks(execute=True):
        rerun_checks(actor=official, post_id=post.pk)

    post.refresh_from_db()
    assert post.status == PostStatus.AWAITING_REVIEW
    assert post.current_version.check_run.status == CheckRunStatus.DONE


def test_runs_left_in_checking_for_over_a_minute_are_enqueued_again(
        official, django_capture_on_commit_callbacks):
    stale = make_post(official, PostStatus.CHECKING)
    fresh = make_post(official, PostStatus.CHECKING)
    CheckRun.objects.filter(pk=stale.current_version.check_run.pk).update(
        queued_at=timezone.now() - timedelta(minutes=2))

    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_stale_check_runs() == 1

    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert stale.status == PostStatus.AWAITING_REVIEW
    assert fresh.status == PostStatus.CHECKING


@pytest.fixture
def owed_email(official, mentor):
    """A decision's email to the author, owed and not yet sent."""
    from reviews.models import Notification
    from reviews.services import record_decision

    post = make_post(official, PostStatus.AWAITING_REVIEW)
    record_decision(actor=mentor, post_id=post.pk, outcome="approve", version=1)
    return Notification.objects.get()


def test_an_unreachable_mail_server_is_retried_then_left_for_the_sweep(
        owed_email, settings, django_capture_on_commit_callbacks):
    from tests.reliability.servers import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()

    result = send_notification_task.apply(args=[owed_email.pk])

    assert result.failed()
    owed_email.refresh_from_db()
    assert owed_email.attempts == 1 + send_notification_task.max_retries
    assert owed_email.last_error == "ConnectionRefusedError: [Errno 111] Connection refused"
    assert (owed_email.sent_at, owed_email.failed_at, mail.outbox) == (None, None, [])

    # The mail server is back: the sweep sends it.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_unsent_notifications(now=timezone.now() + timedelta(minutes=2)) == 1
    assert [m.subject for m in mail.outbox] == ["Your post: Approve"]


class BusyServer(EmailBackend):
    """A mail server that answers "try again later" (a 4xx) twice, then accepts."""

    answers = 0

    def send_messages(self, messages):
        BusyServer.answers += 1
        if BusyServer.answers <= 2:
            raise smtplib.SMTPSenderRefused(451, b"4.3.0 Try again later", "govsocial@localhost")
        return super().send_messages(messages)


def test_a_busy_mail_server_is_tried_again_until_it_accepts(owed_email, settings):
    settings.EMAIL_BACKEND = f"{__name__}.BusyServer"
    BusyServer.answers = 0

    assert send_notification_task.apply(args=[owed_email.pk]).get() == "sent"

    owed_email.refresh_from_db()
    assert (owed_email.attempts, len(mail.outbox)) == (3, 1)
    assert owed_email.last_error == (
        "SMTPSenderRefused: (451, b'4.3.0 Try again later', 'govsocial@localhost')")
