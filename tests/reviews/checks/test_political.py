"""The political check: party-political sides are raised, neutral mentions pass."""

from __future__ import annotations

import copy
import re
import time

import pytest

from reviews.checks import political
from reviews.checks.base import Author, Post
from tests.reviews.checks import SLOW_INPUT_LIMIT

CHECK = political.Check(political.DEFAULTS, {})


def found(text: str, check: political.Check = CHECK, author: Author | None = None) -> list[str]:
    """The highlighted words of every finding, after checking each span is honest."""
    post = Post(text, "x", author or Author())
    findings = check.find(post)
    for f in findings:
        assert text[f.start:f.end] == f.text
    return [f.text for f in findings]


def messages(text: str, author: Author | None = None) -> list[str]:
    return [f.message for f in CHECK.find(Post(text, "x", author or Author()))]


def with_config(**changes: object) -> political.Check:
    config = copy.deepcopy(political.DEFAULTS)
    config.update(changes)
    return political.Check(config, {})


# ---- signals that raise ---------------------------------------------------------

def test_campaign_hashtag_is_raised():
    assert found("Every vote matters on the day. #ToriesOut") == ["#ToriesOut"]


def test_name_for_place_campaign_hashtag_is_raised():
    assert found("Great turnout this weekend. #WhitfieldForOregon") == ["#WhitfieldForOregon"]


def test_vote_hashtag_is_raised():
    assert found("Bins collected on time all year. #VoteIndependent") == ["#VoteIndependent"]


def test_election_hashtag_alone_is_not_a_side():
    assert found("Count centres open at 10pm tonight. #GE2024") == []


def test_vote_for_a_party_is_raised():
    assert found("Polls open at 7. Vote Green on Thursday!") == ["Vote Green"]


def test_vote_for_an_unknown_name_is_raised():
    assert found("Vote Okafor on Tuesday!") == ["Vote Okafor"]


def test_put_a_party_last_is_raised():
    assert found("Put the Nationals last on your ballot paper.") == ["Put the Nationals last"]


def test_vote_them_out_is_raised_without_a_name():
    assert found("Fed up with the state of things. Vote them out.") == ["Vote them out"]


def test_canvassing_is_raised():
    assert found("Out canvassing in Dudley North all afternoon.") == ["canvassing"]


def test_joining_a_party_is_raised():
    assert "joined the" in found("Just joined the Liberal Democrats – time to get stuck in.")


def test_standing_as_a_candidate_is_raised():
    assert found("Excited to say I'm standing as an independent in the May council "
                 "elections.") == ["I'm standing as"]


def test_fundraising_link_is_raised_with_the_hatch_act_reason():
    text = "Give what you can: https://secure.actblue.com/donate/ourteam"
    assert found(text) == ["https://secure.actblue.com/donate/ourteam"]
    assert "Hatch Act" in messages(text)[0]


def test_party_website_link_is_raised():
    text = "All the details are at https://www.labour.org.uk/policies"
    assert found(text) == ["https://www.labour.org.uk/policies"]
    assert "party's website (labour.org.uk)" in messages(text)[0]


def test_insult_next_to_a_party_is_raised():
    assert found("The Lib Dems are totally spineless on housing.") == ["spineless"]


def test_judgement_of_a_ministers_plan_is_raised():
    assert found("The Transport Minister's new rail timetable is a disaster.") == ["disaster"]


def test_titled_unknown_politician_with_endorsement_is_raised():
    assert found("Senator Ruiz is the only one fighting for our rivers.") == [
        "the only one fighting"]


def test_politician_by_post_nominal_with_insult_is_raised():
    assert found("Jane Mercer MP is completely clueless about farming.") == ["clueless"]


def test_judgement_in_the_sentence_after_the_party_is_raised():
    assert found("The Tories are at it again on disability benefits. Disgusting.") == [
        "again", "Disgusting"]


def test_party_slogan_is_raised():
    assert found("Axe the tax, they say. Same old story.") == ["Axe the tax"]


def test_electoral_motive_is_raised():
    # ("Funny how" is a jibe of its own)
    assert found("Funny how the new hospital is in a marginal seat the Tories need to "
                 "hold.") == ["Funny how", "seat the Tories need to hold"]


def test_strongly_negative_general_word_about_a_party_is_raised():
    assert found("Reform UK's plan is vile.") == ["vile"]


def test_absolute_verdict_on_a_party_is_raised():
    assert found("The Greens have never understood farming.") == ["never"]


def test_party_praised_is_raised():
    assert found("Great to see the Greens doing so well in the polls.") == ["Great"]


def test_feelings_about_a_partys_result_are_raised():
    assert found("Gutted for the Lib Dems tonight.") == ["Gutted"]


def test_party_named_in_a_comment_is_raised():
    assert found("Labour are the party of working people.") == ["Labour"]
    assert "names a party (Labour)" in messages("Labour are the party of working people.")[0]


def test_party_mention_is_not_repeated_when_the_sentence_is_already_raised():
    assert found("Labour are spineless.") == ["spineless"]


