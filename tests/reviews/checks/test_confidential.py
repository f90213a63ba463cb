"""Tests for the confidential check: markings, embargoes and not-yet-public material."""

from __future__ import annotations

import copy
import json
import re
import time

import pytest

from reviews.checks import confidential, phrases
from reviews.checks.base import Author, Post
from reviews.checks.engine import SHARED_DEFAULTS
from tests.reviews.checks import SLOW_INPUT_LIMIT


def make_check(shared=None, **overrides):
    config = copy.deepcopy(confidential.DEFAULTS)
    config.update(overrides)
    return confidential.Check(config, shared if shared is not None else SHARED_DEFAULTS)


CHECK = make_check()


def findings(text, platform="x", author=None, check=CHECK):
    result = check.find(Post(text, platform, author or Author()))
    for f in result:
        assert text[f.start:f.end] == f.text
    return result


def highlighted(text, **kwargs):
    return [f.text for f in findings(text, **kwargs)]


# --- Module contract ------------------------------------------------------------------

def test_module_declares_name_principle_and_warn_default():
    assert confidential.NAME == "confidential"
    assert confidential.PRINCIPLE == "confidential-and-embargoed"
    assert confidential.DEFAULTS["severity"] == "warn"
    assert confidential.DEFAULTS["enabled"] is True


def test_defaults_are_plain_json_data():
    assert json.loads(json.dumps(confidential.DEFAULTS)) == confidential.DEFAULTS


# --- Protective markings ----------------------------------------------------------------

def test_official_sensitive_marking_is_flagged_and_named_in_the_message():
    text = "Lovely to finish the OFFICIAL-SENSITIVE annex on ports before the weekend."
    result = findings(text)
    assert [f.text for f in result] == ["OFFICIAL-SENSITIVE"]
    assert "‘OFFICIAL-SENSITIVE’ is a protective marking" in result[0].message


def test_australian_official_sensitive_form_is_flagged():
    assert highlighted("Pack is OFFICIAL: Sensitive, grab a copy at the desk.") == [
        "OFFICIAL: Sensitive"]


def test_secret_heading_a_post_is_a_marking():
    assert highlighted("SECRET – ferry routing options for the board.") == ["SECRET"]


def test_restricted_as_a_label_is_a_marking():
    assert highlighted("Notes attached. RESTRICTED: do ask before forwarding.") == [
        "RESTRICTED"]


def test_protected_b_and_cui_are_markings():
    assert highlighted("Protected B spreadsheet of the new rates is ready.") == ["Protected B"]
    assert highlighted("CUI//SP-PRVCY list of sites went to the region.") == ["CUI"]


def test_marking_in_brackets_after_papers_is_flagged():
    assert highlighted("Board papers (restricted) say the target slips a year.") == [
        "(restricted)"]


def test_confidential_as_a_line_label_is_flagged():
    assert highlighted("Confidential: the review wants two stations closed.") == [
        "Confidential"]


def test_cabinet_in_confidence_is_flagged():
    assert highlighted("A cabinet-in-confidence paper came round this morning.") == [
        "cabinet-in-confidence"]


# --- Embargoes and handling instructions -----------------------------------------------

def test_embargo_until_a_time_is_flagged():
    result = findings("Embargoed until 00:01 Tuesday: the prison places count.")
    assert result[0].text == "Embargoed"
    assert "embargoed material" in result[0].message


def test_not_for_publication_is_flagged():
    assert highlighted("Summary below, not for publication yet.") == ["not for publication"]


def test_internal_only_is_flagged():
    assert highlighted("Internal only: new desk booking rules for the Leeds hub.") == [
        "Internal only"]


def test_do_not_forward_instruction_is_flagged():
    assert highlighted("Costings attached – please do not forward.") == [
        "please do not forward"]


def test_dont_share_before_a_time_is_flagged():
    assert highlighted("Nobody share this before Monday please.") == ["Nobody share"]


def test_not_public_yet_is_flagged():
    assert highlighted("The new rota isn't public yet but it looks fair.") == [
        "isn't public"]


