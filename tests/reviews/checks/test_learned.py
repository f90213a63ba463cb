"""The learned signal: a linear model over a post's words, beside the rules."""

import json
import math
from dataclasses import replace

import pytest

from reviews.checks import (
    Author,
    ConfigError,
    Engine,
    Outcome,
    Post,
    crossvalidate,
    default_config,
    train_learned,
)
from reviews.checks.learned import (
    MESSAGES,
    THRESHOLDS,
    LearnedModel,
    cues,
    features,
    shipped_model,
    words_and_pairs,
)

CHECKS = list(MESSAGES)


def model_with(weights: dict[str, dict[str, float]], intercept: float = -3.0) -> LearnedModel:
    """A model whose terms all have IDF 1 and the given weight per check (0 elsewhere)."""
    return LearnedModel({
        "checks": CHECKS,
        "intercepts": [intercept] * len(CHECKS),
        "terms": {term: [1.0] + [by_check.get(check, 0.0) for check in CHECKS]
                  for term, by_check in weights.items()},
    })


HUSH = model_with({"hush": {"confidential": 9.0}, "hush hush": {"confidential": 9.0},
                   **{word: {} for word in ("weather", "lovely", "the", "paper", "lands",
                                            "soon", "today", "again")}})
HUSH_TEXT = "The hush hush paper lands soon today."


def test_features_are_folded_words_and_neighbouring_pairs_then_cues():
    assert words_and_pairs("Don\u2019t   LEAK it!") == [
        "don't", "leak", "it", "don't leak", "leak it"]
    assert features("Don\u2019t   SEND it!") == [
        "don't", "send", "it", "don't send", "send it", "~exclaims"]


@pytest.mark.parametrize(("text", "expected"), [
    ("I hate this bad, awful plan", []),
    ("Really?! \U0001f644\U0001f644", ["\U0001f644", "\U0001f644", "~exclaims",
                                       "~exclaims_hard", "~asks"]),
    ("It costs \u00a32.5m, up 4% on last year", ["~money", "~percent"]),
    ("Their so-called \u2018consultation\u2019 is over @CouncilLeeds #localgov",
     ["~quotes", "~handle", "~hashtag"]),
    ("We don't know what's next for the 2,000 homes", []),
    ("The NHS published it on GOV.UK today", []),
])
def test_cues_back_words_off_to_their_class_and_name_the_marks_of_a_post(text, expected):
    assert cues(text) == expected


TREE = model_with({"\U0001f333": {"political": 20.0}, "~asks": {"political": 20.0},
                       **{word: {} for word in ("the", "paper", "lands", "soon", "today",
                                                "again", "lovely", "weather")}})


@pytest.mark.parametrize(("text", "outcome"), [
    ("The paper lands soon today, again \U0001f333", Outcome.WARN),
    ("The paper lands soon today, again?", Outcome.WARN),
    ("The paper lands soon today, again.", Outcome.PASS),
])
def test_the_model_weighs_the_marks_of_a_post_as_well_as_its_words(text, outcome):
    result = Engine(learned=TREE).run(Post(text)).results["political"]

    assert result.outcome == outcome
    assert [f.text for f in result.findings] == (
        [text] if outcome == Outcome.WARN else [])


def test_the_model_warns_on_the_sentence_that_weighs_most_when_the_rules_find_nothing():
    text = "Lovely weather today. The hush hush paper lands soon. Weather again."

    result = Engine(learned=HUSH).run(Post(text)).results["confidential"]

    assert result.outcome == Outcome.WARN
    assert [(f.text, f.message) for f in result.findings] == [
        ("The hush hush paper lands soon.", MESSAGES["confidential"])]


def test_a_learned_finding_only_warns_even_when_the_check_is_set_to_fail():
    engine = Engine({"checks": {"confidential": {"severity": "fail"}}}, learned=HUSH)

    assert engine.run(Post(HUSH_TEXT)).results["confidential"].outcome == Outcome.WARN


