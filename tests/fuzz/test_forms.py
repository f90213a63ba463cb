"""Every form a person sends, fuzzed with hostile input as each role that can reach it:
never a 500; a refusal shows the form again with a GOV.UK error summary (or says why
on the page it leads to) and stores nothing; accepted input is stored whole, as sent."""

from __future__ import annotations

from django.core.validators import URLValidator
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from guidelines.forms import CheckSettingForm
from guidelines.models import CheckSetting, GuidancePage, Principle
from guidelines.services import validate_check_overrides
from reviews.checks.base import PLATFORMS
from reviews.checks.engine import CHECKS
from reviews.models import Decision, DecisionOutcome, DiscretionChange, DraftPost
from reviews.services.posts import MAX_POST_CHARACTERS
from reviews.states import PostStatus
from tests.fuzz.conftest import ROLES
from tests.fuzz.hostile import (
    FUZZ,
    HOSTILE_TEXT,
    MISSING,
    REFUSED_ALONE,
    form_input,
    fuzzes,
    get_page,
    hostile_cases,
    hostile_text,
    isolated,
    judge_page,
    new_rows,
    post_form,
    received,
    shows_nothing,
    stored_rows,
    unreadable_address,
    with_examples,
)

POST_STATES = (*(s.value for s in (PostStatus.DRAFT, PostStatus.RETURNED,
                                    PostStatus.AWAITING_REVIEW, PostStatus.APPROVED)),
               "failed", "cleared", "missing")
junk_fields = st.dictionaries(hostile_text, hostile_text, max_size=3)
post_text = st.text(min_size=1, max_size=300)
VALID_POST = {"platform": "x", "text": "Proud of our teachers this week.", "submit": "1"}


def post_form_problems(data) -> set[str]:
    """The fields of a post form that must be refused."""
    problems = set()
    if data.get("platform") not in PLATFORMS:
        problems.add("id_platform")
    text = received(data.get("text", ""))
    if shows_nothing(text) or "\x00" in text or len(text) > MAX_POST_CHARACTERS:
        problems.add("id_text")
    return problems


def text_problem(data, name: str, *, required: bool, max_length: int) -> bool:
    """A stripped text field that must be refused: missing when required, too long, NUL."""
    text = received(data.get(name, "")).strip()
    return (required and not text) or len(text) > max_length or "\x00" in text


def assert_post_stored(post: DraftPost, data, *, author, last_action: str) -> None:
    """A post saved from a form holds exactly what was sent; a submitted one has its
    version and a pending check run; the audit trail ends with what was done."""
    assert (post.author, post.platform, post.text) == (author, data["platform"],
                                                      received(data["text"]))
    if "submit" in data:
        version = post.current_version
        assert post.status == PostStatus.CHECKING
        assert (version.platform, version.text) == (post.platform, post.text)
        assert version.check_run.status == "pending"
        last_action = "submit"
    assert post.events.order_by("pk").last().action == last_action


@fuzzes("try_checks")
@FUZZ
@given(role=st.sampled_from(["anonymous", "official"]),
       data=form_input({"platform": st.sampled_from(PLATFORMS), "text": post_text,
                        "profile": st.text(max_size=100)}))
@with_examples({"role": "anonymous", "data": case} for case in hostile_cases(
    {**VALID_POST, "profile": "Teacher."}, ["platform", "text", "profile"]))
def test_trying_the_checks(world, role, data):
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role], "/check/", data), before)

        problems = post_form_problems(data)
        if text_problem(data, "profile", required=False, max_length=500):
            problems.add("id_profile")
        assert answer.error_fields == problems, answer.errors
        if not problems:
            assert answer.status == 200
            assert 'id="results-title"' in answer.html  # the checks' report


@fuzzes("new_post")
@FUZZ
@given(role=st.sampled_from(ROLES),
       data=form_input({"platform": st.sampled_from(PLATFORMS), "text": post_text,
                        "submit": st.just("1")}))
