import { artifact, PAPER_SIZE, type Paper } from './document';
import type { Block } from './caseInk';
import { bookletOrder } from './imposition';

/** A logical page: its blocks with their places, and what to print at its foot. */
export interface LogicalPage {
  placed: { block: Block; y: number; height: number }[];
  footer?: (x: number, y: number, width: number) => void;
}

export interface PageFrame {
  width: number;
  height: number;
  margin: { top: number; bottom: number; side: number };
}

/** The logical page: the paper itself, or half of it turned sideways for a booklet. */
export function pageFrame(paper: Paper, booklet: boolean): PageFrame {
  const [w, h] = PAPER_SIZE[paper];
  if (!booklet) return { width: w, height: h, margin: { top: 58, bottom: 70, side: 62 } };
  return { width: h / 2, height: w, margin: { top: 34, bottom: 46, side: 36 } };
}

/**
 * Lays blocks down logical pages: a block that does not fit starts a new page
 * (with `continued` at its top), a heading never ends a page, and a fill block
 * takes the rest of its page.
 */
export function paginate(blocks: Block[], frame: PageFrame, continued?: () => Block[]): LogicalPage[] {
  const room = frame.height - frame.margin.top - frame.margin.bottom;
  const pages: LogicalPage[] = [{ placed: [] }];
  let y = 0;
  const newPage = () => {
    pages.push({ placed: [] });
    y = 0;
    for (const block of continued?.() ?? []) place(block, block.height);
  };
  const place = (block: Block, height: number) => {
    pages.at(-1)!.placed.push({ block, y, height });
    y += height;
  };
  const queue = [...blocks];
  while (queue.length) {
    const block = queue.shift()!;
    const next = queue[0];
    // a heading keeps a few lines of what follows it on its page
    const need = block.height + (block.keepWithNext && next ? Math.min(next.height, 40) : 0);
    if (y > 0 && y + need > room) {
      const parts = block.split?.(room - y);
      if (parts) {
        place(parts[0], parts[0].height);
        queue.unshift(parts[1]);
      }
      newPage();
      if (parts) continue;
    }
    if (block.fill) place(block, Math.max(block.height, room - y));
    else place(block, block.height);
  }
  return pages;
}

function drawPage(doc: PDFKit.PDFDocument, page: LogicalPage, frame: PageFrame, offsetX: number) {
  const x = offsetX + frame.margin.side;
  const width = frame.width - 2 * frame.margin.side;
  for (const { block, y, height } of page.placed) block.draw(x, frame.margin.top + y, height);
  page.footer?.(x, frame.height - frame.margin.bottom + 22, width);
}

/**
 * Prints logical pages one to a sheet, or as a booklet: two half pages to a
 * landscape side, in printing order, with fold marks.
 */
export function printPages(doc: PDFKit.PDFDocument, pages: LogicalPage[], frame: PageFrame, booklet: boolean): void {
  if (!booklet) {
    pages.forEach((page, i) => {
      if (i > 0) doc.addPage();
      drawPage(doc, page, frame, 0);
    });
    return;
  }
  bookletOrder(pages.length).forEach((side, i) => {
    if (i > 0) doc.addPage();
    if (side.left !== null) drawPage(doc, pages[side.left]!, frame, 0);
    if (side.right !== null) drawPage(doc, pages[side.right]!, frame, frame.width);
    artifact(doc, () => {
      const fold = frame.width;
      doc.lineWidth(0.4).strokeColor('#9aa0a4');
      doc.moveTo(fold, 0).lineTo(fold, 14).stroke();
      doc
        .moveTo(fold, frame.height - 14)
        .lineTo(fold, frame.height)
        .stroke();
    });
  });
}
