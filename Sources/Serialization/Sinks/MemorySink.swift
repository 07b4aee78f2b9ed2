/// A sink that collects everything in memory (for tests and small outputs).
public final class MemorySink: ByteSink {
  /// Everything written so far, in order.
  public private(set) var bytes: [UInt8] = []
  /// An empty sink.
  public init() {}
  /// Appends `bytes`; never throws.
  public func write(_ bytes: [UInt8]) throws { self.bytes.append(contentsOf: bytes) }
  /// The collected bytes decoded as UTF-8.
  public var string: String { String(decoding: bytes, as: UTF8.self) }
}
