// SLIP-39's arithmetic: Shamir's scheme over GF(256), its digest share, and the RS1024 checksum over GF(1024).
import MeldboekSodium

/// Shamir's secret sharing as SLIP-39 does it: one polynomial per byte over GF(256) (the AES field), the secret
/// at x = 255 and a digest of it at x = 254, so a wrong set of shares is caught instead of giving a wrong secret.
enum ShamirSharing {
    /// Where the shared secret sits on the polynomial.
    static let secretIndex: UInt8 = 255
    /// Where the digest of the secret sits: 4 bytes of HMAC-SHA256 and the random key it was made with.
    static let digestIndex: UInt8 = 254
    static let digestByteCount = 4
    /// At most 16 shares, numbered 0 to 15: the index is 4 bits in a share's words.
    static let maximumShareCount = 16

    /// One point of the polynomials: an x value and one y value per byte of the secret.
    struct Point {
        var x: UInt8
        var y: SecureBytes
    }

    /// `a × b` in GF(256) modulo x⁸ + x⁴ + x³ + x + 1, in time that depends on neither: y values are secret,
    /// so no table is looked up with them.
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var a = a
        var b = b
        var product: UInt8 = 0
        for _ in 0..<8 {
            product ^= a & (0 &- (b & 1))
            let carry = a >> 7
            a = (a << 1) ^ (0x1B & (0 &- carry))
            b >>= 1
        }
        return product
    }

    /// `1 / a` for a ≠ 0, as a²⁵⁴.
    static func inverse(_ a: UInt8) -> UInt8 {
        var result: UInt8 = 1
        var square = a
        var exponent = 254
        while exponent > 0 {
            if exponent & 1 == 1 { result = multiply(result, square) }
            square = multiply(square, square)
            exponent >>= 1
        }
        return result
    }

    /// The polynomials' values at `x`, from points with pairwise different x values and y values of one length
    /// (Lagrange's formula; the x values are public, so only the products with y values need care).
    static func interpolate(_ points: [Point], at x: UInt8) throws -> SecureBytes {
        precondition(Set(points.map(\.x)).count == points.count, "interpolation needs distinct x values")
        let length = points[0].y.count
        precondition(points.allSatisfy { $0.y.count == length }, "interpolation needs y values of one length")
        if let known = points.first(where: { $0.x == x }) {
            return try known.y.withUnsafeBytes { try SecureBytes(copying: $0) }
        }
        let result = try SecureBytes(count: length)
        for point in points {
            var numerator: UInt8 = 1
            var denominator: UInt8 = 1
            for other in points where other.x != point.x {
                numerator = multiply(numerator, x ^ other.x)
                denominator = multiply(denominator, point.x ^ other.x)
            }
            let basis = multiply(numerator, inverse(denominator))
            point.y.withUnsafeBytes { y in
                result.withUnsafeMutableBytes { out in
                    for k in 0..<length { out[k] ^= multiply(basis, y[k]) }
                }
            }
        }
        return result
    }

    /// SplitSecret(T, N, S): `count` points at x = 0…count−1, any `threshold` of which give back `secret`.
    ///
    /// With a threshold of 1 every point holds the secret itself, as SLIP-39 says.
    static func split(_ secret: SecureBytes, threshold: Int, count: Int) throws -> [Point] {
        precondition(1 <= threshold && threshold <= count && count <= maximumShareCount, "1 ≤ T ≤ N ≤ 16")
        if threshold == 1 {
            return try (0..<count).map { index in
                Point(x: UInt8(index), y: try secret.withUnsafeBytes { try SecureBytes(copying: $0) })
            }
        }
        var base = try (0..<threshold - 2).map { index in
            Point(x: UInt8(index), y: try SecureBytes.random(count: secret.count))
        }
        let randomPart = try SecureBytes.random(count: secret.count - digestByteCount)
        let digestShare = try SecureBytes(count: secret.count)
        let digest = digest(of: secret, key: randomPart)
        randomPart.withUnsafeBytes { random in
            digestShare.withUnsafeMutableBytes { out in
                for i in 0..<digestByteCount { out[i] = digest[i] }
                for i in 0..<random.count { out[digestByteCount + i] = random[i] }
            }
        }
        let randomPoints = base
        base.append(Point(x: digestIndex, y: digestShare))
        base.append(Point(x: secretIndex, y: secret))
        return try randomPoints + (threshold - 2..<count).map { index in
            Point(x: UInt8(index), y: try interpolate(base, at: UInt8(index)))
        }
    }

    /// RecoverSecret(T, points): the secret at x = 255, once the digest at x = 254 says it is the one split.
    ///
    /// - Throws: ``MeldboekError/recoverySharesDontFit`` when the digest does not match.
    static func recover(threshold: Int, _ points: [Point]) throws -> SecureBytes {
        if threshold == 1 { return try points[0].y.withUnsafeBytes { try SecureBytes(copying: $0) } }
        let secret = try interpolate(points, at: secretIndex)
        let digestShare = try interpolate(points, at: digestIndex)
        let key = try digestShare.withUnsafeBytes { try SecureBytes(copying: $0[digestByteCount...]) }
        let expected = digestShare.withUnsafeBytes { Array($0.prefix(digestByteCount)) }
        guard constantTimeEqual(digest(of: secret, key: key), expected) else {
            throw MeldboekError.recoverySharesDontFit
        }
        return secret
    }

    /// The first 4 bytes of HMAC-SHA256(key: R, message: S).
    private static func digest(of secret: SecureBytes, key: SecureBytes) -> [UInt8] {
        secret.withUnsafeBytes { message in
            var authenticator = HMACSHA256.Authenticator(key: key)
            authenticator.update(message)
            return Array(authenticator.finalize().prefix(digestByteCount))
        }
    }
}

/// SLIP-39's checksum: a Reed-Solomon code over GF(1024) whose three words catch any three wrong words.
enum RS1024 {
    static let checksumWordCount = 3

    private static let generator: [Int] = [
        0xE0E040, 0x1C1C080, 0x3838100, 0x7070200, 0xE0E0009, 0x1C0C2412, 0x38086C24, 0x3090FC48, 0x21B1F890,
        0x3F3F120,
    ]

    /// The customization string: `shamir`, or `shamir_extendable` for shares with the extendable flag.
    static func customization(extendable: Bool) -> [Int] {
        Array((extendable ? "shamir_extendable" : "shamir").utf8).map(Int.init)
    }

    static func polymod(_ values: [Int]) -> Int {
        var check = 1
        for value in values {
            let top = check >> 20
            check = (check & 0xFFFFF) << 10 ^ value
            for i in 0..<10 where (top >> i) & 1 == 1 { check ^= generator[i] }
        }
        return check
    }

    /// The three checksum words for `data` (every word but the checksum).
    static func checksum(_ data: [Int], extendable: Bool) -> [Int] {
        let remainder = polymod(customization(extendable: extendable) + data + [0, 0, 0]) ^ 1
        return (0..<checksumWordCount).reversed().map { (remainder >> (10 * $0)) & 1023 }
    }

    /// Whether `words` (data and checksum) carry a valid checksum.
    static func isValid(_ words: [Int], extendable: Bool) -> Bool {
        polymod(customization(extendable: extendable) + words) == 1
    }
}
