"""Arguments: the actors and recipients of an event's predicate, from the dependency parse.

The actor is the verb's subject (the ``by`` agent of a passive), borrowed from the governing verb
for ``xcomp`` and ``conj`` verbs; the recipients are its objects and the objects of its
prepositions. Each argument is coded with the actors stage's records that overlap it, so a
compound argument ("Mali and Burkina Faso") stays a list.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .actor_dict import BODY_CODES, NONSTATE
from .model import Actor, Item

_RECIPIENT_PREPS = frozenset({"to", "with", "against", "on", "from", "at", "toward", "towards", "into", "for", "upon", "in", "of", "out", "away", "off"})
#: Prepositions on an object that name who it concerns: "calls by Belarus's rulers", "mediation
#: between the Emirates and Saudi Arabia".
_OBJECT_PREPS = _RECIPIENT_PREPS | {"by", "between", "among"}
#: Prepositions that name where something happened: a capital after them is the city, not its government.
_VENUES = frozenset({"in", "at", "near", "outside", "inside", "around"})
#: Verbs whose condition names the one threatened: "threatened to ... unless Baghdad accepted".
_CONDITIONING = frozenset({"threaten", "warn", "vow", "pledge"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "them", "him", "her"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
#: Happenings between parties, who are its actors: "talks between Israel and Hamas", "clashes between troops and rebels".
_BETWEEN_NOUNS = frozenset({"talk", "talks", "negotiation", "meeting", "summit", "consultation", "dialogue", "clash",
                            "fighting", "battle", "hostility", "hostilities", "war", "conflict"})
#: Inquiries and reports, which speak for those who made them: "a joint inquiry by the UN and the OPCW concluded".
_INQUIRIES = frozenset({"inquiry", "investigation", "probe", "report", "review", "audit", "study", "assessment"})
#: Words that rank someone among the doers of an act: "the first leader to visit", "the only country to abstain".
_RANKS = frozenset({"first", "last", "only", "second", "third", "latest"})
#: Acts only a state's police, courts or government perform: done to someone "in Lebanon" with no
#: agent named, they are that state's ("was arrested in Lebanon", "was put under investigation in Italy").
#: (Not "held", "released" or "executed": hostage-takers do those too.)
_STATE_ACTS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "indict", "expel",
                         "deport", "extradite", "fine", "ban", "investigate", "prosecute", "try", "question",
                         "interrogate", "pardon", "summon"})
#: Verbs of putting a member out of a body, whose passive with no person named as doer is the body's act ("Syria was
#: suspended from the Arab League", "was excluded from the Organization of American States by a vote of 14 to 1").
_PUT_OUT = frozenset({"suspend", "expel", "exclude", "eject", "oust", "remove", "bar", "ban", "drop", "kick", "strip"})
#: Subjects that are a blast, not a person: "a roadside bombing near Samarra killed a soldier" is an
#: unidentified armed actor (PLOVER UAF) of the place where it went off.
#: Verbs of carrying an act out, whose passive subject is the act, and its possessor the one acting.
_CARRIED_OUT = frozenset({"complete", "finish", "conclude", "begin", "start", "resume", "launch", "conduct", "carry"})
_BLASTS = frozenset({"bomb", "bombing", "explosion", "blast", "landmine", "mine", "minefield", "ied", "grenade",
                     "shell", "shelling", "mortar", "rocket", "missile", "car-bomb", "attack", "ambush", "gunfire"})
_BLAST_PREPS = frozenset({"near", "in", "at", "outside", "on", "of"})
#: Attacks a passive victim dies "in": "were killed in Israeli tank shelling", "in an air strike by government forces".
_ATTACKS = _BLASTS | {"strike", "airstrike", "raid", "offensive", "bombardment", "crossfire", "fire", "assault", "clash",
                      "tank", "artillery", "drone", "helicopter", "warplane", "jet", "gunship", "sniper"}


def sentence_start(tok: Any) -> int:
    """The index of the first token of ``tok``'s sentence. Kept on the parse for every token at once: ``tok.sent``
    walks the sentence's tokens to find its bounds on every reading, and the rules ask it of every verb."""
    starts = tok.doc.user_data.get("sitrep.sentence_start")
    if starts is None:
        starts = tok.doc.user_data["sitrep.sentence_start"] = [s.start for s in tok.doc.sents for _ in range(len(s))]
    return starts[tok.i]  # type: ignore[no-any-return]


