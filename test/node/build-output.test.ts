// Item 3 of issue 17, without Astro: one build per output folder, swapped in whole, a failed build leaves the old site.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildBusyError, buildIntoFolder } from '../../src/node/build-output.ts';

function siteFolder(): { parent: string; dist: string } {
  const parent = mkdtempSync(path.join(tmpdir(), 'sop-build-output-'));
  const dist = path.join(parent, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), 'old site');
  return { parent, dist };
}

const writeSite = (text: string) => async (folder: string) => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), text);
};

describe('buildIntoFolder', () => {
  it('swaps the new build in whole and leaves nothing beside it', async () => {
    const { parent, dist } = siteFolder();
    await buildIntoFolder(dist, writeSite('new site'));
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('new site');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('leaves the old site as it was when the build fails', async () => {
    const { parent, dist } = siteFolder();
    await expect(
      buildIntoFolder(dist, async (folder) => {
        await writeSite('half')(folder);
        throw new Error('astro failed');
      }),
    ).rejects.toThrow('astro failed');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('old site');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('stops a second build while the first holds the folder, naming it', async () => {
    const { dist } = siteFolder();
    let second: Promise<void> | undefined;
    await buildIntoFolder(dist, async (folder) => {
      second = buildIntoFolder(dist, writeSite('second'));
      await second.catch(() => undefined);
      await writeSite('first')(folder);
    });
    await expect(second).rejects.toThrow(BuildBusyError);
    await expect(second).rejects.toThrow(
      `another build is running in \`${dist}\` (process ${process.pid}); wait for it to finish, or build elsewhere with --out`,
    );
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('first');
  });

  it('takes over the lock and removes the half-built folder of a build that was killed', async () => {
    const { parent, dist } = siteFolder();
    // Process id 2^22 + 1 is above Linux's largest, so no process has it.
    writeFileSync(`${dist}.lock`, '4194305\n');
    mkdirSync(path.join(parent, '.dist.building-4194305-0123abcd'));
    await buildIntoFolder(dist, writeSite('new site'));
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
