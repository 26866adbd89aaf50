// What the aggregated tables (activities, funding, membership) need of each article, kept for
// the whole corpus in little memory: an article's place, themes and date are a record shared by
// every article with the same ones, and repeated strings (codes, kinds) are stored once.
import type { FactFields } from './dataset-types.ts';
import type { ActivityInput } from './aggregate-activities.ts';

type Shape = Omit<ActivityInput, 'id'>;

export class DatasetTables {
  private readonly ids: string[] = [];
  private readonly shapes: Shape[] = [];
  private readonly shapeByKey = new Map<string, Shape>();
  private readonly strings = new Map<string, string>();
  private readonly provinceCodes = new Set<string>();
  /** Funding and membership facts, in article then figure order. */
  readonly facts: FactFields[] = [];

  add(id: string, activity: Shape, facts: readonly FactFields[]): void {
    const key = JSON.stringify([activity.scope, activity.provinceCode, activity.themes, activity.year, activity.month]);
    let shape = this.shapeByKey.get(key);
    if (shape === undefined) {
      const made: Shape = { ...activity, themes: activity.themes.map((t) => this.intern(t)) };
      this.shapeByKey.set(key, made);
      shape = made;
    }
    this.ids.push(id);
    this.shapes.push(shape);
    if (activity.provinceCode !== null) this.provinceCodes.add(activity.provinceCode);
    for (const f of facts) {
      const slim: FactFields = { ...f, articleId: id, provinceCode: f.provinceCode === null ? null : this.intern(f.provinceCode) };
      for (const k of ['scope', 'kind', 'qualifier', 'category', 'period'] as const) {
        const v = slim[k];
        if (typeof v === 'string') (slim as unknown as Record<string, string>)[k] = this.intern(v);
      }
      this.facts.push(slim);
    }
  }

  /** Distinct attributed provinces seen. */
  get provinces(): number {
    return this.provinceCodes.size;
  }

  /** The activity rows' input, one per article in order, made as they are taken. */
  *rows(): Generator<ActivityInput> {
    for (let i = 0; i < this.ids.length; i++) yield { id: this.ids[i]!, ...this.shapes[i]! };
  }

  private intern<T extends string>(s: T): T {
    const known = this.strings.get(s);
    if (known !== undefined) return known as T;
    this.strings.set(s, s);
    return s;
  }
}
