"""affiliation: posts about the author's own work must say who they work for."""

from __future__ import annotations

import copy
import re
import time

import pytest

from reviews.checks import affiliation
from reviews.checks.affiliation import (
    DEFAULTS,
    Check,
    expand_leading_group,
    literal_prefix,
    trie_pattern,
    word_forms,
)
from reviews.checks.base import Author, Post
from reviews.checks.engine import Engine
from tests.reviews.checks import SLOW_INPUT_LIMIT

BUS_ADVISER = Author(
    name="Nia Hughes",
    role="Policy adviser, buses",
    department="Department for Transport",
    department_short="DfT",
    policy_areas=("bus services", "concessionary fares", "bus franchising", "local transport"),
    profile="Bus nerd. Cardiff. Views my own.",
)
HOUSING_OFFICER = Author(
    name="Owen Price",
    role="Housing officer",
    department="Bristol City Council",
    department_short="BCC",
    policy_areas=("council housing", "repairs", "tenancy", "damp and mould"),
    profile="Bristol born. Cyclist.",
)
TAX_ANALYST = Author(
    name="Mere Tane",
    role="Senior advisor, KiwiSaver",
    department="Inland Revenue",
    department_short="IR",
    policy_areas=("KiwiSaver", "student loans", "Working for Families", "tax compliance"),
    profile="Auckland. Netball mum. Views my own.",
)
FARM_ADVISER = Author(
    name="Gwen Hall",
    role="Farming policy adviser",
    department="Department for Environment, Food & Rural Affairs",
    department_short="Defra",
    policy_areas=("farming", "Sustainable Farming Incentive", "food security"),
    profile="Sheep, hills, tea.",
)
NO_METADATA = Author()


def check(**overrides: object) -> Check:
    config = copy.deepcopy(DEFAULTS)
    config.update(overrides)
    return Check(config, {})


def findings(text: str, author: Author = BUS_ADVISER, **overrides: object):
    return check(**overrides).find(Post(text, "x", author))


def highlighted(text: str, author: Author = BUS_ADVISER, **overrides: object) -> list[str]:
    return [f.text for f in findings(text, author, **overrides)]


# -- posts about the author's work, with no disclosure, are raised -------------------


def test_whole_multiword_policy_area_is_raised_and_highlighted():
    assert highlighted("Bus franchising isn't a magic wand, but Manchester shows it "
                       "can work.") == ["Bus franchising"]


def test_policy_area_in_another_word_form_is_raised():
    assert highlighted("Concessionary fare rules confuse everyone, honestly.") == [
        "Concessionary fare"]


def test_acronym_made_from_a_policy_area_is_raised():
    assert highlighted("SFI payments are landing late again this quarter.",
                       FARM_ADVISER) == ["SFI"]


def test_single_word_policy_area_is_raised():
    assert highlighted("KiwiSaver hardship withdrawals keep rising.", TAX_ANALYST) == [
        "KiwiSaver"]


def test_area_word_that_is_also_the_job_title_is_raised():
    assert highlighted("Farmers deserve straight answers this spring.", FARM_ADVISER) == [
        "Farmers"]


def test_two_different_area_terms_are_raised_together():
    assert highlighted("Tenancy audits and repairs backlogs are the whole story this "
                       "winter.", HOUSING_OFFICER) == ["Tenancy", "repairs"]


def test_own_organisation_as_the_council_is_raised():
    assert highlighted("Honestly the council gets blamed for everything, but the budget "
                       "is what it is.", HOUSING_OFFICER) == ["the council"]


def test_department_short_name_is_raised():
    assert highlighted("Nobody at DfT is planning to scrap the 2-pound cap.") == ["DfT"]


def test_work_framing_is_raised_without_any_policy_word():
    assert highlighted("Huge thanks to colleagues who turned the consultation round in a "
                       "fortnight.", NO_METADATA) == ["colleagues"]


def test_in_my_role_is_raised():
    assert "in my role" in [h.lower() for h in highlighted(
        "In my role I see how hard the forms are for people.", NO_METADATA)]


def test_insider_claim_is_raised():
    assert highlighted("As someone who knows how these grant decisions get made, relax.",
                       NO_METADATA) == ["As someone who knows"]