def test_rule_findings_stand_alone_without_a_learned_finding_added():
    text = "OFFICIAL-SENSITIVE: hush hush."

    findings = Engine(learned=HUSH).run(Post(text)).results["confidential"].findings

    assert [f.text for f in findings] == ["OFFICIAL-SENSITIVE"]


def test_a_post_scored_below_the_threshold_passes():
    result = Engine(learned=HUSH).run(Post("Lovely weather")).results["confidential"]

    assert (result.outcome, result.findings) == (Outcome.PASS, ())


def test_raising_the_threshold_lets_a_post_pass():
    engine = Engine({"checks": {"confidential": {"learned_threshold": 0.999}}}, learned=HUSH)

    assert engine.run(Post(HUSH_TEXT)).results["confidential"].outcome == Outcome.PASS


def test_an_admin_can_turn_the_learned_signal_off_per_check():
    engine = Engine({"checks": {"confidential": {"learned_signal": False}}}, learned=HUSH)

    assert engine.run(Post(HUSH_TEXT)).results["confidential"].outcome == Outcome.PASS


def test_a_post_of_fewer_than_six_known_words_gives_the_model_too_little_to_weigh():
    result = Engine(learned=HUSH).run(Post("Hush hush, hush hush hush.")).results["confidential"]

    assert (result.outcome, result.findings) == (Outcome.PASS, ())


@pytest.mark.parametrize("threshold", [0, -0.5, 1.5, "high", True, None])
def test_a_threshold_outside_zero_to_one_is_refused_with_a_message(threshold):
    with pytest.raises(ConfigError) as error:
        Engine({"checks": {"tone": {"learned_threshold": threshold}}})

    assert str(error.value) == ("tone: 'learned_threshold' must be a number above 0 and at "
                                "most 1.")


@pytest.mark.parametrize("check", CHECKS)
def test_each_checks_threshold_is_refused_on_its_own_when_outside_zero_to_one(check):
    with pytest.raises(ConfigError) as error:
        Engine({"checks": {check: {"learned_threshold": 1.01}}})

    assert str(error.value) == (f"{check}: 'learned_threshold' must be a number above 0 "
                                "and at most 1.")


def test_each_check_starts_from_the_threshold_chosen_for_the_shipped_model():
    defaults = default_config()["checks"]

    assert {check: defaults[check]["learned_threshold"] for check in CHECKS} == THRESHOLDS
    assert THRESHOLDS == {"announcement": 0.8, "tone": 0.7, "political": 0.6,
                          "personal_data": 0.6, "confidential": 0.7, "affiliation": 0.65}


# Every check scores 0.6 on any post of six known words: logit(0.6) = ln 1.5.
SIXTY_PERCENT = model_with({word: {} for word in ("lovely", "walk", "by", "the", "river",
                                                  "today", "again")},
                           intercept=math.log(1.5))
RIVER_TEXT = "Lovely walk by the river today. Lovely again."


def test_a_check_warns_at_its_own_threshold():
    results = Engine(learned=SIXTY_PERCENT).run(Post(RIVER_TEXT)).results

    # 0.6 reaches political's 0.6 but not tone's or confidential's 0.7.
    assert (results["political"].outcome, results["tone"].outcome,
            results["confidential"].outcome) == (Outcome.WARN, Outcome.PASS, Outcome.PASS)


def test_an_admins_threshold_replaces_the_chosen_one():
    engine = Engine({"checks": {"announcement": {"learned_threshold": 0.55}}},
                    learned=SIXTY_PERCENT)

    assert engine.run(Post(RIVER_TEXT)).results["announcement"].outcome == Outcome.WARN


