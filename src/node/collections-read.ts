// Whether any module of the Astro project reads the content collections (`astro:content`): only then are the SOPs and
// macros put in them. Astro writes every entry of every collection to its data store on each build (devalue, then a
// file): about 5 s of a 10,000-SOP build and 0.5 s of a 1,000-SOP one, for collections the playbook's own pages never
// read (they take the playbook `sop build` loaded). A custom page that imports `astro:content` gets them as before.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const readsCollections = /\bfrom\s*['"]astro:content['"]|\bimport\s*\(\s*['"]astro:content['"]\s*\)/;
const moduleFile = /\.(?:astro|[cm]?[jt]sx?|mdx?)$/;
/** Where the collections are declared, which imports `astro:content` to declare them, not to read them. */
const declaration = /^content\.config\.[cm]?[jt]s$/;

const known = new Map<string, boolean>();

/** Whether a module under `sourceFolder` (the project's `src/`) imports `astro:content`; answered once per folder. */
export function projectReadsCollections(sourceFolder: string): boolean {
  let answer = known.get(sourceFolder);
  if (answer === undefined) known.set(sourceFolder, (answer = anyModuleReads(sourceFolder)));
  return answer;
}

function anyModuleReads(sourceFolder: string): boolean {
  let entries: string[];
  try {
    entries = readdirSync(sourceFolder, { recursive: true, encoding: 'utf8' });
  } catch {
    return false;
  }
  return entries.some((entry) => {
    const name = path.basename(entry);
    if (!moduleFile.test(name) || (path.dirname(entry) === '.' && declaration.test(name)) || entry.split(path.sep).includes('node_modules'))
      return false;
    try {
      return readsCollections.test(readFileSync(path.join(sourceFolder, entry), 'utf8'));
    } catch {
      return false;
    }
  });
}
