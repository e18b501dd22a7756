import Foundation

/// Times the stages of a build for `--verbose`.
struct StageClock {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var stages: [(name: String, seconds: Double)] = []

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        stages.append((name, Double(now - last) / 1e9))
        last = now
    }

    var total: Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
