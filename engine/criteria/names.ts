import { allProperties, type AssetId, type AssetKind, type EmailId, type Lang, type ListId, type Project } from '../model/index.ts';

/** How descriptions name things; the engine itself only knows ids. */
export interface NameLookup {
  property(name: string): string;
  list(id: ListId): string;
  email(id: EmailId): string;
  asset(id: AssetId): string;
  enumLabel?(property: string, value: string): string;
  /** Lets a form filter read "A téléchargé l’ebook" rather than "A soumis le formulaire". */
  assetKind?(id: AssetId): AssetKind | undefined;
}

/** Bare ids: what explanations use, and a safe default. */
export const ID_NAMES: NameLookup = {
  property: (name) => name,
  list: (id) => id,
  email: (id) => id,
  asset: (id) => id,
};

/** Names from a project in one language; anything unknown reads as its id. */
export function nameLookupFromProject(project: Project, lang: Lang): NameLookup {
  const properties = new Map(allProperties(project.properties).map((p) => [p.name, p]));
  const lists = new Map<string, string>(project.lists.map((l) => [l.id, l.name]));
  const emails = new Map<string, string>(project.emails.map((e) => [e.id, e.name]));
  const assets = new Map(project.assets.map((a) => [a.id as string, a]));
  return {
    property: (name) => properties.get(name)?.label[lang] ?? name,
    list: (id) => lists.get(id) ?? id,
    email: (id) => emails.get(id) ?? id,
    asset: (id) => assets.get(id)?.name ?? id,
    enumLabel: (property, value) => properties.get(property)?.options?.find((o) => o.value === value)?.label[lang] ?? value,
    assetKind: (id) => assets.get(id)?.kind,
  };
}
