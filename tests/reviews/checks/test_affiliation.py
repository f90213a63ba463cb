"""affiliation: posts about the author's own work must say who they work for."""

from __future__ import annotations

import copy
import dataclasses
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
    "Started a new role this week: Head of Bus Reform at the Department for Transport. "
    "Franchising first!",
    "Taking up the role as lead for bus franchising at DfT next month, wish me luck.",
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


# -- classes of miss found by blind probe sets i and k -------------------------------

BUS_POST = "Bus franchising is slower than people think."


def bus_author(profile: str, department: str = "", department_short: str = "") -> Author:
    return Author(name="A", role="Policy adviser, buses", department=department,
                  department_short=department_short, policy_areas=("bus franchising",),
                  profile=profile)


@pytest.mark.parametrize("profile", [
    "Chaplain, HMP Dartmoor. Personal account.",
    "Governor, HMYOI Feltham. Views mine.",
    "Midwife, Swansea Bay UHB.",
    "Pharmacist, Hull and East Riding CCG. Own views.",
    "Supervisor, CA DMV. Views my own.",
    "Ohio BMV licensing supervisor. Views mine.",
])
def test_profiles_naming_a_public_service_job_and_its_employer_disclose(profile):
    assert highlighted(BUS_POST, bus_author(profile)) == []


@pytest.mark.parametrize("profile", [
    "Nurse, RGN. Mum of two.",
    "Economist, PhD. Runner.",
    "Midwife. Swansea. Views mine.",
])
def test_a_profession_with_a_qualification_or_a_town_names_no_employer(profile):
    assert highlighted(BUS_POST, bus_author(profile)) == ["Bus franchising"]


@pytest.mark.parametrize(("profile", "department"), [
    ("Porter, Castle Hill Hospitals. Views mine.", "Castle Hill Hospitals NHS Trust"),
    ("Jobcentre work coach, Rhyl. Work and Pensions.", "Department for Work and Pensions"),
    ("Customs adviser, Inland Revenue | Napier", "Inland Revenue – Te Tari Taake"),
    ("Ward clerk at Royal Cornwall. Views my own.",
     "Royal Cornwall Hospitals NHS Trust"),
])
def test_a_profile_naming_the_heart_of_the_employers_name_discloses(profile, department):
    assert highlighted(BUS_POST, bus_author(profile, department)) == []


@pytest.mark.parametrize(("profile", "department"), [
    ("Manchester City fan. Views mine.", "Manchester City Council"),
    ("Work hard, nap harder. Pensions nerd.", "Department for Work and Pensions"),
    ("Royal wedding superfan.", "Royal Cornwall Hospitals NHS Trust"),
])
def test_a_football_club_or_loose_words_of_the_employers_name_do_not_disclose(
        profile, department):
    assert highlighted(BUS_POST, bus_author(profile, department)) == ["Bus franchising"]


@pytest.mark.parametrize("profile", [
    "Dept of Transport, buses. Views mine.",
    "Analyst, Vic Dept. of Transport.",
    "Pharmacist, Tees Valley Hospitals.",
])
def test_an_abbreviated_or_plural_organisation_noun_names_the_employer(profile):
    assert highlighted(BUS_POST, bus_author(profile)) == []


@pytest.mark.parametrize("profile", [
    "Policy adviser @transportgovuk. Personal account.",
    "Content designer @dvlagovuk. Views my own.",
    "Analyst @bustransportni. Cyclist.",
])
def test_a_job_title_then_a_handle_names_the_employer(profile):
    assert highlighted(BUS_POST, bus_author(profile)) == []


@pytest.mark.parametrize("profile", [
    "British diplomat. Posted to Lima.",
    "Canadian consul. Views my own.",
    "Irish diplomat, currently in Vienna.",
    "UK diplomat. Personal views.",
])
def test_a_nationality_before_a_diplomatic_title_names_the_foreign_service(profile):
    assert highlighted(BUS_POST, bus_author(profile)) == []


@pytest.mark.parametrize("profile", ["Career diplomat. Views mine.",
                                     "Retired diplomat and keen sailor."])
def test_a_diplomat_of_no_named_country_does_not_disclose(profile):
    assert highlighted(BUS_POST, bus_author(profile)) == ["Bus franchising"]


@pytest.mark.parametrize("profile", ["Luton. Buses. Views mine.", "Luton, Bedfordshire.",
                                     "Coffee. Dogs. Court."])
def test_a_town_a_council_is_named_after_or_a_last_word_alone_is_not_the_employer(profile):
    author = bus_author(profile, "Luton Borough Council", "Luton")
    assert highlighted(BUS_POST, author) == ["Bus franchising"]


@pytest.mark.parametrize("profile", ["Transport planner, Luton Borough Council.",
                                     "Luton council, transport team."])
def test_the_council_itself_named_beside_its_town_discloses(profile):
    author = bus_author(profile, "Luton Borough Council", "Luton")
    assert highlighted(BUS_POST, author) == []


def test_a_short_name_that_is_not_a_town_alone_still_discloses():
    author = bus_author("Revenue. Personal.", "Revenue – Irish Tax and Customs", "Revenue")
    assert highlighted(BUS_POST, author) == []


