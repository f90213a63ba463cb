"""The pages each kind of person reaches, over the demo data (tests.factories.make_demo)."""

from guidelines.models import GuidancePage, Principle
from reviews import services
from reviews.checks.engine import CHECK_NAMES
from reviews.models import Department, DraftPost
from reviews.states import PostStatus


def post_paths(**filters) -> list[str]:
    return [f"/posts/{pk}/" for pk in
            DraftPost.objects.filter(**filters).order_by("pk").values_list("pk", flat=True)]


def guidance_paths() -> list[str]:
    page = GuidancePage.objects.get(slug="participating-online")
    principle = Principle.objects.get(slug="conversational-tone")
    oldest = principle.history.order_by("history_id").first()
    return ["/guidance/", "/guidance/search/?q=tone", "/guidance/search/?q=zzzqqq",
            f"/guidance/{page.slug}/", "/guidance/starting-out/",
            f"/guidance/principles/{principle.slug}/",
            f"/guidance/principles/{principle.slug}/?version={oldest.history_id}",
            "/guidance/principles/no-announcements/"]


def official_pages(demo) -> list[str]:
    official = demo["official"]
    mine = post_paths(author=official)
    editable = post_paths(author=official, status__in=[PostStatus.DRAFT, PostStatus.RETURNED])
    assert len(mine) >= 4  # a draft, checking, awaiting review with findings, returned
    return ["/posts/", "/posts/new/", *mine, *(p + "edit/" for p in editable), "/learning/",
            "/check/", *guidance_paths(), "/queue/", "/no-such-page/", "/posts/999999/"]


def mentor_pages(demo) -> list[str]:
    """The mentor's pages, once the mentor has claimed a post (so one shows the claim)."""
    mentor = demo["mentor"]
    dfe = Department.objects.get(short_name="DfE")
    awaiting = DraftPost.objects.filter(status=PostStatus.AWAITING_REVIEW,
                                        department=dfe).first()
    services.claim_post(actor=mentor, post_id=awaiting.pk)
    statuses = set(DraftPost.objects.filter(department__mentors=mentor)
                   .values_list("status", flat=True))
    assert statuses >= {PostStatus.AWAITING_REVIEW, PostStatus.APPROVED, PostStatus.POSTED,
                        PostStatus.RETURNED, PostStatus.REJECTED, PostStatus.CHECKING}
    return ["/queue/", f"/queue/?department={dfe.pk}&platform=x&raised=tone&older_than=",
            "/queue/?platform=linkedin&older_than=24", "/cleared/", "/dashboard/",
            f"/people/{demo['official'].pk}/", f"/people/{demo['official2'].pk}/",
            *post_paths(department__mentors=mentor)]


def admin_pages(demo) -> list[str]:
    return ["/guidance/manage/",
            "/guidance/manage/page/new/", "/guidance/manage/principle/new/",
            "/guidance/manage/page/participating-online/edit/",
            "/guidance/manage/principle/conversational-tone/edit/",
            "/guidance/manage/page/participating-online/history/",
            "/guidance/manage/principle/conversational-tone/history/",
            "/guidance/manage/principle/no-announcements/history/",
            *(f"/guidance/manage/checks/{name}/" for name in CHECK_NAMES),
            "/queue/", "/dashboard/", f"/people/{demo['official'].pk}/",
            # The posts the mentor's tour does not reach, and the guidance as an
            # editor sees it (with links to edit).
            *post_paths(department__short_name="DfT"), "/guidance/",
            "/guidance/participating-online/", "/guidance/principles/conversational-tone/"]
