import { describe, expect, it } from 'vitest';
import { autoMapColumns } from '../../../engine/csv/index.ts';

const names = (headers: string[], custom = []) =>
  autoMapColumns(headers, custom).map((t) => (t.kind === 'property' ? t.property : t.kind));

describe('automatic column mapping', () => {
  it('maps HubSpot English export columns', () => {
    expect(
      names(['Record ID', 'Email', 'First Name', 'Last Name', 'Company Name', 'Job Title', 'Lifecycle Stage', 'HubSpot Score', 'Create Date', 'Last Activity Date']),
    ).toEqual(['id', 'email', 'firstname', 'lastname', 'company', 'jobtitle', 'lifecyclestage', 'hubspotscore', 'createdate', 'lastactivitydate']);
  });

  it('maps French export columns whatever the case, accents or apostrophe', () => {
    expect(
      names(['ID de fiche', 'ADRESSE E-MAIL', 'prenom', 'Nom', 'Nom de l’entreprise', 'Intitule du poste', 'Phase du cycle de vie', 'Score HubSpot', 'Date de création', 'Date de derniere activite', 'Date de naissance']),
    ).toEqual(['id', 'email', 'firstname', 'lastname', 'company', 'jobtitle', 'lifecyclestage', 'hubspotscore', 'createdate', 'lastactivitydate', 'birthday']);
  });

  it('maps project properties by name or label and leaves unknown or repeated columns for the user', () => {
    const custom = [{ name: 'region', type: 'string', label: { fr: 'Région', en: 'Region' } }] as never;
    expect(names(['region', 'Phone Number', 'Email', 'E-mail'], custom)).toEqual(['region', 'ignore', 'email', 'ignore']);
    expect(names(['Région'], custom)).toEqual(['region']);
  });
});
