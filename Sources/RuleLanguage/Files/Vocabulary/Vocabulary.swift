/// A text in Japanese and in English (a label, a comment).
public struct BilingualText: Sendable, Equatable {
  /// The Japanese text.
  public let ja: String
  /// The English text.
  public let en: String
}

/// A claim predicate declared in `rules/vocabulary.yaml`.
public struct PredicateDefinition: Sendable, Equatable {
  /// The local name of the cg: predicate (`condemns`).
  public let name: String
  /// The predicate's labels.
  public let label: BilingualText
  /// What the predicate means.
  public let comment: BilingualText?
  /// The closest event code of the CAMEO 1.1b3 codebook, with its leading zero (`051`).
  public let cameoCode: String
}

/// An entity class as `rules/vocabulary.yaml` declares it, with what the ontology says of it.
public struct ClassDefinition: Sendable, Equatable {
  /// The class and its roles.
  public let entityClass: EntityClass
  /// The class's labels.
  public let label: BilingualText
  /// What the class holds.
  public let comment: BilingualText?
  /// Classes of other vocabularies it is a subclass of, as prefixed names (`schema:Country`).
  public let superclasses: [String]
  /// Why the class is placed where it is (its superclasses), as lines of text; the ontology gives it as a
  /// comment above the class.
  public let note: String?
}

/// The vocabulary of a rule set: its entity classes and claim predicates, declared once in `rules/vocabulary.yaml`.
public struct Vocabulary: Sendable {
  /// The classes in the order the file declares them.
  public let classes: [ClassDefinition]
  /// The predicates in the order the file declares them.
  public let predicates: [PredicateDefinition]
  private let classesByName: [String: EntityClass]
  private let predicateNames: Set<String>

  init(classes: [ClassDefinition], predicates: [PredicateDefinition]) {
    self.classes = classes
    self.predicates = predicates
    self.classesByName = Dictionary(
      classes.map { ($0.entityClass.name, $0.entityClass) }, uniquingKeysWith: { first, _ in first })
    self.predicateNames = Set(predicates.map(\.name))
  }

  /// The class named `name`, if declared.
  public func entityClass(named name: String) -> EntityClass? { classesByName[name] }

  /// Whether `name` is a declared predicate.
  public func hasPredicate(_ name: String) -> Bool { predicateNames.contains(name) }

  /// The declared class names, sorted (for messages).
  var classNames: [String] { classesByName.keys.sorted() }

  /// The declared predicate names, sorted (for messages).
  var predicateNamesSorted: [String] { predicateNames.sorted() }
}
