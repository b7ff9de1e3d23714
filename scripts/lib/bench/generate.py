#!/usr/bin/env python3
"""Deterministic journal generator for scripts/bench.

Writes, for COUNT entries and a fixed seed, into OUT:
  entries.jsonl   one JSON object per entry (the fields Meldboek records)
  jrnl.txt        the same entries as a plain jrnl journal (jrnl's own text
                  format), to be imported into an encrypted jrnl journal
  add.json        one extra entry for the "add one entry" benchmark
  add-narrative.txt, add-jrnl.txt
                  its narrative (for `meldboek add --stdin`) and its jrnl text
                  (for `jrnl < add-jrnl.txt`)
  meta.json       count, seed, the search word and how many entries hold it,
                  and the entry used for "show one entry"

Everything comes from random.Random(seed); Python's Mersenne Twister and
random.choice/randint/sample are stable across Python 3 versions, so the same
seed gives byte-identical files.

The text is Dutch, after the domain of Meldboek (unwanted behaviour at work:
intimidatie, agressie, discriminatie, pesten, integriteit). Every person and
witness of an entry is named in its narrative, so a full-text search for a name
finds the same entries in Meldboek (which searches every field) and in jrnl
(which searches title and body).
"""

import argparse
import datetime as dt
import json
import os
import random

SEARCH_WORD = "Wilma"  # a colleague who appears in about one entry in thirteen

# name -> (role key for Meldboek, Dutch role for the text, weight)
PEOPLE = [
    ("Gerrit", "manager", "leidinggevende", 14),
    ("Marloes", "colleague", "collega", 12),
    ("Sander", "colleague", "collega", 10),
    ("Wilma", "colleague", "collega", 5),
    ("Dennis", "manager", "teamleider", 8),
    ("Fatima", "colleague", "collega", 6),
    ("Kees", "client", "klant", 6),
    ("Priya", "report", "stagiair", 4),
    ("Bart", "other", "iemand van de facilitaire dienst", 5),
    ("Ingrid", "manager", "afdelingshoofd", 6),
    ("Youssef", "colleague", "collega", 6),
    ("Henk", "client", "leverancier", 4),
]
WITNESSES = ["Sara", "Tom", "Lotte", "Ahmed", "Joost", "Anouk", "Ricardo", "Eva"]

PLACES = [
    "de kantine", "vergaderzaal 2.14", "de open kantoortuin", "de parkeerplaats",
    "de koffiecorner op de tweede verdieping", "de gang bij de lift", "de kopieerruimte",
    "de kamer van de leidinggevende", "het magazijn", "de receptie", "een videogesprek",
    "het teamoverleg op maandag", "het bedrijfsuitje", "het personeelsfeest", "de trein naar de klant",
]

CATEGORIES = [
    ("bullying", "pesten", 30),
    ("aggression", "agressie en geweld", 18),
    ("discrimination", "discriminatie", 14),
    ("sexual-harassment", "seksuele intimidatie", 12),
    ("integrity", "integriteitsschending", 10),
    ("other", "anders", 6),
]

TITLES = {
    "bullying": [
        "Opmerking over mijn werk in het bijzijn van anderen",
        "Weer niet uitgenodigd voor het overleg",
        "Grapjes ten koste van mij",
        "Mijn voorstel belachelijk gemaakt",
        "Genegeerd bij de koffie",
        "Weer een sneer in de groepsapp",
    ],
    "aggression": [
        "Er werd tegen me geschreeuwd",
        "Met de deur gesmeten na een gesprek",
        "Dreigende houding bij mijn bureau",
        "Klant werd handtastelijk aan de balie",
        "Boze mail in hoofdletters",
    ],
    "discrimination": [
        "Opmerking over mijn afkomst",
        "Niet in aanmerking voor het project vanwege mijn leeftijd",
        "Grap over mijn geloof tijdens de lunch",
        "Vragen over kinderwens bij het functioneringsgesprek",
    ],
    "sexual-harassment": [
        "Ongewenste opmerking over mijn kleding",
        "Hand op mijn rug tijdens het overleg",
        "Berichtjes 's avonds laat",
        "Te dichtbij komen staan in de lift",
    ],
    "integrity": [
        "Gevraagd om cijfers aan te passen",
        "Declaratie die niet klopt",
        "Opdracht aan een bekende gegund",
        "Onder druk gezet om te zwijgen over een fout",
    ],
    "other": [
        "Vreemd gesprek over mijn ziekteverlof",
        "Iets wat niet goed voelde",
        "Geen idee of dit normaal is",
    ],
}

