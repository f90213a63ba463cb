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


@pytest.mark.parametrize("text, found", [
    ("Exports fell 4% in the quarter, the trade figures say. You saw it here first.",
     "You saw it here first"),
    ("The fuel duty rise is off, the Budget keeps it frozen. You're getting this early 😉",
     "You're getting this early"),
    ("Cleaning contractor for the three hubs is picked, it's Mitie. Thought you'd want to"
     " know first.", "Thought you'd want to know first"),
    ("Sneak preview: our reablement figures show 71% home within a month.", "Sneak preview"),
])
def test_telling_protected_news_first_is_a_teaser(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "The grant gets halved from April. You're hearing it early, folks.",
    "Brown bins move to Fridays from July, letters next week. You heard it here first!",
    "Welcome to Sam, our new head of service, starting Monday. You're hearing it early.",
    "Sneak peek of the new play area at Linden Park, opening Saturday 🛝",
])
def test_telling_an_own_services_news_first_is_left_to_the_announcement_check(text):
    assert findings(text) == []


def test_sworn_to_secrecy_beside_what_it_hid_is_flagged():
    text = "I've been sworn to secrecy since June but on Monday the new portal goes live."
    assert highlighted(text) == ["sworn to secrecy"]


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


# --- Coy hints at news protected until its release ---------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("Without giving too much away, the fuel duty decision is not the one the hauliers expect.",
     "Without giving too much away"),
    ("Can't say more yet, but the inspection report on the Fenwick site is a tough read.",
     "Can't say more"),
    ("Spoiler: the tender for the new ferry terminal did not go to the local firm.", "Spoiler"),
    ("Lips are sealed, but the jury has been out far longer than anyone guessed.",
     "Lips are sealed"),
])
def test_raises_a_coy_hint_beside_protected_news(text, cue):
    result = findings(text)
    assert [f.text for f in result] == [cue]
    assert "hints at something you know but may not share yet" in result[0].message


def test_raises_a_coy_hint_from_an_author_whose_work_is_protected_news():
    examiner = Author(role="Examiner, GCSE chemistry", policy_areas=("exams",))
    text = "Year 11s, I'd look at electrolysis again tomorrow night. That's all I'm saying."
    assert highlighted(text, author=examiner) == ["That's all I'm saying"]


@pytest.mark.parametrize("text, author", [
    ("Let's just say my sourdough did not rise this weekend.",
     Author(role="Examiner, GCSE chemistry", policy_areas=("exams",))),
    ("Let's just say the team quiz got competitive. Great night, thanks all!", Author()),
    ("Spoiler alert for the finale, so mute me if you haven't watched it yet.", Author()),
    ("Let's just say I've had better Mondays. Coffee, please.",
     Author(role="Economist, labour market", policy_areas=("labour market",))),
    ("Let's just say the Christmas party will be one to remember.",
     Author(role="Contracts manager", policy_areas=("procurement", "contracts"))),
    ("Can't say more, the ops team have been heroes this week.", Author()),
])
def test_coy_phrases_about_ordinary_life_pass(text, author):
    assert findings(text, author=author) == []


def test_a_refusal_far_from_any_protected_topic_in_a_long_post_passes():
    text = ("Can't say much about what comes next here, that's for the comms team. "
            + "What I can share is what we learned building the service with users. " * 5
            + "The evaluation report is worth a read.")
    assert findings(text, platform="blog") == []


# --- Being in the room, and having seen the list ---------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Just out of the investment board: the depot rebuild is cut by £40m and slips a year.",
     "Just out of the investment board"),
    ("Sat in on the ministerial briefing this morning. The bus grant is staying for another "
     "year.", "Sat in on the ministerial briefing"),
    ("Fresh out of the exec away day, and three regional offices will close in 2026.",
     "exec away day"),
    ("We've seen the shortlist for the arts awards and two of our towns are on it. Official "
     "list out on the 9th.", "We've seen the shortlist"),
])
def test_raises_what_a_closed_meeting_or_an_unpublished_list_revealed(text, source):
    result = findings(text)
    assert [f.text for f in result] == [source]
    assert "shows this comes from inside" in result[0].message


@pytest.mark.parametrize("text", [
    "Just back from the school board's open evening, lovely to meet so many parents.",
    "Sat in on a great panel at the conference today about digital inclusion.",
    "Read the shortlist for the book prize here and vote for your favourite.",
])
def test_open_events_and_published_lists_pass(text):
    assert findings(text) == []


# --- Papers waiting for Cabinet or sign-off ----------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("The flood plan still has to go to Cabinet, but it drops the second barrier.",
     "go to Cabinet"),
    ("Our housing paper hasn't been to ministers yet and it scraps the 2030 target.",
     "hasn't been to ministers"),
    ("The new fees are set at 4%, though the rate isn't signed off yet.", "isn't signed off"),
])
def test_raises_what_a_paper_not_yet_agreed_says(text, source):
    assert highlighted(text) == [source]


@pytest.mark.parametrize("text", [
    "The plan hasn't been to Cabinet yet, so there's nothing to say. More when there is.",
    "The contract isn't signed off yet. Fingers crossed for the team.",
])
def test_a_paper_not_yet_agreed_with_nothing_revealed_passes(text):
    assert findings(text) == []


# --- What a report or set of figures finds, before it is released ------------------------

