@testable import Mustache

/// Parses and renders in one step, with `partials` as a library of named sources.
func render(
    _ source: String,
    _ context: MustacheValue = [:],
    partials: [String: String] = [:]
) throws -> String {
    let template = try Template(source: source, name: "main", path: "main.mustache")
    let library = try TemplateLibrary(
        templates: partials.map { name, text in
            try Template(source: text, name: name, path: "\(name).mustache")
        }
    )
    return try template.render(context, partials: library)
}

/// The error a source fails with, parsing or rendering.
func failure(
    _ source: String,
    _ context: MustacheValue = [:],
    partials: [String: String] = [:]
) -> MustacheError? {
    do {
        _ = try render(source, context, partials: partials)
        return nil
    } catch let error as MustacheError {
        return error
    } catch {
        return nil
    }
}
