'use strict';
// aws-local-stepfunctions' throughput on one machine and input: node execute-throughput.js MACHINE INPUT
// Runs batches of BENCH_BATCH executions (default 200) through one StateMachine instance, one after the other and
// all started at once, and prints executions/s and the output of one execution.

// aws-local-stepfunctions 3.0.0 wants Node 22; on Node 20 its Task states call the missing Promise.withResolvers.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const fs = require('fs');
const { StateMachine } = require('aws-local-stepfunctions');
const { timeRounds } = require('./round-timer');

async function main() {
  const [machinePath, inputPath] = process.argv.slice(2);
  if (!machinePath || !inputPath) {
    console.error('usage: node execute-throughput.js MACHINE INPUT');
    process.exit(2);
  }
  const definition = JSON.parse(fs.readFileSync(machinePath, 'utf8'));
  const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
  const batch = Number.parseInt(process.env.BENCH_BATCH ?? '', 10) > 0 ? Number.parseInt(process.env.BENCH_BATCH, 10) : 200;

  // The constructor validates the definition (asl-validator): done once, outside the timed loop.
  const machine = new StateMachine(definition);
  const runOne = () => machine.run(input).result;
  const output = await runOne();

  const sequential = await timeRounds(async () => {
    for (let i = 0; i < batch; i++) await runOne();
  });
  const concurrent = await timeRounds(() => Promise.all(Array.from({ length: batch }, runOne)));

  const sequentialRate = batch / sequential.median;
  const concurrentRate = batch / concurrent.median;
  console.error(`aws-local-stepfunctions, in process: batches of ${batch}`);
  console.error(`  one at a time: ${sequentialRate.toFixed(0)} executions/s, ${(batch / sequential.cpuSecondsPerRound).toFixed(0)} executions per CPU second (${sequential.rounds} rounds)`);
  console.error(`  all at once:   ${concurrentRate.toFixed(0)} executions/s, ${(batch / concurrent.cpuSecondsPerRound).toFixed(0)} executions per CPU second (${concurrent.rounds} rounds)`);
  console.log(JSON.stringify({
    tool: 'aws-local-stepfunctions', batch,
    sequentialExecutionsPerSecond: sequentialRate, concurrentExecutionsPerSecond: concurrentRate,
    sequentialExecutionsPerCpuSecond: batch / sequential.cpuSecondsPerRound,
    concurrentExecutionsPerCpuSecond: batch / concurrent.cpuSecondsPerRound,
    output,
  }));
}

main().catch((e) => { console.error(e); process.exit(1); });