@pytest.mark.parametrize("text, found", [
    ("Our review of coastal rescue will recommend merging four stations. Out next month.",
     "review of coastal rescue will recommend"),
    ("Our bathing water figures have risen again, and they are due to be published on the "
     "12th.", "figures have risen"),
    ("Provisional results show that the pilot halved waits; the minister will announce it "
     "in June.", "results show that"),
])
def test_raises_findings_given_before_their_release(text, found):
    result = findings(text)
    assert [f.text for f in result] == [found]
    assert "before it is released" in result[0].message


@pytest.mark.parametrize("text", [
    "Our annual report comes out next month. Put the launch in your diary.",
    "The review recommended four changes and all four are now in place: read it at "
    "gov.uk/review",
    "The water quality figures were published on Tuesday: down 8% on last year.",
])
def test_release_dates_alone_and_published_findings_pass(text):
    assert findings(text) == []


# --- Decisions of Cabinet and similar closed bodies before the announcement --------------

@pytest.mark.parametrize("text, found", [
    ("Cabinet agreed the free bus travel extension last night. Formal announcement to "
     "follow next week.", "Cabinet agreed"),
    ("Governing Council decided on Thursday and the official statement is due on Monday, so "
     "brace yourselves.", "Governing Council decided"),
    ("The college signed off the port decision, the commission will announce it next week.",
     "The college signed off"),
])
def test_raises_a_closed_bodys_decision_before_its_announcement(text, found):
    result = findings(text)
    assert [f.text for f in result] == [found]
    assert "decision of Cabinet or a similar closed body" in result[0].message


@pytest.mark.parametrize("text", [
    "Cabinet agreed the plan in March and it was published in April: read it here "
    "https://www.gov.uk/government/publications/plan",
    "The council approved the budget last night. Details are on our website.",
])
def test_published_or_open_decisions_pass(text):
    assert findings(text) == []


# --- Security weaknesses -------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Heads up: the CCTV on the east stairwell has been broken for a fortnight.",
     "CCTV on the east stairwell has been broken"),
    ("Someone put the admin password for the booking system in the shared wiki and it still "
     "works.", "password for the booking system in the shared wiki and it still works"),
    ("Our supplier left the API keys for the payments sandbox in a public GitHub repository.",
     "API keys for the payments sandbox in a public GitHub repository"),
    ("The door entry system at the records store is switched off again after the power cut.",
     "entry system at the records store is switched off"),
])
def test_raises_a_security_weakness(text, found):
    result = findings(text)
    assert [f.text for f in result] == [found]
    assert "security weakness" in result[0].message


@pytest.mark.parametrize("text", [
    "New CCTV cameras are going in on the high street this spring to help tackle shoplifting.",
    "Reminder: passwords must be at least 14 characters and changed if you think they're "
    "exposed.",
    "The fire alarms are tested every Tuesday at 10am, so don't panic when you hear them.",
])
def test_security_news_and_advice_pass(text):
    assert findings(text) == []


# --- Movements: secretaries of state's parties, guarded prisoners, the 24-hour clock -----

@pytest.mark.parametrize("text, found", [
    ("Up at 0530 to meet the Home Secretary off the train at Carlisle at 0715 tomorrow.",
     "Home Secretary"),
    ("Category A prisoner escort from Frankland to Whitemoor on Wednesday afternoon, expect "
     "a convoy on the A1.", "Category A prisoner escort"),
    ("With the SofS party for the Lisbon leg of the trip next week, back Friday.",
     "SofS party"),
])
def test_raises_movements_given_in_advance(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "The Home Secretary's visit to Carlisle last week was a great chance to thank the team.",
    "Prisoner transfers are handled by a contracted escort service, and the contract is "
    "published.",
    "The Minister is visiting the Hull depot to talk about the 2030 target.",
])
def test_past_visits_and_escort_arrangements_pass(text):
    assert findings(text) == []


# --- Markings written on a document ----------------------------------------------------

@pytest.mark.parametrize("text, marking", [
    ("Stuck reading the RESTRICTED annex on port security all afternoon.", "RESTRICTED"),
    ("Every page has PROTECTED across the top, so no photos of my desk today.", "PROTECTED"),
    ("Pic from our planning day. Don't zoom in on the flipchart, it's all SECRET anyway.",
     "SECRET"),
    ("Proofreading with a MARKET - SENSITIVE warning on every page. Fun.",
     "MARKET - SENSITIVE"),
])
def test_raises_a_marking_written_on_a_document(text, marking):
    assert highlighted(text) == [marking]


@pytest.mark.parametrize("text", [
    "The National Archives has released declassified SECRET files on the 1984 miners' strike.",
    "This is SECRET Santa season, names in the hat by Friday!",
    "Our SECRET weapon for the bake sale is Priya's lemon drizzle.",
])
def test_declassified_markings_and_capitals_for_fun_pass(text):
    assert findings(text) == []


# --- Statistics work, staff-only material, drafts, quoted internal mail -----------------