def entity_bounds(tok: Any) -> tuple[int, int] | None:
    """The token range ``[first, end)`` of the named entity ``tok`` is in, or None when it is in none. Read from the
    IOB tags: ``doc.ents`` and ``span.ents`` build every entity of the document anew on each access."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc, first, last = tok.doc, tok.i, tok.i
    while doc[first].ent_iob_ == "I" and first > 0:
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return first, last + 1


def _span(tok: Any) -> tuple[int, int]:
    """Character span of a noun's phrase up to its head (left modifiers included, complements not),
    widened to the whole named entity the head belongs to (a parse that splits "Barack | Obama")."""
    start, end = tok.left_edge.idx, tok.idx + len(tok)
    if (bounds := entity_bounds(tok)) is not None:
        last = tok.doc[bounds[1] - 1]
        start, end = min(start, tok.doc[bounds[0]].idx), max(end, last.idx + len(last))
    return start, end


def _overlapping(tok: Any, offset: int, actors: tuple[Actor, ...]) -> list[Actor]:
    """The actors whose text overlaps the phrase of ``tok`` (``offset`` maps the doc's characters to the article's)."""
    a, b = _span(tok)
    return [x for x in actors if x.start < b + offset and a + offset < x.end]


def conjuncts(tok: Any) -> list[Any]:
    """``tok`` and the nouns coordinated with it, including a list the parser hung on an apposition
    ("The US, Russia, and Switzerland": Russia an apposition of the US, Switzerland its conjunct)."""
    out = [tok, *tok.conjuncts]
    listed = any(c.dep_ == "conj" for c in tok.children)  # "Japan, South Korea(appos), and the Philippines"
    for a in tok.children:
        if a.dep_ == "appos" and (listed or any(c.dep_ == "conj" for c in a.children)):
            out += [a, *a.conjuncts]
    return list(dict.fromkeys(out))


#: People a side sends, and the ships, planes or trucks it sends, who speak or act for the sides named after "from".
_SENT_FROM = frozenset({"envoy", "delegate", "delegation", "official", "representative", "negotiator", "diplomat", "minister",
                        "leader", "troop", "soldier", "force", "observer", "monitor", "team", "mediator", "commander",
                        "warship", "ship", "vessel", "frigate", "destroyer", "truck", "convoy", "plane", "aircraft", "jet",
                        "warplane", "navy"})


#: Offices a person named in apposition holds in a body or a state ("X, the director of the agency", "Y, a member of
#: the junta"), whose holder acts for it: not other relations ("a critic of the president", "a son of the king").
_HELD_OFFICES = frozenset({"head", "director", "chief", "leader", "commander", "member", "chairman", "chairwoman", "officer",
                           "president", "secretary", "spokesman", "spokeswoman", "minister", "governor", "boss", "agent"})


def actors_at(tokens: Iterable[Any], offset: int, actors: tuple[Actor, ...], appos: bool = False) -> list[Actor]:
    """The actors overlapping each token's phrase; with ``appos``, those of an apposition when the
    phrase itself codes none (for subjects: "Sheikh Tamim, Qatar's emir, said")."""
    out: list[Actor] = []
    for tok in tokens:
        found = _overlapping(tok, offset, actors)
        # "Sheikh Tamim, Qatar's emir, ...", "the emir, Sheikh Tamim, ...": an apposition names the same actor
        if not found and appos:
            others = [c for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ == "appos":
                others.append(tok.head)
            for other in others:
                found += _overlapping(other, offset, actors)
            if not found:
                # "Kim Jae-gyu, the head of the intelligence agency": an office in an apposition is held in its "of" body
                found = [a for other in others if other.lemma_.lower() in _HELD_OFFICES
                         for prep in other.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for obj in prep.children if obj.dep_ == "pobj" for a in actors_at([obj], offset, actors)]
        # an "of" complement names the actor when the head does not: "the leaders of Mali and Niger"
        if not found:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            found += actors_at(conjuncts(obj), offset, actors)
        if tok.lemma_.lower() in _SENT_FROM:
            # people "from" two sides are each side's: "officials from Iran and Saudi Arabia met", "envoys from the army
            # and the RSF sat down for talks" (the head alone takes only the first side's country); from one side, that
            # side's when the head codes none
            sides = [a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "from"
                     for obj in prep.children if obj.dep_ == "pobj" for a in actors_at(conjuncts(obj), offset, actors)]
            if len(sides) > 1:
                found = sides  # each side for itself: "officials from Iran and Saudi Arabia" are Iran's and Saudi Arabia's
            elif not found:
                found = sides
        out += [x for x in found if x not in out]
    return out


#: Words that make a clause tell what happened before another: "a day after they seized the town".
PAST_MARKS = frozenset({"after", "since", "when", "following"})


def antecedent(verb: Any, offset: int, actors: tuple[Actor, ...]) -> list[Actor]:
    """For a pronoun subject: the subject of a clause above ("the US announced that it had agreed")."""
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
            c.dep_ == "mark" and c.lower_ in PAST_MARKS for c in verb.head.children):
        verb = verb.head  # (a verb joined to one in a clause of time shares its subject: "after they seized … and took …")
    if any(c.dep_ == "mark" and c.lower_ in PAST_MARKS for c in verb.children):
        # a clause of time dates the main clause, whose subject its pronoun names, wherever the parser hangs it:
        # "the rebels demanded that the government free their leader, a day after they seized the town"
        root = verb.sent.root
        subj = [c for c in root.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS]
        if subj and _a_person(verb) and (subj[0].ent_type_ in ("GPE", "ORG", "NORP") or subj[0].tag_ in ("NNS", "NNPS")):
            # "he" or "she" is no state, nor many: "Mexico granted asylum to Bolivia's Evo Morales, a day after he
            # resigned", "German police detained Carles Puigdemont after he crossed the border"
            people = [t for c in root.children if c.dep_ in ("dobj", "dative", "prep")
                      for t in c.subtree if t.ent_type_ == "PERSON" and t.dep_ != "compound"]
            return actors_at(people[:1], offset, actors)
        if subj:
            return actors_at(conjuncts(subj[0]), offset, actors)
    v = verb
    for _ in range(6):
        if v.head.i == v.i:
            return []
        v = v.head
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS]
        if subj:
            return actors_at(conjuncts(subj[0]), offset, actors)
        if lost := subject_before_aside(v):  # "after Madrid, along with Dublin, said they would …"
            return actors_at(lost, offset, actors)
        if v.pos_ == "VERB" and hung_predicate(v):  # "Mali's military rulers announced in May that they …"
            return actors_at(conjuncts(_hung_on(v)), offset, actors)
    return []


#: Nouns a "that" clause tells the content of, not a relative clause on them: "reports that troops had attacked".
_CONTENT_NOUNS = frozenset({"claim", "report", "allegation", "news", "fear", "concern", "belief", "sign", "fact", "word",
                           "rumour", "rumor", "suggestion", "assurance", "promise", "hope", "view", "statement", "warning",
                           "threat", "charge", "accusation", "evidence", "indication", "idea", "notion", "possibility"})


def relative_on_noun(verb: Any) -> bool:
    """Whether a relative clause with a subject of its own acts on the noun it hangs on: "the schoolgirls (that) they had
    seized", "an ultimatum that Moscow had issued" (which the parser may make a clause of the noun, "that" its mark)."""
    if verb.head.i > verb.i or not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl":
        return all(o.lower_ in RELATIVE for o in objects)
    return (verb.dep_ == "acl" and not objects and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() not in _CONTENT_NOUNS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children))


#: Saying verbs through which a relative clause reports its subject's view of its noun.
_SAYING_OF = frozenset({"say", "call", "describe", "add"})


def said_of_noun(verb: Any) -> Any | None:
    """The noun a relative clause's speaker says the verb of, when the verb has no object of its own: "a decision
    U.N. Secretary-General Antonio Guterres said he deeply regretted" (the decision regretted), or None."""
    said = verb.head
    if verb.dep_ != "ccomp" or said.lemma_.lower() not in _SAYING_OF or said.dep_ not in ("relcl", "acl"):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or said.head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in said.children):
        return None
    return said.head


def subjects_said(verb: Any) -> list[Any]:
    """The subjects of what a speaker says, reading a relative clause's pronoun, or its gap, as the noun the clause hangs
    on: "France said the deal remained unacceptable" (the deal), "a deal that France said remained unacceptable" and "a
    deal France said remained unacceptable" (the deal, not "that")."""
    said = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    on_noun = (verb.dep_ == "ccomp" and said.dep_ in ("relcl", "acl") and said.head.pos_ in ("NOUN", "PROPN")
               and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in said.children))
    if on_noun and all(c.lower_ in ("that", "which") for c in subjects):
        return [said.head]
    return subjects


