// GFM literal autolinks (addresses, `www.` and `http(s)://` links in prose), tried only where the text can hold one.
import type { Options } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';

type MicromarkExtension = NonNullable<Options['extensions']>[number];
type ConstructRecord = NonNullable<MicromarkExtension['text']>;
type Construct = Exclude<NonNullable<ConstructRecord[keyof ConstructRecord]>, unknown[]>;
type TokenizeContext = ThisParameterType<NonNullable<Construct['previous']>>;

/** What every literal autolink holds somewhere (an address's `@`, `www.`, `http://`): without it, none can occur. */
export const autolinkLiteralMarker = /www\.|https?:\/\/|@/i;

/** An address's local part, as the extension reads it (`gfmAtext`): ASCII letters and digits, `+`, `-`, `.` and `_`. */
function isAtext(code: number): boolean {
  return (
    code === 43 ||
    code === 45 ||
    code === 46 ||
    code === 95 ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122)
  );
}

/**
 * Where each construct can start at all, as a test of the text from there: what its first states require
 * before anything else (an address is a run of local-part characters followed by `@`; the others open with
 * their prefix in any case). A test that fails means the construct would fail there too, so skipping it
 * leaves the tree as it was.
 */
const mayStartAt: Record<string, (text: string, index: number) => boolean> = {
  emailAutolink(text, index) {
    let end = index;
    while (end < text.length && isAtext(text.charCodeAt(end))) end++;
    return text.charCodeAt(end) === 64;
  },
  protocolAutolink: (text, index) => /^https?:\/\//i.test(text.slice(index, index + 8)),
  wwwAutolink: (text, index) => /^www\./i.test(text.slice(index, index + 4)),
};

/**
 * The extension of `micromark-extension-gfm-autolink-literal` for one text, its constructs gated by
 * `mayStartAt`. Upstream, an address may start at every word, so every word of prose is tokenized twice
 * (tried as an address, then read as text) and split where it starts: a third of the time it took to parse an SOP that holds an address.
 * The gate sits in `previous`, which the text tokenizer asks before it breaks the text for a construct, and
 * again in `tokenize`, for a construct tried because another one at the same character could start.
 * micromark's offsets count UTF-16 units of the text after a byte order mark, which it skips.
 */
export function gfmAutolinkLiteralFor(text: string): MicromarkExtension {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const gated = new Map<Construct, Construct>();
  const gate = (construct: Construct): Construct => {
    const test = mayStartAt[construct.name ?? ''];
    if (!test) return construct;
    let wrapped = gated.get(construct);
    if (!wrapped) {
      const { previous, tokenize } = construct;
      const mayStartHere = (context: TokenizeContext) => test(text, context.now().offset + shift);
      wrapped = {
        ...construct,
        previous(code) {
          return (!previous || previous.call(this, code)) && mayStartHere(this);
        },
        tokenize(effects, ok, nok) {
          const start = tokenize.call(this, effects, ok, nok);
          return (code) => (mayStartHere(this) ? start(code) : nok(code));
        },
      };
      gated.set(construct, wrapped);
    }
    return wrapped;
  };
  const constructs: ConstructRecord = {};
  for (const [code, entry] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    if (entry) constructs[code] = Array.isArray(entry) ? entry.map(gate) : gate(entry);
  }
  return { text: constructs };
}