def test_you_did_not_hear_it_from_me_is_raised():
    assert highlighted("Big changes to KiwiSaver in May. You didn’t hear it from me.",
                       TAX_ANALYST) == ["KiwiSaver", "You didn’t hear it from me"]


def test_organisation_voice_is_raised():
    assert highlighted("People think the numbers are made up. We publish the method, "
                       "read it.", NO_METADATA) == ["We publish"]


def test_casework_about_a_member_of_the_public_is_raised():
    assert highlighted("Spoke to a Mrs Jenkins today about her tenancy, lovely woman.",
                       HOUSING_OFFICER) == ["a Mrs Jenkins", "tenancy"]


def test_hashtag_of_a_policy_area_counts():
    assert highlighted("Another week, another row. #KiwiSaver", TAX_ANALYST) == [
        "KiwiSaver"]


def test_partisan_post_on_own_policy_area_is_raised():
    assert highlighted("The opposition would gut bus franchising on day one. Shameful.") == [
        "bus franchising"]


def test_personal_experience_of_own_policy_area_is_still_about_work():
    assert highlighted("My mum's concessionary fares pass came after 3 months, so free "
                       "buses at last.") == ["concessionary fares", "buses"]


def test_family_framing_offsets_one_passing_area_mention():
    assert findings("My mum's concessionary fares pass came after 3 months.") == []


# -- traps that must pass --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Sourdough loaf #9: finally an ear. 3 days, 2 starters, 1 very patient partner.",
    "Cricket tonight: 52 off 40 balls and a dropped catch I'll never live down.",
    "Parkrun PB this morning! 24:13 and the kids cheered me over the line.",
    "Caught the 07:40 to Paddington, found a seat, coffee was hot. Framing the ticket.",
    "Eid Mubarak from our house to yours. Made 5 dozen samosas.",
    "Diwali lights up on the street, 40 diyas and one very confused cat.",
])
def test_personal_and_hobby_posts_with_numbers_pass(text):
    assert findings(text) == []


def test_post_on_a_topic_outside_the_authors_work_passes():
    assert findings("NHS waiting lists are a disgrace. Fourteen months for a hip.") == []


def test_personal_post_touching_one_everyday_work_word_passes():
    assert findings("New kitchen fitted at last. The repairs saga is over!",
                    HOUSING_OFFICER) == []


def test_football_team_alone_is_not_work():
    assert findings("Great team performance from the Bluebirds tonight!") == []


def test_party_names_that_share_an_area_word_are_not_work():
    labour_stats = Author(role="Statistician, labour market", department="Office for "
                          "National Statistics", department_short="ONS",
                          policy_areas=("labour market", "earnings"), profile="Knitter.")
    assert findings("Vote Labour on Thursday, whatever the weather.", labour_stats) == []


@pytest.mark.parametrize("profile", [
    "Policy adviser, Department for Transport. Personal account.",
    "Buses policy @ DfT. Views my own.",
    "Policy adviser @transportgovuk. Views mine.",
    "Public servant at Transport for Wales Authority. Views my own.",
    "Policy adviser at the Department for Transport",
])
def test_profile_that_names_the_employer_passes(profile):
    author = Author(role=BUS_ADVISER.role, department=BUS_ADVISER.department,
                    department_short="DfT", policy_areas=BUS_ADVISER.policy_areas,
                    profile=profile)
    assert findings("Bus franchising is working in Manchester.", author) == []


@pytest.mark.parametrize("profile", [
    "Views my own.",
    "Civil servant. Views my own.",
    "Public servant in Canberra. Views my own, RTs not endorsements.",
    "Whitehall commuter. Coffee.",
    "Team leader, Saturday football. Dad.",
])
def test_vague_profile_does_not_disclose_the_employer(profile):
    author = Author(role=BUS_ADVISER.role, department=BUS_ADVISER.department,
                    department_short="DfT", policy_areas=BUS_ADVISER.policy_areas,
                    profile=profile)
    assert highlighted("Bus franchising is working in Manchester.", author) == [
        "Bus franchising"]


def test_other_organisation_handle_in_profile_discloses():
    author = Author(policy_areas=("budget",), profile="Analyst @FinanceCanada_gc. Views mine.")
    assert findings("In my role I see the budget numbers first.", author) == []