def _a_person(verb: Any) -> bool:
    """Whether the verb's subject is "he" or "she"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in verb.children)


def _on_root_noun(verb: Any) -> bool:
    """A participle the parser hung on the sentence's root noun: the sentence has no main verb; or a past tense it
    hung on the subject of a clause it took for a noun joined to the main verb ("Militants killed 17 soldiers, and
    India's home minister called Pakistan a terrorist state")."""
    return verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and (verb.head.dep_ == "ROOT" or (
        verb.head.dep_ == "conj" and verb.head.head.pos_ in ("VERB", "AUX")) or _root_completed(verb.head) is not None)


def _root_completed(noun: Any) -> Any | None:
    """The sentence's root noun that ``noun`` completes: with "of" ("The first Kenyan officers of a U.N.-backed mission
    landed in Port-au-Prince", parsed as the mission landing), or as the agent of a participle on it ("Turkish troops
    backed by tanks crossed into Iraq", parsed as the tanks crossing); else None."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "ROOT" and prep.head.pos_ in ("NOUN", "PROPN"):
        return prep.head
    if prep.dep_ == "agent" and prep.head.dep_ == "acl" and prep.head.tag_ == "VBN" and prep.head.head.dep_ == "ROOT" \
            and prep.head.head.pos_ in ("NOUN", "PROPN"):
        return prep.head.head
    return None


def _hung_on(verb: Any) -> Any:
    """The noun a predicate hung on the root noun tells of: that noun, or the root noun it completes."""
    return _root_completed(verb.head) or verb.head


def infinitive(verb: Any) -> bool:
    """Whether ``verb`` is a "to"-infinitive ("sent experts to investigate", "a plan to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def misparsed_predicate(verb: Any) -> Any | None:
    """The subject of ``verb`` when it is the predicate of a sentence the parser left with no verb, taking it for an
    adjective of the title and name after it ("A court in Moscow sentenced journalist Evan Gershkovich to 16 years",
    "A court in Cairo jailed activist Alaa Abd el-Fattah": "sentenced journalist" read like "war-torn Mozambique");
    else None."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return None  # (most verbs: tell them apart before reading the sentence)
    if verb.i > 1 and verb.nbor(-1).text == "-" and verb.nbor(-2).lower_ == "test":
        return _test_predicate(verb)
    # (the doer may hang on the verb itself: "[Trump] hosted Hungary's prime minister", "Trump" an adverbial noun)
    doer = [c for c in verb.children if c.i < verb.i and (c.dep_ == "nsubj" or c.dep_ == "npadvmod" and (
        c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.pos_ == "PROPN"))]
    # (a sentence that opens with a name and the verb, which the parser left dangling off a later verb: "Trump
    # recognised opposition leader Juan Guaido as …, and Nicolas Maduro responded by …")
    opening = verb.doc[sentence_start(verb) : verb.i]
    named = len(opening) > 0 and all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in opening) \
        and opening[-1].dep_ in ("dep", "npadvmod") \
        and opening[-1].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    if (any(c.dep_ != "nsubj" and c not in doer for c in verb.children) or verb.nbor(-1).text == "-"
            or verb.sent.root.pos_ in ("VERB", "AUX") and not named and not (doer and _reduced_relative(verb.head))
            # (a verb elsewhere is the sentence's own unless the root is a noun: "Trump accused Zelenskiy of …, and the
            # Ukrainian leader left", where the parser made "Trump" the root)
            or any(t.pos_ in ("VERB", "AUX") and t.i < verb.i for t in verb.sent)):
        return None
    if named:
        return opening[-1]
    if doer and doer[0].dep_ == "npadvmod":
        return doer[0]
    # ("A Tehran court jailed lawyer …": "court" hung on "lawyer" as a modifier)
    return next((t for t in verb.sent if t.i < verb.i and (
        t.dep_ == "nsubj" or t.dep_ in ("ROOT", "nmod") and t.pos_ in ("NOUN", "PROPN") and t.head.i in (t.i, verb.head.i))),
                None)


def _reduced_relative(noun: Any) -> bool:
    """Whether ``noun`` is the subject the parser gave a past participle right after it, which tells who the noun's
    people are, so that a verb it took for the noun's adjective is the predicate: "[the air force] [bombed] civilians
    gathered for a wedding" ("civilians (who were) gathered"), the parser's "civilians gathered" a clause of its own."""
    return noun.dep_ == "nsubj" and noun.head.tag_ in ("VBD", "VBN") and noun.head.i == noun.i + 1 and not any(
        c.dep_ in ("dobj", "aux", "auxpass", "neg") for c in noun.head.children)


def reduced_relative_of(verb: Any) -> bool:
    """Whether ``verb`` is a participle telling who the people a misparsed predicate acted on are (see
    :func:`_reduced_relative`): "gathered" in "bombed civilians gathered for a wedding" is no act of its own."""
    return any(c.dep_ == "nsubj" and any(misparsed_predicate(m) is not None for m in c.children if m.dep_ == "amod")
               for c in verb.children)


def _test_predicate(verb: Any) -> Any | None:
    """The state that test-fired or test-launched a weapon in a sentence the parser read as one noun phrase, its name
    a modifier of the weapon ("North Korea test-fired two missiles into the sea", "[North Korea] [test-fired] several
    projectiles …, the South Korean military said"); else None."""
    if any(t.pos_ in ("VERB", "AUX") and t.i < verb.i for t in verb.sent):
        return None
    weapon = verb.head
    if weapon.dep_ != "ROOT" and not (weapon.dep_ == "ccomp" and weapon.head.dep_ == "ROOT" and weapon.head.i > weapon.i):
        return None  # (the sentence's own clause, or the one a speaker reports after it)
    return next((t for t in reversed(verb.doc[sentence_start(verb) : verb.i - 2]) if t.dep_ == "compound" and t.pos_ == "PROPN"
                 and t.head.i == weapon.i), None)


def _misparsed_object(verb: Any) -> Any:
    """The one acted on by a misparsed predicate (see :func:`misparsed_predicate`): the name its noun is part of."""
    obj = verb.head
    while obj.dep_ == "compound" and obj.head.i != obj.i:
        obj = obj.head
    return obj


def ranked_act(verb: Any) -> Any | None:
    """The copula whose subject did what an infinitive tells by ranking them among its doers ("Macron was the first
    Western leader to visit Kyiv", "Orban was among the first leaders to congratulate Trump", "Burundi became the first
    country to quit the court"), or None: the act
    happened, and is no purpose ("a plan to withdraw")."""
    if not infinitive(verb) or verb.head.i == verb.i:
        return None
    if verb.dep_ in ("relcl", "acl"):
        noun = verb.head
        be = noun.head if noun.dep_ == "attr" else noun.head.head if noun.head.dep_ == "prep" else None
    elif verb.dep_ == "advcl":
        be = verb.head
        noun = next((o for c in be.children if c.dep_ == "attr" or c.dep_ == "prep" and c.lower_ == "among"
                     for o in ([c] if c.dep_ == "attr" else [p for p in c.children if p.dep_ == "pobj"])), None)
    else:
        return None
    if be is None or noun is None or be.lemma_.lower() not in ("be", "become") or be.tag_ == "VBG":
        return None  # (becoming the first to do what the sentence's act did tells that act again: "held talks in Kyiv,
        # becoming the first Asian leader to travel to Ukraine")
    ranks = {c.lower_ for c in noun.children if c.dep_ == "amod"} | {noun.lower_}
    return be if ranks & _RANKS else None


def hung_predicate(verb: Any) -> bool:
    """Whether a past participle on the sentence's root noun is the sentence's own predicate, which the parser
    hung on its subject ("The Syrian foreign minister called on Arab states to unite" parsed as "the minister
    [who was] called on …"): the sentence has no other main verb, and the participle has an object or an
    infinitive of its own, as no passive does ("three soldiers killed in an ambush" stays a passive)."""
    return (verb.tag_ in ("VBD", "VBN") and _on_root_noun(verb) and not any(c.dep_ == "agent" for c in verb.children)
            # (a verb no one can undergo has no passive: "More than 100,000 people converged on Belgrade"; and a verb
            # the parser hung on a participle's agent, where the sentence has no verb else, is the sentence's own:
            # "Turkish troops backed by tanks [crossed] into Iraq")
            and (verb.lemma_.lower() in _INTRANSITIVE or verb.head.head.dep_ == "agent" or any(c.dep_ in ("dobj", "oprd") or c.dep_ in ("advcl", "xcomp") and infinitive(c)
                    # a verb of asking with its preposition, no passive: "A U.S. congressional report called for sanctions"
                    or c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and verb.lemma_.lower() in _ASKING_FOR
                    # a verb of saying with its clause: "Mali's military rulers announced in May that they were ending …"
                    or c.dep_ == "ccomp" and verb.lemma_.lower() in _SAYING
                    and any(g.dep_ in ("nsubj", "mark") for g in c.children)
                    for c in verb.children)))


#: Verbs of people coming together or moving on, which take no object and so have no passive.
_INTRANSITIVE = frozenset({"converge", "congregate", "flock", "march", "rally", "throng", "stream", "swarm",
                           "demonstrate", "protest", "riot", "arrive"})


# verbs that ask for something through a preposition ("called for", "appealed for", "pressed for")
_ASKING_FOR = frozenset({"call", "appeal", "press", "push", "ask"})
# verbs of saying whose clause no passive has ("announced that they were ending …")
_SAYING = frozenset({"announce", "say", "declare", "state", "warn", "claim", "deny", "confirm", "insist", "vow", "pledge"})


#: Harms told in headline passives with the auxiliary left out: "Three soldiers killed in an ambush".
_HEADLINE_PASSIVES = _STATE_ACTS | {"kill", "wound", "injure", "abduct", "kidnap", "capture", "seize", "execute", "shoot",
                                    "behead", "hang", "torture", "attack", "free", "release", "rescue", "evacuate"}


def _headline_passive(verb: Any) -> list[Any] | None:
    """The patient of a passive that lost its auxiliary ("Three soldiers killed in an ambush near Menaka",
    "two peacekeepers wounded in a mine blast"): a past participle with no auxiliary and no object of its
    own, as the sentence's root or hung on its root noun; None for anything else."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _HEADLINE_PASSIVES or any(
            c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in verb.children):
        return None
    if verb.dep_ == "ROOT":
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        return conjuncts(subj[0]) if subj else None
    if _on_root_noun(verb) and verb.head.i < verb.i:
        return conjuncts(_hung_on(verb))
    return None


#: What is sent, issued or passed with its content told by a participle: "a statement criticising …"
#: Instruments one side issues, which do what they say when signed: "signed a decree deploying 3,700 troops".
DECREES = frozenset({"decree", "directive", "order", "proclamation", "edict"})
#: Measures a body passes, whose participle says what they do: "passed a law authorising non-peaceful means".
MEASURES = frozenset({"law", "bill", "legislation", "act", *DECREES})
MESSAGES = frozenset({"letter", "statement", "message", "note", "communique", "communiqué", "declaration", "resolution",
                      *MEASURES})


def message_content(verb: Any) -> bool:
    """Whether ``verb`` is the content of a message its clause's verb sends ("released a joint statement
    criticising the violations", "passed a resolution condemning the coup")."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "acl":
        return (_message(verb.head) and verb.head.dep_ == "dobj"
                and verb.head.head.pos_ in ("VERB", "AUX"))
    # the parser hangs it on the verb when a date stands between: "issued a statement on Monday demanding …"
    return verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) and any(
        c.dep_ == "dobj" and _message(c) for c in verb.head.children)


def _message(noun: Any) -> bool:
    """Whether a verb's object is a message or a measure whose participle says what it does; a law or a bill only as
    passed or signed ("passed a law banning …", not "would withdraw a finance bill containing tax rises", nor martial
    law declared)."""
    word = noun.lemma_.lower()
    if word not in MESSAGES:
        return False
    return word not in MEASURES - DECREES or noun.head.lemma_.lower() in _PASSING and not any(
        c.lower_ in ("martial", "emergency") for c in noun.children) and not any(
        c.dep_ == "neg" for c in noun.head.children)  # (nor one not signed: "would not sign a finance bill containing …")


_PASSING = frozenset({"pass", "adopt", "approve", "enact", "sign", "ratify", "endorse"})


#: Passives that tell a stance of their subject, by the preposition after them: "Vietnam is committed to opening
#: up", "the party is opposed to the deal"; their subject acts.
_STATIVE = {"commit": "to", "oppose": "to", "dedicate": "to", "determine": "to", "engage": "in", "involve": "in"}


def _stative(verb: Any) -> bool:
    prep = _STATIVE.get(verb.lemma_.lower())
    if prep is None:
        return False
    # "committed to peace", "determined to fight"
    return any(c.dep_ == "prep" and c.lower_ == prep or prep == "to" and c.dep_ == "xcomp" for c in verb.children)


#: Weapons, which act for whoever fires them.
_WEAPONS = frozenset({"missile", "rocket", "drone", "shell", "bomb", "mortar", "projectile", "grenade", "warplane", "jet",
                      "torpedo", "mine",
                      # and strikes "carried out by" someone
                      "strike", "airstrike", "raid", "attack", "bombing"})


def _marked_by_state(noun: Any) -> bool:
    """Whether a weapon's own modifier names its state ("U.S. warplanes called in by a German commander" are
    American, whoever called them in; not "Iranian-made drones", which someone else may fire)."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP") and c.i < noun.i
               and c.nbor().text != "-" for c in noun.children)


def _wielders(noun: Any) -> list[Any]:
    """Who a subject or agent stands for: a weapon "launched by Iran" or "fired by Hezbollah" stands for them;
    anything else for itself and its conjuncts."""
    if noun.lemma_.lower() in _WEAPONS and not _marked_by_state(noun):
        fired = [p for a in noun.children if a.dep_ == "acl" for c in a.children if c.dep_ == "agent"
                 for p in c.children if p.dep_ == "pobj"]
        if fired:
            return [t for f in fired for t in conjuncts(f)]
    if noun.pos_ == "ADJ" and (named := [c for c in noun.children if c.dep_ == "appos"]):
        return conjuncts(named[0])  # an adjective the parser took for the noun: "by the paramilitary [Rapid Support Forces]"
    if noun.lemma_.lower() in _STANDING_FOR:
        # envoys of two sides stand for each side: "negotiators for the U.N. Command and for North Korea" (not
        # "envoys of Israel" alone, whose sector the envoys' noun tells)
        preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for")]
        sides = [t for p in preps for q in (p, *p.conjuncts) for o in q.children if o.dep_ == "pobj" for t in conjuncts(o)]
        if len(sides) > 1:
            return sides
    if noun.lower_ in _SOME_OF or noun.like_num:
        # some of a group stand for it: "shot by one of his bodyguards", "two of the hijackers"
        group = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if group:
            return [t for g in group for t in conjuncts(g)]
    return conjuncts(noun)


#: People who speak for a side at a table, who stand for the sides they are "of" or "for".
_STANDING_FOR = frozenset({"envoy", "delegate", "delegation", "representative", "negotiator", "emissary", "plenipotentiary"})


def by_agents(verb: Any) -> list[Any]:
    """The nouns of a passive verb's "by" agent ("attacked by riot police")."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


#: Words for a part of a group, which stands for the group: "one of his bodyguards".
_SOME_OF = frozenset({"one", "some", "several", "many", "most", "all", "each", "none", "few", "members", "member"})


#: Verbs of a host's welcome, whose visitor stays the one acting (PLOVER: the visitor is the actor of a visit).
_WELCOMING = frozenset({"welcome", "greet", "receive", "host", "meet", "see", "escort"})


#: Words that open an aside naming more doers beside a subject: "Madrid, along with Dublin, said".
_ALONG_WITH = (("along", "with"), ("together", "with"), ("as", "well", "as"), ("alongside",))


def subject_before_aside(verb: Any) -> list[Any]:
    """The subject of a clause of time that the parser lost to an aside between the subject and its verb: in "recalled
    its envoy after Madrid, along with Dublin, said they would …" it reads "after Madrid" as a phrase of the first
    verb and "said" as a verb with no subject. The subject is the object of "after" and the doers the aside adds."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) or verb.dep_ not in ("ROOT", "conj"):
        return []
    doc, sent = verb.doc, verb.sent
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)])
    if first - 1 <= sent.start or doc[first - 1].text != ",":
        return []
    opening = next((k for k in range(first - 2, sent.start, -1) if doc[k].text == ","), None)
    if opening is None or opening - 1 < sent.start:
        return []
    aside = [t.lower_ for t in doc[opening + 1 : first - 1]]
    if not any(tuple(aside[: len(words)]) == words for words in _ALONG_WITH):
        return []
    named = doc[opening - 1]
    while named.dep_ == "conj" and named.head.i < named.i:
        named = named.head
    if named.dep_ != "pobj" or named.head.lower_ not in PAST_MARKS | {"before"} or named.pos_ not in ("PROPN", "NOUN"):
        return []
    added = [t for t in doc[opening + 1 : first - 1] if t.pos_ in ("PROPN", "NOUN") and t.dep_ in ("pobj", "conj")]
    return list(dict.fromkeys([*conjuncts(named), *added]))


#: Tags of a verb that has a tense, which a sentence's predicate has and an imperative has not.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def opening_noun_misread(word: Any) -> tuple[Any, Any] | None:
    """The plural noun and the predicate of a sentence whose first word, a noun modifying that noun, the parser took
    for an imperative with the noun its object ("Aid trucks from Armenia crossed the border", "Aid workers from Turkey
    entered the city": "Aid" a verb, "trucks" what is aided), told by a verb with a tense right after the noun phrase;
    else None. The noun phrase is the predicate's subject, and the first word no act."""
    if word.i != word.sent.start or word.tag_ != "VB" or not word.text[:1].isupper() or word.i + 1 >= word.sent.end:
        return None
    noun = word.nbor(1)
    if noun.tag_ != "NNS" or noun.dep_ != "dobj" or noun.head.i != word.i:
        return None
    # (the first verb after the noun phrase, with no punctuation before it: not "Send troops, the crowd chanted")
    after = noun.right_edge.i + 1
    verb = next((t for t in word.doc[after : min(after + 8, word.sent.end)] if t.pos_ in ("VERB", "AUX", "PUNCT")), None)
    if verb is None or verb.tag_ not in _FINITE or not (
            word.dep_ in ("csubj", "nsubj") and word.head.i == verb.i or verb.head.i == word.i):
        return None
    return noun, verb


def _opening_noun(verb: Any) -> list[Any]:
    """The subject of the predicate of a sentence the parser read as opening with an imperative (see
    :func:`opening_noun_misread`): the noun, and the sides it comes "from", which the parser may hang on the first word
    ("[Aid] trucks [from Armenia] crossed"); and of that first word, those sides alone (the aid is Armenia's)."""
    first = verb.doc[sentence_start(verb)]
    misread = opening_noun_misread(first) if first.tag_ == "VB" else None
    if misread is None or verb.i not in (first.i, misread[1].i):
        return []
    noun = misread[0]
    sides = [o for p in (*first.children, *noun.children) if p.dep_ == "prep" and p.lower_ == "from" and p.i > noun.i
             for o in p.children if o.dep_ == "pobj"] if noun.lemma_.lower() in _SENT_FROM else []
    return sides if verb.i == first.i else [*conjuncts(noun), *sides]


def subject(verb: Any) -> tuple[list[Any], bool]:
    """The subject tokens of ``verb`` (borrowed up xcomp/conj chains) and whether it is passive.

    Kept on the parse as token indices (a token would tie the doc to itself), as the event rules ask for one verb's
    subject several times: half the asking in news text is asked again."""
    known = verb.doc.user_data.setdefault("sitrep.subject", {})
    if verb.i not in known:
        tokens, passive = _find_subject(verb)
        known[verb.i] = tuple(t.i for t in tokens), passive
    indices, passive = known[verb.i]
    return [verb.doc[i] for i in indices], passive


def _own_subjects(subj: list[Any]) -> list[Any]:
    """Those of the subjects the parser gave a verb that are the verb's own.

    A subject just after ", and" begins a clause of its own, and the one before belongs to the clause it ends: "Indian
    troops invaded Goa, the enclave ..., and Lisbon asked the Security Council to meet" is Lisbon's request. A title
    and the name it goes by, split in two, are the name: "the West African bloc ECOWAS ordered" (not a crowd and whom
    it is angry at: "Protesters angry at Prime Minister X tried to storm …"); but a title already given its name and
    a partner is one of two: "China's minister Wang Yi and his North Korean counterpart Ri Yong Ho held talks", the
    partner's name cut off from its title.
    """
    first = subj[0]
    if len(subj) < 2:
        return [first]
    second = subj[1]
    before = first.doc[second.left_edge.i - 1] if second.left_edge.i > first.i + 1 else None
    if before is not None and before.dep_ == "cc" and first.doc[before.i - 1].text == ",":
        return [subj[-1]]
    if first.right_edge.i + 1 == second.left_edge.i and second.pos_ == "PROPN" and not any(
            c.i > first.i and c.dep_ in ("amod", "acl") for c in first.children):
        paired = any(c.i > first.i and c.dep_ in ("appos", "conj") for c in first.children)
        return [first, second] if paired else [second]
    return [first]


def _find_subject(verb: Any) -> tuple[list[Any], bool]:
    """:func:`subject`, worked out from the parse."""
    if _headline_passive(verb) is not None:
        return [], True  # no agent named
    if opening := _opening_noun(verb):
        return opening, False
    if (misparsed := misparsed_predicate(verb)) is not None:
        return conjuncts(misparsed), False
    if lost := subject_before_aside(verb):
        return lost, False
    v = verb
    raised = False  # reached through an xcomp: "Obama is scheduled to attend" (Obama attends)
    for _ in range(6):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        # (or hung on its auxiliary: "it had successfully flight-tested a missile")
        subj = subj or [n for c in v.children if c.dep_ in ("aux", "auxpass") for n in c.children if n.dep_ in ("nsubj", "nsubjpass")]
        # a noun and its participle read as a subject clause: "[the judge leading the inquiry] has charged …"
        subj = subj or [n for c in v.children if c.dep_ == "csubj" and c.tag_ == "VBG" for n in c.children if n.dep_ == "nsubj"]
        # (or hung on its conjunction, read as a preposition: "hours after [Azerbaijan] launched an offensive")
        subj = subj or [n for c in v.children if c.dep_ == "mark" and c.i < v.i for n in c.children
                        if n.dep_ == "pobj" and n.i < v.i and n.pos_ in ("PROPN", "NOUN")]
        if (not subj and v is verb and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in v.children)
                and verb.lemma_.lower() not in _WELCOMING):
            # a passive sharing its subject with an active verb before it names its own doer: "have arrived in Moscow
            # and been granted asylum by Russia" (Russia grants; but a visitor "greeted by" the host still visits)
            agent = by_agents(v)
            if agent:
                return [t for a in agent for t in _wielders(a)], True
        if subj:
            passive = subj[0].dep_ == "nsubjpass"
            if passive and (raised or _stative(v)):
                return conjuncts(subj[0]), False
            if passive:
                # (a verb joined to the one whose subject it shares names its own doer first: "were shot and killed by
                # gunmen", "was captured by rebels and retaken by the army")
                agent = by_agents(verb) if verb is not v and verb.dep_ == "conj" else []
                agent = agent or by_agents(v)
                # (and a doer named once for two verbs is both's: "was arrested and tortured by police")
                agent = agent or [p for j in v.children if j.dep_ == "conj" and j.tag_ == "VBN" and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in j.children) for p in by_agents(j)]
                # (or hung on the verb's prepositional object: "was charged with corruption by prosecutors")
                agent = agent or [p for c in v.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                                  for b in o.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                                  for p in b.children if p.dep_ == "pobj"]
                # (or on what the subject was given: "was granted a pardon by the president")
                agent = agent or [p for o in v.children if o.dep_ == "dobj" for b in o.children
                                  if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                                  for p in b.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")]
                # (or read as a plain preposition of the verb: "were abducted from a school in Zamfara by gunmen")
                agent = agent or [p for c in v.children if c.dep_ == "prep" and c.lower_ == "by"
                                  for p in c.children if p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS", "NNP")]
                # (or hung on the infinitive after it: "was given 48 hours to leave the country by the junta in Niamey")
                # (or on the time given: "was given 72 hours [to leave the country by the government]")
                # (or on the participle it orders: "was ordered held in detention by a Baku court")
                agent = agent or [p for x in v.children if x.dep_ == "xcomp" and x.tag_ == "VBN" for p in by_agents(x)]
                infinitives = [x for x in v.children if x.dep_ in ("advcl", "xcomp") and x.tag_ == "VB"] + [
                    x for o in v.children if o.dep_ == "dobj" for x in o.children if x.dep_ in ("relcl", "acl") and x.tag_ == "VB"]
                agent = agent or [p for x in infinitives
                                  for c in x.children if c.dep_ == "prep" and c.lower_ == "by"
                                  for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
                return [t for a in agent for t in _wielders(a)], True
            heads = _own_subjects(subj)
            if heads[0].lower_ in RELATIVE and v.dep_ == "relcl":
                heads = [v.head]
            return [t for h in heads for t in _wielders(h)], False
        if hung_predicate(v):
            # (a subject taken for a noun joined to the main verb is alone: "…, and India's home minister called …")
            return ([v.head] if v.head.dep_ == "conj" and v.head.head.pos_ in ("VERB", "AUX") else conjuncts(_hung_on(v))), False
        if (be := ranked_act(v)) is not None:
            v = be  # "Macron was the first Western leader to visit Kyiv": Macron visited
            continue
        if message_content(v):
            v = v.head.head if v.dep_ == "acl" else v.head  # "released a statement criticising …": its senders criticise
            continue
        if v.dep_ == "relcl" or v.dep_ == "acl" and (v.tag_ == "VBG" or v.head.i < v.i and any(
                c.dep_ == "dobj" for c in v.children)):
            # "rebels fighting to topple the government": a present participle's subject is the noun it modifies; so is
            # that of a verb with an object the parser hung on the noun before it ("Islamist militants killed at least
            # 60 civilians …, the government said", read as militants who were killed)
            return conjuncts(v.head), False
        if v.dep_ == "csubj" and v.tag_ == "VBG" and v.head.dep_ == "ccomp" and v.head.head.i != v.head.i:
            # "officials said that lifting the sanctions is out of the question": the gerund is the speaker's
            v = v.head.head
            continue
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "by" and v.head.head.pos_ in ("VERB", "AUX"):
            # how a verb's subject acted, it did: "Maduro responded by breaking off relations"
            v = v.head.head
            continue
        if v.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") and v.head.i != v.i:
            raised = v.dep_ == "xcomp"
            if v.dep_ == "advcl" and v.head.dep_ == "ccomp" and any(c.dep_ == "expl" for c in v.head.children):
                v = v.head.head  # "said there would be no talks, ruling them out": the speaker rules them out
                continue
            v = v.head
            continue
        break
    if any(c.dep_ == "auxpass" for c in verb.children) and (agent := by_agents(verb)):
        # a passive whose subject the parser hung on the clause before it names its doer all the same: "Protesters
        # camped outside the ministry were attacked by riot police" ("camped" read as the main verb)
        return [t for a in agent for t in _wielders(a)], True
    if v.dep_ == "ROOT":
        # a main verb the parser left without a subject ("With the signing of the accord, the government
        # and the rebels have agreed"): the nouns just before its verb group, back to a comma
        first = min([v.i, *(c.i for c in v.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i)])
        before = [t for t in v.sent if t.i < first]
        cut = max((t.i for t in before if t.text in (",", ";", ":")), default=v.sent.start - 1)
        nouns = [t for t in before if t.i > cut and t.pos_ in ("PROPN", "NOUN")]
        if nouns and first - cut <= 12:
            return nouns, False
    return [], False


#: Present participles that, before the people they describe, are adjectives: "striking oil workers", "warring factions".
_DESCRIBING = frozenset({"striking", "protesting", "rioting", "demonstrating", "fleeing", "retreating", "advancing",
                         "marching", "rebelling", "mutinying", "fighting", "warring", "rampaging", "looting"})
#: Nouns for people that such a participle describes.
_DESCRIBED = frozenset({"worker", "miner", "student", "teacher", "doctor", "nurse", "farmer", "driver", "employee",
                        "docker", "soldier", "troop", "civilian", "people", "villager", "refugee", "crowd", "fighter",
                        "faction", "party", "side", "group", "militia", "mob", "rebel", "protester", "demonstrator",
                        "army", "force", "youth", "resident", "trucker", "pilot", "officer", "staff", "union"})


#: Those a host receives on a visit, named by office, and where or what for ("at the airport", "for talks").
VISITORS = frozenset({"president", "minister", "leader", "king", "queen", "prince", "pope", "premier", "chancellor",
                      "counterpart", "delegation", "envoy", "emir", "sultan", "secretary"})


def _guest(verb: Any) -> Any | None:
    """The visitor a "visiting" before a name names, which the parser reads as the verb's object: "held talks with
    visiting U.S. Secretary of State John Kerry", "Xi met visiting Secretary of State Antony Blinken" (Kerry, Blinken);
    else None (not a place visited: "charged with visiting Taiwan")."""
    if verb.lower_ != "visiting" or any(c.dep_ in ("nsubj", "aux") for c in verb.children) or not (
            verb.head.lower_ == "with" or verb.i == verb.head.i + 1 and verb.head.lemma_.lower() in _WELCOMING):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in VISITORS)),
                None)


