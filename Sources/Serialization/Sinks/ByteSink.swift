/// Where a writer puts its bytes.
public protocol ByteSink: AnyObject {
  /// Appends `bytes` to what the sink holds; throws when they cannot be written.
  func write(_ bytes: [UInt8]) throws
}
