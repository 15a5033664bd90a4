// A run's transcript as Markdown, for supervision. Story text is escaped so it reads as text.
import { partnerNames } from '../story/manifest.ts';
import { scoreSession } from './score.ts';
import type { Session } from './session.ts';

const escape = (text: string) => text.replace(/([\\`*_{}[\]()#+!|<>~-])/g, '\\$1');

export function toMarkdownTranscript(session: Session): string {
  const { manifest } = session;
  const name = (id: string | null) =>
    id === null
      ? null
      : id === 'counselor'
        ? 'Counselor'
        : (manifest.partners.find((p) => p.id === id)?.name ?? id);
  const lines = [
    `# ${escape(manifest.title)} — ${escape(session.mode.label)}`,
    '',
    `Seed ${session.seed} · story version ${session.storyVersion}`,
    '',
  ];
  let choicePoint = -1;
  for (const step of session.steps) {
    const who = name(step.speaker);
    const partners = Object.entries(step.snapshot.partners)
      .map(([id, p]) => `${name(id)} ${p.state}, ${Math.round(p.heartRate)} bpm`)
      .join('; ');
    if (step.kind === 'choice') {
      choicePoint += 1;
      const hint = session.hints.find((n) => n.choice === choicePoint);
      const draft = session.drafts.find((n) => n.choice === choicePoint);
      if (hint) lines.push(`> _Hint asked for: ${escape(hint.text)}_`, '');
      if (draft) lines.push(`> **Drafted first:** ${escape(draft.text).replace(/\n/g, ' ')}`, '>');
      lines.push(
        `> **Choice ${choicePoint + 1} (option ${step.chosen}):** ${escape(step.text)} _(${escape(step.move?.type ?? 'no move')})_`,
        '',
      );
    } else if (step.coach) {
      lines.push(`> _Coach: ${escape(step.text)}_`, '');
    } else {
      lines.push(`${who ? `**${escape(who)}:** ` : ''}${escape(step.text)}`, '');
    }
    if (step.move) {
      lines.push(
        `_Model at minute ${step.snapshot.minutes}: ${escape(`${partners}; ${step.snapshot.cycle.stage}, ${step.snapshot.cycle.trend}`)}_`,
        '',
      );
      for (const [id, p] of Object.entries(step.snapshot.partners)) {
        if (p.reception === 'misread')
          lines.push(`_${escape(name(id) ?? id)} heard it as an attack (a misfire)._`, '');
        if (p.reception === 'let_go') lines.push(`_${escape(name(id) ?? id)} let it go._`, '');
      }
    }
  }
  const ending = session.ending ? manifest.endings[session.ending] : null;
  lines.push(`**Ending:** ${ending ? escape(ending.title) : 'none yet'}`, '');
  if (session.mode.id === 'counselor') {
    const score = scoreSession(session.steps, partnerNames(manifest));
    lines.push(
      '## Rubric',
      '',
      `Score ${score.total} / 100: fidelity ${score.fidelity}, de-escalation ${score.deescalation}, ratio ${score.ratio}, time unflooded ${score.regulation} (each of 100).`,
      '',
      '| Skill | Earned | Turns |',
      '| --- | --- | --- |',
      ...score.items.map(
        (item) =>
          `| ${escape(item.label)} (${escape(item.source)}) | ${item.earned} of ${item.max} | ${
            item.turns
              .map((t) => `choice ${t.choice + 1}: ${t.outcome === 'earned' ? '+' : '−'} ${escape(t.note)}`)
              .join('; ') || '—'
          } |`,
      ),
      '',
      `Hints asked for: ${session.hints.length}. Drafts written: ${session.drafts.length}.`,
      '',
    );
  }
  return lines.join('\n');
}
