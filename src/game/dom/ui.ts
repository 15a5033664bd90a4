// The accessible DOM layer over the canvas: every word, button and meter lives here, so the game
// is playable by keyboard and screen reader. The canvas behind draws into the `*-slot` elements.
import type { App } from '../app.ts';
import { CHARACTERS_PER_SECOND, prefersReducedMotion } from '../settings.ts';
import { debriefOf } from '../../session/debrief.ts';
import { floodingArousal } from '../../sim/rules.ts';
import type { PartnerReading } from '../../sim/simulation.ts';
import type { Session } from '../../session/session.ts';
import type { MoveType } from '../../sim/moves.ts';
import { partnerNames, type ManifestPartner } from '../../story/manifest.ts';
import { MOVE_WORDS, STAGE_HINTS, STAGE_WORDS, STANCE_WORDS, STATE_WORDS, TREND_WORDS } from '../words.ts';
import { clear, focusSpot, h, restoreFocus, type FocusSpot } from './h.ts';
import { toMarkdownTranscript } from '../../session/markdown.ts';
import { FLOODING_HEART_RATE, MOVE_EFFECTS } from '../../sim/parameters.ts';
import { buildCompare, buildRuns, download } from './runs-ui.ts';
import { ChoiceNotes } from './choice-notes.ts';
import { rubricSection, transcriptSection } from './rubric-ui.ts';
import { showBrokenScreen } from './screen-boundary.ts';
import { buildSelect } from './select-ui.ts';

/** Timeline colours follow each move's valence in the model. */
const VALENCE_CLASS = { 1: 'positive', 0: 'neutral', [-1]: 'negative' } as const;
const HEART_MIN = 40;
const HEART_MAX = 160;

