/// The identity of an entity: a gazetteer id (`nato`) or a key made from a class and a name
/// (`event/1f3a…-2025-04-09`); the local part of the entity's IRI.
public struct EntityKey: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The key as text (ASCII).
  public let rawValue: String

  /// A key from its text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// A key written as a literal (`"japan"`).
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The key as text.
  public var description: String { rawValue }

  /// Keys order as their texts do.
  public static func < (a: EntityKey, b: EntityKey) -> Bool { a.rawValue < b.rawValue }
}

/// Where a rule is written: `FILE#ID` (`claims/ja/condemns.yaml#condemn`), the provenance of what it produces.
public struct RuleID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// `FILE#ID` as text.
  public let rawValue: String

  /// The id of rule `id` of the rule file at `file` (relative to the rules folder).
  public init(file: String, id: String) { self.rawValue = file + "#" + id }

  /// An id written as a literal (`"claims/ja/condemns.yaml#condemn"`).
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The rule file, relative to the rules folder.
  public var file: String { String(rawValue[..<(rawValue.lastIndex(of: "#") ?? rawValue.endIndex)]) }

  /// `FILE#ID` as text.
  public var description: String { rawValue }

  /// Ids order as their texts do (so that results never depend on file order).
  public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}
