"""Event rules written with helpers in session 30 (reactions told in relative clauses, orders to one's own forces,
harm inside a charge, reported strikes, restricting orders, steps agreed to pull back, acts told aside): PLOVER types on
sentences written for these tests, in wire style, about real public events."""

from __future__ import annotations

import pytest

from .test_events import countries, events_of, one


def test_a_decision_a_speaker_says_it_regretted_is_disapproved_of() -> None:
    events = events_of("The United States formally left the Paris climate agreement on Wednesday, a move that France and "
                       "Germany said they regretted.", "2020-11-04")
    assert one(events, "SANCTION").actor[0].country == "USA"
    assert countries(one(events, "ACCUSE").actor) == {"FRA", "DEU"}


@pytest.mark.parametrize(
    ("text", "published", "asker"),
    [
        ("Saudi troops entered Bahrain on Monday as part of a Gulf force that King Hamad had called in to help restore "
         "order.", "2011-03-14", "BHR"),
        ("Rwandan troops began arriving in Cabo Delgado on Friday, the first of a force that Mozambique's government had "
         "requested to help fight Islamist insurgents.", "2021-07-09", "MOZ"),
    ],
)
def test_a_force_a_named_side_had_asked_for_is_its_request(text: str, published: str, asker: str) -> None:
    assert one(events_of(text, published), "REQUEST").actor[0].country == asker


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Chile's President Sebastian Pinera ordered the army onto the streets of Santiago on Saturday after riots over a "
         "rise in metro fares.", "2019-10-19"),
        # (a quoted task the tagger takes for a name)
        ("Daniel Noboa ordered the armed forces to 'neutralise' 22 gangs he named as terrorist groups.", "2024-01-09"),
    ],
)
def test_forces_ordered_out_or_to_a_task_are_mobilised(text: str, published: str) -> None:
    assert [e.type for e in events_of(text, published)] == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "published", "leader"),
    [
        ("Ethiopia's Abiy Ahmed ordered federal troops to halt military operations in Tigray on Monday.", "2021-06-28",
         "ETH"),
        ("Yevgeny Prigozhin ordered his fighters to turn back towards their field camps on Saturday.", "2023-06-24", "RUS"),
    ],
)
def test_ones_own_forces_ordered_to_halt_or_turn_back_is_a_concession(text: str, published: str, leader: str) -> None:
    assert one(events_of(text, published), "CONCEDE").actor[0].country == leader


def test_another_sides_fighters_ordered_to_halt_is_a_demand() -> None:
    events = events_of("Colombia's president ordered the FARC rebels to halt all attacks on Friday.", "2016-01-01")
    assert [e.type for e in events] == ["REQUEST"]


def test_what_an_act_a_relative_clause_blames_on_someone_did_is_no_event_of_its_own() -> None:
    events = events_of("U.S. bombers struck dozens of sites in Iraq and Syria on Friday used by Iran-backed militias, which "
                       "the Pentagon blamed for a drone attack that killed three American soldiers in Jordan.", "2024-02-02")
    assert sorted(e.type for e in events) == ["ACCUSE", "ASSAULT"]


def test_an_inquiry_concluding_a_side_was_responsible_for_a_harm_accuses_it() -> None:
    events = events_of("A U.N. inquiry concluded on Wednesday that the Assad government was responsible for the chlorine "
                       "attacks that killed civilians in three villages.", "2014-09-24")
    assert [e.type for e in events] == ["ACCUSE"]
    assert countries(events[0].recipient) == {"SYR"}


def test_a_past_tense_the_parser_joins_to_an_asked_infinitive_is_an_act_of_its_own() -> None:
    events = events_of("Colombia's president urged Cuba on Friday to hand over the rebel negotiators and suspended the "
                       "peace talks with the ELN.", "2019-01-18")
    assert sorted(e.type for e in events) == ["REQUEST", "SANCTION"]
    assert one(events, "SANCTION").actor[0].country == "COL"



