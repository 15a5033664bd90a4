// Randy and Nadia — as the counselor. The player is a trainee counselor in a couples session with
// both partners, who are simulated. Adapted from comment 9 (Randy) in 002_612bd878bc8560af.txt:
// a man who calls himself a pursuer and then "flips the table and distances"; affection "almost
// perfectly measured"; his feelings "interpreted as scrutiny"; her coming back after days of
// quiet and expecting warmth; "when I want it, I'm smothering her".
//
// The session is ten days after a Thursday like the one in the partner modes, their second
// session: EFT's first stage, de-escalation. Track the cycle (here a cycle in which each of them
// plays both parts: he reaches, then goes cold; she withdraws, then chases when he does), reach
// the softer feelings under the reactive ones, and reframe the problem as the cycle, not as a
// ledger of who owes whom affection. The tempting mistakes (take_sides, advise, interpret, a
// premature enactment, a time-out nobody needed, a safety question with both in the room) cost
// heat in the room and show in what the partners say. "Flip the table" is a figure of speech in
// the comment; the right play is still to check what it means with each of them alone.
//
// The rubric (src/session/rubric.ts) scores the counselor from the moves and the model. Every coach
// line that names a fault carries #mistake:<fault>, and the rubric scores that fault at the choice
// just made: a coach line naming a fault that depends on the room is conditioned on the room as it
// was before the choice (the before_* flags, set by note_before just above each choice point).
// Every reflect, name_cycle and slow_down sets counsel_tracked, as the rubric's own "tracked" does.
//
// The hour (scenario.json: sessionMinutes 50). Every move takes a simulated minute; a line with
// #time:N lets N quiet minutes pass. A time-out (#move:time_out=20) only starts the break: its
// minutes pass on the #time lines that tell it, and any move before they are up ends it and floods
// a partner still cooling again. At each knot boundary counsel_pace reads minutes_left() and
// decides how much of the rest of the work fits; when the hour is gone before a close, the session
// ends out_of_time.
//
// The partners' words follow the model (state_of / stance_of / received / flooded). Nadia, the
// withdrawer, answers a first open question with "I don't know; I need quiet", and opens, if at
// all, to a slower, more concrete second try or a tentative conjecture, and only when she is not
// braced. Randy answers what the counselor has done: heard and with the cycle tracked, he can
// bring the ledger as a hurt; after a fix or an ally, as a charge.
//
// Endings: walked_out (pressing on while someone is flooded or the room is too hot; whoever leaves
// is flooded), deadlock (the session closes stuck), break_and_return (twenty quiet minutes and a
// calmer close), measured_truce (the counselor handed them an affection schedule, and they take
// it: calm, and a ledger), reconnected (a softer feeling said in an enactment and heard, or said
// and heard with the circle open at the close), out_of_time (the hour runs out before a close).

VAR counsel_randy_opening = ""
// "soft" | "harsh": how Randy's first words to Nadia came out.
VAR counsel_tracked = false
// The counselor has reflected, named or slowed the cycle: set on every reflect, name_cycle and
// slow_down. An enactment before it is premature.
VAR counsel_cycle_named = false
VAR counsel_randy_heard = false
// Randy's experience has been validated or drawn out by the counselor (not argued for).
VAR counsel_ledger_raised = false
// Randy has raised the ledger ("when she wants it… when I want it, I'm smothering her").
VAR counsel_ledger_hurt = false
VAR counsel_nadia_hope = false
// Nadia has said what she hopes for when she comes back (that he'll be glad).
// He raised it softly, as a hurt rather than a charge.
VAR counsel_sided_with = ""
VAR counsel_advised = false
VAR counsel_schedule = false
// The counselor handed them a schedule of affection (a hug morning and night, a text for a day).
VAR counsel_mistakes = 0
VAR counsel_heat = 0
// The counselor's share of the heat in the room: a raw restaging and each mistake add 1; blocking,
// naming the cycle and psychoeducation take 1 off; twenty quiet minutes clear it. At 2 or more,
// pressing on loses someone.
VAR counsel_screened = ""
// "" | "alone" (each partner alone) | "nadia_only" (Randy's check-in skipped) | "joint"
VAR counsel_slow_walk = false
VAR counsel_break = ""
// "" | "short" (five minutes) | "full" (twenty quiet minutes really passed).
VAR counsel_flooded_at_break = false
VAR counsel_calm_timeout = false
VAR counsel_late_break = false
VAR counsel_restarted = false
VAR counsel_taught_twenty = false
VAR counsel_nadia_back_first = false
// After a break, Nadia spoke first on coming back in ("Sorry. I went… I'm back.").
VAR counsel_nadia_word = ""
// A word Nadia has already given for the quiet: "locked" | "static" | "meeting" (a first opening).
VAR counsel_nadia_tries = 0
VAR counsel_last_try = ""
// "evoke" | "conjecture": how the second try at Nadia was made.
VAR counsel_nadia_engaged = false
// Nadia has said the fear under the quiet (the verdict, the apartment).
VAR counsel_randy_try = ""
VAR counsel_randy_soft = false
// Randy has said the fear under the measuring.
VAR counsel_landed = false
VAR counsel_closed_safely = false
VAR counsel_enacted = false
VAR counsel_left = ""
// Who walked out and was fetched back after twenty minutes: "randy" | "nadia".
VAR counsel_fetched = ""
// Who walked out: "randy" | "nadia".
VAR counsel_pressed_flooded = false
VAR before_flooded = false
// Someone surely over the flooding line at the choice point now on offer (flooded, or cooling
// well above the line): a choice other than time_out, slow_down or block presses on.
VAR before_calm = false
// Nobody escalated, flooded or cooling at the choice point now on offer: a time-out is for nothing.
VAR before_premature = false

CONST HOUR_GONE = 1
CONST NADIA_TIME = 7
CONST REFRAME_TIME = 3
CONST RANDY_TIME = 4
CONST ENACT_TIME = 10

=== function hot(who) ===
~ return state_of(who) == "escalated" || state_of(who) == "flooded"

=== function over_line(who) ===
// Surely over the flooding line (100 bpm): flooded, or on a break and still well above it.
~ return state_of(who) == "flooded" || (state_of(who) == "cooling" && arousal(who) >= 70)

=== function room_calm() ===
~ return not flooded("randy") && not flooded("nadia") && state_of("randy") != "escalated" && state_of("nadia") != "escalated"

=== function braced(who) ===
// Guarded: escalated, or showing a defence or an attack (in either role).
~ return state_of(who) == "escalated" || stance_of(who) == "defending" || stance_of(who) == "attacking" || stance_of(who) == "protesting"

=== function nadia_found() ===
// Nadia has said a softer feeling with the counselor: the verdict under the quiet, or the hope of
// being welcomed back.
~ return counsel_nadia_engaged || counsel_nadia_hope

=== function randy_found() ===
// Randy has said a softer feeling: the fear under the counting, or the hurt under the ledger.
~ return counsel_randy_soft || counsel_ledger_hurt

=== function hour_gone() ===
~ return minutes_left() <= HOUR_GONE

=== function time_for(minutes) ===
~ return minutes_left() >= minutes

=== function note_before() ===
~ before_flooded = over_line("randy") || over_line("nadia")
~ before_calm = room_calm()

=== counsel_start ===
Tuesday, six o'clock, ten days after a Thursday. Your second session with them. Randy takes the couch and sits forward on it. Nadia takes the armchair by the window.
On the intake form, under what brings you here, Randy wrote: I'm a pursuer. I read about it. I go to one extreme or the other. Nadia wrote: He says I punish him. I don't think I do.
Randy tells you about the Thursday. Three days of barely talking, and then Nadia came home and put her arms round him at the stove. He went cold. She tried again. By the weekend they were texting about the gas bill.
He has a printout of the article folded in his jacket pocket. He touches it once, like a ticket.
The clock is on the shelf behind them, where you can see it and they can't. You have fifty minutes.
Early in EFT the work is de-escalation: look for the cycle, not a culprit, and for what each move protects. Every exchange spends a minute of the hour; slow work and breaks spend more. #coach
-> counsel_opening

