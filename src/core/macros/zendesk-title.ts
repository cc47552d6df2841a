// Zendesk macro titles use `::` as folders (`Billing::Refunds::Approved`); here they become category, tags and title, and back.
import type { Category } from '../../../schemas/index.ts';
import { suggestId } from '../load/load-playbook.ts';

export interface TitleParts {
  title: string;
  category: string;
  tags: string[];
}

function titleSegments(zendeskTitle: string): string[] {
  return zendeskTitle
    .split('::')
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '');
}

/** Matches a folder name to a category by id or name, ignoring case. */
function findCategory(segment: string, categories: readonly Category[]): Category | undefined {
  const wanted = segment.toLowerCase();
  return categories.find((category) => category.id.toLowerCase() === wanted || category.name.toLowerCase() === wanted);
}

/**
 * The last segment is the title; the first names the category when one matches (else `fallbackCategory`);
 * the folders between become tags when that category lists them, and are otherwise only kept in the Zendesk title.
 */
export function splitZendeskTitle(zendeskTitle: string, categories: readonly Category[], fallbackCategory: string): TitleParts {
  const segments = titleSegments(zendeskTitle);
  const title = segments.at(-1) ?? zendeskTitle.trim();
  const folders = segments.slice(0, -1);
  const matched = folders[0] === undefined ? undefined : findCategory(folders[0], categories);
  const category = matched?.id ?? fallbackCategory;
  const allowed = new Set(categories.find((entry) => entry.id === category)?.tags ?? []);
  const tagFolders = matched ? folders.slice(1) : folders;
  const tags = [...new Set(tagFolders.map((folder) => suggestId(folder)).filter((tag) => allowed.has(tag)))];
  return { title, category, tags };
}

/**
 * The title to send back: the one Zendesk gave us while it still maps to the macro's title, category and tags,
 * else one rebuilt as `Category name::tag::Title` so that a local recategorisation reaches Zendesk.
 */
export function zendeskTitleFor(parts: TitleParts, importedTitle: string | undefined, categories: readonly Category[]): string {
  if (importedTitle !== undefined) {
    const again = splitZendeskTitle(importedTitle, categories, parts.category);
    if (again.title === parts.title && again.category === parts.category && again.tags.join(' ') === parts.tags.join(' ')) {
      return importedTitle;
    }
  }
  const categoryName = categories.find((category) => category.id === parts.category)?.name ?? parts.category;
  return [categoryName, ...parts.tags, parts.title].join('::');
}
