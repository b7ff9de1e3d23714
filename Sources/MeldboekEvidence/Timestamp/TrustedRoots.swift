// The certificates a user trusts as roots for timestamp authorities: a PEM file they name, else the system's store.
import Foundation
import SwiftASN1
import X509

/// Root certificates for checking a timestamp authority's chain.
public struct TrustedRoots: Sendable {
    /// The system's root store on Debian and Ubuntu (package ca-certificates).
    public static let systemBundle = "/etc/ssl/certs/ca-certificates.crt"

    let certificates: [Certificate]

    /// How many roots there are.
    public var count: Int { certificates.count }

    /// The roots in PEM text (one or more `CERTIFICATE` blocks; other blocks are ignored).
    ///
    /// - Parameter skippingUnreadable: Leave out certificates swift-certificates cannot read (for the system store,
    ///   which may hold a few); a file the user names must read in full.
    /// - Throws: `TimestampError.trustedRootsUnreadable` when the text has no certificate or one cannot be read.
    public init(pem: String, skippingUnreadable: Bool = false) throws {
        guard let documents = try? PEMDocument.parseMultiple(pemString: pem) else {
            throw TimestampError.trustedRootsUnreadable
        }
        var certificates: [Certificate] = []
        for document in documents where document.discriminator == "CERTIFICATE" {
            do {
                certificates.append(try Certificate(derEncoded: document.derBytes))
            } catch {
                if !skippingUnreadable { throw TimestampError.trustedRootsUnreadable }
            }
        }
        guard !certificates.isEmpty else { throw TimestampError.trustedRootsUnreadable }
        self.certificates = certificates
    }

    /// The roots in a PEM file.
    public init(file: URL, skippingUnreadable: Bool = false) throws {
        guard let data = try? Data(contentsOf: file) else { throw TimestampError.trustedRootsUnreadable }
        try self.init(pem: String(decoding: data, as: UTF8.self), skippingUnreadable: skippingUnreadable)
    }

    /// The system's root store.
    public static func system() throws -> TrustedRoots {
        try TrustedRoots(file: URL(fileURLWithPath: systemBundle), skippingUnreadable: true)
    }
}
