// The game's state: which screen is showing, the run being played and how far its lines have
// been revealed, the settings. Scenes and the DOM layer read it and send it events; it owns the
// session, so nothing else touches the model.
import { Session, type OfferedChoice, type Step } from '../session/session.ts';
import { runFromSession, sessionFromRun, type RunRecord } from '../session/run.ts';
import type { SimSnapshot } from '../sim/simulation.ts';
import type { ModeId } from '../story/manifest.ts';
import { loadSettings, saveSettings, type Settings } from './settings.ts';
import { SCENARIOS, scenarioById, type BundledScenario } from './stories.ts';
import { CurrentRunStore } from './current-run.ts';

export type Screen = 'boot' | 'title' | 'select' | 'play' | 'debrief';
export type Overlay = 'pause' | 'settings' | 'help' | null;

export interface PlayView {
  scenario: BundledScenario;
  session: Session;
  /** Steps shown so far (lines appear one at a time). */
  revealed: number;
  /** The step currently on screen, or null before the first. */
  current: Step | null;
  /** The model as of the last revealed step. */
  snapshot: SimSnapshot;
  /** Snapshots of the revealed steps, for the timeline and curves. */
  history: Step[];
  /** Choices on offer once every line is revealed; empty while lines remain. */
  choices: OfferedChoice[];
  finished: boolean;
}

type Listener = () => void;

export class App {
  screen: Screen = 'boot';
  overlay: Overlay = null;
  settings: Settings = loadSettings();
  play: PlayView | null = null;
  /** A message for the player (a storage problem, a story error), shown until dismissed. */
  notice: string | null = null;
  readonly scenarios = SCENARIOS;
  /** A seed for every new run (`?seed=N` in the address), for reproducible runs and tests. */
  fixedSeed: number | null = null;
  /** A run to start straight after loading (`?play=scenario/mode`), for links into a scenario. */
  deepLink: { scenario: string; mode: ModeId } | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly runs = new CurrentRunStore();
  private run: { id: string; createdAt: string } | null = null;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  go(screen: Screen): void {
    const link = this.deepLink;
    if (screen === 'title' && this.screen === 'boot' && link) {
      this.deepLink = null;
      if (scenarioById(link.scenario)?.manifest.modes.some((m) => m.id === link.mode)) {
        this.startRun(link.scenario, link.mode);
        return;
      }
      this.notice = `There is no scenario '${link.scenario}' with a mode '${link.mode}'; here is the title screen instead.`;
    }
    this.screen = screen;
    this.overlay = null;
    this.changed();
  }

  open(overlay: Overlay): void {
    this.overlay = overlay;
    this.changed();
  }

  updateSettings(patch: Partial<Settings>): void {
    this.settings = { ...this.settings, ...patch };
    if (!saveSettings(this.settings))
      this.notice = 'Settings could not be saved in this browser; they last until you close the tab.';
    this.changed();
  }

  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  /** The saved run that Continue would resume, if any. */
  savedRun(): RunRecord | null {
    const loaded = this.runs.load();
    if (loaded.problem) this.notice = loaded.problem;
    return loaded.record && !loaded.record.finished ? loaded.record : null;
  }

  startRun(
    scenarioId: string,
    mode: ModeId,
    seed = this.fixedSeed ?? Math.floor(Math.random() * 1_000_000),
  ): void {
    const scenario = scenarioById(scenarioId);
    if (!scenario) throw new Error(`unknown scenario '${scenarioId}'`);
    const session = Session.start({ ...scenario, mode, seed });
    const now = new Date().toISOString();
    this.run = { id: newId(), createdAt: now };
    this.beginPlay(scenario, session, 0);
  }

  resumeSaved(): void {
    const record = this.savedRun();
    if (!record) return;
    const scenario = scenarioById(record.scenario);
    if (!scenario) {
      this.notice = `The saved run is of a scenario this version does not have ('${record.scenario}').`;
      this.changed();
      return;
    }
    try {
      const session = sessionFromRun(record, scenario);
      this.run = { id: record.id, createdAt: record.createdAt };
      // Show the run from its last choice point, not from the top.
      const lastPoint = session.checkpoints[session.checkpoints.length - 1];
      this.beginPlay(scenario, session, lastPoint ? Math.max(0, lastPoint.stepCount - 1) : 0);
    } catch (error) {
      this.notice = `The saved run could not be resumed: ${(error as Error).message}. It has been set aside.`;
      this.runs.setAside();
      this.changed();
    }
  }

  private beginPlay(scenario: BundledScenario, session: Session, revealed: number): void {
    const first = session.steps[revealed - 1] ?? null;
    this.play = {
      scenario,
      session,
      revealed,
      current: first,
      snapshot: first?.snapshot ?? session.steps[0]?.snapshot ?? session.snapshot,
      history: session.steps.slice(0, revealed),
      choices: [],
      finished: false,
    };
    this.screen = 'play';
    this.overlay = null;
    this.save();
    this.advance();
  }

  /** Show the next line (Enter, Space, or the Continue button). Coaching is skipped when off. */
  advance(): void {
    const play = this.play;
    if (!play || this.overlay) return;
    const steps = play.session.steps;
    while (play.revealed < steps.length) {
      const step = steps[play.revealed];
      play.revealed += 1;
      play.history = steps.slice(0, play.revealed);
      play.snapshot = step.snapshot;
      if (step.kind === 'choice') continue;
      if (step.coach && !this.settings.coaching) continue;
      play.current = step;
      break;
    }
    const allShown = play.revealed >= steps.length;
    play.choices = allShown ? play.session.choices : [];
    play.finished = allShown && play.session.ended;
    this.changed();
  }

  /** Whether every line so far has been shown. */
  get waitingForChoice(): boolean {
    return !!this.play && this.play.choices.length > 0;
  }

  choose(number: number): void {
    const play = this.play;
    if (!play || this.overlay || number < 1 || number > play.choices.length) return;
    try {
      play.session.choose(number);
    } catch (error) {
      this.notice = `The story hit an error and stopped here: ${(error as Error).message}`;
      this.changed();
      return;
    }
    play.choices = [];
    this.save();
    this.advance();
  }

  finish(): void {
    if (this.play?.finished) this.go('debrief');
  }

  quitToTitle(): void {
    this.save();
    this.go('title');
  }

  private save(): void {
    if (!this.play || !this.run) return;
    const now = new Date().toISOString();
    const record = runFromSession(this.play.session, { id: this.run.id, createdAt: this.run.createdAt, now });
    const problem = this.runs.save(record);
    if (problem) this.notice = problem;
  }
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
