// version-not-bumped: an SOP whose body changed against the git base must carry a new `version`.
import { parse } from 'yaml';
import { splitFrontmatter } from '../../load/frontmatter.ts';
import { valuePosition } from '../locate.ts';
import { defineRule } from '../rule.ts';

export const versionNotBumped = defineRule({
  meta: {
    id: 'version-not-bumped',
    defaultSeverity: 'warning',
    description: 'An SOP whose body changed against the git base needs a new `version`',
  },
  check({ playbook, git, report }) {
    // Outside git, or with no base to compare against, there is nothing to say.
    if (!git) return;
    for (const sop of playbook.sops) {
      const version = sop.data?.version;
      if (!version) continue;
      const baseText = git.readAtBase(sop.file.path);
      if (baseText === undefined || baseText === sop.file.text) continue;
      const base = splitFrontmatter(baseText);
      if (base.yaml === undefined || comparableBody(base.body) === comparableBody(sop.body)) continue;
      if (versionIn(base.yaml) !== version) continue;
      report({
        file: sop.file.path,
        ...valuePosition(sop.frontmatter, 'version'),
        message:
          `the body of SOP \`${sop.id}\` changed since \`${git.base}\` but \`version\` is still \`${version}\`; bump ` +
          `it${bumps(version)}`,
      });
    }
  },
});

/** The body with trailing whitespace and blank lines at either end removed: editors' noise is no change. */
function comparableBody(body: string): string {
  return body
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** The base's `version`, or undefined when its frontmatter does not parse or holds none. */
function versionIn(yaml: string): string | undefined {
  try {
    const value = (parse(yaml, { maxAliasCount: 100 }) as Record<string, unknown> | null)?.version;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** ` (`1.2.4` for a fix, `1.3.0` for changed steps, `2.0.0` for a new process)`, when the version is semver. */
function bumps(version: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) return '';
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return (
    ` (\`${major}.${minor}.${patch + 1}\` for a fix, \`${major}.${minor + 1}.0\` for changed steps, \`${major + 1}.0.0\` ` +
    `for a new process)`
  );
}
