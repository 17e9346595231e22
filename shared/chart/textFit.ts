/**
 * Text sizing without a DOM (so exports can lay out text too): an average glyph width
 * for the sans-serif stack, slightly generous so estimated text never overflows.
 */
export const FONT_STACK = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.62 : 0.57);
}

/** `text`, or its start with an ellipsis, fitting `width`; '' if not even 3 characters fit. */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const chars = Math.floor(width / (fontSize * (bold ? 0.62 : 0.57))) - 1;
  return chars >= 3 ? `${text.slice(0, chars)}…` : '';
}
