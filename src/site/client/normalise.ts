// Text folded for matching, the same at build time (the rows' `data-search`) and in the browser (what was typed).

/** Lower case, accents and punctuation folded, so `Zendesk` finds `zendesk` and `cafe` finds `café`. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
