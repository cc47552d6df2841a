// How the diagram renderer starts Chromium: its switches, with Chromium features it does not need turned off
// without losing the ones Playwright turns off.
import { createRequire } from 'node:module';
import type { LaunchOptions } from 'playwright-core';

/** The switches every Chromium this project starts gets (the drawing session, the browser tests): headless, offline, quiet. */
export const chromiumSwitches = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A headless browser window still builds its address bar's suggestion popups: two WebUI pages, one renderer
 * process of their own, about 1 s of CPU in a drawing session that never shows them.
 */
const unneededFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

interface ChromiumDefaults {
  defaultArgs(options: { headless: boolean; args: string[] }, isPersistent: boolean, userDataDir: string): Promise<string[]>;
}
interface PlaywrightServer {
  server: { createPlaywright(options: { sdkLanguage: string }): { chromium: ChromiumDefaults } };
}

/**
 * Playwright's own `--disable-features=…` switch, or undefined when it cannot be read. Chromium keeps only the last
 * `--disable-features` it is given, so a second one would switch Playwright's list back on; Playwright exports no
 * way to read that list, so it is asked through its server half, as its own client does.
 */
async function playwrightDisabledFeatures(): Promise<string | undefined> {
  try {
    const { server } = createRequire(import.meta.url)('playwright-core/lib/coreBundle') as PlaywrightServer;
    const args = await server.createPlaywright({ sdkLanguage: 'javascript' }).chromium.defaultArgs({ headless: true, args: [] }, false, '');
    return args.find((arg) => arg.startsWith('--disable-features='));
  } catch {
    return undefined;
  }
}

/**
 * Options for `chromium.launch` in the drawing session. When Playwright's feature list cannot be read (another
 * Playwright), the unneeded features stay on: a little more CPU, never Playwright's own settings undone.
 */
export async function drawingLaunchOptions(executablePath: string): Promise<LaunchOptions> {
  const base: LaunchOptions = { executablePath, headless: true, args: chromiumSwitches };
  const disabled = await playwrightDisabledFeatures();
  if (!disabled) return base;
  return {
    ...base,
    args: [...chromiumSwitches, `${disabled},${unneededFeatures.join(',')}`],
    ignoreDefaultArgs: [disabled],
  };
}
