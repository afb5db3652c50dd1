"""The presence ledger: statements read from clauses, folded into timelines, independent of order."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

import sitrep
from sitrep import presence
from sitrep.ingest import content_hash
from sitrep.model import Article, EventDate, Item, Place, Presence, Published, Segment, Sentence

PLACES = {
    "Niger": ("NER", "country", None),
    "Chad": ("TCD", "country", None),
    "Mali": ("MLI", "country", None),
    "Niamey": ("NER", "city", (13.51, 2.11)),
    "Agadez": ("NER", "city", (16.97, 7.99)),
    "Kismayo": ("SOM", "city", (-0.36, 42.55)),
    "Baidoa": ("SOM", "city", (3.11, 43.65)),
    "Air Base 101": ("NER", "facility", (13.48, 2.18)),
    "Air Base 201": ("NER", "facility", (16.96, 8.02)),
    "N'Djamena": ("TCD", "city", (12.11, 15.04)),
    "Mozambique": ("MOZ", "country", None),
    "Azerbaijan": ("AZE", "country", None),
    "Iraq": ("IRQ", "country", None),
    "Senegal": ("SEN", "country", None),
    "Cabo Delgado": ("MOZ", "admin1", None),
    "Baghdad": ("IRQ", "city", (33.31, 44.36)),
    "Somalia": ("SOM", "country", None),
    "Kuwait": ("KWT", "country", None),
    "Dominican Republic": ("DOM", "country", None),
    "Bahrain": ("BHR", "country", None),
    "Philippines": ("PHL", "country", None),
    "Egypt": ("EGY", "country", None),
    "Estonia": ("EST", "country", None),
    "Latvia": ("LVA", "country", None),
    "Subic Bay": ("PHL", "facility", (14.79, 120.28)),
    "Mogadishu": ("SOM", "city", (2.04, 45.34)),
    "Camp Geille": ("SEN", "facility", (14.72, -17.49)),
    "Congo": ("COD", "country", None),
    "South Kivu": ("COD", "admin1", None),
    "Haiti": ("HTI", "country", None),
    "Central African Republic": ("CAF", "country", None),
    "Djibouti": ("DJI", "city", (11.59, 43.15)),  # the capital is named like the country
    "Libya": ("LBY", "country", None),
    "Tripoli": ("LBY", "city", (32.89, 13.19)),
    "Gabon": ("GAB", "country", None),
    "Camp de Gaulle": (None, None, None),  # a base the gazetteer does not know
    "Syria": ("SYR", "country", None),
    "Burkina Faso": ("BFA", "country", None),
    "Kidal": ("MLI", "city", (18.44, 1.41)),
    "Bosnia": ("BIH", "country", None),
    "Afghanistan": ("AFG", "country", None),
    "Lebanon": ("LBN", "country", None),
    "Cambodia": ("KHM", "country", None),
    "Washington": ("USA", "city", (38.9, -77.04)),
    "Victoria": ("SYC", "city", (-4.62, 55.45)),  # a name the gazetteer may read as a town far away
    "Gulf": ("PNG", "admin1", None),  # a common name the gazetteer may read as a province far away
}
DATES = {
    "last year": ("2023", "year", "2023-01-01", "2023-12-31"),
    "Last year": ("2023", "year", "2023-01-01", "2023-12-31"),
    "in April": ("2024-04", "month", "2024-04-01", "2024-04-30"),
    "on Friday": ("2024-05-03", "day", "2024-05-03", "2024-05-03"),
    "in December": ("2023-12", "month", "2023-12-01", "2023-12-31"),
    "In December": ("2023-12", "month", "2023-12-01", "2023-12-31"),
    "since about 2013": ("2013", "year", "2013-01-01", "2013-12-31"),
    "in October": ("2023-10", "month", "2023-10-01", "2023-10-31"),
    "on September 24": ("2023-09-24", "day", "2023-09-24", "2023-09-24"),
    "earlier this year": ("2024", "year", "2024-01-01", "2024-12-31"),
    "in January": ("2025-01", "month", "2025-01-01", "2025-01-31"),
    "on Tuesday": ("2024-12-31", "day", "2024-12-31", "2024-12-31"),
    "mid-December": ("2023-12", "month", "2023-12-11", "2023-12-20"),
    "in 2014": ("2014", "year", "2014-01-01", "2014-12-31"),
    "since 2017": ("2017", "year", "2017-01-01", "2017-12-31"),
    "Since 2017": ("2017", "year", "2017-01-01", "2017-12-31"),
    "since 1975": ("1975", "year", "1975-01-01", "1975-12-31"),
    "in 2022": ("2022", "year", "2022-01-01", "2022-12-31"),
    "in 2023": ("2023", "year", "2023-01-01", "2023-12-31"),
    "in June": ("2023-06", "month", "2023-06-01", "2023-06-30"),
    "since December": ("2023-12", "month", "2023-12-01", "2023-12-31"),
    "in 1960": ("1960", "year", "1960-01-01", "1960-12-31"),
    "in 2017": ("2017", "year", "2017-01-01", "2017-12-31"),
    "the end of 2024": ("2024", "year", "2024-10-01", "2024-12-31"),
    "ten years after": ("2034", "year", "2034-01-01", "2034-12-31"),
    "in March 2023": ("2023-03", "month", "2023-03-01", "2023-03-31"),
    "five months after": ("2023-08", "month", "2023-08-01", "2023-08-31"),  # as the timex counts it, from March 2023
    "2026": ("2026", "year", "2026-01-01", "2026-12-31"),
}


def _stays(text: str, published: str) -> set[tuple[str, str, str]]:
    """(force country, host, status) of each presence statement in ``text``, published on ``published``."""
    return {(p.force.country, p.host, p.status) for p in presence.statements(sitrep.extract(text, published))}


def _sites(text: str, published: str) -> set[tuple[str, str, str]]:
    """(force country, host, site name) of each presence statement in ``text``, published on ``published``."""
    return {(p.force.country, p.host, p.site.name) for p in presence.statements(sitrep.extract(text, published))}


def item(text: str, published: str = "2024-05-03", ident: str = "a1", agency: str = "Reuters") -> Item:
    """An article as the upstream stages would leave it: sentences, places and dates found by name."""
    sentences = []
    for n, m in enumerate(re.finditer(r".+?(?<![A-Z])\.(?=\s|$)", text)):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        sentences.append(Sentence(n, start, m.end(), "body"))
    places = [
        Place(name, m.start(), m.end(), name, c, None, *(ll or (None, None)), precision=p)  # type: ignore[arg-type]
        for name, (c, p, ll) in PLACES.items()
        for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    ]
    dates = [
        EventDate(t, m.start(), m.end(), v, p, s, e, "text")  # type: ignore[arg-type]
        for t, (v, p, s, e) in DATES.items()
        for m in re.finditer(re.escape(t), text)
    ]
    article = Article(ident, text, content_hash(text), "<test>", original_source=agency,
                      published=Published(published, "day", "input"), segments=(Segment("body", 0, len(text)),))
    return Item(article=article, sentences=tuple(sentences), places=tuple(places), dates=tuple(dates))


def rows(found: list[Presence]) -> set[tuple[str, str, str | None, str, int | None]]:
    return {(p.force.country, p.host, p.site.name, p.status, p.strength) for p in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year there were around a thousand American soldiers in Niger.", ("USA", "NER", None, "present", 1000)),
        ("France keeps about 1,500 soldiers in Niger.", ("FRA", "NER", None, "present", 1500)),
        ("Russia has sent equipment and 100 military training instructors to Niger in April.",
         ("RUS", "NER", None, "arriving", 100)),
        ("The last French soldiers stationed in Niger left the country in December.", ("FRA", "NER", None, "withdrawn", None)),
        ("The United States agreed on Friday to withdraw its roughly 1,000 troops from Niger.",
         ("USA", "NER", None, "withdrawal_announced", 1000)),
        ("The United States has already begun pulling American troops out of a French military base in Chad.",
         ("USA", "TCD", None, "withdrawing", None)),
        ("U.S. forces have completed their withdrawal from Air Base 101 in Niger.",
         ("USA", "NER", "Air Base 101", "withdrawn", None)),
        ("The United States has not withdrawn any of its troops from Chad.", ("USA", "TCD", None, "present", None)),
        ("The Security Council decided to end the peacekeeping mission in Mali, MINUSMA, after the military government asked.",
         ("UNO", "MLI", None, "withdrawal_announced", None)),
        ("The United States will pull part of its contingent, about 75 soldiers, out of Chad for the time being.",
         ("USA", "TCD", None, "withdrawal_announced", 75)),
        # an unnamed base in a city where we know of one military base is that base
        ("Many of the troops left by road for Chad, where France keeps a military base in the capital, N'Djamena.",
         ("FRA", "TCD", "Kossei base", "present", None)),
        # any country's demonym names a force, not only the curated ones
        ("About 1,000 Rwandan soldiers are stationed in Mozambique.", ("RWA", "MOZ", None, "present", 1000)),
        # a nation's peacekeepers are the nation's, not a UN mission
        ("Russian peacekeepers have started to pull out of Azerbaijan.", ("RUS", "AZE", None, "withdrawing", None)),
        ("French troops have been leaving Chad since December.", ("FRA", "TCD", None, "withdrawing", None)),
        ("The French pullout from Chad began on Friday.", ("FRA", "TCD", None, "withdrawing", None)),
        ("France has already pulled its forces out of Mali.", ("FRA", "MLI", None, "withdrawn", None)),
        ("The military mission of the U.S.-led coalition in Iraq will end by September 2025, officials said on Friday.",
         ("USA", "IRQ", None, "withdrawal_announced", None)),
        ("Rwandan troops recaptured the port town in Mozambique on Friday.", ("RWA", "MOZ", None, "present", None)),
        # a UN mission by its acronym
        ("MONUSCO, the UN mission, remains deployed in Congo.", ("UNO", "COD", None, "present", None)),
        ("The United States will consolidate its forces in Syria and reduce their number to fewer than 1,000.",
         ("USA", "SYR", None, "withdrawal_announced", None)),
        ("About 400 Kenyan police officers arrived in Haiti on Friday.", ("KEN", "HTI", None, "arriving", 400)),
        # bringing the troops home, under way, is a withdrawal under way, and a clause with no subject of its own after
        # "and" is the force's just named
        ("Germany is bringing its troops home from Mali.", ("DEU", "MLI", None, "withdrawing", None)),
        ("Canada ended its combat mission in Afghanistan in July and is bringing most of its remaining soldiers home.",
         ("CAN", "AFG", None, "withdrawing", None)),
        # moving in with no place said moves into the country the story is about
        ("Haiti's capital was calm on Friday. About 400 Kenyan police officers moved in under a U.N.-backed mission.",
         ("KEN", "HTI", None, "arriving", 400)),
        # handing over some of its bases is a withdrawal under way
        ("France handed over two of its military sites in Senegal on Friday.", ("FRA", "SEN", None, "withdrawing", None)),
        # leaving a province is leaving a site, not the country
        ("MONUSCO has completed its withdrawal from the eastern province of South Kivu in Congo.",
         ("UNO", "COD", "South Kivu", "withdrawn", None)),
        # past missions by their acronyms: a UN one's and a regional one's
        ("The first ONUMOZ peacekeepers arrived in Mozambique to monitor the ceasefire.", ("UNO", "MOZ", None, "arriving", None)),
        ("MISCA troops remained in Central African Republic after the vote, a Chadian officer said.",
         ("IGO", "CAF", None, "present", None)),
    ],
)
def test_statements(text: str, expected: tuple[str, str, str | None, str, int | None]) -> None:
    assert expected in rows(presence.statements(item(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several countries as one subject share the verb and the troops
        ("Japan and Italy also keep troops in Djibouti.", {("JPN", "DJI", None, "present", None), ("ITA", "DJI", None, "present", None)}),
        ("Rwanda and Russia have sent hundreds of soldiers to the Central African Republic.",
         {("RWA", "CAF", None, "arriving", 300), ("RUS", "CAF", None, "arriving", 300)}),
        # a relative clause speaks of the country it follows
        ("France, which keeps about 1,000 troops in Chad, has provided air support to the Chadian army.",
         {("FRA", "TCD", None, "present", 1000)}),
        # a country ending the clause before holds what its relative clause gives it; not a place the sentence names
        ("The decision angered Rwanda, which keeps about 1,000 soldiers in Mozambique.", {("RWA", "MOZ", None, "present", 1000)}),
        ("Turkey sent troops to Libya, which has hosted Russian mercenaries since 2019.", {("TUR", "LBY", None, "arriving", None)}),
        # a war a base served is not where its force is, and a span of years is no strength
        ("French troops left their air base in Niamey on Friday, closing a hub that for 12 years moved soldiers in and out of "
         "the war in Mali.", {("FRA", "NER", "Air Base 101", "withdrawn", None)}),
        # a force named before the place its relative clause follows holds what that clause gives it
        ("The U.N. peacekeeping force in eastern Congo, which has about 12,000 troops, guards camps for displaced people.",
         {("UNO", "COD", None, "present", 12000)}),
        # a country after a preposition is no subject ("sent from Mali began arriving"), unless it owns the force noun
        ("U.S. soldiers sent from Mali began arriving in Niger on Friday.", {("USA", "NER", None, "arriving", None)}),
        ("Troops from Chad have arrived in Mali.", {("TCD", "MLI", None, "arriving", None)}),
        ("About 2,000 troops of the Multinational Joint Task Force began arriving in Mali.", {("IGO", "MLI", None, "arriving", 2000)}),
        # someone of the force named by it is not the force: "the force's commander left"
        ("French troops arrived in Mali on Friday. The force's commander left Niamey last month.",
         {("FRA", "MLI", None, "arriving", None)}),
        # guards and paratroopers are forces
        ("About 200 Russian border guards are stationed in Niger.", {("RUS", "NER", None, "present", 200)}),
        ("Some 500 Turkish paratroopers have arrived in Libya.", {("TUR", "LBY", None, "arriving", 500)}),
        # a tour of duty ended, a site handed over with its object between, leave the site
        ("Russian border guards ended two decades of duty at Niger's Tillia air base on Friday, handing the checkpoint over "
         "to Nigerien officers.", {("RUS", "NER", "Tillia air base", "withdrawn", None)}),
        ("French soldiers ended their deployment in Mali.", {("FRA", "MLI", None, "withdrawn", None)}),
        ("The army handed the town over to French troops in Mali.", set()),
        # an alliance by its full name, as by its acronym
        ("The Collective Security Treaty Organization has about 2,000 troops in Niger.", {("IGO", "NER", None, "present", 2000)}),
        # a force and the part of it named in apposition share the verb
        ("About 2,000 troops of the Multinational Joint Task Force (MNJTF), most of them Chadian soldiers, began arriving in Niger "
         "on Friday.", {("IGO", "NER", None, "arriving", 2000), ("TCD", "NER", None, "arriving", 2000)}),
        # a country acting in a clause that dates or explains is no host ("after Mali closed its border")
        ("Italian soldiers arrived in Niger in April. Officials said nothing. The Italian contingent remains at the airport, after "
         "Mali closed its border.", {("ITA", "NER", None, "arriving", None), ("ITA", "NER", None, "present", None)}),
        # a country reinforcing another sends forces there
        ("Chad is also reinforcing Niger, officials said on Friday.", {("TCD", "NER", None, "arriving", None)}),
        # a drawdown completed is a withdrawal completed
        ("The Pentagon said it had completed the drawdown of U.S. forces in Niger.", {("USA", "NER", None, "withdrawn", None)}),
        # serving with a mission is being there
        ("About 500 Irish soldiers are serving with the UN mission in Lebanon.", {("IRL", "LBN", None, "present", 500),
                                                                            ("UNO", "LBN", None, "present", None)}),
        # going home, evacuated or beginning to return home are withdrawals; the first of them to go, one under way
        ("Belgian paratroopers were evacuated from Niger on Friday.", {("BEL", "NER", None, "withdrawn", None)}),
        ("Burundian troops deployed in eastern Congo began returning home in April.", {("BDI", "COD", None, "withdrawing", None)}),
        ("The first Russian paratroopers flew home from Mali on Friday.", {("RUS", "MLI", None, "withdrawing", None)}),
        ("The last Russian paratroopers flew home from Mali on Friday.", {("RUS", "MLI", None, "withdrawn", None)}),
        # a force flown in arrives
        ("The first contingent of 400 Kenyan police officers flew into Haiti on Friday.", {("KEN", "HTI", None, "arriving", 400)}),
        # a withdrawal denied, even one only planned, leaves the force there
        ("Turkey has no plans to withdraw its troops from Libya, officials said.", {("TUR", "LBY", None, "present", None)}),
        # a force fighting there is there
        ("Rwandan troops are fighting insurgents in Mozambique.", {("RWA", "MOZ", None, "present", None)}),
        # an appositive after the country does not part it from its verb and troops
        ("The deployment comes as France, Chad's former colonial ruler, prepares to withdraw its roughly 1,000 soldiers from the "
         "country.", {("FRA", "TCD", None, "withdrawal_announced", 1000)}),
        ("France, the former colonial power, has about 1,000 troops in Chad.", {("FRA", "TCD", None, "present", 1000)}),
        # the last troops due to leave have not left
        ("The last French troops are due to leave Niger.", {("FRA", "NER", None, "withdrawal_announced", None)}),
        # a force in a modifier of the subject is not the subject ("serving with NATO's training mission")
        ("The last Danish soldiers serving with NATO's training mission in Iraq returned home on Friday.",
         {("DNK", "IRQ", None, "withdrawn", None)}),
        # leaving some base, not named, is a withdrawal under way from the country
        ("U.S. forces have withdrawn from a base in northern Syria.", {("USA", "SYR", None, "withdrawing", None)}),
        # a cut told by a participle after the plan
        ("The Pentagon said on Friday it would consolidate its forces in Syria, reducing their number to fewer than 1,000.",
         {("USA", "SYR", None, "withdrawal_announced", None)}),
        # a headline's present tense and its "to"
        ("Germany pulls troops out of Niger.", {("DEU", "NER", None, "withdrawing", None)}),
        ("Turkey sends more troops to Libya.", {("TUR", "LBY", None, "arriving", None)}),
        ("Italy to keep troops in Niger.", {("ITA", "NER", None, "present", None)}),
        ("Britain to withdraw troops from Mali early.", {("GBR", "MLI", None, "withdrawal_announced", None)}),
        ("French troops hand over base in Chad.", {("FRA", "TCD", None, "withdrawn", None)}),
        ("French troops will withdraw from Chad and hand over their base to the army.", {("FRA", "TCD", None, "withdrawal_announced", None)}),
        # a force word that ends in a force noun is a force by itself ("UN peacekeepers"), not a bare "its peacekeepers"
        ("UN peacekeepers left Mali on Friday.", {("UNO", "MLI", None, "withdrawn", None)}),
        ("Rwanda said its peacekeepers remain in Mali.", {("RWA", "MLI", None, "present", None)}),
        # a base turned over as one handed over; a force being reduced is a cut under way
        ("The French soldiers turned over Camp de Gaulle in Gabon to the army on Friday.",
         {("FRA", "GAB", "Camp de Gaulle", "withdrawn", None)}),
        ("The Rwandan contingents in Mozambique are being reduced.", {("RWA", "MOZ", None, "withdrawing", None)}),
        # a town someone else took in a clause of time is not where the force is
        ("French troops remained in Mali after the rebels seized Kidal in January.", {("FRA", "MLI", None, "present", None)}),
        # a number's comma does not part a country from its troops
        ("Washington's 2,500 troops in Iraq will leave in January.", {("USA", "IRQ", None, "withdrawal_announced", 2500)}),
        # withdrawn in the passive
        ("Russian military police were withdrawn from the town of Kidal in Mali last year.", {("RUS", "MLI", "Kidal", "withdrawn", None)}),
        # being in a named country (not "in talks with")
        ("Around 30 Hungarian soldiers are now in Chad, with more to follow.", {("HUN", "TCD", None, "present", 30)}),
        ("French officials are in talks with Mali.", set()),
        # a capital after "with" is a partner, not a site
        ("Rwandan soldiers, deployed under an agreement with Niamey since 2017, remain in Niger.", {("RWA", "NER", None, "present", None)}),
        # to come home is to leave
        ("Swedish troops serving in Mali will come home next year, the government said.",
         {("SWE", "MLI", None, "withdrawal_announced", None)}),
        # troops offered or pledged are not there
        ("Kenya has offered to send 1,000 police officers to Haiti.", set()),
        ("Rwanda has pledged to deploy more troops in Mozambique.", set()),
        # an arrival planned or due is no arrival
        ("Kenyan police were due to arrive in Haiti in January.", set()),
        # "its soldiers" after the country's verb are the country's; a denied departure is a presence
        ("Turkey signaled that its soldiers in Libya would not be going anywhere.", {("TUR", "LBY", None, "present", None)}),
        # the seat of a government is not a site; a capital named like its country is the country
        ("Turkey sent troops to Libya under a security agreement with the government in Tripoli.",
         {("TUR", "LBY", None, "arriving", None)}),
        ("About 1,500 French troops are stationed in Djibouti.", {("FRA", "DJI", None, "present", 1500)}),
        # a cut in the passive is announced
        ("The number of French soldiers in Gabon will be cut from about 350 to around 200.",
         {("FRA", "GAB", None, "withdrawal_announced", None)}),
        # a departure that a sentence refers back to did happen
        ("The overhaul follows the expulsion of French troops from Mali.", {("FRA", "MLI", None, "withdrawn", None)}),
        # a presence told as history, beside the change that ends it
        ("France handed over its last military base in Senegal on Friday, ending a troop presence that dated back to "
         "independence in 1960.", {("FRA", "SEN", None, "withdrawn", None), ("FRA", "SEN", None, "present", None)}),
        # a country's bases
        ("The pullout leaves France with permanent bases in Djibouti and Gabon.",
         {("FRA", "DJI", None, "present", None), ("FRA", "GAB", None, "present", None)}),
        ("A bomb exploded near a bus stop crowded with Israeli soldiers in Syria.", set()),
        # "its troops" a few words after the country's verb are its own
        ("Germany announced in July that it would pull its troops out of Niger by the end of August.",
         {("DEU", "NER", None, "withdrawal_announced", None)}),
        # a threat is not an announcement; a people named with another country's demonym is not that country's force
        ("Nigeria announced that it will withdraw its peacekeeping force from Chad unless a ceasefire is agreed.", set()),
        ("Bosnian Serbs said on Tuesday their forces had completed their withdrawal from a town in Bosnia.", set()),
        # idioms of round4's stories: 'would be out of', 'its … troops will withdraw', a standing patrol
        ("Biden announced in April that all U.S. forces would be out of Afghanistan by Sept. 11.",
         {("USA", "AFG", None, "withdrawal_announced", None)}),
        ("The Security Council renewed UNIFIL in southern Lebanon a final time, after which its roughly 10,000 troops will "
         "withdraw.", {("UNO", "LBN", None, "withdrawal_announced", 10000)}),
        ("Russian peacekeepers have been patrolling the conflict zone in Azerbaijan since 1992.", {("RUS", "AZE", None, "present", None)}),
        # "last" dating the saying is not the last troops leaving
        ("France said last year that it would pull its soldiers out of Chad.", {("FRA", "TCD", None, "withdrawal_announced", None)}),
        # a compass word before the country still places the force there ("in eastern Congo"), not where it was last
        ("Rwandan troops arrived in Mozambique on Friday. Rwandan soldiers are also deployed in eastern Congo, alongside the "
         "Congolese army.", {("RWA", "MOZ", None, "arriving", None), ("RWA", "COD", None, "present", None)}),
        # a force sent to a place is arriving (not "deployed in Mali to fight", a purpose); sent years ago, there since
        ("Kenya has deployed about 400 police officers to Haiti, officials said on Friday.", {("KEN", "HTI", None, "arriving", 400)}),
        ("France deployed 3,000 soldiers in Mali to fight the jihadists.", {("FRA", "MLI", None, "present", 3000)}),
        # (what is sent must be a force: an envoy sent to Niamey moves no troops)
        ("Mali's junta dispatched an envoy to Niamey as French troops remained in Mali.", {("FRA", "MLI", None, "present", None)}),
        ("France first deployed troops to Mali in 2014.", {("FRA", "MLI", None, "arriving", None), ("FRA", "MLI", None, "present", None)}),
        # where others were recruited is not where the force is
        ("Russian mercenaries remain deployed in Libya, together with fighters recruited in Syria.",
         {("RUS", "LBY", None, "present", None)}),
    ],
)
def test_statements_exactly(text: str, expected: set[tuple[str, str, str | None, str, int | None]]) -> None:
    assert rows(presence.statements(item(text))) == expected


def test_a_deadline_to_be_gone_is_an_announcement_dated_when_it_was_set() -> None:
    found = presence.statements(item("Niger told Paris in April that it no longer wanted the French soldiers at Air Base 101 and "
                                     "asked that they be gone by the end of the year."))
    assert [(p.force.country, p.host, p.site.name, p.status, p.as_of.value if p.as_of else None) for p in found] == [
        ("FRA", "NER", "Air Base 101", "withdrawal_announced", "2024-04")]


def test_the_troops_named_again_are_the_whole_not_its_part_in_apposition() -> None:
    text = ("About 2,000 troops of the Multinational Joint Task Force (MNJTF), most of them Chadian soldiers, began arriving in "
            "Niger on Friday. Officials said in April that the troops would leave Niger.")
    found = {(p.force.country, p.status) for p in presence.statements(item(text))}
    assert ("IGO", "withdrawal_announced") in found and ("TCD", "withdrawal_announced") not in found


def test_leading_or_manning_something_for_a_time_is_a_presence_since_then() -> None:
    found = presence.statements(item("Italian soldiers have led the training mission in Niger since 2017."))
    assert [(p.force.country, p.host, p.status, p.since.value if p.since else None) for p in found] == [
        ("ITA", "NER", "present", "2017")]


def test_a_where_clause_of_troops_landing_is_the_arrival_of_the_forces_sent_there() -> None:
    found = presence.statements(item("Chad is also reinforcing Niger, where the first of about 300 soldiers landed in April."))
    assert ("TCD", "NER", "arriving", "2024-04") in {(p.force.country, p.host, p.status, p.as_of.value if p.as_of else None)
                                                     for p in found}
    # the host's own soldiers doing something else there are not the forces sent
    found = presence.statements(item("Chad is also reinforcing Niger, where soldiers staged a coup in April."))
    assert {(p.status, p.as_of.value if p.as_of else None) for p in found} == {("arriving", "2024-05-03")}


def test_deployed_somewhere_since_a_date_is_a_presence_since_then() -> None:
    found = presence.statements(item("Russian soldiers have been deployed to Mali since 2017."))
    assert [(p.force.country, p.host, p.status, p.since.value if p.since else None) for p in found] == [
        ("RUS", "MLI", "present", "2017")]


def test_a_withdrawal_a_force_is_to_make_is_dated_when_said_not_when_planned() -> None:
    found = presence.statements(item("Estonian soldiers are to leave Mali in January, the defence ministry said on Friday."))
    assert [(p.status, p.as_of.value if p.as_of else None) for p in found] == [("withdrawal_announced", "2024-05-03")]


def test_a_contrastive_clause_is_its_own_and_its_subjects_forced_out_leave() -> None:
    # "even as France and the United States were forced out" does not take Italy's troops out, and is said of both
    text = "Italy had kept its troops in Niger after the military seized power in April, even as France and the United States were forced out."
    assert rows(presence.statements(item(text))) == {("ITA", "NER", None, "present", None), ("FRA", "NER", None, "withdrawn", None),
                                                     ("USA", "NER", None, "withdrawn", None)}
    # a country before "after the military" is no force of that noun
    assert [f.country for f in presence._forces("Italy had kept its troops in Niger after the military seized power.")] == ["ITA"]


def test_having_been_there_since_a_date_is_a_presence_since_then() -> None:
    found = presence.statements(item("About 500 Turkish soldiers are stationed in Libya. They have been there since 2017."))
    assert ("TUR", "LBY", "present", "2017") in {(p.force.country, p.host, p.status, p.since.value if p.since else None) for p in found}


def test_a_capital_that_begins_something_is_its_government_not_the_force_at_home() -> None:
    text = "About 900 U.S. troops are stationed in Syria. The U.S. forces remained on alert on Friday, as Washington begins a review."
    assert [p.sentences[0][:8] for p in presence.statements(item(text))] == ["About 90", "The U.S."]


def test_a_capital_naming_its_government_is_no_site() -> None:
    # Ethiopia's army in Somalia, 2007: the capital stands for the government that speaks or invites, not for a base
    said = ("About 4,000 Ethiopian soldiers are now in Somalia, the Mogadishu government said on Tuesday, "
            "and more are expected next week.")
    assert _sites(said, "2007-01-09") == {("ETH", "SOM", None)}
    invited = ("The Ethiopian army entered Somalia in December 2006 and has stayed in Mogadishu at the Mogadishu "
               "government's invitation ever since.")
    assert ("ETH", "SOM", "Mogadishu") in _sites(invited, "2007-01-09")


def test_a_town_naming_a_war_is_no_host() -> None:
    # the British bases in Cyprus: the war named for Suez dates the story, it places no one in Egypt
    text = ("Britain has kept troops at two sovereign bases in Cyprus since the island won independence in 1960, "
            "four years after the Suez war.")
    assert _stays(text, "2010-05-03") == {("GBR", "CYP", "present")}


def test_the_countries_a_force_is_drawn_from_are_its_contingents_not_hosts() -> None:
    # the U.N. mission in Liberia at its peak: Nigeria, Bangladesh and Pakistan sent troops, they host none
    text = ("UNMIL, which had about 15,000 troops and police at its peak, most of them from Nigeria, Bangladesh and "
            "Pakistan, has patrolled Liberia since 2003.")
    assert {(force, host) for force, host, _ in _stays(text, "2010-05-03")} == {
        ("UNO", "LBR"), ("NGA", "LBR"), ("BGD", "LBR"), ("PAK", "LBR")}


@pytest.mark.parametrize("origin", ["Sierra Leone", "Freetown"])
def test_where_a_force_was_flown_in_from_is_no_host(origin: str) -> None:
    # ECOMIL's first Nigerian battalion reached Liberia from the U.N. mission next door in August 2003
    text = ("A Nigerian-led West African force landed in Monrovia on Monday. Nigeria's contingent of about 800 soldiers, "
            f"flown in from {origin}, landed shortly after dawn.")
    assert {(force, host) for force, host, _ in _stays(text, "2003-08-05")} == {("NGA", "LBR")}


def test_the_town_a_venue_of_talks_is_placed_by_is_no_host() -> None:
    # Hun Sen's talks with Prince Sihanouk at La Celle-Saint-Cloud, November 1988: the town near the venue is no more a
    # host than the venue itself
    text = ("Vietnamese troops have occupied Cambodia since 1979. Hun Sen told Prince Norodom Sihanouk on Monday, at talks "
            "at La Celle-Saint-Cloud, outside Paris, that Vietnam would withdraw its forces by 1990.")
    found = _stays(text, "1988-11-08")
    assert ("VNM", "KHM", "withdrawal_announced") in found and not any(host == "FRA" for _, host, _ in found), found


def test_a_name_called_a_peninsula_once_is_no_site_at_any_mention() -> None:
    # Qatar's peacekeepers leaving the Doumeira border area between Djibouti and Eritrea, June 2017: a name the gazetteer
    # does not know, called a peninsula once, is that land when named alone later
    text = ("Qatari peacekeepers have patrolled the Doumeira peninsula since 2010. Qatari troops left their posts at "
            "Doumeira on Tuesday, Djibouti said.")
    found = _sites(text, "2017-06-14")
    assert ("QAT", "DJI", None) in found and not any(site for _, _, site in found), found


def test_a_persons_name_before_his_role_is_no_site() -> None:
    # the Marines at Quilali, January 1928: "Sandino" of the rebel general's name is a port's name in the gazetteer
    text = ("U.S. Marines reached Quilali on Sunday. Augusto Cesar Sandino, the rebel general whose men have fought the "
            "Marines in the hills since July, escaped north, officers said.")
    found = _sites(text, "1928-01-10")
    assert ("USA", "NIC", "Quilali") in found and ("USA", "NIC", "Sandino") not in found, found


@pytest.mark.parametrize(("text", "published", "striker"), [
    # the U.S. strike on the Gora Prai border post, June 2008, and a Russian raid in Georgia, August 2008: "its soldiers"
    # after the verb of a blow are the ones struck, not the striker's troops placed there
    ("Pakistan protested on Wednesday after a U.S. air strike killed 11 of its soldiers at a border post near Gora Prai.",
     "2008-06-11", "USA"),
    ("Georgia said a Russian air raid killed 12 of its soldiers at the Gori base on Saturday.", "2008-08-10", "RUS"),
])
def test_the_soldiers_a_strike_kills_are_not_the_strikers(text: str, published: str, striker: str) -> None:
    assert not any(force == striker for force, _, _ in _stays(text, published))


def test_the_country_a_speaker_is_in_is_no_host() -> None:
    # the Cuban pullout from Angola, completed in 1991, as told from a neighbouring capital
    text = "Cuba has pulled its last soldiers out of Angola, a Western diplomat in Zambia said."
    assert _stays(text, "1991-05-27") == {("CUB", "AGO", "withdrawn")}


def test_a_peoples_word_before_a_base_names_the_country_it_is_in() -> None:
    from sitrep.places import DEMONYM

    text = "Russia withdraws troops from Malian air base."
    base = item(text)
    at = text.index("Malian")
    malian = Place("Malian", at, at + 6, "Mali", "MLI", None, None, None, precision="country", feature=DEMONYM)
    found = presence.statements(replace(base, places=(*base.places, malian)))
    assert rows(found) == {("RUS", "MLI", None, "withdrawing", None)}


def test_an_acronym_read_as_a_town_is_no_place() -> None:
    text = "China will withdraw 1,000 troops from Mali next year, a UN spokesman said."
    base = item(text)
    at = text.index("UN ")
    un = Place("UN", at, at + 2, "Un", "IND", None, 21.82, 71.77, precision="city")  # what a gazetteer may make of it
    found = presence.statements(replace(base, places=(*base.places, un)))
    assert {p.host for p in found} == {"MLI"}


def test_each_host_of_a_list_takes_its_own_date() -> None:
    found = presence.statements(item("The decision follows the departure of French forces from Mali in 2022, from Burkina Faso in 2023."))
    assert {(p.host, p.status, p.as_of.value if p.as_of else None) for p in found} == {
        ("MLI", "withdrawn", "2022"), ("BFA", "withdrawn", "2023")}


def test_a_base_the_gazetteer_does_not_know_is_a_site() -> None:
    text = "A ceremony turned Camp de Gaulle in Gabon into a shared site. The French unit based at the camp since 1975 stays."
    found = rows(presence.statements(item(text, "2024-07-10")))
    assert ("FRA", "GAB", "Camp de Gaulle", "present", None) in found


def test_an_airport_or_airfield_the_gazetteer_does_not_know_is_a_site() -> None:
    # the kind in small letters after a name the gazetteer lacks: France at Bangui's airport (December 2013), and the
    # Indian Peace Keeping Force flown into Palaly in Jaffna (July 1987)
    text = "French troops took control of Mpoko international airport in the Central African Republic on Thursday."
    found = _sites(text, "2013-12-07")
    assert any(f == "FRA" and h == "CAF" and s is not None and "Mpoko" in s for f, h, s in found), found
    text = "Indian paratroopers landed at Palaly airfield in Sri Lanka on Thursday."
    found = _sites(text, "1987-07-31")
    assert ("IND", "LKA", "Palaly") in found, found


def test_a_town_of_a_country_never_named_placed_beside_another_lies_in_that_ones_country() -> None:
    # Britain's Episkopi garrison in Cyprus, which the gazetteer reads as a town in Greece
    text = "British troops are stationed at Episkopi, near Limassol, in Cyprus."
    found = _sites(text, "2009-06-01")
    assert ("GBR", "CYP", "Episkopi") in found and not any(h == "GRC" for _, h, _ in found), found


def test_a_namesake_town_placed_once_in_a_country_is_that_countrys_at_every_mention() -> None:
    # Australia's trainers at Taji, north of Baghdad, home in June 2020; the gazetteer reads Taji as a town in Japan
    text = ("Australian soldiers have trained Iraqi troops at the Taji base in Iraq since 2015. Canberra said on Wednesday "
            "that the last of its trainers had left Taji, ending the mission.")
    found = _stays(text, "2020-06-11")
    assert ("AUS", "IRQ", "withdrawn") in found and not any(host == "JPN" for _, host, _ in found), found


def test_running_a_station_or_flying_missions_from_a_place_is_a_presence_there() -> None:
    # Britain's listening station at Ayios Nikolaos in Cyprus, and U.S. patrols flown from Soto Cano in Honduras
    text = "Britain runs a listening station at Ayios Nikolaos, near Famagusta, in Cyprus."
    found = {(p.force.country, p.host, p.site.name, p.status) for p in presence.statements(sitrep.extract(text, "2009-06-01"))}
    assert ("GBR", "CYP", "Ayios Nikolaos", "present") in found, found
    text = "The United States now flies its surveillance missions from an air base in Honduras."
    assert ("USA", "HND", "present") in _stays(text, "2009-06-01")


def test_a_base_named_by_words_no_place_covers_is_a_site() -> None:
    # the owner's country, the place named after it, a curated base by its distinctive words; a country's base is no name
    assert ("CHN", "NER", "Tillia air base", "present", 300) in rows(presence.statements(item(
        "About 300 Chinese soldiers are stationed at Niger's Tillia air base.")))
    assert ("RUS", "NER", "55th military base", "present", 3000) in rows(presence.statements(item(
        "Russia keeps 3,000 troops at its 55th military base in the city of Agadez.")))
    assert ("USA", "TCD", "Kossei base", "present", None) in rows(presence.statements(item(
        "U.S. troops are stationed at the Adji Kossei air base in Chad.")))
    assert rows(presence.statements(item("A French military base in Niger was closed, and 400 French soldiers remain in Niger."))) \
        == {("FRA", "NER", None, "present", 400)}
    # nor a force's base by the force's name: "the Multinational Joint Task Force base"
    assert rows(presence.statements(item("The Chadian contingent pulled out of the Multinational Joint Task Force base in Niger "
                                         "last month."))) == {("TCD", "NER", None, "withdrawn", None)}
    # nor is some base of a kind or an era: "a Soviet-era air base", "the Cold War air base"
    for text in ("Russian troops are stationed at a Soviet-era air base in Mali.",
                 "Russian troops are stationed at the Cold War air base in Mali."):
        assert rows(presence.statements(item(text))) == {("RUS", "MLI", None, "present", None)}


def test_a_country_that_leads_or_backs_is_not_what_the_article_is_about() -> None:
    # "Chad-led", "Chad-backed" do not make Chad the article's country, where an unknown base would be
    text = "A Chad-led coalition and Chad-backed militias attended, as French troops handed over Camp de Gaulle in Niger on Friday."
    assert rows(presence.statements(item(text))) == {("FRA", "NER", "Camp de Gaulle", "withdrawn", None)}


def test_leaving_the_country_through_a_site_leaves_both() -> None:
    found = rows(presence.statements(item("The last U.S. troops left Afghanistan on Friday, flying out of Camp de Gaulle.")))
    assert {(h, s, st) for _, h, s, st, _ in found} == {("AFG", "Camp de Gaulle", "withdrawn"), ("AFG", None, "withdrawn")}


def test_a_base_spoken_of_again_stays_the_site() -> None:
    text = ("U.S. troops have left Camp de Gaulle in Afghanistan. The departure from the sprawling base was quick. "
            "Officials said on Friday. Nobody was told. Commanders said the Americans had left the base overnight.")
    found = rows(presence.statements(item(text)))
    assert all(s == "Camp de Gaulle" for _, _, s, st, _ in found if st == "withdrawn")


def test_the_mission_named_again_is_the_earlier_force() -> None:
    text = ("MINUSMA pulled its last troops out of its camp in Kidal on Friday. "
            "The mission had already left its bases in the far north. "
            "The UN Security Council decided in June to end the mission.")
    found = {(p.force.country, p.host, p.site.name, p.status) for p in presence.statements(item(text, "2023-10-31"))}
    # leaving some bases we cannot place is a withdrawal under way, not the end
    assert ("UNO", "MLI", None, "withdrawing") in found and ("UNO", "MLI", None, "withdrawal_announced") in found
    assert ("UNO", "MLI", None, "withdrawn") not in found


def test_the_force_pushed_out_is_the_one_that_leaves() -> None:
    found = rows(presence.statements(item("Military rulers in Mali and Niger pushed French forces out last year.")))
    assert ("FRA", "MLI", None, "withdrawn", None) in found and ("FRA", "NER", None, "withdrawn", None) in found
    assert not any(f == "NER" for f, *_ in found)  # "Niger pushed French forces": not Niger's forces


def test_a_country_that_names_no_troops_is_no_force() -> None:
    # any country may hold troops, but "remain" without troops is not a presence
    assert presence.statements(item("Singapore will remain the airliner's first stop in Mali.")) == []
    assert ("RWA", "MOZ", None, "arriving", 1000) in rows(presence.statements(item(
        "Rwanda began deploying 1,000 soldiers to Mozambique on Friday.")))


def test_a_condition_or_a_speaker_is_no_presence() -> None:
    assert presence.statements(item("Officials warned of war if the Chadian army entered Niger.")) == []
    # a force the verb hands something to does not leave
    assert presence.statements(item("The suspect was caught in Iraq in January before being handed over to U.S. forces.")) == []
    assert presence.statements(item("French forces have retaken a village in Mali, Chadian military sources said today.")) \
        and all(p.force.country == "FRA" for p in presence.statements(item(
            "French forces have retaken a village in Mali, Chadian military sources said today.")))


def test_every_force_pushed_out_leaves() -> None:
    found = rows(presence.statements(item("Niger's junta has already forced out French and U.S. troops.")))
    assert {("FRA", "NER", None, "withdrawn", None), ("USA", "NER", None, "withdrawn", None)} <= found


def test_a_force_named_like_a_foreign_town_is_not_a_place() -> None:
    text = "The Africa Corps, which has taken over much of Wagner's work, will remain in the country."
    base = item(text)
    wagner = Place("Wagner", text.index("Wagner"), text.index("Wagner") + 6, "Wagner", "BRA", None, None, None, precision="city")
    mali = Place("Mali", 0, 0, "Mali", "MLI", None, None, None, precision="country")
    found = presence.statements(replace(base, places=(mali, wagner)))
    assert found and {p.host for p in found} == {"MLI"} and all(p.site.name is None for p in found)


def test_a_clause_without_a_subject_shares_the_last_ones() -> None:
    found = presence.statements(item("France pulled its forces out of Mali last year, and handed over its base in Niger in December."))
    assert {(p.host, p.status, p.as_of.value if p.as_of else None) for p in found} >= {
        ("MLI", "withdrawn", "2023"), ("NER", "withdrawn", "2023-12")}
    # a relative clause is not such a clause: "whose elected government …" is no force
    found = presence.statements(item("France still has soldiers in Niger, whose elected government remained a partner of Chad."))
    assert {p.host for p in found} == {"NER"}


def test_the_troops_beside_the_home_army_are_the_earlier_force() -> None:
    text = ("Rwanda began deploying 1,000 soldiers to Cabo Delgado in April. "
            "The troops have since been operating alongside Mozambican units.")
    found = rows(presence.statements(item(text, "2024-05-03")))
    assert ("RWA", "MOZ", None, "arriving", 1000) in found and ("RWA", "MOZ", None, "present", None) in found
    assert not any(f == "MOZ" for f, *_ in found)  # the host's own army is at home


def test_a_planned_date_or_the_start_of_something_else_does_not_date_the_status() -> None:
    said = presence.statements(item("French troops will withdraw from Niger in January, the president said on Tuesday.",
                                    "2025-01-01"))
    assert [(p.status, p.as_of.value if p.as_of else None) for p in said] == [("withdrawal_announced", "2024-12-31")]
    done = presence.statements(item("The last Russian peacekeepers have left Azerbaijan, completing a withdrawal that "
                                    "started in April, officials said on Friday."))
    # (the withdrawal that started in April is under way from then, the start of the going that is now done)
    assert {(p.status, p.as_of.value if p.as_of else None) for p in done} == {("withdrawn", "2024-05-03"), ("withdrawing", "2024-04")}


def test_each_host_of_a_list_takes_its_own_strength() -> None:
    # the number tied to the host, not the one nearest the force; a number whose noun is left out counts
    found = rows(presence.statements(item("The United States keeps about 2,500 troops in Iraq and 900 in Syria.")))
    assert found == {("USA", "IRQ", None, "present", 2500), ("USA", "SYR", None, "present", 900)}
    found = rows(presence.statements(item("Washington has 900 soldiers in Syria and some 2,500 soldiers in Iraq.")))
    assert found == {("USA", "IRQ", None, "present", 2500), ("USA", "SYR", None, "present", 900)}
    # one force, one host: the nearest number as before; a year is no strength
    assert rows(presence.statements(item("France kept about 1,000 soldiers in Chad in 2017."))) == {
        ("FRA", "TCD", None, "present", 1000)}


def test_a_relative_clause_dating_a_base_dates_the_presence() -> None:
    for text in ("China keeps troops at its naval base in Djibouti, which opened in 2017.",
                 "Chinese troops are stationed at a base in Djibouti which opened in 2017.",
                 "China's first overseas military base, which opened in Djibouti in 2017, houses hundreds of troops."):
        found = presence.statements(item(text))
        assert [(p.force.country, p.host, p.status, p.since.value if p.since else None,
                 p.as_of.value if p.as_of else None) for p in found] == [("CHN", "DJI", "present", "2017", "2024-05-03")], text
    # a date of something else in the sentence does not: the report dates it
    found = presence.statements(item("China keeps troops at its naval base in Djibouti, which it visited in 2017."))
    assert [p.since.value if p.since else None for p in found] == ["2024-05-03"]


def test_having_been_somewhere_since_a_date_is_a_presence_since_then() -> None:
    found = presence.statements(item("Russian military instructors have been in the Central African Republic since 2017."))
    assert [(p.force.country, p.host, p.status, p.since.value if p.since else None) for p in found] == [
        ("RUS", "CAF", "present", "2017")]
    # being in talks is no presence
    assert presence.statements(item("Chinese diplomats have been in talks with Djibouti since March.")) == []


def test_a_change_holds_since_its_since_date() -> None:
    found = presence.statements(item("French troops have been leaving Chad since mid-December.", "2024-01-02"))
    assert [(p.status, p.since.value if p.since else None) for p in found] == [("withdrawing", "2023-12")]


def test_each_verb_of_a_clause_takes_its_own_place_and_date() -> None:
    found = presence.statements(item("The French army left Chad in December and is preparing to withdraw from Niger.",
                                     "2024-02-20"))
    got = {(p.host, p.status, p.as_of.value if p.as_of else None) for p in found}
    assert ("TCD", "withdrawn", "2023-12") in got and ("NER", "withdrawing", "2024-02-20") in got
    assert not any(h == "NER" and st == "withdrawn" for h, st, _ in got)
    assert not any(h == "TCD" and st == "withdrawing" for h, st, _ in got)


def test_that_country_is_the_one_named_earlier_in_the_sentence() -> None:
    text = ("France keeps about 1,500 soldiers in Niger. Mali ended its agreement with France last year, and French "
            "troops have been leaving that country since mid-December.")
    found = presence.statements(item(text, "2024-01-02"))
    assert {(p.host, p.status) for p in found} == {("NER", "present"), ("MLI", "withdrawing")}


def test_a_base_in_each_city_and_a_base_we_do_not_know() -> None:
    found = rows(presence.statements(item("France still has soldiers at a base in Agadez and at its main camp in N'Djamena.")))
    assert {(h, s) for _, h, s, st, _ in found if s} == {("NER", "Air Base 201"), ("TCD", "Kossei base")}
    text = "Turkey has become a close partner of Somalia. It has also trained Somali soldiers at its military base in Mogadishu."
    found = rows(presence.statements(item(text)))
    assert ("TUR", "SOM", "Mogadishu", "present", None) in found


def test_a_city_whose_request_it_was_is_not_a_site() -> None:
    found = rows(presence.statements(item("American forces returned to Iraq in 2014 at Baghdad's request.")))
    assert found and all(s is None for _, h, s, *_ in found) and {h for _, h, *_ in found} == {"IRQ"}


def test_a_site_first_reported_on_the_day_of_the_withdrawal_is_withdrawn() -> None:
    text = ("France handed over its last military base in Senegal on Friday. "
            "Around 350 French troops had been based at Camp Geille.")
    timeline = [p for p in presence.ledger(presence.statements(item(text))) if p.site.name == "Camp Geille"]
    assert timeline[-1].status == "withdrawn"


def test_a_capital_that_acts_or_a_dateline_is_not_a_site() -> None:
    acting = "The last French soldiers in Chad left this week, two months after N'Djamena ended the defence accord."
    assert {p.site.name for p in presence.statements(item(acting))} == {None}
    text = "N'Djamena - The last French soldiers in Chad left this week."
    dated = item(text)
    assert dated.article is not None
    from dataclasses import replace

    dated = replace(dated, article=replace(dated.article, segments=(Segment("dateline", 0, 9), Segment("body", 12, len(text)))))
    assert {p.site.name for p in presence.statements(dated)} == {None}


def test_a_day_dated_change_keeps_its_day_when_a_vaguer_report_follows() -> None:
    found = [
        *presence.statements(item("About 75 U.S. soldiers are stationed in Chad.", "2024-04-19", "a1")),
        *presence.statements(item("The first U.S. soldiers left Chad on Friday.", "2024-05-03", "a2")),
        *presence.statements(item("Some U.S. soldiers left Chad earlier this year.", "2024-11-28", "a3")),
    ]
    ledger = [p for p in presence.ledger(found) if p.site.name is None]
    assert [(p.status, presence._when(p)) for p in ledger] == [("present", "2024-04-19"), ("withdrawing", "2024-05-03")]


def test_domestic_forces_are_not_presence() -> None:
    assert presence.statements(item("Nigerien soldiers are stationed in Niger.")) == []


def test_a_pronoun_carries_the_force_and_two_bases_each_get_the_force() -> None:
    text = ("Russia has sent 100 military training instructors to Niger. "
            "They are distributed over two bases, Air Base 101 in the capital and Air Base 201 in the north.")
    got = rows(presence.statements(item(text)))
    assert ("RUS", "NER", "Air Base 101", "present", None) in got
    assert ("RUS", "NER", "Air Base 201", "present", None) in got


FRANCE = [
    "France keeps about 1,500 soldiers in Niger.",
    "French President Emmanuel Macron announced on September 24 that the French soldiers in Niger would leave.",
    "France began pulling out its soldiers from Niger in October.",
    "The last French soldiers left Niger in December.",
    "About 1,500 French soldiers were stationed in Niger until the coup.",  # a later, background report
]


def test_ledger_is_a_forward_timeline_whatever_the_order() -> None:
    dates = ["2023-08-10", "2023-09-25", "2023-10-12", "2023-12-23", "2024-03-01"]
    found = [p for n, (t, d) in enumerate(zip(FRANCE, dates, strict=True)) for p in presence.statements(item(t, d, f"a{n}"))]
    base = presence.ledger(found)
    assert [p.status for p in base if p.host == "NER" and p.site.name is None] == [
        "present", "withdrawal_announced", "withdrawing", "withdrawn"]
    # the strength stated stands until troops leave
    assert [p.strength for p in base if p.host == "NER" and p.site.name is None] == [1500, 1500, None, None]
    last = [p for p in base if p.status == "withdrawn"][0]
    assert last.since is not None and last.since.value == "2023-12"
    for seed in range(5):
        shuffled = found[:]
        random.Random(seed).shuffle(shuffled)
        assert presence.ledger(shuffled) == base


def test_a_site_takes_the_country_wide_changes_after_its_first_report() -> None:
    found = [
        *presence.statements(item("About 1,000 US troops are stationed at Air Base 201 in Niger.", "2024-03-01", "a1")),
        *presence.statements(item("The United States agreed in April to withdraw its troops from Niger.", "2024-04-19", "a2")),
        # a country-wide report older than the base's first one does not rewrite the base's past
        *presence.statements(item("The United States has not withdrawn any of its troops from Niger.", "2024-01-10", "a3")),
    ]
    timeline = [(p.status, presence._start(p)) for p in presence.ledger(found) if p.site.name == "Air Base 201"]
    assert timeline == [("present", "2024-03-01"), ("withdrawal_announced", "2024-04-01")]


def test_leaving_one_base_is_withdrawing_from_the_country() -> None:
    found = [
        *presence.statements(item("About 1,000 US troops are stationed in Niger.", "2024-03-01", "a1")),
        *presence.statements(item("U.S. forces have completed their withdrawal from Air Base 101 in Niger.", "2024-07-08", "a2")),
    ]
    led = presence.ledger(found)
    assert [p.status for p in led if p.site.name is None] == ["present", "withdrawing"]
    assert [p.status for p in led if p.site.name == "Air Base 101"] == ["withdrawn"]


def test_leaving_a_base_while_still_in_the_country_is_no_withdrawal() -> None:
    text = ("U.S. forces have completed their withdrawal from Air Base 101 in Niger. "
            "The United States still has about 500 soldiers in Niger.")
    led = presence.ledger(presence.statements(item(text, "2024-07-08")))
    assert [p.status for p in led if p.site.name is None] == ["present"]
    assert [p.status for p in led if p.site.name == "Air Base 101"] == ["withdrawn"]
    # a residue staying on for now is no such report: "still due to leave"
    due = text.replace("still has about 500 soldiers in Niger", "still due to pull its last 500 soldiers out of Niger")
    assert "withdrawing" in [p.status for p in presence.ledger(presence.statements(item(due, "2024-07-08"))) if p.site.name is None]


def test_leaving_a_province_while_staying_in_the_country_is_no_withdrawal() -> None:
    text = ("MONUSCO has completed its withdrawal from the eastern province of South Kivu in Congo. "
            "MONUSCO remains deployed in Congo's other provinces.")
    led = presence.ledger(presence.statements(item(text, "2024-07-01")))
    assert [p.status for p in led if p.site.name is None] == ["present"]
    assert [p.status for p in led if p.site.name == "South Kivu"] == ["withdrawn"]


def test_one_unit_leaving_while_another_stays_is_no_withdrawal() -> None:
    leaving = "Wagner said on Friday that it was leaving Mali."
    staying = " The Russian defence ministry's Africa Corps, which has taken over Wagner's work, will remain in the country."
    alone = presence.ledger(presence.statements(item(leaving, "2025-06-06")))
    assert [(p.force.country, p.host, p.status) for p in alone] == [("RUS", "MLI", "withdrawing")]
    both = presence.ledger(presence.statements(item(leaving + staying, "2025-06-06")))
    assert [(p.force.country, p.host, p.status) for p in both] == [("RUS", "MLI", "present")]


def test_a_halted_withdrawal_goes_back_to_present() -> None:
    announced = presence.statements(item("The United States will pull 1,000 soldiers out of Niger, officials said on Friday.",
                                         "2024-05-03", "a1"))
    halted = presence.statements(item("The White House froze the planned pullout of U.S. troops from Niger on Tuesday.",
                                      "2024-12-31", "a2"))
    assert rows(halted) == {("USA", "NER", None, "present", None)}
    assert [p.status for p in presence.ledger(announced + halted)] == ["withdrawal_announced", "present"]
    # a call to halt it halts nothing; a later report of presence alone does not undo the announcement
    urged = presence.statements(item("Lawmakers urged Washington to halt the withdrawal of U.S. troops from Niger.", "2024-12-31", "a3"))
    stays = presence.statements(item("About 1,000 U.S. soldiers are stationed in Niger.", "2024-12-31", "a4"))
    assert [p.status for p in presence.ledger(announced + urged + stays)] == ["withdrawal_announced"]


def test_present_since_a_reported_arrival_is_present_from_the_report() -> None:
    found = [
        *presence.statements(item("Russian instructors began arriving in Niger in December.", "2024-01-02", "a1")),
        *presence.statements(item("Russian instructors have been operating in Niger since December.", "2024-05-03", "a2")),
    ]
    led = [(p.status, presence._when(p)) for p in presence.ledger(found)]
    # they arrived in December; the first report that they are there is of January
    assert led == [("arriving", "2023-12-01"), ("present", "2024-01-02")]


def test_an_arrival_dated_by_a_year_long_past_is_a_presence_since_then() -> None:
    led = presence.ledger(presence.statements(item("American forces returned to Iraq in 2014.", "2024-09-27")))
    assert presence._status_on(led, "2014-12-31") == "present"


def test_an_arrival_reported_weeks_later_means_the_force_is_there() -> None:
    late = presence.statements(item("Russian military instructors arrived in Niamey in April.", "2024-05-20"))
    assert {(p.status, presence._start(p)) for p in late} >= {("arriving", "2024-04-01"), ("present", "2024-05-20")}
    fresh = presence.statements(item("Russian military instructors arrived in Niamey on Friday.", "2024-05-03"))
    assert {p.status for p in fresh} == {"arriving"}


def test_a_change_dated_only_by_its_year_does_not_open_the_year() -> None:
    found = [
        *presence.statements(item("France keeps about 1,500 soldiers in Niger.", "2023-08-10", "a1")),
        *presence.statements(item("France began pulling out its soldiers from Niger in October.", "2023-10-12", "a2")),
        *presence.statements(item("Some French soldiers left Niger last year.", "2024-05-19", "a3")),
    ]
    ledger = [p for p in presence.ledger(found) if p.site.name is None]
    assert [p.status for p in ledger] == ["present", "withdrawing"]
    assert ledger[1].since is not None and ledger[1].since.value == "2023-10"


def test_the_host_is_the_country_the_sentence_is_about() -> None:
    text = "Neighbouring Mali ended its defence accords with France, and the last French soldiers left in December."
    assert ("FRA", "MLI", None, "withdrawn", None) in rows(presence.statements(item(text, "2023-12-23")))
    partner = "The junta expelled the French soldiers and turned to Russia for help."
    assert all(p.host != "RUS" for p in presence.statements(item(partner)))


def test_flags_at_a_base_in_a_caption_place_the_foreign_force_at_the_captions_date() -> None:
    from dataclasses import replace

    caption = "The French and Nigerien flags flying at Air Base 101 in Niger. The picture was taken on September 24."
    text = caption + " France keeps about 1,500 soldiers in Niger."
    plain = item(text)
    assert plain.article is not None
    captioned = replace(plain, article=replace(plain.article, segments=(Segment("caption", 0, len(caption)),
                                                                         Segment("body", len(caption) + 1, len(text)))))
    flagged = [p for p in presence.statements(captioned) if p.site.name == "Air Base 101"]
    assert [(p.force.country, p.host, p.status) for p in flagged] == [("FRA", "NER", "present")]  # the host's own flag: no presence
    assert flagged[0].as_of is not None and flagged[0].as_of.value == "2023-09-24"
    assert presence.statements(item("Protesters burned French flags in Niamey.")) == []


def test_as_of_cuts_the_timeline() -> None:
    found = [p for n, t in enumerate(FRANCE[:4]) for p in presence.statements(item(t, "2023-12-23", f"a{n}"))]
    statuses = [p.status for p in presence.ledger(found, as_of="2023-09-30")]
    assert statuses[-1] == "withdrawal_announced"


def test_as_of_takes_a_change_dated_by_its_year_to_hold_at_the_years_end() -> None:
    found = [p for n, t in enumerate(("France has kept soldiers in Niger since about 2013.",
                                                           "Last year the French soldiers left Niger."))
             for p in presence.statements(item(t, "2024-05-03", f"a{n}"))]
    assert [p.status for p in presence.ledger(found, as_of="2024-01-15")][-1] == "withdrawn"
    assert [p.status for p in presence.ledger(found, as_of="2023-06-30")][-1] == "present"


def test_stage_sets_the_articles_ledger() -> None:
    from sitrep.model import Batch

    out = presence.process(Batch((item("Last year France kept about 1,500 soldiers in Niger. " + FRANCE[3]),)))
    assert [p.status for p in out.items[0].presence] == ["present", "withdrawn"]


def test_json_round_trip() -> None:
    from sitrep.output import presence_json

    for p in presence.statements(item(FRANCE[0])):
        assert presence.from_json(presence_json(p)) == p


# ---------------------------------------------------------------- end to end on the seed
def _find(ledger: list[Presence], force: str, host: str, site: str | None = None) -> list[Presence]:
    return [p for p in ledger if p.force.country == force and p.host == host and p.site.name == site]


def test_seed_ledger(seed_item: Item) -> None:
    led = list(seed_item.presence)
    us = _find(led, "USA", "NER")
    assert us and us[0].strength == 1000
    assert any(p.status == "withdrawal_announced" and p.since and (p.since.start_date or "") >= "2024-04" for p in us)
    assert _find(led, "USA", "NER", "Air Base 101")
    for base in ("Air Base 101", "Air Base 201"):
        ru = _find(led, "RUS", "NER", base)
        assert ru and ru[-1].status == "present" and ru[-1].as_of and ru[-1].as_of.value == "2024-05-03"
    assert any("Russian media" in s for p in _find(led, "RUS", "NER") for s in p.sources)
    # "According to the American source, the Russian forces are in a different hangar": the source is the
    # unnamed US defense source of the lead, who told Reuters
    assert "NTB < Reuters < an unnamed US defense source" in _find(led, "RUS", "NER", "Air Base 101")[-1].sources
    assert any(p.status == "withdrawing" for p in _find(led, "USA", "TCD"))


def test_seed_us_at_air_base_201(seed_item: Item) -> None:
    # the only sign is the photo caption of the flags at the base, dated by the caption (2018)
    found = _find(list(seed_item.presence), "USA", "NER", "Air Base 201")
    assert found and found[0].status == "present" and found[0].since is not None and found[0].since.value == "2018-04-16"


def test_presence_command_reads_the_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app
    from sitrep.corroboration import Corroborate
    from sitrep.model import Batch
    from sitrep.settings import Settings
    from sitrep.storage import open_store
    from sitrep.store import StoreWriter

    db = str(tmp_path / "p.duckdb")
    stage = Corroborate(Settings(db=db))
    batch = stage(Batch(tuple(item(t, d, f"a{n}") for n, (t, d) in enumerate(zip(FRANCE[:4], ["2023-08-10", "2023-09-25",
                                                                                              "2023-10-12", "2023-12-23"],
                                                                                             strict=True)))))
    writer = StoreWriter(open_store(db))
    writer(batch)
    writer.store.close()
    result = CliRunner().invoke(app, ["presence", "--db", db, "--host", "NER", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"status":"withdrawn"' in result.output
    with open_store(db, read_only=True) as store:
        assert [r["status"] for r in store.presence() if r["site"]["name"] is None][-1] == "withdrawn"


# ---------------------------------------------------------------- the demo ledger against its gold
# Floors pinned from the last measured run, a little below it; raise them when the rules improve.
# Measured 2026-11-25: precision 1.0, recall 1.0, pairs 1.0/1.0, status agreement 0.935 (0.913 before a presence "since" a
# reported arrival was dated from its first report and a later report stopped moving a phase's start; 0.826 on 2026-11-24, before
# an unnamed base took its city's one known base, acting capitals and datelines stopped being sites, and a day-dated
# change kept its day; 0.52 before sites took the country-wide changes).
LEDGER_FLOORS = {"precision": 0.97, "recall": 0.95, "pair_precision": 0.95, "pair_recall": 0.95, "status_agreement": 0.9}


@pytest.fixture(scope="module")
def demo_ledger(tmp_path_factory: pytest.TempPathFactory) -> list[Presence]:
    from dataclasses import replace

    from sitrep import api
    from sitrep.settings import load_settings
    from sitrep.storage import open_store

    from .conftest import DEMO

    db = str(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    api.ingest([str(DEMO)], replace(load_settings(), db=db, on_error="skip"))
    with open_store(db, read_only=True) as store:
        return presence.stored_ledger(store)


def test_demo_ledger_against_gold(demo_ledger: list[Presence]) -> None:
    from .conftest import DEMO

    score = presence.score_ledger(demo_ledger, presence.load_gold_ledger(DEMO / "ledger.yaml"))
    report = "\n".join(["false: " + ", ".join(score.false_entries), "missed: " + ", ".join(score.missed_entries),
                        *score.disagreements])
    for name, floor in LEDGER_FLOORS.items():
        assert getattr(score, name) >= floor, f"{name} {getattr(score, name):.3f} < {floor}\n{report}"


# The held-out check corpora. examples/presence_check (France leaving Chad, Ivory Coast and Senegal, the US in Iraq and
# Syria, Russia in Karabakh and Syria, Rwanda in Mozambique, Turkey in Somalia): gold written before the first run,
# which measured P 0.750 R 0.304 pairs 0.750/0.429 status 0.350; the rules were then generalised on its failures.
# round2 (MONUSCO leaving South Kivu, Germany leaving Niger, Wagner leaving Mali, the US cut in Syria, Kenyan police in
# Haiti): written after that, first run P 0.625 R 0.444 pairs 0.833/0.625 status 0.429.
# round3 (Gabon's shared Camp de Gaulle, Indian troops leaving the Maldives, France and others in Djibouti, Turkey and
# Wagner in Libya, Rwanda and Russia sending troops to the Central African Republic, MINUSMA leaving Kidal, Chad's MNJTF
# threat): written after round2, first run P 0.688 R 0.455 pairs 0.769/0.556 status 0.269.
# Measured 2026-11-25: check P 0.958 R 0.870 pairs 1.0/1.0 status 0.900 (P 1.0 before a place change elsewhere read
# Abidjan as a site; R 0.783 pairs 1.0/0.857 status 0.800 before a year-old arrival counted as a presence since then,
# and a presence 'that dated back to 1960', 'France's main military base' and 'leaves France with bases in' were read);
# round2 P 0.909 R 0.889 pairs 1.0/1.0 status 0.905 (0.762 before a province left while the force stays in the country
# and one unit leaving while another stays stopped counting as withdrawals, 0.857 before 'announced … that it would
# pull its troops out' was read); round3 P 1.0 R 0.909 pairs 1.0/1.0 status 0.846.
# round4 (US troops leaving Bagram and Kabul airport, Denmark's special forces out of Mali, the last Germans leaving Gao,
# UNIFIL's final mandate and Israeli troops in Lebanon): written after round3's tuning, first run P 0.875 R 0.700 pairs
# 1.0/0.714 status 0.640; 0.900/0.900, pairs 1.0/1.0, status 0.760 after 'would be out of', 'must wind up', 'flown back
# to', 'its … troops', 'the force', 'the airport' and a standing patrol were read; 0.880 after leaving the country
# through a site left both and a base spoken of again ('the sprawling base') stayed the site.
# round5 (Britain leaving MINUSMA early, Kenyan troops leaving eastern DR Congo while Burundi's stay, SADC's SAMIDRC
# leaving Goma with a syndicated copy, the US cut in Somalia with Manda Bay and Camp Lemonnier): written after round4's
# tuning, first run P 1.0 R 0.500 pairs 1.0/0.571 status 0.382; its floors stay at that first run (not tuned to it).
# After a host's strength was the number tied to it ('2,500 in Iraq and 900 in Syria') and a relative clause dating a
# base ('its base in Djibouti, which opened in 2017') dated the presence: round3 status 0.846 -> 0.865, the others
# unchanged (demo 0.935, check 0.900, round2 0.905, round4 0.880, round5 0.382; strengths are not scored).
# The rules were then generalised on round5's failures (regional missions by name, 'joined the mission', a gapped clause
# 'and at Camp Lemonnier', a casualty placing the force hit, a list of destinations, 'alongside Tanzanians'): round5
# P 0.889 R 1.0 pairs 1.0/1.0 status 0.912, the others unchanged. round5 is no longer held out; round6 is.
# After 'have been in Djibouti since 2017' was read as a presence since then: round3 R 0.909 -> 0.955, status 0.865 ->
# 0.904 (China in Djibouti, a gap named before), the others unchanged.
# round6 (Russian border guards leaving Yerevan's airport while the Gyumri base stays, with a syndicated copy; Ugandan
# special forces entering Juba, with Uganda in eastern Congo in passing; Germany's brigade in Lithuania; Egyptian
# weapons flown to Mogadishu beside Ethiopia's troops): written after round5's tuning and before any run on it, first
# run P 0.625 R 0.500 pairs 0.667/0.667 status 0.409; its floors stay at that first run.
# round7 (the CSTO force and its Russian paratroopers leaving Kazakhstan; the coalition handing over Camp Taji; US
# Strykers arriving at Mihail Kogalniceanu from Vilseck, the 82nd Airborne in Poland in passing, with a syndicated copy;
# the US cut in Germany announced and halted): written by another hand at the same time as round6, blind to the rules
# and to any run, first run P 0.625 R 0.556 pairs 0.667/0.667 status 0.385; floors at that first run.
# The rules were then generalised on round6's and round7's failures (a compass word before a country, a relative clause
# on a country that ends the clause before, troops offered, bases named by words the NER missed, a country that leads or
# backs, leaving a base while still in the country, guards and paratroopers, a tour of duty ended, a deadline to be gone,
# a withdrawal halted going back to present, a force and its part in apposition, a country reinforcing another, …):
# round6 P 1.0 R 0.900 pairs 1.0/1.0 status 0.955, round7 P 1.0 R 1.0 pairs 1.0/1.0 status 0.769, the others
# unchanged (demo 0.848, check 0.900, round2 0.905, round3 0.904, round4 0.880, round5 0.912). round6 and round7 are no
# longer held out, and their floors follow; the next set should be written before any run, like them.
# After a town someone else seized in a clause of time stopped being the force's site: round5 P 0.889 -> 1.0, status
# 0.912 -> 0.941.
# round8 (the French handing over Timbuktu, Chad halving its force in Niger with a syndicated copy, the last Germans
# leaving Camp Marmal, Eritrea agreeing to leave Tigray, Turkey keeping its base in Qatar, Russians staying in Belarus,
# the last US convoy leaving Iraq): written blind by another hand while the round6/round7 rules were being written, and
# run only after they had landed: P 0.778 R 0.708 pairs 0.800/0.923 status 0.383 (with the rules before round6's
# fixes: P 0.769 R 0.667 pairs 0.786/0.846 status 0.367). It was then released for tuning, like round6/round7, and the
# rules were generalised on its failures (a force that drives others out, a town where a speaker is or a capital that
# acts, soldiers going back home, a country's border, deployed at a time, a site reported kept, the last troops across
# a border, a departure that was due and a stay instead, a change named as its own subject, a force's own base to be
# closed, a base a force opened, a presence that began at a date, a change across a region, a relative clause ending
# before its head's verb, …): round8 P 0.960 R 0.833 pairs 1.0/1.0 status 0.817, the others unchanged. round8 is no
# longer held out and its floors follow.
# round9 (Syria leaving Lebanon with a syndicated copy, Russia leaving Estonia and Latvia with Skrunda kept, Cuba leaving
# Angola, the IPKF leaving Sri Lanka, Japan leaving Samawah through Kuwait, the Dutch handing over Uruzgan, Kenya entering
# Somalia, Turkey partly leaving Bashiqa): written blind by another hand and run once round8's rules had landed: P 0.769
# R 0.667 pairs 0.778/0.737 status 0.375 (with the rules before round8's tuning: P 0.760 R 0.633 status 0.350). It was
# then released for tuning, like round8, and the rules were generalised on its failures (a going finished, a town by the
# text's own spelling, a town of a country the article never names far from the clause's, the departure of the last
# troops, a relative clause ending before its head's auxiliary, the venue of a farewell parade, the last troops back or
# home from a country, an organisation's ally): round9 P 0.957 R 0.733 pairs 1.0/0.789 status 0.512; round8 P 0.960 ->
# 1.0, R 0.833 -> 0.875 (a site by the text's spelling), the others unchanged. round9 is no longer held out and its
# floors follow; round10, written blind meanwhile, is the next held-out set.
# round10 (the Soviets leaving Afghanistan with a syndicated copy, the US Navy handing over Subic Bay, Vietnam leaving
# Cambodia, the British leaving Basra Palace, France ending Sangaris, the US leaving Karshi-Khanabad, Chad in the Adrar
# des Ifoghas): written blind by another hand, run once round9's rules had landed: P 0.650 R 0.429 pairs 0.692/0.529
# status 0.343 (with the rules before round9's tuning: P 0.500 R 0.357, status 0.343); floors at that first run. It
# was then released for tuning, like round8 and round9, and the rules were generalised on its failures (a Soviet force
# as Russia's, a day "last year", a site turned over by its name, the last base closed, a country given time to leave,
# a town of the host's own troops, any force noun brought home, "whose" troops, the last base in a town, a force now in
# the country, "also been in … since", a transit country, "where", a paragraph's end, a force taken over from, an
# operation ended with troops kept, the remaining troops' site, an adverb before "go home", a place a force uses, an
# invasion, a force fought, a town standing for its base, an earlier announcement for a site first left, time given to
# leave, troops from a region's states, the air force or navy alone, a site handed to new holders, a command moved, a
# span counted from another event, the last of a force to leave): round10 P 0.966 R 0.964 pairs 1.0/1.0 status 0.871.
# round10 is no longer held out and its floors follow; check P 0.958 -> 0.960, R 0.870 -> 0.913 (Russia's navy at
# Tartus) and round9 status 0.512 -> 0.537 (a span counted from another event) rose, and their floors with them; demo,
# round2-round8 unchanged.
# round11 (the UN's last troops leaving Somalia, Ethiopia's war in Somalia, Indonesia leaving East Timor, the US leaving
# Panama, a US brigade arriving in Poland with a syndicated copy, Russia's base in Tajikistan, Turkey's troops in Cyprus):
# written blind by another hand, run once round9's rules had landed and before any round10 tuning: P 0.824 R 0.483
# pairs 0.833/0.625 status 0.360; floors at that first run. Held out until its release for tuning, below.
# round12 (the Soviets leaving Hungary, the Marines leaving Beirut, Russia leaving Cam Ranh Bay, the US leaving Prince
# Sultan Air Base, US Marines arriving in Darwin with a syndicated copy, the US leaving Keflavik, Rwanda leaving Congo):
# written blind by another hand, run once round9's rules and this session's event rules had landed, before any round10
# tuning: P 0.696 R 0.410 pairs 0.800/0.522 status 0.307; floors at that first run. Held out: do not tune on it.
# Once round10's rules had landed (round10 tuned on, round11 and round12 still unseen), the second blind run: round11
# P 0.833 R 0.517 pairs 0.833/0.625 status 0.373, round12 P 0.750 R 0.615 pairs 0.810/0.739 status 0.430: the rules
# carry to stories no one tuned on, if slowly. Their floors follow, a little below; both stay held out.
# round13 (Britain leaving Aden, the US leaving Wheelus, Sadat ending the Soviet advisers' mission in Egypt, the first US
# forces in Saudi Arabia as Iraq annexes Kuwait, British paratroopers at Lungi, Russia leaving Batumi with a syndicated
# copy, the Peninsula Shield Force entering Bahrain): written blind, committed before any run, first run once round10's
# rules had landed: P 0.647 R 0.423 pairs 0.750/0.562 status 0.313; floors at that first run. Held out: do not tune on it.
# round11 was then released for tuning (round12 and round13 stay held out) and the rules were generalised on its failures,
# each with a test sentence of our own: a force reported as being in a country ("were in"), an event a span before a dated
# one dated back from it, crossing into a country or over its border, the country an arriving force comes from, a
# presence kept since an invasion, a town where an earlier event happened, an army helped to re-equip, coming ashore, two
# peoples sharing one force noun, the last of a force leaving with no place said, the UN spelt out or dotted and "the UN
# force", the place a treaty was signed and "by the last day of" a year, "none were left", a presence begun by an
# invasion, patrolling, a division, military facilities kept, a base a relative clause dates, the towns of a list,
# driving on to a town, a mission voted to be wound up, reaching a place, the last of a force back aboard its ships, a
# clause of time with its own subject, "the mission" as the mission named before, a command moving its headquarters home:
# round11 P 0.833 -> 1.000, R 0.517 -> 0.759, pairs 0.833/0.625 -> 1.000/0.812, status 0.373 -> 0.800; round3 R 0.955 ->
# 1.000, status 0.904 -> 0.942 (the towns of a list); demo, check, round2, round4-round10 unchanged. round11 is no longer
# held out and its floors follow, with round3's.
# Still blind after that tuning: round12 P 0.750 R 0.615 pairs 0.810/0.739 status 0.430 and round13 P 0.647 R 0.423 pairs
# 0.750/0.562 status 0.313, both unchanged (the rules learnt on round11 did not reach them); their floors stay as they were.
# round14 (US Marines in Lebanon and British paratroopers in Jordan, 1958; the French leaving Bizerte, 1963; the last US
# troops leaving Saigon, 1973; South Africa leaving Namibia, 1989; ECOMOG landing at Monrovia, 1990; Libya leaving the
# Aouzou Strip, 1994; RAMSI arriving in Honiara, with a syndicated copy, 2003; Russia staying in Trans-Dniester, 2004),
# written blind in session 10, first run before any tuning on round12: P 0.944 R 0.450 pairs 0.909/0.435 status 0.330.
# round12 was then released for tuning in session 10 (round13 and round14 stay held out): a base handed back, a flag
# lowered, ships sailing in, the last soldier to leave, driven to a border, a state withdrawing a force of its own and
# bringing most of it home, started bringing it home, troops pouring in or coming to a place, a town a clause sets itself
# apart from, a deal's signing place, a town the gazetteer misreads far away: round12 P 0.750 -> 0.897, R 0.615 -> 0.667,
# pairs 0.810/0.739 -> 0.950/0.826, status 0.430 -> 0.570; every other set unchanged, round13 and round14 too. (Two more
# rules written on round12, dating a change past another cue's date and "the Marines" named again, cost round14's status
# 0.330 -> 0.260 and were left out.)
# round15 (US troops landing in Grenada, 1983; the last Indian troops leaving Bangladesh, 1972; Israel handing back
# Sinai with the MFO arriving, 1982; French troops taking Abidjan's airport after the Bouake strike, 2004; Uganda's AU
# troops landing in Mogadishu, 2007; the French-led force landing in Bunia, 2003; Britain handing over Camp Bastion,
# with a syndicated copy, 2014), written blind in session 15 and committed before any run, first run with every rule of
# session 15's start and before any tuning on round13: P 0.700 R 0.326 pairs 0.600/0.409 status 0.240. Held out.
# round13 was then released for tuning in session 15 (round14 and round15 stay held out; only their figures were read):
# a base handed by its name with no "over", an acronym in apposition, a strength someone puts a number on, a mission
# ended by the hosts, crossing a bridge or causeway, a force that goes with another named by where it is from, a
# country's base by its number, a base handed back or given up, where a deal was reached, being brought home, pulled
# out of a country, the town each base of a list is in, a country a route leads to: round13 P 0.647 -> 0.870, R 0.423
# -> 0.731, pairs 0.750/0.562 -> 0.933/0.875, status 0.313 -> 0.552; every other set unchanged, round14 and round15 too
# (round15 still at its first run). round13 is no longer held out and its floors follow, a little below. (Tried and
# left out: a town "across the water from" a site as no site, which made an evacuation destination the host.) Still
# unfixed: Crater, Lungi (not in the gazetteer), the Zambians among the UN peacekeepers held, Akhalkalaki after "It",
# Dhahran, the Peninsula Shield Force by its name, Aden read as a site, Italy's airfield.
# round14 was released for tuning in session 16 (its stories read; round15 stays held out): a detachment, garrison or
# contingent kept, the capital a people's word names ("the Solomon Islands capital"), UN military observers: round14 P
# 0.944 -> 0.950, R 0.450 -> 0.500, pairs 0.909/0.435 -> 0.917/0.478, status 0.330 -> 0.370; round15 unchanged. Its floors
# follow, a little below. (Tried and left out: "patrolled the streets" as presence, round15 status 0.240 -> 0.221; past
# bases as curated facilities, round13 P 0.870 -> 0.833.)
# round16 (Israel leaving south Lebanon, 2000; the Warsaw Pact entering Czechoslovakia, 1968; Indian paratroopers in the
# Maldives, 1988; Chad quitting the AU force in the Central African Republic, 2014; US troops leaving Iraq's cities,
# 2009; South Africa entering Lesotho, 1998; the US handing over Manas, with a syndicated copy, 2014), written blind in
# session 16 by a helper that read no rule and ran nothing, first run at the session's end: P 0.741 R 0.625 pairs
# 0.737/0.778 status 0.507 (the session's starting rules gave 0.731/0.594/0.722,0.722/0.480). Held out: only its figures
# are read.
# round15 was released for tuning in session 17 (its stories read; round16 and round17 stay held out): servicemen and
# rangers as forces, a kind of troops heading its clause as the force spoken of before, dropping in by parachute,
# holding a country, "had no troops" as a denial, the article's country counting its towns, the countries of the bases
# reinforcements came from, the towns a force's garrisons are in, the last of a force driving out towards home, and the
# Multinational Force and Observers, each with its own test in other words: round15 P 0.700 -> 0.864, R 0.326 -> 0.465,
# pairs 0.600/0.409 -> 0.812/0.591, status 0.240 -> 0.404; round12 P 0.897 -> 0.900, R 0.667 -> 0.692, status 0.570 ->
# 0.561; round13 status 0.552 -> 0.567; held-out round16 P 0.741 -> 0.778, R 0.625 -> 0.656, pairs 0.737/0.778 ->
# 0.789/0.833; the other sets unchanged. Its floors follow, a little below.
# round17 (the last Soviet troops leaving Iran, 1946; the British and French leaving Port Said, 1956; the Chinese
# volunteers leaving North Korea, 1958; Somalia quitting the Ogaden, 1978; Operation Turquoise leaving Rwanda, 1994; US
# troops leaving northern Syria, 2019; US troops landing in Haiti, with a syndicated copy, 1994), written blind in
# session 17 by a helper that read no rule and ran nothing, committed before any run; first run with the session's
# starting rules: P 0.806 R 0.520 pairs 0.810/0.654 status 0.383, unchanged at the session's end. Held out: only its
# figures are read.
# round16 was released for tuning in session 18 (its stories read; round17 and round18 stay held out): a relative clause
# after a force placed in a country speaks of the force ("the U.N. peacekeeping force in southern Lebanon, which has about
# 4,500 troops"), moving in with no place said arrives in the story's country, a war a base served is no host and a span
# of years no strength, bringing troops home under way is a withdrawal under way, each with its own test in other words:
# round16 P 0.778 -> 0.821, R 0.656 -> 0.719, pairs 0.789/0.833 -> 0.842/0.889, status 0.507 -> 0.547; held-out round17
# status 0.383 -> 0.391; the other sets unchanged. (Tried and left out: a force's arrival and presence on one day read as
# arriving, which lowered check, round8 and round12; "since the invasion of" as an arrival, which round8 and round10
# read as a presence.) Its floors follow, a little below.
# round18 (Britain in Kuwait, 1961; the US in Santo Domingo, 1965; the allied forces leaving France, 1967; Kolwezi,
# 1978; Tanzania taking Kampala, 1979; the last Soviet soldier leaving Czechoslovakia, 1991; ECOMIG entering Banjul, with
# a syndicated copy, 2017), written blind in session 18 by a helper that read no rule and ran nothing, committed before
# any run; first run with the session's starting rules: P 0.867 R 0.283 pairs 0.818/0.429 status 0.209. Held out: only
# its figures are read.
# round19 (the Red Army leaving Manchuria, 1946; the last Soviet soldiers leaving Austria, 1955; Nigerians taking over
# from the British in Tanganyika, 1964; the US leaving Thailand, 1976; Papua New Guinea's troops on Santo, 1980; North
# Korea's troops in Kursk, 2025; Operation Alba leaving Albania, with a syndicated copy, 1997), written blind in session
# 19 by a helper that read no rule and ran nothing, committed before any run; first run with the session's starting
# rules: P 0.750 R 0.360 pairs 0.917/0.500 status 0.282. Held out: only its figures are read. With it in place, round17
# was released for tuning (round18 and round19 stay held out).
# round17, released in session 19, tuned on: a force the stories place only at its sites has its host-country entry,
# present while at one and withdrawing when it leaves one for another (round17 status 0.391 -> 0.429, round12 0.561 ->
# 0.579, round15 0.404 -> 0.423, round9 0.537 -> 0.550; held-out round19 P 0.750 -> 0.760, R 0.360 -> 0.380, status
# 0.282 -> 0.298; the other sets unchanged).
# round20 (the French leaving Hanoi, 1954; the Belgians leaving Leopoldville to the U.N. force, 1960; the last British
# forces leaving Malta, 1979; the last South African troops leaving Angola, 1988; Russia leaving Georgia's buffer zones,
# 2008; MINUSTAH closing as the Brazilians leave Haiti, 2017; US armour crossing the Sava into Bosnia for IFOR, with a
# syndicated copy, 1995), written blind in session 20 by a helper that read no rule and ran nothing, committed before any
# run; first run with the session's starting rules (acd0386) and at 8bd6842: P 0.688 R 0.400 pairs 0.727/0.615 status
# 0.373. Held out: only its figures are read. With it in place, round18 was released for tuning (round19 and round20
# stay held out).
# round18, released in session 20, tuned on: towns the gazetteer misreads in a country the article never names do not
# make the story's country, a town a leaving force goes to is no site it left, a plan told in the past is dated when
# agreed, a state named by a force word is that country, no troops to be deployed is no presence, keeping troops is,
# agreeing to go announces a withdrawal, handing back a count of bases is a withdrawal under way, the end of a presence
# marked at a site leaves the country too, each host of a clause is dated by the first of its places, a force named by
# its region is a regional force, a stay told with its end is a withdrawal then, a crossing far from another force's
# leaving still arrives, a country named as its forces' owner is not where the story is, and forces landed arrive
# (round18 P 0.875 -> 0.950, R 0.304 -> 0.413, pairs 0.818/0.429 -> 1.000/0.619, status 0.227 -> 0.455; round14
# 0.950/0.500/0.917/0.478/0.370 -> 0.955/0.550/0.923/0.522/0.410; round11 R 0.759 -> 0.793; held-out round19 and round20
# unchanged; the other sets unchanged).
# Then, in the same session, on round17's and round18's failures: a kind of troops with no people named is the one
# foreign country's whose forces the story names, the Foreign Legion and the Royal Marines name their countries, towns
# a force came from and where a speaker is do not make the story's country, a town placed by its bearing from "the
# city" is in the capital's country, standing guard is a presence, pushing into a town, dropping onto it, being flown or
# ferried in and a landing begun arrive, and the last of a force sailing out of a town leaves the country (round17 P
# 0.812 -> 0.824, R 0.540 -> 0.580, status 0.429 -> 0.444; round18 P 0.950 -> 0.962, R 0.413 -> 0.543, pairs 0.619 ->
# 0.762, status 0.455 -> 0.509; round8 status 0.817 -> 0.833, round10 0.871 -> 0.886, round12 0.579 -> 0.596, round14
# 0.410 -> 0.430; held-out round19 and round20 unchanged, so these rules did not reach unseen stories). Tried and left
# out: the Red Army and the Bundeswehr as forces by their names alone, a bare "Marines" resolved from earlier sentences,
# and references back ("the volunteers"), each of which lowered another set.
# round21 (Turkey landing in Cyprus, 1974; Syrian troops of the Arab Deterrent Force entering Beirut, 1976; the Soviet
# airlift into Kabul, 1979; Russia's army leaving Germany, 1994; Israel's last soldiers leaving Gaza, 2005; the UAE
# handing Aden to Saudi forces, 2019; the Chinese army entering Hong Kong, with a syndicated copy, 1997), written blind
# in session 21 by a helper that read no rule and ran nothing, committed before any run; first run with the session's
# starting rules (2827219) and at 18dbdea: P 0.815 R 0.468 pairs 0.765/0.650 status 0.261. Held out: only its figures
# are read. With it in place, round19 was released for tuning (round20 and round21 stay held out).
# round19, released in session 21, tuned on: a town that names a pact ("the Warsaw Pact") and a ship's name are no
# places, setting off for home leaves, a going told in the passive is announced, an incursion named with a hyphenated
# word is launched, fighting one's way in arrives, every people of a list before one force noun is a force, a capital
# naming its government's deadline and a town where others mutinied are no sites, a second going after "and" has its
# own place and date, a force whose strength follows its noun heads its relative clause, only a remnant left is a
# withdrawal under way, moving up to a place or being flown on to it arrives, a date naming a deadline dates nothing,
# the second of two partners is no site, a force named again by its people alone is that force, going into combat is a
# presence, where a promise was made is no place of the force, and a going told by its time after a relative clause is
# the head's (round19 P 0.760 -> 0.969, R 0.380 -> 0.620, pairs 0.917/0.500 -> 1.000/0.818, status 0.298 -> 0.481;
# round18 0.962/0.543/1.000/0.762/0.509 -> 0.964/0.587/1.000/0.762/0.536; round9 P 0.958 -> 0.960, R 0.733 -> 0.767;
# round17 0.824/0.580/0.810/0.654/0.444 -> 0.853/0.600/0.857/0.692/0.466; held-out round20 unchanged, round21 status
# 0.261 -> 0.304, its P, R and pairs unchanged).
# round22 (the French leaving Syria, 1946; the OAS peace force leaving the Dominican Republic, 1966; Britain's Far East
# Command closing in Singapore, with a syndicated copy, 1971; the Argentine surrender in the Falklands, 1982; the last
# Russian soldiers leaving Poland, 1993; the Spaniards leaving Diwaniya, 2004; Uganda entering eastern Congo, 2021),
# written blind in session 22 by a helper that read no rule and ran nothing, committed before any run; first run with
# the session's starting rules (b8be83c) and at 63b12a0: P 0.839 R 0.415 pairs 0.857/0.500 status 0.248. Held out: only
# its figures are read. With it in place, round20 was released for tuning (round21 and round22 stay held out).
# round20, released in session 22, tuned on: "left there" or "left behind" is no going, a people's word before
# "garrison" names that people's troops, a stay granted until a date is an announced withdrawal, where a going was
# agreed or a deal signed is no place of the force (a state as well as a town), a town's name before "district",
# "province", "River" or "Valley" and a month's name are no sites, a town placed by its bearing from another is in that
# town's country, a full stop at a line's end before a capital ends a sentence, a condition reports nothing even when
# negated, leaving a country's capital is not leaving the country, the first or last of a people named again is that
# people's force, a mission voted closed is announced and one that closed is gone, occupying a town arrives, a pronoun
# after a leading phrase is the earlier force, a province that only bounds the area left is no site, a clause after
# "and" with its own verb inherits no presence, keeping or maintaining a force is a presence, a harbour, airport or
# airfield the gazetteer lacks is a site, and beginning to fly troops in arrives (round20 P 0.688 -> 1.000, R 0.400
# -> 0.509, pairs 0.727/0.615 -> 1.000/0.731, status 0.373 -> 0.567; round15 status 0.423 -> 0.442; held-out round21
# and round22 unchanged, so these rules did not reach unseen stories).
# round23 (the last British troops leaving India, 1948; Soviet troops leaving Budapest as new columns cross at Zahony,
# 1956; the U.N. Emergency Force leaving Gaza and Sinai, 1967; the Australians handing over Nui Dat, 1971; China
# leaving Vietnam, 1979; Arab troops entering Kuwait City, 1991; the Australians landing in Dili, with a syndicated
# copy, 2006), written blind in session 23 by a helper that read no rule and ran nothing, committed before any run;
# first run with the session's starting rules (04bed44) and at ac73549: P 0.697 R 0.329 pairs 0.739/0.472 status
# 0.260. Held out: only its figures are read. With it in place, round21 was released for tuning (round22 and round23
# stay held out).
# round24 (the last Soviet troops leaving Bornholm, 1946; the British leaving Haifa, 1948; Goa's Portuguese garrison
# surrendering, 1961; the Libyans leaving N'Djamena as the OAU force arrives, 1981; KFOR entering Kosovo as Russians hold
# Pristina airport, with a syndicated copy, 1999; Turkey's troops back from northern Iraq, 2008; the AU force taking
# Anjouan, 2008), written blind in session 24 by a helper that read no rule and ran nothing, committed before any run;
# first run with the session's starting rules (7c85aa2) and at 67ad597: P 0.585 R 0.400 pairs 0.571/0.615 status 0.312.
# Held out: only its figures are read. With it in place, round22 was released for tuning (round23 and round24 stay held
# out).
# round25 (the last U.S. combat troops leaving Korea, 1949; the last British troops leaving the Suez Canal Zone, 1956;
# the Marines flying into Udorn, 1962; the last South African troops leaving Angola, 1976; the Indian Peace Keeping
# Force landing at Palaly, 1987; U.S., French and Canadian troops in Port-au-Prince, with a syndicated copy, 2004;
# Ukrainian troops entering Kherson after Russia's pullout, 2022), written blind in session 25 by a helper that read no
# rule and ran nothing, committed unchanged after its first run with the session's starting rules (bc9e2fd): P 0.724
# R 0.447 pairs 0.824/0.636 status 0.289. Held out: only its figures are read. With it in place, round23 was released
# for tuning (round24 and round25 stay held out).
# round26 (the last British troops leaving Java, 1946; the U.N. force taking over in Cyprus, 1964; the Gulf sheikhdoms
# uniting as Britain leaves, 1971; U.S. troops holding Panama City, 1989; the West African force taking Freetown, with a
# syndicated copy, 1998; a second group of Russian jets leaving Hmeimim, 2016; the Darfur peacekeepers ending their
# mission, 2020), written blind in session 26 by a helper that read no rule and ran nothing, committed unchanged after
# its first run with the session's starting rules (420925e): P 0.730 R 0.458 pairs 0.773/0.708 status 0.355. Held out:
# only its figures are read. With it in place, round24 was released for tuning (round25 and round26 stay held out).
# round27 (the U.N. handing West New Guinea to Indonesia, 1963; the first Marines landing at Da Nang, 1965; Moscow
# denying a combat brigade in Cuba, 1979; Libyan troops still in Chad after France's pullout, 1984; Japanese engineers
# reaching Cambodia for UNTAC, 1992; the last U.S. personnel leaving Manta, with a syndicated copy, 2009; Ukraine
# extending the Black Sea Fleet's lease, 2010), written blind in session 27 by a helper that read no rule and ran
# nothing, committed unchanged after its first run with the session's starting rules (d033311): P 0.826 R 0.396 pairs
# 0.875/0.636 status 0.345. Held out: only its figures are read. With it in place, round25 was released for tuning
# (round26 and round27 stay held out).
# round28 (the Soviets handing Porkkala back to Finland, 1956; Algeria's flag over Mers el-Kebir, 1968; Indonesian troops
# taking Dili, 1975; Soviet troops to leave Mongolia, 1990; U.S. trainers in Georgia, 2002; the U.N. mission in Sierra
# Leone ending, 2005; Russian servicemen staying in Venezuela, with a syndicated copy, 2019), written blind in session 28
# by a helper that read no rule and ran nothing, committed unchanged after its first run with the session's starting
# rules (aa8901c): P 0.861 R 0.633 pairs 0.880/0.815 status 0.427. Held out: only its figures are read. With it in
# place, round26 was released for tuning (round27 and round28 stay held out).
# round29 (Italian troops entering Trieste as the British and Americans leave, 1954; the last RAF men leaving Habbaniya,
# 1959; the last U.S. officers leaving Taiwan, 1979; the U.S. Navy closing its Bermuda air station, 1995; New Zealand and
# Australian troops landing in Tonga, 2006; UNMEE's contingents flown out of Eritrea, 2008; the last German soldiers
# leaving Incirlik for Jordan, with a syndicated copy, 2017), written blind in session 29 by a helper that read no rule
# and ran nothing, committed unchanged after its first run with the session's starting rules (870af4b): P 0.636 R 0.389
# pairs 0.652/0.577 status 0.255. Held out: only its figures are read. With it in place, round27 was released for
# tuning (round28 and round29 stay held out).
# round30 (the last Soviet troops leaving northern Norway, 1945; the last U.S. advisers leaving Laos, 1962; Belgian
# paratroopers regrouping at Kamina after the Stanleyville rescue, 1964; the last allied troops leaving northern Iraq,
# 1991; the U.S. Air Force handing Torrejon back to Spain, with a syndicated copy, 1992; Paraguay ending U.S. troops'
# immunity, 2006; Japan ending its engineers' mission in South Sudan, 2017), written blind in session 30 by a helper
# that read no rule and ran nothing, committed unchanged after its first run with the session's starting rules
# (8755897): P 0.955 R 0.525 pairs 1.000/0.652 status 0.443. Held out: only its figures are read. With it in place,
# round28 was released for tuning (round29 and round30 stay held out).
# round31 (the last American troops leaving Czechoslovakia from Pilsen as the Red Army goes too, 1945; the last Egyptian
# troops sailing from Hodeidah, 1967; Vietnamese troops taking Phnom Penh while Hanoi denies it, 1979; U.S. troops
# landing at Palmerola in Honduras, 1988; the last Senegalese soldiers leaving Bissau, 1999; Australian soldiers and
# police arriving in Honiara, with a syndicated copy, 2021; U.S. soldiers killed at Tower 22 in Jordan, 2024), written
# blind in session 31 by a helper that read no rule and ran nothing, committed unchanged after its first run with the
# session's starting rules (fa74707): P 0.897 R 0.703 pairs 0.864/0.792 status 0.455. Held out: only its figures are
# read. With it in place, round29 was released for tuning (round30 and round31 stay held out).
# round23, released in session 25, tuned on: a country's former name (Ceylon), battalions, brigades and regiments as
# forces and units only promised as none, Britain's navy and air force by name and a base retained, a gapped second
# subject with a station of its own, a UN mission by any full name, a withdrawal begun and one that began at a date,
# what remained of a force as no stay, the state a country broke away from as no host, others asking a force to go as
# no announcement, a force's noun read as a town, sweeping, following a column or seizing a town by its kind as
# arrivals, an army officer as a person, a country's name modifying a noun after "a" as no host, a force a change leaves
# behind, divisions kept, and a half of a country named by its compass point (round23 P 0.697 -> 0.850, R 0.329 ->
# 0.479, pairs 0.739/0.472 -> 0.893/0.694, status 0.260 -> 0.446; round15 P 0.870 -> 0.909; round17 status 0.474 ->
# 0.481; round20 R 0.527 -> 0.545; held-out round24 and round25 unchanged).
# round24, released in session 26, tuned on: the African Union by its initials and the OAU as IGO forces (a curated word
# of two capitals matched in capitals only), an organisation's troops from a list of countries as each country's
# contingent, with the forces named beside them sharing the verb, and a town where military attaches speak as no site
# (round24 P 0.591 -> 0.673, R 0.433 -> 0.550, pairs 0.571/0.615 -> 0.656/0.808, status 0.312 -> 0.513; every other set
# unchanged, held-out round25 and round26 included).
# round24 and earlier rounds, tuned again in session 26: a town placed by its bearing alone from a named town ("Slatina,
# south-west of Pristina") is in that town's country, troops back in their bases at home have left the country they
# were sent into, a country's army speaking of its own troops ("the troops it sent") speaks of its force, a garrison
# that surrendered in a province is gone from the country (the province no site), and leaving "the city" leaves the
# town named before, not the country (round24 P 0.673 -> 0.723, R 0.550 -> 0.567, pairs 0.656/0.808 -> 0.700/0.808,
# status 0.513 unchanged; every other set unchanged, held-out round25 and round26 included).
# round25, released in session 27, tuned on: a leader leaving is no going of his country's force, taking up or holding
# positions, camping and digging in place a force, a town where an accord was signed is no site, a presence ended as a
# whole ends the country and is dated by its going, occupying a country is an arrival, a town before "Canal" or
# "Peninsula" is no site, the last of a force driving back across a border has left, "would be out of" and an ending
# after an announcement are still to come, a going asked about is no announcement, and things a force left behind are no
# going of it (round25 P 0.724 -> 0.793, R 0.447 -> 0.489, pairs 0.824/0.636 -> 0.833/0.682, status 0.289 -> 0.471;
# round14 status 0.430 -> 0.440, round24 P 0.723 -> 0.739; every other set unchanged, held-out round26 and round27
# included).
# Earlier rounds, tuned again in session 27: contingents of a force named by no country ("the force numbers 5,000 men,
# with a Chilean contingent of about 600 and smaller units from Peru and Nepal") are each country's force in the country
# the force is in, with the force's status and only their own strength; soldiers and policemen from a list, and a
# mission's troops named by their peoples in apposition, too (round15 P 0.909 -> 0.923, R 0.488 -> 0.581, pairs
# 0.867/0.591 -> 0.895/0.773, status 0.442 -> 0.519; round20 R 0.545 -> 0.582; round22 R 0.631 -> 0.692; every other
# set unchanged, held-out round26 and round27 included).
# round26, released in session 28, tuned on: a going promised "once" or "as soon as" something comes about is a
# condition, an airport named like a town of a country the story never points to is no place in it, a force leaving
# a post of its own with no place after it has moved inside the country, staging posts or stations kept are a presence,
# a group counted after others and the first aircraft or ships to leave are part of a force (withdrawing), and the
# run-down of a garrison is a withdrawal under way (round26 P 0.730 -> 0.789, R 0.458 -> 0.508, pairs 0.773/0.708 ->
# 0.818/0.750, status 0.355 -> 0.442; every other set unchanged, held-out round27 and round28 included).
# round29, released in session 31, tuned on: a town that names an event ("after the Paris attacks") is no place of the
# force, a toll left by riots is no going, a base the gazetteer does not know lies in the country its sentence opens
# with ("In the Philippines, …"), troops returned to their countries have gone home, a station or post of its own closed
# or shut is left, and the RAF by its initials (round29 P 0.636 -> 0.784, R 0.389 -> 0.537, pairs 0.652/0.577 ->
# 0.720/0.692, status 0.255 -> 0.440; every other set unchanged, held-out round30 and round31 included).
# round30, released in session 32, tuned on: a going told by its time alone ("withdrew in April 1993"), officers as a
# body of the force and a last group told in apposition, paratroopers dropped on a place, a unit named by its number,
# going back to the force's own country, "ending a presence in X", airports named with their town, Yugoslav forces
# (SRB), troops that "joined them", a treaty that "provided for the withdrawal", "the last allied soldiers left X", and a
# signing's venue no host (round30 P 0.957 -> 0.969, R 0.550 -> 0.775, pairs 1.000/0.652 -> 1.000/0.870, status 0.443
# -> 0.642; round29 R 0.537 -> 0.574, status 0.440 -> 0.511; round23 and round24 up a little; held-out round31 status
# 0.495 -> 0.505, held-out round32 R 0.824 -> 0.853 with status 0.547 -> 0.537).
# round31, released in session 33, tuned on: the countries a mission's troops come from told in apposition or after a
# comma send contingents and are no hosts, a force that guards a place now is there, the last troops crossing from one
# country into another leave the first, sailing from a port leaves the country, "most" divisions leaving are a part, a
# ruler's title or a war dating a clause names no host, an arrival long past told in a relative clause on a force now
# leaving adds no presence, and a withdrawal "agreed" in the passive of its noun is announced (round31 P 0.900 -> 1.000,
# R 0.730 -> 0.892, pairs 0.864/0.792 -> 1.000/1.000, status 0.505 -> 0.758; round22-round24 and round29 up a little;
# held-out round32 P 0.644 -> 0.652, R 0.853 -> 0.882; held-out round33 unchanged). In the same session a stay held to a
# limit ("no longer than we are needed") is no presence and a presence dated by its own arrival in the same clause is
# dated by the report (status: round14 0.440 -> 0.460, round16 0.547 -> 0.587, round19 0.466 -> 0.489, round25 0.496
# -> 0.512, round8 0.833 -> 0.817, following the majority of the ledgers; held-out sets unchanged); and a mission's
# announced going is given to the national contingents the story tells of in the host, "began going home" is going,
# and a mandate extended for a final period announces the going on the vote's day (status: round26 0.536 -> 0.551,
# round28 0.487 -> 0.521; held-out sets unchanged).
# round32, held out from session 32: first run with that session's starting rules (af94fcf) P 0.636 R 0.824 pairs
# 0.677/0.955 status 0.547, the first held-out set whose precision is below its recall.
# round33 (the last Soviet troops handing Port Arthur to China, 1955; the U.S. Air Force handing Nouasseur to Morocco
# while the Navy stays at Kenitra, 1963; the last cruise missiles leaving Greenham Common, 1991; the truce monitors
# reaching Arawa on Bougainville, 1997; Australia's combat troops leaving Tallil, with a syndicated copy, 2008; the U.N.
# mission in Liberia closing, 2018; U.S., Canadian and British trainers to leave Ukraine, 2022), written blind in
# session 33 by a helper that read no rule and ran nothing, committed unchanged after its first run with the session's
# starting rules (ef039b9): P 0.821 R 0.561 pairs 0.789/0.682 status 0.356. Held out: only its figures are read. With
# it in place, round31 was released for tuning (round32 and round33 stay held out).
# Released in session 35 for tuning, when round35 was held out (P 0.821 R 0.561 pairs 0.789/0.682 status 0.373 then),
# and tuned on in that session: "-led" and "-backed" name who leads, not where, when the NER drops "U.S."'s dot; an
# announcement is dated when made, not by its "by" deadline, and what leaders announce that a force will do is the
# force's; a town a leader stopped at is no site; keeping servicemen, airmen or sailors is a presence; "30,000 of them"
# is part of the force just named; a country named only as a neighbour is no host, and troops massed near a border
# are in none; a U.N. mission by its full name is the force (round33 P 0.889 R 0.585 pairs 0.889/0.727 status 0.449,
# round27 status 0.491 -> 0.500). A reader that made the names after "the air bases of" bases lifted round33's recall
# further (0.659) but cost held-out round35's (0.465 -> 0.419) and was taken out. A helper on status across the
# released rounds made "pulled out" with nothing after it or "overnight", and "brought the last of them home", a going
# done, and "what is left of" a force no going (round14 status 0.460 -> 0.480, round23 R 0.562 -> 0.589, status 0.492
# -> 0.497); held-out round34 and round35 unchanged.
# round34 (French troops entering Hanoi as China's occupation army prepares to leave, 1946; the U.N. Emergency Force
# taking Sharm el-Sheikh as the last Israeli soldiers leave Egypt, 1957; China's ceasefire and promised pullback in the
# Himalayas, 1962; U.S. anti-drug troops flown out of Bolivia while Air Force trainers arrive, 1986; NATO's Task Force
# Harvest collecting rebel weapons in Macedonia, 2001; South Africa to pull its soldiers out of the Central African
# Republic, 2013; the Southern African mission ending in Mozambique while Rwanda stays, with a syndicated copy, 2024),
# written blind in session 34 by a helper that read no rule and ran nothing, committed unchanged after its first run
# with the session's starting rules (667da2e): P 0.925 R 0.632 pairs 0.909/0.714 status 0.347. Held out: only its
# figures are read. With it in place, round32 was released for tuning (round33 and round34 stay held out).
# Released in session 36 for tuning, when round36 was held out (P 0.925 R 0.632 pairs 0.909/0.714 status 0.374 then).
# round32, released in session 34, tuned on: a namesake town placed once beside a country's place is that country's at
# every mention, "no U.S. troops" held nowhere, troops that could be sent are no arrival, a town placing a venue of
# talks is a venue, a name the story calls a province is no site, a name with a role in apposition is a person, and the
# soldiers a strike kills are not the striker's (round32 P 0.652 -> 0.833, pairs 0.677 -> 0.808, status 0.537 ->
# 0.558; every other set unchanged, held-out round33 and round34 included). In the same session "no orders to leave"
# became a negation, a city naming a deal or a ministry's seat no site, a site whose last step is an arrival no longer
# takes the country's withdrawal announcement, what a government says of the force just named became that force's,
# "brought them home" gone, and a headline with no date of its own took its lead's day (status: round32 0.558 -> 0.600,
# round30 0.642 -> 0.660, round24 0.552 -> 0.565, round19 0.489 -> 0.504, held-out round33 0.356 -> 0.373 and round34
# 0.347 -> 0.374; no figure of any set dropped).
# round35 (U.S. Marines landing at Reykjavik beside the British garrison, 1941; Royal Marines retaking Limbang as
# British troops put down the Brunei revolt, 1962; the Commonwealth Monitoring Force taking up its positions in Rhodesia,
# 1979; the first South African soldiers of Burundi's protection force landing at Bujumbura, 2001; Colombia and the
# United States signing the seven-bases accord, with Manta gone, 2009; Chadian troops crossing from Fotokol to retake
# Gamboru, with a syndicated copy, 2015; India pulling back from the Doklam plateau, 2017), written blind in session 35
# by a helper that read no rule and ran nothing, committed unchanged after its first run with the session's starting
# rules (eb3afe6): P 0.645 R 0.465 pairs 0.684/0.500 status 0.356. Held out: only its figures are read. With it in
# place, round33 was released for tuning (round34 and round35 stay held out).
# Released in session 37 for tuning, when round37 was held out (P 0.645 R 0.465 pairs 0.684/0.500 status 0.356 then).
# round36 (the Warsaw Pact announcing that the Soviet troops will leave Romania, 1958; Syria's armour pulling back out of
# northern Jordan while Iraqi troops stay around Mafraq, 1970; Spain ending its presence in Western Sahara as Moroccan
# and Mauritanian troops move in, 1976; Georgia's brigade flown home from Iraq as Russian forces push into Georgia, with
# a syndicated copy, 2008; Canada ending its combat mission at Kandahar while its trainers start in Kabul, 2011; Turkish
# troops taking Afrin, 2018; Russian forces leaving the Kyiv region, 2022), written blind in session 36 by a helper that
# read no rule and ran nothing, committed unchanged after its first run with the session's starting rules (080f0b6):
# P 0.795 R 0.652 pairs 0.905/0.826 status 0.382. Held out: only its figures are read. With it in place, round34 was
# released for tuning (round35 and round36 stay held out).
# Released in session 38 for tuning, when round38 was held out (P 0.800 R 0.674 pairs 0.905/0.826 status 0.398 then).
# round37 (Tass saying the Soviet troops have left North Korea while U.S. troops stay in the South, 1948; India and
# Pakistan finishing their pullback to the pre-war lines under the Tashkent Declaration, 1966; the last Israeli troops
# leaving south Lebanon after Operation Litani, 1978; Britain handing Belize its own defence while a training unit stays,
# 1994; the EU force in Chad handing over to MINURCAT, with a syndicated copy, 2009; Putin calling the armed men in
# Crimea local self-defence forces, 2014; Israel keeping its troops on Mount Hermon and in the Golan buffer zone, 2024),
# written blind in session 37 by a helper that read no rule and ran nothing, committed unchanged after its first run
# with the session's starting rules (22d10d4): P 0.622 R 0.538 pairs 0.704/0.792 status 0.500. Held out: only its
# figures are read. With it in place, round35 was released for tuning (round36 and round37 stay held out).
# round38 (MacArthur reaching Australia as U.S. troops land at Brisbane and Japan takes Rabaul, Lae and Java, 1942; the
# occupation of Japan ending while U.S. forces stay under the security treaty, 1952; the first U.S. troops of Nixon's
# cut leaving South Vietnam, 1969; Pakistan's eastern command surrendering at Dacca as Indian troops enter, 1971; the
# U.S.-led force handing Haiti to the U.N. mission, 1995; Putin opening the Kant air base beside the coalition's Manas,
# 2003; Panama letting U.S. troops rotate through its former bases, with a syndicated copy, 2025), written blind in
# session 38 by a helper that read no rule and ran nothing, committed unchanged after its first run with the session's
# starting rules (d79ce0d): P 0.805 R 0.623 pairs 0.783/0.667 status 0.471. Held out: only its figures are read. With
# it in place, round36 was released for tuning (round37 and round38 stay held out).
# Floors a little below; raise them when the rules improve, never tune to these files.
CHECK_FLOORS = {
    "": {"precision": 0.94, "recall": 0.89, "pair_precision": 0.95, "pair_recall": 0.95, "status_agreement": 0.86},
    "round2": {"precision": 0.85, "recall": 0.85, "pair_precision": 0.95, "pair_recall": 0.95, "status_agreement": 0.86},
    "round3": {"precision": 0.95, "recall": 0.97, "pair_precision": 0.95, "pair_recall": 0.95, "status_agreement": 0.92},
    "round4": {"precision": 0.85, "recall": 0.85, "pair_precision": 0.95, "pair_recall": 0.95, "status_agreement": 0.84},
    "round5": {"precision": 1.0, "recall": 0.95, "pair_precision": 0.95, "pair_recall": 0.95, "status_agreement": 0.94},
    "round6": {"precision": 1.0, "recall": 0.99, "pair_precision": 1.0, "pair_recall": 1.0, "status_agreement": 0.95},
    "round7": {"precision": 1.0, "recall": 1.0, "pair_precision": 1.0, "pair_recall": 1.0, "status_agreement": 0.76},
    "round8": {"precision": 0.97, "recall": 0.85, "pair_precision": 0.95, "pair_recall": 0.95, "status_agreement": 0.81},
    "round9": {"precision": 0.93, "recall": 0.74, "pair_precision": 0.95, "pair_recall": 0.75, "status_agreement": 0.55},
    "round10": {"precision": 0.94, "recall": 0.94, "pair_precision": 0.97, "pair_recall": 0.97, "status_agreement": 0.86},
    "round11": {"precision": 0.97, "recall": 0.77, "pair_precision": 0.97, "pair_recall": 0.78, "status_agreement": 0.77},
    "round12": {"precision": 0.89, "recall": 0.73, "pair_precision": 0.94, "pair_recall": 0.85, "status_agreement": 0.63},
    "round13": {"precision": 0.85, "recall": 0.75, "pair_precision": 0.9, "pair_recall": 0.85, "status_agreement": 0.52},
    "round14": {"precision": 0.94, "recall": 0.66, "pair_precision": 0.92, "pair_recall": 0.68, "status_agreement": 0.47},
    "round15": {"precision": 0.92, "recall": 0.70, "pair_precision": 0.89, "pair_recall": 0.89, "status_agreement": 0.62},
    "round16": {"precision": 0.79, "recall": 0.69, "pair_precision": 0.81, "pair_recall": 0.86, "status_agreement": 0.52},
    "round17": {"precision": 0.89, "recall": 0.62, "pair_precision": 0.89, "pair_recall": 0.75, "status_agreement": 0.48},
    "round18": {"precision": 0.97, "recall": 0.56, "pair_precision": 0.95, "pair_recall": 0.73, "status_agreement": 0.51},
    "round19": {"precision": 0.96, "recall": 0.63, "pair_precision": 0.97, "pair_recall": 0.79, "status_agreement": 0.48},
    "round20": {"precision": 0.97, "recall": 0.62, "pair_precision": 0.97, "pair_recall": 0.82, "status_agreement": 0.59},
    "round21": {"precision": 0.92, "recall": 0.68, "pair_precision": 0.93, "pair_recall": 0.93, "status_agreement": 0.49},
    "round22": {"precision": 0.90, "recall": 0.67, "pair_precision": 0.91, "pair_recall": 0.80, "status_agreement": 0.49},
    "round23": {"precision": 0.91, "recall": 0.62, "pair_precision": 0.91, "pair_recall": 0.72, "status_agreement": 0.52},
    "round24": {"precision": 0.72, "recall": 0.56, "pair_precision": 0.69, "pair_recall": 0.82, "status_agreement": 0.54},
    "round25": {"precision": 0.81, "recall": 0.52, "pair_precision": 0.87, "pair_recall": 0.71, "status_agreement": 0.48},
    "round26": {"precision": 0.81, "recall": 0.58, "pair_precision": 0.89, "pair_recall": 0.80, "status_agreement": 0.54},
    "round27": {"precision": 0.90, "recall": 0.54, "pair_precision": 0.91, "pair_recall": 0.70, "status_agreement": 0.48},
    "round28": {"precision": 0.88, "recall": 0.74, "pair_precision": 0.91, "pair_recall": 0.91, "status_agreement": 0.47},
    "round29": {"precision": 0.85, "recall": 0.61, "pair_precision": 0.82, "pair_recall": 0.82, "status_agreement": 0.51},
    "round30": {"precision": 0.94, "recall": 0.74, "pair_precision": 0.97, "pair_recall": 0.84, "status_agreement": 0.64},
    "round31": {"precision": 0.97, "recall": 0.86, "pair_precision": 0.97, "pair_recall": 0.97, "status_agreement": 0.74},
    "round32": {"precision": 0.80, "recall": 0.85, "pair_precision": 0.78, "pair_recall": 0.93, "status_agreement": 0.58},
    "round33": {"precision": 0.86, "recall": 0.56, "pair_precision": 0.86, "pair_recall": 0.70, "status_agreement": 0.46},
    "round34": {"precision": 0.93, "recall": 0.68, "pair_precision": 0.89, "pair_recall": 0.76, "status_agreement": 0.54},
    "round35": {"precision": 0.74, "recall": 0.58, "pair_precision": 0.70, "pair_recall": 0.59, "status_agreement": 0.47},
    "round36": {"precision": 0.77, "recall": 0.63, "pair_precision": 0.88, "pair_recall": 0.80, "status_agreement": 0.36},
    "round37": {"precision": 0.59, "recall": 0.51, "pair_precision": 0.67, "pair_recall": 0.76, "status_agreement": 0.47},
    "round38": {"precision": 0.77, "recall": 0.59, "pair_precision": 0.75, "pair_recall": 0.63, "status_agreement": 0.44},
}


@pytest.mark.parametrize("part", sorted(CHECK_FLOORS))
def test_presence_check_ledger(part: str, tmp_path: Path) -> None:
    from dataclasses import replace

    from sitrep import api
    from sitrep.settings import load_settings
    from sitrep.storage import open_store

    from .conftest import REPO

    check = REPO / "examples" / "presence_check" / part
    db = str(tmp_path / "check.duckdb")
    api.ingest([str(p) for p in sorted(check.glob("*.txt"))], replace(load_settings(), db=db, on_error="skip"))  # not round2/
    with open_store(db, read_only=True) as store:
        found = presence.stored_ledger(store)
    score = presence.score_ledger(found, presence.load_gold_ledger(check / "ledger.yaml"))
    report = "\n".join(["false: " + ", ".join(score.false_entries), "missed: " + ", ".join(score.missed_entries),
                        *score.disagreements])
    for name, floor in CHECK_FLOORS[part].items():
        assert getattr(score, name) >= floor, f"{part or 'check'}: {name} {getattr(score, name):.3f} < {floor}\n{report}"


@pytest.mark.parametrize(("text", "host"), [
    ("The last Soviet tank regiment left Czechoslovakia by rail on Tuesday, the Defence Ministry in Prague said.", "CZE"),
    ("South African police units stationed in Rhodesia since 1967 began pulling out on Monday.", "ZWE"),
    ("Indian troops moved into East Pakistan on Friday as the fighting spread.", "BGD"),
    ("British troops landed in the Netherlands East Indies in September.", "IDN"),
])
def test_a_former_state_is_the_country_that_holds_its_land_now(text: str, host: str) -> None:
    # older wire copy names states that no longer exist; the gazetteer reads them as today's state, not as nothing
    from sitrep import api

    assert host in {p.host for p in presence.statements(api.extract(text, "1980-01-01"))}


def test_an_airport_named_after_its_country_is_one_site_in_that_country() -> None:
    # the gazetteer reads "Bahrain" and an unknown "International Airport"; the airport must not take the host of the
    # Iraqi armour the clause goes on to tell of
    from sitrep import api

    text = ("British paratroopers, who flew in from Cyprus on Monday, secured Bahrain International Airport on Tuesday "
            "after Iraqi tanks were reported massing to the north.")
    found = {(p.host, p.site.name) for p in presence.statements(api.extract(text, "1990-08-10"))}
    assert ("BHR", "Bahrain International Airport") in found and not any(host == "IRQ" for host, _ in found)


def test_a_town_a_story_gives_to_a_country_by_name_is_that_countrys_at_every_mention() -> None:
    # a story told in Colombia, where a namesake of Ecuador's port stands: the owner named once holds for both mentions
    from sitrep import api

    text = ("U.S. advisers train Colombian troops at Tolemaida, south-west of Bogota. U.S. surveillance planes used "
            "Ecuador's Manta air base for a decade, until Quito declined to renew the lease. The last U.S. airmen left "
            "Manta in September, a Colombian officer said.")
    found = {(p.host, p.site.name) for p in presence.statements(api.extract(text, "2009-10-31")) if p.site.name == "Manta"}
    assert found == {("ECU", "Manta")}


def test_scorer_counts_false_and_missed_entries() -> None:
    gold = [presence.GoldEntry("FRA", "NER", None, (("present", "2013"), ("withdrawn", "2023-12")), "withdrawn"),
            presence.GoldEntry("USA", "NER", "Air Base 101", (("present", "2023-12-22"),), "present")]
    fra = presence.statements(item("France keeps about 1,500 soldiers in Niger.", "2013-05-01"))
    gone = presence.statements(item("The last French soldiers left Niger in December.", "2023-12-23"))
    wrong = presence.statements(item("Nigerien soldiers keep 100 troops in Mali.", "2020-01-01"))
    score = presence.score_ledger(presence.ledger(fra + gone + wrong), gold)
    assert score.false_entries == ("NER|MLI|-",)
    assert score.missed_entries == ("USA|NER|Air Base 101",)
    assert score.precision == 0.5 and score.recall == 0.5
    assert score.status_agreement == 3 / 5  # the French timeline agrees at 2013, 2023-12 and finally; the base nowhere


def test_force_words_match_as_a_plain_longest_first_alternation_would() -> None:
    # the force words are compiled as a trie for speed; the matches must be the alternation's
    words = [w for w, _ in presence.cues().force_words]
    plain = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, words)) + r")(?:'s)?(?![\w])", re.I)
    text = ("South Sudanese and Sudanese troops met Nigerien and Nigerian officers in Niger; the US's forces, "
            "American instructors, Russia's Africa Corps and the Central African Republic's army stayed. "
            "French soldiers left Mali and the Democratic Republic of the Congo.")
    found = [(m.span(), m.group(1)) for m in presence.cues().force_re.finditer(text)]
    assert found == [(m.span(), m.group(1)) for m in plain.finditer(text)]
    assert ((0, 5), "South") not in found and any(g == "South Sudanese" for _, g in found)


def test_a_force_that_drives_others_out_is_not_leaving() -> None:
    text = "Turkish soldiers have been in Libya since 2017, when they pushed out the militias that held the airport."
    assert {(p.force.country, p.host, p.status) for p in presence.statements(item(text))} == {("TUR", "LBY", "present")}
    # driven out themselves, they leave; and so when the verb's object is the force
    assert {p.status for p in presence.statements(item("Turkish soldiers were pushed out of Libya in 2017."))} == {"withdrawn"}
    assert {p.status for p in presence.statements(item("The militias pushed the Turkish soldiers out of Libya in 2017."))} == {"withdrawn"}


def test_a_city_whose_base_was_named_is_that_base_again() -> None:
    text = "French troops handed over their base in N'Djamena on Friday. French soldiers had been in N'Djamena since 1975."
    found = presence.statements(item(text))
    assert {(p.site.name, p.status) for p in found if p.site.name} == {("Kossei base", "withdrawn"), ("Kossei base", "present")}


def test_a_number_of_a_stated_total_leaving_is_a_part_of_the_force() -> None:
    text = "Rwanda has withdrawn 300 of its 1,000 soldiers from Mozambique, the army said on Friday."
    assert ("RWA", "MOZ", None, "withdrawing", 1000) in rows(presence.statements(item(text)))


def test_the_article_countrys_own_force_that_withdraws_was_abroad() -> None:
    text = ("Chad has withdrawn 400 of the 1,400 troops it had lent to a regional force patrolling the borderlands of Niger and Mali. "
            "Chad needs them to face a rebellion in Chad.")
    # (which of the two countries named is the host is left to the article's weight; that there is one is the point)
    found = presence.statements(item(text))
    assert {(p.force.country, p.status) for p in found} == {("TCD", "withdrawing")} and {p.host for p in found} <= {"NER", "MLI"}


def test_soldiers_going_back_into_a_country_are_its_own() -> None:
    # (France, the last country named as holding forces, is not who went back)
    text = ("Chad has withdrawn 400 of its 1,400 soldiers from Niger. France has for years pressed its partners to commit more "
            "troops. The soldiers who left crossed back into Chad on Friday.")
    assert not [p for p in presence.statements(item(text)) if p.force.country == "FRA" and p.status != "present"]


def test_a_town_where_a_speaker_is_is_no_site() -> None:
    text = "French soldiers left Niger on Friday, a diplomat in Niamey said."
    assert rows(presence.statements(item(text))) == {("FRA", "NER", None, "withdrawn", None)}


def test_capitals_that_both_said_something_are_governments_not_sites() -> None:
    text = "Washington and Baghdad had both said that American soldiers would stay in Iraq."
    assert {(p.host, p.site.name) for p in presence.statements(item(text))} == {("IRQ", None)}


def test_a_force_near_a_countrys_border_is_not_in_it() -> None:
    text = "Rwanda has stationed about 2,000 troops in Burkina Faso and keeps more near Congo's eastern frontier, UN experts said."
    assert {p.host for p in presence.statements(item(text))} == {"BFA"}
    # (but a country's border regions are in it)
    assert {p.host for p in presence.statements(item("Rwandan troops are deployed in Congo's border regions."))} == {"COD"}


def test_deployed_at_a_time_is_an_arrival_then() -> None:
    text = "The Kenyan police contingent, deployed in January under a UN mandate, is based in the capital of Haiti."
    found = presence.statements(item(text, "2025-06-01"))
    # arrived in January, and so there when the report is written
    assert {(p.force.country, p.host, p.status, p.as_of.value if p.as_of else None) for p in found} == {
        ("KEN", "HTI", "arriving", "2025-01"), ("KEN", "HTI", "present", "2025-06-01")}


def test_a_site_reported_kept_is_not_left_by_a_country_wide_cut() -> None:
    text = "France will halve its 2,000 soldiers in Mali, the ministry said on Friday. French troops will stay at their camp in Kidal."
    final = {p.site.name: p.status for p in presence.ledger(presence.statements(item(text)))}
    assert final == {None: "withdrawal_announced", "Kidal camp": "present"}


@pytest.mark.parametrize("text", [
    # the dot of an initial does not end the reach of "last"
    "The last U.S. marines sailed out of Somalia on Friday.",
    # crossing the border from a country leaves it
    "The final column of Kenyan troops drove across the border from Somalia on Friday.",
])
def test_the_last_troops_leaving(text: str) -> None:
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("SOM", "withdrawn")}


def test_a_departure_that_was_due_and_a_stay_instead_is_a_presence() -> None:
    text = "Rwandan soldiers who were scheduled to leave Mozambique once their mandate ran out will remain, officials said on Friday."
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("MOZ", "present")}
    # the plan alone is an announcement
    text = "Rwandan soldiers are scheduled to leave Mozambique once their mandate runs out, officials said on Friday."
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("MOZ", "withdrawal_announced")}


def test_a_change_named_as_its_own_subject_is_the_forces_spoken_of() -> None:
    text = "Belgian troops had been in Mali since about 2013. The pullout comes a month after the handover of the Kidal camp in October."
    found = presence.statements(item(text))
    assert ("BEL", "MLI", "withdrawn", "2023-10") in {(p.force.country, p.host, p.status, p.as_of.value if p.as_of else None)
                                                      for p in found}
    # (not a change named with its force: "The withdrawal of Russian troops …" is Russia's alone)
    text = "Belgian troops had been in Mali since about 2013. The withdrawal of Russian troops from Mali began in October."
    assert "BEL" not in {p.force.country for p in presence.statements(item(text)) if p.status != "present"}


def test_a_capital_that_shuts_something_is_its_government() -> None:
    text = "France keeps its air base in Chad despite a call that N'Djamena shut it down, officials said on Friday."
    assert {p.site.name for p in presence.statements(item(text))} == {None}


@pytest.mark.parametrize(("text", "status"), [
    ("Italy has no intention of closing its training base in Niger, the defence minister said on Friday.", "present"),
    ("Italy will close its training base in Niger, the defence minister said on Friday.", "withdrawal_announced"),
])
def test_a_forces_own_base_to_be_closed(text: str, status: str) -> None:
    assert {(p.force.country, p.host, p.status) for p in presence.statements(item(text)) if p.site.name is None} == {("ITA", "NER", status)}


def test_a_town_named_as_where_a_site_is_lies_in_the_sites_country() -> None:
    # the town is misread as one of another country (here "Tripoli", Libya's, for a town by the base in Niger)
    text = "The last German soldiers flew out of Air Base 101 in the desert town of Tripoli on Friday."
    assert {p.host for p in presence.statements(item(text))} == {"NER"}


def test_a_province_of_a_country_the_article_never_names_is_a_host_only_when_named_as_itself() -> None:
    # the gazetteer's reading of a common name may be a province far away ("the Gulf", Papua New Guinea's)
    assert not presence.statements(item("US warships are deployed in the Gulf, officials said on Friday."))
    for text in ("Rwandan troops are deployed in South Kivu, officials said on Friday.",
                 "Rwandan troops are deployed in South Kivu, in eastern Congo, officials said on Friday."):
        assert {p.host for p in presence.statements(item(text))} == {"COD"}


def test_a_base_a_force_opened_is_its_site_there_since() -> None:
    text = "Italy opened the Ali Ben Said base in Niger in 2017, under a pact signed with Niamey."
    it = item(text)
    start = text.index("Ali")  # a facility the NER tagged and the gazetteer does not know
    it = replace(it, places=(*it.places, Place("Ali Ben Said", start, start + 12, "Ali Ben Said", None, None, None, None,
                                               precision="facility")))
    found = presence.statements(it)
    assert ("ITA", "NER", "Ali Ben Said", "present", "2017") in {
        (p.force.country, p.host, p.site.name, p.status, p.since.value if p.since else None) for p in found}


def test_a_presence_that_began_at_a_date_is_one_since_then_beside_its_end() -> None:
    text = "The final French soldiers left Chad on Friday, closing a military presence that began in 1960."
    found = {(p.status, p.since.value if p.since else None) for p in presence.statements(item(text))}
    assert found == {("present", "1960"), ("withdrawn", "2024-05-03")}


def test_a_change_across_a_region_is_in_no_one_host() -> None:
    text = "French troops are in Chad. Paris will reduce the French forces in West Africa, the ministry said on Friday."
    it = item(text)
    start = text.index("West Africa")
    it = replace(it, places=(*it.places, Place("West Africa", start, start + 11, "West Africa", None, None, None, None,
                                               precision="region")))
    assert {(p.host, p.status) for p in presence.statements(it)} == {("TCD", "present")}


def test_a_relative_clause_ends_before_its_heads_own_verb() -> None:
    # what the relative clause says (a presence in Chad) and what the head's verb says (a withdrawal from Niger) are
    # two clauses, each of France
    text = "France, which keeps the headquarters of its Sahel operation in N'Djamena, announced on Friday it would withdraw its troops from Niger."
    assert {(p.host, p.status) for p in presence.statements(item(text)) if p.site.name is None} == {
        ("TCD", "present"), ("NER", "withdrawal_announced")}


def test_a_going_finished_is_a_withdrawal_done() -> None:
    # "finished pulling … out" ends the withdrawal; the "pulling … out" inside it is no withdrawal still going on
    text = "Kenya completed pulling its police battalion out of Haiti on Thursday, the interior ministry said."
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("HTI", "withdrawn")}


def test_a_town_keeps_the_texts_spelling_as_a_site() -> None:
    # the gazetteer's "Kidāl" is the story's "Kidal": the ledger names the site as the story does
    text = "French troops stationed in Kidal left on Friday."
    it = item(text)
    it = replace(it, places=tuple(replace(p, name="Kidāl", geonameid=2455290) if p.text == "Kidal" else p for p in it.places))
    assert {(p.site.name, p.status) for p in presence.statements(it)} == {("Kidal", "withdrawn")}


def _with_town(it: Item, town: str, country: str, lat: float, lon: float) -> Item:
    start = it.article.text.index(town) if it.article else 0
    return replace(it, places=(*it.places, Place(town, start, start + len(town), town, country, None, lat, lon,
                                                 precision="city", geonameid=1)))


def test_a_town_of_a_country_never_named_lies_in_the_clauses_country() -> None:
    # the gazetteer's Marjayoun in Kansas, in an article that never names the United States ("the two Gulf states" is
    # no name of it): in the one other country the clause names, else in none
    text = "German troops in Lebanon left their post in the hill town of Marjayoun on Friday, the two Gulf states said."
    found = {(p.host, p.site.name) for p in presence.statements(_with_town(item(text), "Marjayoun", "USA", 38.5, -98.0))}
    assert found == {("LBN", "Marjayoun")}
    text = "German troops left Lebanon and Syria from the town of Marjayoun on Friday."
    found = {(p.host, p.site.name) for p in presence.statements(_with_town(item(text), "Marjayoun", "USA", 38.5, -98.0))}
    assert "USA" not in {h for h, _ in found}


def test_the_departure_of_the_last_troops_is_a_withdrawal_done() -> None:
    # the last of the force gone, told as a noun in what a ceremony marked
    text = "Ministers attended a parade on Friday marking the departure of the last German soldiers from Mali."
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("MLI", "withdrawn")}


def test_a_relative_clause_ends_before_its_heads_auxiliary() -> None:
    # "…, is keeping" is Senegal's own verb again: the clause before it is the relative clause's, with no force of
    # Mali's in Senegal
    text = "Senegal, which has about 600 troops in Mali, most of them near the border, is keeping its soldiers there."
    assert {(p.force.country, p.host) for p in presence.statements(item(text))} == {("SEN", "MLI")}


def test_the_venue_of_a_farewell_parade_is_no_site() -> None:
    # the parade was held at Niamey's airport; the force was in the country, and the town is not where it was
    text = "The last Chadian soldiers left Niger on Friday after a farewell parade with Nigerien officers in Niamey."
    assert {(p.host, p.site.name) for p in presence.statements(item(text))} == {("NER", None)}
    # a handover's ceremony is held at the site handed over (Agadez's one base)
    text = "Chadian troops handed over their camp to the Nigerien army on Friday at a ceremony in Agadez."
    assert ("NER", "Air Base 201") in {(p.host, p.site.name) for p in presence.statements(item(text))}


def test_the_last_troops_back_home_from_a_country_have_left_it() -> None:
    # coming back, or home, from a country is leaving it; and a town that welcomes them (a headline's people or
    # government, or a leader's name read as a town) is no site
    text = "Kidal welcomes the last Senegalese troops home from Mali."
    assert {(p.host, p.site.name, p.status) for p in presence.statements(item(text))} == {("MLI", None, "withdrawn")}
    text = "The defence minister met the last Senegalese police officers back from Haiti on Friday."
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("HTI", "withdrawn")}


def test_an_organisations_ally_is_a_member_state_not_its_force() -> None:
    # "the first NATO ally" is Canada, not the alliance: no NATO force leaves Afghanistan
    text = "Canada became the first NATO ally to pull its combat troops out of Afghanistan in April."
    assert "IGO" not in {p.force.country for p in presence.statements(item(text))}


def test_a_soviet_force_is_russias() -> None:
    # the Soviet Union's forces are coded as Russia's, its continuing state
    text = "About 5,000 Soviet troops are stationed in Syria, diplomats said on Friday."
    assert ("RUS", "SYR", None, "present", 5000) in rows(presence.statements(item(text)))


def test_a_site_turned_over_by_its_name_is_left() -> None:
    # the object between the verb and its particle is a site's name, not "the"/"its" and a noun
    text = "The Italian navy turned Air Base 101 over to the Nigerien army on Friday."
    assert {(p.host, p.site.name, p.status) for p in presence.statements(item(text))} == {("NER", "Air Base 101", "withdrawn")}


def test_the_last_base_closed_is_the_country_left() -> None:
    # (sailors and airmen are a force like soldiers)
    text = "A frigate sailed from Djibouti on Friday with the last Italian sailors aboard, closing Italy's final naval base there."
    assert {(p.force.country, p.host, p.status) for p in presence.statements(item(text))} == {("ITA", "DJI", "withdrawn")}


def test_a_country_given_time_to_leave_is_the_force_to_go() -> None:
    # the country told to go is the force, and the capital that gives the time is a government, no site
    text = "Niamey gave Washington 90 days to leave Niger on Friday."
    assert {(p.force.country, p.host, p.site.name, p.status) for p in presence.statements(item(text))} == {
        ("USA", "NER", None, "withdrawal_announced")}
    # the deadline given is not when the withdrawal was announced
    text = "In December the junta gave American troops until the end of 2024 to pull out of Niger."
    assert {(p.status, p.as_of.value if p.as_of else None) for p in presence.statements(item(text))} == {
        ("withdrawal_announced", "2023-12")}


def test_a_town_named_after_the_hosts_own_army_is_not_the_forces_site() -> None:
    text = ("American soldiers were told on Friday to leave Niger, after Washington condemned the killings when Nigerien troops "
            "fired on protesters in Agadez.")
    assert {(p.force.country, p.host, p.site.name) for p in presence.statements(item(text))} == {("USA", "NER", None)}
    # (but a partner of the host's own is at the same place)
    text = "Chadian and Nigerien troops recaptured Agadez on Friday."
    assert ("TCD", "NER", "Agadez") in {(p.force.country, p.host, p.site.name) for p in presence.statements(item(text))}


def test_a_force_brought_home_by_any_force_noun() -> None:
    text = "Belgium brought its engineering battalion home from Mali on Friday."
    assert {(p.force.country, p.host, p.status) for p in presence.statements(item(text))} == {("BEL", "MLI", "withdrawn")}
    text = "Belgium has promised to bring its engineering battalion home from Mali, the ministry said on Friday."
    assert {(p.force.country, p.host, p.status) for p in presence.statements(item(text))} == {("BEL", "MLI", "withdrawal_announced")}


def test_a_relative_clause_on_whose_force_ends_before_its_heads_verb() -> None:
    # "whose troops" are the head's; the verb after the relative clause is the head's own
    text = "Belgium, whose soldiers trained the army in the north, brought its battalion home last year."
    assert {(p.force.country, p.host, p.status) for p in presence.statements(item(text + " Mali is calm."))} == {
        ("BEL", "MLI", "withdrawn")}


def test_an_airport_named_again_is_no_earlier_site_that_is_not_one() -> None:
    text = ("French soldiers handed over Camp Geille on Friday. The remaining 300 French soldiers in Senegal are now based at "
            "the airport base.")
    assert {(p.site.name, p.status) for p in presence.statements(item(text)) if p.site.name} == {("Camp Geille", "withdrawn")}


def test_the_last_base_left_in_a_town_is_the_town_left() -> None:
    text = ("Dutch troops pulled out of Kidal Fort, their last base inside the town, on Friday. Dutch soldiers had been in "
            "Kidal since about 2013.")
    it = item(text)
    start = text.index("Kidal Fort")
    fort = Place("Kidal Fort", start, start + 10, "Kidal Fort", "MLI", None, None, None, precision="facility")
    it = replace(it, places=(*[p for p in it.places if p.start != start], fort))
    final = {p.site.name: p.status for p in presence.ledger(presence.statements(it)) if p.site.name}
    assert final == {"Kidal Fort": "withdrawn", "Kidal": "withdrawn"}


def test_a_force_now_in_the_country_stays_there_when_it_leaves_a_base() -> None:
    text = ("French soldiers handed over Camp Geille on Friday. France has about 300 soldiers in Senegal, most of them now at "
            "the airport.")
    final = {p.site.name: p.status for p in presence.ledger(presence.statements(item(text)))}
    assert final == {None: "present", "Camp Geille": "withdrawn"}


@pytest.mark.parametrize("text", [
    "Kenyan police officers have also been in Haiti since 2017, the ministry said.",
    "Since 2017, Kenyan police officers have also been in Haiti, the ministry said.",
])
def test_been_there_since_a_time_with_an_adverb_or_the_time_first(text: str) -> None:
    assert {(p.host, p.status, p.since.value if p.since else None) for p in presence.statements(item(text))} == {
        ("HTI", "present", "2017")}


def test_a_force_going_on_from_where_it_was_sent_is_where_it_went() -> None:
    text = "About 400 Chadian soldiers were flown to Niamey in April and then crossed into Mali by road."
    assert {(p.force.country, p.host, p.site.name) for p in presence.statements(item(text))} == {("TCD", "MLI", None)}


def test_where_is_the_place_named_just_before_it() -> None:
    text = "The drones were moved to Air Base 101 outside Niamey, where Italian soldiers have been based since 2017."
    assert ("ITA", "NER", "Air Base 101", "present", None) in rows(presence.statements(item(text)))
    # (not the venue of a ceremony)
    text = "The minister spent Friday in Niamey, where he held a ceremony marking the departure of the last Italian soldiers from Niger."
    assert {(p.host, p.site.name) for p in presence.statements(item(text))} == {("NER", None)}


def test_a_blank_line_ends_a_sentence_the_parser_ran_over() -> None:
    # the country named in the paragraph before is not "the country" of the next one
    text = "Congo's president spoke on Friday. France keeps drones over Chad.\n\nMONUSCO has about 12,000 soldiers in the country."
    it = item(text)
    it = replace(it, sentences=(it.sentences[0], Sentence(1, text.index("France"), len(text), "body")))
    assert {(p.force.country, p.host) for p in presence.statements(it)} == {("UNO", "COD")}


def test_a_force_taken_over_from_shares_no_presence() -> None:
    text = "MONUSCO, which took over from a French force in 2017, has about 12,000 soldiers in Congo."
    assert {p.force.country for p in presence.statements(item(text))} == {"UNO"}


@pytest.mark.parametrize(("text", "status"), [
    ("Italy formally ended its military training operation in Niger on Friday.", "withdrawn"),
    # a part kept, said after the end, makes it a withdrawal in part
    ("Italy formally ended its military training operation in Niger on Friday, but it will keep about 300 soldiers in the country.",
     "withdrawing"),
])
def test_an_operation_of_its_own_ended(text: str, status: str) -> None:
    assert {(p.force.country, p.host, p.status) for p in presence.statements(item(text))} == {("ITA", "NER", status)}


def test_a_site_where_the_remaining_troops_are_is_kept() -> None:
    text = ("France will halve its 2,000 soldiers in Mali, the ministry said on Friday. The remaining French troops will be "
            "based at their camp in Kidal.")
    final = {p.site.name: p.status for p in presence.ledger(presence.statements(item(text)))}
    assert final == {None: "withdrawal_announced", "Kidal camp": "present"}


def test_a_going_home_to_come_with_an_adverb_between() -> None:
    text = "The minister said on Friday that most of the Belgian soldiers stationed in Mali would also go home."
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("MLI", "withdrawal_announced")}


def test_a_war_supported_from_elsewhere_is_not_where_the_force_is() -> None:
    text = "Italian troops based at Air Base 101 have flown drones since 2017 to support the war in Mali."
    assert {p.host for p in presence.statements(item(text))} == {"NER"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Italian air force uses the airfield to supply its troops in Niger.", ("ITA", "NER", None, "present", None)),
    ("The airfield in Niger, known to Italian troops as Alpha, had been used since 2017 to fly supplies north.",
     ("ITA", "NER", None, "present", None)),
])
def test_a_force_that_uses_a_place_is_there(text: str, expected: tuple[str, str, str | None, str, int | None]) -> None:
    assert expected in rows(presence.statements(item(text)))


def test_an_arrivals_town_after_from_is_where_the_force_came_from() -> None:
    text = "About 300 Italian soldiers arrived in Niger on Friday, brought by helicopter from Agadez."
    assert {(p.host, p.site.name) for p in presence.statements(item(text))} == {("NER", None)}


@pytest.mark.parametrize("text", [
    "Chad invaded Niger in December, the ministry said.",
    "Chad launched its military intervention in Niger in December.",
    # any country invades with its army, no force noun said
    "Uganda invaded Niger in December, the ministry said.",
])
def test_an_invasion_or_intervention_begun_is_an_arrival(text: str) -> None:
    assert {(p.host, p.status, p.as_of.value if p.as_of else None)
            for p in presence.statements(item(text))} >= {("NER", "arriving", "2023-12")}


def test_a_force_fought_or_ambushed_is_where_it_was_hit() -> None:
    text = "Gunmen ambushed Nigerien and Chadian troops in Agadez on Friday."
    assert {(p.force.country, p.host, p.site.name, p.status) for p in presence.statements(item(text))} >= {
        ("TCD", "NER", "Agadez", "present")}


def test_a_town_that_stands_for_an_unknown_base_is_the_base_named_again() -> None:
    text = ("Turkish troops keep a training base outside Mogadishu, officials said on Friday. The base has been used by "
            "Turkish soldiers since 2017.")
    found = {(p.site.name, p.since.value if p.since else None) for p in presence.statements(item(text))}
    assert ("Mogadishu", "2017") in found


def test_a_site_first_reported_left_takes_the_countrys_earlier_announcement() -> None:
    # a base first heard of as handed over was held before it, under the withdrawal announced for the country
    text = "The United States agreed in December to withdraw its troops from Niger. U.S. soldiers handed over Air Base 101 on Friday."
    site = [p for p in presence.ledger(presence.statements(item(text))) if p.site.name == "Air Base 101"]
    assert [(p.status, presence._when(p)[:7]) for p in site] == [("withdrawal_announced", "2023-12"), ("withdrawn", "2024-05")]


def test_soldiers_from_the_states_of_a_region_are_a_regional_force() -> None:
    text = "Troops from East African states began arriving in Haiti on Friday."
    assert {(p.force.country, p.host, p.status) for p in presence.statements(item(text))} == {("IGO", "HTI", "arriving")}


def test_the_air_force_or_navy_named_alone_is_the_force_spoken_of() -> None:
    text = "Italian troops arrived in Libya in April. The air force is also based in Tripoli, officials said on Friday."
    assert ("ITA", "LBY", "Tripoli", "present", None) in rows(presence.statements(item(text)))


def test_a_site_handed_to_its_new_holders_is_left() -> None:
    text = "Air Base 101, long used by Italian soldiers, was handed back to Niger on Friday."
    assert ("ITA", "NER", "Air Base 101", "withdrawn", None) in rows(presence.statements(item(text)))


def test_a_force_that_moved_something_of_its_own_somewhere_is_there() -> None:
    # arrived there, and there since, reported in the year after
    text = "The Italian army moved its regional training command to Niger in 2023, officials said."
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("NER", "arriving"), ("NER", "present")}


def test_a_span_counted_from_another_event_is_no_date_of_this_one() -> None:
    # (the time expression "ten years after", read from the last date the text gave, is not when they left)
    text = "The last Belgian soldiers left Mali ten years after Brussels sent them in, officials said."
    assert {(p.status, p.as_of.value if p.as_of else None) for p in presence.statements(item(text))} == {("withdrawn", "2024-05-03")}


@pytest.mark.parametrize(("text", "status"), [
    ("The commander of the Chadian force in Niger crossed the border on Friday, the last of his soldiers to leave the country.",
     "withdrawn"),
    # (a plan still)
    ("The last of the Chadian soldiers are due to leave Niger on Friday.", "withdrawal_announced"),
])
def test_the_last_of_a_force_to_leave_has_left(text: str, status: str) -> None:
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("NER", status)}


def test_a_force_reported_in_a_country_then_was_there() -> None:
    text = "A UN panel said in April that about 3,000 Chadian soldiers were in Niger."
    assert {(p.force.country, p.host, p.status, p.strength, p.as_of.value if p.as_of else None)
            for p in presence.statements(item(text))} == {("TCD", "NER", "present", 3000, "2024-04")}


def test_an_event_a_span_before_a_dated_one_is_dated_back_from_it() -> None:
    text = "The last Belgian soldiers left Mali in March 2023, five months after 12 Belgian soldiers were killed in Kidal."
    found = {(p.site.name, p.status, p.as_of.value if p.as_of else None) for p in presence.statements(item(text))}
    assert ("Kidal", "present", "2022-10") in found and not any(when == "2023-08" for _, _, when in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("A convoy of Chadian troops crossed into Niger on Friday and will be based there for six months.", {("NER", "arriving")}),
    ("Farmers saw Chadian soldiers crossing the border into Niger in April.", {("NER", "arriving")}),
    # (the country it set out from named first: where it enters is the second)
    ("Chadian soldiers crossed from Mali into Niger before dawn on Friday.", {("NER", "arriving")}),
    # (going home, or the last of them crossing out, is no arrival)
    ("The last Chadian soldiers crossed back into Chad on Friday.", set()),
])
def test_a_force_crossing_into_a_country_is_arriving(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(p.host, p.status) for p in presence.statements(item(text))} == expected


def test_a_post_a_force_will_take_up_is_no_presence_yet() -> None:
    # landed two days ago and "will be based" in the capital: still arriving, the post is to come
    text = ("The first Chadian soldiers landed at Niamey airport on Wednesday. They will be based in Niamey, where they "
            "will guard the presidential palace.")
    assert {p.status for p in presence.statements(item(text, "2024-05-03"))} == {"arriving"}
    # (those who stay are where they will be based)
    staying = "France ended its operation in Niger on Monday. The remaining French soldiers will be based at Air Base 101."
    assert ("Air Base 101", "present") in {(p.site.name, p.status) for p in presence.statements(item(staying))}


def test_the_country_an_arriving_force_comes_from_is_no_host() -> None:
    text = "A convoy of French troops crossed into Niger from Chad on Friday."
    assert {(p.host, p.status) for p in presence.statements(item(text))} == {("NER", "arriving")}


def test_a_presence_kept_since_an_invasion_is_present_now_and_arrived_then() -> None:
    text = "Chad has kept troops in Niger since it invaded in 2014."
    found = {(p.status, p.as_of.value if p.as_of else None, p.since.value if p.since else None)
             for p in presence.statements(item(text)) if p.site.name is None}
    assert found == {("present", "2024-05-03", "2024-05-03"), ("arriving", "2014", "2014")}
    # (with no arrival told, the presence runs from the date "since" gives)
    kept = presence.statements(item("Chad has kept troops in Niger since a coup in 2014."))
    assert {(p.status, p.since.value if p.since else None) for p in kept} == {("present", "2014")}


def test_a_town_where_an_earlier_event_happened_is_no_site() -> None:
    text = "Chad has kept troops in Niger since it invaded in 2014, days after a coup in Niamey."
    assert {p.site.name for p in presence.statements(item(text))} == {None}


def test_an_army_a_country_helps_to_equip_is_no_force_sent() -> None:
    text = "France promised to help re-equip the Chadian army and to let Chadian students stay in Niger."
    assert presence.statements(item(text)) == []


def test_a_force_coming_ashore_is_arriving() -> None:
    text = "About 600 Italian marines came ashore in Libya before dawn on Friday to guard the port."
    assert rows(presence.statements(item(text))) == {("ITA", "LBY", None, "arriving", 600)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The last French and Italian soldiers left Niger on Friday.", {("FRA", "withdrawn"), ("ITA", "withdrawn")}),
    ("About 1,800 French and 350 Italian marines came ashore in Libya on Friday.", {("FRA", "arriving"), ("ITA", "arriving")}),
])
def test_two_peoples_sharing_one_force_noun_share_its_verb(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(p.force.country, p.status) for p in presence.statements(item(text))} == expected


def test_the_last_of_a_force_leaving_with_no_place_said_leaves_the_country() -> None:
    # (the town belongs to the casualties, and a town named does not keep the country-wide entry from being left)
    text = "The last Belgian soldiers left in March 2023, five months after 12 Belgian soldiers were killed in Kidal."
    found = {(p.site.name, p.status, p.as_of.value if p.as_of else None) for p in presence.statements(item(text))}
    assert (None, "withdrawn", "2023-03") in found


@pytest.mark.parametrize("text", ["The last United Nations peacekeepers left Mali on Friday.",
                                  "The last U.N. peacekeepers left Mali on Friday."])
def test_the_united_nations_spelt_out_or_dotted_names_its_peacekeepers(text: str) -> None:
    assert {(p.force.country, p.host, p.status) for p in presence.statements(item(text))} == {("UNO", "MLI", "withdrawn")}


@pytest.mark.parametrize("text", [
    # (the city where a treaty was signed is no home of the force)
    "Chadian troops have been in Niger since 2017. Under the treaty signed in N'Djamena in June, every Chadian soldier had "
    "to be gone by the end of 2024.",
    # (the last day of a year is a deadline, not when it was announced)
    "Chadian troops have been in Niger since 2017. Under the treaty signed in June, every Chadian soldier had to be gone by "
    "the last day of 2026.",
])
def test_a_treaty_signed_somewhere_dates_the_withdrawal_it_sets(text: str) -> None:
    found = {(p.status, p.as_of.value if p.as_of else None) for p in presence.statements(item(text))}
    assert ("withdrawal_announced", "2023-06") in found


def test_none_of_a_force_left_is_its_withdrawal() -> None:
    text = "Every French soldier had to leave Niger by the end of 2024. By Friday none were left, except a few guards at the embassy."
    assert ("FRA", "NER", None, "withdrawn", None) in rows(presence.statements(item(text)))


def test_a_presence_that_began_with_an_invasion_arrived_then() -> None:
    text = "The last Chadian soldiers left Niger on Friday, ending an occupation that began with the invasion in December."
    found = {(p.status, p.as_of.value if p.as_of else None) for p in presence.statements(item(text)) if p.site.name is None}
    assert found == {("withdrawn", "2024-05-03"), ("arriving", "2023-12")}


@pytest.mark.parametrize(("text", "expected"), [
    ("About 900 UN peacekeepers patrol the border in Lebanon.", ("UNO", "LBN", None, "present", 900)),
    ("Lebanon has asked for help. The U.N. force has been in the country since 1975.", ("UNO", "LBN", None, "present", None)),
])
def test_a_un_force_patrolling_or_named_as_a_force_is_present(text: str, expected: tuple[str, str, None, str, int | None]) -> None:
    assert expected in rows(presence.statements(item(text)))


def test_a_division_is_a_force() -> None:
    text = "The base in Niger grew out of a Chadian armoured division that stayed on after the war ended in 2017."
    assert {(p.force.country, p.host, p.status, p.as_of.value if p.as_of else None)
            for p in presence.statements(item(text))} == {("TCD", "NER", "present", "2017")}


def test_military_facilities_kept_are_a_presence() -> None:
    text = "Niger agreed last year to let France keep French military facilities there, among them Air Base 101, which France opened in 2017."
    assert ("FRA", "NER", "Air Base 101", "present", None) in rows(presence.statements(item(text)))


def test_a_base_a_relative_clause_dates_is_held_since_then() -> None:
    text = "Niger agreed last year to let France keep French military facilities there, among them Air Base 101, which France opened in 2017."
    base = [p for p in presence.statements(item(text)) if p.site.name == "Air Base 101"]
    assert [(p.status, p.since.value if p.since else None) for p in base] == [("present", "2017")]


def test_each_town_of_a_list_is_a_site() -> None:
    text = "France has about 2,000 soldiers in garrisons in Niamey and Agadez."
    assert {p.site.name for p in presence.statements(item(text))} == {"Niamey", "Agadez", None}


def test_a_force_driving_on_to_a_town_arrives_there_not_where_it_passed() -> None:
    text = ("French soldiers reached Niger on Friday. The troops of the 2nd Brigade crossed at Agadez and drove on to Niamey, "
            "where Nigerien officers greeted them.")
    assert {(p.site.name, p.status) for p in presence.statements(item(text))} == {("Niamey", "arriving"), (None, "arriving")}


def test_a_mission_voted_to_be_wound_up_is_announced_to_leave() -> None:
    text = "MINUSMA has about 12,000 troops in Mali. The Security Council voted in December to wind up the mission by June."
    assert ("UNO", "MLI", None, "withdrawal_announced", None) in rows(presence.statements(item(text)))


@pytest.mark.parametrize(("text", "expected"), [
    ("French soldiers reached Niger on Friday.", {("FRA", "NER", None, "arriving", None)}),
    # (not an agreement reached)
    ("French and Nigerien officials reached an agreement in Niger on Friday.", set()),
])
def test_a_force_reaching_a_place_is_arriving(text: str, expected: set[tuple[str, str, None, str, None]]) -> None:
    assert rows(presence.statements(item(text))) == expected


@pytest.mark.parametrize("people", ["French", "U.S."])  # (an initial's dot ends no sentence)
def test_the_last_of_a_force_back_aboard_its_ships_has_left_the_country(people: str) -> None:
    text = f"The last {people} marines climbed back into their landing craft on a beach near Tripoli on Friday."
    assert {(p.site.name, p.status) for p in presence.statements(item(text))} == {("Tripoli", "withdrawn"), (None, "withdrawn")}


def test_a_clause_of_time_with_its_own_subject_tells_its_own_change() -> None:
    text = "The last French marines climbed back into their landing craft on Friday, hours after the final UN peacekeepers left Libya."
    assert {(p.force.country, p.status) for p in presence.statements(item(text))} == {("FRA", "withdrawn"), ("UNO", "withdrawn")}


@pytest.mark.parametrize(("text", "expected"), [
    # "the mission" is the UN or regional mission named before, not the contingent named last
    ("MINUSMA has about 12,000 troops in Mali. The last Chadian battalion left on Friday. The Security Council voted in "
     "December to wind up the mission by June.", ("UNO", "MLI", None, "withdrawal_announced", None)),
    # and a UN operation by its name is a UN force
    ("The U.N. Operation in Mali began leaving on Friday.", ("UNO", "MLI", None, "withdrawing", None)),
])
def test_the_mission_is_the_un_or_regional_mission_named_before(text: str, expected: tuple[str, str, None, str, None]) -> None:
    assert expected in rows(presence.statements(item(text)))


def test_a_command_moving_its_headquarters_home_is_leaving_the_host() -> None:
    text = "Chadian troops have been in Niger since 2017. The Chadian regional command moved its headquarters to N'Djamena in 2023."
    assert {(p.host, p.status, p.as_of.value if p.as_of else None) for p in presence.statements(item(text))} == {
        ("NER", "present", "2024-05-03"), ("NER", "withdrawing", "2023")}


@pytest.mark.parametrize(("text", "expected"), [
    # a base given back by its holder, the base between the verb and "back": the holder is the force, and gone
    ("France handed the Kossei base in N'Djamena back to Chad on Thursday.", ("FRA", "TCD", "withdrawn")),
    # a force's flag lowered at its post
    ("French soldiers lowered their flag at the Kossei base in N'Djamena on Thursday.", ("FRA", "TCD", "withdrawn")),
    # ships coming in
    ("Soviet warships first sailed into Syria's port of Tartus in 1971.", ("RUS", "SYR", "arriving")),
])
def test_a_base_given_back_a_flag_lowered_and_ships_sailing_in(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(p.force.country, p.host, p.status) for p in presence.statements(item(text))}


def test_a_country_that_will_only_hold_a_base_of_anothers_is_no_force() -> None:
    # "will remain France's main base": Djibouti hosts the base, it does not hold one
    assert not [p for p in presence.statements(item("Djibouti will remain France's main base in Africa.")) if p.force.country == "DJI"]


def test_the_last_soldier_to_leave_is_gone() -> None:
    # one soldier, the last of the force: "the last Soviet soldier to leave Hungary"
    found = presence.statements(item("The French commander in Niamey was the last French soldier to leave Niger on Friday."))
    assert ("FRA", "NER", "withdrawn") in {(p.force.country, p.host, p.status) for p in found}


def test_driven_to_a_border_is_no_arrival() -> None:
    # "driven to the Chadian border": going out of the country, not into a place named "Chadian"
    found = presence.statements(item("The French commander in Niamey was driven to the Chadian border on Friday, the last "
                                     "French soldier to leave Niger."))
    assert found and not [p for p in found if p.status == "arriving"]


@pytest.mark.parametrize(("text", "expected"), [
    ("France withdrew its troops from Mali in 2022.", ("FRA", "MLI", "withdrawn")),
    ("Britain withdrew its contingent of about 300 soldiers from Mali in December 2022.", ("GBR", "MLI", "withdrawn")),
    # a part of the force, told by the verb's own object
    ("Germany has brought most of its soldiers home from Mali.", ("DEU", "MLI", "withdrawing")),
    # not withdrawn: still there
    ("The junta asked why France had not withdrawn its troops from Mali.", ("FRA", "MLI", "present")),
])
def test_a_force_withdrawn_by_its_state(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(p.force.country, p.host, p.status) for p in presence.statements(item(text))}


def test_bringing_a_force_home_begun_is_withdrawing() -> None:
    found = presence.statements(item("Chad has started bringing its soldiers home from Mali."))
    assert ("TCD", "MLI", "withdrawing") in {(p.force.country, p.host, p.status) for p in found}


def test_a_country_that_would_leave_its_base_announces_a_withdrawal() -> None:
    # a country with its base as the object of "would leave" is the force (no force noun needed)
    found = presence.statements(item("Paris said in June that France would leave its base in Kidal by the end of the year."))
    assert ("FRA", "MLI", "withdrawal_announced") in {(p.force.country, p.host, p.status) for p in found}


def test_a_base_handed_to_the_hosts_army_is_left_by_its_holder() -> None:
    # "the Malian army" after the base is who takes it over, not a force that makes France's base someone else's
    found = presence.statements(item("France handed over its base in Kidal to the Malian army in October 2021."))
    assert ("FRA", "MLI", "withdrawn") in {(p.force.country, p.host, p.status) for p in found}


@pytest.mark.parametrize(("text", "expected"), [
    # troops pouring into a country arrive there
    ("Thousands of Ethiopian troops poured into Somalia in December.", ("ETH", "SOM", None, "arriving")),
    # a force that came to a place
    ("British troops came to Mogadishu in April under a bilateral agreement.", ("GBR", "SOM", "Mogadishu", "arriving")),
])
def test_troops_pouring_in_or_coming_to_a_place_arrive(text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in {(p.force.country, p.host, p.site.name, p.status) for p in presence.statements(item(text))}


def test_a_town_a_clause_sets_itself_apart_from_is_no_site() -> None:
    # "Outside Mogadishu, …": the force is elsewhere in the country, not in the town
    found = presence.statements(item("Outside Mogadishu, Ethiopian troops still hold most of Somalia."))
    assert ("ETH", "SOM", None, "present") in {(p.force.country, p.host, p.site.name, p.status) for p in found}
    assert not [p for p in found if p.site.name == "Mogadishu"]


def test_where_a_deal_was_signed_with_a_partner_is_no_site() -> None:
    # "signed with Bamako in Tripoli": where the deal was signed, not where the force is or goes
    found = presence.statements(item("Chad, which agreed in a deal signed with Bamako in Tripoli in April to withdraw its "
                                     "forces from Mali, has begun pulling out."))
    assert ("TCD", "MLI") in {(p.force.country, p.host) for p in found}
    assert not [p for p in found if p.host == "LBY" or p.site.name == "Tripoli"]


def test_a_far_town_of_a_country_never_named_in_a_clause_naming_none_is_a_misreading() -> None:
    # "arrived at Victoria camp", in a story about Niger that never names the Seychelles: not a town there
    found = presence.statements(item("French troops are stationed in Niger. The soldiers arrived at Victoria camp on Friday."))
    assert ("FRA", "NER", "arriving") in {(p.force.country, p.host, p.status) for p in found}
    assert not [p for p in found if p.host == "SYC"]


def test_a_base_handed_by_its_name_with_no_over_is_left_by_its_holder() -> None:
    # "handed Lambert Air Base to Gabon": no "over" and no "back", the base named with no article, the country its holder
    found = presence.statements(item("France handed Lambert Air Base to Gabon on Friday and its last soldiers flew home."))
    assert ("FRA", "GAB", "withdrawn") in {(p.force.country, p.host, p.status) for p in found}
    assert "Lambert Air Base" in {p.site.name for p in found}


def test_a_mission_spelt_by_its_acronym_in_apposition_holds_its_troops() -> None:
    # "The UN mission, UNTAC, has …": the acronym between commas does not part the mission from its verb
    found = presence.statements(item("The UN mission, UNTAC, has about 16,000 troops in Cambodia."))
    assert ("UNO", "KHM", "present") in {(p.force.country, p.host, p.status) for p in found}


def test_a_strength_someone_puts_a_number_on_is_a_presence() -> None:
    # "put the number of … at": an estimate of a force that is there
    found = presence.statements(item("Officials in Kinshasa put the number of Rwandan soldiers in Congo at about 4,000."))
    assert ("RWA", "COD", "present") in {(p.force.country, p.host, p.status) for p in found}


def test_a_force_whose_mission_its_hosts_end_is_to_leave() -> None:
    # "ended the mission of": the force is told to go, not yet gone
    found = presence.statements(item("President Kabila has ended the mission of the Rwandan military instructors in Congo."))
    assert ("RWA", "COD", "withdrawal_announced") in {(p.force.country, p.host, p.status) for p in found}


def test_a_force_crossing_a_bridge_from_home_arrives_across_it() -> None:
    # "crossed the bridge from Chad": leaving home for the country across it, not a force at home
    found = presence.statements(item("Niger declared an emergency on Friday, a day after about 800 Chadian soldiers crossed the bridge from Chad."))
    assert ("TCD", "NER", "arriving") in {(p.force.country, p.host, p.status) for p in found}



def test_a_force_that_goes_with_another_shares_its_verb_and_is_no_host() -> None:
    # "together with about 300 soldiers from Chad": Chad's force arrives too; Chad is whose they are, not where
    found = presence.statements(item("French troops entered Niger on Monday, together with about 300 soldiers from Chad."))
    got = {(p.force.country, p.host, p.status) for p in found}
    assert {("FRA", "NER", "arriving"), ("TCD", "NER", "arriving")} <= got
    assert ("FRA", "TCD") not in {(p.force.country, p.host) for p in found}


def test_a_countrys_base_by_its_number_is_a_presence() -> None:
    # "France's 6th military base": the number does not hide whose base it is
    found = presence.statements(item("The equipment went by rail to France's 6th military base in Gabon."))
    assert ("FRA", "GAB", "present") in {(p.force.country, p.host, p.status) for p in found}


@pytest.mark.parametrize("text", [
    # a base given back with its object after "back"
    "Germany handed back the air base near Agadez in Niger in 2014.",
    # and a base given up
    "Germany gave up its base at Agadez in Niger in 2014.",
])
def test_a_base_handed_back_or_given_up_is_left(text: str) -> None:
    assert ("DEU", "NER", "withdrawn") in {(p.force.country, p.host, p.status) for p in presence.statements(item(text))}


def test_where_a_deal_was_reached_is_no_site() -> None:
    # "an agreement the two presidents reached at Tripoli": a venue, not where the troops go home from
    found = presence.statements(item("Chad is bringing home the soldiers it sent to Mali, under an agreement the two presidents "
                                     "reached at Tripoli in April."))
    assert ("TCD", "MLI") in {(p.force.country, p.host) for p in found}
    assert not [p for p in found if p.host == "LBY" or p.site.name == "Tripoli"]


def test_a_force_being_brought_home_is_withdrawing() -> None:
    # "is bringing home": under way, not done
    found = presence.statements(item("Rwanda is bringing home its soldiers from Mozambique."))
    assert ("RWA", "MOZ", "withdrawing") in {(p.force.country, p.host, p.status) for p in found}


def test_a_force_pulled_out_of_a_country_leaves_it_as_well_as_its_base() -> None:
    # "pulled its last troops out of Niger, giving up its base at Agadez": the country is left too, not the town alone
    found = presence.statements(item("Germany pulled its last troops out of Niger in December, giving up its base at Agadez."))
    got = {(p.force.country, p.host, p.site.name, p.status) for p in found}
    assert ("DEU", "NER", None, "withdrawn") in got


def test_each_base_of_a_list_is_a_site_in_its_town() -> None:
    # "its air base at Kismayo and its garrison at Baidoa": both towns are left, not just the first
    found = presence.statements(item("Kenya pulled its last troops out of Somalia in December, giving up its air base at Kismayo "
                                     "and its garrison at Baidoa."))
    assert {"Kismayo", "Baidoa"} <= {p.site.name for p in found if p.status == "withdrawn"}


def test_a_country_a_route_leads_to_is_no_host() -> None:
    # "on the road to Chad": where the route goes, not where the force landed
    found = presence.statements(item("French troops first landed at Niamey in 1900, when they took the town on the road to Chad."))
    assert ("FRA", "NER") in {(p.force.country, p.host) for p in found}
    assert not [p for p in found if p.host == "TCD"]


def test_who_watched_a_column_cross_is_no_part_of_it() -> None:
    # the column is named by no country; the mission after "watched by" is another verb's agent, not who crossed
    text = ("KINDU, Congo (AFP) - The soldiers, who had guarded the airport since 2000, walked in file from their camp to"
            " the river and crossed into Kindu watched by journalists and military observers from the UN mission in Congo,"
            " MONUC.")
    found = presence.statements(sitrep.extract(text, "2002-10-05"))
    # (the mission's name still places it in Congo when the story is told: present, but it crossed nowhere)
    assert not [p for p in found if p.force.country == "UNO" and p.status != "present"], [
        (p.force.country, p.host, p.status) for p in found]


@pytest.mark.parametrize(
    ("text", "site"),
    [("BAMAKO (AFP) - Russian military instructors arrived in the Malian capital on Friday, state television said.", "Bamako"),
     ("French troops left Chad's capital on Friday, the army said.", "N'Djamena")],
)
def test_a_countrys_capital_named_by_its_people_or_its_name_is_a_site(text: str, site: str) -> None:
    found = presence.statements(sitrep.extract(text, "2024-05-03"))
    assert site in {p.site.name for p in found}, [(p.force.country, p.host, p.site.name, p.status) for p in found]


@pytest.mark.parametrize("unit", ["a military detachment", "a garrison", "a small contingent"])
def test_a_detachment_garrison_or_contingent_kept_is_a_presence(unit: str) -> None:
    found = presence.statements(sitrep.extract(f"France has kept {unit} in Chad since 1986, the defence ministry said.", "1994-05-31"))
    assert ("FRA", "TCD", "present") in {(p.force.country, p.host, p.status) for p in found}, [
        (p.force.country, p.host, p.status) for p in found]


def test_un_military_observers_are_a_un_force() -> None:
    found = presence.statements(sitrep.extract("Nine UN military observers arrived in Chad on Friday to watch the handover.",
                                               "1994-05-31"))
    assert ("UNO", "TCD", "arriving") in {(p.force.country, p.host, p.status) for p in found}, [
        (p.force.country, p.host, p.status) for p in found]


def test_a_capital_named_in_a_story_that_names_only_the_forces_country_is_the_host() -> None:
    # through the whole pipeline: the gazetteer's reading of the capital, not a table of ours
    found = presence.statements(sitrep.extract("France has kept about 900 soldiers in N'Djamena since 1986.", "2019-02-04"))
    assert ("FRA", "TCD", "N'Djamena", "present", 900) in rows(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province named as itself, in a story that never names its country
        ("The last Dutch soldiers left Uruzgan province in August 2010.", ("NLD", "AFG", "withdrawn")),
        ("Britain will pull its remaining 500 troops out of Helmand by the end of next year, the defence ministry said.",
         ("GBR", "AFG", "withdrawal_announced")),
        # a named region is one too
        ("Russian peacekeepers began pulling out of Nagorno-Karabakh in April 2024.", ("RUS", "AZE", "withdrawing")),
    ],
)
def test_a_province_named_as_itself_gives_its_country_as_host(text: str, expected: tuple[str, str, str]) -> None:
    found = presence.statements(sitrep.extract(text, "2012-01-10"))
    assert expected in {(p.force.country, p.host, p.status) for p in found}
    # a word of a longer name is no province: "South Vietnam" is not Cameroon's South region
    vietnam = presence.statements(sitrep.extract("The last American troops left South Vietnam in 1973.", "1973-04-01"))
    assert all(p.host != "CMR" for p in vietnam)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # a kind of troops with no people named, heading its clause, is the force spoken of just before
        ("American troops reached Mogadishu on Monday. The Rangers parachuted into the city before dawn.", "The Rangers"),
        ("Belgian paratroopers reached Kidal on Monday. Paratroopers landed at the airfield a day later.", "Paratroopers"),
    ],
)
def test_a_kind_of_troops_named_again_is_the_force_spoken_of(text: str, second: str) -> None:
    found = presence.statements(item(text))
    assert any(p.sentences[0].startswith(second) for p in found), [(p.force.country, p.sentences) for p in found]
    assert len({p.force.country for p in found}) == 1


def test_a_unit_of_the_force_named_by_its_company_is_that_force() -> None:
    text = ("About 200 U.S. Marines arrived in Gabon on Wednesday. The Marines of Echo Company, a unit based in Hawaii, "
            "landed at the air force base in Libreville on Tuesday and moved into the Gabonese army's barracks.")
    assert {p.force.country for p in presence.statements(item(text))} == {"USA"}


def test_servicemen_are_a_force_and_holding_a_country_is_a_presence() -> None:
    found = presence.statements(item("About 6,000 American servicemen controlled most of Haiti on Thursday."))
    assert rows(found) == {("USA", "HTI", None, "present", 6000)}


def test_a_force_a_country_denies_having_is_no_presence() -> None:
    assert presence.statements(item("Havana said its nationals in Libya were doctors and that Cuba had no troops in Libya.")) == []


def test_the_story_is_where_its_towns_are() -> None:
    # one clause names the countries reinforcements came from; the towns the story is told in are Niger's
    text = ("French troops secured the airport in Niamey on Sunday as reinforcements flew in from French bases in Gabon "
            "and Chad. Protesters gathered in Niamey and Agadez overnight. About 3,000 UN peacekeepers have patrolled the "
            "border zone since April.")
    hosts = {(p.force.country, p.host) for p in presence.statements(item(text))}
    assert ("UNO", "NER") in hosts and not any(h == "GAB" for _, h in hosts)


def test_the_towns_a_forces_garrisons_are_in_are_its_sites() -> None:
    text = "Air Base 101 has about 1,000 Russian soldiers in garrisons in Niamey and Agadez, officials said."
    sites = {p.site.name for p in presence.statements(item(text)) if p.site.name}
    assert sites == {"Niamey", "Agadez"}


def test_the_last_of_a_force_driving_out_towards_home_has_left_the_host() -> None:
    text = ("The Egyptian flag went up over Agadez on Sunday. The last Libyan soldiers drove out along the desert road "
            "towards Tripoli, a Nigerien officer said.")
    assert ("LBY", "NER", None, "withdrawn", None) in rows(presence.statements(item(text)))


def test_the_multinational_force_and_observers_is_a_mission() -> None:
    found = presence.statements(item("The Multinational Force and Observers took over the watch in Agadez on Sunday after its "
                                     "units began arriving in Niger last month."))
    assert "IGO" in {p.force.country for p in found}


def test_a_force_placed_only_at_its_sites_is_in_the_host_country_while_it_is_at_one() -> None:
    text = ("KINSHASA, June 4, 1978 (Reuters) - The last Belgian paratroopers flew out of Kolwezi on Sunday. "
            "Moroccan troops arrived in Kolwezi on Saturday.")
    found = presence.ledger(presence.statements(sitrep.extract(text, "1978-06-04")))
    wide = {(p.force.country, p.status) for p in found if p.site.name is None}
    assert ("BEL", "withdrawn") in wide and ("MAR", "arriving") in wide, sorted((p.force.country, p.site.name, p.status) for p in found)
    # leaving one site while still at another is withdrawing from the host
    text = ("KINSHASA, June 4, 1978 (Reuters) - The last Belgian paratroopers left Kolwezi on Sunday. "
            "Belgian troops remain at Kamina air base, officials said.")
    found = presence.ledger(presence.statements(sitrep.extract(text, "1978-06-04")))
    assert ("BEL", "withdrawn") not in {(p.force.country, p.status) for p in found if p.site.name is None}


def test_towns_misread_in_a_country_the_article_never_names_do_not_make_it_the_story_country() -> None:
    text = ("Officials in Vilnius said the last Russian soldiers left the country on Tuesday. Exhibits on the Warsaw Pact, "
            "lent by museums in Bohemia and Moravia, opened in the capital the same day.")
    towns = [("Vilnius", "LTU", (54.69, 25.28), "PPLC"), ("Warsaw", "USA", (41.24, -85.85), None),
             ("Bohemia", "USA", (40.77, -73.12), None), ("Moravia", "USA", (42.71, -76.42), None)]
    places = tuple(Place(n, text.index(n), text.index(n) + len(n), n, c, None, *ll, precision="city", feature=f)
                   for n, c, ll, f in towns)
    found = presence.statements(replace(item(text), places=places))
    assert {(p.force.country, p.host, p.status) for p in found} == {("RUS", "LTU", "withdrawn")}


def test_a_town_a_leaving_force_goes_to_is_not_a_site_it_left() -> None:
    found = presence.statements(item("The last French soldiers in Niger left for N'Djamena on Friday, officials said."))
    assert rows(found) == {("FRA", "NER", None, "withdrawn", None)}


def test_a_plan_told_in_the_past_is_dated_when_agreed_not_by_its_deadline() -> None:
    text = ("MOSCOW, May 15, 1988 (Reuters) - Under the accords signed in Geneva in April, the 100,000 Soviet troops "
            "stationed in Afghanistan were to leave in two stages, the last of them by February 15, 1989.")
    found = presence.statements(sitrep.extract(text, "1988-05-15"))
    assert {(p.force.country, p.host, p.status, p.as_of.value if p.as_of else None) for p in found} == {
        ("RUS", "AFG", "withdrawal_announced", "1988-04")}


def test_crossing_into_the_forces_own_state_named_by_its_force_word_is_going_home() -> None:
    text = ("Soviet troops have been leaving Mongolia since December. A convoy carrying Soviet troops crossed into the "
            "Soviet Union on Friday, officials said.")
    mongolia = Place("Mongolia", text.index("Mongolia"), text.index("Mongolia") + 8, "Mongolia", "MNG", None, None, None,
                     precision="country")
    union = Place("Soviet Union", text.index("Soviet Union"), text.index("Soviet Union") + 12, "Soviet Union", None, None,
                  None, None)
    found = presence.statements(replace(item(text), places=(mongolia, union)))
    assert not any(p.status == "arriving" for p in found), rows(found)


def test_no_troops_to_be_deployed_is_no_presence() -> None:
    assert presence.statements(item("The State Department said no American troops would be deployed in Chad during the "
                                    "airlift.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # keeping troops somewhere, as it goes on
        ("Germany is keeping about 1,000 soldiers in Mali under the U.N. mission.", ("DEU", "MLI", None, "present", 1000)),
        # agreeing just to go is announcing a withdrawal
        ("The United States agreed in April to go, and its soldiers in Niger are packing up.",
         ("USA", "NER", None, "withdrawal_announced", None)),
        # handing back a count of bases is a withdrawal under way, not a presence at them
        ("U.S. forces have handed back more than 400 bases and outposts in Iraq, officials said.",
         ("USA", "IRQ", None, "withdrawing", None)),
    ],
)
def test_keeping_agreeing_to_go_and_handing_back_bases(text: str, expected: tuple[str, str, str | None, str, int | None]) -> None:
    assert expected in rows(presence.statements(item(text)))


def test_the_end_of_a_presence_marked_at_a_site_leaves_the_country_on_the_sites_date() -> None:
    text = ("The French command lowered its flag at Air Base 101 in December and raised it in N'Djamena on Friday, "
            "marking the official end of the French military presence in Niger.")
    found = {(p.host, p.site.name, p.status, p.as_of.value if p.as_of else None) for p in presence.statements(item(text))}
    assert {("NER", "Air Base 101", "withdrawn", "2023-12"), ("NER", None, "withdrawn", "2023-12")} <= found, found


def test_a_force_named_by_its_region_is_a_regional_force() -> None:
    text = ("FREETOWN, Feb 14, 1998 (Reuters) - West African troops drove into Freetown on Friday after a week of "
            "fighting, witnesses said.")
    found = presence.statements(sitrep.extract(text, "1998-02-14"))
    assert {(p.force.country, p.host, p.status) for p in found if p.site.name is None} == {("IGO", "SLE", "arriving")}


def test_a_stay_told_with_its_end_is_a_withdrawal_then_and_a_crossing_far_from_it_still_arrives() -> None:
    text = ("KUWAIT CITY, March 1, 1991 (Reuters) - Saudi and Qatari troops crossed into Kuwait on Sunday and reached the "
            "capital within days, after throwing back Iraqi troops who had seized the emirate in August and held it until "
            "the ground war began.")
    found = _stays(text, "1991-03-01")
    assert {("SAU", "KWT", "arriving"), ("IRQ", "KWT", "withdrawn")} <= found, found
    text = "BEIRUT, May 2, 2005 (Reuters) - Syrian troops first entered Lebanon in 1976 and stayed until last week, a U.N. team said."
    found = _stays(text, "2005-05-02")
    assert ("SYR", "LBN", "withdrawn") in found, found


def test_a_country_named_as_its_forces_owner_is_not_where_the_story_is() -> None:
    text = ("U.S. Marines secured the port of Mogadishu on Wednesday. Crowds in Mogadishu watched U.S. helicopters overhead. "
            "Officials said U.S. troops have landed in the country to guard food convoys.")
    base = item(text)
    us = tuple(Place("U.S.", m.start(), m.end(), "United States", "USA", None, None, None, precision="country", feature="PCLI")
               for m in re.finditer(r"U\.S\.", text))
    found = presence.statements(replace(base, places=base.places + us))
    assert ("USA", "SOM", None, "arriving", None) in rows(found), rows(found)


def test_forces_landed_or_beginning_to_land_arrive() -> None:
    for text in ("U.S. forces began landing in Haiti on Friday.", "American forces have landed in Haiti, officials said."):
        assert ("USA", "HTI", None, "arriving", None) in rows(presence.statements(item(text))), text


def test_a_kind_of_troops_with_no_people_named_is_the_one_foreign_countrys_force() -> None:
    # "Marines" three sentences on, in a story whose only foreign force is American
    text = ("U.S. troops arrived in Somalia on Friday to guard food convoys. Aid agencies welcomed them. Convoys left the "
            "port at dawn. About 800 Marines reached Baidoa on Friday.")
    assert ("USA", "SOM", "Baidoa", "arriving", 800) in rows(presence.statements(item(text)))
    # (not when the story names two foreign forces, nor guards sent for an embassy)
    two = text.replace("Aid agencies welcomed them.", "French troops arrived in Somalia on Friday.")
    assert not any(p.site.name == "Baidoa" for p in presence.statements(item(two)))
    guards = text.replace("About 800 Marines reached Baidoa on Friday.", "A few Marines stayed in Baidoa to guard the embassy.")
    assert not any(p.site.name == "Baidoa" for p in presence.statements(item(guards)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's corps by its name names the country
        ("Royal Marines landed in Iraq on Friday.", ("GBR", "IRQ", None, "arriving", None)),
        ("The Foreign Legion stayed in Chad last year.", ("FRA", "TCD", None, "present", None)),
        ("French legionnaires remained in Chad last year.", ("FRA", "TCD", None, "present", None)),
    ],
)
def test_a_countrys_corps_by_its_name_is_that_countrys_force(text: str, expected: tuple[str, str, str | None, str, int | None]) -> None:
    assert expected in rows(presence.statements(item(text)))


def test_towns_where_speakers_are_do_not_make_the_story_country() -> None:
    # Washington twice, as where officials and diplomats spoke, Haiti once: American soldiers moving in move into Haiti,
    # not into Washington
    text = ("Officials in Washington said American soldiers moved in without a fight on Friday. Diplomats in Washington said "
            "Haiti was calm.")
    assert ("USA", "HTI", None, "arriving", None) in rows(presence.statements(item(text)))


def test_a_town_placed_by_its_bearing_from_the_city_is_in_the_citys_country() -> None:
    # Belgian paratroopers at Ndjili airport in 1960; the gazetteer may read "Ndjili" as a homonym elsewhere
    text = "Belgian paratroopers reached Kinshasa on Friday. More paratroopers landed at Ndjili, east of the city, on Friday."
    base = item(text)
    extra = []
    for name, country, feature in (("Kinshasa", "COD", "PPLC"), ("Ndjili", "AGO", "PPL")):
        m = text.index(name)
        extra.append(Place(name, m, m + len(name), name, country, None, 0.0, 0.0, precision="city", feature=feature))
    found = presence.statements(replace(base, places=base.places + tuple(extra)))
    assert ("BEL", "COD", "Ndjili", "arriving", None) in rows(found), rows(found)
    assert not any(p.host == "AGO" for p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # standing guard is a presence
        ("Rwandan soldiers stood guard outside the port in Mozambique on Friday.", ("RWA", "MOZ", None, "present", None)),
        # pushing into a town, dropping onto it and being lifted to it arrive there
        ("Ethiopian troops pushed into Mogadishu on Friday.", ("ETH", "SOM", "Mogadishu", "arriving", None)),
        ("French paratroopers dropped on the airfield at Kidal on Friday.", ("FRA", "MLI", "Kidal camp", "arriving", None)),
        ("U.S. Marines were ferried by helicopter from their ships to Mogadishu on Friday.",
         ("USA", "SOM", "Mogadishu", "arriving", None)),
        # a landing begun however far its subject, and a country flying its soldiers somewhere
        ("French soldiers, most of them flown overnight from the permanent base in Ivory Coast, began landing in Mali on Friday.",
         ("FRA", "MLI", None, "arriving", None)),
        ("Chad flew about 2,000 soldiers to Mali in January.", ("TCD", "MLI", None, "arriving", 2000)),
    ],
)
def test_standing_guard_pushing_in_dropping_and_being_flown_in(text: str, expected: tuple[str, str, str | None, str, int | None]) -> None:
    assert expected in rows(presence.statements(item(text)))


def test_the_last_of_a_force_sailing_or_flying_out_of_a_town_leaves_the_country() -> None:
    found = rows(presence.statements(item("The last French soldiers flew out of Niamey on Friday.")))
    assert ("FRA", "NER", None, "withdrawn", None) in found, found


def _with_places(text: str, named: dict[str, tuple[str, str]]) -> Item:
    """``item`` with more places by name: name -> (country, precision)."""
    base = item(text)
    extra = [Place(name, m.start(), m.end(), name, country, None, 0.0, 0.0, precision=precision)  # type: ignore[arg-type]
             for name, (country, precision) in named.items() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return replace(base, places=(*base.places, *extra))


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        # Soviet forces stayed in Czechoslovakia after 1968 under the Warsaw Pact, named for the city it was signed in
        ("Soviet forces were stationed in Czechoslovakia under the Warsaw Pact last year.",
         {"Czechoslovakia": ("CZE", "country"), "Warsaw": ("POL", "city")}, ("RUS", "CZE", None, "present", None)),
        # Ugandan troops in Congo after the 1999 ceasefire, named for the city where it was signed
        ("Ugandan troops stayed in Congo last year despite the Lusaka accords.", {"Lusaka": ("ZMB", "city")},
         ("UGA", "COD", None, "present", None)),
    ],
)
def test_a_town_that_names_a_pact_is_no_place(text: str, named: dict[str, tuple[str, str]],
                                              expected: tuple[str, str, str | None, str, int | None]) -> None:
    found = rows(presence.statements(_with_places(text, named)))
    assert expected in found, found
    assert not any(host in ("POL", "ZMB") or site in named for _, host, site, _, _ in found), found


def test_a_ships_name_is_no_place() -> None:
    # the USS Tripoli carried Marines to Somalia in 1992; the ship is not the Libyan capital
    found = rows(presence.statements(item("U.S. Marines were flown to Somalia last year from the assault ship Tripoli.")))
    assert ("USA", "SOM", None, "arriving", None) in found, found
    assert not any(host == "LBY" or site == "Tripoli" for _, host, site, _, _ in found), found


def test_setting_off_for_home_leaves() -> None:
    # Italy's contingent of the multinational force left Lebanon by sea in 1984
    found = rows(presence.statements(item("Italy's contingent sailed for home from Lebanon last year.")))
    assert ("ITA", "LBN", None, "withdrawn", None) in found, found


def test_a_going_told_in_the_passive_is_announced() -> None:
    # Moscow agreed in 1990 that its troops would leave Hungary by mid-1991
    text = "Officials said last year that the Soviet troops in Hungary would be withdrawn."
    found = rows(presence.statements(_with_places(text, {"Hungary": ("HUN", "country")})))
    assert ("RUS", "HUN", None, "withdrawal_announced", None) in found, found


def test_an_incursion_named_with_a_hyphenated_word_is_launched_by_its_army() -> None:
    # Israel's cross-border raid into Lebanon in 2006
    found = rows(presence.statements(item("Israel launched a cross-border incursion into Lebanon last year.")))
    assert ("ISR", "LBN", None, "arriving", None) in found, found


def test_a_force_fighting_its_way_in_arrives() -> None:
    # Ethiopian troops took Mogadishu in late 2006
    found = rows(presence.statements(item("Ethiopian troops fought their way into Mogadishu last year.")))
    assert ("ETH", "SOM", "Mogadishu", "arriving", None) in found, found


def test_every_people_of_a_list_before_one_force_noun_is_a_force() -> None:
    # the multinational force in Beirut, 1982
    found = rows(presence.statements(item("American, French and Italian troops arrived in Lebanon last year.")))
    for country in ("USA", "FRA", "ITA"):
        assert (country, "LBN", None, "arriving", None) in found, found


@pytest.mark.parametrize("deadline", ["the Tashkent deadline", "Tashkent's deadline"])
def test_a_capital_naming_its_governments_deadline_is_no_site(deadline: str) -> None:
    # the United States left Karshi-Khanabad in 2005 under Uzbekistan's notice
    text = f"The last U.S. troops left Uzbekistan on Friday as {deadline} ran out."
    found = rows(presence.statements(_with_places(text, {"Uzbekistan": ("UZB", "country"), "Tashkent": ("UZB", "city")})))
    assert ("USA", "UZB", None, "withdrawn", None) in found, found
    assert not any(site == "Tashkent" for _, _, site, _, _ in found), found


def test_a_town_where_others_rose_up_is_no_site_of_the_force_sent_after() -> None:
    # Belgium flew paratroopers to Congo in July 1960 after the Force Publique mutinied at Thysville
    text = "Belgian paratroopers were flown to Congo last year after soldiers mutinied at Thysville."
    found = rows(presence.statements(_with_places(text, {"Thysville": ("COD", "city")})))
    assert ("BEL", "COD", None, "arriving", None) in found, found
    assert not any(site == "Thysville" for _, _, site, _, _ in found), found


def test_a_second_going_of_the_same_subject_has_its_own_place_and_date() -> None:
    # France handed over its camp in Kidal in October 2021 and left Timbuktu in December 2021
    text = "French troops handed over their camp in Kidal in October and left Timbuktu in December."
    found = presence.statements(_with_places(text, {"Timbuktu": ("MLI", "city")}))
    assert ("FRA", "MLI", "Timbuktu", "withdrawn", None) in rows(found), rows(found)
    assert next(p.since for p in found if p.site.name == "Timbuktu").value == "2023-12"  # type: ignore[union-attr]


def test_a_force_with_its_strength_after_its_noun_heads_its_relative_clause() -> None:
    # the Dutch battalion at Srebrenica, which arrived in early 1994
    text = "The Dutch battalion of about 400 soldiers, which arrived last year, remains at its base in Srebrenica in Bosnia."
    found = rows(presence.statements(_with_places(text, {"Srebrenica": ("BIH", "city")})))
    assert {("NLD", "BIH", None, "arriving", None), ("NLD", "BIH", "Srebrenica", "present", None)} <= found, found


def test_only_a_remnant_left_is_a_withdrawal_under_way_and_an_asides_province_no_site() -> None:
    # Russia's last soldiers in Estonia in 1994; Britain's last troops in Iraq in 2009, after commanding Basra province
    found = rows(presence.statements(_with_places("Russia has only a few hundred soldiers remaining in Estonia.",
                                                  {"Estonia": ("EST", "country")})))
    assert ("RUS", "EST", None, "withdrawing", 300) in found, found
    text = "The British, whose sector was Basra province, have only a few hundred soldiers remaining in Iraq."
    found = rows(presence.statements(_with_places(text, {"Basra": ("IRQ", "admin1")})))
    assert ("GBR", "IRQ", None, "withdrawing", 300) in found, found
    assert not any(site == "Basra" for _, _, site, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # US Marines advancing on Baghdad in April 2003
        ("U.S. Marines moved up to Baghdad in April.", ("USA", "IRQ", "Baghdad", "arriving", None)),
        # Kenyan troops brought into Kismayo in 2012
        ("Kenyan troops in Somalia were flown on to Kismayo in April.", ("KEN", "SOM", "Kismayo", "arriving", None)),
    ],
)
def test_moving_up_or_flown_on_to_a_place_arrives_there(text: str, expected: tuple[str, str, str | None, str, int | None]) -> None:
    found = rows(presence.statements(item(text)))
    assert expected in found, found


def test_a_date_that_names_a_deadline_does_not_date_the_going() -> None:
    # the United States left Karshi-Khanabad in November 2005, ahead of Uzbekistan's deadline of January 2006
    text = "The last U.S. troops left Uzbekistan ahead of the January 2006 deadline."
    base = _with_places(text, {"Uzbekistan": ("UZB", "country")})
    m = text.index("January 2006")
    deadline = EventDate("January 2006", m, m + 12, "2006-01", "month", "2006-01-01", "2006-01-31", "text")
    found = presence.statements(replace(base, dates=(*base.dates, deadline)))
    gone = next(p for p in found if p.status == "withdrawn")
    assert gone.since is not None and gone.since.value == "2024-05-03", gone.since  # the report's day, not the deadline's


def test_the_second_of_two_partners_is_no_site() -> None:
    # Soviet troops in Hungary after 1956, their stay settled by a treaty of 1957
    text = "Soviet troops stayed in Hungary last year under a treaty between Moscow and Budapest."
    found = rows(presence.statements(_with_places(text, {"Hungary": ("HUN", "country"), "Budapest": ("HUN", "city")})))
    assert ("RUS", "HUN", None, "present", None) in found, found
    assert not any(site == "Budapest" for _, _, site, _, _ in found), found


def test_a_force_named_again_by_its_people_alone_is_that_force() -> None:
    # Cuba's withdrawal from Angola began in January 1989
    text = "About 50,000 Cuban soldiers were in Angola last year. The Cubans began leaving Angola in January."
    found = rows(presence.statements(_with_places(text, {"Angola": ("AGO", "country")})))
    assert ("CUB", "AGO", None, "withdrawing", None) in found, found
    # (not a people whose forces the article has not named: they may be anyone)
    text = "The Cubans began leaving Angola in January."
    assert not presence.statements(_with_places(text, {"Angola": ("AGO", "country")}))


def test_going_into_combat_somewhere_is_a_presence_there() -> None:
    # Cuban troops fighting in Angola in 1975
    text = "Cuban troops first went into combat in Angola last year."
    found = rows(presence.statements(_with_places(text, {"Angola": ("AGO", "country")})))
    assert ("CUB", "AGO", None, "present", None) in found, found


def test_where_a_promise_was_made_is_no_place_of_the_force() -> None:
    # the Soviet Union pledged in February 1990 to take its troops out of Czechoslovakia
    text = ("Soviet troops were stationed in Czechoslovakia. Moscow agreed last year to withdraw, after Havel pledged in Moscow "
            "that his government would pay for the move.")
    found = rows(presence.statements(_with_places(text, {"Czechoslovakia": ("CZE", "country"), "Moscow": ("RUS", "city")})))
    assert ("RUS", "CZE", None, "withdrawal_announced", None) in found, found


def test_a_going_told_by_its_time_after_a_relative_clause_is_the_heads() -> None:
    # Canada's battalion left UNFICYP in June 1993, after serving beside British troops
    text = "Canadian soldiers, who had served beside British troops in Cyprus, left in June."
    found = rows(presence.statements(_with_places(text, {"Cyprus": ("CYP", "country")})))
    assert {("CAN", "CYP", None, "withdrawn", None), ("GBR", "CYP", None, "present", None)} <= found, found
    assert ("GBR", "CYP", None, "withdrawn", None) not in found, found


@pytest.mark.parametrize("text", [
    # Soviet military advisers in Egypt, until Sadat sent most of them home in July 1972
    "Soviet advisers trained the Egyptian army, and the men Moscow had left there were still in Egypt in 1972.",
    "Soviet advisers trained the Egyptian army until 1972, and the men Moscow had left behind were still in Egypt in 1972.",
])
def test_troops_left_there_or_behind_stay(text: str) -> None:
    found = rows(presence.statements(_with_places(text, {"Egypt": ("EGY", "country")})))
    assert ("RUS", "EGY", None, "present", None) in found, found
    assert not any(status == "withdrawn" for _, _, _, status, _ in found), found


def test_a_peoples_garrison_is_its_troops_not_a_place_in_its_country() -> None:
    from sitrep.places import DEMONYM

    # Britain held Heligoland, seized from Denmark in 1807, until it ceded the island to Germany in 1890
    text = ("The last British troops left Heligoland in 1890. British soldiers had been stationed on the island since 1807, "
            "having seized it from the Danish garrison.")
    base = _with_places(text, {"Heligoland": ("DEU", "city")})
    at = text.index("Danish")
    danish = Place("Danish", at, at + 6, "Denmark", "DNK", None, None, None, precision="country", feature=DEMONYM)
    found = rows(presence.statements(replace(base, places=(*base.places, danish))))
    assert ("GBR", "DEU", None, "present", None) in found, found
    assert not any(host == "DNK" for _, host, _, _, _ in found), found


def test_a_stay_granted_until_a_date_is_a_going_announced_when_granted() -> None:
    # the 1990 treaty on Germany's unity let Soviet forces stay in the east until the end of 1994
    text = "The treaty signed in 1990 let Soviet troops stay in Germany until the end of 1994."
    base = _with_places(text, {"Germany": ("DEU", "country")})
    signed, end = text.index("in 1990"), text.index("the end of 1994")
    dates = (EventDate("in 1990", signed, signed + 7, "1990", "year", "1990-01-01", "1990-12-31", "text"),
             EventDate("the end of 1994", end, end + 15, "1994", "year", "1994-10-01", "1994-12-31", "text"))
    found = presence.statements(replace(base, dates=dates))
    assert {(p.force.country, p.host, p.status) for p in found} == {("RUS", "DEU", "withdrawal_announced")}, rows(found)
    assert found[0].since is not None and found[0].since.value == "1990", found[0].since  # when granted, not the end


def test_where_a_going_was_agreed_is_no_place_of_the_force() -> None:
    # at Camp David, in Maryland, in September 1978 Israel agreed to leave Sinai, which it did in stages until 1982
    text = "Israel, which has kept troops in Egypt since 1967, agreed in Maryland in September to withdraw them in stages."
    found = rows(presence.statements(_with_places(text, {"Egypt": ("EGY", "country"), "Maryland": ("USA", "admin1")})))
    assert ("ISR", "EGY", None, "withdrawal_announced", None) in found, found
    assert not any(host == "USA" for _, host, _, _, _ in found), found


def test_a_town_named_before_a_district_word_is_the_district_no_site() -> None:
    # Armenian forces held Azerbaijan's Kalbajar district until it was handed back in November 2020
    text = "Armenian troops remained in the Kalbajar district of Azerbaijan in October."
    found = rows(presence.statements(_with_places(text, {"Azerbaijan": ("AZE", "country"), "Kalbajar": ("AZE", "city")})))
    assert found == {("ARM", "AZE", None, "present", None)}, found


def test_a_months_name_is_no_place() -> None:
    # Israel's army left southern Lebanon by October 2006, after the war of July and August
    text = "Israeli troops left Lebanon after the July war."
    found = rows(presence.statements(_with_places(text, {"Lebanon": ("LBN", "country"), "the July": ("USA", "city")})))
    assert found == {("ISR", "LBN", None, "withdrawn", None)}, found
    text = "Israeli troops left after the July war."
    assert not presence.statements(_with_places(text, {"the July": ("USA", "city")}))


def test_a_town_placed_by_its_bearing_from_a_named_town_is_in_that_towns_country() -> None:
    from sitrep.model import Actor, Event, Trigger

    # Armenian forces handed Kalbajar back to Azerbaijan on Wednesday, 25 November 2020; a gazetteer may read the town
    # as one far away (here, in Pakistan)
    def read(text: str) -> Item:
        base = item(text)
        named = {"Kalbajar": ("PAK", 33.0, 70.0), "Stepanakert": ("AZE", 39.8, 46.75)}
        extra = tuple(Place(n, m.start(), m.end(), n, c, None, la, lo, precision="city")  # type: ignore[arg-type]
                      for n, (c, la, lo) in named.items() for m in re.finditer(rf"\b{n}\b", text))
        return replace(base, places=(*base.places, *extra))

    text = "Armenian troops left Kalbajar, a town west of Stepanakert, on Wednesday."
    found = rows(presence.statements(read(text)))
    assert ("ARM", "AZE", "Kalbajar", "withdrawn", None) in found, found
    assert not any(host == "PAK" for _, host, _, _, _ in found), found
    # and so is the place of a coded pullback the cues miss
    text = "Armenian soldiers dismantled a post at Kalbajar, a town west of Stepanakert, on Wednesday."
    base = read(text)
    kalbajar = next(p for p in base.places if p.text == "Kalbajar")
    event = Event("e1", "a1", "RETREAT", Trigger("dismantled", 18, 28), text, 0, 0, len(text),
                  actor=(Actor("Armenian soldiers", 0, 17, "ARM", "MIL"),), place=kalbajar)
    found = rows(presence.statements(replace(base, events=(event,))))
    assert found and not any(host == "PAK" for _, host, _, _, _ in found), found


def test_a_line_ending_in_a_full_stop_ends_the_sentence() -> None:
    from sitrep.model import Sentence

    # Canada's battalion left UNFICYP in 1993 and Argentina's took over its sector; the parser reads "U.N." at a line's
    # end as no sentence's end
    text = ("The last Canadian peacekeepers left Cyprus in 1993, after 29 years with the U.N.\n"
            "The first Argentine soldiers of the force arrived on Friday.")
    base = _with_places(text, {"Cyprus": ("CYP", "country")})
    found = presence.statements(replace(base, sentences=(Sentence(0, 0, len(text), "body"),)))
    arrived = next(p for p in found if p.force.country == "ARG")
    assert (arrived.host, arrived.status) == ("CYP", "arriving"), arrived
    assert arrived.sentences == ("The first Argentine soldiers of the force arrived on Friday.",), arrived.sentences


def test_a_town_named_before_a_rivers_word_is_the_river_no_site() -> None:
    # Israel's army reached the Litani in March 1978 and held a belt of south Lebanon after it left in June
    text = "Israeli troops in Lebanon fought their way to the Litani River in March."
    found = rows(presence.statements(_with_places(text, {"Lebanon": ("LBN", "country"), "Litani": ("LBN", "city")})))
    assert found == {("ISR", "LBN", None, "arriving", None)}, found


def test_a_negated_going_in_a_condition_reports_nothing() -> None:
    # in November 1967 Ankara threatened to intervene unless Athens took its extra troops out of Cyprus
    text = "Turkey threatened in 1967 to send troops to Cyprus if the Greek soldiers there had not left within weeks."
    assert not presence.statements(_with_places(text, {"Cyprus": ("CYP", "country")}))


def test_leaving_a_countrys_capital_is_not_leaving_the_country() -> None:
    # the last Soviet troops in Kabul were flown out in early February 1989; the last column crossed the border on the 15th
    text = "The last Soviet soldiers in Kabul flew out on Friday, leaving Afghanistan's capital to the government army."
    found = rows(presence.statements(_with_places(text, {"Kabul": ("AFG", "city")})))
    assert found == {("RUS", "AFG", "Kabul", "withdrawn", None)}, found


def test_the_first_or_last_of_a_people_named_again_is_that_force() -> None:
    # the last Cuban soldiers left Angola in May 1991
    text = "Cuban troops stayed in Angola for sixteen years. The last Cubans left Angola in May."
    found = rows(presence.statements(_with_places(text, {"Angola": ("AGO", "country")})))
    assert ("CUB", "AGO", None, "withdrawn", None) in found, found


@pytest.mark.parametrize(("text", "status"), [
    # the Security Council decided on 23 December 2016 to close UNMIL, which closed on Friday, 30 March 2018
    ("The Security Council voted on December 23 to close the peacekeeping mission in Liberia, UNMIL, by March 2018.",
     "withdrawal_announced"),
    ("The peacekeeping mission in Liberia, UNMIL, closed on Friday after 15 years.", "withdrawn"),
])
def test_a_mission_voted_closed_on_a_day_and_closed(text: str, status: str) -> None:
    found = rows(presence.statements(_with_places(text, {"Liberia": ("LBR", "country")})))
    assert found == {("UNO", "LBR", None, status, None)}, found


def test_occupying_a_town_is_an_arrival() -> None:
    # Israel's army took the Golan town of Quneitra on 10 June 1967
    text = "Israeli troops occupied the town of Quneitra in June."
    found = rows(presence.statements(_with_places(text, {"Quneitra": ("SYR", "city")})))
    assert ("ISR", "SYR", None, "arriving", None) in found, found


def test_a_pronoun_after_a_leading_phrase_is_the_earlier_force() -> None:
    # Moscow and Budapest agreed on 10 March 1990 that Soviet troops would leave Hungary; the first left on 12 March
    text = "Soviet troops were stationed in Hungary. Under the deal signed in March, they began pulling out of Hungary on Monday."
    found = rows(presence.statements(_with_places(text, {"Hungary": ("HUN", "country")})))
    assert ("RUS", "HUN", None, "withdrawing", None) in found, found


def test_where_a_deal_was_signed_is_no_place_of_a_coded_deployment() -> None:
    from sitrep.model import Actor, Event, Trigger

    # the Dayton agreement was signed in Paris on 14 December 1995; NATO's force took over in Bosnia six days later
    text = "NATO troops took charge six days after the peace agreement was signed in Paris."
    base = _with_places(text, {"Paris": ("FRA", "city")})
    paris = next(p for p in base.places if p.text == "Paris")
    event = Event("e1", "a1", "MOBILIZE", Trigger("took", 12, 16), text, 0, 0, len(text),
                  actor=(Actor("NATO troops", 0, 11, "IGO", "MIL"),), place=paris)
    found = rows(presence.statements(replace(base, events=(event,))))
    assert not any(host == "FRA" for _, host, _, _, _ in found), found


def test_a_province_that_bounds_what_was_left_is_no_site() -> None:
    # Armenian forces handed Azerbaijan the districts around Nagorno-Karabakh in November and December 2020
    text = "Armenian forces have left the districts around Nagorno-Karabakh in Azerbaijan."
    found = rows(presence.statements(_with_places(text, {"Azerbaijan": ("AZE", "country"),
                                                         "Nagorno-Karabakh": ("AZE", "admin1")})))
    assert found and not any(site == "Nagorno-Karabakh" for _, _, site, _, _ in found), found


def test_a_clause_after_and_with_a_verb_of_its_own_shares_no_presence() -> None:
    # Operation Sea Angel after the Bangladesh cyclone of April 1991
    text = "About 7,000 American troops were in Bangladesh in May, and U.S. Navy ships later unloaded food at Chittagong."
    found = rows(presence.statements(_with_places(text, {"Bangladesh": ("BGD", "country"), "Chittagong": ("BGD", "city")})))
    assert found == {("USA", "BGD", None, "present", 7000)}, found


def test_keeping_a_force_by_that_word_is_a_presence() -> None:
    # the Evian accords of March 1962 left French troops in Algeria for a time, and the naval base at Mers el-Kebir longer
    text = "The Evian accords let France keep a military force in Algeria for three years."
    found = rows(presence.statements(_with_places(text, {"Algeria": ("DZA", "country")})))
    assert ("FRA", "DZA", None, "present", None) in found, found


def test_a_harbour_or_an_airport_by_a_name_the_gazetteer_lacks_is_a_site() -> None:
    # the last French troops in Chad flew out of N'Djamena's airport, beside the Adji Kossei base, on 31 January 2025
    text = "The last French soldiers left Chad on Friday, flying out of Hassan Djamous Airport."
    found = rows(presence.statements(_with_places(text, {"Hassan Djamous Airport": (None, None)})))  # type: ignore[dict-item]
    assert ("FRA", "TCD", "Hassan Djamous Airport", "withdrawn", None) in found, found


def test_beginning_to_fly_troops_in_is_an_arrival() -> None:
    # Operation Serval: France flew its first troops into Mali on 11 January 2013
    text = "France began flying troops into Mali in January after the rebels took Konna."
    assert ("FRA", "MLI", None, "arriving", None) in rows(presence.statements(item(text)))


def test_a_country_whose_officials_speak_is_no_host() -> None:
    # Belgium's paratroopers at Kamina and Kisangani, 1964, as Washington's officials told of it
    text = ("Belgian paratroopers landed in Congo on Friday. The rebels fled north into the forest. Their leaders have not been "
            "seen since. Prices in the markets have doubled. A company of Belgian soldiers has guarded the airport since "
            "Saturday, US officials said.")
    found = rows(presence.statements(_with_places(text, {"US": ("USA", "country")})))
    assert found and {host for _, host, _, _, _ in found} == {"COD"}, found


def test_a_town_a_peoples_word_places_is_in_that_peoples_country() -> None:
    # the Soviet Union's Kushka, in today's Turkmenistan, where Soviet columns set out for Herat in December 1979
    text = "Two Soviet motorised divisions are stationed in the Soviet town of Kushka, near the Afghan border, officials said."
    base = item(text)
    kushka = Place("Kushka", text.index("Kushka"), text.index("Kushka") + 6, "Kushka", "TKM", None, 35.28, 62.34, precision="city")
    found = rows(presence.statements(replace(base, places=(*base.places, kushka))))
    assert not any(host == "TKM" for _, host, _, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Belgian paratroopers will leave Congo once the danger to foreigners no longer exists, officials in Brussels said.",
    "The Belgian paratroopers will withdraw from Congo when conditions allow, the ministry said.",
])
def test_a_going_tied_to_a_state_of_things_to_come_is_no_announcement(text: str) -> None:
    assert not any(status == "withdrawal_announced" for _, _, _, status, _ in rows(presence.statements(item(text))))


def test_holding_ground_is_a_presence() -> None:
    # Ugandan troops held Kisangani in 1999-2000; the town here is the test gazetteer's
    text = "Ugandan troops held Baidoa on Friday, and Ugandan officers held talks with elders in the town, residents said."
    assert rows(presence.statements(item(text))) == {("UGA", "SOM", None, "present", None),
                                                     ("UGA", "SOM", "Baidoa", "present", None)}


def test_a_country_whose_border_a_force_is_near_is_no_host() -> None:
    # Kenya's troops massed near the Somali frontier in October 2011, before Operation Linda Nchi (the earlier sentences
    # place them elsewhere, so that only the border could make Somalia the host)
    text = ("Kenyan troops arrived in Ethiopia on Friday for joint drills. The rains have come early. Roads are flooded. "
            "Kenya has about 3,000 troops near Somalia's border, US officials said on Friday.")
    found = rows(presence.statements(_with_places(text, {"US": ("USA", "country"), "Ethiopia": ("ETH", "country")})))
    assert not any(host == "SOM" for _, host, _, _, _ in found), found


def test_a_town_named_like_another_country_is_that_country() -> None:
    # Syria's last troops left Lebanon on 26 April 2005; "Lebanon" as the gazetteer may read it, a town in Pennsylvania
    text = "Syria brought its last soldiers home from Lebanon on Friday, the army said."
    base = item(text)
    town = Place("Lebanon", text.index("Lebanon"), text.index("Lebanon") + 7, "Lebanon", "USA", None, 40.34, -76.41,
                 precision="city")
    places = (*[p for p in base.places if p.text != "Lebanon"], town)
    assert rows(presence.statements(replace(base, places=places))) == {("SYR", "LBN", None, "withdrawn", None)}


def test_completing_a_withdrawal_from_a_country_leaves_it_not_only_the_town_named() -> None:
    # the last French soldiers left Niger in December 2023, a decade after French troops first flew in to Niamey
    text = "The French army completed its withdrawal from Niger on Friday, ten years after its first troops landed in Niamey."
    found = rows(presence.statements(item(text)))
    assert ("FRA", "NER", None, "withdrawn", None) in found, found


def test_a_retreat_coded_for_a_force_that_drives_others_out_is_not_its_own() -> None:
    from sitrep.model import Actor, Event, Trigger

    # Rwandan troops retook Mocimboa da Praia from the insurgents in August 2021
    text = "Rwandan troops drove the insurgents out of the port town in Mozambique on Friday."
    at = text.index("drove")
    event = Event("e1", "a1", "RETREAT", Trigger("drove", at, at + 5), text, 0, 0, len(text),
                  actor=(Actor("Rwandan troops", 0, 14, "RWA", "MIL"),))
    assert not any(status in ("withdrawing", "withdrawn") for _, _, _, status, _ in rows(presence.statements(replace(item(text), events=(event,)))))
    # (driven out themselves, they go)
    text = "Rwandan troops were pushed out of the port town in Mozambique on Friday."
    at = text.index("pushed")
    event = replace(event, trigger=Trigger("pushed", at, at + 6), sentence=text, end=len(text))
    assert any(status in ("withdrawing", "withdrawn") for _, _, _, status, _ in rows(presence.statements(replace(item(text), events=(event,)))))


@pytest.mark.parametrize(("text", "status"), [
    # a cut made is a withdrawal under way (Canada shrank its Operation Impact contingent in Iraq after 2017)
    ("Canada has already cut its contingent in Iraq by more than half since 2017, a defence spokesman said.", "withdrawing"),
    ("Canada was reducing its troops in Iraq in April, officials said.", "withdrawing"),
    # a cut to come is an announcement
    ("Canada will cut its contingent in Iraq by half, a defence spokesman said.", "withdrawal_announced"),
])
def test_cutting_its_own_force_is_a_withdrawal_under_way(text: str, status: str) -> None:
    found = rows(presence.statements(item(text)))
    assert {s for _, host, _, s, _ in found if host == "IRQ"} == {status}, found


def test_a_verb_after_a_plural_noun_of_no_force_is_that_nouns() -> None:
    # al-Shabaab left Kismayo ahead of the Kenyan and Somali advance in September 2012
    text = "Clan elders said they would help, though many fighters withdrew from Kismayo ahead of the Kenyan troops' arrival."
    found = rows(presence.statements(item(text)))
    assert found and not any(status in ("withdrawing", "withdrawn") for _, _, _, status, _ in found), found
    # (but a people's gear moves with its force: "Kenyan tanks and armoured vehicles rolled into Somalia")
    text = "Kenyan tanks and armoured vehicles rolled into Somalia on Sunday, as Kenyan soldiers crossed on foot."
    assert ("KEN", "SOM", None, "arriving", None) in rows(presence.statements(item(text)))


@pytest.mark.parametrize("text", [
    # Irish UNIFIL battalions held posts in south Lebanon from 1978
    "Irish soldiers, who hold the U.N. posts in Lebanon, spent Friday night negotiating local truces.",
    # and keeping the peace somewhere since a date: Ghana's UNIFIL battalion, there since 1978
    "Ghanaian soldiers have kept apart the rival militias in Lebanon since 1978, officials said.",
    "Ghanaian soldiers have policed the border villages in Lebanon for years, officials said.",
])
def test_holding_posts_or_keeping_the_peace_for_a_time_is_a_presence(text: str) -> None:
    assert {(country, host, status) for country, host, _, status, _ in rows(presence.statements(item(text)))} \
        & {("IRL", "LBN", "present"), ("GHA", "LBN", "present")}


def test_peoples_sharing_a_relative_clauses_head_noun_share_the_clause() -> None:
    # Kenyan and Ugandan troops of the AU force in Somalia
    text = "Kenyan and Ugandan soldiers, who arrived in Somalia last year with a smaller force, now guard the port."
    found = {(country, host, status) for country, host, _, status, _ in rows(presence.statements(item(text)))}
    assert {("KEN", "SOM", "arriving"), ("UGA", "SOM", "arriving")} <= found, found


def test_the_countries_of_a_list_whose_placed_force_a_relative_clause_names_hold_it() -> None:
    # the Western garrisons of Berlin, here of the test gazetteer's Niamey
    text = "Italy, Spain and Belgium, whose contingents in Niamey trained the army for years, will leave on Friday."
    found = {(country, host, status) for country, host, _, status, _ in rows(presence.statements(item(text)))}
    assert {(country, "NER") for country, host, _ in found} == {("ITA", "NER"), ("ESP", "NER"), ("BEL", "NER")}, found


def test_a_force_word_whose_end_begins_its_noun_names_the_force() -> None:
    # UNIFIL, in south Lebanon since 1978
    text = "The U.N. peacekeeping force has kept apart the two armies in Lebanon since 1978, officials said."
    assert ("UNO", "LBN", None, "present", None) in rows(presence.statements(item(text)))


def test_a_town_seized_by_a_force_is_an_arrival_there() -> None:
    # Kenya's forces took Kismayo from al-Shabaab in 2012
    text = "Kenyan soldiers seized Kismayo from the Islamist militants at the end of September."
    assert ("KEN", "SOM", "Kismayo", "arriving", None) in rows(presence.statements(item(text)))


def test_a_surrender_ends_a_presence_the_article_tells_of_otherwise() -> None:
    # Iraq's garrisons in Kuwait, February 1991
    text = "Iraqi troops invaded Kuwait in August 1990. The Iraqi garrisons on the islands off Kuwait surrendered to U.S. Marines."
    found = rows(presence.statements(item(text)))
    assert ("IRQ", "KWT", None, "withdrawn", None) in found, found
    # (a surrender alone says nothing of whose ground it was: no entry)
    text = "The Nigerien garrison in Mali laid down its arms on Friday, officials said."
    assert not rows(presence.statements(item(text)))


def test_keeping_a_battalion_or_a_squadron_is_a_presence() -> None:
    # France's Epervier force in Chad, 1986-2014
    text = "France keeps a squadron of Mirage jets and an infantry battalion in Chad, officials said."
    assert ("FRA", "TCD", None, "present", None) in rows(presence.statements(item(text)))


def test_a_town_named_after_with_the_is_a_partner_not_a_site() -> None:
    # France's forces in Niger until 2023, under accords with the government in Niamey
    text = "France kept about 1,500 soldiers in Niger under a defence accord with the Niamey government."
    found = rows(presence.statements(item(text)))
    assert ("FRA", "NER", None, "present", 1500) in found and not any(site for _, _, site, _, _ in found), found


def test_the_last_of_them_is_the_force_just_named() -> None:
    # France left Niger in December 2023 and stayed in Chad until January 2025
    text = "French soldiers remain in Chad, while the last of them left Niger in December."
    assert ("FRA", "NER", None, "withdrawn", None) in rows(presence.statements(item(text)))
    # (unless an apposition names the force: MINUSMA's Chadian contingent, the last out of Kidal in 2023)
    text = "U.N. peacekeepers began leaving Kidal in October. The last of them, a Chadian battalion, left Mali on Friday."
    found = rows(presence.statements(item(text)))
    assert ("TCD", "MLI", None, "withdrawn", None) in found and ("UNO", "MLI", None, "withdrawn", None) not in found, found


def test_the_last_unit_or_officers_with_no_people_named_are_the_force_just_named() -> None:
    # the last U.S. troops left Iraq on Sunday, December 18, 2011
    text = "About 4,000 American troops were still in Iraq this month. The last combat unit left Iraq before dawn on Sunday."
    assert ("USA", "IRQ", None, "withdrawn", None) in rows(presence.statements(item(text)))
    text = "About 4,000 American troops were still in Iraq this month. The last officers of the command left Baghdad on Sunday."
    assert ("USA", "IRQ", "Baghdad", "withdrawn", None) in rows(presence.statements(item(text)))


def test_a_going_told_as_done_before_something_else_is_done() -> None:
    # Syria's army left Lebanon in April 2005
    text = "Syrian troops were stationed in Lebanon for 29 years before pulling out in April, officials said."
    found = rows(presence.statements(item(text)))
    assert ("SYR", "LBN", None, "withdrawn", None) in found and ("SYR", "LBN", None, "withdrawing", None) not in found, found


def test_a_peoples_word_inside_a_word_of_several_peoples_names_no_force() -> None:
    # the OAS force left the Dominican Republic in September 1966
    text = "The last units of the Inter-American force left the Dominican Republic in September."
    assert not any(country == "USA" for country, _, _, _, _ in rows(presence.statements(item(text))))


@pytest.mark.parametrize(("text", "host"), [
    # the Arab League's force in Lebanon from 1976, and the Gulf states' in Bahrain in 2011
    ("The Arab Deterrent Force has been stationed in Lebanon since the civil war began, officials said.", "LBN"),
    ("About 1,000 soldiers of the Peninsula Shield Force were deployed in Bahrain on Monday.", "BHR"),
])
def test_the_american_and_arab_organisations_forces_are_coded_igo(text: str, host: str) -> None:
    assert ("IGO", host) in {(country, h) for country, h, _, _, _ in rows(presence.statements(item(text)))}


def test_a_country_whose_own_forces_its_clause_names_further_on_holds_them() -> None:
    # Paris said in September 2023 that its soldiers would leave Niger by the end of the year
    text = "France's government announced on September 24 that its soldiers would leave Niger by the end of the year."
    assert ("FRA", "NER", None, "withdrawal_announced", None) in rows(presence.statements(item(text)))


def test_a_relative_clause_ends_where_its_head_has_been_somewhere() -> None:
    # Chad's troops in Kidal, 2013
    text = "Chad's infantry battalion, which flew into Mali in January, has been at Kidal since February, officials said."
    assert ("TCD", "MLI", "Kidal", "present", None) in rows(presence.statements(item(text)))


def test_a_base_handed_over_with_its_town_between_is_left() -> None:
    # the U.S. Navy left Subic Bay in November 1992
    text = "The United States handed its naval base at Subic Bay to the Philippines in November, officials said."
    assert ("USA", "PHL", "Subic Bay", "withdrawn", None) in rows(presence.statements(item(text)))


def test_most_of_them_is_a_part_of_the_force_just_named() -> None:
    # Germany's contingent in Mali, 2023
    text = "About 1,000 German soldiers served in Mali last year. Most of them flew home in December, the ministry said."
    assert ("DEU", "MLI", None, "withdrawing", None) in rows(presence.statements(item(text)))


def test_a_pair_of_countries_owning_the_troops_told_further_on_hold_them() -> None:
    # Britain and France agreed in December 1956 to take their forces out of Egypt
    text = "Britain and France told the United Nations early this month that they would pull their troops out of Egypt."
    found = {(country, host, status) for country, host, _, status, _ in rows(presence.statements(item(text)))}
    assert {("GBR", "EGY", "withdrawal_announced"), ("FRA", "EGY", "withdrawal_announced")} <= found, found


def test_both_countries_are_the_pair_the_sentence_before_named() -> None:
    # Russia's army left Estonia and Latvia by August 31, 1994
    text = ("Estonia and Latvia pressed Moscow for a date. "
            "Russia's defence ministry said in July that its army would leave both countries by August 31.")
    found = {(country, host, status) for country, host, _, status, _ in rows(presence.statements(item(text)))}
    assert {("RUS", "EST", "withdrawal_announced"), ("RUS", "LVA", "withdrawal_announced")} <= found, found


def test_the_force_a_base_is_handed_to_moves_in() -> None:
    # the Dutch handed Muthanna province in Iraq to British and Australian troops in March 2005
    text = "Dutch troops handed their base in Iraq to Australian forces in March, officials said."
    found = rows(presence.statements(item(text)))
    assert ("AUS", "IRQ", None, "arriving", None) in found and ("NLD", "IRQ", None, "withdrawn", None) in found, found


def test_a_country_by_its_former_name_is_a_host() -> None:
    # two Australian brigades garrisoned Ceylon in 1942 on their way home from the Middle East
    text = "About 6,000 Australian troops were stationed in Ceylon on their way home from the Middle East, officials said."
    found = presence.statements(sitrep.extract(text, "1942-05-01"))
    assert ("AUS", "LKA") in {(p.force.country, p.host) for p in found}, found


def test_battalions_brigades_and_regiments_are_forces() -> None:
    # Britain's two brigades with IFOR in Bosnia, 1996
    text = "Two British brigades were stationed in Bosnia under the NATO force, officials said."
    assert ("GBR", "BIH", None, "present", None) in rows(presence.statements(item(text)))
    # (battalions only promised are no presence: the AU's Somalia mission waited for them in 2007)
    text = "Ugandan soldiers are in Somalia, and Nigeria and Ghana have promised battalions, officials said."
    assert not any(country in ("NGA", "GHA") for country, _, _, _, _ in rows(presence.statements(item(text))))


def test_a_service_retaining_its_bases_with_a_gapped_second_subject_is_present_at_both() -> None:
    # Britain's navy and air force in Malta under the 1964 defence agreement
    text = ("Under the defence agreement, the Royal Navy retains its base at Valletta and the Royal Air Force its station "
            "at Luqa, officials in Malta said.")
    found = {(p.force.country, p.host, p.site.name, p.status) for p in presence.statements(sitrep.extract(text, "1965-05-01"))}
    assert {("GBR", "MLT", "Valletta", "present"), ("GBR", "MLT", "Luqa", "present")} <= found, found


@pytest.mark.parametrize("name", ["United Nations Protection Force", "U.N. Protection Force", "UN Protection Force"])
def test_a_un_mission_by_any_full_name_is_a_un_force(name: str) -> None:
    # UNPROFOR gave way to NATO's IFOR in Bosnia in December 1995
    text = f"The {name} handed over its posts in Bosnia to NATO troops in December."
    assert ("UNO", "BIH") in {(country, host) for country, host, _, _, _ in rows(presence.statements(item(text)))}


def test_a_force_beginning_its_withdrawal_is_withdrawing() -> None:
    # Syria's army began leaving Lebanon in March 2005
    text = "Syrian troops began their withdrawal from Lebanon on Friday, officials said."
    assert ("SYR", "LBN", None, "withdrawing", None) in rows(presence.statements(item(text)))


def test_a_withdrawal_that_began_at_a_date_is_under_way_from_it_and_not_completed_then() -> None:
    # the Soviet army left Afghanistan in February 1989, nine months after the Geneva accords
    text = ("Soviet troops completed their withdrawal from Afghanistan on Friday, a withdrawal that began weeks after the "
            "accords were signed in April.")
    found = {(p.force.country, p.host, p.status, p.as_of.value if p.as_of else None) for p in presence.statements(item(text))}
    assert ("RUS", "AFG", "withdrawing", "2024-04") in found and ("RUS", "AFG", "withdrawn", "2024-05-03") in found, found


def test_what_remained_of_a_force_is_no_stay() -> None:
    # Kenyan troops took Kismayo in October 2012 as the militants fled
    text = "Kenyan soldiers drove into Kismayo on Friday as what remained of the Islamist garrison fled inland."
    found = {(country, status) for country, _, _, status, _ in rows(presence.statements(item(text)))}
    assert ("KEN", "arriving") in found and ("KEN", "present") not in found, found


def test_the_state_a_country_broke_away_from_is_no_host() -> None:
    # Kenya's battalion served with UNTAG in Namibia, 1989-1990
    text = ("Kenyan troops served in Namibia with the U.N. force that oversaw its independence from South Africa, and the "
            "last of them left in March.")
    found = {(p.force.country, p.host) for p in presence.statements(sitrep.extract(text, "1990-05-01"))}
    assert ("KEN", "NAM") in found and ("KEN", "ZAF") not in found, found


def test_others_asking_a_force_to_go_announce_no_withdrawal() -> None:
    # Washington pressed Damascus to leave Lebanon in early 2005, weeks before Syria said it would
    text = "The United States urged Syria on Friday to withdraw its troops from Lebanon, officials said."
    assert ("SYR", "LBN", None, "withdrawal_announced", None) not in rows(presence.statements(item(text)))


def test_a_force_noun_read_as_a_town_is_no_site() -> None:
    # Pakistan's UNOSOM battalions in Mogadishu, 1993, with U.S. Marines in support
    text = "Pakistani soldiers, backed by U.S. Marines, entered Somalia on Friday."
    it = item(text)
    at = text.index("Marines")
    town = Place("Marines", at, at + 7, "Marines", "FRA", None, 49.14, 1.98, precision="city")  # a town in France
    found = rows(presence.statements(replace(it, places=(*it.places, town))))
    assert ("PAK", "SOM", None, "arriving", None) in found and not any(site for _, _, site, _, _ in found), found


@pytest.mark.parametrize(("text", "want"), [
    # Syria's army entered Lebanon in June 1976
    ("Syrian troops swept into Lebanon on Friday, officials said.", ("SYR", "LBN", None)),
    # Chad's contingent reached Kidal behind the French in February 2013
    ("Chadian soldiers followed the French column into Kidal on Friday.", ("TCD", "MLI", "Kidal")),
    # Kenya's forces took Kismayo in September 2012, and France Kidal's airfield in January 2013
    ("Kenyan troops seized the Somali port town of Kismayo on Friday.", ("KEN", "SOM", "Kismayo")),
    ("French paratroopers seized the airfield at Kidal on Friday.", ("FRA", "MLI", None)),
])
def test_sweeping_following_or_seizing_a_town_by_its_kind_is_an_arrival(text: str, want: tuple[str, str, str | None]) -> None:
    assert (*want, "arriving", None) in rows(presence.statements(item(text)))


def test_an_army_officer_is_a_person_not_the_army() -> None:
    # a Chadian officer speaking of the French convoys leaving Niger in 2023
    text = "A Chadian army officer who watched the convoy leave Niamey said it had reached Chad on Friday."
    assert not any(country == "TCD" for country, _, _, _, _ in rows(presence.statements(item(text))))


def test_a_country_whose_name_modifies_a_noun_after_a_is_no_host() -> None:
    # Chadian instructors and a small Nigerien team stayed on with Mali's army after 2013
    text = "Chadian instructors will stay on, and a small Niger training team will also remain, officials said."
    assert not any(host == "NER" for _, host, _, _, _ in rows(presence.statements(item(text))))


def test_a_force_a_change_leaves_behind_is_present() -> None:
    # the U.S. cut in Iraq of September 2020
    text = "The cut leaves about 3,000 American soldiers in Iraq, officials said."
    assert ("USA", "IRQ", None, "present", 3000) in rows(presence.statements(item(text)))


def test_keeping_divisions_is_a_presence_but_not_in_a_half_named_by_its_compass_point() -> None:
    # the U.S. Seventh and Second Infantry Divisions in South Korea until 1971
    text = "The United States keeps two divisions in South Korea, officials said."
    assert ("USA", "KOR") in {(p.force.country, p.host) for p in presence.statements(sitrep.extract(text, "1965-05-01"))}
    # ("the South" is no host of its own: not the North the story is about)
    text = "The last Chinese troops left North Korea in October. Washington keeps two army divisions in the South, officials said."
    found = {(p.force.country, p.host) for p in presence.statements(sitrep.extract(text, "1958-11-01"))}
    assert ("CHN", "PRK") in found and not any(country == "USA" for country, _ in found), found


@pytest.mark.parametrize(("text", "want"), [
    # Uganda's first AMISOM battalion landed in Mogadishu in March 2007
    ("About 1,500 AU troops landed in Somalia on Friday, officials said.", ("IGO", "SOM", None, "arriving", 1500)),
    # the OAU's Neutral Military Observer Group reached Rwanda in 1991
    ("The first soldiers of an Organization of African Unity force arrived in Congo on Friday.",
     ("IGO", "COD", None, "arriving", None)),
])
def test_the_african_union_by_its_initials_and_its_forerunner_are_igo(text: str, want: tuple) -> None:
    assert want in rows(presence.statements(item(text)))


def test_a_two_letter_acronym_is_matched_in_capitals_only() -> None:
    # Canadian troops in Port-au-Prince, 2004: the French "au" of the capital's name is no African Union
    assert [m.group(1) for m in presence.cues().force_re.finditer("AU troops and troops in Port-au-Prince")] == ["AU"]


def test_an_organisations_troops_from_a_list_of_countries_and_those_with_them_share_the_verb() -> None:
    # the ECOWAS force (ECOMOG) landing at Monrovia in August 1990, with its Nigerian, Ghanaian and Gambian contingents
    text = ("About 3,000 ECOWAS troops from Nigeria and Ghana, together with a small Gambian contingent, landed in Liberia on "
            "Friday, officials said.")
    found = _stays(text, "1990-08-25")
    assert {("IGO", "LBR", "arriving"), ("NGA", "LBR", "arriving"), ("GHA", "LBR", "arriving"),
            ("GMB", "LBR", "arriving")} <= found, found


def test_a_town_where_military_attaches_speak_is_no_site() -> None:
    # France's force in Niger in 2023, put at about 1,500 soldiers
    text = "Western military attaches in Niamey estimated that France had about 1,500 soldiers in Niger."
    found = rows(presence.statements(item(text)))
    assert ("FRA", "NER", None, "present", 1500) in found and not any(site == "Niamey" for _, _, site, _, _ in found), found


def test_a_town_placed_by_its_bearing_alone_is_in_that_towns_country() -> None:
    # the 82nd Airborne landing at San Isidro air base, east of Santo Domingo, on April 30, 1965 (the gazetteer's San
    # Isidro is in Peru)
    text = "American paratroopers landed at San Isidro, east of Santo Domingo, on Friday."
    found = _sites(text, "1965-05-01")
    assert ("USA", "DOM", "San Isidro") in found, found


def test_troops_back_in_their_bases_at_home_have_left_the_country_they_were_sent_into() -> None:
    # Rwanda's troops of the joint operation against the FDLR in eastern Congo, home by late February 2009
    text = "The Rwandan troops sent into eastern Congo in January have returned to their bases in Rwanda, the army said on Wednesday."
    found = _stays(text, "2009-02-26")
    assert ("RWA", "COD", "withdrawn") in found and not any(host == "RWA" for _, host, _ in found), found


def test_an_army_speaking_of_its_own_troops_speaks_of_its_countrys_force() -> None:
    # Kenya's troops crossing into Somalia in October 2011
    text = "Kenya's army said on Sunday that its soldiers had crossed into Somalia."
    assert ("KEN", "SOM", "arriving") in {(p.force.country, p.host, p.status)
                                          for p in presence.statements(sitrep.extract(text, "2011-10-17"))}
    # and of the troops it sent, by what it sent: Turkey's ground operation in northern Iraq of March 1995
    text = "Turkey's military said on Tuesday that the troops it sent into northern Iraq had returned to their bases in Turkey."
    assert ("TUR", "IRQ", "withdrawn") in {(p.force.country, p.host, p.status)
                                           for p in presence.statements(sitrep.extract(text, "1995-05-03"))}


def test_a_garrison_that_surrendered_in_a_province_is_gone_from_the_country_not_the_province() -> None:
    # the German garrison of Crete surrendering on 9 May 1945 (a province is no site; the surrendered force is gone)
    text = "German troops have held Greece since 1941. The German garrison in Crete surrendered to the British on Wednesday."
    found = rows(presence.statements(sitrep.extract(text, "1945-05-10")))
    assert ("DEU", "GRC", None, "withdrawn", None) in found and not any(site for _, _, site, _, _ in found), found


def test_leaving_the_city_leaves_the_town_named_before_not_the_country() -> None:
    # the Soviet troops pulling out of Budapest at the end of October 1956, while they stayed in Hungary
    text = "Rebel units held Budapest on Wednesday, while Soviet troops had pulled out of the city overnight."
    found = rows(presence.statements(sitrep.extract(text, "1956-11-01")))
    assert ("RUS", "HUN", "Budapest", "withdrawn", None) in found and ("RUS", "HUN", None, "withdrawn", None) not in found, found


def test_a_leader_leaving_the_country_is_no_going_of_the_force() -> None:
    # the first ECOWAS troops in Monrovia in August 2003, days before Charles Taylor went into exile
    text = ("Nigerian troops patrolled the streets of Monrovia on Monday, the first of a regional force sent days after "
            "President Charles Taylor left Liberia.")
    found = _stays(text, "2003-08-05")
    assert not any(status in ("withdrawn", "withdrawing") for _, _, status in found), found
    # (a leader's word of the going is still the announcement)
    text = "President Jacques Chirac announced on Friday that the French troops would leave Ivory Coast."
    assert ("FRA", "CIV", "withdrawal_announced") in {(p.force.country, p.host, p.status)
                                                      for p in presence.statements(sitrep.extract(text, "2004-11-20"))}


@pytest.mark.parametrize(("text", "want"), [
    # Australian troops leading INTERFET into Dili, September 1999
    ("Australian soldiers took up positions around the port of Dili on Monday.", ("AUS", "TLS", "Dili", "arriving")),
    # Uganda's troops in Ituri in 2002
    ("Some 600 Ugandan soldiers are camped near Bunia, officials said.", ("UGA", "COD", "Bunia", "present")),
    # Nigerian ECOMOG troops at Monrovia's port in 1990
    ("About 2,000 Nigerian soldiers were dug in at the port of Monrovia on Friday.", ("NGA", "LBR", "Monrovia", "present")),
])
def test_positions_taken_held_or_dug_in_place_a_force(text: str, want: tuple[str, str, str, str]) -> None:
    found = {(p.force.country, p.host, p.site.name, p.status) for p in presence.statements(sitrep.extract(text, "2000-01-01"))}
    assert want in found, found


def test_where_an_accord_was_signed_by_its_signatories_is_no_site() -> None:
    # Nigeria's troops sent to Liberia under a peace deal (names and places for the pattern, not one event)
    text = ("About 800 Nigerian soldiers were dug in at the Buchanan air base on Friday, a day after they were flown in "
            "under the peace accord signed by the president and the rebel leaders in Monrovia on Wednesday.")
    found = _sites(text, "2003-08-02")
    assert ("NGA", "LBR", "Buchanan") in found and not any(site == "Monrovia" for _, _, site in found), found


def test_a_town_named_before_canal_is_the_canal_not_a_site() -> None:
    # British troops guarding the canal at Ismailia, 1952 (the canal named by its town is no town)
    text = "The British troops in Egypt are stationed in the Suez Canal Zone, officials said."
    found = _sites(text, "1952-01-20")
    assert ("GBR", "EGY", None) in found and not any(site == "Suez" for _, _, site in found), found


def test_a_presence_ended_as_a_whole_ends_the_country_and_is_dated_by_its_going() -> None:
    # the last French troops leaving Bizerte, October 1963
    text = ("The last French sailors sailed from Bizerte on Tuesday, ending a military presence that began when French "
            "troops occupied the country in 1881.")
    found = {(p.force.country, p.host, p.site.name, p.status, p.since.value if p.since else None)
             for p in presence.statements(sitrep.extract(text, "1963-10-16"))}
    assert ("FRA", "TUN", None, "withdrawn", "1963-10-15") in found, found
    assert ("FRA", "TUN", None, "arriving", "1881") in found, found
    assert not any(status == "withdrawn" and since == "1881" for *_, status, since in found), found


def test_ending_a_presence_after_an_announced_going_is_still_to_come() -> None:
    # Cuba's pledge of December 1988 to bring its troops home from Angola
    text = ("Cuba said on Thursday that the last of its soldiers would be out of Angola by 1991, ending a military "
            "presence that began in 1975.")
    found = _stays(text, "1988-12-23")
    assert ("CUB", "AGO", "withdrawal_announced") in found and ("CUB", "AGO", "withdrawn") not in found, found


def test_the_last_of_a_force_driving_back_across_the_border_has_left() -> None:
    # the last Ugandan troops leaving eastern Congo in June 2003
    text = "The last Ugandan soldiers in Congo drove back across the border on Friday, an army spokesman said."
    assert ("UGA", "COD", "withdrawn") in {(p.force.country, p.host, p.status)
                                           for p in presence.statements(sitrep.extract(text, "2003-06-07"))}


def test_a_going_only_asked_about_is_no_announcement() -> None:
    # U.S. troops in Somalia, early 1993
    text = ("Asked on Tuesday when the American troops in Somalia would come home, the defence secretary said he could "
            "not give a date.")
    found = _stays(text, "1993-01-13")
    assert ("USA", "SOM", "withdrawal_announced") not in found, found


def test_things_a_force_left_behind_are_no_going() -> None:
    # Iraqi troops in Kuwait City, February 1991 (the force is still there as the sentence is told)
    text = "Iraqi troops hold positions around Kuwait City, and residents said the soldiers had left mines in the schools."
    found = _stays(text, "1991-02-20")
    assert ("IRQ", "KWT", "present") in found and ("IRQ", "KWT", "withdrawn") not in found, found


def test_a_force_noun_from_a_list_of_countries_leading_its_clause_is_theirs_whatever_its_verb() -> None:
    # the Ghanaian and Guinean battalions of the ECOWAS force reaching Freetown in 1997
    text = "About 400 soldiers from Ghana and Guinea landed in Sierra Leone on Friday, officials said."
    found = _stays(text, "1997-06-02")
    assert {("GHA", "SLE", "arriving"), ("GIN", "SLE", "arriving")} <= found, found
    # (not where a force is taken from: no Malian force pulled anywhere)
    text = "France pulled troops from Mali into Niger on Friday."
    assert not any(p.force.country == "MLI" for p in presence.statements(sitrep.extract(text, "2022-08-16")))


def test_the_contingents_of_a_force_named_by_no_country_are_each_where_the_force_is() -> None:
    # a made-up UN force in Haiti: its make-up told after it is named, by "the force" and by "its"; each contingent has
    # the force's status
    text = ("The first U.N. peacekeepers arrived in Haiti on Friday. The force numbers about 5,000 men, with a Chilean "
            "contingent of about 600 and smaller units from Peru, Benin and Nepal.")
    found = {(p.force.country, p.host, p.status, p.strength) for p in presence.statements(sitrep.extract(text, "2004-06-04"))}
    # (the whole force's number is no contingent's, and the countries a list names are where units come from)
    assert {("CHL", "HTI", "arriving", 600), ("PER", "HTI", "arriving", None), ("BEN", "HTI", "arriving", None),
            ("NPL", "HTI", "arriving", None)} <= found, found
    assert not any(host in ("PER", "BEN", "NPL") for _, host, _, _ in found), found
    text = ("The first U.N. peacekeepers arrived in Haiti on Friday. Its largest contingents are a Canadian battalion of "
            "about 900 men and battalions from Peru and Nepal.")
    found = {(p.force.country, p.host, p.status, p.strength) for p in presence.statements(sitrep.extract(text, "2004-06-04"))}
    assert {("CAN", "HTI", "arriving", 900), ("PER", "HTI", "arriving", None), ("NPL", "HTI", "arriving", None)} <= found, found


def test_a_list_of_countries_after_two_nouns_owns_both() -> None:
    # a made-up regional landing: "soldiers and policemen from" a list
    text = "About 200 soldiers and policemen from Ghana, Togo and three other states landed in Liberia on Friday."
    found = _stays(text, "1990-08-24")
    assert {("GHA", "LBR", "arriving"), ("TGO", "LBR", "arriving")} <= found, found


def test_the_countries_listed_before_a_forces_smaller_contingents_are_there_as_the_force_is() -> None:
    # a made-up UN force: the verb of the second list is left out, and the force's own status is what they share
    text = ("The first U.N. peacekeepers arrived in Haiti on Friday. Canada supplies a battalion of 900, and Peru, Benin "
            "and Nepal smaller contingents.")
    found = _stays(text, "2004-06-04")
    assert {("PER", "HTI", "arriving"), ("BEN", "HTI", "arriving"), ("NPL", "HTI", "arriving")} <= found, found
    text = "U.N. peacekeepers are leaving Haiti. The force numbers about 5,000 men, with a Chilean contingent of about 600."
    found = _stays(text, "2004-06-04")
    assert ("CHL", "HTI", "withdrawing") in found, found
    # (a force still to come is no make-up of one there)
    text = "U.N. peacekeepers are arriving in Haiti. The force, with contingents from Peru and Nepal, should be complete by June."
    assert not any(p.force.country in ("PER", "NPL") for p in presence.statements(sitrep.extract(text, "2004-06-04")))


def test_a_missions_troops_named_by_their_people_in_apposition_are_those_peoples_contingents() -> None:
    # a made-up landing of a UN force whose first troops are named by their peoples, set off by commas
    text = "The first U.N. troops, Ghanaians and Kenyans, flew into Haiti on Friday."
    found = _stays(text, "2004-06-04")
    assert {("UNO", "HTI", "arriving"), ("GHA", "HTI", "arriving"), ("KEN", "HTI", "arriving")} <= found, found


def test_a_going_promised_once_something_comes_about_is_no_announcement() -> None:
    # Gorbachev on the Soviet troops in Afghanistan, 1986: a promise tied to a settlement still to come
    text = ("Mikhail Gorbachev said on Monday that the Soviet troops in Afghanistan would come home once a political "
            "settlement had been reached.")
    found = _stays(text, "1986-02-25")
    assert ("RUS", "AFG", "withdrawal_announced") not in found, found
    # (but "as soon as possible" sets no condition: Italy's word on its troops in Beirut, 1984)
    text = "Italy said on Tuesday that its troops in Lebanon would leave as soon as possible."
    found = _stays(text, "1984-02-07")
    assert ("ITA", "LBN", "withdrawal_announced") in found, found


def test_an_airport_named_like_a_town_of_a_country_the_story_never_names_is_the_storys() -> None:
    # the first Nigerian peacekeepers reaching Liberia in August 2003, and the Rangers' jump of December 1989: the
    # airports bear a man's name, not that of Roberts, Wisconsin or Torrijos in Spain
    text = "The first Nigerian peacekeepers flew into Liberia's Roberts International Airport on Monday."
    found = _sites(text, "2003-08-05")
    assert ("NGA", "LBR", "Roberts International Airport") in found and not any(h == "USA" for _, h, _ in found), found
    text = "U.S. paratroopers jumped onto Torrijos International Airport in Panama before dawn on Wednesday."
    found = _sites(text, "1989-12-21")
    assert ("USA", "PAN", "Torrijos International Airport") in found and not any(h == "ESP" for _, h, _ in found), found


def test_a_force_leaving_a_post_of_its_own_named_nowhere_moves_inside_the_host() -> None:
    # the U.S. Marines in Beirut moving out of their quarters after the bombing of October 1983
    text = "The U.S. Marines in Lebanon left their barracks on Tuesday and dug in around the airport."
    found = _stays(text, "1983-10-26")
    assert ("USA", "LBN", "present") in found and ("USA", "LBN", "withdrawn") not in found, found
    # (a post the sentence places is one the force goes from: the last Soviet soldiers leaving Hungary in 1991)
    text = "The last Soviet soldiers in Hungary left their base at Tokol on Wednesday."
    found = _stays(text, "1991-06-19")
    assert ("RUS", "HUN", "withdrawn") in found, found


def test_keeping_the_staging_posts_or_stations_of_an_air_force_or_navy_is_a_presence() -> None:
    # the RAF's staging post on Gan in the Maldives, kept until 1976
    text = "Britain still keeps a Royal Air Force staging post at Gan in the Maldives, officials said on Monday."
    found = _stays(text, "1975-06-02")
    assert ("GBR", "MDV", "present") in found, found
    text = "The United States maintains a naval station at Rota in Spain."
    found = _stays(text, "1988-01-15")
    assert ("USA", "ESP", "present") in found, found


def test_a_group_counted_after_others_or_the_first_aircraft_leaving_is_a_part_of_the_force() -> None:
    # Cuba's staged pullout from Angola (1989) and Sadat's expulsion of the Soviet air units from Egypt (1972)
    text = "A second group of Cuban soldiers left Angola on Tuesday."
    found = _stays(text, "1989-10-31")
    assert ("CUB", "AGO", "withdrawing") in found and ("CUB", "AGO", "withdrawn") not in found, found
    text = "The first Soviet warplanes left Egypt on Monday."
    found = _stays(text, "1972-07-20")
    assert ("RUS", "EGY", "withdrawing") in found and ("RUS", "EGY", "withdrawn") not in found, found
    # (a whole force taking off and heading home has gone)
    text = "The Soviet warplanes in Egypt took off on Monday and headed home."
    found = _stays(text, "1972-07-20")
    assert ("RUS", "EGY", "withdrawn") in found, found


def test_a_garrison_run_down_that_began_is_a_withdrawal_under_way_of_the_force_named_before() -> None:
    # the British leaving Aden, 1967
    text = "The run-down of the British garrison in Aden began in May."
    found = _stays(text, "1967-06-01")
    assert ("GBR", "YEM", "withdrawing") in found, found
    # (the run-down of a garrison no people names is the force the story spoke of just before)
    text = "British troops have held Aden since 1839. The run-down of the garrison began in May, officials said."
    found = _stays(text, "1967-06-01")
    assert ("GBR", "YEM", "withdrawing") in found, found


def test_a_cut_that_falls_on_no_force_is_no_announcement() -> None:
    # the Dushanbe accord of October 2012: Russia's base stays to 2042 and Moscow lifts its duties on fuel for Tajikistan
    text = "Russia keeps its 201st military base in Tajikistan, and in return Moscow will cut the duties on the fuel it sells to Tajikistan."
    found = _stays(text, "2012-10-05")
    assert ("RUS", "TJK", "withdrawal_announced") not in found, found
    # (a cut of the force's numbers is one)
    text = "Moscow said on Friday that it would cut the number of its soldiers in Tajikistan."
    found = _stays(text, "2012-10-05")
    assert ("RUS", "TJK", "withdrawal_announced") in found, found


def test_a_un_transitional_authority_or_administration_is_a_un_force() -> None:
    # UNTAET in East Timor (2000) and UNTAC in Cambodia (1992), named in full with the troops they had
    text = "The United Nations Transitional Administration in East Timor now has about 8,000 peacekeepers in the territory."
    assert ("UNO", "TLS", "present") in _stays(text, "2000-06-01")
    text = "The U.N. Transitional Authority in Cambodia has about 16,000 soldiers in the country."
    assert ("UNO", "KHM", "present") in _stays(text, "1992-11-02")


def test_a_country_after_a_preposition_is_not_the_owner_its_speaks_of() -> None:
    # Israel on the Syrian army in Lebanon after its own pullout from the south in May 2000: the pullout is Israel's
    text = "Israel says Syrian troops are still in Lebanon after its own pullout."
    found = _stays(text, "2000-05-25")
    assert ("SYR", "LBN", "present") in found and not any(f == "LBN" for f, _, _ in found), found


def test_a_council_vote_to_end_the_mandate_announces_the_missions_going() -> None:
    # the Security Council ending MINUSMA at Bamako's demand, June 30, 2023: "the mandate" is the mission named before
    text = "MINUSMA has about 13,000 peacekeepers in Mali. The Security Council voted unanimously on Friday to end the mandate."
    assert ("UNO", "MLI", "withdrawal_announced") in _stays(text, "2023-07-01")


def test_a_base_a_forces_relative_clause_leaves_is_the_one_named_before_it() -> None:
    # the U.S. handing Dhahran airfield back to Saudi Arabia in 1962, told in a story about Spain: the base is the
    # object of the clause, and lies in the country named right after it, not in the story's own
    text = ("The American tankers were moved to Spain from Dhahran Airfield in Saudi Arabia, which the United States "
            "handed over in 1962. Spain has hosted them at Torrejon since then.")
    found = {(p.force.country, p.host, p.site.name, p.status) for p in presence.statements(sitrep.extract(text, "1963-07-01"))}
    assert ("USA", "SAU", "Dhahran Airfield", "withdrawn") in found, found


def test_a_when_clause_with_a_subject_of_its_own_is_its_own_clause() -> None:
    # the last Bundeswehr and Italian troops leaving Afghanistan at the end of June 2021: Herat is the Italians' base
    text = "The last German soldiers left Mazar-i-Sharif only at the end of June, when the Italians also handed over their base at Herat."
    found = _sites(text, "2021-07-01")
    assert ("ITA", "AFG", "Herat") in found and ("DEU", "AFG", "Herat") not in found, found


def test_a_garrison_or_base_evacuated_vacated_or_abandoned_at_a_place_is_left_there() -> None:
    # France giving up its Tessalit base in northern Mali, October 2021 (and still in Mali)
    text = "French troops vacated their base at Tessalit in October, and the Malian army moved in."
    found = {(p.force.country, p.host, p.site.name, p.status) for p in presence.statements(sitrep.extract(text, "2021-11-05"))}
    assert any(f == "FRA" and h == "MLI" and s is not None and "Tessalit" in s and st == "withdrawn" for f, h, s, st in found), found
    assert ("FRA", "MLI", None, "withdrawn") not in found, found


def test_it_holding_ground_is_the_force_named_just_before() -> None:
    # the Italian contingent of the Multinational Force in Beirut, 1982-84, in the city's southern suburbs
    text = ("The Italian contingent in Lebanon numbered about 2,000 soldiers. It held positions in the southern suburbs of "
            "Beirut, with its headquarters in the city.")
    found = _sites(text, "1983-10-25")
    assert ("ITA", "LBN", "Beirut") in found, found


def test_a_base_of_its_own_closed_is_left() -> None:
    # closing a base of one's own is leaving that site, told by the country or by "it" for the country just named;
    # a closing still to come is no going
    assert ("RUS", "VNM", "withdrawn") in _stays("Russia closed its naval base at Cam Ranh in Vietnam in May.", "2002-06-01")
    assert ("RUS", "VNM", "withdrawn") in _stays(
        "Russia kept warships in Vietnam for a quarter of a century. It closed its base at Cam Ranh in May.", "2002-06-01")
    assert ("RUS", "VNM", "withdrawn") not in _stays("Russia will close its naval base at Cam Ranh in Vietnam next year.",
                                                     "2001-06-01")


def test_a_base_handed_over_with_the_town_it_lies_outside_is_left() -> None:
    # "handed the X air base outside <town> to …": the town between the base and "to" does not hide the handover
    assert ("USA", "AFG", "withdrawn") in _stays(
        "The United States handed the Bagram air base outside Kabul to the Afghan army on Friday.", "2021-07-03")


def test_the_country_left_is_the_one_the_story_is_about_not_one_named_later() -> None:
    found = _stays("The U.N. peacekeeping mission in Sierra Leone wound up its mandate on Saturday. The last Pakistani "
                   "battalion left the country on Friday, and officers from Ghana and Kenya lowered the U.N. flag in Freetown.",
                   "2005-12-31")
    assert ("PAK", "SLE", "withdrawn") in found
    assert not any(force == "PAK" and host != "SLE" for force, host, _ in found)


def test_a_town_the_gazetteer_lacks_named_where_a_force_is_is_a_site() -> None:
    # a name no gazetteer entry reads, told as where a force lands, is held or is taken ("at", "captured … at"), is a site
    # in the country the story places things in
    assert ("ITA", "ALB", "Rinas") in _sites("Italian paratroopers landed at Rinas on Tuesday to secure the airport for the "
                                             "force in Albania.", "1997-04-16")
    assert ("LBY", "TCD", "Ouadi Doum") in _sites("Libyan troops withdrew from Chad's north after Chadian forces captured "
                                                  "the Libyan garrison at Ouadi Doum in March.", "1987-04-01")
    # (but a region is no town: "Katanga" and "the Sea of Japan" stay no sites)
    assert not any(site in ("Katanga", "Shaba province") for *_, site in _sites(
        "Belgian paratroopers flew into Shaba province on Friday, and Moroccan troops later took over in Katanga.",
        "1978-05-20"))


def test_no_sign_of_a_force_is_no_presence() -> None:
    # "nothing to suggest that any unit is still there": the denial is told well before the cue
    found = _stays("Libya finished pulling its troops out of the Aouzou Strip on Monday. UN observers said they had seen "
                   "nothing to suggest that any Libyan unit was still in Chad.", "1994-05-31")
    assert ("LBY", "TCD", "present") not in found
    assert ("LBY", "TCD", "withdrawn") in found
    # and no sign that a force has gone leaves it where it was
    assert ("LBY", "TCD", "present") in _stays("Libya says all its troops have left Chad, but there is no sign that the "
                                               "Libyan garrison has left the strip.", "1994-05-31")


def test_a_town_read_from_a_piece_of_a_longer_name_is_the_longer_name() -> None:
    # "Nui" of "Nui Dat" is no province of Tuvalu, nor "Sabha" of "El Sabha" a town of Libya: the whole name, which the
    # gazetteer lacks, is the site, in the country the story is about
    headline = "Australians hand over their last base in Vietnam\n"
    found = _sites(headline + "The last Australian combat troops pulled out of their base at Nui Dat on Sunday, officers "
                   "said in Vietnam.", "1971-11-08")
    assert ("AUS", "VNM", "Nui Dat") in found
    assert not any(host == "TUV" for _, host, _ in found)
    found = _sites("Yugoslav troops leave Sinai posts\nThe Yugoslav soldiers of the U.N. force in Egypt left their post at "
                   "El Sabha on Wednesday.", "1967-05-18")
    assert not any(host == "LBY" for _, host, _ in found)


def test_the_force_spoken_of_after_its_contingents_is_the_whole_force() -> None:
    # "The force has its headquarters at …" after a list of national contingents is the multinational force's, not the
    # last contingent's
    found = _sites("The Multinational Force and Observers, some 2,500 troops from 11 countries, took over the watch on "
                   "the border in Egypt on Sunday. Its largest contingents are an American battalion and battalions from "
                   "Colombia and Fiji. The force has its headquarters at Sharm el-Sheikh.", "1982-04-26")
    assert ("IGO", "EGY", "Sharm el-Sheikh") in found
    assert ("FJI", "EGY", "Sharm el-Sheikh") not in found


def test_a_mission_named_by_the_country_it_serves_in_is_there_with_its_contingents() -> None:
    def found(text: str) -> set[tuple[str, str, str]]:
        return {(p.force.country, p.host, p.status) for p in presence.statements(item(text))}

    # the name alone places the mission, and the people whose soldiers serve with it, whatever the verb
    assert found("The count was watched by Brazilian officers of the UN mission in Haiti and by foreign diplomats.") == {
        ("UNO", "HTI", "present"), ("BRA", "HTI", "present")}
    assert ("UNO", "LBN", "present") in found("A convoy of the U.N. force in Lebanon was stopped at a checkpoint.")
    # not a mission ended or only planned
    assert not found("The Security Council voted on Friday to end the UN mission in Haiti.")
    assert not found("Diplomats discussed a proposed UN force in Lebanon.")
    assert not found("The base served German forces during the UN mission in neighbouring Mali, which ended last year.")


def test_a_force_keeps_its_headquarters_in_a_town_of_its_host() -> None:
    # MINUSMA's headquarters in Bamako (2013-2023), NATO's KFOR headquarters in Pristina (since 1999), the Eighth Army's
    # in Seoul after the Korean armistice (1953): the force the article has placed in the country is at the town
    found = _sites("The U.N. peacekeeping mission in Mali, MINUSMA, had about 13,000 troops and police in the country "
                   "in 2022. Its headquarters are in Bamako, near the airport.", "2022-06-30")
    assert ("UNO", "MLI", "Bamako") in found
    found = _sites("NATO troops have kept the peace in Kosovo since June 1999. Their headquarters are in Pristina, and "
                   "the U.S. contingent holds Camp Bondsteel.", "2008-02-18")
    assert ("IGO", "XKX", "Pristina") in found
    found = _sites("Some 300,000 American soldiers remained in South Korea after the armistice was signed in July. They "
                   "serve under General Maxwell Taylor, whose headquarters are in Seoul.", "1953-09-01")
    assert ("USA", "KOR", "Seoul") in found
    # (not a commander's own, nor an organisation's by its name, nor one in a country the force was never placed in)
    found = _sites("American advisers have trained the Iraqi army since 2014. General Hassan, whose headquarters are in "
                   "Erbil, praised them, as did NATO's headquarters in Brussels.", "2016-05-02")
    assert not any(site in ("Erbil", "Brussels") for _, _, site in found)


def test_a_force_named_again_by_its_kind_or_its_unit_is_the_force_just_named() -> None:
    # Japan's engineers with the U.N. mission in South Sudan (2012-2017), Britain's battlegroup at Tapa in Estonia
    # (since 2017): "the engineers", "the battalion" at a clause's head are the foreign force the story just named
    found = _sites("Japan sent about 350 army engineers to South Sudan to build roads for the U.N. mission. The engineers "
                   "have camped at the U.N. compound in Juba since January 2012.", "2013-05-02")
    assert ("JPN", "SSD", "Juba") in found
    found = _sites("About 800 British soldiers arrived in Estonia in March to lead a NATO battlegroup. The battalion has "
                   "been based at Tapa, east of Tallinn, since then.", "2017-06-02")
    assert ("GBR", "EST", "Tapa") in found


def test_a_countrys_share_of_the_force_is_there_with_the_force() -> None:
    # UNIFIL's contingents in 2007 and the regional force sent to Solomon Islands in July 2003: a country that provides a
    # contingent of the force the story is about, or "smaller contingents" in a list, is where the force is
    found = _stays("About 13,000 peacekeepers of the U.N. force patrolled southern Lebanon on Friday. Italy provides the "
                   "largest contingent.", "2007-06-01")
    assert ("ITA", "LBN", "present") in found
    found = _stays("A regional force of about 2,000 soldiers and police flew into the Solomon Islands on Thursday. "
                   "Australia is sending about 1,500 troops, and New Zealand, Fiji and Tonga smaller contingents.", "2003-07-25")
    assert {("NZL", "SLB", "present"), ("FJI", "SLB", "present"), ("TON", "SLB", "present")} <= found


def test_the_peoples_a_force_is_drawn_from_are_forces_sharing_its_status() -> None:
    # the West African force (MISMA) in Mali, January 2013, and Japan's engineers leaving Juba in May 2017: "mostly
    # Togolese and Nigerian" names two national forces beside the regional one, and "the Japanese" at a clause's head is
    # Japan's force named before
    found = _stays("About 300 West African soldiers, mostly Togolese and Nigerian, arrived in Bamako on Thursday.", "2013-01-18")
    assert {("IGO", "MLI", "arriving"), ("TGO", "MLI", "arriving"), ("NGA", "MLI", "arriving")} <= found
    assert not _stays("A crowd of protesters, mostly Togolese and Nigerian, marched through Bamako on Thursday.", "2013-01-18")
    found = _stays("Japanese army engineers arrived in South Sudan in January 2012 to serve with the U.N. mission. The "
                   "Japanese left Juba on Saturday, ending their mission.", "2017-05-27")
    assert ("JPN", "SSD", "withdrawn") in found


def test_each_town_told_by_its_own_at_after_a_phrase_placing_the_first_is_a_site() -> None:
    # the British Army's garrisons at Paderborn and Bielefeld before its return home from Germany (2015): "at X in the
    # north-west and at Y near …" lists both towns, the phrase between them placing the first
    found = _sites("Britain still keeps about 4,000 soldiers in Germany, at Paderborn in the north-west and at Bielefeld "
                   "near the Teutoburg Forest.", "2015-09-30")
    assert {("GBR", "DEU", "Paderborn"), ("GBR", "DEU", "Bielefeld")} <= found


def test_a_town_that_names_an_event_is_no_place_of_the_force() -> None:
    # Dutch F-16s and their crews sent to Jordan in January 2016: "the Paris attacks" dates the move, it puts nobody in
    # France
    found = _stays("Dutch troops deployed to Jordan in January 2016, after the Paris attacks.", "2016-01-10")
    assert ("NLD", "JOR", "arriving") in found
    assert not any(host == "FRA" for _, host, _ in found)


def test_a_toll_left_by_riots_is_no_going() -> None:
    # Australia's troops sent to Dili in May 2006: what the clashes "left" is a toll, not a place the force left
    found = _stays("Australian troops began arriving in Dili on Thursday after clashes between rival army factions left at "
                   "least 20 people dead.", "2006-05-26")
    assert ("AUS", "TLS", "arriving") in found
    assert ("AUS", "TLS", "withdrawn") not in found


def test_a_base_the_gazetteer_does_not_know_lies_in_the_country_its_sentence_opens_with() -> None:
    # the last U.S. Marines leaving Beirut in February 1984, with the bases kept in the Philippines: "In the Philippines,
    # …" says where the base named after it is, not the country the story is about
    found = _sites("The last U.S. Marines left Beirut on Sunday, ending an 18-month stay in Lebanon. Lebanese soldiers took "
                   "over their positions at Beirut airport. In the Philippines, U.S. forces remain at Clark Air Base.",
                   "1984-02-27")
    assert ("USA", "PHL", "Clark Air Base") in found
    assert not any(site == "Clark Air Base" and host != "PHL" for _, host, site in found)


def test_troops_returned_to_their_countries_have_gone_home() -> None:
    # UNOSOM II's last contingents leaving Somalia in early 1995: going back "to their countries" is leaving, not arriving
    found = _stays("About 400 Bangladeshi and Pakistani soldiers of the U.N. force in Somalia have returned to their "
                   "countries, a U.N. spokesman in Mogadishu said.", "1995-02-20")
    assert ("PAK", "SOM", "withdrawn") in found
    assert not any(status == "arriving" for _, _, status in found)


def test_a_station_or_post_of_its_own_closed_or_shut_is_left() -> None:
    # the U.S. Navy closing its air station at Keflavik in September 2006, and the RAF, named by its initials, shutting
    # a radar station of its own on Cyprus: a station or a post of one's own closed is a base left
    assert ("USA", "ISL", "withdrawn") in _stays("The U.S. Navy closed its air station in Iceland on Saturday.", "2006-10-01")
    assert ("GBR", "CYP", "withdrawn") in _stays("The RAF shut its radar station in Cyprus last month.", "1990-06-01")


def test_a_going_told_by_its_time_alone_ends_the_stay_its_relative_clause_began() -> None:
    # Zimbabwe's troops guarding the Beira corridor in Mozambique (1982-1993): the entry told in a relative clause, the
    # going with no object, only its time ("withdrew in April 1993")
    found = _stays("Zimbabwe's army, which entered Mozambique in 1982 to guard the Beira corridor, withdrew in April 1993 "
                   "under the Rome peace accords.", "1993-05-03")
    assert {("ZWE", "MOZ", "arriving"), ("ZWE", "MOZ", "withdrawn")} <= found
    # (a going still to come is no withdrawal done)
    assert ("ZWE", "MOZ", "withdrawn") not in _stays("Zimbabwe's army, which entered Mozambique in 1982, will pull out in "
                                                     "April.", "1993-01-04")


def test_officers_of_a_force_and_its_last_group_told_in_apposition_leave() -> None:
    # the British training team in Zimbabwe (BMATT), withdrawn in 2001: "officers and men" are a body of the force, and
    # "The final group, …, flew out of …" is the last of the force named before, gone from the town and the country
    assert ("GBR", "ZWE", "withdrawn") in _stays("The last 12 British officers and men of the training team left Zimbabwe on "
                                                 "Friday.", "2001-03-24")
    text = ("Britain has been withdrawing its army trainers from Zimbabwe since January. The final group, 12 officers and men "
            "of the training team, flew out of Harare on Friday, a spokesman said.")
    gone = {p.site.name for p in presence.statements(sitrep.extract(text, "2001-03-24")) if p.status == "withdrawn"}
    assert gone == {"Harare", None}
    # (officers speaking are no force: "British officers said")
    assert not _stays("British officers said on Friday that the Zimbabwean army had been trained well.", "2001-03-24")


def test_a_date_that_names_another_event_or_a_signing_does_not_date_the_status() -> None:
    # Austria's UNDOF battalion leaving the Golan Heights after the fighting at Quneitra in June 2013: "the June fighting"
    # names an event; the announcement is dated by its own "on Thursday"; and "it began …" is the country just named
    text = ("Austria said on Thursday that it would pull its 380 soldiers out of the U.N. force on the Golan Heights in Syria "
            "over the June fighting, and it began flying them home the following week.")
    found = presence.statements(sitrep.extract(text, "2013-06-08"))
    announced = [p for p in found if p.force.country == "AUT" and p.status == "withdrawal_announced"]
    assert announced and all(p.as_of is not None and p.as_of.value == "2013-06-06" for p in announced)
    assert any(p.force.country == "AUT" and p.status == "withdrawing" for p in found)
    assert not any(p.force.country == "UNO" and p.status == "withdrawing" for p in found)
    # South Africa handing Walvis Bay to Namibia in 1994: the month the deal was signed is not when the soldiers left
    text = "The last South African soldiers left Walvis Bay in Namibia under the agreement the two governments signed in August 1993."
    gone = [p for p in presence.statements(sitrep.extract(text, "1994-03-01")) if p.status == "withdrawn"]
    assert gone and all(p.as_of is not None and p.as_of.value != "1993-08" for p in gone)


def test_an_airport_the_gazetteer_does_not_know_is_named_with_the_town_that_owns_it() -> None:
    # the British training team leaving Harare in 2001, by an airfield of the capital ("Harare's Charles Prince airport")
    found = _sites("The last British army trainers flew out of Harare's Charles Prince airport on Friday.", "2001-03-24")
    assert any(site and "Charles Prince" in site and "Harare" in site for _, _, site in found)


def test_former_bases_named_in_older_copy_are_sites() -> None:
    # the curated facilities of bases long closed or handed back: Habbaniya and Hinaidi (Iraq), Kindley Field and
    # Morgan's Point (Bermuda), Torrejon and Moron (Spain), Kamina (Congo)
    from sitrep.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    for name, country in [("Habbaniya", "IRQ"), ("Hinaidi", "IRQ"), ("Kindley Field", "BMU"), ("Morgan's Point", "BMU"),
                          ("Torrejon Air Base", "ESP"), ("Moron air base", "ESP"), ("Kamina base", "COD")]:
        assert {e.country for e in gaz.facility(name)} == {country}, name
    # the U.S. Marines' crisis response force sent to Moron in April 2013
    found = _sites("About 500 U.S. Marines arrived at Moron air base in southern Spain in April 2013 to respond to crises in "
                   "North Africa.", "2013-05-02")
    assert ("USA", "ESP", "Moron Air Base") in found


def test_paratroopers_dropped_or_jumped_onto_a_place_arrive_there() -> None:
    # the German airborne assault on Crete, 20 May 1941: paratroopers dropped on the airfield at Maleme
    found = _stays("On Tuesday a second German force dropped on the airstrip at Heraklion in Crete, Greece's largest island, "
                   "and took the harbour.", "1941-05-21")
    assert ("DEU", "GRC", "arriving") in found
    assert not _stays("German aircraft dropped leaflets on Heraklion in Crete, Greece's largest island, on Tuesday.",
                      "1941-05-21")


def test_the_end_of_a_presence_in_a_country_after_a_base_left_leaves_the_country() -> None:
    # the RAF leaving Gan in the Maldives on 29 March 1976: "ending a British military presence in the Maldives" says the
    # country is left, not only the base
    text = ("The last Royal Air Force men left the Gan air base on Monday, ending a British military presence in the "
            "Maldives that began in 1941.")
    found = presence.statements(sitrep.extract(text, "1976-03-30"))
    assert any(p.force.country == "GBR" and p.host == "MDV" and p.site.name is None and p.status == "withdrawn" for p in found)


def test_a_unit_named_by_its_number_that_went_home_has_left() -> None:
    # the U.S. 1st Marine Division in Korea (1950-1955): its relative clause places it, its going home to its own
    # country is its going from the host, and an arrival so told is no presence still
    found = _stays("The U.S. 1st Marine Division, which landed in South Korea in August 1950, returned to the United States "
                   "in March.", "1955-04-02")
    assert {("USA", "KOR", "arriving"), ("USA", "KOR", "withdrawn")} <= found
    assert ("USA", "KOR", "present") not in found


def test_the_first_troops_leaving_through_a_crossing_have_not_all_gone() -> None:
    # Zimbabwe's troops beginning to leave Mozambique in 1993: "left through the Machipanda border post" is the way
    # out, not a country left by the whole force
    found = _stays("Zimbabwean troops have guarded the Beira corridor in Mozambique since 1982. The first Zimbabweans left "
                   "through the Machipanda border post in March, officials in Maputo said.", "1993-04-02")
    assert ("ZWE", "MOZ", "withdrawing") in found
    assert ("ZWE", "MOZ", "withdrawn") not in found


def test_an_arrival_coded_at_a_known_base_is_one_in_its_country_too() -> None:
    # ONUC's Swedish battalion at the Kamina base in Katanga, 1961: an arrival the coded event places at a base is the
    # force's arrival in the country as well, as the cues read one
    found = presence.statements(sitrep.extract("Swedish soldiers of the U.N. force were gathered at the Kamina base in Katanga "
                                               "on Saturday.", "1961-04-10"))
    assert {(p.site.name, p.status) for p in found if p.force.country == "SWE"} >= {("Kamina Air Base", "arriving"),
                                                                                    (None, "arriving")}


def test_troops_that_joined_the_force_named_before_arrive_with_it() -> None:
    # the first contingents sent to Korea in 1950: "joined them" is an arrival beside the force already there
    found = _stays("American troops landed in South Korea in July, and British and Turkish troops joined them in the "
                   "following months.", "1950-12-01")
    assert {("GBR", "KOR", "arriving"), ("TUR", "KOR", "arriving")} <= found


def test_yugoslav_forces_are_serbias() -> None:
    # the Yugoslav People's Army leaving Slovenia through Koper, 26 October 1991: Yugoslavia's forces are coded as the
    # state that continued it, as the gazetteer reads Yugoslavia
    found = _sites("The last Yugoslav army soldiers left Slovenia on Saturday, sailing from the port of Koper, Slovene "
                   "officials said.", "1991-10-27")
    assert ("SRB", "SVN", "Koper") in found


def test_a_treaty_providing_for_a_withdrawal_announces_it_on_the_day_it_was_signed() -> None:
    # the Anglo-Irish Treaty of 6 December 1921: its terms for the going of the British troops are the announcement,
    # dated by the signing, in its own sentence or in the one before ("It provided for …")
    for text in ("The treaty signed in London on Tuesday provides for the withdrawal of British troops from Ireland within "
                 "a year.",
                 "Britain and Sinn Fein signed a treaty in London on December 6. It provided for the withdrawal of the British "
                 "troops in southern Ireland."):
        found = [p for p in presence.statements(sitrep.extract(text, "1921-12-10")) if p.force.country == "GBR"]
        assert {(p.host, p.status, p.as_of.value if p.as_of else None) for p in found} == {
            ("IRL", "withdrawal_announced", "1921-12-06")}, text


def test_the_last_allied_troops_leaving_are_every_allys() -> None:
    # the Allied intervention at Archangel, 1918-1919: "the last allied soldiers left Russia" is the going of each
    # country's force the story placed there, though it names none of them again
    found = _stays("American, British and French troops landed at Archangel in Russia in August 1918. The last allied "
                   "soldiers left Russia on Saturday, officials in London said.", "1919-09-29")
    assert {("USA", "RUS", "withdrawn"), ("GBR", "RUS", "withdrawn"), ("FRA", "RUS", "withdrawn")} <= found


def test_the_country_where_a_deal_was_signed_is_no_host() -> None:
    # the Algiers agreement of 12 December 2000 ending the Ethiopian-Eritrean war: the venue's country, named after its
    # town, is where the deal was signed, not where the Ethiopian troops were
    text = ("Ethiopian troops began pulling back from the western lowlands under an agreement signed by the two leaders at "
            "Algiers, in Algeria, on Tuesday. Eritrean officials said the first columns had left the area around Tesseney.")
    assert not any(host == "DZA" for _, host, _ in _stays(text, "2000-12-15"))


def test_the_countries_a_missions_troops_come_from_told_in_apposition_send_contingents() -> None:
    # ECOMOG in Liberia, 1990: "the ECOMOG force, about 4,000 soldiers from Nigeria, Ghana, …" names where each contingent
    # comes from, no host; "its first troops, from Ghana" are the force's, arriving where it is
    text = ("The ECOMOG force, about 4,000 soldiers from Nigeria, Ghana, Guinea and Sierra Leone, now holds the port in "
            "Monrovia, Liberia's capital. Its first troops, from Ghana, came ashore in August.")
    found = _stays(text, "1990-10-02")
    assert {("IGO", "LBR", "present"), ("IGO", "LBR", "arriving"), ("NGA", "LBR", "present"), ("GHA", "LBR", "present"),
            ("GIN", "LBR", "present"), ("SLE", "LBR", "present")} <= found
    assert not {host for _, host, _ in found} - {"LBR"}


def test_a_force_guarding_a_place_now_is_there() -> None:
    # the Indian Peace Keeping Force in Sri Lanka, 1987
    assert ("IND", "LKA", "present") in _stays("Indian peacekeepers now guard the airport at Jaffna in Sri Lanka, officials "
                                               "said.", "1987-08-10")


def test_most_divisions_leaving_is_a_withdrawal_under_way_and_an_aside_is_no_part() -> None:
    # the Soviet Central Group of Forces leaving Hungary, 1990-1991: "most" divisions gone is a going under way; the
    # count in a relative clause on the sender ("Cuba, which sent …") tells of the arrival, not of a part leaving
    found = _stays("Most Soviet divisions left Hungary during the spring, Hungarian officials said.", "1991-06-01")
    assert ("RUS", "HUN", "withdrawing") in found and ("RUS", "HUN", "withdrawn") not in found
    found = _stays("Cuba, which sent several thousand soldiers to Angola in 1975, has brought its troops home, officials "
                   "said.", "1991-05-27")
    assert ("CUB", "AGO", "withdrawn") in found and ("CUB", "AGO", "withdrawing") not in found


def test_the_last_troops_in_a_country_crossing_into_another_have_left_it() -> None:
    # the last Soviet soldiers leaving Hungary on 19 June 1991: the country they were in is left, the one they cross
    # into is no host
    found = _stays("The last Soviet soldiers in Hungary crossed the border into the Ukraine on Wednesday, Hungarian "
                   "officials said.", "1991-06-20")
    assert ("RUS", "HUN", "withdrawn") in found
    assert not any(host == "UKR" for _, host, _ in found)


def test_a_force_sailing_from_a_port_leaves_the_port_and_the_country() -> None:
    # the British leaving Egypt's Canal Zone, 1956: a port named by "the port of" is a town (not the province of the
    # same name), and sailing from it is the going from the country, begun by the first units and ended by the last
    found = _sites("British troops had guarded the Suez Canal in Egypt for decades. The first units sailed from the port "
                   "of Ismailia in May.", "1956-06-14")
    assert ("GBR", "EGY", "Ismailia") in found
    found = _stays("The last British soldiers in Egypt sailed from the Mediterranean port of Ismailia on Wednesday.",
                   "1956-06-14")
    assert ("GBR", "EGY", "withdrawn") in found


def test_the_country_a_rulers_title_names_is_no_host() -> None:
    # the Jeddah agreement of August 1965 between Nasser and Faisal on Yemen
    found = _stays("Egyptian troops have fought in Yemen since 1962. The war has cost Cairo dearly. The royalists still "
                   "hold the mountains. President Nasser agreed with King Faisal of Saudi Arabia in August to bring the "
                   "Egyptian troops home within a year.", "1965-09-01")
    assert ("EGY", "YEM", "withdrawal_announced") in found
    assert not any(host == "SAU" for _, host, _ in found)


def test_the_land_of_a_war_that_dates_a_clause_is_no_host() -> None:
    # the Tower 22 attack of January 2024, told against the Gaza war
    found = _stays("Three U.S. soldiers were killed when a drone hit a U.S. base in Jordan on Sunday, the first American "
                   "troops killed by enemy fire in the region since the war in Gaza began.", "2024-01-29")
    assert ("USA", "JOR", "present") in found
    assert not any(host == "PSE" for _, host, _ in found)


def test_the_forces_a_unit_is_to_join_are_there() -> None:
    # the U.S. Third Army's occupation headquarters at Bad Tolz, 1945-1946
    found = _sites("The American units will join the occupation forces in Germany, where the Third Army has its "
                   "headquarters at Bad Tolz, officers said.", "1945-12-01")
    assert {("USA", "DEU", None), ("USA", "DEU", "Bad Tolz")} <= found


def test_a_force_that_arrived_long_ago_and_is_leaving_is_not_reported_there_by_now_and_each_town_keeps_its_date() -> None:
    # the Soviet Southern Group of Forces, in Hungary from 1944 until June 1991: the arrival told in a relative clause
    # on a force that is leaving is no report of it there now, and the town it entered later has its own date
    found = presence.statements(sitrep.extract("The Soviet army, which entered Hungary in 1944 and occupied Budapest in "
                                               "February 1945, is now leaving, Hungarian officials said.", "1991-06-20"))
    said = {(p.site.name, p.status, p.as_of.value if p.as_of else None) for p in found if p.force.country == "RUS"}
    assert {(None, "arriving", "1944"), (None, "withdrawing", "1991-06-20"), ("Budapest", "arriving", "1945-02")} <= said
    assert not any(status == "present" for _, status, _ in said)


def test_a_going_agreed_told_in_the_passive_of_its_noun_is_announced() -> None:
    # the Lusaka ceasefire of 10 July 1999, under which the foreign armies in Congo were to leave
    found = presence.statements(sitrep.extract("Zimbabwe has kept about 11,000 soldiers in Congo since August. Their "
                                               "withdrawal was agreed in Lusaka on July 10, officials said.", "1999-07-20"))
    assert ("ZWE", "COD", "withdrawal_announced", "1999-07-10") in {
        (p.force.country, p.host, p.status, p.as_of.value if p.as_of else None) for p in found}


def test_a_stay_bounded_by_the_need_or_wish_it_came_for_leaves_a_force_just_come_arriving() -> None:
    # the U.S. landing in Lebanon of July 1958, at President Chamoun's request: how long the Marines would stay is the
    # terms of their coming, not news of them settled there; a stay held to a state of things still places a force
    found = presence.statements(sitrep.extract(
        "About 1,700 U.S. Marines waded ashore near Beirut on Tuesday at the request of President Camille Chamoun. A "
        "State Department spokesman said the Marines would stay in Lebanon only as long as the Lebanese government "
        "wished.", "1958-07-16"))
    assert [p.status for p in presence.ledger(found) if (p.force.country, p.host) == ("USA", "LBN")] == ["arriving"]
    assert ("RUS", "AFG", "present") in _stays("Moscow said on Tuesday that its troops would remain in Afghanistan as "
                                               "long as the attacks from across the border went on.", "1980-03-04")


@pytest.mark.parametrize(("text", "host"), [
    # NATO's eastern flank after Crimea, 2016: troops that could or might be sent are a possibility, not an arrival
    ("Defence officials said on Tuesday that hundreds more British soldiers could be sent to Estonia if Russia massed "
     "troops on the border.", "EST"),
    ("Pentagon officials say a brigade of American paratroopers might be flown into Poland before the summit in Warsaw.",
     "POL"),
])
def test_troops_that_could_be_sent_are_no_arrival(text: str, host: str) -> None:
    assert not any(h == host for _, h, _ in _stays(text, "2016-03-22"))


@pytest.mark.parametrize("text", [
    # Washington ruling out ground troops for the Libya campaign, March 2011: a government's word that none of its
    # troops will go somewhere places none there, though "has … troops" reads like a holding
    "Washington has said that no U.S. ground troops will be sent to Libya, even as allied warplanes strike Gaddafi's armour.",
    "The United States has insisted that no U.S. troops will enter Libya.",
])
def test_a_word_that_no_troops_will_go_places_none(text: str) -> None:
    assert not any(host == "LBY" for _, host, _ in _stays(text, "2011-03-22"))


def test_a_force_that_will_keep_away_from_a_place_is_not_placed_by_it() -> None:
    # the Indian Peace Keeping Force in Sri Lanka, July 1987
    found = _stays("Indian peacekeepers landed at Jaffna on Thursday. An Indian official said the soldiers would stay "
                   "well away from the Tamil strongholds in the east.", "1987-07-31")
    assert ("IND", "LKA", "present") not in found


def test_a_presence_dated_only_by_the_forces_own_arrival_is_found_on_the_report() -> None:
    # the Moroccan force flown into Shaba in April 1977: the arrival is April's; that they still guard the mines is
    # the report's news, so the ledger has the force arriving in April and present on the report's day
    found = presence.statements(sitrep.extract("Moroccan soldiers who were flown into Zaire in April still guard the "
                                               "mines of Shaba province, Zairean officials said.", "1977-06-01"))
    assert [(p.status, presence._start(p)) for p in presence.ledger(found) if (p.force.country, p.host) == ("MAR", "COD")] \
        == [("arriving", "1977-04-01"), ("present", "1977-06-01")]
    # (another force's arrival does not date it: the French were there from 1986)
    found = presence.statements(sitrep.extract("France has had soldiers in Chad since 1986, the year the first Libyan "
                                               "troops entered the north of the country.", "1987-03-01"))
    assert ("present", "1986-01-01") in {(p.status, presence._start(p)) for p in found if (p.force.country, p.host) == ("FRA", "TCD")}


@pytest.mark.parametrize(("text", "expected"), [
    # the Security Council ending MINUSMA on June 30, 2023: Chad's troops, its biggest contingent, are sent home with it
    ("MINUSMA has about 13,000 peacekeepers in Mali, and Chad provides its biggest contingent. The Security Council voted "
     "unanimously on Friday to end the mandate.", True),
    # (not a national force named by no word of a mission or its contingents: "Chadian soldiers", a force of its own)
    ("MINUSMA has about 13,000 peacekeepers in Mali. Chadian soldiers hold the town of Kidal. The Security Council voted "
     "unanimously on Friday to end the mandate.", False),
])
def test_a_missions_announced_going_is_its_contingents_too(text: str, expected: bool) -> None:
    found = _stays(text, "2023-07-01")
    assert ("UNO", "MLI", "withdrawal_announced") in found
    assert (("TCD", "MLI", "withdrawal_announced") in found) is expected, found


@pytest.mark.parametrize(("text", "published", "expected"), [
    # UNMIL's peacekeepers starting home as George Weah took office in January 2018: the going begun, told by "going home"
    ("George Weah took office on Monday as U.N. peacekeepers who have kept the peace in Liberia since 2003 began going home.",
     "2018-01-22", ("UNO", "LBR", "withdrawing")),
    # the Security Council giving UNOCI a last mandate in April 2016: a final renewal fixes the mission's end
    ("UNOCI has about 4,000 peacekeepers in Ivory Coast. The Security Council voted in April to extend the mandate for a "
     "final 14 months.", "2016-05-02", ("UNO", "CIV", "withdrawal_announced")),
])
def test_a_missions_going_begun_or_fixed_by_its_mandate(text: str, published: str, expected: tuple[str, str, str]) -> None:
    found = _stays(text, published)
    assert expected in found, found
    assert {status for _, _, status in found} <= {"present", expected[2]}, found  # (nothing begun that was only decided)


def test_a_force_from_a_country_with_no_mission_named_is_read_without_error() -> None:
    # NATO allies agreeing on April 14, 2021 to start pulling Resolute Support out: "NATO forces from Afghanistan" names
    # the country they leave, and no UN or regional mission the sentence could mean
    text = "Alliance ministers agreed on Wednesday to begin the withdrawal of NATO forces from Afghanistan by May 1."
    assert ("IGO", "AFG", "withdrawing") not in _stays(text, "2021-04-16")


def test_a_mandate_extended_to_an_end_is_announced_on_the_day_of_the_vote() -> None:
    # UNOCI's last mandate, voted on April 28, 2016 to run until June 30, 2017: the vote is the announcement, the end of
    # the mandate only when the going is due
    text = ("UNOCI has about 4,000 peacekeepers in Ivory Coast. The Security Council voted on April 28 to extend the mandate "
            "for a final 14 months, until June 30, 2017.")
    found = presence.statements(sitrep.extract(text, "2016-05-02"))
    assert {p.since.value for p in found if p.status == "withdrawal_announced" and p.since} == {"2016-04-28"}


def test_no_orders_to_leave_keeps_the_force_present() -> None:
    # the French army's word after the coup in Niger in August 2023: having had no orders to go is no going announced
    text = "The French soldiers in Niger have received no orders to leave, a spokesman for the French army said on Saturday."
    assert _stays(text, "2023-08-05") == {("FRA", "NER", "present")}


@pytest.mark.parametrize(("text", "published", "not_a_site"), [
    # Russia's 1999 OSCE pledge to leave Moldova, named by the city where it was made
    ("Russian troops remain in Transnistria in breach of the Istanbul pledge, Western diplomats said.", "2004-06-01", "Istanbul"),
    # Turkey's bases in northern Iraq, reported by a ministry that sits in the capital
    ("Turkish troops remain at their bases in northern Iraq, the Foreign Ministry in Baghdad said on Monday.", "2024-06-03",
     "Baghdad"),
])
def test_a_city_naming_a_deal_or_a_ministrys_seat_is_no_site(text: str, published: str, not_a_site: str) -> None:
    assert not_a_site not in {site for _, _, site in _sites(text, published)}


def test_a_site_only_reached_keeps_its_arrival_when_the_whole_force_is_to_leave() -> None:
    # the U.S. Marines of Joint Task Force Liberia, August 2003: Washington's word that they would leave is the country's
    # announcement, not a change the story tells of the airport they had just landed at
    text = ("About 200 U.S. Marines landed at Roberts International Airport outside Monrovia on Thursday. Washington said on "
            "Friday that the Marines would leave Liberia by the end of September.")
    found = presence.ledger(presence.statements(sitrep.extract(text, "2003-08-16")))
    assert [p.status for p in found if p.site.name is None] == ["arriving", "withdrawal_announced"]
    assert [p.status for p in found if p.site.name is not None] == ["arriving"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Britain's 1993 decision to bring its garrison home from Belize, told of the troops named just before
    ("British troops have been stationed in Belize since its independence in 1981. The Ministry of Defence announced in May "
     "1993 that they would be withdrawn by the end of 1994.", "1993-06-02", ("GBR", "BLZ", "1993-05")),
    # Cuba's pledge of December 1988 to take its troops out of Angola
    ("Cuban troops have been in Angola since 1975. Havana said in December 1988 that its soldiers would be home by July 1991.",
     "1989-01-10", ("CUB", "AGO", "1988-12")),
])
def test_what_a_government_says_of_the_force_just_named_is_its_announcement(
        text: str, published: str, expected: tuple[str, str, str]) -> None:
    found = presence.statements(sitrep.extract(text, published))
    assert expected in {(p.force.country, p.host, p.since.value) for p in found if p.status == "withdrawal_announced" and p.since}


def test_what_speakers_say_of_themselves_is_not_the_forces() -> None:
    # "they" after speakers who are many is the speakers: the diplomats left, not the peacekeepers
    text = ("Several hundred Russian peacekeepers patrol the security zone in Moldova. Western diplomats said they had left "
            "the capital after the talks collapsed.")
    assert _stays(text, "2004-06-01") == {("RUS", "MDA", "present")}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Libya's troops sent to prop up Idi Amin in 1979, flown out as Kampala fell
    ("Libya, which flew several hundred soldiers to Uganda in early 1979, brought them home in April as Tanzanian troops "
     "took Kampala.", "1979-05-02", ("LBY", "UGA", "withdrawn")),
    # Guinea's troops in Guinea-Bissau's civil war, home under the Abuja accord (the count in the relative clause is all of
    # them, not a part)
    ("Guinea, which sent several hundred soldiers to Guinea-Bissau in 1998, brought them home in March 1999.", "1999-04-02",
     ("GIN", "GNB", "withdrawn")),
])
def test_troops_just_named_brought_home_by_a_pronoun_are_gone(text: str, published: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stays(text, published)


def test_a_headline_tells_the_news_of_the_day_its_lead_gives() -> None:
    from sitrep.model import RawInput

    story = ("Last U.S. warships leave Subic Bay\n"
             "By a staff correspondent, Reuters | Manila, Wednesday, November 25, 1992\n\n"
             "The last American sailors at Subic Bay sailed out aboard the helicopter carrier Belleau Wood on Tuesday, "
             "handing the naval base to the Philippines after the Senate in Manila refused to renew the lease.\n")
    found = [x for i in sitrep.extract_many([RawInput("<story>", story.encode(), "text")]) if isinstance(i, Item)
             for x in presence.statements(i)]
    headline = [p for p in found if p.sentences[0].startswith("Last U.S. warships")]
    assert headline and {(p.status, p.as_of and p.as_of.value) for p in headline} == {("withdrawn", "1992-11-24")}


@pytest.mark.parametrize(("text", "force"), [
    ("Belgian paracommandos arrived in Rwanda on Sunday to evacuate foreigners, a spokesman in Brussels said.", "BEL"),
    ("Hundreds of French paratroops arrived in Rwanda on Sunday to evacuate foreigners.", "FRA"),
])
def test_paratroops_and_paracommandos_are_forces(text: str, force: str) -> None:
    assert (force, "RWA", "arriving") in _stays(text, "1994-04-11")


def test_a_country_that_leads_a_war_named_with_its_initials_is_no_host() -> None:
    # Denmark's contingent in southern Iraq, 2003: "U.S.-led" names who leads, even when the NER tags "U.S" without its dot
    text = "Denmark sent about 380 soldiers to the U.S.-led occupation of Iraq in June, a defence ministry spokesman said."
    it = item(text, "2003-07-01")
    at = text.index("U.S")
    us = Place("U.S", at, at + 3, "United States", "USA", None, 39.76, -98.5, precision="country")
    it = replace(it, places=tuple(sorted((*it.places, us), key=lambda p: p.start or 0)))
    assert {(p.force.country, p.host) for p in presence.statements(it)} == {("DNK", "IRQ")}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the New York accords of December 1988 on Cuba's troops in Angola, told after the deadline had passed: the "by" the
    # timex keeps in "by the end of 1991" marks the deadline, not when the going was agreed
    ("Cuban troops had been in Angola since 1975. The accords signed in New York in December 1988 said they would leave "
     "by the end of 1991.", "1992-06-01", ("CUB", "AGO", "1988-12")),
    # Carter's 1977 plan for U.S. ground forces in South Korea: what the governments announced the force will do is the
    # force's announcement, dated when they spoke
    ("After talks in Seoul in July 1977, the two governments announced that American ground forces would leave South Korea "
     "by the end of 1982.", "1977-08-01", ("USA", "KOR", "1977-07")),
])
def test_an_announcement_is_dated_when_made_not_by_its_deadline(text: str, published: str, expected: tuple[str, str, str]) -> None:
    found = presence.statements(sitrep.extract(text, published))
    assert {(p.force.country, p.host, p.as_of.value) for p in found if p.status == "withdrawal_announced" and p.as_of} == {expected}


def test_a_town_a_leader_stopped_at_is_no_site() -> None:
    # Eisenhower's stop in Madrid in December 1959, with the U.S. Air Force at Torrejon and Zaragoza: the town of the visit
    # places no force there
    text = "When President Eisenhower stopped in Madrid in December 1959, several thousand American servicemen were based in Spain."
    assert _sites(text, "1959-12-23") == {("USA", "ESP", None)}


def test_keeping_servicemen_somewhere_is_a_presence() -> None:
    # the U.S. forces in Spain in the late 1980s, counted by their people's word for all services
    assert ("USA", "ESP", None, "present", 12000) in rows(presence.statements(sitrep.extract(
        "The United States keeps about 12,000 servicemen in Spain.", "1988-01-15")))



def test_a_number_of_them_is_a_part_of_the_force_just_named() -> None:
    # the first Cuban soldiers flown home from Angola in January 1989 under the New York accords
    found = _stays("Cuba kept about 50,000 soldiers in Angola in 1988. About 450 of them flew home on Tuesday.", "1989-01-12")
    assert ("CUB", "AGO", "withdrawing") in found and ("CUB", "AGO", "withdrawn") not in found


def test_a_country_that_names_a_neighbour_is_no_host() -> None:
    # the 82nd Airborne's paratroopers sent to Poland in February 2022: Ukraine only says which neighbour Poland is
    assert _stays("About 1,700 U.S. paratroopers arrived in Poland, Ukraine's western neighbour, on Sunday.",
                  "2022-02-07") == {("USA", "POL", "arriving")}


def test_troops_massed_near_a_countrys_border_are_in_no_host() -> None:
    # Russia's build-up of spring 2021, in a story told from Kyiv: near Ukraine's border is not in Ukraine
    text = ("Ukraine put its army on alert on Friday. Officials in Kyiv said Russia had gathered more than 80,000 troops near "
            "Ukraine's eastern border.")
    assert not _stays(text, "2021-04-10")


def test_a_un_mission_by_its_name_for_a_country_is_the_force_whose_end_is_told() -> None:
    # UNAMSIL's end on the last day of 2005: "the United Nations Mission in Sierra Leone" is the mission by its full name,
    # not the peacekeeping operations the clause goes on to count
    text = ("The United Nations Mission in Sierra Leone came to an end on Saturday, closing one of the world body's largest "
            "peacekeeping operations.")
    assert _stays(text, "2006-01-02") == {("UNO", "SLE", "withdrawn")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # pulled out with no place or time after it, or in the night
        ("The Syrian garrison in Beirut pulled out overnight, Lebanese officials said on Tuesday.", "2005-04-26",
         ("SYR", "LBN", "withdrawn")),
        # the last of them brought home, the force between the verb and "home"
        ("Cuba, which sent about 50,000 soldiers to Angola, brought the last of them home in May.", "1991-06-01",
         ("CUB", "AGO", "withdrawn")),
    ],
)
def test_a_going_told_by_pulled_out_alone_or_the_last_brought_home_is_done(
        text: str, published: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stays(text, published)


def test_what_is_left_of_a_force_is_no_going() -> None:
    found = _stays("The Russian soldiers at Gudauta in Abkhazia are what is left of a Soviet airborne division, Georgian "
                   "officials said.", "1999-11-10")
    assert not any(status == "withdrawn" for _, _, status in found)


def test_the_last_soldiers_named_after_another_force_are_the_ones_that_leave() -> None:
    # South Africa's last troops leaving Namibia in November 1989 under Resolution 435, with UNTAG moving in: the cue that
    # opens on "the last" holds its own subject, not the U.N. troops named before it
    found = _stays("U.N. troops moved into the Grootfontein base on Wednesday as the last South African soldiers left "
                   "Namibia, a U.N. spokesman said.", "1989-11-23")
    assert ("ZAF", "NAM", "withdrawn") in found and ("UNO", "NAM", "withdrawn") not in found


def test_leaving_after_being_sent_to_a_province_leaves_the_country() -> None:
    # Zimbabwe's troops guarding the Beira corridor, 1986-1993: the province is where they were sent, not what they left
    # while staying elsewhere (as "its withdrawal from South Kivu" is)
    found = presence.statements(sitrep.extract(
        "Zimbabwe's soldiers were sent to Mozambique's Manica province in 1986 and had left by early 1993.", "1993-03-01"))
    assert {(p.site.name, p.status) for p in found if p.force.country == "ZWE"} == {(None, "arriving"), (None, "withdrawn")}


def test_a_force_brought_home_but_for_a_small_team_is_still_leaving() -> None:
    # Britain's Operation Palliser in Sierra Leone, 2000: the paratroopers went home, a training team stayed on
    found = _stays("Britain brought its paratroopers home from Sierra Leone in June but will keep a small training team in "
                   "the country.", "2000-06-20")
    assert found == {("GBR", "SLE", "withdrawing")}


def test_a_date_of_a_line_named_after_the_cue_does_not_date_the_announcement() -> None:
    # Eritrea's word of May 25, 2000 that it would pull back to the lines of before the war: the date of those lines
    # is theirs, the announcement is dated when it was made
    text = ("In a statement on Thursday, Eritrea's government said its troops would withdraw from Ethiopia's Zalambessa area "
            "to the positions that existed on May 6, 1998.")
    found = presence.statements(sitrep.extract(text, "2000-05-26"))
    assert {(p.force.country, p.host, p.status, p.as_of and p.as_of.value) for p in found} == {
        ("ERI", "ETH", "withdrawal_announced", "2000-05-25")}


def test_a_town_taken_by_a_force_named_just_before_is_its_arrival() -> None:
    # Tanzania's war on Idi Amin, 1979: taking a town brings the force there (a hill taken is no town; nor is a town
    # another subject takes after a comma)
    found = presence.statements(sitrep.extract("Tanzanian troops took the town of Masaka in late February and shelled the "
                                               "road north, Radio Tanzania said.", "1979-03-10"))
    assert {(p.force.country, p.host, p.site.name, p.status) for p in found} == {
        ("TZA", "UGA", "Masaka", "arriving"), ("TZA", "UGA", None, "arriving")}
    others = presence._status_cues("Libyan soldiers guard the airport, and the rebels took Masaka on Sunday")
    assert "arriving" not in {status for status, _ in others}


def test_a_force_given_access_to_bases_is_not_placed_at_them() -> None:
    # the U.S.-Philippine defence pact of April 2014: a right to use the host's bases places no force there; troops the
    # story does place are kept
    text = ("The pact signed on Monday gives American troops access to the Philippine army's bases at Fort Magsaysay and "
            "Lumbia, officials said.")
    assert _stays(text, "2014-04-29") == set()
    text += " About 500 American troops are already based at Zamboanga."
    assert ("USA", "PHL", "Zamboanga") in _sites(text, "2014-04-29")


def test_a_force_working_at_a_town_is_present_there() -> None:
    # the U.S. advisers in the southern Philippines, 2004: where some of a force already work is a site of its presence
    text = "About 600 American troops are in the Philippines to advise its army, officials said. Some of them work at Zamboanga."
    assert ("USA", "PHL", "Zamboanga") in _sites(text, "2004-03-01")


def test_a_british_regiment_named_by_its_name_is_a_british_force() -> None:
    # the Black Watch sent to Camp Dogwood near Baghdad in 2004, and the Gurkhas leaving Hong Kong before the 1997
    # handover: a regiment's name names its army's country, with a force noun or alone
    found = _sites("Soldiers of the Black Watch moved into Camp Dogwood in Iraq on Friday.", "2004-11-01")
    assert ("GBR", "IRQ", "Camp Dogwood") in found
    assert ("GBR", "HKG", "withdrawn") in _stays("The Gurkhas left Hong Kong on Monday.", "1996-11-05")
    assert ("GBR", "BRN", "arriving") in _stays("Gurkha soldiers arrived in Brunei on Saturday.", "1962-12-10")


def test_a_town_stormed_by_a_force_is_its_arrival() -> None:
    # India's peacekeepers against the Tigers in Sri Lanka, 1987: storming a town puts the force in it, as taking it
    # does; a crowd storming a building is no force arriving
    found = _sites("Indian troops stormed the town of Jaffna in late October, the army said.", "1987-11-02")
    assert ("IND", "LKA", "Jaffna") in found
    others = presence._status_cues("Canadian troops guard the airport, and protesters stormed Parliament on Sunday")
    assert "arriving" not in {status for status, _ in others}


def test_a_people_named_by_its_adjective_alone_is_the_force_named_before() -> None:
    # the British paratroopers sent to Jordan in July 1958, most of them home by the end of October ("the British"
    # before a verb is the force; "the British embassy" is not)
    found = _stays("British paratroopers flew into Jordan in July to shore up King Hussein. Most of the British have now "
                   "gone home, a Jordanian official said.", "1958-10-30")
    assert found == {("GBR", "JOR", "arriving"), ("GBR", "JOR", "withdrawing")}


@pytest.mark.parametrize("when", ["in June last year", "on June 30, 2023"])
def test_a_decision_to_wind_the_mission_down_is_its_announcement(when: str) -> None:
    # the Security Council ending MINUSMA in June 2023: the pronoun before the particle is the mission named before,
    # however many words the time between takes
    text = f"The U.N. peacekeeping mission in Mali, MINUSMA, deployed in 2013. The Security Council decided {when} to wind it down."
    assert ("UNO", "MLI", "withdrawal_announced") in _stays(text, "2024-01-10")


def test_a_contingent_that_was_the_first_to_go_is_gone() -> None:
    # the Dutch leaving Uruzgan in August 2010, the first NATO contingent to end its mission in Afghanistan
    text = ("NATO's force in Afghanistan began to shrink this year. The Netherlands' soldiers were the first to go, after a "
            "farewell ceremony at Tarin Kowt in August.")
    assert ("NLD", "AFG", "withdrawn") in _stays(text, "2010-12-01")


def test_sentries_are_a_force() -> None:
    # Syria's troops in Lebanon in April 2005, weeks before the last of them left
    found = rows(presence.statements(sitrep.extract(
        "Syrian sentries still stood at checkpoints in Beirut on Monday, Lebanese officials said.", "2005-04-11")))
    assert ("SYR", "LBN", "Beirut", "present", None) in found


def test_a_clause_of_time_counted_from_the_clause_before_takes_its_date() -> None:
    # Operation Azalee, October 1995: French troops landed in the Comoros to end Bob Denard's coup; the landing is the
    # day before the Thursday the main clause tells, not the day of the report
    found = presence.statements(sitrep.extract(
        "French soldiers patrolled the streets of Moroni in the Comoros on Thursday, a day after French troops landed on "
        "the island to end the coup.", "1995-10-06"))
    assert {(p.force.country, p.host, p.status, p.as_of and p.as_of.value) for p in found} == {
        ("FRA", "COM", "arriving", "1995-10-04")}


@pytest.mark.parametrize("text", [
    # NATO's allies in Afghanistan following the U.S. pullout announced in April 2021: every country of the list before
    # the verb owns "their troops", the first too, and a "the" inside the list does not break it
    "Germany, Italy and Britain said on Wednesday that their troops would leave Afghanistan with the Americans.",
    "Germany, the Czech Republic and Britain said on Wednesday that their troops would leave Afghanistan.",
])
def test_each_country_of_a_list_before_the_verb_shares_it(text: str) -> None:
    found = {(force, host) for force, host, status in _stays(text, "2021-04-16") if status == "withdrawal_announced"}
    assert ("DEU", "AFG") in found and ("GBR", "AFG") in found


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Gorbachev's pledge of 1988 on Afghanistan: a promise made on a day to leave by a deadline is dated when made
    ("The Soviet Union promised on Friday to pull its troops out of Afghanistan by February 15.", "1988-04-18",
     ("RUS", "AFG", "1988-04-15")),
    # Vietnam's pledge of April 1989 on Cambodia
    ("Vietnam pledged to withdraw its troops from Cambodia by the end of September, the foreign ministry said on Friday.",
     "1989-04-10", ("VNM", "KHM", "1989-04-07")),
])
def test_a_pledge_to_leave_by_a_deadline_is_dated_when_made(text: str, published: str, expected: tuple[str, str, str]) -> None:
    found = presence.statements(sitrep.extract(text, published))
    assert {(p.force.country, p.host, p.as_of.value) for p in found if p.status == "withdrawal_announced" and p.as_of} == {expected}


def test_the_town_a_force_works_from_is_its_site_not_its_helpers() -> None:
    # Kenya's Operation Linda Nchi in Somalia, late 2011, and France's Operation Serval in Mali's Adrar des Ifoghas with
    # Chad's soldiers, February 2013: working from a base in a town places the force there, and only the force whose
    # verb it is (the helpers named after it are in the country, at no site the clause gives)
    kenya = rows(presence.statements(sitrep.extract(
        "Kenyan troops are pursuing al-Shabaab fighters from a base at Dhobley near the border, Somali officials said.",
        "2011-11-20")))
    assert ("KEN", "SOM", "Dhobley", "present", None) in kenya
    mali = _sites("French troops are hunting Islamist fighters in the mountains from a base at Tessalit, helped by Chadian "
                  "soldiers, a French officer said.", "2013-02-28")
    assert {(f, site.startswith("Tessalit")) for f, _, site in mali if site} == {("FRA", True)}
    assert ("TCD", "MLI", None) in mali


@pytest.mark.parametrize(("clause", "found"), [
    ("Paris decided in June to end the mission", "the mission"),
    ("the commander said the peacekeepers would be home by Christmas", "the peacekeepers"),
    ("supplies for the troops were flown in", None),  # (not a force named again: what is meant for it)
    ("Ottawa announced on Friday that its remaining troops would leave Latvia", "announced on Friday that its remaining troops"),
    ("ministers said they were concerned", None),  # (a speaker who is many is "they")
    ("None were left by the evening", "None"),
    ("the council voted to renew the mandate", "renew the mandate"),
])
def test_a_force_named_again_by_a_definite_noun_or_a_speaker(clause: str, found: str | None) -> None:
    # the first letter of every reading is read before any reading is tried (the search's speed): the same matches
    m = presence._ANAPHOR.search(clause)
    assert (m.group(0) if m else None) == found


def test_a_clauses_force_words_are_read_once() -> None:
    # the statement reader asks for one clause's country and force words up to four times: the scan is kept
    clause = "Kenyan and Ugandan troops of the African Union mission remained in Mogadishu"
    found = presence._force_matches(clause)
    assert [m.group(0) for m in found] == [m.group(0) for m in presence.cues().force_re.finditer(clause)]
    assert [m.group(1) for m in found][:2] == ["Kenyan", "Ugandan"]
    assert presence._force_matches(clause) is found


def test_a_going_under_a_dated_accord_is_announced_when_the_accord_was_made() -> None:
    # the ledgers code an agreement that a force will leave as its announcement, dated when it was made
    text = "The last Cuban soldiers left Angola on Saturday under the accords signed in New York in December 1988."
    found = presence.statements(sitrep.extract(text, "1991-05-27"))
    assert {(p.force.country, p.host, p.status, p.since.value if p.since else None) for p in found} == {
        ("CUB", "AGO", "withdrawn", "1991-05-25"), ("CUB", "AGO", "withdrawal_announced", "1988-12")}
    # an accord a force stays under is no going
    stays = presence.statements(sitrep.extract("Russia will keep its base in Tajikistan under an agreement signed in "
                                               "Dushanbe on Friday.", "2012-10-07"))
    assert {p.status for p in stays} == {"present"}
