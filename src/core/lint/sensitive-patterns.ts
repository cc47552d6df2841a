// What `sensitive-data` looks for: card numbers, US SSNs, secret keys and written-out passwords, found in one pass each.

/** One match: offsets into the text and a message that names the kind of data without repeating it. */
export interface SensitiveMatch {
  start: number;
  end: number;
  message: string;
}

// Digits grouped as cards print them (4-4-4-4, 4-4-4-4-3, Amex 4-6-5, Diners 4-6-4) or in one run of 13 to 19.
// Lookarounds keep a longer run of digits (or a token such as `xoxb-1234…`) from yielding a card inside it,
// while a card followed by its expiry (`4242 4242 4242 4242 12/28`) still counts. Digits after a decimal point
// (`padding-bottom: 54.7112462006079%`, as video embeds write their aspect ratio) are a fraction, not a card.
const cardPattern =
  /(?<![\w-]|\d[ -]|\d\.)(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{3})?|\d{4}([ -])\d{6}\2\d{4,5})(?![\w-]|[ -]\d{4}(?!\d))/g;

// Area 000, 666 and 900–999, group 00 and serial 0000 are never issued, so they are examples, not SSNs.
const ssnPattern = /(?<!\d-?)(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?!-?\d)/g;

interface KeyKind {
  name: string;
  pattern: RegExp;
  /** Characters of the key that identify its kind and may be shown. */
  prefixLength: (key: string) => number;
}

const keyKinds: KeyKind[] = [
  { name: 'Stripe live secret key', pattern: /\b[rs]k_live_[0-9A-Za-z]{10,}/g, prefixLength: () => 8 },
  { name: 'AWS access key id', pattern: /\bAKIA[0-9A-Z]{16}\b/g, prefixLength: () => 4 },
  {
    name: 'GitHub token',
    pattern: /\b(?:gh[pousr]_[0-9A-Za-z]{20,}|github_pat_\w{20,})/g,
    prefixLength: (key) => (key.startsWith('github_pat_') ? 11 : 4),
  },
  { name: 'Slack token', pattern: /\bxox[abpr]-[0-9A-Za-z-]{10,}/g, prefixLength: () => 5 },
];

const privateKeyPattern = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----/g;
const privateKeyEnd = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----/g;
/** A real key block carries base64 soon after its header; a sentence that only names the header does not. */
const keyMaterial = /^[\s\S]{0,200}?[A-Za-z0-9+/]{32,}/;

