// Messages for a wrong id: the problem, "did you mean" when a close id exists, and what to do.
import { didYouMean } from '../nearest.ts';

/**
 * `unknown owner \`x\`; did you mean \`y\`? Add them to team.yaml or fix the id`, or without a
 * suggestion `unknown owner \`x\`; add them to team.yaml or fix the id`.
 */
export function withSuggestion(problem: string, word: string, candidates: Iterable<string>, fix: string): string {
  const suggestion = didYouMean(word, candidates);
  if (!suggestion) return `${problem}; ${fix}`;
  return `${problem}${suggestion} ${fix.charAt(0).toUpperCase()}${fix.slice(1)}`;
}
