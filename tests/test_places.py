"""Other countries named in text (claims.entities: pycountry, countryinfo and the catalogue's [places]) and the
words that are no part of a person's name (the catalogue's [names]), on sentences written for these tests."""

import pytest

import claims
from claims.catalogue import load_catalogue
from claims.entities import NO_PLACES, Places, countries_in, names_country
from claims.reader import party_countries
from settings.errors import CatalogueError
from tests.two_countries import CATALOGUE


@pytest.mark.parametrize("text, codes", [
    ("Officials in Brazil and Kenya welcomed the decision.", {"BR", "KE"}),          # names
    ("Norwegian and Chilean diplomats disagreed.", {"NO", "CL"}),                   # demonyms
    ("Canadians were not consulted.", {"CA"}),                                      # a plural demonym
    ("Ottawa and Canberra stayed silent.", {"CA", "AU"}),                          # capitals
    ("Mexico's deal with the United Arab Emirates", {"MX", "AE"}),                  # a possessive, three words
    ("The Republic of Korea joined later.", {"KR"}),                                # an official name
    ("переговоры с Мексикой и Норвегией", {"MX", "NO"}),                           # Russian, declined
    ("توافق میان مکزیک و نروژ", {"MX", "NO"}),                                      # Persian
    ("اتفاق بين المكسيك والنرويج", {"MX", "NO"}),                                   # Arabic, with a conjunction
    ("ein Abkommen mit Mexiko und Norwegen", {"MX", "NO"}),                        # German
    ("un accord entre le Mexique et l'Argentine", {"MX", "AR"}),                  # French, an elided article
    ("un acuerdo entre México y Noruega", {"MX", "NO"}),                           # Spanish
    ("um acordo entre o México e a Noruega", {"MX", "NO"}),                        # Portuguese
    ("un accordo tra il Messico e la Norvegia", {"MX", "NO"}),                     # Italian
])
def test_another_country_is_named_in_any_language(text, codes):
    assert countries_in(text) == codes


@pytest.mark.parametrize("text", [
    "a roast turkey and fine china",        # the capital is what makes a name
    "let us know",                          # an acronym ("US", from the catalogue) only as written
    "Canadian-made parts",                  # a compound is no mention of the country
    "He said so on Monday.",
])
def test_words_that_only_look_like_a_country_are_not_one(text):
    assert countries_in(text, Places(names=(("US", ("US",)),))) == frozenset()


def test_the_catalogue_adds_names_and_drops_misleading_ones():
    places = Places(names=(("US", ("White House",)),), ignore=("Jordan",))
    assert countries_in("The White House said", NO_PLACES) == frozenset()
    assert countries_in("The White House said", places) == {"US"}
    assert countries_in("Jordan scored twice") == {"JO"}
    assert countries_in("Jordan scored twice", places) == frozenset()
    assert names_country("Chileans") and names_country("Saudi Arabia") and not names_country("Maria Lopez")


def test_the_parties_countries_come_from_the_written_catalogue(two_countries):
    assert party_countries(two_countries) == {"IN", "JP"}


@pytest.mark.parametrize("clause", [
    "the high-speed rail agreement was signed by Japan and Peru in Lima",
    "Peruvian and Japanese ministers signed the high-speed rail agreement",
    "Japan signed the high-speed rail agreement with Lima",
])
def test_a_third_country_in_the_clause_takes_the_statement(two_countries, clause):
    text = f"India hopes to follow soon.\nOn Monday {clause}."
    baseline = {"rail-pact": {"value": "draft", "quotes": []}}
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", text, "2025-03-01")], two_countries,
                            baseline)
    assert "rail-pact" not in {f.claim for f in result.findings}
    # the same sentence about the two parties is a change: the third country made the difference
    own = text.replace("Peruvian", "Indian").replace("Peru", "India").replace("Lima", "New Delhi")
    result = claims.analyze([claims.Article(1, "http://127.0.0.1/a", "", own, "2025-03-01")], two_countries,
                            baseline)
    assert "rail-pact" in {f.claim for f in result.findings if f.verdict == "changed"}


def test_places_and_names_of_a_written_catalogue(tmp_path):
    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE + '\n[places]\nignore = ["Chile"]\n  [places.names]\n  XK = ["Pristina"]\n'
                    '\n[names]\nhonorifics = ["Sensei"]\nnot_names = ["cabinet"]\n', encoding="utf-8")
    catalogue = load_catalogue(path)
    assert countries_in("talks in Pristina and Chile", catalogue.places) == {"XK"}
    assert "sensei" in catalogue.names.honorifics and catalogue.names.places == catalogue.places
    from claims.values import find_office_holders
    holders = find_office_holders("Japanese Prime Minister Sensei Kenji Mori spoke.", ["Japanese Prime Minister"],
                                  catalogue.names)
    assert [h.name for h in holders] == ["Kenji Mori"]


