// Sally and Jo as the pursuer (Sally): every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('sally', 'pursuer', {
  endings: ['hollow_win', 'left_dropped', 'walked_out', 'break_and_return', 'reconnected'],
  facts: ['narrated time passes', 'talk during a break floods again', 'jo speaks flooded during a break'],
});