def described(verb: Any) -> Any | None:
    """The people a present participle describes when the parser took it for a verb with them as object ("opened fire
    on striking oil workers": workers), else None."""
    if verb.lower_ not in _DESCRIBING or verb.dep_ not in ("pcomp", "amod", "acl") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1
                 and c.lemma_.lower() in _DESCRIBED), None)


def _pobjs(tok: Any, preps: frozenset[str] = _RECIPIENT_PREPS) -> list[Any]:
    """Objects of the recipient prepositions attached to ``tok``, with their conjuncts."""
    out: list[Any] = []
    for c in tok.children:
        # (the parser also labels the "to" of "granted asylum to a journalist" a dative)
        if c.dep_ in ("prep", "dative") and c.lower_ in preps or c.dep_ == "prt":
            for p in c.children:
                if p.dep_ == "pobj":
                    if c.lower_ in ("between", "among") and any(t.lower_ in ("two", "both") for t in p.children):
                        continue  # "a pact between the two countries": the actors themselves, not recipients
                    out += conjuncts(p)
                elif p.dep_ == "pcomp" and (people := described(p) or _guest(p)) is not None:
                    out += conjuncts(people)  # "opened fire on striking workers", "met with visiting President Ruto"
                elif p.dep_ == "prep":  # "out of a base", "away from"
                    out += [t for q in p.children if q.dep_ == "pobj" for t in conjuncts(q)]
    return out