def test_lowercase_party_name_is_still_a_party():
    assert found("vote tory and watch the hospitals close") == ["vote tory"]


def test_prefix_filter_finds_reelected_without_a_hyphen():
    assert found("Proud to support Mayor Diaz, reelected tonight!") != []


# ---- traps that pass ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Labour market statistics are out: employment up 0.2 points. ons.gov.uk",
    "Labour Force Survey response rates are improving.",
    "A conservative estimate puts the flood damage at £40m.",
    "Conservative estimates suggest 12,000 homes are affected.",
    "We made liberal use of sticky notes in today's design sprint.",
    "Green energy jobs grew 12% across the region last year.",
    "Reform of the appeals process starts in April – here's what changes.",
    "Strengthening democratic institutions is at the heart of our aid work.",
    "Office party tonight 🎉 – well done everyone on a great year.",
    "Our winter flu campaign launches next week – get your jab at nhs.uk/flu",
    "The National Trust and National Grid joined us for the open day.",
    "Applications are open for the Bureau of Labor Statistics internship.",
    "The Democratic Republic of Congo delegation visited our vaccine centre.",
    "The Cabinet Office has published updated guidance today.",
])
def test_ordinary_senses_of_party_words_pass(text):
    assert found(text) == []


def test_ministers_official_engagement_passes():
    assert found("Care workers are the backbone of our towns. Today I joined the Minister "
                 "for Care on her official visit to a care home in Swindon – humbling.") == []


def test_warm_words_about_a_ministers_visit_pass():
    assert found("Great to see the Policing Minister's visit to our knife crime unit "
                 "today. Real progress on youth outreach.") == []


def test_councillor_at_a_consultation_event_passes():
    assert found("Good to see Cllr Amira Khan, cabinet member for housing, at tonight's "
                 "consultation drop-in. Slides are on the council website.") == []


def test_royal_assent_passes():
    assert found("The Renters' Rights Act received Royal Assent today. Here's what "
                 "changes for tenants: gov.uk/renters") == []


def test_register_to_vote_reminder_passes():
    assert found("Not registered to vote? You have until midnight on 17 June: "
                 "gov.uk/register-to-vote") == []


def test_vote_for_whoever_you_like_passes():
    assert found("Vote for whoever you like on Thursday, just please vote. Polling "
                 "stations are open 7am to 10pm.") == []


def test_vote_in_an_awards_competition_passes():
    assert found("Voting is open for the Apprenticeship Awards! Vote for your favourite "
                 "before Friday.") == []


def test_historical_reference_passes():
    assert found("In 1948 the Labour government founded the NHS – our archive tells "
                 "the story.") == []


def test_several_parties_at_a_committee_pass():
    assert found("Liberal Democrat, Labour and Conservative members of the committee "
                 "attended the site visit.") == []


def test_terrible_weather_near_a_minister_is_not_a_judgement_of_them():
    assert found("Terrible floods in Cumbria tonight – the Environment Secretary will "
                 "chair a COBR meeting.") == []


def test_permanent_secretary_is_a_civil_servant():
    assert found("Our Permanent Secretary has been hopeless at answering the all-staff "
                 "survey questions, bless him.") == []


def test_opinion_quoted_from_someone_else_passes():
    assert found("The Minister said the old system was 'a shambles' and set out the "
                 "new rules.") == []


def test_ministers_reported_statement_passes():
    assert found("Housing Minister Sam Ortiz said:\nThis is the best housing deal "
                 "in a generation.") == []


def test_leader_named_in_their_office_passes():
    assert found("The Chancellor, Rachel Reeves, set out the Budget today.") == []


def test_party_conference_logistics_pass():
    assert found("The Conservative Party conference means road closures in Manchester "
                 "this week – plan ahead.") == []


# ---- spans and messages ------------------------------------------------------------

def test_lib_dems_are_named_whole_in_the_message():
    (message,) = messages("The Lib Dems are spineless.")
    assert "a party (Lib Dems)" in message


def test_spans_point_at_the_words_that_raised_it():
    text = "Honestly? The Lib Dems are spineless. #ToriesOut"
    findings = CHECK.find(Post(text))
    assert [(f.start, f.end) for f in findings] == [(27, 36), (38, 48)]
    assert [text[f.start:f.end] for f in findings] == ["spineless", "#ToriesOut"]


def test_message_names_the_party_and_why_and_the_fix():
    (message,) = messages("The Lib Dems are totally spineless on housing.")
    assert "‘spineless’" in message
    assert "a party (Lib Dems)" in message
    assert "politically impartial" in message
    assert "stick to the facts about the policy" in message


def test_messages_differ_by_signal():
    hashtag = messages("Good news. #ToriesOut")[0]
    vote = messages("Vote Labour on Thursday.")[0]
    campaign = messages("Out canvassing all day.")[0]
    assert "campaign or protest hashtag" in hashtag
    assert "tells people how to vote" in vote
    assert "campaigning" in campaign
    assert len({hashtag, vote, campaign}) == 3