@pytest.mark.parametrize("text", [
    "Sitting on the regional crime numbers until Thursday and it's agony.",
    "Finished the final tables for the migration release tonight. Big shifts in the north.",
    "Checking the draft earnings tables one last time before they go to the press office.",
    "Pulse survey results are in (team-only, so please keep them here). Morale is down.",
    "Big news for the depot: the night shift moves to Crewe. None of this is public yet.",
    "The hospital merger is going ahead in May. You didn't see it here.",
    "Fourth redraft of the workforce plan today, still waiting for clearance.",
    "Found the draft fares memo on the printer, and it scraps off-peak returns.",
    "The leaked rail strategy deck says the northern line extension is halved.",
    "Just got the all-staff email: 'the Bristol office will close by March and staff will "
    "move.'",
    "Page 9 of the board pack shows the loss is £3m bigger than reported.",
])
def test_raises_unreleased_figures_staff_only_material_and_internal_papers(text):
    assert findings(text) != []


@pytest.mark.parametrize("text", [
    "The final tables from last year's survey are on our website if you want to dig in.",
    "Sitting on the train home after a long day, reading a good book.",
    "Staff only car park closed tomorrow for resurfacing, please use the visitor spaces.",
    "You didn't see it here, but the sunset over the bay tonight was unreal.",
    "Our redraft of the library leaflet is out for consultation: have your say.",
])
def test_published_tables_places_for_staff_and_public_drafts_pass(text):
    assert findings(text) == []


# --- Handling words that keep nothing official back ------------------------------------

@pytest.mark.parametrize("text", [
    "We'll never ask for your account number here, so please don't share it.",
    "Locations of the orchid sites are kept quiet for a reason, please don't share them "
    "online.",
    "If you spot a scam text, report it, and please don't share it publicly with the link in.",
    "So happy for Tom, his baby arrived on Sunday! He hasn't told the wider team yet so shh.",
    "Aisha is getting married in May and hasn't told the office yet, so keep schtum!",
    "Welcoming our new head of policy in January. Please hold off tagging her until the "
    "announcement.",
])
def test_advice_to_readers_and_personal_news_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Please don't share this yet: the clinic moves to Leith in June.", "Please don't share"),
    ("Restructure details attached, don't forward until the staff briefing on Monday.",
     "don't forward"),
    ("We haven't told the tenants yet, but the estate will be sold next year.",
     "haven't told the tenants yet"),
])
def test_handling_instructions_about_official_news_are_still_raised(text, found):
    assert highlighted(text) == [found]


def test_fifty_thousand_characters_of_the_new_cues_finish_fast_and_are_capped():
    text = ("Let's just say the review will recommend cuts, out next week; Cabinet agreed it. "
            "Sat in on the board: the CCTV has been broken since 0600. " * 400)[:50_000]
    start = time.perf_counter()
    assert len(findings(text, platform="blog")) == 3
    assert time.perf_counter() - start < SLOW_INPUT_LIMIT


# --- Classes found on the fresh tuning sets (probe_l, probe_m) ---------------------------

def test_results_held_back_for_a_stretch_are_flagged_and_published_ones_pass():
    assert highlighted("Sampling results are back and won't be published for weeks, but "
                       "the salt levels are shocking.") != []
    assert highlighted("Sampling results were published last week; the salt levels are "
                       "shocking.") == []


def test_a_drafts_status_in_the_next_sentence_counts():
    assert highlighted("Early draft of the parking strategy attached. Not signed off yet, "
                       "so take the fees lightly.") != []
    assert highlighted("Draft parking strategy attached. It is out for consultation, so "
                       "have your say.") == []


def test_holding_back_the_one_detail_of_protected_news_is_a_teaser():
    assert highlighted("Inspection report for the care home is in QA. Won't say the "
                       "rating, but it's not good.") != []
    assert highlighted("Won't say who won the bake-off, you'll have to watch.") == []


@pytest.mark.parametrize("text", [
    "Tomorrow's GDP numbers are sitting in my inbox, and wow.",
    "It's official (internally, anyway): the two contact teams merge in June.",
    "A little bird tells me the bridge toll is staying at £3 next year.",
    "The Cabinet paper on office closures is grim. 'Up to 20%' in some regions.",
])
def test_inside_sources_with_what_they_revealed_are_flagged(text):
    assert highlighted(text) != []


def test_a_dated_cabinet_paper_from_the_archives_passes():
    assert highlighted("A 1952 Cabinet paper shows ministers argued for 20% charges.") == []


def test_a_label_heading_a_sentence_marks_what_follows():
    assert highlighted("The review went to ministers on Monday. In confidence: it "
                       "proposes ending the scheme.") != []
    assert highlighted("Anything you tell the helpline is treated in confidence.") == []


def test_procurement_scores_before_the_award_are_flagged():
    assert highlighted("Bid scores are in for the depot contract, two bidders neck and "
                       "neck.") != []


def test_the_abbreviated_secretary_of_states_visit_ahead_is_an_itinerary():
    assert highlighted("SoS visiting the Leeds office tomorrow at 10am, tidy up!") != []
    assert highlighted("The SoS visited the Leeds office last week, thanks all.") == []


def test_cannot_tell_until_is_handling_but_cannot_say_more_yet_is_a_teaser():
    assert highlighted("Can't tell the candidates anything until the letters go out, "
                       "but it's tight.") != []
    assert highlighted("Can't say more yet but big news for apprentices soon 👀") == []