OPENINGS = [
    "Het gebeurde rond {time} in {place}.",
    "Ongeveer om {time} was ik in {place}.",
    "Rond {time}, in {place}, begon het.",
    "Ergens rond {time} gebeurde het weer, in {place}.",
]
ACTS = {
    "bullying": [
        "{p} zei hardop dat mijn rapport \"weer zo'n typisch half werk\" was en keek daarbij de anderen aan.",
        "Toen ik binnenkwam, stopte het gesprek en {p} draaide demonstratief de stoel weg.",
        "{p} las mijn bericht voor met een overdreven stem, en er werd gelachen.",
        "Ik hoorde later dat {p} het overleg had verplaatst zonder mij iets te laten weten.",
    ],
    "aggression": [
        "{p} kwam vlak voor me staan en schreeuwde dat ik \"het nu eindelijk eens moest snappen\".",
        "{p} sloeg met de vlakke hand op mijn bureau, zo hard dat de koffie over de papieren ging.",
        "{p} greep mijn arm vast toen ik weg wilde lopen en liet pas los toen ik iets zei.",
        "In de mail van {p} stond dat ik \"maar eens goed moest oppassen\".",
    ],
    "discrimination": [
        "{p} vroeg of ik \"thuis eigenlijk wel Nederlands sprak\" en lachte er zelf hard om.",
        "{p} zei dat het project \"meer iets voor de jongere collega's\" was.",
        "{p} maakte een grap over mijn hoofddoek en keek of de rest meelachte.",
        "Bij de verdeling van de klanten zei {p} dat ik \"die mensen toch beter begrijp\".",
    ],
    "sexual-harassment": [
        "{p} zei dat mijn jurk \"wel erg gezellig\" was en bleef daarna naar me kijken.",
        "{p} legde een hand op mijn onderrug terwijl we naar het scherm keken.",
        "Om kwart over elf 's avonds kreeg ik een berichtje van {p} met een knipogende smiley.",
        "{p} kwam zo dicht achter me staan dat ik zijn adem in mijn nek voelde.",
    ],
    "integrity": [
        "{p} vroeg me de kwartaalcijfers \"een beetje vriendelijker\" te maken voor de directie.",
        "{p} wilde dat ik een declaratie goedkeurde voor een diner dat nooit zakelijk was.",
        "Ik zag dat {p} de opdracht aan het bedrijf van een zwager had gegeven, zonder offertes.",
        "{p} zei dat ik de fout in de levering \"beter kon vergeten, voor ons allemaal\".",
    ],
    "other": [
        "{p} stelde vragen over mijn verlof die me ongemakkelijk maakten.",
        "{p} maakte een opmerking die ik niet goed kon plaatsen, maar die bleef hangen.",
    ],
}
WITNESS_LINES = [
    "{w} stond erbij en heeft het gezien, maar zei niets.",
    "Ik weet zeker dat {w} het ook gehoord heeft, want die keek me daarna aan.",
    "{w} vroeg me achteraf of het wel ging.",
]
SECOND_PERSON = [
    "{p} stond ernaast en lachte mee.",
    "Later zei {p} dat ik het \"niet zo zwaar moest opvatten\".",
    "{p} zag het ook, maar deed alsof er niets aan de hand was.",
]
FILLERS = [
    "Ik wist op dat moment niet wat ik moest zeggen en ben teruggelopen naar mijn plek.",
    "Het is niet de eerste keer; ik merk dat ik er 's ochtends al tegenop zie om te gaan werken.",
    "Ik schrijf het op omdat ik anders begin te twijfelen of ik het me verbeeld.",
    "Achteraf had ik willen zeggen dat ik dit niet normaal vind, maar mijn keel zat dicht.",
    "Thuis heb ik het aan mijn partner verteld; die schrok ervan.",
    "De rest van de dag kon ik me slecht concentreren op mijn werk.",
    "Ik heb de mail bewaard en een schermafdruk gemaakt.",
    "Niemand heeft er later nog iets over gezegd, alsof het niet gebeurd was.",
    "Ik vraag me af of anderen dit ook meemaken en er ook niets over zeggen.",
    "Het voelde alsof iedereen keek, en ik werd rood.",
    "Ik probeerde het weg te lachen, maar ik voelde me klein.",
    "Na afloop ben ik even naar buiten gegaan om rustig te worden.",
]
IMPACTS = [
    "Ik sliep er slecht van.", "Ik voelde me vernederd.", "Ik was de hele dag misselijk.",
    "Ik durfde de volgende dag bijna niet te gaan.", "Ik twijfel aan mezelf.",
    "Ik ben bang dat het erger wordt.", "Ik heb me ziek gemeld.", "Ik voel me alleen hiermee.",
]
ACTIONS = [
    "Niets gedaan, alleen opgeschreven.", "Verteld aan mijn partner.",
    "Contact opgenomen met de vertrouwenspersoon.", "Een gesprek aangevraagd met HR.",
    "De mail doorgestuurd naar mijn privéadres als bewijs.",
    "Met een collega besproken die iets vergelijkbaars meemaakte.",
    "Afspraak gemaakt met de bedrijfsarts.",
]

START = dt.datetime(2023, 9, 1, 8, 0)
END = dt.datetime(2025, 8, 31, 19, 0)


def weighted(rng, items, weight_index):
    return rng.choices(items, weights=[item[weight_index] for item in items], k=1)[0]