@pytest.mark.parametrize("text", [
    "I work at the Department for Transport on buses: franchising is going well.",
    "Speaking for myself (I work on buses at DfT): franchising is going well.",
    "As a policy adviser at the Department for Transport, I think franchising works.",
    "I'm a bus policy adviser at DfT and franchising is going well.",
])
def test_post_that_says_who_the_author_works_for_passes(text):
    assert findings(text) == []


def test_role_without_employer_in_post_is_not_disclosure():
    assert highlighted("I'm a policy adviser and bus franchising is going well.") == [
        "bus franchising"]


def test_the_department_alone_is_not_disclosure():
    assert highlighted("Nobody at the Department has proposed that. Bus franchising "
                       "stays.") == ["the Department", "Bus franchising"]


@pytest.mark.parametrize("author", [
    Author(name="Department for Transport", department="Department for Transport",
           department_short="DfT", policy_areas=("buses",)),
    Author(name="DfT News", role="Official account", department="Department for Transport",
           policy_areas=("buses",)),
    Author(name="Transport updates", profile="The official account for travel news.",
           policy_areas=("buses",)),
])
def test_official_organisational_accounts_pass(author):
    assert findings("We're consulting on buses: have your say by Friday.", author) == []


# -- spans and messages ------------------------------------------------------------------


def test_spans_point_at_the_highlighted_words():
    text = "Damp and mould complaints are up 40% and my team is stretched."
    result = findings(text, HOUSING_OFFICER)
    assert [f.text for f in result] == ["Damp and mould", "my team"]
    for f in result:
        assert text[f.start:f.end] == f.text


def test_spans_stay_right_after_characters_whose_lower_case_is_longer():
    text = "İİİ Bus franchising works."
    [result] = findings(text)
    assert text[result.start:result.end] == result.text == "Bus franchising"


def test_words_inside_a_link_are_not_highlighted():
    text = "Read https://example.org/bus-franchising-guide then ask me. Colleagues agree."
    assert highlighted(text, NO_METADATA) == ["Colleagues"]


def test_handle_of_another_account_is_not_the_authors_topic():
    assert findings("@KiwiSaverFan thanks, have a good weekend.", TAX_ANALYST) == []


def test_message_explains_the_problem_and_suggests_a_fix():
    [result] = findings("Bus franchising is working in Manchester.")
    assert "who you work for and in what capacity" in result.message
    assert "\u2018I work on bus franchising at DfT\u2019" in result.message
    assert result.message.startswith("\u2018Bus franchising\u2019 is one of your policy areas")


def test_message_varies_with_the_signal():
    messages = {f.text: f.message for f in findings(
        "You didn't hear it from me, but the council is changing repairs.", HOUSING_OFFICER)}
    assert "claims inside knowledge" in messages["You didn't hear it from me"]
    assert "refers to your own organisation" in messages["the council"]
    assert "policy areas (repairs)" in messages["repairs"]


def test_at_most_max_findings_passages_are_highlighted():
    text = ("Colleagues, bus franchising, concessionary fares and DfT: you didn't hear it "
            "from me.")
    assert len(findings(text, max_findings=2)) == 2


def test_engine_reports_a_warning_under_the_principle():
    report = Engine().run(Post("Bus franchising is working in Manchester.", "x",
                               BUS_ADVISER))
    result = report.results["affiliation"]
    assert result.outcome.value == "warn"
    assert result.principle == "say-who-you-are"


# -- configuration -----------------------------------------------------------------------


def test_emptied_insider_list_stops_an_insider_finding():
    text = "As someone who knows how these grant decisions get made, relax."
    assert findings(text, NO_METADATA) != []
    assert findings(text, NO_METADATA, insider_claims=[]) == []


def test_emptied_work_framing_stops_a_framing_finding():
    text = "Huge thanks to colleagues who turned it round."
    assert findings(text, NO_METADATA, work_framing=[]) == []


def test_higher_threshold_needs_more_evidence():
    text = "Bus franchising is working in Manchester."
    assert findings(text, work_threshold=5) == []


def test_weight_override_changes_the_score():
    text = "Great team performance tonight!"
    assert findings(text, NO_METADATA) == []
    assert highlighted(text, NO_METADATA, weights={"work_mention": 2}) == ["Great team"]