# --- Insider sources, drafts, pre-release, courts, contracts, itineraries --------------

def test_internal_figures_with_what_they_show_are_flagged():
    result = findings("Internal modelling shows 40% of depots would close.")
    assert [f.text for f in result] == ["Internal modelling"]
    assert "comes from inside" in result[0].message


def test_insider_source_without_anything_revealed_passes():
    assert findings("Great all-staff call today, thanks everyone.") == []


def test_secrecy_idiom_with_a_claim_is_flagged():
    assert highlighted("Keep it quiet, but the depot will close in May.") == [
        "Keep it quiet"]


def test_secrecy_idiom_without_a_claim_passes():
    assert findings("Keep it quiet in the reading room please, exams are on!") == []


def test_uncleared_draft_is_flagged():
    result = findings("Our draft estates plan is not cleared yet, so watch this space.")
    assert [f.text for f in result] == ["draft"]
    assert "not been cleared" in result[0].message


def test_pre_release_access_to_statistics_is_flagged():
    assert highlighted("Had pre-release access to the trade numbers this morning. Oof.") == [
        "pre-release access"]


def test_teaser_of_statistics_before_release_is_flagged():
    result = findings("Won't say more, but Tuesday's GDP figures are not pretty 👀")
    assert [f.text for f in result] == ["Tuesday's GDP"]
    assert "before their release" in result[0].message


def test_published_statistics_with_a_teaser_emoji_pass():
    text = "Today's GDP figures are out 👀 https://www.ons.gov.uk/economy/grossdomesticproduct"
    assert findings(text) == []


def test_judgment_before_hand_down_is_flagged():
    result = findings("Judgment's in on our appeal – can't say more till it's handed down.")
    assert "Judgment's in" in [f.text for f in result]


def test_procurement_outcome_is_flagged():
    result = findings("Word is the preferred bidder for the depot is Acme Ltd.")
    assert [f.text for f in result] == ["preferred bidder"]
    assert "procurement outcome" in result[0].message


def test_ministers_itinerary_in_advance_is_flagged():
    result = findings("The Minister is at the Hull depot at 2pm tomorrow – tidy up!")
    assert [f.text for f in result] == ["Minister"]
    assert "movements in advance" in result[0].message


def test_release_held_until_a_later_publication_is_flagged():
    result = findings("Our internal tracker has 12 open cases. It won't be published till June.")
    assert [f.text for f in result] == ["won't be published till"]


def test_not_out_yet_is_flagged():
    assert highlighted("New audit targets for the spring: internal list, not out yet.") == [
        "not out yet"]


def test_hearing_it_first_with_a_change_is_flagged():
    text = "The grant gets halved from April. You're hearing it early, folks."
    assert highlighted(text) == ["You're hearing it early"]


def test_sign_off_still_outstanding_is_flagged():
    text = "Amber alert for the coast is on the table but the director hasn't signed it off yet."
    assert highlighted(text) == ["hasn't signed it off yet"]


def test_draft_document_described_is_flagged():
    assert highlighted("The draft strategy quietly drops the 2030 target.") == ["draft strategy"]


def test_authors_own_draft_described_passes():
    assert findings("My draft speech says thank you to everyone at the depot.") == []


def test_intranet_and_sharepoint_links_are_flagged():
    result = findings("Slides: https://dept.sharepoint.com/sites/team/deck.pptx")
    assert [f.text for f in result] == ["sharepoint.com/sites/team/deck.pptx"]
    assert "internal system" in result[0].message
    assert highlighted("See intranet.agency.gov.au/news/restructure") == [
        "intranet.agency.gov.au/news/restructure"]


def test_ruling_before_hand_down_is_flagged():
    text = "We won on every ground. Hand-down isn't until Friday so sit tight."
    assert highlighted(text) == ["Hand-down isn't until"]


def test_contract_going_to_a_named_supplier_is_flagged():
    text = "The contract for the new Leeds hub is going to Capita."
    assert highlighted(text) == ["contract for the new Leeds hub is going to"]


