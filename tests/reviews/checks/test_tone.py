"""Tests for the tone check: shouting, rebuttal register, hostility, sarcasm, insincerity."""

from __future__ import annotations

import copy
import itertools
import json
import re
import time

import pytest

from reviews.checks import tone
from reviews.checks.base import Author, Post
from tests.reviews.checks import SLOW_INPUT_LIMIT


def make_check(**overrides):
    config = copy.deepcopy(tone.DEFAULTS)
    config.update(overrides)
    return tone.Check(config, {})


CHECK = make_check()


def findings(text, platform="x", author=None):
    return CHECK.find(Post(text, platform, author or Author()))


def highlighted(text, platform="x", author=None):
    return [f.text for f in findings(text, platform, author)]


def assert_spans_match(text, result):
    for f in result:
        assert text[f.start:f.end] == f.text


# --- Module contract ------------------------------------------------------------

def test_module_declares_name_principle_and_warn_default():
    assert tone.NAME == "tone"
    assert tone.PRINCIPLE == "conversational-tone"
    assert tone.DEFAULTS["severity"] == "warn"
    assert tone.DEFAULTS["enabled"] is True


def test_defaults_are_plain_json_data():
    assert json.loads(json.dumps(tone.DEFAULTS)) == tone.DEFAULTS


# --- Shouting ---------------------------------------------------------------------

def test_dictionary_word_in_capitals_is_shouting():
    text = "The deadline has NOT moved and it never will."
    result = findings(text)
    assert [f.text for f in result] == ["NOT"]
    assert "\u2018NOT\u2019 in capitals reads as shouting" in result[0].message


def test_run_of_capitalised_words_is_one_finding():
    text = "We have been asking for staff for THREE YEARS now."
    assert highlighted(text) == ["THREE YEARS"]


def test_whole_post_in_capitals_is_shouting():
    text = "PEOPLE WHO DUMP MATTRESSES IN THE PARK: WE KNOW WHO YOU ARE."
    result = findings(text)
    assert result
    assert result[0].text.startswith("PEOPLE WHO DUMP")
    assert "capitals" in result[0].message


def test_acronyms_in_capitals_pass():
    assert findings("Thanks to the HMRC, DWP and DVLA teams for a great NHS App demo.") == []
    assert findings("The EPA has published its PFAS rule, and the CRN is on your letter.") == []
    assert findings("COVID-19 and flu jabs: book on the NHS App or GOV.UK.") == []
    assert findings("#MAGA means dirty water. Simple as that.") == []


def test_acronyms_that_are_also_words_pass():
    assert findings("The SEND reforms and the WHO guidance are both out today.") == []
    assert findings("Your SIN is private. Never share it online.") == []


def test_acronym_spelled_out_in_brackets_passes():
    text = "Fatty acid methyl esters (FAME) are a biodiesel. FAME is cheaper than HVO."
    assert findings(text) == []


def test_protective_marking_header_in_capitals_passes():
    assert findings("EMBARGO: NOT FOR PUBLICATION BEFORE 00:01 WED 12 MARCH. New academy "
                    "opens in York.") == []
    assert findings("Our draft is still marked OFFICIAL-SENSITIVE, so more when it's out.") == []


def test_label_in_capitals_at_line_start_passes():
    assert findings("UPDATE: the A64 has reopened. Thanks for your patience.") == []


def test_shouted_word_after_acronym_label_still_raises():
    assert highlighted("UPDATE: the road is STILL closed.") == ["STILL"]


def test_emptied_common_words_stop_short_word_shouting():
    check = make_check(common_words=[])
    assert check.find(Post("The road is STILL closed.")) == []
    assert CHECK.find(Post("The road is STILL closed."))


def test_known_acronym_override_lets_word_pass():
    check = make_check(known_acronyms=["never"])
    assert check.find(Post("We NEVER close on bank holidays.")) == []
    assert CHECK.find(Post("We NEVER close on bank holidays."))


# --- Punctuation --------------------------------------------------------------------

def test_three_exclamation_marks_raise_with_the_word_they_hang_on():
    text = "Do some reading before you post!!!"
    result = findings(text)
    assert "post!!!" in [f.text for f in result]
    assert any("\u2018!!!\u2019" in f.message for f in result)


def test_interrobang_raises():
    assert highlighted("Who signed off this form?! Twenty pages to claim $40.") == ["form?!"]


def test_one_exclamation_mark_passes():
    assert findings("We're recruiting! Two analyst roles in Newport, closing 3 March.") == []


def test_two_exclamation_marks_pass():
    assert findings("Half marathon done in 2:04:37!! Thank you all x") == []


def test_empty_punctuation_pattern_disables_the_signal():
    check = make_check(punctuation_pattern="")
    assert check.find(Post("Thank you so much!!!")) == []


# --- Formal rebuttal register ----------------------------------------------------

def test_categorical_rebuttal_raises_with_press_office_message():
    text = "The Department categorically refutes the wholly inaccurate claims in today's paper."
    result = findings(text)
    assert "categorically" in [f.text for f in result]
    assert all(text[f.start:f.end] == f.text for f in result)
    assert any("formal press rebuttal" in f.message for f in result)


def test_it_is_untrue_to_suggest_raises():
    assert highlighted("It is untrue to suggest that payments will stop in March.") == [
        "It is untrue to suggest"]


def test_spokesperson_said_raises():
    assert highlighted("A Home Office spokesperson said the figures were out of date.") == [
        "A Home Office spokesperson said"]


def test_flat_denial_of_a_story_raises():
    text = "@PaperNews This story is false and we will be requesting a retraction."
    result = highlighted(text)
    assert "This story is false" in result
    assert "requesting a retraction" in result


def test_institution_speaking_of_itself_in_third_person_raises():
    author = Author(department="Canada Revenue Agency", department_short="CRA")
    text = "The CRA does not plan to audit every small business this year."
    result = findings(text, author=author)
    assert [f.text for f in result] == ["The CRA does not plan"]
    assert "third person" in result[0].message


def test_generic_department_self_reference_raises_without_author_metadata():
    assert highlighted("The Department notes the article and has no further comment.") == [
        "The Department notes"]


def test_scam_warning_with_never_ask_passes():
    text = ("Texts claiming to be from HMRC and asking for bank details are a scam. HMRC will "
            "never ask for those by text.")
    assert findings(text, author=Author(department_short="HMRC")) == []


def test_myth_fact_sheet_labels_raise():
    text = "Myth: you need a GP referral.\nFact: you can refer yourself."
    assert highlighted(text) == ["Myth:"]


def test_fun_fact_and_myth_busting_titles_pass():
    assert findings("Fun fact: the ONS was founded in 1996.") == []
    assert findings("Read our myth-busting FAQ on childcare hours: https://www.gov.uk/x") == []
    assert findings("Fact: flu vaccines are free for over-65s. Book today.") == []


def test_polite_correction_with_source_passes():
    text = ("@SchoolsNews Small correction: the increase is 2.8%, not 28%. The published "
            "tables are here: https://www.gov.uk/government/publications/x")
    assert findings(text) == []


def test_polite_disagreement_without_rebuttal_words_passes():
    text = ("That's not quite right – the debt pause is still in place. It's in the agency's "
            "statement: https://www.servicesaustralia.gov.au/news")
    assert findings(text) == []


def test_emptied_rebuttal_phrases_stop_the_finding():
    check = make_check(rebuttal_phrases=[])
    assert check.find(Post("The claims are categorically wrong.")) == []


# --- Hostility and point-scoring ------------------------------------------------

def test_insult_raises_and_names_it():
    text = "To the driver who went through the closed road: you're an idiot."
    result = findings(text)
    assert [f.text for f in result] == ["you're an idiot"]
    assert "attacks the person" in result[0].message


def test_insult_word_raises_wherever_it_appears():
    text = "To the idiot who parked across the ambulance bay: move your car."
    result = findings(text)
    assert [f.text for f in result] == ["idiot"]
    assert "is an insult" in result[0].message


def test_emptied_insult_list_stops_the_insult_finding():
    check = make_check(insults=[])
    assert check.find(Post("To the idiot who parked across the ambulance bay: move it.")) == []


def test_hardship_said_of_the_reader_is_not_an_insult():
    text = "I know you're struggling with the cost of living. Help is here: 0800 123 456."
    assert findings(text) == []
    check = make_check(not_insults=[])
    assert [f.text for f in check.find(Post(text))] == ["you're struggling"]


def test_insult_aimed_at_oneself_passes():
    assert findings("I felt like an idiot asking, but the team were lovely about it.") == []
    assert findings("An idiot-proof guide to the new expenses system.") == []


def test_one_word_put_down_raises():
    text = "Some people think prisons are holiday camps. Pathetic."
    assert highlighted(text) == ["Pathetic"]


def test_one_word_put_down_with_intensifier_raises():
    assert highlighted("Read the replies under that story. Utterly brainless.") == [
        "Utterly brainless"]


def test_contempt_said_of_something_raises():
    text = "The new inheritance tax rules are a disgrace."
    result = findings(text)
    assert [f.text for f in result] == ["are a disgrace"]
    assert "contemptuous" in result[0].message


def test_negative_adjective_before_outlet_or_politician_raises():
    assert highlighted("Lazy journalism from the usual suspects.") == ["Lazy journalism"]
    assert highlighted("Failed politicians writing their memoirs again.") == [
        "Failed politicians"]


def test_negative_topic_noun_before_story_passes():
    assert findings("Crime stories can be frightening, but burglaries here have fallen.") == []
    assert findings("Our child abuse reporting line is open 24/7 on 0808 800 5000.") == []


def test_second_person_blame_raises():
    text = "If you'd bothered to read the guidance you'd know the deadline."
    assert highlighted(text) == ["If you'd bothered"]


def test_curt_imperatives_raise_only_on_their_own():
    assert highlighted("Every time they lose an argument it's the same. Grow up.") == [
        "Grow up"]
    assert findings("Kids grow up fast. Book their free eye test before term starts.") == []
    assert findings("We'll try harder to get letters out on time. Sorry, everyone.") == []


