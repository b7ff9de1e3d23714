// Reading a TimeStampResp and the CMS SignedData token inside it (RFC 3161 §2.4.2, RFC 5652 §5), strictly as DER.
import Foundation
import SwiftASN1
import X509

/// A TimeStampResp as read, before anything is checked.
struct ParsedReply: Sendable {
    var status: Int
    var statusText: String?
    var token: ParsedToken?

    init(der: [UInt8]) throws {
        let root = try DER.parse(der)
        self = try DER.sequence(root, identifier: .sequence) { nodes in
            let (status, text) = try DER.sequence(try requiredNode(&nodes), identifier: .sequence) { nodes in
                let status = try Int(derEncoded: &nodes)
                var text: String?
                if let node = optionalNode(&nodes, .sequence) {
                    let strings = try DER.sequence(of: ASN1UTF8String.self, identifier: .sequence, rootNode: node)
                    text = strings.map { String($0) }.joined(separator: " ")
                }
                _ = try optionalNode(&nodes, .bitString).map { try ASN1BitString(derEncoded: $0) }
                return (status, text)
            }
            let token = try nodes.next().map { try ParsedToken(node: $0) }
            return ParsedReply(status: status, statusText: text, token: token)
        }
    }

    private init(status: Int, statusText: String?, token: ParsedToken?) {
        self.status = status
        self.statusText = statusText
        self.token = token
    }
}

/// TimeStampToken: a ContentInfo holding SignedData over a TSTInfo.
struct ParsedToken: Sendable {
    /// The token's own DER (the ContentInfo), kept as evidence and for `openssl ts -verify`.
    var der: [UInt8]
    var digestAlgorithms: [AlgorithmID]
    /// The DER of the TSTInfo: the content the signature's message-digest attribute covers.
    var tstInfoDER: [UInt8]
    var tstInfo: TSTInfo
    var certificates: [Certificate]
    var signer: SignerInfo

    init(node: ASN1Node) throws {
        der = Array(node.encodedBytes)
        var parsed: (digests: [AlgorithmID], content: [UInt8], certificates: [Certificate], signer: SignerInfo)?
        try DER.sequence(node, identifier: .sequence) { nodes in
            guard try ASN1ObjectIdentifier(derEncoded: &nodes) == TimestampOID.signedData else {
                throw ASN1Error.invalidASN1Object(reason: "not SignedData")
            }
            parsed = try DER.explicitlyTagged(&nodes, tagNumber: 0, tagClass: .contextSpecific) { node in
                try DER.sequence(node, identifier: .sequence) { nodes in
                    // Version 3: the content is not id-data (RFC 5652 §5.1).
                    guard try Int(derEncoded: &nodes) == 3 else { throw ASN1Error.invalidASN1Object(reason: "version") }
                    let digests = try DER.set(of: AlgorithmID.self, identifier: .set, nodes: &nodes)
                    let content = try DER.sequence(try requiredNode(&nodes), identifier: .sequence) { nodes in
                        guard try ASN1ObjectIdentifier(derEncoded: &nodes) == TimestampOID.tstInfo else {
                            throw ASN1Error.invalidASN1Object(reason: "not TSTInfo")
                        }
                        return try DER.explicitlyTagged(&nodes, tagNumber: 0, tagClass: .contextSpecific) {
                            Array(try ASN1OctetString(derEncoded: $0).bytes)
                        }
                    }
                    var certificates: [Certificate] = []
                    let certificateTag = ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
                    if let node = optionalNode(&nodes, certificateTag) {
                        // OpenSSL writes this SET OF unsorted (PKCS #7 has it as a SEQUENCE OF), and nothing signs
                        // it, so its order is not held against the token.
                        guard case .constructed(let members) = node.content else {
                            throw ASN1Error.invalidASN1Object(reason: "certificates")
                        }
                        certificates = try members.map { try Certificate(derEncoded: $0) }
                    }
                    // Revocation lists are not checked (Docs/evidence.md says why); their presence is no error.
                    _ = optionalNode(&nodes, ASN1Identifier(tagWithNumber: 1, tagClass: .contextSpecific))
                    let signers = try DER.set(of: SignerInfo.self, identifier: .set, nodes: &nodes)
                    guard signers.count == 1 else { throw ASN1Error.invalidASN1Object(reason: "one signer") }
                    return (digests, content, certificates, signers[0])
                }
            }
        }
        guard let parsed else { throw ASN1Error.invalidASN1Object(reason: "no SignedData") }
        digestAlgorithms = parsed.digests
        tstInfoDER = parsed.content
        tstInfo = try TSTInfo(derEncoded: try DER.parse(parsed.content))
        certificates = parsed.certificates
        signer = parsed.signer
    }
}