def test_message_warns_when_the_profile_names_the_employer():
    author = Author(name="A", department="Department for Education",
                    department_short="DfE", profile="Policy adviser @ DfE. Views my own.")
    (message,) = messages("Vote Labour on Thursday.", author)
    assert message.endswith("readers may take this as your department's view.")


def test_message_has_no_employer_warning_for_an_anonymous_profile():
    (message,) = messages("Vote Labour on Thursday.", Author(profile="Cyclist."))
    assert "department's view" not in message


# ---- configuration -----------------------------------------------------------------

def test_emptied_hashtag_list_stops_the_hashtag_finding():
    check = with_config(partisan_hashtags=[])
    assert found("Good news. #GTTO", check) == []


def test_emptied_slogans_stop_the_slogan_finding():
    check = with_config(slogans=[])
    assert found("Axe the tax, they say.", check) == []


def test_party_mentions_can_be_turned_off():
    check = with_config(raise_party_mentions=False)
    assert found("Labour are the party of working people.", check) == []


def test_sentiment_lexicon_can_be_turned_off():
    check = with_config(use_sentiment_lexicon=False)
    assert found("Reform UK's plan is vile.", check) == ["Reform UK"]  # named, not judged


def test_admin_can_add_a_politician():
    politicians = [*political.DEFAULTS["politicians"], "Tamsin Ortega"]
    check = with_config(politicians=politicians)
    assert found("Tamsin Ortega is clueless.", check) == ["clueless"]
    assert found("Tamsin Ortega is clueless.") == []
    assert found("Tamsin Ortega has the answers.", check) == ["Tamsin Ortega"]


def test_negative_window_is_refused():
    with pytest.raises(ValueError, match="stance_window"):
        with_config(stance_window=-5)


def test_threshold_out_of_range_is_refused():
    with pytest.raises(ValueError, match="sentiment_threshold"):
        with_config(sentiment_threshold=2)


def test_phrase_list_of_the_wrong_type_is_refused():
    with pytest.raises(ValueError, match="insults"):
        with_config(insults="spineless")


def test_capitalised_parties_must_be_a_mapping():
    with pytest.raises(ValueError, match="capitalised_parties"):
        with_config(capitalised_parties=["Labour"])


def test_invalid_regex_raises():
    with pytest.raises(re.error):
        with_config(insults=["spine(less"])


def test_defaults_are_plain_json_data():
    import json

    assert json.loads(json.dumps(political.DEFAULTS)) == political.DEFAULTS
    assert political.PRINCIPLE == "political-impartiality"
    assert political.DEFAULTS["severity"] == "warn"


# ---- trigger words -----------------------------------------------------------------

def test_trigger_keys_follow_factored_alternatives():
    assert political._triggers(r"MP|MS|MSP", whole_words=True) == {"mp$", "ms$", "msp$"}


def test_trigger_keys_prefer_the_rarer_word():
    assert political._triggers(r"new\s+labour", whole_words=True) == {"labou"}


def test_pattern_without_a_fixed_word_always_runs():
    assert political._triggers(r"[A-Z]\w+\s+[a-z]+") is None


# ---- edge input --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "🎉🎉🎉", "\x00\x00", "#", "@", "..."])
def test_empty_and_symbol_only_posts_pass(text):
    assert found(text) == []


def test_arabic_text_passes():
    assert found("نحن نعمل على تحسين الخدمات العامة للجميع") == []


def test_hebrew_text_with_a_hashtag_is_handled():
    assert found("אנחנו משפרים את השירות #ToriesOut") == ["#ToriesOut"]


def test_nul_bytes_do_not_break_spans():
    text = "Vote\x00 Labour\x00 now. The Lib Dems are spineless.\x00"
    assert found(text) == ["Labour", "spineless"]


def test_long_post_finishes_fast_and_keeps_spans():
    text = ("The Minister visited the labour market team today. " * 1000)[:50_000]
    text += " The Lib Dems are spineless."
    started = time.perf_counter()
    result = found(text)
    assert time.perf_counter() - started < SLOW_INPUT_LIMIT
    assert result == ["spineless"]


def test_long_partisan_post_finishes_fast():
    text = ("Tories are useless liars. #ToriesOut Vote Labour. " * 1000)[:50_000]
    started = time.perf_counter()
    findings = CHECK.find(Post(text))
    assert time.perf_counter() - started < SLOW_INPUT_LIMIT
    assert len(findings) > 1000


# ---- trigger words from the library's own regex reader --------------------------------

def test_trigger_keys_follow_optional_letters():
    assert political._triggers(r"vote-?winners?", whole_words=True) == {"vote$", "votew"}


def test_trigger_keys_read_one_letter_classes_as_that_letter():
    assert political._triggers(r"[Gg]overnment") == {"gover"}


def test_pattern_the_reader_does_not_understand_always_runs():
    assert political._triggers(r"(\w+) and \1") is None


