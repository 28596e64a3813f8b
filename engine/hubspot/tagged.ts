import { z } from 'zod';

/**
 * A value whose shape depends on one tag field (`operationType`, `filterType`, `type`,
 * `actionTypeId`): the tag is checked first, then the shape of that tag, so an error names the
 * exact field (`operation.values`) instead of "matches none of 12 shapes". A tag not in `known`
 * is checked against `other` when given (HubSpot has more kinds than Flowbench reads). Each
 * value is parsed once, so nested shapes cost no more than their size.
 */
export function tagged<K extends string>(tag: K, known: Readonly<Record<string, z.ZodType>>, other?: z.ZodType) {
  return z.looseObject({ [tag]: z.string().min(1) } as Record<K, z.ZodString>).superRefine((value, ctx) => {
    const key = (value as Record<string, unknown>)[tag] as string;
    const schema = Object.hasOwn(known, key) ? known[key]! : other;
    if (schema) passIssues(schema, value, ctx);
  });
}

/**
 * Parses `value` with `schema` and adds its issues to `ctx` under `prefix`, each with the value it
 * is about: zod's `addIssue` fills a missing `input` with the whole object being refined, which
 * made `"actionId": 1` read "must be text, not an object" and a missing `delta` "not an object"
 * (engine/io/issue-messages.ts says "a number", or "is missing" for an `input` left undefined).
 */
export function passIssues(schema: z.ZodType, value: unknown, ctx: z.RefinementCtx, prefix: readonly PropertyKey[] = []): void {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, input: issue.input, path: [...prefix, ...issue.path] } as never);
}