/// TSTInfo (RFC 3161 §2.4.2): what the authority vouches for.
struct TSTInfo: DERImplicitlyTaggable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    var policy: ASN1ObjectIdentifier
    var imprint: MessageImprint
    var serialNumber: [UInt8]
    var genTime: GeneralizedTime
    var nonce: ASN1Node?
    var tsa: GeneralName?

    init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(rootNode, identifier: identifier) { nodes in
            guard try Int(derEncoded: &nodes) == 1 else { throw ASN1Error.invalidASN1Object(reason: "version") }
            let policy = try ASN1ObjectIdentifier(derEncoded: &nodes)
            let imprint = try MessageImprint(derEncoded: &nodes)
            let serial = try integerBytes(try requiredNode(&nodes))
            let genTime = try GeneralizedTime(derEncoded: &nodes)
            if let accuracy = optionalNode(&nodes, .sequence) {
                try Self.checkAccuracy(accuracy)
            }
            // DER leaves out a BOOLEAN equal to its DEFAULT (FALSE).
            if let ordering = optionalNode(&nodes, .boolean), try !Bool(derEncoded: ordering) {
                throw ASN1Error.invalidASN1Object(reason: "ordering FALSE encoded")
            }
            let nonce = optionalNode(&nodes, .integer)
            if let nonce { _ = try integerBytes(nonce) }
            let tsa = try DER.optionalExplicitlyTagged(&nodes, tagNumber: 0, tagClass: .contextSpecific) {
                try GeneralName(derEncoded: $0)
            }
            if let extensions = optionalNode(&nodes, ASN1Identifier(tagWithNumber: 1, tagClass: .contextSpecific)) {
                // A critical extension we cannot understand makes the token unusable (RFC 5280 semantics).
                let parsed = try DER.sequence(of: Certificate.Extension.self,
                                              identifier: ASN1Identifier(tagWithNumber: 1, tagClass: .contextSpecific),
                                              rootNode: extensions)
                if parsed.contains(where: \.critical) {
                    throw ASN1Error.invalidASN1Object(reason: "critical TSTInfo extension")
                }
            }
            return TSTInfo(policy: policy, imprint: imprint, serialNumber: serial, genTime: genTime, nonce: nonce, tsa: tsa)
        }
    }

    private init(policy: ASN1ObjectIdentifier, imprint: MessageImprint, serialNumber: [UInt8], genTime: GeneralizedTime,
                 nonce: ASN1Node?, tsa: GeneralName?) {
        self.policy = policy
        self.imprint = imprint
        self.serialNumber = serialNumber
        self.genTime = genTime
        self.nonce = nonce
        self.tsa = tsa
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        // Only ever read; the authority writes TSTInfo.
        throw ASN1Error.invalidASN1Object(reason: "TSTInfo is not written")
    }

    /// Accuracy ::= SEQUENCE { seconds INTEGER OPTIONAL, millis [0] INTEGER (1..999) OPTIONAL, micros [1] ... }.
    private static func checkAccuracy(_ node: ASN1Node) throws {
        try DER.sequence(node, identifier: .sequence) { nodes in
            if let seconds = optionalNode(&nodes, .integer), try Int(derEncoded: seconds) < 0 {
                throw ASN1Error.invalidASN1Object(reason: "accuracy")
            }
            for tag in [UInt(0), 1] {
                let identifier = ASN1Identifier(tagWithNumber: tag, tagClass: .contextSpecific)
                if let part = optionalNode(&nodes, identifier) {
                    let value = try Int(derEncoded: part, withIdentifier: identifier)
                    guard (1...999).contains(value) else { throw ASN1Error.invalidASN1Object(reason: "accuracy") }
                }
            }
        }
    }

    /// genTime as a Date (UTC, with its fraction of a second).
    var date: Date {
        Self.date(genTime)
    }

    static func date(_ time: GeneralizedTime) -> Date {
        // Days from the civil date (Howard Hinnant's algorithm), so no calendar or time zone enters.
        let year = time.month <= 2 ? time.year - 1 : time.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let month = time.month > 2 ? time.month - 3 : time.month + 9
        let dayOfYear = (153 * month + 2) / 5 + time.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = days * 86_400 + time.hours * 3600 + time.minutes * 60 + time.seconds
        return Date(timeIntervalSince1970: Double(seconds) + time.fractionalSeconds)
    }
}

