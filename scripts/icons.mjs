// Makes the app and file icons from their SVG sources (resources/icons) for
// electron-builder: PNG sizes for Linux, ICO for Windows, ICNS for macOS, in build/icons.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'build', 'icons');
mkdirSync(join(out, 'png'), { recursive: true });

const render = (svg, size) =>
  new Resvg(readFileSync(join(root, 'resources', 'icons', svg)), { fitTo: { mode: 'width', value: size } })
    .render()
    .asPng();

for (const name of ['app', 'workbook']) {
  const large = render(`${name}.svg`, 1024);
  writeFileSync(join(out, `${name}.png`), large);
  writeFileSync(join(out, `${name}.ico`), png2icons.createICO(large, png2icons.BICUBIC2, 0, true, true));
  writeFileSync(join(out, `${name}.icns`), png2icons.createICNS(large, png2icons.BICUBIC2, 0));
}
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(join(out, 'png', `${size}x${size}.png`), render('app.svg', size));
}
console.log(`samsyn: icons written to ${out}`);
