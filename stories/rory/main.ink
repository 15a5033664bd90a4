// Rory and Mateo — adapted from comment 6 (Rory) in 002_612bd878bc8560af.txt: "I'm currently a
// female in a relationship where i am being relentlessly pursued and feel smothered ... We just
// moved in together". Eight days after the move; the little room, the shut door, the arroz.
//
// The session starts each mode at its entry knot (see scenario.json):
//   as Mateo (the pursuer)    -> mateo_start   (as-mateo.ink)
//   as Rory (the distancer)   -> rory_start    (as-rory.ink)
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

INCLUDE as-mateo.ink
INCLUDE as-rory.ink
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
