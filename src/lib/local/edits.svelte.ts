// The reader's own articles and corrections. Every change is stored first (its IndexedDB
// transaction committed) and shown after; each one pushes its inverse on an undo stack.
import { untrack } from 'svelte';
import type { ArticleIndexRow, ArticleText, FigureFact } from '../../../data-prep/core/dataset-types.ts';
import type { ExtractedArticle } from '../../../data-prep/core/types.ts';
import type { ArticleCorrection } from '../../../data-prep/core/corrections.ts';
import { textHash } from '../../../data-prep/core/corrections.ts';
import { articleText, indexRow } from '../../../data-prep/core/aggregate-index.ts';
import { figureFacts } from '../../../data-prep/core/aggregate-facts.ts';
import type { CacheDb, CorrectionRecord, ImportedRecord } from '../data/db.ts';
import { provinceName } from '../geo/provinces.ts';
import { commitChange, readLocal, type LocalChange } from './store.ts';
import { IMPORTED_CHUNK, mergeLocal, type CorrectionState, type LoadedText } from './merge.ts';
import type { Tables } from '../data/tables.ts';

/** What an undo would take back, for the button's label. */
export type ChangeLabel =
  | { kind: 'import'; count: number }
  | { kind: 'remove'; count: number }
  | { kind: 'correct'; title: string }
  | { kind: 'uncorrect'; title: string };

interface UndoEntry {
  label: ChangeLabel;
  inverse: LocalChange;
}

/** Loads an article's text by id and chunk (the dashboard's TextStore). */
export interface TextSource {
  get(id: string, chunk: number): Promise<ArticleText>;
}

// Corrected index rows carry the province's name as the dashboard shows it; the prep fills in
// the gazetteer's full name when it applies the same correction.
const OPTS = { provinceName: (code: string) => provinceName(code, 'zh') };

export class LocalEdits {
  imported = $state.raw<ImportedRecord[]>([]);
  corrections = $state.raw<ReadonlyMap<string, CorrectionRecord>>(new Map());
  /**
   * Built articles' texts, once loaded: their hash (a correction applies only when it matches)
   * and their figures' quotes (which a figure fix is matched against).
   */
  texts = $state.raw<ReadonlyMap<string, LoadedText>>(new Map());
  base = $state.raw<Tables | null>(null);
  undoStack = $state.raw<UndoEntry[]>([]);
  /** False without a usable IndexedDB: changes then last for this visit only. */
  persistent = $state(false);
  #db: CacheDb | null = null;
  // Changes run one after another, each on the state the previous one left.
  #queue: Promise<unknown> = Promise.resolve();
  #stored: { db: CacheDb; read: ReturnType<typeof readLocal> } | null = null;

