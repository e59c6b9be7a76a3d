import { createElement, Fragment, type ReactNode } from 'react';

/**
 * The small markup of question stems and options, and its one safe renderer.
 *
 * - `**bold**`
 * - lines starting `- ` (bullets) or `1. ` (numbered) are list items
 * - GitHub pipe tables: a `| a | b |` header line, a `|---|---|` separator, then rows
 * - images `![说明](/api/assets/<uuid>)`, and only from that path
 *
 * Everything else is plain text. The output is React elements built with `createElement` (no
 * HTML strings, never `dangerouslySetInnerHTML`), so `<script>` or `javascript:` stay text.
 */

export type Inline = { kind: 'text'; text: string } | { kind: 'bold'; children: Inline[] } | { kind: 'image'; alt: string; src: string };

export type Block =
  | { kind: 'paragraph'; lines: Inline[][] }
  | { kind: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] };

const ASSET_URL = /^\/api\/assets\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INLINE = /\*\*(.+?)\*\*|!\[([^\]\n]*)\]\(([^)\s]*)\)/g;
const IMAGE = /!\[([^\]\n]*)\]\(([^)\s]*)\)/g;
const BULLET = /^\s{0,3}- (.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,4})\. (.*)$/;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Only images uploaded to the platform (`/api/assets/<uuid>`) are shown as images. */
export function isSafeImageUrl(url: string): boolean {
  return ASSET_URL.test(url);
}

function pushText(out: Inline[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

function parseWith(text: string, pattern: RegExp, bold: boolean): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index;
    pushText(out, text.slice(at, index));
    at = index + match[0].length;
    const boldText = bold ? match[1] : undefined;
    if (boldText !== undefined) {
      out.push({ kind: 'bold', children: parseWith(boldText, IMAGE, false) });
      continue;
    }
    const alt = bold ? match[2] : match[1];
    const src = bold ? match[3] : match[2];
    if (alt !== undefined && src !== undefined && isSafeImageUrl(src)) out.push({ kind: 'image', alt, src });
    else pushText(out, match[0]);
  }
  pushText(out, text.slice(at));
  return out;
}

/** `**bold**` and images within one line. */
export function parseInline(text: string): Inline[] {
  return parseWith(text, INLINE, true);
}

function isTableLine(line: string): boolean {
  return line.trimStart().startsWith('|');
}

function splitRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|').map((cell) => cell.trim());
}

/** Splits the text into paragraphs, lists and tables. */
export function parseRichText(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: Inline[][] | null = null;
  const endParagraph = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = null;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (line.trim() === '') {
      endParagraph();
      i += 1;
    } else if (isTableLine(line) && next !== undefined && SEPARATOR.test(next) && next.includes('-')) {
      endParagraph();
      const header = splitRow(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && isTableLine(lines[i] ?? '')) {
        const cells = splitRow(lines[i] ?? '');
        rows.push(header.map((_cell, column) => parseInline(cells[column] ?? '')));
        i += 1;
      }
      blocks.push({ kind: 'table', header: header.map(parseInline), rows });
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      endParagraph();
      const ordered = !BULLET.test(line);
      const pattern = ordered ? NUMBERED : BULLET;
      const start = ordered ? Number(NUMBERED.exec(line)?.[1] ?? 1) : 1;
      const items: Inline[][] = [];
      let match = pattern.exec(lines[i] ?? '');
      while (i < lines.length && match) {
        items.push(parseInline(match[ordered ? 2 : 1] ?? ''));
        i += 1;
        match = pattern.exec(lines[i] ?? '');
      }
      blocks.push({ kind: 'list', ordered, start, items });
    } else {
      paragraph = paragraph ?? [];
      paragraph.push(parseInline(line));
      i += 1;
    }
  }
  endParagraph();
  return blocks;
}

function renderInline(inlines: Inline[]): ReactNode[] {
  return inlines.map((inline, index) => {
    switch (inline.kind) {
      case 'text':
        return createElement(Fragment, { key: index }, inline.text);
      case 'bold':
        return createElement('strong', { key: index }, ...renderInline(inline.children));
      case 'image':
        return createElement('img', { key: index, src: inline.src, alt: inline.alt, title: inline.alt || undefined, className: 'rich-text-image', loading: 'lazy' });
    }
  });
}

function renderLines(lines: Inline[][]): ReactNode[] {
  return lines.flatMap((line, index) => (index === 0 ? renderInline(line) : [createElement('br', { key: `br${index}` }), ...renderInline(line)]));
}

function renderBlock(block: Block, key: number, inline: boolean): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return inline
        ? createElement('span', { key, className: 'rich-text-line' }, ...renderLines(block.lines))
        : createElement('p', { key }, ...renderLines(block.lines));
    case 'list': {
      const items = block.items.map((item, index) => createElement('li', { key: index }, ...renderInline(item)));
      return block.ordered ? createElement('ol', { key, start: block.start }, ...items) : createElement('ul', { key }, ...items);
    }
    case 'table': {
      const head = createElement('thead', null, createElement('tr', null, ...block.header.map((cell, index) => createElement('th', { key: index }, ...renderInline(cell)))));
      const body = createElement(
        'tbody',
        null,
        ...block.rows.map((row, rowIndex) => createElement('tr', { key: rowIndex }, ...row.map((cell, index) => createElement('td', { key: index }, ...renderInline(cell))))),
      );
      return createElement('div', { key, className: 'rich-text-table-wrap' }, createElement('table', { className: 'rich-text-table' }, head, body));
    }
  }
}

export interface RichTextProps {
  text: string | null | undefined;
  /** Renders inline (a `span`, paragraphs joined by line breaks) for one-line places like options. */
  inline?: boolean;
  className?: string;
  'data-testid'?: string;
}

/** Renders stored question markup safely (see the module comment). */
export function RichText({ text, inline = false, className, 'data-testid': testId }: RichTextProps) {
  const blocks = parseRichText(text ?? '');
  const classes = ['rich-text', inline ? 'rich-text-inline' : '', className ?? ''].filter(Boolean).join(' ');
  return createElement(inline ? 'span' : 'div', { className: classes, 'data-testid': testId }, ...blocks.map((block, index) => renderBlock(block, index, inline)));
}

function plainInline(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : inline.kind === 'bold' ? plainInline(inline.children) : (inline.alt ? `[${inline.alt}]` : '▣'))).join('');
}

/** The text without markup, on one line (for table cells, pickers and titles). */
export function richTextToPlain(text: string | null | undefined): string {
  return parseRichText(text ?? '')
    .map((block) => {
      if (block.kind === 'paragraph') return block.lines.map(plainInline).join(' ');
      if (block.kind === 'list') return block.items.map(plainInline).join('；');
      return [block.header, ...block.rows].map((row) => row.map(plainInline).join(' ')).join(' ');
    })
    .join(' ')
    .trim();
}
