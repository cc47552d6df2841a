// Adapter: the playbook's assets folder (`content/assets/`, where screenshots, recordings and imported images
// live), published at `/assets/` on the site; image sizes read from the files for `<Screenshot>`.
import { closeSync, cpSync, existsSync, lstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { cp, lstat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from './output-path.ts';
import { assetsFolder, assetsRoute } from '../core/links.ts';
import { imageSize, type ImageSize } from '../core/media/image-size.ts';

/** Enough of any PNG, GIF, WebP or SVG header; JPEG keeps its size after metadata, which can be long. */
const headerBytes = 512 * 1024;

/** The image's size from the start of the file, or undefined when it is missing or not an image we read. */
export function readImageSize(file: string): ImageSize | undefined {
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  const handle = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(headerBytes, statSync(file).size));
    const read = readSync(handle, buffer, 0, buffer.length, 0);
    return imageSize(buffer.subarray(0, read));
  } finally {
    closeSync(handle);
  }
}

/**
 * What the site publishes of a folder: files and folders. Not a symbolic link (it could point outside the playbook),
 * nor a named pipe, socket or device, on which Node's copy fails with "Unreachable code".
 */
function isFileOrFolder(entry: Stats): boolean {
  return entry.isFile() || entry.isDirectory();
}

/**
 * Copies `content/assets/` into the built site's `assets/`, when the playbook has one; says whether it did.
 * Symbolic links are left out: one pointing outside the playbook would publish whatever it points at; so are pipes.
 */
export function publishAssets(root: string, dist: string): boolean {
  const from = path.join(root, assetsFolder);
  if (!existsSync(from) || !lstatSync(from).isDirectory()) return false;
  cpSync(from, path.join(dist, 'assets'), { recursive: true, force: true, filter: (source) => isFileOrFolder(lstatSync(source)) });
  return true;
}

/**
 * Copies a playbook's own `public/` into the built site, never over the site's files. Symbolic links are left out, as
 * from the assets folder: copied as links, a host that follows them would serve what they point at
 * (`public/leak.txt -> /etc/passwd`).
 */
export async function publishPublicFolder(publicFolder: string, dist: string): Promise<void> {
  await cp(publicFolder, dist, {
    recursive: true,
    force: false,
    errorOnExist: false,
    filter: async (source) => isFileOrFolder(await lstat(source)),
  });
}

/**
 * Whether a file an SOP points at (`content/assets/…`, `public/…`, from the project root) will be on the site: it exists
 * inside the project and is reached through no symbolic link, as the build publishes none (one could point outside the
 * playbook). One checker per lint: each folder on the way is looked at once, however many references pass through it.
 */
export function assetChecker(root: string): (pathFromRoot: string) => boolean {
  const top = path.resolve(root);
  /** Each path looked at: whether it exists and is no symbolic link (a folder's answer serves every file under it). */
  const plain = new Map<string, boolean>();
  const isPlain = (absolute: string) => {
    let answer = plain.get(absolute);
    if (answer === undefined) {
      try {
        answer = !lstatSync(absolute).isSymbolicLink();
      } catch {
        answer = false;
      }
      plain.set(absolute, answer);
    }
    return answer;
  };
  return (pathFromRoot) => {
    if (path.isAbsolute(pathFromRoot)) return false;
    const target = path.resolve(top, pathFromRoot);
    if (target === top || !isInside(target, top)) return false;
    for (let current = target; current !== top; current = path.dirname(current)) if (!isPlain(current)) return false;
    return true;
  };
}

const mediaTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt',
};

/** Dev server: serves `content/assets/` at `<base>assets/`, as the build publishes it. */
export function assetsMiddleware(root: string, base: string) {
  const prefix = `${base.replace(/\/$/, '')}${assetsRoute}`;
  const folder = path.resolve(root, assetsFolder);
  return (
    request: { url?: string },
    response: { setHeader(name: string, value: string): void; end(data: Buffer): void },
    next: () => void,
  ) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(prefix)) {
      next();
      return;
    }
    const file = path.resolve(folder, pathname.slice(prefix.length));
    if (!file.startsWith(folder + path.sep) || !existsSync(file) || !lstatSync(file).isFile()) {
      next();
      return;
    }
    response.setHeader('content-type', mediaTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    response.end(readFileSync(file));
  };
}
