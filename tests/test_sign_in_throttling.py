"""Sign-in throttling (django-axes): guessing passwords gets a username locked out from
that address, on the sign-in page and on the API's token sign-in alike."""

import pytest
from django.urls import reverse

from tests.factories import make_user

pytestmark = pytest.mark.django_db

WRONG = {"username": "", "password": "not the password"}


def sign_in(client, username: str, password: str, address: str = "10.0.0.1"):
    return client.post(reverse("login"), {"username": username, "password": password},
                       REMOTE_ADDR=address)


def test_five_wrong_passwords_lock_the_username_out_even_with_the_right_one(client):
    user = make_user("official")
    answers = [sign_in(client, user.username, "wrong password").status_code for _ in range(5)]
    locked = sign_in(client, user.username, "pw")

    # The form again with its error, then the lockout page from the fifth on.
    assert answers == [200, 200, 200, 200, 429]
    assert locked.status_code == 429
    assert "Too many attempts to sign in" in locked.content.decode()
    assert "paused for 15 minutes" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_lockout_binds_only_that_username_from_that_address(client):
    guessed, colleague = make_user("official"), make_user("official")
    for _ in range(5):
        sign_in(client, guessed.username, "wrong password")

    assert sign_in(client, colleague.username, "pw").status_code == 302
    client.logout()
    assert sign_in(client, guessed.username, "pw", address="10.0.0.2").status_code == 302


def test_a_right_password_before_the_limit_resets_the_count(client):
    user = make_user("official")
    for _ in range(4):
        sign_in(client, user.username, "wrong password")
    assert sign_in(client, user.username, "pw").status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, user.username, "wrong password")

    assert sign_in(client, user.username, "pw").status_code == 302


def test_the_api_token_sign_in_counts_towards_the_lockout(client):
    user = make_user("official")
    url = reverse("api_token")
    answers = [client.post(url, {"username": user.username, "password": "wrong"},
                           content_type="application/json", REMOTE_ADDR="10.0.0.3").status_code
               for _ in range(5)]
    locked = client.post(url, {"username": user.username, "password": "pw"},
                         content_type="application/json", REMOTE_ADDR="10.0.0.3")

    assert answers == [401, 401, 401, 401, 429]
    assert (locked.status_code, locked.json()["error"]) == (429, "locked_out")
