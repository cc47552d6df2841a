import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import {
  planMarkdownImport,
  type ImportedFile,
  type ImportOptions,
  type ImportSource,
} from '../../../src/core/authoring/import/import-markdown.ts';
import { parseBody } from '../../../src/core/load/markdown.ts';
import { loadTestPlaybook, playbookFiles, sopText } from '../../helpers/playbook.ts';
import { handbook } from './handbook-fixtures.ts';

const today = '2026-11-23';

function sources(files: Record<string, string>): ImportSource[] {
  return Object.entries(files).map(([path, text]) => ({ path, text }));
}

function plan(files: Record<string, string>, options: Partial<ImportOptions> = {}, playbookExtra: Record<string, string> = {}) {
  const result = planMarkdownImport(sources(files), loadTestPlaybook(playbookFiles(playbookExtra)), {
    owner: 'billing-ops',
    today,
    force: false,
    existing: new Map(),
    ...options,
  });
  if (!result.ok) throw new Error(result.problem);
  return result.plan;
}

function imported(files: Record<string, string>, source: string, options: Partial<ImportOptions> = {}): ImportedFile {
  const file = plan(files, options).imported.find((entry) => entry.source === source);
  if (!file) throw new Error(`${source} was not imported`);
  return file;
}

/** Loads the imported file as the playbook would and returns the SOP document. */
function load(file: ImportedFile) {
  return loadTestPlaybook(playbookFiles({ [`content/sops/${file.id}.${file.format}`]: file.text })).sops[0]!;
}

/** Words a reader sees, node by node, so that words of adjacent blocks do not run together. */
function visibleWords(tree: Root): string[] {
  const words: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      words.push(...((node as { value: string }).value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
    }
  });
  return words.sort();
}

