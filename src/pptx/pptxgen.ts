// The one place pptxgenjs is imported: its CommonJS-style typings need a cast under NodeNext ESM.
import pptxgenModule from 'pptxgenjs';
import type * as P from 'pptxgenjs';

export type Presentation = P.default;
export type PptxSlide = P.default.Slide;
export type TextProps = P.default.TextPropsOptions;
export type TextRun = P.default.TextProps;
export type TableCell = P.default.TableCell;
export type MasterProps = P.default.SlideMasterProps;

const PresentationClass = pptxgenModule as unknown as new () => Presentation;

export function createPresentation(): Presentation {
  return new PresentationClass();
}
