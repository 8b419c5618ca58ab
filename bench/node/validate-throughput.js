'use strict';
// asl-validator's throughput on a folder of definitions, in one process: node validate-throughput.js DIR
// Each definition is parsed from its text and validated with the default options (paths and ARNs checked), as
// the asl-validator CLI does per file; file reading and process start are outside the timed loop.
const fs = require('fs');
const path = require('path');
const validator = require('asl-validator');
const { timeRounds } = require('./round-timer');

async function main() {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(dir)) {
    console.error('usage: node validate-throughput.js DIR (a folder of *.json definitions)');
    process.exit(2);
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);

  let valid = 0;
  const rejected = [];
  texts.forEach((text, i) => {
    const result = validator(JSON.parse(text));
    if (result.isValid) valid++;
    else rejected.push(`${files[i]}: ${JSON.stringify(result.errors.slice(0, 2))}`);
  });
  // asl-validator adds QueryLanguage to the parsed object, so every round parses the text again.
  const times = await timeRounds(() => {
    let errors = 0;
    for (const text of texts) errors += validator(JSON.parse(text)).errors.length;
    return errors;
  });
  const perSecond = texts.length / times.median;
  const megabytes = bytes / 1024 / 1024 / times.median;
  const perCpuSecond = texts.length / times.cpuSecondsPerRound;
  console.error(`asl-validator, in process: ${texts.length} definitions, ${valid} valid`);
  for (const line of rejected.slice(0, 5)) console.error(`  rejected ${line}`);
  console.error(`  ${times.rounds} rounds, median ${(times.median * 1000).toFixed(1)} ms per round: ${perSecond.toFixed(1)} definitions/s, ${megabytes.toFixed(2)} MB/s; ${perCpuSecond.toFixed(1)} definitions per CPU second`);
  console.log(JSON.stringify({
    tool: 'asl-validator', definitions: texts.length, bytes, valid, rounds: times.rounds,
    medianRoundSeconds: times.median, definitionsPerSecond: perSecond, megabytesPerSecond: megabytes,
    cpuSecondsPerRound: times.cpuSecondsPerRound, definitionsPerCpuSecond: perCpuSecond,
  }));
}

main().catch((e) => { console.error(e); process.exit(1); });
