#!/usr/bin/env python3
"""Writes Docs/benchmarks.md (to stdout) from the results scripts/bench collected.

usage: report.py RESULTS_DIR NOTES_FILE

Every number and every MET/MISSED verdict is computed here from the measured
values; nothing is hard-coded but the targets themselves.
"""

import json
import os
import statistics
import sys

results_dir, notes_path = sys.argv[1], sys.argv[2]
machine = json.load(open(os.path.join(results_dir, "machine.json")))
sizes = machine["sizes"]
out = []
emit = out.append


def load(size, name):
    path = os.path.join(results_dir, str(size), f"{name}.json")
    if not os.path.exists(path):
        return None
    return {r["command"]: r for r in json.load(open(path))["results"]}


def ms(seconds):
    value = seconds * 1000
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def cell(result):
    """median (min–max, ±stddev) in ms"""
    if result is None:
        return "n/a"
    sd = result.get("stddev") or 0
    return f"**{ms(result['median'])}** ({ms(result['min'])}–{ms(result['max'])}, ±{ms(sd)})"


def size_label(size):
    return f"{size:,}"


# --- heading, machine, command ---------------------------------------------------

emit("# Benchmarks")
emit("")
emit("<!-- Written by scripts/bench; don't edit by hand: the notes at the end come from "
     "Docs/benchmarks-notes.md. -->")
emit("")
if machine["dev"]:
    emit("> **DEVELOPMENT RUN: NOT VALID.** These numbers come from `MELDBOEK_BENCH_DEV=1`: vaults use "
         "the test KDF and no unlock session. Rerun `scripts/bench` without it.")
    emit("")
if machine["quick"]:
    emit("> **Quick run** (`--quick`): fewer runs per measurement, and no 1 GiB attachment part.")
    emit("")
emit(f"Measured {machine['date']} with `{machine['command']}`.")
emit("")
emit("| | |")
emit("|---|---|")
emit(f"| CPU | {machine['cpu']}, {machine['cores']} cores |")
emit(f"| RAM | {machine['ram_gib']} GiB |")
emit(f"| OS, kernel | {machine['os']}, Linux {machine['kernel']} |")
emit(f"| Swift | {machine['swift']} |")
emit(f"| meldboek | {machine['meldboek']} (`{machine['git']}`, binary sha256 {machine['meldboek_sha256'][:12]}) |")
jrnl_note = "" if machine["jrnl"] == machine["jrnl_wanted"] else f" (wanted {machine['jrnl_wanted']}, not on PyPI)"
emit(f"| jrnl | {machine['jrnl']}{jrnl_note}, {machine['python']}, keyring backend keyrings.alt PlaintextKeyring |")
emit(f"| age | {machine['age']} |")
emit(f"| hyperfine | {machine['hyperfine']} |")
emit("")

# --- method ------------------------------------------------------------------------

meta = {s: json.load(open(os.path.join(results_dir, str(s), "meta.json"))) for s in sizes}
checks = {s: json.load(open(os.path.join(results_dir, str(s), "checks.json"))) for s in sizes}
emit("## How it was measured")
emit("")
emit(f"- Journals of {' and '.join(size_label(s) for s in sizes)} entries, generated deterministically "
     f"(`scripts/lib/bench/generate.py`, seed {meta[sizes[0]]['seed']}): Dutch incident reports with a title, "
     "a date and time between September 2023 and August 2025, place, people with roles, witnesses, "
     "categories, impact, action, and a narrative of about "
     f"{meta[sizes[-1]]['narrative_bytes_mean']} bytes. Meldboek gets each entry through `meldboek add` "
     "(narrative on `--stdin`, every other field as a flag); jrnl gets the same words in its own text format, "
     "imported into an encrypted journal (`encrypt: true`; its password in a keyring file, so it never prompts).")
emit("- Meldboek vaults use the default key derivation (`moderate`)." if not machine["dev"] else
     "- **Meldboek vaults use the test key derivation (development run).**")
