#!/usr/bin/env python3
"""Fills a Meldboek vault from entries.jsonl, one `meldboek add` per entry.

usage: fill_meldboek.py BINARY VAULT ENTRIES.jsonl IDS_OUT

The passphrase comes from the environment the caller set up (an unlocked
session, or MELDBOEK_PASSPHRASE). Each entry's narrative goes in through
--stdin, every other field as a flag, exactly as a user would add it.
Writes the entry ids, in order, to IDS_OUT.
"""

import json
import re
import subprocess
import sys
import time


def add_args(binary, vault, entry):
    args = [binary, "add", "--vault", vault, "--lang", "en",
            "--title", entry["title"], "--when", entry["when"], "--where", entry["where"]]
    for person in entry["people"]:
        args += ["--person", f"{person['name']}:{person['role']}"]
    for witness in entry["witnesses"]:
        args += ["--witness", witness]
    for category in entry["categories"]:
        args += ["--category", category]
    args += ["--impact", entry["impact"], "--action", entry["action"], "--stdin"]
    return args


def main():
    binary, vault, entries_path, ids_path = sys.argv[1:5]
    with open(entries_path, encoding="utf-8") as f:
        entries = [json.loads(line) for line in f]
    pattern = re.compile(r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
    ids = []
    started = time.monotonic()
    for index, entry in enumerate(entries, 1):
        result = subprocess.run(add_args(binary, vault, entry), input=entry["narrative"] + "\n",
                                capture_output=True, text=True, stdin=None)
        found = pattern.search(result.stdout)
        if result.returncode != 0 or not found:
            sys.stderr.write(f"bench: add of entry {index} failed (exit {result.returncode}):\n"
                             f"{result.stdout}{result.stderr}")
            sys.exit(1)
        ids.append(found.group(1))
        if index % 500 == 0 or index == len(entries):
            elapsed = time.monotonic() - started
            rate = index / elapsed
            sys.stderr.write(f"bench:   {index}/{len(entries)} entries added "
                             f"({rate:.0f}/s, about {(len(entries) - index) / rate:.0f} s to go)\n")
    with open(ids_path, "w", encoding="utf-8") as f:
        f.write("\n".join(ids) + "\n")


if __name__ == "__main__":
    main()
