import ClaimGraphText
import RuleLanguage

/// Makes the stable, ASCII IRI local parts of entities that the gazetteer does not know.
///
/// The key is made from the class and the normalized name (NFKC, width, nakaguro and spacing folded) and, for
/// events, the date: the same name gives the same IRI in every document, language and run.
public enum EntityIdentity {
  /// `event/1f3a…-2025-04-09`, `agreement/resolution-2375`.
  public static func key(entityClass: EntityClass, name: String, date: SimpleDate? = nil) -> EntityKey {
    let folded = UnicodeNormalization.foldedKey(name)
    let slug = asciiSlug(folded) ?? fnv1a(folded)
    var key = entityClass.name.lowercased() + "/" + slug
    if let date { key += "-" + date.lexical }
    return EntityKey(key)
  }

  /// A lower-case ASCII slug when the name is ASCII, else nil.
  static func asciiSlug(_ s: String) -> String? {
    guard s.unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
    var out = ""
    var dash = false
    for c in s.lowercased().unicodeScalars {
      if ("a"..."z").contains(c) || ("0"..."9").contains(c) {
        out.unicodeScalars.append(c); dash = false
      } else if !dash && !out.isEmpty {
        out += "-"; dash = true
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? nil : out
  }

  /// A 64-bit FNV-1a hash of the UTF-8 bytes, as 16 hex digits (stable across runs and platforms).
  static func fnv1a(_ s: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The IRI local part of a document: its file stem when ASCII-safe, else a hash.
  public static func documentKey(stem: String) -> String {
    let ok = stem.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        || $0 == "."
    }
    return ok && !stem.isEmpty ? stem : fnv1a(stem)
  }
}
