// The play screen: the conversation and the choices in their own region, the partners' cards
// (state, stance, heart and arousal), the circle's words, the timeline and the counselor's clock.
// Built once per run on screen, then updated in place from the app's snapshot.
import type { App } from '../app.ts';
import { CHARACTERS_PER_SECOND, prefersReducedMotion } from '../settings.ts';
import { floodingArousal } from '../../sim/rules.ts';
import type { PartnerReading } from '../../sim/simulation.ts';
import type { Session } from '../../session/session.ts';
import type { ManifestPartner } from '../../story/manifest.ts';
import { MOVE_WORDS, STAGE_HINTS, STAGE_WORDS, STANCE_WORDS, STATE_WORDS, TREND_WORDS } from '../words.ts';
import { clear, h } from './h.ts';
import { FLOODING_HEART_RATE, MOVE_EFFECTS } from '../../sim/parameters.ts';
import { ChoiceNotes } from './choice-notes.ts';

/** Timeline colours follow each move's valence in the model. */
const VALENCE_CLASS = { 1: 'positive', 0: 'neutral', [-1]: 'negative' } as const;
const HEART_MIN = 40;
const HEART_MAX = 160;

export class PlayScreen {
  private play: {
    log: HTMLElement;
    choices: HTMLElement;
    continueButton: HTMLButtonElement;
    finishButton: HTMLButtonElement;
    partners: Map<
      string,
      { state: HTMLElement; arousal: HTMLElement; heart: HTMLElement; bpm: HTMLElement; card: HTMLElement }
    >;
    cycleText: HTMLElement;
    cycleHint: HTMLElement;
    timeline: HTMLElement;
    /** A counselor's session clock, or null in modes without one. */
    clock: HTMLElement | null;
    notes: ChoiceNotes;
    shownSteps: number;
    /** The session whose lines the log shows: a branch brings a new one, and the log starts over. */
    session: Session | null;
    typing: { span: HTMLElement; text: string; shown: number; timer: number } | null;
  } | null = null;

  constructor(
    private readonly app: App,
    private readonly root: HTMLElement,
  ) {}

  /** Whether the current line is still being typed out. */
  get typing(): boolean {
    return !!this.play?.typing;
  }

