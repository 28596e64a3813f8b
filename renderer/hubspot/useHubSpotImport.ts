import { useCallback } from 'react';
import { addImportToProject, fromHubSpotFlow, skippedMessages, type ImportResult } from '../../engine/hubspot/index.ts';
import type { Localized, WorkflowId } from '../../engine/model/index.ts';
import { useDialogs } from '../app/dialogs.tsx';
import { useLang } from '../i18n/useLang.ts';
import { useStores } from '../stores/context.tsx';
import { useHubSpotBoth, useHubSpotT } from './hubspot-i18n.ts';
import { useHubSpotViewStore } from './view.tsx';

/** At most this many workflow names in the question; the count says the rest. */
const NAMES_SHOWN = 3;

/**
 * Adds HubSpot v4 flows to the open project, after asking: their workflows, the emails,
 * segments, forms and properties they name, and the HubSpot ids in the mapping, as one undoable
 * edit; then the import report. Flows that cannot be read leave the project exactly as it was and
 * the message names each JSON path at fault. Resolves true when the workflows were added.
 */
export function useHubSpotImport(): (flows: unknown) => Promise<boolean> {
  const t = useHubSpotT();
  const both = useHubSpotBoth();
  const { document, ui } = useStores();
  const view = useHubSpotViewStore();
  const { confirm } = useDialogs();
  const lang = useLang();
  return useCallback(
    async (flows: unknown) => {
      const checked = fromHubSpotFlow(flows, { project: document.getState().project, lang });
      if (!checked.ok) {
        const details: Localized[] = checked.errors.map((e) => (e.path ? { fr: `${e.path}\u00a0: ${e.message.fr}`, en: `${e.path}: ${e.message.en}` } : e.message));
        ui.getState().notify({ tone: 'error', message: both('hubspot.importFailed'), details, topic: 'open-file' });
        return false;
      }
      // This file reads: a failure said of an earlier file is no longer the news.
      ui.getState().settle('open-file');
      const project = document.getState().project;
      const names = checked.workflows.map((w) => (lang === 'fr' ? `«\u00a0${w.name}\u00a0»` : `“${w.name}”`));
      const ok = await confirm({
        title: t('hubspot.importTitle'),
        message: t('hubspot.importAsk', { count: names.length, names: names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join(', ')}…` : names.join(', '), project: project.name }),
        confirmLabel: t('hubspot.importAdd'),
        danger: false,
      });
      if (!ok) return false;
      // Read again against the project as it is now (it may have changed while the question was open).
      let added: Extract<ImportResult, { ok: true }> | null = null;
      document.getState().apply((current) => {
        const result = fromHubSpotFlow(flows, { project: current, lang });
        if (!result.ok) return current;
        added = result;
        return addImportToProject(current, result);
      });
      const result = added as Extract<ImportResult, { ok: true }> | null;
      if (!result) return false;
      const first = result.workflows[0];
      if (first) document.getState().setActiveWorkflow(first.id as WorkflowId);
      ui.getState().select(null);
      // Said in the report, not in a toast: a toast sat over the report's Done button (1280x720).
      view.getState().showReport({
        project: document.getState().project.name,
        workflows: result.workflows.map((w) => w.name),
        notes: result.notes,
        renamed: result.renamed,
        created: {
          emails: result.emails.map((e) => e.name),
          lists: result.lists.map((l) => l.name),
          forms: result.assets.map((a) => a.name),
          properties: result.properties.map((p) => p.name),
        },
        reused: { emails: result.reused.emails.length, lists: result.reused.lists.length, forms: result.reused.forms.length },
        skipped: skippedMessages(result.skipped),
      });
      return true;
    },
    [both, confirm, document, lang, t, ui, view],
  );
}
