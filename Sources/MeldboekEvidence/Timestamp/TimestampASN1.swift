// The ASN.1 pieces of RFC 3161 (TimeStampReq, TimeStampResp, TSTInfo) and of RFC 5652 (SignedData, SignerInfo)
// that a timestamp token needs, read strictly as DER with SwiftASN1. swift-certificates keeps its own CMS types
// internal, and its CMS verifier accepts only id-data content, so the token's structure is read here.
import SwiftASN1
import X509

/// The object identifiers a timestamp token names.
enum TimestampOID {
    static let sha1: ASN1ObjectIdentifier = [1, 3, 14, 3, 2, 26]
    static let sha256: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 1]
    static let sha384: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 2]
    static let sha512: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 3]
    static let signedData: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 7, 2]
    /// id-ct-TSTInfo (RFC 3161 §2.4.2).
    static let tstInfo: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 16, 1, 4]
    static let contentType: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 3]
    static let messageDigest: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 4]
    /// id-aa-signingCertificate (RFC 2634 §5.4): ESSCertID, a SHA-1 hash of the signer's certificate.
    static let signingCertificate: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 16, 2, 12]
    /// id-aa-signingCertificateV2 (RFC 5035, RFC 5816): ESSCertIDv2, any hash of the signer's certificate.
    static let signingCertificateV2: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 9, 16, 2, 47]
    static let rsaEncryption: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 1, 1]
    static let sha256WithRSA: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 1, 11]
    static let sha384WithRSA: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 1, 12]
    static let sha512WithRSA: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 1, 13]
    static let ecdsaWithSHA256: ASN1ObjectIdentifier = [1, 2, 840, 10045, 4, 3, 2]
    static let ecdsaWithSHA384: ASN1ObjectIdentifier = [1, 2, 840, 10045, 4, 3, 3]
    static let ecdsaWithSHA512: ASN1ObjectIdentifier = [1, 2, 840, 10045, 4, 3, 4]
}

/// A digest algorithm a token may use for its signed attributes and certificate hashes.
enum TimestampDigest: Sendable {
    case sha1, sha256, sha384, sha512

    /// The digest an AlgorithmIdentifier names, with absent or NULL parameters; nil for any other.
    init?(_ algorithm: AlgorithmID) {
        guard algorithm.hasNoParameters else { return nil }
        switch algorithm.algorithm {
        case TimestampOID.sha1: self = .sha1
        case TimestampOID.sha256: self = .sha256
        case TimestampOID.sha384: self = .sha384
        case TimestampOID.sha512: self = .sha512
        default: return nil
        }
    }
}

/// AlgorithmIdentifier (RFC 5280 §4.1.1.2); swift-certificates keeps its own internal.
struct AlgorithmID: DERImplicitlyTaggable, Hashable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    var algorithm: ASN1ObjectIdentifier
    var parameters: ASN1Any?

    init(algorithm: ASN1ObjectIdentifier, parameters: ASN1Any? = nil) {
        self.algorithm = algorithm
        self.parameters = parameters
    }

    init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(rootNode, identifier: identifier) { nodes in
            let algorithm = try ASN1ObjectIdentifier(derEncoded: &nodes)
            let parameters = nodes.next().map { ASN1Any(derEncoded: $0) }
            return AlgorithmID(algorithm: algorithm, parameters: parameters)
        }
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(algorithm)
            if let parameters { try coder.serialize(parameters) }
        }
    }

    /// Whether the parameters are absent or NULL, as every hash algorithm's must be.
    var hasNoParameters: Bool {
        guard let parameters else { return true }
        return (try? ASN1Null(asn1Any: parameters)) != nil
    }
}

/// MessageImprint (RFC 3161 §2.4.1): the hash algorithm and the hash of the timestamped data.
struct MessageImprint: DERImplicitlyTaggable, Hashable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    var algorithm: AlgorithmID
    var hashedMessage: [UInt8]

    init(algorithm: AlgorithmID, hashedMessage: [UInt8]) {
        self.algorithm = algorithm
        self.hashedMessage = hashedMessage
    }

    init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(rootNode, identifier: identifier) { nodes in
            let algorithm = try AlgorithmID(derEncoded: &nodes)
            let hashed = try ASN1OctetString(derEncoded: &nodes)
            return MessageImprint(algorithm: algorithm, hashedMessage: Array(hashed.bytes))
        }
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        try coder.appendConstructedNode(identifier: identifier) { coder in
            try coder.serialize(algorithm)
            try coder.serialize(ASN1OctetString(contentBytes: hashedMessage[...]))
        }
    }

    /// Whether this is a SHA-256 imprint of exactly `digest`.
    func isSHA256(of digest: [UInt8]) -> Bool {
        algorithm.algorithm == TimestampOID.sha256 && algorithm.hasNoParameters && hashedMessage == digest
    }
}

/// The content bytes of a DER INTEGER of any size (a serial number), checked to be minimal.
func integerBytes(_ node: ASN1Node) throws -> [UInt8] {
    guard node.identifier == .integer, case .primitive(let bytes) = node.content, let first = bytes.first else {
        throw ASN1Error.unexpectedFieldType(node.identifier)
    }
    if bytes.count > 1 {
        let second = bytes[bytes.startIndex + 1]
        if (first == 0x00 && second & 0x80 == 0) || (first == 0xFF && second & 0x80 != 0) {
            throw ASN1Error.invalidASN1IntegerEncoding(reason: "INTEGER not minimally encoded")
        }
    }
    return Array(bytes)
}

/// The next node of a SEQUENCE, if it has `identifier`; the iterator moves past it only then.
func optionalNode(_ nodes: inout ASN1NodeCollection.Iterator, _ identifier: ASN1Identifier) -> ASN1Node? {
    var copy = nodes
    guard let node = copy.next(), node.identifier == identifier else { return nil }
    nodes = copy
    return node
}

/// The next node of a SEQUENCE, which must be there.
func requiredNode(_ nodes: inout ASN1NodeCollection.Iterator) throws -> ASN1Node {
    guard let node = nodes.next() else {
        throw ASN1Error.invalidASN1Object(reason: "missing element")
    }
    return node
}

/// Lower-case hexadecimal of bytes.
func timestampHex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in bytes {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
}