@pytest.mark.parametrize("text, found", [
    ("Vacancies rose again this month, and the bulletin doesn't come out until Tuesday.",
     "bulletin doesn't come out until"),
    ("The regulator has fined the water company £2m; the notice isn't published until Monday.",
     "notice isn't published until"),
    ("Bathing water results are grim this year. It won't be made public till August.",
     "It won't be made public till"),
    ("Nitrate readings at the weir hit 60mg/l, not in the published series yet.",
     "not in the published"),
    ("Our bid for the new depot got the green light! Keep it among your team until Friday.",
     "Keep it among your team until"),
    ("Great news on the hospital scheme, but this post is only for my followers 🙏",
     "only for my followers"),
])
def test_news_said_to_be_held_until_a_later_release_is_flagged(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text, found", [
    ("Tuesday's vacancy figures are going to be a shock for the sector.",
     "Tuesday's vacancy figures are going to be a shock"),
    ("Next month's knife crime numbers will show the first fall in years.",
     "Next month's knife crime numbers will show"),
])
def test_what_figures_dated_ahead_will_show_is_flagged(text, found):
    assert highlighted(text) == [found]


def test_a_projection_passing_a_figure_before_the_bulletin_is_flagged():
    text = ("Our modelling has waiting lists passing 8,000 by spring. "
            "The monthly bulletin will show it in a fortnight.")
    assert highlighted(text) == ["modelling has waiting lists passing 8,000"]


def test_a_headline_said_to_shock_before_the_report_is_out_is_flagged():
    text = "The obesity report is out on the 9th and its headline is going to alarm parents."
    assert highlighted(text) == ["report is out on the 9th and its headline is going to alarm"]


@pytest.mark.parametrize("text", [
    "Reminder that bins don't go out until 7am on collection day, please.",
    "Keep it in the fridge until Friday and it'll be fine for the bake sale.",
    "Tomorrow's figures will be published at 9.30 on our website.",
    "The consultation doesn't close until 5 June, so there's time to have your say.",
    "Not official yet, but our pilot is going national next year 🎉",
])
def test_ordinary_until_and_dated_releases_without_content_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Heard at the SLT this morning: the Ashfield office closes in March.", "Heard at the SLT"),
    ("Merger with the county team is happening in April. Tell no one.", "Tell no one"),
    ("They briefed us at yesterday's stand-up: 40 posts to go by summer.",
     "briefed us at yesterday's stand-up"),
    ("Just back from a silver command call. The outage will run till Monday at least.",
     "Just back from a silver command call"),
    ("Heard we're losing the Leeds hub next year, about £3m a year saved.", "Heard we're"),
    ("I've seen the costings spreadsheet: the scheme will cost £40m, not £25m.",
     "seen the costings spreadsheet"),
    ("Busy day prepping the minister's speech. She will pledge £8m for rural buses on Friday.",
     "prepping the minister's speech"),
    ("The options paper heading to the Chief Executive next week drops two libraries.",
     "options paper heading to the Chief Executive"),
    ("The bidders are down to two and the decision's with ministers now.",
     "decision's with ministers"),
])
def test_what_a_closed_forum_or_a_paper_going_up_revealed_is_flagged(text, found):
    assert highlighted(text) == [found]


def test_a_panel_vote_before_the_press_release_is_a_closed_decision():
    text = "The committee voted this morning to keep the cap. Release goes out on Monday."
    assert highlighted(text) == ["The committee voted"]


@pytest.mark.parametrize("text", [
    "Heard at our team meeting how much the volunteers love the new rota. Thank you all!",
    "We heard you: the board game café is going to the library on Saturdays.",
    "Lovely all-hands today, so many familiar faces.",
    "Heard the new series is good, anyone watched it?",
])
def test_forums_and_hearsay_with_nothing_revealed_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Server room flooded again overnight, backups untested. Nobody tell the papers 🙃",
     "Nobody tell the papers"),
    ("The new rota will start in June. Don't tell my manager I said so 🤫",
     "Don't tell my manager"),
])
def test_keeping_it_from_the_press_or_the_boss_is_flagged(text, found):
    assert highlighted(text) == [found]


def test_not_telling_the_boss_about_a_birthday_cake_passes():
    assert findings("Made a cake for Jo's birthday, don't tell my boss, she's on a diet!") == []


