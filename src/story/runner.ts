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

  loadState(json: string): void {
    this.story.state.LoadJson(json);
  }

  /** How often a knot (or knot.stitch) has been visited on this path. */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }
}