def _objects(verb: Any, depth: int = 0) -> list[Any]:
    """Recipient candidates: objects, prepositional objects, and their own complements, nearest first."""
    first: list[Any] = [_misparsed_object(verb)] if misparsed_predicate(verb) is not None else []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            first += conjuncts(c)
        elif c.dep_ in ("advcl", "xcomp") and (guest := _guest(c)) is not None:
            first += conjuncts(guest)  # "met visiting Secretary of State Antony Blinken", "visiting" read as a verb
    first += _pobjs(verb)
    # "demanded that Gambia hand over the suspects": the one asked is the reported clause's subject
    for c in verb.children:
        if c.dep_ == "ccomp":
            first += [t for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(s)]
    # "ended defense agreements with the USA", "a base in Chad", "demands from the junta";
    # "rejected calls by Belarus's rulers": the one whose call it was
    second = [t for tok in first for t in _pobjs(tok, _OBJECT_PREPS)]
    # "issued a declaration demanding that the Turkish government ...", "power lines leading into Kabul"
    if depth < 2:
        second += [t for tok in first for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG"
                   for t in _objects(c, depth + 1)]
    out = first + [t for t in second if t not in first]
    # "threatened to break relations with Russia", "offered to hand over to Britain": the one the
    # intended act is aimed at (the xcomp verb shares the subject, so its objects are the recipients)
    if depth < 2:
        for c in verb.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                out += [t for t in _objects(c, depth + 1) if t not in out]
    return out


