import pytest

from reviews.templatetags.review_tags import platform_name, working_hours


@pytest.mark.parametrize(("hours", "shown"), [
    (0.0, "under 1 working hour"),
    (0.9, "under 1 working hour"),
    (1.0, "1 working hour"),
    (2.5, "2.5 working hours"),
    (4, "4 working hours"),
    (12.0, "12 working hours"),
])
def test_working_hours_reads_as_people_say_it(hours, shown):
    assert working_hours(hours) == shown


@pytest.mark.parametrize(("platform", "shown"), [
    ("x", "X"), ("linkedin", "LinkedIn"), ("bluesky", "Bluesky"), ("blog", "Blog"),
    ("unknown", "unknown"),
])
def test_platform_name_is_spelled_as_the_platform_spells_it(platform, shown):
    assert platform_name(platform) == shown