@pytest.mark.parametrize("text", [
    "DfT employee here, speaking personally: bus franchising takes years.",
    "Office of Rail and Road staffer here. Bus franchising is slower than people think.",
    "I've worked at DfT for a decade and bus franchising always takes years.",
])
def test_a_post_labelling_the_author_as_the_employers_staff_passes(text):
    author = bus_author("", "Department for Transport", "DfT")
    assert highlighted(text, author) == []


@pytest.mark.parametrize("text", [
    "Civil servant here, and bus franchising always takes years.",
    "Council officer here: bus franchising always takes years.",
])
def test_a_staff_label_naming_no_employer_is_raised(text):
    author = bus_author("", "Department for Transport", "DfT")
    assert highlighted(text, author) != []


@pytest.mark.parametrize("text", [
    "Late shift done. Two lost wallets and a very confused tourist.",
    "Another early shift at the depot, another broken ticket machine.",
    "Eleven-hour shift, no lunch, still smiling. Mostly.",
    "12hr shift and the radio never stopped.",
    "Bank shift tonight on the children's ward, wish me luck.",
])
def test_raises_the_authors_own_shift(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "Shift work and sleep: a fascinating podcast on body clocks.",
    "The wind will shift tonight, so the bonfire is off.",
    "Pressed shift twice and lost the whole paragraph.",
])
def test_shift_work_as_a_topic_or_a_verb_passes(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Sat with a claimant this morning who'd walked four miles to get here.",
    "Caller on my line today had been waiting since March. Sorted.",
    "Detainee in court 2 today asked me for a pen and a dictionary.",
    "Patients on the ward tonight were wonderful to each other.",
])
def test_raises_a_member_of_the_public_served_today(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "My landlord today finally fixed the boiler.",
    "Customer service today was shocking, two hours on hold.",
    "Prisoners of war: a documentary I watched last night.",
])
def test_the_authors_own_dealings_and_other_senses_pass(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Straight out of the all-staff and the mood is grim.",
    "Nobody's been told yet, but the Leeds office is closing.",
    "We're told to smile and push the app. The queue is three hours.",
])
def test_raises_whole_staff_meetings_and_news_not_yet_told(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "All staff at the bakery were lovely. Great cake.",
    "Nobody told me parenting would be this loud.",
])
def test_all_staff_as_words_and_being_told_as_a_child_pass(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Spent the whole week redrafting the submission. Cleared at last.",
    "Spent all day on the spending review costings, eyes gone.",
    "Spent the weekend checking the outturn figures. Worth it.",
])
def test_raises_days_spent_on_a_piece_of_work(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "Spent the weekend on my novel draft. Chapter nine is a mess.",
    "Spent the weekend repainting the shed. Three coats.",
])
def test_days_spent_on_ones_own_projects_pass(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Early start: out to Lossiemouth with the SofS party, back Thursday.",
    "Packed and ready to fly with the minister's delegation tomorrow.",
    "Briefed the SofS at 7am and she was brilliant on it.",
])
def test_raises_travelling_or_working_with_a_minister(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "Saw the minister on the news tonight, looking tired.",
    "Our cricket team's trip to Devon was a washout.",
])
def test_a_minister_on_the_news_or_a_team_trip_passes(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Texts pretending to be us are doing the rounds again. We never ask by text.",
    "Scammers claiming to be from us will ask for your bank details. Hang up.",
    "Watch out for callers posing as us on the phone.",
])
def test_raises_a_scam_warning_that_speaks_for_the_organisation(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "Scam texts pretending to be from the bank are doing the rounds. Hang up.",
    "The kids were pretending to be us at dinner. Brutal impressions.",
])
def test_scams_about_others_and_family_games_pass(text):
    assert highlighted(text, NO_METADATA) == []


def test_the_organisations_next_leader_counts_with_a_job_title_word():
    author = Author(name="A", role="Staff midwife", profile="Midwife. Leeds.")
    assert highlighted("Delighted that Sam will be our next Chief Midwife.", author) == [
        "our next Chief", "Midwife"]
    assert highlighted("Delighted that Sam will be our next chair of the allotment "
                       "society.", author) == []


def test_press_lines_are_the_machinery_of_work():
    author = Author(name="A", role="Staff nurse", policy_areas=("emergency care",))
    assert highlighted("Whoever writes the press lines should see emergency care at 3am.",
                       author) == ["press lines", "emergency care"]


# -- disclosure: sectors, Welsh names, plural nouns, a department's remit -------------


@pytest.mark.parametrize("profile", [
    "NHS physio. Runner. Views mine.",
    "Proud NHS nurse and mum.",
    "NHS Manager | Leeds | Opinions my own",
])
def test_a_sector_of_many_employers_names_no_employer(profile):
    assert highlighted(BUS_POST, bus_author(profile)) == ["Bus franchising"]