def arguments(verb: Any, offset: int, item: Item, last_actor: tuple[Actor, ...],
              patient: bool = True) -> tuple[list[Actor], list[Actor]]:
    subj_tokens, passive = subject(verb)
    obj_tokens = _objects(verb)
    if passive and patient:  # "a soldier was killed": the passive subject is the one acted on
        # (a relative pronoun stands for the noun its clause modifies: "the soldiers who were deployed at the base")
        patients = [t for c in verb.children if c.dep_ == "nsubjpass"
                    for t in conjuncts(verb.head if c.lower_ in RELATIVE and verb.dep_ == "relcl" else c)]
        obj_tokens = patients + (_headline_passive(verb) or []) + obj_tokens
    actors = actors_at(subj_tokens, offset, item.actors, appos=True)
    if not actors:
        # "talks between Israel and Hamas resumed", "clashes between troops and rebels": those who meet or fight
        # (or hung on the verb: "fighting broke out in Juba on Friday between the army and the presidential guard")
        actors = actors_at([t for s in subj_tokens if s.lemma_.lower() in _BETWEEN_NOUNS
                            for c in (*s.children, *(verb.children if s.head.i == verb.i else ()))
                            if c.dep_ == "prep" and c.lower_ in ("between", "among") for p in c.children if p.dep_ == "pobj"
                            for t in conjuncts(p)], offset, item.actors)
    if not actors:
        # an inquiry or a report says what its makers found: "a joint inquiry by the United Nations and the OPCW
        # concluded", "an investigation by Human Rights Watch found"
        actors = actors_at([t for s in subj_tokens if s.lemma_.lower() in _INQUIRIES for c in s.children
                            if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"
                            for t in conjuncts(p)], offset, item.actors)
    if not actors and any(t.lower_ in PRONOUNS for t in subj_tokens):
        actors = antecedent(verb, offset, item.actors) or list(last_actor)
    if not actors and passive and not subj_tokens and verb.lemma_.lower() in _CARRIED_OUT:
        # an act carried out is its owner's: "Israel's withdrawal from southern Lebanon was completed on Wednesday"
        owners = [o for c in verb.children if c.dep_ == "nsubjpass" for o in c.children if o.dep_ == "poss"]
        actors = actors_at(owners, offset, item.actors)
        obj_tokens = [t for t in obj_tokens if not any(t.i == o.head.i for o in owners)] if actors else obj_tokens
    if not actors and passive and not subj_tokens and _state_act(verb):
        actors = _state_of_place(verb, offset, item.actors)
    if not actors and len(subj_tokens) == 1 and subj_tokens[0].lemma_.lower() in _ATTACKS:
        actors = actors_at(_claimers(subj_tokens[0]), offset, item.actors)
    if not actors and len(subj_tokens) == 1 and subj_tokens[0].lemma_.lower() in _BLASTS:
        actors = _blast(subj_tokens[0], offset, item.actors)
    if not actors and passive and not subj_tokens:
        actors = _attacker(verb, offset, item.actors)
    if not actors and passive and verb.lemma_.lower() in _PUT_OUT:
        actors = _body_put_out_of(verb, offset, item.actors)
    if actors and all(a.sector == "UAF" and a.name is None for a in actors):
        # unnamed gunmen whose act the sentence says a group claimed are that group: "gunmen killed 48 people, in a raid
        # that al-Shabaab claimed"
        # (the raid may hang on the first of conjoined verbs: "shooting dead 48 people and torching hotels, in a raid …")
        claimed = [a for v in (verb, verb.head) if v is verb or verb.dep_ == "conj"
                   for p in v.children if p.dep_ == "prep" and p.lower_ == "in" for n in p.children
                   if n.dep_ == "pobj" and n.lemma_.lower() in _ATTACKS for a in actors_at(_claimers(n), offset, item.actors)]
        actors = claimed or actors
    venues = [t for t in obj_tokens if t.dep_ == "pobj" and t.head.lower_ in _VENUES]
    recipients = [r for r in actors_at(obj_tokens, offset, item.actors) if r not in actors and not _capital_at(r, venues, offset)]
    if not recipients:
        recipients = [r for r in actors_at(_aimed(verb), offset, item.actors) if r not in actors]
    countries = {a.country for a in actors}
    foreign = [r for r in recipients if r.country not in countries]
    return actors, foreign or recipients