  build(): void {
    const play = this.app.play!;
    const { manifest } = play.scenario;
    const partners = new Map<
      string,
      { state: HTMLElement; arousal: HTMLElement; heart: HTMLElement; bpm: HTMLElement; card: HTMLElement }
    >();
    const partnerCard = (p: ManifestPartner) => {
      const isPlayer = play.session.player === p.id;
      const state = h('p', { class: 'partner-state' });
      const bpm = h('span', { class: 'bpm' });
      const heart = h('div', {
        class: 'meter heart-meter',
        role: 'meter',
        'aria-label': `${p.name}'s heart rate`,
        'aria-valuemin': HEART_MIN,
        'aria-valuemax': HEART_MAX,
      });
      const fill = h('div', { class: 'fill' });
      const flood = floodingArousal(p.params.restingHeartRate);
      const arousal = h(
        'div',
        {
          class: 'meter arousal-meter',
          role: 'meter',
          'aria-label': `${p.name}'s arousal`,
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          style: `--flood:${flood}%`,
        },
        fill,
        h('div', { class: 'flood-line', title: 'Flooding: heart rate over 100 bpm' }),
      );
      const card = h(
        'article',
        {
          class: `partner ${isPlayer ? 'is-player' : ''}`,
          'data-partner': p.id,
          'aria-labelledby': `name-${p.id}`,
        },
        h('div', { class: 'portrait-slot', 'data-partner': p.id, 'aria-hidden': 'true' }),
        h(
          'h2',
          { id: `name-${p.id}`, class: 'partner-name' },
          // The partner's colour, the colour of their light on the circle: the circle's legend.
          h('span', { class: `light legend-${manifest.partners.indexOf(p)}`, 'aria-hidden': 'true' }),
          p.name,
          isPlayer ? h('span', { class: 'you' }, ' (you)') : null,
        ),
        state,
        h(
          'div',
          { class: 'vitals' },
          h('span', { class: 'heart-icon', 'aria-hidden': 'true' }, '♥'),
          bpm,
          heart,
        ),
        h('div', { class: 'meter-label', 'aria-hidden': 'true' }, 'Arousal'),
        arousal,
      );
      partners.set(p.id, { state, arousal, heart, bpm, card });
      return card;
    };
    const [left, right] = manifest.partners;
    const log = h('div', {
      class: 'log',
      role: 'log',
      'aria-live': 'polite',
      'aria-relevant': 'additions',
      'aria-label': 'Conversation',
      tabindex: '0',
      // A click or tap on the conversation reads on, as Continue does (a mouse or touch player's
      // Enter); not while choices wait, at the end, or when the player is selecting text to copy.
      onclick: () => {
        if (this.play?.continueButton.hidden || window.getSelection()?.toString()) return;
        this.continueOrSkip();
      },
    });
    const choices = h('div', { class: 'choices', role: 'group', 'aria-label': 'Your choices' });
    const continueButton = h(
      'button',
      { type: 'button', class: 'continue', onclick: () => this.continueOrSkip() },
      'Continue',
      h('kbd', {}, 'Enter'),
    );
    const finishButton = h(
      'button',
      { type: 'button', class: 'continue primary', onclick: () => this.app.finish() },
      'See how it went',
    );
    const cycleText = h('p', { class: 'cycle-text' });
    const cycleHint = h('p', { class: 'cycle-hint' });
    const timeline = h('ol', { class: 'timeline', 'aria-label': 'Turns so far' });
    const notes = new ChoiceNotes(this.app);
    const clock = play.session.mode.sessionMinutes !== undefined ? h('p', { class: 'session-clock' }) : null;
    this.root.append(
      h(
        'header',
        { class: 'play-bar' },
        h(
          'h1',
          { tabindex: '-1' },
          manifest.title,
          h('span', { class: 'mode-name' }, ` · ${play.session.mode.label}`),
        ),
        clock,
        h(
          'div',
          { class: 'bar-actions' },
          h('button', { type: 'button', onclick: () => this.app.open('help') }, 'Help'),
          h(
            'button',
            { type: 'button', onclick: () => this.app.open('pause') },
            'Pause',
            h('kbd', {}, 'Esc'),
          ),
        ),
      ),
      h(
        'div',
        { class: 'stage' },
        partnerCard(left),
        h(
          'section',
          { class: 'cycle', 'aria-labelledby': 'cycle-title' },
          h('h2', { id: 'cycle-title', class: 'sr-only' }, 'The circle of pursuit and distance'),
          h('div', { class: 'circle-slot', 'aria-hidden': 'true' }),
          h('div', { 'aria-live': 'polite' }, cycleText),
          cycleHint,
        ),
        partnerCard(right),
      ),
      timeline,
      h(
        'section',
        { class: 'dialogue', 'aria-label': 'Dialogue' },
        log,
        notes.element,
        choices,
        continueButton,
        finishButton,
      ),
    );
    this.play = {
      log,
      choices,
      continueButton,
      finishButton,
      partners,
      cycleText,
      cycleHint,
      timeline,
      clock,
      notes,
      shownSteps: 0,
      session: null,
      typing: null,
    };
  }

