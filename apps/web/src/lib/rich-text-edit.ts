/** Text edits behind the rich-text toolbar: each takes the text and the selection and returns
 * the new text with the selection to restore. Pure, so they are unit-tested. */
export interface TextEdit {
  text: string;
  start: number;
  end: number;
}

/** Wraps the selection in `**`; with nothing selected inserts `**placeholder**`, selected. */
export function toggleBold({ text, start, end }: TextEdit, placeholder: string): TextEdit {
  const selected = text.slice(start, end);
  if (selected.length > 4 && selected.startsWith('**') && selected.endsWith('**')) {
    const inner = selected.slice(2, -2);
    return { text: text.slice(0, start) + inner + text.slice(end), start, end: start + inner.length };
  }
  if (text.slice(start - 2, start) === '**' && text.slice(end, end + 2) === '**' && selected.length > 0) {
    return { text: text.slice(0, start - 2) + selected + text.slice(end + 2), start: start - 2, end: end - 2 };
  }
  const inner = selected || placeholder;
  return { text: `${text.slice(0, start)}**${inner}**${text.slice(end)}`, start: start + 2, end: start + 2 + inner.length };
}

const BULLET = /^- /;
const NUMBERED = /^\d{1,4}\. /;

/** Turns the lines touched by the selection into list items (or back into plain lines when
 * they already are items of that kind). */
export function toggleList({ text, start, end }: TextEdit, ordered: boolean): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', Math.max(end - (end > start && text[end - 1] === '\n' ? 1 : 0), start));
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const marker = ordered ? NUMBERED : BULLET;
  const allMarked = lines.every((line) => marker.test(line));
  const changed = lines.map((line, index) => {
    const bare = line.replace(BULLET, '').replace(NUMBERED, '');
    if (allMarked) return bare;
    return ordered ? `${index + 1}. ${bare}` : `- ${bare}`;
  });
  const block = changed.join('\n');
  return { text: text.slice(0, lineStart) + block + text.slice(lineEnd), start: lineStart, end: lineStart + block.length };
}

/** Inserts `block` at the cursor on lines of its own (a blank line before and after when the
 * surrounding text needs it), replacing the selection; the cursor goes after it. */
export function insertBlock({ text, start, end }: TextEdit, block: string): TextEdit {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const inserted = lead + block + trail;
  const cursor = before.length + lead.length + block.length;
  return { text: before + inserted + after, start: cursor, end: cursor };
}

/** Inserts inline text (e.g. an image) at the cursor, replacing the selection. */
export function insertInline({ text, start, end }: TextEdit, inline: string): TextEdit {
  const cursor = start + inline.length;
  return { text: text.slice(0, start) + inline + text.slice(end), start: cursor, end: cursor };
}

/** A pipe table with the given header labels and `rows` empty rows. */
export function tableTemplate(headers: readonly string[], rows: number): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...Array.from({ length: rows }, () => line(headers.map(() => ' ')))].join('\n');
}

/** `![alt](url)` with the characters that would end the markup removed from the alt text. */
export function imageMarkup(alt: string, url: string): string {
  return `![${alt.replace(/[[\]\n\r]/g, ' ').trim()}](${url})`;
}
