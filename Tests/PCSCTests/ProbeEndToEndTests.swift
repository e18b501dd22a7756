import Foundation
import PCSC
import Testing

extension PCSCDTests {
    /// The probe against the real stack, compared with pcsc_scan and opensc-tool.
    @Suite("probe against pcscd")
    struct EndToEnd {
        static let vpcd = "Virtual PCD 00 00"
        static let fake = "CardPress Fake 00 00"

        init() throws {
            try ProbeHarness.requireHarness()
            try ProbeHarness.awaitCard(Self.vpcd)
        }

        @Test func readerListMatchesPcscScanInTheSameRun() throws {
            let probe = try ProbeHarness.probe(["readers"])
            let scan = try Run.execute("/usr/bin/pcsc_scan", ["-c", "-n"], timeout: 10)

            #expect(probe.status == 0)
            let ours = Self.readerBlocks(probe.stdout)
            let theirs = Self.readerBlocks(scan.stdout)
            #expect(ours.count >= 5)
            #expect(ours == theirs)
        }

        @Test func readerNamesAndATRsMatchOpenscTool() throws {
            let probe = try ProbeHarness.probe(["readers", "--json"]).json()
            let readers = try #require(probe["readers"] as? [[String: Any]])
            let listed = try Run.execute("/usr/bin/opensc-tool", ["-l"], timeout: 10)

            let names = readers.compactMap { $0["name"] as? String }
            for name in names {
                #expect(listed.stdout.contains(name), "opensc-tool -l does not list \(name)")
            }
            for (index, reader) in readers.enumerated() {
                guard let atr = reader["atr"] as? String else {
                    continue
                }
                let tool = try Run.execute(
                    "/usr/bin/opensc-tool", ["-r", "\(index)", "-a"], timeout: 10)
                let theirs = tool.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                    .uppercased().replacingOccurrences(of: ":", with: " ")
                #expect(theirs == atr, "reader \(index)")
            }
        }

        @Test func statusDecodesAndIdentifiesTheVirtualCard() throws {
            let run = try ProbeHarness.probe(["status", "--reader", Self.vpcd, "--json"])
            let json = try run.json()
            let atr = try #require(json["atr"] as? [String: Any])

            #expect(run.status == 0)
            #expect(json["reader"] as? String == Self.vpcd)
            #expect((json["state"] as? [String])?.contains("present") == true)
            #expect((json["state"] as? [String])?.contains("powered") == true)
            #expect(json["protocol"] as? String == "T=1")
            #expect(
                atr["bytes"] as? String
                    == "3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A")
            #expect(atr["wellFormed"] as? Bool == true)
            let identification = try #require(atr["identification"] as? [String: Any])
            let matches = try #require(identification["matches"] as? [[String: Any]])
            let descriptions = matches.flatMap { $0["descriptions"] as? [String] ?? [] }
            #expect(descriptions.contains { $0.contains("MIFARE Classic 1K") })
        }

