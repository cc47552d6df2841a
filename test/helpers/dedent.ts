// Template strings for inline sources, as eslint/markdown's tests write them: the common indent and the
// first and last (blank) lines go, so a case shows its file exactly as the rule sees it, line 1 first.
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.raw.reduce((text, part, position) => `${text}${String(values[position - 1])}${part}`);
  const lines = raw
    .replace(/^[ \t]*\n/, '')
    .replace(/\n[ \t]*$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length));
  return `${lines.map((line) => line.slice(indent)).join('\n')}\n`;
}