@with_examples({"role": "official", "data": case}
               for case in hostile_cases(VALID_POST, ["platform", "text"]))
def test_writing_a_post(world, role, data):
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role], "/posts/new/", data), before)

        if role == "admin":  # no department, so no posts
            assert answer.status == 403
            return
        problems = post_form_problems(data)
        assert answer.error_fields == problems, answer.errors
        if not problems:
            assert new_rows(before, stored_rows(), "reviews.DraftPost") == 1
            post = DraftPost.objects.latest("pk")
            assert answer.status == 302 and answer.messages[0][0] == "success"
            assert_post_stored(post, data, author=world.people[role], last_action="create")
            assert post.events.first().action == "create"


@fuzzes("edit_post")
@FUZZ
@given(role=st.sampled_from(ROLES), post=st.sampled_from(POST_STATES),
       data=form_input({"platform": st.sampled_from(PLATFORMS), "text": post_text,
                        "submit": st.just("1")}))
@with_examples({"role": "official", "post": "returned", "data": case}
               for case in hostile_cases(VALID_POST, ["platform", "text"]))
def test_editing_a_post(world, role, post, data):
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role],
                                      f"/posts/{world.post_id(post)}/edit/", data), before)

        if post == "missing":
            assert answer.status == 404
            return
        if role != "official" or post not in ("draft", "returned"):
            assert answer.status == 302 and not answer.stored
            return
        problems = post_form_problems(data)
        assert answer.error_fields == problems, answer.errors
        if not problems:
            assert answer.status == 302 and answer.messages[0][0] == "success"
            stored = DraftPost.objects.get(pk=world.post_id(post))
            assert_post_stored(stored, data, author=world.people["official"],
                               last_action="edit")
            if "submit" not in data:
                assert stored.status == ("draft" if post == "draft" else "edited")


BUTTONS_THAT_WORK = [("official", "draft", "submit"), ("official", "failed", "rerun"),
                     ("mentor", "awaiting_review", "claim"),
                     ("admin", "awaiting_review", "release")]


@fuzzes("submit_post", "rerun_checks", "claim_post", "release_claim")
@FUZZ
@given(role=st.sampled_from(ROLES), post=st.sampled_from(POST_STATES),
       action=st.sampled_from(["submit", "rerun", "claim", "release"]), data=junk_fields)
@with_examples({"role": role, "post": post, "action": action, "data": {"text": value}}
               for role, post, action in BUTTONS_THAT_WORK for value in HOSTILE_TEXT.values())
def test_the_buttons_on_a_post(world, role, post, action, data):
    """The buttons send no fields of their own: whatever else is sent is ignored."""
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role],
                                      f"/posts/{world.post_id(post)}/{action}/", data), before)

        assert answer.status in (302, 404)
        if (role, post, action) in BUTTONS_THAT_WORK:
            assert answer.stored, answer.messages
        if answer.stored:
            assert answer.messages[-1][0] == "success"
            stored = DraftPost.objects.get(pk=world.post_id(post))
            if action == "submit":
                version = stored.current_version
                assert (version.text, version.platform) == (stored.text, stored.platform)
                assert version.check_run.status == "pending"


VALID_DECISION = {"outcome": "return", "notes": "Say who you are.", "version": "1"}


@fuzzes("decide_post")
@FUZZ
@given(role=st.sampled_from(ROLES), post=st.sampled_from(POST_STATES),
       data=form_input({"outcome": st.sampled_from(DecisionOutcome.values),
                        "notes": st.text(max_size=200),
                        "version": st.integers(0, 2).map(str)}))
@with_examples({"role": "mentor", "post": "awaiting_review", "data": case}
               for case in hostile_cases(VALID_DECISION))
