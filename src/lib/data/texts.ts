// Full texts, loaded a chunk at a time when an article is opened: from memory, then the cache,
// then the network (stored in the cache for next time when the cache is usable).
import type { ArticleText, DatasetManifest, TextChunk } from '../../../data-prep/core/dataset-types.ts';
import { textChunkFile } from '../../../data-prep/core/dataset-types.ts';
import type { CacheDb } from './db.ts';
import { readFile, storeFile } from './cache.ts';
import { type Fetch, DataFetchError, fetchFile, fileText } from './fetch.ts';
import { isTextChunk } from './validate.ts';
import { describeError } from './errors.ts';

/** Loads article texts by chunk; one request per chunk however many articles are opened. */
export class TextStore {
  readonly #chunks = new Map<number, Promise<TextChunk>>();

  constructor(
    private readonly manifest: DatasetManifest,
    private readonly db: CacheDb | null,
    private readonly fetchFn: Fetch,
    private readonly base: string,
    private readonly log: (msg: string) => void = () => {},
  ) {}

  /** The text of article `id`, which the index says is in chunk `chunk`. */
  async get(id: string, chunk: number): Promise<ArticleText> {
    let pending = this.#chunks.get(chunk);
    if (!pending) {
      pending = this.#load(chunk);
      this.#chunks.set(chunk, pending);
      // A failed load (offline) is retried on the next open.
      pending.catch(() => this.#chunks.delete(chunk));
    }
    const text = (await pending)[id];
    if (!text) throw new DataFetchError(`article ${id} is not in ${textChunkFile(chunk)}`);
    return text;
  }

  async #load(chunk: number): Promise<TextChunk> {
    const name = textChunkFile(chunk);
    const cached = this.db?.isOpen() ? await readFile(this.db, this.manifest, name).catch(() => null) : null;
    const bytes = cached ?? (await fetchFile(this.fetchFn, this.base, this.manifest, name));
    const parsed: unknown = JSON.parse(fileText(bytes));
    if (!isTextChunk(parsed)) throw new DataFetchError(`${name} has an unknown shape`);
    if (!cached && this.db?.isOpen()) {
      await storeFile(this.db, this.manifest, name, bytes).catch((e: unknown) => this.log(`text chunk not cached: ${describeError(e)}`));
    }
    return parsed;
  }
}