def test_trigger_reader_does_not_import_private_modules():
    with open(political.__file__, encoding="utf-8") as module:
        source = module.read()
    assert "re._parser" not in source and "sre_parse" not in source


def test_word_after_a_symbol_still_wakes_its_rules():
    assert found("🗳️Vote Green on Thursday!") == ["Vote Green"]


# ---- even-handed and official contexts ------------------------------------------------

def test_indifference_to_who_governs_is_not_a_verdict_on_the_parties_named():
    assert found("Labour, Reform, the Greens, whoever wins – heavy rain still ruins the "
                 "verges every winter.") == []


def test_praise_after_an_official_engagement_is_about_the_occasion():
    assert found("Cllr Priya Desai opened the new skatepark today. The volunteers were "
                 "brilliant.") == []


def test_cross_party_praise_is_even_handed():
    assert found("Great to have Labour and Conservative councillors at the depot "
                 "today.") == []


# ---- more ways of taking a side -----------------------------------------------------

def test_party_addressed_on_its_own_is_a_party():
    assert found("Rates frozen for another year. Nice work, National.") == ["National"]


def test_party_compound_names_the_party():
    assert found("Green-led councils cut the verges less often, and it shows.") == ["Green"]
    assert found("Green roofs cut the run-off, and it shows.") == []


def test_disparaging_a_party_for_its_conduct_is_raised():
    assert found("The SNP and the Tories bickering again over ferries.") == ["bickering"]


def test_telling_people_not_to_vote_for_them_is_raised():
    assert found("Reform want to scrap the bus lanes. Don't give them your vote.") == [
        "Reform", "Don't give them your vote"]


def test_a_leader_at_an_opening_is_an_official_engagement():
    assert found("Good to see Luxon open the new ward at Waikato Hospital.") == []


def test_the_previous_government_is_history():
    assert found("Under the previous Labour government the grant ran for three years.") == []


# ---- backing or attacking without the word "vote" -------------------------------------

@pytest.mark.parametrize("text", [
    "Finest Home Secretary in a generation, and it isn't close.",
    "Whatever you think of the rest, the Shadow Chancellor is the only grown-up in the "
    "chamber.",
    "The Transport Secretary absolutely smashed it on the radio this morning.",
    "Massive respect to the Green councillors for holding firm on the bus lanes.",
    "The Chancellor has done a remarkable job, best we've had in my lifetime.",
    "The government is hopelessly out of touch with rural areas.",
])
def test_raises_praise_or_verdict_on_a_politician_or_office_holder(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "Massive respect to the lifeboat crews who went out in the storm.",
    "Best wishes to the Minister for Care as she starts her new role.",
    "The Secretary of State opened our new Bristol office today – great to see the team "
    "so proud.",
    "The government has published its response to the consultation today.",
    "Credit where it's due: the payroll team got every payslip out on time.",
])
def test_passes_warm_words_not_about_a_politicians_politics(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "What this country is crying out for is a change of government.",
    "Can't wait for a new government, honestly.",
    "Commuters will not forget who scrapped the night trains.",
    "Finally a minister who understands rural broadband.",
    "Another broken promise from this lot in government.",
])
def test_raises_wanting_a_government_gone_or_punished_without_a_party_named(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "After the change of government in July our unit moved departments.",
    "We need a change of approach to how we book meeting rooms.",
    "I'll always remember who introduced me to the team on my first day.",
    "This lot of forms has to be in by Friday.",
    "Proud of this lot: the new starters delivered their first release.",
    "Don't forget to register to vote before the deadline: gov.uk/register-to-vote",
])
def test_passes_changes_and_remembering_that_are_not_partisan(text):
    assert found(text) == []


# ---- slogans and hashtags ------------------------------------------------------------

@pytest.mark.parametrize(("text", "tag"), [
    ("Cheaper energy, more jobs. #LabourDelivers", "#LabourDelivers"),
    ("Potholes everywhere again. #ToryChaos", "#ToryChaos"),
    ("Another u-turn this week. #NotMyPM", "#NotMyPM"),
    ("Families can't wait any longer. #ScrapTheTwoChildLimit", "#ScrapTheTwoChildLimit"),
])
def test_raises_party_and_protest_hashtags(text, tag):
    assert tag in found(text)


def test_raises_a_party_slogan_in_prose():
    assert found("Honestly, a coalition of chaos is the last thing we need.") != []


@pytest.mark.parametrize("text", [
    "New figures out today. #LabourMarket",
    "Happy #LabourDay to everyone in the sector.",
    "#LiberalArts graduates are welcome to apply for the scheme.",
    "Road closures near the venue this week. #ConservativeConference",
    "Wash your hands and catch your sneezes. #StopTheSpread",
    "The Green Book sets out how we appraise options: gov.uk/green-book",
])
def test_passes_hashtags_and_titles_that_hold_a_party_word_in_another_sense(text):
    assert found(text) == []