def test_defensive_blame_raises_but_reassurance_passes():
    assert highlighted("It's not our fault the system crashed. Stop blaming the staff.") == [
        "It's not our fault", "Stop blaming"]
    assert findings("Stop blaming yourself – debt can happen to anyone. Free advice: "
                    "0800 138 1111.") == []
    assert findings("It's not your fault. Call 0808 2000 247 any time.") == []


def test_telling_someone_they_have_no_clue_raises():
    assert highlighted("@bazza mate you haven't got a clue what you're talking about") == [
        "you haven't got a clue"]


def test_contrary_to_reports_opener_raises_but_popular_belief_passes():
    assert highlighted("Contrary to recent media reports, the scheme is not closing.") == [
        "Contrary to recent media reports"]
    assert findings("Contrary to popular belief, you can claim if you own your home.") == []


def test_read_before_publishing_raises():
    text = "Read the actual statement before publishing."
    result = findings(text)
    assert result and result[0].text == "Read the actual statement before publishing"
    assert "point-scoring" in result[0].message


def test_health_education_learn_the_difference_passes():
    assert findings("Learn the difference between a cold and flu: https://www.cdc.gov/flu") == []


def test_emptied_hostile_phrases_stop_the_finding():
    check = make_check(hostile_phrases=[])
    assert check.find(Post("Honestly. Grow up.")) == []


def test_vader_threshold_is_configurable():
    strict = make_check(vader_negative_threshold=-4.0)
    assert strict.find(Post("Clumsy reporting from the Gazette.")) == []


# --- Sarcasm and mockery --------------------------------------------------------------

def test_mocking_emoji_raises():
    text = "Thoughts and prayers don't pay for therapists. Really inspiring stuff \U0001f644"
    result = findings(text)
    assert [f.text for f in result] == ["\U0001f644"]
    assert "mocking" in result[0].message


def test_sarcastic_stock_phrase_raises():
    text = "New booking system goes live on the busiest day of the year. What could go wrong?"
    assert highlighted(text) == ["What could go wrong"]


def test_living_the_dream_about_ones_own_day_passes():
    assert findings("Two school runs, a flat tyre and a 7am call. Living the dream, "
                    "honestly.") == []


def test_mock_agreement_with_a_vocative_raises():
    assert highlighted("Both councils claiming the new bridge as their idea. Sure, pal. "
                       "Neither of them funded it.") == ["Sure, pal"]
    assert findings("Sure, happy to help – send me the reference and I'll chase it.") == []


def test_stock_sarcasm_about_nice_things_raises():
    assert highlighted("Someone has pinched the office kettle again. This is why we can't "
                       "have nice things.") == ["why we can't have nice things"]


def test_sarcasm_tag_raises_but_not_inside_a_link():
    assert highlighted("Love a 6am fire alarm test /s") == ["/s"]
    assert findings("Forms are at https://example.gov/s/apply and in branches.") == []


def test_just_saying_raises_only_when_addressed_to_someone():
    assert highlighted("@ratepayer1 you could have checked the bill first. Just saying.") == [
        "Just saying"]
    assert findings("Budget day tomorrow. Bringing extra biscuits, just saying.") == []


def test_smirk_emoji_raises():
    assert highlighted("Parked across three bays again, sir? Enjoy the ticket \U0001f60f") == [
        "\U0001f60f"]


def test_laughing_emoji_at_someone_else_raises_but_not_at_oneself():
    result = findings("This bloke tried to claim his jet ski as a work vehicle \U0001f602")
    assert [f.text for f in result] == ["\U0001f602"]
    assert "laughing at someone" in result[0].message
    assert findings("Baked 40 scones for the bake sale and burnt half of them \U0001f602 "
                    "My team ate them anyway.") == []
    assert findings("Kids at the library dressed as dinosaurs today \U0001f602") == []


def test_dismissing_critics_who_never_did_the_job_raises():
    text = "Another report written by people who've never set foot in a custody suite."
    assert highlighted(text) == ["people who've never set foot in"]


def test_light_hearted_self_deprecation_passes():
    assert findings("Three days of workshops and I'm running on tea and spite. Great team "
                    "though.") == []
    assert findings("Finished my first pair of socks! Heel turning is witchcraft.") == []


def test_warm_reflection_with_funny_how_passes():
    assert findings("It's funny how the smallest changes help most. Our new letter halved "
                    "calls.") == []


# --- Hostility without a listed insult ----------------------------------------------

def test_questioning_someones_sanity_raises_but_self_deprecation_passes():
    assert highlighted("Anyone who parks on the zig-zags needs their head examined.") == [
        "needs their head examined"]
    assert highlighted("They've completely lost the plot with this timetable.") == [
        "They've completely lost the plot"]
    assert findings("I need my head examined for volunteering to run the quiz again.") == []
    assert findings("I've lost the plot with this jigsaw.") == []


def test_dismissive_order_to_a_critic_raises_only_on_its_own():
    assert highlighted("You've never driven a gritter in your life. Calm down, mate.") == [
        "Calm down"]
    assert findings("Sit down with your kids tonight and talk about water safety.") == []


def test_condescending_learn_what_raises_but_health_advice_passes():
    assert highlighted("Screaming at the forecaster won't help. Learn what a percentage "
                       "is.") == ["Learn what a percentage is"]
    assert findings("Learn how to apply for the grant at gov.uk/grant.") == []


def test_blaming_a_group_raises():
    assert highlighted("Neither of you read the consultation response.") == [
        "Neither of you read"]
    assert highlighted("People who ignore the flood signs: you're part of the problem.") == [
        "you're part of the problem"]


def test_one_word_verdict_on_people_raises_but_literal_use_passes():
    assert highlighted("Someone has smashed every light in the underpass. Vandals.") == [
        "Vandals"]
    assert findings("Vandals damaged the playground; it is closed while we repair it.") == []


def test_curt_putdown_of_someones_work_raises_but_not_of_ones_own():
    assert highlighted("That leaflet had the wrong phone number on it. Shoddy work.") == [
        "Shoddy work"]
    assert findings("Forgot my lanyard and my lunch. Poor effort from me.") == []


def test_pejorative_label_for_a_group_raises_but_quoted_label_passes():
    assert highlighted("Landlord apologists are out in force in my replies again.") == [
        "apologists"]
    assert findings("Calling claimants 'scroungers' is wrong, and the figures show "
                    "why: gov.uk/x") == []


def test_french_second_person_contempt_raises():
    assert highlighted("Vous \u00eates pitoyables, messieurs.") == [
        "Vous \u00eates pitoyables"]


def test_swearing_raises_but_similar_words_pass():
    result = findings("Another day, another load of bullshit about the bins.")
    assert [f.text for f in result] == ["bullshit"]
    assert "swearing" in result[0].message
    assert findings("Scrap metal collections move to Thursdays from next week.") == []


def test_gloating_over_a_penalty_raises():
    assert highlighted("Caught doing 60 past a school. Enjoy your fine.") == [
        "Enjoy your fine"]


# --- Insincerity, hype, emoji and hashtags ------------------------------------------

def test_templated_empathy_without_next_step_raises():
    text = "We're sorry you feel that way. Your feedback is important to us."
    result = findings(text)
    assert [f.text for f in result] == ["We're sorry you feel that way",
                                        "Your feedback is important to us"]
    assert "stock phrase" in result[0].message


def test_templated_empathy_with_next_step_passes():
    text = ("We're sorry you feel that way. We'll call you on Monday to go through the "
            "decision.")
    assert findings(text) == []


def test_stacked_hype_words_raise():
    text = "A world-leading, game-changing and truly transformational new portal."
    result = findings(text)
    assert [f.text for f in result] == ["world-leading", "game-changing", "transformational"]
    assert "hype" in result[0].message


def test_single_hype_word_passes():
    assert findings("Our world-leading ivory ban now covers hippos.") == []


def test_emoji_string_raises():
    result = findings("New portal is live \U0001f680\U0001f680\U0001f680")
    assert [f.text for f in result] == ["\U0001f680\U0001f680\U0001f680"]


def test_hashtag_stuffing_raises_on_x():
    text = "New portal live #digital #govtech #innovation #publicservice"
    result = findings(text)
    assert [f.text for f in result] == ["#digital #govtech #innovation #publicservice"]
    assert "4 hashtags" in result[0].message


def test_five_hashtags_on_linkedin_pass():
    text = "Ten years of lessons. #PublicSector #GovTech #CivilService #UserResearch #Digital"
    assert findings(text, platform="linkedin") == []


# --- Traps: warmth, thanks, grief, scams, quoting criticism -----------------------

@pytest.mark.parametrize("text", [
    "Thanks for flagging the broken link – fixed now, sorry about that.",
    "Huge thanks to the 40 people who joined our research sessions this month.",
    "Massive shout out to the Salford jobcentre team. This is why we do it. \u2764\ufe0f",
    "Heartbreaking news this morning. Rest in peace, Aunty June. You taught us so much.",
    "Three people died in the fire on Tuesday. Our thoughts are with their families.",
    "If you're struggling with bills this winter, you're not alone. Call 0800 123 456.",
    "Scam alert: fake texts claiming to be from us are going round. It's a scam.",
    "Some have called the scheme 'a waste of money'. Here's what it costs and delivers.",
    "Total rubbish collected at the spring clean-up: 4.2 tonnes. Thank you, volunteers!",
    "You were robbed! Great game, Ferns – so proud of you.",
])
def test_traps_pass(text):
    assert findings(text) == []


# --- Finding the words a phrase needs ------------------------------------------------

def test_anchor_words_are_the_rarest_words_every_match_needs():
    assert tone._anchor_words(r"(?:^|(?<=[.!?] ))get a (?:grip|life)(?=\s*[.!]|\s*$)",
                              frozenset({"get", "a"})) == frozenset({"grip", "life"})
    assert tone._anchor_words(r"yeah,? right", frozenset({"right"})) == frozenset({"yeah"})
    assert tone._anchor_words(r"[\w ]+") is None


def test_width_and_lead_of_a_phrase():
    assert tone._max_width(r"(?:we|i) wish to (?:clarify|state)") == 18
    assert tone._max_width(r"read [\w']+ now") == float("inf")
    assert tone._anchor_and_lead(r"(?:we|i) have never said") == (frozenset({"never"}), 8)


# --- Configuration errors ------------------------------------------------------------

