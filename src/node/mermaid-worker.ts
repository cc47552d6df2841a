// Worker thread: Mermaid's own parser in a happy-dom window, so the DOM globals Mermaid needs never leak into the caller.
import { parentPort, workerData } from 'node:worker_threads';
import { Window } from 'happy-dom';
import type { DiagramVerdict } from '../core/lint/rule.ts';

const window = new Window();
// Mermaid's sanitiser (DOMPurify) needs a DOM: in plain Node it rejects even valid diagrams.
Object.assign(globalThis, { window, document: window.document });
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

async function verdictOf(source: string): Promise<DiagramVerdict> {
  try {
    await mermaid.parse(source);
    return { valid: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Jison parsers say "on line 3:", Langium ones "on line 3, column 10:".
    const place = /\bon line (\d+)(?:, column (\d+))?/.exec(message);
    if (!place) return { valid: false, message };
    return place[2]
      ? { valid: false, message, line: Number(place[1]), column: Number(place[2]) }
      : { valid: false, message, line: Number(place[1]) };
  }
}

const verdicts: DiagramVerdict[] = [];
for (const source of workerData as string[]) verdicts.push(await verdictOf(source));
parentPort!.postMessage(verdicts);
