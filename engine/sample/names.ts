/** Name pools for sample contacts: plausible French and English people and companies. */

export const FRENCH_FIRST = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Julie', 'Émilie', 'Claire', 'Sophie', 'Anaïs', 'Mathilde',
  'Hélène', 'Céline', 'Aurélie', 'Élodie', 'Lucas', 'Hugo', 'Louis', 'Thomas', 'Nicolas', 'Julien', 'Antoine',
  'Maxime', 'Alexandre', 'Guillaume', 'Mathieu', 'Sébastien', 'François', 'Jérôme', 'Benoît', 'Théo', 'Clément',
  'Romain', 'Pierre', 'Étienne', 'Gaëlle', 'Noémie', 'Zoé', 'Margaux',
] as const;

export const FRENCH_LAST = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard',
  'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier',
  'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Chevalier',
] as const;

export const ENGLISH_FIRST = [
  'Olivia', 'Emma', 'Amelia', 'Sophia', 'Isla', 'Grace', 'Emily', 'Charlotte', 'Hannah', 'Lucy', 'Jessica', 'Rachel',
  'Laura', 'Megan', 'Oliver', 'George', 'Harry', 'Jack', 'James', 'William', 'Henry', 'Daniel', 'Samuel', 'Michael',
  'David', 'Andrew', 'Matthew', 'Ryan', 'Nathan', 'Ethan',
] as const;

export const ENGLISH_LAST = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson',
  'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Hughes', 'Edwards',
  'Turner', 'Hill', 'Cooper', 'Ward', 'Morris', 'King', 'Baker',
] as const;

export const COMPANIES = [
  'Atelier Lumière', 'Boulangeries Durand', 'Cabinet Mercier & Associés', 'Clinique du Parc', 'Groupe Horizon',
  'Imprimerie Moderne', 'Laboratoires Vernet', 'Maison Berthier', 'Nova Conseil', 'Optique Saint-Michel',
  'Transports Lambert', 'Vignobles de la Loire', 'Éditions du Quai', 'Agence Papillon', 'Brasserie des Halles',
  'Acme Corp', 'Brightside Analytics', 'Northwind Traders', 'Bluefin Software', 'Greenleaf Logistics',
  'Harbour Health', 'Kestrel Media', 'Lumen Labs', 'Oakridge Manufacturing', 'Pinewood Studios', 'Redwood Finance',
  'Silverline Retail', 'Summit Partners', 'Thames Valley Foods', 'Westbrook Education',
] as const;

/** The grammatical gender a French job title agrees with. */
export type Gender = 'feminine' | 'masculine';

/**
 * Each French first name's gender, so a generated lead's title agrees with it ("Hugo Chevalier —
 * Chargé de communication", "Léa Martin — Gérante"). Camille, given to both, is read as feminine,
 * as most Camilles born since 1980 are.
 */
export const FRENCH_GENDER: Readonly<Record<(typeof FRENCH_FIRST)[number], Gender>> = {
  Camille: 'feminine', Léa: 'feminine', Manon: 'feminine', Chloé: 'feminine', Inès: 'feminine', Sarah: 'feminine',
  Julie: 'feminine', Émilie: 'feminine', Claire: 'feminine', Sophie: 'feminine', Anaïs: 'feminine', Mathilde: 'feminine',
  Hélène: 'feminine', Céline: 'feminine', Aurélie: 'feminine', Élodie: 'feminine', Gaëlle: 'feminine', Noémie: 'feminine',
  Zoé: 'feminine', Margaux: 'feminine',
  Lucas: 'masculine', Hugo: 'masculine', Louis: 'masculine', Thomas: 'masculine', Nicolas: 'masculine', Julien: 'masculine',
  Antoine: 'masculine', Maxime: 'masculine', Alexandre: 'masculine', Guillaume: 'masculine', Mathieu: 'masculine',
  Sébastien: 'masculine', François: 'masculine', Jérôme: 'masculine', Benoît: 'masculine', Théo: 'masculine',
  Clément: 'masculine', Romain: 'masculine', Pierre: 'masculine', Étienne: 'masculine',
};

/** A French job title in both genders (the same word where French has one form). */
export type FrenchTitle = Readonly<Record<Gender, string>>;

const both = (one: string): FrenchTitle => ({ feminine: one, masculine: one });

/** What a student's title is, whatever the draw. */
export const FRENCH_STUDENT: FrenchTitle = { feminine: 'Étudiante en école de commerce', masculine: 'Étudiant en école de commerce' };

/**
 * Job titles; about one in five holds a director-level title (the lifecycle score rule). One entry
 * per title, in both genders: the draw picks the entry, the first name picks the form, so a seed
 * draws the same entries as when each title had one form.
 */
export const FRENCH_TITLES: readonly FrenchTitle[] = [
  { feminine: 'Directrice marketing', masculine: 'Directeur marketing' },
  { feminine: 'Directrice commerciale', masculine: 'Directeur commercial' },
  { feminine: 'Directrice générale', masculine: 'Directeur général' },
  both('Responsable marketing'),
  { feminine: 'Chargée de communication', masculine: 'Chargé de communication' },
  { feminine: 'Cheffe de projet digital', masculine: 'Chef de projet digital' },
  both('Responsable des ventes'),
  { feminine: 'Assistante de direction', masculine: 'Assistant de direction' },
  { feminine: 'Consultante', masculine: 'Consultant' },
  { feminine: 'Chargée d’affaires', masculine: 'Chargé d’affaires' },
  both('Responsable e-commerce'),
  both('Community manager'),
  { feminine: 'Ingénieure commerciale', masculine: 'Ingénieur commercial' },
  { feminine: 'Gérante', masculine: 'Gérant' },
  FRENCH_STUDENT,
];

export const ENGLISH_TITLES = [
  'Marketing Director', 'Sales Director', 'Managing Director', 'Marketing Manager', 'Communications Officer',
  'Digital Project Manager', 'Sales Manager', 'Executive Assistant', 'Consultant', 'Account Executive',
  'E-commerce Manager', 'Community Manager', 'Business Developer', 'Owner', 'Business School Student',
] as const;