@pytest.mark.parametrize("key, value", [
    ("caps_min_letters", 0),
    ("caps_min_vowel_share", 1.5),
    ("vader_negative_threshold", 1.0),
    ("hype_per_sentence", -1),
    ("emoji_run_min", "three"),
    ("insults", "idiot"),
    ("max_hashtags", ["x"]),
])
def test_bad_config_values_raise_value_error(key, value):
    with pytest.raises(ValueError):
        make_check(**{key: value})


def test_negative_hashtag_limit_raises_value_error():
    with pytest.raises(ValueError, match="hashtag limit for x"):
        make_check(max_hashtags={"x": -1})


def test_invalid_regex_raises_re_error():
    with pytest.raises(re.error):
        make_check(hostile_phrases=["(unclosed"])


# --- Spans and edge input -------------------------------------------------------------

def test_every_span_matches_its_text_with_curly_quotes_and_emoji():
    text = ("\u201cWe\u2019ve NEVER said that\u201d \U0001f644 \u2013 your headline is "
            "misleading!!! It\u2019s shameful.")
    result = findings(text)
    assert result
    assert_spans_match(text, result)
    assert [f.text for f in result] == ["NEVER", "\U0001f644", "your headline is misleading",
                                        "It\u2019s shameful"]


def test_findings_do_not_overlap_and_are_in_order():
    text = "ABSOLUTELY SHAMEFUL!!! You are pathetic. Grow up."
    result = findings(text)
    assert_spans_match(text, result)
    assert len(result) >= 3
    for first, second in itertools.pairwise(result):
        assert first.end <= second.start


def test_empty_and_blank_text_pass():
    assert findings("") == []
    assert findings("   \n\t ") == []


def test_emoji_only_post_passes():
    assert findings("\U0001f389") == []


def test_right_to_left_text_passes_and_keeps_spans():
    assert findings("\u0634\u0643\u0631\u0627\u064b \u0644\u0643\u0644 \u0645\u0646 "
                    "\u0634\u0627\u0631\u0643 \u0627\u0644\u064a\u0648\u0645") == []
    text = "\u05ea\u05d5\u05d3\u05d4 \u05dc\u05db\u05d5\u05dc\u05dd NEVER"
    result = findings(text)
    assert [f.text for f in result] == ["NEVER"]
    assert_spans_match(text, result)


def test_nul_bytes_do_not_break_the_check():
    text = "Grow up.\x00 We have NEVER said that\x00!!!"
    result = findings(text)
    assert_spans_match(text, result)
    assert [f.text for f in result] == ["Grow up", "We have NEVER said", "that\x00!!!"]


def test_fifty_thousand_characters_finish_fast():
    text = ("The deadline is 30 April, not 31 March, and you're an idiot. " * 900)[:50000]
    started = time.perf_counter()
    result = findings(text)
    elapsed = time.perf_counter() - started
    assert result
    assert_spans_match(text, result)
    assert elapsed < 1.0


def test_fifty_thousand_clean_characters_pass_fast():
    text = ("Thanks to everyone who came to the drop-in session today. " * 900)[:50000]
    started = time.perf_counter()
    assert findings(text) == []
    assert time.perf_counter() - started < SLOW_INPUT_LIMIT


# --- Classes of miss found by blind probes ------------------------------------------

def raises(text, platform="x", author=None):
    return bool(findings(text, platform, author))


DVLA = Author(department="Driver and Vehicle Licensing Agency", department_short="DVLA")


@pytest.mark.parametrize("text", [
    "@motorist_42 We're sorry you feel that way. Your comments have been noted.",
    "@k9walker Thanks for getting in touch. Your complaint has been logged.",
    "We understand that some applicants have found the process frustrating. "
    "Thank you for your patience.",
    "Thank you for your message. It has been passed to the relevant team.",
    "We remain committed to delivering a high quality service to all customers.",
])
def test_raises_corporate_brush_off_with_no_next_step(text):
    assert raises(text)


def test_raises_organisation_remaining_committed_in_the_third_person():
    text = ("We recognise that a number of drivers may have experienced delays. The DVLA "
            "remains committed to excellent service.")
    assert "The DVLA remains committed to" in highlighted(text, author=DVLA)


@pytest.mark.parametrize("text", [
    "We know some applicants found the form confusing, so we've rewritten it: gov.uk/apply",
    "@user99 Sorry about that! Your feedback has been noted and we'll fix the page by Friday.",
    "Our team remains committed to helping you through the winter: call 0800 123 456.",
])
def test_brush_off_phrases_with_a_next_step_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "@critic The Agency does not accept the characterisation in your thread. We have nothing "
    "more to say on this.",
    "We reject the premise of this article entirely.",
    "I'll not be engaging further with this thread.",
    "@CouncilWatch We have nothing to add.",
    "We stand by our original statement.",
])
def test_raises_formal_stonewalling(text):
    assert raises(text)


@pytest.mark.parametrize("text", [
    "We can't accept the form by email, sorry: it has to be posted.",
    "The DVLA does not accept payment by cheque any more.",
    "We have nothing to hide: all our spending data is published monthly.",
    "We stand by our staff who faced abuse on the picket line.",
])
def test_refusals_that_are_plain_information_pass(text):
    assert findings(text, author=DVLA) == []


@pytest.mark.parametrize("text", [
    "Gotta love it when the people who never read the consultation complain about it.",
    "Don't you just love how the loudest critics never open the report?",
    "Love it when people tell me the app doesn't work and then send a screenshot of them "
    "using it.",
    "He says the data is hidden. Which he obviously hasn't checked. Which he clearly didn't.",
    "Next they'll be telling us the tide tables are a conspiracy.",
    "Cutting crime? Cutting corners, more like.",
    "We've answered your question six times now. Happy?",
])
def test_raises_sarcasm_by_ironic_praise_jab_or_taunt(text):
    assert raises(text)


@pytest.mark.parametrize("text", [
    "Love it when people share photos of their allotments with us and then ask for tips!",
    "I love how our volunteers turn up in all weathers.",
    "Love it when a plan comes together.",
    "Which they haven't yet, but the deadline is next week.",
    "Happy? Unhappy? Tell us in our two-minute survey: gov.uk/feedback",
    "It'll open in May, more like June if the weather is bad, so check back.",
])
def test_sincere_praise_and_plain_questions_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "The Home Secretary couldn't organise a raffle, let alone a border force.",
    "That minister wouldn't recognise a balance sheet if it slapped him in the face.",
    "He wouldn't know a food bank if he walked past one.",
    "The council are completely incompetent, and they know it.",
    "Totally inept. The whole lot of them.",
    "This lot couldn't fight their way out of a paper bag.",
])
def test_raises_incompetence_idioms_about_a_person(text):
    assert raises(text)


@pytest.mark.parametrize("text", [
    "Small firms can't run a payroll team, let alone a pensions department, so we built a tool.",
    "I wouldn't know a good sourdough if it bit me, to be honest.",
    "Most people wouldn't recognise a phishing email if it looked official, so here's how.",
    "Honestly I'm completely clueless about football but loved the match.",
])
def test_incompetence_words_about_oneself_or_a_general_case_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "Shameful stuff from the council today.",
    "Lazy effort from the Daily Bugle again.",
    "Another lazy, ill-informed piece on benefits from @SomePaper.",
    "Yet another sloppy, one-sided article from the Herald.",
    "Dishonest, shoddy reporting as usual from the Bugle.",
])
def test_raises_verdict_on_coverage_or_its_source(text):
    assert raises(text)


@pytest.mark.parametrize("text", [
    "Brilliant stuff from the team today!",
    "Embarrassing stuff from me at the quiz last night: came last.",
    "A moving, beautifully written piece on the floods from @Reporter.",
    "A sad, moving story about a family who lost their home in the fire.",
    "How to spot false, misleading stories online: a short guide.",
])
def test_praise_self_mockery_and_guides_about_coverage_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "With all due respect, the people shouting loudest have not read the consultation.",
    "Some critics could benefit from actually reading the methodology note.",
    "@Resident22 The bin day hasn't changed however often you ring. Bless.",
    "Folk moaning about pothole repairs should try running a highways depot for a week.",
    "Some of us have real jobs to get on with.",
    "The form is on the homepage. Not exactly difficult to find, is it?",
    "Let me spell it out for you: the deadline has not changed.",
    "OK, I'll say this slowly: we do not set the interest rate.",
    "For the 50th time, we don't set the fuel duty rate.",
    "If you gave your bank details to a random text, I'm sorry but that's squarely on you.",
    "Maybe do a bit of reading first.",
    "It really isn't hard.",
    "They clearly haven't read the guidance.",
])
def test_raises_condescension_addressed_to_a_person(text):
    assert raises(text)


@pytest.mark.parametrize("text", [
    "Try the new app, then come back and tell us what you think!",
    "Pupils can try working in a real lab for a day on our open day.",
    "God bless all our volunteers.",
    "Bless you all for the kind messages after my op.",
    "Treat everyone with the greatest respect, always.",
    "For the 3rd year running, our team won the award.",
    "The Boat Race is being held for the 170th time this weekend.",
    "The first round's on us at the volunteer thank-you!",
    "Do some research on grant options before you apply: there's a list at gov.uk/grants.",
    "It's not hard to apply, and it takes 10 minutes.",
    "Our team tried running the service for a week without paper forms.",
])
def test_encouragement_and_counts_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "Two people died in the flat fire on Tuesday. Oh well, at least the weather is nice.",
    "Another fatal crash on the bypass lol",
    "Flooded homes again in Cumbria. Anyway, off on holiday tomorrow!",
    "Four overdoses in the hostel this week. Moving on, who's watching the football?",
    "Another day, another stabbing in town \U0001f937",
    "Flooding across half the county \U0001f602\U0001f602",
    "Man tries to outrun the tide at Morecambe Bay. Darwin awards are open, it seems.",
    "lol imagine driving through a closed ford in a tiny hatchback",
    "Ignored the flood warnings and got stuck on the roof. Enjoy the rescue bill, I guess.",
])
def test_raises_flippancy_about_serious_harm(text):
    assert raises(text)