        @Test func featuresOfTheFakePINPadReader() throws {
            let run = try ProbeHarness.probe(["features", "--reader", Self.fake, "--json"])
            let json = try run.json()

            #expect(run.status == 0)
            #expect(json["raw"] as? String == Hex.spaced(FeatureDecodingTests.seed))
            let features = try #require(json["features"] as? [[String: Any]])
            #expect(
                features.compactMap { $0["controlCode"] as? String } == [
                    "0x42330006", "0x42330007", "0x4233000A", "0x42330012",
                ])
            let tlv = try #require(json["tlvProperties"] as? [String: Any])
            let properties = try #require(tlv["properties"] as? [[String: Any]])
            let byName = Dictionary(
                properties.map { ($0["name"] as? String ?? "", $0["value"]) },
                uniquingKeysWith: { first, _ in first })
            #expect(byName["bMinPINSize"] as? Int == 4)
            #expect(byName["bMaxPINSize"] as? Int == 8)
            #expect(byName["wIdVendor"] as? Int == 0x08E6)
            #expect(byName["sFirmwareID"] as? String == "CardPress 1.")
            let pin = try #require(json["pinProperties"] as? [String: Any])
            #expect(pin["bEntryValidationCondition"] as? Int == 2)
        }

        @Test func vpcdSupportsNoFeaturesAndSaysWhichCode() throws {
            let run = try ProbeHarness.probe(["features", "--reader", Self.vpcd, "--json"])
            let json = try run.json()
            let error = try #require(json["error"] as? [String: Any])

            #expect(run.status == 0)
            #expect(json["supported"] as? Bool == false)
            #expect(error["name"] as? String == "SCARD_E_UNSUPPORTED_FEATURE")
            #expect(
                error["code"] as? String == "0x" + Hex.word(PCSCErrorCode.unsupportedFeature.code))
        }

        @Test func pinPadResultIsReportedAndGuarded() throws {
            try ProbeHarness.control("fake pin-result 63C1")
            defer { _ = try? ProbeHarness.control("fake-rm pin-result") }

            let refused = try ProbeHarness.probe(["features", "-r", Self.fake, "--verify-pin"])
            #expect(refused.status == 7)
            let run = try ProbeHarness.probe([
                "features", "-r", Self.fake, "--verify-pin", "--allow-writes", "--json",
            ])
            let pin = try #require(try run.json()["pinVerify"] as? [String: Any])
            #expect(pin["sw"] as? String == "63C1")
            #expect(pin["meaning"] as? String == "warning: verification failed, 1 tries left")
        }

        @Test func multiSlotReaderHasThreeSlots() throws {
            let json = try ProbeHarness.probe(["readers", "--json"]).json()
            let readers = try #require(json["readers"] as? [[String: Any]])
            let slots = readers.filter {
                ($0["name"] as? String)?.hasPrefix("CardPress Fake") == true
            }

            #expect(
                slots.compactMap { $0["name"] as? String } == [
                    "CardPress Fake 00 00", "CardPress Fake 00 01", "CardPress Fake 00 02",
                ])
            #expect(slots.map { $0["cardPresent"] as? Bool } == [true, true, false])
            #expect(
                (slots[1]["atr"] as? String)?.hasPrefix("3B DA 18 FF 81 B1 FE 75") == true)
        }

        @Test func transmitShowsResponsesAndStatusWords() throws {
            let before = try ProbeHarness.control("apdus")
            let run = try ProbeHarness.probe([
                "transmit", "--reader", Self.vpcd, "--json", "00A4040007A0000000031010",
                "0084000008", "00A4040005A000000999",
            ])
            let json = try run.json()
            let exchanges = try #require(json["exchanges"] as? [[String: Any]])

            #expect(run.status == 0)
            #expect(exchanges.compactMap { $0["sw"] as? String } == ["9000", "9000", "6A82"])
            #expect((exchanges[1]["response"] as? String)?.split(separator: " ").count == 8)
            #expect(
                exchanges[2]["meaning"] as? String
                    == "wrong parameters: file or application not found")
            let after = try ProbeHarness.control("apdus")
            #expect(before != after)
        }

        @Test(arguments: ["0020008108313233340000000000", "00DA010100", "002C000100"])
        func transmitRefusesWritesAndSendsNothing(apdu: String) throws {
            let before = try ProbeHarness.control("apdus")
            let run = try ProbeHarness.probe([
                "transmit", "--reader", Self.vpcd, "0084000008", apdu,
            ])

            #expect(run.status == 7)
            #expect(run.stderr.contains("refused"))
            #expect(run.stderr.contains("--allow-writes"))
            #expect(try ProbeHarness.control("apdus") == before)
        }

        @Test func waitReportsRemovalThenInsertion() throws {
            let removal = try Run.startProbe([
                "wait", "removal", "--reader", Self.vpcd, "--timeout", "10", "--json",
            ])
            usleep(300_000)
            try ProbeHarness.control("remove")
            removal.finish(timeout: 10)
            let insertion = try Run.startProbe([
                "wait", "card", "--reader", Self.vpcd, "--timeout", "10", "--json",
            ])
            usleep(300_000)
            try ProbeHarness.control("insert")
            insertion.finish(timeout: 10)

            #expect(removal.status == 0)
            let removed = try #require(try removal.json()["reader"] as? [String: Any])
            #expect(removed["cardPresent"] as? Bool == false)
            #expect(insertion.status == 0)
            let inserted = try #require(try insertion.json()["reader"] as? [String: Any])
            #expect(inserted["cardPresent"] as? Bool == true)
            #expect((inserted["atr"] as? String)?.hasPrefix("3B 8F") == true)
        }

        @Test func waitTimesOutWithItsOwnExitCode() throws {
            let run = try ProbeHarness.probe([
                "wait", "removal", "--reader", Self.vpcd, "--timeout", "0.5",
            ])

            #expect(run.status == 6)
            #expect(run.stderr.contains("SCARD_E_TIMEOUT"))
            #expect(run.seconds < 5)
        }

        @Test func waitReaderReturnsAtOnceWhenOneExists() throws {
            let run = try ProbeHarness.probe(["wait", "reader", "--timeout", "2", "--json"])

            #expect(run.status == 0)
            #expect(try run.json()["event"] as? String == "reader")
        }

        @Test func scanFollowsRemovalAndInsertion() throws {
            let scan = try Run.startProbe(["scan", "--timeout", "4", "--json"])
            usleep(600_000)
            try ProbeHarness.control("remove")
            usleep(1_200_000)
            try ProbeHarness.control("insert")
            scan.finish(timeout: 15)
            let events = try scan.jsonLines()

            #expect(scan.status == 0)
            #expect(events.first?["event"] as? String == "initial")
            #expect(events.last?["event"] as? String == "end")
            let presence = events.compactMap { event -> Bool? in
                let readers = event["readers"] as? [[String: Any]]
                return readers?.first { $0["name"] as? String == Self.vpcd }?["cardPresent"]
                    as? Bool
            }
            #expect(presence.first == true)
            #expect(presence.contains(false))
            #expect(presence.last == true)
        }

        @Test func raceCheckFindsNoRaceOnPcscLite() throws {
            let run = try ProbeHarness.probe([
                "race-check", "--reader", Self.vpcd, "--rounds", "3", "--json",
            ])
            let json = try run.json()

            #expect(run.status == 0)
            #expect(json["races"] as? Int == 0)
            #expect((json["results"] as? [[String: Any]])?.count == 3)
        }

        @Test func envNamesPcscLiteAndTheFakeDriver() throws {
            let run = try ProbeHarness.probe(["env", "--json"])
            let json = try run.json()

            #expect(run.status == 0)
            #expect(json["probe"] as? String == ProbeEnvironment.probeVersion)
            #expect((json["pcscd"] as? String)?.contains("pcsc-lite") == true)
            let readers = try #require(json["readers"] as? [[String: Any]])
            let fake = readers.first { $0["name"] as? String == Self.fake }
            #expect(fake?["SCARD_ATTR_VENDOR_NAME"] as? String == "CardPress")
            #expect(fake?["SCARD_ATTR_VENDOR_IFD_TYPE"] as? String == "Fake IFD")
            #expect(fake?["SCARD_ATTR_VENDOR_IFD_VERSION"] as? String == "1.2.0")
        }

        @Test func libraryMasksTheEventCounter() throws {
            let context = try PCSCContext()
            let states = try context.currentStates(of: [Self.vpcd, Self.fake])

            #expect(states.allSatisfy { $0.flags.rawValue <= 0xFFFF })
            #expect(states[0].hasCard)
            #expect(context.supportsPlugAndPlay())
        }

        /// Reader blocks of pcsc_scan's card listing: name, event number, state, ATR.
        static func readerBlocks(_ text: String) -> [[String]] {
            var blocks: [[String]] = []
            for line in text.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("Reader ") {
                    blocks.append([trimmed])
                } else if !blocks.isEmpty,
                    trimmed.hasPrefix("Event number:") || trimmed.hasPrefix("ATR:")
                        || trimmed.hasPrefix("Card state:")
                {
                    let cleaned = trimmed.trimmingCharacters(in: CharacterSet(charactersIn: ", "))
                    blocks[blocks.count - 1].append(cleaned)
                }
            }
            return blocks
        }
    }
}
