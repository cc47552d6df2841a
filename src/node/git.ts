// Adapter: what the core asks of git (file at the base, a file's history), read with the git command.
// A lint of any size costs a fixed handful of git processes: never one per file.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitBaseReader } from '../core/lint/rule.ts';

/** Runs git in `root` with `args` (and `input` on stdin); its stdout, or undefined when git failed. */
export type GitRunner = (root: string, args: string[], input?: string) => Buffer | undefined;

export const runGit: GitRunner = (root, args, input) => {
  try {
    return execFileSync('git', args, {
      cwd: root,
      input,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
};

const text = (output: Buffer | undefined) => output?.toString('utf8');

function isGitRepository(root: string, run: GitRunner = runGit): boolean {
  return text(run(root, ['rev-parse', '--is-inside-work-tree']))?.trim() === 'true';
}

/**
 * Whether `base` names a commit of the repository at `root`; undefined outside git. `HEAD` of a
 * repository without commits does not resolve, and is no mistake of the user's.
 */
export function baseResolves(root: string, base: string, run: GitRunner = runGit): boolean | undefined {
  if (!isGitRepository(root, run)) return undefined;
  return run(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]) !== undefined;
}

/** The folder's path inside its git repository (`docs/playbook`, `''` at the top), or undefined outside git. */
export function repositoryPath(root: string, run: GitRunner = runGit): string | undefined {
  return text(run(root, ['rev-parse', '--show-prefix']))
    ?.trim()
    .replace(/\/$/, '');
}

/**
 * A reader of files at `base` (default HEAD); undefined outside git or when the base does not resolve.
 * One `rev-parse` up front; on the first read one `ls-tree` (what the base holds, with blob ids) and one
 * `diff` (what changed since); then one `cat-file --batch` for the base copies of every changed file.
 * A path the base does not hold (content not committed yet) costs no process at all.
 */
export function gitBaseReader(root: string, base = 'HEAD', run: GitRunner = runGit): BaseReader | undefined {
  const resolved = resolveBase(root, base, run);
  return resolved && readerOver(root, base, resolved.commit, run, { state: undefined });
}

/** A base reader that also tells whether git failed to answer (a listing or a base copy it could not give). */
export interface BaseReader extends GitBaseReader {
  incomplete(): boolean;
}

/**
 * What a lint reads of its base, read up front: the commit `base` names and the playbook's folder in the repository
 * (one `rev-parse`), what the commit holds (`ls-tree`) and which files differ from it (`diff`, which sees the index's
 * flags too). Undefined outside a work tree or when `base` does not resolve.
 */
export interface BaseSnapshot {
  base: string;
  commit: string;
  prefix: string;
  state: BaseState;
}

export function readBaseSnapshot(root: string, base = 'HEAD', run: GitRunner = runGit): BaseSnapshot | undefined {
  const resolved = resolveBase(root, base, run);
  return resolved && { base, ...resolved, state: readBaseState(root, resolved.commit, run) };
}

/**
 * Everything a lint's reads at the base depend on besides the files' own texts: the commit, the folder, which of
 * `paths` the commit holds under which blob, and which of them differ from it. (A path that does not differ is read
 * from disk, whose text the caller knows.)
 */
export function baseSnapshotDigest(snapshot: BaseSnapshot, paths: readonly string[]): string {
  const { blobs, changed, listed } = snapshot.state;
  const lines = [snapshot.base, snapshot.commit, snapshot.prefix, listed ? 'listed' : 'not listed'];
  for (const path of paths) lines.push(`${path}\0${blobs.get(path) ?? ''}\0${changed.has(path) ? 'changed' : ''}`);
  return lines.join('\n');
}

/** A base reader over a snapshot already read: no process but one `cat-file` for the base copies of changed files. */
export function gitBaseReaderOver(root: string, snapshot: BaseSnapshot, run: GitRunner = runGit): BaseReader {
  return readerOver(root, snapshot.base, snapshot.commit, run, { state: snapshot.state });
}

/**
 * Base readers for a lint that runs again and again (`sop lint --watch`, the dev server): while the base
 * commit stays the same, what it holds and what had changed are kept, and only the files saved since
 * count as changed too (a file saved back to its base text is compared and found equal, never wrong).
 * Each run then costs one `rev-parse`, plus a `cat-file` when a committed file was saved. `saved` are
 * paths relative to the root; undefined (a full run) reads the base afresh.
 */
export function gitBaseSession(
  root: string,
  base = 'HEAD',
  run: GitRunner = runGit,
): { reader(saved: readonly string[] | undefined): GitBaseReader | undefined } {
  let kept: { commit: string; holder: { state: BaseState | undefined } } | undefined;
  return {
    reader(saved) {
      const commit = resolveBase(root, base, run)?.commit;
      if (commit === undefined) return (kept = undefined);
      // Without a list of saved files (a first or full run), start afresh.
      if (kept?.commit !== commit || saved === undefined) kept = { commit, holder: { state: undefined } };
      const state = kept.holder.state;
      if (state) {
        for (const path of saved ?? []) {
          if (!state.blobs.has(path) || state.changed.has(path)) continue;
          state.changed.add(path);
        }
      }
      return readerOver(root, base, commit, run, kept.holder);
    },
  };
}

/**
 * The base's commit and the folder's path inside the repository, asked in one `rev-parse` (inside a work tree, and the
 * base resolves), else undefined.
 */
function resolveBase(root: string, base: string, run: GitRunner): { commit: string; prefix: string } | undefined {
  // `true`, the prefix, then the commit: one process instead of three.
  const lines = text(run(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix', '--verify', '--quiet', `${base}^{commit}`]))?.split(
    '\n',
  );
  if (lines?.[0] !== 'true' || !lines[2]) return undefined;
  return { commit: lines[2].trim(), prefix: lines[1] ?? '' };
}

function readerOver(root: string, base: string, commit: string, run: GitRunner, holder: { state: BaseState | undefined }): BaseReader {
  let failed = false;
  return {
    base,
    incomplete: () => failed || holder.state?.listed === false,
    readAtBase(path) {
      const state = (holder.state ??= readBaseState(root, commit, run));
      const blob = state.blobs.get(path);
      if (blob === undefined) return undefined;
      if (!state.changed.has(path)) {
        try {
          return readFileSync(join(root, path), 'utf8');
        } catch {
          // Listed by git as unchanged but unreadable now: fall back to the base copy.
        }
      }
      // The base copies of every changed file not read yet, in one batch.
      const wanted = [...state.changed]
        .map((changed) => state.blobs.get(changed))
        .filter((id): id is string => id !== undefined && !state.contents.has(id));
      if (!state.contents.has(blob))
        for (const [id, content] of readBlobs(root, [...new Set([...wanted, blob])], run)) state.contents.set(id, content);
      const content = state.contents.get(blob);
      // The base holds the file, yet git gave no copy (a partial clone offline, a missing object): what the rules
      // then say is not what they would say of the base.
      if (content === undefined) failed = true;
      return content;
    },
  };
}

interface BaseState {
  /** Whether git listed the base (`ls-tree`); without it the base seems to hold nothing. */
  listed: boolean;
  /** Path (relative to the root) to its blob id at the base: every file the base holds under the root. */
  blobs: Map<string, string>;
  /** Paths that differ on disk (or in the index) from the base. */
  changed: Set<string>;
  /** Blob id to text, filled on the first read of a changed file. */
  contents: Map<string, string>;
}

function readBaseState(root: string, commit: string, run: GitRunner): BaseState {
  const blobs = new Map<string, string>();
  // Paths come relative to `root` (ls-tree's default inside a subfolder), as the content reader names them.
  const tree = text(run(root, ['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', commit, '--', '.']));
  for (const entry of tree?.split('\0') ?? []) {
    // `<mode> <type> <object>\t<path>`
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, object] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && object) blobs.set(entry.slice(tab + 1), object);
  }
  const diff = text(
    run(root, ['-c', 'core.quotePath=false', 'diff', '--name-only', '-z', '--relative', '--no-renames', commit, '--', '.']),
  );
  // Without a diff every file counts as changed: slower (one batch read), never wrong.
  const changed = diff === undefined ? new Set(blobs.keys()) : new Set(diff.split('\0').filter((path) => path !== ''));
  return { listed: tree !== undefined, blobs, changed, contents: new Map() };
}

/** The blobs' texts, from one `git cat-file --batch`. */
function readBlobs(root: string, ids: readonly string[], run: GitRunner): Map<string, string> {
  const contents = new Map<string, string>();
  if (ids.length === 0) return contents;
  const output = run(root, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
  if (!output) return contents;
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd < 0) break;
    // `<object> <type> <size>`, or `<object> missing`
    const [id, type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    offset = headerEnd + 1;
    if (type === undefined || size === undefined) continue;
    const length = Number(size);
    if (id && type === 'blob') contents.set(id, output.subarray(offset, offset + length).toString('utf8'));
    offset += length + 1;
  }
  return contents;
}
