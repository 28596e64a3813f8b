import { answer } from './check.ts';
import type { ExpectRequest } from './protocol.ts';

/** The expectations worker: re-runs the test population off the page's thread after each edit. */
self.onmessage = (event: MessageEvent<ExpectRequest>) => {
  self.postMessage(answer(event.data));
};
