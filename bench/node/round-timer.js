'use strict';
// Times a workload the way the Asl side does (bench/Asl.Benchmarks/Compare/RoundTimer.cs): rounds of the whole
// workload, first for a warm-up period, then for a measured period (at least 3 rounds); the wall-clock figure is the
// median round, and the process's CPU time (every thread) over the measured rounds gives CPU seconds per round.

function seconds(variable, fallback) {
  const value = Number.parseFloat(process.env[variable] ?? '');
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

async function timeRounds(round, minimumRounds = 3) {
  const warmup = seconds('BENCH_WARMUP_SECONDS', 3);
  const measured = seconds('BENCH_SECONDS', 10);
  const now = () => Number(process.hrtime.bigint()) / 1e9;
  let start = now();
  while (now() - start < warmup) await round();
  const times = [];
  const cpuBefore = process.cpuUsage();
  start = now();
  while (now() - start < measured || times.length < minimumRounds) {
    const begin = now();
    await round();
    times.push(now() - begin);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSecondsPerRound = (cpu.user + cpu.system) / 1e6 / times.length;
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { rounds: times.length, median, best: sorted[0], cpuSecondsPerRound };
}

module.exports = { timeRounds };
