// Sally and Jo — adapted from comment 8 (Sally) in 002_612bd878bc8560af.txt, and Terry's reply
// ("it's best to be vulnerable and authentic in relationships").
// Sally took a job in Singapore; Jo stayed in Leeds. Seven hours apart: Sally's 23:40 is Jo's
// 16:40. Jo went distant; Sally pursued, then read the article and went cool on purpose, and it
// "worked" a little. The conversation happens over messages, a video call that freezes and drops,
// and a voice note.
//
// The session starts each mode at its entry knot (see scenario.json):
//   as Sally (the pursuer)    -> sally_start   (as-sally.ink)
//   as Jo (the distancer)     -> jo_start      (as-jo.ink)
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

INCLUDE as-sally.ink
INCLUDE as-jo.ink
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

=== function hhmm(m) ===
// Prints a clock time from minutes after midnight, wrapping at midnight: 1000 -> 16:40.
// Call it inline: {hhmm(sally_now)}.
~ temp mm = m mod 1440
~ temp h = (mm - (mm mod 60)) / 60
~ temp mi = mm mod 60
{h < 10:0}{h}:{mi < 10:0}{mi}