emit(f"- Wall times from hyperfine: {machine['runs']} runs after 1 warm-up run per command; Meldboek and "
     "jrnl are measured in the same hyperfine invocation, one after the other. Cells show the "
     "**median** in milliseconds, then (min–max, ±standard deviation). *Ratio* is jrnl's median divided by "
     "Meldboek's: above 1 means Meldboek is faster.")
emit("- *Unlock session*: `meldboek unlock` once, then every command without a passphrase in the "
     "environment (stdin from /dev/null, so it couldn't ask either). *Passphrase from the environment*: "
     "after `meldboek lock`, with `MELDBOEK_PASSPHRASE` set, so every command derives the key itself.")
hits = ", ".join(f"{checks[s]['search_hits_meldboek']:,} of {size_label(s)}" for s in sizes)
emit(f"- Search: the word `{meta[sizes[0]]['search_word']}` (a colleague's name), found in {hits} "
     "entries, by both tools (checked before measuring: both return the same number of entries).")
emit("- Show one entry: Meldboek `show ID` of the middle entry; jrnl `-from T -to T` with that entry's "
     "exact time (the generated times are unique), which selects the same single entry (checked).")
emit("- Verify: jrnl has no integrity check. The closest equivalent, measured here, is decrypting and "
     "printing the whole journal (`jrnl --export txt`); Meldboek's `verify` also checks every record's "
     "authentication and the hash chain.")
emit(f"- Add one entry: a new entry with every field; Meldboek `add ... --stdin < narrative`, jrnl "
     f"`jrnl < entry` (jrnl rewrites its whole encrypted file on every add). Each run adds an entry, so "
     f"during a measurement a journal grows by {machine['runs'] + 1} entries (runs plus warm-up) "
     "for each tool, from a fresh copy of the filled journal. The Meldboek rows with the passphrase from "
     "the environment (below) are measured in separate hyperfine invocations, on fresh copies as well.")
emit("")

# --- journal tables ----------------------------------------------------------------

ops = [("add", "add one entry"), ("list", "list the last 20"), ("search", "full-text search"),
       ("show", "show one entry"), ("verify", "verify the whole journal")]
medians = {}  # (size, op, who) -> seconds
for size in sizes:
    emit(f"## {size_label(size)} entries: unlock session vs jrnl")
    emit("")
    emit("| operation | Meldboek, ms | jrnl, ms | ratio |")
    emit("|---|---|---|---|")
    for op, label in ops:
        r = load(size, op)
        if not r:
            emit(f"| {label} | not measured | | |")
            continue
        m, j = r.get("meldboek"), r.get("jrnl")
        medians[(size, op, "session")] = m["median"]
        medians[(size, op, "jrnl")] = j["median"]
        ratio = j["median"] / m["median"]
        jlabel = " (decrypt + print all; no integrity check)" if op == "verify" else ""
        emit(f"| {label} | {cell(m)} | {cell(j)}{jlabel} | {ratio:.1f}× |")
    emit("")

emit("## Passphrase from the environment: the cost of key derivation")
emit("")
emit("The same commands with `MELDBOEK_PASSPHRASE` set and no session, on the same journals. Each "
     "command then derives the key from the passphrase (Argon2id, `moderate`) before it does anything "
     "else. The key-derivation column is the difference between the two medians; it is measured "
     "indirectly (same command, same journal, with and without the derivation), not by timing Argon2id "
     "alone.")
emit("")
emit("| entries | operation | with passphrase, ms | unlock session (median), ms | key derivation (difference), ms |")
emit("|---|---|---|---|---|")
kdf_costs = []
for size in sizes:
    reads = load(size, "env-reads") or {}
    adds = load(size, "env-add") or {}
    both = dict(reads, **adds)
    for op, label in ops:
        r = both.get(op)
        if r is None or (size, op, "session") not in medians:
            continue
        diff = r["median"] - medians[(size, op, "session")]
        kdf_costs.append(diff)
        emit(f"| {size_label(size)} | {label} | {cell(r)} | {ms(medians[(size, op, 'session')])} | {ms(diff)} |")