def test_minister_landing_at_a_time_is_an_itinerary():
    assert highlighted("The Minister lands at Leeds Bradford 7am Wednesday.") == ["Minister"]


# --- Traps that must pass ----------------------------------------------------------------

def test_published_draft_under_consultation_passes():
    text = "Our draft parking guidance is out for consultation – have your say by 3 May."
    assert findings(text) == []


def test_secret_in_its_ordinary_sense_passes():
    assert findings("The secret to a good crumble is cold butter.") == []
    assert findings("Secret Santa names are in the hat!") == []


def test_capitals_for_emphasis_or_shouting_are_not_markings():
    assert findings("Our SECRET weapon for long meetings? Biscuits.") == []
    assert findings("SECRET SANTA IS BACK!!!") == []


def test_trade_and_arms_embargoes_as_a_topic_pass():
    assert findings("Good explainer on how the UN arms embargo is monitored.") == []
    assert findings("The trade embargo on the island was debated again.") == []


def test_embargo_already_lifted_with_a_link_passes():
    text = ("Embargo lifted – our prisons report is live: "
            "https://www.gov.uk/government/publications/prisons-report")
    assert findings(text) == []


def test_embargo_with_a_link_to_the_published_release_passes():
    text = "Embargoed figures now out: https://www.ons.gov.uk/releases/labour-market"
    assert findings(text) == []


def test_confidential_helpline_passes():
    assert findings("Struggling? Our confidential helpline is free, 24/7.") == []


def test_official_statistics_published_today_pass():
    assert findings("Official statistics published today show 3% more apprentices.") == []


def test_advice_not_to_share_personal_details_passes():
    assert findings("Please don't share your password with anyone, even us.") == []


def test_official_secrets_act_training_passes():
    assert findings("Official Secrets Act refresher done. Yours is due by Friday!") == []


def test_reminder_about_handling_markings_passes():
    text = "Reminder: anything marked OFFICIAL-SENSITIVE stays off personal devices."
    assert findings(text) == []


def test_intranet_as_a_word_passes():
    assert findings("Check the intranet for the new leave policy.") == []


def test_published_ruling_passes():
    text = "The ruling was handed down this morning: https://www.judiciary.uk/judgments/x"
    assert findings(text) == []


def test_past_ministerial_visit_passes():
    assert findings("The Minister visited our Hull depot today and met apprentices.") == []


def test_internal_market_report_passes():
    assert findings("Interesting read on the UK internal market and trade flows.") == []


def test_leaked_report_that_is_already_public_passes():
    text = ("Leaked? No – the 'secret' report has been on GOV.UK since Monday: "
            "https://www.gov.uk/government/publications/housing")
    assert findings(text) == []


# --- Configuration ------------------------------------------------------------------------

def test_emptied_handling_list_stops_a_handling_finding():
    text = "Summary below, not for publication yet."
    assert findings(text, check=make_check(handling=[])) == []
    assert findings(text) != []


def test_emptied_capital_markings_stop_a_capital_marking():
    text = "SECRET – ferry routing options for the board."
    assert findings(text, check=make_check(capital_markings=[])) == []


def test_admin_marking_is_matched():
    check = make_check(markings=["UK Eyes Only"])
    assert [f.text for f in findings("Map marked uk eyes only.", check=check)] == [
        "uk eyes only"]


@pytest.mark.parametrize("value", [0, -2, "1", None])
def test_bad_max_findings_raises_a_clear_error(value):
    with pytest.raises(ValueError, match="max_findings"):
        make_check(max_findings=value)


def test_phrase_list_that_is_not_a_list_raises_a_clear_error():
    with pytest.raises(ValueError, match="markings"):
        make_check(markings="SECRET")


def test_invalid_regular_expression_raises():
    with pytest.raises(re.error):
        make_check(handling=["internal (only"])


def test_max_findings_caps_the_findings():
    text = ("OFFICIAL-SENSITIVE. Internal only. Not for publication. Do not forward. "
            "Embargoed until Monday.")
    assert len(findings(text)) == 3
    assert len(findings(text, check=make_check(max_findings=1))) == 1


