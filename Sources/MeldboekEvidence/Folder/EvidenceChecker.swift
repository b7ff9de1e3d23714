// check.py, the evidence folder's checker: Python 3's standard library plus Ed25519 through
// `cryptography` or PyNaCl. Kept here as text so the binary writes it; Docs/evidence.md describes it.

/// The checker script written into every evidence folder.
enum EvidenceChecker {
    static let script = #"""
#!/usr/bin/env python3
# Checks a Meldboek evidence folder without Meldboek: every disclosed revision's leaf, its inclusion
# proof against the signed checkpoint, the checkpoint's signature by the journal key, the cosignatures
# by the keys given, and that every timestamp token stamps its checkpoint file. Python 3 standard
# library; Ed25519 through the `cryptography` package, else PyNaCl. Docs/evidence.md in Meldboek's
# source describes every hash; README.en.md beside this file says how to run it.
#
#   python3 check.py [FOLDER] [--journal-key VKEY] [--cosigner-key VKEY]... [--tsa-ca FILE]
#   (FOLDER defaults to the folder this file is in, wherever it is run from)
#
# Exit status 0: everything checked. 1: something failed (each failure is printed). 2: this
# computer can't check signatures (no `cryptography` and no PyNaCl), or the folder can't be read.
import base64, datetime, hashlib, json, os, re, shutil, subprocess, sys, unicodedata

try:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.exceptions import InvalidSignature

    ED25519 = "cryptography"

    def ed25519_ok(public_key, signature, message):
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
            return True
        except (InvalidSignature, ValueError):
            return False
except ImportError:
    try:
        import nacl.exceptions, nacl.signing

        ED25519 = "PyNaCl"

