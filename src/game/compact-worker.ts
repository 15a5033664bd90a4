// Compacts runs off the main thread. Storing a run compactly replays it once to prove the replay
// gives it back exactly (see session/compact.ts); that takes a tenth of a second or more, which
// the page should not spend between two lines of dialogue.
import { compactRun, type ReplayStory } from '../session/compact.ts';
import type { RunRecord } from '../session/run.ts';

export interface CompactRequest {
  id: number;
  record: RunRecord;
  story: ReplayStory | undefined;
}

self.onmessage = (event: MessageEvent<CompactRequest>) => {
  const { id, record, story } = event.data;
  postMessage({ id, compact: compactRun(record, story) });
};
