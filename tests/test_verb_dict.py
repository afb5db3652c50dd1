"""PETRARCH verb dictionaries: reading the format, and a user's dictionary laid over the packaged lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import verb_dict
from sitrep.errors import SitrepError
from sitrep.lexicon import load_lexicon

# A small dictionary in PETRARCH's format, written for these tests.
DICTIONARY = """\
<!-- TEST VERBS -->
&TIETYPES
+MILITARY
+ECONOMIC

&ALLTIES  # a set with a set inside it
+&TIETYPES
+CULTURAL

--- RESTORE  [064]  ---
RESTORE    # a comment
- * DIPLOMATIC  [064]
- NOT * RELATIONS  [112]
- * &ALLTIES TIES  [062]

--- SNUB  [---] ---
SNUB
+SNUBBED_OFF [125]
- * ENVOY  [075A]
- * TALKS  [111]

--- EXPLODE  [190] ---
EXPLODE
- &TIETYPES * [183]
- STRONGLY * [111]
"""


def test_reads_blocks_patterns_and_nested_synonym_sets() -> None:
    d = verb_dict.read_verbs(DICTIONARY)
    assert d.verbs == {"restore": "064", "explode": "190"}  # SNUB's block code [---] is no event
    assert d.lemmas == {"restore", "snub", "explode"}
    assert ("restore", "112", "not relations") in d.patterns  # a negated pattern needs the negation
    assert ("restore", "062", "cultural|economic|military ties") in d.patterns
    assert ("snub", "125", "off") in d.patterns  # "+SNUBBED_OFF": an inflected form, lemma guessed
    assert ("snub", "111", "talks") in d.patterns
    assert not any(code == "075" or code.endswith("A") for _, code, _ in d.patterns)  # "[075A]" is no CAMEO code
    assert ("explode", "183", "economic|military") in d.patterns  # positions dropped, as for users' dictionaries


def test_with_subjects_the_nouns_before_the_verb_must_be_its_subject() -> None:
    d = verb_dict.read_verbs(DICTIONARY, subjects=True)
    assert ("explode", "183", "subj:economic|subj:military") in d.patterns
    assert ("explode", "111", "strongly") in d.patterns  # an adverb modifies the verb
    assert ("restore", "112", "not relations") in d.patterns  # so does a negation


@pytest.mark.parametrize(
    ("text", "bombing"),
    [
        # PETRARCH's "&WEAPON * [183]" is a bomb that goes off, not a missile someone fires
        ("Houthi fighters fired a missile at a cargo ship off Hodeidah on Tuesday.", False),
        ("A car bomb exploded outside a police station in Kirkuk on Monday.", True),
    ],
)
def test_the_packaged_lexicon_reads_a_weapon_before_the_verb_as_its_subject(text: str, bombing: bool) -> None:
    import sitrep

    events = [e for e in sitrep.extract(text, "2024-05-03").events if e.type == "ASSAULT"]
    assert events
    assert any(e.cameo == "183" for e in events) is bombing, [e.cameo for e in events]


def test_a_word_fused_before_the_verb_counts_as_before_it() -> None:
    import sitrep

    # PETRARCH's "TEST * [150]": a missile test shows force, it attacks no one
    events = sitrep.extract("Pyongyang test-fired two short-range ballistic missiles into the sea on Thursday.", "2024-05-03").events
    assert [(e.type, e.cameo) for e in events] == [("MOBILIZE", "150")]


def test_a_known_verb_is_read_by_the_users_dictionary_alone() -> None:
    packaged = load_lexicon()
    lex = verb_dict.overlay(packaged, verb_dict.read_verbs(DICTIONARY))
    assert lex.verbs["restore"] == "064"
    assert {r.cameo for r in lex.patterns["restore"]} == {"064", "112", "062"}
    assert "snub" not in lex.verbs and "restore" not in lex.curated
    # verbs it does not know keep the packaged readings
    assert lex.verbs.get("accuse") == packaged.verbs.get("accuse")
    assert lex.curated.get("withdraw") == packaged.curated.get("withdraw")


def test_the_pipeline_codes_with_a_users_verb_dictionary(tmp_path: Path) -> None:
    from dataclasses import replace

    from sitrep import api
    from sitrep.settings import Settings

    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    text = "Mali restored military ties with Russia on Monday, the foreign ministry said."
    plain = api.extract(text, "2024-05-03", settings=Settings())
    coded = api.extract(text, "2024-05-03", settings=replace(Settings(), verb_dictionaries=(str(path),)))
    assert [e.cameo for e in coded.events if e.trigger.text == "restored"] == ["062"]
    assert [e.cameo for e in plain.events if e.trigger.text == "restored"] != ["062"]


def test_an_unreadable_dictionary_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(SitrepError) as err:
        verb_dict.read_file(tmp_path / "missing.txt")
    assert err.value.code == "E007"


def test_a_users_dictionary_is_not_second_guessed_by_the_news_trained_gates(tmp_path: Path) -> None:
    # the trigger model and the confidence floor learned which of the packaged lexicon's proposals tell
    # events; with the user's own dictionary an uncoded actor does not cost its pattern the event
    from dataclasses import replace

    from sitrep import api
    from sitrep.settings import Settings

    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    text = "The Hill Council restored diplomatic ties with the River League on Monday."
    coded = api.extract(text, "2024-05-03", settings=replace(Settings(), verb_dictionaries=(str(path),)))
    assert [(e.trigger.text, e.cameo) for e in coded.events] == [("restored", "064")]
    # a predicate no pattern of the user's reads is still held to the floor ("snubbed the envoy": no code)
    snub = api.extract("The river clans snubbed the envoy on Monday.", "2024-05-03",
                       settings=replace(Settings(), verb_dictionaries=(str(path),)))
    assert snub.events == ()
