"""The words of the emails: mentors hear of posts awaiting review, authors hear of
decisions. Services store them in the outbox (reviews.services.notifications), which
sends them."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse

from reviews.models import Decision, DraftPost


@dataclass(frozen=True)
class Email:
    subject: str
    body: str
    recipients: list[str]


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def post_awaiting_review_email(post: DraftPost) -> Email | None:
    """To the department's mentors (not the author): a post awaits review. None when
    no mentor has an email address."""
    recipients = [m.email for m in post.department.mentors.exclude(pk=post.author_id)
                  if m.email]
    if not recipients:
        return None
    author = post.author.get_full_name() or post.author.get_username()
    body = (f"{author} has submitted a {post.platform} post for review.\n\n"
            f"{post.text[:500]}\n\n"
            f"Review it: {_absolute(reverse('post_detail', args=[post.pk]))}\n")
    return Email(f"Post awaiting review from {author}", body, recipients)


def decision_email(decision: Decision) -> Email | None:
    """To the author: the mentor's decision and coaching notes. None when the author
    has no email address."""
    if not decision.post.author.email:
        return None
    mentor = decision.decided_by.get_full_name() or decision.decided_by.get_username()
    notes = f"\n\nCoaching notes:\n{decision.notes}" if decision.notes else ""
    body = (f"{mentor} decided on version {decision.version.number} of your post: "
            f"{decision.get_outcome_display()}.{notes}\n\n"
            f"See it: {_absolute(reverse('post_detail', args=[decision.post_id]))}\n")
    return Email(f"Your post: {decision.get_outcome_display()}", body,
                 [decision.post.author.email])
