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

/** Job titles; about one in five holds a director-level title (the lifecycle score rule). */
export const FRENCH_TITLES = [
  'Directeur marketing', 'Directrice commerciale', 'Directeur général', 'Responsable marketing', 'Chargée de communication',
  'Chef de projet digital', 'Responsable des ventes', 'Assistante de direction', 'Consultant', 'Chargé d’affaires',
  'Responsable e-commerce', 'Community manager', 'Ingénieur commercial', 'Gérante', 'Étudiant en école de commerce',
] as const;

export const ENGLISH_TITLES = [
  'Marketing Director', 'Sales Director', 'Managing Director', 'Marketing Manager', 'Communications Officer',
  'Digital Project Manager', 'Sales Manager', 'Executive Assistant', 'Consultant', 'Account Executive',
  'E-commerce Manager', 'Community Manager', 'Business Developer', 'Owner', 'Business School Student',
] as const;
