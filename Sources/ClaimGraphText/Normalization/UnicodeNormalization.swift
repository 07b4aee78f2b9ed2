import Foundation

/// Unicode normalization for documents and names: NFC for text that offsets index, and a folded identity key
/// for comparing names across documents.
package enum UnicodeNormalization {
  /// The string in Normalization Form C (canonical composition): `か` + U+3099 becomes `が`.
  ///
  /// Linear time: uses the standard library's native normalizer (`String._withNFCCodeUnits`, the same
  /// output as Python's `unicodedata.normalize("NFC", …)`), not Foundation's
  /// `precomposedStringWithCanonicalMapping`, which is superlinear on large inputs.
  package static func nfc(_ s: String) -> String {
    // Every scalar below U+0300 is NFC on its own and never combines with its neighbours; in UTF-8 such
    // strings are exactly those without a byte >= 0xCC (the lead byte of U+0300 and above).
    if s.utf8.allSatisfy({ $0 < 0xCC }) { return s }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count)
    s._withNFCCodeUnits { bytes.append($0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// An identity key for names: NFKC, width-folded (`、` to `,`, full-width to ASCII...), Latin letters
  /// lower-cased, nakaguro (`・`, `·`, `･`) and all whitespace (and zero-width spaces) removed.
  ///
  /// `ＮＡＴＯ`, `nato` and `N A T O` share one key; so do `マルク・ルッテ` and `マルク ルッテ`.
  package static func foldedKey(_ s: String) -> String {
    // NFKC is needed for names only (short strings), so Foundation's implementation is fine here.
    let compatible = s.precomposedStringWithCompatibilityMapping
    var key = String.UnicodeScalarView()
    for scalar in compatible.unicodeScalars {
      let folded = WidthFolding.fold(scalar)
      if isIgnoredInKey(folded) { continue }
      if isLatin(folded) && folded.properties.changesWhenLowercased {
        for lower in folded.properties.lowercaseMapping.unicodeScalars { key.append(lower) }
      } else {
        key.append(folded)
      }
    }
    return String(key)
  }

  private static func isIgnoredInKey(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x30FB, 0x00B7, 0xFF65: return true  // ・ · ･
    case 0x200B...0x200D, 0x2060, 0xFEFF: return true  // zero-width spaces and joiners
    default: return s.properties.isWhitespace
    }
  }

  private static func isLatin(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF: return true
    default: return false
    }
  }
}
