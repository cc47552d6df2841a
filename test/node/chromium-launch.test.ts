import { describe, expect, it } from 'vitest';
import { drawingLaunchOptions } from '../../src/node/chromium-launch.ts';

const disabledFeatures = (arg: string | undefined) => new Set(arg?.slice('--disable-features='.length).split(','));

describe('the switches the drawing session starts Chromium with', () => {
  it("turns the address bar's popups off in the same --disable-features as Playwright's own list, which it drops", async () => {
    const options = await drawingLaunchOptions('/usr/bin/chromium');
    const playwrights = options.ignoreDefaultArgs;
    expect(Array.isArray(playwrights) && playwrights.length).toBe(1);
    const ignored = (playwrights as string[])[0]!;
    expect(ignored).toMatch(/^--disable-features=.*PaintHolding/);

    const ours = options.args?.filter((arg) => arg.startsWith('--disable-features=')) ?? [];
    expect(ours).toHaveLength(1);
    const merged = disabledFeatures(ours[0]);
    for (const feature of disabledFeatures(ignored)) expect(merged).toContain(feature);
    expect(merged).toContain('WebUIOmniboxPopup');
    expect(merged).toContain('WebUIOmniboxAimPopup');
    expect(options).toMatchObject({ executablePath: '/usr/bin/chromium', headless: true });
    expect(options.args).toContain('--no-sandbox');
  });
});