@pytest.mark.parametrize("profile", [
    "Physio, NHS Fife. Views mine.",
    "NHS 24 call handler. Personal account.",
    "Porter with NHS Grampian.",
])
def test_a_sector_with_the_employers_own_name_discloses(profile):
    assert highlighted(BUS_POST, bus_author(profile)) == []


@pytest.mark.parametrize("profile", [
    "Deputy head, Ysgol Bro Dinefwr. Views my own.",
    "Lecturer, Coleg Cambria.",
    "Radiographer at Ysbyty Glan Clwyd.",
    "Swyddog, Heddlu Dyfed-Powys.",
])
def test_a_welsh_school_college_hospital_or_force_names_the_employer(profile):
    assert highlighted(BUS_POST, bus_author(profile)) == []


def test_a_plural_organisation_noun_ending_in_y_names_the_employer():
    assert highlighted(BUS_POST, bus_author("Assistant, Fenland Libraries. Bookish.")) == []


@pytest.mark.parametrize(("profile", "department"), [
    ("Veterans Affairs claims processor. Texas.", "Department of Veterans Affairs"),
    ("Foreign Affairs official, Dublin. Personal.", "Department of Foreign Affairs"),
    ("Social Protection case officer. Galway.", "Department of Social Protection"),
])
def test_a_profile_naming_the_whole_remit_of_the_department_discloses(profile, department):
    assert highlighted(BUS_POST, bus_author(profile, department)) == []


@pytest.mark.parametrize(("profile", "department"), [
    ("Home cook. Affairs of the heart.", "Department of Home Affairs"),
    ("foreign affairs junkie, home brewer.", "Department of Foreign Affairs"),
])
def test_loose_or_lower_case_words_of_the_remit_do_not_disclose(profile, department):
    assert highlighted(BUS_POST, bus_author(profile, department)) == ["Bus franchising"]


# -- first-person work the rules used to miss ----------------------------------------


@pytest.mark.parametrize("text", [
    "@jo_b73 Hi Jo, I've gone through your claim and the missing month is the sanctions "
    "period. Bring your payslips on Friday.",
    "@marc_d Just looked at your appeal, it went in two days late, sorry.",
    "@ruth_k I pulled up your records: the refund left us on the 3rd.",
])
def test_raises_a_reply_about_a_member_of_the_publics_own_file(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "Have you checked your bank account lately? Prices are wild.",
    "Looked at your holiday photos, so jealous.",
])
def test_a_friends_own_things_pass(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Reopened an investigation into a haulier who swore his lorries were empty.",
    "Opened an inquiry on a care agency this morning. Paperwork for days.",
])
def test_raises_an_enquiry_the_author_opened(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "Can confirm we're moving the Thursday clinic to the health centre from May.",
    "Can confirm that we will be consulting on the new bin rounds in spring.",
])
def test_raises_confirming_what_the_organisation_will_do(text):
    assert highlighted(text, NO_METADATA) != []


def test_confirming_something_else_passes():
    assert highlighted("Can confirm the new bakery on Hill Street is worth the queue.",
                       NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Cleared the submission on river licensing at 11pm. Sleep now.",
    "Drafting tomorrow's press lines on the rail strike. Coffee number four.",
    "Every scheme I've spent six years running is on the chopping block.",
    "Long week at work. The appeals queue is not getting shorter.",
    "Fifteen years in the job and the paperwork still gets me.",
    "Prepared the briefing for the Transport Secretary's trip on Friday.",
])
def test_raises_work_the_author_did_or_time_spent_in_the_job(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "Drafting a speech for my sister's wedding. Send help.",
    "The policy I've been reading about at the library is fascinating.",
])
def test_a_personal_speech_or_reading_passes(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Reminder: we will never email you asking for your password.",
    "We never ask for card details by text message. Delete it.",
    "We'll be enforcing the new parking bays from Monday.",
])
def test_raises_the_organisation_speaking_of_what_it_does(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "We never text each other at work, we just shout across the kitchen.",
    "We'll be going to the coast for the bank holiday.",
])
def test_a_familys_we_passes(text):
    assert highlighted(text, NO_METADATA) == []


def test_raises_work_logged_on_the_organisations_system():
    assert highlighted("Saw the tree felling order go through our system today.",
                       NO_METADATA) != []


LIBRARIAN = Author(name="A", role="Library assistant", department="Fenland District Council",
                   policy_areas=("libraries", "reading", "events"), profile="Bookworm.")
CENSUS_ANALYST = Author(name="A", role="Census methodologist", department="ONS",
                        policy_areas=("census",), profile="Stats. Hills.")


def test_a_pastime_that_is_also_a_policy_area_alone_passes():
    assert highlighted("Sunday reading: a fat crime novel and a pot of tea.", LIBRARIAN) == []
    assert highlighted("Reading and events budgets cut again at the libraries.",
                       LIBRARIAN) == ["Reading", "events", "libraries"]


def test_a_distant_relative_makes_a_record_a_family_history_post():
    assert highlighted("Tracked my great grandad down in an old census tonight.",
                       CENSUS_ANALYST) == []
    assert highlighted("The census response rate is better than feared.",
                       CENSUS_ANALYST) == ["census"]


