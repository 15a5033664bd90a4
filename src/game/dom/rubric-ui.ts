// The debrief's counselor rubric and the run's transcript (DESIGN §4b). Each rubric item lists the
// turns that earned or lost it, each with a way back to that choice to try again; the transcript
// shows the hint asked for and the line drafted beside the option chosen.
import { RUBRIC_ITEMS } from '../../session/rubric.ts';
import type { SessionScore } from '../../session/score.ts';
import type { Session } from '../../session/session.ts';
import { h } from './h.ts';

const OUTCOME_WORDS = { earned: 'Earned', lost: 'Lost' } as const;

/** The score, its parts with their maximum, and the rubric with links back to the turns. */
export function rubricSection(
  score: SessionScore,
  session: Session,
  goBack: (choice: number) => void,
): HTMLElement {
  const choiceTexts = session.steps.filter((s) => s.kind === 'choice').map((s) => s.text);
  return h(
    'section',
    { class: 'score', 'aria-labelledby': 'score-title' },
    h('h2', { id: 'score-title' }, `Session score: ${score.total} / 100`),
    h(
      'p',
      { class: 'score-parts' },
      `Half is fidelity to the rubric (${score.fidelity} of 100), half what the session did to them: de-escalation ${score.deescalation} of 100, the positive-to-negative ratio against 5 : 1 ${score.ratio} of 100, time without anyone flooded ${score.regulation} of 100.`,
    ),
    h(
      'table',
      { class: 'rubric' },
      h('caption', {}, 'The rubric: what you did, skill by skill'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Skill'),
          h('th', { scope: 'col' }, 'Points'),
          h('th', { scope: 'col' }, 'Where'),
        ),
      ),
      h(
        'tbody',
        {},
        score.items.map((item) =>
          h(
            'tr',
            {
              'data-item': item.id,
              class: item.earned === item.max ? 'full' : item.earned === 0 ? 'none' : 'part',
            },
            h(
              'th',
              { scope: 'row' },
              item.label,
              h('small', { class: 'rubric-why' }, `${RUBRIC_ITEMS[item.id].explains} (${item.source})`),
            ),
            h('td', { class: 'points' }, `${item.earned} of ${item.max}`),
            h(
              'td',
              {},
              item.turns.length
                ? h(
                    'ul',
                    { class: 'rubric-turns' },
                    item.turns.map((turn) =>
                      h(
                        'li',
                        { class: `turn-${turn.outcome}` },
                        h('span', { class: 'outcome' }, `${OUTCOME_WORDS[turn.outcome]}: `),
                        `${turn.note} `,
                        h(
                          'button',
                          {
                            type: 'button',
                            class: 'link-button',
                            'data-focus-key': `rubric:${item.id}:${turn.choice}`,
                            title: choiceTexts[turn.choice]
                              ? `You chose “${choiceTexts[turn.choice]}”`
                              : undefined,
                            onclick: () => goBack(turn.choice),
                          },
                          `Try choice ${turn.choice + 1} again`,
                        ),
                      ),
                    ),
                  )
                : '—',
            ),
          ),
        ),
      ),
    ),
  );
}

/** Every line of the run as read, with the hints and drafts beside the choices they came before. */
export function transcriptSection(
  session: Session,
  speakerName: (id: string | null) => string | null,
): HTMLElement {
  let choicePoint = -1;
  const items = session.steps.map((step) => {
    if (step.kind === 'choice') {
      choicePoint += 1;
      const hint = session.hints.find((n) => n.choice === choicePoint);
      const draft = session.drafts.find((n) => n.choice === choicePoint);
      return h(
        'li',
        { class: 'transcript-choice', 'data-choice-point': choicePoint },
        hint ? h('p', { class: 'transcript-hint' }, `Hint asked for: ${hint.text}`) : null,
        draft ? h('p', { class: 'transcript-draft' }, h('strong', {}, 'Drafted first: '), draft.text) : null,
        h('p', {}, h('strong', {}, `Choice ${choicePoint + 1}: `), step.text),
      );
    }
    const who = step.coach ? 'Coach' : speakerName(step.speaker);
    return h(
      'li',
      { class: step.coach ? 'transcript-coach' : '' },
      h('p', {}, who ? h('strong', {}, `${who}: `) : null, step.text),
    );
  });
  return h(
    'section',
    { class: 'run-transcript', 'aria-labelledby': 'transcript-title' },
    h('h2', { id: 'transcript-title' }, 'The transcript'),
    h(
      'p',
      {},
      session.hints.length || session.drafts.length
        ? `With the ${session.hints.length} hint${session.hints.length === 1 ? '' : 's'} you asked for and the ${session.drafts.length} line${session.drafts.length === 1 ? '' : 's'} you drafted, beside the choices they came before.`
        : 'Every line as it was read.',
    ),
    h(
      'details',
      { open: session.drafts.length > 0 },
      h('summary', {}, 'Read it'),
      h('ol', { class: 'transcript-lines' }, items),
    ),
  );
}
