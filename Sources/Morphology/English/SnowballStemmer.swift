import CStemmer

/// A Snowball stemmer from libstemmer (one `sb_stemmer`, UTF-8). Not `Sendable`: the C stemmer keeps its result
/// in its own buffer, so use one per thread.
final class SnowballStemmer {
  private let stemmer: OpaquePointer

  /// The stemmer for a Snowball algorithm name (`english`), or nil when libstemmer has none.
  init?(algorithm: String) {
    guard let stemmer = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
    self.stemmer = stemmer
  }

  deinit { sb_stemmer_delete(stemmer) }

  /// The stem of a lower-cased word: `urged`, `urges`, `urging` → `urg`.
  func stem(_ word: String) -> String {
    var word = word
    return word.withUTF8 { bytes in
      guard let base = bytes.baseAddress, let stemmed = sb_stemmer_stem(stemmer, base, Int32(bytes.count)) else {
        return String(decoding: bytes, as: UTF8.self)
      }
      let length = Int(sb_stemmer_length(stemmer))
      return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
    }
  }
}
