import Testing

/// Every test that talks to the shared pcscd, vpcd card and fake driver, one at a time:
/// they change one machine-wide daemon and its cards.
@Suite(
    .serialized,
    .enabled(
        if: ProbeHarness.shouldRun,
        """
        pcscd harness not running: run scripts/pcsc/start, or set CARDPRESS_PCSC_TESTS=1 \
        to make these tests fail instead of skip
        """))
public struct PCSCDTests {}
