// Adds messages and sections of the brief's own to a seeded random brief, drawing on the same generator after the brief is made.

export interface Draw {
  rand: () => number;
  int: (min: number, max: number) => number;
  sentence: (min: number, max: number, extras?: ('emoji' | 'special' | 'latin' | 'accented')[]) => string;
  /** Records some phrases of a text to be found on the slides; returns the text. */
  remember: (text: string) => string;
}

const PLACES = ['title', 'summary', 'participants', 'topics', 'background', 'takeaways', undefined] as const;

/**
 * Table cells: no emoji (pdftotext joins a full cell line with the next column's on the same baseline, and an emoji's
 * taller box then overlaps that column's next line: a false "text drawn over other text"); only cells short enough
 * for one line are phrases to find (pdftotext reads a wrapped cell interleaved with its neighbours).
 */
const CELL_EXTRAS: ('special' | 'latin' | 'accented')[] = ['special', 'latin', 'accented'];

/** Messages on some topics, and up to four sections (points, a table of up to 30 rows, or both) at random places. */
export function addOwnSections(brief: Record<string, unknown>, { rand, int, sentence, remember }: Draw): void {
  for (const topic of brief.topics as Record<string, unknown>[]) if (rand() < 0.3) topic.message = remember(sentence(3, 25));
  const count = rand() < 0.85 ? int(1, 4) : 0;
  if (!count) return;
  const cell = (text: string) => (text.split(' ').length <= 3 ? remember(text) : text);
  brief.sections = Array.from({ length: count }, () => {
    const columns = Array.from({ length: int(2, 4) }, () => sentence(1, 3).slice(0, -1));
    const withTable = rand() < 0.5;
    const after = PLACES[int(0, PLACES.length - 1)];
    return {
      title: sentence(1, 6).slice(0, -1),
      ...(after ? { after } : {}),
      ...(rand() < 0.5 ? { message: remember(sentence(3, 20)) } : {}),
      ...(!withTable || rand() < 0.4 ? { points: Array.from({ length: int(1, 8) }, () => remember(sentence(3, 30))) } : {}),
      ...(withTable
        ? {
            table: {
              columns,
              rows: Array.from({ length: rand() < 0.3 ? int(12, 30) : int(1, 6) }, () => columns.map(() => cell(sentence(1, 12, CELL_EXTRAS).slice(0, -1)))),
            },
          }
        : {}),
    };
  });
}
