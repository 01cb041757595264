/**
 * One breakdown (a segment column) as every page draws it: the segments' sizes over the whole data
 * set, which are shown by name (the shared settings' largest N or picked ones; the rest folded into
 * "(other)"), and their colours, the same on every page for the same column.
 */
import type { Engine } from '../engine/types';
import {
  groupSizes,
  keepList,
  rankSegments,
  segmentOrder,
  shownSegments,
  type SegmentSize,
} from '../analysis/segmentGroups';
import { buildSegmentSizesSql } from '../analysis/segments';
import { breakdownColours } from '../charts/breakdownColours';
import { QueryResource } from './query.svelte';
import { settings } from './settings.svelte';

/** The table and column a breakdown reads. */
export interface BreakdownSource {
  table: 'customers' | 'subscriptions' | 'tenure';
  column: string;
}

export class Breakdown {
  readonly sizes: QueryResource<SegmentSize>;
  #sql = $derived.by(() => {
    const s = this.source();
    return s ? buildSegmentSizesSql(s.table, s.column) : null;
  });
  /** Every value, largest first; null while loading (or without a breakdown). */
  readonly ranked = $derived.by(() =>
    this.sizes.rows && this.#sql && this.sizes.sql === this.#sql ? rankSegments(this.sizes.rows) : null,
  );
  /** The values drawn by name. */
  readonly shown = $derived(this.ranked ? shownSegments(this.ranked, settings.segments) : []);
  /** The values SQL keeps by name (null: all of them; nothing is folded). */
  readonly keep = $derived(this.ranked ? keepList(this.ranked, this.shown) : null);
  readonly colours = $derived(
    breakdownColours(
      (this.ranked ?? []).map((s) => s.value),
      this.shown,
    ),
  );
  /** Shown segments with their sizes, and "(other)" with the rest. */
  readonly groups = $derived(this.ranked ? groupSizes(this.ranked, this.shown) : []);
  /** Shown first by size, "(other)" last. */
  readonly order = $derived(segmentOrder(this.ranked ?? []));
  /** True once the sizes of the current column are known, or when there is no breakdown. */
  readonly ready = $derived.by(() => this.source() === null || this.ranked !== null);

  /** Create during component initialisation (it owns a query). */
  constructor(
    engine: () => Promise<Engine>,
    private readonly source: () => BreakdownSource | null,
    version: () => unknown,
  ) {
    this.sizes = new QueryResource<SegmentSize>(engine, () => (void version(), this.#sql), 'segment-sizes');
  }
}
