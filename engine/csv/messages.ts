import type { Localized, PropertyDefinition } from '../model/index.ts';

/** Every message the CSV import shows, in French and English; `line` is added by the caller. */
const q = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export const MESSAGES = {
  emptyFile: { fr: 'Le fichier est vide.', en: 'The file is empty.' },
  binary: {
    fr: 'Ce fichier n’est pas un CSV (il contient des données binaires : un classeur Excel ou une image ?). Enregistrez-le au format CSV.',
    en: 'This file is not a CSV (it holds binary data: an Excel workbook or a picture?). Save it as CSV first.',
  },
  noRows: { fr: 'Le fichier n’a qu’une ligne d’en-tête, sans contact.', en: 'The file only has a header line, no contact.' },
  noEmailColumn: {
    fr: 'Aucune colonne n’est associée à l’adresse e-mail (ni à l’ID de fiche) : choisissez-la dans l’étape d’association.',
    en: 'No column is mapped to the email address (nor to the record ID): pick it in the mapping step.',
  },
  missingEmail: { fr: 'Adresse e-mail manquante.', en: 'Missing email address.' },
  badEmail: (email: string): Localized => ({
    fr: `Adresse e-mail invalide : « ${q(email)} ».`,
    en: `Invalid email address: "${q(email)}".`,
  }),
  duplicateEmail: (email: string, first: number): Localized => ({
    fr: `L’adresse « ${q(email)} » figure déjà ligne ${first}.`,
    en: `The address "${q(email)}" already appears on line ${first}.`,
  }),
  duplicateId: (id: string, first: number): Localized => ({
    fr: `L’identifiant « ${q(id)} » figure déjà ligne ${first}.`,
    en: `The record ID "${q(id)}" already appears on line ${first}.`,
  }),
  fieldCount: (found: number, expected: number): Localized => ({
    fr: `Cette ligne a ${found} valeur${found > 1 ? 's' : ''} alors que l’en-tête a ${expected} colonnes (séparateur ou guillemet manquant ?).`,
    en: `This line has ${found} value${found > 1 ? 's' : ''} where the header has ${expected} columns (a missing separator or quote?).`,
  }),
  unclosedQuote: {
    fr: 'Un guillemet de cette ligne n’est pas refermé (ou est suivi d’autre chose que le séparateur)\u00a0: la ligne est écartée, les suivantes sont lues.',
    en: 'A quote in this line is not closed (or is followed by more than the separator): the line is left out, the next ones are read.',
  },
  badNumber: (p: PropertyDefinition, raw: string): Localized => ({
    fr: `${p.label.fr} : « ${q(raw)} » n’est pas un nombre.`,
    en: `${p.label.en}: "${q(raw)}" is not a number.`,
  }),
  badBoolean: (p: PropertyDefinition, raw: string): Localized => ({
    fr: `${p.label.fr} : « ${q(raw)} » n’est ni oui ni non.`,
    en: `${p.label.en}: "${q(raw)}" is neither yes nor no.`,
  }),
  badDate: (p: PropertyDefinition, raw: string): Localized => ({
    fr: `${p.label.fr} : « ${q(raw)} » n’est pas une date valide (attendu : 2024-03-15 ou 15/03/2024).`,
    en: `${p.label.en}: "${q(raw)}" is not a valid date (expected 2024-03-15, or 15/03/2024 with the day first).`,
  }),
  badOption: (p: PropertyDefinition, raw: string): Localized =>
    p.name === 'lifecyclestage'
      ? { fr: `Phase du cycle de vie inconnue : « ${q(raw)} ».`, en: `Unknown lifecycle stage: "${q(raw)}".` }
      : { fr: `${p.label.fr} : valeur inconnue « ${q(raw)} ».`, en: `${p.label.en}: unknown value "${q(raw)}".` },
  unknownList: (name: string): Localized => ({
    fr: `Segment statique inconnu dans ce projet\u00a0: «\u00a0${q(name)}\u00a0».`,
    en: `Static segment unknown in this project: "${q(name)}".`,
  }),
  unknownPersona: (name: string): Localized => ({
    fr: `Persona inconnu dans ce projet : « ${q(name)} ».`,
    en: `Persona unknown in this project: "${q(name)}".`,
  }),
  mixedEncodings: (windows1252: readonly number[], utf8: number): Localized => {
    const shown = windows1252.slice(0, 20).join(', ') + (windows1252.length > 20 ? ', …' : '');
    const n = windows1252.length;
    return {
      fr: `Encodages mélangés : ${n} ligne${n > 1 ? 's' : ''} lue${n > 1 ? 's' : ''} en Windows-1252 (${shown}), ${utf8} ligne${utf8 > 1 ? 's' : ''} accentuée${utf8 > 1 ? 's' : ''} en UTF-8.`,
      en: `Mixed encodings: ${n} line${n > 1 ? 's' : ''} read as Windows-1252 (${shown}), ${utf8} line${utf8 > 1 ? 's' : ''} with accents as UTF-8.`,
    };
  },
} as const;
