/// A string compared byte for byte: Swift's `String` equality treats canonically equivalent text as equal,
/// which would merge two IRIs that differ only in Unicode normalization.
struct ByteString: Hashable {
  let bytes: [UInt8]
  init(_ s: String) { bytes = Array(s.utf8) }
}

extension String {
  /// Byte-wise (UTF-8) order, independent of Unicode canonical equivalence.
  func bytewiseLess(_ other: String) -> Bool { utf8.lexicographicallyPrecedes(other.utf8) }
  func bytewiseEquals(_ other: String) -> Bool { utf8.elementsEqual(other.utf8) }
  func bytewiseHasPrefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }
}
