import type { Post } from '../../shared/caseSchema';
import { avatarColour, initials } from '../../shared/feed';
import { artifact, FONT, rule } from './document';
import { measureCaseText, writeCaseText, type Block, type Ink } from './caseInk';
import { fill } from './labels';
import type { MaterialLabels } from './labels';

const BORDER = '#c9cfd4';
const MUTED = '#4f575c';
const BUBBLE = '#eef1f3';

function avatar(doc: PDFKit.PDFDocument, name: string, x: number, y: number, diameter: number) {
  artifact(doc, () => {
    doc
      .circle(x + diameter / 2, y + diameter / 2, diameter / 2)
      .fillColor(avatarColour(name))
      .fill();
    doc
      .font(FONT.sansBold)
      .fontSize(diameter * 0.42)
      .fillColor('white')
      .text(initials(name), x, y + diameter * 0.27, { width: diameter, align: 'center', lineBreak: false });
  });
}

/** Small vector icons for the reactions, so no symbol font is needed. */
function icon(doc: PDFKit.PDFDocument, kind: 'likes' | 'comments' | 'shares', x: number, y: number, size: number) {
  const s = size;
  doc.lineWidth(s * 0.09).strokeColor(MUTED);
  if (kind === 'likes') {
    doc
      .moveTo(x + s / 2, y + s * 0.9)
      .bezierCurveTo(x - s * 0.1, y + s * 0.45, x + s * 0.05, y - s * 0.05, x + s / 2, y + s * 0.25)
      .bezierCurveTo(x + s * 0.95, y - s * 0.05, x + s * 1.1, y + s * 0.45, x + s / 2, y + s * 0.9)
      .stroke();
  } else if (kind === 'comments') {
    doc
      .roundedRect(x, y + s * 0.05, s, s * 0.68, s * 0.18)
      .moveTo(x + s * 0.25, y + s * 0.73)
      .lineTo(x + s * 0.18, y + s * 0.98)
      .lineTo(x + s * 0.5, y + s * 0.73)
      .stroke();
  } else {
    doc
      .moveTo(x, y + s * 0.85)
      .bezierCurveTo(x + s * 0.1, y + s * 0.4, x + s * 0.4, y + s * 0.32, x + s * 0.72, y + s * 0.32)
      .stroke();
    doc
      .moveTo(x + s * 0.55, y + s * 0.08)
      .lineTo(x + s, y + s * 0.32)
      .lineTo(x + s * 0.55, y + s * 0.56)
      .stroke();
  }
}

/**
 * A post drawn as a card in a neutral feed, in vector graphics: the author's
 * avatar, name, role and time, the text, the reactions and the replies.
 */
export function feedCardBlock(ink: Ink, post: Post, l: MaterialLabels): Block {
  const { doc, scale: k, width } = ink;
  const pad = 13 * k;
  const avatarSize = 30 * k;
  const inner = width - 2 * pad;
  const where = ink.where;
  // as in a feed, a post's words are never hyphenated
  const textOptions = { font: FONT.sans, size: 11.5 * k, width: inner, lineGap: 11.5 * k * 0.25, where };
  const textHeight = measureCaseText(doc, post.text, textOptions);
  const reactions = (['likes', 'comments', 'shares'] as const).filter((r) => (post.reactions?.[r] ?? 0) > 0);
  const reactionsHeight = reactions.length ? 20 * k : 0;
  const replyAvatar = 20 * k;
  const bubbleX = pad + replyAvatar + 7 * k;
  const bubbleWidth = width - bubbleX - pad;
  const bubblePad = 7 * k;
  const replyOptions = {
    font: FONT.sans,
    size: 10 * k,
    width: bubbleWidth - 2 * bubblePad,
    lineGap: 10 * k * 0.2,
    where,
  };
  const replies = (post.replies ?? []).map((reply) => {
    const height = 2 * bubblePad + 12 * k + measureCaseText(doc, reply.text, replyOptions);
    return { reply, height };
  });
  const repliesHeight = replies.reduce((sum, r) => sum + r.height + 6 * k, replies.length ? 6 * k : 0);
  const headHeight = avatarSize + 10 * k;
  const height = pad + headHeight + textHeight + 8 * k + reactionsHeight + repliesHeight + pad;

  return {
    height: height + 14 * k,
    draw(x, y) {
      artifact(doc, () => {
        doc
          .roundedRect(x, y, width, height, 8 * k)
          .lineWidth(0.8)
          .strokeColor(BORDER)
          .stroke();
      });
      const figure = doc.struct('Figure', { alt: `${post.author}, ${post.role}, ${post.time}: ${post.text}` });
      ink.root.add(figure);
      avatar(doc, post.author, x + pad, y + pad, avatarSize);
      figure.add(
        doc.struct('P', {}, () => {
          doc.fillColor('black');
          const nameX = x + pad + avatarSize + 9 * k;
          const nameWidth = inner - avatarSize - 9 * k;
          writeCaseText(doc, post.author, nameX, y + pad + 1 * k, {
            font: FONT.sansBold,
            size: 11 * k,
            width: nameWidth,
            oneLine: true,
            where,
          });
          doc.fillColor(MUTED);
          writeCaseText(doc, `${post.role} · ${post.time}`, nameX, y + pad + 16 * k, {
            font: FONT.sans,
            size: 8.8 * k,
            width: nameWidth,
            oneLine: true,
            where,
          });
        }),
      );
      let cursor = y + pad + headHeight;
      figure.add(
        doc.struct('P', {}, () => {
          doc.fillColor('black');
          writeCaseText(doc, post.text, x + pad, cursor, textOptions);
        }),
      );
      cursor += textHeight + 8 * k;
      if (reactions.length) {
        artifact(doc, () => rule(doc, x + pad, cursor, width - 2 * pad, 0.5, BORDER));
        const ry = cursor + 6 * k;
        doc.font(FONT.sans).fontSize(9 * k);
        let rx = x + pad;
        const placed = reactions.map((r) => {
          const word = fill(l[r], { n: post.reactions![r]! });
          const at = rx;
          rx += 13 * k + doc.widthOfString(word) + 16 * k;
          return { r, word, at };
        });
        artifact(doc, () => placed.forEach((p) => icon(doc, p.r, p.at, ry, 9 * k)));
        figure.add(
          doc.struct('P', {}, () => {
            doc
              .font(FONT.sans)
              .fontSize(9 * k)
              .fillColor(MUTED);
            for (const p of placed) doc.text(p.word, p.at + 13 * k, ry - 0.5 * k, { lineBreak: false });
          }),
        );
        cursor += reactionsHeight;
      }
      if (replies.length) cursor += 6 * k;
      for (const { reply, height: h } of replies) {
        avatar(doc, reply.author, x + pad, cursor + 2 * k, replyAvatar);
        artifact(doc, () => {
          doc
            .roundedRect(x + bubbleX, cursor, bubbleWidth, h, 7 * k)
            .fillColor(BUBBLE)
            .fill();
        });
        figure.add(
          doc.struct('P', {}, () => {
            doc.fillColor('black');
            writeCaseText(doc, reply.author, x + bubbleX + bubblePad, cursor + bubblePad, {
              font: FONT.sansBold,
              size: 9.2 * k,
              width: replyOptions.width,
              oneLine: true,
              where,
            });
            writeCaseText(doc, reply.text, x + bubbleX + bubblePad, cursor + bubblePad + 12 * k, replyOptions);
          }),
        );
        cursor += h + 6 * k;
      }
      figure.end();
      doc.fillColor('black');
    },
  };
}
