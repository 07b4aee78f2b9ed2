import Extraction
import RuleTestSupport

/// An extractor over the real rules/ folder.
package func realExtractor() throws -> Extractor { Extractor(rules: try realRules.get()) }
