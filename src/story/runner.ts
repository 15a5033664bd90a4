// The ink adapter: runs a compiled story and hands out plain data — lines with their tags, and
// choices — never inkjs objects. Externals read the model; ink's own errors and warnings are
// surfaced, never swallowed.
import { Story } from 'inkjs';
import { parseChoiceTags, parseLineTags, type ChoiceTags, type LineTags } from './tags.ts';

export interface StoryLine {
  text: string;
  tags: string[];
  parsed: LineTags;
}

export interface StoryChoice {
  /** 0-based index into the current choices. */
  index: number;
  /** Where the choice is written in the story (ink's source path): the same choice on every path. */
  id: string;
  text: string;
  tags: string[];
  parsed: ChoiceTags;
}

/** What the story can ask of the model (DESIGN §5). */
export interface StoryExternals {
  state_of(who: string): string;
  stance_of(who: string): string;
  arousal(who: string): number;
  cycle_stage(): string;
  /** How `who` heard the last move made to them: as_meant | misread | let_go | none. */
  received(who: string): string;
  /** Simulated minutes left of a counselor's session (a large number where the mode has none). */
  minutes_left(): number;
}

export class InkRuntimeError extends Error {
  constructor(
    message: string,
    public readonly kind: 'error' | 'warning' | 'tag',
  ) {
    super(message);
    this.name = 'InkRuntimeError';
  }
}

/** The parts of inkjs's StoryState (and its VariablesState) that `captureState` copies: internal
 * to inkjs 2.4, so test/session/lazy-checkpoints.test.ts checks `captureState` against `saveState`. */
interface InkVariablesInternals {
  _globalVariables: Map<string, unknown>;
  _defaultGlobalVariables: Map<string, unknown>;
}
interface InkPointer {
  isNull: boolean;
  copy(): InkPointer;
}
interface InkChoice {
  tags: string[] | null;
  Clone(): InkChoice;
}
interface InkStateInternals {
  _patch: unknown;
  _namedFlows: unknown;
  _currentFlow: { name: string; callStack: object; outputStream: unknown[]; currentChoices: InkChoice[] };
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  evaluationStack: unknown[];
  divertedPointer: InkPointer;
  currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
  variablesState: InkVariablesInternals;
  ToJson(): string;
}

/** Compiled stories parsed once, by their JSON: parsing is most of the cost of starting a run. */
const parsedStories = new Map<string, Story>();
const PARSED_STORIES_KEPT = 16;
/** Compiled stories whose external bindings inkjs has checked. */
const validatedStories = new Set<string>();

/** A fresh ink Story for `json` (its own state and bindings), sharing the parsed content. */
export function inkStory(json: string): Story {
  let template = parsedStories.get(json);
  if (!template) {
    template = new Story(json);
    if (parsedStories.size >= PARSED_STORIES_KEPT) {
      const oldest = parsedStories.keys().next().value!;
      parsedStories.delete(oldest);
      validatedStories.delete(oldest);
    }
    parsedStories.set(json, template);
  }
  const story = new Story(template.mainContentContainer, template.listDefinitions?.lists ?? null);
  story.ResetState();
  return story;
}

export class StoryRunner {
  private readonly story: Story;
  /** Warnings ink raised (not fatal); the session records them, the checks fail on them. */
  readonly warnings: string[] = [];

  constructor(json: string, externals: StoryExternals, seed = 0) {
    this.story = inkStory(json);
    this.story.onError = (message, type) => {
      // inkjs ErrorType: 0 author, 1 warning, 2 error
      if (type === 2) throw new InkRuntimeError(message, 'error');
      this.warnings.push(message);
    };
    this.story.state.storySeed = seed;
    const bind = (name: string, fn: (...args: never[]) => unknown) =>
      this.story.BindExternalFunction(name, fn as (...args: unknown[]) => unknown, false);
    bind('state_of', (who: string) => externals.state_of(who));
    bind('stance_of', (who: string) => externals.stance_of(who));
    bind('arousal', (who: string) => externals.arousal(who));
    bind('cycle_stage', () => externals.cycle_stage());
    bind('received', (who: string) => externals.received(who));
    bind('minutes_left', () => externals.minutes_left());
    // inkjs checks the bindings by walking the whole story on a story's first Continue; the
    // bindings are the same for every runner, so one check per compiled story is enough.
    if (validatedStories.has(json)) {
      (this.story as unknown as { _hasValidatedExternals: boolean })._hasValidatedExternals = true;
    } else {
      try {
        this.story.ValidateExternalBindings();
      } catch (error) {
        throw new InkRuntimeError((error as Error).message, 'error');
      }
      validatedStories.add(json);
    }
  }

