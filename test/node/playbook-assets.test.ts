import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetChecker, assetsMiddleware, publishAssets, publishPublicFolder, readImageSize } from '../../src/node/playbook-assets.ts';

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

  it("publishes the playbook's public/ without symbolic links, which a host might follow out of the site", async () => {
    const root = await playbookWithAssets();
    await mkdir(path.join(root, 'public/docs'), { recursive: true });
    await writeFile(path.join(root, 'public/docs/form.pdf'), 'pdf');
    await symlink(path.join(root, 'secret.txt'), path.join(root, 'public/leak.txt'));
    await symlink(os.tmpdir(), path.join(root, 'public/tmp'));
    execFileSync('mkfifo', [path.join(root, 'public/pipe'), path.join(root, 'content/assets/refunds/pipe.png')]);
    expect(publishAssets(root, path.join(root, 'dist'))).toBe(true);
    const dist = path.join(root, 'dist');
    await publishPublicFolder(path.join(root, 'public'), dist);
    expect((await readdir(dist, { recursive: true })).sort()).toEqual([
      'assets',
      path.join('assets', 'refunds'),
      path.join('assets', 'refunds', 'dialog.svg'),
      'docs',
      path.join('docs', 'form.pdf'),
    ]);
  });

  it('counts a file reached through a symbolic link as not on the site, as lint must when an SOP links to it', async () => {
    const root = await playbookWithAssets();
    await symlink(path.join(root, 'content/assets/refunds'), path.join(root, 'content/assets/linked'));
    await writeFile(path.join(root, 'content/assets/..notes.txt'), 'a name that starts with two dots\n');
    const assetPublished = assetChecker(root);
    expect(assetPublished('content/assets/refunds/dialog.svg')).toBe(true);
    expect(assetPublished('content/assets/leak.txt')).toBe(false);
    expect(assetPublished('content/assets/linked/dialog.svg')).toBe(false);
    // Asked again: the answer for the linked folder, kept, still refuses what lies under it.
    expect(assetPublished('content/assets/linked/other.svg')).toBe(false);
    expect(assetPublished('content/assets/missing.png')).toBe(false);
    expect(assetPublished('../secret.txt')).toBe(false);
    expect(assetPublished('content/assets/refunds/../../../../secret.txt')).toBe(false);
    expect(assetPublished('content/assets/..notes.txt')).toBe(true);
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
