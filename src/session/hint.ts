// A hint before a choice (DESIGN §4b): what to notice now in the room, read from the model, and
// never which option to pick. Training simulators that teach tie feedback to what the trainee can
// see (the CARE study; Kognito's coach); this says what a supervisor would point at.
import { FLOODING_HEART_RATE } from '../sim/parameters.ts';
import type { PartnerReading } from '../sim/simulation.ts';
import type { ScenarioManifest } from '../story/manifest.ts';
import type { Session, Step } from './session.ts';

/** Minutes left of the hour below which the clock is worth noticing. */
export const CLOCK_HINT_MINUTES = 15;
/** At most this many things to notice at once: a hint is a glance, not a lecture. */
const MAX_NOTICES = 2;

interface Notice {
  /** Higher first. */
  weight: number;
  text: string;
}

const bpm = (p: PartnerReading) => `${Math.round(p.heartRate)} bpm`;

function nameOf(manifest: ScenarioManifest, id: string, player: string): string {
  if (id === player) return 'You';
  return manifest.partners.find((p) => p.id === id)?.name ?? id;
}

/** What a partner's body and stance say, if anything is worth noticing. */
function partnerNotice(name: string, you: boolean, p: PartnerReading): Notice | null {
  const is = you ? 'are' : 'is';
  const their = you ? 'your' : `${name}'s`;
  if (p.state === 'flooded' || (p.state === 'cooling' && p.heartRate > FLOODING_HEART_RATE)) {
    return {
      weight: 100 + p.heartRate,
      text: `${you ? 'Your' : `${name}'s`} heart rate is ${bpm(p)}: over the flooding line, little gets in and little good comes out.`,
    };
  }
  if (p.state === 'cooling') {
    return {
      weight: 90,
      text: `${name} ${is} still cooling down (${bpm(p)}): inside the twenty minutes, talk can flood ${you ? 'you' : 'them'} again.`,
    };
  }
  if (p.stance === 'stonewalling') {
    return {
      weight: 80,
      text: `${name} ${is} stonewalling: impassive outside, ${their} heart at ${bpm(p)} inside.`,
    };
  }
  if (p.state === 'escalated') {
    return {
      weight: 70 + p.heartRate / 10,
      text: `${name} ${is} escalated (${bpm(p)}), close to the line: what is said now lands on a hot body.`,
    };
  }
  if (p.stance === 'cold') {
    return {
      weight: 60,
      text: `${name} ${you ? 'have' : 'has'} gone cold: a pursuer who has stopped reaching is not a pursuer who has stopped caring.`,
    };
  }
  return null;
}

/** The misread of the last exchange, if there was one: a warm move heard as a charge. */
function misreadNotice(manifest: ScenarioManifest, player: string, steps: readonly Step[]): Notice | null {
  for (let i = steps.length - 1; i >= 0 && steps[i].kind === 'line'; i--) {
    const step = steps[i];
    const heardBy = Object.entries(step.snapshot.partners).find(([, p]) => p.reception === 'misread')?.[0];
    if (heardBy && step.move) {
      return {
        weight: 85,
        text: `${nameOf(manifest, heardBy, player)} heard ${step.move.by === player ? 'your' : `${nameOf(manifest, step.move.by, player)}'s`} last words as a charge, though they were meant warmly.`,
      };
    }
  }
  return null;
}

/** What to notice at the choice on offer; empty once the story has ended. */
export function hintFor(session: Session): string[] {
  if (session.ended) return [];
  const { manifest, player, snapshot, steps } = session;
  const notices: Notice[] = [];
  for (const [id, p] of Object.entries(snapshot.partners)) {
    const notice = partnerNotice(nameOf(manifest, id, player), id === player, p);
    if (notice) notices.push(notice);
  }
  const misread = misreadNotice(manifest, player, steps);
  if (misread) notices.push(misread);
  const left = session.minutesLeft;
  if (left !== null && left <= CLOCK_HINT_MINUTES) {
    notices.push({ weight: 95, text: `${left} minutes of the hour are left.` });
  }
  if (notices.length === 0) {
    const hearts = Object.entries(snapshot.partners)
      .map(([id, p]) => `${id === player ? 'you' : nameOf(manifest, id, player)} ${bpm(p)}`)
      .join(', ');
    const trend = snapshot.cycle.trend === 'steady' ? '' : `, and the circle is ${snapshot.cycle.trend}`;
    notices.push({
      weight: 0,
      text: `Nobody is near the flooding line (${hearts})${trend}: a window where words can land.`,
    });
  }
  return notices
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_NOTICES)
    .map((n) => n.text);
}