@pytest.mark.parametrize(("profile", "department"), [
    ("Soil scientist @NatResWales. Views mine.", "Natural Resources Wales"),
    ("Hydrologist, @ScotEnvAgency.", "Scottish Environment Protection Agency"),
])
def test_a_handle_made_of_the_employers_words_discloses(profile, department):
    assert highlighted(BUS_POST, bus_author(profile, department)) == []


def test_a_handle_sharing_one_word_with_the_employer_does_not_disclose():
    assert highlighted(BUS_POST, bus_author("Fan of @NaturalistDan.",
                                            "Natural Resources Wales")) == ["Bus franchising"]


def test_a_place_in_brackets_after_the_employer_is_not_the_employer():
    author = bus_author("Shetland Islands. Knitter.", "Health Board (Shetland Islands)")
    assert highlighted(BUS_POST, author) == ["Bus franchising"]
    author = bus_author("Call handler, East Coast Ambulance Service.",
                        "NHS 999 (East Coast Ambulance Service)")
    assert highlighted(BUS_POST, author) == []


MARINE_SCIENTIST = Author(name="A", role="Marine scientist", department="Fisheries Lab",
                          department_short="FL", policy_areas=("fish stocks",),
                          profile="Boats. Views mine.")


@pytest.mark.parametrize("text", [
    "We've counted the fish stocks at the Fisheries Lab all week.",
    "I count fish stocks for FL, and this year's cod is better.",
])
def test_a_first_person_post_placing_the_author_at_the_employer_discloses(text):
    assert highlighted(text, MARINE_SCIENTIST) == []


@pytest.mark.parametrize("text", [
    "The Fisheries Lab says fish stocks are up. I'm not convinced.",
    "Fish stocks are down, says a report for FL. Grim.",
])
def test_the_employer_named_without_the_author_in_it_does_not_disclose(text):
    assert highlighted(text, MARINE_SCIENTIST) != []


@pytest.mark.parametrize("text", [
    "Our paramedics were out in the snow for twelve hours straight.",
    "Attended a collision on the ring road at 3am. Everyone walked away.",
])
def test_raises_the_organisations_staff_or_an_emergency_attended(text):
    assert highlighted(text, NO_METADATA) != []


def test_attending_a_social_event_passes():
    assert highlighted("Attended a wedding in Devon, dancing till late.", NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Fourth late shift in a row and the rota still has gaps.",
    "Five night shifts in a row. Sleep is a rumour.",
    "Last shift before my leave. The handover notes are a novel.",
    "Management expects us to cover two wards with one nurse.",
])
def test_raises_shifts_counted_or_management_telling_the_author(text):
    assert highlighted(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "The wind will shift in a row of gusts tonight, say forecasters.",
    "Time management is a skill nobody teaches you at school.",
])
def test_weather_and_time_management_pass(text):
    assert highlighted(text, NO_METADATA) == []


def service_author(profile: str) -> Author:
    return Author(name="A", role="Caseworker", department="Home Office",
                  policy_areas=("Her Majesty's Passport Office", "bus franchising"),
                  profile=profile)


@pytest.mark.parametrize("profile", ["HMPO, Durham. Views mine.",
                                     "Her Majesty's Passport Office | Durham"])
def test_a_profile_piece_that_is_a_named_service_of_the_authors_work_discloses(profile):
    assert highlighted(BUS_POST, service_author(profile)) == []


@pytest.mark.parametrize("profile", ["Durham. Passports and buses.",
                                     "Passport office queues survivor."])
def test_a_service_mentioned_among_other_words_does_not_disclose(profile):
    assert highlighted(BUS_POST, service_author(profile)) == ["Bus franchising"]


def test_a_one_word_area_in_the_profile_may_be_a_home_town():
    author = Author(name="A", role="Flood officer", policy_areas=("flood risk", "Devon"),
                    profile="Devon. Rowing.")
    assert highlighted("Flood risk maps are getting an update.", author) == ["Flood risk"]


def test_the_in_laws_are_family():
    author = Author(name="A", role="Lawyer", policy_areas=("public law",), profile="")
    assert highlighted("The in-laws arrive Friday and the boiler has died.", author) == []


@pytest.mark.parametrize("text", [
    "Five home visits and a case conference. Soup for tea.",
    "Home visit first thing to a family in the new estate.",
])
def test_raises_home_visits_the_author_makes(text):
    assert highlighted(text, NO_METADATA) != []


def test_a_home_visit_received_passes():
    assert highlighted("Dad had a home visit from the district nurse, bless him.",
                       NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Two years in the job market and still no offer. Chin up.",
    "Attended a fire safety talk at the library, very useful.",
    "Attended a job fair with my nephew.",
    "Another shift in interest rates won't help first-time buyers.",
    "The first big shift towards electric cars is here.",
    "An attack on our system of justice, says the columnist.",
])
def test_the_job_market_a_course_a_change_or_a_system_of_government_pass(text):
    assert highlighted(text, NO_METADATA) == []


