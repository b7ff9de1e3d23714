// Checking a timestamp authority's reply (RFC 3161) to a TimestampRequest: status, request match, signature,
// signing certificate, and the certificate chain to a root the caller trusts, at the timestamp's time.
@_spi(FixedExpiryValidationTime) @_spi(DisableValidityCheck) import X509
import Crypto
import Foundation
import SwiftASN1

/// A checked RFC 3161 timestamp token: an authority's signed statement that the request's digest existed at `genTime`.
public struct TimestampToken: Equatable, Sendable {
    /// The time the authority vouches for.
    public let genTime: Date
    /// The authority's name: the TSTInfo's `tsa` field if given, else the subject of its signing certificate.
    public let authority: String
    /// The authority's policy under which it made the token, as a dotted object identifier.
    public let policy: String
    /// The token's serial number, in lower-case hexadecimal.
    public let serialNumber: String
    /// The SHA-256 the token covers (the request's imprint).
    public let imprint: [UInt8]
    /// The token itself (DER of the CMS ContentInfo), for `openssl ts -verify -in ... -token_in`.
    public let der: [UInt8]
}

/// Checks replies of a timestamp authority.
public enum TimestampReply {
    /// How far the authority's clock may run ahead of ours before a token's time counts as in the future.
    public static let allowedClockDifference: TimeInterval = 300

    /// Checks a TimeStampResp (the `.tsr` file) against the request it answers and returns its token.
    ///
    /// In order: the reply is well-formed DER; the status is granted; the token is SignedData over a TSTInfo; its
    /// signer's certificate is in the token, for timestamping only, critically, and named by the signed
    /// ESSCertID(v2); the signed message digest is the TSTInfo's and the signature over the signed attributes
    /// verifies; the imprint and nonce are the request's; genTime is not in the future; and the chain leads to one
    /// of `trustedRoots` with every certificate valid at genTime.
    ///
    /// - Parameters:
    ///   - der: The reply as the authority sent it.
    ///   - request: The request it must answer.
    ///   - trustedRoots: The certificates the caller trusts as roots.
    ///   - now: The current time, to refuse a token from the future.
    /// - Throws: `TimestampError`, one case for each way a reply can fail.
    public static func check(_ der: [UInt8], request: TimestampRequest, trustedRoots: TrustedRoots, now: Date)
        async throws -> TimestampToken
    {
        let (token, signer) = try signedToken(der, request: request)
        if token.tstInfo.date.timeIntervalSince(now) > allowedClockDifference {
            throw TimestampError.timeInFuture(genTime: isoText(token.tstInfo.date))
        }
        try await checkChain(signer: signer, intermediates: token.certificates, roots: trustedRoots.certificates,
                             at: token.tstInfo.date)
        return TimestampToken(
            genTime: token.tstInfo.date, authority: authorityName(token.tstInfo.tsa, signer: signer),
            policy: token.tstInfo.policy.description, serialNumber: timestampHex(token.tstInfo.serialNumber),
            imprint: request.imprint, der: token.der)
    }

    /// Everything `check` does except the time and the certificate chain: the parts that need no trust store
    /// and no clock (public only for the fuzz harness; anything else must call `check`).
    ///
    /// - Returns: The token's time.
    @_spi(Fuzzing)
    public static func checkSigned(_ der: [UInt8], request: TimestampRequest) throws -> Date {
        try signedToken(der, request: request).0.tstInfo.date
    }

    /// The parsed token and its signer's certificate, once everything but the time and the chain checks.
    static func signedToken(_ der: [UInt8], request: TimestampRequest) throws -> (ParsedToken, Certificate) {
        let reply: ParsedReply
        do {
            reply = try ParsedReply(der: der)
        } catch {
            throw TimestampError.malformed
        }
        // 0 granted, 1 grantedWithMods (RFC 3161 §2.4.2); the token is checked in full either way.
        guard reply.status == 0 || reply.status == 1 else {
            throw TimestampError.notGranted(status: reply.status, text: reply.statusText)
        }
        guard let token = reply.token else { throw TimestampError.malformed }
        let signer = try checkSignature(token)
        try checkMatch(token.tstInfo, request: request)
        return (token, signer)
    }

