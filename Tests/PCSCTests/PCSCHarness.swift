/// The harness and the serialized pcscd suite live in their own module, so the site's
/// hardware-check tests share them with the probe's tests.
@_exported import PCSCHarness