@pytest.mark.parametrize(
    ("text", "published", "speaker", "accused"),
    [
        # (a strike on what is the speaker's own, told in the plain past)
        ("Kenya's army said al Shabaab fighters stormed its base in El Adde in southern Somalia on Friday.", "2016-01-15",
         "KEN", "SOM"),
        ("The Philippines said Chinese coast guard ships rammed its supply boats near Second Thomas Shoal on Monday.",
         "2024-06-17", "PHL", "CHN"),
        # (fire from a side, in the passive)
        ("Saudi Arabia said on Saturday that its capital had been hit by a missile fired from Yemen.", "2017-11-04", "SAU",
         "YEM"),
        # (what the speaking side knows or believes another had done)
        ("Pompeo said on Monday that Washington knew Iran had carried out the drone attack on the Abqaiq oil plant.",
         "2019-09-16", "USA", "IRN"),
    ],
)
def test_a_side_saying_another_struck_it_accuses_it(text: str, published: str, speaker: str, accused: str) -> None:
    events = events_of(text, published)
    assert [e.type for e in events] == ["ACCUSE"]
    assert countries(events[0].actor) == {speaker}
    assert countries(events[0].recipient) == {accused}


def test_what_a_claimed_attack_did_is_part_of_the_claim() -> None:
    events = events_of("Kerry said that Washington knew Syrian troops had carried out a sarin attack near Damascus that "
                       "killed hundreds of people.", "2013-08-30")
    assert [e.type for e in events] == ["ACCUSE"]


def test_a_strike_told_by_no_side_struck_stays_an_attack() -> None:
    events = events_of("The army said rebels attacked a village in the north on Tuesday.", "2015-03-03")
    assert [e.type for e in events] == ["ASSAULT"]


def test_access_ordered_cut_off_is_coerced() -> None:
    events = events_of("Myanmar's junta ordered mobile operators to cut off all access on Monday night.", "2021-02-15")
    assert [e.type for e in events] == ["COERCE"]


def test_a_freeze_ordered_on_a_states_assets_is_the_freeze() -> None:
    events = events_of("Trump ordered a freeze on all Venezuelan government assets in the United States on Monday.",
                       "2019-08-05")
    assert [e.type for e in events] == ["COERCE"]
    assert countries(events[0].actor) == {"USA"}


def test_an_order_the_parser_joins_to_a_demand_is_an_act_of_its_own() -> None:
    events = events_of("Trump called on Maduro to step down on Monday and ordered a freeze on all Venezuelan government "
                       "assets in the United States.", "2019-08-05")
    assert sorted(e.type for e in events) == ["COERCE", "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Slobodan Milosevic agreed on Tuesday to take steps to pull back his security forces from Kosovo.",
        # (the parser hangs the "to" on the talks)
        "Slobodan Milosevic agreed at talks with Richard Holbrooke in Belgrade on Tuesday to take steps to pull back his "
        "security forces from Kosovo.",
    ],
)
def test_steps_agreed_to_pull_forces_back_are_a_concession(text: str) -> None:
    assert one(events_of(text, "1998-10-13"), "CONCEDE").actor[0].country == "SRB"


def test_steps_agreed_to_lift_a_ban_stay_a_promise() -> None:
    events = events_of("Russia agreed on Friday to take steps to lift its ban on Turkish farm imports.", "2017-03-10")
    assert "CONCEDE" not in [e.type for e in events]


def test_an_act_naming_no_one_told_aside_is_no_event_of_its_own() -> None:
    events = events_of("Taliban fighters pulled out of the northern city of Kunduz on Tuesday, two weeks after capturing it.",
                       "2015-10-13")
    assert [e.type for e in events] == ["RETREAT"]


def test_an_act_told_aside_whose_doer_is_named_stays() -> None:
    events = events_of("Ecuadorean police arrested the CONAIE leader on Tuesday, a day after his movement began blocking "
                       "highways over fuel prices.", "2022-06-14")
    assert sorted(e.type for e in events) == ["COERCE", "PROTEST"]


