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
    const parsed = schema?.safeParse(value);
    if (!parsed || parsed.success) return;
    for (const issue of parsed.error.issues) ctx.addIssue(issue as never);
  });
}
