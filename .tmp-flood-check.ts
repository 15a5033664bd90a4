// temp exhaustive checker (deleted after)
import { loadScenario } from './src/cli/scenarios.ts';
import { Session, type Step } from './src/session/session.ts';
import { DEFAULT_BREAK_MINUTES } from './src/sim/parameters.ts';
const WARM = ['turn_toward','validate','own_part','appreciate','share_vulnerable','humor','bid','soft_startup','repair','ask_closeness'];
const scenario = loadScenario('kara-and-jake');
const mode = process.argv[2] ?? 'counselor';
const viol = new Map<string, {count:number, choices:number[]}>();
const endBad = new Map<string, {count:number, choices:number[]}>();
let paths = 0;
const add = (m: Map<string,{count:number,choices:number[]}>, k: string, ch: number[]) => { const e = m.get(k); if (e) e.count++; else m.set(k, {count:1, choices:[...ch]}); };
function check(s: Session, ch: number[]) {
  paths++;
  const steps = s.steps;
  steps.forEach((step, i) => {
    if (step.kind !== 'line' || !step.move || i === 0) return;
    const before = steps[i-1].snapshot.partners[step.move.by];
    if (before?.state === 'flooded' && WARM.includes(step.move.type)) add(viol, `${step.move.by}.${step.move.type}: ${step.text}`, ch);
  });
  const last = steps[steps.length-1].snapshot;
  if (s.ending === 'reconnected' && Object.values(last.partners).some(p => p.state === 'flooded')) add(endBad, 'reconnected with flooded', ch);
  const mins = steps.filter(x => x.move && (x.move.type==='take_break'||x.move.type==='time_out')).map(x => x.move!.minutes ?? DEFAULT_BREAK_MINUTES);
  if (s.ending === 'break_and_return' && Math.max(0, ...mins) < 20) add(endBad, 'break_and_return without 20', ch);
  if (s.ending === 'walked_out' && !steps.some(x => Object.values(x.snapshot.partners).some(p => p.state === 'flooded'))) add(endBad, 'walked_out without flood', ch);
  if (!s.ending) add(endBad, 'no ending', ch);
}
function walk(s: Session, ch: number[]) {
  if (s.ended) { check(s, ch); return; }
  const k = s.checkpoints.length - 1;
  const n = s.choices.length;
  for (let c = 1; c <= n; c++) {
    const t = c === n ? s : s.rewindTo(k);
    t.choose(c);
    walk(t, [...ch, c]);
  }
}
walk(Session.start({ ...scenario, mode }), []);
console.log('paths', paths);
for (const [k, v] of viol) console.log('FLOOD', v.count, JSON.stringify(v.choices), k);
for (const [k, v] of endBad) console.log('END', v.count, JSON.stringify(v.choices), k);
