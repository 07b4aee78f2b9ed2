/// Where a writer puts its bytes.
public protocol ByteSink: AnyObject {
  func write(_ bytes: [UInt8]) throws
}
