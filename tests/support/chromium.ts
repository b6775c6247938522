// Debian's Chromium and the flags every headless run here uses (browser tests and the client
// benchmark): without the background-networking flags Chromium keeps dialling Google's hosts,
// which this machine's closed network refuses.
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
