// How search splits text into words, shared by the build (vocabulary, thesaurus) and the browser (queries).

const stopWords = new Set(
  (
    'a about after all also am an and any are as at be because been before being but by can could did do does doing done for from ' +
    'get gets got had has have having he her here his how i if in into is it its just me more most my no not now of on once only or ' +
    'other our out over own please should so some such than that the their them then there these they this those through to too ' +
    'under until up very was way we were what when where which while who whom why will with would you your ' +
    // How reps phrase a question around the problem: `customer wants`, `user keeps asking`, `doesn't`.
    'us im ive dont doesn didn isn wasn aren won cant want wants wanted need needs needed asking asks asked says said ' +
    'keeps keep still anymore really trying tries tried getting ' +
    // The rest of the usual English stop lists: `between regions`, `without permission`, `someone took` say nothing
    // of the subject, yet a page holding them would rank above the SOP that lacks them.
    'against between during above below again further each few both same nor another without across within ' +
    'someone somebody anyone anybody everyone everybody something anything everything whether though although yet'
  ).split(' '),
);

/** The words of a text as Pagefind sees them: lower case, split on anything that is not a letter or digit. */
export function queryWords(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
}

/** Every word of a text in order, repeats kept (for phrases). */
export function wordSequence(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

/** The words that carry meaning: stop words and single letters dropped (all words when nothing is left). */
export function keyWords(words: readonly string[]): string[] {
  const kept = words.filter((word) => word.length > 1 && !stopWords.has(word));
  return kept.length > 0 ? kept : [...words];
}

/** Numbers, ids and codes (`2fa`, `404`, `inc-1234`'s parts): searched as typed, never corrected. */
export function isCode(word: string): boolean {
  return /\p{N}/u.test(word);
}
