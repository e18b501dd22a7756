import Foundation

/// The features a build runs, in order; a later feature sees what earlier ones did to posts.
enum SiteFeatures {
    static let all: [any SiteFeature.Type] = [
        HardwareCheckFeature.self,
        RedirectFeature.self,
        CommentsFeature.self,
        BugFeature.self,
    ]

    /// The fence languages all features read, for the Markdown stage.
    static var fences: Set<String> {
        all.reduce(into: Set<String>()) { $0.formUnion($1.fences) }
    }

    /// Makes every feature from the model, in order.
    static func prepare(
        site: inout Site,
        siteFolder: URL,
        log: DiagnosticLog
    ) -> [any SiteFeature] {
        var features: [any SiteFeature] = []
        for feature in all {
            features.append(feature.init(site: &site, siteFolder: siteFolder, log: log))
        }
        return features
    }
}