/// SignerInfo (RFC 5652 §5.3), with the DER its signature covers.
struct SignerInfo: DERImplicitlyTaggable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    /// The signer named by issuer and serial number (version 1) ...
    var issuerAndSerial: (issuer: DistinguishedName, serial: [UInt8])?
    /// ... or by subject key identifier (version 3).
    var subjectKeyIdentifier: [UInt8]?
    var digestAlgorithm: AlgorithmID
    /// The signed attributes as the signature covers them: their DER with the EXPLICIT SET OF tag (RFC 5652 §5.4).
    var signedAttributesDER: [UInt8]
    var signedAttributes: [Attribute]
    var signatureAlgorithm: AlgorithmID
    var signature: [UInt8]

    init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        self = try DER.sequence(rootNode, identifier: identifier) { nodes in
            let version = try Int(derEncoded: &nodes)
            let sid = try requiredNode(&nodes)
            var issuerAndSerial: (DistinguishedName, [UInt8])?
            var subjectKeyIdentifier: [UInt8]?
            let keyIdentifierTag = ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
            switch (version, sid.identifier) {
            case (1, .sequence):
                issuerAndSerial = try DER.sequence(sid, identifier: .sequence) { nodes in
                    (try DistinguishedName(derEncoded: &nodes), try integerBytes(try requiredNode(&nodes)))
                }
            case (3, keyIdentifierTag):
                subjectKeyIdentifier = Array(try ASN1OctetString(derEncoded: sid, withIdentifier: keyIdentifierTag).bytes)
            default:
                throw ASN1Error.invalidASN1Object(reason: "signer identifier")
            }
            let digestAlgorithm = try AlgorithmID(derEncoded: &nodes)
            // RFC 3161 §2.4.2 puts the signing certificate in a signed attribute, so signed attributes must be there.
            let attributesTag = ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
            guard let attributesNode = optionalNode(&nodes, attributesTag) else {
                throw ASN1Error.invalidASN1Object(reason: "no signed attributes")
            }
            let attributes = try DER.set(of: Attribute.self, identifier: attributesTag, rootNode: attributesNode)
            var attributesDER = Array(attributesNode.encodedBytes)
            attributesDER[0] = 0x31
            let signatureAlgorithm = try AlgorithmID(derEncoded: &nodes)
            let signature = Array(try ASN1OctetString(derEncoded: &nodes).bytes)
            _ = optionalNode(&nodes, ASN1Identifier(tagWithNumber: 1, tagClass: .contextSpecific))
            return SignerInfo(
                issuerAndSerial: issuerAndSerial, subjectKeyIdentifier: subjectKeyIdentifier,
                digestAlgorithm: digestAlgorithm, signedAttributesDER: attributesDER, signedAttributes: attributes,
                signatureAlgorithm: signatureAlgorithm, signature: signature)
        }
    }

    private init(issuerAndSerial: (issuer: DistinguishedName, serial: [UInt8])?, subjectKeyIdentifier: [UInt8]?,
                 digestAlgorithm: AlgorithmID, signedAttributesDER: [UInt8], signedAttributes: [Attribute],
                 signatureAlgorithm: AlgorithmID, signature: [UInt8]) {
        self.issuerAndSerial = issuerAndSerial
        self.subjectKeyIdentifier = subjectKeyIdentifier
        self.digestAlgorithm = digestAlgorithm
        self.signedAttributesDER = signedAttributesDER
        self.signedAttributes = signedAttributes
        self.signatureAlgorithm = signatureAlgorithm
        self.signature = signature
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        throw ASN1Error.invalidASN1Object(reason: "SignerInfo is not written")
    }

    /// The one value of the signed attribute `type`; nil when absent. Two of one type, or not one value: malformed.
    func attribute(_ type: ASN1ObjectIdentifier) throws -> ASN1Any? {
        let matching = signedAttributes.filter { $0.type == type }
        guard let first = matching.first else { return nil }
        guard matching.count == 1, first.values.count == 1 else {
            throw ASN1Error.invalidASN1Object(reason: "attribute repeated")
        }
        return first.values[0]
    }

    /// Whether `certificate` is the one this SignerInfo names.
    func names(_ certificate: Certificate) -> Bool {
        if let issuerAndSerial {
            return certificate.issuer == issuerAndSerial.issuer
                && Array(certificate.serialNumber.bytes) == issuerAndSerial.serial
        }
        if let subjectKeyIdentifier, let extensionValue = try? certificate.extensions.subjectKeyIdentifier {
            return Array(extensionValue.keyIdentifier) == subjectKeyIdentifier
        }
        return false
    }
}