@pytest.mark.parametrize("text", [
    "Attended a fire on Mill Lane overnight. Nobody hurt.",
    "Attended a sudden death this afternoon. Hug your people.",
    "Attended an incident today that I won't forget.",
])
def test_raises_an_emergency_attended_whatever_follows_it(text):
    assert highlighted(text, NO_METADATA) != []


# -- the employer's place, with its body, a service or the author's job there ----------

HIGHWAYS_INSPECTOR = Author(
    name="Rhian Doyle",
    role="Highways inspector",
    department="Kestrel Vale District Council",
    department_short="KVDC",
    policy_areas=("potholes", "highways", "street lighting"),
    profile="",
)
MIDWIFE = Author(
    name="Aoife Lynch",
    role="Community midwife",
    department="Harrowby Hospitals NHS Trust",
    department_short="HHT",
    policy_areas=("maternity", "antenatal care"),
    profile="",
)
POTHOLE_POST = "Filled forty potholes on the ring road before lunch."
MATERNITY_POST = "Three antenatal care clinics today and every mum-to-be was a delight."


@pytest.mark.parametrize("profile", [
    "Roads and lighting, Kestrel VDC. My own views.",
    "Kestrel highways. Opinions mine.",
    "Kestrel council, street lighting. Personal account.",
    "Highways inspector in Kestrel. Tea drinker.",
    "Inspector at north Kestrel depot",
])
def test_the_employers_place_with_its_body_a_service_or_the_job_there_discloses(profile):
    author = dataclasses.replace(HIGHWAYS_INSPECTOR, profile=profile)
    assert highlighted(POTHOLE_POST, author) == []


@pytest.mark.parametrize("profile", [
    "Kestrel. Cyclist. Views mine.",
    "Kestrel born and bred.",
    "Kestrel RFC fan, inspector of pies.",
    "Grew up in Kestrel, now a runner.",
])
def test_the_place_alone_a_club_or_a_hometown_does_not_disclose(profile):
    author = dataclasses.replace(HIGHWAYS_INSPECTOR, profile=profile)
    assert highlighted(POTHOLE_POST, author) != []


def test_the_place_after_sector_initials_counts_and_a_generic_first_word_does_not():
    in_harrowby = dataclasses.replace(MIDWIFE, profile="Midwife in Harrowby. Views mine.")
    assert highlighted(MATERNITY_POST, in_harrowby) == []
    home_office = dataclasses.replace(MIDWIFE, department="Home Office",
                                      profile="Midwife in Home counties.")
    assert highlighted(MATERNITY_POST, home_office) != []


# -- an organisation's post shared with no comment of the author's --------------------


@pytest.mark.parametrize("text", [
    "RT @KestrelCouncil: Pothole season is here. Report one at kestrel.gov.uk/roads",
    "Reposting @kestrelvaledc: street lighting repairs on the ring road start Monday.",
    "RT @HighwaysGovUK: potholes on the A40 slip road have been filled overnight.",
])
def test_an_organisations_post_shared_without_comment_passes(text):
    assert highlighted(text, HIGHWAYS_INSPECTOR) == []


@pytest.mark.parametrize("text", [
    "RT @KestrelCouncil: Report potholes online.\n\nI've filled ninety this week!",
    "RT @PotholeMartin: fixed forty potholes today, my crew never stops",
    "Our street lighting survey went well. RT @KestrelCouncil: survey results are out",
])
def test_a_repost_with_the_authors_own_words_or_a_persons_post_is_still_judged(text):
    assert highlighted(text, HIGHWAYS_INSPECTOR) != []


# -- acts only the job does, being inside, and the employer's name cut short ----------

TRADING_OFFICER = Author(
    name="Rhys Moss",
    role="Trading standards officer",
    department="Tamebridge Borough Council",
    department_short="TBC",
    policy_areas=("product safety", "rogue traders"),
    profile="Dad of two. Ramblers. Rugby.",
)


@pytest.mark.parametrize("text", [
    "Inspected a vape shop this morning and half the stock was illegal. Wow.",
    "We rehoused three families yesterday. Best part of the week.",
    "Cautioned a lad this afternoon for selling knock-off chargers from his car boot.",
    "Woman at my counter today insisted her fake perfume was the real thing 😂",
    "Having sat in those meetings, I can tell you the fines are nowhere near big enough.",
    "Another 12-hour shifts week and nobody thanks you for it.",
])
def test_acts_of_the_job_and_being_inside_are_raised(text):
    assert findings(text, TRADING_OFFICER) != []


@pytest.mark.parametrize("text", [
    "Police arrested a man today after the break-in on our street. Scary stuff.",
    "Inspected my new kitchen this morning and the fitters did a lovely job.",
    "Sat in the garden all afternoon with a book. Bliss.",
])
def test_acts_by_someone_else_or_in_private_life_pass(text):
    assert findings(text, TRADING_OFFICER) == []


def test_a_profile_giving_the_employer_name_cut_short_discloses_it():
    short = dataclasses.replace(TRADING_OFFICER, profile="Trading standards, Tame Boro Council")
    assert findings("Inspected a vape shop this morning and half the stock was illegal.",
                    short) == []
    police = dataclasses.replace(
        TRADING_OFFICER, department="Avon and Somerset Constabulary",
        profile="Analyst, Avon Constabulary")
    assert findings("Inspected a vape shop today and the stock was illegal.", police) == []


