"""Places whose names have small words in them ("Dar es Salaam", "Rio de Janeiro", "Deir
al-Balah") and towns of the Middle East, Sudan, Ukraine and the Sahel written as each paper
transliterates them ("Beit Lahia" for GeoNames' "Bayt Lāhyā")."""

from __future__ import annotations

import pytest
from dateline.db.extract.places import find_places
from dateline.db.gazetteer import _loose, lookup


def _places(sentence, country=None):
    return [(p.text, p.place.name if p.place else None) for p in find_places(sentence, country)]


@pytest.mark.parametrize(
    ("sentence", "written", "country"),
    [
        ("The ferry capsized off the coast near Dar es Salaam on Monday.", "Dar es Salaam", "Tanzania"),
        ("Police in Rio de Janeiro said the raid left eight dead.", "Rio de Janeiro", "Brazil"),
        ("Leaders gathered in Sharm el-Sheikh for the summit.", "Sharm el-Sheikh", "Egypt"),
        ("An airstrike in Deir al-Balah killed at least 12 people, hospital officials said.", "Deir al-Balah", None),
        ("Residents fled from Deir el-Balah overnight.", "Deir el-Balah", None),
        ("Tanks pushed into Beit Lahia and Beit Hanoun in northern Gaza.", "Beit Lahia", None),
        ("Tanks pushed into Beit Lahia and Beit Hanoun in northern Gaza.", "Beit Hanoun", None),
        ("A strike on a school in Nuseirat killed 18.", "Nuseirat", None),
        ("Israeli forces raided homes in Jenin, Tubas and Qalqilya.", "Qalqilya", None),
        ("Clashes broke out in al-Bireh, next to Ramallah.", "al-Bireh", None),
        ("U.S. forces struck targets near Deir ez-Zor.", "Deir ez-Zor", "Syria"),
        ("Turkish drones hit a car in Qamishli.", "Qamishli", "Syria"),
        ("The Kurdish-led forces withdrew from Kobani.", "Kobani", "Syria"),
        ("Rebels took Jisr al-Shughur and Saraqeb.", "Jisr al-Shughur", "Syria"),
        ("Houthi rebels fired missiles at ships off Hodeidah.", "Hodeidah", "Yemen"),
        ("Fighting intensified near Marib.", "Marib", "Yemen"),
        ("The RSF shelled a market in al-Fashir on Sunday.", "al-Fashir", "Sudan"),
        ("Militias attacked displaced people in El Geneina.", "El Geneina", "Sudan"),
        ("Russian troops advanced on Avdiivka.", "Avdiivka", "Ukraine"),
        ("A glide bomb hit an apartment block in Kostiantynivka.", "Kostiantynivka", "Ukraine"),
    ],
)
def test_a_name_with_small_words_or_transliterated_is_the_place(sentence, written, country):
    found = dict(_places(sentence, country))
    assert written in found and found[written] is not None


def test_a_transliteration_finds_the_town_by_sound():
    # each paper's spelling of a Gaza town comes to the same skeleton as GeoNames'
    assert _loose("Deir al-Balah") == _loose("Dayr al Balaḩ") == _loose("Deir el-Balah")
    assert _loose("Beit Lahia") == _loose("Bayt Lāhyā") == _loose("Beit Lahiya")
    assert _loose("Khan Younis") == _loose("Khān Yūnis")
    assert lookup("Beit Lahia", None, areas=True).country == "Palestinian Territory"
    # with the dateline's country, its town of that sound beats a foreign one of that spelling
    assert lookup("Palmyra", "Syria", areas=True).country == "Syria"
    assert lookup("Palmyra", "United States", areas=True).country == "United States"


@pytest.mark.parametrize(
    "sentence",
    [
        "Al-Qaeda claimed the attack.",
        "Hamas said the talks had failed.",
        "Hezbollah fired rockets.",
        "The Houthis said they targeted a ship.",
        "Crown Prince Mohammed bin Salman met the envoy.",
        "President Abdel Fattah el-Sissi spoke by phone.",
        "Bashar al-Assad fled.",
        "Ahmed said the shelling had stopped.",
    ],
)
def test_movements_and_people_of_the_region_are_no_places(sentence):
    assert _places(sentence) == []


def test_a_list_of_towns_after_in_is_placed_each():
    found = _places("Raids were reported in Jenin, Tubas and Tulkarm.")
    assert [w for w, _ in found] == ["Jenin", "Tubas", "Tulkarm"]
