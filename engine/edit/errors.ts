import type { Localized } from '../model/index.ts';

/** Why an editing operation was refused; stable, so the editor and tests can tell cases apart. */
export type EditErrorCode =
  | 'unknown-step'
  | 'unknown-slot'
  | 'unknown-branch'
  | 'duplicate-id'
  | 'go-to-edge'
  | 'not-an-end'
  | 'bad-go-to-target'
  | 'not-detached'
  | 'would-orphan'
  | 'no-free-end'
  | 'into-itself'
  | 'not-a-branch'
  | 'not-linear'
  | 'last-branch'
  | 'bad-branches'
  | 'bad-percentages'
  | 'bad-index'
  | 'empty-name'
  | 'bad-fragment'
  | 'nothing-to-copy'
  | 'missing-target'
  | 'bad-settings';

/**
 * An editing operation asked for something impossible. The workflow is left as it was (every
 * operation is pure), so the editor only has to show `text` in the user's language.
 */
export class EditError extends Error {
  readonly code: EditErrorCode;
  readonly text: Localized;

  constructor(code: EditErrorCode, text: Localized) {
    super(text.en);
    this.name = 'EditError';
    this.code = code;
    this.text = text;
  }
}

export function refuse(code: EditErrorCode, text: Localized): never {
  throw new EditError(code, text);
}
