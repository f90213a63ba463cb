"""Every API method, fuzzed with hostile JSON (and bodies that are not JSON at all) as
each role: never a 500; every error is JSON {"error", "detail"} naming the wrong field
and stores nothing; what is accepted is stored whole, as sent."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token

from govsocial.validators import is_storable
from reviews.checks.base import PLATFORMS
from reviews.models import Decision, DecisionOutcome, DraftPost
from reviews.services.posts import MAX_POST_CHARACTERS
from reviews.states import PostStatus
from tests.fuzz.conftest import ROLES
from tests.fuzz.hostile import (
    FUZZ,
    HOSTILE_TEXT,
    WRONG_JSON,
    fuzzes,
    get_page,
    hostile_cases,
    hostile_text,
    isolated,
    json_input,
    judge_json,
    new_rows,
    send_json,
    shows_nothing,
    stored_rows,
    unreadable_address,
    with_examples,
)
from tests.fuzz.test_forms import POST_STATES

TROUBLE = {**HOSTILE_TEXT, **{f"JSON {name}": value for name, value in WRONG_JSON.items()}}
# Bodies that are not a JSON object, or not JSON at all.
NOT_JSON = [b"", b"{", b"not json", b"\xff\xfe\x00", b'{"text": "a" "b"}', b"NaN",
            b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000]
CONTENT_TYPES = ["application/json", "text/plain", "application/x-www-form-urlencoded",
                 "multipart/form-data; boundary=xyz", "application/xml", "",
                 "application/json; charset=no-such-charset", "application/json; charset=utf-16"]
not_json_bodies = st.tuples(st.one_of(st.sampled_from(NOT_JSON), st.binary(max_size=200)),
                            st.sampled_from(CONTENT_TYPES))
post_body = {"platform": st.sampled_from(PLATFORMS), "text": st.text(min_size=1, max_size=300),
             "draft": st.booleans()}
VALID_POST = {"platform": "x", "text": "Proud of our teachers this week.", "draft": False}


def post_body_problems(body) -> set[str] | None:
    """The fields of a post's JSON that must be refused; None where it is not simple
    to say (a draft flag that is not true or false: DRF reads "yes" and 1 as true)."""
    if not isinstance(body, dict):
        return {"non_field_errors"}
    if "draft" in body and not isinstance(body["draft"], bool):
        return None
    problems = set()
    if not (isinstance(body.get("platform"), str) and body["platform"] in PLATFORMS):
        problems.add("platform")
    text = body.get("text")
    if not (isinstance(text, str) and not shows_nothing(text) and is_storable(text)
            and len(text) <= MAX_POST_CHARACTERS):
        problems.add("text")
    return problems


def assert_post_answer(answer, body, *, accepted_status: int) -> None:
    """Refused exactly when the body is wrong, naming the wrong fields; an accepted post
    holds the text as sent and the answer describes it."""
    problems = post_body_problems(body)
    if problems is not None:
        assert (answer.status == accepted_status) is not bool(problems), answer.body
    if answer.status == 400:
        named = set(answer.body.get("fields", {})) | {answer.body.get("field")} - {None}
        assert problems is None or named <= problems, (named, problems)
    if answer.status == accepted_status:
        post = DraftPost.objects.get(pk=answer.body["id"])
        assert (post.platform, post.text) == (body["platform"], body["text"])
        assert (answer.body["text"], answer.body["status"]) == (post.text, post.status)
        if post.status == PostStatus.CHECKING:
            assert post.current_version.text == body["text"]
            assert post.current_version.check_run.status == "pending"


@fuzzes("api_token")
@FUZZ
@given(body=json_input({"username": st.just("right"), "password": st.just("pw")}))
@with_examples({"body": case} for case in hostile_cases({"username": "right", "password": "pw"},
                                                      kinds=TROUBLE))
def test_asking_for_a_token(world, body):
    world.people["official"].username = "right"
    world.people["official"].save()
    with isolated():
        before = stored_rows()
        answer = judge_json(send_json(world.api["anonymous"], "POST", "/api/v1/auth/token",
                                      body), before, fields=["username", "password"])

        right = body == {"username": "right", "password": "pw"}
        assert (answer.status == 200) is right, answer.body
        if right:
            assert answer.body == {"token": Token.objects.get(user=world.people["official"]).key}


@fuzzes("api_posts")
@FUZZ
@given(role=st.sampled_from(ROLES), body=json_input(post_body))
@with_examples({"role": "official", "body": case}
               for case in hostile_cases(VALID_POST, kinds=TROUBLE))
def test_creating_a_post(world, role, body):
    with isolated():
        before = stored_rows()
        answer = judge_json(send_json(world.api[role], "POST", "/api/v1/posts", body), before,
                            fields=post_body)

        if role == "admin":  # no department, so no posts (once the body is valid)
            assert answer.status in (400, 403), answer.body
            return
        assert_post_answer(answer, body, accepted_status=201)
        if answer.status == 201:
            assert new_rows(before, stored_rows(), "reviews.DraftPost") == 1


@fuzzes("api_post")
@FUZZ
@given(role=st.sampled_from(ROLES), post=st.sampled_from(POST_STATES),
       body=json_input({"platform": post_body["platform"], "text": post_body["text"]}))
@with_examples({"role": "official", "post": "draft", "body": case}
               for case in hostile_cases({"platform": "x", "text": "Edited."}, kinds=TROUBLE))
def test_changing_a_post(world, role, post, body):
    with isolated():
        before = stored_rows()
        answer = judge_json(send_json(world.api[role], "PUT",
                                      f"/api/v1/posts/{world.post_id(post)}", body), before,
                            fields=["platform", "text"])

        if role == "official" and post in ("draft", "returned"):
            assert_post_answer(answer, body, accepted_status=200)
        else:
            assert answer.status in (400, 403, 404, 409), answer.body


@fuzzes("api_submit", "api_claim")
@FUZZ
@given(role=st.sampled_from(ROLES), post=st.sampled_from(POST_STATES),
       action=st.sampled_from(["submit", "claim"]), body=json_input({}))
@with_examples({"role": role, "post": post, "action": action, "body": value}
               for role, post, action in [("official", "draft", "submit"),
                                          ("mentor", "awaiting_review", "claim")]
               for value in TROUBLE.values())
def test_the_actions_on_a_post(world, role, post, action, body):
    """Submit and claim take no body: whatever is sent is ignored."""
    with isolated():
        before = stored_rows()
        answer = judge_json(send_json(world.api[role], "POST",
                                      f"/api/v1/posts/{world.post_id(post)}/{action}", body),
                            before)

        if answer.status == 200:
            stored = DraftPost.objects.get(pk=world.post_id(post))
            assert answer.body["status"] == stored.status
            if action == "submit":
                assert stored.current_version.text == stored.text
            else:
                assert stored.claimed_by == world.people[role]


VALID_DECISION = {"outcome": "return", "notes": "Say who you are.", "version": 1}


@fuzzes("api_decision")
@FUZZ
@given(role=st.sampled_from(ROLES), post=st.sampled_from(POST_STATES),
       body=json_input({"outcome": st.sampled_from(DecisionOutcome.values),
                        "notes": st.text(max_size=200), "version": st.integers(0, 2)}))
@with_examples({"role": "mentor", "post": "awaiting_review", "body": case}
               for case in hostile_cases(VALID_DECISION, kinds=TROUBLE))
def test_deciding_a_post(world, role, post, body):
    with isolated():
        before = stored_rows()
        answer = judge_json(send_json(world.api[role], "POST",
                                      f"/api/v1/posts/{world.post_id(post)}/decision", body),
                            before, fields=["outcome", "notes", "version"])

        if body == VALID_DECISION and role != "official" and post == "awaiting_review":
            assert answer.status == 201, answer.body
        if answer.status == 201:
            decision = Decision.objects.get(pk=answer.body["id"])
            assert (decision.outcome, decision.notes, decision.version.number,
                    decision.decided_by) == (body["outcome"], body.get("notes", "").strip(),
                                             body["version"], world.people[role])
            assert decision.post.status != PostStatus.AWAITING_REVIEW


@fuzzes("api_check")
@FUZZ
@given(role=st.sampled_from(ROLES),
       body=json_input({"platform": post_body["platform"], "text": post_body["text"]}))
@with_examples({"role": "official", "body": case}
               for case in hostile_cases({"platform": "x", "text": "Hello"}, kinds=TROUBLE))
def test_checking_a_text(world, role, body):
    with isolated():
        before = stored_rows()
        answer = judge_json(send_json(world.api[role], "POST", "/api/v1/check", body), before,
                            fields=["platform", "text"])

        assert not answer.stored
        problems = post_body_problems(body)
        assert (answer.status == 200) is not bool(problems), answer.body
        if answer.status == 200:
            assert answer.body["outcome"] in ("pass", "warn", "fail")


WRITES = {("POST", "/api/v1/auth/token"): ["username", "password"],
          ("POST", "/api/v1/posts"): list(post_body),
          ("PUT", "/api/v1/posts/{}"): ["platform", "text"],
          ("POST", "/api/v1/posts/{}/decision"): ["outcome", "notes", "version"],
          ("POST", "/api/v1/check"): ["platform", "text"]}


@FUZZ
@given(role=st.sampled_from(["anonymous", *ROLES]), write=st.sampled_from(sorted(WRITES)),
       sent=not_json_bodies)
@with_examples({"role": "official", "write": write, "sent": (body, content_type)}
               for write in WRITES for body, content_type in [
                   *((body, "application/json") for body in NOT_JSON),
                   *((b'{"platform": "x", "text": "Hello"}', content_type)
                     for content_type in CONTENT_TYPES[1:])])
def test_a_body_that_is_not_json_is_refused_as_such(world, role, write, sent):
    method, path = write
    body, content_type = sent
    with isolated():
        before = stored_rows()
        answer = judge_json(send_json(world.api[role], method,
                                      path.format(world.posts["draft"].pk), body,
                                      content_type=content_type), before, fields=WRITES[write])

        if role == "anonymous" and path != "/api/v1/auth/token":
            assert answer.status == 401, answer.body
        elif content_type.partition(";")[0] != "application/json" and body:
            # (An empty body reads as an empty object, whatever its type.)
            assert (answer.status, answer.body["error"]) == (415, "unsupported_media_type")
        elif body in NOT_JSON and body:  # an empty body reads as an empty object
            assert (answer.status, answer.body["error"]) == (400, "malformed"), answer.body


@fuzzes("api_queue", "api_principles", "api_principle")
@FUZZ
@given(role=st.sampled_from(["anonymous", *ROLES]),
       path=st.sampled_from(["/api/v1/posts", "/api/v1/queue", "/api/v1/principles",
                             "/api/v1/principles/no-announcements"]),
       query=st.dictionaries(st.sampled_from(["status", "cursor", "page", "page_size", "q"]),
                             hostile_text, max_size=2))
@with_examples({"role": "mentor", "path": path, "query": {name: value}}
               for path in ["/api/v1/posts", "/api/v1/queue", "/api/v1/principles"]
               for name in ("status", "cursor") for value in HOSTILE_TEXT.values())
def test_reading_with_a_hostile_query(world, role, path, query):
    with isolated():
        before = stored_rows()
        answer = judge_json(get_page(world.api[role], path, query), before,
                            fields=["status", "cursor"])

        assert not answer.stored
        if unreadable_address(query):
            assert (answer.status, answer.body["error"]) == (400, "bad_address")
        else:
            assert answer.status in (200, 400, 401, 403, 404), answer.body

