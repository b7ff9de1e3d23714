// Tests for minisign keys and signatures: round trips, a vector made by minisign 0.11, tampering and strict parsing.
import Foundation
import MeldboekShare
import MeldboekSodium
import Testing

/// A signer with a fixed seed and key ID, so failures are reproducible.
func minisignTestSigner(seed: UInt8 = 7, keyID: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8]) throws -> MinisignSigner {
    let key = try Ed25519.SigningKey(seed: SecureBytes(copying: [UInt8](repeating: seed, count: 32)))
    return MinisignSigner(signingKey: key, keyID: keyID)
}

/// A signature file by `minisign -Sm m -s sec -t "my comment"` (minisign 0.11) over the message "hello\n".
private enum MinisignVector {
    static let publicKey = "RWR76FnN7doFfLdxt25lk7RP0yLSYFmuxoHY3S4sefF50DrlTok8mZxo"
    static let publicKeyFile = """
        untrusted comment: minisign public key 7C05DAEDCD59E87B
        RWR76FnN7doFfLdxt25lk7RP0yLSYFmuxoHY3S4sefF50DrlTok8mZxo

        """
    static let message = Array("hello\n".utf8)
    static let signature = """
        untrusted comment: signature from minisign secret key
        RUR76FnN7doFfGukaE98eaEk9DpGXXdMf9ent0HnOtDBTO57V6jZqFYRGbRBNsWew228u846p96cB3doolnPUx4J1H1JewA7UAY=
        trusted comment: my comment
        zfgxsB75Qy3aYyBmMaavd0QD5Ziu8FTL65YeneUya6v35kDoEuHs4m271ZsTung80hnc1WElumzsDmLQpOHUDQ==

        """
}

/// Splits a signature into its four lines, lets `edit` change them, and joins them again.
private func editing(_ signature: String, _ edit: (inout [String]) -> Void) -> String {
    var lines = signature.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    edit(&lines)
    return lines.joined(separator: "\n")
}

/// Re-encodes the binary signature line (algorithm ‖ key ID ‖ signature) after `edit`.
private func editingSignatureLine(_ signature: String, _ edit: @escaping (inout [UInt8]) -> Void) throws -> String {
    var result = signature
    var failure: Error?
    result = editing(signature) { lines in
        do {
            var bytes = try Encoding.fromBase64(lines[1], variant: .original)
            edit(&bytes)
            lines[1] = Encoding.base64(bytes, variant: .original)
        } catch {
            failure = error
        }
    }
    if let failure { throw failure }
    return result
}

@Suite struct MinisignTests {
    let message = Array("the manifest\n".utf8)

    @Test func signsAndVerifies() throws {
        let signer = try minisignTestSigner()
        let signature = try signer.sign(message, trustedComment: "bundle 42\tat 2025-01-01T00:00:00Z")
        let comment = try Minisign.verify(signature: signature, message: message, publicKey: signer.publicKey)
        #expect(comment == "bundle 42\tat 2025-01-01T00:00:00Z")
    }

