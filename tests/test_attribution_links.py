"""Which words go with which speaker when a sentence holds more than one attribution,
or puts the speaker last. The examples are written for these tests."""

from briefing.article.attribution import extract
from briefing.article.attribution.entities import tidy_role


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_speaker_named_last_after_a_comma_takes_the_clause_before():
    found = statements([
        "Maren Holt, chief strategist at Larchmont Wealth, follows the quota talks.",
        "Although Vesterby faces pressure from the quotas, it has a higher pain threshold than Norland, "
        "said Holt at Larchmont Wealth.",
    ])
    assert found == [("Maren Holt", "indirect",
                      "Although Vesterby faces pressure from the quotas, it has a higher pain threshold than Norland")]


def test_a_clause_with_a_verb_after_the_cue_is_not_a_speaker_named_last():
    found = statements(["The ferry will run on Sundays again, said the board, which meets in March and votes in May."])
    assert all(text != "the board, which meets in March and votes in May" for _who, _kind, text in found)


def test_reported_attribution_inside_another_is_credited_to_the_outer_speaker():
    found = statements([
        "Posts from two state-backed accounts in Vesterby made similar claims early Thursday.",
        "Senior Vesterby strategist Anil Roque at Coastline Research said the capital may be signaling a softer stance.",
        "However, Maren Holt, chief strategist at Larchmont Wealth Management, said the posts merely repeated "
        "Vesterby's line that the harbour stays shut to trawlers until the spring survey.",
    ])
    holt = [text for who, _kind, text in found if who == "Maren Holt"]
    assert holt == ["the posts merely repeated Vesterby's line that the harbour stays shut to trawlers until the spring survey"]
    # The posts are what Holt spoke about, not something Roque or Holt said.
    inner = [who for who, _kind, text in found if text.startswith("Vesterby's line")]
    assert all(who not in ("Maren Holt", "Anil Roque") for who in inner)


def test_quotation_ending_its_sentence_keeps_the_speaker_before_when_the_next_sentence_has_its_own_statement():
    found = statements([
        '"I expect the council to answer, because councils do," port chief Tomas Brandt told the Courier on Monday.',
        '"That is why I see this as a skirmish, and both towns gain by settling it." '
        'Vesterby called on the shipping board on Monday to unite against the levies, saying members '
        'should "put the levy back where it came from".',
    ])
    assert ("Tomas Brandt", "direct",
            "That is why I see this as a skirmish, and both towns gain by settling it.") in found
    assert all(not (who == "Vesterby" and "skirmish" in text) for who, _kind, text in found)


def test_quotation_then_attribution_in_the_next_sentence_still_links():
    found = statements(['"We will reopen the berths before the winter." Lind said on Tuesday.',
                        "Ana Lind runs the harbour."])
    assert found[0][1:] == ("direct", "We will reopen the berths before the winter.")
    assert found[0][0] in ("Lind", "Ana Lind")


def test_speaker_and_cue_after_the_clause_with_a_phrase_of_time_or_place():
    found = statements(["The ferry did not slow down before the pier, the safety board said in its first report on Monday."])
    assert found == [("the safety board", "indirect", "The ferry did not slow down before the pier")]


def test_a_scene_setting_clause_is_not_what_the_subject_said():
    # "continued" and "called" are verbs of saying elsewhere; here the clause before the comma only sets the scene.
    assert statements(["But even after the harbour trade cooled, the borrowing continued."]) == []
    assert statements(["On his campaign page, Ode promises to end the ferry levy."]) == [] or all(
        text != "On his campaign page" for _who, _kind, text in statements(["On his campaign page, Ode promises to end the ferry levy."]))


def test_a_description_written_before_a_name_is_the_role_not_the_name():
    found = extract([
        "Tesshan state flood manager Ravi Anand Kolle said crews had moved 9,000 people to shelters overnight.",
        "A microblog user named Roshni said the wind had torn the roof off her school.",
    ])
    assert [(s.speaker, s.role) for s in found] == [
        ("Ravi Anand Kolle", "Tesshan state flood manager"),
        ("Roshni", "A microblog user"),
    ]


def test_a_name_after_for_or_of_belongs_to_somebody_else():
    found = extract(["A spokesman for Norland Rail said the night trains would run again from March."])
    assert [s.speaker for s in found] != ["Norland Rail"]