@pytest.mark.parametrize("section, message", [
    ('[places]\nnames = ["Pristina"]\n', "[places] may hold only"),
    ('[places]\ncapitals = []\n', "[places] may hold only"),
    ('[names]\nnot_names = "cabinet"\n', "[names] may hold only"),
])
def test_a_malformed_places_or_names_section_is_one_clear_error(tmp_path, section, message):
    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE + "\n" + section, encoding="utf-8")
    with pytest.raises(CatalogueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_catalogue(path)



@pytest.mark.parametrize("lang, own, other", [
    ("ru", "Товарооборот России и Ирана в 2024 году составил 4,8 млрд долларов.",
     "Иран следит за Россией: товарооборот России и Мексики в 2024 году составил 4,8 млрд долларов."),
    ("de", "Der Handel zwischen Russland und dem Iran erreichte 2024 rund 4,8 Milliarden Dollar.",
     "Der Iran beobachtet Russland: der Handel zwischen Russland und Mexiko erreichte 2024 rund 4,8 Milliarden Dollar."),
    ("fr", "Les échanges entre la Russie et l'Iran ont atteint 4,8 milliards de dollars en 2024.",
     "L'Iran observe la Russie : les échanges entre la Russie et le Mexique ont atteint 4,8 milliards de dollars en "
     "2024."),
    ("ar", "بلغ حجم التبادل التجاري بين إيران وروسيا 4.8 مليار دولار عام 2024.",
     "تراقب إيران روسيا، وبلغ حجم التبادل التجاري بين المكسيك وروسيا 4.8 مليار دولار عام 2024."),
])
def test_another_countrys_figure_in_any_language_is_not_the_parties(lang, own, other):
    """The project's catalogue names Mexico nowhere: the libraries' names in the page's language make the
    figure another country's."""
    from baseline.catalogue import load_catalogue as project_catalogue

    def trade(body):  # type: ignore[no-untyped-def]
        article = claims.Article(1, "http://127.0.0.1/a", "", body, published="2025-03-01", lang=lang)
        baseline = {"bilateral-trade": {"value": "$4 billion (2021)", "amount": 4e9, "period": "2021", "quotes": []}}
        return [f for f in claims.analyze([article], project_catalogue(), baseline).findings
                if f.claim == "bilateral-trade"]

    assert trade(own)
    assert not trade(other)


# the two-country catalogue with German and Russian words for its trade claim (the last entry) and its parties
IN_TWO_LANGUAGES = '''
  [claims.lang.de]
  topic = ["Handel*"]
  cues = ["Handel*"]
  [claims.lang.ru]
  topic = ["товарооборот*"]
  cues = ["товарооборот*"]

[languages]
  [languages.de]
  parties = { india = ["Indien*"], japan = ["Japan*"] }
  [languages.ru]
  parties = { india = ["Инди*"], japan = ["Япони*"] }
'''


@pytest.mark.parametrize("lang, own, other", [
    ("de", "Der Handel zwischen Indien und Japan erreichte 2024 rund 23 Milliarden Dollar.",
     "Japan beobachtet Indien: der Handel zwischen Japan und Mexiko erreichte 2024 rund 23 Milliarden Dollar."),
    ("ru", "Товарооборот Индии и Японии в 2024 году составил 23 млрд долларов.",
     "Япония следит за Индией: товарооборот Японии и Мексики в 2024 году составил 23 млрд долларов."),
])
def test_the_two_country_catalogue_knows_a_third_country_in_its_languages(tmp_path, lang, own, other):
    path = tmp_path / "catalogue.toml"
    path.write_text(CATALOGUE + IN_TWO_LANGUAGES, encoding="utf-8")
    catalogue = load_catalogue(path)
    baseline = {"bilateral-trade": {"value": "$20 billion (2022)", "period": "2022", "low": 2.0e10, "high": 2.0e10,
                                    "quotes": []}}

    def trade(body):  # type: ignore[no-untyped-def]
        article = claims.Article(1, "http://127.0.0.1/a", "", body, published="2025-03-01", lang=lang)
        return [f.value for f in claims.analyze([article], catalogue, baseline).findings if f.claim == "bilateral-trade"]

    assert trade(own) == ["$23 billion (2024)"]
    assert trade(other) == []