# ---- referendum sides ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "An independent Scotland would thrive, I'm sure of it.",
    "Scottish independence would be a disaster for the NHS.",
    "I'll be voting No to independence next time.",
    "Rally in Cardiff today, amazing atmosphere. #YesCymru",
    "Pleidleisiwch dros Lafur ddydd Iau!",
    "Pleidleisiwch yn erbyn y Ceidwadwyr.",
])
def test_raises_a_side_in_an_independence_referendum(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "Our Scottish Independent Living Fund team is recruiting.",
    "Helping older people in Wales keep their independence at home.",
    "The independent review of Scotland's ferries is published today.",
    "Cofrestrwch i bleidleisio erbyn 17 Mehefin: gov.wales/cofrestru",
    "Vote yes in the staff survey question on hybrid working!",
    "Our archive exhibition tells the history of the 2014 Scottish independence "
    "referendum.",
    "A plaid shirt and wellies: ready for the county show.",
])
def test_passes_independence_in_other_senses_and_neutral_referendum_facts(text):
    assert found(text) == []


# ---- campaigning activity --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Spent the morning leafleting for our candidate in Hove.",
    "Thrilled to be standing for the council in my home ward this May.",
    "I've been selected as the parliamentary candidate for Eastfield.",
    "My name will be on the ballot paper for Riverside ward.",
    "Speaking at a Lib Dem fringe on housing next week – come along.",
    "Heading to SNP conference tomorrow as a delegate.",
])
def test_raises_campaigning_standing_and_party_conference_activity(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "The council team were out leafleting about the flu jab clinics.",
    "I've been standing for hours at the ticket desk.",
    "I'll be running as a volunteer at parkrun on Saturday.",
    "Speaking at the Edinburgh Fringe about science communication!",
    "Labour conference is in Liverpool this week: expect delays around the docks.",
    "Canvassing views from residents on the new cycle lane.",
])
def test_passes_leaflets_standing_and_conferences_that_are_not_party_politics(text):
    assert found(text) == []


# ---- reposts and quotes of party or politician accounts --------------------------------

@pytest.mark.parametrize("text", [
    "So true 👇\n\nRT @Conservatives: Only we have a plan for the economy.",
    "QT @UKLabour: Change starts today.",
    "Worth a read 👇 @Keir_Starmer: we will rebuild Britain.",
])
def test_raises_a_repost_or_quote_of_a_party_or_politician_account(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "RT @ONS: Labour market statistics are out now.",
    "via @DfE_UK our new guidance on school attendance.",
    "RT @NHSEngland: Get your flu jab this winter.",
])
def test_passes_a_repost_of_an_official_account(text):
    assert found(text) == []


def test_plaid_is_a_party_only_before_words_that_make_it_one():
    assert found("Plaid councillors are a disgrace.") == ["disgrace"]
    assert found("Plaid is back in fashion this autumn.") == []


@pytest.mark.parametrize("text", [
    "Big weekend ahead, let's go! #NZLabour",
    "Door to door all day. #ScotTories",
    "Plaid's manifesto is the only one that gets it.",
])
def test_raises_a_party_tagged_with_its_nation_or_named_in_the_possessive(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "Travelling abroad? Sign up for travel alerts. #UKNationals",
    "Quarterly update on hiring. #UKLabourMarket",
    "Plaid's comeback this season is everywhere.",
])
def test_passes_nation_tags_and_possessives_in_other_senses(text):
    assert found(text) == []


def test_a_sentence_placed_in_the_past_by_its_words_is_history():
    assert found("Our new display explains how the post-war Labour government built "
                 "council housing.") == []
    assert found("Labour are the party of working people.") == ["Labour"]


@pytest.mark.parametrize("key", [
    "partisan_phrases", "independence_anchors", "protest_hashtags", "party_hashtag_prefixes",
    "party_hashtag_nations", "neutral_hashtag_endings", "party_handle_names",
    "party_event_participation", "historical_markers",
])
def test_new_lists_can_be_emptied(key):
    check = with_config(**{key: []})
    assert found("The Lib Dems are spineless.", check) == ["spineless"]


def test_emptied_independence_anchors_stop_the_referendum_cause():
    check = with_config(independence_anchors=[])
    assert found("An independent Scotland would thrive, I'm sure of it.", check) == []


@pytest.mark.parametrize("text", [
    "Out knocking doors for Tamsin in Eastfield today.",
    "Delivered 300 leaflets for Marcus before breakfast.",
    "Renewed my party membership this morning.",
    "If you want better buses there's only one choice on Thursday.",
    "Yes to independence, yes to a fairer Scotland.",
])
def test_raises_canvassing_for_a_named_person_party_membership_and_one_choice(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "Field staff are knocking doors for Census 2031 follow-up this month.",
    "We're the only team in the department that ran a hackathon this year.",
    "Our office party was a great way to end the year.",
    "Nominations for the May elections close at 4pm on Tuesday.",
])
def test_passes_doors_teams_parties_and_elections_in_neutral_senses(text):
    assert found(text) == []


# ---- parties and leaders beyond the UK, vote winks, branch accounts, award polls ----