    /// The reply answers this request: both digest and nonce are the request's.
    static func checkMatch(_ info: TSTInfo, request: TimestampRequest) throws {
        let imprintMatches = info.imprint.isSHA256(of: request.imprint)
        let nonceMatches = info.nonce.flatMap { try? UInt64(derEncoded: $0) } == request.nonce
        switch (imprintMatches, nonceMatches) {
        case (true, true): return
        case (false, false): throw TimestampError.otherRequest
        case (true, false): throw TimestampError.wrongNonce
        case (false, true): throw TimestampError.wrongImprint
        }
    }

    /// Finds the signer's certificate in the token and checks that it signed this TSTInfo; returns it.
    static func checkSignature(_ token: ParsedToken) throws -> Certificate {
        let signer = token.signer
        guard let certificate = token.certificates.first(where: signer.names) else {
            // certReq was true, so the authority had to include its certificate (RFC 3161 §2.4.1).
            throw TimestampError.malformed
        }
        try checkTimestampingUsage(certificate)
        guard let digest = TimestampDigest(signer.digestAlgorithm), digest != .sha1,
              token.digestAlgorithms.contains(signer.digestAlgorithm)
        else { throw TimestampError.unsupportedAlgorithm }

        // The signed attributes: content type TSTInfo, the digest of the TSTInfo, and the signer's certificate.
        let contentType: ASN1ObjectIdentifier
        let messageDigest: [UInt8]
        do {
            guard let type = try signer.attribute(TimestampOID.contentType),
                  let digestValue = try signer.attribute(TimestampOID.messageDigest)
            else { throw TimestampError.malformed }
            contentType = try ASN1ObjectIdentifier(asn1Any: type)
            messageDigest = Array(try ASN1OctetString(asn1Any: digestValue).bytes)
        } catch {
            throw TimestampError.malformed
        }
        guard contentType == TimestampOID.tstInfo else { throw TimestampError.malformed }
        guard messageDigest == hash(token.tstInfoDER, digest) else { throw TimestampError.badSignature }
        try checkSigningCertificate(signer, names: certificate)

        let algorithm = try signatureAlgorithm(signer.signatureAlgorithm, digest: digest)
        guard certificate.publicKey.isValidSignature(signer.signature, for: signer.signedAttributesDER,
                                                     signatureAlgorithm: algorithm)
        else { throw TimestampError.badSignature }
        return certificate
    }

    /// RFC 3161 §2.3: exactly one extended key usage extension, critical, with timeStamping as its only purpose.
    static func checkTimestampingUsage(_ certificate: Certificate) throws {
        let usages = certificate.extensions.filter { $0.oid == .X509ExtensionID.extendedKeyUsage }
        guard usages.count == 1, usages[0].critical, let usage = try? ExtendedKeyUsage(usages[0]),
              Array(usage) == [.timeStamping]
        else { throw TimestampError.notATimestampCertificate }
    }

    /// The signed SigningCertificateV2 (preferred) or SigningCertificate attribute names `certificate`.
    static func checkSigningCertificate(_ signer: SignerInfo, names certificate: Certificate) throws {
        let essCertID: ESSCertID
        do {
            if let value = try signer.attribute(TimestampOID.signingCertificateV2) {
                essCertID = try ESSCertID.first(of: value, version2: true)
            } else if let value = try signer.attribute(TimestampOID.signingCertificate) {
                essCertID = try ESSCertID.first(of: value, version2: false)
            } else {
                throw TimestampError.malformed
            }
        } catch let error as TimestampError {
            throw error
        } catch {
            throw TimestampError.malformed
        }
        var coder = DER.Serializer()
        guard (try? coder.serialize(certificate)) != nil else { throw TimestampError.malformed }
        guard essCertID.certificateHash == hash(coder.serializedBytes, essCertID.digest) else {
            throw TimestampError.badSignature
        }
        if let issuerSerial = essCertID.issuerSerial {
            guard issuerSerial.serial == Array(certificate.serialNumber.bytes),
                  issuerSerial.issuers.contains(.directoryName(certificate.issuer))
            else { throw TimestampError.badSignature }
        }
    }

