from reviews.checks.topics import Topic, TopicMatcher

STRIKES = Topic("industrial action", ("strike", "picket line"), "Disputes are reported closely.")


def test_the_first_mention_of_each_topic_is_found_with_its_span():
    text = "Busy trains: a Picket line at Leeds and another strike later."

    found = TopicMatcher([STRIKES]).find(text)

    assert [(f.topic, f.text, text[f.start:f.end]) for f in found] == [
        ("industrial action", "Picket line", "Picket line")]


def test_words_inside_other_words_are_not_mentions():
    assert TopicMatcher([STRIKES]).find("Our strikers and airstrikes") == []


def test_a_topic_without_keywords_finds_nothing():
    assert TopicMatcher([Topic("empty", ("", "  "), "x")]).find("anything") == []


def test_keywords_are_matched_literally_not_as_patterns():
    matcher = TopicMatcher([Topic("money", ("£40m (new)",), "x")])

    assert [f.text for f in matcher.find("A £40m (new) fund")] == ["£40m (new)"]
    assert matcher.find("A £40m new fund") == []