  update(): void {
    const play = this.app.play;
    const ui = this.play;
    if (!play || !ui) return;
    const { manifest } = play.scenario;
    // New lines, typed at the chosen speed; the full text is in the live region at once.
    const steps = play.history;
    if (ui.session !== play.session || steps.length < ui.shownSteps) {
      // Gone back to a choice (a branch): the log is rebuilt as it stood there, not appended to.
      this.finishTyping();
      clear(ui.log);
      ui.shownSteps = 0;
      ui.session = play.session;
    }
    for (let i = ui.shownSteps; i < steps.length; i++) {
      const step = steps[i];
      if (step.kind === 'choice' || (step.coach && !this.app.settings.coaching)) continue;
      this.finishTyping();
      const partner = manifest.partners.find((p) => p.id === step.speaker);
      const speaker = step.speaker === 'counselor' ? 'Counselor' : partner?.name;
      const typed = h('span', { class: 'typed', 'aria-hidden': 'true' });
      const line = h(
        'p',
        {
          class: `line ${step.coach ? 'coach' : ''} ${speaker ? 'spoken' : 'narration'} ${step.speaker === play.session.player ? 'mine' : ''}`,
          'data-speaker': step.speaker ?? 'narrator',
        },
        step.coach
          ? h('span', { class: 'speaker' }, 'Coach: ')
          : speaker
            ? h('span', { class: 'speaker' }, `${speaker}: `)
            : null,
        h('span', { class: 'sr-only' }, step.text),
        typed,
      );
      ui.log.append(line);
      this.startTyping(typed, step.text, i === steps.length - 1);
      // A partner crossing the flooding line is said in words, not only shown by a meter.
      let back = i - 1;
      while (back >= 0 && steps[back].kind !== 'line') back -= 1;
      const previous = back >= 0 ? steps[back].snapshot : undefined;
      for (const p of manifest.partners) {
        const now = step.snapshot.partners[p.id];
        const was = previous?.partners[p.id];
        if (now && was && now.heartRate > FLOODING_HEART_RATE && was.heartRate <= FLOODING_HEART_RATE) {
          ui.log.append(
            h(
              'p',
              { class: 'line body-change' },
              `${p.name} is flooded: heart over ${FLOODING_HEART_RATE} bpm, and little gets in now.`,
            ),
          );
        }
      }
      // How the move was heard, when sentiment turned it (DESIGN §4a): a misfire, not a mistake.
      for (const [id, reading] of Object.entries(step.snapshot.partners)) {
        if (!reading.reception || reading.reception === 'as_meant') continue;
        const listener = manifest.partners.find((p) => p.id === id)?.name ?? id;
        ui.log.append(
          h(
            'p',
            { class: `line reception ${reading.reception}` },
            reading.reception === 'misread'
              ? `${listener} heard that as an attack: a misfire, not a mistake.`
              : `${listener} lets that go.`,
          ),
        );
      }
    }
    ui.shownSteps = steps.length;
    while (ui.log.children.length > 60) ui.log.firstElementChild?.remove();

    // Meters and words follow the snapshot of the last revealed step.
    for (const p of manifest.partners) {
      const reading: PartnerReading = play.snapshot.partners[p.id];
      const parts = ui.partners.get(p.id)!;
      const onBreak = reading.onBreak && play.snapshot.breakSince !== null;
      const breakWords = onBreak
        ? ` · on a break, ${play.snapshot.minutes - play.snapshot.breakSince!} min`
        : '';
      parts.state.textContent = `${STATE_WORDS[reading.state]} · ${STANCE_WORDS[reading.stance]}${breakWords}`;
      parts.card.dataset.state = reading.state;
      parts.bpm.textContent = `${Math.round(reading.heartRate)} bpm`;
      const arousal = Math.round(reading.arousal);
      parts.arousal.setAttribute('aria-valuenow', String(arousal));
      parts.arousal.setAttribute(
        'aria-valuetext',
        `${arousal} of 100, ${STATE_WORDS[reading.state].toLowerCase()}`,
      );
      parts.arousal.style.setProperty('--value', `${arousal}%`);
      const bpm = Math.round(reading.heartRate);
      parts.heart.setAttribute('aria-valuenow', String(bpm));
      parts.heart.setAttribute(
        'aria-valuetext',
        `${bpm} beats per minute${reading.heartRate > 100 ? ', over the flooding line' : ''}`,
      );
      parts.heart.style.setProperty('--value', `${((bpm - HEART_MIN) / (HEART_MAX - HEART_MIN)) * 100}%`);
    }
    const cycle = play.snapshot.cycle;
    const moves = Object.values(play.snapshot.partners).reduce(
      (n, p) => n + p.positiveMoves + p.negativeMoves,
      0,
    );
    const ratio = moves ? ` · ratio ${cycle.ratio.toFixed(1)} : 1` : '';
    ui.cycleText.textContent = `${STAGE_WORDS[cycle.stage]} · ${TREND_WORDS[cycle.trend]}${ratio}`;
    ui.cycleText.dataset.trend = cycle.trend;
    ui.cycleHint.textContent = STAGE_HINTS[cycle.stage];
    const length = play.session.mode.sessionMinutes;
    if (ui.clock && length !== undefined) {
      const spent = Math.min(length, Math.round(play.snapshot.minutes));
      ui.clock.textContent = `${spent} / ${length} min`;
      ui.clock.title = `Minute ${spent} of the ${length}-minute session: talk, slow work and time-outs spend the hour.`;
      ui.clock.setAttribute('aria-label', `Session clock: minute ${spent} of ${length}`);
      ui.clock.classList.toggle('late', length - spent <= 10);
    }

    // The timeline: one mark per move; your choices are buttons that go back there.
    clear(ui.timeline);
    let choiceIndex = 0;
    play.history.forEach((step, i) => {
      if (!step.move && step.kind !== 'choice') return;
      const k = step.kind === 'choice' ? choiceIndex++ : -1;
      if (!step.move) return;
      const valence = VALENCE_CLASS[MOVE_EFFECTS[step.move.type].valence];
      const who =
        step.move.by === 'counselor'
          ? 'Counselor'
          : (manifest.partners.find((p) => p.id === step.move!.by)?.name ?? step.move.by);
      const misheard = Object.values(step.snapshot.partners).some((p) => p.reception === 'misread');
      const label = `Turn ${i + 1}: ${who}, ${MOVE_WORDS[step.move.type] ?? step.move.type}${misheard ? ', heard as an attack' : ''}; then ${STAGE_WORDS[step.snapshot.cycle.stage]}`;
      if (k >= 0) {
        const text = step.text;
        ui.timeline.append(
          h(
            'li',
            {},
            h('button', {
              type: 'button',
              class: `turn ${valence} yours${misheard ? ' misread' : ''}`,
              title: `${label}. Go back to this choice.`,
              'aria-label': `${label}. Go back to this choice`,
              onclick: () =>
                this.app.ask({
                  title: `Go back to choice ${k + 1}?`,
                  message: `You chose “${text}”. Going back starts a new branch from there; this run stays in My runs.`,
                  confirmLabel: 'Go back and branch',
                  action: () => this.app.branch(k),
                }),
            }),
          ),
        );
      } else
        ui.timeline.append(
          h(
            'li',
            { class: `turn ${valence}${misheard ? ' misread' : ''}`, title: label },
            h('span', { class: 'sr-only' }, label),
          ),
        );
    });

    // Choices (after the draft, when drafting is on), continue, or the end.
    const choicePending = play.choices.length > 0 && !this.typing;
    const choicesShown = choicePending && !this.app.draftPending;
    const focusToOptions = ui.notes.update(choicePending);
    clear(ui.choices);
    if (choicesShown) {
      const me = play.snapshot.partners[play.session.player];
      if (me && play.choices.some((c) => c.strained)) {
        ui.choices.append(
          h(
            'p',
            { class: 'flooded-note', id: 'flooded-note' },
            `You are flooded: ${Math.round(me.heartRate)} beats a minute. Warm words are hard to find now, and they land weaker and shakier; a break is on offer.`,
          ),
        );
      }
      play.choices.forEach((choice, i) =>
        ui.choices.append(
          h(
            'button',
            {
              type: 'button',
              class: `choice${choice.strained ? ' strained' : ''}`,
              'data-choice': i + 1,
              ...(choice.strained ? { 'aria-describedby': 'flooded-note' } : {}),
              onclick: () => this.app.choose(i + 1),
            },
            h('kbd', {}, String(i + 1)),
            h(
              'span',
              {},
              choice.text,
              choice.strained ? h('small', { class: 'strain' }, 'Hard to say while flooded') : null,
            ),
          ),
        ),
      );
    }
    ui.choices.hidden = !choicesShown;
    if (focusToOptions && choicesShown) {
      // From the draft box to the options: the first is focused, and all of them are brought into
      // view (on a phone the hint and the draft above them can push the last below the fold).
      ui.choices.querySelector<HTMLElement>('button.choice')?.focus({ preventScroll: true });
      ui.choices.lastElementChild?.scrollIntoView({ block: 'nearest' });
    }
    const finished = play.finished && !this.typing;
    ui.finishButton.hidden = !finished;
    ui.continueButton.hidden = choicePending || finished;
    ui.log.classList.toggle('reads-on', !ui.continueButton.hidden);
    // Last, once the choices below it have taken their room: the latest line is in view.
    ui.log.scrollTop = ui.log.scrollHeight;
    const focused = document.activeElement as HTMLElement | null;
    const focusIdle = focused === document.body || !!focused?.hidden;
    // At the end the next thing to do is the debrief: focus moves there from wherever reading left
    // it (the heading, the log), but not from a control the player chose (Help, Pause).
    const reading = focusIdle || focused?.tagName === 'H1' || focused === ui.log;
    if (finished && reading && focused !== ui.finishButton) ui.finishButton.focus({ preventScroll: true });
    else if (!finished && focusIdle) ui.log.focus({ preventScroll: true });
  }

  private startTyping(span: HTMLElement, text: string, animate: boolean): void {
    const ui = this.play!;
    const speed = CHARACTERS_PER_SECOND[this.app.settings.textSpeed];
    if (!animate || speed === Infinity || prefersReducedMotion(this.app.settings)) {
      span.textContent = text;
      return;
    }
    const started = performance.now();
    const typing = { span, text, shown: 0, timer: 0 };
    const tick = () => {
      typing.shown = Math.min(text.length, Math.floor(((performance.now() - started) / 1000) * speed));
      span.textContent = text.slice(0, typing.shown);
      ui.log.scrollTop = ui.log.scrollHeight;
      if (typing.shown >= text.length) {
        ui.typing = null;
        this.update();
        return;
      }
      typing.timer = window.setTimeout(tick, 16);
    };
    ui.typing = typing;
    tick();
  }

  private finishTyping(): void {
    const typing = this.play?.typing;
    if (!typing) return;
    window.clearTimeout(typing.timer);
    typing.span.textContent = typing.text;
    this.play!.typing = null;
  }

  continueOrSkip(): void {
    if (this.typing) {
      this.finishTyping();
      this.update();
    } else if (this.app.play?.finished) this.app.finish();
    else this.app.advance();
  }
}
