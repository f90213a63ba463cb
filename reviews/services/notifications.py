"""The notification outbox: emails are written with the change they report and sent
after commit, again and again if need be, until the mail server accepts them.

Delivery is at least once. Two workers never send the same notification at the same
time (the claim below); a worker that dies after the mail server accepted an email but
before the row was marked sent leaves it to be sent again once its claim expires.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F, Q
from django.utils import timezone

from govsocial.celery import enqueue_after_commit, requeue_stale
from reviews.models import DraftPost, Notification
from reviews.notifications import Email

logger = logging.getLogger(__name__)

SENT, NOTHING_TO_DO, REFUSED = "sent", "nothing to do", "refused"


def queue_notification(*, kind: str, post: DraftPost, email: Email | None) -> Notification | None:
    """Owe ``email`` to its recipients, in the caller's transaction (None: nobody to tell).

    Called by the services that make the change the email reports, so the two commit
    or roll back together. Side effects: a Notification; after commit, its send task
    is enqueued (if the broker is down, the sweep enqueues it later).
    """
    if email is None:
        return None
    notification = Notification.objects.create(
        kind=kind, post=post, recipients=email.recipients, subject=email.subject,
        body=email.body)
    from reviews.tasks import send_notification_task

    enqueue_after_commit(send_notification_task, notification.pk)
    return notification


def _unclaimed(now) -> Q:
    """Not being sent: never claimed, or its worker's claim has lapsed."""
    return Q(claimed_until__isnull=True) | Q(claimed_until__lte=now)


def _claim_expiry(now):
    # Longer than the task may run (Celery kills it at CELERY_TASK_TIME_LIMIT), so a
    # claim never lapses while its worker is still talking to the mail server.
    return now + timedelta(seconds=2 * settings.CELERY_TASK_TIME_LIMIT)


def is_transient_mail_error(error: BaseException) -> bool:
    """Worth another try: no answer from the mail server (or the database), or a 4xx
    answer. A 5xx answer (unknown address, relay refused, bad credentials) or a
    configuration error will not change by itself."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return True
    if isinstance(error, smtplib.SMTPException):
        return False
    return isinstance(error, OSError | OperationalError | InterfaceError)


def send_notification(notification_id: int) -> str:
    """Send one notification unless it is sent, refused for good, gone, or being sent by
    another worker; returns "sent", "nothing to do" or "refused".

    The claim is one conditional UPDATE, committed before the mail server is
    contacted: of two workers given the same notification, one sends and the other
    does nothing, and no row lock is held while the mail server answers.
    Side effects: the attempt count and the claim; ``sent_at`` once the mail server
    accepts it; otherwise ``last_error``, and ``failed_at`` when the refusal is final.
    A transient error is raised again for the task to retry.
    """
    now = timezone.now()
    claimed = (Notification.objects
               .filter(pk=notification_id, sent_at__isnull=True, failed_at__isnull=True)
               .filter(_unclaimed(now))
               .update(claimed_until=_claim_expiry(now), attempts=F("attempts") + 1))
    if not claimed:
        return NOTHING_TO_DO
    notification = Notification.objects.get(pk=notification_id)
    try:
        send_mail(notification.subject, notification.body, None, notification.recipients)
    except Exception as error:
        transient = is_transient_mail_error(error)
        Notification.objects.filter(pk=notification_id).update(
            claimed_until=None, last_error=f"{type(error).__name__}: {error}"[:2000],
            failed_at=None if transient else timezone.now())
        if transient:
            raise
        logger.error("Notification %d was refused for good; an admin can send it again.",
                     notification_id, exc_info=True)
        return REFUSED
    Notification.objects.filter(pk=notification_id).update(sent_at=timezone.now(),
                                                           claimed_until=None)
    return SENT


def requeue_unsent_notifications(*, now=None) -> int:
    """Enqueue again every notification still unsent NOTIFICATION_STALE_AFTER_SECONDS
    (a minute unless configured) after it was last queued, unless a worker is sending it
    or the mail server refused it for good.

    Its message was never published (the broker was down at commit), was lost, or its
    retries ran out while the mail server was unreachable. Sending is idempotent.
    Side effects: their queue time is bumped; their send tasks are enqueued.
    """
    from reviews.tasks import send_notification_task

    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.NOTIFICATION_STALE_AFTER_SECONDS)
    due = requeue_stale(
        Notification.objects.filter(sent_at__isnull=True, failed_at__isnull=True,
                                    queued_at__lt=cutoff)
        .filter(_unclaimed(now)),
        send_notification_task, now=now)
    if due:
        logger.warning("Re-enqueued %d unsent notification(s): %s", len(due), due)
    return len(due)


@transaction.atomic
def resend_notifications(notification_ids: Iterable[int]) -> int:
    """Try again, now, to send notifications not yet sent, including those the mail
    server refused for good (an admin has fixed the address or the mail settings).

    Side effects: their refusal is cleared and their queue time is now; after commit,
    their send tasks are enqueued.
    """
    from reviews.tasks import send_notification_task

    unsent = Notification.objects.filter(pk__in=list(notification_ids), sent_at__isnull=True)
    ids = list(unsent.select_for_update().values_list("pk", flat=True))
    Notification.objects.filter(pk__in=ids).update(failed_at=None, queued_at=timezone.now())
    for notification_id in ids:
        enqueue_after_commit(send_notification_task, notification_id)
    return len(ids)