@pytest.mark.parametrize("text", [
    "Three people died in the fire on Tuesday. Anyway, if you're worried about your smoke "
    "alarm, call us for a free check.",
    "Knife crime fell by a fifth this year. Anyway, thanks to everyone who helped.",
    "My grandad died last year. Anyway, I've been raising money for the hospice since.",
    "10 years since the floods. Anyway, a huge thank you to everyone who rebuilt the town.",
    "Another day, another school visit: loved meeting Year 6 in Hull!",
    "Natural selection in action: the peppered moth story, at the museum this weekend.",
    "Enjoy the sunshine then! Remember sun cream.",
    "With thanks to all the staff who kept services running during the floods.",
])
def test_serious_news_turning_to_help_or_thanks_passes(text):
    assert findings(text) == []


def test_genuinely_is_an_intensifier_in_a_curt_verdict():
    assert highlighted("The plan is the worst I've read. Genuinely embarrassing.") == [
        "Genuinely embarrassing"]
    assert highlighted("Frankly shameful.") == ["Frankly shameful"]
    assert findings("I was genuinely embarrassed by my own typo yesterday, sorry!") == []


@pytest.mark.parametrize("text", [
    "Veterans can get help through Op COURAGE: nhs.uk/opcourage",
    "Please vote NO to litter: bin it or take it home.",
    "The paper was marked IN CONFIDENCE, so I can't share it.",
])
def test_capitals_that_name_an_operation_a_ballot_option_or_a_marking_pass(text):
    assert findings(text) == []


def test_capitals_after_a_name_prefix_word_elsewhere_still_shout():
    assert highlighted("We will NEVER close the Op centre.") == ["NEVER"]


def test_smirk_about_the_authors_own_doings_passes():
    assert findings("Redacted a whole page today. What I blacked out is way more fun than "
                    "what we'll publish \U0001f60f") == []
    assert highlighted("Parked on the zigzags again? \U0001f60f") == ["\U0001f60f"]


@pytest.mark.parametrize("text", [
    "Good to see the minister has finally noticed the waiting lists.",
    "The same three people emailed again today. Really.",
    "Bravo to the genius who booked the fire drill for exam week.",
    "Wow, what a shock, the contractor is late again.",
])
def test_raises_sarcasm_about_someone_late_or_foolish(text):
    assert raises(text)


@pytest.mark.parametrize("text", [
    "Great to see the new bridge has finally opened to traffic.",
    "We've finally worked out why the form kept timing out: fixed now.",
    "What a shock it was to see the river so high: check flood warnings at gov.uk/flood.",
    "Left at the lights, then right.",
])
def test_good_news_and_directions_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "Honestly, it's not rocket science.",
    "This is the fourth time I've explained this, for the people at the back.",
    "@taxpayer_88 Sweetheart, the deadline is in the letter.",
    "As I've explained three times already, the office is closed on Mondays.",
    "Not sure which part of 'closed' people are struggling with.",
    "It's all on the website if you'd just look.",
    "Whoever signed this off should be embarrassed.",
    "The reporter clearly couldn't be bothered to ring us.",
])
def test_raises_talking_down_to_the_reader(text):
    assert raises(text)


@pytest.mark.parametrize("text", [
    "Nobody should be embarrassed to ask for help with their tax return.",
    "Nobody should be ashamed of needing a food bank.",
    "Which part of the service are you using? Let us know in the survey.",
    "Thanks, pal, for the lift home after the late shift.",
    "The report is not rocket science, but it is long: here's a two-minute summary.",
    "We explained it two different ways in the leaflet so everyone can follow it.",
    "We couldn't be bothered to queue, so we used the app instead.",
])
def test_reassurance_and_friendly_address_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "We are aware of the comments circulating online and have nothing further to add at "
    "this time.",
    "Thanks for your feedback. We always strive to improve.",
    "Two cyclists killed on the A40 this month. On the bright side, the traffic moves faster.",
    "Three rough sleepers died in the cold snap. Still, at least the market looks nice.",
])
def test_raises_press_register_boilerplate_and_turning_away_from_harm(text):
    assert raises(text)


@pytest.mark.parametrize("text", [
    "We are aware of reports of a gas leak on Station Road and the area is cordoned off.",
    "We always try to improve the service: tell us how at gov.uk/feedback",
    "Still, at least 30 people were helped by the outreach team last night.",
    "At least the rain has stopped for the volunteers clearing up after the floods.",
])
def test_operational_notices_and_counts_after_harm_pass(text):
    assert findings(text) == []


# --- Exasperation at having to repeat oneself -----------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Per my last two emails, the parking permits are renewed online.",
     "Per my last two emails"),
    ("As I've explained twice already, the form closes at noon on Friday.",
     "I've explained twice"),
    ("Since it apparently needs saying again: the bridge is closed for repairs.",
     "Since it apparently needs saying"),
    ("The fees are on our website. Not sure how much clearer we can make it.",
     "Not sure how much clearer we can make it"),
])
def test_raises_exasperation_at_repeating_oneself(text, found):
    result = findings(text)
    assert [f.text for f in result] == [found]
    assert "hostile" in result[0].message


@pytest.mark.parametrize("text", [
    "I've explained the new rules in a short video, link below.",
    "As we said in March, the scheme opens in June.",
    "Per the guidance, apply at least six weeks before you travel.",
])
def test_explaining_and_citing_guidance_pass(text):
    assert findings(text) == []


# --- Telling critics to look before they speak ---------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Read the report properly before you post about it, folks.",
     "Read the report properly before you post"),
    ("Try looking at the timetable before you complain about the buses.",
     "looking at the timetable before you complain"),
    ("Come and do a night shift before you lecture us about staffing.", "before you lecture us"),
    ("Before criticising our response times, look at the national figures.",
     "Before criticising our"),
    ("Odd to be lectured on productivity by people who have the nerve to lecture us at all.",
     "nerve to lecture"),
])
def test_raises_telling_critics_to_look_before_they_speak(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Please read the guidance before you apply.",
    "Check the weather before you travel this weekend.",
    "I asked the trainees to read the case files before the lecture.",
])
def test_advice_to_look_before_acting_passes(text):
    assert findings(text) == []


# --- Taunting someone who did wrong -------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("To the driver who parked across the ambulance bay all afternoon: hope it was worth it.",
     "hope it was worth it"),
    ("Caught on camera dumping tyres in the lay-by. We'll see you in court.",
     "We'll see you in court"),
    ("To the man who spat at our bus driver: we hope the magistrates throw the book at you.",
     "throw the book at you"),
    ("You said the flood map was wrong. It wasn't. Your house stayed dry. You're welcome.",
     "You're welcome"),
])
def test_raises_taunting_someone_who_did_wrong(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "The new library took three years to build. Hope you think it was worth the wait!",
    "You're welcome to join us at the open day on Saturday.",
    "Thanks for all the kind messages, and you're welcome any time at the centre.",
])
def test_hopes_and_welcomes_pass(text):
    assert findings(text) == []


# --- Reassurance with nothing behind it -------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("We hear you. Your feedback is important to us.",
     ["We hear you", "Your feedback is important to us"]),
    ("We value your input and we're always listening. Thank you for your patience.",
     ["We value your input", "we're always listening"]),
    ("Your concerns are important to us.", ["Your concerns are important to us"]),
])
def test_raises_reassurance_with_no_next_step(text, found):
    result = findings(text)
    assert [f.text for f in result] == found
    assert "no next step" in result[0].message


@pytest.mark.parametrize("text", [
    "We hear you: the form is too long. We're fixing it next week.",
    "We're listening to residents at drop-in sessions on Friday, 2 to 4pm.",
    "We value you, and here is what we are changing: https://example.gov.uk/changes",
])
def test_reassurance_with_a_next_step_passes(text):
    assert findings(text) == []


# --- Press-office rebuttal in other words ---------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("The assertion that waiting lists have tripled is not borne out by the data.",
     "The assertion that"),
    ("This reflects a fundamental misreading of the published figures.",
     "fundamental misreading"),
    ("I'd like to respond to the claims made in this morning's article about our pensions "
     "team.", "I'd like to respond to the claims"),
    ("The Department's position is clear and has not changed.",
     "The Department's position is clear"),
])
def test_raises_press_office_rebuttal_in_other_words(text, found):
    result = findings(text)
    assert [f.text for f in result] == [found]
    assert "press rebuttal" in result[0].message


@pytest.mark.parametrize("text", [
    "I misread the timetable this morning, sorry everyone!",
    "Assertive communication workshop for new managers next Tuesday.",
])
def test_misreading_of_ones_own_and_assertiveness_pass(text):
    assert findings(text) == []


# --- Dry praise closing a grievance -----------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Another 'consultation' that was decided before it opened. Very productive, everyone.",
     "Very productive, everyone"),
    ("Apparently the new portal is 'user-led'. It crashed twice this morning. Truly inspiring "
     "stuff.", "Truly inspiring stuff"),
    ("The same columnist has yet again written about prisons without visiting one. "
     "Impressive, in a way.", "Impressive, in a way"),
])
def test_raises_dry_praise_closing_a_grievance(text, found):
    result = findings(text)
    assert [f.text for f in result] == [found]
    assert "sarcastic" in result[0].message


@pytest.mark.parametrize("text", [
    "Another great turnout at the careers fair. Really inspiring.",
    "Thanks for all the 'Walk to Work' photos. Brilliant stuff.",
    "Apparently it's the longest day of the year! Lovely sunny walk at lunch. Brilliant stuff!",
    "Our team ran the 'Digital Basics' course again this year. Very helpful.",
])
def test_sincere_praise_passes(text):
    assert findings(text) == []


# --- Making light of harm, in more words ------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Sewage spill on the beach again. At least the gulls are thrilled.",
     "Sewage spill on the beach again. At least the"),
    ("Three house fires this week in Riverside lol", "house fires this week in Riverside lol"),
    ("Busiest month for the coroner since 2020. Dying's very popular this spring \U0001f480",
     "Dying's very popular this spring \U0001f480"),
    ("Another warning ignored by a climber on the ridge. Natural selection remains undefeated.",
     "Natural selection remains undefeated"),
])
def test_raises_making_light_of_harm(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Sewage spill at the river mouth: please avoid the water. At least the clean-up team got "
    "there fast, and we'll post updates at 5pm.",
    "Dying's never easy to talk about. Our bereavement team is here to help.",
    "Natural selection in action: the finches exhibit opens at the museum on Saturday.",
])
def test_serious_harm_with_help_or_science_passes(text):
    assert findings(text) == []