@pytest.mark.parametrize(
    ("text", "published", "easer"),
    [
        ("Canada lifted its economic sanctions on Iran on Saturday, a day after the nuclear deal took effect.",
         "2016-02-06", "CAN"),
        ("The United States eased restrictions on travel and trade with Cuba on Thursday.", "2015-01-15", "USA"),
        # (told as what the easer will do, it is a concession announced, no promise of help)
        ("Japan said on Thursday it would lift its curbs on exports of chip materials to South Korea.", "2023-03-16",
         "JPN"),
        ("Trump said on Wednesday he would lift the sanctions imposed on Turkey last week, after Ankara agreed to a "
         "permanent ceasefire in northern Syria.", "2019-10-23", "USA"),
    ],
)
def test_sanctions_or_curbs_eased_are_a_concession(text: str, published: str, easer: str) -> None:
    # the manual's CONCEDE covers easing restrictions, done or announced; CAMEO's table (085) reads it as RETREAT
    assert one(events_of(text, published), "CONCEDE").actor[0].country == easer


@pytest.mark.parametrize(
    ("text", "published", "typ"),
    [
        ("Greek and Turkish diplomats met in Ankara on Thursday for exploratory talks, with European Union envoys also "
         "taking part.", "2021-03-16", "CONSULT"),
        ("Japanese warships sailed with U.S. and Indian vessels in the Arabian Sea on Tuesday, the first time Tokyo has "
         "taken part in the drills since 2015.", "2020-11-17", "COOPERATE"),
        ("Hundreds of thousands of teachers took part in a nationwide strike across Nigeria on Monday.", "2022-03-07",
         "PROTEST"),
        ("The tribunal said on Thursday that two former militia commanders had taken part in the massacre at Srebrenica.",
         "2021-06-10", "ASSAULT"),
    ],
)
def test_taking_part_is_what_is_taken_part_in_no_promise(text: str, published: str, typ: str) -> None:
    # CAMEO's pattern reads "take part" as intent to cooperate (030); one who takes part joins an act told elsewhere
    events = events_of(text, published)
    assert one(events, typ) and "AGREE" not in [e.type for e in events], [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "published", "typ", "orderer"),
    [
        ("Egypt's government ordered the closure of the Rafah crossing on Saturday, a day after militants killed 30 "
         "soldiers in Sinai.", "2014-10-25", "COERCE", "EGY"),
        # (the tagger reads the participle as a past tense, the tariffs as its subject)
        ("Trump ordered tariffs on Turkish steel and aluminium doubled on Friday.", "2018-08-10", "COERCE", "USA"),
        ("Obama said on Wednesday he would order the lifting of sanctions on Myanmar.", "2016-09-14", "CONCEDE", "USA"),
    ],
)
def test_a_measure_ordered_by_its_noun_is_the_measure(text: str, published: str, typ: str, orderer: str) -> None:
    # an order whose object is the measure's noun, or the measure's object with its verb after it, carries it out
    # by the orderer's authority; it asks nothing of anyone (no REQUEST)
    events = events_of(text, published)
    assert one(events, typ).actor[0].country == orderer
    assert "REQUEST" not in [e.type for e in events]


@pytest.mark.parametrize(
    ("text", "published", "sides"),
    [
        ("Armenian and Azerbaijani foreign ministers held talks in Moscow on Saturday but failed to agree on the text of "
         "a peace treaty.", "2023-05-20", {"ARM", "AZE"}),
        ("Biden and Xi met outside San Francisco on Wednesday, but the two leaders failed to reach a deal on Taiwan.",
         "2023-11-15", {"USA", "CHN"}),
    ],
)
def test_talks_held_that_fail_to_settle_are_the_talks(text: str, published: str, sides: set[str]) -> None:
    # failing to settle, told after the talks that failed, is their outcome, no refusal of its own ("negotiators failed
    # to reach a deal after hours of talks", told alone, stays one)
    events = events_of(text, published)
    assert [e.type for e in events] == ["CONSULT"], [(e.type, e.trigger.text) for e in events]
    assert countries(events[0].actor) == sides