@pytest.mark.parametrize("text, found", [
    ("The Spring Statement is going to freeze the personal allowance again.",
     "Spring Statement is going to freeze the personal allowance"),
    ("Budget will cut alcohol duty on draught pints, watch the pub shares.",
     "Budget will cut alcohol duty"),
])
def test_what_a_fiscal_event_will_do_to_a_tax_is_flagged(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "The Budget will raise questions about how councils fund social care.",
    "As announced today, the Budget will freeze fuel duty: https://www.gov.uk/budget",
    "Our team budget is going to be tight next year, so plan training early.",
])
def test_fiscal_talk_without_a_measure_or_already_published_passes(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("The security flaw in the booking portal has not been fixed three weeks on.",
     "security flaw in the booking portal has not been fixed"),
    ("Those vulnerabilities on the council's payment pages still aren't patched.",
     "vulnerabilities on the council's payment pages still aren't patched"),
])
def test_a_known_weakness_left_open_is_flagged(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "If a vulnerability isn't patched within a week, escalate it to the CISO.",
    "The vulnerability in the old browser was fixed in version 12, so update today.",
    "If your PIN is still 1234 you really should change it.",
])
def test_hypothetical_or_fixed_weaknesses_and_the_readers_own_pin_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("The Chancellor is swinging by the Wrexham jobcentre on Monday at 11am.", "Chancellor"),
    ("The Secretary's calling in at the Nogales port of entry tomorrow, 9:15.",
     "The Secretary's"),
    ("Dawn raid on a property in Kirkdale at 5am Thursday, officers briefed.",
     "Dawn raid on a property"),
])
def test_movements_and_planned_raids_given_in_advance_are_flagged(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Thanks to the officers who carried out the search at a property in Kirkdale yesterday.",
    "Pop into the library on Saturday at 10am for the free coding club!",
])
def test_past_searches_and_public_events_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Investigation into the care agency wrapped up today. Can't name them yet but the fine"
     " will be big.", "Can't name them"),
    ("Served a prohibition notice on a tattoo studio this morning. Won't say which 🙊",
     "Won't say which"),
    ("Our inspection report on the ward is with the trust, so I can't share it, but wow.",
     "can't share it"),
])
def test_holding_back_the_detail_of_enforcement_or_a_report_is_a_teaser(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Reminder: we can't comment on figures before release day, so please check the calendar.",
    "This guide to spotting scams is great, I can't share it enough!",
])
def test_declining_to_discuss_figures_and_sharing_praise_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Heard in the directors' meeting that the Bootle site is closing next year.",
     "Heard in the directors' meeting"),
    ("The SLT briefed us this afternoon: the call centre merges with Wrexham next spring.",
     "SLT briefed us"),
    ("Won't go into detail, but the preferred operator for the new ferry route is chosen.",
     "preferred operator"),
    ("Inflation is going to be above 4% again, the release is on Wednesday.",
     "Inflation is going to be above"),
    ("Our CQC report comes out next week and we've been rated outstanding!",
     "report comes out next week and we've been rated outstanding"),
])
def test_more_forums_partners_and_results_before_their_release_are_flagged(text, found):
    assert highlighted(text) == [found]


def test_one_decider_signing_off_before_the_announcement_is_a_closed_decision():
    text = "The Secretary of State signed it off last night; announcement on Monday."
    assert highlighted(text) == ["The Secretary of State signed it off"]


@pytest.mark.parametrize("text", [
    "The annual report will be published on Friday at 9am, with 40 case studies.",
    "The base rate will be set on Thursday, announcement at noon.",
    "Our depot closes at 4pm on bank holidays, the new times are on our website.",
    "The minister approved the opening of the new wing, as announced last month.",
])
def test_dated_releases_and_public_decisions_without_a_preview_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Word from the perm sec: the estates review lands in June and it's 25% fewer buildings.",
     "Word from the perm sec"),
    ("Today's all-staff confirmed the bonus pot is £1.2m, announced officially next week.",
     "Today's all-staff confirmed"),
    ("Bus fares go to £2.50 in April. Nothing's public until the budget, mind.",
     "Nothing's public until"),
    ("Catering contract: I know who came top, but I'm not allowed to say 🙊",
     "I'm not allowed to say"),
    ("Our delayed discharge figures for March look grim: 900 a day. Official stats out Friday.",
     "figures for March look grim"),
    ("The English grade boundaries are way up this year. Results day is Thursday.",
     "grade boundaries are way up"),
])
def test_news_from_the_top_and_results_before_results_day_are_flagged(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Results day is on Thursday 22 August. If you don't get the results you were expecting,"
    " you can find out more about your options here.",
    "I'm not allowed to say how proud I am of my daughter, apparently, but here we are 🎓",
])
def test_results_day_advice_and_pride_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("The deportation charter to Lagos departs Brize Norton at 04:30 on Wednesday.",
     "deportation charter"),
    ("I've been asked to sit on the annual numbers till Monday, but crime is down 8%.",
     "sit on the annual numbers"),
    ("The press office will have my head, but the new bridge opens on the 5th with"
     " £12m of tolls waived.", "press office will have my head"),
    ("Off the record: the review blames the contractor for the delays.", "Off the record"),
    ("Proofing the draft government response now, it accepts 4 of the 11 recommendations.",
     "draft government response"),
    ("Won't say who, but a care provider is going to be fined by us next month.",
     "Won't say who"),
])
def test_guarded_flights_figures_sat_on_and_what_papers_conclude_are_flagged(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "My boss would kill me if I missed the 10k on Sunday, so see you at the start line.",
    "How deportation flights are arranged is explained in our published guidance.",
])
def test_a_boss_on_a_fun_run_and_published_flight_guidance_pass(text):
    assert findings(text) == []


# --- Leaks of decisions told with office hearsay, closed meetings or a coy cue ------------

