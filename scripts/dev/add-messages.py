#!/usr/bin/env python3
"""Adds messages to Sources/MeldboekCore/Localization/Message.swift.

Reads lines of `key<TAB>English<TAB>Dutch` from standard input and inserts each
key into the enum and both language switches, so the two translations are
always written together.
"""
import sys

path = "Sources/MeldboekCore/Localization/Message.swift"
source = open(path).read()


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


cases, english, dutch = [], [], []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip():
        continue
    key, en, nl = line.split("\t")
    if f"    case {key}\n" in source:
        sys.exit(f"{key} exists already")
    cases.append(f"    case {key}\n")
    english.append(f"        case .{key}: {quote(en)}\n")
    dutch.append(f"        case .{key}: {quote(nl)}\n")

enum_end = source.index("\n    /// The English text.")
source = source[:enum_end] + "\n" + "".join(cases).rstrip("\n") + source[enum_end:]
en_end = source.index("        }\n    }\n\n    /// The Dutch text.")
source = source[:en_end] + "".join(english) + source[en_end:]
nl_end = source.rindex("        }\n    }\n}")
source = source[:nl_end] + "".join(dutch) + source[nl_end:]
open(path, "w").write(source)
