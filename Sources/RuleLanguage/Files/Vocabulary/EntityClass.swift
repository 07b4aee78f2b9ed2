/// What the extraction does with the entities of a class; `rules/vocabulary.yaml` gives each class its roles.
public enum EntityRole: String, Sendable, CaseIterable {
  /// Speaks and acts for itself: a party of a document, an agent of a claim, a participant of an event.
  case actor
  /// A person: found by name and role title, acting for the actor of their affiliation.
  case person
  /// Where an event is held, linked to it by a place link (における, で, "in", "at").
  case place
  /// May stand where an event is held when the event is the sentence's verb (a country, a place).
  case location
  /// May be written with a one-character abbreviation inside compounds (日米, 日NATO).
  case state
  /// A happening: dated and placed from the clause around it, with participants.
  case event
}

/// An entity class declared in `rules/vocabulary.yaml`: its name (the cg: local name) and its roles.
///
/// Two classes are the same class when their names are equal.
public struct EntityClass: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The local name of the class in the cg: namespace (`Country`).
  public let name: String
  /// What the extraction does with the class's entities.
  public let roles: Set<EntityRole>

  /// A class with its name and roles (as `rules/vocabulary.yaml` declares it).
  public init(name: String, roles: Set<EntityRole>) {
    self.name = name
    self.roles = roles
  }

  /// Whether the class has `role`.
  public func has(_ role: EntityRole) -> Bool { roles.contains(role) }

  /// Whether the class's entities act: actors and persons (speakers, participants).
  public var acts: Bool { has(.actor) || has(.person) }

  /// The class's name.
  public var description: String { name }

  /// Classes are equal when their names are.
  public static func == (a: EntityClass, b: EntityClass) -> Bool { a.name == b.name }

  /// Classes hash by name.
  public func hash(into hasher: inout Hasher) { hasher.combine(name) }

  /// Classes order by name.
  public static func < (a: EntityClass, b: EntityClass) -> Bool { a.name < b.name }
}
