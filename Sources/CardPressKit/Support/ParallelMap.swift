import Dispatch
import Synchronization

/// Runs work on all cores and gathers the results in input order.
public enum ParallelMap {
    public static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input],
        _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        let results = Mutex<[Int: Output]>([:])
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let output = transform(inputs[index])
            results.withLock { $0[index] = output }
        }
        let collected = results.withLock { $0 }
        return inputs.indices.compactMap { collected[$0] }
    }

    /// Runs `body` for every index on all cores.
    public static func forEach(count: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}
