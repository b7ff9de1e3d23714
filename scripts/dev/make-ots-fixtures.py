#!/usr/bin/env python3
"""Writes the OpenTimestamps proofs Tests/MeldboekEvidenceTests/OpenTimestampsProofTests.swift reads, as hex.

Uses python-opentimestamps (`pip install opentimestamps`, the library `ots` is built on), whose serializer
writes proofs exactly as `ots stamp` and `ots upgrade` do; `ots stamp` itself needs the calendars online.
The stamped file is the bytes b"meldboek checkpoint\n".
"""
from opentimestamps.core.notary import BitcoinBlockHeaderAttestation, PendingAttestation
from opentimestamps.core.op import OpAppend, OpPrepend, OpSHA256
from opentimestamps.core.serialize import BytesSerializationContext
from opentimestamps.core.timestamp import DetachedTimestampFile, Timestamp
import hashlib

data = b"meldboek checkpoint\n"
digest = hashlib.sha256(data).digest()


def proof(build):
    timestamp = Timestamp(digest)
    build(timestamp)
    ctx = BytesSerializationContext()
    DetachedTimestampFile(OpSHA256(), timestamp).serialize(ctx)
    return ctx.getbytes().hex()


def pending(timestamp):
    # As `ots stamp` does: a random nonce appended, hashed, then one branch per calendar.
    nonced = timestamp.ops.add(OpAppend(bytes(range(16))))
    merkle = nonced.ops.add(OpSHA256())
    for url in ["https://alice.btc.calendar.opentimestamps.org", "https://bob.btc.calendar.opentimestamps.org"]:
        branch = merkle.ops.add(OpPrepend(url.encode()[-8:]))
        branch.ops.add(OpSHA256()).attestations.add(PendingAttestation(url))


def attested(timestamp):
    nonced = timestamp.ops.add(OpAppend(bytes(range(16))))
    merkle = nonced.ops.add(OpSHA256())
    merkle.attestations.add(PendingAttestation("https://alice.btc.calendar.opentimestamps.org"))
    step = merkle.ops.add(OpPrepend(bytes(32))).ops.add(OpSHA256())
    step.ops.add(OpAppend(bytes([0xAB]) * 32)).ops.add(OpSHA256()).attestations.add(
        BitcoinBlockHeaderAttestation(358391))


print("digest", digest.hex())
print("pending", proof(pending))
print("attested", proof(attested))
# The Merkle root the Bitcoin attestation commits to, as python computes it.
t = Timestamp(digest)
attested(t)
for msg, att in t.all_attestations():
    if isinstance(att, BitcoinBlockHeaderAttestation):
        print("merkleroot", msg.hex())