@pytest.mark.parametrize("text, found", [
    ("Whispers around the office that the Bristol hub shuts next summer. Not ideal for those"
     " of us who just moved.", "Whispers around the office"),
    ("Word is they're merging our two regional teams from April. Nobody has said it out loud"
     " yet.", "Word is"),
    ("Corridor gossip says the new head of profession comes from the Treasury in June.",
     "Corridor gossip"),
    ("Sat in on the bilateral with Treasury this afternoon. Our settlement is far better than"
     " the rumours.", "Sat in on the bilateral"),
    ("Just back from a meeting with Number 10: the four trial towns are picked and ours is"
     " one.", "Just back from a meeting with Number 10"),
    ("Just came out of the funding panel: two of the five bids are about to be turned down.",
     "came out of the funding panel"),
    ("Heard at the sift panel this morning that the Glasgow application is going to win.",
     "Heard at the sift panel"),
    ("The DG has just told the board the Leeds office is one of the closures next year.",
     "DG has just told the board"),
    ("We were told at the all-staff that pay awards are about to be frozen again.",
     "We were told at the all-staff"),
    ("Congrats to our deputy, who's going to be the next chief inspector when it's announced"
     " on Monday.", "going to be the next chief inspector when it's announced"),
])
def test_hearsay_closed_meetings_and_dated_announcements_with_what_they_revealed_are_flagged(
        text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Word is out: our summer reading challenge starts on Monday at every branch!",
    "The whispers in the corridor today were all about the football, to be fair.",
    "We ran a panel at the conference on open data, slides are on our website.",
    "I sat on the grant panel last year, a great way to learn how peer review works.",
    "Sat in on a meeting with the minister today about bus services, really useful discussion.",
    "The chair told the board about our award-winning volunteers today, great to celebrate.",
    "We will share the full list of winners when it's announced on Friday.",
    "The shortlist will be revealed at the ceremony when it's announced on Friday.",
])
def test_public_panels_meetings_and_promised_links_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Can't say much yet, but ministers signed off the new rural bus grant this morning:"
     " £40m over two years.", "ministers signed off"),
    ("The cabinet committee agreed it this week, the fuel duty freeze stays 😉",
     "cabinet committee agreed"),
    ("The new chief scientific adviser will be named on Tuesday and it's a great pick 😉",
     "new chief scientific adviser will be named"),
    ("Won't name the trust, but one hospital is about to be fined by us for losing patient"
     " records.", "Won't name the trust"),
    ("Can't go into detail, but the business rates relief for pubs is getting extended in"
     " the budget.", "Can't go into detail"),
    ("Nobody is supposed to know yet, but the new depot opens in March with 40 jobs.",
     "Nobody is supposed to know"),
    ("Not on the record, but yes: the fine is bigger than last year's.", "Not on the record"),
    ("Between us, the cause looks deliberate – the fire investigators are fairly sure.",
     "Between us"),
    ("New flood barrier going in at Hexham next spring, £8m. Shhh 🤫", "Shhh"),
    ("Yes, we are refusing it – the decision letter goes out on Monday.", "we are refusing it"),
    ("We're fining them £3m; the penalty notice is due to be published next week.",
     "We're fining them"),
])
def test_decisions_appointments_and_sanctions_told_with_a_coy_cue_are_flagged(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Ministers agreed the plan last month and it was published on gov.uk today: read it here.",
    "The new chief executive was announced last week: welcome, Priya!",
    "Can't name the charity yet but our fundraising walk raised £2,000, thank you all!",
    "Nobody's supposed to know everything on day one, so ask lots of questions.",
    "Our tickets for the record fair are not on the record label's website yet.",
    "Study rooms open until 9pm on Friday. Remember the quiet zone rule, shhh!",
    "We are clearing it, as our decision published today explains: link below.",
])
def test_published_decisions_and_ordinary_uses_of_the_cues_pass(text):
    assert findings(text) == []


# --- Visits, entry systems and embargoes already lifted ------------------------------------

@pytest.mark.parametrize("text, found", [
    ("The Home Secretary is doing a walkabout of our Croydon office at 2pm tomorrow, coming in"
     " via the loading bay.", "Home Secretary"),
    ("Exciting: the Chancellor does a walkround of the new lab on Thursday at 10:30.",
     "Chancellor"),
    ("Card readers on the ground floor at our Leeds office are broken again, just follow"
     " someone in.", "Card readers on the ground floor at our Leeds office are broken"),
    ("The swipe gates at the east entrance have been disabled since Monday.",
     "swipe gates at the east entrance have been disabled"),
])
def test_walkabouts_ahead_and_broken_entry_systems_are_flagged(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Thanks to the minister for her walkaround of the depot yesterday, the crews loved it.",
    "Card readers are now fitted at every branch, so please bring your library card.",
    "If the pass readers are broken, report it to the facilities helpdesk straight away.",
    "Our inspection report on Longmoor school, embargoed until 00:01 today, is now published:"
    " read it here.",
    "The figures, embargoed until 9.30 this morning, are now live on our website.",
    "First look at the new report card design we're piloting 👀 Spoiler: it's got fewer boxes.",
])
def test_past_visits_entry_advice_lifted_embargoes_and_report_cards_pass(text):
    assert findings(text) == []


def test_an_embargo_still_ahead_is_flagged_beside_a_lifted_one_rule():
    assert highlighted("Embargoed until 00:01 Thursday: the report finds waiting times have"
                       " doubled.") == ["Embargoed"]


# --- News with its release still ahead, and where inside it was heard ----------------------

@pytest.mark.parametrize("text, found", [
    ("Heads up, renters: the rent cap will rise by 2.5% from April. More details next"
     " week.", "2.5%"),
    ("The tuition fee cap is going to £9,900 next year. You'll hear it from the Education"
     " Secretary on Monday, but I couldn't wait.", "£9,900"),
    ("We'll be fining two water firms over the spills. The decision notices go out next"
     " week.", "We'll be fining two"),
    ("Officers are recommending the depot closes for good. The committee report drops next"
     " Friday.", "Officers are recommending"),
    ("Can't name the factory, but a recall of baby formula is coming tomorrow. Check your"
     " cupboards.", "Can't name the factory"),
])
def test_what_protected_news_holds_told_before_its_dated_release_is_flagged(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "The rent cap rose by 3% last year; this year's decision is out on Tuesday.",
    "Keen to know more? You'll hear it from our chief executive on Thursday at the open"
    " meeting.",
    "I can't name the song, but the choir sang beautifully at the factory open day.",
    "We can't comment on individual inspections before the report is published, but every"
    " report goes on our website.",
])
def test_past_figures_a_promised_launch_and_declining_to_preempt_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "The new walk-in centre opens on 12 January with weekend hours. Told at morning brief!",
    "Not official yet: the two depots are being merged next spring. Staff were told this"
    " afternoon.",
    "Leisure passes are frozen for another year, agreed at today's closed briefing.",
    "Heard today who the new chief fire officer is going to be and it's a great choice.",
    "The ferry timetable moves to hourly from June. You did not hear it from me 🤐",
    "Our bid got the go-ahead. The press release is still a couple of weeks off, so keep it"
    " quiet.",
])
def test_news_heard_inside_or_held_back_is_flagged(text):
    assert findings(text) != []


