import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from reviews.models import Decision, DraftPost
from reviews.states import PostStatus
from tests.factories import make_department, make_post, make_user

pytestmark = pytest.mark.django_db


def api(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def test_a_token_is_given_for_the_right_password(official):
    official.set_password("right horse battery")
    official.save()

    response = api().post("/api/v1/auth/token",
                          {"username": official.username, "password": "right horse battery"},
                          format="json")

    assert response.status_code == 200
    assert response.json() == {"token": Token.objects.get(user=official).key}


def test_wrong_credentials_are_a_401_with_a_clear_message(official):
    response = api().post("/api/v1/auth/token",
                          {"username": official.username, "password": "wrong"}, format="json")

    assert response.status_code == 401
    assert response.json() == {
        "error": "invalid_credentials",
        "detail": "That username and password do not match an account."}


def test_the_login_throttle_applies(official, settings):
    cache.clear()
    for _ in range(10):
        api().post("/api/v1/auth/token", {"username": "x", "password": "y"}, format="json")

    response = api().post("/api/v1/auth/token", {"username": "x", "password": "y"},
                          format="json")

    assert response.status_code == 429
    assert response.json()["error"] == "throttled"
    cache.clear()


def test_no_credentials_is_a_401(official):
    response = api().get("/api/v1/posts")

    assert response.status_code == 401
    assert response.json()["error"] == "not_authenticated"


def test_creating_a_post_submits_it_and_returns_it(official, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = api(official).post("/api/v1/posts",
                                      {"platform": "x", "text": "Thanks all for coming."},
                                      format="json")

    body = response.json()
    assert response.status_code == 201
    assert (body["status"], body["version"], body["platform"], body["text"]) == (
        "checking", 1, "x", "Thanks all for coming.")
    assert {"id", "created", "check_status", "checks", "decisions", "versions"} <= set(body)


def test_a_draft_is_only_saved(official):
    response = api(official).post("/api/v1/posts", {"platform": "x", "text": "Later",
                                                    "draft": True}, format="json")

    assert (response.status_code, response.json()["status"], response.json()["version"]) == (
        201, "draft", None)


def test_the_checks_appear_once_done(official, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_id = api(official).post("/api/v1/posts", {
            "platform": "x", "text": "Yet ANOTHER ridiculous article. Do some research!!!"},
            format="json").json()["id"]

    body = api(official).get(f"/api/v1/posts/{post_id}").json()

    assert body["check_status"] == "done"
    assert body["status"] == "awaiting_review"
    assert set(body["checks"]) == {"announcement", "affiliation", "tone", "political",
                                   "personal_data", "confidential", "length"}
    tone = body["checks"]["tone"]
    assert tone["outcome"] == "warn"
    assert tone["principle"] == "conversational-tone"
    assert set(tone["findings"][0]) == {"start", "end", "text", "message"}


@pytest.mark.parametrize("payload,field", [
    ({"platform": "myspace", "text": "hi"}, "platform"),
    ({"platform": "x", "text": ""}, "text"),
    ({"platform": "x", "text": "a\x00b"}, "text"),
    ({"platform": "x", "text": 42}, "text"),
    ({"platform": "x"}, "text"),
    ({"platform": "x", "text": "x" * 60_000}, "text"),
    ({"platform": "x", "text": "\u00ad\u00ad\u008f"}, "text"),
])
def test_bad_input_is_a_400_naming_the_field(official, payload, field):
    response = api(official).post("/api/v1/posts", payload, format="json")

    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "invalid"
    assert body["detail"].startswith(field) or body.get("field") == field
    assert DraftPost.objects.count() == 0


def test_malformed_json_is_a_400(official):
    response = api(official).post("/api/v1/posts", "{not json", content_type="application/json")

    assert (response.status_code, response.json()["error"]) == (400, "malformed")


def test_another_officials_post_is_a_404(official, department):
    other = make_post(make_user("official", department))

    response = api(official).get(f"/api/v1/posts/{other.pk}")

    assert (response.status_code, response.json()["error"]) == (404, "not_found")


def test_the_list_holds_my_posts_filtered_by_status_and_paginated(official):
    make_post(official, PostStatus.DRAFT, text="Draft one")
    make_post(official, PostStatus.AWAITING_REVIEW, text="Waiting one")

    body = api(official).get("/api/v1/posts", {"status": "draft"}).json()

    assert body == {"next": None, "previous": None, "results": [body["results"][0]]}
    assert [p["text"] for p in body["results"]] == ["Draft one"]


def test_an_unknown_status_filter_is_a_400(official):
    response = api(official).get("/api/v1/posts", {"status": "lost"})

    assert (response.status_code, response.json()["error"]) == (400, "invalid")


def test_a_mentor_lists_the_departments_posts(official, mentor):
    make_post(official, PostStatus.AWAITING_REVIEW, text="For review")
    make_post(make_user("official", make_department()), PostStatus.AWAITING_REVIEW,
              text="Elsewhere")

    body = api(mentor).get("/api/v1/posts").json()

    assert [p["text"] for p in body["results"]] == ["For review"]


@pytest.mark.parametrize("state", [PostStatus.DRAFT, PostStatus.RETURNED])
def test_put_edits_a_draft_or_returned_post(official, state):
    post = make_post(official, state)

    response = api(official).put(f"/api/v1/posts/{post.pk}",
                                 {"platform": "bluesky", "text": "New words"}, format="json")

    assert response.status_code == 200
    assert (response.json()["text"], response.json()["platform"]) == ("New words", "bluesky")


def test_put_on_a_post_awaiting_review_is_refused(official):
    post = make_post(official, PostStatus.AWAITING_REVIEW)

    response = api(official).put(f"/api/v1/posts/{post.pk}",
                                 {"platform": "x", "text": "Sneaky"}, format="json")

    assert response.status_code == 403
    assert response.json() == {"error": "forbidden",
                               "detail": "Only the author can edit a draft or a returned post."}


def test_the_queue_is_for_mentors(official, mentor):
    make_post(official, PostStatus.AWAITING_REVIEW, text="Queued")

    assert api(official).get("/api/v1/queue").status_code == 403
    body = api(mentor).get("/api/v1/queue").json()
    assert [p["text"] for p in body["results"]] == ["Queued"]


def test_the_queue_reads_by_cursor_oldest_first_with_no_post_twice(official, mentor):
    from datetime import timedelta

    from django.utils import timezone

    start = timezone.now() - timedelta(days=9)
    posts = DraftPost.objects.bulk_create([
        DraftPost(author=official, department=official.profile.department, platform="x",
                  text=f"Queued {n}", status=PostStatus.AWAITING_REVIEW,
                  submitted_at=start + timedelta(hours=n // 3),
                  waiting_since=start + timedelta(hours=n // 3)) for n in range(120)])
    make_post(make_user("official", make_department()), PostStatus.AWAITING_REVIEW,
              text="Elsewhere")
    client = api(mentor)

    pages = [client.get("/api/v1/queue").json()]
    while pages[-1]["next"]:
        pages.append(client.get(pages[-1]["next"]).json())

    assert [len(p["results"]) for p in pages] == [50, 50, 20]
    assert [r["id"] for p in pages for r in p["results"]] == \
        [p.pk for p in sorted(posts, key=lambda p: (p.waiting_since, p.pk))]
    assert pages[0]["previous"] is None
    assert client.get(pages[2]["previous"]).json()["results"] == pages[1]["results"]
    assert "count" not in pages[0]


def test_the_schema_says_the_lists_read_by_cursor_with_no_count():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)

    for path in ("/api/v1/posts", "/api/v1/queue", "/api/v1/principles"):
        names = {p["name"] for p in schema["paths"][path]["get"]["parameters"]}
        assert "cursor" in names and "page" not in names, path
    for name in ("PaginatedPostList", "PaginatedPrincipleList"):
        assert set(schema["components"]["schemas"][name]["properties"]) == \
            {"next", "previous", "results"}


def test_a_changed_cursor_is_a_404_saying_to_start_again(official, mentor):
    response = api(mentor).get("/api/v1/queue", {"cursor": "changed:1abc:xyz"})

    assert response.status_code == 404
    assert response.json() == {
        "error": "not_found",
        "detail": "That page link is out of date or was changed: start again from the first "
                  "page (the address without a cursor)."}


def test_a_decision_on_a_stale_version_is_a_409(official, mentor):
    post = make_post(official, PostStatus.AWAITING_REVIEW, versions=2)

    response = api(mentor).post(f"/api/v1/posts/{post.pk}/decision",
                                {"outcome": "approve", "version": 1}, format="json")

    assert response.status_code == 409
    assert response.json()["error"] == "stale_version"
    assert Decision.objects.count() == 0


def test_the_mentor_who_loses_a_race_to_decide_gets_a_409_saying_why(official, mentor,
                                                                     department):
    post = make_post(official, PostStatus.AWAITING_REVIEW)
    other = make_user("press_officer", department, mentors=department)
    api(mentor).post(f"/api/v1/posts/{post.pk}/decision", {"outcome": "approve", "version": 1},
                     format="json")

    response = api(other).post(f"/api/v1/posts/{post.pk}/decision",
                               {"outcome": "reject", "notes": "No.", "version": 1},
                               format="json")

    assert response.status_code == 409
    assert response.json() == {
        "error": "invalid_state",
        "detail": "Another mentor has already decided this post: it is now approved."}
    assert Decision.objects.get().decided_by == mentor


def test_deciding_ones_own_post_is_a_403(department):
    press_officer = make_user("press_officer", department, mentors=department)
    post = make_post(press_officer, PostStatus.AWAITING_REVIEW)

    response = api(press_officer).post(f"/api/v1/posts/{post.pk}/decision",
                                       {"outcome": "approve", "version": 1}, format="json")

    assert response.status_code == 403
    assert response.json()["detail"] == "You cannot review your own post: another mentor will."


def test_an_official_deciding_is_a_403(official, department):
    post = make_post(make_user("official", department), PostStatus.AWAITING_REVIEW)

    response = api(official).post(f"/api/v1/posts/{post.pk}/decision",
                                  {"outcome": "approve", "version": 1}, format="json")

    assert response.status_code in (403, 404)
    assert Decision.objects.count() == 0


def test_check_runs_the_seven_checks_and_stores_nothing(official):
    response = api(official).post("/api/v1/check", {
        "platform": "x", "text": "Call me on 07700 900123"}, format="json")

    body = response.json()
    assert response.status_code == 200
    assert body["outcome"] == "fail"
    assert body["checks"]["personal_data"]["findings"][0]["text"] == "07700 900123"
    assert DraftPost.objects.count() == 0


def test_principles_are_listed_and_read(official):
    from django.core.management import call_command

    call_command("seed_guidance")

    listing = api(official).get("/api/v1/principles").json()
    one = api(official).get("/api/v1/principles/no-announcements").json()

    assert "no-announcements" in [p["slug"] for p in listing["results"]]
    assert one["check"] == "announcement"
    assert len(one["good_examples"]) >= 2
    assert api(official).get("/api/v1/principles/nope").status_code == 404


def test_the_schema_and_docs_are_served(client):
    schema = client.get("/api/schema")
    docs = client.get("/api/docs")

    assert schema.status_code == 200
    assert b"/api/v1/posts/{post_id}/decision" in schema.content
    assert docs.status_code == 200


def test_the_whole_journey(official, mentor, django_capture_on_commit_callbacks):
    author, reviewer = api(official), api(mentor)
    with django_capture_on_commit_callbacks(execute=True):
        post = author.post("/api/v1/posts", {"platform": "x", "text": "Big news next week!"},
                           format="json").json()
    assert author.get(f"/api/v1/posts/{post['id']}").json()["check_status"] == "done"

    assert reviewer.post(f"/api/v1/posts/{post['id']}/claim").status_code == 200
    returned = reviewer.post(f"/api/v1/posts/{post['id']}/decision", {
        "outcome": "return", "notes": "Leave news to the press office.", "version": 1},
        format="json")
    assert returned.status_code == 201

    assert author.put(f"/api/v1/posts/{post['id']}", {
        "platform": "x", "text": "Published today: https://www.gov.uk/news"},
        format="json").json()["status"] == "edited"
    with django_capture_on_commit_callbacks(execute=True):
        submitted = author.post(f"/api/v1/posts/{post['id']}/submit").json()
    assert submitted["version"] == 2

    approved = reviewer.post(f"/api/v1/posts/{post['id']}/decision",
                             {"outcome": "approve", "version": 2}, format="json")
    assert approved.status_code == 201
    final = author.get(f"/api/v1/posts/{post['id']}").json()
    assert final["status"] == "approved"
    assert [d["outcome"] for d in final["decisions"]] == ["return", "approve"]
    assert [v["number"] for v in final["versions"]] == [1, 2]


def test_the_schema_tells_clients_that_post_text_must_show_something(official):
    schema = api(official).get("/api/schema", HTTP_ACCEPT="application/json").json()
    text = schema["components"]["schemas"]["PostWriteRequest"]["properties"]["text"]

    assert (text["format"], text["pattern"], text["minLength"]) == (
        "visible-text", "^[^\\x00]*$", 1)
    assert text["description"].startswith("At least one character a reader would see")


def test_a_post_of_only_invisible_characters_is_refused_with_the_reason(official):
    response = api(official).post("/api/v1/posts", {"platform": "x", "text": "\u200b\u2060"},
                                  format="json")

    assert (response.status_code, response.json()["detail"]) == (
        400, "Your post has only invisible characters, such as zero-width spaces: enter the "
             "words you want to post.")
