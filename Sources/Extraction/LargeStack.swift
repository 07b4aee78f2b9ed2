import Foundation

/// Runs work on a thread with a large stack and waits for it (the default stacks of worker threads, 512 KB,
/// are too small for the pattern matcher's recursion on very long sentences).
enum LargeStack {
  static let stackSize = 64 << 20

  static func run<T>(_ body: @escaping () -> T) -> T {
    let box = ResultBox<T>()
    box.body = body
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = box.body?()
      done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    return box.value!
  }

  /// Carries the result from the worker thread back (written once, before the semaphore is signalled).
  private final class ResultBox<T>: @unchecked Sendable {
    var body: (() -> T)?
    var value: T?
  }
}
