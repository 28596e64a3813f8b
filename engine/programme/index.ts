/** The programme of a project: its workflows and how they feed one another (map, counts, layout, words). */
export { programmeMap } from './map.ts';
export { programmeCounts, withCounts } from './counts.ts';
export { intervalOf, withIntervals } from './intervals.ts';
export { countText, edgeLabel, edgeText, itemName, placeWord, triggerSummary } from './labels.ts';
export { escapeMarkup, formatCount, wrapWords } from './escape.ts';
export { drawProgramme, programmeSvg, type ProgrammeSvgInput } from './svg.ts';
export { layoutProgramme, PROGRAMME_CARD, type ProgrammeLayout, type ProgrammeLayoutEdge, type ProgrammeLayoutNode, type ProgrammeLayoutOptions } from './layout.ts';
export { stepWrites, workflowWrites } from './writes.ts';
export { filterAccepts, workflowReads, type Read } from './reads.ts';
export { LINK_KINDS, READ_PLACES, type Interval, type LinkKind, type ProgrammeEdge, type ProgrammeMap, type ProgrammeNode, type ReadPlace, type Write } from './types.ts';
