import Foundation

/// Patterns whose matching was cut off (step or depth limit) during one run, with how often: reported by
/// `check-rules` and the extraction summary, since a cut-off match may have lost an entity or a claim.
public final class PatternLimitLog: @unchecked Sendable {
  /// An empty log.
  public init() {}
  private let lock = NSLock()
  private var counts: [String: Int] = [:]

  func record(_ source: String) {
    lock.lock()
    counts[source, default: 0] += 1
    lock.unlock()
  }

  /// Pattern sources and how many match attempts were cut off, sorted by source.
  public var entries: [(source: String, count: Int)] {
    lock.lock()
    defer { lock.unlock() }
    return counts.keys.sorted().map { ($0, counts[$0]!) }
  }
}
