// `npm run lint:width`: no line of the project's own code is wider than Prettier's `printWidth`
// (Prettier wraps code but leaves long strings and comments alone, so it cannot promise this itself).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { printWidth } = JSON.parse(readFileSync('.prettierrc.json', 'utf8')) as { printWidth: number };
const checked = /\.(?:ts|mts|js|mjs|astro|css)$/;
const skipped = /(?:^|\/)(?:fixtures|golden)\//;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'schemas', 'scripts', 'test', 'bin'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => checked.test(file) && !skipped.test(file));

let wide = 0;
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const width = Array.from(line).length;
      if (width <= printWidth) return;
      wide += 1;
      console.log(`${file}:${index + 1}:${printWidth + 1}: line is ${width} characters wide; wrap it to at most ${printWidth}`);
    });
}
console.log(wide === 0 ? `line width: ${files.length} files, no line over ${printWidth}` : `line width: ${wide} lines over ${printWidth}`);
process.exitCode = wide === 0 ? 0 : 1;