# --- Sarcasm about someone late to the obvious or out of their depth -----------------------

@pytest.mark.parametrize("text, found", [
    ("Nice of the minister to finally discover that rural buses exist.",
     "Nice of the minister to finally discover"),
    ("Would love to see the Chancellor try a week on the helpline.",
     "Would love to see the Chancellor try"),
    ("Ah yes, another 'quick win' from head office.", "Ah yes, another"),
])
def test_raises_sarcasm_about_someone_late_or_out_of_their_depth(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Nice of the sun to show up for the fun run!",
    "I'd love to see you at the open day on Saturday.",
    "Funny how things turn out: twenty years later I'm back in the same office.",
])
def test_warm_invitations_and_idioms_pass(text):
    assert findings(text) == []


# --- Emoji joined into one ----------------------------------------------------------------

def test_a_joined_emoji_counts_once_in_a_run():
    assert findings("Pride party tonight \U0001f3f3\ufe0f\u200d\U0001f308\U0001f389") == []
    text = "Team day out \U0001f3f3\ufe0f\u200d\U0001f308\U0001f389\U0001f389"
    assert highlighted(text) == ["\U0001f3f3\ufe0f\u200d\U0001f308\U0001f389\U0001f389"]


# --- Censure aimed at politics, capitals in names and asides, mocking casework -----


def test_censure_aimed_at_a_party_or_government_is_left_to_the_political_check():
    assert findings("Funny how the party that promised new hospitals now can't find the money "
                    "for bandages.") == []
    assert findings("Their ministers should be ashamed of the state of our rivers.") == []
    # "They" stands for the party named in the sentence before.
    assert findings("The Greens voted it down again. They should be ashamed.") == []


def test_censure_aimed_at_anyone_else_still_raises():
    assert highlighted("Funny how the people complaining loudest never came to a single "
                       "drop-in session.") == ["Funny how"]
    assert highlighted("The drivers who parked across the ambulance bay should be "
                       "ashamed.") == ["should be ashamed"]


def test_capitals_in_a_name_an_aside_label_or_a_handling_marking_are_not_shouting():
    assert findings("Running a workshop at the OR Society annual meeting on queueing "
                    "models.") == []
    assert findings("UPDATE (for the night shift): the rota is now online.") == []
    assert findings("This file is marked FOR OFFICIAL USE ONLY, so it stays on the "
                    "intranet.") == []
    assert highlighted("This is NOT acceptable and we will NOT accept it.") == ["NOT", "NOT"]


def test_speaking_of_rebuttals_is_not_the_rebuttal_register():
    assert findings("When people question our figures, we owe them an explanation, not a "
                    "rebuttal.") == []
    assert highlighted("We will be publishing a full rebuttal of the article "
                       "tomorrow.") == ["rebuttal"]


def test_laughing_at_a_member_of_the_public_in_a_post_that_also_says_i_raises():
    text = ("Spent the morning with a claimant, Mr Harte, who swore his dog ate the forms. "
            "I believed him for about a minute. He's now on his third dog \U0001f602")
    assert highlighted(text) == ["\U0001f602"]
    assert findings("Asked my nephew to fix the printer. He's now convinced it's haunted "
                    "\U0001f602") == []


def test_competence_put_downs_and_point_scoring_raise():
    assert highlighted("Whoever signed off this timetable hasn't got a clue.") == [
        "hasn't got a clue"]
    assert findings("I haven't got a clue how to fold a fitted sheet.") == []
    assert highlighted("The Chancellor couldn't run a bath.") == [
        "The Chancellor couldn't run a bath"]
    assert highlighted("Three weeks of this clown show in the planning committee and nothing "
                       "decided.") == ["clown show"]
    assert highlighted("Yes, the report was late. Some of us actually have to check the "
                       "numbers before they go out.") == ["Some of us actually have to"]
    assert highlighted("Thanks to everyone who helped, unlike some colleagues I could "
                       "mention.") == ["unlike some colleagues"]


def test_a_word_repeated_in_capitals_is_shouted_not_an_acronym():
    assert highlighted("The only free bed was in Wigan. WIGAN. Two hours from his "
                       "family.") == ["WIGAN"]
    # The same letters in a link, a hyphened name or a short acronym are no echo.
    assert findings("Apply at fema.gov \u2013 FEMA staff are on site.") == []
    assert findings("The CAB sent a cab for the client.") == []


def test_a_public_threat_of_court_raises():
    assert highlighted("Return the scaffolding by Friday or we'll be seeing you in "
                       "court.") == ["or we'll be seeing you in court"]


def test_a_smirk_gloats_only_beside_someone_elses_comeuppance():
    assert highlighted("Caught doing 50 in a 20 outside the school. Hope the points were "
                       "worth it \U0001f60f") == ["\U0001f60f"]
    # Coy about coming news: the confidential and announcement checks' concern.
    assert findings("Big figures out on Friday. Housing nerds are in for a treat "
                    "\U0001f60f") == []


# --- Taunting someone over what they did or what is coming to them -----------------------

@pytest.mark.parametrize("text, found", [
    ("Litter patrol found the same fast-food bags dumped behind the library again. You know "
     "who you are.", "You know who you are"),
    ("The van owner on Mill Lane has had three warnings now. We know exactly who you are.",
     "We know exactly who you are"),
    ("Penalty notice is in the post for the lorry that blocked the level crossing. Enjoy.",
     "Enjoy"),
    ("Six months of rent arrears at the garage lock-up, and the bailiffs are booked for "
     "Friday \U0001f44b", "\U0001f44b"),
    ("Brave stuff, abusing our call handlers from a blank profile. Say it to my face, tough "
     "guy.", "Say it to my face"),
    ("Boundary notice served on the hedge that swallowed the footpath. Walkers, you're "
     "welcome.", "Walkers, you're welcome"),
])
def test_raises_taunting_a_wrongdoer(text, found):
    result = findings(text)
    assert found in [f.text for f in result]
    assert_spans_match(text, result)


def test_a_taunt_names_what_is_wrong():
    result = findings("Reports of dog fouling on the school field are in. You know who you are.")
    assert [f.text for f in result] == ["You know who you are"]
    assert "taunts" in result[0].message


@pytest.mark.parametrize("text", [
    "Thanks to every volunteer who sorted donations this winter. You know who you are.",
    "Huge shout-out to the night porters on Ward 4 (you know who you are) for the cake.",
    "Fines for parking on the verge start in June. Full details: example.gov.uk/verges",
    "The coastal path reopens on Saturday. Enjoy!",
    "Hello \U0001f44b we're the new community safety team for Eastfield.",
])
def test_warm_nods_sign_offs_and_greetings_pass(text):
    assert findings(text) == []


# --- Talking down to someone ---------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Our fee table has four rows. Here's a crayon.", "Here's a crayon"),
    ("Six people today explaining tide tables to me. Bless your hearts \U0001f923",
     "Bless your hearts"),
    ("Oh, please do tell me more about how the river gauges work.", "Oh, please do tell me"),
    ("We didn't close the depot; it moved. The map was updated in May. Next question.",
     "Next question"),
    ("@parkwatcher If your dog stayed on the lead it wouldn't have been chased. Maybe start "
     "there.", "Maybe start there"),
    ("The opening hours are on the door. Not hard.", "Not hard"),
    ("@hedgefan with respect, the hedge is on your side of the boundary.",
     "@hedgefan with respect,"),
    ("Seventh prank call this shift. You utter waste of oxygen.", "utter waste of oxygen"),
    ("Sorry, not sorry: if you can't read a bus timetable, don't run a travel blog.",
     "Sorry, not sorry"),
    ("Anyone calling the new bike lanes a war on drivers should probably pipe down.",
     "should probably pipe down"),
])
def test_raises_talking_down_to_someone(text, found):
    result = findings(text)
    assert found in [f.text for f in result]
    assert_spans_match(text, result)


@pytest.mark.parametrize("text", [
    "Bring crayons for the kids' colouring corner at the open day.",
    "Bless her heart, Mrs Okafor knitted hats for the whole neonatal unit.",
    "Do tell us more about your project when you apply: the form has space for it.",
    "Next question from the webinar: can sole traders apply? Yes.",
    "If you feel faint in the heat, you should sit down somewhere cool.",
    "With respect to the consultation, responses close on 14 May.",
    "Is the new form hard to fill in? Not hard at all, and help is on 0300 123 4567.",
    "The old car park was a waste of space, so it's now a pocket park.",
])
def test_near_misses_of_talking_down_pass(text):
    assert findings(text) == []


# --- Dismissing critics --------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Residents moaning about the new bin rota clearly haven't read the leaflet.",
     "moaning about"),
    ("The councillor would know this had she read the officer's report.",
     "would know this had she read"),
    ("The petition's author very obviously hasn't read the funding rules.",
     "very obviously hasn't read"),
    ("@dad_of_three Please check the letter before spreading nonsense in the group chat.",
     "spreading nonsense"),
    ("@coastroad Try the online form instead of shouting at our reception staff.",
     "instead of shouting at"),
    ("@rivercycle Perhaps if people used the bins we wouldn't need more of them. Just a "
     "thought.", "Just a thought"),
    ("To the lorry driver who ignored three height signs: congratulations, you've learned "
     "what a low bridge is.", "congratulations, you've learned what"),
    ("Yet another editorial 'explaining' our budget with the wrong year's figures. Genius "
     "stuff.", "Genius stuff"),
])
def test_raises_dismissing_critics(text, found):
    result = findings(text)
    assert found in [f.text for f in result]
    assert_spans_match(text, result)


@pytest.mark.parametrize("text", [
    "I've been moaning about my commute for years, so the new train timetable is welcome.",
    "I clearly haven't read the small print properly: my mistake, now corrected.",
    "Rumours spreading online about the school closing are not true: it opens as normal.",
    "Congratulations to our apprentices, who have learned what it takes to run a depot.",
    "Just a thought for anyone planning a walk this weekend: take water and a map.",
])
def test_near_misses_of_dismissing_critics_pass(text):
    assert findings(text) == []


# --- Press-office denial, with the verdict in the middle -----------------------------