=== counsel_opening ===
Randy looks at you. Nadia looks at the window.
* [Randy, you wrote that you go to one extreme or the other. What do you feel, just before you flip? #move:evoke #to:randy]
    Randy, you wrote that you go to one extreme or the other. Before we get to who did what: what do you feel, just before you flip? #speaker:counselor
    ~ counsel_randy_opening = "soft"
    ~ counsel_randy_heard = true
    You asked for the feeling before the flip. From there a soft start-up can come: I feel… when… I'd like… #coach
* [Some couples do well with a simple routine: a proper hug in the morning and one at night, whatever's going on. #move:advise]
    Before we dig in: some couples do well with a simple routine. A proper hug in the morning and one at night, whatever else is going on. #speaker:counselor
    ~ counsel_randy_opening = "harsh"
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    ~ counsel_schedule = true
    {
    - state_of("randy") == "escalated" || flooded("randy"):
        A timetable. That's what I've got already. Her timetable. #speaker:randy #move:randy.blame
    - else:
        That's what I've got already, basically. Affection on her timetable. #speaker:randy #move:randy.blame
    }
    {
    - flooded("nadia"):
        Nadia looks at the window. She doesn't answer. #move:nadia.stonewall
    - else:
        That's not fair. I hug you every day. #speaker:nadia #move:nadia.defend
    }
    Premature problem solving: a hug on a timetable says the problem is quantity. Randy hears his own measuring made official; Nadia hears one more test she is failing. #coach #mistake:advise
* [Nadia, you wrote "I don't think I do." Say more? #move:evoke #to:nadia]
    Nadia, you wrote, I don't think I do. Can you say more about that? #speaker:counselor
    ~ counsel_randy_opening = "harsh"
    Nadia lifts a shoulder.
    I don't know. I needed quiet, that's all. He calls it punishment. #speaker:nadia #move:nadia.dismiss
    An open question to the one who withdraws usually gets "I don't know": not a refusal, a mind that goes blank on the spot. Reaching a withdrawer takes more than one try, and something concrete to hold on to. #coach
* [Randy, turn to Nadia and tell her, now, how that Thursday felt. #move:enactment #to:randy]
    Randy, could you turn to Nadia and tell her, right now, how that Thursday felt? #speaker:counselor
    ~ counsel_randy_opening = "harsh"
    ~ counsel_heat += 1
    ~ counsel_mistakes += 1
    An enactment in the first minutes restages the fight: nothing is tracked yet, and no softer feeling has been found to bring to it. EFT stages an enactment once the cycle is named and the room can hold it. #coach #mistake:premature_enactment
- (opened)
-> counsel_the_dance

=== counsel_the_dance ===
~ temp nadia_turned = false
{ counsel_randy_opening == "harsh":
    Randy turns to Nadia.
    {
    - state_of("randy") == "escalated" || flooded("randy"):
        You go dark for three days, and then you come back and I'm supposed to light up on cue. #speaker:randy #move:randy.blame
    - else:
        I'm not allowed to talk about my feelings. Anything I say, you call it scrutiny. #speaker:randy #move:randy.criticize
    }
    {
    - flooded("nadia"):
        Nadia looks at the window. She says nothing. #move:nadia.stonewall
    - braced("nadia"):
        I said it once. On a bad night. Now it's in every conversation. #speaker:nadia #move:nadia.defend
    - else:
        I just need quiet sometimes. It isn't a crime. #speaker:nadia #move:nadia.dismiss
    }
  - else:
    Randy thinks about it.
    {
    - state_of("randy") == "flooded":
        He starts to answer and stops. His breathing is fast. #body:randy.flooded
        Angry. That's what I feel. Shut out, and then angry. #speaker:randy #move:randy.criticize
    - state_of("randy") == "escalated":
        Hurt, he says. Then angry, then cold. He turns to her.
        Nadia, I feel shut out when you go quiet for days, and I'd like to know you're coming back. #speaker:randy #move:randy.soft_startup
    - else:
        Lonely, he says, after a while. Then I go cold so I don't have to feel it. He turns to her.
        Nadia, I feel lonely when the quiet goes on for days. I'd like to know you're coming back. #speaker:randy #move:randy.soft_startup
    }
    // Nadia answers what she heard: a soft start-up can be misread (sentiment override).
    {
    - flooded("nadia"):
        Nadia looks at the window. She says nothing. #move:nadia.stonewall
    - received("nadia") == "misread":
        And here's the review. In front of someone, this time. #speaker:nadia #move:nadia.defend
        -> misfire
    - braced("nadia"):
        I always come back. Every time. #speaker:nadia #move:nadia.defend
    - else:
        ~ nadia_turned = true
        I do come back. I didn't know you didn't know that. #speaker:nadia #move:nadia.turn_toward
    }
}
- (resumes)
{
- stance_of("randy") == "cold":
    Randy sits back and looks at you instead of her.
    See? That's what it's like. #speaker:randy #move:randy.withdraw
- stance_of("randy") == "attacking" || flooded("randy"):
    She'd call it scrutiny if I asked what time it was. #speaker:randy #move:randy.contempt
- counsel_randy_opening == "harsh":
    It's always on her clock. When she's ready. Never when I am. #speaker:randy #move:randy.criticize
- else:
    I'm not trying to audit you. I just miss you, between times. #speaker:randy #move:randy.bid
}
{
- flooded("nadia"):
    Nadia's gaze goes to the window and stays there. #move:nadia.stonewall #body:nadia.stirred
- stance_of("nadia") == "present" && state_of("nadia") == "calm":
    Nadia folds her arms.
    I don't know what you want me to say. #speaker:nadia #move:nadia.withdraw
- else:
    Nadia looks at the window. Whatever she was going to say, she doesn't. #move:nadia.withdraw
}
{ stance_of("randy") == "cold":
    Within minutes the dance is live in the room: Randy reached, Nadia pulled back, and Randy went cold, the flip he wrote about on the form. Now you can work with it instead of hearing about it. #coach
  - else:
    {
    - nadia_turned:
        Within minutes the dance is live in the room: Randy reached softly, and Nadia turned toward him for a moment before the old steps came back. Catch that. #coach
    - flooded("randy") || flooded("nadia"):
        Within minutes the dance is live in the room, and someone is already over the line. Watch the bodies before the words. #coach
    - else:
        Within minutes the dance is live in the room: Randy reaches, Nadia pulls back, Randy reaches harder. Now you can work with it instead of hearing about it. #coach
    }
}
{ counsel_randy_opening == "harsh":
    "I'm not allowed to talk about my feelings" is a feeling said as a charge about her. Nadia answered the charge. That is how his feelings-talk becomes, to her ears, scrutiny (Gottman: a harsh start-up predicts the end of the conversation). #coach
  - else:
    I feel… when… I'd like… asks instead of accusing. Still the old steps came back: a soft opening lowers the heat, but alone it doesn't undo a cycle. #coach
}
-> counsel_track

= misfire
// Randy's soft start-up was heard as the review (received("nadia") == "misread": a draw from the
// run's seed). It is the cycle's doing, not a failure of his; the counselor's answer to it stands
// in for the tracking step.
{
- state_of("randy") == "escalated" || flooded("randy"):
    You see? I could say it in a birthday card and she'd hear an audit. #speaker:randy #move:randy.criticize
- else:
    Randy turns to you. He said it the way the article said to, and it's all over his face: it didn't work.
}
He said it well, and it landed on an old bruise. What Nadia heard it against, you don't know yet. It isn't a failure of Randy's, and it isn't a reason to give up on soft start-ups. #coach
~ note_before()
* [Nadia, Randy said that as gently as anyone could. Can you hear that? #move:take_sides #to:randy]
    Nadia, Randy said that about as gently as anyone could. Can you hear that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "randy"
    {
    - flooded("nadia"):
        Nadia's face closes. She says nothing at all. #move:nadia.stonewall
    - else:
        Right. So now it's my hearing that's the problem. #speaker:nadia #move:nadia.defend
    }
    {
    - stance_of("randy") == "cold":
        Randy nods at you, not at her. #move:randy.withdraw
    - else:
        See? It's not just me. #speaker:randy #move:randy.blame
    }
    Defending the soft start-up makes Randy right and Nadia wrong, which is exactly what Nadia heard in the first place. A misfire needs understanding on both sides, not a referee. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears any verdict louder. #coach #mistake:pressed_on_flooded
    }
* [Slow it down. Nadia, what did you hear just then? #move:slow_down]
    Let's slow right down. Randy said he's lonely when the quiet goes on. Nadia, what did you hear? #speaker:counselor
    ~ counsel_tracked = true
    ~ temp nadia_opened = false
    {
    - flooded("nadia"):
        Nadia shakes her head. Nothing comes. #move:nadia.stonewall
    - braced("nadia"):
        What I always hear. That I'm doing it wrong. #speaker:nadia #move:nadia.defend
    - else:
        ~ nadia_opened = true
        ~ counsel_nadia_word = "meeting"
        Like being called into a meeting. I know that's not what he said. It's what I heard. #speaker:nadia #move:nadia.own_part
    }
    {
    - stance_of("randy") == "attacking" || flooded("randy"):
        Because it's always a meeting, to her. #speaker:randy #move:randy.criticize
    - nadia_opened && received("randy") == "misread":
        So I have to say it even more carefully. #speaker:randy #move:randy.defend
    - nadia_opened:
        I didn't call a meeting. I said lonely. I meant lonely. #speaker:randy #move:randy.repair
    - else:
        Randy watches her and says nothing.
    }
    Slowing a misfire down separates the message sent from the message received. Both are real, and the gap between them is where the cycle lives. #coach
* [Name it: he spoke softly, she heard a review. The circle did that. #move:name_cycle]
    Can I point to what just happened? Randy, you said that as gently as you know how. Nadia, you heard the review starting anyway. #speaker:counselor
    That isn't either of you failing. It's the circle you're in. It turns soft words into charges. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("nadia"):
        Nadia nods, barely. #move:nadia.withdraw
    - braced("nadia"):
        Maybe. It still sounded like one. #speaker:nadia #move:nadia.defend
    - else:
        It did. I think everything does, lately. #speaker:nadia #move:nadia.own_part
    }
    {
    - stance_of("randy") == "attacking" || flooded("randy"):
        So I have to say it perfectly, and she still hears what she likes. #speaker:randy #move:randy.criticize
    - else:
        I don't want to be a review. I just want her to come back glad. #speaker:randy #move:randy.share_vulnerable
    }
    { before_flooded:
        Naming the misfire as the cycle's doing is the right idea, but someone was over the line: a flooded body can't take in a reframe. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the misfire as the cycle's doing keeps both out of the dock: the sentence was good, the hearing has a history, and the pattern is the problem. #coach
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (responded)
-> counsel_the_flip

=== counsel_track ===
~ note_before()
* [Nadia, three days is a long time to leave someone waiting. Can you see that? #move:take_sides #to:randy]
    Nadia, three days is a long time to leave someone waiting. Can you see that, from his side? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "randy"
    {
    - flooded("nadia"):
        Nadia's face closes. She says nothing at all. #move:nadia.stonewall
    - braced("nadia"):
        Great. So it's two against one now. #speaker:nadia #move:nadia.defend
    - else:
        Sure. I see it. I'm the problem. Got it. #speaker:nadia #move:nadia.withdraw
    }
    {
    - stance_of("randy") == "cold":
        Randy nods at you, not at her. #move:randy.withdraw
    - else:
        Thank you. I've been trying to say that for a year. #speaker:randy #move:randy.blame
    }
    Siding with one partner feels like validation, but here it confirms Nadia's fear that talk about "us" is a trial, and gives Randy an ally instead of a way to reach her. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: that was the moment to stop, not to add a verdict. #coach #mistake:pressed_on_flooded
    }
* [Pause them. Name the circle out loud, both halves of it. #move:name_cycle]
    Can I pause you both? Look at what just happened. Randy reached, Nadia pulled back, Randy reached harder. And I'm guessing the next step at home is Randy going cold. #speaker:counselor
    I don't think either of you is the problem. I think that circle is, and it has hold of you both. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("nadia"):
        Nadia nods, barely. She doesn't look round from the window. #move:nadia.withdraw
    - braced("nadia"):
        It's not much of a circle if I'm always the one in the dock. #speaker:nadia #move:nadia.defend
    - else:
        That's… yeah. That's every few weeks. #speaker:nadia #move:nadia.turn_toward
    }
    {
    - stance_of("randy") == "cold":
        Randy says nothing. He is studying his hands. #move:randy.withdraw
    - stance_of("randy") == "attacking" || flooded("randy"):
        It's a circle because she won't step out of it. #speaker:randy #move:randy.blame
    - received("randy") == "misread":
        The next step is me going cold. Because of me, you mean. #speaker:randy #move:randy.defend
    - else:
        That's the flip. That's exactly the flip. I hate that part. #speaker:randy #move:randy.share_vulnerable
    }
    { before_flooded:
        Naming the cycle is the right reframe at the wrong moment: someone was over the line, and a flooded body can't take it in. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the cycle externalizes it: the enemy is the pattern, not the partner. It is the first reframe of EFT's de-escalation. #coach
    }
* [Randy, I can hear how much it costs you, waiting through those days. #move:validate #to:randy]
    Randy, I can hear how much those days cost you, and how it feels when the warmth comes back on someone else's clock. #speaker:counselor
    ~ counsel_randy_heard = true
    {
    - flooded("randy"):
        Randy nods, too fast, and looks at the floor. #move:randy.withdraw
    - stance_of("randy") == "cold":
        Randy looks at you, surprised, and then away. #move:randy.withdraw
    - else:
        Yes. Someone else's clock. That's it. #speaker:randy #move:randy.turn_toward
    }
    {
    - flooded("nadia"):
        Nadia is staring at the window. #move:nadia.stonewall
    - state_of("nadia") == "calm":
        Nadia glances at him, then at you. She doesn't say anything.
    - else:
        So that's decided, then. #speaker:nadia #move:nadia.withdraw
    }
    Validating Randy's waiting builds the alliance with him. Watch Nadia's chair while you do it: validation of one, with nothing for the other, can sound to her like a verdict. #coach
    { before_flooded:
        Someone was over the line as you spoke: warm words barely land in a flooded body. Stop first. #coach #mistake:pressed_on_flooded
    }
* [Take them back through that Thursday, slowly, minute by minute. #move:slow_down]
    Let's slow right down and go back to that Thursday. Not who was right. Just what happened, in order, and what each of you noticed. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_slow_walk = true
    ~ counsel_randy_heard = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    You take them back through the Thursday, minute by minute: the car in the drive, the chile on the stove, her arms round him, the back of his head. #time:6
    {
    - stance_of("randy") == "cold":
        Randy answers your questions in single words. #move:randy.withdraw
    - stance_of("randy") == "attacking" || flooded("randy"):
        She hugged me like the three days never happened. Like I was furniture she'd come home to. #speaker:randy #move:randy.criticize
    - else:
        She hugged me, and part of me wanted to turn round, and part of me was still back on Sunday. #speaker:randy #move:randy.share_vulnerable
    }
    {
    - flooded("nadia"):
        Nadia shakes her head when you ask her. Nothing comes. #move:nadia.stonewall
    - braced("nadia"):
        He didn't turn round. So I stopped. #speaker:nadia #move:nadia.defend
    - else:
        ~ counsel_nadia_word = "locked"
        When he didn't turn round, it was like a door locking. I don't really know what that is. #speaker:nadia #move:nadia.turn_toward
    }
    { before_flooded:
        Slowing down was right with someone over the line, but walking them back through Thursday walked them back into it: a flooded body needs quiet, not the story again. #coach
      - else:
        Slow is the antidote to the speed of reactivity: step by step, each sees how their move lands on the other. It cost six minutes of the hour; slow work usually earns them, but spend them knowingly. #coach
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (tracked)
-> counsel_the_flip

=== counsel_the_flip ===
{ over_line("randy") || over_line("nadia"):
    You wait. For a while nobody speaks. Then Randy starts in on what happens at home, after the cold.
  - else:
    You ask what happens next, at home, after the cold.
}
{
- stance_of("randy") == "attacking" || flooded("randy"):
    Then I flip the table. I'm done. I go cold, and funnily enough, then she notices me. #speaker:randy #move:randy.blame
- else:
    Then I flip the table, I suppose. I stop. I go cold. And then she's the one chasing me. #speaker:randy #move:randy.own_part
}
{
- flooded("nadia"):
    Nadia's hands are flat on her knees. She doesn't answer. #move:nadia.stonewall
- stance_of("nadia") == "present" && state_of("nadia") == "calm":
    ~ counsel_nadia_word = "locked"
    Because when he goes cold, it's like living with a locked door. I hate it more than the talking. #speaker:nadia #move:nadia.share_vulnerable
- else:
    Because he disappears. Into the garage. For days. #speaker:nadia #move:nadia.defend
}
~ note_before()
* [Ask them both now, while it's on the table: is the flipping ever literal? Does either of you feel afraid? #move:screen_safety]
    While we're on it: when you say flip the table, is that ever literal? Does either of you ever feel frightened of the other? #speaker:counselor
    ~ counsel_screened = "joint"
    Nadia glances at Randy before she answers.
    {
    - flooded("nadia"):
        No. Nothing like that. #speaker:nadia #move:nadia.defend
    - else:
        No. God, no. It's a figure of speech. #speaker:nadia #move:nadia.defend
    }
    {
    - flooded("randy"):
        Randy shakes his head without looking up. #move:randy.withdraw
    - else:
        I've never touched a table in my life. I go quiet. That's the whole flip. #speaker:randy #move:randy.defend
    }
    A safety question asked with both in the room gets the answer the room allows: each answers in front of the other, and a frightened partner can't say so beside the person they fear. Two no's said together tell you nothing yet. Ask each alone. #coach #mistake:joint_screening
    Notice the glance before she answered. A joint question can't tell you what it meant. See each alone before they leave today; if fear or control shows, stop the joint work, plan for safety and refer. #coach
    { before_flooded:
        And someone was over the line when you asked: a flooded body answers anything to make the question stop. Stop first, then see each alone. #coach #mistake:pressed_on_flooded
    }
    -> later
* [Ask to see each of them alone, briefly. #move:screen_safety #to:nadia]
    -> nadia_alone
* [So the colder he goes, the more you reach, Nadia. And the more you reach, the more he measures. #move:reflect]
    So the colder Randy goes, the more you reach, Nadia. And when you reach, Randy, part of you starts measuring: how much, how soon, on whose clock. #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("nadia"):
        Nadia nods without looking round. #move:nadia.withdraw
    - else:
        Pretty much. #speaker:nadia #move:nadia.turn_toward
    }
    {
    - state_of("randy") == "flooded":
        Randy gives one quick nod. His breathing hasn't slowed. #body:randy.flooded
    - stance_of("randy") == "attacking" || stance_of("randy") == "cold" || flooded("randy"):
        Randy looks away. #move:randy.withdraw
    - else:
        Measuring. Yeah. That's the word I'd use. #speaker:randy #move:randy.turn_toward
    }
    { before_flooded:
        An accurate reflection, sent to someone over the line: a flooded body can't take it in. Stop first; reflect when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        A good reflection of the cycle, with both roles in it: each of them reaches and each withdraws, and each move feeds the other's. #coach
    }
    "Flip the table" is almost certainly a figure of speech. Almost certainly isn't enough: the routine safety check-in is brief, and it is done with each of them alone. #coach
    -> later
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (screened)
-> counsel_the_reunion

= later
~ note_before()
* [See each of them alone now, briefly. It's routine. #move:screen_safety #to:nadia]
    -> nadia_alone
* [Leave it for today and keep the thread: the cold and the chase are the cycle. #move:psychoeducation]
    A lot of couples know this one, and most of them swap parts the way you do: one goes quiet, the other chases, and the chasing sends the first one further in. Let's stay with it. #speaker:counselor
    { counsel_screened == "joint":
        The joint answer stays the only answer you have, and it isn't one. After a joint question, see each alone before they leave today, or call each separately before next session. #coach
      - else:
        The check-in can wait for a quieter moment, but it can't be skipped: until each has been asked alone, you don't know what flip the table means in their house. #coach
    }
    { before_flooded:
        And someone was over the line: explaining the cycle to a flooded body is pressing on. Stop first. #coach #mistake:pressed_on_flooded
    }
    -> counsel_the_reunion
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause

= nadia_alone
{ counsel_screened == "joint":
    You both said no. I'd still like a couple of minutes with each of you on your own; I do it with every couple. #speaker:counselor
  - else:
    I'd like a couple of minutes with each of you on your own. I do it with every couple at about this point. It's routine. #speaker:counselor
}
You take Nadia into the small room. Since the intake: has anything changed? Has she been frightened of Randy, hurt, threatened, kept from doing anything or seeing anyone? #time:1
She laughs, startled, and then answers you properly. No. He's never so much as slammed a door. What frightens her is the cold: the three days from his side, the locked door.
-> alone

= alone
~ note_before()
* [Now Randy, alone: the same questions. #move:screen_safety #to:randy]
    You bring Nadia back and take Randy across the corridor. The same questions, the same couple of minutes. #time:1
    No, he says. He's never touched a table, or her, in anger. He goes to the garage and sorts screws into jars. Then he asks whether Nadia said something. Whether she's all right.
    You tell him what you tell everyone: what each says alone stays between the two of you, unless someone is in danger.
    You bring them both back in. #time:1
    ~ counsel_screened = "alone"
    Screening goes with each partner alone, every time it comes up: alone is where a frightened partner can answer. Neither said anything alone today that points to fear. Screening isn't a verdict; keep asking as the work goes on, and if fear or control appears, stop the joint work, plan for safety and refer. #coach
* [Nadia was the one who might be afraid, and she laughed. Save the minutes: bring her back. #move:psychoeducation]
    You bring Nadia back in.
    It's a phrase a lot of people use. We'll keep an ear on it together, as the work goes on. #speaker:counselor
    ~ counsel_screened = "nadia_only"
    {
    - flooded("randy"):
        Randy nods at the floor. #move:randy.withdraw
    - else:
        Sure. #speaker:randy #move:randy.turn_toward
    }
    Routine screening means both partners, each alone, whoever used the word and whoever laughed: fear and control don't follow who is loud or who is cold. Two minutes with Randy were cheap; skipping them leaves half the question unasked. Call him separately before next session. #coach
    { before_flooded:
        And someone was over the line: seeing Randy alone would have parted them for a couple of minutes as well. #coach #mistake:pressed_on_flooded
    }
- (checked)
-> counsel_the_reunion

=== counsel_the_reunion ===
// The reunion after the days of quiet: the moment both of them dread, from opposite sides.
{ over_line("randy") || over_line("nadia"):
    You wait. Nobody speaks. The evening she comes back is in the room anyway.
  - else:
    You ask about the moment the quiet ends: the evening she comes back.
}
{
- flooded("nadia"):
    Nadia doesn't answer. She is looking at the window. #move:nadia.withdraw
- braced("nadia") || pursuing("nadia"):
    I come back, and he's a statue. I put my arms round him and it's like hugging the fridge. #speaker:nadia #move:nadia.criticize
- else:
    I come back when I'm ready to be close again. And he's... not there. He's at the stove with his back to me. #speaker:nadia #move:nadia.bid
}
{
- stance_of("randy") == "cold":
    Randy shrugs.
    Three days, and then I'm supposed to turn round. #speaker:randy #move:randy.withdraw
- flooded("randy") || stance_of("randy") == "attacking":
    She comes back like nothing happened. Like I'm part of the kitchen. #speaker:randy #move:randy.blame
- else:
    She comes back like nothing happened. And I want to turn round, and I can't. #speaker:randy #move:randy.own_part
}
~ note_before()
* [Reflect it: the evening she comes back is the hardest moment of the week, for both of them. #move:reflect]
    So the evening the quiet ends is the hardest moment of the week, for both of you. Nadia comes back ready to be close; Randy is still three days behind, and can't turn round. #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("nadia"):
        Nadia nods at the window. #move:nadia.withdraw
    - else:
        The hardest moment. Yes. I dread it too. #speaker:nadia #move:nadia.share_vulnerable
    }
    {
    - flooded("randy") || stance_of("randy") == "attacking":
        Randy looks away. #move:randy.withdraw
    - else:
        Three days behind. That's it. #speaker:randy #move:randy.turn_toward
    }
    { before_flooded:
        A true reflection of the reunion, to someone over the line who couldn't take it in. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        The reunion after days of quiet is where this couple's cycle turns: one arrives ready, the other still hurting. Reflecting it as both of theirs keeps either from being the one who gets it wrong. #coach
    }
* [Nadia, what do you hope for, walking into that kitchen? #move:evoke #to:nadia]
    Nadia, when you walk into that kitchen, what are you hoping for? #speaker:counselor
    {
    - flooded("nadia"):
        Nadia shakes her head. #move:nadia.withdraw
    - braced("nadia"):
        Not to be punished. That would do. #speaker:nadia #move:nadia.defend
    - else:
        ~ counsel_nadia_hope = true
        That he'll be glad. That's all. That he'll turn round and be glad I'm back. #speaker:nadia #move:nadia.share_vulnerable
    }
    {
    - flooded("randy"):
        Randy stares at the floor. #move:randy.withdraw
    - counsel_nadia_hope && received("randy") != "misread" && not braced("randy"):
        Randy looks at her. He doesn't say anything, but he doesn't look away either. #move:randy.turn_toward
    - else:
        Glad on cue. #speaker:randy #move:randy.criticize
    }
    {
    - before_flooded:
        A good question for a calmer moment: someone was over the line. Stop first. #coach #mistake:pressed_on_flooded
    - counsel_nadia_hope:
        Under the reach she makes on coming back: a hope to be welcomed. That is her bid, and it's why his coolness lands as punishment. #coach
    - else:
        She heard a question about what she wants as one more account of what she's owed. Braced partners answer the charge they expect. #coach
    }
* [Randy, holding back when she comes home is a way of punishing her, isn't it? #move:interpret #to:randy]
    Randy, I wonder if holding back when she comes home is really a way of punishing her. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("randy"):
        Randy's face goes dark. He says nothing. #move:randy.stonewall
    - else:
        Punishing. So I'm the one doing it to her now. #speaker:randy #move:randy.defend
    }
    {
    - flooded("nadia"):
        Nadia looks at the window. #move:nadia.withdraw
    - else:
        That's what it feels like. #speaker:nadia #move:nadia.blame
    }
    "I wonder" doesn't make it a conjecture: punishment is a verdict from outside, and now Nadia has a word to throw and Randy a charge to answer. A conjecture guesses at the feeling (hurt, still three days behind) and leaves the correction to him. #coach #mistake:interpret
* [Nadia, anyone would want a warmer welcome than a back at the stove. #move:take_sides #to:nadia]
    Nadia, I think anyone would want a warmer welcome than a back turned at the stove. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "nadia"
    {
    - flooded("randy"):
        Randy laughs, once, without any humor in it. #move:randy.contempt
    - else:
        Anyone would want a warmer goodbye than three days of nothing, too. #speaker:randy #move:randy.blame
    }
    {
    - flooded("nadia"):
        Nadia doesn't look round. #move:nadia.withdraw
    - else:
        Thank you. #speaker:nadia #move:nadia.turn_toward
    }
    Taking the side of the one who came back leaves the one who waited alone with the three days. Both have a point; that's why it goes round. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (reunited)
-> counsel_the_ledger

=== counsel_the_ledger ===
// Randy's complaint follows what the counselor has done: heard and with the cycle tracked, he can
// bring the ledger as a hurt; after a fix or an ally, as a charge, harder.
~ temp randy_hurt = false
~ counsel_ledger_raised = true
Randy turns back to Nadia.
{
- stance_of("randy") == "cold":
    When you want it, you're owed it. When I want it, I'm smothering you. Whatever. I've stopped asking. #speaker:randy #move:randy.criticize
- flooded("randy") || stance_of("randy") == "attacking":
    When you want it, you talk like you're owed it. When I want it, I'm smothering you. Tell me that isn't true. #speaker:randy #move:randy.criticize
- counsel_sided_with == "randy":
    And while we're at it: you go when you like and come back when you like, and I'm supposed to be grateful. Go on, tell us that's fine. #speaker:randy #move:randy.blame
- counsel_advised:
    A hug morning and night. Great. At least then I'd know when I'm allowed. #speaker:randy #move:randy.blame
- counsel_randy_heard && counsel_tracked && state_of("randy") != "escalated":
    ~ randy_hurt = true
    ~ counsel_ledger_hurt = true
    It's not the hugs. It's that I only seem to be wanted when you're ready. And when I want you, I'm too much. That's the part I can't get past. #speaker:randy #move:randy.share_vulnerable
- else:
    When you want it, it's fine. When I want it, I'm smothering you. #speaker:randy #move:randy.criticize
}
~ temp nadia_silent = false
{
- flooded("nadia"):
    ~ nadia_silent = true
    Nadia's breathing is shallow now. She stares at a point on the window and says nothing. #move:nadia.stonewall #body:nadia.flooded
- randy_hurt && received("nadia") != "misread" && state_of("nadia") == "calm":
    I said smothering once, on a bad night. I didn't know it stuck. I'm sorry it stuck. #speaker:nadia #move:nadia.own_part
- braced("nadia"):
    You keep score! Every hug, every day. It's like being audited in my own kitchen. #speaker:nadia #move:nadia.blame
- randy_hurt:
    I never called you too much. I said smothering once, on a bad night. Once. #speaker:nadia #move:nadia.defend
- else:
    I never said you were smothering. All right, once. I said it once. #speaker:nadia #move:nadia.defend
}
{
- stance_of("randy") == "cold":
    Randy looks at the floor. #move:randy.withdraw
- stance_of("randy") == "attacking" || state_of("randy") == "escalated" || flooded("randy"):
    {nadia_silent:See? Gone. Right in front of you.|Once is enough. I hear it every time you flinch.} #speaker:randy #move:randy.blame
- randy_hurt && received("randy") != "misread":
    I'd like to be wanted when it's me asking, sometimes. #speaker:randy #move:randy.ask_closeness
- else:
    {nadia_silent:And there she goes.|Once.} That's the part. #speaker:randy #move:randy.criticize
}
{
- stance_of("randy") == "cold":
    Randy has gone quiet and hard.
- state_of("randy") == "flooded":
    Randy's voice is up now, fast and rough. #body:randy.flooded
- state_of("randy") == "escalated":
    Randy's voice is up now, sharp. #body:randy.hot
- randy_hurt && state_of("randy") != "activated":
    Randy's voice is quieter than it has been all session.
- else:
    The edge is back in Randy's voice.
}
{
- state_of("nadia") == "flooded":
    Nadia has gone very still. Only her thumb moves, pressing at the side of her finger. #body:nadia.flooded
- state_of("nadia") == "escalated":
    Nadia's voice is up, which it almost never is. #body:nadia.hot
- state_of("nadia") != "calm":
    Nadia's thumb has started pressing at the side of her finger. #body:nadia.stirred
- else:
    Nadia sits very still, watching him.
}
~ note_before()
* [Randy, she's allowed to need space. You can't keep a tally of affection. #move:take_sides #to:nadia]
    Randy, to be fair to Nadia, she's allowed to need space. You can't really keep a tally of affection. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "nadia"
    {
    - flooded("randy"):
        A tally. #speaker:randy #move:randy.contempt
        Randy laughs, one short hard sound, and looks at the door.
    - stance_of("randy") == "cold":
        Fine. I'll stop keeping anything, then. #speaker:randy #move:randy.withdraw
    - stance_of("randy") == "attacking" || state_of("randy") == "escalated":
        So I'm the problem. I say one thing about my feelings and it's a tally. That's what I said. That's exactly what I said happens. #speaker:randy #move:randy.blame
    - else:
        So it's me. Again. #speaker:randy #move:randy.defend
    }
    {
    - flooded("nadia"):
        Nadia doesn't move. #move:nadia.stonewall
    - else:
        I didn't ask anyone to defend me. #speaker:nadia #move:nadia.withdraw
    }
    Siding with the one who withdraws abandons the one who pursues, and here it does the exact thing Randy said happens: his feelings get called a tally. The protest gets louder, or goes cold. Stay on both sides of the cycle. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: that was the moment to stop, not to weigh in. #coach #mistake:pressed_on_flooded
    }
* [Stop this, gently and firmly, before it runs away. #move:block]
    Let me stop you both there. Not because it doesn't matter. Because it does, and I can see it getting away from you. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - state_of("randy") == "flooded":
        Randy stops mid-word, breathing hard. #body:randy.flooded
    - stance_of("randy") == "cold":
        Randy nods without looking up.
    - else:
        Randy stops. He sits back.
    }
    {
    - state_of("nadia") == "flooded":
        Nadia's thumb keeps pressing. She still can't look at him. #body:nadia.flooded
    - state_of("nadia") == "calm":
        Nadia sits back in the armchair.
    - else:
        Nadia lets out a breath she seems to have been holding since the Thursday. #body:nadia.stirred
    }
    { randy_hurt && before_calm:
        Blocking interrupts escalation. Here Randy had just brought a hurt, softly, and a block can land as being shut down, the very thing he came in saying: when it comes soft, stay with it. #coach
      - else:
        Blocking interrupts escalation before it does damage. It isn't silencing anyone; it protects the conversation they both came here to have. #coach
    }
* [Explain what's happening in their bodies, and how each flip sets off the other. #move:psychoeducation]
    Can I tell you what I think happens in your bodies? Past about a hundred beats a minute, it gets very hard to take in what the other says. #speaker:counselor
    Nadia, I think the quiet starts there: not punishment, a body that needs to come down. Randy, when the quiet goes on, your alarm rings, you reach, and when the reach is called too much, you go cold to stop the alarm. Then it's Nadia's alarm. You each play both parts. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    ~ counsel_taught_twenty = true
    {
    - flooded("nadia"):
        Nadia nods once. She can't find words, which seems to prove the point. #move:nadia.withdraw
    - else:
        ~ counsel_nadia_word = "static"
        It's like static. He starts, and I can hear him, and I can't think of a single thing to say that won't be wrong. #speaker:nadia #move:nadia.share_vulnerable
    }
    {
    - state_of("randy") == "flooded":
        Randy shakes his head, too fast. #body:randy.flooded
        From where I sit, it looks exactly like being shut out. #speaker:randy #move:randy.defend
    - stance_of("randy") == "cold":
        Randy looks at her properly for the first time today. #move:randy.turn_toward
    - stance_of("randy") == "attacking" || flooded("randy"):
        So I'm meant to wait, every time, till she's ready. #speaker:randy #move:randy.defend
    - else:
        I always thought she was deciding about me in there. #speaker:randy #move:randy.share_vulnerable
    }
    { before_flooded:
        The content is right, but you explained flooding to someone who was flooded: a body over the line can't take in a lecture. Stop the talk first; explain once they have come down. #coach #mistake:pressed_on_flooded
      - else:
        Psychoeducation reframes the quiet as a body overwhelmed, not a verdict (Gottman), and the cold as an alarm switched off, not a punishment: each flip sets off the other's. The cycle, not a culprit. #coach
    }
* [Randy, wanted only on someone else's schedule: that's the part that stings. #move:validate #to:randy]
    Randy, I think that's the part that stings: feeling wanted only on someone else's schedule, and too much on your own. #speaker:counselor
    ~ counsel_randy_heard = true
    {
    - flooded("randy"):
        Randy nods hard and doesn't trust himself to speak. #move:randy.withdraw
    - stance_of("randy") == "cold":
        Randy looks at you for a long moment.
        Yes. #speaker:randy #move:randy.turn_toward
    - else:
        Too much on my own. Yeah. #speaker:randy #move:randy.turn_toward
    }
    {
    - flooded("nadia"):
        Nadia's thumb is still pressing. She doesn't look up. #move:nadia.stonewall
    - state_of("nadia") == "calm":
        I didn't know it landed like that. #speaker:nadia #move:nadia.turn_toward
    - else:
        I said once. #speaker:nadia #move:nadia.defend
    }
    { before_flooded:
        Randy's hurt was worth validating, but someone was over the line and nothing warm lands there. Stop first; come back to the hurt. #coach #mistake:pressed_on_flooded
      - else:
        Validating the hurt under the ledger lets Randy be heard without Nadia being convicted: the injury is feeling too much, not the count of hugs. #coach
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (handled)
-> counsel_crossroads

=== counsel_crossroads ===
{ counsel_heat >= 2 || flooded("randy") || flooded("nadia"):
    {
    - state_of("randy") == "flooded" && state_of("nadia") != "flooded":
        Randy's jaw is working and his knee has started going. He isn't hearing anything now. #body:randy.flooded
    - state_of("nadia") == "flooded" && state_of("randy") != "flooded":
        Nadia is turned half away, her eyes on the window. Whatever you say next, she won't hear it. #body:nadia.flooded
    - state_of("nadia") == "flooded" && state_of("randy") == "flooded":
        Randy's knee is going. Nadia is turned half away. Neither of them is listening now. #body:nadia.flooded
    - else:
        Randy is sitting very far forward. Nadia is watching the door. Neither of them is really listening now.
    }
    { flooded("randy") || flooded("nadia"):
        Watch the bodies: a jaw working, eyes fixed on the window, a bouncing knee. When someone is flooded, more talk only adds heat. #coach
      - else:
        Nobody is over the line yet, but the room is hot: short answers, fixed eyes. One more push could tip someone over. #coach
    }
  - else:
    { state_of("randy") == "escalated" || state_of("nadia") == "escalated":
        The room is tense, but they are both still here, and still talking. You are {50 - minutes_left()} minutes into the hour.
      - else:
        The room is quieter than it was, and they are both still talking. You are {50 - minutes_left()} minutes into the hour.
    }
    Read the room before you choose: quiet or tense is workable; flooded is not. #coach
}
~ note_before()
+ [Call a real time-out: twenty minutes apart, then come back. #move:time_out=20]
    I'd like us to stop for twenty minutes. Nadia, the waiting room; Randy, the small room across the corridor. Not to get away from each other. To let your bodies settle. #speaker:counselor
    I'll come and get you both in twenty minutes. #speaker:counselor
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_time_out
* [Take five minutes for water, then carry on. #move:time_out=5]
    Let's take five. Get some water, stretch, and we'll pick up where we left off. #speaker:counselor
    ~ counsel_calm_timeout = before_calm
    -> counsel_short_break
* [Slow it down here: a minute's breathing together, then on, slowly. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_settle
* [Keep going. Nadia, what's happening for you right now? #move:evoke]
    Let's stay with this. Nadia, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_settle ===
Let's slow right down. Feet on the floor. Breathe in with me for four, out for six. Nobody has to say anything for a minute. #speaker:counselor
They breathe. Randy's eyes close for a moment. Nadia watches the window. #time:2
{ state_of("randy") == "cooling" || state_of("nadia") == "cooling":
    {
    - state_of("nadia") == "cooling":
        Nadia's shoulders come down an inch. Her thumb hasn't stopped. #body:nadia.stirred
    - else:
        Randy's breathing slows, a little. His hands are still fists on his knees. #body:randy.stirred
    }
    Slowing down was the right instinct, and the breathing takes the edge off. But a flooded body needs about twenty minutes to come down (Gottman): two won't bring it under the line, and the next hard word will take it back over. #coach
  - else:
    Tense isn't flooded. Slowing down and a minute's paced breathing together often does what a twenty-minute break would, for a fraction of the hour. #coach
}
-> counsel_nadia_inside

=== counsel_short_break ===
~ counsel_break = "short"
Nadia goes out to the water cooler in the hall. Randy stands at the window with his hands in his pockets.
Five minutes later they sit down again. #time:5
{
- state_of("nadia") == "flooded":
    Nadia's cup is still full. She is turned half away again. #body:nadia.flooded
- flooded("nadia"):
    Nadia sits back down. Her face has settled; her hands haven't. #body:nadia.stirred
- else:
    Nadia sits back down, a little looser in the shoulders.
}
{
- state_of("randy") == "flooded" || stance_of("randy") == "attacking" || (flooded("randy") && stance_of("randy") != "cold"):
    So. Where were we. #speaker:randy #move:randy.demand
- else:
    Randy sits with the paper cup held in both hands, not drinking from it.
}
{ counsel_calm_timeout:
    Nobody was escalated or flooded when you called it: a break for a room that was only tense spends the hour and breaks the thread. Slowing down in the room would have cost less. #coach #mistake:calm_time_out
  - else:
    { counsel_taught_twenty:
        Five minutes is a breather, not a reset: a short pause often ends with both picking up exactly where they were. #coach
      - else:
        Five minutes is a breather, not a reset. A flooded body needs about twenty minutes to come down (Gottman), so a short pause often ends with both picking up exactly where they were. #coach
        ~ counsel_taught_twenty = true
    }
}
~ note_before()
+ [Make it a proper twenty minutes after all. #move:time_out=20]
    Actually, let's make this a real break. Twenty minutes, separate rooms. Nadia, the waiting room; Randy, the small room across the corridor. I'll come and get you both. #speaker:counselor
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_time_out
* [Carry on. Nadia, what's happening for you right now? #move:evoke]
    Let's carry on. Nadia, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_press_on ===
{ hour_gone():
    -> counsel_out_of_time
}
{ counsel_heat >= 2 || flooded("nadia") || flooded("randy") || state_of("randy") == "escalated" || state_of("nadia") == "escalated":
    -> counsel_walk_out
}
You stayed with it, and it held: tense, not flooded. Pressing on works only while both of them can still think. #coach
-> counsel_nadia_inside.first_answer

=== counsel_calm_break ===
~ temp after_short = counsel_break == "short"
~ temp short_was_calm = counsel_calm_timeout
~ counsel_calm_timeout = true
~ counsel_break = "full"
You walk Nadia to the waiting room and Randy to the small room across the corridor, and close both doors.
Nadia reads the notices on the waiting-room board, twice. #time:10
Across the corridor Randy looks up boiler parts on his phone. Twenty minutes after you closed the doors, you knock on both. #time:10
{
- after_short && short_was_calm:
    Nobody needed a break: the five minutes were already more than the room asked for, and twenty more went on top of them. Slowing down in the room would have cost a fraction of the hour. #coach
- after_short:
    The five minutes had done enough: nobody was over the line any more, and stretching the break to twenty spent the hour on bodies that had already come down. #coach
- else:
    Nobody was escalated or flooded: the room was workable. A twenty-minute time-out is for a body over the line (Gottman); called without one, it spent two-fifths of the hour and broke the thread the session was following. #coach #mistake:calm_time_out
}
-> counsel_time_out.both_back

=== counsel_time_out ===
// The time-out started on the choice (#move:time_out=20), with someone escalated or flooded. Its
// minutes pass on the #time lines below; a move before the twenty are up ends it.
~ counsel_flooded_at_break = counsel_flooded_at_break || flooded("randy") || flooded("nadia")
You walk Nadia to the waiting room and Randy to the small room across the corridor, and close both doors.
{ not counsel_taught_twenty:
    A time-out is a break, not an exit: about twenty minutes apart (a flooded body needs that long to come down), something to do that doesn't rehearse the fight, and a set time to come back. #coach
    ~ counsel_taught_twenty = true
  - else:
    A time-out is a break, not an exit: all of the time apart, something to do that doesn't rehearse the fight, and a set time to come back. #coach
}
Nadia sits by the magazines and turns the pages of one without reading them. #time:4
{
- flooded("randy"):
    Across the corridor Randy stands at the window, watching the buses pull in below. His jaw is still tight. #time:4 #body:randy.stirred
- else:
    Across the corridor Randy stands at the window, watching the buses pull in below. #time:4
}
// The one who pursues breaks a break by knocking; a flooded withdrawer, by coming back too soon.
{ stance_of("randy") == "cold" || (flooded("nadia") && not flooded("randy")):
    -> back_too_soon
}
-> knock_at_door

= knock_at_door
The small room's door opens. Randy is in the corridor outside the waiting room, his hand half raised to knock.
He wants to say one thing to her, he says quietly. One sentence, and then he'll sit down.
~ note_before()
+ [Not yet. Hold the twenty minutes; you'll fetch them both. #move:time_out=20]
    Not yet. Twelve more minutes. I'll come and get you both, I promise. #speaker:counselor
    Randy looks at the door a moment longer, then goes back to the small room.
    Twelve minutes later, you knock on both doors. #time:12
    -> both_back
* [Let him say his one sentence, slowly. It might settle them both. #move:evoke]
    One sentence, then. Slowly. #speaker:counselor
    -> one_sentence

= one_sentence
Randy leans close to the door.
~ temp asked_if_over = flooded("randy")
{
- asked_if_over:
    Nadia? I just need to know you're not in there deciding it's over. #speaker:randy #move:randy.demand
- else:
    Nadia? I'm not angry. I just wanted you to know that. #speaker:randy #move:randy.repair
}
{
- flooded("nadia"):
    Not now, Randy. Please. Not now. #speaker:nadia #move:nadia.withdraw
- asked_if_over:
    I'm not deciding anything. I'm sitting here. Give me the rest of the twenty, okay? #speaker:nadia #move:nadia.ask_space=12
- else:
    I know. I'm okay. Give me the rest of the twenty, okay? #speaker:nadia #move:nadia.ask_space=12
}
{
- state_of("randy") == "flooded":
    Randy goes back to the small room fast, not looking at you. His neck is red. #body:randy.flooded
- received("randy") == "misread":
    Sure. Take all the time in the world. #speaker:randy #move:randy.criticize
    He heard "give me the rest" as "go away". He goes back to the small room without looking at you.
- else:
    Randy goes back to the small room.
}
{
- before_flooded:
    One sentence through a door is still talk during the break, however it is meant: someone was still over the line, and a body still cooling hears the fight starting again. The twenty minutes start again. #coach #mistake:pressed_on_flooded
- state_of("nadia") == "flooded" || state_of("randy") == "flooded":
    One sentence through a door is still talk during the break, however it is meant. A body still cooling hears the fight starting again, and the twenty minutes start again. #coach
- else:
    Nobody was flooded, so one sentence did little harm this time. But the break is over now, for both of them. #coach
}
~ note_before()
+ [Start the twenty minutes again, from now. #move:time_out=20]
    Randy, back to your room, please. Nadia, stay where you are. Twenty minutes from now I'll come and get you both. #speaker:counselor
    ~ counsel_restarted = true
    Randy sits in the small room with his jacket on, as if he might leave, and doesn't. #time:10
    Nadia sits with a magazine open on her knee, and at last she stops watching the door. #time:10
    -> both_back
* [Bring them both back in and carry on. Nadia, what's happening for you right now? #move:evoke]
    Come back in, both of you. Nadia, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

= back_too_soon
Nadia is back at your door. She's fine now, she says. Can they just get on with it? #time:2
{ flooded("nadia"):
    Her face says otherwise: pale, her jaw tight. #body:nadia.stirred
}
~ note_before()
+ [Not yet. Send her back for the rest of the twenty. #move:time_out=20]
    Not yet. Ten more minutes. Give yourself the whole twenty; I'll come and get you both. #speaker:counselor
    Nadia goes back to the waiting room. Ten minutes later, you knock on both doors. #time:10
    -> both_back
* [Take her at her word. Bring Randy in and carry on. #move:evoke]
    All right. You fetch Randy from the small room, and he sits down at the far end of the couch.
    Nadia, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

= both_back
~ counsel_break = "full"
~ counsel_heat = 0
~ temp randy_misheard = false
{ counsel_calm_timeout:
    They come back in and sit down where they were, politely, like people at the start of a meeting.
    -> reentry
}
They come back in. This time Nadia sits on the couch, at the other end from Randy.
{
- flooded("nadia"):
    Nadia sits down, still pale. She looks at Randy once. #body:nadia.stirred
- else:
    Sorry. I went… I'm back. #speaker:nadia #move:nadia.repair
    ~ counsel_nadia_back_first = true
    ~ randy_misheard = received("randy") == "misread"
}
{
- flooded("randy") || state_of("randy") == "escalated":
    Randy sits with his arms folded. He doesn't say anything yet.
- randy_misheard:
    Back for how long. #speaker:randy #move:randy.criticize
- counsel_ledger_hurt:
    Me too. I didn't want it to turn into the accounts again. #speaker:randy #move:randy.own_part
- else:
    Me too. I went at you. #speaker:randy #move:randy.own_part
}
{
- randy_misheard:
    The bodies have come down, and still Randy heard the apology as a promise about to be broken: history talking, not this minute. Calm doesn't guarantee a good hearing; it makes one possible. #coach
- counsel_nadia_back_first:
    Notice the second half: the bodies have come down, and now there's room to reach. And notice who reached first once they sat down: the one who went quiet, with a sorry. Calm is the precondition for anything deeper. #coach
- else:
    Notice the second half: the bodies have come down, and now there's room to reach. Calm is the precondition for anything deeper. #coach
}
- (reentry)
{ counsel_calm_timeout:
    They are calm, as they were before. The thread they were following has gone slack.
}
~ note_before()
* [Welcome them back, and name what they just did: {counsel_fetched != "":one came back, one waited|they stopped, and they came back}. #move:validate]
    {
    - counsel_fetched == "randy":
        Randy, you came back up at the time we agreed. Nadia, you waited for him. That's both halves of a break, and it's the part you two find hardest at home. You just did it. #speaker:counselor
    - counsel_fetched == "nadia":
        Nadia, you came back up at the time we agreed. Randy, you waited, and you didn't go after her. That's both halves of a break, and it's the part you two find hardest at home. You just did it. #speaker:counselor
    - else:
        You both came back. That's the hardest part of a break, and it's the thing you two find hardest at home. You just did it. #speaker:counselor
    }
    {
    - flooded("randy"):
        Randy nods, not yet trusting his voice.
    - stance_of("randy") == "cold" || stance_of("randy") == "attacking":
        Randy shrugs. #move:randy.withdraw
    - counsel_nadia_back_first && received("randy") != "misread":
        Randy lets out a breath.
        She said sorry first, just now. I noticed. #speaker:randy #move:randy.appreciate
    - else:
        Randy lets out a breath. #move:randy.self_soothe
    }
    {
    - flooded("nadia"):
        Nadia looks at the floor.
    - counsel_nadia_back_first:
        Nadia almost smiles.
        That one was on purpose. #speaker:nadia #move:nadia.humor
    - else:
        We're getting better at the coming back part, then. #speaker:nadia #move:nadia.humor
    }
    { before_flooded:
        Someone is still over the line: a welcome is kind, and it doesn't bring a body down. #coach #mistake:pressed_on_flooded
      - else:
        Re-entry after a time-out: welcome them back, name the return as the skill it is (for this couple, the very skill that's missing), and start slower than where you stopped. #coach
    }
* [Pick up {counsel_ledger_raised:exactly where you stopped: the ledger|where you stopped: the Thursday}. #move:evoke #to:randy]
    Let's go back to where we were. Randy, {counsel_ledger_raised:the wanting and the smothering|the Thursday}. #speaker:counselor
    {
    - not counsel_ledger_raised && (flooded("randy") || stance_of("randy") == "attacking"):
        She hugged me like the three days never happened. That's where we were. #speaker:randy #move:randy.blame
    - stance_of("randy") == "cold":
        It doesn't matter now. #speaker:randy #move:randy.withdraw
    - not counsel_ledger_raised:
        She came in and hugged me, and I was supposed to forget Sunday. #speaker:randy #move:randy.criticize
    - flooded("randy") || stance_of("randy") == "attacking":
        When she wants it, fine. When I want it, I'm smothering. That's where we were. #speaker:randy #move:randy.blame
    - else:
        When I want her, I'm too much. #speaker:randy #move:randy.criticize
    }
    {
    - flooded("nadia"):
        Nadia's jaw tightens. She says nothing. #move:nadia.stonewall
    - else:
        {counsel_ledger_raised:I said once.|I was trying.} Do we have to do this again? #speaker:nadia #move:nadia.defend
    }
    { before_flooded:
        Someone was still over the line, and you went straight back to the hottest thing in the room: that is pressing on. #coach #mistake:pressed_on_flooded
      - else:
        Straight back to the hottest content asks bodies that have just come down to rejoin the fight at full speed. Start again slower than where you stopped. #coach
    }
- (resumed)
-> counsel_pace("break")

=== counsel_flood_pause ===
~ counsel_flooded_at_break = true
I'd like us to stop here, for twenty minutes. Nadia, the waiting room; Randy, the small room across the corridor. I'll come and get you both. #speaker:counselor
-> counsel_time_out

=== counsel_late_time_out ===
~ counsel_flooded_at_break = true
~ counsel_late_break = true
~ counsel_break = "full"
~ counsel_heat = 0
Let's stop here. Twenty minutes apart, and then we'll finish together, calmly. Nothing more has to be solved today. #speaker:counselor
Nadia waits by the magazines; Randy in the small room across the corridor. Neither of them talks to anyone. #time:10
The light goes orange on the car park outside. Twenty minutes after the doors closed, you bring them back in. #time:10
{ hour_gone():
    -> counsel_out_of_time
}
With {minutes_left()} minutes left after the break, close: a calm close is worth more than one more intervention. #coach
-> counsel_close

=== counsel_walk_out ===
// Whoever leaves is flooded. If the counselor's heat has the room on the edge but nobody is over
// it yet, the partners' own next steps carry it over (or it freezes instead).
{ not flooded("randy") && not flooded("nadia"):
    -> boil_over
}
- (leaving)
{
- flooded("randy") && (counsel_sided_with == "nadia" || not flooded("nadia")):
    -> randy_leaves
- flooded("nadia"):
    -> nadia_leaves
- else:
    -> freeze
}
= boil_over
{ state_of("randy") == "escalated" || state_of("nadia") == "escalated":
    The question lands in a room that is already too hot. Randy draws a breath to answer before Nadia can.
  - else:
    The question lands in a room gone tight and wary. Randy draws a breath to answer before Nadia can.
}
-> last_chance
= last_chance
The room is one sentence from boiling over.
~ note_before()
* [Step in now: stop them, and own that you pushed too fast. #move:block]
    Stop. Both of you, just for a moment. I pushed too fast just then. That's on me, not on either of you. #speaker:counselor
    ~ counsel_heat = 1
    {
    - stance_of("randy") == "cold":
        Randy looks at the floor.
    - else:
        Randy stops, and sits back.
    }
    {
    - state_of("nadia") == "calm":
        Nadia looks at you, surprised.
    - else:
        Nadia lets out a long breath. #body:nadia.stirred
    }
    Blocking at the edge of a walk-out, and owning the push: the counselor's own repair. It stops the slide; it doesn't undo the heat, so go slower from here. #coach
    -> counsel_settle
* [Let him say it. Then Nadia can answer for herself. #move:evoke]
    Go on, Randy. Then we'll let Nadia answer for herself. #speaker:counselor
    {
    - stance_of("randy") == "cold":
        Ask away. She needs quiet. She always needs quiet. #speaker:randy #move:randy.contempt
    - counsel_sided_with == "nadia":
        Go on, ask her. Everyone's so careful with Nadia's quiet. #speaker:randy #move:randy.blame
    - else:
        Nothing. That's what's happening for her. She's gone, and she'll be back when it suits her. #speaker:randy #move:randy.criticize
    }
    {
    - flooded("nadia"):
        Nadia's breathing goes shallow. She stares at the window, and she is gone. #move:nadia.stonewall #body:nadia.flooded
    - braced("nadia"):
        Because you don't let me! You answer for me before I've opened my mouth. #speaker:nadia #move:nadia.defend
    - else:
        Nadia looks at the window. Whatever she was going to say is gone. #move:nadia.withdraw
    }
    Letting the hot answer come gives the cycle the floor: Randy speaks for her, and Nadia goes further in. At the edge, stop it and own the push. #coach
    { not flooded("randy") && not flooded("nadia"):
        -> second_round
    }
    -> leaving
= second_round
{
- stance_of("randy") == "cold":
    Randy laughs, one short flat sound.
    Forget it. I've been talking to a locked door for a year. #speaker:randy #move:randy.contempt
- else:
    See? That's the door. Locked, and I'm on the wrong side of it. #speaker:randy #move:randy.contempt
}
{
- flooded("nadia"):
    Nadia goes completely still and says nothing at all. #move:nadia.stonewall
- braced("nadia"):
    I can't win in here either. #speaker:nadia #move:nadia.defend
- else:
    Nadia says nothing. #move:nadia.stonewall
}
{ not flooded("randy") && not flooded("nadia"):
    -> freeze
}
-> leaving
= freeze
Then nothing. Randy stops mid-breath and sits back, arms folded. #move:randy.withdraw
Nadia looks at the window and says nothing more. #move:nadia.stonewall
It doesn't boil over; it sets, like something left too long on the stove.
A strained cycle with nobody flooded enough to leave often freezes instead: both withdraw, and the silence does the damage (Wile's withdraw-withdraw). For this couple it is the Thursday again, in your room. #coach
{ time_for(12):
    The rest of the hour goes by in short, careful answers. #time:8
}
-> counsel_close
= nadia_leaves
{
- state_of("nadia") == "flooded":
    Nadia stands up so fast her bag falls off the arm of the chair.
    I can't do this. Not today. I'll be in the car. #speaker:nadia #move:nadia.withdraw
- else:
    Nadia stands and picks up her coat.
    I'm done. I'm not doing this in front of an audience. #speaker:nadia #move:nadia.withdraw
}
~ counsel_left = "nadia"
The door closes harder than she seems to mean it to.
{
- state_of("randy") == "flooded":
    Randy stares at the closed door. His hands are shaking. #body:randy.flooded
    See? Every time. #speaker:randy #move:randy.blame
- stance_of("randy") == "attacking" || flooded("randy"):
    There. That's the Thursday. That's every time. #speaker:randy #move:randy.criticize
- else:
    Randy stares at the closed door.
    That's what it's like. Every time. #speaker:randy #move:randy.share_vulnerable
}
-> after
= randy_leaves
Randy stands and picks up his jacket.
{ counsel_sided_with == "nadia":
    I'm not doing this. Not here, where even the counselor thinks I'm keeping a tally. #speaker:randy #move:randy.contempt
  - else:
    I'm not doing this. I came in here to be heard, and it's the same locked door. #speaker:randy #move:randy.contempt
}
I'll wait in the van. #speaker:randy #move:randy.withdraw
{
- flooded("nadia"):
    Nadia half rises, then sits again, staring at the door. #move:nadia.stonewall
- else:
    Randy, wait… #speaker:nadia #move:nadia.bid
}
The door is already closing. The article falls out of his jacket pocket onto the couch.
~ counsel_left = "randy"
-> after
= after
{ counsel_pressed_flooded:
    The question went to a room where someone was already over the line: that was the moment to stop, not to ask. #coach #mistake:pressed_on_flooded
}
{ hour_gone():
    -> debrief
}
~ note_before()
* {counsel_left == "nadia"} [Stay with Randy: what happens in him when that door closes? #move:take_sides #to:randy]
    Randy, what happens in you when that door closes? #speaker:counselor
    {
    - flooded("randy") || stance_of("randy") == "attacking":
        What do you think happens? I'm on my own with it. Again. #speaker:randy #move:randy.blame
    - else:
        I go cold. And then, in about a day, I go after her. #speaker:randy #move:randy.share_vulnerable
    }
    -> processed_absent
* {counsel_left == "randy"} [Stay with Nadia: what happens in her when he leaves like that? #move:take_sides #to:nadia]
    Nadia, what happens in you when he leaves like that? #speaker:counselor
    {
    - flooded("nadia"):
        Nadia shakes her head. She can't. #move:nadia.stonewall
    - else:
        I want to go after him. I never go after him. I don't know if I should. #speaker:nadia #move:nadia.withdraw
    }
    -> processed_absent
+ {time_for(24)} [Go to {counsel_left == "nadia":Nadia|Randy} briefly: agree twenty minutes and a time to come back in. #move:time_out=20]
    -> fetch_back
* [Stop the work. Sit quietly with {counsel_left == "nadia":Randy|Nadia} for a minute. #move:slow_down]
    ~ counsel_tracked = true
    Let's stop here. Just sit with me for a minute; nothing has to be said. #speaker:counselor
    The room is very quiet. #time:1
    Right call: with one partner gone and the other shaken, the work stops. Regulate first; then close, and reach the one who left. #coach
    -> closing
= processed_absent
Working on with the one who stayed turns the session into a hearing about the one who left: you are on one side of the door, with one of them. Close instead; contact both, separately, before next week. #coach #mistake:take_sides
{ before_flooded:
    And someone was still over the line: this was the moment to stop, not to ask. #coach #mistake:pressed_on_flooded
}
-> closing
= fetch_back
// The counselor turns the walk-out into a break: the one who left is told how long, and that the
// room will be there. Twenty quiet minutes, then both come back in.
~ counsel_flooded_at_break = true
{ counsel_left == "nadia":
    You catch Nadia on the stairs. Twenty minutes, you tell her: sit in the car if you like, or walk round the block, but not the wheel, not yet. At twenty past, come back up. The room will be here, and so will he.
    Nadia nods without looking at you, and goes down. #move:nadia.take_break
    Randy waits in the small room across the corridor, his jacket on his knee. #time:10
  - else:
    You catch Randy in the car park with his keys in his hand. Twenty minutes, you tell him: a walk, not the wheel, while the flood is that high. At twenty past, come back up. The room will be here, and so will she.
    Randy puts the keys back in his pocket and walks off toward the river. #move:randy.take_break
    Nadia waits in the waiting room, a magazine shut on her knee. #time:10
}
~ temp who_left = counsel_left
~ counsel_fetched = counsel_left
~ counsel_left = ""
~ counsel_break = "full"
~ counsel_heat = 0
Twenty minutes after the door closed, there are steps on the stairs, and you bring them both back in. #time:10
{ who_left == "randy":
    {
    - flooded("randy"):
        Randy sits down at the far end of the couch with his jacket on his knee. He doesn't say anything yet.
    - else:
        Randy sits down at the far end of the couch, his jacket on his knee.
        I'm back. Twenty minutes, like you said. #speaker:randy #move:randy.repair
    }
    {
    - flooded("nadia"):
        Nadia looks at him, then at the window.
    - else:
        You came back. #speaker:nadia #move:nadia.turn_toward
    }
  - else:
    {
    - flooded("nadia"):
        Nadia sits down in the armchair, still pale. She looks at Randy once.
    - else:
        Nadia sits down on the couch, at the other end from Randy.
        Sorry. I went… I'm back. #speaker:nadia #move:nadia.repair
    }
    {
    - flooded("randy"):
        Randy sits with his arms folded. He doesn't say anything yet.
    - else:
        You came back. #speaker:randy #move:randy.turn_toward
    }
}
Turning a walk-out into a break: a set time, somewhere to go that isn't the road, and a room to come back to. The exit becomes a pause, and the return is the skill this couple is short of. #coach
-> counsel_time_out.both_back.reentry
= closing
~ note_before()
* [Keep the close short and slow: nobody drives for twenty minutes, and you'll call each of them this week. #move:slow_down]
    We'll stop here for today. Nobody drives for twenty minutes; a walk first. I'll call each of you this week, on your own, and we'll pick this up next Tuesday. #speaker:counselor
    ~ counsel_tracked = true
    {
    - counsel_left == "nadia" && flooded("randy"):
        Randy nods at the floor. #move:randy.withdraw
    - counsel_left == "nadia":
        Randy nods. He looks at the door for a long time before he goes. #move:randy.withdraw
    - flooded("nadia"):
        Nadia nods at the floor. #move:nadia.withdraw
    - else:
        Nadia nods, and gets her coat slowly. #move:nadia.withdraw
    }
    A short, slow close after a walk-out: no more content, a body's twenty minutes before the wheel, and contact with each of them before the next session. #coach
* [Ask {counsel_left == "nadia":Randy|Nadia} what set {counsel_left == "nadia":her|him} off, so next week starts somewhere. #move:evoke]
    While it's fresh: what do you think set {counsel_left == "nadia":her|him} off, just then? #speaker:counselor
    {
    - counsel_left == "nadia" && (flooded("randy") || stance_of("randy") == "attacking"):
        Me, apparently. Existing. #speaker:randy #move:randy.contempt
    - counsel_left == "nadia":
        I don't know. Me talking. It always is. #speaker:randy #move:randy.defend
    - flooded("nadia"):
        Nadia shakes her head. She can't. #move:nadia.stonewall
    - else:
        Being talked about, I suppose. He hates being talked about. #speaker:nadia #move:nadia.defend
    }
    { before_flooded:
        Asking the one who stayed to explain the one who left makes a hearing of it, and someone was still over the line: stop, close, and reach the one who left. #coach #mistake:pressed_on_flooded
      - else:
        Asking the one who stayed to explain the one who left makes a hearing of it, with the accused out of the room. Close instead, and reach the one who left. #coach
    }
- (closed)
-> debrief
= debrief
The heat built and the session kept pushing until someone flooded. A flooded body can't take in even a good intervention; it chooses fight or flight. This time it chose the door. #coach
{ counsel_taught_twenty:
    When you see flooding, call a time-out and hold it, with a time to come back. That's a break, not an exit. The door was an exit. #coach
  - else:
    When you see flooding, call a time-out of at least twenty minutes, the time a flooded body needs to come down, with a time to come back. That's a break, not an exit. The door was an exit. #coach
}
{ counsel_break == "short":
    The five-minute break didn't help: the same talk started again on the same raised hearts. #coach
}
{ counsel_mistakes > 0:
    Count the mistakes too: each side taken, fix offered or label given added heat that neither partner could shed. #coach
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
{ time_for(8):
    The session ends early, with one seat empty. #ending:walked_out
  - else:
    The session ends with one seat empty. #ending:walked_out
}
-> END

=== counsel_pace(done) ===
// The clock at a knot boundary. `done` names the work just finished ("break", "nadia",
// "reframe", "randy"); the rest is taken in order as far as the minutes left allow.
{ hour_gone():
    -> counsel_out_of_time
}
// After an early break, the work picks up where it stopped: the flip (and the check-in alone),
// the reunion, the ledger, if the hour still has room for them and Nadia's part after.
{ done == "break" && counsel_the_flip == 0 && time_for(NADIA_TIME + ENACT_TIME + 8):
    -> counsel_the_flip
}
{ done == "break" && counsel_the_reunion == 0 && time_for(NADIA_TIME + ENACT_TIME + 5):
    -> counsel_the_reunion
}
{ done == "break" && time_for(NADIA_TIME + ENACT_TIME):
    -> counsel_nadia_inside
}
{ (done == "break" || done == "nadia") && time_for(REFRAME_TIME + RANDY_TIME + ENACT_TIME):
    -> counsel_reframe
}
{ done != "randy" && time_for(RANDY_TIME + ENACT_TIME):
    -> counsel_randy_inside
}
{ time_for(ENACT_TIME):
    -> counsel_enact
}
-> counsel_close

=== counsel_nadia_inside ===
// Nadia, the withdrawer, answers a first open question with "I don't know"; a second, slower and
// more concrete try (an evoke that gives her one moment, or a tentative conjecture) can open her,
// if she is not braced.
Nadia is looking at her hands.
~ note_before()
* [Nadia, a simple fix: when you need a day, text him when you'll be back. #move:advise]
    Here's something simple to try, Nadia. When you need a day, text Randy when you'll be back. Just a time. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("nadia"):
        Nadia nods at the floor. #move:nadia.stonewall
    - else:
        Sure. I can do that. One more thing to get right. #speaker:nadia #move:nadia.withdraw
    }
    {
    - stance_of("randy") == "cold":
        Randy doesn't answer. He has heard plans before. #move:randy.withdraw
    - else:
        She'll do it twice. Then it's three days again. #speaker:randy #move:randy.criticize
    }
    It may even be the right idea, later. Handed to the one who withdraws before the quiet is understood, it becomes one more test to fail, and Randy hears that it all depends on her. Reach the feeling under the quiet first; behaviour follows. #coach #mistake:advise
    -> counsel_pace("nadia")
* [Nadia, when you go quiet for those days, what's happening inside? I'm guessing it isn't nothing. #move:evoke #to:nadia]
    Nadia, when you go quiet for those days, what happens inside you? I'm guessing it isn't nothing. #speaker:counselor
    -> first_answer
* [Nadia, it makes sense you'd go quiet, if talk about "us" feels like a hearing. #move:validate #to:nadia]
    Nadia, it makes sense to me that you'd go quiet. If every "can we talk about us" feels like a hearing, quiet is at least safe. #speaker:counselor
    ~ counsel_nadia_tries += 1
    {
    - flooded("nadia"):
        Nadia nods at the floor. #move:nadia.withdraw
    - braced("nadia"):
        It's not a hearing. It's just easier. #speaker:nadia #move:nadia.defend
    - else:
        A hearing. Yes. #speaker:nadia #move:nadia.turn_toward
        She doesn't say any more.
    }
    { before_flooded:
        Validation was the right move for the wrong moment: someone was over the line, and a flooded body barely takes in warmth. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Validation makes a withdrawn partner safe enough to speak. It doesn't mean Randy is wrong; it means Nadia's move makes sense from where she sits. It doesn't yet give her words. #coach
    }
    -> second_try
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely

= first_answer
~ counsel_nadia_tries += 1
{
- flooded("nadia"):
    Nadia opens her mouth and closes it again.
    I don't know. I can't… not right now. #speaker:nadia #move:nadia.withdraw
- braced("nadia"):
    I know whatever I say will go in the book. So why say it. #speaker:nadia #move:nadia.defend
- else:
    Nadia shrugs.
    {
    - counsel_nadia_word == "static":
        I said. Static. That's all there is. #speaker:nadia #move:nadia.withdraw
    - counsel_nadia_word == "locked":
        I said. When he goes cold it's a locked door. When I go quiet… I don't know. #speaker:nadia #move:nadia.withdraw
    - counsel_nadia_word == "meeting":
        I said. It feels like a meeting. That's all. #speaker:nadia #move:nadia.withdraw
    - else:
        I don't know. Nothing, really. I need quiet. #speaker:nadia #move:nadia.withdraw
    }
}
{
- stance_of("randy") == "cold":
    Randy looks at the ceiling. #move:randy.withdraw
- stance_of("randy") == "attacking" || flooded("randy"):
    See? "I need quiet." Every time. #speaker:randy #move:randy.criticize
- else:
    Randy waits, and you can see what the waiting costs him.
}
{ before_flooded:
    You reached for the feeling with someone over the line: a body over a hundred beats has no words for it. Stop first. #coach #mistake:pressed_on_flooded
  - else:
    {counsel_nadia_word != "":Nadia had already given you a word for it, and the open question only got it back: a withdrawer's first word is a door, not the room. Go back to her word, slower and more concrete.|"I don't know" is where a withdrawer usually starts: an open question asks for words from a mind that goes blank under pressure. Don't fill the silence and don't move on; try again, slower and more concrete.} #coach
}
-> second_try

= second_try
~ note_before()
{ stance_of("randy") == "attacking" || flooded("randy"):
    Randy is watching her, and the watching is not patient.
  - else:
    The silence goes on. Nadia turns her ring with her thumb.
}
* [Name what you're seeing: an avoidant style. She shuts down to keep control. #move:interpret #to:nadia]
    Nadia, I think what we're seeing is an avoidant attachment style. When things get close, you shut down to keep control. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("nadia"):
        Nadia's face goes white and shut. She looks at the floor and stays there. #move:nadia.stonewall
    - braced("nadia"):
        Great. Now I've got a diagnosis as well. #speaker:nadia #move:nadia.defend
    - else:
        I'm not controlling anything. I'm sitting right here, aren't I? #speaker:nadia #move:nadia.defend
    }
    {
    - stance_of("randy") == "cold":
        Randy says nothing. He has used the word himself, in his head. #move:randy.withdraw
    - else:
        Avoidant. That's it. That's the word. #speaker:randy #move:randy.criticize
    }
    A label from outside tells Nadia what she is instead of asking what she feels: a verdict for her, and a word for Randy to throw at the next Thursday. A conjecture stays tentative, stays with this moment, and leaves the correction to her. #coach #mistake:interpret
    -> counsel_pace("nadia")
* [Go slower. Give her one moment: he sits down across from her and says, can we talk about us. What happens in her? #move:evoke #to:nadia]
    Let's not go for the big picture. Just one moment. Randy sits down across from you and says, can we talk about how things are with us. What happens in you, right then? In your body, even. #speaker:counselor
    ~ counsel_last_try = "evoke"
    Nadia is quiet for a long time. You let her be. #time:1
    -> opens
* [Offer a guess, held lightly: "can we talk about us" sounds to her like a verdict on its way. #move:conjecture #to:nadia]
    Nadia, can I try a guess? Tell me if I've got it wrong. I wonder if "can we talk about us" sounds to you like a verdict on its way. Like someone building a case, and the quiet is where you go to get ready for it. #speaker:counselor
    ~ counsel_last_try = "conjecture"
    -> opens
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out

= opens
~ counsel_nadia_tries += 1
{
- flooded("nadia"):
    Nadia shakes her head.
    I can't. Not now. #speaker:nadia #move:nadia.withdraw
- braced("nadia"):
    I know whatever I say will go in the book. So why say it. #speaker:nadia #move:nadia.defend
- counsel_last_try == "conjecture":
    ~ counsel_nadia_engaged = true
    Not a verdict on its way. One that's already been reached, and I'm the last to know. My first husband, Martin. For a whole spring it was how do you feel about us, Nadia. Then he'd already rented the apartment. #speaker:nadia #move:nadia.share_vulnerable
    So Randy sits down and says us, and I hear the apartment. I go quiet till I can tell him from Martin. It takes me days. It's not punishment. It's me trying to come back. #speaker:nadia #move:nadia.own_part
- else:
    ~ counsel_nadia_engaged = true
    Everything goes cold and still. Like being called into a meeting where they've already decided. My first husband did that, a whole spring of can we talk about us, and then he'd rented an apartment. #speaker:nadia #move:nadia.share_vulnerable
    So when Randy says us, I hear the apartment. I go quiet till I can tell the difference. It's not punishment. It's me trying to come back. #speaker:nadia #move:nadia.own_part
}
{ counsel_nadia_engaged:
    {
    - state_of("randy") == "flooded":
        Randy's breath is coming fast. He shakes his head, once. #body:randy.flooded
        I'm not him. I'm the one who stayed. #speaker:randy #move:randy.defend
    - stance_of("randy") == "cold":
        Randy looks at her for a long moment and says nothing. #move:randy.withdraw
    - stance_of("randy") == "attacking" || flooded("randy"):
        So I'm paying for Martin now. #speaker:randy #move:randy.criticize
    - received("randy") == "misread":
        So it's my talking that's the problem. #speaker:randy #move:randy.defend
    - stance_of("randy") == "protesting":
        It's not a meeting. I just want you there. #speaker:randy #move:randy.defend
    - else:
        I didn't know about the apartment. I thought you were deciding about me, in there. #speaker:randy #move:randy.turn_toward
    }
  - else:
    {
    - stance_of("randy") == "attacking" || flooded("randy"):
        See? That's the door. #speaker:randy #move:randy.criticize
    - else:
        Randy watches her, waiting, and the waiting goes on too long. #move:randy.withdraw
    }
}
{
- not counsel_nadia_engaged && before_flooded:
    You tried again, but someone was over the line: no second try opens a flooded body. Stop first. #coach #mistake:pressed_on_flooded
- not counsel_nadia_engaged:
    Nadia is braced, and even a gentler second try can't reach past a defence that's still up. Bring the heat down first; don't put the feeling into words for her. #coach
- counsel_last_try == "conjecture":
    A conjecture, held lightly and offered for correction, and Nadia corrected it: that is how it is meant to work. The guess gave her words to push against; the feeling she found is her own. #coach
- else:
    The second try was slower and smaller: one moment, one body. Nadia could answer that when she couldn't answer "what's happening inside". #coach
}
{ counsel_nadia_engaged && received("randy") != "misread" && stance_of("randy") != "cold" && stance_of("randy") != "attacking" && not flooded("randy"):
    Under the quiet, a fear of the verdict, not indifference and not punishment. Early in therapy it is enough that it is said, and heard. #coach
}
-> counsel_pace("nadia")

=== counsel_reframe ===
~ note_before()
* [Propose a fair trade: her quiet days, his affection, agreed in advance. #move:advise]
    What if you made it a fair trade? Nadia gets her quiet days, no questions asked, and Randy gets affection when he asks, no questions asked. Agreed in advance. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    ~ counsel_schedule = true
    {
    - flooded("nadia"):
        Nadia nods at the floor. #move:nadia.withdraw
    - else:
        I could do that. #speaker:nadia #move:nadia.withdraw
    }
    {
    - stance_of("randy") == "cold":
        Fine. Whatever works. #speaker:randy #move:randy.withdraw
    - stance_of("randy") == "attacking" || flooded("randy"):
        Great. I'll invoice her. #speaker:randy #move:randy.contempt
    - else:
        So I get her by the unit. #speaker:randy #move:randy.criticize
    }
    Compromise before understanding, and here it is the ledger itself: affection by the unit, written into the rules. Nadia agrees to get out of the hot seat; Randy hears that closeness is a trade. Solutions stick after de-escalation, not instead of it. #coach #mistake:advise
* [Draw the whole circle, both roles in each of them: what each does, what each fears. The cycle is the enemy. #move:name_cycle]
    { counsel_cycle_named:
        We said earlier the circle was the problem. I think now we can see what drives it. #speaker:counselor
    }
    { counsel_nadia_engaged:
        I wonder if it goes like this. Nadia, you go quiet to get ready for a verdict, and it takes days. Randy, the days sound like a verdict on you, so you reach; when the reach is called too much, you go cold. Then Nadia chases the cold, and you start counting. Does that fit? #speaker:counselor
      - else:
        Here's what I see from this chair. Randy reaches; Nadia goes quiet; Randy goes cold; Nadia reaches; Randy measures. Each of you plays both parts. What each of you feels inside that, I don't know yet. I'd like to find out. #speaker:counselor
    }
    Neither of you is the enemy, and nobody owes anybody. The circle is the problem, and you're both losing to it. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("nadia"):
        Nadia nods slowly. #move:nadia.withdraw
    - else:
        Put like that, it's not me against him. We both do the chasing. #speaker:nadia #move:nadia.turn_toward
    }
    {
    - state_of("randy") == "flooded":
        Randy's hands are fists on his knees. #body:randy.flooded
        I'm not the enemy. I just want it to be fair. #speaker:randy #move:randy.defend
    - stance_of("randy") == "cold":
        Randy doesn't answer, but he doesn't look away either. #move:randy.withdraw
    - stance_of("randy") == "attacking" || flooded("randy"):
        Maybe. But I'm the one who keeps coming back to the door. #speaker:randy #move:randy.criticize
    - else:
        Nobody owes anybody. I like that better than counting. #speaker:randy #move:randy.turn_toward
    }
    {
    - before_flooded:
        The reframe is sound, but someone was over the line and couldn't take it in. It will keep; their bodies won't. #coach #mistake:pressed_on_flooded
    - counsel_nadia_engaged:
        The EFT reframe, offered as a guess and built on what Nadia said: the problem is the cycle, each move makes sense as protection, and both of them play both roles. Once both see it, the ledger has nothing to keep. #coach
    - else:
        The reframe stays with what you saw, the steps and not what's inside them: nobody has said their fear yet, so don't say it for them. #coach
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (reframed)
-> counsel_pace("reframe")

=== counsel_randy_inside ===
{
- state_of("randy") == "flooded":
    Randy is sitting very far forward, his jaw tight. #body:randy.flooded
- stance_of("randy") == "attacking":
    Randy is sitting very far forward.
- else:
    You turn to Randy. He is waiting, and it is a different waiting from Nadia's quiet.
}
~ note_before()
* [Tell him what drives it: an anxious attachment; he needs reassurance to feel safe. #move:interpret #to:randy]
    Randy, I think your pursuing comes from an anxious attachment style. You need constant reassurance to feel safe. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("randy"):
        Randy's face goes dark red.
        I'm not the patient here. #speaker:randy #move:randy.contempt
    - stance_of("randy") == "attacking" || state_of("randy") == "escalated":
        So she disappears for three days, and I'm the one with a diagnosis. #speaker:randy #move:randy.blame
    - else:
        Constant. I asked for a hug on a Thursday. #speaker:randy #move:randy.defend
    }
    {
    - flooded("nadia"):
        Nadia looks from one of them to the other and says nothing. #move:nadia.stonewall
    - else:
        That's not fair. He's not needy for wanting me around. #speaker:nadia #move:nadia.validate
    }
    An attachment label, however apt, lands as a verdict: jargon, and one more voice telling Randy his wanting is too much, the very thing he fears. Guess at the feeling, tentatively, and let him name it. #coach #mistake:interpret
    -> counsel_pace("randy")
* [Randy, under the measuring, what's the scared part? #move:evoke #to:randy]
    Randy, underneath the measuring, how much and how often and on whose clock, what's the part of you that's scared? #speaker:counselor
    ~ counsel_randy_try = "evoke"
    -> answer
* [Offer a guess, held lightly: under the counting, a fear that he, as he is, is too much to be wanted. #move:conjecture #to:randy]
    Randy, can I try a guess? Correct me if it's wrong. I wonder if under the counting there's a fear: that you, as you are, when you want her, are too much to be wanted. So you ration yourself, and then you keep the books. #speaker:counselor
    ~ counsel_randy_try = "conjecture"
    -> answer
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (answer)
{
- flooded("randy"):
    I can't… I'm so tired of asking. I don't even know what I'm scared of anymore. #speaker:randy #move:randy.withdraw
    { before_flooded:
        The anger is still guarding the fear, and Randy was too flooded to find it. Stop first; it comes when the room is safer. #coach #mistake:pressed_on_flooded
      - else:
        The anger is still guarding the fear, and Randy is too flooded to find it. Don't chase it; it comes when the room feels safer. #coach
    }
- stance_of("randy") == "attacking" || counsel_sided_with == "nadia":
    Scared? I'm not scared. I'm angry. Even in here it's her quiet that gets protected. #speaker:randy #move:randy.defend
    The anger is still guarding the fear, and the side you took earlier is part of what it guards against. Don't fight it; repair the alliance first. #coach
- stance_of("randy") == "cold":
    Scared? I stopped being scared. I'm tired. I just go cold now. #speaker:randy #move:randy.withdraw
    Cold is a pursuer who has stopped expecting an answer: the fear is under the tiredness, not gone. Don't push past it; reflect the tiredness first. #coach
- state_of("randy") == "escalated" || (state_of("randy") == "activated" && counsel_randy_try == "conjecture"):
    {counsel_randy_try == "conjecture":It's not that. I'm angry.|Scared? I'm angry.} I've been asking for a year. #speaker:randy #move:randy.defend
    { counsel_randy_try == "conjecture":
        The guess missed, and he corrected it: that is what a conjecture is for. Take the correction and stay with the anger he named; the fear under it comes when the room is cooler. #coach
      - else:
        Still hot, Randy answers with the anger that guards the fear. Reflect the anger; the fear comes when he has come down. #coach
    }
- else:
    ~ counsel_randy_soft = true
    That I'm too much. That one day she'll work out she was better off on her own, before me. So I give her exactly what she asks for and not a bit more, and I keep count, so I'll see it coming. #speaker:randy #move:randy.share_vulnerable
    {
    - flooded("nadia"):
        Nadia swallows. She can't look up. #move:nadia.withdraw
    - received("nadia") == "misread":
        I've never said better off. You make it sound like I'm already packing. #speaker:nadia #move:nadia.defend
        Randy meant I'm scared; Nadia heard you're leaving, the apartment again. It's still in the room, and you can come back to it. #coach
    - else:
        Nadia turns in her chair and looks at him as if she has never heard this before. #move:nadia.turn_toward
    }
    Under the ledger, the fear of being too much, and of being left: the counting is protection, a way to see the leaving coming, and a pursuer's anger is protest at disconnection (Johnson). #coach
}
-> counsel_pace("randy")

=== counsel_enact ===
~ before_premature = not counsel_tracked || hot("randy") || hot("nadia")
There are {minutes_left()} minutes left.
~ note_before()
* [Nadia, turn to Randy and tell him what you told me, about the quiet. #move:enactment #to:nadia]
    Nadia, could you turn to Randy and tell him what you told me, about what the quiet is for? Not to me. To him. #speaker:counselor
    -> nadia_reaches
* [Randy, turn to Nadia and tell her what you're afraid of. About you, not about her. #move:enactment #to:randy]
    Randy, could you turn to Nadia and tell her what you're afraid of? About you, not about her. Not to me. To her. #speaker:counselor
    -> randy_first
* [Not enough time for something this big. Start closing now. #move:slow_down]
    ~ counsel_tracked = true
    I think we'll stop the new work there. There's something I'd like to say about today before you go. #speaker:counselor
    { time_for(16) && (nadia_found() || randy_found()) && not before_premature:
        There was time for it, and the room was ready: a feeling already found can be said to the other in the minutes that were left. Closing early is safe; it can also be a way of not taking the risk with them. #coach
      - else:
        Closing early was a fair call: the room or the clock wasn't ready for an enactment, and a good close holds what was reached. #coach
    }
    -> counsel_close
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely

= premature
{ not counsel_tracked:
    An enactment before the cycle has been tracked restages the fight instead of changing it: reflect it, name it or slow it down first. #coach #mistake:premature_enactment
  - else:
    Someone was escalated or flooded when you asked for it: an enactment raises the heat in a room that hot. Calm first, then the enactment. #coach #mistake:premature_enactment
}
->->

= nadia_reaches
{ nadia_found() && counsel_heat <= 1 && not before_premature && not flooded("nadia") && not braced("nadia"):
    Nadia turns in her chair, toward him.
    { counsel_nadia_engaged:
        When I go quiet, it isn't that I don't want you. I'm getting ready for a verdict that isn't coming. It takes me days to find out it isn't. I should have told you about the apartment. #speaker:nadia #move:nadia.share_vulnerable
      - else:
        When I come back, I'm not coming to collect anything. I just want you to be glad. That's all I'm hoping for, walking into that kitchen. #speaker:nadia #move:nadia.share_vulnerable
    }
    { flooded("nadia"):
        Her voice gives out there. She looks at him, and the rest won't come.
        Saying it out loud cost more than Nadia's body had just now: she's flooded. After a break she can finish the sentence. #coach
        -> counsel_close
    }
    {counsel_nadia_engaged:I always come back. I wanted you to know that's what the quiet is for.|I always come back. I wanted you to know that.} #speaker:nadia #move:nadia.turn_toward
    {
    - flooded("randy"):
        Randy's eyes fill. He holds on to the arm of the couch. #body:randy.stirred
        I can't… not now. I can't take it in. #speaker:randy #move:randy.withdraw
        Nadia stays turned toward him, waiting.
        Nadia reached, and meant it. But Randy is flooded, and a body over the line can't let in even the words it has waited for. Next week can start here. #coach
        -> counsel_close
    - received("randy") == "misread":
        You always come back. When you're ready. #speaker:randy #move:randy.defend
        {
        - flooded("nadia"):
            Nadia's face falls. She looks at the window. #move:nadia.withdraw
            Nadia's offer landed on Randy's year of waiting, and the sting flooded her before she could stay. That is the cycle, not the end of it. #coach
            -> counsel_close
        }
        I know. I'm telling you now, so you don't have to wait to find out. #speaker:nadia #move:nadia.repair
        Randy heard Nadia's offer as the old clock: a year of waiting heard it first. Nadia stayed turned toward him, and staying is the repair. #coach
        {
        - flooded("randy") || stance_of("randy") == "attacking":
            Randy looks at her a long time and says nothing. #move:randy.withdraw
            -> counsel_close
        }
        Randy looks at her a long time.
        { state_of("randy") == "escalated":
            Maybe. I've heard always before. #speaker:randy #move:randy.criticize
            Nadia reached, and Randy, still hot, kept his guard up. That's not a failure: trust comes back slower than words, and next week can start here. #coach
            -> counsel_close
        }
        I want to believe that. I think I do. #speaker:randy #move:randy.turn_toward
        I'm glad you told me. #speaker:randy #move:randy.appreciate
    - stance_of("randy") == "cold" || stance_of("randy") == "attacking":
        Randy looks at her a long time.
        { state_of("randy") == "escalated":
            Maybe. I've heard always before. #speaker:randy #move:randy.criticize
            Nadia reached, and Randy, still hot, kept his guard up. That's not a failure: trust comes back slower than words, and next week can start here. #coach
            -> counsel_close
        }
        I want to believe that. I think I do. #speaker:randy #move:randy.turn_toward
        I'm glad you told me. #speaker:randy #move:randy.appreciate
    - else:
        I thought the quiet was you deciding about me. I'm so lonely in those days, Nadia. #speaker:randy #move:randy.share_vulnerable
        I'm glad you told me. I didn't know. #speaker:randy #move:randy.appreciate
    }
    {
    - flooded("nadia"):
        Nadia nods. She can't say more just now, but she doesn't look away. #move:nadia.withdraw
        -> counsel_close
    }
    Nadia nods. She is still turned toward him. #move:nadia.turn_toward
    -> counsel_process
  - else:
    Nadia turns toward him and tries.
    {
    - flooded("nadia"):
        She looks at him, then at the window. The words don't come. #move:nadia.stonewall
    - else:
        I don't know what to say. I'm sorry. I do come back. #speaker:nadia #move:nadia.withdraw
    }
    {
    - stance_of("randy") == "cold":
        Randy nods, as if he expected this. #move:randy.withdraw
    - else:
        That's the thing. She's always sorry. Then it's three days again. #speaker:randy #move:randy.criticize
    }
    {
    - before_premature:
        -> premature ->
    - not nadia_found():
        An enactment asks a partner to say to the other what they have already found with you. Nadia hadn't found it yet. Evoke first, then enact. #coach
    - counsel_heat >= 2:
        Too much heat in the room for a risk like this. Reaching is a risk, and nobody takes it while still braced. #coach
    - else:
        Nadia had found the words, but she's over the line or braced now, and nobody can reach from there. Calm first, then the enactment. #coach
    }
    -> counsel_close
}

= randy_first
{
- randy_found() && counsel_heat <= 1 && not before_premature && not flooded("randy"):
    Randy turns to her. It takes him a moment.
    { counsel_randy_soft:
        I'm scared I'm too much for you, Nadia. That you'll work out you're better off without me. So I count. I don't want to count. I just want to be glad when you come back. #speaker:randy #move:randy.share_vulnerable
      - else:
        I'm scared I'm only wanted when you're ready. And that when it's me who wants you, I'm too much. So I count. I don't want to count. #speaker:randy #move:randy.share_vulnerable
    }
    {
    - flooded("nadia"):
        Nadia looks at him, then at the window. The words don't come. #move:nadia.stonewall
        Randy reached from a soft place, but Nadia is flooded, and nothing lands in a body over the line. Calm first. #coach
        -> counsel_close
    - received("nadia") == "misread":
        I've never said too much. Not like that. #speaker:nadia #move:nadia.defend
        Randy spoke from the fear, and Nadia still heard a charge: the history got there first. Workable in a calm room, but not in the minutes that are left. #coach
        -> counsel_close
    - braced("nadia"):
        I'm here, aren't I? I came back. #speaker:nadia #move:nadia.defend
        Randy spoke from the fear, and Nadia, still guarded, heard pressure. The room was calm enough to try: a fair risk, and a braced partner often needs to hear it more than once, on another day. #coach
        -> counsel_close
    - nadia_found():
        I thought you were keeping score. Not scared. #speaker:nadia #move:nadia.turn_toward
        {counsel_nadia_engaged:I'm scared too. Of the verdict. That's what the quiet is. I should have told you.|I'm scared too. That I'll come back and you won't be glad.} #speaker:nadia #move:nadia.share_vulnerable
        {
        - flooded("randy"):
            Randy nods, and can't speak yet. #move:randy.withdraw
            -> counsel_close
        - received("randy") == "misread":
            You should have. #speaker:randy #move:randy.criticize
            -> counsel_close
        }
        Then tell me, when it's like that. I'd rather know than count. #speaker:randy #move:randy.turn_toward
        Randy went first, about himself and not about her, and in a calm room it worked: each spoke from a softer feeling already found with you, and each was heard. #coach
        -> counsel_process
    - else:
        I didn't know you were scared. I thought you were keeping score. #speaker:nadia #move:nadia.turn_toward
        ~ counsel_landed = true
        Randy went first from a soft place, and it landed: Nadia heard the fear, not the audit. She hasn't found her own words yet, so it is one-sided for now, and this early in therapy that is a real step. #coach
        -> counsel_process
    }
- else:
    {
    - randy_found() && not flooded("randy"):
        I need you to want me when it's me who's asking. Not just when you're ready. #speaker:randy #move:randy.demand
    - else:
        I need you to stop disappearing. That's it. That's what I need. #speaker:randy #move:randy.demand
    }
    {
    - flooded("nadia"):
        Nadia looks at the window. #move:nadia.stonewall
    - nadia_found():
        I'm trying. I'm here, aren't I? #speaker:nadia #move:nadia.defend
    - else:
        Nadia nods at the window. #move:nadia.withdraw
    }
    {
    - before_premature:
        -> premature ->
    - randy_found() && flooded("randy"):
        Randy is over the line, and from there a need comes out as a demand; Nadia heard the old review. Calm first, then the enactment. #coach
    - randy_found():
        The room was too hot for it: Randy's need came out as a demand, and Nadia heard the old review. An enactment works from a calm room and a feeling already found. #coach
    - else:
        Randy hadn't found the fear under the counting yet, so the need came out as a demand about her, and Nadia heard the old review. Evoke first, then enact. #coach
    }
    -> counsel_close
}

=== counsel_process ===
~ counsel_enacted = true
{ counsel_landed:
    Nadia is looking at Randy. Randy is looking back, and not counting anything.
  - else:
    For a moment nobody says anything. They are looking at each other.
}
~ note_before()
* [Slow down and reflect what just happened between them. #move:reflect]
    Can we stay here a moment? One of you reached, and the other let it in. What is that like, right now? #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("randy"):
        Randy can only nod.
    - else:
        Strange. Good strange. Like she actually came back. #speaker:randy #move:randy.appreciate
    }
    {
    - flooded("nadia"):
        Nadia breathes out, slowly.
    - else:
        Lighter. I didn't expect lighter. #speaker:nadia #move:nadia.turn_toward
    }
    Processing the encounter: slow it down and reflect what happened and how it felt, so the new step is seen and owned, not just passed through. #coach
* [Tell them what you saw: it took courage, from both of them. #move:validate]
    That took courage, from both of you. You said the hard thing, and you stayed to hear it. #speaker:counselor
    {
    - flooded("randy"):
        Randy looks down at his hands.
    - else:
        It didn't feel like courage. It felt like the top of a ladder. #speaker:randy #move:randy.humor
    }
    {
    - flooded("nadia"):
        Nadia nods.
    - else:
        A really short ladder, for you. #speaker:nadia #move:nadia.humor
    }
    Validating what each risked integrates the encounter: the new step is named as theirs, not the counselor's. #coach
* [Lock it in while it's warm: a text with a time whenever she needs a day, and a hug when she's back. #move:advise]
    Let's lock this in while it's warm. Whenever you need a day, Nadia, a text with a time. And when you're back, a hug, first thing. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - flooded("nadia"):
        Nadia nods.
    - else:
        A text and a hug. Okay. #speaker:nadia #move:nadia.turn_toward
    }
    Randy looks at the clock.
    A rule laid on a fresh moment turns it back into a test, and a ledger: so many texts, so many hugs. Process what happened first; what they do with it can be theirs. #coach #mistake:advise
- (processed)
-> counsel_end_reconnected

=== counsel_close ===
{ minutes_left() <= 1:
    -> counsel_out_of_time
}
{ minutes_left() <= 6:
    There are {minutes_left()} minutes left. Whatever is open now stays open until next week.
  - else:
    There are {minutes_left()} minutes left: time to close, not to open anything new.
}
~ note_before()
* {counsel_screened != "alone" && time_for(6)} [Two minutes with {counsel_screened == "nadia_only":Randy|each of you} before you go. It's routine. #move:screen_safety #to:nadia]
    {counsel_screened == "joint":You both said no earlier. Before you go, I'd still like two minutes with each of you on your own.|{counsel_screened == "nadia_only":Randy, before you go, can I have two minutes with you on your own? Nadia had hers.|Before you go, I'd like two minutes with each of you on your own. I do it with every couple at about this point. It's routine.}} #speaker:counselor
    { counsel_screened != "nadia_only":
        You take Nadia into the small room. Since the intake: has she been frightened of Randy, hurt, threatened, kept from doing anything or seeing anyone? #time:1
        No, she says, and means it. He's never so much as slammed a door. What frightens her is the cold.
        You bring Nadia back and take Randy across the corridor: the same questions, the same couple of minutes. #time:1 #move:counselor.screen_safety>randy
      - else:
        You take Randy across the corridor: the same questions Nadia had, the same couple of minutes. #time:1 #move:counselor.screen_safety>randy
    }
    No, he says. He's never touched a table, or her, in anger. He goes to the garage. Then he asks whether she's all right.
    You bring them both back in. #time:1
    ~ counsel_screened = "alone"
    Late, and still worth the minutes: each partner alone, where a frightened partner can answer. Neither said anything alone that points to fear. Keep asking as the work goes on; if fear or control appears, stop the joint work, plan for safety and refer. #coach
    -> counsel_close
* [Send them off with homework: a hug morning and night, and a text if she needs a day. #move:advise]
    Before next week, some homework. A proper hug every morning and every night, and a text if anyone needs a day. Can you both commit to that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    ~ counsel_schedule = true
    {
    - stance_of("randy") == "cold" || flooded("randy"):
        Sure. #speaker:randy #move:randy.withdraw
    - else:
        Okay. If she will. #speaker:randy #move:randy.criticize
    }
    {
    - flooded("nadia"):
        Nadia nods. #move:nadia.withdraw
    - else:
        Sure. #speaker:nadia #move:nadia.dismiss
    }
    Homework set before the softer feelings have met is going through the motions, and this homework is the ledger itself: so many hugs, so many texts. It will be counted by Thursday. #coach #mistake:advise
* [Name what was reached today, and what waits for next week. #move:reflect]
    ~ counsel_tracked = true
    { nadia_found() || randy_found():
        Before you go, I want to say what I saw today. {counsel_nadia_engaged:Nadia, you found words for the quiet: not punishment, a body getting ready for a verdict.|{counsel_nadia_hope:Nadia, you said what you hope for when you come back: that he'll be glad.}} {counsel_randy_soft:Randy, you said the fear under the counting.|{counsel_ledger_hurt:Randy, you said the hurt under the ledger: wanted only when she's ready.}} That's what we start from next week. #speaker:counselor
      - else:
        Before you go, I want to say what I saw today: the circle you're both caught in, how each of you plays both parts in it, and how fast it turns. Next week we slow it down and look at what's underneath. #speaker:counselor
    }
    {
    - flooded("randy"):
        Randy nods without looking up.
    - stance_of("randy") == "cold" || stance_of("randy") == "attacking":
        Next week, then. #speaker:randy #move:randy.withdraw
    - else:
        Next week. Okay. #speaker:randy #move:randy.turn_toward
    }
    {
    - flooded("nadia"):
        Nadia is already looking at the door.
    - braced("nadia"):
        Fine. #speaker:nadia #move:nadia.withdraw
    - else:
        Okay. #speaker:nadia #move:nadia.turn_toward
    }
    { before_flooded:
        Someone was still over the line as you summed up: a flooded body takes in little. Slow the room first; then name what was reached. #coach #mistake:pressed_on_flooded
      - else:
        A contained close: name what was reached, in their words, and say what waits for next week, so nobody leaves carrying the whole of it. #coach
    }
* [Give them one thing to practise: a break with a time to come back, and being glad at the return. #move:psychoeducation]
    One thing to try at home. When one of you needs to stop, take the time: twenty minutes, or a day. Not to get away; to come down. Say when you'll be back. And whoever's waiting: the return is the moment to be glad, not to settle the account. #speaker:counselor
    {
    - flooded("randy"):
        Randy nods, his jaw tight.
    - stance_of("randy") == "cold" || stance_of("randy") == "attacking":
        If she says when. #speaker:randy #move:randy.criticize
    - else:
        Glad, not the account. I can try that. #speaker:randy #move:randy.turn_toward
    }
    {
    - flooded("nadia"):
        Nadia nods at the floor.
    - received("nadia") == "misread":
        Say when. You make it sound like I vanish. #speaker:nadia #move:nadia.defend
    - else:
        I can say when. It's the coming back glad I need to practise too. #speaker:nadia #move:nadia.own_part
    }
    { before_flooded:
        The break is the right thing to teach, but someone was over the line as you taught it: a flooded body can't take in a lesson. #coach #mistake:pressed_on_flooded
      - else:
        A break taught as a skill, with a time to come back and a welcome at the end, is psychoeducation they can take home: the cycle's antidote, not a rule about hugs. #coach
    }
+ {not counsel_closed_safely} [Slow it down first: a minute's breathing together before they go. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (closed)
-> counsel_ending


=== counsel_ending ===
{
- counsel_schedule && not counsel_enacted && room_calm():
    -> counsel_end_truce
- counsel_break == "full" && counsel_flooded_at_break && counsel_heat < 2 && not flooded("randy") && not flooded("nadia"):
    -> counsel_end_break_and_return
- cycle_stage() == "engage-engage" && (nadia_found() || randy_found()) && not flooded("randy") && not flooded("nadia") && counsel_heat < 2 && not counsel_schedule:
    -> counsel_end_reconnected
}
-> counsel_end_deadlock

=== counsel_close_safely ===
~ counsel_closed_safely = true
~ temp hour_left = time_for(28)
Let's not do any more today. I'd like us to breathe together for a minute or two: in for four, out for six. Just that. #speaker:counselor
They breathe. Nobody talks. The traffic goes by under the window. #time:4
{
- hour_left:
    { before_calm:
        Nobody was over the line: closing with regulation was safe, and it left more than half the hour unused. A calm room can take more work; weigh what the couple loses by stopping here. #coach
      - else:
        Closing with regulation is safe: nobody should leave a session flooded. With more than half an hour left, a full twenty-minute break and a calmer second half would also have fitted: a judgement call, not a fault. #coach
    }
  - before_calm:
    Nobody was over the line: a minute's breathing closes the session gently, and the minutes you stopped early are yours to weigh. #coach
  - else:
    When someone is over the line late in the hour, stop the work and close with regulation: nobody should leave a session flooded, and a twenty-minute break would take the rest of the hour. #coach
}
{ not over_line("randy") && not over_line("nadia") && not hour_gone():
    -> counsel_close
}
-> counsel_ending

=== counsel_end_deadlock ===
{ time_for(8):
    You spend a few minutes on small things: the booking, the parking, whether Tuesdays still work with her parent evenings. #time:4
}
{
- flooded("randy"):
    Randy is still flushed, his breathing quick. He has his jacket on before anyone else has stood up. #body:randy.stirred
    At the door Nadia holds it for him. He goes through without a word. #move:randy.withdraw
    { counsel_closed_safely:
        Randy is still over the line as he leaves, if less than he was. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Randy is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation (slow breathing, a few quiet minutes, a time set for next week) so nobody carries the fight out of the room. #coach
    }
- flooded("nadia"):
    Nadia is on her feet first, coat already on, eyes on the stairs. Randy follows her out. #body:nadia.stirred
    Nadia takes the stairs quickly and doesn't wait. #move:nadia.withdraw
    { counsel_closed_safely:
        Nadia is calmer than she was, and still not settled. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Nadia is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation, so nobody carries the fight out of the room. #coach
    }
- else:
    At the door he holds it open for her, and she thanks him. Polite, careful, far apart.
    On the stairs Randy checks his phone for the next job. #move:randy.withdraw
}
{
- counsel_nadia_engaged:
    Deadlock. Something moved: Nadia found words for the quiet. But it never crossed the room to Randy, and the cycle left with them. #coach
- counsel_fetched != "":
    Deadlock: {counsel_fetched == "randy":Randy|Nadia} walked out and came back, and after that nothing moved. The cycle walked out of the room intact. #coach
- else:
    Deadlock: nothing blew up, and nothing moved. The cycle walked out of the room intact. #coach
}
{ counsel_break == "full" && counsel_flooded_at_break:
    The time-out worked: they came back calmer. Then the heat came back, and the calm was spent before anyone could reach. #coach
}
{ counsel_calm_timeout:
    The twenty-minute break nobody needed took the part of the hour the reaching would have needed. #coach
}
{ counsel_mistakes > 0:
    Count the fixes, sides and labels you offered: each one took the session away from the feelings under the cycle. #coach
}
The EFT order in de-escalation: track the cycle, bring out the feeling under each one's move, and let each say it to the other from a calm room. #coach
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
They drive home in the van without talking. By the weekend they will be careful with each other. #ending:deadlock
-> END

=== counsel_end_truce ===
{ time_for(8):
    You spend a few minutes on the booking. Randy puts the hugs in his phone, as a reminder, and shows Nadia, and she laughs, not quite happily. #time:4
}
{
- stance_of("randy") == "cold" || braced("randy"):
    At the door he holds it open for her. Morning and night, he says. Morning and night, she says. #move:randy.withdraw
- else:
    At the door he holds it open for her. Morning and night, he says, half joking. #move:randy.humor
}
A measured truce: they leave with a schedule, and it will probably hold for a week or two. But it was handed to them before the feelings under the cycle had met, and it makes the ledger official: affection "almost perfectly measured", in the calendar. Accepting influence is yielding because it matters to the other, not trading units of closeness (Gottman). #coach
{ nadia_found() || randy_found():
    Something real was found on the way, and the schedule sits on top of it. Name it next week, before the counting does. #coach
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
They go down the stairs together, a careful distance apart, already counting. #ending:measured_truce
-> END

=== counsel_end_break_and_return ===
{ time_for(8):
    The rest of the session stays calmer. Nobody raises their voice, and nobody leaves{counsel_fetched != "": again}. #time:4
  - else:
    What is left of the hour stays calmer. Nobody raises their voice, and nobody leaves{counsel_fetched != "": again}.
}
{ counsel_fetched != "":
    Break and return: the walk-out was turned into a break. A set time, a walk instead of the wheel, and a room to come back to: {counsel_fetched == "randy":Randy|Nadia} came back up the stairs, and {counsel_fetched == "randy":Nadia|Randy} waited. For this couple the return is the lesson in itself. #coach
  - else:
    Break and return: the time-out did its work. Bodies calmer, nobody walked out. And for this couple the return is the lesson in itself: both went, and both came back. #coach
}
{ nadia_found() || randy_found():
    And something was found before the hour ran short: name it for next week, so it isn't lost with the clock. #coach
  - else:
    The softer feelings didn't yet meet in an enactment: the break bought back a calm room, and the hour it cost was the hour the reaching would have needed. Next week can start from the calm. #coach
}
{ counsel_mistakes > 0:
    Count the fixes, sides and labels too: each one added heat or pulled the session away from the feelings under the cycle. #coach
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
They leave together, a little less far apart than they came. #ending:break_and_return
-> END

=== counsel_end_reconnected ===
{ counsel_enacted:
    What just happened: one of you reached, and the other let it in, and nobody counted. That's the circle running the other way. #speaker:counselor
    Reaching each other, for a few minutes: a fear said out loud, and an answer instead of a retreat or a bill. Early in therapy that is a real step, not a finished change: the cycle will come back, and now they have this to remember when it does. #coach
  - else:
    Randy and Nadia stand up at the same time, and for once neither of them is ahead of the other at the door.
    The circle opened in the room: a softer feeling said to you and heard across the room, and both still turned toward each other at the close. No enactment yet, and none needed today; next week it can be said to each other. #coach
}
{ counsel_break == "full" && counsel_flooded_at_break:
    The time-out made it possible. Nobody can reach from a flooded body. #coach
}
{ counsel_mistakes > 0:
    It happened despite the fixes, sides and labels you offered on the way: each one added heat, and the couple did the reaching anyway. Notice them for next time. #coach
}
{ counsel_screened != "alone":
    One thing to add next time: when a phrase like "flip the table" comes up, see each of them briefly alone for the routine safety check-in. #coach
}
{ time_for(6):
    You spend the rest of the hour slowing it down: what each of them did, and what it was like to be answered. #time:4
  - else:
    You are at the end of the hour. You let it sit for a moment, and then you let them go.
}
They leave side by side. On the stairs she says, "Same time next week," and he says, "Yes," and doesn't count anything. #ending:reconnected
-> END

=== counsel_out_of_time ===
The hour is gone. Through the wall you can hear your next couple arriving in the waiting room.
{
- flooded("randy"):
    Randy is still breathing hard as he stands. #body:randy.stirred
- flooded("nadia"):
    Nadia is on her feet before you have finished the sentence. #body:nadia.stirred
- else:
    They stand up, surprised it's over.
}
~ note_before()
~ temp held_in_doorway = false
* [Hold the hour: one sentence in the doorway about today, and book next week. #move:reflect]
    ~ held_in_doorway = true
    ~ counsel_tracked = true
    We're out of time, and I'm sorry we didn't get to finish. What you did today counts. We'll pick it up next week. #speaker:counselor
    You book next week in the doorway. Randy puts it in his phone. Nadia is already holding the door.
    A sentence in the doorway is better than nothing, and it keeps the frame: the hour ends when it ends. But it isn't a close. #coach
    { before_flooded:
        Someone was still over the line as they left: a sentence doesn't bring a body down. Next time, slow the room before the clock runs out. #coach #mistake:pressed_on_flooded
    }
* [Run over: ten more minutes to finish properly. The next couple can wait. #move:evoke]
    Let's take a few more minutes. Nadia, you were about to say something. #speaker:counselor
    {
    - flooded("nadia"):
        Nadia shakes her head and stands up. #move:nadia.withdraw
    - else:
        Nadia looks at the clock, then at the door.
        It's fine. Next week. #speaker:nadia #move:nadia.withdraw
    }
    Ten minutes later the next couple is still waiting, and nothing more has been said. You book next week in the doorway. #time:10
    Running over teaches a couple the hour doesn't hold, and the next couple's hour pays for it. Keep the frame; contain inside it. #coach
    { before_flooded:
        And someone was over the line: ten more minutes of asking is pressing on. Slow the room, then let them go. #coach #mistake:pressed_on_flooded
    }
- (doorway)
{ held_in_doorway:
    Out of time: the hour ended mid-work, and a sentence in the doorway held a little of it. When the clock runs low, stop opening and start containing earlier: slow the room, say in a sentence what was reached today, and say out loud what waits for next week. #coach
  - else:
    Out of time: the hour ended mid-work, with nothing named and nothing held. When the clock runs low, stop opening and start containing: slow the room, say in a sentence what was reached today, and say out loud what waits for next week. #coach
}
{ counsel_calm_timeout:
    The pacing was decided earlier: a twenty-minute break nobody needed took two-fifths of the hour. #coach
}
{ counsel_restarted:
    The break had to start again after the sentence through the door: twenty more minutes the hour didn't have. #coach
}
{ counsel_late_break:
    The break was right for a flooded body, but this late it used up the close. With the hour short, regulate in the room and close instead. #coach
}
{ counsel_slow_walk:
    The slow walk through the Thursday was good work, and it cost six minutes: slow work pays when the rest of the hour is planned around it. #coach
}
{ nadia_found() || randy_found():
    Something was reached: a softer feeling said out loud. Naming it at the close would have given them something to carry out of the room. #coach
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
The door closes behind them. #ending:out_of_time
-> END

