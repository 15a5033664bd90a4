// Ellie and Mark — adapted from comment 4 (Ellie) in 002_612bd878bc8560af.txt.
// A Friday evening. Mark, a postman, has been home since two; he has cooked, queued the film and
// planned the weekend. Ellie, a pharmacist, is home from a ten-hour shift, talked out, and needs
// an hour that is hers. For months she has got it by inventing errands.
//
// The session starts each mode at its entry knot (see scenario.json):
//   as Mark (the pursuer)     -> mark_start    (as-mark.ink)
//   as Ellie (the distancer)  -> ellie_start   (as-ellie.ink)
//   as the counselor          -> counsel_start (as-counselor.ink)
//
// The model is read through the externals below. Each has an ink fallback so Inky still runs
// this file on its own: the fallbacks describe a calm couple.

EXTERNAL state_of(who)
EXTERNAL stance_of(who)
EXTERNAL arousal(who)
EXTERNAL cycle_stage()
EXTERNAL received(who)
EXTERNAL minutes_left()

INCLUDE as-mark.ink
INCLUDE as-ellie.ink
INCLUDE as-counselor.ink

-> DONE

=== function state_of(who) ===
// calm | activated | escalated | flooded | cooling
~ return "calm"

=== function stance_of(who) ===
// pursuer: reaching | protesting | attacking | cold
// distancer: present | deflecting | defending | stonewalling
~ return "reaching"

=== function arousal(who) ===
// 0-100
~ return 20

=== function cycle_stage() ===
// pursue-withdraw | attack-withdraw | attack-defend | withdraw-withdraw | engage-engage
~ return "pursue-withdraw"

=== function received(who) ===
// how `who` heard the last move made to them: as_meant | misread | let_go | none
~ return "as_meant"

=== function minutes_left() ===
// minutes left of the counselor's session (scenario.json: sessionMinutes); 9999 in other modes
~ return 50

=== function flooded(who) ===
// over the flooding line: flooded, or on a break and not yet recovered
~ return state_of(who) == "flooded" || (state_of(who) == "cooling")
