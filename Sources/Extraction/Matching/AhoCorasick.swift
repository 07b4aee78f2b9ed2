/// A multi-pattern matcher over Unicode scalars (Aho–Corasick automaton): every occurrence of every term in one pass.
struct AhoCorasick: Sendable {
  private var goto: [[Unicode.Scalar: Int]] = [[:]]
  private var fail: [Int] = [0]
  private var output: [[Int]] = [[]]
  private(set) var terms: [[Unicode.Scalar]] = []

  init(terms: [[Unicode.Scalar]]) {
    for t in terms where !t.isEmpty { add(t) }
    build()
  }

  private mutating func add(_ term: [Unicode.Scalar]) {
    var s = 0
    for c in term {
      if let n = goto[s][c] { s = n; continue }
      goto.append([:]); fail.append(0); output.append([])
      goto[s][c] = goto.count - 1
      s = goto.count - 1
    }
    output[s].append(terms.count)
    terms.append(term)
  }

  private mutating func build() {
    var queue: [Int] = []
    for (_, n) in goto[0] { fail[n] = 0; queue.append(n) }
    var head = 0
    while head < queue.count {
      let r = queue[head]; head += 1
      for (c, u) in goto[r] {
        queue.append(u)
        var f = fail[r]
        while f != 0 && goto[f][c] == nil { f = fail[f] }
        let target = goto[f][c] ?? 0
        fail[u] = target == u ? 0 : target
        output[u] += output[fail[u]]
      }
    }
  }

  /// Every (term index, range) occurrence in `text`.
  func occurrences(in text: [Unicode.Scalar]) -> [(term: Int, range: Range<Int>)] {
    var out: [(Int, Range<Int>)] = []
    var s = 0
    for (i, c) in text.enumerated() {
      while s != 0 && goto[s][c] == nil { s = fail[s] }
      s = goto[s][c] ?? 0
      for t in output[s] { out.append((t, (i + 1 - terms[t].count)..<(i + 1))) }
    }
    return out
  }
}