def test_generic_words_config_decides_what_counts_alone():
    text = "Tenancy changes are coming, sadly."
    assert findings(text, HOUSING_OFFICER) != []
    generic = DEFAULTS["generic_words"] + ["tenancy"]
    assert findings(text, HOUSING_OFFICER, generic_words=generic) == []


@pytest.mark.parametrize("overrides", [
    {"work_threshold": 0},
    {"work_threshold": -1},
    {"work_threshold": "2"},
    {"max_findings": 0},
    {"weights": {"made_up_kind": 1}},
    {"weights": {"policy_area": "lots"}},
    {"weights": [1, 2]},
    {"insider_claims": "trust me"},
    {"generic_words": [1, 2]},
])
def test_bad_configuration_raises_value_error(overrides):
    with pytest.raises(ValueError):
        check(**overrides)


def test_invalid_regular_expression_raises():
    with pytest.raises(re.error):
        check(work_framing=["my (team"])


def test_defaults_are_plain_json_data():
    import json

    assert json.loads(json.dumps(DEFAULTS)) == DEFAULTS
    assert affiliation.PRINCIPLE == "say-who-you-are"
    assert DEFAULTS["severity"] == "warn"


# -- edge input --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n", "🚌🚌🚌", "\x00\x00", "شكرا للفريق على العمل الرائع",
                                  "תודה רבה לצוות"])
def test_edge_input_without_work_words_passes(text):
    assert findings(text) == []


def test_right_to_left_text_around_a_policy_area_keeps_spans():
    text = "شكرا – Bus franchising – תודה"
    [result] = findings(text)
    assert text[result.start:result.end] == "Bus franchising"


def test_nul_bytes_do_not_hide_or_break_findings():
    text = "\x00Bus franchising\x00 is working."
    [result] = findings(text)
    assert result.text == "Bus franchising"


def test_fifty_thousand_characters_finish_fast():
    text = ("Bus franchising is going well and colleagues agree. " * 1000)[:50000]
    instance = check()
    post = Post(text, "blog", BUS_ADVISER)
    started = time.perf_counter()
    result = instance.find(post)
    assert time.perf_counter() - started < SLOW_INPUT_LIMIT
    assert 0 < len(result) <= DEFAULTS["max_findings"]


def test_long_text_without_work_words_finishes_fast():
    text = "a" * 50000 + " (" * 1000
    started = time.perf_counter()
    assert findings(text) == []
    assert time.perf_counter() - started < SLOW_INPUT_LIMIT


def test_policy_areas_with_regex_characters_or_single_letters_are_safe():
    author = Author(role="Developer (C++)", department="Dept. of [Odd] Names*",
                    policy_areas=("C++ (legacy)", "s", "", "GST/HST", "a.b|c"),
                    profile="Coder.")
    assert highlighted("The GST change is here. It's fine, s is not a word.", author) == [
        "GST"]


# -- helpers -----------------------------------------------------------------------------


def test_word_forms_cover_plurals_agents_and_spellings():
    forms = word_forms("pensions")
    assert {"pension", "pensions", "pensioner", "pensioners"} <= forms
    assert {"libraries", "library"} <= word_forms("libraries")
    assert {"licensing", "licenser"} <= word_forms("licensing")
    assert {"defence", "defense"} <= word_forms("defences")
    assert {"vaccine", "vaccinate", "vaccination"} <= word_forms("vaccination")


def test_word_forms_of_an_activity_do_not_include_its_everyday_verb():
    assert "house" not in word_forms("housing")
    assert "farmer" in word_forms("farming")


def test_trie_pattern_matches_exactly_the_strings():
    pattern = re.compile(f"(?:{trie_pattern(['bus', 'buses', 'busy', 'fare'])})$")
    assert all(pattern.match(w) for w in ["bus", "buses", "busy", "fare"])
    assert not any(pattern.match(w) for w in ["bu", "buse", "far", "fares"])


def test_literal_prefix_stops_at_regex_syntax():
    assert literal_prefix(r"my\s+team") == "my"
    assert literal_prefix(r"weeknotes?") == "weeknote"
    assert literal_prefix(r"(?:a|b)c") == ""
    assert literal_prefix("colleagues") == "colleagues"


