import Foundation
import PCSC
import Testing

extension PCSCDTests {
    /// Every fault of issue 5: a clear message, its own exit code, and no hang.
    @Suite("probe faults")
    struct Faults {
        static let vpcd = "Virtual PCD 00 00"

        init() throws {
            try ProbeHarness.requireHarness()
            try ProbeHarness.awaitCard(Self.vpcd)
        }

        @Test func pcscdNotRunningSaysHowToStartIt() throws {
            try ProbeHarness.control("pcscd stop")
            defer { _ = try? ProbeHarness.control("pcscd start") }

            let run = try ProbeHarness.probe(["readers", "--json"])
            #expect(run.status == 3)
            #expect(run.stderr.contains("SCARD_E_NO_SERVICE"))
            #expect(run.stderr.contains("Start it with"))
            #expect(run.seconds < 3)
            let error = try #require(try run.json()["error"] as? [String: Any])
            let pcsc = try #require(error["pcsc"] as? [String: Any])
            #expect(pcsc["code"] as? String == "0x" + Hex.word(PCSCErrorCode.noService.code))

            try ProbeHarness.control("pcscd start")
            try ProbeHarness.awaitCard(Self.vpcd)
        }

        @Test func pcscdRestartUnderAnOpenContextReconnectsOnce() throws {
            let scan = try Run.startProbe(["scan", "--timeout", "5", "--json"])
            usleep(700_000)
            try ProbeHarness.control("pcscd restart")
            scan.finish(timeout: 20)
            try ProbeHarness.awaitCard(Self.vpcd)

            #expect(scan.status == 0, "stderr: \(scan.stderr)")
            #expect(
                scan.stderr.contains("reconnecting once") || scan.stdout.contains("reconnected"))
            let events = try scan.jsonLines().compactMap { $0["event"] as? String }
            #expect(events.contains("reconnected"))
            #expect(events.last == "end")
        }

        @Test func libraryContextAfterRestartFailsWithNoService() throws {
            let context = try PCSCContext()
            try ProbeHarness.control("pcscd restart")
            defer { _ = try? ProbeHarness.awaitCard(Self.vpcd) }

            #expect(context.isValid)
            #expect {
                try context.readers()
            } throws: { error in
                (error as? PCSCError)?.is(.noService) == true
            }
            let fresh = try PCSCContext()
            #expect(try fresh.readers().contains(Self.vpcd))
        }

        @Test func pcscdKilledDuringAWaitEndsTheWait() throws {
            let wait = try Run.startProbe(["wait", "removal", "--reader", Self.vpcd])
            usleep(500_000)
            try ProbeHarness.control("pcscd kill")
            wait.finish(timeout: 15)
            try ProbeHarness.control("pcscd start")
            try ProbeHarness.awaitCard(Self.vpcd)

            #expect(wait.status == 3, "stderr: \(wait.stderr)")
            #expect(wait.stderr.contains("SCARD_F_COMM_ERROR"))
            #expect(wait.seconds < 10)
        }

        @Test func cardRemovedMidTransaction() throws {
            try ProbeHarness.control("remove-after 1")
            defer { try? ProbeHarness.reinsertVirtualCard() }

            let run = try ProbeHarness.probe([
                "transmit", "--reader", Self.vpcd, "0084000008", "0084000008", "0084000008",
            ])
            #expect(run.status == 5, "stderr: \(run.stderr)")
            #expect(
                run.stderr.contains("SCARD_E_NOT_TRANSACTED")
                    || run.stderr.contains("SCARD_W_REMOVED_CARD"))
            #expect(run.stdout.contains("SW 9000"))
        }

        @Test func unresponsiveCardIsCutOffByTheWatchdog() throws {
            try ProbeHarness.control("hang on")
            defer {
                _ = try? ProbeHarness.control("hang off")
                try? ProbeHarness.reinsertVirtualCard()
            }

            let run = try ProbeHarness.probe(
                ["transmit", "--reader", Self.vpcd, "--watchdog", "1", "0084000008"], timeout: 15)
            #expect(run.status == 6)
            #expect(run.stderr.contains("did not answer within 1.0 s"))
            #expect(run.seconds < 5)
        }

        @Test func cardHeldExclusivelyNamesTheCulprits() throws {
            let context = try PCSCContext()
            let holder = try context.connect(reader: Self.vpcd, share: .exclusive)
            defer { try? holder.disconnect() }

            let run = try ProbeHarness.probe(["status", "--reader", Self.vpcd])
            #expect(run.status == 5)
            #expect(run.stderr.contains("SCARD_E_SHARING_VIOLATION"))
            #expect(run.stderr.contains("scdaemon"))
        }

        @Test func unknownReaderListsTheKnownOnes() throws {
            let run = try ProbeHarness.probe(["status", "--reader", "No Such Reader"])

            #expect(run.status == 4)
            #expect(run.stderr.contains("unknown reader 'No Such Reader'"))
            #expect(run.stderr.contains(Self.vpcd))
            #expect(run.stderr.contains("CardPress Fake 00 02"))
        }

        @Test func ctrlCDuringAWaitCancelsAndExitsCleanly() throws {
            let wait = try Run.startProbe(["wait", "card", "--reader", "CardPress Fake 00 02"])
            usleep(500_000)
            wait.process.interrupt()
            wait.finish(timeout: 5)

            #expect(wait.status == 130)
            #expect(wait.stderr.contains("SCARD_E_CANCELLED"))
            #expect(wait.seconds < 3)
        }

        @Test func readerThatBecomesUnavailableStaysListed() throws {
            let reader = "CardPress Fake 00 01"
            try ProbeHarness.control("fake unplugged-1")
            defer {
                _ = try? ProbeHarness.control("fake-rm unplugged-1")
                _ = try? ProbeHarness.awaitCard(reader)
            }
            usleep(1_000_000)

            // pcsc-lite 1.9.9 answers the first connect after the driver reports the device
            // gone with SCARD_W_UNPOWERED_CARD (its power-up failed), later ones with
            // SCARD_E_READER_UNAVAILABLE.
            let first = try ProbeHarness.probe(["status", "--reader", reader])
            #expect(first.status == 4 || first.stderr.contains("SCARD_W_UNPOWERED_CARD"))
            let run = try ProbeHarness.probe(["status", "--reader", reader])
            #expect(run.status == 4)
            #expect(run.stderr.contains("SCARD_E_READER_UNAVAILABLE"))
            let listed = try ProbeHarness.probe(["readers", "--json"]).json()
            let readers = try #require(listed["readers"] as? [[String: Any]])
            let entry = readers.first { $0["name"] as? String == reader }
            #expect((entry?["flags"] as? [String])?.contains("unavailable") == true)
        }

        @Test func emptyReaderSaysInsertACard() throws {
            let run = try ProbeHarness.probe(["status", "--reader", "CardPress Fake 00 02"])

            #expect(run.status == 5)
            #expect(run.stderr.contains("SCARD_E_NO_SMARTCARD"))
            #expect(run.stderr.contains("Insert a card"))
        }
    }
}
