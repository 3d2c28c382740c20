from index.text.parties import Parties

from .conftest import CORPUS


def parties() -> Parties:
    return Parties.load(CORPUS / "parties.toml")


def test_question_parties_follow_aliases_in_order():
    assert parties().in_question("What do Moscow and Kyiv want from Washington?") == ["Russia", "Ukraine", "United States"]


def test_capitalised_aliases_match_only_as_written():
    assert parties().in_question("Can you tell us what they want?") == []
    assert parties().in_question("What does the US want?") == ["United States"]


def test_longest_alias_wins_so_pollsters_are_not_ukraine():
    p = parties()
    assert p.of_speaker("Kyiv International Institute of Sociology", None) is None
    assert p.of_speaker("a source in Zelensky’s office", None) == "Ukraine"
    assert p.of_speaker("Andreas Umland", "analyst, Stockholm Center for Eastern European Studies") is None
    assert p.of_speaker("Joe Biden", "U.S. President") == "United States"
