// Loaded with --require before Electronegativity. The tool fetches translations and
// Electron's release list with `got`; the build machines have no network, and under
// Node 24 got's retry after the failed request crashes the whole process. Every request
// is refused at once instead, which the tool handles ("No connectivity?") and goes on.
const Module = require('node:module');

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request !== 'got') return originalLoad.call(this, request, parent, isMain);
  const refuse = () => Promise.reject(new Error('offline: Samsyn runs Electronegativity without network'));
  return Object.assign(refuse, { head: refuse, get: refuse });
};