def test_parties_of_other_democracies_are_parties():
    assert found("Solid week for the ANC in the township by-elections.") == ["ANC"]
    assert found("Lovely chat with the Fianna Fáil councillors at the jobs fair.") == [
        "Fianna Fáil"]
    # In lower case the acronym is an ordinary word.
    assert found("Our pap smear clinic runs every Tuesday.") == []


def test_reposting_a_local_branch_of_a_party_is_raised():
    assert found("QT @GlasgowLabour: a fairer deal for renters is coming. Spot on.") == [
        "QT @GlasgowLabour"]
    assert found("RT @CityParksTeam: the lido reopens on Saturday.") == []


def test_steering_a_vote_while_disclaiming_it_is_raised():
    assert found("I'm not telling anyone how to vote, just asking you to look at the record "
                 "on buses.") == ["not telling anyone how to vote, just"]
    assert found("Not telling you how to vote - polling stations open 7am to 10pm, details "
                 "at gov.uk.") == []
    assert found("Whoever you back, remember that in October.") == ["remember that in October"]
    assert found("Remember this in March: the clocks go forward.") == []


def test_backing_someone_for_office_is_raised_but_an_award_vote_is_not():
    assert found("After this year the council leader deserves a second term.") == [
        "deserves a second term"]
    assert found("Honestly, the Greens have my vote.") == ["have my vote"]
    assert found("This mural has my vote for the best in the city.") == []


def test_the_learned_signal_does_not_read_a_competition_vote_as_politics():
    from reviews.checks.engine import Engine

    engine = Engine()
    competition = Post("Vote for your favourite bridge in the county's photo competition – "
                       "entries close Monday.", "x", Author())
    election = Post("Vote for your favourite candidate in the Senedd election. Prize for "
                    "guessing which.", "x", Author())
    assert engine.learned_applies("political", competition) is False
    assert engine.learned_applies("political", election) is True


# ---- longing for polling day, steers without a party, jibes and credit -------------

@pytest.mark.parametrize("text, words", [
    ("Watching the housing minister dodge the question again. October can't come soon "
     "enough.", "October can't come soon enough"),
    ("Read both manifestos on childcare, then vote accordingly.", "vote accordingly"),
    ("Fingers crossed for a competent government for once.", "competent government for once"),
    ("Worth forgetting which ministers cut the bus subsidy? I don't think so.",
     "forgetting which ministers cut"),
    ("Whatever you do, don't give the Nationals another term.",
     "don't give the Nationals another term"),
    ("Not telling anyone how to vote next week. But look at the record on rail.",
     "Not telling anyone how to vote next week. But"),
    ("Great to finally have a Premier who returns calls.", "finally have a Premier who"),
])
def test_raises_longing_for_polling_day_and_steers_without_a_party(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "The new library can't come soon enough for the families in Ashby.",
    "The labour market figures will come soon enough; we publish on the 14th.",
    "Register by Monday so you can vote in May: gov.uk/register-to-vote",
    "Remembering which colleagues helped the most this year is impossible: everyone did.",
])
def test_passes_eagerness_and_reminders_that_pick_no_side(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Funny how the Treasury Minister only discovers potholes in a campaign week.",
    "Imagine being a senator and not reading the bill you co-sponsored.",
    "Wild that the congresswoman who voted the grant down is now cutting its ribbon.",
    "The Premier opened the new ward. A fifth 'new' hospital, but sure, cut the ribbon.",
])
def test_raises_sarcasm_aimed_at_office_holders(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "Funny how the cat always sits on the keyboard during the statistics release.",
    "The minister at St Aidan's gave a lovely address at the memorial service.",
    "Imagine being a trainee again: we've refreshed the induction pack for new starters.",
])
def test_passes_sarcasm_and_clergy_with_no_politician_mocked(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Thanks to Priya Desai MP for opening the clinic. She has done more for carers in "
    "this town than anyone.",
    "Lovely to see Cllr Tom Reed at the litter pick – the only councillor round here who "
    "turns up.",
    "Spot on from the SNP health spokesperson tonight. We need more MSPs like her.",
    "The Greens launched their housing plan today. Honestly the only credible plan going.",
    "Honestly, if Reform get in, say goodbye to the apprenticeship levy.",
    "Plaid are the ones with a plan for rural buses.",
])
def test_raises_credit_given_to_a_politician_or_party(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "Thanks to Priya Desai MP for opening the clinic and meeting our carers today.",
    "The Leader of the Opposition visited the site today with the regional team.",
    "Happy Labor Day from everyone at the regional office – we reopen Tuesday.",
    "New green space on Canal Street: the ACT government has funded the planting.",
    "Tory Island ferry is back on after the storm, so the survey trip is on again.",
])
def test_passes_neutral_engagements_and_ordinary_senses(text):
    assert found(text) == []


def test_referendum_campaign_tags_count_in_any_case():
    assert found("Big rally in George Square today. #indyref2") == ["#indyref2"]


# ---- coy steers in an election, election-week praise, scare quotes, mocking emoji ----