def _body_put_out_of(verb: Any, offset: int, actors: tuple[Actor, ...]) -> list[Actor]:
    """The international body a member was put out of, in a passive that names no one as its doer ("was suspended from
    the Commonwealth", "was excluded from the OAS by a vote of 14 to 1"): the body decided it (see :data:`_PUT_OUT`)."""
    bodies = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    return [a for a in actors_at(bodies, offset, actors) if a.country in BODY_CODES][:1]


def _capital_at(actor: Actor, venues: list[Any], offset: int) -> bool:
    """Whether ``actor`` is a capital or a town named as where something happened, not as its government or its
    people: "opened fire on protesters in Bamako", "reached a deal in Jeddah" ("Washington condemned it", "talks with
    Moscow" and "shelled Goma" stay actors)."""
    if actor.sector not in ("GOV", "CVL") or actor.source != "dictionary":
        return False
    for t in venues:
        if actor.start <= offset + t.idx < actor.end:  # a bare name: "in (central) Bamako", not "in the Malian government"
            return all(x.pos_ in ("PROPN", "ADJ") or x.dep_ in ("det", "punct") for x in t.doc
                       if actor.start <= offset + x.idx < actor.end)
    return False


def _state_act(verb: Any) -> bool:
    """A state act by its verb ("was arrested") or put as a state one is placed under ("was put under
    investigation", "placed under house arrest")."""
    if verb.lemma_.lower() in _STATE_ACTS:
        return True
    return verb.lemma_.lower() in ("put", "place") and any(
        p.dep_ == "prep" and p.lower_ == "under" and any(o.lemma_.lower() in _STATE_ACTS | {"investigation", "detention"}
                                                         for o in p.children if o.dep_ == "pobj")
        for p in verb.children)