@pytest.mark.parametrize("key", [k for k, v in confidential.DEFAULTS.items()
                                 if isinstance(v, list) and k != "capital_markings"])
def test_phrase_book_misses_nothing_a_plain_search_finds(key):
    listed = confidential.DEFAULTS[key]
    book = phrases.PhraseBook({key: listed})
    plain = phrases.word_alternation(listed)
    sample = ("Embargoed until 9:30 Thursday – internal only, do not forward: the draft "
              "is not cleared, the preferred bidder is set, the Minister's at the docks "
              "at 10am tomorrow, judgment's in, and OFFICIAL: sensitive (restricted). ")
    for text in (sample, sample * 20):
        low = phrases.quick_fold(text)
        found = book.read(low)[key].spans
        for match in plain.finditer(low):
            assert any(s <= match.start() < e for s, e in found), (key, match.group())


# --- Edge input ---------------------------------------------------------------------------

def test_empty_and_blank_text_pass():
    assert findings("") == []
    assert findings(" \t\n") == []


def test_emoji_only_passes():
    assert findings("🤫🤐👀") == []


def test_right_to_left_text_passes_and_keeps_offsets():
    assert findings("سري للغاية؟ لا، مجرد وصفة") == []
    text = "שלום. OFFICIAL-SENSITIVE notes attached."
    assert highlighted(text) == ["OFFICIAL-SENSITIVE"]


def test_nul_bytes_do_not_break_offsets():
    text = "\x00Internal only\x00: rota.\x00"
    assert highlighted(text) == ["Internal only"]


def test_fifty_thousand_characters_finish_fast():
    text = ("We met residents today to talk about the parks and the secret garden. "
            * 800)[:50_000]
    start = time.perf_counter()
    assert findings(text) == []
    assert time.perf_counter() - start < SLOW_INPUT_LIMIT


def test_fifty_thousand_characters_of_markings_finish_fast_and_are_capped():
    text = ("OFFICIAL-SENSITIVE notes, internal only. " * 1300)[:50_000]
    start = time.perf_counter()
    assert len(findings(text)) == 3
    assert time.perf_counter() - start < SLOW_INPUT_LIMIT


# --- Credentials: passwords, PINs and door codes -----------------------------------------

@pytest.mark.parametrize("text", [
    "Night shift: the store room keypad code is now 6620, the old one stopped working.",
    "Visitor wifi password changed to Lantern-Quay-41 this morning, pass it round.",
    "Temporary login for the rota tool: password Rota2026? until IT sort yours out.",
])
def test_raises_a_credential_given_with_its_value(text):
    result = findings(text)
    assert result and "password, PIN or door code" in result[0].message


@pytest.mark.parametrize("text", [
    "We will never ask for your password or PIN. Scam texts often quote codes like 4821.",
    "Most people's tax code is 1257L; check yours in the app.",
    "Passwords now need at least 14 characters and change every 90 days.",
])
def test_credential_advice_and_tax_codes_pass(text):
    assert findings(text) == []


# --- Internal host names and links -------------------------------------------------------

@pytest.mark.parametrize("text, host", [
    ("Queue monitor is at http://jobs-prd-01.agency.internal:9090/queue again.",
     "http://jobs-prd-01.agency.internal:9090/queue"),
    ("New team pages: wiki.ops-intranet.example.gov.uk/teams/coast",
     "wiki.ops-intranet.example.gov.uk/teams/coast"),
    ("Grafana's on 10.40.2.17:3000 if the VPN lets you in.", "10.40.2.17:3000"),
    ("Templates are on \\\\fs03\\comms$\\templates now.", "\\\\fs03\\comms$\\templates"),
])
def test_raises_internal_host_names(text, host):
    assert highlighted(text) == [host]


@pytest.mark.parametrize("text", [
    "Read our guide to the UK internal market: https://www.gov.uk/guidance/uk-internal-market",
    "Version 10.4.2 of the app fixes the login bug.",
    "Local councils can bid from Monday, details on GOV.UK.",
])
def test_public_links_and_version_numbers_are_not_internal_hosts(text):
    assert findings(text) == []


