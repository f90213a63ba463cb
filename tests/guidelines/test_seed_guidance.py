import pytest
from django.core.management import call_command

from guidelines.markdown import render_markdown
from guidelines.models import GuidancePage, Principle
from reviews.checks.engine import CHECKS
from reviews.checks.topics import PRINCIPLE as TOPIC_PRINCIPLE

pytestmark = pytest.mark.django_db


def test_every_principle_a_finding_can_cite_is_seeded():
    call_command("seed_guidance")

    cited = {module.PRINCIPLE for module in CHECKS.values()} | {TOPIC_PRINCIPLE}
    assert cited <= set(Principle.objects.values_list("slug", flat=True))
    assert {p.check_name for p in Principle.objects.exclude(check_name="")} == set(CHECKS)


def test_the_seeded_pages_are_published_and_render():
    call_command("seed_guidance")

    slugs = set(GuidancePage.objects.filter(status="published").values_list("slug", flat=True))
    assert {"starting-out", "pre-election-period", "civil-service-values-online",
            "participating-online", "personal-and-work-accounts"} <= slugs
    for page in GuidancePage.objects.all():
        assert '<p class="govuk-body">' in str(render_markdown(page.body))


def test_seeding_twice_keeps_admins_edits():
    call_command("seed_guidance")
    Principle.objects.filter(slug="no-announcements").update(title="Edited by an admin")

    call_command("seed_guidance")

    assert Principle.objects.get(slug="no-announcements").title == "Edited by an admin"
    assert Principle.objects.filter(slug="no-announcements").count() == 1


def test_every_example_names_a_real_platform():
    call_command("seed_guidance")

    for principle in Principle.objects.all():
        examples = principle.good_examples + principle.bad_examples
        assert len(examples) >= 2
        assert {e["platform"] for e in examples} <= {"x", "bluesky", "mastodon", "threads",
                                                       "linkedin", "facebook", "blog"}
