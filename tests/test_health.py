"""/healthz: the liveness answer for a load balancer, and the load benchmark's floor."""

import pytest


@pytest.mark.django_db
def test_healthz_answers_ok_without_touching_the_database_even_signed_in(
        client, official, django_assert_num_queries):
    client.force_login(official)

    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "no-store" in response["Cache-Control"]


def test_healthz_only_answers_reads(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405
