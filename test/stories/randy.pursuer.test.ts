// Randy and Nadia as Randy (the pursuer who flips the table): every path walked once, with the
// tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('randy', 'pursuer', {
  endings: ['reconnected', 'measured_truce', 'table_flipped', 'walked_out', 'break_and_return'],
  facts: ['narrated time passes', 'talk during a break floods again', 'nadia speaks flooded during a break'],
});