def test_a_courtesy_title_alone_is_not_shown_as_a_role():
    found = extract(["Mr Edgar Coll, the elections commissioner, said counting would end by Tuesday night.",
                     "Mr Coll said the results would stay provisional until the board certified them."])
    assert {s.speaker for s in found} == {"Edgar Coll"}
    assert all(s.role != "Mr" for s in found)


def test_a_headline_with_a_kicker_before_its_colon_is_not_a_transcript_turn():
    found = extract([
        "Quay Rush: Mayor Lind Was Headed to Court but Turned Back to Avoid Bad Press",
        "The Latest: Ode urges supporters to watch the polling stations on Tuesday.",
        "LIND: We will wait and see what the council does before we move a single crane.",
    ])
    assert [(s.speaker, s.text) for s in found if s.cue == ":"] == [
        ("Lind", "We will wait and see what the council does before we move a single crane.")]


def test_the_paper_is_the_newspaper_the_article_named():
    found = statements([
        "Two men were jailed for selling photos of the naval yard, the Harbour Daily reported on Tuesday.",
        "The paper said one of them had been paid by a man claiming to be a reporter.",
    ])
    assert [who for who, _kind, _text in found] == ["Harbour Daily", "Harbour Daily"]


def test_whom_a_speaker_cites_is_not_part_of_what_was_said():
    found = statements(["Vesterby has offered to buy more Norland grain by diverting some purchases from other "
                        "ports, the Harbour Ledger reported, citing people briefed on the talks."])
    assert found == [("Harbour Ledger", "indirect",
                      "Vesterby has offered to buy more Norland grain by diverting some purchases from other ports")]


def test_he_after_a_described_speaker_is_that_speaker_when_nobody_else_was_named():
    found = statements([
        "The harbour board said on Monday that the tug crews had walked out.",
        "“The board is reviewing this,” the spokesperson said.",
        "“Our position is firm. If they strike, we will wait; if they talk, the door is open,” he added.",
    ])
    assert ("the spokesperson", "direct",
            "Our position is firm. If they strike, we will wait; if they talk, the door is open") in found


def test_he_does_not_go_back_to_a_group_or_to_a_speaker_long_before():
    found = statements([
        "“The quay must close,” officials said.",
        "“We disagree,” he added.",
        "“Nothing is decided,” the spokesperson said.",
        "The tide rose. The boats waited. The nets dried. The gulls left.",
        "“It will reopen in May,” she said.",
    ])
    assert [who for who, _kind, text in found if text in ("We disagree", "It will reopen in May")] == []


def test_speaker_named_last_reports_the_attribution_before_the_comma_whole():
    found = statements([
        "Someone phoned the harbour desk to report a crane “swinging loose and sparking,” Marlow said.",
        "Lind told reporters the port would close for a week, Marlow said on Monday.",
    ])
    marlow = [text for who, _kind, text in found if who == "Marlow"]
    assert marlow == ["Someone phoned the harbour desk to report a crane “swinging loose and sparking,”",
                      "Lind told reporters the port would close for a week"]
    assert ("Lind", "indirect", "the port would close for a week") in found


def test_a_handle_after_its_description_is_the_speaker():
    found = extract(['"I saw the ship from the plane, it was huge and grey," wrote one user with the handle @lumo_fan.'])
    assert [(s.speaker, s.role) for s in found] == [("@lumo_fan", "one user")]


def test_the_name_after_an_opening_phrase_is_the_subject_a_pronoun_goes_back_to():
    found = statements([
        "Retired port pilot Hal Quill is speaking out about the harbour plan.",
        "In an interview with Dock Hour Radio with Milo Brant, Quill made it clear he had doubts about the dredging.",
        "“Now that I have retired,” he told the host, “I can say the plan was rushed.”",
    ])
    assert [who for who, kind, _text in found if kind == "direct"] == ["Hal Quill"]