@pytest.mark.parametrize("text, found", [
    ("The Trust rejects in the strongest possible terms today's report on ward closures.",
     "rejects in the strongest possible terms"),
    ("Yesterday's story on the depot was disputed in the strongest terms at the hearing.",
     "disputed in the strongest terms"),
    ("Misleading and irresponsible coverage in today's paper has worried parents.",
     "Misleading and irresponsible coverage in"),
])
def test_raises_denial_in_the_strongest_terms(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "We condemn in the strongest possible terms the attack on our paramedics last night.",
    "How to spot misleading headlines: a short guide from our library team.",
])
def test_condemning_violence_and_guides_pass(text):
    assert findings(text) == []


# --- Laughing off an attack on a public service, and the reader's feelings ---------------

def test_laughing_off_a_cyber_attack_raises():
    assert highlighted("Another ransomware attack on a hospital trust \U0001f602") == [
        "ransomware attack on a hospital trust \U0001f602"]
    assert findings("A cyber attack has taken our booking system offline. Please call "
                    "0300 123 4567 instead.") == []


@pytest.mark.parametrize("text", [
    "@resident_j Sorry to hear you're disappointed with the repair. Our team will call you "
    "on Monday.",
    "@k_hall We're sorry you're unhappy with the decision: you can ask for a review at "
    "example.gov.uk/review.",
])
def test_naming_the_readers_feelings_is_not_an_insult(text):
    assert findings(text) == []


# --- A label in scare quotes for the person addressed --------------------------------

@pytest.mark.parametrize("text, found", [
    ("Thanks to the 'road safety expert' who emailed us nine times about one lamp post.",
     "'road safety expert'"),
    ("To the 'concerned neighbour' in the comments: the tree is on your land.",
     "'concerned neighbour'"),
    ("A message for the \u2018historian\u2019 who says the castle was built in 1990: it wasn't.",
     "\u2018historian\u2019"),
])
def test_raises_a_mocking_label_for_the_person_addressed(text, found):
    result = findings(text)
    assert [f.text for f in result] == [found]
    assert "sarcastic" in result[0].message


@pytest.mark.parametrize("text", [
    "Thanks to the 'Friends of Hill Park' who planted 200 bulbs this weekend.",
    "Update on the 'suspicious parcel' on Mill Street: it was a lost lunchbox.",
    "Thanks to the 'Walk to School' volunteers who turned out in the rain.",
])
def test_names_and_reports_in_quotes_pass(text):
    assert findings(text) == []


# --- Giving up on the person addressed: counting replies, "can't make it any simpler" ---

@pytest.mark.parametrize("text, found", [
    ("@m_okafor As set out in our last four replies, refunds take ten working days.",
     "in our last four replies"),
    ("@ruthsays Per our earlier reply, the bin calendar is on the website.",
     "Per our earlier reply"),
    ("@gwenllian_r Sixth time of asking. Maybe the seventh time will be lucky?",
     "Maybe the seventh time will be lucky"),
    ("@tomasz_b The deadline is in the letter, the email and the app. We can't put it any "
     "clearer.", "can't put it any clearer"),
    ("@kerrypark We've answered, we've phoned, we've written. Honestly not sure what more you "
     "expect us to do.", "not sure what more you expect us to do"),
    ("@anwar_h The fees are listed on our site. We trust this answers your question.",
     "We trust this answers your question"),
    ("@j_mcgrath The bus stop has a timetable on it. Not difficult, is it?",
     "Not difficult, is it?"),
])
def test_raises_giving_up_on_the_person_addressed(text, found):
    result = findings(text)
    assert found in [f.text for f in result]
    assert any("hostile" in f.message for f in result)


@pytest.mark.parametrize("text", [
    "@anwar_h We hope this answers your question: the fees are listed at example.gov.uk/fees.",
    "Sun, a free bandstand concert and ice cream vans. What more could you want?",
    "In our last three posts we looked at buses, trains and cycling. Today: walking.",
    "We've made the form as short as we can and we're testing an even shorter one.",
    "Not sure what else you need to bring? The checklist is at example.gov.uk/bring.",
])
def test_near_misses_of_giving_up_on_the_reader_pass(text):
    assert findings(text) == []


# --- Imputing bad faith, and waving a view away ----------------------------------------

@pytest.mark.parametrize("text, found", [
    ("@QuarryCoLtd You're suddenly very concerned about dust now that we've inspected you.",
     "You're suddenly very concerned"),
    ("Lots of landlords who've suddenly become experts in fire safety law this month.",
     "who've suddenly become experts"),
    ("@northroads The complaint came a day after your permit was refused. Curious, that.",
     "Curious, that"),
    ("@Pitchside Fixtures were published in June. Cool story, mate.", "Cool story, mate"),
    ("Dozens of replies telling us how to run a swimming pool from people who don't swim. "
     "As you were.", "As you were"),
])
def test_raises_imputing_bad_faith_or_waving_a_view_away(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "If you suddenly feel dizzy or short of breath, call 999.",
    "Many tenants have only recently discovered they can ask for repairs online. Here's how.",
    "Road closure lifted on the A40 at 6pm. Thanks for your patience, and carry on safely!",
    "What a lovely story. Thank you for sharing it with us, Maureen.",
])
def test_near_misses_of_imputing_bad_faith_pass(text):
    assert findings(text) == []


# --- Brushing a complaint off, and belittling critics or clients -----------------------

@pytest.mark.parametrize("text, found", [
    ("@PaulaV We note your disappointment. Your comments, which have been logged, are "
     "appreciated.", "We note your disappointment"),
    ("The trust has acted properly throughout. We won't engage with misleading claims online.",
     "has acted properly throughout"),
    ("Anyone repeating this rumour should first check their facts.",
     "should first check their facts"),
    ("Spent the morning with a caller furious about a letter he hadn't even opened.",
     "hadn't even opened"),
    ("Some customers honestly think the helpline is open at 3am lmao", "lmao"),
    ("We answer every call within the hour, unlike some.", "unlike some"),
])
def test_raises_brushing_off_and_belittling(text, found):
    assert any(found in f for f in highlighted(text))


@pytest.mark.parametrize("text", [
    "@PaulaV We note your concerns, and we've asked the depot manager to ring you on Friday.",
    "I haven't even opened the new guidance yet, but colleagues say it's a big improvement.",
    "Some people think the tip shuts on Sundays. It's open 8am to 4pm.",
    "Unlike some other boroughs, we still collect garden waste free of charge.",
])
def test_near_misses_of_brushing_off_pass(text):
    assert findings(text) == []


# --- Laughing at someone's comeuppance to their face, and a jibe left to finish ---------

@pytest.mark.parametrize("text", [
    "A fella tried to pay his parking fine with a cheque dated 2031. Sir, if you're reading "
    "this, the answer is still no \U0001f923",
    "Bloke at the depot swore blind the penalty notice wasn't his. Mate, it's got your photo on "
    "it \U0001f602",
    "Lady at our checkpoint said she didn't know sausages counted. Confiscated and fined. "
    "Madam, we could smell them from the booth \U0001f606",
])
def test_laughing_at_someone_over_their_comeuppance_while_addressing_them_raises(text):
    result = findings(text)
    assert any("laughing at someone" in f.message for f in result)


@pytest.mark.parametrize("text", [
    "Our school crossing patrol Mo retires after 25 years. Mo, if you're reading this, we'll "
    "miss your awful puns \U0001f602",
    "Got my first parking ticket in twenty years. If you're reading this, boss, I'm sorry "
    "\U0001f602",
    "A man at the counter paid his fine entirely in 5p pieces. I admired the dedication "
    "\U0001f602",
])
def test_laughing_with_someone_or_at_oneself_passes(text):
    assert not any("laughing at someone" in f.message for f in findings(text))


@pytest.mark.parametrize("text, found", [
    ("@TrailRunnerKim The signs are clear. Your reading of them, however\u2026",
     "Your reading of them, however\u2026"),
    ("@plot_holder Our hedges are within the limit. Your conifers, on the other hand...",
     "Your conifers, on the other hand..."),
    ("Our timetable is right. Your watch, not so much\u2026 \U0001f609",
     "Your watch, not so much\u2026"),
])
def test_raises_a_jibe_at_the_reader_left_unfinished(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "Your feedback, however, shapes the plan: the survey closes on Friday.",
    "Your bins will be collected on Tuesday... weather permitting!",
])
def test_an_aside_or_a_pause_about_the_reader_passes(text):
    assert findings(text) == []


# --- Exasperation and "look before you speak", worded as on other sets -----------------

@pytest.mark.parametrize("text, found", [
    ("Column C is annual, not monthly. Honestly not sure how much plainer I can make it.",
     "not sure how much plainer I can make it"),
    ("We have now answered this four times: the permit is free.",
     "We have now answered this four times"),
    ("@Harbourwatch Perhaps spend a shift in our control room before tweeting about "
     "response times.", "Perhaps spend a shift in our control room before tweeting"),
    ("Front page says we 'banned' bonfires. Maybe read the byelaw before publishing that.",
     "Maybe read the byelaw before publishing that"),
])
def test_raises_exasperation_and_look_before_you_speak(text, found):
    assert any(found in f for f in highlighted(text))


@pytest.mark.parametrize("text", [
    "Walking the Cairngorms this weekend? Maybe check the avalanche report before setting off.",
    "Try our free eligibility checker before posting your application form.",
    "We have now opened four new warm spaces: the list is at example.gov.uk/warm.",
])
def test_advice_before_doing_something_passes(text):
    assert findings(text) == []


# --- Contempt for voters, qualified verdicts, mock concessions, laughing at quoted words ---

