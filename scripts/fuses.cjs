// Flips Electron's fuses in a packaged Samsyn binary: no running as plain Node,
// no NODE_OPTIONS, no --inspect, and the app only from a signed-off asar.
// Use: node scripts/fuses.cjs path/to/packaged/Samsyn(.exe|.app)
// (electron-builder's afterPack hook, scripts/after-pack.cjs, calls flip()).
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** On macOS the changed binary needs a fresh ad-hoc signature before it runs on Apple silicon. */
function flip(binary, { mac = false } = {}) {
  return flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature: mac });
}

module.exports = { FUSES, flip };

if (require.main === module) {
  const binary = process.argv[2];
  if (!binary) {
    console.error('Usage: node scripts/fuses.cjs path/to/packaged/binary');
    process.exit(2);
  }
  flip(binary).then(
    () => console.log(`fuses set in ${binary}`),
    (err) => {
      console.error(`fuses could not be set: ${err.message}`);
      process.exit(1);
    },
  );
}
