import Foundation

// Parse, run every size, print the table (or JSON); exit 1 if a build failed.
do {
    guard let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
        exit(0)
    }
    Console.progressToStandardError = options.json

    let hugoVersion = options.skipHugo ? nil : HugoVersion.of(options.hugo)
    let sizes = try Benchmark(options: options).run()
    if options.json {
        Console.output(try JSONReport(sizes, hugoVersion: hugoVersion).text())
    } else {
        Console.say("")
        if let hugoVersion { Console.say(hugoVersion) }
        Console.output(ResultTable.render(sizes))
    }

    let failed = sizes.contains { size in size.results.contains { $0.failure != nil } }
    exit(failed ? 1 : 0)
} catch let error as UsageError {
    Console.error(error.message)
    exit(2)
} catch {
    Console.error("\(error)")
    exit(1)
}
