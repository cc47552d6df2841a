// Messages for a value that is not one of the known ids, naming the closest one or the choices.
import { didYouMean } from './nearest.ts';

/** `unknown kind `x`; did you mean `y`?`, or the list of choices when nothing is close. */
export function unknownChoice(what: string, value: string, choices: readonly string[]): string {
  const suggestion = didYouMean(value, choices);
  return `unknown ${what} \`${value}\`${suggestion || `; choose one of ${choices.map((choice) => `\`${choice}\``).join(', ')}`}`;
}

export function unknownOwner(owner: string, ownerIds: readonly string[]): string {
  const suggestion = didYouMean(owner, ownerIds);
  return `unknown owner \`${owner}\`${suggestion || '; use the id of a person or team in team.yaml'}`;
}
