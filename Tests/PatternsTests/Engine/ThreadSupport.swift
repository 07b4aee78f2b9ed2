import Foundation

/// Carries a result from a worker thread back (written once, before the semaphore is signalled).
final class ResultBox<T>: @unchecked Sendable {
  var value: T?
}

/// Runs `body` on a new thread with this stack size and waits for its result.
func onThread<T>(stackSize: Int, _ body: @escaping @Sendable () -> T) -> T {
  let box = ResultBox<T>()
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    box.value = body()
    done.signal()
  }
  thread.stackSize = stackSize
  thread.start()
  done.wait()
  return box.value!
}
