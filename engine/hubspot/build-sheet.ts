import { describeCriteria } from '../criteria/describe.ts';
import { nameLookupFromProject } from '../criteria/names.ts';
import { stepSummary } from '../lint/labels.ts';
import { oneLine, outgoingEdges, stepIndex, type Lang, type Project, type Step, type StepId, type Workflow } from '../model/index.ts';
import { MENU, SHEET } from './sheet-words.ts';

/**
 * The build sheet: the workflow as a numbered checklist a person follows in HubSpot's editor
 * (for whoever has no API access). Steps come in the same walk order as the export's action
 * ids, so "step 5" on the sheet is action "5" of the JSON when both are at hand.
 */
export interface BuildSheet {
  /** One line of plain text. */
  readonly title: string;
  /** Each item one line of plain text (no markup), in order. */
  readonly items: readonly string[];
}

function landing(byId: ReadonlyMap<StepId, Step>, id: StepId | null): Step | null {
  const seen = new Set<StepId>();
  let current = id;
  while (current !== null && !seen.has(current)) {
    const step = byId.get(current);
    if (!step) return null;
    if (step.kind !== 'go-to') return step;
    seen.add(current);
    current = step.target;
  }
  return null;
}

function walk(workflow: Workflow, byId: ReadonlyMap<StepId, Step>): Step[] {
  const order: Step[] = [];
  const seen = new Set<StepId>();
  const stack: (StepId | null)[] = [workflow.start];
  while (stack.length > 0) {
    const step = landing(byId, stack.pop()!);
    if (!step || seen.has(step.id)) continue;
    seen.add(step.id);
    order.push(step);
    const targets = outgoingEdges(step).map((e) => e.to);
    for (let i = targets.length - 1; i >= 0; i--) stack.push(targets[i]!);
  }
  return order;
}

