import { textBundle } from '../i18n/bundle.ts';

/** Texts of variants and comparisons in Simulate, under `compare.*`. */
const en = {
  title: 'Compare with…',
  help: 'Runs this project (A) and another (B) over the same contacts with the same random draws wherever their steps coincide, so what differs comes from the design, not from chance.',
  variant: 'Variant B',
  none: 'No other project yet',
  duplicate: 'Duplicate this project as variant B',
  duplicated: 'Variant “{{name}}” created in Projects. Open it there to change it, then compare from either project.',
  run: 'Compare',
  progress: 'Comparison: {{done}} of {{total}} runs',
  cancel: 'Cancel comparison',
  cancelled: 'Comparison cancelled.',
  failed: 'The comparison failed: {{message}}',
  unreadable: 'That project could not be read.',
  heading: 'A “{{a}}” (this project) against B “{{b}}”: {{count}} runs (seed {{seed}}), end of day {{day}}.',
  outcome: 'Outcome',
  difference: 'B − A',
  verdict: 'Verdict',
  clear_one: '{{count}} clear difference (its interval leaves out 0).',
  clear_other: '{{count}} clear differences (their intervals leave out 0).',
  clear_zero: 'No clear difference: every interval of B − A holds 0.',
  onlyShared: 'Only the counts both projects have are compared (same workflow and step ids).',
  exportCsv: 'Comparison (CSV)',
  exportJson: 'Comparison (JSON)',
  badge: 'A {{a}} · B {{b}}',
  badgeTitle: 'Contacts that reached this step by the end of day {{day}}: mean of A and of B',
};

const fr: typeof en = {
  title: 'Comparer avec…',
  help: 'Fait tourner ce projet (A) et un autre (B) sur les mêmes contacts, avec le même hasard partout où leurs étapes coïncident\u00a0: ce qui diffère vient du scénario, pas du hasard.',
  variant: 'Variante B',
  none: 'Aucun autre projet pour l’instant',
  duplicate: 'Dupliquer ce projet en variante B',
  duplicated: 'Variante «\u00a0{{name}}\u00a0» créée dans Projets. Ouvrez-la pour la modifier, puis comparez depuis l’un ou l’autre projet.',
  run: 'Comparer',
  progress: 'Comparaison\u00a0: {{done}} sur {{total}} tirages',
  cancel: 'Annuler la comparaison',
  cancelled: 'Comparaison annulée.',
  failed: 'La comparaison a échoué\u00a0: {{message}}',
  unreadable: 'Ce projet n’a pas pu être lu.',
  heading: 'A «\u00a0{{a}}\u00a0» (ce projet) contre B «\u00a0{{b}}\u00a0»\u00a0: {{count}} tirages (graine {{seed}}), fin du jour {{day}}.',
  outcome: 'Résultat',
  difference: 'B − A',
  verdict: 'Verdict',
  clear_one: '{{count}} différence nette (son intervalle exclut 0).',
  clear_other: '{{count}} différences nettes (leurs intervalles excluent 0).',
  clear_zero: 'Pas de différence nette\u00a0: chaque intervalle de B − A contient 0.',
  onlyShared: 'Seuls les chiffres que les deux projets ont en commun sont comparés (mêmes identifiants de workflows et d’étapes).',
  exportCsv: 'Comparaison (CSV)',
  exportJson: 'Comparaison (JSON)',
  badge: 'A {{a}} · B {{b}}',
  badgeTitle: 'Contacts arrivés à cette étape à la fin du jour {{day}}\u00a0: moyenne de A et de B',
};

export const COMPARE_TEXTS = { en, fr } as const;

export const { register: registerCompareTexts, useT: useCompareT } = textBundle('compare', COMPARE_TEXTS, 'title');