def test_a_surname_alone_keeps_meaning_the_person_it_meant_before_a_relative_is_named():
    found = statements([
        "Milo Brant, the ferry captain, sat down with Dr. Hal Quill for his first interview since the crash.",
        "When the crew approached Brant about the interview, he was in tears.",
        "Quill first spoke with Brant's mother, Edna Brant, who fears for her son.",
        "“He blames himself for all of it,” Edna Brant told Quill.",
        "“I miss the crew so much!” Brant repeated several times.",
    ])
    assert [who for who, _kind, _text in found] == ["Edna Brant", "Milo Brant"]


def test_a_titled_name_ending_in_a_place_noun_is_a_person_and_the_surname_alone_is_them():
    found = statements([
        "Quay police Lt. Kenny Park dismissed the ferry sabotage report as “a prank with a budget” on Tuesday.",
        "“So far nobody from the crew has come forward to us,” Park said in the evening.",
        "Thirty divers “searched in shifts” along the breakwater, keeping the harbour shut, Park said.",
        "The park said it would close at dusk.",
    ])
    assert [who for who, _kind, _text in found] == ["Kenny Park", "Kenny Park", "Kenny Park", "The park"]


def test_whom_a_speaker_told_is_not_part_of_what_they_said():
    found = statements([
        "Ana Lind is the mayor of Kestrel Bay.",
        "This matters because Lind, in her news conference on Tuesday about the ferry, told reporters "
        "she'd thought her messages to harbour officials were always saved.",
    ])
    assert found == [("Ana Lind", "indirect", "she'd thought her messages to harbour officials were always saved")]


def test_a_name_before_a_who_clause_speaks_even_after_an_agency_credit():
    found = statements(["(NSN)Bishop Ana Lind, who took over the diocese two years ago, told a Norland radio "
                        "station Friday that she expects her term will be brief."])
    assert found == [("Ana Lind", "indirect", "she expects her term will be brief")]


def test_a_described_speaker_named_last_who_told_reporters():
    found = statements(["Officers talked with Vale, 29, at her father's flat, department spokeswoman Jenna Mott told reporters."])
    assert found == [("Jenna Mott", "indirect", "Officers talked with Vale, 29, at her father's flat")]


def test_a_pronoun_after_the_cue_belongs_to_the_next_cue_not_to_this_one():
    found = statements([
        "The ferry union leader Boris Lomov was hurt in a fall at the quay last week.",
        "Vance this week called the fall a “scandal” and an insult, and he promised to find whoever cut the rope.",
        "While noting that the harbour board had leaked its plans, the spokesperson said the board showed no good faith.",
    ])
    assert ("Vance", "indirect", "the fall a “scandal”") in found
    assert ("the spokesperson", "indirect", "the board showed no good faith") in found


def test_a_nationality_standing_for_a_person_is_the_person_the_story_is_about():
    found = statements([
        "Hal Strand of Norland won the open last year.",
        "But the angry 41-year-old Swede said he “saw no sense at all” in a fine for slow play.",
    ])
    assert [who for who, _kind, _text in found] == ["Hal Strand"]


def test_a_clause_after_said_is_what_was_said_even_when_read_as_part_of_the_cue():
    found = statements(["Harbour police said Strand first came to their attention after his uncle reported the boat stolen."])
    assert found == [("Harbour police", "indirect",
                      "Strand first came to their attention after his uncle reported the boat stolen")]


def test_of_two_people_sharing_a_surname_the_one_the_story_opened_with_is_the_surname_alone():
    found = statements([
        "Mara Quist faced a hard choice this spring and talked it over at home first.",
        "Fans jeered her at Dunmore once. Her older sister Ilse Quist had pulled out minutes before they met.",
        "Many in the stands believed it was arranged to rest the younger Quist.",
        "Coming back after years away took many long talks with her family and coaches, Quist told reporters Thursday.",
    ])
    assert [who for who, _kind, _text in found] == ["Mara Quist"]


def test_an_outlet_reporting_somebody_saying_the_words_passes_them_on():
    found = statements(["“Nobody in the village speaks up, because the elders forbid it,” the Harbour Post reported Daniels "
                        "saying at the book fair in March."])
    assert found == [("Daniels", "direct", "Nobody in the village speaks up, because the elders forbid it")]


def test_the_clause_before_but_is_not_what_the_speaker_after_it_said():
    found = statements(["Ilse Quist, ranked ninth in doubles, has skipped the Dunmore event, "
                        "but Mara Quist said her sister backed the comeback fully."])
    assert found == [("Mara Quist", "indirect", "her sister backed the comeback fully")]


