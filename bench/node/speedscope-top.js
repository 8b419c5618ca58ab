'use strict';
// Summarises a speedscope profile (BenchmarkDotNet's EventPipeProfiler writes one with --profiler EP):
//   node speedscope-top.js FILE.speedscope.json [COUNT] [FILTER]
// prints the frames with the most self time and the most inclusive time over every thread. FILTER (a substring)
// keeps only frames whose name contains it in the inclusive list (for example "Asl.").
const fs = require('fs');

const [file, countText, filter] = process.argv.slice(2);
if (!file) {
  console.error('usage: node speedscope-top.js FILE.speedscope.json [COUNT] [FILTER]');
  process.exit(2);
}
const count = Number.parseInt(countText ?? '25', 10);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const frames = profile.shared.frames.map((f) => f.name);
const pseudo = new Set(['CPU_TIME', 'UNMANAGED_CODE_TIME']);
const self = new Float64Array(frames.length);
const total = new Float64Array(frames.length);
let all = 0;

for (const thread of profile.profiles) {
  if (thread.type !== 'evented') continue;
  const stack = [];
  const open = new Map(); // frame -> depth of its outermost open, so recursion is counted once
  let last = thread.startValue;
  for (const event of thread.events) {
    const owner = selfOwner(stack);
    if (owner >= 0) self[owner] += event.at - last;
    last = event.at;
    if (event.type === 'O') {
      stack.push({ frame: event.frame, at: event.at });
      if (!open.has(event.frame)) open.set(event.frame, stack.length);
    } else {
      const top = stack.pop();
      if (open.get(top.frame) === stack.length + 1) {
        total[top.frame] += event.at - top.at;
        open.delete(top.frame);
      }
    }
  }
  all += thread.endValue - thread.startValue;
}

// The exporter ends each sampled stack in a pseudo frame (CPU_TIME, UNMANAGED_CODE_TIME), and a thread the
// sampler stopped at a GC poll shows Thread.PollGC on top: the self time belongs to the real frame under them.
function selfOwner(stack) {
  for (let i = stack.length - 1; i >= 0; i--) if (!isPseudo(frames[stack[i].frame])) return stack[i].frame;
  return -1;
}

function isPseudo(name) {
  return pseudo.has(name) || name.includes('System.Threading.Thread.<PollGC>') || name.includes('System.Threading.Thread.PollGC');
}

function print(title, values, keep) {
  console.log(`${title} (ms, % of ${all.toFixed(0)} ms over all threads)`);
  const order = [...values.keys()].filter((i) => keep(frames[i])).sort((a, b) => values[b] - values[a]).slice(0, count);
  for (const i of order) console.log(`${values[i].toFixed(0).padStart(9)} ${(100 * values[i] / all).toFixed(1).padStart(5)}%  ${frames[i]}`);
}

print('Self time', self, () => true);
console.log();
print('Inclusive time', total, (name) => !filter || name.includes(filter));