// `password: x`, `**Password:** x`, `"pwd": "x"`, `passwd=x`: the keyword, closing emphasis or quotes, `:` or `=`.
const passwordPattern = /(?<![A-Za-z])(?:pass(?:word|wd|code|phrase)|pwd)["'`*_]*[ \t]*([:=])[ \t]*[*_]*[ \t]*(.*)/gi;

/** Values that stand in for a password rather than being one. */
const placeholderWords = new Set([
  'redacted',
  'hidden',
  'masked',
  'none',
  'n/a',
  'na',
  'null',
  'nil',
  'empty',
  'blank',
  'unknown',
  'required',
  'optional',
  'password',
  'passwd',
  'pwd',
  'secret',
  'reset',
  'same',
  'tbd',
]);

export function findSensitiveData(text: string): SensitiveMatch[] {
  return [...cards(text), ...ssns(text), ...keys(text), ...privateKeys(text), ...passwords(text)].sort((a, b) => a.start - b.start);
}

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let position = 0; position < digits.length; position++) {
    let digit = digits.charCodeAt(digits.length - 1 - position) - 48;
    if (position % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** `id: 14372816938525`, as help desks number their records (a macro's `source.id`): an id, not a card. */
const idBefore = /\bid\s*:\s*$/i;

/** Web addresses, whose paths hold long numbers (ISBNs, record ids) that are no cards. */
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"']+/gi;

function insideUrl(urls: ReadonlyArray<readonly [number, number]>, start: number): boolean {
  return urls.some(([from, to]) => start >= from && start < to);
}

function* cards(text: string): Generator<SensitiveMatch> {
  let urls: Array<readonly [number, number]> | undefined;
  for (const match of text.matchAll(cardPattern)) {
    urls ??= [...text.matchAll(urlPattern)].map((url) => [url.index, url.index + url[0].length] as const);
    if (insideUrl(urls, match.index)) continue;
    const digits = match[0].replace(/[ -]/g, '');
    // A run of one digit (`0000 0000 0000 0000`) passes Luhn but is a blank, not a card.
    if (/^(\d)\1*$/.test(digits) || !isLuhnValid(digits)) continue;
    if (digits === match[0] && idBefore.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    yield {
      start: match.index,
      end: match.index + match[0].length,
      message: `looks like a card number (Luhn-valid) ending in \`${digits.slice(-4)}\`; remove it and refer to the last four digits only`,
    };
  }
}

function* ssns(text: string): Generator<SensitiveMatch> {
  for (const match of text.matchAll(ssnPattern)) {
    yield {
      start: match.index,
      end: match.index + match[0].length,
      message:
        `looks like a US Social Security number (\`***-**-${match[0].slice(-4)}\`); remove it and never copy national ` +
        `ids into the playbook`,
    };
  }
}

/** Keys written as `XXXX…` or one repeated character are documentation, not secrets. */
function isPlaceholderKey(secret: string): boolean {
  return new Set(secret).size < 4 || /x{4}/i.test(secret);
}

function* keys(text: string): Generator<SensitiveMatch> {
  for (const kind of keyKinds) {
    for (const match of text.matchAll(kind.pattern)) {
      const key = match[0];
      const prefix = key.slice(0, kind.prefixLength(key));
      if (isPlaceholderKey(key.slice(prefix.length))) continue;
      yield {
        start: match.index,
        end: match.index + key.length,
        message:
          `looks like a ${kind.name} (\`${prefix}…${key.slice(-4)}\`); remove it, have the key rotated, and point to ` +
          `the secret store instead`,
      };
    }
  }
}

function* privateKeys(text: string): Generator<SensitiveMatch> {
  if (!text.includes('PRIVATE KEY-----')) return;
  for (const match of text.matchAll(privateKeyPattern)) {
    const after = match.index + match[0].length;
    if (!keyMaterial.test(text.slice(after, after + 400))) continue;
    privateKeyEnd.lastIndex = after;
    const end = privateKeyEnd.exec(text);
    yield {
      start: match.index,
      end: end ? end.index + end[0].length : after,
      message: `holds a private key (\`${match[0]}\`); remove it, have the key rotated, and point to the secret store instead`,
    };
  }
}

function* passwords(text: string): Generator<SensitiveMatch> {
  for (const match of text.matchAll(passwordPattern)) {
    const rest = match[2]!;
    const value = passwordValue(rest, match[1] === '=');
    if (!value || isPlaceholderPassword(value.text)) continue;
    const restStart = match.index + match[0].length - rest.length;
    yield {
      start: match.index,
      end: restStart + value.end,
      message: 'looks like a password written out; remove it and write `<redacted>` or a `{{placeholder}}` instead',
    };
  }
}

/**
 * The value after `password:`: a quoted string, or one bare token that ends the line (a sentence such as
 * "Password: never ask for it" is prose). After `=` a bare token counts wherever it stands, as in URLs.
 */
function passwordValue(rest: string, assignment: boolean): { text: string; end: number } | undefined {
  const quoted = /^(["'`])(.+?)\1/.exec(rest);
  if (quoted) return { text: quoted[2]!, end: quoted[0].length };
  const bare = /^[^\s&;,'"`]+/.exec(rest);
  if (!bare) return undefined;
  const token = bare[0].replace(/[.,;:!?)*_]+$/, '');
  if (!token) return undefined;
  const after = rest.slice(bare[0].length).trim();
  if (!assignment && after !== '' && !/^[|)]/.test(after)) return undefined;
  return { text: token, end: token.length };
}

function isPlaceholderPassword(value: string): boolean {
  if (/^[{<[($%]/.test(value) || value.includes('{{')) return true;
  if (/^[*•x.…#_-]+$/i.test(value)) return true;
  const word = value.toLowerCase();
  return placeholderWords.has(word) || word.includes('redacted') || word.startsWith('your-') || word.startsWith('your_');
}