def test_a_sentence_before_according_to_is_not_the_sources_when_its_own_sentence_has_the_words():
    found = statements(["The samples suggest that the valley held plenty of snowmelt, perhaps even a marsh. "
                        "According to the agency, the melt may once have flooded a third of the valley floor."])
    assert ("the agency", "indirect", "the melt may once have flooded a third of the valley floor") in found


def test_admitted_is_a_verb_of_saying():
    found = statements(["On the way back to the room, Brant admitted that he had had two drinks earlier that morning."])
    assert found == [("Brant", "indirect", "he had had two drinks earlier that morning")]


def test_an_age_or_a_compound_nationality_after_said_is_the_person_the_story_is_about():
    found = statements([
        "Hal Strand clinched the men's title on home snow on Sunday.",
        "“I waited nine seasons for a trophy like this one,” said the 29-year-old.",
        "Mara Quist runs the security team at the harbour board.",
        "“When I started, my title was a bit boring,” said the Norland-Polish-American, speaking over the phone.",
    ])
    assert [who for who, _kind, _text in found] == ["Hal Strand", "Mara Quist"]


def test_a_speaker_named_after_the_quote_with_a_description_in_front_is_the_name():
    found = statements(["\"Who gets to say which toys are safe?\" asked Harbour pediatrician Dr. Ana Lind. "
                        "\"Will parents be handed a form to tick before every birthday?\""])
    assert [who for who, _kind, _text in found] == ["Ana Lind", "Ana Lind"]


def test_a_company_named_as_somebodys_employer_is_not_who_he_is():
    found = statements([
        "“Vessa suits the growers because the rail yard is close by,” says Jon Kivo, technical director of "
        "Bloomline Africa, a company which chills and packs cut tulips.",
        "“Families there have worked the beds for generations, so the hands know the job,” he adds.",
    ])
    assert [who for who, _kind, _text in found] == ["Jon Kivo", "Jon Kivo"]


def test_a_comparison_with_what_somebody_admitted_stays_in_the_reported_clause():
    found = statements(["Councillor Ada Reid said the risk to the council was far higher than the mayor admitted."])
    assert found == [("Ada Reid", "indirect", "the risk to the council was far higher than the mayor admitted")]


def test_a_name_with_a_possessive_opening_the_sentence_is_its_subject():
    found = statements([
        "“We will not stop,” Attorney General Eric Hale said.",
        "President Ana Marsh's position on the quay has evolved. In May, in an interview with Harbour News, "
        "she announced her support for the plan.",
        "“At a certain point,” she said, “I just concluded that the quay must stay open.”",
    ])
    assert [who for who, _kind, _text in found] == ["Eric Hale", "Ana Marsh", "Ana Marsh"]


def test_the_elder_of_two_namesakes_is_the_one_in_the_scene():
    found = statements([
        "Harbour City have signed winger Tomas Vey from Cordana.",
        "Vey, 21, scored 14 goals last season.",
        "Anders Vey, the player's father and agent, told Radio Cordana that his son had turned down two other clubs.",
        "“Tomas wanted a coach who would play him,” the elder Vey said.",
    ])
    assert [who for who, _kind, text in found if text.startswith("Tomas wanted")] == ["Anders Vey"]


def test_a_role_shows_without_the_day_or_the_body_it_leads():
    found = extract([
        "Norland will send a delegation led by its trade commissioner, Ilsa Varn, to the talks on Sunday.",
        "On Monday the country's port authority spokesman, Qiu Lan, insisted that the rules were about safety.",
    ])
    assert {s.speaker: s.role for s in found} == {"Qiu Lan": "the country's port authority spokesman"}
    assert tidy_role("delegation led by its trade commissioner") == "trade commissioner"
    assert tidy_role("On Monday") is None


def test_when_a_statement_was_made_is_not_part_of_what_was_said():
    said = statements(["The Orrin Trust admitted last month that a gift from a ferry operator was never approved."])
    assert said == [("Orrin Trust", "indirect", "a gift from a ferry operator was never approved")]


def test_a_speaker_described_between_commas_before_a_less_common_verb_of_saying():
    said = statements(["Marta Keller, the port's director, agreed that the new gates alone would not stop smuggling."])
    assert said == [("Marta Keller", "indirect", "the new gates alone would not stop smuggling")]