def test_deciding_a_post(world, role, post, data):
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role],
                                      f"/posts/{world.post_id(post)}/decide/", data), before)

        if data == VALID_DECISION and role != "official" and post == "awaiting_review":
            assert answer.stored
        if answer.stored:
            decision = Decision.objects.latest("pk")
            assert new_rows(before, stored_rows(), "reviews.Decision") == 1
            assert (decision.outcome, decision.notes, decision.version.number,
                    decision.decided_by) == (data["outcome"], received(data["notes"]).strip()
                                             if "notes" in data else "", 1, world.people[role])
            assert decision.post.status == {"approve": "approved",
                                            "approve_with_coaching": "approved",
                                            "return": "returned",
                                            "reject": "rejected"}[data["outcome"]]


VALID_LIVE_URL = {"live_url": "https://x.com/a/status/1"}


@fuzzes("record_posted")
@FUZZ
@given(role=st.sampled_from(ROLES), post=st.sampled_from(POST_STATES),
       data=form_input({"live_url": st.sampled_from(["https://x.com/a/status/1",
                                                     "www.linkedin.com/post/2"])}))
@with_examples({"role": "official", "post": "approved", "data": case}
               for case in hostile_cases(VALID_LIVE_URL))
def test_recording_where_a_post_went_live(world, role, post, data):
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role],
                                      f"/posts/{world.post_id(post)}/posted/", data), before)

        if data == VALID_LIVE_URL and role == "official" and post == "approved":
            assert answer.stored
        if answer.stored:
            stored = DraftPost.objects.get(pk=world.post_id(post))
            assert stored.status == PostStatus.POSTED
            URLValidator(schemes=["https", "http"])(stored.live_url)
            assert received(data["live_url"]).strip() in (stored.live_url,
                                                          stored.live_url.removeprefix("https://"))


VALID_REASON = {"reason": "It is a quotation, not our words."}


@fuzzes("dismiss_finding")
@FUZZ
@given(role=st.sampled_from(ROLES), result=st.sampled_from(["finding", "missing"]),
       index=st.sampled_from([0, 1, 10**30]),
       data=form_input({"reason": st.text(max_size=200)}))
@with_examples({"role": "mentor", "result": "finding", "index": index, "data": case}
               for index in (0, 1) for case in hostile_cases(VALID_REASON))
def test_dismissing_a_finding(world, role, result, index, data):
    result_id = world.finding.pk if result == "finding" else 10**30
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role],
                                      f"/findings/{result_id}/{index}/dismiss/", data), before)

        if data == VALID_REASON and role != "official" and (result, index) == ("finding", 0):
            assert answer.stored
        if answer.stored:
            dismissal = world.finding.dismissals.get()
            assert (dismissal.finding_index, dismissal.reason, dismissal.dismissed_by) == (
                index, received(data["reason"]).strip(), world.people[role])


VALID_COACHING = {"notes": "Next time, link to the published page."}


@fuzzes("coach_cleared_post")
@FUZZ
@given(role=st.sampled_from(ROLES), post=st.sampled_from(POST_STATES),
       data=form_input({"notes": st.text(max_size=200)}))
@with_examples({"role": "mentor", "post": "cleared", "data": case}
               for case in hostile_cases(VALID_COACHING))
def test_coaching_on_a_cleared_post(world, role, post, data):
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role],
                                      f"/posts/{world.post_id(post)}/coach/", data), before)

        if data == VALID_COACHING and role == "mentor" and post == "cleared":
            assert answer.stored
        if answer.stored:
            decision = Decision.objects.latest("pk")
            assert (decision.outcome, decision.notes, decision.decided_by) == (
                "approve_with_coaching", received(data["notes"]).strip(), world.people[role])


VALID_DISCRETION = {"level": "1", "reason": "Six months of clean posts."}


@fuzzes("learning_record", "my_learning_record")
@FUZZ
@given(role=st.sampled_from(ROLES), person=st.sampled_from(["official", "self", "missing"]),
       data=form_input({"level": st.sampled_from(["0", "1", "2"]),
                        "reason": st.text(max_size=200)}))
@with_examples({"role": "mentor", "person": "official", "data": case}
               for case in hostile_cases(VALID_DISCRETION))
