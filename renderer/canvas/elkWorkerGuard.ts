/**
 * elkjs's bundled build, when it finds itself in a worker (no `document`), takes over
 * `self.onmessage` to act as an ELK worker. Ours speaks its own protocol, so it must look like a
 * page to elkjs; nothing else in this worker reads `document`. Imported before the engine.
 */
const scope = globalThis as { document?: unknown };
scope.document ??= {};

export {};