def make_entry(rng, when):
    category = weighted(rng, CATEGORIES, 2)
    categories = [category]
    if rng.random() < 0.15:
        other = weighted(rng, CATEGORIES, 2)
        if other[0] != category[0]:
            categories.append(other)
    people = [weighted(rng, PEOPLE, 3)]
    if rng.random() < 0.35:
        second = weighted(rng, PEOPLE, 3)
        if second[0] != people[0][0]:
            people.append(second)
    witnesses = rng.sample(WITNESSES, k=rng.choice([0, 0, 1, 1, 2]))
    place = rng.choice(PLACES)
    key = category[0]
    title = rng.choice(TITLES[key])
    main = people[0]

    sentences = [rng.choice(OPENINGS).format(time=when.strftime("%H:%M"), place=place)]
    sentences.append(rng.choice(ACTS[key]).format(p=main[0]))
    if len(people) > 1:
        sentences.append(rng.choice(SECOND_PERSON).format(p=people[1][0]))
    for witness in witnesses:
        sentences.append(rng.choice(WITNESS_LINES).format(w=witness))
    fillers = rng.sample(FILLERS, k=len(FILLERS))
    paragraph1, paragraph2 = list(sentences), []
    text = lambda: " ".join(paragraph1) + "\n\n" + " ".join(paragraph2)
    while len(text().encode()) < 950 and fillers:
        target = paragraph1 if len(paragraph1) < 6 else paragraph2
        target.append(fillers.pop())
    if len(text().encode()) < 950:  # still short: one more act, as happens in long entries
        paragraph2.append("Een week eerder was er iets vergelijkbaars: " + rng.choice(ACTS[key]).format(p=main[0]))
    narrative = text().strip()

    return {
        "title": title,
        "when": when.strftime("%Y-%m-%dT%H:%M"),
        "where": place,
        "people": [{"name": p[0], "role": p[1], "role_nl": p[2]} for p in people],
        "witnesses": witnesses,
        "categories": [c[0] for c in categories],
        "categories_nl": [c[1] for c in categories],
        "impact": rng.choice(IMPACTS),
        "action": rng.choice(ACTIONS),
        "narrative": narrative,
    }


def jrnl_body(entry):
    """The entry's text after the title line, the same words Meldboek stores."""
    people = ", ".join(f"{p['name']} ({p['role_nl']})" for p in entry["people"])
    fields = [
        f"Waar: {entry['where']}",
        f"Betrokken: {people}",
        f"Getuigen: {', '.join(entry['witnesses']) or 'geen'}",
        f"Soort: {', '.join(entry['categories_nl'])}",
        f"Impact: {entry['impact']}",
        f"Actie: {entry['action']}",
    ]
    return entry["narrative"] + "\n\n" + "\n".join(fields)


def jrnl_entry(entry):
    when = dt.datetime.strptime(entry["when"], "%Y-%m-%dT%H:%M")
    # jrnl's default timeformat "%F %r"; the title is the first sentence.
    return f"[{when.strftime('%Y-%m-%d %I:%M:%S %p')}] {entry['title']}.\n{jrnl_body(entry)}\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=20250301)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    minutes = int((END - START).total_seconds() // 60)
    chosen = set()
    while len(chosen) < args.count:
        moment = START + dt.timedelta(minutes=rng.randrange(minutes))
        if 8 <= moment.hour < 19 and moment.weekday() < 5:  # working hours, Monday to Friday
            chosen.add(moment)
    moments = sorted(chosen)
    entries = [make_entry(rng, moment) for moment in moments]

    with open(os.path.join(args.out, "entries.jsonl"), "w", encoding="utf-8") as f:
        for entry in entries:
            f.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(args.out, "jrnl.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(jrnl_entry(entry) for entry in entries))

    # The entry added by the "add" benchmark: a new incident just after the range.
    extra = make_entry(random.Random(args.seed + 1), dt.datetime(2025, 9, 1, 10, 15))
    with open(os.path.join(args.out, "add.json"), "w", encoding="utf-8") as f:
        json.dump(extra, f, ensure_ascii=False, sort_keys=True)
    with open(os.path.join(args.out, "add-narrative.txt"), "w", encoding="utf-8") as f:
        f.write(extra["narrative"] + "\n")
    with open(os.path.join(args.out, "add-jrnl.txt"), "w", encoding="utf-8") as f:
        # jrnl's compose syntax: "DATE: Title. Body"
        f.write(f"2025-09-01 10:15: {extra['title']}.\n{jrnl_body(extra)}\n")

    word = SEARCH_WORD.lower()
    hits = sum(1 for e in entries if word in json.dumps(e, ensure_ascii=False).lower())
    hits_jrnl = sum(1 for e in entries if word in (e["title"] + jrnl_body(e)).lower())
    show_index = args.count // 2
    meta = {
        "count": args.count,
        "seed": args.seed,
        "search_word": SEARCH_WORD,
        "search_hits": hits,
        "search_hits_jrnl_text": hits_jrnl,
        "show_index": show_index,
        "show_when": entries[show_index]["when"],
        "narrative_bytes_mean": round(sum(len(e["narrative"].encode()) for e in entries) / len(entries)),
        "first": entries[0]["when"],
        "last": entries[-1]["when"],
    }
    with open(os.path.join(args.out, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