@pytest.mark.parametrize("text, found", [
    ("Anyone voting for Councillor Brandt in May hates libraries, end of.",
     "Anyone voting for Councillor Brandt in May hates"),
    ("If you're still voting Harbour Alliance you're part of the problem.",
     "If you're still voting Harbour Alliance you're part of the problem"),
    ("Everyone who votes for them next spring deserves whatever happens to the ferry.",
     "Everyone who votes for them next spring deserves whatever"),
    ("Blue Party voters: have a word with yourselves.", "have a word with yourselves"),
])
def test_raises_contempt_for_the_voters_of_a_party_or_candidate(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "Anyone voting on Thursday who hates queues should go early: polls open at 7am.",
    "Anyone voting for the first time can find their polling station at example.gov.uk.",
    "If you vote Green or Independent on Thursday, remember your photo ID.",
])
def test_plain_talk_about_voting_passes(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("The minister's briefing on bus fares was, frankly, embarrassing.",
     "was, frankly, embarrassing"),
    ("@CoastNewsDesk your survey of our lifeguards is slapdash, one-eyed rubbish.",
     "is slapdash, one-eyed rubbish"),
    ("Their latest podcast episode on our pothole budget is genuinely embarrassing.",
     "is genuinely embarrassing"),
])
def test_raises_a_light_contempt_word_made_a_verdict_by_a_qualifier(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "I was frankly useless at the office quiz, but we still came third.",
    "The bigger risk for older buyers was fear of rogue traders, so we made a checklist.",
    "The queue for the fireworks was ridiculous, so bring a flask.",
    "The queue at the passport office was frankly ridiculous, so we opened two more counters.",
    "Our first prototype was honestly embarrassing, but user research saved it.",
    "The old booking system was genuinely useless for screen readers, so we rebuilt it.",
])
def test_self_deprecation_and_light_verdicts_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("We resurfaced forty streets this year, but sure, that one pothole.",
     "but sure,"),
    ("Nothing says 'customer first' like a phone line that's broken every Monday.",
     "Nothing says 'customer first' like"),
    ("Nothing says spring like a broken boiler in the reading room.",
     "Nothing says spring like"),
])
def test_raises_mock_concessions_and_wry_praise(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "Sure enough, the river peaked at 3am and the barriers held.",
    "I'm not sure, but the ferry may be delayed by the wind this evening.",
    "Nothing says summer like a 99 flake on the prom.",
    "Nothing says 'welcome' like a warm library on a cold day.",
    "But sure, that's the beauty of a bank holiday: the tip is open as normal.",
    "Oh sure, happy to share the slides from this morning's talk.",
    "It's been a tough winter on the wards, but sure, we got through it together.",
    "The ferry was late again, but sure, the views over the Sound made up for it.",
    "Nothing says autumn like the leaf sweepers out at dawn!",
    "Nothing says 'welcome home' like the tea urn our volunteers run. Thank you all.",
])
def test_sincere_sure_and_nothing_says_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "Caller insisted the speed camera on Dock Road was 'just decoration' lol",
    "We asked for referees and one applicant claims 'trust me' is enough \U0001f923",
])
def test_laughing_beside_someone_s_quoted_words_raises(text):
    assert any("laughing at them" in f.message for f in findings(text))


@pytest.mark.parametrize("text", [
    "My nephew asked whether the council 'owns the rain' \U0001f602",
    "Lovely card from a pupil calling our library 'the best room in town' \U0001f602 "
    "thank you!",
    "Team quiz name this year: 'Quizzy McQuizface' \U0001f602",
    "The kids at the show loved the 'mini tractors' haha",
    "My colleague reckons the new printer is 'haunted' \U0001f602",
    "He thought the form was 'optional' lol, easy mistake, we sorted it.",
    "The minister called our apprentices 'the future of the service' \U0001f602 no pressure!",
])
def test_laughing_along_with_a_relative_or_warmly_passes(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "Legionella found in the leisure centre showers. Anyway, who's for cake?",
    "Twelve cases of food poisoning after the staff buffet lol",
])
def test_flippancy_about_illness_from_food_or_water_raises(text):
    assert any("flippant" in f.message for f in findings(text))


def test_dry_praise_of_leadership_after_a_scare_quote_raises():
    text = "Told to find 'efficiency savings' again this year. Visionary leadership, truly."
    assert "Visionary leadership, truly" in highlighted(text)


@pytest.mark.parametrize("text, found", [
    ("The library shuts at 4pm on the one day the schools finish at 3.30. Make it make sense.",
     "Make it make sense"),
    ("Wake me up when the new depot actually opens.",
     "Wake me up when the new depot actually"),
    ("Same folk who can't read a bus timetable explain traffic modelling to me every week.",
     "folk who can't read a bus timetable explain traffic modelling to me"),
    ("You called our survey 'rigged'. The raw data is online. Put up or shut up.",
     "Put up or shut up"),
])
def test_raises_exasperated_requests_and_being_lectured_on_one_s_own_work(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "Thanks to everyone who explained the new rota to me in my first week!",
    "People keep explaining the new bus routes to me on the train and honestly it's great.",
    "Wake me up when it's spring \U0001f634 Until then, the gritters are out every night.",
    "The nurses on Ward 9 explained the discharge plan to me so clearly. Grateful.",
])
def test_thanks_for_an_explanation_passes(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Forty people queued for an hour because nobody updated the sign. Cool, cool, cool.",
     "Cool, cool, cool"),
    ("Bloke insists his greenhouse is a 'place of worship' for rates purposes. You genuinely "
     "couldn't make it up.", "You genuinely couldn't make it up"),
    ("He says the skip on the verge is 'modern art'. Sir. It's a skip.", "Sir."),
])
def test_raises_stock_mockery_and_exasperated_address(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "Cool weather and cool heads at the regatta today.",
    "Cool cool cool, see you all at the fun run on Sunday!",
    "Your part of the problem-solving workshop starts at 10am.",
    "I couldn't make it up the hill on my bike, so I walked.",
    "Thank you, sir. We'll sort it today.",
    "No, just note the date in your diary: the hall is booked from 6pm.",
    "No, just no cash: the car park takes cards and the app.",
    "What a shift. Mate. I need a cuppa.",
    "Sure, we'll just wait for the rain to stop before painting the railings.",
    "The old sign was frankly useless. The new one is much clearer.",
    "You couldn't make it up: our oldest volunteer turned 100 and still does Tuesdays!",
])
def test_near_misses_of_stock_mockery_pass(text):
    assert findings(text) == []


def test_dry_praise_closing_before_emoji_and_hashtags_raises():
    text = ("Told to find 'efficiency savings' again this year. Visionary leadership, truly. "
            "\U0001f355\n\n#LocalGov #Budget")
    assert "Visionary leadership, truly" in highlighted(text)


def test_praise_closing_before_hashtags_without_a_grievance_passes():
    text = "Forty trees planted on Mill Road today. Brilliant work, everyone. \U0001f333 #Trees"
    assert findings(text) == []


# --- Precision round on frontline and local posts -----------------------------------

@pytest.mark.parametrize("text", [
    "Lovely to see Priya back on the ward after her knee op, and cleared by her OT team too.",
    "Booked in for my annual OH review on Friday, then straight back to the depot.",
    "Our new-starter IT induction and the PA pool rota are both on the intranet.",
    "Dropped off the signed forms with his long-term ME support worker this morning.",
])
def test_two_letter_acronym_in_a_noun_modifier_slot_passes(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text, found", [
    ("Oh we are SO sorry that the bins were missed again.", "SO"),
    ("The kids GO back on Monday, whatever the rumours say.", "GO"),
    ("There is NO way that report was read before the meeting.", "NO"),
    ("OH NO, the car park is shut again.", "OH NO"),
])
def test_two_letter_emphasis_outside_a_modifier_slot_still_shouts(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "Delighted: the youth club reopens on Saturday with a new kitchen AND a climbing wall.",
    "Proud day: the apprentices passed, BOTH cohorts, first time. Thank you all.",
    "Great news for readers: ALL the branch libraries now open on Sunday afternoons.",
])
def test_one_capitalised_word_adding_good_news_passes(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text, found", [
    # A negative word in the post: the capitals are exasperation.
    ("Great, the lift is broken AND the stairs are closed. Absolutely useless.", "AND"),
    # No positive word at all.
    ("The consultation closes on Friday and ALL comments must be in writing.", "ALL"),
    # More than one shouted word.
    ("Lovely sunny day, but PLEASE take ALL your litter home.", "PLEASE"),
    # Emphasis that is not additive, in a cheerful post.
    ("Thank you SO much to whoever dumped a sofa in the park. Really lovely.", "SO"),
])
def test_capitals_with_negativity_or_other_emphasis_still_shout(text, found):
    assert found in highlighted(text)


def test_additive_capitals_list_is_configurable():
    check = make_check(caps_additive_words=[])
    text = "Delighted: the youth club reopens on Saturday with a new kitchen AND a climbing wall."
    assert [f.text for f in check.find(Post(text, "x", Author()))] == ["AND"]


@pytest.mark.parametrize("text", [
    "Eleven years in revenues and benefits and I'm off to the fraud team in June.\n\n"
    "I'll miss the crew and the biscuit rota. I will not miss month-end reconciliations "
    "(said nobody ever). Thanks all for the laughs.",
    "We loved the Monday 7am stand-up, said no one ever. Thank you team, it's been brilliant.",
])
def test_said_no_one_ever_at_own_expense_in_a_warm_post_passes(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text", [
    # Mocking other people.
    "Councillors love a two-hour agenda item on bunting, said no one ever. Thanks all.",
    # The writer's own words, but nothing warm.
    "I adore rewriting the same risk register every quarter, said no one ever.",
])
def test_said_no_one_ever_about_others_or_without_warmth_still_raises(text):
    assert any("said no" in f for f in highlighted(text))


@pytest.mark.parametrize("text", [
    "The Health Secretary's statement on waiting lists was a joke. He should be ashamed.",
    "Another senator who voted to close the clinics. She should be ashamed.",
    "That speech from the Taoiseach on housing. He should be embarrassed.",
])
def test_censure_of_an_office_holder_named_by_title_is_political_not_tone(text):
    assert not any("ashamed" in f or "embarrassed" in f for f in highlighted(text))


@pytest.mark.parametrize("text", [
    "Whoever keeps parking across the ambulance bay should be ashamed.",
    "The bloke who kicked the library door in should be ashamed of himself.",
])
def test_censure_of_members_of_the_public_still_raises(text):
    assert any("should be ashamed" in f for f in highlighted(text))


@pytest.mark.parametrize("text", [
    "Twenty years on the bins and never worked under a director as incompetent as this one.",
    "Honestly, a board as inept as ours takes some beating.",
    "Never known a regulator as clueless as this lot about rural broadband.",
])
def test_contempt_as_a_comparison_raises(text):
    assert any(re.match(r"as (?:incompetent|inept|clueless) as", f) for f in highlighted(text))


