"""Settling an article's statements once it is read whole (our own invented names)."""

from briefing.article.attribution.entities import Entities, Entity
from briefing.article.attribution.phrases import ORG, PERSON, ROLE
from briefing.article.attribution.resolve import Speaker
from briefing.article.attribution.settle import kind_of, settled
from briefing.model import INDIRECT, Statement


def _said(name: str, role: str | None = None) -> Statement:
    return Statement(speaker=name, text="the quay would reopen in May", kind=INDIRECT, paragraph=0, role=role)


def test_a_description_takes_the_one_person_the_article_later_names_with_that_role():
    people = Entities()
    santo = Entity("Rui Santo", PERSON, roles=["fisheries commissioner"])
    people.all.append(santo)
    out = settled([(_said("The fisheries commissioner"), Speaker("The fisheries commissioner", ROLE))], people)
    assert (out[0].speaker, out[0].role, out[0].speaker_kind) == ("Rui Santo", "fisheries commissioner", "person")


def test_a_group_and_an_organisation_keep_their_kind():
    people = Entities()
    out = settled([(_said("the sources"), Speaker("the sources", ROLE))], people)
    assert out[0].speaker == "the sources"  # a group is not one person named later
    port = Entity("Kessel Port Authority", ORG)
    out = settled([(_said("Kessel Port Authority"), Speaker.of(port))], people)
    assert out[0].speaker_kind == ORG and kind_of(PERSON) == "person"