def test_how_or_to_whom_somebody_spoke_is_not_taken_for_what_was_said():
    said = statements(["Ivo Brand, the ferry captain, spoke quietly into the radio for several long minutes."])
    assert said == []


def test_a_dateline_with_a_colon_before_a_reporters_sentence_is_not_a_speaker_even_below_the_top():
    said = statements([
        "Harbour Sport desk",
        "Posted 18 March, 07:42",
        "Leave a comment",
        "Posted 18 March, 07:42",
        "KESTREL: Rovers manager Ivo Marten said the cup final was close, though two injuries left his side short.",
        "Pressed on whether bringing Tom Vale on had been his only choice, the manager said, “Fresh legs were needed and nobody else plays that role.”",
    ])
    assert ("Kestrel", "direct") not in [(who, kind) for who, kind, _text in said]
    assert [who for who, _kind, _text in said] == ["Ivo Marten", "Ivo Marten"]


def test_the_head_of_government_by_title_is_the_person_first_named_with_it():
    said = statements([
        "Taoiseach Mira Holt urged the Alliance leader to stop pointing fingers at others.",
        "The Taoiseach said the Alliance would have to give ground, just as her own party once had.",
    ])
    assert ("Mira Holt", "indirect", "the Alliance would have to give ground, just as her own party once had") in said
    assert all(who == "Mira Holt" for who, _kind, _text in said)


def test_the_question_put_to_a_speaker_is_not_what_the_speaker_said():
    said = statements(["Asked if the Blues were the stronger side, the manager replied, “Nobody was stronger tonight, not them and not us.”"])
    assert [(kind, text) for _who, kind, text in said] == [("direct", "Nobody was stronger tonight, not them and not us.")]


def test_what_a_verb_like_condemned_acts_on_is_never_taken_for_its_speaker():
    said = statements(["The dockers' guild, fresh from winning a pay case for thirty members, condemned the latest wave of dismissals."])
    assert all(who != "the latest wave of dismissals" for who, _kind, _text in said)


def test_a_second_verb_of_saying_after_and_is_a_second_statement():
    said = statements(["Ms Lind said Mr Ober had long sat on the council and claimed the leaked memo was false from start to end."])
    assert said == [("Lind", "indirect", "Mr Ober had long sat on the council"),
                    ("Lind", "indirect", "the leaked memo was false from start to end")]


def test_a_speaker_reporting_his_own_doings_keeps_them_in_one_statement():
    said = statements(["Holt said he rang the mayor and asked him to speak out against the vandalism."])
    assert said == [("Holt", "indirect", "he rang the mayor and asked him to speak out against the vandalism")]


def test_a_name_in_a_phrase_between_the_subject_and_its_cue_is_not_the_speaker():
    said = statements([
        "Mr Holt, speaking at the memorial for the late Kestrel Governor Wahiro Banda, said that no small group would be allowed to wreck the republic.",
        "“Our charter binds every one of us, and we will keep to it,” he said.",
    ])
    assert [who for who, _kind, _text in said] == ["Holt", "Holt"]


def test_a_role_right_before_its_cue_speaks_when_no_name_opens_the_sentence():
    said = statements([
        "Rovers manager Ivo Marten said the draw was fair.",
        "After the replay the manager replied, “Both sides had chances and both sides will rue them.”",
    ])
    assert said[-1] == ("Ivo Marten", "direct", "Both sides had chances and both sides will rue them.")


def test_a_body_introduced_with_what_it_is_is_the_one_a_later_description_means():
    said = statements([
        "Sponsoring agency Meridian Group insisted in April that the fair would open on time.",
        "The Harbour Lights and the Gull Band had both withdrawn from the fair by then.",
        "“Lending our name to a fair like this one is an honour,” the agency said.",
    ])
    assert said[-1][0] == "Meridian Group"


def test_a_verb_of_saying_in_ing_after_the_main_clause_reports_the_subject():
    said = statements(["In a note put out online, Brandsen tried to calm the row, claiming that his words had been twisted and were never aimed at the press."])
    assert said == [("Brandsen", "indirect", "his words had been twisted and were never aimed at the press")]


