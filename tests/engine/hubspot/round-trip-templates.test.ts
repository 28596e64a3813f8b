import { describe, expect, it } from 'vitest';
import { buildTemplate, fromHubSpotFlow, toHubSpotFlow, TEMPLATE_IDS, type Lang } from '../../../engine/index.ts';
import { canonical } from './canonical.ts';
import { fullMapping } from './helpers.ts';

describe('export then import gives back the same workflow', () => {
  for (const lang of ['en', 'fr'] as Lang[])
    for (const id of TEMPLATE_IDS)
      it(`template ${id} (${lang}), mapping kept`, () => {
        const project = buildTemplate(id, lang);
        const mapping = fullMapping(project);
        for (const workflow of project.workflows) {
          const exported = toHubSpotFlow(project, workflow.id, mapping);
          if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
          const imported = fromHubSpotFlow(JSON.parse(JSON.stringify(exported.flow)), { project, mapping });
          if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
          // Nothing approximated or left out; only the settings v4 has no field for (import-unsaid.test.ts).
          expect(imported.notes.map((n) => n.kind)).toEqual(workflow.timing.type === 'date-property' ? ['unsaid', 'unsaid'] : ['unsaid']);
          expect(imported.workflows).toHaveLength(1);
          // Imported into the project that holds it, it sits beside the original under another name (the mapping's language: English by default).
          expect(imported.renamed).toEqual([{ from: workflow.name, to: `${workflow.name} (imported)` }]);
          expect(canonical({ ...imported.workflows[0]!, name: workflow.name })).toEqual(canonical(workflow));
          expect((canonical(workflow) as { steps: unknown[] }).steps).toHaveLength(workflow.steps.length);
          // Every id met was already mapped: nothing new to create, the mapping comes back unchanged.
          expect(imported.emails).toEqual([]);
          expect(imported.lists).toEqual([]);
          expect(imported.assets).toEqual([]);
          expect(imported.properties).toEqual([]);
          expect({ ...imported.mapping, workflows: {} }).toEqual({ ...mapping, workflows: {} });
        }
      });
});
