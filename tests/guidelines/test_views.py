import pytest
from django.urls import reverse

from guidelines.models import CheckSetting, GuidancePage, PublicationStatus
from guidelines.services import save_guidance
from reviews.services import create_post
from tests.factories import make_user
from tests.guidelines.factories import make_page, make_principle

pytestmark = pytest.mark.django_db


def page(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_officials_read_published_pages_and_not_drafts(client, admin_user, official):
    make_page(admin_user, slug="published", title="Published page")
    make_page(admin_user, slug="hidden", title="Hidden page", status=PublicationStatus.DRAFT)
    client.force_login(official)

    index = page(client.get(reverse("guidance_index")))

    assert "Published page" in index
    assert "Hidden page" not in index
    assert client.get(reverse("guidance_page", args=["hidden"])).status_code == 404


def test_admins_see_drafts_marked_as_drafts(client, admin_user):
    make_page(admin_user, slug="hidden", title="Hidden page", status=PublicationStatus.DRAFT)
    client.force_login(admin_user)

    text = page(client.get(reverse("guidance_page", args=["hidden"])))

    assert 'Hidden page <strong class="govuk-tag govuk-tag--grey">Draft</strong>' in text


def test_a_principle_shows_its_examples(client, admin_user, official):
    make_principle(admin_user, good_examples=[
        {"platform": "x", "text": "Now published: https://www.gov.uk/x", "why": "Links it."}],
        bad_examples=[{"platform": "linkedin", "text": "Big news next week!", "why": ""}])
    client.force_login(official)

    text = page(client.get(reverse("principle_detail", args=["no-announcements"])))

    assert "Now published: https://www.gov.uk/x" in text
    assert "<strong>Avoid</strong> · LinkedIn" in text


def test_search_finds_pages_and_principles_by_every_word(client, admin_user, official):
    make_page(admin_user, slug="accounts", title="Personal and work accounts",
              body="Say who you work for in your profile.")
    make_principle(admin_user, body="Announcements belong to the press office.")
    client.force_login(official)

    text = page(client.get(reverse("guidance_search"), {"q": "press office"}))

    assert "1 result for “press office”." in text
    assert "Leave announcements to the press office" in text
    assert "Personal and work accounts" not in text


def test_an_empty_search_shows_the_form_only(client, official):
    client.force_login(official)

    text = page(client.get(reverse("guidance_search"), {"q": "   "}))

    assert "result" not in text.split("</form>")[-1]


def test_preview_renders_without_saving(client, admin_user):
    made = make_page(admin_user)
    client.force_login(admin_user)

    text = page(client.post(reverse("edit_guidance", args=["page", made.slug]), {
        "title": "Starting out", "summary": "", "order": "0", "status": "published",
        "body": "## New heading\n\n<script>alert(1)</script>", "change_note": "Try",
        "preview": "1"}))

    assert '<h2 class="govuk-heading-m">New heading</h2>' in text
    assert "<script>alert(1)</script>" not in text
    assert GuidancePage.objects.get().body == "Listen first, then join in."


def test_saving_an_edit_makes_a_version_and_the_history_shows_the_diff(client, admin_user):
    made = make_page(admin_user)
    client.force_login(admin_user)

    response = client.post(reverse("edit_guidance", args=["page", made.slug]), {
        "title": "Starting out", "summary": "", "order": "0", "status": "published",
        "body": "Listen first, then reply kindly.", "change_note": "Kinder", "save": "1"})
    history = page(client.get(reverse("guidance_history", args=["page", made.slug])))

    assert response.url == made.get_absolute_url()
    assert ("join in</del><ins><span class='govuk-visually-hidden'>added: </span>"
            "reply kindly</ins>.") in history
    assert "Kinder" in history


def test_the_history_shows_a_version_saved_by_nobody_as_govsocial(client, admin_user):
    """The shipped guidance is loaded by seed_guidance, with no user behind the version."""
    made = make_page(admin_user)
    made.history.update(history_user=None)
    save_guidance(made, {"body": "Listen first."}, user=admin_user, note="Shorter")
    client.force_login(admin_user)

    history = page(client.get(reverse("guidance_history", args=["page", made.slug])))

    assert '<td class="govuk-table__cell">GovSocial</td>' in history


def test_an_edit_without_a_change_note_is_refused_with_the_summary(client, admin_user):
    made = make_page(admin_user)
    client.force_login(admin_user)

    text = page(client.post(reverse("edit_guidance", args=["page", made.slug]), {
        "title": "Starting out", "summary": "", "order": "0", "status": "published",
        "body": "Changed", "change_note": "", "save": "1"}))

    assert "There is a problem" in text
    assert '<a href="#id_change_note">This field is required.</a>' in text
    assert GuidancePage.objects.get().body == "Listen first, then join in."


def test_a_new_page_with_a_taken_address_is_refused(client, admin_user):
    make_page(admin_user)
    client.force_login(admin_user)

    text = page(client.post(reverse("new_guidance", args=["page"]), {
        "title": "Again", "slug": "starting-out", "summary": "", "order": "0",
        "status": "draft", "body": "x", "change_note": "New", "save": "1"}))

    assert "That web address is taken: choose another." in text
    assert GuidancePage.objects.count() == 1


def test_restore_from_the_history_page(client, admin_user):
    made = make_page(admin_user)
    first = made.history.get()
    save_guidance(made, {"body": "Worse text"}, user=admin_user, note="Oops")
    client.force_login(admin_user)

    client.post(reverse("restore_guidance", args=["page", made.slug]),
                {"version": first.history_id})

    made.refresh_from_db()
    assert made.body == "Listen first, then join in."


@pytest.mark.parametrize("role", ["official", "press_officer"])
@pytest.mark.parametrize("url_name,args", [
    ("manage_guidance", []), ("new_guidance", ["page"]),
    ("edit_guidance", ["page", "starting-out"]),
    ("guidance_history", ["page", "starting-out"]), ("edit_check", ["tone"]),
])
def test_only_admins_reach_the_editing_pages(client, admin_user, role, url_name, args):
    make_page(admin_user)
    client.force_login(make_user(role))

    assert client.get(reverse(url_name, args=args)).status_code == 403


def test_tuning_a_check_saves_only_what_changed(client, admin_user):
    client.force_login(admin_user)
    form = page(client.get(reverse("edit_check", args=["length"])))
    assert 'name="limits"' in form

    response = client.post(reverse("edit_check", args=["length"]), {
        "enabled": "true", "severity": "warn",
        "limits": "x: 280\nbluesky: 300\nmastodon: 500\nthreads: 500\nlinkedin: 2000\n"
                  "facebook: 63206\nblog: null",
        "change_note": "LinkedIn house style"})

    assert response.status_code == 302
    setting = CheckSetting.objects.get()
    assert setting.overrides["severity"] == "warn"
    assert setting.overrides["limits"]["linkedin"] == 2000


def test_a_bad_check_value_gets_a_form_error_on_its_field(client, admin_user):
    client.force_login(admin_user)

    text = page(client.post(reverse("edit_check", args=["political"]), {
        "enabled": "true", "severity": "warn", "vote_verbs": "vot(e", "change_note": "x"}))

    assert "There is a problem" in text
    assert '<a href="#id_vote_verbs">This is not a valid regular expression' in text
    assert CheckSetting.objects.count() == 0


def test_a_finding_links_to_the_principle_as_it_stood(
        client, admin_user, official, mentor, django_capture_on_commit_callbacks):
    principle = make_principle(admin_user, body="The old wording.")
    with django_capture_on_commit_callbacks(execute=True):
        post = create_post(author=official, platform="x", submit=True,
                           text="We will announce £40m for new schools next Tuesday.")
    save_guidance(principle, {"body": "The new wording."}, user=admin_user, note="Reword")
    client.force_login(mentor)

    detail = page(client.get(reverse("post_detail", args=[post.pk])))
    cited = principle.history.order_by("history_id").first()
    link = f"/guidance/principles/no-announcements/?version={cited.history_id}"
    assert f'<a class="govuk-link" href="{link}">Leave announcements to the press office</a>' \
        in detail

    then = page(client.get(link))
    assert "The old wording." in then
    assert "when the checks cited it" in then
    now = page(client.get(reverse("principle_detail", args=["no-announcements"])))
    assert "The new wording." in now
    assert "when the checks cited it" not in now


def test_a_version_that_is_not_a_number_is_a_404(client, admin_user, official):
    make_principle(admin_user)
    client.force_login(official)

    response = client.get(reverse("principle_detail", args=["no-announcements"]),
                          {"version": "abc"})

    assert response.status_code == 404


def test_reading_a_page_ticks_it_off_until_it_changes(client, admin_user, official):
    made = make_page(admin_user, title="Starting out")
    client.force_login(official)

    client.post(reverse("acknowledge_guidance", args=[made.slug]))

    assert "You have read this version." in page(client.get(made.get_absolute_url()))
    record = page(client.get(reverse("my_learning_record")))
    assert '<strong class="govuk-tag govuk-tag--green">Read</strong> <a class="govuk-link" ' \
           'href="/guidance/starting-out/">Starting out</a>' in record

    save_guidance(made, {"body": "New advice."}, user=admin_user, note="Update")

    assert "I have read this" in page(client.get(made.get_absolute_url()))
    record = page(client.get(reverse("my_learning_record")))
    assert '<strong class="govuk-tag govuk-tag--grey">Not yet</strong> <a class="govuk-link" ' \
           'href="/guidance/starting-out/">Starting out</a>' in record


def test_a_draft_page_cannot_be_acknowledged(client, admin_user, official):
    make_page(admin_user, slug="hidden", status=PublicationStatus.DRAFT)
    client.force_login(official)

    assert client.post(reverse("acknowledge_guidance", args=["hidden"])).status_code == 404
