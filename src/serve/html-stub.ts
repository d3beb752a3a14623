// THROWAWAY stub of h1's HTML renderer (src/html/), deleted at the merge of branch h1.
import type { Slide } from '../slides/model.js';

export interface HtmlSlide {
  html: string;
  title: string;
  notesHtml: string;
}
export interface HtmlDeck {
  size: { w: number; h: number };
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  css: string;
  slides: HtmlSlide[];
}

const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function stubDeckHtml(slides: Slide[], title: string): HtmlDeck {
  return {
    size: { w: 13.333, h: 7.5 },
    lang: 'en-GB',
    dir: 'ltr',
    title,
    css: '.slide{width:13.333in;height:7.5in;background:#fff;position:relative;overflow:hidden;font-family:Carlito,sans-serif;box-sizing:border-box;padding:0.5in}.slide h2{font-size:32pt;margin:0 0 .3in}.line{display:block;font-size:20pt}',
    slides: slides.map((slide, i) => {
      const body = (slide.placed ?? []).flatMap((p) =>
        p.block.kind === 'text' ? p.block.paragraphs.map((para) => `<span class="line">${esc(para.runs.map((r) => r.text).join(''))}</span>`) : [],
      );
      return {
        html: `<section class="slide" data-n="${i + 1}"><h2>${esc(slide.title)}</h2>${body.join('')}</section>`,
        title: slide.title,
        notesHtml: esc(slide.notes).replace(/\n/g, '<br>'),
      };
    }),
  };
}