@pytest.mark.parametrize("profile", [
    "Tamebridge born. Borough fan.", "Tame valley walker", "Tame Valley Harriers",
])
def test_a_place_or_a_word_of_the_name_alone_does_not_disclose(profile):
    author = dataclasses.replace(TRADING_OFFICER, profile=profile)
    assert findings("Inspected a vape shop this morning and half the stock was illegal.",
                    author) != []


# -- the employer's names as a profile may write them ---------------------------------------

ROADS_ENGINEER = Author(name="A", role="Roads engineer", department="Derbyshire County Council",
                        department_short="DCC", policy_areas=("gritting", "potholes"),
                        profile="Bakewell. Fell walker.")
GRITTING_POST = "Gritting routes go out at 7 tonight and the potholes list is huge."


@pytest.mark.parametrize(("profile", "department"), [
    ("Roads @DerbysCC. Opinions mine.", "Derbyshire County Council"),
    ("Gritting @DerbyshireCoCo", "Derbyshire County Council"),
    ("Potholes @Tamebridge_BC. Personal.", "Tamebridge Borough Council"),
    ("Roads and bridges @WiltsCC", "Wiltshire County Council"),
])
def test_a_handle_of_the_place_and_the_councils_initials_discloses(profile, department):
    author = dataclasses.replace(ROADS_ENGINEER, profile=profile, department=department)
    assert findings(GRITTING_POST, author) == []


@pytest.mark.parametrize("profile", [
    "Fan of @DerbyshireGAA and @DerbysCricket.",
    "Walks @Derbyshire. Opinions mine.",
    "Member @DerbyshireCCC. Cricket bore.",
])
def test_a_handle_of_the_place_with_anything_else_does_not_disclose(profile):
    author = dataclasses.replace(ROADS_ENGINEER, profile=profile)
    assert findings(GRITTING_POST, author) != []


RECREATION_OFFICER = Author(name="A", role="Lifeguard supervisor",
                            department="City of Riverton Parks and Recreation",
                            department_short="RPR", policy_areas=("swimming pools", "lidos"),
                            profile="Swimmer. Coffee.")
POOLS_POST = "The outdoor swimming pools open at 9 on Saturday; the lidos stay shut."


@pytest.mark.parametrize("profile", [
    "Pools, Riverton Parks & Rec.", "Lifeguards at Riverton Parks and Recreation.",
    "City of Riverton Parks & Rec. Own views.",
])
def test_a_place_bodys_name_without_its_city_of_discloses(profile):
    author = dataclasses.replace(RECREATION_OFFICER, profile=profile)
    assert findings(POOLS_POST, author) == []


@pytest.mark.parametrize("profile", ["Riverton. Swimmer.", "Riverton Rovers fan. Parks runner."])
def test_the_city_alone_does_not_name_its_parks_department(profile):
    author = dataclasses.replace(RECREATION_OFFICER, profile=profile)
    assert findings(POOLS_POST, author) != []


BILINGUAL_ADVISER = Author(name="A", role="Kaitohutohu, fisheries",
                           department="Fisheries Authority | Te Mana Ika o Aotearoa",
                           department_short="FA", policy_areas=("fish quotas", "snapper"),
                           profile="Surfer. Views mine.")
QUOTA_POST = "Snapper fish quotas are being reviewed again this autumn."


@pytest.mark.parametrize("profile", [
    "Mahi at Te Mana Ika o Aotearoa. Views mine.",
    "Fisheries Authority adviser.",
])
def test_either_of_the_employers_two_names_discloses(profile):
    author = dataclasses.replace(BILINGUAL_ADVISER, profile=profile)
    assert findings(QUOTA_POST, author) == []


def test_one_word_of_an_alternative_name_does_not_disclose():
    author = dataclasses.replace(BILINGUAL_ADVISER, department="Tourism Board / Rohe",
                                 profile="Rohe. Surfer.")
    assert findings(QUOTA_POST, author) != []


# -- what the post itself says ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Can't say too much yet, but anyone with a holiday let should read Thursday's news.",
    "Can't share the details until Tuesday, but the result went our way.",
    "I can't say a word till it's out, but it's a big one.",
])
def test_held_back_news_is_an_insider_claim(text):
    assert findings(text, NO_METADATA) != []


@pytest.mark.parametrize("text", [
    "Can't say anything bad about the new café on the corner, the scones are perfect.",
    "I can't share the details of my sister's wedding plans, she'd kill me.",
])
def test_ordinary_reticence_is_not_an_insider_claim(text):
    assert findings(text, NO_METADATA) == []


def test_a_colleague_of_mine_frames_the_post_as_work():
    assert highlighted("A colleague of ours has waited since March for a desk that "
                       "works.", NO_METADATA) == ["colleague of ours"]


@pytest.mark.parametrize("text", [
    "From April we're getting new powers to check landlords' deposit records.",
    "We've been given stronger legal powers to close unsafe premises.",
])
def test_powers_given_to_the_organisation_speak_in_its_voice(text):
    assert findings(text, NO_METADATA) != []


