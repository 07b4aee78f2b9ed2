/// Converts increasing UTF-8 byte offsets of one buffer to Unicode-scalar offsets, in time linear in the
/// buffer: each byte that is not a continuation byte (`10xxxxxx`) starts one scalar.
struct ScalarOffsetCursor {
  private let utf8: UnsafeBufferPointer<UInt8>
  private var byteOffset = 0
  private var scalarOffset = 0

  init(utf8: UnsafeBufferPointer<UInt8>) { self.utf8 = utf8 }

  /// The scalar offset of a byte offset at a scalar boundary, not before the previous one asked for.
  mutating func scalarOffset(ofByte target: Int) -> Int {
    precondition(target >= byteOffset, "byte offsets must not decrease")
    while byteOffset < target {
      if utf8[byteOffset] & 0xC0 != 0x80 { scalarOffset += 1 }
      byteOffset += 1
    }
    return scalarOffset
  }

  /// The scalar range of a byte range at scalar boundaries.
  mutating func scalarRange(ofBytes bytes: Range<Int>) -> Range<Int> {
    let lower = scalarOffset(ofByte: bytes.lowerBound)
    return lower..<scalarOffset(ofByte: bytes.upperBound)
  }
}