    @Test func writesMinisignsLayout() throws {
        let signer = try minisignTestSigner()
        let signature = try signer.sign(message, trustedComment: "tc", untrustedComment: "uc")
        let lines = signature.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5 && lines[4].isEmpty)
        #expect(lines[0] == "untrusted comment: uc")
        #expect(lines[1].hasPrefix("RUQBAgMEBQYHC"))  // base64 of "ED" and key ID 01...08
        #expect(lines[2] == "trusted comment: tc")
        let signatureBytes = try Encoding.fromBase64(String(lines[1]), variant: .original)
        #expect(signatureBytes.count == 74)
        #expect(Array(signatureBytes.prefix(10)) == Array("ED".utf8) + [1, 2, 3, 4, 5, 6, 7, 8])
        // The signature is Ed25519 over BLAKE2b-512 of the message; the global one covers it and the comment.
        let publicKey = signer.publicKey.key
        let prehash = BLAKE2b.hash(message, outputByteCount: 64)
        #expect(Ed25519.isValidSignature(Array(signatureBytes[10...]), for: prehash, publicKey: publicKey))
        let global = try Encoding.fromBase64(String(lines[3]), variant: .original)
        #expect(Ed25519.isValidSignature(global, for: Array(signatureBytes[10...]) + Array("tc".utf8), publicKey: publicKey))
    }

    @Test func signsDeterministically() throws {
        let signer = try minisignTestSigner()
        #expect(try signer.sign(message, trustedComment: "x") == signer.sign(message, trustedComment: "x"))
    }

    @Test func signsAndVerifiesAStreamedPrehash() throws {
        let signer = try minisignTestSigner()
        var hasher = BLAKE2b.Hasher(outputByteCount: 64)
        for piece in stride(from: 0, to: message.count, by: 3) {
            hasher.update(Array(message[piece..<min(piece + 3, message.count)]))
        }
        #expect(hasher.finalize() == Minisign.prehash(message))
        let signature = try signer.sign(prehash: hasher.finalize(), trustedComment: "streamed", untrustedComment: "u")
        #expect(try Minisign.verify(signature: signature, message: message, publicKey: signer.publicKey) == "streamed")
        #expect(
            try Minisign.verify(signature: signature, prehash: hasher.finalize(), publicKey: signer.publicKey)
                == "streamed")
    }

    @Test func verifiesASignatureMadeByMinisign() throws {
        let publicKey = try MinisignPublicKey(base64: MinisignVector.publicKey)
        #expect(try MinisignPublicKey(fileText: MinisignVector.publicKeyFile) == publicKey)
        #expect(publicKey.fileText == MinisignVector.publicKeyFile)
        #expect(publicKey.base64 == MinisignVector.publicKey)
        let comment = try Minisign.verify(
            signature: MinisignVector.signature, message: MinisignVector.message, publicKey: publicKey)
        #expect(comment == "my comment")
    }

    @Test func acceptsASignatureWithoutTheFinalNewline() throws {
        let publicKey = try MinisignPublicKey(base64: MinisignVector.publicKey)
        let signature = String(MinisignVector.signature.dropLast())
        #expect(try Minisign.verify(signature: signature, message: MinisignVector.message, publicKey: publicKey) == "my comment")
    }

    @Test func publicKeyRoundTrips() throws {
        let publicKey = try minisignTestSigner().publicKey
        #expect(publicKey.keyID == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(try MinisignPublicKey(base64: publicKey.base64) == publicKey)
        #expect(try MinisignPublicKey(fileText: publicKey.fileText) == publicKey)
        #expect(publicKey.fileText.hasPrefix("untrusted comment: minisign public key 807060504030201\n"))
        #expect(publicKey.base64.count == 56)
    }

    // MARK: Tampering

    @Test func detectsAChangedMessage() throws {
        let signer = try minisignTestSigner()
        let signature = try signer.sign(message, trustedComment: "x")
        #expect(throws: MinisignError.invalidSignature) {
            try Minisign.verify(signature: signature, message: message + [0], publicKey: signer.publicKey)
        }
        #expect(throws: MinisignError.invalidSignature) {
            try Minisign.verify(signature: signature, message: Array(message.dropLast()), publicKey: signer.publicKey)
        }
    }

    @Test func detectsAChangedTrustedComment() throws {
        let signer = try minisignTestSigner()
        let signature = try signer.sign(message, trustedComment: "bundle 1")
        let forged = editing(signature) { $0[2] = "trusted comment: bundle 2" }
        #expect(throws: MinisignError.invalidGlobalSignature) {
            try Minisign.verify(signature: forged, message: message, publicKey: signer.publicKey)
        }
        let trailingSpace = editing(signature) { $0[2] += " " }
        #expect(throws: MinisignError.invalidGlobalSignature) {
            try Minisign.verify(signature: trailingSpace, message: message, publicKey: signer.publicKey)
        }
    }

    @Test func detectsAChangedSignature() throws {
        let signer = try minisignTestSigner()
        let signature = try signer.sign(message, trustedComment: "x")
        for index in [10, 40, 73] {
            let forged = try editingSignatureLine(signature) { $0[index] ^= 0x01 }
            #expect(throws: MinisignError.invalidSignature) {
                try Minisign.verify(signature: forged, message: message, publicKey: signer.publicKey)
            }
        }
    }

    @Test func detectsAChangedGlobalSignature() throws {
        let signer = try minisignTestSigner()
        let signature = try signer.sign(message, trustedComment: "x")
        let forged = editing(signature) { lines in
            var bytes = try! Encoding.fromBase64(lines[3], variant: .original)
            bytes[0] ^= 0x80
            lines[3] = Encoding.base64(bytes, variant: .original)
        }
        #expect(throws: MinisignError.invalidGlobalSignature) {
            try Minisign.verify(signature: forged, message: message, publicKey: signer.publicKey)
        }
    }

    @Test func detectsAChangedKeyID() throws {
        let signer = try minisignTestSigner()
        let signature = try signer.sign(message, trustedComment: "x")
        let forged = try editingSignatureLine(signature) { $0[2] ^= 0x01 }
        #expect(throws: MinisignError.keyIDMismatch) {
            try Minisign.verify(signature: forged, message: message, publicKey: signer.publicKey)
        }
    }

    @Test func rejectsAnotherKey() throws {
        let signature = try minisignTestSigner(seed: 7).sign(message, trustedComment: "x")
        let other = try minisignTestSigner(seed: 8, keyID: [9, 9, 9, 9, 9, 9, 9, 9]).publicKey
        #expect(throws: MinisignError.keyIDMismatch) {
            try Minisign.verify(signature: signature, message: message, publicKey: other)
        }
        // The same key ID on a different key: the signature itself must fail.
        let impostor = try minisignTestSigner(seed: 8).publicKey
        #expect(throws: MinisignError.invalidSignature) {
            try Minisign.verify(signature: signature, message: message, publicKey: impostor)
        }
    }

    // MARK: Algorithms

    @Test func refusesLegacyNonPrehashedSignatures() throws {
        // A real legacy signature: Ed25519 over the message itself, with algorithm "Ed".
        let key = try Ed25519.SigningKey(seed: SecureBytes(copying: [UInt8](repeating: 7, count: 32)))
        let keyID: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8]
        let signature = try key.signature(for: message)
        let global = try key.signature(for: signature + Array("x".utf8))
        let legacy = """
            untrusted comment: legacy
            \(Encoding.base64(Array("Ed".utf8) + keyID + signature, variant: .original))
            trusted comment: x
            \(Encoding.base64(global, variant: .original))

            """
        #expect(throws: MinisignError.unsupportedAlgorithm("Ed (legacy, not prehashed)")) {
            try Minisign.verify(signature: legacy, message: message, publicKey: try minisignTestSigner().publicKey)
        }
    }

    @Test func refusesUnknownSignatureAlgorithms() throws {
        let signer = try minisignTestSigner()
        let forged = try editingSignatureLine(try signer.sign(message, trustedComment: "x")) {
            $0.replaceSubrange(0..<2, with: Array("Sm".utf8))
        }
        #expect(throws: MinisignError.unsupportedAlgorithm("Sm")) {
            try Minisign.verify(signature: forged, message: message, publicKey: signer.publicKey)
        }
    }

    @Test func refusesPublicKeysForOtherAlgorithms() throws {
        var bytes = try Encoding.fromBase64(MinisignVector.publicKey, variant: .original)
        bytes[1] = UInt8(ascii: "D")
        #expect(throws: MinisignError.unsupportedAlgorithm("ED")) {
            try MinisignPublicKey(base64: Encoding.base64(bytes, variant: .original))
        }
    }

    // MARK: Strict parsing

    @Test func rejectsMalformedPublicKeys() throws {
        let good = MinisignVector.publicKey
        for text in ["", good + "=", String(good.dropLast()), " " + good, good + "\n", good.replacingOccurrences(of: "R", with: "-")] {
            #expect(throws: MinisignError.self, "\(text.debugDescription)") { try MinisignPublicKey(base64: text) }
        }
        #expect(throws: MinisignError.self) { try MinisignPublicKey(keyID: [1, 2, 3], key: [UInt8](repeating: 0, count: 32)) }
        #expect(throws: MinisignError.self) { try MinisignPublicKey(keyID: [UInt8](repeating: 0, count: 8), key: [1]) }
        let file = MinisignVector.publicKeyFile
        for text in [
            good, file + "\n", "comment: x\n" + good + "\n", file.replacingOccurrences(of: "\n", with: "\r\n"),
            "untrusted comment: x\n" + good + "\nmore\n",
        ] {
            #expect(throws: MinisignError.self, "\(text.debugDescription)") { try MinisignPublicKey(fileText: text) }
        }
    }

    @Test func rejectsMalformedSignatureFiles() throws {
        let signer = try minisignTestSigner()
        let signature = try signer.sign(message, trustedComment: "x")
        let cases: [(String, String)] = [
            ("three lines", editing(signature) { $0.remove(at: 3) }),
            ("five lines", signature + "extra\n"),
            ("a blank line at the end", signature + "\n"),
            ("CR LF line ends", signature.replacingOccurrences(of: "\n", with: "\r\n")),
            ("no untrusted comment prefix", editing(signature) { $0[0] = "comment: x" }),
            ("no trusted comment prefix", editing(signature) { $0[2] = "trusted: x" }),
            ("a space before the signature", editing(signature) { $0[1] = " " + $0[1] }),
            ("a space after the signature", editing(signature) { $0[1] += " " }),
            ("unpadded base64", editing(signature) { $0[1] = String($0[1].dropLast()) }),
            ("a short signature", editing(signature) { $0[1] = String($0[1].dropLast(4)) }),
            ("a short global signature", editing(signature) { $0[3] = String($0[3].dropLast(4)) }),
            ("URL-safe base64", editing(signature) { $0[3] = String(repeating: "-", count: 86) + "==" }),
            ("an untrusted comment over minisign's limit", editing(signature) { $0[0] += String(repeating: "u", count: 1000) }),
            ("an empty text", ""),
        ]
        for (what, text) in cases {
            let error = #expect(throws: MinisignError.self, "\(what)") {
                try Minisign.verify(signature: text, message: message, publicKey: signer.publicKey)
            }
            guard case .malformed = error else {
                Issue.record("\(what): expected malformed, got \(String(describing: error))")
                continue
            }
        }
    }

    @Test func rejectsTrustedCommentsThatAreNotOneLine() throws {
        let signer = try minisignTestSigner()
        for comment in ["a\nb", "a\rb", "a\u{0}b", "\u{1B}[2Jcleared", String(repeating: "t", count: 8174)] {
            #expect(throws: MinisignError.invalidTrustedComment, "\(comment.prefix(20).debugDescription)") {
                try signer.sign(message, trustedComment: comment)
            }
        }
        // The longest comment minisign reads is fine.
        let longest = String(repeating: "t", count: 8173)
        #expect(try Minisign.verify(signature: signer.sign(message, trustedComment: longest), message: message, publicKey: signer.publicKey) == longest)
        // In a file, a control character in the trusted comment is refused before any signature is checked.
        let signature = try signer.sign(message, trustedComment: "x")
        for line in ["trusted comment: x\u{1B}", "trusted comment: x\r", "trusted comment: " + longest + "t"] {
            #expect(throws: MinisignError.invalidTrustedComment) {
                try Minisign.verify(signature: editing(signature) { $0[2] = line }, message: message, publicKey: signer.publicKey)
            }
        }
    }

    @Test func refusesUntrustedCommentsThatAreNotOneLine() throws {
        let signer = try minisignTestSigner()
        for comment in ["a\nb", "a\rb", String(repeating: "u", count: 1004)] {
            #expect(throws: MinisignError.self) { try signer.sign(message, trustedComment: "x", untrustedComment: comment) }
        }
        let longest = String(repeating: "u", count: 1003)
        let signature = try signer.sign(message, trustedComment: "x", untrustedComment: longest)
        #expect(try Minisign.verify(signature: signature, message: message, publicKey: signer.publicKey) == "x")
    }

    @Test func acceptsAnyUntrustedCommentText() throws {
        let signer = try minisignTestSigner()
        let signature = editing(try signer.sign(message, trustedComment: "x")) { $0[0] = "untrusted comment: changed by anyone" }
        #expect(try Minisign.verify(signature: signature, message: message, publicKey: signer.publicKey) == "x")
    }

    @Test func keepsUnicodeInTheTrustedCommentExact() throws {
        let signer = try minisignTestSigner()
        // "é" precomposed and decomposed are different bytes, so each must verify only as itself.
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        let signature = try signer.sign(message, trustedComment: composed)
        #expect(try Minisign.verify(signature: signature, message: message, publicKey: signer.publicKey) == composed)
        #expect(throws: MinisignError.invalidGlobalSignature) {
            try Minisign.verify(
                signature: editing(signature) { $0[2] = "trusted comment: " + decomposed }, message: message,
                publicKey: signer.publicKey)
        }
    }
}
