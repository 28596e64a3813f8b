import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkflowIntegrity, exportFlowSchema, fromHubSpotFlow, toHubSpotFlow } from '../../../engine/index.ts';
import { workflowSchema } from '../../../engine/schema/index.ts';
import { canonical } from './canonical.ts';
import { fullMapping } from './helpers.ts';
import { randomProject, randomWorkflow } from './random-workflow.ts';
import { brokenRules } from './rules.ts';

describe('random workflows through HubSpot and back', () => {
  it('export is valid by construction and import gives back the same workflow (600 runs)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const workflow = randomWorkflow(g);
        const project = randomProject(workflow);
        expect(checkWorkflowIntegrity(workflow, project)).toEqual([]);
        // A workflow a project can hold (the import refuses one that is not).
        expect(workflowSchema.safeParse(workflow).success).toBe(true);
        const mapping = fullMapping(project);
        const exported = toHubSpotFlow(project, workflow.id, mapping);
        if (!exported.ok) throw new Error(JSON.stringify(exported.problems.filter((p) => p.severity === 'blocking')));
        const parsed = exportFlowSchema.safeParse(exported.flow);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(brokenRules(exported.flow as unknown as Record<string, unknown>)).toEqual([]);
        const imported = fromHubSpotFlow(JSON.parse(JSON.stringify(exported.flow)), { project, mapping });
        if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
        // Nothing approximated or left out; only the settings v4 has no field for (import-unsaid.test.ts).
        expect(imported.notes.map((n) => n.kind)).toEqual(workflow.timing.type === 'date-property' ? ['unsaid', 'unsaid'] : ['unsaid']);
        // Imported into the project that holds it, it sits beside the original under another name.
        expect(imported.renamed).toEqual([{ from: workflow.name, to: `${workflow.name} (imported)` }]);
        expect(canonical({ ...imported.workflows[0]!, name: workflow.name })).toEqual(canonical(workflow));
        expect([imported.emails, imported.lists, imported.assets, imported.properties]).toEqual([[], [], [], []]);
      }),
      { numRuns: 600 },
    );
  }, 120_000);
});