def test_setting_a_discretion_level(world, role, person, data):
    path = {"official": f"/people/{world.people['official'].pk}/", "self": "/learning/",
            "missing": f"/people/{10**30}/"}[person]
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role], path, data), before)

        can_set = role in ("mentor", "admin") and person == "official"
        if not can_set:
            assert answer.status in (403, 404)
            return
        expect_refused = (data.get("level") not in ("1", "2")
                          or text_problem(data, "reason", required=True, max_length=2000))
        assert bool(answer.stored) is not expect_refused, answer.errors
        if answer.stored:
            change = DiscretionChange.objects.latest("pk")
            assert (change.official, change.old_level, change.new_level, change.reason,
                    change.changed_by) == (world.people["official"], 0, int(data["level"]),
                                           received(data["reason"]).strip(), world.people[role])
            assert change.official.profile.discretion_level == int(data["level"])


# --- Guidance and the checks' settings (admins) ---------------------------------------

VALID_PAGE = {"title": "Posting at weekends", "slug": "weekends", "summary": "When to post.",
              "order": "3", "status": "draft", "body": "## Weekends\n\nRest.",
              "change_note": "New page"}
VALID_PRINCIPLE = {"title": "Be kind", "slug": "be-kind", "summary": "Kindness first.",
                   "check_name": "tone", "order": "1", "body": "Be kind online.",
                   "good_examples": "platform: x\nThanks, all!\nWhy: warm",
                   "bad_examples": "", "change_note": "New principle"}
GUIDANCE = {"page": (GuidancePage, VALID_PAGE), "principle": (Principle, VALID_PRINCIPLE)}
GUIDANCE_TEXT = {"title", "slug", "body", "change_note"}


def _guidance_fields(kind: str) -> dict:
    return {name: st.just(value) for name, value in GUIDANCE[kind][1].items()}


def assert_guidance_stored(instance, data, before) -> None:
    """Saved guidance holds the (trimmed) text sent, and one version says who and why."""
    assert instance.title == received(data["title"]).strip()
    assert instance.body == received(data["body"]).strip()
    assert instance.summary == received(data.get("summary", "")).strip()
    newest = instance.history.order_by("-history_id").first()
    assert newest.history_change_reason == received(data["change_note"]).strip()
    assert new_rows(before, stored_rows(), f"guidelines.Historical{type(instance).__name__}"
                    ) == 1


@fuzzes("new_guidance")
@FUZZ
@given(role=st.sampled_from(["admin", "mentor"]), kind=st.sampled_from(["page", "principle"]),
       preview=st.booleans(), data=st.data())
@with_examples({"role": "admin", "kind": kind, "preview": False, "data": case}
               for kind, (_, valid) in GUIDANCE.items()
               for case in hostile_cases(valid, alone=GUIDANCE_TEXT))
def test_adding_guidance(world, role, kind, preview, data):
    if not isinstance(data, dict):
        data = data.draw(form_input(_guidance_fields(kind)))
    if preview:
        data = {**data, "preview": "1"}
    model = GUIDANCE[kind][0]
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role], f"/guidance/manage/{kind}/new/",
                                      data), before)

        if role != "admin":
            assert answer.status == 403
            return
        if data == GUIDANCE[kind][1]:
            assert answer.stored
        if answer.stored:
            assert_guidance_stored(model.objects.get(slug=data["slug"]), data, before)


@fuzzes("edit_guidance")
@FUZZ
@given(kind=st.sampled_from(["page", "principle"]), data=st.data())
@with_examples({"kind": kind, "data": {k: v for k, v in case.items() if k != "slug"}}
               for kind, (_, valid) in GUIDANCE.items()
               for case in hostile_cases(valid, set(valid) - {"slug"},
                                         alone=GUIDANCE_TEXT - {"slug"}))
