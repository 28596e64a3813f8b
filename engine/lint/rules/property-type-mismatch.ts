import { findProperty, type Localized, type PropertyDefinition, type PropertyType, type PropertyValue } from '../../model/index.ts';
import { finding } from '../finding.ts';
import { quoted } from '../labels.ts';
import { propertyUses, type PropertyNeed } from '../property-uses.ts';
import type { Finding, LintRule } from '../types.ts';

const TYPE_WORDS: Readonly<Record<PropertyType, Localized>> = {
  string: { fr: 'texte', en: 'text' },
  number: { fr: 'nombre', en: 'number' },
  boolean: { fr: 'oui/non', en: 'yes/no' },
  date: { fr: 'date', en: 'date' },
  enumeration: { fr: 'liste de choix', en: 'choice list' },
};

/** Whether a value set on a property of `type` is one the filters can read as that type. */
function fitsType(value: PropertyValue, property: PropertyDefinition): boolean {
  if (value === null) return true;
  switch (property.type) {
    case 'string':
      return typeof value === 'string' || typeof value === 'number';
    case 'number':
      return typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
    case 'boolean':
      return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value.trim()));
    case 'date':
      return typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'enumeration':
      return typeof value === 'string' && (property.options === undefined || property.options.some((o) => o.value === value));
  }
}

const show = (value: PropertyValue) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** What is wrong with one use of a defined property, or null. */
function problem(need: PropertyNeed, property: PropertyDefinition, custom: readonly PropertyDefinition[]): Localized | null {
  const name = quoted(property.name);
  const type = TYPE_WORDS[property.type];
  switch (need.kind) {
    case 'filter': {
      if (need.filter.type === property.type) return null;
      const used = TYPE_WORDS[need.filter.type];
      return {
        fr: `un filtre de type ${used.fr} porte sur ${name.fr}, une propriété de type ${type.fr}\u00a0: il ne peut jamais être rempli`,
        en: `a ${used.en} filter is on ${name.en}, a ${type.en} property: it can never be met`,
      };
    }
    case 'set': {
      if (fitsType(need.value, property)) return null;
      const options = property.type === 'enumeration' && property.options ? property.options.map((o) => o.value).join(', ') : null;
      return options
        ? { fr: `${name.fr} reçoit ${show(need.value)}, qui n’est pas l’une de ses valeurs (${options})`, en: `${name.en} is set to ${show(need.value)}, which is not one of its values (${options})` }
        : { fr: `${name.fr}, de type ${type.fr}, reçoit ${show(need.value)}`, en: `${name.en}, a ${type.en} property, is set to ${show(need.value)}` };
    }
    case 'number':
      return property.type === 'number' ? null : { fr: `on incrémente ${name.fr}, qui est de type ${type.fr} et non un nombre`, en: `${name.en} is incremented but is a ${type.en} property, not a number` };
    case 'date':
      return property.type === 'date' ? null : { fr: `on attend la date ${name.fr}, qui est de type ${type.fr} et non une date`, en: `it waits for the date in ${name.en}, a ${type.en} property, not a date` };
    case 'copy-from': {
      const to = findProperty(custom, need.to);
      if (!to || to.type === property.type || to.type === 'string') return null;
      const toName = quoted(to.name);
      const toType = TYPE_WORDS[to.type];
      return {
        fr: `on copie ${name.fr} (${type.fr}) dans ${toName.fr} (${toType.fr})`,
        en: `it copies ${name.en} (${type.en}) into ${toName.en} (${toType.en})`,
      };
    }
    case 'any':
      return null;
  }
}

export const propertyTypeMismatch: LintRule = {
  id: 'property-type-mismatch',
  severity: 'error',
  title: { fr: 'Type de propriété incompatible', en: 'Property type mismatch' },
  description: {
    fr: 'Un filtre, une valeur ou une action ne correspond pas au type de la propriété (filtre numérique sur un texte, valeur hors de la liste de choix, incrément d’une date…)\u00a0: le simulateur, comme HubSpot, n’y trouve aucun contact.',
    en: 'A filter, value or action does not fit the property’s type (a number filter on text, a value outside the choice list, incrementing a date…): the simulator, like HubSpot, finds no contact for it.',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const use of propertyUses(ctx.project, ctx.workflows, ctx.wholeProject)) {
      const property = findProperty(ctx.project.properties, use.property);
      const what = property ? problem(use.need, property, ctx.project.properties) : null;
      if (!what) continue;
      out.push(
        finding(propertyTypeMismatch, use.workflow, use.steps, { fr: `${use.where.fr}\u00a0: ${what.fr} (${use.path}).`, en: `${use.where.en}: ${what.en} (${use.path}).` }, { path: use.path }),
      );
    }
    return out;
  },
};
