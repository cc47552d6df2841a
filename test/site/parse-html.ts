// Reads built pages as a document for tests that need no browser. Drawn diagrams are cut out first:
// happy-dom's parser loses its place inside SVG `foreignObject` labels and would drop the rest of the
// page silently (the flowchart tests check diagrams in Chromium).
import { Window } from 'happy-dom';

export function parseHtml(html: string): Document {
  const withoutDiagrams = html.replace(/<figure class="sop-diagram"[\s\S]*?<\/figure>/g, '');
  return new new Window().DOMParser().parseFromString(withoutDiagrams, 'text/html') as unknown as Document;
}
