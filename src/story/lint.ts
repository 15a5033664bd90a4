// Static checks of ink sources against the tag vocabulary (DESIGN §5), with file and line: every
// tag known, every choice carrying a move inside its brackets, ids that exist in the manifest.
import { COUNSELOR_ID } from '../sim/moves.ts';
import type { ScenarioManifest } from './manifest.ts';
import { parseChoiceTags, parseLineTags, TagError } from './tags.ts';

export interface LintProblem {
  file: string;
  line: number;
  message: string;
}

/** Split `text #a #b:c` into its tags (ink ends a tag at the next `#`). */
function tagsIn(text: string): string[] {
  return text
    .split('#')
    .slice(1)
    .map((t) => t.split(/[|}\]]/)[0].trim())
    .filter((t) => t !== '');
}

function stripComment(line: string): string {
  const at = line.indexOf('//');
  return at >= 0 ? line.slice(0, at) : line;
}

const CHOICE = /^\s*(?:[*+]\s*)+(?:\([\w]+\)\s*)?(?:\{[^}]*\}\s*)*/;

export function lintInk(files: Record<string, string>, manifest: ScenarioManifest): LintProblem[] {
  const problems: LintProblem[] = [];
  const partners = new Set(manifest.partners.map((p) => p.id));
  const speakers = new Set([...partners, COUNSELOR_ID]);
  for (const [file, source] of Object.entries(files)) {
    let inBlockComment = false;
    source.split('\n').forEach((raw, i) => {
      const report = (message: string) => problems.push({ file, line: i + 1, message });
      let line = raw;
      if (inBlockComment) {
        const end = line.indexOf('*/');
        if (end < 0) return;
        line = line.slice(end + 2);
        inBlockComment = false;
      }
      const blockStart = line.indexOf('/*');
      if (blockStart >= 0 && line.indexOf('*/', blockStart) < 0) {
        inBlockComment = true;
        line = line.slice(0, blockStart);
      }
      line = stripComment(line);
      if (/^\s*(VAR|CONST|EXTERNAL|INCLUDE|~|=)/.test(line)) return;
      const choice = CHOICE.exec(line);
      if (choice && /^\s*[*+]/.test(line)) {
        const rest = line.slice(choice[0].length);
        const open = rest.indexOf('[');
        const close = rest.indexOf(']', open);
        const inside = open >= 0 && close > open ? rest.slice(open + 1, close) : '';
        const outside = open >= 0 && close > open ? rest.slice(0, open) + rest.slice(close + 1) : rest;
        const choiceTags = tagsIn(inside);
        if (tagsIn(outside.split('->')[0]).length && open < 0) {
          report('choice tags go inside the brackets, as in * [text #move:bid]');
        }
        try {
          const parsed = parseChoiceTags(choiceTags);
          if (!parsed.move) report('every choice needs a #move inside its brackets');
          if (parsed.to && !partners.has(parsed.to))
            report(`#to:${parsed.to} names no partner of this scenario`);
        } catch (error) {
          if (error instanceof TagError) report(error.message);
          else throw error;
        }
        // Text after the brackets is printed as a line; its tags are line tags.
        checkLineTags(tagsIn(outside.slice(outside.indexOf(']') + 1)), report);
        return;
      }
      checkLineTags(tagsIn(line), report);
    });
  }
  return problems;

  function checkLineTags(tags: string[], report: (message: string) => void) {
    if (!tags.length) return;
    try {
      const parsed = parseLineTags(tags);
      if (parsed.speaker && !speakers.has(parsed.speaker))
        report(`#speaker:${parsed.speaker} names nobody in this scenario`);
      if (parsed.move && !partners.has(parsed.move.by) && parsed.move.by !== COUNSELOR_ID)
        report(`#move:${parsed.move.by}.… names no partner of this scenario (nor the counselor)`);
      if (parsed.move?.to !== undefined && !partners.has(parsed.move.to))
        report(`#move:….${parsed.move.type}>${parsed.move.to} names no partner of this scenario`);
      if (parsed.ending && !manifest.endings[parsed.ending])
        report(`#ending:${parsed.ending} is not an ending in scenario.json`);
      if (parsed.body && !partners.has(parsed.body.who))
        report(`#body:${parsed.body.who}.… names no partner of this scenario`);
      if (parsed.coach && (parsed.move || parsed.speaker || parsed.ending || parsed.time || parsed.body))
        report('#coach lines take no other tags');
    } catch (error) {
      if (error instanceof TagError) report(error.message);
      else throw error;
    }
  }
}