@pytest.mark.parametrize(
    ("text", "published", "first", "accuser"),
    [
        ("Britain expelled 23 Russian diplomats on Wednesday after Prime Minister Theresa May alleged that the Russian "
         "state was behind the nerve agent attack on Sergei Skripal in Salisbury.", "2018-03-14", "SANCTION", "GBR"),
        ("Erdogan said on Sunday he had ordered air strikes on the PKK in northern Iraq, which he accused of planning the "
         "Istanbul bombing.", "2022-11-20", "ASSAULT", "TUR"),
        ("Modi said on Thursday he had ordered strikes on camps in Pakistan-held Kashmir, which he accused of sheltering "
         "the Uri attackers.", "2016-09-29", "ASSAULT", "IND"),
        # (the accusers named by what they are, the charge laid "on" someone)
        ("Colombia suspended peace talks with the ELN on Friday after a car bomb that police blamed on the rebels tore "
         "through a Bogota police academy.", "2019-01-18", "SANCTION", "COL"),
    ],
)
def test_a_charge_told_in_a_background_or_relative_clause_is_an_accusation(
        text: str, published: str, first: str, accuser: str) -> None:
    events = events_of(text, published)
    assert one(events, first).actor[0].country == accuser
    assert one(events, "ACCUSE").actor[0].country == accuser, [(e.type, e.trigger.text) for e in events]


def test_what_is_alleged_is_the_charge_no_act_of_its_own() -> None:
    events = events_of("Russia's Federal Security Service alleged on Wednesday that Ukrainian agents had bombed the "
                       "Crimean Bridge.", "2022-10-12")
    assert [e.type for e in events] == ["ACCUSE"], [(e.type, e.trigger.text) for e in events]
    assert events[0].actor[0].country == "RUS"


def test_grounds_for_suspicion_a_speaker_says_there_are_accuse() -> None:
    events = events_of("Bulgaria expelled two Russian diplomats on Wednesday, and Bulgarian prosecutors said there was "
                       "strong evidence that Russian agents had been involved in a series of blasts at arms depots.",
                       "2021-04-28")
    assert one(events, "SANCTION").actor[0].country == "BGR"
    assert one(events, "ACCUSE").actor[0].country == "BGR"
    # (and no grounds clears)
    assert not events_of("Pompeo said on Sunday there was no evidence that the drone attack on the Saudi oil plants had "
                         "come from Yemen.", "2019-09-15")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("North Korea launched a long-range rocket on Sunday, its state media said, defying pressure from Washington and "
         "Beijing to scrap the launch.", "2016-02-07"),
        # (after a participle telling what the act did)
        ("Kosovo's assembly adopted laws on Friday creating a national army, defying NATO pressure to delay the move.",
         "2018-12-14"),
    ],
)
def test_defying_pressure_in_a_participle_is_how_the_act_was_done(text: str, published: str) -> None:
    events = events_of(text, published)
    assert "REJECT" not in [e.type for e in events], [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "published", "typ"),
    [
        ("Ingrid Betancourt, the French-Colombian politician held hostage by the FARC for six years, was rescued by "
         "Colombian soldiers on Wednesday.", "2008-07-02", "AID"),
        ("Two Italian aid workers held hostage by the Islamic State for five months were freed in Syria on Thursday.",
         "2015-01-15", "RETREAT"),
    ],
)
def test_a_captivity_told_with_its_end_is_who_was_freed(text: str, published: str, typ: str) -> None:
    # the captives' holding names them; the news is their freeing, no hostage-taking beside it
    assert [e.type for e in events_of(text, published)] == [typ]