export class DomLayer {
  private readonly root: HTMLElement;
  private readonly screenEl: HTMLElement;
  private readonly overlayEl: HTMLElement;
  private readonly noticeEl: HTMLElement;
  private renderedScreen: string | null = null;
  private renderedOverlay: string | null = null;
  private returnFocus: HTMLElement | null = null;
  private returnSpot: FocusSpot | null = null;
  /** Play screen parts updated in place. */
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
    host: HTMLElement,
  ) {
    this.root = host;
    this.screenEl = h('main', { id: 'screen', class: 'screen' });
    this.overlayEl = h('div', { id: 'overlay', class: 'overlay', hidden: true });
    this.noticeEl = h('div', { id: 'notice', class: 'notice', role: 'alert', hidden: true });
    this.root.append(this.screenEl, this.overlayEl, this.noticeEl);
    document.addEventListener('keydown', (event) => this.onKey(event));
    // On paper the canvas charts are gone, so the debrief prints its numbers table instead.
    window.addEventListener('beforeprint', () =>
      document.querySelectorAll('details').forEach((d) => (d.open = true)),
    );
    app.subscribe(() => this.render());
    this.render();
  }

  /** Whether the current line is still being typed out. */
  get typing(): boolean {
    return !!this.play?.typing;
  }

  private render(): void {
    const { app } = this;
    document.documentElement.style.setProperty('--text-scale', String(app.settings.textSize / 100));
    document.documentElement.classList.toggle('reduce-motion', prefersReducedMotion(app.settings));
    // My runs has no live parts to patch: it is rebuilt on every change, keeping focus in place.
    const rebuild = app.screen === 'runs' && this.renderedScreen === 'runs' && !app.overlay;
    const focused = rebuild ? focusSpot(this.screenEl, document.activeElement) : null;
    if (this.renderedScreen !== app.screen || rebuild) {
      const fresh = this.renderedScreen !== app.screen;
      this.renderedScreen = app.screen;
      this.play = null;
      clear(this.screenEl);
      this.screenEl.className = `screen screen-${app.screen}`;
      const build = {
        boot: () => this.buildBoot(),
        title: () => this.buildTitle(),
        select: () => buildSelect(app, this.screenEl),
        play: () => this.buildPlay(),
        debrief: () => this.buildDebrief(),
        runs: () => buildRuns(app, this.screenEl),
        compare: () => buildCompare(app, this.screenEl),
      }[app.screen];
      // A screen that throws shows what failed and a way back, instead of a blank page.
      try {
        build();
        if (fresh) this.screenEl.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
        else if (focused) restoreFocus(this.screenEl, focused);
      } catch (error) {
        this.play = null; // half built: nothing to update in place
        showBrokenScreen(app, this.screenEl, app.screen, error);
      }
    }
    if (app.screen === 'play' && this.play) {
      try {
        this.updatePlay();
      } catch (error) {
        this.play = null;
        showBrokenScreen(app, this.screenEl, app.screen, error);
      }
    }
    this.renderOverlay();
    this.noticeEl.hidden = !app.notice;
    // News that all went well is a status, not an alarm: its own colour, announced politely.
    this.noticeEl.className = `notice ${app.noticeKind}`;
    this.noticeEl.setAttribute('role', app.noticeKind === 'news' ? 'status' : 'alert');
    clear(this.noticeEl);
    if (app.notice) {
      this.noticeEl.append(
        h('p', {}, app.notice),
        h('button', { type: 'button', onclick: () => app.dismissNotice() }, 'Dismiss'),
      );
    }
  }

  // ---- screens -------------------------------------------------------------------------------

  private buildBoot(): void {
    this.screenEl.append(
      h('h1', { class: 'sr-only', tabindex: '-1' }, 'Dance of Distance is loading'),
      h('p', { class: 'boot-text', role: 'status' }, 'Loading…'),
    );
  }

  private buildTitle(): void {
    const saved = this.app.savedRun();
    const savedScenario = saved ? this.app.scenarios.find((s) => s.manifest.id === saved.scenario) : null;
    const savedMode = savedScenario?.manifest.modes.find((m) => m.id === saved?.mode);
    this.screenEl.append(
      h(
        'div',
        { class: 'title-card' },
        h('h1', { tabindex: '-1' }, 'Dance of Distance'),
        h(
          'p',
          { class: 'tagline' },
          'Practise the pursuer–distancer cycle: see how each move lands, and find the way out.',
        ),
        h(
          'div',
          { class: 'title-actions' },
          saved && savedScenario
            ? h(
                'button',
                { type: 'button', class: 'primary', onclick: () => void this.app.resumeSaved() },
                `Continue: ${savedScenario.manifest.title}, ${savedMode?.label ?? saved.mode}`,
              )
            : null,
          h(
            'button',
            { type: 'button', class: saved ? '' : 'primary', onclick: () => this.app.go('select') },
            'New game',
          ),
          h('button', { type: 'button', onclick: () => this.app.go('runs') }, 'My runs'),
          h('button', { type: 'button', onclick: () => this.app.open('settings') }, 'Settings'),
          h('button', { type: 'button', onclick: () => this.app.open('help') }, 'How to play'),
        ),
        h(
          'section',
          { class: 'content-note', 'aria-labelledby': 'content-note-title' },
          h('h2', { id: 'content-note-title' }, 'Before you play'),
          h(
            'p',
            {},
            h('strong', {}, 'A practice tool, not therapy. '),
            'The scenes show couples in conflict: criticism, contempt, stonewalling, loneliness, and in some scenarios fear. You can pause at any time with Esc.',
          ),
          h(
            'p',
            {},
            'If you are afraid of your partner, or someone is controlling, threatening or hurting you, that is not a cycle to fix together. If you are in danger, call your local emergency number. A domestic-violence support service in your area can help you plan for safety, in confidence.',
          ),
        ),
      ),
    );
  }

  private buildPlay(): void {
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
    this.screenEl.append(
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

  private updatePlay(): void {
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
        this.updatePlay();
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

  private continueOrSkip(): void {
    if (this.typing) {
      this.finishTyping();
      this.updatePlay();
    } else if (this.app.play?.finished) this.app.finish();
    else this.app.advance();
  }

  private buildDebrief(): void {
    const play = this.app.play!;
    const { manifest } = play.scenario;
    const session = play.session;
    const debrief = debriefOf(
      session.steps,
      session.ending,
      session.mode.id === 'counselor',
      partnerNames(manifest),
    );
    const ending = session.ending ? manifest.endings[session.ending] : null;
    const name = (id: string) => manifest.partners.find((p) => p.id === id)?.name ?? id;
    const table = h(
      'table',
      {},
      h('caption', {}, 'Heart rate and arousal at each turn'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Step'),
          ...manifest.partners.flatMap((p) => [
            h('th', { scope: 'col' }, `${p.name} bpm`),
            h('th', { scope: 'col' }, `${p.name} arousal`),
            h('th', { scope: 'col' }, `${p.name} state`),
          ]),
        ),
      ),
      h(
        'tbody',
        {},
        session.steps.map((step, i) =>
          step.move
            ? h(
                'tr',
                {},
                h('th', { scope: 'row' }, String(i + 1)),
                ...manifest.partners.flatMap((p) => {
                  const r = step.snapshot.partners[p.id];
                  return [
                    h('td', {}, String(Math.round(r.heartRate))),
                    h('td', {}, String(Math.round(r.arousal))),
                    h('td', {}, STATE_WORDS[r.state]),
                  ];
                }),
              )
            : null,
        ),
      ),
    );
    this.screenEl.append(
      h(
        'div',
        { class: 'debrief' },
        h('h1', { tabindex: '-1' }, 'How it went'),
        h('p', { class: 'debrief-sub' }, `${manifest.title} · ${session.mode.label}`),
        h(
          'section',
          { class: 'ending-card' },
          h('h2', {}, ending ? ending.title : 'The story stopped'),
          h('p', {}, ending ? ending.summary : 'This path has no ending yet.'),
        ),
        debrief.score ? rubricSection(debrief.score, session, (k) => this.app.branch(k)) : null,
        h(
          'section',
          { class: 'charts', 'aria-labelledby': 'charts-title' },
          h('h2', { id: 'charts-title' }, 'Their bodies, turn by turn'),
          h('div', {
            class: 'chart-slot',
            'data-chart': 'heartRate',
            role: 'img',
            'aria-label': `Heart rate over the run. The flooding line is at ${debrief.floodingHeartRate} beats per minute. ${manifest.partners.map((p) => `${p.name} was flooded for ${debrief.floodedSteps[p.id]} of ${session.steps.length} steps`).join('; ')}.`,
          }),
          h(
            'p',
            { class: 'chart-legend', 'aria-hidden': 'true' },
            manifest.partners.map((p, i) => h('span', { class: `legend legend-${i}` }, p.name)),
            h('span', { class: 'legend legend-flood' }, 'Flooding line (100 bpm)'),
          ),
          h('div', {
            class: 'chart-slot',
            'data-chart': 'arousal',
            role: 'img',
            'aria-label': 'Arousal over the run, 0 to 100, for both partners.',
          }),
          h('details', {}, h('summary', {}, 'The numbers as a table'), table),
        ),
        h(
          'section',
          { class: 'facts' },
          h('h2', {}, 'Around the circle'),
          h(
            'ol',
            { class: 'stages' },
            debrief.stages.map((s) =>
              h('li', {}, `${STAGE_WORDS[s.stage]} — ${s.steps} step${s.steps === 1 ? '' : 's'}`),
            ),
          ),
          h(
            'p',
            {},
            `Positive to negative moves: ${debrief.positive} to ${debrief.negative} (ratio ${debrief.ratio.toFixed(1)} : 1). Stable couples keep about 5 : 1 even in conflict; below 1 : 1 is the danger zone (Gottman).`,
          ),
        ),
        h(
          'section',
          { class: 'movers' },
          h('h2', {}, 'The choices that moved things most'),
          debrief.movers.length
            ? h(
                'ol',
                {},
                debrief.movers.map((m) =>
                  h(
                    'li',
                    {},
                    h('q', {}, m.text),
                    ` — ${m.move ? MOVE_WORDS[m.move] : 'a choice'}: the two of them ${m.arousalChange > 0 ? 'heated up' : 'calmed down'} by ${Math.abs(m.arousalChange).toFixed(0)} points together`,
                    m.misread ? ' (it was heard as an attack: a misfire, not a mistake)' : '',
                  ),
                ),
              )
            : h('p', {}, 'No choices were made.'),
          debrief.misfires.length
            ? h(
                'div',
                { class: 'misfires' },
                h('h3', {}, 'Misfires'),
                h(
                  'p',
                  {},
                  'Moves meant warmly that were heard as attacks. They are not mistakes: when trust is low, a partner can hear even a gentle sentence as criticism (sentiment override; Weiss 1980, Gottman). What helps is noticing it and trying again, slower.',
                ),
                h(
                  'ul',
                  {},
                  debrief.misfires.map((f) =>
                    h(
                      'li',
                      {},
                      h('q', {}, f.text),
                      ` — ${name(f.by)}'s ${MOVE_WORDS[f.move as MoveType] ?? f.move}, heard by ${name(f.heardBy)} as an attack`,
                    ),
                  ),
                ),
              )
            : null,
          h(
            'p',
            {},
            `Flooded steps: ${Object.entries(debrief.floodedSteps)
              .map(([id, n]) => `${name(id)} ${n}`)
              .join(', ')}.`,
          ),
        ),
        transcriptSection(session, (id) =>
          id === null ? null : id === 'counselor' ? 'Counselor' : name(id),
        ),
        h(
          'section',
          { class: 'branches', 'aria-labelledby': 'branches-title' },
          h('h2', { id: 'branches-title' }, 'Take another branch'),
          h(
            'p',
            {},
            'Go back to any choice and try something else. The new run starts from the saved moment, and this one stays in My runs to compare.',
          ),
          h(
            'ol',
            { class: 'choice-list' },
            session.steps
              .filter((step) => step.kind === 'choice')
              .map((step, k) =>
                h(
                  'li',
                  {},
                  h('span', {}, `“${step.text}”`),
                  h(
                    'button',
                    { type: 'button', onclick: () => this.app.branch(k) },
                    `Go back to choice ${k + 1}`,
                  ),
                ),
              ),
          ),
        ),
        h(
          'div',
          { class: 'debrief-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              onclick: () => this.app.startRun(manifest.id, session.mode.id),
            },
            'Play this mode again',
          ),
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                if (this.app.run && !this.app.picked.includes(this.app.run.id))
                  this.app.togglePick(this.app.run.id);
                this.app.go('runs');
              },
            },
            'Compare with another run',
          ),
          h('button', { type: 'button', onclick: () => this.app.go('select') }, 'Choose another scenario'),
          h(
            'button',
            { type: 'button', onclick: () => this.downloadTranscript() },
            'Save transcript (Markdown)',
          ),
          h('button', { type: 'button', onclick: () => window.print() }, 'Print debrief'),
          h('button', { type: 'button', onclick: () => this.app.go('title') }, 'Title screen'),
        ),
      ),
    );
  }

  private downloadTranscript(): void {
    const play = this.app.play;
    if (!play) return;
    download(
      `${play.scenario.manifest.id}-${play.session.mode.id}.md`,
      toMarkdownTranscript(play.session),
      'text/markdown',
    );
  }

  // ---- overlays ------------------------------------------------------------------------------

  private renderOverlay(): void {
    const overlay = this.app.overlay;
    const key = overlay ? `${overlay}:${JSON.stringify(this.app.settings)}` : null;
    if (key === this.renderedOverlay) return;
    const wasOpen = this.renderedOverlay !== null;
    this.renderedOverlay = key;
    clear(this.overlayEl);
    this.overlayEl.hidden = !overlay;
    if (!overlay) {
      // Back to the control that opened the dialog; if the screen was rebuilt meanwhile, to the
      // same control rebuilt (or, if it is gone, its neighbour).
      if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
      else if (this.returnSpot) restoreFocus(this.screenEl, this.returnSpot);
      this.returnFocus = null;
      this.returnSpot = null;
      return;
    }
    if (!wasOpen) {
      this.returnFocus = document.activeElement as HTMLElement | null;
      this.returnSpot = focusSpot(this.screenEl, this.returnFocus);
    }
    const close = () => this.app.closeOverlay();
    const dialog = h('div', {
      class: 'dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'dialog-title',
    });
    if (overlay === 'confirm' && this.app.confirmation) {
      const c = this.app.confirmation;
      dialog.setAttribute('role', 'alertdialog');
      dialog.append(
        h('h2', { id: 'dialog-title', tabindex: '-1' }, c.title),
        h('p', {}, c.message),
        h(
          'div',
          { class: 'dialog-actions' },
          h(
            'button',
            { type: 'button', class: 'primary', onclick: () => this.app.confirm() },
            c.confirmLabel,
          ),
          h('button', { type: 'button', onclick: () => this.app.open(null) }, 'Cancel'),
        ),
      );
    } else if (overlay === 'pause') {
      dialog.append(
        h('h2', { id: 'dialog-title', tabindex: '-1' }, 'Paused'),
        h('p', {}, 'Your run is saved after every choice.'),
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'primary', onclick: () => this.app.open(null) }, 'Resume'),
          h('button', { type: 'button', onclick: () => this.app.open('settings') }, 'Settings'),
          h('button', { type: 'button', onclick: () => this.app.open('help') }, 'How to play'),
          h('button', { type: 'button', onclick: () => this.app.quitToTitle() }, 'Save and quit to title'),
        ),
      );
    } else if (overlay === 'settings') {
      const s = this.app.settings;
      const select = (
        label: string,
        id: string,
        value: string,
        options: [string, string][],
        onchange: (v: string) => void,
      ) =>
        h(
          'div',
          { class: 'field' },
          h('label', { for: id }, label),
          h(
            'select',
            { id, onchange: (e: Event) => onchange((e.target as HTMLSelectElement).value) },
            options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
          ),
        );
      const toggle = (label: string, id: string, checked: boolean, onchange: (v: boolean) => void) =>
        h(
          'div',
          { class: 'field check' },
          h('input', {
            type: 'checkbox',
            id,
            checked,
            onchange: (e: Event) => onchange((e.target as HTMLInputElement).checked),
          }),
          h('label', { for: id }, label),
        );
      dialog.append(
        h('h2', { id: 'dialog-title', tabindex: '-1' }, 'Settings'),
        select(
          'Text speed',
          'set-speed',
          s.textSpeed,
          [
            ['slow', 'Slow'],
            ['normal', 'Normal'],
            ['fast', 'Fast'],
            ['instant', 'Instant'],
          ],
          (v) => this.app.updateSettings({ textSpeed: v as never }),
        ),
        select(
          'Text size',
          'set-size',
          String(s.textSize),
          [
            ['100', 'Standard'],
            ['125', 'Large'],
            ['150', 'Larger'],
          ],
          (v) => this.app.updateSettings({ textSize: Number(v) as never }),
        ),
        select(
          'Motion',
          'set-motion',
          s.motion,
          [
            ['system', 'Follow my system setting'],
            ['reduced', 'Reduced'],
            ['full', 'Full'],
          ],
          (v) => this.app.updateSettings({ motion: v as never }),
        ),
        toggle('Sound', 'set-sound', s.sound, (v) => this.app.updateSettings({ sound: v })),
        toggle('Coaching notes', 'set-coaching', s.coaching, (v) => this.app.updateSettings({ coaching: v })),
        toggle('Hints before choosing (what to notice)', 'set-hints', s.hints, (v) =>
          this.app.updateSettings({ hints: v }),
        ),
        toggle('Draft your own line before the options show', 'set-drafts', s.drafts, (v) =>
          this.app.updateSettings({ drafts: v }),
        ),
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'primary', onclick: close }, 'Done'),
        ),
      );
    } else {
      dialog.append(
        h('h2', { id: 'dialog-title', tabindex: '-1' }, 'How to play'),
        h(
          'ul',
          {},
          h('li', {}, h('kbd', {}, '1'), '–', h('kbd', {}, '9'), ' choose what to say or do'),
          h('li', {}, h('kbd', {}, 'Enter'), ' or ', h('kbd', {}, 'Space'), ' show the next line'),
          h('li', {}, h('kbd', {}, 'Esc'), ' pause; settings and help are there too'),
        ),
        h(
          'p',
          {},
          'Each partner has a heart rate and an arousal bar. Past 100 beats a minute a person is flooded: words barely land, and only a break of at least twenty minutes brings them back (Gottman).',
        ),
        h(
          'p',
          {},
          'The circle shows where the couple is: pursue – withdraw, attack – withdraw, attack – defend, withdraw – withdraw, round again. Faster, hotter and tighter means the cycle is tightening; the way out is engage – engage, in the middle.',
        ),
        h(
          'p',
          {},
          'Time is simulated: each exchange takes about a minute, and a break lasts as long as the story tells it. Talking or provoking inside the twenty minutes floods a partner again.',
        ),
        h(
          'p',
          {},
          'Words do not always land as meant. When trust is low, a warm sentence is sometimes heard as an attack (a misfire, marked in the conversation and the debrief); when trust is high, a harsh one is sometimes let go. The run’s seed decides, so a replay is exact.',
        ),
        h(
          'p',
          {},
          'When your own character is flooded, warm options are marked “hard to say”: they land weaker and shakier, and a break is always on offer. As the counselor, your own body is not modelled: in a real room your regulation matters too.',
        ),
        h('p', {}, 'Coaching notes explain what just happened; turn them off in Settings for a harder game.'),
        h(
          'p',
          {},
          'As the counselor, the session has an hour of about fifty minutes (the clock is in the top bar): talk, slow work and time-outs spend it, and it can run out. The debrief scores you on a fidelity rubric — the moves of Johnson’s EFT tango, Gottman’s physiology, safety screening with each partner alone, and the novice mistakes to avoid — and every point names the choice that earned or lost it, with a way back there to try again.',
        ),
        h(
          'p',
          {},
          'Two optional helps, in Settings: a hint before choosing (what to notice in the room; press H), and a box to draft your own line before the options show. Both are kept in the run, in the transcript and its Markdown export, for you or a supervisor to read. My runs shows your progress across counselor runs.',
        ),
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'primary', onclick: close }, 'Close'),
        ),
      );
    }
    this.overlayEl.append(dialog);
    dialog.querySelector<HTMLElement>('h2')?.focus();
  }

  // ---- keyboard ------------------------------------------------------------------------------

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const inControl = target.closest('button, select, input, textarea, a, summary');
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.app.overlay) this.app.closeOverlay();
      else if (this.app.screen === 'play') this.app.open('pause');
      return;
    }
    if (event.key === 'Tab' && this.app.overlay) {
      const focusable = [...this.overlayEl.querySelectorAll<HTMLElement>('button, select, input')];
      if (!focusable.length) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    if (this.app.overlay || this.app.screen !== 'play') return;
    // Typing a draft: the keys are the player's words, not commands.
    if (target.closest('textarea, input')) return;
    if ((event.key === 'h' || event.key === 'H') && this.app.settings.hints) {
      event.preventDefault();
      this.app.takeHint();
      return;
    }
    if (/^[1-9]$/.test(event.key)) {
      if (this.app.waitingForChoice && !this.typing) {
        event.preventDefault();
        this.app.choose(Number(event.key));
      }
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && !inControl) {
      event.preventDefault();
      if (!this.app.waitingForChoice || this.typing) this.continueOrSkip();
    }
  }
}