def test_editing_guidance(world, kind, data):
    if not isinstance(data, dict):
        data = data.draw(form_input(_guidance_fields(kind)))
    instance = world.page if kind == "page" else world.principle
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages["admin"],
                                      f"/guidance/manage/{kind}/{instance.slug}/edit/", data),
                            before)

        if answer.stored:
            instance.refresh_from_db()
            assert_guidance_stored(instance, data, before)


@fuzzes("restore_guidance")
@FUZZ
@given(kind=st.sampled_from(["page", "principle"]),
       version=st.one_of(st.sampled_from(["first", "missing"]), hostile_text))
@with_examples({"kind": "principle", "version": version}
               # "²" passes str.isdigit() but not int(); 5,000 digits are more than
               # int() reads: both were 500s.
               for version in ["first", "missing", "²", "1" * 5000, *HOSTILE_TEXT.values()])
def test_restoring_a_guidance_version(world, kind, version):
    instance = world.page if kind == "page" else world.principle
    history_id = {"first": str(instance.history.earliest("history_id").history_id),
                  "missing": str(10**30)}.get(version, version)
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages["admin"],
                                      f"/guidance/manage/{kind}/{instance.slug}/restore/",
                                      {"version": history_id}), before)

        assert answer.status == 302
        if answer.stored:
            assert version == "first"
            assert instance.history.latest("history_id").history_change_reason == (
                "Restored version 1")


def _check_form_data(check: str) -> dict[str, str]:
    """The check's form as it first shows, with a change note: valid as it stands."""
    form = CheckSettingForm(check, dict(CHECKS[check].DEFAULTS))
    return {**{name: str(value) for name, value in form.initial.items()},
            "change_note": "Tuning"}


# The fields of a check's settings where an admin writes freely (a word list, a
# mapping), and one of each other kind (a pattern, numbers, choices, the note). The
# pattern belongs to a check costly to compile: it gets the trouble it must refuse.
SETTING_TEXT_FIELDS = [("confidential", "markings"), ("length", "limits")]
SETTING_OTHER_FIELDS = [("tone", "punctuation_pattern"), ("confidential", "max_findings"),
                        ("tone", "caps_min_vowel_share"), ("length", "enabled"),
                        ("length", "severity"), ("length", "change_note")]


WORD_MARKERS_ONLY = {"partisan_markers": "a" * 999}


@fuzzes("edit_check")
@settings(FUZZ, max_examples=FUZZ.max_examples // 2)  # each example compiles a check
@given(check=st.sampled_from(sorted(CHECKS)), changes=st.data())
@with_examples({"check": check, "changes": changes} for check, changes in [
    ("length", {}),
    # Each was a 500 or a form that could not be saved unchanged, found by fuzzing:
    # the affiliation weights' own default of -1 was refused; a word list with no
    # symbol in it broke the political check; a 600-letter term overflowed the
    # personal data check's trie; a 1 MB word list took minutes to compile.
    ("affiliation", {}),
    ("political", WORD_MARKERS_ONLY),
    ("personal_data", {"sensitive_terms": 'health: ["' + "a" * 600 + '"]'}),
    ("announcement", {"future_time": HOSTILE_TEXT["1 MB"]}),
    # Valid JSON escapes for characters no column can hold (a 500 on PostgreSQL).
    ("length", {"limits": 'x: 280\nblog: "\\u0000"'}),
    ("length", {"limits": 'x: ["\\ud800"]'}),
    *((check, {name: value}) for check, name in SETTING_TEXT_FIELDS
      for value in HOSTILE_TEXT.values()),
    *((check, {name: value}) for check, name in SETTING_OTHER_FIELDS
      for value in [MISSING, *(HOSTILE_TEXT[kind] for kind in REFUSED_ALONE)]),
])
def test_tuning_a_check(world, check, changes):
    """``changes`` are the fields changed (or, as MISSING, left out) from the form as it
    first shows."""
    sent = _check_form_data(check)
    if not isinstance(changes, dict):
        changes = changes.draw(st.dictionaries(st.sampled_from(sorted(sent)),
                                               st.one_of(hostile_text, st.just(MISSING)),
                                               max_size=3))
    for name, value in changes.items():
        if value is MISSING:
            sent.pop(name)
        else:
            sent[name] = value
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages["admin"], f"/guidance/manage/checks/{check}/",
                                      sent), before)

        if not changes or changes == WORD_MARKERS_ONLY:
            assert answer.stored, answer.errors
        if answer.stored:
            setting = CheckSetting.objects.get(check_name=check)
            validate_check_overrides(check, setting.overrides)
            assert setting.history.latest("history_id").history_change_reason == (
                received(sent["change_note"]).strip())


