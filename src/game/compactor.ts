// The store's compactor in the browser: a worker (compact-worker.ts), or this thread where a
// worker cannot start.
import { compactRun, type CompactRun } from '../session/compact.ts';
import type { CompactRequest } from './compact-worker.ts';
import type { Compactor } from './run-store.ts';

export function workerCompactor(): Compactor {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let next = 0;
  const waiting = new Map<number, { request: CompactRequest; done: (compact: CompactRun) => void }>();
  const giveUp = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const { request, done } of waiting.values()) done(compactRun(request.record, request.story));
    waiting.clear();
  };
  return async (record, story) => {
    if (!broken && !worker) {
      try {
        worker = new Worker(new URL('./compact-worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<{ id: number; compact: CompactRun }>) => {
          waiting.get(event.data.id)?.done(event.data.compact);
          waiting.delete(event.data.id);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          giveUp();
        };
      } catch {
        giveUp();
      }
    }
    if (broken || !worker) return compactRun(record, story);
    const request = { id: next++, record, story };
    const running = worker;
    return new Promise((done) => {
      waiting.set(request.id, { request, done });
      running.postMessage(request);
    });
  };
}