def test_a_fronted_verb_of_saying_and_the_main_clause_are_two_statements_of_its_subject():
    said = statements(["Noting that everyone who met the patients is still being watched, Lind stressed that the checks would go on."])
    assert said == [("Lind", "indirect", "everyone who met the patients is still being watched"),
                    ("Lind", "indirect", "the checks would go on")]


def test_pointing_to_a_record_is_not_a_statement():
    said = statements(["Holt visited the volunteers on Friday, pointing to her record of wins in the southern districts this spring."])
    assert said == []


def test_a_plain_attribution_after_an_opening_phrase_is_found():
    said = statements(["At the ministry's Friday press session, Foreign Office spokesman Dr Ivo Brand said Norland had condemned the raids."])
    assert said == [("Ivo Brand", "indirect", "Norland had condemned the raids")]


def test_a_perfect_tense_verb_of_saying_with_a_time_phrase_before_that():
    said = statements(["Orchard Phones has stressed over the past months that it sells devices and not its users' data."])
    assert said == [("Orchard Phones", "indirect", "it sells devices and not its users' data")]


def test_a_religious_title_before_a_name_is_the_person_the_title_later_means():
    said = statements([
        "Grand Ayatollah Ali Kassem said the dialogue with the envoys would go on.",
        "The Ayatollah insisted that lifting the embargo had to be on the table.",
    ])
    assert [who for who, _kind, _text in said] == ["Ali Kassem", "Ali Kassem"]


def test_her_dad_is_the_father_the_article_named():
    said = statements([
        "Lena Brisk, 33, won the final on Sunday.",
        "Her father, Ray Brisk, told the Harbour Daily that the crowd had jeered him all afternoon.",
        "Her dad said skipping next year's event would be the wrong call.",
    ])
    assert [who for who, _kind, _text in said] == ["Ray Brisk", "Ray Brisk"]


def test_according_to_a_description_and_the_name_after_it_is_that_person_not_the_place():
    said = statements([
        "Two guards died after a raid on Izra, a village in Kestrel Local Government Area.",
        "According to the Emir of Kestrel, HRH Alhaji Ivo Brand, the raiders came before dawn.",
        "“We lost two brave men, and the village grieves,” the Emir stated.",
    ])
    assert [who for who, _kind, _text in said] == ["Ivo Brand", "Ivo Brand"]
    assert said[0][2] == "the raiders came before dawn"


def test_a_capitalised_title_after_the_is_the_person_who_holds_it():
    said = statements([
        "Harbour Affairs Minister Ivo Brand lashed out at the opposition benches on Thursday.",
        "Brand said voters want a serious debate.",
        "The Harbour Affairs Minister said party whips should keep their members from heckling.",
    ])
    assert [who for who, _kind, _text in said] == ["Ivo Brand", "Ivo Brand"]


def test_a_place_with_a_colon_before_a_reporters_sentence_is_a_dateline_in_title_case_too():
    said = statements([
        "Posted 25 July",
        "Port Anselm: In a sharp reply to the opposition's attack on the spending plan, Harbour Affairs Minister "
        "Ivo Brand on Thursday accused his critics of playing games with the budget.",
    ])
    assert [who for who, _kind, _text in said] == ["Ivo Brand"]


def test_a_dateline_closed_by_a_horizontal_bar_names_nobody():
    said = statements(["KESTREL/VESTERBY, Norland ― Orchard Phones has hailed its new handset as “the finest phone we have built” at its launch."])
    assert all(who not in ("Kestrel", "KESTREL", "Vesterby") for who, _kind, _text in said)


def test_a_speaker_named_after_her_title_keeps_only_her_name_without_when_and_where():
    said = statements([
        "Clinics must stay on watch after the suspected cholera cases in Kestrel town, said Minister for Health "
        "and Family Welfare, Ana Brisk, at a meeting with officials in Kestrel on 11 February (Sunday).",
        "She said a help line now runs around the clock at the health office.",
    ])
    assert [who for who, _kind, _text in said] == ["Ana Brisk", "Ana Brisk"]


def test_a_name_inside_a_who_clause_is_not_the_speaker_the_name_before_it_is():
    found = statements([
        "Lind, who has spent the spring in talks with her Calder counterpart, Ivo Brand, said "
        "“the ferry rules will not be changed before the summer.”",
    ])
    assert [who for who, _kind, _text in found] == ["Lind"]