@pytest.mark.parametrize("text", [
    "Three days until the county elections. I'll just say some of us are hoping it all "
    "goes orange this time 🔶",
    "Manifesto week! Not naming names, but you know which party I mean 🌹",
    "Nice result in last night's by-election. That's all I'm saying 🟢",
    "Back from party conference. Plenty of fresh thinking on skills 🔵",
])
def test_raises_a_coy_steer_or_party_colour_in_an_election(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    # secrets and decoration with no election in sight
    "Board meets on Friday to sign off the figures. That's all I'll say for now.",
    "Autumn at the arboretum: the maples turn red first 🔴🍁",
    "Polling stations open 7am to 10pm on Thursday. Bring photo ID: gov.uk/how-to-vote 🗳️",
    "Tory Island ferry is back on after the storm, so the survey trip is on 🌹",
])
def test_passes_secrets_seasons_and_civic_reminders(text):
    assert found(text) == []


def test_praise_of_a_politician_beside_the_election_is_raised_but_a_visit_is_not():
    assert found("Thanks to Ola Bello MP for visiting the depot – with the election a "
                 "fortnight away it's brilliant to have her backing!") == ["brilliant"]
    assert found("Thanks to Ola Bello MP for visiting the depot – brilliant to show her "
                 "the new fleet.") == []


@pytest.mark.parametrize("text", [
    "The Energy Secretary's 'bold vision' turned out to be a press release.",
    "The Mayor's fourth transport plan in three years. 🤡",
    "Ministers have cut the grant again 🙄",
])
def test_raises_scare_quotes_and_mocking_emoji_aimed_at_office_holders(text):
    assert found(text) != []


@pytest.mark.parametrize("text", [
    "The Minister's Plan for Change document is on GOV.UK with the technical annex.",
    "Our conservative estimate is 4,000 new liberal arts places 🙄 (we'll revise in March).",
    "Printer jammed again 🙄 The Minister's speech is on GOV.UK now.",
])
def test_passes_titles_and_emoji_not_aimed_at_an_office_holder(text):
    assert found(text) == []


# ---- votes for a full name, ranked ballots, preference orders ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Honestly, anyone voting for Priya Malhotra in the Eastside ward wants more potholes.",
     ["voting for Priya Malhotra"]),
    ("Footpath finally fixed. Vote 1 Okonkwo this Saturday!", ["Vote 1 Okonkwo"]),
    ("Simple: number one Fine Gael, then number two the Greens.",
     ["number one Fine Gael", "number two the Greens"]),
])
def test_vote_for_a_named_person_or_a_preference_order_is_raised(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Vote for Best Newcomer in the staff awards by Friday!",
    "Voting for Ward Boundaries closes on Monday, see the commission's site.",
    "Number one priority this winter: gritting the hill roads.",
])
def test_awards_boundaries_and_priorities_pass(text):
    assert found(text) == []


# ---- party hashtags after a province or a slogan word --------------------------------

@pytest.mark.parametrize("tag", ["#BCNDP", "#QldLabor", "#BothVotesGreen"])
def test_party_hashtags_with_a_province_or_both_votes_are_raised(tag):
    assert found(f"Great turnout at the branch meeting tonight {tag}") == [tag]


@pytest.mark.parametrize("tag", ["#NSWHealth", "#ONHealth", "#GoGreen", "#BackingBusiness"])
def test_provincial_and_green_topic_hashtags_pass(tag):
    assert found(f"Lots of useful advice at today's session {tag}") == []


# ---- colours kept, parties booted out, money for an election -----------------------------

def test_keeping_a_place_a_party_colour_in_an_election_is_raised():
    assert found("Midterm season again. Let's keep Dane County red 🗳️") == ["keep Dane County red"]


def test_keeping_it_green_outside_an_election_passes():
    assert found("Keep it green this autumn: leaves go in the garden waste bin.") == []


def test_wishing_a_government_booted_out_is_raised():
    text = "Minister's photo op at the depot today. Enjoy it before you get kicked out 😂 #GE2029"
    assert "get kicked out" in found(text)


@pytest.mark.parametrize("text, expected", [
    ("Chipped in £15 to Mo Farouk's fundraiser for the Dunmore by-election, it's tight.",
     ["Chipped in £15 to Mo Farouk's fundraiser for the Dunmore by-election"]),
    ("Donated to Jen's crowdfunder for her re-election bid. Go Jen!",
     ["Donated to Jen's crowdfunder for her re-election bid"]),
])
def test_money_for_an_election_is_raised_without_a_party(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Donations to the hospice have doubled since the election.",
    "We're fundraising for the election count volunteers' pizza, cheers all.",
])
def test_money_near_an_election_but_not_for_one_passes(text):
    assert found(text) == []


# ---- the opposition mocked; embarrassment of one's own ---------------------------------

def test_mocking_the_opposition_is_raised():
    text = "Report stage next week and it'll make the opposition look really daft on housing."
    assert found(text) == ["make the opposition look really daft"]