describe('planMarkdownImport', () => {
  it('imports every document but the empty one, with ids from the file names', () => {
    const result = plan(handbook);
    expect(result.imported.map((file) => [file.source, file.id, file.format])).toEqual([
      ['Escalation Guide.markdown', 'escalation-guide', 'mdx'],
      ['account/cancellations.md', 'cancellations', 'mdx'],
      ['account/index.md', 'account', 'mdx'],
      ['billing/refunds.md', 'refunds', 'mdx'],
    ]);
    expect(result.skipped).toEqual([{ source: 'notes/empty.md', reason: 'empty', message: 'the file is empty' }]);
  });

  it('makes drafts that pass the SOP schema and parse as MDX', () => {
    for (const file of plan(handbook).imported) {
      const sop = load(file);
      expect(sop.problems).toEqual([]);
      expect(sop.syntaxError).toBeUndefined();
      expect(sop.data).toMatchObject({ owner: 'billing-ops', status: 'draft', version: '0.1.0', reviewed: today, category: 'billing' });
    }
  });

  it('loses no word of the text: what was there is there, besides the title moved to frontmatter and renamed headings', () => {
    for (const file of plan(handbook).imported) {
      const source = handbook[file.source]!;
      const sourceTree = parseBody(source.replace(/^---\n[\s\S]*?\n---\n/, ''), 'md').tree;
      const sop = load(file);
      const carried = [...visibleWords(sop.tree), ...(sop.data!.title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
      for (const heading of file.renamed) carried.push(...(heading.from.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
      const remaining = [...carried];
      const lost = visibleWords(sourceTree).filter((word) => {
        const at = remaining.indexOf(word);
        if (at === -1) return true;
        remaining.splice(at, 1);
        return false;
      });
      expect({ file: file.source, lost }).toEqual({ file: file.source, lost: [] });
    }
  });

  it('takes the title from the frontmatter, else the first heading, else the file name, and drops a title heading from the body', () => {
    expect(load(imported(handbook, 'billing/refunds.md')).data?.title).toBe('Refund handling');
    const refunds = imported(handbook, 'billing/refunds.md');
    expect(refunds.text).not.toContain('# Refund handling');
    expect(load(imported(handbook, 'account/cancellations.md')).data?.title).toBe('Cancellations');
    const guide = imported(handbook, 'Escalation Guide.markdown');
    expect(load(guide).data?.title).toBe('Escalation Guide');
    expect(guide.notes).toContain('no title in the document: took `Escalation Guide` from the file name');
  });

  it('takes a first heading as the title only when it stands above the other headings', () => {
    expect(load(imported({ 'a.md': '## Refund process\n\nText.\n\n### Steps\n\n1. Act.\n' }, 'a.md')).data?.title).toBe('Refund process');
    const sections = imported({ 'purpose.md': '## Purpose\n\nWhy.\n\n## Responsibilities\n\nWho.\n' }, 'purpose.md');
    expect(load(sections).data?.title).toBe('Purpose');
    expect(sections.notes).toContain('no title in the document: took `Purpose` from the file name');
    expect(sections.text).toContain('\n## Purpose\n\nWhy.\n');
  });

  it('takes the summary from the frontmatter description or the first paragraph, on one line of about 160 characters', () => {
    expect(load(imported(handbook, 'billing/refunds.md')).data?.summary).toBe(
      'How we refund customers who ask for their money back within the refund window.',
    );
    expect(load(imported(handbook, 'account/cancellations.md')).data?.summary).toBe(
      'When a customer wants to leave, we cancel at the end of the term and say what happens to their data.',
    );
    const long = `# Long\n\n${'A very long opening sentence that keeps going and going, '.repeat(3)}e.g. here. Second sentence.\n`;
    const summary = load(imported({ 'long.md': long }, 'long.md')).data!.summary;
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary.endsWith('…')).toBe(true);
    const sentences =
      '# Short\n\nThe first sentence is long enough, e.g. this one. The second sentence follows it with many more words, so ' +
      'that the paragraph as a whole runs past the limit of one hundred and sixty characters.\n';
    expect(load(imported({ 's.md': sentences }, 's.md')).data?.summary).toBe('The first sentence is long enough, e.g. this one.');
  });

  it('uses the summary as scope and says when there is no summary at all', () => {
    const file = imported({ 'only-heading.md': '# Only a heading\n\n## Steps\n\n1. Do it.\n' }, 'only-heading.md');
    expect(load(file).data).toMatchObject({ summary: 'Only a heading', scope: { appliesTo: 'Only a heading' } });
    expect(file.noSummary).toBe(true);
    expect(file.notes).toContain('no summary: used the title; write one line on what the SOP is for');
  });

  it('maps Procedure and Exceptions to Steps and Edge cases', () => {
    const file = imported(handbook, 'billing/refunds.md');
    expect(file.text).toContain('\n## Steps\n\n1. Find the invoice.');
    expect(file.text).toContain('\n## Edge cases\n\n- **Chargeback open**');
    expect(file.renamed).toEqual([
      { from: 'Procedure', to: 'Steps', kept: false },
      { from: 'Exceptions', to: 'Edge cases', kept: false },
    ]);
    expect(file.notes).toContain('renamed `## Procedure` to `## Steps`');
    expect(file).toMatchObject({ needsSteps: false, needsEdgeCases: false });
  });

  it('levels `#` sections to `##` and keeps a descriptive How to heading under Steps', () => {
    const file = imported(handbook, 'account/cancellations.md');
    expect(file.text).toContain('\n## Steps\n\n### How to cancel a subscription\n\n1. Confirm the requester is an owner.');
    expect(file.text).toContain('\n## Before you cancel\n');
    expect(file.notes).toContain('no Edge cases section: add `## Edge cases` with the situations that need different handling');
  });

  it('says when the Steps section holds no numbered list', () => {
    const file = imported(handbook, 'Escalation Guide.markdown');
    expect(file.text).toContain('\n## Steps\n');
    expect(file.needsSteps).toBe(true);
    expect(file.notes).toContain('the Steps section has no numbered list: number the steps');
  });

  it('keeps valid SOP fields of the original frontmatter and the rest as comments', () => {
    const file = imported(handbook, 'billing/refunds.md');
    expect(load(file).data).toMatchObject({ tags: ['refund'], reviewEvery: '6m' });
    expect(file.text).toContain('# tags:\n#   - refund\n#   - loyalty\n# author: Jane Doe\n# layout: page\n');
    expect(file.text).not.toContain('# description:');
    expect(file.notes).toContain('kept original frontmatter `tags`, `author`, `layout` as comments');
  });

  it('keeps frontmatter that is not valid YAML as comments', () => {
    const file = imported({ 'bad.md': '---\ntitle: [unclosed\n---\n# Bad\n\nText here.\n' }, 'bad.md');
    expect(file.text).toContain('# The original frontmatter, which was not valid YAML:\n# title: [unclosed\n');
    expect(load(file).problems).toEqual([]);
  });

  it('points links between imported files at their SOP pages', () => {
    const file = imported(handbook, 'billing/refunds.md');
    expect(file.text).toContain('[cancellations](/sops/cancellations/#before-you-cancel)');
    expect(file.text).toContain('[link](https://example.com)');
    expect(file.notes).toContain('pointed 1 link at the imported SOP pages');
  });

  it('matches anchors and site-absolute links written by another static-site generator', () => {
    const files = {
      'a.md': '# A\n\nSee [the swoop](/b/#executive-swoop-wants-information) and [gone](/c/).\n',
      'b.md': '# B\n\n## Executive Swoop - Wants Information\n\nText.\n',
    };
    const file = imported(files, 'a.md');
    expect(file.text).toContain('[the swoop](/sops/b/#executive-swoop---wants-information)');
    expect(file.text).toContain('[gone](/c/)');
    expect(file.notes).toContain('1 link to pages or files outside the import left as written; check them');
  });

  it('points links to renamed sections, and to headings of the same page, at the anchors the SOP page has', () => {
    const files = {
      'a.md':
        '# Refunds\n\nRead the [procedure](#procedure), the [exceptions](#Exceptions) and [set-up](#Set-Up); ' +
        '[top](#refunds).\n\n## Set up\n\nOpen it.\n\n## Procedure\n\n1. Do it.\n\n## Exceptions\n\n- When X, do Y.\n',
      'b.md': '# B\n\nSee [the steps](a.md#procedure), [the exceptions](a.md#exceptions) and [refunds](a.md#refunds).\n',
    };
    const a = imported(files, 'a.md');
    expect(a.text).toContain('Read the [procedure](#steps), the [exceptions](#edge-cases) and [set-up](#set-up); [top](/sops/a/).');
    expect(a.notes).toContain('pointed 4 links to headings of the page at their anchors (`#steps`)');
    expect(imported(files, 'b.md').text).toContain(
      'See [the steps](/sops/a/#steps), [the exceptions](/sops/a/#edge-cases) and [refunds](/sops/a/).',
    );
  });

  it('takes out the markup of docs sites (MDX imports, Docusaurus tabs, details) and keeps their labels', () => {
    const source =
      "---\ntitle: Refunds\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n" +
      'Refunds go through billing.\n\n## Steps\n\n<Tabs>\n  <TabItem value="email" label="Email" default>\n\n1. Reply.\n\n' +
      '  </TabItem>\n  <TabItem value="chat">\n\n1. Paste the link.\n\n  </TabItem>\n</Tabs>\n\n' +
      '<details>\n<summary>Legacy <b>plans</b></summary>\n\nPro rata.\n\n</details>\n\n## Edge cases\n\n- None.\n';
    const file = imported({ 'refunds.mdx': source }, 'refunds.mdx');
    expect(file.format).toBe('mdx');
    expect(file.text.slice(file.text.indexOf('\n---\n') + 5)).toBe(
      '\nRefunds go through billing.\n\n## Steps\n\n**Email**\n\n1. Reply.\n\n**chat**\n\n1. Paste the link.\n\n' +
        '**Legacy plans**\n\nPro rata.\n\n## Edge cases\n\n- None.\n',
    );
    expect(file.notes).toContain("removed 2 lines of MDX code such as `import Tabs from '@theme/Tabs'`");
    expect(file.text).toContain('\nsummary: Refunds go through billing.\n');
  });

  it('writes raw HTML blocks as the Markdown they stand for, in quotes too, and keeps comments', () => {
    const source =
      '# Contacts\n\n<!-- keep this note -->\n\n<table>\n  <tr><th>Channel</th><th>Where</th></tr>\n' +
      '  <tr><td>Chat</td><td><a href="https://chat.example.com">#incidents</a></td></tr>\n</table>\n\n' +
      '<div align="center"><img src="flow.png" alt="Flow"></div>\n\n> **Note**\n>\n> <ul>\n>   <li>Page the <b>IC</b></li>\n> </ul>\n';
    const file = imported({ 'contacts.md': source }, 'contacts.md');
    expect(file.text.slice(file.text.indexOf('\n---\n') + 5)).toBe(
      '\n<!-- keep this note -->\n\n| Channel | Where                                  |\n' +
        '| ------- | -------------------------------------- |\n' +
        '| Chat    | [#incidents](https://chat.example.com) |\n\n![Flow](flow.png)\n\n> **Note**\n>\n> - Page the **IC**\n',
    );
    expect(file.notes).toContain('wrote 3 blocks of HTML (`<table>`, `<div>`, `<ul>`) as Markdown');
  });

  it('writes a document saved with Windows line ends with `\\n` only, so no SOP mixes the two', () => {
    const source =
      '---\r\ntitle: Refunds\r\n---\r\n\r\nIntro.\r\n\r\n## Procedure\r\n\r\n1. One\r\n\r\n' +
      '<details>\r\n\r\nMore\r\n\r\n</details>\r\n\r\n## Exceptions\r\n\r\n- x\r\n';
    const file = imported({ 'refunds.md': source }, 'refunds.md');
    expect(file.text).not.toContain('\r');
    expect(file.text.slice(file.text.indexOf('\n---\n') + 5)).toBe('\nIntro.\n\n## Steps\n\n1. One\n\nMore\n\n## Edge cases\n\n- x\n');
  });

  it('keeps all of a raw HTML block, whatever page chrome it looks like', () => {
    const file = imported(
      { 'doc.md': '# Doc\n\n<div>Intro text.</div>\n<article>Body.</article>\n<footer>Owner: ops.</footer>\n' },
      'doc.md',
    );
    for (const words of ['Intro text.', 'Body.', 'Owner: ops.']) expect(file.text).toContain(words);
  });

  it('leaves components as they are written, props and all, where raw HTML around them becomes Markdown', () => {
    const source =
      '# Refunds\n\n<Callout kind="warning" title="Never refund twice">\n\nCheck first.\n\n</Callout>\n\n' +
      'Send <Macro id="refund-approved" /> in <b>bold</b>.\n\n<div>Plain <b>HTML</b>.</div>\n';
    const file = imported({ 'refunds.md': source }, 'refunds.md');
    expect(file.text).toContain('<Callout kind="warning" title="Never refund twice">\n\nCheck first.\n\n</Callout>');
    expect(file.text).toContain('Send <Macro id="refund-approved" /> in <b>bold</b>.');
    expect(file.text).toContain('Plain **HTML**.');
  });

  it('writes HTML in a line of text as Markdown, in list items and table cells too', () => {
    const source =
      '# Keys\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy {{ticket.id}}.\n\n' +
      '1. Open the <b>bar</b><br><img src="https://cdn.example.com/bar.png">\n\n' +
      '| Key | Does |\n| --- | --- |\n| <kbd>Esc</kbd> | one<br>two |\n';
    const file = imported({ 'keys.md': source }, 'keys.md');
    expect(file.text.slice(file.text.indexOf('\n---\n') + 5)).toBe(
      '\nPress `Ctrl`+`C` to copy {{ticket.id}}.\n\n1. Open the **bar**\\\n   ![](https://cdn.example.com/bar.png)\n\n' +
        '| Key | Does |\n| --- | --- |\n| `Esc` | one two |\n',
    );
  });

  it('turns admonitions into callouts in .mdx output and removes attribute lists', () => {
    const source =
      '# Tips\n\nRead [this](https://example.com){:target="_blank"} first.\n\n!!! tip "Deep knowledge not required"\n\n' +
      '    First line.\n\n    Second paragraph.\n\n:::danger\nNever share the **token**.\n:::\n\n!!! important\n' +
      '    Log it.\n\n> **Tip**: a quote the author wrote stays a quote.\n\nAfter.\n';
    const file = imported({ 'tips.md': source }, 'tips.md');
    expect(file.format).toBe('mdx');
    expect(file.text).toContain(
      'Read [this](https://example.com) first.\n\n<Callout kind="tip" title="Deep knowledge not required">\n\nFirst line.\n\n' +
        'Second paragraph.\n\n</Callout>\n\n<Callout kind="danger">\n\nNever share the **token**.\n\n</Callout>\n\n' +
        '<Callout kind="tip" title="Important">\n\nLog it.\n\n</Callout>\n\n> **Tip**: a quote the author wrote stays a ' +
        'quote.\n\nAfter.\n',
    );
    expect(file.notes).toEqual(
      expect.arrayContaining([
        'turned 3 admonitions (`!!! note`, `:::note`) into `<Callout>`',
        'removed 1 attribute list such as `{:target="_blank"}`',
      ]),
    );
  });

  it('keeps admonitions as quotes in a document kept as Markdown', () => {
    const file = imported({ 'tips.md': '# Tips\n\nUse {name}.\n\n!!! warning\n    Careful.\n' }, 'tips.md');
    expect(file.format).toBe('md');
    expect(file.text).toContain('> **Warning**\n>\n> Careful.\n');
    expect(file.notes).toContain('turned 1 admonition (`!!! note`, `:::note`) into quotes');
  });

  it.each([
    ['a brace expression', 'Use {customer.name} in the reply.', 'MDX would run `{…}` as code'],
    // HTML in a paragraph is written as Markdown, unless the paragraph needs a definition elsewhere (`[help][h]`).
    [
      'an HTML element',
      'Press <kbd>Enter</kbd> to send, see [help][h].\n\n[h]: https://example.com',
      'MDX would read `<…>` as a component',
    ],
    ['an unclosed tag', 'Line one<br>line two, see [help][h].\n\n[h]: https://example.com', 'MDX does not parse'],
    ['an HTML comment', '<!-- internal note -->\n\nText.', 'MDX does not parse'],
    ['an autolink', 'See <https://example.com/help>.', 'MDX does not parse'],
    ['indented code', 'Run this:\n\n    sop lint\n', 'MDX would read parts of it'],
  ])('keeps a document with %s as Markdown, which the loader reads', (_name, body, reason) => {
    const file = imported({ 'doc.md': `# Doc\n\n${body}\n` }, 'doc.md');
    expect(file.format).toBe('md');
    expect(file.notes.find((note) => note.startsWith('kept as Markdown'))).toContain(reason);
    const sop = load(file);
    expect(sop.problems).toEqual([]);
    expect(sop.syntaxError).toBeUndefined();
  });

  it('names index pages after their folder and tells clashing names apart by folder', () => {
    const files = {
      'billing/faq.md': '# Billing FAQ\n\nText.\n',
      'account/faq.md': '# Account FAQ\n\nText.\n',
      'account/index.md': '# Account\n\nText.\n',
    };
    expect(plan(files).imported.map((file) => [file.source, file.id])).toEqual([
      ['account/faq.md', 'faq'],
      ['account/index.md', 'account'],
      ['billing/faq.md', 'billing-faq'],
    ]);
  });

  it("names Notion's exported pages without the page id Notion adds to each name, keeping it only to tell two apart", () => {
    const result = plan({
      'Support 5d41402abc4b2a76b9719d911017c592/Refund policy 7b52009b64fd0a2a49e6d8a939753077.md': '# Refund policy\n\nText.\n',
      'Support 5d41402abc4b2a76b9719d911017c592/Untitled 2c624232cdd221771294dfbb310aca00.md': '# Untitled\n\nOne.\n',
      'Support 5d41402abc4b2a76b9719d911017c592/Untitled 9a0364b9e99bb480dd25e1f0284c8555.md': '# Untitled\n\nTwo.\n',
      'Support 5d41402abc4b2a76b9719d911017c592/Untitled c4ca4238a0b923820dcc509a6f75849b.md': '# Untitled\n\nThree.\n',
    });
    expect(result.imported.map((file) => file.id)).toEqual([
      'refund-policy',
      'untitled',
      'support-untitled',
      'untitled-c4ca4238a0b923820dcc509a6f75849b',
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('cuts an id made from a long name between words, short enough for a file name and a URL', () => {
    const file = imported(
      { [`${'Escalating a billing dispute '.repeat(8)}.md`]: '# Disputes\n\nText.\n' },
      `${'Escalating a billing dispute '.repeat(8)}.md`,
    );
    expect(file.id).toBe('escalating-a-billing-dispute-escalating-a-billing-dispute-escalating-a-billing');
  });

  it('numbers two long names that differ only after the cut, instead of skipping one', () => {
    const long = 'How we handle refund requests for annual plans bought through resellers and partners in the';
    const result = plan({ [`${long} EU.md`]: '# EU\n\nText.\n', [`${long} US.md`]: '# US\n\nText.\n' });
    expect(result.skipped).toEqual([]);
    expect(result.imported.map((file) => file.id)).toEqual([
      'how-we-handle-refund-requests-for-annual-plans-bought-through-resellers-and',
      'how-we-handle-refund-requests-for-annual-plans-bought-through-resellers-and-2',
    ]);
  });

  it('imports every document whose name has no Latin letter, told apart by number, and asks for a name', () => {
    const result = plan({
      'サポート/返金.md': '# 返金\n\n手順。\n',
      'サポート/解約.md': '# 解約\n\n手順。\n',
      'Возврат.md': '# Возврат\n\nТекст.\n',
    });
    expect(result.skipped).toEqual([]);
    expect(result.imported.map((file) => [file.source, file.id])).toEqual([
      ['Возврат.md', 'untitled'],
      ['サポート/解約.md', 'untitled-2'],
      ['サポート/返金.md', 'untitled-3'],
    ]);
    expect(result.imported[1]!.notes).toContain(
      'its name has no Latin letter or digit to make an id from: named it `untitled-2`; rename the SOP file to say what it is',
    );
  });

  it('asks for a name for a folder page whose folder has no Latin letter, and for no SOP whose name has one', () => {
    const result = plan({ 'Возврат/index.md': '# Возврат\n\nТекст.\n', 'untitled.md': '# Untitled\n\nText.\n' });
    const notesOf = (source: string) => result.imported.find((file) => file.source === source)!.notes;
    expect(notesOf('Возврат/index.md')).toContainEqual(expect.stringMatching(/^its name has no Latin letter or digit/));
    expect(notesOf('untitled.md')).not.toContainEqual(expect.stringMatching(/^its name has no Latin letter or digit/));
  });

  it('skips a document whose id an SOP already has, unless forced', () => {
    const existing = new Map([['refunds', 'content/sops/refunds.mdx']]);
    const skipped = plan(handbook, { existing });
    expect(skipped.skipped).toContainEqual({
      source: 'billing/refunds.md',
      reason: 'exists',
      message: '`refunds` already exists at `content/sops/refunds.mdx`; pass --force to replace it',
    });
    const forced = plan(handbook, { existing, force: true }).imported.find((file) => file.id === 'refunds');
    expect(forced?.replaces).toBe('content/sops/refunds.mdx');
  });

  it('takes the category from the flag, else the document when the playbook has it, else the first', () => {
    expect(load(imported(handbook, 'billing/refunds.md', { category: 'account' })).data?.category).toBe('account');
    const own = { 'a.md': '---\ncategory: account\n---\n# A\n\nText.\n', 'b.md': '---\ncategory: nope\n---\n# B\n\nText.\n' };
    expect(plan(own).imported.map((file) => load(file).data?.category)).toEqual(['account', 'billing']);
  });

  it('refuses an unknown owner or category', () => {
    const playbook = loadTestPlaybook(playbookFiles({ 'content/sops/x.mdx': sopText() }));
    const base = { owner: 'billing-ops', today, force: false, existing: new Map<string, string>() };
    expect(planMarkdownImport([], playbook, { ...base, owner: 'biling-ops' })).toEqual({
      ok: false,
      problem: 'unknown owner `biling-ops`; did you mean `billing-ops`?',
    });
    expect(planMarkdownImport([], playbook, { ...base, category: 'acount' })).toEqual({
      ok: false,
      problem: 'unknown category `acount`; did you mean `account`?',
    });
  });
});