@fuzzes("acknowledge_guidance")
@FUZZ
@given(role=st.sampled_from(ROLES), page=st.sampled_from(["published", "missing"]),
       data=junk_fields)
@with_examples({"role": "official", "page": "published", "data": {value: value}}
               for value in HOSTILE_TEXT.values())
def test_ticking_off_guidance(world, role, page, data):
    slug = world.page.slug if page == "published" else "no-such-page"
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages[role], f"/guidance/{slug}/read/", data),
                            before)

        assert answer.status == (302 if page == "published" else 404)
        if answer.stored:
            assert world.page.acknowledgements.get().user == world.people[role]


# --- Signing in and out ---------------------------------------------------------------

@fuzzes("login")
@FUZZ
@given(data=form_input({"username": st.just("right"), "password": st.just("pw")}))
@with_examples({"data": case} for case in hostile_cases({"username": "right",
                                                                "password": "pw"}))
def test_signing_in(world, data):
    world.people["official"].username = "right"
    world.people["official"].save()
    with isolated():
        before = stored_rows()
        answer = judge_page(post_form(world.pages["anonymous"], "/sign-in/", data), before)

        right = data == {"username": "right", "password": "pw"}
        assert (answer.status == 302) == right
        if not right:
            assert answer.status == 200 and answer.errors
        if len(received(data.get("username", "")).strip()) > 150:
            # Refused as it stands, not looked up (PostgreSQL refused the sign-in
            # throttle's record of it: a 500).
            assert answer.errors[0] == (
                "id_username", "Enter your username: it is 150 characters or fewer.")


@fuzzes("logout")
@FUZZ
@given(role=st.sampled_from(ROLES), data=junk_fields)
def test_signing_out(world, role, data):
    with isolated():
        client = Client()
        client.force_login(world.people[role])
        before = stored_rows()
        response = post_form(client, "/sign-out/", data)

        assert response.status_code == 302
        assert stored_rows() == before


# --- Forms that only read (GET) -----------------------------------------------------

READING_QUERIES = {
    "/queue/": ["department", "platform", "raised", "older_than", "cursor"],
    "/posts/": ["cursor"],
    "/cleared/": ["cursor"],
    "/guidance/search/": ["q"],
    "/guidance/principles/no-announcements/": ["version"],
    "/guidance/manage/principle/no-announcements/history/": ["from", "to"],
    "/dashboard/": ["csv"],
}


@fuzzes("queue", "my_posts", "cleared_posts", "guidance_search", "principle_detail",
        "guidance_history", "dashboard")
@FUZZ
@given(role=st.sampled_from(ROLES), path=st.sampled_from(sorted(READING_QUERIES)),
       data=st.data())
@with_examples({"role": "admin", "path": path, "data": {name: value}}
               for path, names in READING_QUERIES.items() for name in names
               for value in ["²", "1" * 5000, *HOSTILE_TEXT.values()])
def test_reading_with_a_hostile_query(world, role, path, data):
    if not isinstance(data, dict):
        data = data.draw(st.dictionaries(st.sampled_from(READING_QUERIES[path]), hostile_text,
                                         max_size=3))
    with isolated():
        before = stored_rows()
        answer = judge_page(get_page(world.pages[role], path, data), before)

        if unreadable_address(data):
            assert answer.status == 400
            assert "Sorry, GovSocial could not read what you sent" in answer.html
        else:
            assert answer.status in (200, 403, 404), answer.status