def test_powers_in_another_sense_are_not_the_organisations():
    assert findings("We're getting our powers back after a week of flu, finally.",
                    NO_METADATA) == []


# -- the author's own job title, then where or for whom they do it ---------------------

MOBILE_LIBRARIAN = Author(
    name="Ffion Marsh",
    role="Mobile library driver",
    department="Westland Department of Culture",
    department_short="WDC",
    policy_areas=("mobile library", "large print"),
    profile="",
)
LIBRARY_POST = ("Forty large print titles went on the van this week, and the mobile library "
                "now stops in every village on the moor.")


def _librarian(profile: str, department: str = "Westland Department of Culture") -> Author:
    return dataclasses.replace(MOBILE_LIBRARIAN, profile=profile, department=department)


def test_a_library_post_with_no_profile_is_raised():
    assert findings(LIBRARY_POST, MOBILE_LIBRARIAN) != []


@pytest.mark.parametrize("profile", [
    "Library driver, Pellbridge. Views mine.",
    "Library driver in Pellbridge. Own views.",
    "Van driver at Pell Town Libs. Opinions my own.",
    "Relief drivers, Pellbridge & Dunmore | Views mine",
    "Mobile library driver @pellreads. Personal account.",
    "Bookish. Library driver in Pellbridge, mum of two.",
])
def test_the_authors_job_title_then_where_they_do_it_discloses(profile):
    assert findings(LIBRARY_POST, _librarian(profile)) == []


@pytest.mark.parametrize("profile", [
    "Library driver. Pellbridge. Views mine.",
    "Library driver. Own views.",
    "Library driver, Mum, Runner.",
    "Library driver, bookworm, sea swimmer.",
    "Library driver, Saturday football and too much tea.",
    "Shop assistant in a former life. Pellbridge.",
])
def test_a_job_title_alone_or_beside_other_facts_does_not_disclose(profile):
    assert findings(LIBRARY_POST, _librarian(profile)) != []


@pytest.mark.parametrize(("profile", "department"), [
    ("Lighthouse keeper. Own views.", "Northern Lighthouse Board"),
    ("Relief coastguard assistant. Views mine.", "Maritime and Coastguard Agency"),
])
def test_a_job_title_that_carries_the_employers_own_name_discloses(profile, department):
    author = dataclasses.replace(_librarian(profile, department), role=profile.split(".")[0])
    assert findings(LIBRARY_POST, author) == []


@pytest.mark.parametrize(("profile", "department"), [
    ("Public health assistant. Views mine.", "Public Health Agency"),
    ("Lighthouse fan, keeper of bees.", "Northern Lighthouse Board"),
])
def test_generic_or_loose_words_of_the_employers_name_do_not_disclose(profile, department):
    role = "Lighthouse keeper" if "bees" in profile else "Health assistant"
    author = dataclasses.replace(_librarian(profile, department), role=role)
    assert findings(LIBRARY_POST, author) != []


HELPLINE_AGENT = Author(
    name="Tomas Reyes",
    role="Helpline agent",
    department="City of Marlow Falls",
    department_short="CMF",
    policy_areas=("211", "customer service"),
    profile="",
)
HELPLINE_POST = "Busiest Monday on the 211 lines in months: four hundred customer service calls."


@pytest.mark.parametrize("profile", ["211 Marlow. Views mine.", "Marlow 211 | own views"])
def test_a_service_beside_the_place_a_city_of_body_is_named_for_discloses(profile):
    author = dataclasses.replace(HELPLINE_AGENT, profile=profile)
    assert findings(HELPLINE_POST, author) == []


@pytest.mark.parametrize("profile", ["Marlow. 211 fan.", "Marlow born. Views mine.",
                                     "Marlow lad", "211 Marlow Street"])
def test_the_city_alone_or_with_other_words_does_not_disclose(profile):
    author = dataclasses.replace(HELPLINE_AGENT, profile=profile)
    assert findings(HELPLINE_POST, author) != []


# -- the employer's place said as a home or a club, not as an employer ---------------------

TREE_OFFICER = Author(
    name="Rhodri Vance",
    role="Tree officer",
    department="Dunmore Borough Council",
    department_short="Dunmore",
    policy_areas=("tree preservation orders", "street trees"),
    profile="",
)
TREE_POST = "Served another tree preservation order on the Elm Row beeches this week."


@pytest.mark.parametrize("profile", [
    "Dunmore born and raised. Hiker.",
    "Proud Dunmore lass, two dogs.",
    "Dunmore Athletic season ticket holder.",
    "Born and bred in Dunmore. Views mine.",
])
def test_the_employers_place_as_a_home_or_a_club_does_not_disclose(profile):
    author = dataclasses.replace(TREE_OFFICER, profile=profile)
    assert highlighted(TREE_POST, author) == ["tree preservation order"]


