// A strict reader of llms.txt as llmstxt.org specifies it, shared by the core and built-site tests.

export interface LlmsFile {
  title: string;
  summary: string;
  notes: string[];
  sections: Array<{ name: string; links: Array<{ name: string; url: string; notes: string | undefined }> }>;
}

/** A strict reader of the format: anything out of order or out of shape throws. */
export function parseLlmsTxt(text: string): LlmsFile {
  const blocks = text.trimEnd().split(/\n{2,}/);
  const [h1, quote, ...rest] = blocks;
  if (!h1 || !/^# [^\n]+$/.test(h1)) throw new Error(`the file does not open with an H1: ${h1}`);
  if (!quote || !/^> [^\n]+$/.test(quote)) throw new Error(`no blockquote summary after the H1: ${quote}`);
  const notes: string[] = [];
  const sections: LlmsFile['sections'] = [];
  for (const block of rest) {
    if (block.startsWith('## ')) {
      if (block.includes('\n')) throw new Error(`an H2 runs into its list: ${block}`);
      sections.push({ name: block.slice(3), links: [] });
      continue;
    }
    if (/^#/.test(block)) throw new Error(`a heading other than H2: ${block}`);
    const section = sections.at(-1);
    if (!section) {
      notes.push(block);
      continue;
    }
    for (const line of block.split('\n')) {
      const link = /^- \[((?:[^\]\\]|\\.)+)\]\(([^)\s]+)\)(?:: (.+))?$/.exec(line);
      if (!link) throw new Error(`not a file-list item: ${line}`);
      section.links.push({ name: link[1]!, url: link[2]!, notes: link[3] });
    }
  }
  return { title: h1.slice(2), summary: quote.slice(2), notes, sections };
}
