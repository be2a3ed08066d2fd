"""The claim engine on its own examples and through the real flow on the labeled corpus."""

from datetime import date
from pathlib import Path

import pytest

from claims.compare import ArticleRef, observe
from claims.reader import read_document

# The self-written corpus is unit fixtures, no longer the quality measure (its authors' phrasing is what the
# engine learned): quality is gated on real reporting in tests/test_eval_gate.py.
CORPUS = Path(__file__).resolve().parent / "corpus"



def verdicts(text, catalogue, baseline, when="2025-01-01", title=""):
    ref = ArticleRef(1, "http://127.0.0.1/a", title, when)
    readings = read_document(text, catalogue, date.fromisoformat(when), title)
    return {o.claim: (o.verdict, o.reading.value) for o in observe(catalogue, baseline, readings, ref)}


@pytest.mark.parametrize("text, claim, expected", [
    ("Iran became a full member of the Shanghai Cooperation Organisation on July 4, 2023.",
     "sco-membership", ("changed", "full member")),
    ("Tehran formally joined the Shanghai bloc as its ninth member state.", "sco-membership", ("changed", "full member")),
    ("Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Kazan.",
     "iran-president", ("changed", "Masoud Pezeshkian")),
    ("Iran has not received any Su-35 fighter jets from Russia.", "su35-delivery", ("confirmed", "not delivered")),
    ("Iran has reportedly received its first Su-35 fighter jets from Russia.", "su35-delivery",
     ("disputed", "delivered")),
    ("Tehran denied reports that Russia had delivered Su-35 jets to Iran.", "su35-delivery", ("disputed", "delivered")),
    ("Trade between Iran and Russia reached $4.9 billion in 2022.", "bilateral-trade", ("changed", "$4.9 billion (2022)")),
    ("Trade between Iran and Russia was only $2.1 billion in 2021.", "bilateral-trade",
     ("disputed", "$2.1 billion (2021)")),
    ("Tehran officially became the tenth member of the Shanghai Cooperation Organization.", "sco-membership",
     ("changed", "full member")),
    ("The State Duma voted on Tuesday to ratify the strategic partnership agreement with Iran.", "strategic-treaty",
     ("changed", "ratified")),
    ("Construction of the Rasht-Astara railway began last month, Iran's roads minister said.",
     "rasht-astara-railway", ("changed", "under construction")),
    ("Abbas Araghchi was confirmed by parliament as Iran's foreign minister on Wednesday.",
     "iran-foreign-minister", ("changed", "Abbas Araghchi")),
    ("Iran's new foreign minister, Abbas Araghchi, travelled to Moscow.", "iran-foreign-minister",
     ("changed", "Abbas Araghchi")),
    ("Russian Foreign Minister Sergey Lavrov met his Iranian counterpart Abbas Araghchi.", "iran-foreign-minister",
     ("changed", "Abbas Araghchi")),
    ("Iran halts drone shipments to Russia", "drone-transfers", ("changed", "halted")),
    ("The SCO, which Iran joined in 2023, now has ten members after Belarus's accession.", "sco-membership",
     ("changed", "full member")),
])
def test_engine_reads_changes_restatements_hedges_and_denials(catalogue, baseline, text, claim, expected):
    assert verdicts(text, catalogue, baseline).get(claim) == expected


@pytest.mark.parametrize("text, claim", [
    ("Russia is expected to deliver Su-35 fighter jets to Iran next year.", "su35-delivery"),
    ("Russia delivered a second S-400 regiment to India on Monday.", "s400-sale"),
    ("China and Iran signed a 25-year cooperation agreement in Tehran.", "strategic-treaty"),
    ("Russia's trade with China hit a record $240 billion in 2023, while Iran looked on.", "bilateral-trade"),
    ("Former Iranian President Hassan Rouhani visited Moscow four times.", "iran-president"),
    ("Belarus became a full member of the Shanghai Cooperation Organisation in 2024.", "sco-membership"),
    ("Trade between Iran and the Eurasian Economic Union reached $6.2 billion in 2024.", "bilateral-trade"),
    ("Iran has taken delivery of Russian Yak-130 jets, while Su-35 fighters are expected later.", "su35-delivery"),
    ("Iranian general: Su-35 jets to arrive 'early next year'", "su35-delivery"),
    ("Work on the Rasht-Astara rail link has not started yet because of land disputes.", "rasht-astara-railway"),
    ("Iran said it would supply Russia with more drones if asked.", "drone-transfers"),
    ("The Azerbaijani line from Baku to Astara is now operational.", "rasht-astara-railway"),
    ("In his speech Putin remembered the late Iranian President Ebrahim Raisi warmly.", "iran-president"),
    ("Egypt received its first Su-35 jets from Russia, reports said.", "su35-delivery"),
    ("North Korea and Russia ratified their comprehensive strategic partnership treaty last year.", "strategic-treaty"),
    ("Moscow and Tehran plan to raise annual trade to $10 billion by 2030.", "bilateral-trade"),
])
def test_engine_ignores_plans_distractors_and_the_past(catalogue, baseline, text, claim):
    assert verdicts(text, catalogue, baseline).get(claim, ("none",))[0] not in ("changed", "disputed")


