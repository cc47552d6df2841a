import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsMiddleware, publishAssets, readImageSize } from '../../src/node/playbook-assets.ts';

async function playbookWithAssets(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sop-assets-'));
  await mkdir(path.join(root, 'content/assets/refunds'), { recursive: true });
  await writeFile(
    path.join(root, 'content/assets/refunds/dialog.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"></svg>',
  );
  await writeFile(path.join(root, 'secret.txt'), 'not for the site');
  await symlink(path.join(root, 'secret.txt'), path.join(root, 'content/assets/leak.txt'));
  return root;
}

describe('the playbook assets folder', () => {
  it('publishes content/assets at assets/, without symbolic links', async () => {
    const root = await playbookWithAssets();
    const dist = path.join(root, 'dist');
    expect(publishAssets(root, dist)).toBe(true);
    expect(await readdir(path.join(dist, 'assets'), { recursive: true })).toEqual(['refunds', path.join('refunds', 'dialog.svg')]);
    expect(publishAssets(path.join(root, 'nowhere'), dist)).toBe(false);
  });

  it('reads an image size from the file, and nothing from a missing one', async () => {
    const root = await playbookWithAssets();
    expect(readImageSize(path.join(root, 'content/assets/refunds/dialog.svg'))).toEqual({ width: 320, height: 200 });
    expect(readImageSize(path.join(root, 'content/assets/missing.png'))).toBeUndefined();
  });

  it('serves the folder in dev under the base path, and nothing outside it', async () => {
    const root = await playbookWithAssets();
    const middleware = assetsMiddleware(root, '/playbook/');
    const request = (url: string) => {
      const response = { headers: {} as Record<string, string>, body: undefined as Buffer | undefined, passed: false };
      middleware(
        { url },
        { setHeader: (name, value) => (response.headers[name] = value), end: (data) => (response.body = data) },
        () => (response.passed = true),
      );
      return response;
    };
    const served = request('/playbook/assets/refunds/dialog.svg');
    expect(served.headers['content-type']).toBe('image/svg+xml');
    expect(served.body?.toString()).toBe(await readFile(path.join(root, 'content/assets/refunds/dialog.svg'), 'utf8'));
    expect(request('/playbook/assets/../../secret.txt').passed).toBe(true);
    expect(request('/playbook/assets/%2e%2e/%2e%2e/secret.txt').passed).toBe(true);
    expect(request('/playbook/sops/x/').passed).toBe(true);
    expect(request('/playbook/assets/leak.txt').passed).toBe(true);
  });
});