def test_personal_datas_learned_signal_raises_only_a_post_naming_someone():
    engine = Engine({"checks": {"personal_data": {"learned_threshold": 0.55}}},
                    learned=SIXTY_PERCENT)
    named = RIVER_TEXT + " Lovely again, Bernadette."

    assert (engine.run(Post(RIVER_TEXT)).results["personal_data"].outcome,
            engine.run(Post(named)).results["personal_data"].outcome) == (
                Outcome.PASS, Outcome.WARN)


@pytest.mark.parametrize("labels", [[True, False, False, False], [True] * 3 + [False] * 9])
def test_full_class_balance_weighs_classes_as_scikit_learns_balanced(labels):
    import numpy
    from sklearn.utils.class_weight import compute_class_weight

    balanced = compute_class_weight("balanced", classes=numpy.array([False, True]),
                                    y=numpy.array(labels))
    weights = train_learned.Settings({}, class_balance=1.0).class_weight(labels)

    assert [weights[False], weights[True]] == pytest.approx(list(balanced))


def test_no_class_balance_weighs_every_post_alike():
    assert train_learned.Settings({}, class_balance=0.0).class_weight(
        [True, False, False, False]) == {True: 1.0, False: 1.0}


@pytest.mark.parametrize("text", ["", "   ", "\u202e\u200b", "🙂🙂", "\x00" * 5])
def test_posts_without_known_words_pass(text):
    report = Engine(learned=HUSH).run(Post(text))

    assert report.results["confidential"].outcome == Outcome.PASS


def test_length_has_no_learned_signal():
    # Length turns on counting, not on wording.
    assert set(MESSAGES) == {"announcement", "tone", "political", "personal_data",
                             "confidential", "affiliation"}


SHIFT = model_with({"shift": {"affiliation": 9.0}, "night shift": {"affiliation": 9.0},
                    **{word: {} for word in ("long", "night", "on", "the", "ward", "tonight",
                                             "again", "kettle")}})
SHIFT_TEXT = "Long night shift on the ward tonight. Kettle on again."
UNDISCLOSED = Author(role="Staff nurse", department="Leeds Teaching Hospitals NHS Trust",
                     department_short="LTHT", profile="Runner. Views my own.")


def test_the_model_raises_affiliation_when_nobody_says_who_the_author_works_for():
    result = Engine(learned=SHIFT).run(Post(SHIFT_TEXT, "x", UNDISCLOSED)).results[
        "affiliation"]

    assert (result.outcome, [(f.text, f.message) for f in result.findings]) == (
        Outcome.WARN, [("Long night shift on the ward tonight.", MESSAGES["affiliation"])])


@pytest.mark.parametrize("author, text", [
    (replace(UNDISCLOSED, profile="Staff nurse at Leeds Teaching Hospitals. Views my own."),
     SHIFT_TEXT),
    (UNDISCLOSED, "I'm a staff nurse at Leeds Teaching Hospitals. " + SHIFT_TEXT),
])
def test_the_model_never_raises_affiliation_where_the_profile_or_post_discloses(author, text):
    result = Engine(learned=SHIFT).run(Post(text, "x", author)).results["affiliation"]

    assert (result.outcome, result.findings) == (Outcome.PASS, ())


def test_affiliation_is_learned_only_from_posts_whose_authors_did_not_disclose(tmp_path):
    disclosed = {"name": "A", "profile": "Policy adviser at the Department for Transport."}
    keys = ["announcement", "affiliation", "tone", "political", "personal_data",
            "confidential", "length"]
    # Every check needs posts of both kinds to be trained at all.
    rows = [(disclosed, "rota rota meeting with the team", {"announcement", "tone"}),
            ({}, "busy day at work with the team", {"affiliation", "political"}),
            ({}, "lovely walk by the river", {"personal_data", "confidential"})] * 3
    source = tmp_path / "posts.jsonl"
    source.write_text("".join(
        json.dumps({"id": f"t-{n}", "platform": "x", "author": author, "text": text,
                    "expected": {key: key in raised for key in keys}}) + "\n"
        for n, (author, text, raised) in enumerate(rows)), encoding="utf-8")

    model = LearnedModel(train_learned.train([source]))
    affiliation = model.checks.index("affiliation")

    # "rota" is only in disclosed posts, so affiliation never saw it; the other checks did.
    assert model.terms["rota"][1][affiliation] == 0.0
    assert model.terms["team"][1][affiliation] > 0.0