def test_expand_leading_group_splits_alternatives():
    assert expand_leading_group(r"(?:claimant|customer)\s+file") == [
        r"claimant\s+file", r"customer\s+file"]
    assert expand_leading_group(r"(?:a|b)?c") == [r"(?:a|b)?c"]
    assert expand_leading_group("plain") == ["plain"]


# -- round 2: more kinds of work evidence ------------------------------------------

ECOLOGIST = Author(
    name="Rhys Morgan",
    role="Ecologist, protected sites",
    department="Natural England",
    department_short="NE",
    policy_areas=("SSSIs", "peat restoration"),
    profile="Moths and mountains.",
)


def test_a_plural_acronym_area_also_names_one_of_them():
    assert highlighted("Someone has driven a quad bike across the SSSI again.",
                       ECOLOGIST) == ["SSSI"]


def test_knowing_what_is_not_yet_announced_is_an_insider_claim():
    assert highlighted("The bus franchising decision is signed off, but it's being held "
                       "back until the mayor visits.") == [
        "bus franchising", "being held back until"]


def test_the_service_voice_adds_to_a_policy_area_word():
    assert highlighted("If your loan repayments look wrong after a pay rise, we'll help "
                       "you sort it.", TAX_ANALYST) == ["loan", "we'll help you"]


def test_the_service_voice_alone_is_not_enough():
    assert highlighted("Contact us on the number below if your order is late.") == []


def test_a_client_named_in_full_is_casework():
    assert highlighted("Tenant Priya Lal has waited eight weeks for her boiler.",
                       HOUSING_OFFICER) == ["Tenant Priya Lal"]


def test_a_capitalised_name_that_starts_with_a_client_word_is_not_casework():
    assert highlighted("Off to hear the Resident Doctors Committee sing carols tonight.",
                       HOUSING_OFFICER) == []


def test_a_title_and_full_name_count_only_with_other_evidence():
    assert highlighted("Mr Alan Birch rang again about the damp in his flat.",
                       HOUSING_OFFICER) == ["Mr Alan Birch", "damp"]
    assert highlighted("Lovely chat with Mrs Jane Ford at the bakery.", HOUSING_OFFICER) == []


@pytest.mark.parametrize("profile", [
    "Claims officer at a Social Security field office. Views my own.",
    "Franchising policy @TfWTransport. Cardiff.",
    "IRS revenue agent. Texan.",
    "Analyste au ministère des Transports. Montréal.",
    "Swyddog polisi, Llywodraeth Cymru.",
    "Kaitohutohu, Te Manatū Waka.",
])
def test_profiles_that_name_the_employer_in_other_shapes_and_languages(profile):
    author = Author(name="A", role="Policy adviser, buses", policy_areas=("bus franchising",),
                    profile=profile)
    assert highlighted("Bus franchising is slower than people think.", author) == []


@pytest.mark.parametrize("profile", ["UK policy nerd. Runner.", "Team leader, Sunday league."])
def test_profiles_that_only_sound_like_a_job_do_not_disclose(profile):
    author = Author(name="A", role="Policy adviser, buses", policy_areas=("bus franchising",),
                    profile=profile)
    assert highlighted("Bus franchising is slower than people think.", author) == [
        "Bus franchising"]


def test_authors_differing_only_by_an_id_are_told_their_own_job_title():
    shared = check()
    first = Author(name="A", role="Analyst, franchising (staff 1001)")
    second = Author(name="B", role="Analyst, franchising (staff 2002)")
    text = "Franchising is going well, says my team's latest review."
    messages = [shared.find(Post(text, "x", author))[0].message for author in (first, second)]
    assert ["staff 1001" in m for m in messages] == [True, False]
    assert ["staff 2002" in m for m in messages] == [False, True]


# -- classes of miss found by blind probe set f ---------------------------------------

CASEWORKER = Author(
    name="Rhys Bevan",
    role="Caseworker, Housing Benefit Review Team",
    department="Cardiff Council",
    department_short="",
    policy_areas=("housing benefit", "council tax reduction"),
    profile="",
)


@pytest.mark.parametrize("text", [
    "Bus franchising is harder than it looks. I work on this every day.",
    "I work in government, and bus franchising is a slog.",
    "I work on these things, so trust that bus franchising takes years.",
])
def test_raises_a_self_description_that_names_no_workplace(text):
    assert highlighted(text) != []