def test_specified_that_reports_speech():
    found = statements(["Harbour Minister Anna Vik specified that the ferry would stop at the new quay from May."])
    assert found == [("Anna Vik", "indirect", "the ferry would stop at the new quay from May")]


def test_expressed_fears_that_after_but_reports_what_the_speaker_said():
    found = statements([
        "Some 3,000 people were expected to leave the valley but Vale expressed fears that many would stay "
        "behind because of complacency.",
    ])
    assert found == [("Vale", "indirect", "many would stay behind because of complacency")]


def test_any_verb_in_the_past_after_a_quotation_closed_on_a_comma_credits_the_name_before_it():
    found = statements([
        "Councillor Rhea Kessler chaired the stormy meeting on the harbour levy.",
        "“Go back to your seat,” Kessler barked, and a guard walked the man out.",
        "“Sit down and listen!” the chairman roared angrily.",
    ])
    assert found == [("Rhea Kessler", "direct", "Go back to your seat"),
                     ("the chairman", "direct", "Sit down and listen!")]


def test_a_title_in_quotation_marks_before_a_verb_is_no_quotation():
    found = statements([
        "“Down by the Old Mill,” the band played, and the crowd cheered.",
        "When the band played “Lanterns on the Quay,” the crowd roared.",
    ])
    assert found == []


def test_the_story_going_on_after_said_is_not_part_of_the_quote():
    found = statements(["“It is over for this season,” Kessler said, and the hall went quiet."])
    assert found == [("Kessler", "direct", "It is over for this season")]


def test_a_verb_in_the_past_before_the_name_credits_the_name():
    found = statements([
        "“Half the board told her to stop, and she carried on,” recounted Piet Oldemar, who kept the yard's books "
        "for twenty years.",
        "“We dredged it ourselves in the end,” shrugged Nora Vell, the yard's last foreman.",
    ])
    assert found == [("Piet Oldemar", "direct", "Half the board told her to stop, and she carried on"),
                     ("Nora Vell", "direct", "We dredged it ourselves in the end")]


def test_a_quotation_after_the_cue_opens_after_the_full_stop():
    found = statements([
        "“Who signed off on a pier that floods twice a month?” Marden continued. "
        "“Which engineer, which councillor, which budget? Somebody has a name for this, and I want it.”",
    ])
    assert [speaker for speaker, _, _ in found] == ["Marden", "Marden"]
    assert found[0][2] == "Who signed off on a pier that floods twice a month?"
    assert found[1][2].startswith("Which engineer") and found[1][2].endswith("and I want it.")



def _labelled(text, marks):
    """The paragraph and its labels, each (role, first word, last word) marking a span by its words."""
    from briefing.article.attribution.tokens import read_paragraph

    par = read_paragraph(text)
    words = [t.text for t in par.tokens]
    labels = ["O"] * len(words)
    for role, first, last in marks:
        start = words.index(first)
        end = words.index(last, start) + 1
        labels[start:end] = [f"B-{role}"] + [f"I-{role}"] * (end - start - 1)
    return par, labels


def test_when_a_cue_is_said_is_not_its_source_when_a_name_stands_before_it():
    from briefing.article.attribution.content import text_of
    from briefing.article.attribution.spans import link

    par, labels = _labelled("“The harbour plan is a fraud,” Marrow said Sunday on Harbour Radio.",
                            [("CON", "The", "fraud"), ("SRC", "Marrow", "Marrow"), ("CUE", "said", "said"),
                             ("SRC", "Sunday", "Radio")])
    found = link(par, 0, labels, None)
    assert [text_of(par, att.source) for att in found if att.source is not None] == ["Marrow"]
    par, labels = _labelled("“The ferry stays,” Kessler said before adding: “The fares go up.”",
                            [("CON", "The", "stays"), ("SRC", "Kessler", "Kessler"), ("CUE", "said", "said"),
                             ("SRC", "before", "before"), ("CUE", "adding", "adding"), ("CON", "fares", "up")])
    assert [text_of(par, att.source) for att in link(par, 0, labels, None) if att.source is not None] == ["Kessler"] * 2
