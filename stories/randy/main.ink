// Randy and Nadia — adapted from comment 9 (Randy) in 002_612bd878bc8560af.txt.
// Thursday evening, after three days of barely talking since Sunday. Randy is at the stove;
// Nadia comes up behind him and leans in, expecting her warmth to be met.
//
// The session starts each mode at its entry knot (see scenario.json):
//   as Randy (the pursuer who flips)  -> randy_start   (as-randy.ink)
//   as Nadia (the distancer)          -> nadia_start   (as-nadia.ink)
//   as the counselor                  -> counsel_start (as-counselor.ink)
//
// The model is read through the externals below. Each has an ink fallback so Inky still runs
// this file on its own: the fallbacks describe a calm couple.
//
// Roles flip in the model (src/sim): a distancer whose reaching goes unanswered becomes the
// pursuer, and stance_of then answers in the pursuer's words (reaching | protesting | attacking |
// cold). The mode files read that: pursuing(who) below is true whatever the role started as.

EXTERNAL state_of(who)
EXTERNAL stance_of(who)
EXTERNAL arousal(who)
EXTERNAL cycle_stage()
EXTERNAL received(who)
EXTERNAL minutes_left()

INCLUDE as-randy.ink
INCLUDE as-nadia.ink
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
~ return "withdraw-withdraw"

=== function received(who) ===
// how `who` heard the last move made to them: as_meant | misread | let_go | none
~ return "as_meant"

=== function minutes_left() ===
// minutes left of the counselor's session (scenario.json: sessionMinutes); 9999 in other modes
~ return 50

=== function flooded(who) ===
// over the flooding line: flooded, or on a break and not yet recovered
~ return state_of(who) == "flooded" || (state_of(who) == "cooling")

=== function pursuing(who) ===
// in the pursuer's role now, and pressing: protesting or attacking (whichever role they started in)
~ return stance_of(who) == "protesting" || stance_of(who) == "attacking"

=== function gone_cold(who) ===
// a pursuer gone cold (withdrawn), or a distancer behind a wall
~ return stance_of(who) == "cold" || stance_of(who) == "stonewalling"
