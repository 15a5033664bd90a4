// The game's state: which screen is showing, the run being played and how far its lines have
// been revealed, the settings. Scenes and the DOM layer read it and send it events; it owns the
// session, so nothing else touches the model.
import { Session, type OfferedChoice, type Step } from '../session/session.ts';
import { isCurrentStory, isSameRun, runFromSession, sessionFromRun, type RunRecord } from '../session/run.ts';
import type { RunSummary } from '../session/compact.ts';
import { branchRun } from '../session/compare.ts';
import { readRunsFile, runsBundle } from '../session/validate.ts';
import type { SimSnapshot } from '../sim/simulation.ts';
import type { ModeId } from '../story/manifest.ts';
import { loadSettings, saveSettings, type Settings } from './settings.ts';
import { loadScenario, SCENARIOS, scenarioEntry, type BundledScenario } from './stories.ts';
import { RunStore } from './run-store.ts';
import { workerCompactor } from './compactor.ts';

export type Screen = 'boot' | 'title' | 'select' | 'play' | 'debrief' | 'runs' | 'compare';
export type Overlay = 'pause' | 'settings' | 'help' | 'confirm' | null;

export interface Confirmation {
  title: string;
  message: string;
  confirmLabel: string;
  action: () => void;
}

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
  /** The choice point whose draft has been written or skipped (see Settings.drafts). */
  draftedAt: number | null;
}

type Listener = () => void;

export class App {
  screen: Screen = 'boot';
  overlay: Overlay = null;
  /** The dialog to return to when the one open now closes. */
  private overlayBack: Overlay = null;
  settings: Settings = loadSettings();
  play: PlayView | null = null;
  /** A message for the player (a storage problem, a story error), shown until dismissed. */
  private noticeText: string | null = null;
  private noticeIsNews = false;

  /** The notice shown over every screen: a problem, unless set with `news`. */
  get notice(): string | null {
    return this.noticeText;
  }

  set notice(text: string | null) {
    this.noticeText = text;
    this.noticeIsNews = false;
  }

  /** Whether the notice reports a problem or news that all went well. */
  get noticeKind(): 'problem' | 'news' {
    return this.noticeIsNews ? 'news' : 'problem';
  }

  /** Show news that all went well (a status, not an alarm). */
  private news(text: string): void {
    this.noticeText = text;
    this.noticeIsNews = true;
  }
  readonly scenarios = SCENARIOS;
  /** A seed for every new run (`?seed=N` in the address), for reproducible runs and tests. */
  fixedSeed: number | null = null;
  /** A run to start straight after loading (`?play=scenario/mode`), for links into a scenario. */
  deepLink: { scenario: string; mode: ModeId } | null = null;
  private readonly listeners = new Set<Listener>();
  readonly runs = new RunStore({
    scenario: loadScenario,
    manifest: (id) => scenarioEntry(id)?.manifest,
    compact: workerCompactor(),
  });
  /** Saves in the order they were made: each waits for the one before. */
  private saving: Promise<void> = Promise.resolve();
  /** The run being played or viewed. */
  run: { id: string; createdAt: string; parentId: string | null; branchedAt: number | null } | null = null;
  /** A question awaiting yes or no (delete, go back). */
  confirmation: Confirmation | null = null;
  /** The two runs on the compare screen. */
  comparing: { a: RunRecord; b: RunRecord; scenario: BundledScenario } | null = null;
  /** Runs picked on My runs for comparing. */
  picked: string[] = [];