def write_posts(path, posts):
    keys = ["announcement", "affiliation", "tone", "political", "personal_data",
            "confidential", "length"]
    path.write_text("".join(
        json.dumps({"id": f"t-{n}", "platform": "x", "author": {}, "text": text,
                    "expected": {key: key in raised for key in keys}}) + "\n"
        for n, (text, raised) in enumerate(posts)), encoding="utf-8")


def test_inference_gives_the_probabilities_scikit_learn_gives(tmp_path):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    posts = [("the paper is marked secret do not share", {"confidential"}),
             ("leaked figures from the internal paper", {"confidential"}),
             ("vote for them they are the best party", {"political"}),
             ("those clowns never listen!! \U0001f644 what a disgrace?", {"tone"}),
             ("we will announce new funding next week", {"announcement"}),
             ("his home address is on the paper", {"personal_data"}),
             ("busy day at work with my team", {"affiliation"}),
             ("lovely walk by the river today", set()),
             ("the paper on river water quality is published", set())] * 2
    source = tmp_path / "posts.jsonl"
    write_posts(source, posts)
    texts = [text for text, _ in posts]
    vectorizer = TfidfVectorizer(analyzer=features,
                                 min_df=train_learned.SETTINGS.min_posts_per_term,
                                 sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    reference = LogisticRegression(C=train_learned.SETTINGS.regularisation["confidential"],
                                   class_weight="balanced",
                                   max_iter=5000)
    reference.fit(matrix, [("confidential" in raised) for _, raised in posts])

    model = LearnedModel(train_learned.train([source]))
    unseen = "an internal paper leaked by the river is marked secret!! \U0001f644 disgrace?"
    ours = model.probabilities(unseen)["confidential"]

    assert math.isclose(ours, reference.predict_proba(vectorizer.transform([unseen]))[0, 1],
                        abs_tol=1e-4)


@pytest.mark.parametrize("name", ["probe_g.jsonl", "probe_j.jsonl", "probe_n.jsonl",
                                  "probe_r.jsonl", "probe_s.jsonl", "probe_ac.jsonl",
                                  "probe_ae.jsonl", "probe_af.jsonl", "probe_ag.jsonl"])
def test_the_training_script_refuses_a_held_back_set(tmp_path, capsys, name):
    held_back = tmp_path / name
    held_back.write_text("", encoding="utf-8")

    assert train_learned.main([str(held_back), "--output", str(tmp_path / "m.json")]) == 2
    assert capsys.readouterr().err == f"Refusing held-back set(s): {name}\n"


def test_the_shipped_model_is_what_the_training_script_makes_from_the_training_files():
    shipped = shipped_model()
    retrained = LearnedModel(train_learned.train(list(train_learned.TRAINING_FILES)))

    assert shipped.checks == retrained.checks
    assert shipped.terms.keys() == retrained.terms.keys()
    sample = sorted(shipped.terms)[::97]
    assert all(math.isclose(a, b, abs_tol=1e-4)
               for term in sample
               for a, b in zip((shipped.terms[term][0], *shipped.terms[term][1]),
                               (retrained.terms[term][0], *retrained.terms[term][1]),
                               strict=True))


def test_cross_validation_refuses_a_held_back_set_as_an_extra_fold(tmp_path, capsys):
    held_back = tmp_path / "probe_g.jsonl"
    held_back.write_text("", encoding="utf-8")

    with pytest.raises(SystemExit) as exit_:
        crossvalidate.main(["--extra-folds", str(held_back)])

    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "python -m reviews.checks.crossvalidate: error: "
        "probe_g.jsonl is held back: it is only ever measured")
