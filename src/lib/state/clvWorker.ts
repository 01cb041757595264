/**
 * The Web Worker that fits the lifetime-value models, so the page never freezes: it receives one
 * ClvJobInput, runs the pure model code and posts the result back (typed arrays transferred).
 */
import { runClvModels, type ClvJobInput, type ClvJobResult } from '../models/clvJob';

export type ClvWorkerReply = { ok: true; result: ClvJobResult } | { ok: false; error: string };

self.onmessage = (event: MessageEvent<ClvJobInput>) => {
  try {
    const result = runClvModels(event.data);
    const s = result.scores;
    const transfer = [s.pAlive.buffer, s.expectedPurchases.buffer, s.expectedSpend.buffer, s.clv.buffer];
    if (result.holdout) transfer.push(result.holdout.perCustomer.buffer);
    (self as unknown as Worker).postMessage({ ok: true, result } satisfies ClvWorkerReply, transfer);
  } catch (error) {
    (self as unknown as Worker).postMessage({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    } satisfies ClvWorkerReply);
  }
};
