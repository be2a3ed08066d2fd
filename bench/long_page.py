"""Time of the claim engine on one long relevant page: a lead sentence about a tracked claim followed by N
paragraphs of filler (~1,200 characters each) that names people, places, dates and numbers as a long live
blog, a transcript or a comment thread does. The filler is drawn from varied sentence templates with a seeded
random generator, so every paragraph differs and every run writes the same page. Prints, per language and N,
the page's characters, the wall-clock and CPU seconds of `claims.analyze` and the findings (which must not
change with N). The analysis reads the whole text: the pipeline's cap (`[fetch] max_article_chars`) is not
applied here.

    .venv/bin/python bench/long_page.py [--langs en,fr] [--sizes 100,200,400,800] [--profile]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claims  # noqa: E402
from baseline.builder import build, load_sources  # noqa: E402
from baseline.catalogue import load_catalogue  # noqa: E402

LEADS = {
    "en": "Construction of the Rasht–Astara railway has begun, Iran's roads minister said on Tuesday.",
    "fr": "Les travaux de construction de la ligne Rasht–Astara, financée par la Russie, ont commencé, selon le "
          "ministre iranien des Routes.",
}
FIRST = ["Ellen", "Marcus", "Priya", "Tomasz", "Harriet", "Julien", "Agnès", "Dmitri", "Lucia", "Oskar", "Nadia",
         "Bernard", "Chloé", "Wendell", "Ingrid", "Rafael", "Simone", "Kwame", "Margot", "Henrik"]
LAST = ["Hartley", "Okonkwo", "Delacroix", "Brennan", "Lindqvist", "Marchetti", "Fontaine", "Whitcombe", "Nakamura",
        "Ferreira", "Kowalczyk", "Gallagher", "Moreau", "Sorensen", "Abernathy", "Villeneuve", "Castellano", "Dubois"]
PLACES = ["Leeds", "Toulouse", "Rotterdam", "Bristol", "Lyon", "Ghent", "Aberdeen", "Nantes", "Porto", "Graz",
          "Cardiff", "Grenoble", "Utrecht", "Belfast", "Rennes", "Bilbao"]
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}
TEMPLATES = {
    "en": [
        "{hh}:{mm} – Mayor {name} told reporters in {place} that {n:,} households had been without power since {d} {month}.",
        "The council's finance chief, {name}, said the budget for {year} would rise by {p} per cent.",
        "\"We were not warned,\" said {name}, a {age}-year-old shop owner on the high street in {place}.",
        "Police in {place} said {k} people were arrested overnight and {k2} were later released without charge.",
        "{name} of the regional transport authority expects the bridge to reopen by {d} {month} {year}.",
        "Readers' comment from {place}: my grandmother {name} lived through the floods of {year2} and never saw water like this.",
        "Analysts at a bank in {place} cut their growth forecast to {p}.{q} per cent for {year}.",
        "The match in {place} ended {k}–{k2}, with {name} scoring twice in the second half.",
        "Asked about the delay, {name} replied that contractors had lodged {k} claims worth €{n:,}.",
        "Temperatures in {place} reached {t} degrees on {d} {month}, the highest since {year2}.",
        "{name}, who chairs the hospital trust, said waiting lists had grown to {n:,} patients.",
        "A spokesperson for {name} declined to comment on the tender, which closes on {d} {month}.",
    ],
    "fr": [
        "{hh} h {mm} – Le maire {name} a indiqué à {place} que {n:,} foyers étaient privés d'électricité depuis le {d} {month}.",
        "La directrice financière du département, {name}, a précisé que le budget {year} augmenterait de {p} %.",
        "« Personne ne nous a prévenus », témoigne {name}, commerçant de {age} ans dans le centre de {place}.",
        "La police de {place} a interpellé {k} personnes dans la nuit ; {k2} ont été relâchées sans poursuites.",
        "{name}, de l'autorité régionale des transports, espère une réouverture du pont d'ici au {d} {month} {year}.",
        "Commentaire d'un lecteur de {place} : ma grand-mère {name} a connu la crue de {year2}, jamais l'eau n'était montée ainsi.",
        "Les économistes d'une banque de {place} ont abaissé leur prévision de croissance à {p},{q} % pour {year}.",
        "Le match disputé à {place} s'est terminé sur le score de {k} à {k2}, avec un doublé de {name}.",
        "Interrogé sur le retard, {name} a répondu que les entreprises avaient déposé {k} réclamations pour {n:,} euros.",
        "Le thermomètre a atteint {t} degrés à {place} le {d} {month}, un record depuis {year2}.",
        "{name}, qui préside le conseil de surveillance de l'hôpital, évoque {n:,} patients en attente.",
        "L'entourage de {name} n'a pas souhaité commenter l'appel d'offres, clos le {d} {month}.",
    ],
}
PARAGRAPH_CHARS = 1200


def filler(lang: str, n: int, seed: int = 21) -> list[str]:
    """`n` paragraphs of ~PARAGRAPH_CHARS characters, each of sentences drawn from TEMPLATES[lang]."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        sentences: list[str] = []
        while sum(len(s) + 1 for s in sentences) < PARAGRAPH_CHARS:
            text = rng.choice(TEMPLATES[lang]).format(
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", place=rng.choice(PLACES),
                month=rng.choice(MONTHS[lang]), d=rng.randint(1, 28), year=rng.randint(2019, 2026),
                year2=rng.randint(1950, 2018), n=rng.randint(120, 90000), p=rng.randint(1, 12), q=rng.randint(0, 9),
                k=rng.randint(2, 40), k2=rng.randint(0, 9), hh=rng.randint(6, 23), mm=f"{rng.randint(0, 59):02d}",
                age=rng.randint(19, 88), t=rng.randint(28, 41))
            sentences.append(text)
        out.append(" ".join(sentences))
    return out


def page(lang: str, n: int) -> str:
    return "\n\n".join([LEADS[lang]] + filler(lang, n))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--langs", default="en,fr")
    parser.add_argument("--sizes", default="100,200,400,800")
    parser.add_argument("--profile", action="store_true", help="print the top of a cProfile of the last run")
    args = parser.parse_args()
    catalogue = load_catalogue()
    baseline = {k: v.to_dict() for k, v in build(catalogue, load_sources()).items()}
    for lang in args.langs.split(","):
        claims.warm_up(lang)
        # a short page first: loads what the first article of a run loads
        claims.analyze([claims.Article(0, "http://127.0.0.1/w", "", page(lang, 1), "2025-10-03", lang=lang)],
                       catalogue, baseline)
        for n in [int(x) for x in args.sizes.split(",")]:
            text = page(lang, n)
            article = claims.Article(1, "http://127.0.0.1/a", "", text, "2025-10-03", lang=lang)
            profile = None
            if args.profile:
                import cProfile
                profile = cProfile.Profile()
                profile.enable()
            started, cpu = time.perf_counter(), time.process_time()
            analysis = claims.analyze([article], catalogue, baseline)
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            if profile is not None:
                profile.disable()
            print(f"{lang} N={n:4d} chars={len(text):9,d} wall {wall:7.2f} s  cpu {cpu:7.2f} s  findings "
                  f"{sorted((f.claim, f.verdict, f.value) for f in analysis.findings)}", flush=True)
            if profile is not None:
                import pstats
                pstats.Stats(profile).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
