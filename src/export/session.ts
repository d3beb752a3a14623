// After-build exports for one command run: one LibreOffice session, PDF / handout / preview per deck, failures reported and counted.
import { EXIT, isBriefdeckError, type Problem } from '../errors.js';
import { shownPath as shown } from '../shared/paths.js';
import { openOffice, type Office, type OfficeOptions } from './office.js';
import { writeHandoutPdf, writeSlidesPdf } from './pdf.js';
import { writePreview } from './preview.js';
import type { SheetBanner } from './sheet.js';

export interface ExportRequest {
  pdf?: boolean; // DIR/NAME.pdf
  handout?: boolean; // DIR/NAME-notes.pdf
  preview?: boolean; // DIR/NAME/slide-NN.png and DIR/NAME.png
}

/** What the build wrote: the .pptx path and the deck (bytes, slide titles). */
export interface WrittenDeck {
  output: string;
  deck: { bytes: Uint8Array; slides: { title: string }[]; banner?: SheetBanner };
}

export interface Exporter {
  /** Writes the requested files for a deck that is already on disk; never throws a BriefdeckError. */
  afterBuild(written: WrittenDeck): Promise<void>;
  /** Ends the LibreOffice session; returns EXIT.ok, or the exit code of the worst failure. */
  close(): Promise<number>;
}

/** Where the session reports (the command prints): a status line per file written, the problems of a failed step. */
export interface ExportReport {
  info(line: string): void;
  problems(problems: Problem[]): void;
}

function wantedFiles(request: ExportRequest): string {
  const names = [request.pdf && 'the PDF', request.handout && 'the notes handout', request.preview && 'the slide pictures'].filter(Boolean);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : String(names[0] ?? '');
}

type Step = (label: string, make: () => Promise<string | void>) => Promise<void>;

/** The requested files for one deck, each as a step that reports its own line or failure. */
async function writeRequested(lo: Office, { output, deck }: WrittenDeck, request: ExportRequest, step: Step): Promise<void> {
  const stem = output.replace(/\.pptx$/i, '');
  let pdfWritten = false;
  if (request.pdf)
    await step(`${stem}.pdf`, async () => {
      await writeSlidesPdf(lo, deck.bytes, `${stem}.pdf`);
      pdfWritten = true;
    });
  if (request.handout) await step(`${stem}-notes.pdf`, () => writeHandoutPdf(lo, deck.bytes, `${stem}-notes.pdf`));
  if (!request.preview) return;
  await step(`${stem}.png`, async () => {
    const titles = deck.slides.map((s) => s.title);
    const result = await writePreview(lo, { bytes: deck.bytes, titles, banner: deck.banner }, output, pdfWritten ? `${stem}.pdf` : undefined);
    return `contact sheet ${result.layout.columns} × ${result.layout.rows}, ${result.pictures.length} slide pictures in ${shown(stem)}/`;
  });
}

export function createExporter(request: ExportRequest, report: ExportReport, options: OfficeOptions = {}): Exporter {
  const wanted = wantedFiles(request);
  let office: Office | undefined;
  let unavailable = false; // reported once, not once per deck
  let code: number = EXIT.ok;
  const fail = (e: unknown) => {
    if (!isBriefdeckError(e)) throw e;
    report.problems(e.problems);
    code = Math.max(code, e.exitCode);
  };
  const session = async () => {
    if (!office && !unavailable) {
      try {
        office = await openOffice(wanted, options);
      } catch (e) {
        unavailable = true;
        fail(e);
      }
    }
    return office;
  };
  const step: Step = async (label, make) => {
    const started = performance.now();
    try {
      const detail = await make();
      report.info(`${shown(label)}  ${detail ? `${detail}  ` : ''}${((performance.now() - started) / 1000).toFixed(2)} s`);
    } catch (e) {
      fail(e);
    }
  };
  return {
    async afterBuild(written) {
      if (!wanted) return;
      const lo = await session();
      if (lo) await writeRequested(lo, written, request, step);
    },
    async close() {
      await office?.close();
      return code;
    },
  };
}
