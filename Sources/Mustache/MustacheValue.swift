/// The data a template renders: plain values with no behaviour, so contexts can be built once
/// and shared between threads rendering thousands of pages.
public enum MustacheValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([MustacheValue])
    case object([String: MustacheValue])
}
