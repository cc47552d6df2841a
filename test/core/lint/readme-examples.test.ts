// The README's rule examples, executed (remark-lint's `@example` blocks are the model): in each
// `#### <rule-id>` section, fenced blocks whose info string reads `<lang> not-ok <path>` or `<lang> ok <path>`
// are files of a small playbook (the test base playbook plus those files). The rule must report the
// not-ok files and stay quiet on the ok ones, so the docs cannot drift from what the rule does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/core/lint/registry.ts';
import type { PlaybookFiles } from '../../helpers/playbook.ts';
import { lintCase } from '../../helpers/rule-tester.ts';

/** Rules whose README section shows no runnable example, and why. */
const withoutExamples: Record<string, string> = {
  'invalid-diagram': 'its verdicts come from Mermaid in a worker (see test/node/mermaid-validator.test.ts)',
  'version-not-bumped': 'it compares against a git base, which a README block cannot hold',
  'sop-too-long': 'a not-ok example would be 1200 words long',
  'file-encoding': 'a README is UTF-8 text and cannot hold the invalid bytes (see test/core/lint/rules/file-encoding.test.ts)',
};

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** A rule's README section: from its `#### <rule-id>` heading to the next heading outside a code block. */
function sectionOf(ruleId: string): string {
  const lines = readme.split('\n');
  const start = lines.indexOf(`#### ${ruleId}`);
  if (start === -1) return '';
  let inFence = false;
  let end = start + 1;
  for (; end < lines.length; end += 1) {
    if (lines[end]!.startsWith('```')) inFence = !inFence;
    else if (!inFence && /^#{1,4} /.test(lines[end]!)) break;
  }
  return lines.slice(start, end).join('\n');
}

function examplesOf(ruleId: string): { notOk: PlaybookFiles; ok: PlaybookFiles } {
  const section = sectionOf(ruleId);
  const examples = { notOk: {} as PlaybookFiles, ok: {} as PlaybookFiles };
  for (const [, kind, file, text] of section.matchAll(/^```\w+ (not-ok|ok) (\S+)\n([\s\S]*?)^```$/gm)) {
    examples[kind === 'ok' ? 'ok' : 'notOk'][file!] = text!;
  }
  return examples;
}

describe("the README's rule examples", () => {
  for (const rule of rules) {
    const id = rule.meta.id;
    const { notOk, ok } = examplesOf(id);
    if (id in withoutExamples) {
      it(`has no runnable example for ${id}: ${withoutExamples[id]}`, () => {
        expect(Object.keys(notOk), 'an example was added: drop the rule from withoutExamples').toEqual([]);
      });
      continue;
    }
    it(`${id}: the not-ok example is reported, in its own files`, () => {
      expect(Object.keys(notOk).length, `README #### ${id} needs a \`not-ok <path>\` block`).toBeGreaterThan(0);
      const reported = lintCase(rule, { name: 'README not-ok', files: notOk }).map((diagnostic) => diagnostic.file);
      expect(reported.length, `${id} reports nothing on its README example`).toBeGreaterThan(0);
      for (const file of reported) expect(Object.keys(notOk)).toContain(file);
    });
    if (Object.keys(ok).length > 0) {
      it(`${id}: the ok example is not reported`, () => {
        expect(lintCase(rule, { name: 'README ok', files: ok })).toEqual([]);
      });
    }
  }
});
