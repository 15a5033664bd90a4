// Randy and Nadia as Nadia (the distancer): every path walked once, with the tests every mode gets.
import { describeMode } from './scenario-modes.ts';

describeMode('randy', 'distancer', {
  endings: ['reconnected', 'measured_truce', 'table_flipped', 'walked_out', 'break_and_return'],
  facts: ['narrated time passes', 'talk during a break floods again'],
});
