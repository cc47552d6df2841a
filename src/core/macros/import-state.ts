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

const fnvPrime = 0x100000001b3n;
const fnvOffset = 0xcbf29ce484222325n;
const mask64 = 0xffffffffffffffffn;

/**
 * FNV-1a, 64 bits, over the UTF-8 of the canonical JSON: a change detector, not a security measure,
 * and free of platform APIs so that the core stays pure.
 */
export function contentHash(content: ImportedContent): string {
  let hash = fnvOffset;
  for (const byte of new TextEncoder().encode(canonicalJson({ ...content, body: normaliseBody(content.body) }))) {
    hash = ((hash ^ BigInt(byte)) * fnvPrime) & mask64;
  }
  return hash.toString(16).padStart(16, '0');
}