if kdf_costs:
    emit("")
    emit(f"Key derivation, median over these rows: **{ms(statistics.median(kdf_costs))} ms** per command.")
emit("")

# --- attachments --------------------------------------------------------------------

att_path = os.path.join(results_dir, "attachments.jsonl")
att = {}
if os.path.exists(att_path):
    for line in open(att_path):
        if line.strip():
            row = json.loads(line)
            att.setdefault((row["op"], row["tool"]), []).append(row)
MIB = float(machine.get("attachment_mib", 1024))
SIZE = "1 GiB" if MIB == 1024 else f"{MIB:.0f} MiB"


def att_stats(key):
    rows = att.get(key)
    if not rows:
        return None
    secs = [r["seconds"] for r in rows]
    return {"median": statistics.median(secs), "min": min(secs), "max": max(secs),
            "peak_mib": max(r["peak_kib"] for r in rows) / 1024.0, "runs": len(rows)}


att_rows = [
    ("in", "attachment in (`add --attach`)", "encrypt", "`age -r`"),
    ("out", "attachment out (`attachment save`)", "decrypt", "`age -d`"),
    ("share", "bundle out (`share` of the entry)", "encrypt", "`age -r`"),
    ("import", "bundle in (`adviser import`)", "decrypt", "`age -d`"),
]
emit(f"## {SIZE} attachment and bundle vs age")
emit("")
if not att:
    emit("Not measured in this run" + (" (`--quick`)." if machine["quick"] else "."))
else:
    if MIB != 1024:
        emit(f"> **Not the 1 GiB of the targets**: `MELDBOEK_BENCH_ATTACHMENT_MIB={MIB:.0f}`.")
        emit("")
    emit(f"A {SIZE} file of random data. {machine['attachment_runs']} runs of each, interleaved "
         "(Meldboek, then age on the same file); wall time and peak resident memory (maximum RSS) of each process from "
         "GNU time (`/usr/bin/time -f '%e %M'`, the same counters as `-v`); `sync` before each run, and the "
         "file in the page cache for both tools. Throughput is 1024 MiB divided by the median wall time. "
         "Meldboek's commands run in unlock sessions (the melder's vault, and the adviser's vault for "
         "`adviser import`, which gets a fresh copy of the empty adviser vault before each run), so no "
         "key derivation is counted. The age "
         "peer uses one recipient (X25519); a bundle is encrypted to two (adviser and melder) and signed.")
    emit("")
    emit("| operation | Meldboek s (min–max) | MiB/s | peak MiB | age | age s (min–max) | MiB/s | peak MiB | throughput ratio |")
    emit("|---|---|---|---|---|---|---|---|---|")
    for op, label, peer_op, peer_label in att_rows:
        m, a = att_stats((op, "meldboek")), att_stats((peer_op, "age"))
        if not m or not a:
            continue
        ratio = (MIB / m["median"]) / (MIB / a["median"])
        emit(f"| {label} | **{m['median']:.2f}** ({m['min']:.2f}–{m['max']:.2f}) | {MIB / m['median']:.0f} | "
             f"{m['peak_mib']:.1f} | {peer_label} | {a['median']:.2f} ({a['min']:.2f}–{a['max']:.2f}) | "
             f"{MIB / a['median']:.0f} | {a['peak_mib']:.1f} | {ratio:.2f}× |")
    emit("")
    emit("Throughput ratio: Meldboek's MiB/s divided by age's (1 means as fast as age).")
emit("")

# --- targets ------------------------------------------------------------------------

