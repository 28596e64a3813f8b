import {
  autoMapColumns,
  decodeCsvBytes,
  parseContactsCsv,
  readCsvHeader,
  type ColumnMapping,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvImport,
  type ParseOptions,
} from '../../engine/csv/index.ts';
import type { Contact, Localized, Project } from '../../engine/model/index.ts';
import { generateContacts } from '../../engine/sample/index.ts';

/** Messages between the page and the sandbox worker (CSV reading and lead generation). */
export type WorkerRequest =
  | { readonly id: number; readonly type: 'read'; readonly bytes: Uint8Array; readonly custom: Project['properties'] }
  | { readonly id: number; readonly type: 'parse'; readonly mapping: ColumnMapping; readonly options: Omit<ParseOptions, 'onProgress'> }
  | { readonly id: number; readonly type: 'generate'; readonly project: Project; readonly n: number; readonly seed: number };

export interface CsvPreview {
  readonly encoding: CsvEncoding;
  /** Which lines were read in which encoding, for a file that mixes them. */
  readonly encodingNote?: Localized;
  readonly delimiter: CsvDelimiter;
  readonly headers: readonly string[];
  readonly preview: readonly (readonly string[])[];
  readonly mapping: ColumnMapping;
}

export type WorkerResponse =
  | { readonly id: number; readonly type: 'progress'; readonly rows: number }
  | { readonly id: number; readonly type: 'header'; readonly result: CsvPreview | { readonly fatal: Localized } }
  | { readonly id: number; readonly type: 'parsed'; readonly result: CsvImport }
  | { readonly id: number; readonly type: 'generated'; readonly contacts: Contact[] }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };

/** The worker's memory: the decoded text of the file being imported, kept between steps. */
export interface WorkerState {
  text: string;
}

/** Runs one request; shared by the worker and the in-page fallback (tests, no Worker support). */
export function handleRequest(request: WorkerRequest, state: WorkerState, post: (response: WorkerResponse) => void): void {
  const { id } = request;
  try {
    switch (request.type) {
      case 'read': {
        const { text, encoding, note } = decodeCsvBytes(request.bytes);
        state.text = text;
        const header = readCsvHeader(text);
        const result = 'fatal' in header ? header : { ...header, encoding, ...(note ? { encodingNote: note } : {}), mapping: autoMapColumns(header.headers, request.custom) };
        post({ id, type: 'header', result });
        return;
      }
      case 'parse': {
        const result = parseContactsCsv(state.text, request.mapping, { ...request.options, onProgress: (rows) => post({ id, type: 'progress', rows }) });
        post({ id, type: 'parsed', result });
        return;
      }
      case 'generate':
        post({ id, type: 'generated', contacts: generateContacts(request.project, request.n, request.seed) });
        return;
    }
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