@pytest.mark.parametrize(
    ("text", "published", "typ", "recipient"),
    [
        # a party or members put out of a body are expelled from it, not deported
        ("The Socialist International expelled Egypt's ruling National Democratic Party on Monday as protests against "
         "Hosni Mubarak swelled.", "2011-02-01", "SANCTION", "EGY"),
        ("The African National Congress expelled three members of its youth league on Thursday.", "2013-01-10", "SANCTION",
         None),
        # a territory, or sovereignty over one, handed or transferred to another state is given up
        ("Britain handed Hong Kong to China at midnight, ending 156 years of colonial rule.", "1997-07-01", "RETREAT", None),
        ("Portugal transferred sovereignty over Macau to China on Monday.", "1999-12-20", "RETREAT", None),
        # property a state takes from its owners, told by the verb or by an announced noun, is seized
        ("Argentina moved on Monday to expropriate a majority stake in the oil company YPF.", "2012-04-17", "COERCE", None),
        ("Gamal Abdel Nasser announced the nationalisation of the Suez Canal Company on Thursday.", "1956-07-27", "COERCE",
         None),
        # what is declared null or void is annulled
        ("Argentina declared the 1977 arbitration award on the Beagle Channel null and void on Wednesday.", "1978-01-26",
         "REJECT", None),
        # a seaway two states opened is their joint project's work
        ("The United States and Canada opened the St. Lawrence Seaway to ocean shipping on Saturday.", "1959-04-26",
         "COOPERATE", None),
    ],
)
def test_what_a_body_or_a_state_gives_up_or_puts_out(text: str, published: str, typ: str, recipient: str | None) -> None:
    event = one(events_of(text, published), typ)
    assert recipient is None or countries(event.recipient) == {recipient}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Poland's communist leaders agreed on Wednesday to legalise Solidarity, bowing to months of strikes.", "1989-01-19"),
        ("F.W. de Klerk's government accepted the principle of one person, one vote on Friday, bowing to pressure from "
         "the ANC and Western governments.", "1992-02-21"),
    ],
)
def test_what_is_accepted_bowing_to_pressure_is_given_way_on(text: str, published: str) -> None:
    assert [e.type for e in events_of(text, published)] == ["CONCEDE"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a fast is a hunger strike (not a religious one)
        ("Mahatma Gandhi began a fast in Calcutta on Monday to stop the rioting between Hindus and Muslims.", "1947-09-01"),
        # an act of no kind of its own done in a boycott or a stoppage is the protest
        ("Thousands of black commuters walked to work on Monday in a boycott of the city's segregated buses.",
         "1955-12-06"),
        ("Thousands of black workers stayed at home on Monday in a three-day stoppage called by Nelson Mandela.",
         "1961-05-29"),
    ],
)
def test_fasts_and_acts_done_in_a_boycott_protest(text: str, published: str) -> None:
    assert [e.type for e in events_of(text, published)] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "published", "giver"),
    [
        # one extradited in the passive, despite protests, is still extradited
        ("Manuel Noriega, the former Panamanian strongman, was extradited to France by the United States on Monday, "
         "despite protests from his lawyers that he was a prisoner of war.", "2010-04-27", "USA"),
        # (an "over" the parser hangs apart from the verb after an apposition)
        ("Nigeria handed Charles Taylor, the former Liberian president, over to Liberia on Wednesday.", "2006-03-30",
         "NGA"),
    ],
)
def test_fugitives_extradited_or_handed_over_to_a_state(text: str, published: str, giver: str) -> None:
    events = events_of(text, published)
    assert [e.type for e in events] == ["COOPERATE"]
    assert countries(events[0].actor) == {giver}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a treaty or a resolution killed is rejected, no one is killed
        ("The U.S. Senate killed the Treaty of Versailles on Friday, falling seven votes short of the two-thirds needed "
         "to ratify it.", "1920-03-20"),
        ("Russia and China killed a Security Council resolution on Syria on Saturday, vetoing it for the second time in "
         "four months.", "2012-02-05"),
    ],
)
def test_a_treaty_or_a_resolution_killed_is_rejected(text: str, published: str) -> None:
    assert [e.type for e in events_of(text, published)] == ["REJECT"]


def test_notice_that_one_is_under_investigation_investigates() -> None:
    event = one(events_of("Milan prosecutors informed Silvio Berlusconi on Tuesday that he was under investigation for "
                          "bribery.", "1994-11-22"), "ACCUSE")
    assert countries(event.actor) == {"ITA"} and countries(event.recipient) == {"ITA"}


def test_foreigners_ordered_to_leave_are_deported() -> None:
    event = one(events_of("Ghana ordered all aliens without residence permits to leave the country within two weeks.",
                          "1969-11-19"), "COERCE")
    assert countries(event.actor) == {"GHA"}