  // The loaded texts a merge looks at: those of corrected articles. Keyed by their hashes, so
  // opening another article (which notes its text) does not merge, and redraw, everything again.
  readonly #textsKey = $derived([...this.corrections.keys()].map((id) => `${id} ${this.texts.get(id)?.hash ?? ''}`).join('\n'));
  readonly #correctedTexts = $derived.by(() => {
    void this.#textsKey;
    return untrack(() => new Map([...this.texts].filter(([id]) => this.corrections.has(id))));
  });
  readonly merged = $derived.by(() =>
    this.base
      ? mergeLocal({ base: this.base, imported: this.imported.map((r) => r.article), corrections: this.corrections, texts: this.#correctedTexts }, OPTS)
      : null,
  );
  readonly importedIds = $derived(new Set(this.imported.map((r) => r.id)));
  readonly lastChange = $derived(this.undoStack.at(-1)?.label ?? null);

  /**
   * Reads what is stored, then checks built articles' corrections against their texts. Resolves
   * when the checks are done or after `waitMs`, whichever is first; late checks still apply.
   */
  /** Starts reading what is stored (as soon as the cache is open, while the datasets load). */
  read(db: CacheDb): void {
    if (this.#stored?.db === db) return;
    const read = readLocal(db);
    // A failure is open()'s to report, whenever it is awaited there.
    read.catch(() => undefined);
    this.#stored = { db, read };
  }

  async open(db: CacheDb | null, base: Tables, texts: TextSource, waitMs = 3000): Promise<void> {
    this.#db = db;
    this.persistent = db !== null;
    this.base = base;
    if (db) {
      this.read(db);
      const stored = await this.#stored!.read;
      this.imported = stored.imported;
      this.corrections = new Map(stored.corrections.map((c) => [c.articleId, c]));
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.#check(base, texts), new Promise((ok) => (timer = setTimeout(ok, waitMs)))]);
    clearTimeout(timer);
  }

  async #check(base: Tables, texts: TextSource): Promise<void> {
    for (const id of this.corrections.keys()) {
      const i = base.articles.indexOf(id);
      if (i < 0 || this.texts.has(id)) continue;
      try {
        this.noteText(await texts.get(id, base.articles.chunk[i]!));
      } catch {
        // Offline and not cached: the correction stays pending (shown, not applied).
      }
    }
  }

  /** Records what a built article's text tells, as loaded (when it is opened). */
  noteText(text: ArticleText): void {
    const hash = textHash(text.text);
    if (this.texts.get(text.id)?.hash !== hash) this.texts = new Map(this.texts).set(text.id, { hash, figures: text.figures });
  }

  isImported(id: string): boolean {
    return this.importedIds.has(id);
  }

  /** The state of the article's correction, or null when it has none. */
  correctionState(id: string): CorrectionState | null {
    return this.merged?.states.get(id)?.state ?? null;
  }

  /**
   * An imported article's text, its figures as counted (built articles' texts come from the
   * dataset), so the figures' quotes line up with its facts.
   */
  text(id: string): ArticleText | null {
    const a = this.merged?.imported.get(id) ?? this.imported.find((r) => r.id === id)?.article;
    return a ? articleText(a) : null;
  }

  /**
   * The article as extraction left it, before any correction; for a built article, once its text
   * (which holds the figures' quotes) has been loaded.
   */
  original(id: string): { row: ArticleIndexRow; facts: FigureFact[] } | null {
    const rec = this.imported.find((r) => r.id === id);
    if (rec) return { row: indexRow(rec.article, IMPORTED_CHUNK), facts: figureFacts([rec.article]) };
    const i = this.base?.articles.indexOf(id) ?? -1;
    const loaded = this.texts.get(id);
    if (!this.base || i < 0 || !loaded) return null;
    const facts = this.base.facts.factsOf(i).map((f) => ({ ...f, quote: loaded.figures[f.index]?.quote ?? '', raw: loaded.figures[f.index]?.raw ?? '' }));
    return { row: this.base.articles.row(i), facts };
  }

  /** Stores newly imported articles; those already in the data are left out and counted. */
  addImported(articles: readonly ExtractedArticle[]): Promise<{ added: number; duplicates: number }> {
    return this.#enqueue(async () => {
      const known = new Set(this.importedIds);
      const built = (id: string) => (this.base?.articles.indexOf(id) ?? -1) >= 0;
      const at = new Date().toISOString();
      const fresh = articles.filter((a) => !built(a.id) && !known.has(a.id) && (known.add(a.id), true));
      const change: LocalChange = { imported: fresh.map((a) => [a.id, { id: a.id, article: a, importedAt: at }]), corrections: [] };
      if (fresh.length) await this.#commit(change, { kind: 'import', count: fresh.length });
      return { added: fresh.length, duplicates: articles.length - fresh.length };
    });
  }

  /** Removes imported articles, with their corrections. */
  removeImported(ids: readonly string[]): Promise<void> {
    return this.#enqueue(async () => {
      const gone = ids.filter((id) => this.importedIds.has(id));
      if (!gone.length) return;
      const change: LocalChange = {
        imported: gone.map((id) => [id, null]),
        corrections: gone.filter((id) => this.corrections.has(id)).map((id) => [id, null]),
      };
      await this.#commit(change, { kind: 'remove', count: gone.length });
    });
  }

  /** Stores the article's correction (null: back to what extraction found). */
  setCorrection(id: string, title: string, c: ArticleCorrection | null): Promise<void> {
    return this.#enqueue(async () => {
      if (!c && !this.corrections.has(id)) return;
      const rec: CorrectionRecord | null = c ? { ...c, updatedAt: new Date().toISOString() } : null;
      await this.#commit({ imported: [], corrections: [[id, rec]] }, { kind: c ? 'correct' : 'uncorrect', title });
    });
  }

  /** Takes back the last change (stored first, like any change). */
  undo(): Promise<void> {
    return this.#enqueue(async () => {
      const last = this.undoStack.at(-1);
      if (!last) return;
      await this.#write(last.inverse);
      this.undoStack = this.undoStack.slice(0, -1);
    });
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #commit(change: LocalChange, label: ChangeLabel): Promise<void> {
    const byId = new Map(this.imported.map((r) => [r.id, r]));
    const inverse: LocalChange = {
      imported: change.imported.map(([id]) => [id, byId.get(id) ?? null]),
      corrections: change.corrections.map(([id]) => [id, this.corrections.get(id) ?? null]),
    };
    await this.#write(change);
    this.undoStack = [...this.undoStack, { label, inverse }];
  }

  // Stored, then shown: a failed transaction rejects and leaves the state as it was.
  async #write(change: LocalChange): Promise<void> {
    if (this.#db) await commitChange(this.#db, change);
    if (change.imported.length) {
      const byId = new Map(this.imported.map((r) => [r.id, r]));
      for (const [id, rec] of change.imported) {
        if (rec) byId.set(id, rec);
        else byId.delete(id);
      }
      this.imported = [...byId.values()].sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
    }
    if (change.corrections.length) {
      const next = new Map(this.corrections);
      for (const [id, rec] of change.corrections) {
        if (rec) next.set(id, rec);
        else next.delete(id);
      }
      this.corrections = next;
    }
  }
}