    /// The signature algorithm to check with; `rsaEncryption` (what OpenSSL writes) means PKCS #1 v1.5 with the
    /// signer's digest. The signature's hash must be the signer's digest algorithm.
    static func signatureAlgorithm(_ identifier: AlgorithmID, digest: TimestampDigest) throws
        -> Certificate.SignatureAlgorithm
    {
        let rsa: [TimestampDigest: Certificate.SignatureAlgorithm] = [
            .sha256: .sha256WithRSAEncryption, .sha384: .sha384WithRSAEncryption, .sha512: .sha512WithRSAEncryption,
        ]
        let named: (Certificate.SignatureAlgorithm, TimestampDigest)?
        switch identifier.algorithm {
        case TimestampOID.rsaEncryption: named = rsa[digest].map { ($0, digest) }
        case TimestampOID.sha256WithRSA: named = (.sha256WithRSAEncryption, .sha256)
        case TimestampOID.sha384WithRSA: named = (.sha384WithRSAEncryption, .sha384)
        case TimestampOID.sha512WithRSA: named = (.sha512WithRSAEncryption, .sha512)
        case TimestampOID.ecdsaWithSHA256: named = (.ecdsaWithSHA256, .sha256)
        case TimestampOID.ecdsaWithSHA384: named = (.ecdsaWithSHA384, .sha384)
        case TimestampOID.ecdsaWithSHA512: named = (.ecdsaWithSHA512, .sha512)
        default: named = nil
        }
        let isECDSA = identifier.algorithm.description.hasPrefix("1.2.840.10045.")
        // RSA identifiers carry NULL or no parameters; ECDSA ones none (RFC 5754).
        guard let (algorithm, hashed) = named, hashed == digest,
              isECDSA ? identifier.parameters == nil : identifier.hasNoParameters
        else { throw TimestampError.unsupportedAlgorithm }
        return algorithm
    }

    /// The chain from the signer to a trusted root, every certificate valid at `time`.
    static func checkChain(signer: Certificate, intermediates: [Certificate], roots: [Certificate], at time: Date)
        async throws
    {
        let rootStore = CertificateStore(roots)
        let untrusted = CertificateStore(intermediates)
        var verifier = Verifier(rootCertificates: rootStore) {
            RFC5280Policy(fixedExpiryValidationTime: time)
            TimestampingPolicy()
        }
        if case .validCertificate = await verifier.validate(leaf: signer, intermediates: untrusted) {
            return
        }
        // Not valid at that time: is it a chain to a trusted root all the same? Then the dates are what failed.
        var ignoringDates = Verifier(rootCertificates: rootStore) {
            RFC5280Policy.withValidityCheckDisabled()
            TimestampingPolicy()
        }
        guard case .validCertificate(let chain) = await ignoringDates.validate(leaf: signer, intermediates: untrusted)
        else { throw TimestampError.untrustedChain }
        for certificate in chain {
            if time > certificate.notValidAfter {
                throw TimestampError.certificateExpired(
                    subject: certificate.subject.description, notAfter: isoText(certificate.notValidAfter))
            }
            if time < certificate.notValidBefore {
                throw TimestampError.certificateNotYetValid(
                    subject: certificate.subject.description, notBefore: isoText(certificate.notValidBefore))
            }
        }
        throw TimestampError.untrustedChain
    }

    /// The authority's name as the token gives it; a kind of name without text falls back to the signer's subject.
    static func authorityName(_ name: GeneralName?, signer: Certificate) -> String {
        switch name {
        case .directoryName(let directory): return directory.description
        case .dnsName(let text), .rfc822Name(let text), .uniformResourceIdentifier(let text): return text
        default: return signer.subject.description
        }
    }

    static func hash(_ bytes: [UInt8], _ digest: TimestampDigest) -> [UInt8] {
        switch digest {
        case .sha1: return Array(Insecure.SHA1.hash(data: bytes))
        case .sha256: return Array(Crypto.SHA256.hash(data: bytes))
        case .sha384: return Array(SHA384.hash(data: bytes))
        case .sha512: return Array(SHA512.hash(data: bytes))
        }
    }

    /// A time as ISO 8601 in UTC, whole seconds: how errors and views show the authority's times.
    static func isoText(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// The chain policy for a timestamp signer: handles its critical extended key usage, which must allow timeStamping
/// (the leaf's exact form is checked by `TimestampReply.checkTimestampingUsage`).
struct TimestampingPolicy: VerifierPolicy {
    let verifyingCriticalExtensions: [ASN1ObjectIdentifier] = [.X509ExtensionID.extendedKeyUsage]

    func chainMeetsPolicyRequirements(chain: UnverifiedCertificateChain) -> PolicyEvaluationResult {
        for certificate in chain {
            guard let usage = try? certificate.extensions.extendedKeyUsage else { continue }
            if !usage.contains(.timeStamping) && !usage.contains(.any) {
                return .failsToMeetPolicy(reason: "a certificate in the chain is not for timestamping")
            }
        }
        return .meetsPolicy
    }
}