emit("## Targets")
emit("")
emit("Each verdict is computed from the numbers above.")
emit("")
emit("| target | measured | verdict |")
emit("|---|---|---|")
big, small = max(sizes), min(sizes)
have_10k = 10000 in sizes
verdicts = []


def target(text, measured, met):
    if met is None:
        emit(f"| {text} | {measured} | NOT MEASURED |")
        verdicts.append(None)
    else:
        emit(f"| {text} | {measured} | {'MET' if met else '**MISSED**'} |")
        verdicts.append(met)


def get(size, op, who):
    return medians.get((size, op, who))


if have_10k and 100 in sizes and get(10000, "add", "session") and get(100, "add", "session"):
    r = get(10000, "add", "session") / get(100, "add", "session")
    target("add at 10,000 entries ≤ 1.2× add at 100 (session)",
           f"{ms(get(10000, 'add', 'session'))} ms vs {ms(get(100, 'add', 'session'))} ms = {r:.2f}×", r <= 1.2)
else:
    target("add at 10,000 entries ≤ 1.2× add at 100 (session)", "sizes 100 and 10,000 not both measured", None)
for op, label in [("add", "add"), ("list", "list"), ("show", "show"), ("search", "search")]:
    v = get(10000, op, "session") if have_10k else None
    target(f"{label} at 10,000, unlock session, < 100 ms wall",
           f"{ms(v)} ms" if v else "10,000 not measured", (v < 0.100) if v else None)
v = get(10000, "verify", "session") if have_10k else None
target("verify at 10,000, unlock session, < 1 s", f"{ms(v)} ms" if v else "10,000 not measured",
       (v < 1.0) if v else None)
for op, factor in [("add", 20), ("search", 10)]:
    m, j = (get(10000, op, "session"), get(10000, op, "jrnl")) if have_10k else (None, None)
    if m and j:
        target(f"{op} at 10,000 ≥ {factor}× faster than jrnl", f"{j / m:.1f}× ({ms(j)} ms vs {ms(m)} ms)",
               j / m >= factor)
    else:
        target(f"{op} at 10,000 ≥ {factor}× faster than jrnl", "10,000 not measured", None)
for op, label, peer_op, peer_label in att_rows:
    m, a = att_stats((op, "meldboek")), att_stats((peer_op, "age"))
    short = label.split(" (")[0]
    if m:
        target(f"{short}: peak memory < 64 MiB for 1 GiB", f"{m['peak_mib']:.1f} MiB for {SIZE}",
               m["peak_mib"] < 64 if MIB == 1024 else None)
    else:
        target(f"{short}: peak memory < 64 MiB for 1 GiB", "not measured", None)
    if m and a:
        ratio = a["median"] / m["median"]
        target(f"{short}: throughput ≥ 0.8× {peer_label}",
               f"{ratio:.2f}× ({MIB / m['median']:.0f} vs {MIB / a['median']:.0f} MiB/s, {SIZE})",
               ratio >= 0.8 if MIB == 1024 else None)
    else:
        target(f"{short}: throughput ≥ 0.8× {peer_label}", "not measured", None)
emit("")
met = sum(1 for v in verdicts if v is True)
missed = sum(1 for v in verdicts if v is False)
unmeasured = sum(1 for v in verdicts if v is None)
emit(f"{met} met, {missed} missed, {unmeasured} not measured, of {len(verdicts)} targets.")
if machine["dev"]:
    emit("")
    emit("**Development run: these verdicts are not valid.**")
emit("")

# --- notes ---------------------------------------------------------------------------

emit("## Notes")
emit("")
emit("<!-- Everything below comes verbatim from Docs/benchmarks-notes.md (hand-written analysis). -->")
emit("")
if os.path.exists(notes_path):
    emit(open(notes_path, encoding="utf-8").read().rstrip("\n"))
else:
    emit("*No notes yet: write the analysis in `Docs/benchmarks-notes.md`; `scripts/bench` appends it "
         "here verbatim.*")
print("\n".join(out))