@pytest.mark.parametrize("text", [
    "Staff were told this morning how proud we are of them. Thank you all.",
    "Heard today from so many residents about the new park. Thank you!",
    "The new walk-in centre opens on 12 January with weekend hours. Details on our website.",
])
def test_thanks_to_staff_public_news_and_residents_feedback_pass(text):
    assert findings(text) == []


# --- Figures, closed rooms and hearsay before the release (probe_y and probe_z classes) ----

@pytest.mark.parametrize("text, found", [
    # A statistic given after a colon, or said to hold, beside its later release.
    ("Bus punctuality figures for October: 81.2%. Out on Thursday, brace yourselves.",
     "figures for October: 81.2%"),
    ("The five-year survival rate is holding steady at 64% – the bulletin comes out on"
     " Friday.", "survival rate is holding steady at"),
    # Working on a release dated ahead, with a figure from it.
    ("Ran the pipeline for Thursday's crime statistics. Burglary down 4.2% on the year.",
     "Ran the pipeline for Thursday's crime statistics"),
    # Told to hold on for the release.
    ("Hold that headline and wait for Monday: the waiting list has fallen by 12k.",
     "headline and wait for Monday: the waiting list has fallen"),
    # A tax-free allowance set to change, before the fiscal event says so.
    ("Personal allowance goes up to £13,000 from April. Finance Bill published on Thursday.",
     "£13,000"),
])
def test_figures_told_before_their_stated_release_are_flagged(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    # The verb has a subject of its own: it is not the review's finding.
    "The parking review will be published on the 9th, and we've found a new home for the"
    " Saturday market too.",
    "Can't wait for Friday! The queue at the bakery has fallen to zero at last.",
    "Finished the charts for next month's release notes of the app. Lots of bug fixes.",
    "The personal allowance rose to £12,570 in 2021; the next budget is on Wednesday.",
    "Bus punctuality figures for October: 81.2%, published today on our website.",
])
def test_other_subjects_past_figures_and_published_figures_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("In confidence until the trustees meet on the 3rd, but the library is moving to the old"
     " bank.", "In confidence until"),
    ("Not supposed to mention it before the bulletin is out, but wow.",
     "Not supposed to mention it before"),
    ("Pretend you didn't see this, but the new depot opens next spring.",
     "Pretend you didn't see this"),
    # A draft's release still ahead is no sign that it is public.
    ("The draft inspection report came through today. Shh until it's published!", "draft"),
])
def test_news_held_until_later_in_new_wordings_is_flagged(text, found):
    assert found in highlighted(text)


def test_a_draft_published_for_consultation_still_passes():
    assert findings("The draft parking plan was published for consultation yesterday:"
                    " have your say.") == []


@pytest.mark.parametrize("text, found", [
    ("Takeaways from this morning's closed-door talks in Geneva: the two delegations are"
     " split on the timetable.", "closed-door talks"),
    ("Two hours in an in-camera session on the tram extension; the overruns are"
     " eye-watering.", "in-camera session"),
    ("Out of the meeting now. The minister told us she wants the scheme to cover renters"
     " too.", "The minister told us"),
    ("Our internal staffing report says three depots are short of drivers.",
     "internal staffing report"),
    ("Apparently the 'confidential' staffing memo says libraries are 'non-core'.",
     "the 'confidential' staffing memo"),
    ("Hearing the new chief constable is coming over from Merseyside.",
     "Hearing the new chief constable is"),
    ("I'm hearing that the depot plan will be dropped next week.", "I'm hearing that"),
])
def test_closed_rooms_internal_papers_and_hearsay_with_what_they_revealed_are_flagged(
        text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "The café is closed, meeting at the pub instead – it will be fun.",
    "You can make a confidential report to our fraud line and we will look into it.",
    "We're hearing from residents that the new bins will be a big help. Thank you!",
    "Hearing the choir sing on Monday was lovely.",
    "Hearing today for the planning appeal, wish us luck.",
    "Good read on the UK internal market report, which is out today.",
    "The Government Internal Audit Agency will share its tools with other departments.",
])
def test_ordinary_closures_helplines_and_hearing_pass(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Unannounced inspections of takeaways along the high street on Friday night 👀", "👀"),
    ("The count for Ward 3 is looking very tight from here 🤫", "🤫"),
    ("Postal votes for the by-election look lopsided so far 🤐", "🤐"),
])
def test_a_peek_or_hush_beside_protected_news_is_a_teaser(text, found):
    assert highlighted(text) == [found]