# --- Where an unpublished paper sits; drafts in clearance --------------------------------

@pytest.mark.parametrize("text", [
    "The review has been sitting with ministers since May and it recommends two closures.",
    "Our draft travel plan is stuck at No 10, which is a shame.",
    "The draft leaflet still needs legal clearance, but here's the opening line: "
    "'Your benefit will change in April.'",
])
def test_raises_a_paper_held_in_clearance(text):
    assert findings(text) != []


def test_raises_a_quoted_draft_briefing():
    text = ("Writing the draft briefing for Friday. Favourite line: "
            "'The Secretary of State may prefer not to mention the timetable.'")
    assert highlighted(text) == ["draft briefing"]


@pytest.mark.parametrize("text", [
    "Our draft code is out for consultation: 'Cut hedges every other year.' Have your say.",
    "My draft speech: 'Thank you all for coming to the depot today.'",
])
def test_public_or_own_draft_quoted_passes(text):
    assert findings(text) == []


# --- Press lines, management information, leaked decisions ------------------------------

@pytest.mark.parametrize("text", [
    "Lines to take on Monday's rail strike: 'We urge both sides to keep talking.'",
    "Yesterday's MI has the phone queue down to 9 minutes. Huge effort.",
    "Nobody's told the landlords yet but the scheme will close in 2027.",
    "Word from upstairs: the Exeter office will merge with Bristol.",
])
def test_raises_internal_lines_figures_and_decisions(text):
    assert findings(text) != []


@pytest.mark.parametrize("text", [
    "A thread on how press officers draft lines to take, from a retired press secretary.",
    "Between us we raised £1,200 for the food bank. Thank you!",
    "Nobody told me the lift was broken. Stairs it is.",
    "Please don't share any personal details here, DM us your reference instead.",
    "The new service name is still under wraps, but I love it.",
])
def test_ordinary_talk_about_lines_secrets_and_details_passes(text):
    assert findings(text) == []


# --- Itineraries, procurement, statistics work, board papers, other markings ----------

@pytest.mark.parametrize("text", [
    "Chancellor's Leeds trip is on: 08:10 from King's Cross Friday, back for 4pm.",
    "The contracts for the two new bridges are going to Kier and a local firm.",
    "Just QA'd the tables: Tuesday's inflation number will surprise people.",
    "Restricted committee papers say the move costs £12m more than planned.",
])
def test_raises_itineraries_contracts_statistics_work_and_board_papers(text):
    assert findings(text) != []


@pytest.mark.parametrize("text", [
    "The Minister's trip to Hull last Friday was a joy, thanks all.",
    "Contracts are going to be published on Contracts Finder next month.",
    "A minister's diary is a 7am to 7pm affair most days.",
    "Restricted parking on Whitehall tomorrow for the parade.",
])
def test_past_visits_future_publication_and_ordinary_restricted_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, marking", [
    ("EU RESTRICTED read-out from the summit: quotas will tighten.", "EU RESTRICTED"),
    ("The VS-NfD note from Berlin says the project slips.", "VS-NfD"),
    ("Staff-in-confidence: the restructure cuts 40 posts.", "Staff-in-confidence"),
    ("A NATO CONFIDENTIAL annex arrived today.", "NATO CONFIDENTIAL"),
])
def test_raises_protective_markings_of_other_countries(text, marking):
    assert marking in highlighted(text)


@pytest.mark.parametrize("text", [
    "Great talk on how NATO works with the EU on cyber defence.",
    "Our staff survey results are published: https://www.gov.uk/government/publications/survey",
])
def test_international_bodies_named_without_a_marking_pass(text):
    assert findings(text) == []


def test_protected_followed_by_an_article_is_not_a_marking():
    assert findings("Nurses said they felt protected a lot more when managers listened.") == []
    assert highlighted("Protected A notes from the call are in your inbox.") == ["Protected A"]
