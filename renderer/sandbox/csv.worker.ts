/// <reference lib="webworker" />
import { handleRequest, type WorkerRequest, type WorkerState } from './worker-protocol.ts';

/** Parses CSV files and generates sample leads off the main thread, posting progress. */
const state: WorkerState = { text: '' };
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handleRequest(event.data, state, (response) => self.postMessage(response));
};