@pytest.mark.parametrize("text", [
    "First week on the helpdesk and I felt as clueless as the printer.",
    "We were as clueless as anyone about the new form at first, so we wrote a guide.",
    "On day one I was as clueless as you probably are now. It gets easier.",
])
def test_contempt_comparison_about_oneself_passes(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text", [
    "Madam, for the third time, the recycling centre does not take tyres.",
    "Mate, for the 6th time: we can't move your parking fine, only the council can.",
    "Folks, for the second time today - the footpath is closed, not the park.",
])
def test_count_of_times_after_a_form_of_address_raises(text):
    assert any(re.search(r"for the \w+ time", f) for f in highlighted(text))


@pytest.mark.parametrize("text", [
    "For the third time in a row, our library won the county reading award!",
    "The choir sang for the second time at the care home, and the residents loved it.",
    "Dear Sir, thank you for the first time you wrote to us about this.",
])
def test_counts_of_times_without_address_pass(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text, found", [
    ("Your skip permit was refused for a reason. Reapply or ring us, but cut the theatrics.",
     "cut the theatrics"),
    ("Sir, you've emailed the whole cabinet twice today. Enough of this nonsense.",
     "Enough of this nonsense"),
    ("Stop the drivel about secret meters in the park, it's a rain gauge.", "Stop the drivel"),
])
def test_telling_someone_to_drop_their_nonsense_raises(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "Kids' nonsense poetry workshop at the library on Saturday: come and make up words.",
    "We read the nonsense verse of Edward Lear at book club. Brilliant fun.",
    "Help us stop the rubbish going to landfill: the tip now takes mattresses.",
])
def test_nonsense_as_a_subject_or_literal_rubbish_passes(text):
    assert highlighted(text) == []


# --- Sarcasm and point-scoring found on blind probe sets (ah, ai, aj) ---------------

@pytest.mark.parametrize("text, found", [
    # A stock sarcastic sign-off.
    ("Fly-tipped fridge on the school run again. Stay classy, Wrexham.", ["Stay classy"]),
    # A euphemism for massaged numbers.
    ("The waiting list will look shorter in the report thanks to some creative counting.",
     ["creative counting"]),
    # Time-wasting turned on oneself.
    ("Forty emails about one bollard. Apparently we clearly have nothing better to do.",
     ["we clearly have nothing better to do"]),
    # Ironic praise for doing without the one thing the job needs.
    ("Quite a feat to review our whole consultation without once opening it.",
     ["Quite a feat to review our whole consultation without once opening"]),
    ("Love how the online experts know exactly how long an ambulance takes.",
     ["Love how the online experts"]),
    ("Nine-hour waits at A&E are the new normal, apparently.",
     ["are the new normal, apparently"]),
    # A penalty presented as a prize.
    ("Congratulations to the van driver doing 70 past the primary school. Your reward is six "
     "points and a summons.", ["Your reward is six points"]),
    # Mock reassurance with a token gesture.
    ("Heating broken in the depot for a fortnight, but never fear, staff have all been given a "
     "mindfulness leaflet.", ["but never fear, staff have all been given a mindfulness"]),
    # A mock invitation to carry on.
    ("Sixty letters about a hedge. But please, do keep phoning in.",
     ["But please, do keep phoning in"]),
    # Explaining a job to the people who do it.
    ("Great to have a councillor explain bin routes to the crews who run them.",
     ["explain bin routes to the crews who run them"]),
])
def test_sarcasm_classes_from_blind_probes_raise(text, found):
    assert highlighted(text) == found


@pytest.mark.parametrize("text", [
    "Our creative writing group meets on Tuesdays; accounting for beginners is on Fridays.",
    "There's nothing better to do on a wet Sunday than visit the museum.",
    "Impressive to run the 10k without once stopping - well done Jo!",
    "Remarkable that Sam sat through 40 hearings without once losing patience.",
    "Love how the experts at the wetland centre explained every bird to the kids.",
    "Love how our volunteers never once missed a shift all winter.",
    "Reusable cups are the new black at our canteen!",
    "Your prize for winning the library quiz is a book token.",
    "The office is closed today, but don't worry, you can still apply online.",
    "The lift is out, but don't worry, we've been given a temporary ramp by the landlord.",
    "Thanks for all your stories so far, and please do keep writing in.",
    "Our engineers will explain the new bridge to residents who live near it.",
])
def test_sincere_lookalikes_of_the_new_sarcasm_classes_pass(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text, found", [
    ("Some residents seem to think a petition overrides the planning act. Bless them.",
     ["Bless them"]),
    ("The new portal launched and of course it logs everyone out every ten minutes. Genius.",
     ["Genius"]),
])
def test_dry_verdict_after_mocking_what_someone_thinks_raises(text, found):
    assert highlighted(text) == found


@pytest.mark.parametrize("text", [
    "My kids seem to think the holidays last forever. Bless them.",
    "Our volunteers seem to think nothing of walking five miles. Bless them, and thank you.",
    "Genius idea from the team, thank you!",
    "The caretaker labelled every cable in the server room. Genius.",
])
def test_dry_verdicts_that_are_affection_or_praise_pass(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text, found", [
    ("A man asked the front desk if the library charges for breathing. I despair.",
     ["I despair"]),
    ("Someone tried to pay their council tax with vouchers. Words fail me.", ["Words fail me"]),
    ("You've tagged us about the timetable again. Read the timetable for once.",
     ["Read the timetable for once"]),
    ("@resident99 Not sure what you expected from a Sunday service, Ian.",
     ["Not sure what you expected"]),
    ("The deadline was on the letter twice. At some point that has to be on you.",
     ["has to be on you"]),
    ("Shout out to our most persistent moaner, who has rung 30 times about a lamp post.",
     ["most persistent moaner"]),
    ("We cleared every backlog this year. Certain other trusts couldn't say the same.",
     ["Certain other trusts couldn't say the same"]),
    ("Half the board can't read a funnel plot. Happy to give them remedial training, free of "
     "charge.", ["remedial training, free of charge"]),
    ("Whoever drew up this rota shouldn't be trusted near a crayon.", ["trusted near a crayon"]),
    ("Mate, get a hobby.", ["get a hobby"]),
    ("Maybe read the minutes before posting.", ["Maybe read the minutes before posting"]),
    ("It might be worth checking the map before tagging us in every pothole.",
     ["It might be worth checking the map before tagging us"]),
    ("Perhaps the paper will check with us before rushing into print next time.",
     ["Perhaps the paper will check with us before rushing into print"]),
    ("To the lad who keeps kicking the bus shelter: we know it was you. CCTV doesn't lie.",
     ["we know it was you"]),
])
def test_exasperation_and_point_scoring_raise(text, found):
    assert highlighted(text) == found


@pytest.mark.parametrize("text", [
    "Another sewage spill in the Wear. I despair.",
    "Proper good news for once: the pool reopens on Monday.",
    "Not sure what to expect at your first hearing? Here's a guide.",
    "Our regular callers to the helpline are always welcome.",
    "Some families can't say the same, so please give what you can to the food bank.",
    "Our remedial reading sessions for Year 3 start next week.",
    "Please check the forecast before posting your walk plans.",
    "Small correction: the pool reopens on the 4th, not the 14th. Please check our website "
    "before posting plans for the day.",
    "That article says the deadline is 31 March, but it's actually 30 April - details here: "
    "gov.uk/apply",
    "Thanks to whoever left flowers at reception - we know it was you, Sue!",
])
def test_lookalikes_of_exasperation_and_point_scoring_pass(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text, found", [
    ("Bomb threat at the station emptied the whole concourse \U0001f602 best break ever",
     ["Bomb threat at the station emptied the whole concourse \U0001f602"]),
    ("Two stabbings on one shift. Somebody's going for the record.",
     ["stabbings on one shift. Somebody's going for the record"]),
])
def test_laughing_or_keeping_score_about_serious_harm_raises(text, found):
    assert highlighted(text) == found


@pytest.mark.parametrize("text", [
    "Suspicious package closed the high street this morning. Thanks for your patience, all "
    "clear now.",
    "Our parkrun team is going for a record this Saturday.",
])
def test_serious_events_told_plainly_and_records_pass(text):
    assert highlighted(text) == []


@pytest.mark.parametrize("text, found", [
    ("The quotes in Saturday's piece were selectively taken out of context.",
     ["were selectively taken out of context"]),
    ("It would be inappropriate for the Department to comment any further.",
     ["would be inappropriate for the Department to comment any further"]),
])
def test_out_of_context_and_no_further_comment_are_rebuttal_register(text, found):
    assert highlighted(text) == found


def test_quotes_out_of_context_as_advice_pass():
    assert highlighted("Quotes often get taken out of context online, so always read the "
                       "full speech.") == []


@pytest.mark.parametrize("text, found", [
    ("Dr Shah notes that her comments have been misreported.", ["Dr Shah notes"]),
    ("Priya Shah would like to clarify the position on rota changes.",
     ["Priya Shah would like to clarify"]),
])
def test_an_author_speaking_of_themselves_in_the_third_person_raises(text, found):
    assert highlighted(text, author=Author(name="Dr Priya Shah")) == found


@pytest.mark.parametrize("text, name", [
    ("The village green has not been cut since May.", "Chris Green"),
    ("Dr Shah from the clinic notes that flu jabs are now available.", "Dr Priya Shah"),
])
def test_a_surname_alone_or_a_name_not_speaking_passes(text, name):
    assert highlighted(text, author=Author(name=name)) == []


@pytest.mark.parametrize("text, found", [
    ("@j_smith Thanks for sharing your experience. We value all customer feedback.",
     ["We value all customer feedback"]),
    ("Replying to comments on the closure: we hear you, and we're sorry.", ["we hear you"]),
    ("We remain committed to excellence in every school.", ["We remain committed to excellence"]),
])
def test_more_templated_reassurance_raises(text, found):
    assert highlighted(text) == found


def test_valuing_feedback_with_a_next_step_passes():
    assert highlighted("@j_smith We value all feedback, and I'll ring you this week to put it "
                       "right.") == []
