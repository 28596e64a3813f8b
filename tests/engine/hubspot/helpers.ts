import { criteriaFilters, type Criteria, type HubSpotMapping, type Project, type Step } from '../../../engine/index.ts';

function stepCriteria(step: Step): Criteria[] {
  if (step.kind === 'branch-if') return step.branches.map((b) => b.criteria);
  if (step.kind === 'delay-until-event' && step.event.kind === 'criteria-met') return [step.event.criteria];
  return [];
}

/**
 * A mapping giving every item the project names a made-up portal id: emails 1001.., segments
 * 2001.., forms form-guid-.., users 3001.., flows 4001.., custom properties `hs_` + name,
 * pages under https://www.example.com.
 */
export function fullMapping(project: Project): HubSpotMapping {
  const pages = new Set<string>();
  const owners = new Set<string>();
  for (const w of project.workflows) {
    const criteria = [w.enrollment.triggers, ...(w.goal ? [w.goal] : []), ...w.steps.flatMap(stepCriteria)];
    for (const f of criteria.flatMap(criteriaFilters)) if (f.kind === 'page-view') pages.add(f.url);
    for (const s of w.steps) {
      if (s.kind === 'internal-notification') owners.add(s.recipient);
      if (s.kind === 'delay-until-event' && s.event.kind === 'page-viewed') pages.add(s.event.url);
    }
  }
  const table = (keys: readonly string[], id: (i: number, key: string) => string) => Object.fromEntries(keys.map((k, i) => [k, id(i, k)]));
  return {
    emails: table(project.emails.map((e) => e.id), (i) => String(1001 + i)),
    lists: table(project.lists.map((l) => l.id), (i) => String(2001 + i)),
    forms: table(project.assets.map((a) => a.id), (i) => `form-guid-${i + 1}`),
    pages: table([...pages].filter((u) => !u.startsWith('http')), (_i, k) => `https://www.example.com${k.startsWith('/') ? '' : '/'}${k}`),
    properties: table(project.properties.map((p) => p.name), (_i, k) => `hs_${k}`),
    lifecycleStages: {},
    owners: table([...owners], (i) => String(3001 + i)),
    workflows: table(project.workflows.map((w) => w.id), (i) => String(4001 + i)),
  };
}
