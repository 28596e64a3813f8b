import { describe, expect, it } from 'vitest';
import { saveProject } from '../../engine/io/index.ts';
import { buildTemplate } from '../../engine/templates/index.ts';
import { crc32 } from '../../engine/io/crc32.ts';
import { PNG_KEYWORD, readOpenedFile, readProjectFile, svgMetadata } from '../../renderer/export/embed.ts';
import { fromHubSpotFlow } from '../../engine/hubspot/index.ts';
import { readChunks, readTextChunk, withTextChunk } from '../../renderer/export/pngText.ts';

/** The smallest valid PNG: 1x1 transparent pixel. */
const TINY_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('a project embedded in an exported picture', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('stores UTF-8 text in an iTXt chunk before IEND and reads it back', () => {
    const text = 'Nurturing – « sujet Y » ✓';
    const png = withTextChunk(TINY_PNG, PNG_KEYWORD, text);
    const types = readChunks(png).map((c) => c.type);
    expect(types.slice(-2)).toEqual(['iTXt', 'IEND']);
    expect(readTextChunk(png, PNG_KEYWORD)).toBe(text);
    expect(readTextChunk(TINY_PNG, PNG_KEYWORD)).toBeNull();
  });

  it('replaces an older project chunk instead of stacking them', () => {
    const twice = withTextChunk(withTextChunk(TINY_PNG, PNG_KEYWORD, 'old'), PNG_KEYWORD, 'new');
    expect(readChunks(twice).filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(readTextChunk(twice, PNG_KEYWORD)).toBe('new');
  });

  it('ignores a chunk whose CRC does not match', () => {
    const png = withTextChunk(TINY_PNG, PNG_KEYWORD, 'data');
    const iTXt = readChunks(png).find((c) => c.type === 'iTXt')!;
    const broken = png.slice();
    broken[iTXt.offset + 8 + iTXt.data.length - 1]! ^= 0xff;
    expect(readTextChunk(broken, PNG_KEYWORD)).toBeNull();
  });

  it('reopens the same project from a PNG, an SVG and a JSON file', () => {
    const project = buildTemplate('nurturing', 'fr');
    const json = saveProject(project);
    const png = withTextChunk(TINY_PNG, PNG_KEYWORD, json);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg">${svgMetadata(json, project.workflows[0]!.id)}</svg>`;
    for (const [name, bytes] of [
      ['a.png', png],
      ['a.svg', new TextEncoder().encode(svg)],
      ['a.json', new TextEncoder().encode(json)],
    ] as const) {
      const result = readProjectFile(name, bytes);
      expect(result.ok).toBe(true);
      if (result.ok) expect(saveProject(result.project)).toBe(json);
    }
  });

  it('explains what is wrong with a picture or file that holds no project', () => {
    expect(readProjectFile('x.png', TINY_PNG)).toMatchObject({ ok: false, message: 'app.pngNoProject' });
    expect(readProjectFile('x.svg', new TextEncoder().encode('<svg></svg>'))).toMatchObject({ ok: false, message: 'app.svgNoProject' });
    const broken = readProjectFile('x.json', new TextEncoder().encode('{"format": 1'));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.details.length).toBeGreaterThan(0);
  });

  it('says what Flowbench opens when a JSON file is no project at all, with no "format" field named', () => {
    const detailsOf = (text: string) => {
      const read = readOpenedFile('x.json', new TextEncoder().encode(text));
      if (read.kind !== 'project' || read.result.ok) throw new Error('expected a refused project');
      return read.result.details;
    };
    const other = detailsOf('{"foo": 1}');
    expect(other).toHaveLength(2);
    // The envelope's field is not named to the marketer: the message alone, then what Flowbench opens.
    expect(other[0]).toMatchObject({ fr: expect.stringMatching(/^Ce fichier n’est pas un projet Flowbench/) });
    expect(other[1]).toBe('app.opensWhat');
    expect(detailsOf('[1, 2]').at(-1)).toBe('app.opensWhat');
    // A damaged project (its envelope right) or text that is not JSON: no such hint.
    expect(detailsOf('{"format": 1').at(-1)).not.toBe('app.opensWhat');
    const damaged = JSON.parse(saveProject(buildTemplate('nurturing', 'en'))) as { project: { workflows: unknown } };
    damaged.project.workflows = 'none';
    expect(detailsOf(JSON.stringify(damaged))).not.toContain('app.opensWhat');
  });

  it('takes an empty page of HubSpot results for HubSpot, whose import says it holds no workflow', () => {
    const read = readOpenedFile('flows.json', new TextEncoder().encode('{"results": [], "paging": {}}'));
    expect(read.kind).toBe('hubspot');
    if (read.kind !== 'hubspot') return;
    const imported = fromHubSpotFlow(read.flows);
    expect(imported.ok ? [] : imported.errors.map((e) => e.message)).toEqual([
      { fr: 'Aucun workflow dans ce fichier HubSpot\u00a0: sa liste de workflows est vide.', en: 'No workflow in this HubSpot file: its list of workflows is empty.' },
    ]);
    // Any other key and it is not a page of HubSpot's: the project reader answers.
    expect(readOpenedFile('x.json', new TextEncoder().encode('{"results": [], "name": "x"}')).kind).toBe('project');
  });
});

describe('a damaged project file', () => {
  it('says where each problem is as the marketer names it, not by a zero-based path', () => {
    const project = buildTemplate('nurturing', 'en');
    const json = JSON.parse(saveProject(project)) as { project: { workflows: { steps: { kind: string; delay?: { duration?: { amount: number } } }[] }[] } };
    const steps = json.project.workflows[0]!.steps;
    const delay = steps.findIndex((s) => s.kind === 'delay' && s.delay?.duration);
    steps[delay]!.delay!.duration!.amount = -5;
    const result = readProjectFile('broken.json', new TextEncoder().encode(JSON.stringify(json)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The step at index `delay` is step delay + 1 of the workflow, named by the workflow's name.
    const en = result.details.map((d) => (typeof d === 'string' ? d : d.en));
    expect(en.some((d) => d.startsWith(`In workflow “${project.workflows[0]!.name}”, step ${delay + 1}: `))).toBe(true);
    expect(en.some((d) => d.includes('project.workflows['))).toBe(false);
  });
});
