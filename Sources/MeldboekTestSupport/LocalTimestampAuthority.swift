// A real RFC 3161 timestamp authority on this machine, made with openssl's own CA (`openssl ca`) and TSA
// (`openssl ts -reply`), for the tests of timestamp replies and of `meldboek anchor`.
import Foundation

/// A root CA and a timestamp authority certified by it, in a temporary folder, answering `.tsq` files.
public struct LocalTimestampAuthority: Sendable {
    /// The key type of the root and the authority.
    public enum KeyType: Sendable {
        case rsa
        case ecdsaP256
        case ecdsaP384
    }

    /// When the authority's certificate is valid.
    public enum Validity: Sendable {
        /// From a day ago for a year.
        case current
        /// In 2020 only: expired long before any timestamp it makes.
        case expired
        /// From 2090 on: not yet valid at any timestamp it makes.
        case notYetValid
    }

    /// The folder with the CA's and the authority's files.
    public let folder: URL
    /// The root certificate, PEM.
    public var rootPEM: URL { folder.appendingPathComponent("root.pem") }
    /// The authority's certificate, PEM.
    public var authorityPEM: URL { folder.appendingPathComponent("tsa.pem") }

    /// Makes the root CA and the authority's certificate (extendedKeyUsage critical, timeStamping).
    public init(keyType: KeyType = .rsa, validity: Validity = .current, rootName: String = "Meldboek Test Root")
        throws
    {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("meldboek-tsa-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("newcerts"),
                                                withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("index.txt"))
        try Data("01\n".utf8).write(to: folder.appendingPathComponent("serial"))
        try Data("01\n".utf8).write(to: folder.appendingPathComponent("tsaserial"))
        let digest = keyType == .ecdsaP384 ? "sha384" : "sha256"
        try Data(Self.configuration(folder: folder.path, digest: digest).utf8)
            .write(to: folder.appendingPathComponent("openssl.cnf"))
        let key: [String]
        switch keyType {
        case .rsa: key = ["-newkey", "rsa:2048"]
        case .ecdsaP256: key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
        case .ecdsaP384: key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"]
        }
        try openssl(["req", "-x509"] + key + [
            "-nodes", "-keyout", "root.key", "-out", "root.pem", "-days", "3650", "-subj", "/CN=\(rootName)",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        ])
        try openssl(["req", "-new"] + key + ["-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
                                             "-subj", "/CN=Meldboek Test TSA"])
        let dates: [String]
        switch validity {
        case .current:
            let start = Date().addingTimeInterval(-86_400)
            dates = ["-startdate", Self.caDate(start), "-enddate", Self.caDate(start.addingTimeInterval(366 * 86_400))]
        case .expired: dates = ["-startdate", "20200101000000Z", "-enddate", "20201231000000Z"]
        case .notYetValid: dates = ["-startdate", "20900101000000Z", "-enddate", "20910101000000Z"]
        }
        try openssl(["ca", "-batch", "-notext", "-config", "openssl.cnf", "-extensions", "tsa_ext", "-in", "tsa.csr",
                     "-out", "tsa.pem"] + dates)
    }

    /// The authority's reply (`.tsr`, DER) to a request (`.tsq`, DER), as `openssl ts -reply` writes it.
    public func reply(to request: [UInt8]) throws -> [UInt8] {
        let name = UUID().uuidString
        let query = folder.appendingPathComponent("\(name).tsq")
        let response = folder.appendingPathComponent("\(name).tsr")
        try Data(request).write(to: query)
        try openssl(["ts", "-reply", "-config", "openssl.cnf", "-section", "tsa_config", "-queryfile", query.path,
                     "-out", response.path])
        return Array(try Data(contentsOf: response))
    }

    /// A request `openssl ts -query` makes for `data` with `digest` (e.g. "sha1"), with a nonce and certReq.
    public func opensslQuery(for data: [UInt8], digest: String) throws -> [UInt8] {
        let name = UUID().uuidString
        let input = folder.appendingPathComponent("\(name).dat")
        let query = folder.appendingPathComponent("\(name).tsq")
        try Data(data).write(to: input)
        try openssl(["ts", "-query", "-data", input.path, "-\(digest)", "-cert", "-out", query.path])
        return Array(try Data(contentsOf: query))
    }

    /// Runs `openssl` in the folder; a failure throws with its standard error.
    @discardableResult
    public func openssl(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw OpenSSLFailure(arguments: arguments, stderr: String(decoding: err, as: UTF8.self))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Removes the folder.
    public func remove() { try? FileManager.default.removeItem(at: folder) }

    /// `openssl ca` failed.
    public struct OpenSSLFailure: Error, CustomStringConvertible {
        public var arguments: [String]
        public var stderr: String
        public var description: String { "openssl \(arguments.joined(separator: " ")): \(stderr)" }
    }

    static func caDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss'Z'"
        return formatter.string(from: date)
    }

    /// openssl's CA section (for `openssl ca`) and TSA section (for `openssl ts -reply`).
    static func configuration(folder: String, digest: String) -> String {
        """
        [ ca ]
        default_ca = test_ca

        [ test_ca ]
        dir = \(folder)
        database = $dir/index.txt
        new_certs_dir = $dir/newcerts
        certificate = $dir/root.pem
        private_key = $dir/root.key
        serial = $dir/serial
        default_md = \(digest)
        policy = policy_any
        unique_subject = no
        copy_extensions = none

        [ policy_any ]
        commonName = supplied

        [ tsa_ext ]
        basicConstraints = critical,CA:FALSE
        keyUsage = critical,digitalSignature,nonRepudiation
        extendedKeyUsage = critical,timeStamping
        subjectKeyIdentifier = hash
        authorityKeyIdentifier = keyid:always

        [ tsa_config ]
        dir = \(folder)
        serial = $dir/tsaserial
        crypto_device = builtin
        signer_cert = $dir/tsa.pem
        certs = $dir/root.pem
        signer_key = $dir/tsa.key
        signer_digest = \(digest)
        default_policy = 1.2.3.4.1
        other_policies = 1.2.3.4.5
        digests = sha256, sha384, sha512
        accuracy = secs:1, millisecs:500, microsecs:100
        clock_precision_digits = 0
        ordering = yes
        tsa_name = yes
        ess_cert_id_chain = no
        ess_cert_id_alg = sha256

        """
    }
}
