// Text forms of bytes (Base64 and hex) with strict, canonical-only decoding.
import CSodium

/// The alphabet and padding of a Base64 encoding, as RFC 4648 names them.
public enum Base64Variant: Sendable, Equatable, CaseIterable {
    /// `+` and `/`, padded with `=` (RFC 4648 §4).
    case original
    /// `+` and `/`, without padding (age's header encoding).
    case originalNoPadding
    /// `-` and `_`, padded with `=` (RFC 4648 §5).
    case urlSafe
    /// `-` and `_`, without padding.
    case urlSafeNoPadding

    /// libsodium's constant for this variant.
    var sodiumValue: Int32 {
        switch self {
        case .original: sodium_base64_VARIANT_ORIGINAL
        case .originalNoPadding: sodium_base64_VARIANT_ORIGINAL_NO_PADDING
        case .urlSafe: sodium_base64_VARIANT_URLSAFE
        case .urlSafeNoPadding: sodium_base64_VARIANT_URLSAFE_NO_PADDING
        }
    }
}

/// Encoders and strict decoders for Base64 and hex, in libsodium's constant-time code.
///
/// Decoders accept only the canonical form: no whitespace, no trailing characters, padding
/// exactly when the variant has it, and no stray bits in the last Base64 character.
public enum Encoding {
    /// The Base64 variant type, also reachable as `Encoding.Base64Variant`.
    public typealias Base64Variant = MeldboekSodium.Base64Variant
}