def test_a_step_back_from_the_baseline_is_disputed_only_when_stated_in_words(catalogue, baseline):
    """After a change is accepted (SCO: full member), an earlier state read by meaning alone must not raise
    a dispute; one stated with the state's own words still does."""
    from claims.compare import judge
    from claims.reader import Reading

    claim = catalogue.get("sco-membership")
    accepted = {**baseline["sco-membership"], "value": "full member"}
    sentence = "Iran pressed on with the steps needed to join the Shanghai Cooperation Organisation."
    by_meaning = Reading(claim="sco-membership", value="accession in progress", quote=sentence, start=0,
                         end=len(sentence), cue=sentence, cue_start=0, cue_end=len(sentence), score=0.5)
    in_words = Reading(claim="sco-membership", value="accession in progress", quote=sentence, start=0,
                       end=len(sentence), cue="steps needed to join", cue_start=22, cue_end=42, score=0.8)
    assert judge(claim, accepted, by_meaning) is None
    assert judge(claim, accepted, in_words)[:2] == ("disputed", 0.8)
    assert "a step back" in judge(claim, accepted, in_words)[2]


def test_every_quote_occurs_verbatim_in_the_article(catalogue):
    text = ("TEHRAN — Iran’s parliament on Wednesday ratified the 20-year comprehensive strategic partnership "
            "treaty with Russia. “It is a historic day,” a lawmaker said.")
    for reading in read_document(text, catalogue, date(2025, 5, 21)):
        assert text[reading.start:reading.end] == reading.quote
        assert reading.cue in reading.quote


@pytest.mark.slow
def test_eval_reads_the_fixture_corpus_through_the_flow_with_verbatim_quotes(prefect_harness):
    from claimwatch.evaluate import evaluate

    scores, text = evaluate(CORPUS)
    print(text)
    everything = scores["all:all"]["overall"]
    assert everything.expected_changes > 40 and everything.found_changes > 0
    assert everything.unquoted == 0  # every finding's quote occurs verbatim in its article


def test_a_change_is_disputed_when_the_article_denies_reports_on_the_subject(catalogue, baseline):
    from claims.compare import denied_in_article

    claim = catalogue.get("rasht-astara-railway")
    assert denied_in_article(claim, "Work goes on. The envoy denied reports that Moscow had quit the Rasht-Astara "
                                    "railway project.")
    assert not denied_in_article(claim, "The envoy denied reports about the weather. The Rasht-Astara railway "
                                        "is under construction.")
    # a denial in another clause of the same sentence or headline is about its own subject
    assert not denied_in_article(claim, "Work on the Rasht-Astara railway resumes; Moscow denies jet handover")
    assert denied_in_article(claim, "Moscow denies quitting the Rasht-Astara railway; talks on jets go on")


def test_a_statement_agreeing_with_a_recorded_side_of_a_disputed_baseline_is_no_change(catalogue):
    from claims.compare import judge
    from claims.reader import Reading

    base = {"value": "stalled", "disputed": True, "sides": {"stalled": [], "ongoing": []}}
    sentence = "Talks to revive the nuclear deal are under way in Vienna."
    said = Reading(claim="jcpoa-talks", value="ongoing", quote=sentence, start=0, end=len(sentence),
                   cue="under way", cue_start=38, cue_end=47, score=0.9)
    assert judge(catalogue.get("jcpoa-talks"), base, said)[0] == "confirmed"
    assert judge(catalogue.get("jcpoa-talks"), {**base, "disputed": False, "sides": {}}, said)[0] == "changed"
    # in an ordered claim, a side further along than the current value is still news
    sco = {"value": "observer", "disputed": True, "sides": {"observer": [], "full member": []}}
    joined = Reading(claim="sco-membership", value="full member", quote="Iran joined the SCO.", start=0, end=20,
                     cue="joined", cue_start=5, cue_end=11, score=0.9)
    assert judge(catalogue.get("sco-membership"), sco, joined)[0] == "changed"


def test_more_of_a_process_still_to_come_does_not_dispute_it_but_an_achievement_still_to_come_does(catalogue):
    """Aspect (claims.catalogue.State.process): "20 km are being built" with "the rest of the land will be
    bought by December" is a railway under construction; "signed" with "will sign next month" is in doubt."""
    from claims.compare import contested
    from claims.reader import Reading

    def reading(value, sentence, cue, future=False):  # type: ignore[no-untyped-def]
        start = sentence.index(cue)
        return Reading(claim="rasht-astara-railway", value=value, quote=sentence, start=0, end=len(sentence),
                       cue=cue, cue_start=start, cue_end=start + len(cue), score=0.8, future=future)

    claim = catalogue.get("rasht-astara-railway")
    assert claim.state("under construction").process and not claim.state("agreement signed").process
    building = reading("under construction", "Twenty kilometres of the line are under construction.", "under construction")
    more = reading("under construction", "Land for the rest will be acquired by December.", "acquired", future=True)
    assert contested(claim, building, [building, more], "", "2025-09-25") == ""
    signed = reading("agreement signed", "The two sides signed the railway agreement.", "signed")
    to_sign = reading("agreement signed", "They will sign the railway agreement next month.", "sign", future=True)
    assert "still to come" in contested(claim, signed, [signed, to_sign], "", "2025-09-25")


def test_a_page_in_a_partys_own_language_naming_a_tracked_subject_is_read():
    """Persian news is Iranian domestic news (the catalogue's `implied`): a page naming the railway (a claim of
    Iran's) is about it though it never says "Iran"; one naming the treaty (Iran's and Russia's) needs Russia
    named too; in German nothing is implied."""
    from baseline.catalogue import load_catalogue
    from claims.languages import relevant

    catalogue = load_catalogue()
    assert relevant("وزیر راه از کارگاه راه آهن رشت - آستارا بازدید کرد.", catalogue, "fa")
    assert not relevant("مجلس درباره مشارکت راهبردی جامع بحث کرد.", catalogue, "fa")
    assert relevant("مجلس درباره مشارکت راهبردی جامع با روسیه بحث کرد.", catalogue, "fa")
    assert not relevant("Der Minister besuchte die Baustelle der Bahnstrecke Rascht-Astara.", catalogue, "de")
