"""The check-a-draft page, through Django's test client."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_check_page_offers_the_form(client):
    response = client.get(reverse("try_checks"))

    assert response.status_code == 200
    assert '<h1 class="govuk-heading-l">Check a draft post</h1>' in response.content.decode()


def test_checking_a_long_post_highlights_what_goes_over(client):
    response = client.post(reverse("try_checks"),
                           {"platform": "bluesky", "text": "a" * 300 + "OVER"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "1 of 7 checks raised something" in page
    assert '<mark class="app-mark">OVER</mark>' in page
    assert "304 characters, 4 over the 300 that Bluesky allows" in page


def test_a_clean_post_passes_every_check(client):
    response = client.post(reverse("try_checks"), {"platform": "x", "text": "Lovely walk today."})

    assert "All 7 checks passed" in response.content.decode()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter the text of your draft post."),
        ("   ", "Enter the text of your draft post."),
        ("\u200b\u200c\ufeff", "Your post has only invisible characters, such as zero-width "
                                "spaces: enter the words you want to post."),
        ("bad\u0000byte", "Your post contains a NUL character: remove it and try again."),
        ("x" * 50_001, "Your post must be 50,000 characters or fewer."),
    ],
)
def test_bad_input_gets_an_error_summary_not_a_crash(client, text, message):
    response = client.post(reverse("try_checks"), {"platform": "x", "text": text})

    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert f'<a href="#id_text">{message}</a>' in page
    assert "<title>Error: Check a draft post – GovSocial</title>" in page


def test_an_unknown_platform_is_refused_with_a_clear_error(client):
    response = client.post(reverse("try_checks"), {"platform": "myspace", "text": "hello"})

    assert '<a href="#id_platform">Choose a platform.</a>' in response.content.decode()


def test_post_text_is_escaped_not_executed(client):
    response = client.post(reverse("try_checks"), {"platform": "blog",
                                             "text": "<script>alert(1)</script>"})

    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_a_form_sent_without_its_security_token_explains_what_to_do():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(reverse("try_checks"), {"text": "hi"})

    assert response.status_code == 403
    assert "Your session has expired" in response.content.decode()
