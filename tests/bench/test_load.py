"""The load benchmark's harness, run for a few seconds: it must drive every step of the
workflow through gunicorn with no error, and prove every accepted post was checked once."""

from bench.load.run import QUEUE_PROBE, TRIVIAL_PROBE, run_load


def test_a_short_load_run_has_no_errors_and_every_accepted_post_is_checked_once(tmp_path):
    result = run_load(duration=5, officials=1, mentors=1, out=tmp_path)

    assert result.errors == 0, (tmp_path / "locust.log").read_text()
    assert result.accepted > 0
    assert result.posts_in_database == result.accepted
    assert result.not_checked_exactly_once == []
    assert result.checked_exactly_once == result.accepted
    measured = {r.name for r in result.requests if r.count}
    assert {"official: new post form", "official: submit post", "official: post page",
            "mentor: queue page", QUEUE_PROBE, TRIVIAL_PROBE} <= measured
    assert [r.name for r in result.sign_ins] == ["sign in", "sign-in page", "Aggregated"]
    assert 0 < result.queue_to_trivial < 1