@pytest.mark.parametrize("profile", [
    "Dunmore tree team. Own views.",
    "Arborist, Dunmore Borough Council. Dunmore born.",
    "Dunmore libraries and parks. Views mine.",
])
def test_the_employers_place_with_its_service_still_discloses(profile):
    author = dataclasses.replace(TREE_OFFICER, profile=profile)
    assert findings(TREE_POST, author) == []


@pytest.mark.parametrize(("profile", "outcome"), [
    ("Port Avon local. Tides and tea.", ["tree preservation order"]),
    ("Trees at the City of Port Avon. Views mine.", []),
])
def test_a_city_of_bodys_place_as_a_home_does_not_disclose(profile, outcome):
    author = dataclasses.replace(TREE_OFFICER, department="City of Port Avon",
                                 department_short="CPA", profile=profile)
    assert highlighted(TREE_POST, author) == outcome


def test_a_club_word_that_is_part_of_the_employers_name_still_discloses():
    author = dataclasses.replace(TREE_OFFICER, department="Dunmore County Council",
                                 profile="Dunmore County trees. Views mine.")
    assert findings(TREE_POST, author) == []


# -- the job title, then a kind of workplace and where it is -----------------------------

@pytest.mark.parametrize("profile", [
    "Library driver at a busy branch library in Pellbridge.",
    "Library driver of a mobile unit in Pellbridge. Views mine.",
    "Library driver for a small county depot at Pellbridge",
])
def test_a_job_title_then_a_kind_of_workplace_and_its_place_discloses(profile):
    assert findings(LIBRARY_POST, _librarian(profile)) == []


@pytest.mark.parametrize("profile", [
    "Library driver with a love of walks in Pellbridge.",
    "Library driver at a school in my dreams.",
    "Library driver at a library, somewhere.",
])
def test_a_job_title_then_a_workplace_without_a_place_does_not_disclose(profile):
    assert highlighted(LIBRARY_POST, _librarian(profile)) == [
        "large print", "mobile library"]


@pytest.mark.parametrize("profile", [
    "Library driver at Te Whare o Pukapuka.",
    "Library driver at Llyfrgell y Dref. Barn fy hun.",
    "Library driver at Bibliothèque de la Ville.",
])
def test_a_workplace_named_with_small_words_of_another_language_discloses(profile):
    assert findings(LIBRARY_POST, _librarian(profile)) == []


def test_a_place_name_ending_in_a_small_word_does_not_disclose():
    assert highlighted(LIBRARY_POST, _librarian("Library driver at Pellbridge de")) == [
        "large print", "mobile library"]


def test_a_plural_service_in_ies_beside_the_employers_place_discloses():
    author = _librarian("Driver, Westland libraries. Views mine.")
    assert findings(LIBRARY_POST, author) == []


@pytest.mark.parametrize(("profile", "outcome"), [
    ("Driver, Libraries NZ Waikato. Views mine.", []),
    ("Libraries NZ, Waikato district.", []),
    ("Libraries fan. NZ.", ["large print", "mobile library"]),
    ("Library lover, NZ born.", ["large print", "mobile library"]),
])
def test_capitals_may_stand_for_a_run_of_the_employers_name(profile, outcome):
    author = _librarian(profile, "Libraries New Zealand | Ngā Whare Pukapuka")
    assert highlighted(LIBRARY_POST, author) == outcome


# -- meetings only staff attend, and a teacher's own classes ------------------------------

@pytest.mark.parametrize(("text", "words"), [
    ("At this morning's staff briefing we heard the canteen is shutting for a refit.",
     ["At this morning's staff briefing"]),
    ("Long multi-agency meeting this afternoon about the Elm Row flats.",
     ["multi-agency meeting"]),
    ("Back-to-back case conferences today and not one of them finished on time.",
     ["case conferences"]),
])
def test_meetings_only_staff_attend_frame_the_post_as_work(text, words):
    assert highlighted(text, NO_METADATA) == words


@pytest.mark.parametrize("text", [
    "School shut early for a staff meeting, so the little ones are home with me.",
    "The inquiry found multi-agency working failed the family again.",
])
def test_a_staff_meeting_as_a_parents_news_or_agency_work_as_a_topic_passes(text):
    assert findings(text, NO_METADATA) == []


@pytest.mark.parametrize(("text", "words"), [
    ("Two of my Year 11 group got offers for medicine this week!", ["my Year 11 group"]),
    ("My GCSE set smashed the mock, every single one of them.", ["My GCSE set"]),
    ("Took my Y10s round the castle and lost nobody.", ["my Y10s"]),
])
def test_a_teachers_own_classes_by_school_year_or_exam_frame_the_post_as_work(text, words):
    assert highlighted(text, NO_METADATA) == words


@pytest.mark.parametrize("text", [
    "My Year 6 son has his spelling test tomorrow and he is not ready.",
    "My GCSE daughter is revising in the car on the way to swimming.",
])
def test_a_parents_child_by_school_year_is_not_a_class(text):
    assert findings(text, NO_METADATA) == []


def test_a_marking_the_author_puts_on_what_they_tell_is_an_insider_claim():
    assert highlighted("Not for publication, but the waiting list doubled this year.",
                       NO_METADATA) == ["Not for publication"]
