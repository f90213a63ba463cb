"""Emails: mentors hear of posts awaiting review, authors hear of decisions."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from reviews.models import Decision, DraftPost


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def email_mentors_post_awaiting_review(post_id: int) -> int:
    """Email the department's mentors (not the author) that a post awaits review."""
    post = DraftPost.objects.select_related("author", "department").filter(pk=post_id).first()
    if post is None:
        return 0
    recipients = [m.email for m in post.department.mentors.exclude(pk=post.author_id)
                  if m.email]
    if not recipients:
        return 0
    author = post.author.get_full_name() or post.author.get_username()
    body = (f"{author} has submitted a {post.platform} post for review.\n\n"
            f"{post.text[:500]}\n\n"
            f"Review it: {_absolute(reverse('post_detail', args=[post.pk]))}\n")
    return send_mail(f"Post awaiting review from {author}", body, None, recipients)


def email_author_decision(decision_id: int) -> int:
    """Email the author the mentor's decision and coaching notes."""
    decision = (Decision.objects.select_related("post__author", "decided_by", "version")
                .filter(pk=decision_id).first())
    if decision is None or not decision.post.author.email:
        return 0
    mentor = decision.decided_by.get_full_name() or decision.decided_by.get_username()
    notes = f"\n\nCoaching notes:\n{decision.notes}" if decision.notes else ""
    body = (f"{mentor} decided on version {decision.version.number} of your post: "
            f"{decision.get_outcome_display()}.{notes}\n\n"
            f"See it: {_absolute(reverse('post_detail', args=[decision.post_id]))}\n")
    return send_mail(f"Your post: {decision.get_outcome_display()}", body, None,
                     [decision.post.author.email])