@pytest.mark.parametrize(
    ("text", "published", "typ"),
    [
        # a state walking out of a body leaves it
        ("Indonesia walked out of the United Nations on Wednesday in protest at Malaysia's seat on the Security Council.",
         "1965-01-21", "SANCTION"),
        # delegates walking out of its session protest
        ("Dozens of delegates walked out of the U.N. General Assembly on Wednesday as Mahmoud Ahmadinejad spoke.",
         "2009-09-24", "PROTEST"),
    ],
)
def test_a_state_walking_out_of_a_body_leaves_it(text: str, published: str, typ: str) -> None:
    assert [e.type for e in events_of(text, published)] == [typ]


def test_the_right_to_retaliate_reserved_threatens() -> None:
    # (what the right is kept to do is not done)
    events = events_of("Ehud Olmert told reporters on Monday that Israel had shown great restraint so far and that it "
                       "reserved the right to strike Gaza at any time.", "2008-02-26")
    assert [e.type for e in events] == ["THREATEN"]
    assert countries(events[0].actor) == {"ISR"}


def test_a_return_to_multiparty_politics_said_to_come_gives_way() -> None:
    events = events_of("Kenneth Kaunda said on Monday that Zambia would return to multi-party politics next year, dropping "
                       "plans for a referendum.", "1990-09-25")
    assert countries(one(events, "CONCEDE").actor) == {"ZMB"}


@pytest.mark.parametrize(
    ("text", "published", "trigger", "doer"),
    [
        ("Ethiopia's parliament voted on Tuesday to end early the state of emergency that Prime Minister Abiy Ahmed's "
         "cabinet had declared in November as Tigrayan forces advanced on Addis Ababa.", "2022-02-15", "declared", "ETH"),
        ("The United States lifted on Friday the trade embargo that President Bill Clinton had imposed on Sudan in 1997.",
         "2017-10-06", "imposed", "USA"),
    ],
)
def test_what_a_named_side_had_done_to_the_noun_of_a_relative_clause_is_its_act(
        text: str, published: str, trigger: str, doer: str) -> None:
    done = [e for e in events_of(text, published) if e.trigger.text == trigger]
    assert done and countries(done[0].actor) == {doer}


def test_a_second_clause_of_the_same_kind_with_a_subject_of_its_own_is_a_second_event() -> None:
    # (its subject names no country, so only the clause's own subject tells it apart from the arrest)
    events = events_of("FBI agents arrested Roger Stone at his Florida home on Friday, and other agents searched his "
                       "apartment in New York.", "2019-01-25")
    assert [e.trigger.text for e in events if e.type == "COERCE"] == ["arrested", "searched"]


@pytest.mark.parametrize(
    ("text", "published", "types"),
    [
        # (a participle the parser took for the main verb's subject clause)
        ("Civil rights demonstrators marching from Selma to Montgomery were beaten by Alabama state troopers on Sunday.",
         "1965-03-08", ["ASSAULT"]),
        # (and one it joined to the far main verb with no "and")
        ("Germany and Poland struck a deal on Monday to end their dispute over Polish labourers forced to work in Nazi "
         "factories during the war, with Berlin paying into a fund.", "1991-10-16", ["AGREE"]),
    ],
)
def test_a_participle_right_after_its_noun_describes_it(text: str, published: str, types: list[str]) -> None:
    assert [e.type for e in events_of(text, published)] == types


def test_how_a_ruling_says_a_wrong_was_done_is_its_charge() -> None:
    events = events_of("A World Trade Organization panel ruled on Tuesday that the United States broke global trade rules "
                       "by imposing tariffs on Chinese goods.", "2020-09-15")
    assert [e.type for e in events] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # (a second participle the parser joined to the first one's object)
        ("Islamist gunmen killed 59 boys at a federal college in Yobe state on Tuesday, setting fire to a hostel and "
         "shooting students who tried to escape, police said.", "2014-02-26"),
        # (one hung on the attack's purpose)
        ("Nigerian troops attacked Boko Haram camps in the Sambisa forest on Tuesday in a push to free the kidnapped "
         "schoolgirls, battling militants for control of the roads.", "2015-04-29"),
    ],
)
def test_a_participle_of_the_attacks_kind_is_the_attack_wherever_the_parser_hangs_it(text: str, published: str) -> None:
    assert [e.type for e in events_of(text, published)] == ["ASSAULT"]