@pytest.mark.parametrize("text", [
    "I work at the Department for Transport, and bus franchising is a slog.",
    "I lead DfT's franchising team: bus franchising takes years to get right.",
])
def test_a_self_description_naming_the_employer_passes(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text", [
    "Three more appeals crossed my desk this morning and every one was avoidable.",
    "Finally closed the file on a landlord who ignored eleven letters.",
    "Had to refuse a claim today for someone who really needed the help.",
    "Whoever else is on the Morgan case: the tenancy dates in the notes are wrong.",
])
def test_raises_casework_the_author_handles(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "The cat has claimed my desk again, so I'm typing from the sofa.",
    "They rejected my application for an allotment. Again.",
    "Closed the book on a brilliant holiday. Back to reality tomorrow.",
])
def test_personal_desks_and_rejections_pass(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Word from the top is that the whole floor moves to hot-desking in spring.",
    "Nobody's told the staff yet, but the Swansea site is going.",
    "The options paper came back marked OFFICIAL-SENSITIVE, which says it all.",
])
def test_raises_news_from_above_and_protective_markings(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "Word of the day: petrichor. The smell of rain on dry ground.",
    "Nobody told me that toddlers can climb bookcases. Now I know.",
])
def test_everyday_words_and_telling_pass(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "From June we're trialling evening appointments at three sites.",
    "We are piloting a shorter form with a few hundred applicants first.",
    "We'll be rolling out the new booking system region by region.",
])
def test_raises_the_organisation_trialling_or_rolling_out_changes(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "We're trialling a later bedtime with the kids this summer. Wish us luck.",
    "My partner and I are trialling a vegetarian month. Day three, going fine.",
])
def test_households_trialling_things_pass(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Franchising questions keep coming in faster than we can answer them.",
    "Concessionary passes for carers would be such an easy win.",
    "Tenancy audits are the least glamorous thing anyone does.",
])
def test_raises_one_telling_word_of_a_multiword_policy_area(text):
    author = HOUSING_OFFICER if "Tenancy" in text else BUS_ADVISER
    assert highlighted(text, author) != []


@pytest.mark.parametrize("text", [
    "Took the kids to see my mum's new garden. Franchising can wait till Monday.",
    "Trains, gardens and a big roast with my family. Lovely Sunday.",
])
def test_one_area_word_in_a_family_post_or_no_area_word_passes(text):
    assert highlighted(text, BUS_ADVISER) == []


def test_a_word_both_in_the_area_and_the_job_title_counts_once():
    author = Author(name="A", role="School funding adviser", policy_areas=("school funding",))
    assert highlighted("Lovely school fair with my kids, the bouncy castle won.", author) == []


@pytest.mark.parametrize("text", [
    "HBRT folks: the shared inbox rules changed, check before you file anything.",
    "Reminder for HBRT: the shared drive moves on Friday.",
    "HBRT is short-staffed again and the shared mailbox shows it.",
])
def test_raises_the_initials_of_the_unit_in_the_job_title(text):
    assert highlighted(text, CASEWORKER) != []


@pytest.mark.parametrize("text", [
    "HBRT? No idea what that stands for, sorry.",
    "The shared drive at the allotment society is a mess again.",
])
def test_unit_initials_or_a_shared_drive_alone_pass(text):
    assert highlighted(text, CASEWORKER) == []


@pytest.mark.parametrize("text", [
    "Keeping a minister's diary means nobody gets lunch.",
    "The minister's diary changed four times before nine this morning.",
    "Running ministers' diaries teaches you to love a spreadsheet.",
])
def test_raises_a_policy_area_written_with_a_possessive_or_another_word_form(text):
    author = Author(name="A", role="Diary secretary", policy_areas=("ministerial diaries",))
    assert highlighted(text, author) != []


@pytest.mark.parametrize("text", [
    "My kids got me a new diary for Christmas. Already lost the pen.",
    "Watched a film about a fictional prime minister with my family.",
])
def test_the_everyday_sense_with_personal_life_passes(text):
    author = Author(name="A", role="Diary secretary", policy_areas=("ministerial diaries",))
    assert highlighted(text, author) == []
