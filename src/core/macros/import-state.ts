// What an import owns in a macro file, and its fingerprint: how a re-import tells local edits from Zendesk changes.

/** The fields an import writes and a local edit may change; owner, review dates and usage counters are not part of it. */
export interface ImportedContent {
  title: string;
  status: string;
  category: string;
  tags: string[];
  actions: unknown[];
  restriction: unknown;
  /** Zendesk's own title (with its `::` folders), the reply action it came from and that action's channel. */
  zendeskTitle: string | undefined;
  reply: string | undefined;
  channel: string | undefined;
  body: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Line endings and surrounding blank lines are how a file is saved, not what it says. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(/^\n+/, '').replace(/\s+$/, '');
}

/** Reads the imported fields back from a file's frontmatter as it stands, however loosely typed. */
export function contentOfFile(frontmatter: Record<string, unknown>, body: string): ImportedContent {
  const source = isRecord(frontmatter.source) ? frontmatter.source : {};
  return {
    title: text(frontmatter.title) ?? '',
    status: text(frontmatter.status) ?? '',
    category: text(frontmatter.category) ?? '',
    tags: Array.isArray(frontmatter.tags) ? frontmatter.tags.map(String) : [],
    actions: Array.isArray(frontmatter.actions) ? frontmatter.actions : [],
    restriction: frontmatter.restriction ?? undefined,
    zendeskTitle: text(source.title),
    reply: text(source.reply),
    channel: text(source.channel),
    body: normaliseBody(body),
  };
}

/** JSON with object keys sorted, so that equal values always serialise alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Two 32-bit multiplicative hashes (cyrb53's mixing) over the canonical JSON, as 16 hex digits: a change detector,
 * not a security measure, and free of platform APIs so that the core stays pure.
 */
export function contentHash(content: ImportedContent): string {
  return hashOf({ ...content, body: normaliseBody(content.body) });
}

/** The same fingerprint over any JSON value (an imported SOP's title and body, say). */
export function hashOf(value: unknown): string {
  const text = canonicalJson(value);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}