@pytest.mark.parametrize("text", [
    "We played the opposition off the park on Sunday, great work U12s.",
    "There was real opposition to the one-way scheme from traders.",
    "My mentor spared me some embarrassing slips in front of the minister early on.",
])
def test_sports_sides_objections_and_own_embarrassment_pass(text):
    assert found(text) == []


def test_an_embarrassing_answer_from_a_minister_is_still_raised():
    assert found("That was an embarrassing answer from the Minister.") == ["embarrassing"]


# ---- a party singled out but left unnamed ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Lovely how the party that sold off the playing fields now wants a photo at the new pitch.",
     ["the party that"]),
    ("Interesting how rail fares jump whenever a certain party holds the purse strings.",
     ["a certain party"]),
    ("Only one party has bothered to turn up to our hustings for carers. Noted.",
     ["Only one party"]),
])
def test_a_party_singled_out_by_its_record_is_raised(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Sorry I missed the party that Dev organised, looked like a great night!",
    "Thanks to all at the party that ran until midnight for the retiring head.",
    "The party that we threw for the apprentices was the best yet.",
])
def test_a_party_as_a_celebration_passes(text):
    assert found(text) == []


# ---- remembering at the polls; "this lot get in"; a campaign for a seat -----------------

@pytest.mark.parametrize("text, expected", [
    ("If your ward councillor backs the incinerator, remember his name in September.",
     ["remember his name in September"]),
    ("Those Councillors cut the bus subsidy again. Remember it at the locals.",
     ["Remember it at the locals"]),
])
def test_remembering_a_name_or_a_vote_at_the_polls_is_raised(text, expected):
    assert found(text) == expected


def test_remembering_a_name_for_other_reasons_passes():
    assert found("Remember her name in June: our new apprentice is going places.") == []


def test_this_lot_getting_in_is_a_government():
    text = "Strange how every time this lot get back in, the museum grant shrinks."
    assert found(text) == ["Strange how"]


def test_this_lot_arriving_early_passes():
    assert found("This lot get in before 8 every day, best team going.") == []


def test_money_for_a_campaign_for_a_seat_is_raised():
    text = "Chipped in a tenner to Bea's campaign for the Selby seat, fingers crossed."
    assert found(text) == ["Chipped in a tenner to Bea's campaign for the Selby seat"]


def test_a_campaign_for_a_car_seat_scheme_passes():
    assert found("Donate to our campaign for the Child Car Seat scheme today.") == []


# ---- blind probes ah, ai, aj: classes the rules missed -----------------------------

@pytest.mark.parametrize("text, expected", [
    # Accusing someone political of acting for publicity.
    ("Saw the shadow minister pledge to axe the bus fund. Ten years of planning gone for a"
     " soundbite.", ["for a soundbite"]),
    ("The Premier is chasing headlines again with this stadium.", ["chasing headlines"]),
    # Warning about what a politician's rivals would do.
    ("Ask yourself what Mayor Osei's rivals would do to the bus network.",
     ["rivals would do to"]),
    # A party's plans judged the most credible.
    ("Read every manifesto this week and the SDLP's plans are the most realistic.",
     ["most realistic"]),
    # Handing out a party's cards at a polling place.
    ("Spent polling day handing out how-to-vote cards for Priya at the scout hall.",
     ["how-to-vote cards"]),
    ("Who's on how-to-votes with me at the primary school tomorrow?", ["how-to-votes"]),
    # Backing someone in a race.
    ("Our whole depot is rolling with Councilmember Reyes in the runoff.",
     ["rolling with Councilmember Reyes in the runoff"]),
    # Money an election campaign needs.
    ("Dev's by-election campaign needs another £500 by Monday, link in bio.",
     ["by-election campaign needs another £500"]),
])
def test_classes_from_the_blind_probes_are_raised(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # Headline as a noun's modifier, and news headlines.
    "Scroll down for the headline figures from this year's travel survey.",
    "The Minister opened the depot and made the evening headlines.",
    # Rivals in sport, and the other side of a road.
    "Our rivals would do anything to win this derby on Saturday.",
    # "Most credible" said of sources, not a party.
    "Of the studies we reviewed, the Danish trial is the most credible.",
    # How to vote, as civic information.
    "Not sure how to vote by post? Here's the Electoral Commission's guide.",
    # A riding lesson and a council's own campaign.
    "Riding with the kids in the park this afternoon, lovely weather.",
    "Our council campaign to cut litter needs £5,000 in sponsorship.",
    "The flu jab campaign needs £2k for posters in the waiting rooms.",
    # Tory Island off Donegal.
    "Outreach clinic on the island today: the ferry to Tory was late but worth it.",
    "Survey teams finished Inishbofin and Tory this week, the islanders were brilliant.",
])
def test_traps_beside_the_blind_probe_classes_pass(text):
    assert found(text) == []


def test_tory_beside_an_island_word_is_still_the_party_when_judged():
    text = "Typical Tory nonsense from the island's MP."
    assert found(text) == ["Typical", "nonsense"]
