/**
 * Where the keyboard goes when Escape closes the inspector from one of its fields: the field
 * leaves the page with the inspector, and the browser would drop the focus to <body>, the top of
 * the page. It goes to the canvas card that was selected instead (or the canvas), so arrows and
 * shortcuts carry on from there. The cards take focus by script only (tabindex -1 on the card,
 * canvas/StepNode.tsx): they are not in the Tab order, the canvas moves between them with the arrows.
 */
export function focusCanvasCard(id: string): void {
  const node = Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node')).find((n) => n.dataset.id === id);
  const target = node?.querySelector<HTMLElement>('.fb-card') ?? document.querySelector<HTMLElement>('.fb-canvas');
  if (!target) return;
  // The card is on screen (it is selected): scrolling the canvas to it would move the diagram.
  target.focus({ preventScroll: true });
}
