// electron-builder's afterPack hook: flips the fuses of the packed binary before it
// is signed and wrapped into an installer (see scripts/fuses.cjs).
const { join } = require('node:path');
const { flip } = require('./fuses.cjs');

/** The Electron binary electron-builder left in appOutDir for this platform. */
function packedBinary({ appOutDir, electronPlatformName, packager }) {
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

module.exports = async function afterPack(context) {
  const binary = packedBinary(context);
  await flip(binary, { mac: context.electronPlatformName === 'darwin' });
  console.log(`  • fuses set  file=${binary}`);
};
module.exports.packedBinary = packedBinary;