  constructor() {
    this.runs.onOtherTab(() => this.otherTabWrote());
  }

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
      if (scenarioEntry(link.scenario)?.manifest.modes.some((m) => m.id === link.mode)) {
        void this.startRun(link.scenario, link.mode);
        return;
      }
      this.notice = `There is no scenario '${link.scenario}' with a mode '${link.mode}'; here is the title screen instead.`;
    }
    // News belongs to the screen it was told on; a problem stays until it is dismissed.
    if (this.noticeIsNews && screen !== this.screen) this.noticeText = null;
    this.screen = screen;
    this.overlay = null;
    this.changed();
    // My runs shows the runs as last read at once, then picks up any change (another tab).
    if (screen === 'runs') void this.loadRuns();
  }

  /** Open a dialog over the screen (null closes it). Help or Settings opened from Pause go back
   * to Pause when closed; opened from the screen itself, they go back to the screen. */
  open(overlay: Overlay): void {
    this.overlayBack = overlay === 'help' || overlay === 'settings' ? this.overlay : null;
    this.overlay = overlay;
    if (overlay !== 'confirm') this.confirmation = null;
    this.changed();
  }

  /** Close the dialog open now, going back to the one it was opened from, if any. */
  closeOverlay(): void {
    this.open(this.overlayBack);
  }

  ask(confirmation: Confirmation): void {
    this.confirmation = confirmation;
    this.overlay = 'confirm';
    this.changed();
  }

  confirm(): void {
    const action = this.confirmation?.action;
    this.confirmation = null;
    this.overlay = null;
    action?.();
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
  savedRun(): RunSummary | null {
    const id = this.runs.currentId();
    const summary = id ? this.runs.summary(id) : undefined;
    return summary && !summary.finished ? summary : null;
  }

  /** Every saved run, as last read from the store (see loadRuns), newest first. */
  listRuns(): RunSummary[] {
    return this.runs.summaries;
  }

  /**
   * Read the saved runs' summaries from the store (at start, the first time, runs saved by
   * earlier versions are moved in); anything unreadable is set aside and reported.
   */
  async loadRuns(): Promise<void> {
    const started = performance.now();
    const before = listSignature(this.runs.summaries);
    const { runs, problems } = await this.runs.list();
    performance.measure('dance-of-distance:list-runs', { start: started });
    if (problems.length) this.notice = problems.join(' ');
    if (problems.length || listSignature(runs) !== before) this.changed();
    // Runs moved from an earlier version's storage are compacted in the background.
    void this.runs.compactPending();
  }

  async startRun(
    scenarioId: string,
    mode: ModeId,
    seed = this.fixedSeed ?? Math.floor(Math.random() * 1_000_000),
  ): Promise<void> {
    const scenario = await this.storyOf(scenarioId);
    if (!scenario) return;
    const session = Session.start({ ...scenario, mode, seed });
    this.run = { id: newId(), createdAt: new Date().toISOString(), parentId: null, branchedAt: null };
    this.beginPlay(scenario, session, 0);
  }

  async resumeSaved(): Promise<void> {
    const summary = this.savedRun();
    if (summary) await this.openRun(summary.id);
  }

  /** Open a saved run: an unfinished one to play on, a finished one at its debrief. */
  async openRun(id: string): Promise<void> {
    await this.saving; // the run just played may still be on its way to the store
    const { run: record, problem, exact } = await this.runs.get(id, { toPlay: true });
    if (!record) {
      this.notice = problem ?? 'That run is no longer saved.';
      this.changed();
      return;
    }
    const scenario = await this.storyOf(record.scenario);
    if (!scenario) return;
    try {
      const outdated = !isCurrentStory(record, scenario);
      const session = sessionFromRun(record, scenario);
      this.run = {
        id: record.id,
        createdAt: record.createdAt,
        parentId: record.parentId,
        branchedAt: record.branchedAt,
      };
      if (outdated)
        this.notice =
          'This run was recorded on an older version of its story; it has been replayed on the story as it is now, so some lines may differ.';
      else if (!exact)
        this.notice =
          'This run was replayed on a newer version of the game, so its numbers may differ a little from when it was played.';
      const lastPoint = session.checkpoints[session.checkpoints.length - 1];
      this.beginPlay(
        scenario,
        session,
        session.ended ? session.steps.length : lastPoint ? Math.max(0, lastPoint.stepCount - 1) : 0,
      );
      if (session.ended) this.go('debrief');
    } catch (error) {
      this.notice = `This run could not be opened: ${(error as Error).message}`;
      this.changed();
    }
  }

  /** Go back to choice point `k` of the run on screen and take another branch there: a new run,
   * linked to this one, restored from the saved state. */
  branch(k: number): void {
    const play = this.play;
    if (!play || !this.run) return;
    const now = new Date().toISOString();
    const record = runFromSession(play.session, { ...this.run, now });
    const { session, run } = branchRun(record, k, play.scenario, { id: newId(), createdAt: now, now });
    this.run = { id: run.id, createdAt: now, parentId: record.id, branchedAt: k };
    this.beginPlay(play.scenario, session, session.steps.length);
  }

  async deleteRun(id: string): Promise<void> {
    await this.saving; // a save still on its way must not bring the run back
    await this.runs.delete(id);
    this.picked = this.picked.filter((p) => p !== id);
    this.changed();
  }

  togglePick(id: string): void {
    this.picked = this.picked.includes(id)
      ? this.picked.filter((p) => p !== id)
      : [...this.picked, id].slice(-2);
    this.changed();
  }

  async compare(aId: string, bId: string): Promise<void> {
    await this.saving;
    const [loadedA, loadedB] = [await this.runs.get(aId), await this.runs.get(bId)];
    const a = loadedA.run;
    const b = loadedB.run;
    if (!a || !b) {
      this.notice = loadedA.problem ?? loadedB.problem ?? 'That run is no longer saved.';
      this.changed();
      return;
    }
    if (a.scenario !== b.scenario || a.mode !== b.mode) {
      this.notice = 'Only runs of the same scenario and mode can be compared.';
      this.changed();
      return;
    }
    const scenario = await this.storyOf(a.scenario);
    if (!scenario) return;
    this.comparing = { a, b, scenario };
    this.go('compare');
  }

  /** Runs as a file to download: each replayed from its compact form, in full. */
  async exportRuns(ids: string[]): Promise<string> {
    await this.saving;
    const runs: RunRecord[] = [];
    const problems: string[] = [];
    for (const id of ids) {
      const { run, problem } = await this.runs.get(id);
      if (run) runs.push(run);
      if (problem) problems.push(problem);
    }
    if (problems.length) {
      this.notice = problems.join(' ');
      this.changed();
    }
    return ids.length === 1 && runs[0]
      ? JSON.stringify(runs[0], null, 1)
      : runsBundle(runs, new Date().toISOString());
  }

  /** Import an exported file; refused runs are reported with the reason, the rest are saved. */
  async importRuns(text: string): Promise<void> {
    // Checked against the scenarios and stories this build has: a run it could not play is refused.
    // Each story the file's runs are of is loaded first (a file names them as "scenario": "id").
    const stories = new Map<string, BundledScenario>();
    for (const [, id] of text.matchAll(/"scenario"\s*:\s*"([a-z0-9_-]{1,64})"/g)) {
      if (stories.has(id) || !scenarioEntry(id)) continue;
      const story = await this.storyOf(id);
      if (!story) return;
      stories.set(id, story);
    }
    const { runs, refused } = readRunsFile(text, (id) => stories.get(id));
    const saved: string[] = [];
    let already = 0;
    for (const run of runs) {
      const stored = this.runs.summary(run.id);
      // The same run imported again (an export read back) is already here: importing is idempotent.
      if (stored && isSameRun(stored, run)) {
        already += 1;
        continue;
      }
      const record = stored ? { ...run, id: newId() } : run;
      const problem = await this.runs.save(record);
      if (problem) refused.push(problem);
      else saved.push(record.id);
    }
    const parts = [];
    if (saved.length) parts.push(`Imported ${saved.length} run${saved.length === 1 ? '' : 's'}.`);
    if (already)
      parts.push(
        `${already} run${already === 1 ? ' was' : 's were'} already in My runs, so not added twice.`,
      );
    if (refused.length) parts.push(`Not imported: ${refused.join('; ')}.`);
    const told = parts.join(' ') || 'The file held no runs.';
    if (refused.length || parts.length === 0) this.notice = told;
    else this.news(told);
    this.changed();
  }

  /** A scenario with its story, fetched the first time; a failed fetch is reported and undefined. */
  private async storyOf(id: string): Promise<BundledScenario | undefined> {
    try {
      const scenario = await loadScenario(id);
      if (!scenario) {
        this.notice = `This version of the game has no scenario '${id}'.`;
        this.changed();
      }
      return scenario;
    } catch (error) {
      this.notice = `The story of ${scenarioEntry(id)?.manifest.title ?? id} could not be loaded (${(error as Error).message}). Check the connection and try again.`;
      this.changed();
      return undefined;
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
      // A run resumed at a choice already drafted goes straight to its options.
      draftedAt: session.drafts.find((d) => d.choice === session.choicePoint)?.choice ?? null,
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

  /** Whether the options are on screen, waiting for a pick (not while a draft is asked for). */
  get waitingForChoice(): boolean {
    return !!this.play && this.play.choices.length > 0 && !this.draftPending;
  }

  /** Whether the player is asked to draft their own line before the options show (a setting). */
  get draftPending(): boolean {
    const play = this.play;
    return (
      !!play && this.settings.drafts && play.choices.length > 0 && play.draftedAt !== play.session.choicePoint
    );
  }

  /** Keep what the player drafted (empty when skipped) and show the options. */
  submitDraft(text: string): void {
    const play = this.play;
    if (!play || play.session.choicePoint === null) return;
    play.session.noteDraft(text);
    play.draftedAt = play.session.choicePoint;
    this.save();
    this.changed();
  }

  /** The hint for the choice on offer (what to notice, never what to pick), kept in the run. */
  takeHint(): void {
    const play = this.play;
    if (!play || !this.settings.hints || play.choices.length === 0) return;
    play.session.takeHint();
    this.save();
    this.changed();
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

  /** Another tab saved run `id` meanwhile, so this tab's play of it was saved as `branch`: play
   * goes on here as the branch, and the player is told. */
  private playOnAsBranch(id: string, branch: RunRecord): void {
    if (this.run?.id === id) {
      const { parentId, branchedAt, createdAt } = branch;
      this.run = { id: branch.id, createdAt, parentId, branchedAt };
    }
    if (this.runs.currentId() === id) this.runs.setCurrent(branch.finished ? null : branch.id);
    this.notice = SAVED_IN_ANOTHER_TAB;
  }

  /** Another tab saved or deleted a run: the lists shown here (My runs, the title's Continue) are
   * read again. */
  private otherTabWrote(): void {
    if (this.screen === 'runs' || this.screen === 'title') void this.loadRuns();
  }

  /**
   * Save the run in play. The write finishes in the background while play goes on; a problem
   * (a full store) is reported when it comes back, and the run in play is never affected.
   */
  private save(): void {
    if (!this.play || !this.run) return;
    const now = new Date().toISOString();
    const live = runFromSession(this.play.session, { ...this.run, now });
    // The session's lists grow as play goes on: save them as they are now.
    const record = { ...live, steps: [...live.steps], checkpoints: [...live.checkpoints] };
    this.runs.setCurrent(record.finished ? null : record.id);
    this.saving = this.saving
      .then(() => this.runs.savePlay(record))
      .then(({ problem, branch }) => {
        if (branch) this.playOnAsBranch(record.id, branch);
        if (problem) this.notice = problem;
        // The title's Continue follows the saved runs.
        if (problem || branch || this.screen === 'title') this.changed();
      })
      // Never expected; but one failed save must not stop the ones after it.
      .catch((error: unknown) => {
        this.notice = `This run could not be saved right now (${(error as Error).message}).`;
        this.changed();
      });
  }
}

/** Told when another tab had saved the run in play since this tab did (see RunStore.savePlay). */
export const SAVED_IN_ANOTHER_TAB =
  'This run was saved in another tab since this tab opened or last saved it. Both are kept: that save as it is, and what you play here as a branch of it in My runs.';

/** What a list of runs shows, to tell whether it changed. */
function listSignature(runs: RunSummary[]): string {
  return runs.map((r) => `${r.id}@${r.updatedAt}`).join(' ');
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
