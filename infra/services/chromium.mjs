// Finds Chromium for the browser tests: CHROMIUM_PATH, else /usr/bin/chromium, else (as root on
// Debian/Ubuntu) `apt-get install -y chromium fonts-noto-cjk`, otherwise a ServiceUnavailableError
// that says what to install. playwright-core drives it; `npx playwright install` cannot
// download browsers here. node: built-ins only.
import fs from 'node:fs';
import { ServiceUnavailableError, aptInstall, canApt, which } from './system.mjs';

const DEFAULT_PATH = '/usr/bin/chromium';
const INSTALL_HINT = 'install Chromium: apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)';
const CJK_FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto', '/usr/share/fonts/noto-cjk'];

function hasCjkFont() {
  return CJK_FONT_DIRS.some((dir) => {
    try {
      return fs.readdirSync(dir).some((f) => /CJK/i.test(f));
    } catch {
      return false;
    }
  });
}

/** Resolves a handle { source, path, stop() } (stop() does nothing: nothing was started). */
export async function ensureChromium({ env = process.env, log = (m) => console.log(`[chromium] ${m}`) } = {}) {
  const handle = (source, path) => ({ source, path, stop: async () => {} });
  if (env.CHROMIUM_PATH) {
    if (!which(env.CHROMIUM_PATH)) {
      throw new ServiceUnavailableError(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file: ${INSTALL_HINT}`);
    }
    log(`using CHROMIUM_PATH ${env.CHROMIUM_PATH}`);
    return handle('env', env.CHROMIUM_PATH);
  }
  if (which(DEFAULT_PATH)) {
    if (!hasCjkFont()) log('warning: no Noto CJK font found; Chinese text may render as boxes (apt-get install fonts-noto-cjk)');
    log(`using ${DEFAULT_PATH}`);
    return handle('local', DEFAULT_PATH);
  }
  if (canApt()) {
    log(`${DEFAULT_PATH} not found`);
    await aptInstall(['chromium', 'fonts-noto-cjk'], log);
    if (which(DEFAULT_PATH)) return handle('installed', DEFAULT_PATH);
  }
  throw new ServiceUnavailableError(`Chromium not found at ${DEFAULT_PATH}: ${INSTALL_HINT}`);
}