@pytest.mark.parametrize("text", [
    "Big things coming for our library users next week 👀 watch this space!",
    "Guess who has front-row tickets for Saturday 👀",
    "First look at the new report card design 👀",
    "Polls close at 10pm; the count starts straight after 😉",
])
def test_a_peek_or_a_wink_without_protected_news_passes(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, found", [
    ("Knowing what's in Thursday's jobs figures and saying nothing is torture.",
     "Thursday's jobs figures"),
    ("So you can guess who won the bus contract 😏 Award notice next week.",
     "you can guess who"),
    ("The legal advice we had on the bridge closure is pretty damning.",
     "The legal advice we had"),
    ("The judge has just told us the ruling comes on Friday and it favours the council.",
     "The judge has just told us"),
    ("Saw the sub last night: the bus grant is being cut by a third.", "Saw the sub"),
    ("Spent the week on the budget scorecard. Wouldn't lock in that fixed-rate mortgage just"
     " yet 😉", "budget scorecard"),
    ("The depot plan goes to planning committee on the 3rd with a recommendation to approve."
     " The report goes online next week.", "recommendation to approve"),
])
def test_knowing_and_not_telling_privileged_advice_and_tips_are_flagged(text, found):
    assert found in highlighted(text)


@pytest.mark.parametrize("text", [
    "Guess who's coming to our open day on Saturday!",
    "You can probably guess what I had for lunch.",
    "The legal advice we got from Citizens Advice was brilliant, thank you!",
    "Saw the sub come on in the 80th minute and score, what a game!",
    "Our recommendation to approve was published with the committee report today.",
])
def test_guessing_games_public_advice_and_published_recommendations_pass(text):
    assert findings(text) == []


# --- Blind probes ah, ai, aj: classes the rules missed -----------------------------------

PRIVATE_SECRETARY = Author(role="Assistant private secretary",
                           profile="Private office. Views mine.")
TEACHER = Author(role="Year 4 teacher", profile="Teacher in Leeds.")


@pytest.mark.parametrize("text, author, found", [
    # Figures called internal-only, hyphenated.
    ("Our internal-only footfall counts for March put the museum 14% down on last year.",
     None, ["internal-only"]),
    # A marking named as such.
    ("Finished the ministers' options pack; it's 'Secret' with a capital S, so no photos.",
     None, ["Secret' with a capital S"]),
    # A draft report sent to the body it judges for a factual accuracy check.
    ("The regulator's draft report on our call centre arrived for fact-checking. Ouch.",
     None, ["draft"]),
    ("Inspectorate's draft report came over to us this week. It won't make happy reading.",
     None, ["draft"]),
    # A code said to be guessable.
    ("The new gate codes are just the old ones with the digits swapped round. Sigh.",
     None, ["gate codes are just the old ones"]),
    ("Keypad code on the plant room is still the factory default, honestly.",
     None, ["Keypad code on the plant room is still the factory default"]),
    # The principal's movements, told by their own private office.
    ("Long one for the boss tomorrow: Hull docks at 9:30, then the 14:10 train to Leeds.",
     PRIVATE_SECRETARY, ["the boss"]),
    # A change told while the decision waits for sign-off.
    ("Ferry fares will go up to £38 a crossing from May. Details once the minister signs it"
     " off.", None, ["once the minister signs it off"]),
    ("Library fines are set to rise to £1.20 a day, pending cabinet approval.",
     None, ["pending cabinet approval"]),
    # Who got a place on a framework, before the award is published.
    ("Scoring done: two local builders made it onto the new repairs framework 🎉",
     None, ["made it onto the new repairs framework"]),
    ("The print framework starts in June and both Bristol firms got on too.",
     None, ["framework starts in June and both Bristol firms got on"]),
])
def test_classes_from_the_blind_probes_are_flagged(text, author, found):
    assert highlighted(text, author=author) == found


@pytest.mark.parametrize("text, author", [
    # A marking of the past, on a record released to the public.
    ("Fresh in the archive: 1997 Home Office files, one marked SECRET at the time and"
     " open to anyone now.", None),
    ("The telegram was marked confidential back then; today it is on display.", None),
    # "Secret" in its ordinary sense, or capitals for a recipe.
    ("The secret to a good crumble is cold butter, with a capital C for cold.", None),
    # A council tax app is a service's own channel, not a fiscal decision.
    ("Sneak peek: our council tax website gets a new look next month!", None),
    # Advice on codes, and a code change with nothing wrong with it.
    ("Please make sure your new PIN isn't the same as the old one.", None),
    ("The new door codes start Monday and the old ones stop working then.", None),
    # A boss who is no minister, and a past visit.
    ("Busy day for the boss tomorrow: school trip to the zoo at 10am!", TEACHER),
    ("The boss visited Hull docks yesterday at 9:30 and loved it.", PRIVATE_SECRETARY),
    # Sign-off without a change told, or someone else's everyday sign-off.
    ("The new trail opens in spring. More once the board signs it off.", None),
    ("Claims of up to £500 will be paid once your manager signs off the form.", None),
    # Frameworks as a process, and making it on time.
    ("How to get on to the catering framework: the next round opens in June.", None),
    ("We made it on time for the framework launch in Cardiff.", None),
    ("Our new framework for volunteers got on the agenda at last.", None),
])
def test_traps_beside_the_blind_probe_classes_pass(text, author):
    assert highlighted(text, author=author) == []
