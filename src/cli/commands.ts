import type { Engine } from '../lib/engine/types';
import type { DatasetInfo } from '../lib/ingest/load';
import type { ParsedArgs } from './args';
import { summary } from './summary';
import { cohorts } from './cohorts';
import { churn } from './churn';
import { survival } from './survival';
import { clv } from './clv';
import { rfm } from './rfm';
import { value } from './value';
import { exportOccasions } from './exportOccasions';
import { drivers } from './drivers';

/** One CLI command: its own value options, how it computes its JSON, and how it prints as text. */
export interface Command<R = unknown> {
  options: string[];
  run(engine: Engine, info: DatasetInfo, args: ParsedArgs): Promise<R>;
  text(result: R): string;
}

export const COMMANDS: Record<string, Command<never>> = {
  summary: summary as Command<never>,
  cohorts: cohorts as Command<never>,
  churn: churn as Command<never>,
  survival: survival as Command<never>,
  clv: clv as Command<never>,
  rfm: rfm as Command<never>,
  value: value as Command<never>,
  'export-occasions': exportOccasions as Command<never>,
  drivers: drivers as Command<never>,
};
