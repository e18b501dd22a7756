// swift-tools-version:6.0
import PackageDescription

/// CardPress: a static site generator for a smart card knowledge base, and the PC/SC probe
/// whose checks the site publishes.
///
/// The C libraries come from Debian packages; `providers` only prints a hint, so the README's
/// commands and `.ci/run` install them with apt-get.
let package = Package(
    name: "CardPress",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cardpress", targets: ["cardpress"]),
        .executable(name: "pcsc-probe", targets: ["pcsc-probe"]),
        .library(name: "CardPressKit", targets: ["CardPressKit"]),
        .library(name: "Mustache", targets: ["Mustache"]),
        .library(name: "PCSC", targets: ["PCSC"]),
    ],
    targets: [
        // C libraries, each behind one system library target.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CXXHash",
            pkgConfig: "libxxhash",
            providers: [.apt(["libxxhash-dev"])]
        ),
        .systemLibrary(
            name: "CPCSCLite",
            pkgConfig: "libpcsclite",
            providers: [.apt(["libpcsclite-dev"])]
        ),

        // Pure Swift building blocks.
        .target(name: "CommandLineKit"),
        .target(name: "Mustache"),

        // The site engine: load → parse → model → render → write.
        .target(
            name: "CardPressKit",
            dependencies: ["Mustache", "CCmarkGFM", "CLibXML2", "CYAML", "CXXHash"]
        ),
        .executableTarget(
            name: "cardpress",
            dependencies: ["CardPressKit", "CommandLineKit"],
            // libcmark-gfm must find CardPressKit's thread-safe stand-in for one of its
            // functions (see CmarkInlineTable.swift): an executable exports no symbol unless
            // told to, and without it Markdown renders on one core.
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-Xlinker",
                        "--export-dynamic-symbol=cmark_manage_extensions_special_characters",
                    ],
                    .when(platforms: [.linux]))
            ]
        ),

        // The PC/SC probe, apart from the site.
        .target(name: "PCSC", dependencies: ["CPCSCLite"]),
        .executableTarget(
            name: "pcsc-probe",
            dependencies: ["PCSC", "CommandLineKit"],
            exclude: ["JSONSchema.md"]
        ),

        // Benchmarks: a corpus generator that times CardPress against Hugo.
        .executableTarget(name: "cardpress-bench", path: "Sources/cardpress-bench"),

        .testTarget(name: "CommandLineKitTests", dependencies: ["CommandLineKit"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"]),
        // What every test that needs the real pcscd shares: the harness and its serial suite.
        .target(name: "PCSCHarness", path: "Tests/PCSCHarness"),
        .testTarget(
            name: "CardPressKitTests",
            dependencies: ["CardPressKit", "CLibXML2", "PCSCHarness"]),
        .testTarget(name: "PCSCTests", dependencies: ["PCSC", "PCSCHarness"]),
    ]
)