  /** Jump to a knot (a mode's entry). */
  start(knot: string): void {
    try {
      this.story.ChoosePathString(knot);
    } catch (error) {
      throw new InkRuntimeError(`cannot start at '${knot}': ${(error as Error).message}`, 'error');
    }
  }

  get canContinue(): boolean {
    return this.story.canContinue;
  }

  /** The next line, with its tags parsed. Throws InkRuntimeError on an ink error or a bad tag. */
  continue(): StoryLine {
    const text = (this.story.Continue() ?? '').trim();
    const tags = (this.story.currentTags ?? []).map((t) => t.trim());
    try {
      return { text, tags, parsed: parseLineTags(tags) };
    } catch (error) {
      throw new InkRuntimeError(`${(error as Error).message} on the line "${text}"`, 'tag');
    }
  }

  get choices(): StoryChoice[] {
    return this.story.currentChoices.map((choice) => {
      const tags = (choice.tags ?? []).map((t) => t.trim());
      try {
        return {
          index: choice.index,
          id: choice.sourcePath,
          text: choice.text.trim(),
          tags,
          parsed: parseChoiceTags(tags),
        };
      } catch (error) {
        throw new InkRuntimeError(`${(error as Error).message} on the choice "${choice.text}"`, 'tag');
      }
    });
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  /**
   * The ink state as it is now, serialised only when asked: `() => saveState()` of this moment,
   * for far less than serialising it (a checkpoint at every choice point, most never read).
   *
   * What is kept is what ink's own state serialisation reads, copied as ink copies its state to
   * save it in the background (`StoryState.CopyAndStartPatching(true)`): the call stack and the
   * choices' threads are copied (ink goes on editing them), the output and evaluation stack are
   * lists of values ink never edits, and the variables, visit counts and turn indices, which that
   * copy shares and patches, are copied too (ink replaces a value, never edits one). Asked for,
   * they are put in a fresh StoryState, which ink serialises. inkjs's `Choice.Clone` drops the
   * tags, so they are given back. Where the state is not at rest (a patch under way, or more than
   * one flow) it is serialised now, as before.
   */
  captureState(): () => string {
    const live = this.story.state as unknown as InkStateInternals;
    if (live._patch !== null || live._namedFlows !== null) {
      const json = this.saveState();
      return () => json;
    }
    const flow = live._currentFlow;
    const variables = live.variablesState;
    const CallStack = flow.callStack.constructor as new (toCopy: object) => object;
    const callStack = new CallStack(flow.callStack);
    const flowName = flow.name;
    const outputStream = flow.outputStream.slice();
    const choices = flow.currentChoices.map((choice) => {
      const copy = choice.Clone();
      copy.tags = choice.tags;
      return copy;
    });
    const evaluationStack = live.evaluationStack.slice();
    const divertedPointer = live.divertedPointer.isNull ? null : live.divertedPointer.copy();
    const globals = new Map(variables._globalVariables);
    // Set when the story's globals are first evaluated, and replaced, never edited, after.
    const defaults = variables._defaultGlobalVariables;
    const visitCounts = new Map(live._visitCounts);
    const turnIndices = new Map(live._turnIndices);
    const { currentTurnIndex, storySeed, previousRandom } = live;
    const StoryState = live.constructor as new (story: Story) => InkStateInternals;
    const story = this.story;
    return () => {
      const state = new StoryState(story);
      const own = state._currentFlow;
      own.name = flowName;
      own.callStack = callStack;
      own.outputStream = outputStream;
      own.currentChoices = choices;
      state.evaluationStack.push(...evaluationStack);
      if (divertedPointer) state.divertedPointer = divertedPointer;
      state.variablesState._globalVariables = globals;
      state.variablesState._defaultGlobalVariables = defaults;
      state._visitCounts = visitCounts;
      state._turnIndices = turnIndices;
      state.currentTurnIndex = currentTurnIndex;
      state.storySeed = storySeed;
      state.previousRandom = previousRandom;
      return state.ToJson();
    };
  }

  loadState(json: string): void {
    this.story.state.LoadJson(json);
  }

  /** How often a knot (or knot.stitch) has been visited on this path. */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }
}
