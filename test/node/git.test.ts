import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryPath } from '../../src/node/git.ts';

describe('repositoryPath', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sop-git-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives the playbook folder from the repository root, empty at the top, and nothing outside git', () => {
    expect(repositoryPath(root)).toBeUndefined();
    execFileSync('git', ['init', '-q'], { cwd: root });
    mkdirSync(path.join(root, 'docs', 'playbook'), { recursive: true });
    expect(repositoryPath(root)).toBe('');
    expect(repositoryPath(path.join(root, 'docs', 'playbook'))).toBe('docs/playbook');
  });
});