export function buildSheet(project: Project, workflow: Workflow, lang: Lang): BuildSheet {
  const fr = lang === 'fr';
  const t = (text: { fr: string; en: string }) => text[lang];
  // Each language's typography: « X » and a space before the colon in French, "X" and none in English.
  const quote = (text: string) => (fr ? `« ${text} »` : `"${text}"`);
  const colon = fr ? ' : ' : ': ';
  const names = nameLookupFromProject(project, lang);
  const byId = stepIndex(workflow);
  const order = walk(workflow, byId);
  const number = new Map(order.map((s, i) => [s.id, i + 1]));
  const items: string[] = [];
  const timing = workflow.timing;
  items.push(t(SHEET.create.contact) + (timing.type === 'fixed-date' ? ` ${t(SHEET.create.fixed)}${colon}${timing.anchorDate}.` : timing.type === 'date-property' ? ` ${t(SHEET.create.property)}${colon}${names.property(timing.anchorProperty)}${timing.recurAnnually ? (fr ? ', cochez « Répéter chaque année »' : ', tick "Recur annually"') : ''}.` : ''));
  items.push(fr ? `Nommez-le « ${workflow.name} ».` : `Name it "${workflow.name}".`);
  const triggers = workflow.enrollment.triggers;
  items.push(
    triggers.groups.length === 0
      ? fr ? 'Déclencheurs : aucun (inscription manuelle ou depuis un autre workflow).' : 'Triggers: none (manual enrollment, or from another workflow).'
      : fr ? `Déclencheurs > « Lorsque les critères de filtre sont remplis » : ${describeCriteria(triggers, names, lang)}.` : `Triggers > "When filter criteria is met": ${describeCriteria(triggers, names, lang)}.`,
  );
  const base = items.length;
  const where = (to: StepId | null): string => {
    const step = landing(byId, to);
    if (to === null || !step) return fr ? 'fin du chemin (ne rien ajouter)' : 'end of path (add nothing)';
    const n = base + number.get(step.id)!;
    return byId.get(to)?.kind === 'go-to' ? (fr ? `« Aller à une action » vers l’étape ${n}` : `"Go to action" to step ${n}`) : fr ? `étape ${n}` : `step ${n}`;
  };
  order.forEach((step, i) => {
    const n = base + i + 1;
    const summary = stepSummary(step, project)[lang];
    const edges = outgoingEdges(step);
    const then = edges.length === 1 && edges[0]!.slot.kind === 'next' ? edges[0]!.to : undefined;
    const after = then === undefined ? '' : then !== null && landing(byId, then) && number.get(landing(byId, then)!.id) === i + 2 && byId.get(then)?.kind !== 'go-to' ? '' : ` ${fr ? 'Ensuite' : 'Then'}${colon}${where(then)}.`;
    const branches =
      then === undefined
        ? ' ' + edges.map((e) => `${fr ? 'Branche' : 'Branch'} ${quote(e.label === 'met' ? (fr ? 'Atteint' : 'Met') : e.label === 'not-met' ? (fr ? 'Non atteint' : 'Not met') : (e.label ?? ''))} → ${where(e.to)}.`).join(' ')
        : '';
    const criteria = step.kind === 'branch-if' ? ' ' + step.branches.map((b) => `${quote(b.name)}${colon}${describeCriteria(b.criteria, names, lang)}.`).join(' ') : '';
    items.push(`${fr ? 'Cliquez sur « + »' : 'Click "+"'} > ${t(MENU[step.kind])} : ${summary}.${criteria}${branches}${after}`.replace(' : ', fr ? ' : ' : ': ').replace('..', '.'));
    void n;
  });
  const unenroll: string[] = [];
  if (workflow.enrollment.unenrollWhenNotMatching) unenroll.push(fr ? 'ne remplissent plus les critères d’inscription' : 'no longer meet the enrollment criteria');
  if (workflow.goal && workflow.goal.groups.length > 0) unenroll.push(fr ? `atteignent l’objectif (${describeCriteria(workflow.goal, names, lang)})` : `meet the goal (${describeCriteria(workflow.goal, names, lang)})`);
  if (workflow.suppressionLists.length > 0) unenroll.push(fr ? `rejoignent un segment de suppression (${workflow.suppressionLists.map((l) => names.list(l)).join(', ')})` : `join a suppression segment (${workflow.suppressionLists.map((l) => names.list(l)).join(', ')})`);
  items.push(fr ? `Paramètres > Inscription : réinscription ${workflow.enrollment.reenroll ? 'activée' : 'désactivée'}.` : `Settings > Enrollment: re-enrollment ${workflow.enrollment.reenroll ? 'on' : 'off'}.`);
  if (unenroll.length > 0) items.push(fr ? `Paramètres > « Désinscrire les contacts qui… » : ${unenroll.join(' ; ')}.` : `Settings > "Unenroll contacts who…": ${unenroll.join('; ')}.`);
  if (workflow.executionWindow) {
    const w = workflow.executionWindow;
    items.push(fr ? `Paramètres > Planification : exécuter les actions seulement le ${w.days.join(', ')} de ${w.start} à ${w.end} (${workflow.timeZone}).` : `Settings > Schedule: run actions only on ${w.days.join(', ')} from ${w.start} to ${w.end} (${workflow.timeZone}).`);
  }
  if (workflow.blockedDates.length > 0) items.push(fr ? `Paramètres > Dates de pause : ${workflow.blockedDates.join(', ')}.` : `Settings > Pause dates: ${workflow.blockedDates.join(', ')}.`);
  items.push(
    fr
      ? `Vérifiez puis activez. À la question « Inscrire les contacts qui remplissent déjà les critères ? », répondez ${workflow.enrollment.enrollExisting ? 'Oui' : 'Non'}.`
      : `Review and turn on. When asked "Enroll contacts who already meet the criteria?", answer ${workflow.enrollment.enrollExisting ? 'Yes' : 'No'}.`,
  );
  // Names come in through the step summaries, criteria and branch labels too: every line is made
  // one line as a whole (a name's line break, ESC or U+202E would otherwise reach both sheets).
  return { title: oneLine(`${t(SHEET.title)} : ${workflow.name}`.replace(' : ', fr ? ' : ' : ': ')), items: items.map(oneLine) };
}

/**
 * Text inside a Markdown line: one line (a line break would start a heading or a list item of its
 * own), and each character that Markdown reads as markup is escaped: emphasis, code, links,
 * HTML, headings' `#` (a trailing " #" would be taken off as the heading's closing sequence),
 * strikethrough's `~` and table cells' `|`. `>` is markup only at the start of a line, where no
 * text of the sheet stands ("Automation > Workflows" stays as it reads).
 */
function markdownText(text: string): string {
  return oneLine(text).replace(/([\\`*_[\]<#~|])/g, '\\$1');
}

export function sheetMarkdown(sheet: BuildSheet, lang: Lang): string {
  const intro = SHEET.intro[lang];
  return `# ${markdownText(sheet.title)}\n\n${intro}\n\n${sheet.items.map((item, i) => `${i + 1}. [ ] ${markdownText(item)}`).join('\n')}\n`;
}

const escapeHtml = (text: string) => oneLine(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page that prints on A4 as a checklist; no script, no outside resource. */
export function sheetHtml(sheet: BuildSheet, lang: Lang): string {
  const items = sheet.items.map((item) => `    <li><label><input type="checkbox"> ${escapeHtml(item)}</label></li>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(sheet.title)}</title>
<style>
  body { font: 11pt/1.45 system-ui, sans-serif; max-width: 46em; margin: 2em auto; color: #111; }
  h1 { font-size: 16pt; }
  li { margin: .45em 0; break-inside: avoid; }
  @page { size: A4; margin: 18mm; }
  @media print { input { width: 1em; height: 1em; } }
</style>
</head>
<body>
  <h1>${escapeHtml(sheet.title)}</h1>
  <p>${escapeHtml(SHEET.intro[lang])}</p>
  <ol>
${items}
  </ol>
</body>
</html>
`;
}