        def ed25519_ok(public_key, signature, message):
            try:
                nacl.signing.VerifyKey(public_key).verify(message, signature)
                return True
            except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
                return False
    except ImportError:
        ED25519 = None

EM_DASH = "\u2014"
FAILURES = []


def fail(text):
    FAILURES.append(text)
    print("FAILED: " + text)


def sha256(data):
    return hashlib.sha256(data).digest()


def b64(text):
    """Strict standard base64 (padded, canonical)."""
    if not re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", text) or len(text) % 4:
        raise ValueError("not base64")
    data = base64.b64decode(text, validate=True)
    if base64.b64encode(data).decode() != text:
        raise ValueError("not canonical base64")
    return data


def hex32(text):
    if not isinstance(text, str) or not re.fullmatch(r"[0-9a-f]{64}", text):
        raise ValueError("not a 32-byte lower-case hex hash")
    return bytes.fromhex(text)


def no_duplicates(pairs):
    keys = [key for key, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("a JSON object names a key twice")
    return dict(pairs)


def read_json(path):
    with open(path, "rb") as handle:
        return json.loads(handle.read().decode("utf-8"), object_pairs_hook=no_duplicates)


# ---- Signed notes (c2sp.org/signed-note), checkpoints, keys ----

class Key:
    def __init__(self, vkey):
        parts = vkey.split("+", 2)
        if len(parts) != 3 or not re.fullmatch(r"[0-9a-f]{8}", parts[1]):
            raise ValueError("not a verifier key: " + vkey)
        self.name, raw = parts[0], b64(parts[2])
        if not valid_name(self.name) or len(raw) != 33 or raw[0] not in (1, 4):
            raise ValueError("not an Ed25519 verifier key: " + vkey)
        self.type, self.public = raw[0], raw[1:]
        self.id = sha256(self.name.encode() + b"\n" + raw)[:4]
        if self.id.hex() != parts[1]:
            raise ValueError("the key ID does not belong to the key: " + vkey)


def valid_name(name):
    return name != "" and not any(c == "+" or c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in name)


def parse_note(data):
    """Returns (text, [(name, key id, signature bytes)]) or raises ValueError."""
    text = data.decode("utf-8")
    if any(ord(c) < 0x20 and c != "\n" for c in text):
        raise ValueError("control characters in a signed note")
    split = text.rfind("\n\n")
    if split <= 0 or not text.endswith("\n"):
        raise ValueError("no signatures")
    body, block = text[: split + 1], text[split + 2 :]
    signatures = []
    for line in block[:-1].split("\n"):
        if not line.startswith(EM_DASH + " "):
            raise ValueError("a malformed signature line")
        parts = line[2:].split(" ")
        if len(parts) != 2 or not valid_name(parts[0]):
            raise ValueError("a malformed signature line")
        raw = b64(parts[1])
        if len(raw) < 5:
            raise ValueError("a malformed signature line")
        signatures.append((parts[0], raw[:4], raw[4:]))
    if not signatures:
        raise ValueError("no signatures")
    return body, signatures


def decimal(text):
    if not re.fullmatch(r"0|[1-9][0-9]*", text) or int(text) >= 2**64:
        raise ValueError("not a decimal number: " + text)
    return int(text)


def parse_checkpoint(body):
    lines = body[:-1].split("\n")
    if len(lines) < 3 or lines[0] == "" or any(line == "" for line in lines[3:]):
        raise ValueError("not a checkpoint")
    root = b64(lines[2])
    if len(root) != 32:
        raise ValueError("not a checkpoint")
    return lines[0], decimal(lines[1]), root


def note_signed_by(body, signatures, key):
    """True when `key` (type 0x01) signed; raises ValueError when its signature is bad; False when absent."""
    mine = [s for s in signatures if s[0] == key.name and s[1] == key.id]
    for _, _, signature in mine:
        if not ed25519_ok(key.public, signature, body.encode()):
            raise ValueError("the signature by %s does not verify" % key.name)
    return bool(mine)


def cosigned_at(body, signatures, key):
    """The earliest time `key` (type 0x04) cosigned, None when absent; raises ValueError when bad."""
    times = []
    for name, key_id, signature in signatures:
        if name != key.name or key_id != key.id:
            continue
        if len(signature) != 72:
            raise ValueError("the cosignature by %s is malformed" % key.name)
        time = int.from_bytes(signature[:8], "big")
        message = b"cosignature/v1\ntime %d\n" % time + body.encode()
        if time >= 2**63 or not ed25519_ok(key.public, signature[8:], message):
            raise ValueError("the cosignature by %s does not verify" % key.name)
        times.append(time)
    return min(times) if times else None


# ---- RFC 9162 ----

def node(left, right):
    return sha256(b"\x01" + left + right)


def verify_inclusion(leaf_hash, index, size, proof, root):
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf_hash
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def parse_tlog_proof(data):
    text = data.decode("utf-8")
    head, sep, note = text.partition("\n\n")
    if not sep:
        raise ValueError("not a tlog-proof")
    lines = head.split("\n")
    if lines[0] != "c2sp.org/tlog-proof@v1":
        raise ValueError("not a tlog-proof")
    lines = lines[1:]
    if lines and lines[0].startswith("extra "):
        b64(lines[0][6:])
        lines = lines[1:]
    if not lines or not lines[0].startswith("index "):
        raise ValueError("not a tlog-proof")
    index = decimal(lines[0][6:])
    proof = [b64(line) for line in lines[1:]]
    if any(len(p) != 32 for p in proof):
        raise ValueError("not a tlog-proof")
    return index, proof, note.encode("utf-8")


# ---- Disclosures (Docs/evidence.md, "Commitments") ----

def field_name_ok(name):
    return isinstance(name, str) and name != "" and not any(ord(c) < 0x20 for c in name)


def disclosure_leaf(disclosure):
    """Returns (leaf hash, [(name, shown value or None)], [(pseudonym, tuple of digests)])."""
    if not isinstance(disclosure, dict) or set(disclosure) != {"kind", "fields", "fieldSalts"}:
        raise ValueError("not a disclosure")
    domain = {"revision": b"meldboek/v1/revision", "attachment": b"meldboek/v1/attachment"}.get(disclosure["kind"])
    salts = disclosure["fieldSalts"]
    if domain is None or not isinstance(disclosure["fields"], list) or not isinstance(salts, dict):
        raise ValueError("not a disclosure")
    salts = {name: hex32(value) for name, value in salts.items()}
    leaf = hashlib.sha256(domain + b"\x00")
    seen, values, runs = set(), [], []
    for field in disclosure["fields"]:
        if not isinstance(field, dict) or "name" not in field or len(field) != 2:
            raise ValueError("a malformed field")
        name = field["name"]
        if not field_name_ok(name) or name in seen:
            raise ValueError("a malformed field")
        seen.add(name)
        encoded = name.encode()
        if "commitment" in field:
            if name in salts:
                raise ValueError("a withheld field with a salt")
            commitment = hex32(field["commitment"])
            values.append((name, None))
        elif "value" in field:
            if not isinstance(field["value"], str) or name not in salts:
                raise ValueError("a malformed field")
            commitment = sha256(b"meldboek/v1/field\x00" + encoded + b"\x00" + salts[name] + field["value"].encode())
            values.append((name, field["value"]))
        elif "tokens" in field:
            if not isinstance(field["tokens"], list) or name not in salts:
                raise ValueError("a malformed field")
            text = hashlib.sha256(b"meldboek/v1/text\x00" + encoded + b"\x00" + salts[name])
            shown, run = "", None
            for token in field["tokens"]:
                if isinstance(token, dict) and set(token) == {"text", "salt"} and isinstance(token["text"], str) and token["text"]:
                    text.update(sha256(b"meldboek/v1/token\x00" + hex32(token["salt"]) + token["text"].encode()))
                    if run:
                        runs.append(run)
                        run = None
                    shown += token["text"]
                elif isinstance(token, dict) and set(token) == {"digest", "pseudonym"} and isinstance(token["pseudonym"], str) and token["pseudonym"]:
                    digest = hex32(token["digest"])
                    text.update(digest)
                    if run and run[0] == token["pseudonym"]:
                        run = (run[0], run[1] + (digest,))
                    else:
                        if run:
                            runs.append(run)
                        run = (token["pseudonym"], (digest,))
                        shown += token["pseudonym"]
                else:
                    raise ValueError("a malformed token")
            if run:
                runs.append(run)
            commitment = text.digest()
            values.append((name, shown))
        else:
            raise ValueError("a malformed field")
        leaf.update(encoded + b"\x00" + commitment)
    if not set(salts) <= seen:
        raise ValueError("a salt for a field that is not there")
    return sha256(b"\x00" + leaf.digest()), values, runs


# ---- Timestamps: a minimal DER walk (RFC 3161, RFC 5652) ----

def der(data, offset=0):
    """Returns (tag, content start, end) of the element at offset."""
    tag, length, at = data[offset], data[offset + 1], offset + 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4:
            raise ValueError("DER length")
        length = int.from_bytes(data[at : at + count], "big")
        at += count
    if at + length > len(data):
        raise ValueError("DER cut short")
    return tag, at, at + length


def children(data, start, end):
    items, at = [], start
    while at < end:
        tag, content, after = der(data, at)
        items.append((tag, content, after))
        at = after
    return items


SIGNED_DATA = bytes.fromhex("2a864886f70d010702")
TST_INFO = bytes.fromhex("2a864886f70d0109100104")
SHA256_OID = bytes.fromhex("608648016503040201")


def tst_info(token):
    """(hash algorithm OID, hashed message, genTime, is a full response) of a .tsr response or bare token."""
    tag, start, end = der(token)
    if tag != 0x30 or end != len(token):
        raise ValueError("not DER")
    top = children(token, start, end)
    response = top[0][0] == 0x30
    if response:
        status = children(token, top[0][1], top[0][2])
        if token[status[0][1] : status[0][2]] not in (b"\x00", b"\x01") or len(top) < 2:
            raise ValueError("the timestamp authority did not grant the request")
        content_info = children(token, top[1][1], top[1][2])
    else:
        content_info = top
    if content_info[0][0] != 0x06 or token[content_info[0][1] : content_info[0][2]] != SIGNED_DATA:
        raise ValueError("not a signed timestamp token")
    signed_data = children(token, *der(token, content_info[1][1])[1:])
    encap = children(token, signed_data[2][1], signed_data[2][2])
    if token[encap[0][1] : encap[0][2]] != TST_INFO:
        raise ValueError("not a timestamp token")
    octets = der(token, encap[1][1])
    info = der(token, octets[1])
    fields = children(token, info[1], info[2])
    imprint = children(token, fields[2][1], fields[2][2])
    algorithm = children(token, imprint[0][1], imprint[0][2])
    gentime = token[fields[4][1] : fields[4][2]].decode("ascii")
    match = re.fullmatch(r"(\d{14})(\.\d+)?Z", gentime)
    if fields[4][0] != 0x18 or not match:
        raise ValueError("a malformed genTime")
    when = datetime.datetime.strptime(match.group(1), "%Y%m%d%H%M%S").replace(tzinfo=datetime.timezone.utc)
    return token[algorithm[0][1] : algorithm[0][2]], token[imprint[1][1] : imprint[1][2]], when, response


def plural(count, one, other):
    return "%d %s" % (count, one if count == 1 else other)


def iso(when):
    return when.strftime("%Y-%m-%d %H:%M:%S UTC")


# ---- The folder ----

def main(argv):
    # Without a folder argument: the folder this check.py lives in, wherever it is run from.
    folder = os.path.dirname(os.path.abspath(__file__))
    journal_key, cosigner_keys, tsa_ca = None, [], None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--journal-key" and args:
            journal_key = args.pop(0)
        elif arg == "--cosigner-key" and args:
            cosigner_keys.append(args.pop(0))
        elif arg == "--tsa-ca" and args:
            tsa_ca = args.pop(0)
        elif not arg.startswith("--"):
            folder = arg
        else:
            print(__doc__ or "usage: python3 check.py [FOLDER] [--journal-key VKEY] [--cosigner-key VKEY]... [--tsa-ca FILE]")
            return 2
    if ED25519 is None:
        print("Can't check signatures here: install the Python package 'cryptography' (pip install cryptography) or PyNaCl, and run this again.")
        print("Handtekeningen kunnen hier niet worden gecontroleerd: installeer het Python-pakket 'cryptography' of PyNaCl en probeer het opnieuw.")
        return 2
    try:
        index = read_json(os.path.join(folder, "index.json"))
        if index.get("format") != "meldboek-evidence" or index.get("version") != 1:
            print("FAILED: index.json is not a Meldboek evidence folder index (version 1)")
            return 2
        journal = Key(journal_key or index["journalKey"])
        cosigners = [Key(k) for k in (cosigner_keys or index["cosignerKeys"])]
        if journal.type != 1 or any(k.type != 4 for k in cosigners):
            raise ValueError("the journal key must be a note key (type 1), cosigner keys type 4")
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        print("FAILED: the folder's index or keys can't be read: %s" % error)
        return 2
    print("Ed25519 through %s." % ED25519)
    print("Journal key: %s" % (journal_key or index["journalKey"]))
    if tsa_ca is None and index.get("tsaCertificates"):
        tsa_ca = os.path.join(folder, index["tsaCertificates"])
    openssl = shutil.which("openssl")

    checkpoints = {}
    for entry in index.get("checkpoints", []):
        path = entry["file"]
        witnesses = []
        try:
            with open(os.path.join(folder, path), "rb") as handle:
                note = handle.read()
            body, signatures = parse_note(note)
            origin, size, root = parse_checkpoint(body)
            if origin != journal.name:
                raise ValueError("its origin is %s, not the journal key's name %s" % (origin, journal.name))
            if not note_signed_by(body, signatures, journal):
                raise ValueError("it has no signature by the journal key")
            for key in cosigners:
                time = cosigned_at(body, signatures, key)
                if time is not None:
                    when = datetime.datetime.fromtimestamp(time, datetime.timezone.utc)
                    witnesses.append((when, "cosignature by %s" % key.name))
        except (OSError, ValueError, UnicodeDecodeError, IndexError) as error:
            fail("checkpoint %s: %s" % (path, error))
            continue
        for stamp in entry.get("timestamps", []) + entry.get("ots", []):
            try:
                with open(os.path.join(folder, stamp["stamped"]), "rb") as handle:
                    stamped = handle.read()
                with open(os.path.join(folder, stamp["file"]), "rb") as handle:
                    proof = handle.read()
                stamped_body, stamped_signatures = parse_note(stamped)
                if stamped_body != body or not note_signed_by(stamped_body, stamped_signatures, journal):
                    raise ValueError("the stamped file is not this checkpoint signed by the journal key")
                if stamp["file"].endswith(".ots"):
                    magic = b"\x00OpenTimestamps\x00\x00Proof\x00\xbf\x89\xe2\xe8\x84\xe8\x92\x94"
                    if not proof.startswith(magic) or proof[len(magic) + 1] != 0x08 or proof[len(magic) + 2 : len(magic) + 34] != sha256(stamped):
                        raise ValueError("the OpenTimestamps proof is not for the SHA-256 of %s" % stamp["stamped"])
                    print("  %s: an OpenTimestamps proof of %s; check it against Bitcoin with: ots verify %s" % (stamp["file"], stamp["stamped"], stamp["file"]))
                    continue
                algorithm, imprint, when, response = tst_info(proof)
                if algorithm != SHA256_OID or imprint != sha256(stamped):
                    raise ValueError("its message imprint is not the SHA-256 of %s" % stamp["stamped"])
                if openssl and tsa_ca:
                    command = [openssl, "ts", "-verify", "-data", os.path.join(folder, stamp["stamped"]),
                               "-in", os.path.join(folder, stamp["file"]), "-CAfile", tsa_ca]
                    if not response:
                        command.insert(command.index("-in") + 2, "-token_in")
                    result = subprocess.run(command, capture_output=True)
                    if result.returncode != 0:
                        raise ValueError("openssl ts -verify refuses it: %s" % result.stderr.decode(errors="replace").strip())
                    witnesses.append((when, "timestamp %s" % stamp["file"]))
                else:
                    print("  %s: a timestamp of %s at %s, its signature not checked here (no openssl or no CA file): run the openssl command in README.en.md" % (stamp["file"], stamp["stamped"], iso(when)))
            except (OSError, ValueError, KeyError, IndexError, UnicodeDecodeError) as error:
                fail("timestamp %s: %s" % (stamp.get("file"), error))
        checkpoints[path] = (body, size, root, sorted(witnesses))
        print("Checkpoint %s: size %d, signed by the journal key; %s checked." % (path, size, plural(len(witnesses), "witness", "witnesses")))

    all_runs = []
    for item in index.get("revisions", []):
        label = item.get("disclosure")
        try:
            disclosure = read_json(os.path.join(folder, item["disclosure"]))
            leaf_hash, values, runs = disclosure_leaf(disclosure)
            all_runs.extend(runs)
            with open(os.path.join(folder, item["proof"]), "rb") as handle:
                leaf_index, proof, note = parse_tlog_proof(handle.read())
            body, signatures = parse_note(note)
            if item["checkpoint"] not in checkpoints:
                raise ValueError("its checkpoint %s did not check" % item["checkpoint"])
            checkpoint_body, size, root, witnesses = checkpoints[item["checkpoint"]]
            if body != checkpoint_body or not note_signed_by(body, signatures, journal):
                raise ValueError("the proof's checkpoint is not %s signed by the journal key" % item["checkpoint"])
            if not verify_inclusion(leaf_hash, leaf_index, size, proof, root):
                raise ValueError("the inclusion proof does not lead from this disclosure's leaf to the checkpoint's root")
        except (OSError, ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as error:
            fail("%s: %s" % (label, error))
            continue
        shown = dict(values)
        name = "%s revision %s" % (shown.get("entry"), shown.get("revision")) if disclosure["kind"] == "revision" else "%s attachment %s" % (shown.get("entry"), shown.get("name"))
        print("%s: leaf %d of %d in %s: proven." % (name, leaf_index, size, item["checkpoint"]))
        if witnesses:
            print("  committed no later than %s (%s)" % (iso(witnesses[0][0]), witnesses[0][1]))
        else:
            print("  no witness could be checked here: only the journal's own signature vouches for its time")
    if not index.get("revisions"):
        fail("the folder holds no revisions to prove")
    by_pseudonym, by_digests = {}, {}
    for pseudonym, digests in all_runs:
        if by_pseudonym.setdefault(pseudonym, digests) != digests or by_digests.setdefault(digests, pseudonym) != pseudonym:
            fail("the pseudonym %r stands for two different names, or a name under two pseudonyms" % pseudonym)
            break
    if FAILURES:
        print("%s FAILED." % plural(len(FAILURES), "check", "checks"))
        return 1
    print("Everything checks.")
    return 0


def run(argv):
    try:
        return main(argv)
    except Exception as error:  # a folder laid out otherwise than index.json says: fail, naming it
        print("FAILED: the folder is not laid out as its index says: %s: %s" % (type(error).__name__, error))
        return 1


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
"""#
}
