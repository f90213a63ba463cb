"""Writing, submitting and publishing a post."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from govsocial.celery import enqueue_after_commit
from govsocial.validators import INVISIBLE_ONLY_MESSAGE, has_visible_text
from reviews.checks.base import PLATFORMS
from reviews.models import CheckRun, DraftPost, PostVersion
from reviews.services.errors import InvalidInput
from reviews.services.transitions import lock_post, transition
from reviews.states import Action, PostStatus

MAX_POST_CHARACTERS = 50_000


def clean_post_input(*, platform: str, text: str) -> tuple[str, str]:
    """The platform and text as they will be stored, or InvalidInput naming the problem."""
    if platform not in PLATFORMS:
        raise InvalidInput(f"Choose a platform: {', '.join(PLATFORMS)}.", field="platform")
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("Enter the text of your post.", field="text")
    if not has_visible_text(text):
        raise InvalidInput(INVISIBLE_ONLY_MESSAGE, field="text")
    if "\x00" in text:
        raise InvalidInput("Your post contains a NUL character: remove it and try again.",
                           field="text")
    if len(text) > MAX_POST_CHARACTERS:
        raise InvalidInput(f"Your post must be {MAX_POST_CHARACTERS:,} characters or fewer "
                           f"(it has {len(text):,}).", field="text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("Your post contains characters that cannot be stored: remove them "
                           "and try again.", field="text") from None
    return platform, text


@transaction.atomic
def create_post(*, author, platform: str, text: str, submit: bool = False) -> DraftPost:
    """Save a new draft for ``author``, and submit it straight away when asked.

    Side effects: a DraftPost in draft and its ``create`` audit event; with
    ``submit``, everything ``submit_post`` does.
    """
    if not author.has_perm("reviews.create_post"):
        raise PermissionDenied("Only people with a department can write posts.")
    platform, text = clean_post_input(platform=platform, text=text)
    now = timezone.now()
    post = DraftPost.objects.create(author=author, department=author.profile.department,
                                    platform=platform, text=text, created=now, updated=now)
    post.events.create(actor=author, action=Action.CREATE, from_status=PostStatus.DRAFT,
                       to_status=PostStatus.DRAFT)
    if submit:
        submit_post(actor=author, post_id=post.pk)
        post.refresh_from_db()
    return post


@transaction.atomic
def update_post(*, actor, post_id: int, platform: str, text: str) -> DraftPost:
    """Change the working text of a draft or returned post.

    Side effects: the post's text and platform; a returned post becomes ``edited``;
    an ``edit`` audit event. Submitted versions are never changed.
    """
    post = lock_post(post_id)
    if not actor.has_perm("reviews.view_post", post):
        raise DraftPost.DoesNotExist
    if not actor.has_perm("reviews.edit_post", post):
        raise PermissionDenied("Only the author can edit a draft or a returned post.")
    post.platform, post.text = clean_post_input(platform=platform, text=text)
    transition(post, Action.EDIT, actor, update_fields=("platform", "text"))
    return post


@transaction.atomic
def submit_post(*, actor, post_id: int) -> PostVersion:
    """Freeze the working text as a new version and start its checks.

    Side effects: a new PostVersion and its pending CheckRun; the post moves to
    ``checking`` with any claim released; a ``submit`` audit event; after commit,
    the check task is enqueued.
    """
    from reviews.tasks import run_checks_task

    post = lock_post(post_id)
    if not actor.has_perm("reviews.view_post", post):
        raise DraftPost.DoesNotExist
    if not actor.has_perm("reviews.submit_post", post):
        raise PermissionDenied("Only the author can submit this post.")
    platform, text = clean_post_input(platform=post.platform, text=post.text)
    last = post.versions.aggregate(last=Max("number"))["last"] or 0
    now = timezone.now()
    version = PostVersion.objects.create(post=post, number=last + 1, platform=platform,
                                         text=text, created=now)
    run = CheckRun.objects.create(version=version, queued_at=now)
    post.current_version = version
    post.submitted_at = now
    post.claimed_by, post.claimed_until = None, None
    transition(post, Action.SUBMIT, actor,
               update_fields=("current_version", "submitted_at", "claimed_by", "claimed_until"))
    enqueue_after_commit(run_checks_task, run.pk)
    return version


@transaction.atomic
def record_posted(*, actor, post_id: int, live_url: str) -> DraftPost:
    """Record where an approved post went live.

    Side effects: the post's live URL and time; the post moves to ``posted``; a
    ``record_posted`` audit event.
    """
    post = lock_post(post_id)
    if not actor.has_perm("reviews.view_post", post):
        raise DraftPost.DoesNotExist
    if not actor.has_perm("reviews.record_posted", post):
        raise PermissionDenied("Only the author can record where an approved post went live.")
    live_url = (live_url or "").strip()
    try:
        URLValidator(schemes=["https", "http"])(live_url)
    except ValidationError:
        raise InvalidInput("Enter the full web address of the live post, starting https://",
                           field="live_url") from None
    if len(live_url) > 500:
        raise InvalidInput("Enter a web address of 500 characters or fewer.", field="live_url")
    post.live_url, post.posted_at = live_url, timezone.now()
    transition(post, Action.RECORD_POSTED, actor, update_fields=("live_url", "posted_at"),
               detail={"live_url": live_url})
    return post