def _state_of_place(verb: Any, offset: int, actors: tuple[Actor, ...]) -> list[Actor]:
    """The country a state act took place "in", named as a country ("was arrested in Lebanon", "was put under
    investigation in Italy")."""
    under = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children if o.dep_ == "pobj"]
    for prep in [*verb.children, *(c for o in under for c in o.children)]:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            pobjs = [t for p in prep.children if p.dep_ == "pobj" for t in conjuncts(p)]
            found = [a for a in actors_at(pobjs, offset, actors)
                     if a.country and a.country not in NONSTATE and a.sector is None and a.source == "dictionary"]
            if found:
                return found[:1]
    return []


def _claimers(noun: Any) -> list[Any]:
    """Who claimed the attack a noun names, its doers: "the attack, claimed by the Islamic State group, killed …",
    "the bombing, which killed 12, was claimed by al-Shabaab", "al-Shabaab claimed responsibility for the bombing,
    which killed 12", "JNIM claimed the attack … which killed 20 soldiers"."""
    claim: Any = None
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() == "claim":
        claim = noun.head
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "claim":
            claim = c
    if claim is not None:
        # (or a relative clause: "a raid that al-Shabaab claimed")
        return [t for p in by_agents(claim) for t in conjuncts(p)] \
            or [t for c in claim.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE for t in conjuncts(c)]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        head = head.head  # "claimed responsibility for the bombing"
    elif noun.dep_ != "dobj":
        return []
    if head.dep_ == "dobj" and head.lemma_.lower() == "responsibility":
        head = head.head
    if head.lemma_.lower() != "claim":
        return []
    return [t for c in head.children if c.dep_ == "nsubj" for t in conjuncts(c)]


def _blast(noun: Any, offset: int, actors: tuple[Actor, ...]) -> list[Actor]:
    """An unidentified armed actor (UAF) for a blast named as the subject, of the country of the place
    its phrase names ("a roadside bombing near the town of Samarra"); none when the phrase names
    the attacker ("a US airstrike", "a rebel ambush")."""
    if _overlapping(noun, offset, actors):
        return []
    # a place by name ("near the town of Samarra", "in Kabul"), not the victims ("an attack that killed dozens of people")
    places = [t for t in noun.subtree if t.dep_ == "pobj" and t.head.lower_ in _BLAST_PREPS
              and (t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN")]
    countries = [x for x in actors_at(places, offset, actors) if x.country and x.country not in NONSTATE]
    if not countries:
        return []
    # the blast and where it went off, not its time: "a roadside bombing near Samarra (on Sunday)"
    last = max((p for p in places if actors_at([p], offset, actors)), key=lambda p: p.i)
    end = max(noun.idx + len(noun), last.idx + len(last))
    text = noun.doc.char_span(noun.left_edge.idx, end).text
    return [Actor(text, offset + noun.left_edge.idx, offset + end, countries[0].country, "UAF", None, "coref")]


def _aimed(verb: Any) -> list[Any]:
    """Recipient candidates beyond the verb's own objects, for a verb that has none coded: the objects
    of a purpose clause ("staged protests to demand the resignation of the president", "opened fire
    to disperse the demonstrators") and, for a threat, the subject of its condition ("threatened to
    launch an offensive unless Baghdad accepted")."""
    out: list[Any] = []
    chain = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for v in chain:
        for c in v.children:
            if c.dep_ != "advcl":
                continue
            marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "aux")}
            if "to" in marks and not marks & {"if", "unless", "until", "when", "as", "because", "after", "before"}:
                out += _objects(c, 1)
            elif marks & {"if", "unless"} and verb.lemma_.lower() in _CONDITIONING:
                out += [t for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(s)]
    return out


def _attacker(verb: Any, offset: int, actors: tuple[Actor, ...]) -> list[Actor]:
    """Who did a passive act with no agent, from the attack it happened in: "four children were killed
    in Israeli tank shelling" (the attack's modifiers), "in an air strike by government forces" (its agent)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "by"):
            continue
        for attack in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in _ATTACKS):
            by = [t for c in attack.children if c.dep_ == "prep" and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)]
            found = actors_at(by, offset, actors) or actors_at([attack], offset, actors)
            if found:
                return found
        for clash in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in _BETWEEN_NOUNS):
            # both sides of a clash fought it: "twenty soldiers were killed in a clash with Chinese troops"
            foes = actors_at([t for c in clash.children if c.dep_ == "prep" and c.lower_ == "with"
                              for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)], offset, actors)
            if foes:
                sides = actors_at([t for c in verb.children if c.dep_ == "nsubjpass" for t in conjuncts(c)], offset, actors)
                return sides + [f for f in foes if f not in sides]
    return []
