'use strict';
// jsonata-js's throughput on the cases compare-jsonata evaluates: node jsonata-throughput.js CASES
// Each expression is compiled once and evaluated in rounds sized to about 10 ms, for BENCH_JSONATA_WARMUP_SECONDS and
// BENCH_JSONATA_SECONDS (defaults 1 and 2), as bench/Asl.Benchmarks/Compare/JsonAtaThroughput.cs does; prints
// evaluations/s and the output of each case.

const fs = require('fs');
const jsonata = require('jsonata');
const { timeRounds } = require('./round-timer');

async function rate(evaluate, warmup, measured) {
  let batch = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) await evaluate();
    if (Number(process.hrtime.bigint() - start) / 1e6 >= 10 || batch >= 1 << 20) break;
    batch *= 2;
  }
  process.env.BENCH_WARMUP_SECONDS = String(warmup);
  process.env.BENCH_SECONDS = String(measured);
  const times = await timeRounds(async () => {
    for (let i = 0; i < batch; i++) await evaluate();
  });
  return { perSecond: batch / times.median, perCpuSecond: batch / times.cpuSecondsPerRound };
}

async function main() {
  const [casesPath] = process.argv.slice(2);
  if (!casesPath) {
    console.error('usage: node jsonata-throughput.js CASES');
    process.exit(2);
  }
  const seconds = (name, fallback) => {
    const value = Number.parseFloat(process.env[name] ?? '');
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  const warmup = seconds('BENCH_JSONATA_WARMUP_SECONDS', 1);
  const measured = seconds('BENCH_JSONATA_SECONDS', 2);
  const cases = [];
  for (const test of JSON.parse(fs.readFileSync(casesPath, 'utf8'))) {
    const expression = jsonata(test.expr);
    const evaluate = () => expression.evaluate(test.data ?? undefined, test.bindings);
    const output = await evaluate();
    const { perSecond, perCpuSecond } = await rate(evaluate, warmup, measured);
    console.error(`  ${test.name.padEnd(34)} ${perSecond.toFixed(0).padStart(12)} evaluations/s`);
    cases.push({ name: test.name, evaluationsPerSecond: perSecond, evaluationsPerCpuSecond: perCpuSecond, output: JSON.parse(JSON.stringify(output) ?? 'null') });
  }
  console.log(JSON.stringify({ tool: 'jsonata-js 2.0.6', cases }));
}

main().catch((e) => { console.error(e); process.exit(1); });
