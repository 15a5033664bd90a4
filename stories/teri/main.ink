// Teri and Dale — adapted from Teri's reply to comment 4 in 002_612bd878bc8560af.txt.
// Eight months after Teri moved out into her own flat, they are "still working on things".
// She pursued first, while he was controlling and stubborn; she checked out and became the
// distancer. Now Dale pursues her back: guilt, gifts, "I do everything for you so I deserve more".
//
// The session starts each mode at its entry knot (see scenario.json):
//   as Dale (the pursuer)     -> dale_start    (as-dale.ink)
//   as Teri (the distancer)   -> teri_start    (as-teri.ink)
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

INCLUDE as-dale.ink
INCLUDE as-teri.ink
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
