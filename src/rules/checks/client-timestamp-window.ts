import { defineCheck } from '../context.js';

export default defineCheck<{ pastSeconds: number; futureSeconds: number }>({
  name: 'client-timestamp-window',
  create(ctx) {
    const nowMicros = BigInt(ctx.now.getTime()) * 1000n;
    const earliest = nowMicros - BigInt(Math.round(ctx.options.pastSeconds * 1e6));
    const latest = nowMicros + BigInt(Math.round(ctx.options.futureSeconds * 1e6));
    const iso = (micros: bigint): string => {
      const ms = Number(micros / 1000n);
      return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : `${micros} µs`;
    };
    return {
      Using(node) {
        const ts = node.timestamp;
        if (ts?.kind !== 'Literal' || ts.type !== 'integer') return;
        const value = BigInt(ts.text);
        if (value >= earliest && value <= latest) return;
        ctx.report({
          at: ts,
          data: { value: ts.text, date: iso(value), now: ctx.now.toISOString(), earliest: iso(earliest), latest: iso(latest) },
        });
      },
    };
  },
});