/// Attribute ::= SEQUENCE { attrType OBJECT IDENTIFIER, attrValues SET OF AttributeValue }.
struct Attribute: DERImplicitlyTaggable, Sendable {
    static var defaultIdentifier: ASN1Identifier { .sequence }

    var type: ASN1ObjectIdentifier
    var values: [ASN1Any]

    init(derEncoded rootNode: ASN1Node, withIdentifier identifier: ASN1Identifier) throws {
        (type, values) = try DER.sequence(rootNode, identifier: identifier) { nodes in
            (try ASN1ObjectIdentifier(derEncoded: &nodes), try DER.set(of: ASN1Any.self, identifier: .set, nodes: &nodes))
        }
    }

    func serialize(into coder: inout DER.Serializer, withIdentifier identifier: ASN1Identifier) throws {
        throw ASN1Error.invalidASN1Object(reason: "Attribute is not written")
    }
}

/// One ESSCertID or ESSCertIDv2 (RFC 2634 §5.4.1, RFC 5035 §4): a hash of a certificate, maybe its issuer and serial.
struct ESSCertID: Sendable {
    var digest: TimestampDigest
    var certificateHash: [UInt8]
    var issuerSerial: (issuers: [GeneralName], serial: [UInt8])?

    /// The first ESSCertID of a SigningCertificate (v1: SHA-1) or SigningCertificateV2 value: the signer's.
    static func first(of value: ASN1Any, version2: Bool) throws -> ESSCertID {
        let root = try ASN1Node.from(value)
        return try DER.sequence(root, identifier: .sequence) { nodes in
            let certs = try requiredNode(&nodes)
            // The optional policies that may follow are not used by Meldboek.
            _ = nodes.next()
            return try DER.sequence(certs, identifier: .sequence) { certNodes in
                let first = try requiredNode(&certNodes)
                while certNodes.next() != nil {}
                return try DER.sequence(first, identifier: .sequence) { nodes in
                    var digest = TimestampDigest.sha1
                    if version2 {
                        digest = .sha256
                        if let algorithm = optionalNode(&nodes, .sequence) {
                            guard let named = TimestampDigest(try AlgorithmID(derEncoded: algorithm)) else {
                                throw TimestampError.unsupportedAlgorithm
                            }
                            digest = named
                        }
                    }
                    let hash = Array(try ASN1OctetString(derEncoded: &nodes).bytes)
                    let issuerSerial = try optionalNode(&nodes, .sequence).map { node in
                        try DER.sequence(node, identifier: .sequence) { nodes in
                            (try DER.sequence(of: GeneralName.self, identifier: .sequence, nodes: &nodes),
                             try integerBytes(try requiredNode(&nodes)))
                        }
                    }
                    return ESSCertID(digest: digest, certificateHash: hash, issuerSerial: issuerSerial)
                }
            }
        }
    }
}

extension ASN1Node {
    /// The node an ASN1Any holds.
    static func from(_ value: ASN1Any) throws -> ASN1Node {
        var coder = DER.Serializer()
        try coder.serialize(value)
        return try DER.parse(coder.serializedBytes)
    }
}
