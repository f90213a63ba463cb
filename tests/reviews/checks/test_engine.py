"""The engine: every check, every post, configuration as data."""

import pytest

from reviews.checks import CHECK_NAMES, ConfigError, Engine, Outcome, Post, default_config
from reviews.checks.engine import merge


def test_every_post_gets_all_seven_checks_in_a_fixed_order():
    report = Engine().run(Post("Hello"))

    assert list(report.results) == [
        "announcement", "affiliation", "tone", "political", "personal_data", "confidential",
        "length",
    ]
    assert list(report.as_dict()["checks"]) == list(CHECK_NAMES)


def test_the_post_outcome_is_the_worst_check_outcome():
    report = Engine().run(Post("z" * 301, platform="bluesky"))

    assert report.results["length"].outcome is Outcome.FAIL
    assert report.outcome is Outcome.FAIL


def test_severity_from_configuration_sets_the_outcome():
    engine = Engine({"checks": {"length": {"severity": "warn"}}})

    assert engine.run(Post("z" * 301, platform="bluesky")).outcome is Outcome.WARN


def test_a_disabled_check_passes_and_says_so():
    engine = Engine({"checks": {"length": {"enabled": False}}})

    result = engine.run(Post("z" * 301, platform="bluesky")).results["length"]

    assert (result.outcome, result.enabled, result.findings) == (Outcome.PASS, False, ())


def test_overrides_merge_into_defaults_without_replacing_siblings():
    merged = merge(default_config(), {"checks": {"length": {"limits": {"x": 100}}}})

    assert merged["checks"]["length"]["limits"]["x"] == 100
    assert merged["checks"]["length"]["limits"]["bluesky"] == 300
    assert merged["checks"]["tone"] == default_config()["checks"]["tone"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"checks": {"tone": {"severity": "block"}}}, "tone: 'severity' must be 'warn' or 'fail'."),
        ({"checks": {"tone": {"enabled": "yes"}}}, "tone: 'enabled' must be true or false."),
        ({"checks": {"spelling": {}}}, "Unknown check(s): spelling."),
        ({"checks": {"length": {"limits": {"x": -5}}}},
         "length: the limit for x must be a positive whole number."),
    ],
)
def test_bad_configuration_is_refused_with_a_clear_message(overrides, message):
    with pytest.raises(ConfigError) as error:
        Engine(overrides)

    assert str(error.value) == message


def test_default_config_is_plain_json_data():
    import json

    assert json.loads(json.dumps(default_config())) == default_config()
