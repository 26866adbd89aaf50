// --corrections FILE: a team's shared corrections and imported articles (docs/DATA.md,
// "Corrections file"), read once and applied to each article before it is written.
import { readFile } from 'node:fs/promises';
import type { ExtractedArticle, Warning } from '../core/types.ts';
import { CorrectionRun, describeProblem } from '../core/corrections.ts';
import { parseCorrectionsFile } from '../core/corrections-file.ts';
import { getGazetteer } from '../core/gazetteer.ts';

/** The corrections of one file, ready to apply to the corpus's articles as they stream by. */
export interface CorrectionsInput {
  /** Problems with the file's entries (each left out). */
  warnings: Warning[];
  /** A corpus article, corrected when the file names it. */
  apply(a: ExtractedArticle): ExtractedArticle;
  /** After the corpus: the imported articles to add (corrected), and what could not be applied. */
  finish(): { articles: ExtractedArticle[]; warnings: Warning[] };
}

/** Reads and checks the file; throws when it cannot be read or is not a corrections file. */
export async function readCorrections(path: string): Promise<CorrectionsInput> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new Error(`--corrections ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  let parsed: ReturnType<typeof parseCorrectionsFile>;
  try {
    parsed = parseCorrectionsFile(json);
  } catch (e) {
    throw new Error(`--corrections ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const { file, problems } = parsed;
  // The articles' own province names are the gazetteer's full ones (浙江省); corrections match them.
  const run = new CorrectionRun(file.corrections, { provinceName: (code) => getGazetteer().findProvince(code)?.name ?? null });
  const corpusIds = new Set<string>();
  const warn = (message: string): Warning => ({ file: path, message });
  return {
    warnings: problems.map(warn),
    apply(a) {
      corpusIds.add(a.id);
      return run.apply(a);
    },
    finish() {
      const warnings: Warning[] = [];
      const articles: ExtractedArticle[] = [];
      for (const a of file.imported) {
        if (corpusIds.has(a.id)) {
          warnings.push(warn(`imported article ${a.id} is already in the corpus; left out`));
          continue;
        }
        corpusIds.add(a.id);
        articles.push(run.apply(a));
      }
      for (const p of run.finish()) warnings.push(warn(describeProblem(p)));
      return { articles, warnings };
    },
  };
}
