// Case- and accent-insensitive text, so "cafe" finds "café".
import Foundation

/// Text folded for comparison: lower case, accents removed, spaces collapsed.
public enum Folding {
    /// Folds `text`: canonical decomposition, combining marks dropped, lower-cased.
    public static func fold(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
