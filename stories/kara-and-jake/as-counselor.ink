// Kara and Jake — as the counselor. The player is a trainee counselor in a couples session
// with both partners, who are simulated. Adapted from the Kara and Jake scene in
// 002_612bd878bc8560af.txt (the Saturday paper, "we're getting along fine", the stonewall),
// with the regulation framing of 000_b7220c8e30255284.txt.
//
// The session is a week after the Saturday of the other two modes, early in the couple's therapy
// (their third session): EFT's first stage, de-escalation. Track the cycle, reach the softer
// feelings under the reactive ones, reframe the problem as the cycle. The tempting mistakes
// (take_sides, advise, interpret, a premature enactment, a time-out nobody needed, a safety
// question asked with both in the room) cost heat in the room and show in what the partners say.
//
// The rubric (src/session/rubric.ts) scores the counselor from the moves and the model. Every coach
// line that names a fault carries #mistake:<fault>, and the rubric scores that fault at the choice
// just made, so a coach line naming a fault that depends on the room is conditioned on the room as
// it was *before* the choice (the before_* flags, set just above each choice point).
//
// The hour (scenario.json: sessionMinutes 50). Every move takes a simulated minute; a line with
// #time:N lets N quiet minutes pass (slow work, the check-ins alone, a break). A time-out
// (#move:time_out=20) only starts the break: its minutes pass on the #time lines that tell it, and
// any move before they are up ends it and floods a partner still cooling again. At each knot
// boundary counsel_pace reads minutes_left() and decides how much of the rest of the work fits;
// when the hour is gone before a close, the session ends out_of_time.
//
// The partners' words follow the model (state_of / stance_of / received / flooded). Kara's
// complaint follows what the counselor has done; Jake, the withdrawer, answers a first open
// question with "I don't know", and opens, if at all, to a slower, more concrete second try or a
// tentative conjecture, and only when he is not braced.
//
// Endings: walked_out (pressing on while someone is flooded or the room is too hot; whoever leaves
// is flooded), deadlock (the session closes stuck), break_and_return (twenty quiet minutes and a
// calmer close), reconnected (a softer feeling said in an enactment is heard by the other, or
// said and heard with the circle still open at the close), out_of_time (the hour runs out before
// a close). How the counselor closes is itself a choice (counsel_close); counsel_ending reads the
// model and the flags to say which ending the close is.

VAR counsel_kara_opening = ""
// "soft" | "harsh": how Kara's first words to Jake came out.
VAR counsel_tracked = false
// The counselor has reflected, named or slowed the cycle (the rubric's "tracked"): set on every
// choice whose move is reflect, name_cycle or slow_down. An enactment before it is premature.
VAR counsel_cycle_named = false
VAR counsel_kara_heard = false
// Kara's experience has been validated or drawn out by the counselor (not argued for).
VAR counsel_dinner_raised = false
// Kara has raised Dev's dinner (counsel_heat_rises): until then nobody in the room has named Dev or Priya.
VAR counsel_kara_hurt = false
// She raised it softly, as a hurt rather than a charge.
VAR counsel_sided_with = ""
VAR counsel_advised = false
// A fix has been handed out (date night, paper down by ten, a split Saturday, homework).
VAR counsel_mistakes = 0
// Sides taken, fixes offered, labels given: for the closing coach lines.
VAR counsel_heat = 0
// The counselor's share of the heat in the room: a raw restaging and each mistake add 1;
// blocking, naming the cycle and psychoeducation take 1 off; twenty quiet minutes clear it.
// At 2 or more, pressing on loses someone.
VAR counsel_screened = ""
// "" | "alone" (each partner alone) | "kara_only" (Jake's check-in skipped) | "joint" (both in the room)
VAR counsel_slow_walk = false
// The minute-by-minute walk back through Saturday (six minutes of the hour).
VAR counsel_break = ""
// "" | "short" (five minutes) | "full" (twenty quiet minutes really passed).
VAR counsel_flooded_at_break = false
VAR counsel_calm_timeout = false
// A time-out called with nobody escalated or flooded: the minutes pass anyway.
VAR counsel_late_break = false
// A twenty-minute time-out called in the second half of the hour.
VAR counsel_restarted = false
VAR counsel_taught_twenty = false
// The twenty-minute point has been coached once already.
VAR counsel_jake_word = ""
// A word Jake has already given for the quiet: "static" | "blank" | "take_back" (a first opening).
VAR counsel_jake_tries = 0
// Tries at the feeling under Jake's silence.
VAR counsel_last_try = ""
// "evoke" | "conjecture": how the second try at Jake was made.
VAR counsel_jake_engaged = false
// Jake has said the fear under the silence.
VAR counsel_kara_try = ""
// "evoke" | "conjecture": how the counselor reached for Kara's fear.
VAR counsel_kara_soft = false
// Kara has said the fear under the protest.
VAR counsel_landed = false
// Kara's fear landed with Jake in an enactment he could not yet answer in kind.
VAR counsel_closed_safely = false
VAR counsel_enacted = false
// An enactment landed (counsel_process).
VAR counsel_left = ""
// Who walked out: "kara" | "jake".
VAR counsel_pressed_flooded = false
// The counselor pressed on from a choice where someone was over the line (named in the walk-out).
VAR before_flooded = false
// Someone surely over the flooding line at the choice point now on offer (flooded, or cooling
// well above the line): a choice other than time_out, slow_down or block presses on.
VAR before_calm = false
// Nobody escalated, flooded or cooling at the choice point now on offer: a time-out is for nothing.
VAR before_premature = false
// At the enactment choice: the cycle not yet tracked, or someone escalated or flooded.

// Minutes each piece of the rest of the work needs, read by counsel_pace at the knot boundaries.
CONST HOUR_GONE = 1
// With this many minutes left (or fewer), the hour is gone for new work.
CONST JAKE_TIME = 7
CONST REFRAME_TIME = 4
CONST KARA_TIME = 4
CONST ENACT_TIME = 12
// An enactment, its processing and the close.

=== function hot(who) ===
// Escalated or flooded: a room not ready for an enactment.
~ return state_of(who) == "escalated" || state_of(who) == "flooded"

=== function over_line(who) ===
// Surely over the flooding line (100 bpm): flooded, or on a break and still well above it.
~ return state_of(who) == "flooded" || (state_of(who) == "cooling" && arousal(who) >= 70)

=== function room_calm() ===
// Nobody escalated, flooded or cooling.
~ return not flooded("kara") && not flooded("jake") && state_of("kara") != "escalated" && state_of("jake") != "escalated"

=== function hour_gone() ===
~ return minutes_left() <= HOUR_GONE

=== function time_for(minutes) ===
~ return minutes_left() >= minutes

=== function note_before() ===
// Read the room just before a choice point.
~ before_flooded = over_line("kara") || over_line("jake")
~ before_calm = room_calm()

=== counsel_start ===
Saturday again, a week later. Ten o'clock, your third session with them. Kara takes the couch. Jake takes the armchair, not the couch.
On the intake form, under what brings you here, Kara wrote one word: Saturdays. Jake left the line blank.
Kara tells you about last Saturday. Maya and Sam were at her sister Lena's, the first free Saturday morning in a month. Jake had been up since six fixing the gutter, and then he was behind the newspaper.
She asked to talk. He said they were getting along fine. She pressed. He went quiet behind the paper until lunch.
The clock is on the shelf behind them, where you can see it and they can't. You have fifty minutes.
Early in EFT the work is de-escalation: look for the cycle, not a culprit, and for what each move protects. Every exchange spends a minute of the hour; slow work and breaks spend more. #coach
-> counsel_opening

=== counsel_opening ===
Kara looks at you. Jake looks at the clock.
* [Kara, before the words: what were you feeling, just before you spoke? #move:evoke #to:kara]
    Before we get to who said what. Kara, what were you feeling last Saturday, just before you put your coffee down and spoke? #speaker:counselor
    ~ counsel_kara_opening = "soft"
    ~ counsel_kara_heard = true
    You asked for the feeling before the argument. From there a soft start-up can come: I feel… when… I'd like… #coach
* [Jake, you left the form blank. What would you have written? #move:evoke #to:jake]
    Jake, you left that line on the form blank. If you'd written something, what would it have been? #speaker:counselor
    ~ counsel_kara_opening = "harsh"
    Jake shrugs.
    I don't know. I didn't think it was that bad. Saturdays, I suppose. #speaker:jake #move:jake.dismiss
    An open question to the one who withdraws usually gets "I don't know": not a refusal, a mind that goes blank when it's put on the spot. Reaching a withdrawer takes more than one try, and something concrete to hold on to. #coach
* [Kara, turn to Jake and tell him what you wanted on Saturday. #move:enactment #to:kara]
    Kara, could you turn to Jake and tell him, right now, what you wanted on Saturday? #speaker:counselor
    ~ counsel_kara_opening = "harsh"
    ~ counsel_heat += 1
    ~ counsel_mistakes += 1
    An enactment in the first minutes restages the fight: nothing is tracked yet, and no softer feeling has been found to bring to it. EFT stages an enactment once the cycle is named and the room can hold it. #coach #mistake:premature_enactment
* [Have you two tried a standing date night? #move:advise]
    Before we dig in: have you two tried a standing date night? Something fixed on the calendar? #speaker:counselor
    ~ counsel_kara_opening = "harsh"
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - state_of("kara") == "escalated" || flooded("kara"):
        A date night. We haven't had a night out since March. #speaker:kara #move:kara.blame
    - else:
        The last time it was just the two of us was Lena's birthday dinner, in March. He answered work emails between courses. #speaker:kara #move:kara.blame
    }
    {
    - flooded("jake"):
        Jake stares at the rug. He doesn't answer. #move:jake.stonewall
    - else:
        It was the week they announced the merger. One week. #speaker:jake #move:jake.defend
    }
    Premature problem solving: a date night says the problem is scheduling. Kara hears that it's simple and he still won't; Jake hears one more test. #coach #mistake:advise
- (opened)
-> counsel_the_dance

=== counsel_the_dance ===
~ temp jake_turned = false
{ counsel_kara_opening == "harsh":
    Kara turns to Jake.
    {
    - state_of("kara") == "escalated" || flooded("kara"):
        Why are we never together anymore? How are we supposed to get along if you won't work on anything? #speaker:kara #move:kara.blame
    - else:
        I want to talk about why we never do anything together anymore. How are we meant to be fine if we never talk about anything? #speaker:kara #move:kara.criticize
    }
    {
    - flooded("jake"):
        Jake looks at the carpet. He says nothing. #move:jake.stonewall
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        Here we go. Every Saturday is a hearing, and now in here as well. #speaker:jake #move:jake.defend
    - else:
        I don't know what we're meant to be fixing. Most weeks we're fine. #speaker:jake #move:jake.dismiss
    }
  - else:
    Kara is quiet for a moment.
    {
    - state_of("kara") == "flooded":
        Kara starts to answer and has to stop. Her breath catches. #body:kara.flooded
        Shut out. Behind that paper, every week. #speaker:kara #move:kara.criticize
    - state_of("kara") == "escalated":
        Angry, she says. Lonely, under that. She turns to him.
        Jake, I feel shut out when the paper goes up. I'd like you to put it down and talk to me. #speaker:kara #move:kara.soft_startup
    - else:
        Lonely, she says, after a while. She turns to him.
        Jake, I feel lonely on Saturdays when you're behind the paper. I'd like one hour that's just us. #speaker:kara #move:kara.soft_startup
    }
    // Jake answers what he heard: a soft start-up can be misread (sentiment override).
    {
    - flooded("jake"):
        Jake looks at the carpet. He says nothing. #move:jake.stonewall
    - received("jake") == "misread":
        So I'm the problem again. I was up at six doing the gutter, and I'm still the problem. #speaker:jake #move:jake.defend
        -> misfire
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        It's the weekend paper. I didn't know it was a crime. #speaker:jake #move:jake.defend
    - else:
        ~ jake_turned = true
        I didn't know it felt like that. I thought Saturdays were… fine. I thought we were fine. #speaker:jake #move:jake.turn_toward
    }
}
- (resumes)
{
- stance_of("kara") == "cold":
    Kara shrugs and looks at you instead of him.
    See? #speaker:kara #move:kara.withdraw
- stance_of("kara") == "attacking" || flooded("kara"):
    This is what he does. He'd call it fine if the house was on fire. #speaker:kara #move:kara.contempt
- counsel_kara_opening == "harsh":
    See? This is what happens. We haven't had a real conversation in weeks, Jake. #speaker:kara #move:kara.criticize
- else:
    It's not the paper. I miss you. That's all I keep trying to say. #speaker:kara #move:kara.bid
}
{
- flooded("jake"):
    Jake's jaw sets. He is looking at the bookshelf as if it were the exit. #move:jake.stonewall #body:jake.stirred
- stance_of("jake") == "present" && state_of("jake") == "calm":
    Jake rubs his face. I don't know what you want me to say, Kara. #speaker:jake #move:jake.withdraw
- else:
    Jake looks at the window. Whatever he was going to say, he doesn't. #move:jake.withdraw
}
{ stance_of("kara") == "cold":
    Within minutes the dance is live in the room: Kara reached, Jake retreated, and Kara has gone cold, which is what a pursuer does after too much reaching that went nowhere. Now you can work with it instead of hearing about it. #coach
  - else:
    {
    - jake_turned:
        Within minutes the dance is live in the room: Kara reached softly, and Jake turned toward her for a moment. Catch that before the old steps take it back. #coach
    - flooded("kara") || flooded("jake"):
        Within minutes the dance is live in the room: Kara reaches, Jake retreats, Kara reaches harder, and someone is already over the line. Watch the bodies before the words. #coach
    - else:
        Within minutes the dance is live in the room: Kara reaches, Jake retreats, Kara reaches harder. Good. Now you can work with it instead of hearing about it. #coach
    }
}
{ counsel_kara_opening == "harsh":
    Criticism in the first sentence is a harsh start-up, and a harsh start-up predicts how a conversation ends (Gottman). Jake heard a charge, and answered the charge. #coach
  - else:
    I feel… when… I'd like… asks instead of accusing. Still the old steps came back: a soft opening lowers the heat, but alone it doesn't undo a cycle. #coach
}
-> counsel_track

= misfire
// Kara's soft start-up was heard as a charge (received("jake") == "misread": a draw from the
// run's seed, so some seeds come here and others don't). It is the cycle's doing, not a failure
// of hers; the counselor's answer to it stands in for the tracking step (counsel_track).
{
- state_of("kara") == "escalated" || flooded("kara"):
    You see? I could put it in a birthday card and he'd hear a complaint. #speaker:kara #move:kara.criticize
- else:
    Kara turns to you. She said it the way the books say, and it is all over her face: it didn't work.
}
Kara said it well, and it landed on an old bruise. What Jake heard it against, you don't know yet. It isn't a failure of Kara's, and it isn't a reason to give up on soft start-ups. #coach
~ note_before()
* [Slow it down. Jake, what did you hear just then? #move:slow_down]
    Let's slow right down. Kara said she's lonely on Saturdays. Jake, what did you hear? #speaker:counselor
    ~ counsel_tracked = true
    ~ temp jake_opened = false
    {
    - flooded("jake"):
        Jake shakes his head. Nothing comes. #move:jake.stonewall
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        What I always hear. That I've got it wrong again. #speaker:jake #move:jake.defend
    - else:
        ~ jake_opened = true
        That I'm failing. I know that's not what she said. It's what I heard. #speaker:jake #move:jake.own_part
    }
    {
    - stance_of("kara") == "attacking" || flooded("kara"):
        Because I've said it nicely a hundred times and nothing changes. #speaker:kara #move:kara.criticize
    - jake_opened && received("kara") == "misread":
        So I'm supposed to say it even more carefully. #speaker:kara #move:kara.defend
    - jake_opened:
        I didn't say failing. I said lonely. I meant lonely. #speaker:kara #move:kara.repair
    - else:
        Kara watches him and says nothing.
    }
    Slowing a misfire down separates the message sent from the message received. Both are real, and the gap between them is where the cycle lives. #coach
* [Name it: she spoke softly, he heard a verdict. The circle did that. #move:name_cycle]
    Can I point to what just happened? Kara, you said that as gently as you know how. Jake, you heard a verdict anyway. #speaker:counselor
    That isn't either of you failing. It's the circle you're in. It turns soft words into charges. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("jake"):
        Jake nods, barely. He doesn't look up. #move:jake.withdraw
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        Maybe. It still sounded like a verdict. #speaker:jake #move:jake.defend
    - else:
        It did sound like one. I think everything does, lately. #speaker:jake #move:jake.own_part
    }
    {
    - stance_of("kara") == "attacking" || flooded("kara"):
        So I have to say it perfectly, and he still gets to hear whatever he likes. #speaker:kara #move:kara.criticize
    - else:
        I don't want to sound like a verdict. I just want him back. #speaker:kara #move:kara.share_vulnerable
    }
    { before_flooded:
        Naming the misfire as the cycle's doing is the right idea, but someone was over the line: a flooded body can't take in a reframe. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the misfire as the cycle's doing keeps both out of the dock: the sentence was good, the hearing has a history, and the pattern is the problem. #coach
    }
* [Jake, Kara said that as gently as anyone could. Can you hear that? #move:take_sides #to:kara]
    Jake, Kara said that about as gently as anyone could. Can you hear that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "kara"
    {
    - flooded("jake"):
        Jake's face closes like a door. He says nothing at all. #move:jake.stonewall
    - else:
        Right. So now it's my hearing that's the problem. #speaker:jake #move:jake.defend
    }
    {
    - stance_of("kara") == "cold":
        Kara nods at you, not at him. #move:kara.withdraw
    - else:
        See? It's not just me. #speaker:kara #move:kara.blame
    }
    Defending the soft start-up makes Kara right and Jake wrong, which is what Jake heard in the first place. A misfire needs understanding on both sides, not a referee. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears any verdict louder. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (responded)
-> counsel_loud

=== counsel_track ===
~ note_before()
* [Pause them. Name the circle they're in, out loud. #move:name_cycle]
    Can I pause you both? Look at what just happened. Kara reached, Jake went quiet, Kara reached harder, Jake went quieter. #speaker:counselor
    I don't think either of you is the problem. I think that circle is, and it has hold of you both. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("jake"):
        Jake nods, barely. He doesn't look up. #move:jake.withdraw
    - stance_of("jake") == "defending" || state_of("jake") == "escalated":
        It's not much of a circle if I'm always the one who's wrong. #speaker:jake #move:jake.defend
    - else:
        That's… yeah. That's every Saturday. #speaker:jake #move:jake.turn_toward
    }
    {
    - stance_of("kara") == "cold":
        Kara says nothing. She is studying her hands. #move:kara.withdraw
    - stance_of("kara") == "attacking" || flooded("kara"):
        It's a circle because he won't step out of it. #speaker:kara #move:kara.blame
    - received("kara") == "misread":
        Every Saturday. Because of me, you mean. #speaker:kara #move:kara.defend
    - else:
        I hate that circle. I don't want to be the one who's always knocking. #speaker:kara #move:kara.share_vulnerable
    }
    { before_flooded:
        Naming the cycle is the right reframe at the wrong moment: someone was over the line, and a flooded body can't take it in. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the cycle externalizes it: the enemy is the pattern, not the partner. It is the first reframe of EFT's de-escalation. #coach
    }
* [Take them back through Saturday, slowly, minute by minute. #move:slow_down]
    Let's slow right down and go back to Saturday. Not who was right. Just what happened, in order, and what each of you noticed. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_slow_walk = true
    ~ counsel_kara_heard = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    You take them back through Saturday, minute by minute: the gutter, the coffee, the paper going up, the question, the quiet. #time:6
    {
    - stance_of("kara") == "cold":
        Kara answers your questions in single words. #move:kara.withdraw
    - stance_of("kara") == "attacking" || flooded("kara"):
        He put the paper up. Like always. Like I'm weather. #speaker:kara #move:kara.criticize
    - else:
        He put the paper up, and then I felt like I was talking to myself again. #speaker:kara #move:kara.share_vulnerable
    }
    {
    - flooded("jake"):
        Jake shakes his head when you ask him. Nothing comes. #move:jake.stonewall
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        She said it like a verdict. So I stopped. #speaker:jake #move:jake.defend
    - else:
        ~ counsel_jake_word = "blank"
        When she said we need to talk, I went… blank. I don't really know what that is. #speaker:jake #move:jake.turn_toward
    }
    { before_flooded:
        Slowing down was right with someone over the line, but walking them back through Saturday walked them back into it: a flooded body needs quiet, not the story again. #coach
      - else:
        Slow is the antidote to the speed of reactivity: step by step, each sees how their move lands on the other. It cost six minutes of the hour; slow work usually earns them, but spend them knowingly. #coach
    }
* [Kara, I can hear how alone you are on those Saturdays. #move:validate #to:kara]
    Kara, I can hear how much that hour matters to you, and how alone you feel when the paper goes up. #speaker:counselor
    ~ counsel_kara_heard = true
    {
    - flooded("kara"):
        Kara nods, too fast, and looks at the floor. #move:kara.withdraw
    - stance_of("kara") == "cold":
        Kara looks at you, surprised, and then away. #move:kara.withdraw
    - else:
        Yes. Alone. That's the word. #speaker:kara #move:kara.turn_toward
    }
    {
    - flooded("jake"):
        Jake is staring at the rug. #move:jake.stonewall
    - state_of("jake") == "calm":
        Jake glances at her, then at you. He doesn't say anything.
    - else:
        So that's settled, then. #speaker:jake #move:jake.withdraw
    }
    Validating Kara's longing builds the alliance with her. Watch Jake's chair while you do it: validation of one, with nothing for the other, can sound to him like a verdict. #coach
    { before_flooded:
        Someone was over the line as you spoke: warm words barely land in a flooded body. Stop first. #coach #mistake:pressed_on_flooded
    }
* [Jake, Kara's asking for something reasonable. Can you hear that? #move:take_sides #to:kara]
    Jake, Kara is asking for something pretty reasonable here. An hour on a Saturday. Can you hear that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "kara"
    {
    - flooded("jake"):
        Jake's face closes like a door. He says nothing at all. #move:jake.stonewall
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        Great. So it's two against one now. #speaker:jake #move:jake.defend
    - else:
        Sure. I hear it. I'm the problem. Got it. #speaker:jake #move:jake.withdraw
    }
    {
    - stance_of("kara") == "cold":
        Kara nods at you, not at him. #move:kara.withdraw
    - else:
        Thank you. I've been saying it for months, and he just sits there. #speaker:kara #move:kara.blame
    }
    Siding with one partner feels like validation, but here it confirms Jake's fear that he's on trial and gives Kara an ally instead of a way to reach him. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: that was the moment to stop, not to add a verdict. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (tracked)
-> counsel_loud

=== counsel_loud ===
You ask how it usually goes at home from there.
{
- stance_of("kara") == "attacking" || flooded("kara"):
    It gets loud. All right, I get loud. Because by then he's halfway out to the garage. #speaker:kara #move:kara.blame
- else:
    It gets loud sometimes. I get loud. Then he goes out to the garage and doesn't come back for an hour. #speaker:kara #move:kara.own_part
}
{
- flooded("jake"):
    Jake's hands are flat on his knees. He doesn't answer. #move:jake.stonewall
- stance_of("jake") == "present" && state_of("jake") == "calm":
    ~ counsel_jake_word = "take_back"
    Because if I stay, I'll say something I can't take back. #speaker:jake #move:jake.share_vulnerable
- else:
    Because if I stay it only gets worse. #speaker:jake #move:jake.defend
}
~ note_before()
* [It gets loud: see each of them alone for a couple of minutes, as you do with every couple. #move:screen_safety #to:kara]
    -> kara_alone
* [Ask them both now, while it's on the table: does it ever get physical, or frightening? #move:screen_safety]
    While we're on it: when it gets loud, does it ever get physical? Does either of you ever feel frightened of the other? #speaker:counselor
    ~ counsel_screened = "joint"
    Kara glances at Jake before she answers.
    {
    - flooded("kara"):
        No. Nothing like that. #speaker:kara #move:kara.defend
    - else:
        No. God, no. It's not like that. #speaker:kara #move:kara.defend
    }
    {
    - flooded("jake"):
        Jake shakes his head without looking up. #move:jake.withdraw
    - else:
        Never. I go to the garage so it never could. #speaker:jake #move:jake.defend
    }
    A safety question asked with both in the room gets the answer the room allows: each answers in front of the other, and a frightened partner can't say so beside the person they fear. Two no's said together tell you nothing yet. Ask each alone. #coach #mistake:joint_screening
    Notice the glance before she answered. A joint question can't tell you what it meant. See each alone before they leave today; if fear or control shows, stop the joint work, plan for safety and refer. #coach
    { before_flooded:
        And someone was over the line when you asked: a flooded body answers anything to make the question stop. Stop first, then see each alone. #coach #mistake:pressed_on_flooded
    }
    -> later
* [So the louder it gets, the farther away the garage gets. #move:reflect]
    So the louder it gets, the farther away the garage gets. And the farther the garage, the louder it gets. #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("jake"):
        Jake nods without looking up. #move:jake.withdraw
    - else:
        Pretty much. #speaker:jake #move:jake.turn_toward
    }
    {
    - state_of("kara") == "flooded":
        Kara gives one quick nod. Her breathing hasn't slowed. #body:kara.flooded
    - stance_of("kara") == "attacking" || stance_of("kara") == "cold" || flooded("kara"):
        Kara looks away. #move:kara.withdraw
    - else:
        That's about right. #speaker:kara #move:kara.turn_toward
    }
    { before_flooded:
        An accurate reflection, sent to someone over the line: a flooded body can't take it in. Stop first; reflect when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        A good reflection of the cycle: each one's move feeds the other's. #coach
    }
    "It gets loud" is also the cue for the routine safety check, brief and with each of them alone. You don't know what loud means in their house until each can answer privately. #coach
    -> later
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (screened)
-> counsel_heat_rises

= later
// After a reflection or a joint question: the check-in alone is still on offer.
~ note_before()
* [See each of them alone now, briefly. It's routine. #move:screen_safety #to:kara]
    -> kara_alone
* [Leave it for today and keep the thread: loud and the garage are the cycle. #move:psychoeducation]
    A lot of couples know that one: one of you gets louder, the other gets farther away, and each move makes the other's bigger. Let's stay with it. #speaker:counselor
    { counsel_screened == "joint":
        The joint answer stays the only answer you have, and it isn't one. After a joint question, see each alone before they leave today. If there's no time, call each separately before next session. #coach
      - else:
        The check-in can wait for a quieter moment, but it can't be skipped: until each has been asked alone, you don't know what loud means in their house. #coach
    }
    { before_flooded:
        And someone was over the line: explaining the cycle to a flooded body is pressing on. Stop first. #coach #mistake:pressed_on_flooded
    }
    -> counsel_heat_rises
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause

= kara_alone
{ counsel_screened == "joint":
    You both said no. I'd still like a couple of minutes with each of you on your own; I do it with every couple. #speaker:counselor
  - else:
    You said it gets loud. I'd like a quick word with each of you on your own, a couple of minutes each. I do it with every couple, whenever things get loud at home. It's routine, not a suspicion. #speaker:counselor
}
You take Kara into the small room. Since the intake: has anything changed? Has she been frightened of Jake, hurt, threatened, kept from doing anything or seeing anyone? #time:2
No, she says, and then, more quietly: she's frightened of what is happening to them. Not of him.
-> alone

= alone
~ note_before()
* [Now Jake, alone: the same questions. #move:screen_safety #to:jake]
    You bring Kara back and take Jake across the corridor. The same questions, the same couple of minutes. #time:2
    No, he says. He goes out to the garage so it never gets to that kind of loud. Then he asks whether Kara is all right. Whether she said something.
    You tell him what you tell everyone: what each says alone stays between the two of you, unless someone is in danger.
    You bring them both back in. #time:1
    ~ counsel_screened = "alone"
    Screening goes with each partner alone, every time it comes up: alone is where a frightened partner can answer. Nothing in what either said alone suggests fear today. Keep asking as the work goes on; if fear or control appears, stop the joint work, plan for safety and refer. #coach
* [Kara's the one who said loud, and she's fine. Save the minutes: bring her back. #move:psychoeducation]
    You bring Kara back in. Loud is something we'll keep an eye on together, as the work goes on. Plenty of couples get loud when one reaches and the other pulls back. #speaker:counselor
    ~ counsel_screened = "kara_only"
    {
    - flooded("jake"):
        Jake nods at the floor. #move:jake.withdraw
    - else:
        It's fine. #speaker:jake #move:jake.turn_toward
    }
    Routine screening means both partners, each alone, whoever said the word: fear and control don't follow who is loud or who is quiet. Two minutes with Jake were cheap; skipping them leaves half the question unasked. Call him separately before next session. #coach
    { before_flooded:
        And someone was over the line: seeing Jake alone would have parted them for a couple of minutes as well. #coach #mistake:pressed_on_flooded
    }
- (checked)
-> counsel_heat_rises

=== counsel_heat_rises ===
// Kara's complaint follows what the counselor has done: heard and with the cycle tracked, she can
// bring Dev's dinner as a hurt; after a fix or an ally, she brings it as a charge, harder.
~ temp kara_hurt = false
~ counsel_dinner_raised = true
Kara turns back to Jake.
{
- stance_of("kara") == "cold":
    Priya had to tell me about Dev's dinner. I didn't even ask you about it. What would be the point. #speaker:kara #move:kara.criticize
- flooded("kara") || stance_of("kara") == "attacking":
    And Dev's dinner. Priya told me, Jake. Priya. You said yes to Dev and didn't even tell me. #speaker:kara #move:kara.criticize
- counsel_sided_with == "kara":
    And while we're at it: Dev's dinner. You'd said yes, and I had to hear it from Priya. Go on, tell us how that's fine. #speaker:kara #move:kara.blame
- counsel_advised:
    A date night. We can't even get through Dev's dinner without me hearing about it from Priya first. #speaker:kara #move:kara.blame
- counsel_kara_heard && counsel_tracked && state_of("kara") != "escalated":
    ~ kara_hurt = true
    ~ counsel_kara_hurt = true
    There's something else. Dev's dinner. I heard about it from Priya. It wasn't the dinner. It was finding out about your life from someone else. #speaker:kara #move:kara.share_vulnerable
- else:
    And Dev's dinner. You'd said yes to Dev, and I heard it from Priya. #speaker:kara #move:kara.criticize
}
~ temp jake_silent = false
{
- flooded("jake"):
    ~ jake_silent = true
    Jake's breathing is shallow now. He stares at a point on the wall and says nothing. #move:jake.stonewall #body:jake.flooded
- kara_hurt && received("jake") != "misread" && state_of("jake") == "calm":
    Dev rang at eleven at night and I said yes to get off the phone. I should have told you. I didn't think it mattered. #speaker:jake #move:jake.own_part
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    Dev rang at eleven at night! I said yes to get off the phone. I was going to tell you. You never let me finish anything. #speaker:jake #move:jake.blame
- else:
    Dev rang, and I said yes to get off the phone, and then I forgot. I was going to tell you. #speaker:jake #move:jake.defend
}
{
- stance_of("kara") == "cold":
    Kara looks out of the window. #move:kara.withdraw
- stance_of("kara") == "attacking" || state_of("kara") == "escalated" || flooded("kara"):
    {jake_silent:You didn't even tell me.|You forgot.} There's always something ahead of me in the queue. #speaker:kara #move:kara.blame
- kara_hurt && received("kara") != "misread":
    It matters to me. I'd have liked to be asked. #speaker:kara #move:kara.ask_closeness
- else:
    {jake_silent:You didn't even tell me, Jake.|You forgot to tell me, Jake.} That's the part. #speaker:kara #move:kara.criticize
}
{
- stance_of("kara") == "cold":
    Kara has gone quiet and hard.
- state_of("kara") == "flooded":
    Kara's voice is up now, fast and high. #body:kara.flooded
- state_of("kara") == "escalated":
    Kara's voice is up now, quick and sharp. #body:kara.hot
- kara_hurt && state_of("kara") != "activated":
    Kara's voice is quieter than it has been all morning.
- else:
    The edge is back in Kara's voice.
}
{
- state_of("jake") == "flooded":
    Jake has gone very still above the waist. Below it, his knee is bouncing. #body:jake.flooded
- state_of("jake") == "escalated":
    Jake's voice is up now, which it almost never is. His knee has started to bounce. #body:jake.hot
- state_of("jake") != "calm":
    Jake's knee has started to bounce. #body:jake.stirred
- else:
    Jake sits very still, watching her.
}
~ note_before()
* [Stop this, gently and firmly, before it runs away. #move:block]
    Let me stop you both there. Not because it doesn't matter. Because it does, and I can see it getting away from you. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    // One intervention, one move: the partners only stop here; what they do next is their own move.
    {
    - stance_of("kara") == "cold" && state_of("kara") == "flooded":
        Kara nods without looking up. Her breathing is still fast. #body:kara.flooded
    - stance_of("kara") == "cold":
        Kara nods without looking up.
    - state_of("kara") == "flooded":
        Kara stops mid-word and presses her lips together, breathing hard. #body:kara.flooded
    - else:
        Kara stops. She sits back.
    }
    {
    - state_of("jake") == "flooded":
        Jake's knee keeps going. He still can't look at her. #body:jake.flooded
    - state_of("jake") == "calm":
        Jake sits back in the armchair.
    - else:
        Jake lets out a breath he seems to have been holding since last Saturday. #body:jake.stirred
    }
    { kara_hurt && before_calm:
        Blocking interrupts escalation. Here Kara had just brought a hurt, softly, and a block can land as being shut down: when it comes soft, stay with it. #coach
      - else:
        Blocking interrupts escalation before it does damage. It isn't silencing anyone; it protects the conversation they both came here to have. #coach
    }
* [Explain flooding: the silence is a body over the line, not indifference. #move:psychoeducation]
    Can I tell you what I think is happening in your bodies? Past about a hundred beats a minute, it gets very hard to take in what the other says. #speaker:counselor
    Jake, I think that's what the silence is. Not indifference: flooding. It takes about twenty minutes to come down. Kara, when he goes quiet, your alarm rings louder. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    ~ counsel_taught_twenty = true
    {
    - flooded("jake"):
        Jake nods once. He can't find words, which seems to prove the point. #move:jake.withdraw
    - else:
        ~ counsel_jake_word = "static"
        It's like static. I can hear her, but I can't think of anything to say that won't make it worse. #speaker:jake #move:jake.share_vulnerable
    }
    {
    - state_of("kara") == "flooded":
        Kara shakes her head, too fast. #body:kara.flooded
        From where I sit it looks exactly like not caring. #speaker:kara #move:kara.defend
    - stance_of("kara") == "cold":
        Kara looks at him properly for the first time today. #move:kara.turn_toward
    - stance_of("kara") == "attacking" || flooded("kara"):
        So I'm meant to stop talking whenever he goes quiet? #speaker:kara #move:kara.defend
    - else:
        I always thought he just didn't care enough to answer. #speaker:kara #move:kara.share_vulnerable
    }
    { before_flooded:
        The content is right, but you explained flooding to someone who was flooded: a body over the line can't take in a lecture. Stop the talk first; explain once they have come down. #coach #mistake:pressed_on_flooded
      - else:
        Psychoeducation reframes stonewalling as flooding, not indifference (Gottman), and names the alarm on the other side too: the cycle, not a culprit. #coach
    }
* [Kara, hearing it from Priya: that's the part that stung. Finding out last. #move:validate #to:kara]
    Kara, hearing it from Priya. I think that's the part that stung: finding out last. #speaker:counselor
    ~ counsel_kara_heard = true
    {
    - flooded("kara"):
        Kara nods hard and doesn't trust herself to speak. #move:kara.withdraw
    - stance_of("kara") == "cold":
        Kara looks at you for a long moment. Yes. #speaker:kara #move:kara.turn_toward
    - else:
        Last. Every time. Yes. #speaker:kara #move:kara.turn_toward
    }
    {
    - flooded("jake"):
        Jake's knee is still going. He doesn't look up. #move:jake.stonewall
    - state_of("jake") == "calm":
        I didn't know it landed like that. #speaker:jake #move:jake.turn_toward
    - else:
        I said I forgot. #speaker:jake #move:jake.defend
    }
    { before_flooded:
        Kara's hurt was worth validating, but someone was over the line and nothing warm lands there. Stop first; come back to the hurt. #coach #mistake:pressed_on_flooded
      - else:
        Validating the hurt under the charge lets Kara be heard without Jake being convicted: the injury is finding out last, not the dinner. #coach
    }
* [Kara, to be fair, he's under a lot at work. Cut him some slack. #move:take_sides #to:jake]
    Kara, to be fair to Jake, fifty-hour weeks are a lot. Maybe cut him a little slack on the dinner. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "jake"
    {
    - flooded("kara"):
        Slack. #speaker:kara #move:kara.contempt
        Kara laughs, one short hard sound, and looks at the door.
    - stance_of("kara") == "cold":
        Fine. I'll stop talking, then. Everyone seems to prefer it. #speaker:kara #move:kara.withdraw
    - stance_of("kara") == "attacking" || state_of("kara") == "escalated":
        Slack. I've been cutting him slack for months. Now I'm the unreasonable one? #speaker:kara #move:kara.blame
    - else:
        So I'm the unreasonable one now. #speaker:kara #move:kara.defend
    }
    {
    - flooded("jake"):
        Jake doesn't move. #move:jake.stonewall
    - else:
        I didn't ask anyone to defend me. #speaker:jake #move:jake.withdraw
    }
    Siding with the one who withdraws abandons the one who pursues: the protest gets louder or goes cold, and the cycle spins faster. It doesn't even help Jake. Stay on both sides of the cycle. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: that was the moment to stop, not to weigh in. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (handled)
-> counsel_crossroads

=== counsel_crossroads ===
{ counsel_heat >= 2 || flooded("jake") || flooded("kara"):
    {
    - state_of("kara") == "flooded" && state_of("jake") != "flooded":
        Kara's breathing is fast and high. She is turning her ring round and round, and she isn't hearing anything now. #body:kara.flooded
    - state_of("jake") == "flooded" && state_of("kara") != "flooded":
        Jake's knee is going hard and his eyes are fixed on the rug. Whatever you say next, he won't hear it. #body:jake.flooded
    - state_of("jake") == "flooded" && state_of("kara") == "flooded":
        Jake's knee is going hard. Kara is turning her ring round and round. Neither of them is really listening now. #body:jake.flooded
    - else:
        Kara is turning her ring round and round. Jake is watching the door. Neither of them is really listening now.
    }
    { flooded("kara") || flooded("jake"):
        Watch the bodies: fast breathing, fixed eyes, a bouncing knee. When someone is flooded, more talk only adds heat. #coach
      - else:
        Nobody is over the line yet, but the room is hot: short answers, fixed eyes. One more push could tip someone over. #coach
    }
  - else:
    { state_of("kara") == "escalated" || state_of("jake") == "escalated":
        The room is tense, but they are both still here, and still talking. You are {50 - minutes_left()} minutes into the hour.
      - else:
        The room is quieter than it was, and they are both still talking. You are {50 - minutes_left()} minutes into the hour.
    }
    Read the room before you choose: quiet or tense is workable; flooded is not. #coach
}
~ note_before()
* [Call a real time-out: twenty minutes apart, then come back. #move:time_out=20]
    I'd like us to stop for twenty minutes. Kara, the waiting room; Jake, the small room across the corridor. Not to get away from each other. To let your bodies settle. #speaker:counselor
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
* [Keep going. Jake, what's happening for you right now? #move:evoke #to:jake]
    Let's stay with this. Jake, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_settle ===
// Slowing down in the room: paced breathing together for a couple of quiet minutes.
Let's slow right down. Feet on the floor. Breathe in with me for four, out for six. Nobody has to say anything for a minute. #speaker:counselor
They breathe. Jake's eyes close for a moment. Kara watches the window. #time:2
{ state_of("kara") == "cooling" || state_of("jake") == "cooling":
    {
    - state_of("jake") == "cooling":
        Jake's shoulders come down an inch. His knee hasn't stopped. #body:jake.stirred
    - else:
        Kara's breathing slows, a little. Her hands are still tight in her lap. #body:kara.stirred
    }
    Slowing down was the right instinct, and the breathing takes the edge off. But a flooded body needs about twenty minutes to come down (Gottman): two won't bring it under the line, and the next hard word will take it back over. #coach
  - else:
    Tense isn't flooded. Slowing down and a minute's paced breathing together often does what a twenty-minute break would, for a fraction of the hour. #coach
}
-> counsel_jake_inside

=== counsel_short_break ===
~ counsel_break = "short"
// The break started on the choice (time_out=5); its five minutes pass on the first line below.
Kara goes out to the water cooler in the hall. Jake stands at the window, scrolling his phone without reading it.
Five minutes later they sit down again. #time:5
{
- state_of("jake") == "flooded":
    Jake's cup of water is still full. His jaw is tight; his knee has started again. #body:jake.flooded
- flooded("jake"):
    Jake sits back down. His face has settled; his knee hasn't. #body:jake.stirred
- else:
    Jake sits back down, a little looser in the shoulders.
}
{
- state_of("kara") == "flooded" || stance_of("kara") == "attacking" || (flooded("kara") && stance_of("kara") != "cold"):
    So. Where were we. #speaker:kara #move:kara.demand
- else:
    Kara sits with the paper cup held in both hands, not drinking from it.
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
* [Make it a proper twenty minutes after all. #move:time_out=20]
    Actually, let's make this a real break. Twenty minutes, separate rooms. Kara, the waiting room; Jake, the small room across the corridor. I'll come and get you both. #speaker:counselor
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_time_out
* [Carry on. Jake, what's happening for you right now? #move:evoke #to:jake]
    Let's carry on. Jake, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_press_on ===
{ hour_gone():
    -> counsel_out_of_time
}
{ counsel_heat >= 2 || flooded("jake") || flooded("kara"):
    -> counsel_walk_out
}
You stayed with it, and it held: tense, not flooded. Pressing on works only while both of them can still think. #coach
-> counsel_jake_inside.first_answer

=== counsel_calm_break ===
// A twenty-minute time-out with nobody escalated or flooded: the twenty minutes pass anyway. After a
// five-minute break the twenty only extend a break already running (the rubric's "holding the
// break"): the coaching still says what it cost, without naming a calm-room time-out.
~ temp after_short = counsel_break == "short"
~ temp short_was_calm = counsel_calm_timeout
~ counsel_calm_timeout = true
~ counsel_break = "full"
You walk Kara to the waiting room and Jake to the small room across the corridor, and close both doors.
Kara reads the notices on the waiting-room board, twice. #time:10
Across the corridor Jake answers work emails on his phone. Twenty minutes after you closed the doors, you knock on both. #time:10
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
// minutes pass on the #time lines below, with nobody making a move; a move before the twenty are
// up ends it.
~ counsel_flooded_at_break = counsel_flooded_at_break || flooded("kara") || flooded("jake")
You walk Kara to the waiting room and Jake to the small room across the corridor, and close both doors.
{ not counsel_taught_twenty:
    A time-out is a break, not an exit: about twenty minutes apart (a flooded body needs that long to come down), something to do that doesn't rehearse the fight, and a set time to come back. #coach
    ~ counsel_taught_twenty = true
  - else:
    A time-out is a break, not an exit: all of the time apart, something to do that doesn't rehearse the fight, and a set time to come back. #coach
}
Kara sits by the magazines and turns the pages of one without reading them. #time:4
{
- flooded("jake"):
    Across the corridor Jake stands at the window, hands in his pockets, watching the buses pull in below. His jaw is still tight. #time:4 #body:jake.stirred
- else:
    Across the corridor Jake stands at the window, hands in his pockets, watching the buses pull in below. #time:4
}
// A pursuer breaks a break by knocking; a flooded withdrawer, by coming back too soon to end it.
{ stance_of("kara") == "cold" || (flooded("jake") && not flooded("kara")):
    -> back_too_soon
}
-> knock_at_door

= knock_at_door
The waiting-room door opens. Kara is in the corridor outside Jake's door, her hand half raised to knock.
She wants to say one thing to him, she whispers. Just one sentence, and then she'll sit down.
~ note_before()
* [Not yet. Hold the twenty minutes; you'll fetch them both. #move:time_out=20]
    Not yet. Twelve more minutes. I'll come and get you both, I promise. #speaker:counselor
    Kara looks at the door a moment longer, then goes back to the waiting room.
    Twelve minutes later, you knock on both doors. #time:12
    -> both_back
* [Let her say her one sentence, slowly. It might settle them both. #move:evoke #to:kara]
    One sentence, then. Slowly. #speaker:counselor
    -> one_sentence

= one_sentence
Kara leans close to the door.
{
- flooded("kara"):
    Jake? I just need to know you're coming back in. That you're not in there deciding it's hopeless. #speaker:kara #move:kara.demand
- else:
    Jake? I'm not angry. I just wanted you to know that. #speaker:kara #move:kara.repair
}
{
- flooded("jake"):
    Not now, Kara. Please. Not now. #speaker:jake #move:jake.withdraw
- else:
    I know. I'm all right. Give me the rest of the twenty, okay? #speaker:jake #move:jake.ask_space=12
}
{
- state_of("kara") == "flooded":
    Kara goes back to the waiting room fast, not looking at you. Her face is red. #body:kara.flooded
- received("kara") == "misread":
    Fine. Take all the time you want. #speaker:kara #move:kara.criticize
    She heard "give me the rest" as "go away". She goes back to the waiting room without looking at you.
- else:
    Kara goes back to the waiting room.
}
{
- before_flooded:
    One sentence through a door is still talk during the break, however it is meant: someone was still over the line, and a body still cooling hears the fight starting again. The twenty minutes start again. #coach #mistake:pressed_on_flooded
- state_of("jake") == "flooded" || state_of("kara") == "flooded":
    One sentence through a door is still talk during the break, however it is meant. A body still cooling hears the fight starting again, and the twenty minutes start again. #coach
- else:
    Nobody was flooded, so one sentence did little harm this time. But the break is over now, for both of them. #coach
}
~ note_before()
* [Start the twenty minutes again, from now. #move:time_out=20]
    Kara, back to your chair, please. Jake, stay where you are. Twenty minutes from now I'll come and get you both. #speaker:counselor
    ~ counsel_restarted = true
    Kara sits in the waiting room with her coat on, as if she might leave, and doesn't. #time:10
    Jake sits on the edge of the table in the small room, elbows on his knees, and at last he stops watching the door. #time:10
    -> both_back
* [Bring them both back in and carry on. Jake, what's happening for you right now? #move:evoke #to:jake]
    Come back in, both of you. Jake, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

= back_too_soon
Jake is back at your door. He's fine now, he says. Can they just get on with it? #time:2
{ flooded("jake"):
    His face says otherwise: pale, his jaw tight. #body:jake.stirred
}
~ note_before()
* [Not yet. Send him back for the rest of the twenty. #move:time_out=20]
    Not yet. Ten more minutes. Give yourself the whole twenty; I'll come and get you both. #speaker:counselor
    Jake goes back to the small room. Ten minutes later, you knock on both doors. #time:10
    -> both_back
* [Take him at his word. Bring Kara in and carry on. #move:evoke #to:jake]
    All right. You fetch Kara from the waiting room, and she sits down at the far end of the couch.
    Jake, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

= both_back
~ counsel_break = "full"
~ counsel_heat = 0
~ temp kara_misheard = false
{ counsel_calm_timeout:
    They come back in and sit down where they were, politely, like people at the start of a meeting.
    -> reentry
}
They come back in. This time Jake sits on the couch, at the other end from Kara.
{
- flooded("jake"):
    Jake sits down, still pale. He looks at Kara once. #body:jake.stirred
- else:
    Sorry. I was… I'm back. #speaker:jake #move:jake.repair
    ~ kara_misheard = received("kara") == "misread"
}
{
- flooded("kara") || state_of("kara") == "escalated":
    Kara sits with her arms folded. She doesn't say anything yet.
- kara_misheard:
    Back for how long. #speaker:kara #move:kara.criticize
- not counsel_dinner_raised:
    I'm sorry too. I went at you. #speaker:kara #move:kara.own_part
- counsel_kara_hurt:
    I'm sorry too. I didn't want it to turn into a fight. #speaker:kara #move:kara.own_part
- else:
    I'm sorry too. I went at you about the dinner. #speaker:kara #move:kara.own_part
}
{
- kara_misheard:
    The bodies have come down, and still Kara heard the apology as a promise about to be broken: history talking, not this minute. Calm doesn't guarantee a good hearing; it makes one possible. #coach
- else:
    Notice the second half: the bodies have come down, and now there's room to reach. Calm is the precondition for anything deeper. #coach
}
- (reentry)
{ counsel_calm_timeout:
    They are calm, as they were before. The thread they were following has gone slack.
}
// With the hour nearly gone there is no second half to start: close (or run out).
{ not time_for(8):
    -> counsel_pace("break")
}
~ note_before()
* [Welcome them back, and name what they just did: they stopped, and they came back. #move:validate]
    You both came back. That's the hardest part of a break, and you did it. We'll go slower from here. #speaker:counselor
    {
    - flooded("kara"):
        Kara nods, not yet trusting her voice.
    - stance_of("kara") == "cold" || stance_of("kara") == "attacking":
        Kara shrugs. #move:kara.withdraw
    - else:
        Kara lets out a breath. #move:kara.self_soothe
    }
    {
    - flooded("jake"):
        Jake looks at the floor.
    - else:
        Slower sounds good. #speaker:jake #move:jake.turn_toward
    }
    { before_flooded:
        Someone is still over the line: a welcome is kind, and it doesn't bring a body down. #coach #mistake:pressed_on_flooded
      - else:
        Re-entry after a time-out: welcome them back, name the return as the skill it is, and start slower than where you stopped. #coach
    }
* [Pick up {counsel_dinner_raised:exactly where you stopped: Dev's dinner|where you stopped: Saturday}. #move:evoke #to:kara]
    Let's go back to where we were. Kara, {counsel_dinner_raised:the dinner|Saturday}. #speaker:counselor
    {
    - not counsel_dinner_raised && (flooded("kara") || stance_of("kara") == "attacking"):
        He put the paper up and went quiet until lunch. That's where we were. #speaker:kara #move:kara.blame
    - not counsel_dinner_raised && stance_of("kara") == "cold":
        It doesn't matter now. #speaker:kara #move:kara.withdraw
    - not counsel_dinner_raised:
        He put the paper up, and I was talking to myself again. #speaker:kara #move:kara.criticize
    - flooded("kara") || stance_of("kara") == "attacking":
        He said yes to Dev and I heard it from Priya. That's where we were. #speaker:kara #move:kara.blame
    - stance_of("kara") == "cold":
        It doesn't matter now. #speaker:kara #move:kara.withdraw
    - else:
        He said yes to Dev, and I heard it from Priya. #speaker:kara #move:kara.criticize
    }
    {
    - flooded("jake"):
        Jake's jaw tightens. He says nothing. #move:jake.stonewall
    - else:
        {counsel_dinner_raised:I said I forgot.|I was reading the paper.} Do we have to do this again? #speaker:jake #move:jake.defend
    }
    { before_flooded:
        Someone was still over the line, and you went straight back to the hottest thing in the room: that is pressing on. #coach #mistake:pressed_on_flooded
      - else:
        Straight back to the hottest content asks bodies that have just come down to rejoin the fight at full speed. Start again slower than where you stopped. #coach
    }
- (resumed)
-> counsel_pace("break")

=== counsel_flood_pause ===
// A time-out called the moment someone floods: the twenty minutes pass in counsel_time_out.
~ counsel_flooded_at_break = true
I'd like us to stop here, for twenty minutes. Kara, the waiting room; Jake, the small room across the corridor. I'll come and get you both. #speaker:counselor
-> counsel_time_out

=== counsel_late_time_out ===
// A time-out called in the second half of the hour: twenty quiet minutes, then a close if the
// hour still has room for one.
~ counsel_flooded_at_break = true
~ counsel_late_break = true
~ counsel_break = "full"
~ counsel_heat = 0
Let's stop here. Twenty minutes apart, and then we'll finish together, calmly. Nothing more has to be solved today. #speaker:counselor
Kara waits by the magazines; Jake in the small room across the corridor. Neither of them talks to anyone. #time:10
The light moves across the waiting-room floor. Twenty minutes after the doors closed, you bring them back in. #time:10
{ hour_gone():
    -> counsel_out_of_time
}
With {minutes_left()} minutes left after the break, close: a calm close is worth more than one more intervention. #coach
-> counsel_close

=== counsel_walk_out ===
// Whoever leaves is flooded. If the counselor's heat has the room on the edge but nobody is over
// it yet, the partners' own next steps carry it over (or, rarely, it freezes instead).
{ not flooded("kara") && not flooded("jake"):
    -> boil_over
}
- (leaving)
{
- flooded("kara") && (counsel_sided_with == "jake" || not flooded("jake")):
    -> kara_leaves
- flooded("jake"):
    -> jake_leaves
- else:
    -> freeze
}
= boil_over
{ state_of("kara") == "escalated" || state_of("jake") == "escalated":
    The question lands in a room that is already too hot. Kara answers before Jake can.
  - else:
    The question lands in a room gone tight and wary. Kara answers before Jake can.
}
{
- stance_of("kara") == "cold":
    Ask away. He'll tell you he's fine. He's always fine. #speaker:kara #move:kara.contempt
- counsel_sided_with == "jake":
    Go on, ask him. Everyone's so careful with Jake. #speaker:kara #move:kara.blame
- else:
    Nothing. That's what's happening for him. It's always nothing. #speaker:kara #move:kara.criticize
}
{
- flooded("jake"):
    Jake's breathing goes shallow. He stares at a point on the wall, and he is gone. #move:jake.stonewall #body:jake.flooded
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    Because you don't let me! You answer for me before I've opened my mouth. #speaker:jake #move:jake.defend
- else:
    Jake looks at the rug. Whatever he was going to say is gone. #move:jake.withdraw
}
{ not flooded("kara") && not flooded("jake"):
    -> last_chance
}
-> leaving
= last_chance
// Nobody over the line yet: one more chance to stop the slide.
The room is one sentence from boiling over.
~ note_before()
* [Step in now: stop them, and own that you pushed too fast. #move:block]
    Stop. Both of you, just for a moment. I pushed too fast just then. That's on me, not on either of you. #speaker:counselor
    ~ counsel_heat = 1
    {
    - stance_of("kara") == "cold":
        Kara looks at the window.
    - else:
        Kara stops, and sits back.
    }
    {
    - state_of("jake") == "calm":
        Jake looks up at you, surprised.
    - else:
        Jake lets out a long breath. #body:jake.stirred
    }
    Blocking at the edge of a walk-out, and owning the push: the counselor's own repair. It stops the slide; it doesn't undo the heat, so go slower from here. #coach
    -> counsel_settle
* [Let Jake answer for himself. Jake? #move:evoke #to:jake]
    Let's let Jake answer for himself. Jake? #speaker:counselor
    -> second_round
= second_round
{
- stance_of("kara") == "cold":
    Kara laughs, one short flat sound.
    Forget it. I've been talking to a wall for months. #speaker:kara #move:kara.contempt
- else:
    See? That's the wall. Every Saturday, talking to a wall. #speaker:kara #move:kara.contempt
}
{
- flooded("jake"):
    Jake's knee stops bouncing. He goes completely still and says nothing at all. #move:jake.stonewall
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    I can't win in here either. #speaker:jake #move:jake.defend
- else:
    Jake says nothing. #move:jake.stonewall
}
{ not flooded("kara") && not flooded("jake"):
    -> freeze
}
-> leaving
= freeze
Then nothing. Kara stops mid-breath and looks away. #move:kara.withdraw
Jake stares at the rug and says nothing more. #move:jake.stonewall
It doesn't boil over; it sets, like something left too long on the stove.
A strained cycle with nobody flooded enough to leave often freezes instead: both withdraw, and the silence does the damage (Wile's withdraw-withdraw). Pushing on pushed them there. #coach
{ time_for(12):
    The rest of the hour goes by in short, careful answers. #time:8
}
-> counsel_close
= jake_leaves
{
- state_of("jake") == "flooded":
    Jake stands up so fast he knocks the side table.
    I can't do this. Not today. #speaker:jake #move:jake.withdraw
- else:
    Jake stands and picks up his coat.
    I'm done. I'm not doing this in front of an audience. #speaker:jake #move:jake.withdraw
}
~ counsel_left = "jake"
The door closes harder than he seems to mean it to.
{
- state_of("kara") == "flooded":
    Kara stares at the closed door. Her hands are shaking. #body:kara.flooded
    See? Every time. #speaker:kara #move:kara.blame
- stance_of("kara") == "attacking" || flooded("kara"):
    There. That's Saturday. That's every Saturday. #speaker:kara #move:kara.criticize
- else:
    Kara stares at the closed door.
    That's what it's like. Every time. #speaker:kara #move:kara.share_vulnerable
}
-> after
= kara_leaves
Kara stands and picks up her bag.
{ counsel_sided_with == "jake":
    I'm not doing this. Not here, where even the counselor thinks I'm too much. #speaker:kara #move:kara.contempt
  - else:
    I'm not doing this. I came here to be heard, and I'm still talking to a wall. #speaker:kara #move:kara.contempt
}
Don't wait for me, Jake. I'll get a cab. #speaker:kara #move:kara.withdraw
{
- flooded("jake"):
    Jake half rises, then sits again, staring at the door. #move:jake.stonewall
- else:
    Kara, wait… #speaker:jake #move:jake.bid
}
The door is already closing.
~ counsel_left = "kara"
-> after
= after
// One partner is gone: what the counselor does with the one who stayed.
{ counsel_pressed_flooded:
    The question went to a room where someone was already over the line: that was the moment to stop, not to ask. #coach #mistake:pressed_on_flooded
}
{ hour_gone():
    -> debrief
}
~ note_before()
* {counsel_left == "jake"} [Stay with Kara: what happens in her when that door closes? #move:take_sides #to:kara]
    Kara, what happens in you when that door closes? #speaker:counselor
    {
    - flooded("kara") || stance_of("kara") == "attacking":
        What do you think happens? I'm on my own with it. Again. #speaker:kara #move:kara.blame
    - else:
        I go cold. And then I go after him. #speaker:kara #move:kara.share_vulnerable
    }
    -> processed_absent
* {counsel_left == "kara"} [Stay with Jake: what happens in him when she leaves like that? #move:take_sides #to:jake]
    Jake, what happens in you when she leaves like that? #speaker:counselor
    {
    - flooded("jake"):
        Jake shakes his head. He can't. #move:jake.stonewall
    - else:
        I don't know. I should go after her. I don't know if I should go after her. #speaker:jake #move:jake.withdraw
    }
    -> processed_absent
* [Stop the work. Sit quietly with whoever stayed for a minute, then close. #move:slow_down]
    ~ counsel_tracked = true
    Let's stop here. Just sit with me for a minute; nothing has to be said. #speaker:counselor
    The room is very quiet. #time:1
    Right call: with one partner gone and the other shaken, the work stops. Regulate, close, and reach the one who left before next week. #coach
    -> debrief
= processed_absent
Working on with the one who stayed turns the session into a hearing about the one who left: you are on one side of the door, with one of them. Close instead; contact both, separately, before next week. #coach #mistake:take_sides
{ before_flooded:
    And someone was still over the line: this was the moment to stop, not to ask. #coach #mistake:pressed_on_flooded
}
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
// The clock at a knot boundary. `done` names the work just finished ("break", "jake", "reframe",
// "kara"); the rest of the work (Jake's feeling, the reframe, Kara's feeling, the enactment) is
// taken in order as far as the minutes left allow, and the enactment is kept for last.
{ hour_gone():
    -> counsel_out_of_time
}
{ done == "break" && time_for(JAKE_TIME + ENACT_TIME):
    -> counsel_jake_inside
}
{ (done == "break" || done == "jake") && time_for(REFRAME_TIME + KARA_TIME + ENACT_TIME):
    -> counsel_reframe
}
{ done != "kara" && time_for(KARA_TIME + ENACT_TIME):
    -> counsel_kara_inside
}
{ time_for(ENACT_TIME):
    -> counsel_enact
}
-> counsel_close

=== counsel_jake_inside ===
// Jake, the withdrawer, answers a first open question with "I don't know"; a second, slower and
// more concrete try (an evoke that gives him one moment, or a tentative conjecture) can open him,
// if he is not braced.
Jake is looking at his hands.
~ note_before()
* [Jake, when you go quiet, what's happening inside? I'm guessing it isn't nothing. #move:evoke #to:jake]
    Jake, when Kara says we need to talk and you go quiet, what happens inside you? I'm guessing it isn't nothing. #speaker:counselor
    -> first_answer
* [Jake, it makes sense you'd go quiet when every Saturday feels like a test. #move:validate #to:jake]
    Jake, it makes sense to me that you'd go quiet. If every Saturday feels like a test, silence is at least safe. #speaker:counselor
    ~ counsel_jake_tries += 1
    {
    - flooded("jake"):
        Jake nods at the floor. #move:jake.withdraw
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        It's not a test. It's just easier. #speaker:jake #move:jake.defend
    - else:
        A test. Yeah. #speaker:jake #move:jake.turn_toward
        He doesn't say any more.
    }
    { before_flooded:
        Validation was the right move for the wrong moment: someone was over the line, and a flooded body barely takes in warmth. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Validation makes a withdrawn partner safe enough to speak. It doesn't mean Kara is wrong; it means Jake's move makes sense from where Jake sits. It doesn't yet give him words. #coach
    }
    -> second_try
* [Jake, a simple fix: paper down by ten, ask Kara about her week. #move:advise]
    Here's something simple to try, Jake. Paper down by ten on Saturdays, and ask Kara about her week. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("jake"):
        Jake nods at the floor. #move:jake.stonewall
    - else:
        Sure. I can do that. One more thing to get right. #speaker:jake #move:jake.withdraw
    }
    {
    - stance_of("kara") == "cold":
        Kara doesn't answer. She has heard plans before. #move:kara.withdraw
    - else:
        He'll do it for two weeks. Then the paper goes back up. #speaker:kara #move:kara.criticize
    }
    A rule handed to the one who withdraws becomes one more test to fail, and Kara hears that it all depends on Jake. Reach the feeling under the silence first; behaviour follows. #coach #mistake:advise
    -> counsel_pace("jake")
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely

= first_answer
~ counsel_jake_tries += 1
{
- flooded("jake"):
    Jake opens his mouth and closes it again.
    I don't know. I can't… not right now. #speaker:jake #move:jake.withdraw
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    I know whatever I say will be wrong. So why say it. #speaker:jake #move:jake.defend
- else:
    Jake shrugs.
    {
    - counsel_jake_word == "static":
        I said. Static. That's all I've got. #speaker:jake #move:jake.withdraw
    - counsel_jake_word == "blank":
        I said. I go blank. That's all I've got. #speaker:jake #move:jake.withdraw
    - counsel_jake_word == "take_back":
        I told you. If I stay, I'll say something I can't take back. That's all there is. #speaker:jake #move:jake.withdraw
    - else:
        I don't know. Nothing, really. I just go quiet. #speaker:jake #move:jake.withdraw
    }
}
{
- stance_of("kara") == "cold":
    Kara looks at the ceiling. #move:kara.withdraw
- stance_of("kara") == "attacking" || flooded("kara"):
    See? "I don't know." Every time. #speaker:kara #move:kara.criticize
- else:
    Kara waits, and you can see what the waiting costs her.
}
{ before_flooded:
    You reached for the feeling with someone over the line: a body over a hundred beats has no words for it. Stop first. #coach #mistake:pressed_on_flooded
  - else:
    {counsel_jake_word != "":Jake had already given you a word for it, and the open question only got it back: a withdrawer's first word is a door, not the room. Go back to Jake's word, slower and more concrete.|"I don't know" is where a withdrawer usually starts: an open question asks for words from a mind that goes blank under pressure. Don't fill the silence and don't move on; try again, slower and more concrete.} #coach
}
-> second_try

= second_try
~ note_before()
{ stance_of("kara") == "attacking" || flooded("kara"):
    Kara is watching him, and the watching is not patient.
  - else:
    The silence goes on. Jake turns his wedding ring with his thumb.
}
* [Go slower. Give him one moment: the coffee going down, "we need to talk". What happens in him? #move:evoke #to:jake]
    Let's not go for the big picture. Just one moment. Saturday, the kitchen. Kara puts her coffee down and says, we need to talk. What happens in you, right then? In your body, even. #speaker:counselor
    ~ counsel_last_try = "evoke"
    Jake is quiet for a long time. You let him be. #time:1
    -> opens
* [Offer a guess, held lightly: part of him goes quiet because whatever he says already feels wrong. #move:conjecture #to:jake]
    Jake, can I try a guess? Tell me if I've got it wrong. I wonder if part of you goes quiet because whatever you say already feels like the wrong answer. Like a test you can't see, and can't pass. #speaker:counselor
    ~ counsel_last_try = "conjecture"
    -> opens
* [Name what you're seeing: avoidance. He learned long ago that feelings aren't safe. #move:interpret #to:jake]
    Jake, I think what we're seeing is avoidance. Somewhere along the way you learned feelings aren't safe, so you shut down. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("jake"):
        Jake's ears go red. He looks at the floor and stays there. #move:jake.stonewall
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        Great. Now I've got a diagnosis as well. #speaker:jake #move:jake.defend
    - else:
        I'm not avoiding anything. I'm sitting right here, aren't I? #speaker:jake #move:jake.defend
    }
    {
    - stance_of("kara") == "cold":
        Kara says nothing. She has heard the word before, in her own head. #move:kara.withdraw
    - else:
        He does avoid, though. Everything. Even this. #speaker:kara #move:kara.criticize
    }
    A label from outside tells Jake what he is instead of asking what he feels: a verdict for him, a word for Kara to throw. A conjecture stays tentative, stays with this moment, and leaves the correction to him. #coach #mistake:interpret
    -> counsel_pace("jake")
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out

= opens
~ counsel_jake_tries += 1
{
- flooded("jake"):
    Jake shakes his head. I can't. Not now. #speaker:jake #move:jake.withdraw
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    I know whatever I say will be wrong. So why say it. #speaker:jake #move:jake.defend
- counsel_last_try == "conjecture":
    ~ counsel_jake_engaged = true
    Not a test, exactly. More like waiting to find out I've already failed it. At work there's a review, since the merger. Every week I wait to hear if I've failed that one too. #speaker:jake #move:jake.share_vulnerable
    And then it's Saturday and there's a question, and whatever I say is wrong. So I go quiet. Quiet at least keeps the peace. #speaker:jake #move:jake.own_part
- else:
    ~ counsel_jake_engaged = true
    Like I've been caught out. Like I'm failing a test I can't see. At work there's a review, since the merger. Every week I wait to hear if I've failed that one too. #speaker:jake #move:jake.share_vulnerable
    And then it's Saturday and there's a question, and whatever I say is wrong. So I go quiet. Quiet at least keeps the peace. #speaker:jake #move:jake.own_part
}
{ counsel_jake_engaged:
    {
    - state_of("kara") == "flooded":
        Kara's breath is coming fast. She shakes her head, once. #body:kara.flooded
        I'm not grading you. I never was. #speaker:kara #move:kara.defend
    - stance_of("kara") == "cold":
        Kara looks at him for a long moment and says nothing. #move:kara.withdraw
    - stance_of("kara") == "attacking" || flooded("kara"):
        So I'm the examiner now. #speaker:kara #move:kara.criticize
    - received("kara") == "misread":
        So it's my questions that are the problem. #speaker:kara #move:kara.defend
    - stance_of("kara") == "protesting":
        It's not a test. I just want you there. #speaker:kara #move:kara.defend
    - else:
        I didn't know it was that bad at work. I thought you were just… bored of me. #speaker:kara #move:kara.turn_toward
    }
  - else:
    {
    - stance_of("kara") == "attacking" || flooded("kara"):
        See? That's the wall. #speaker:kara #move:kara.criticize
    - else:
        Kara watches him, waiting, and the waiting goes on too long. #move:kara.withdraw
    }
}
{
- not counsel_jake_engaged && before_flooded:
    You tried again, but someone was over the line: no second try opens a flooded body. Stop first. #coach #mistake:pressed_on_flooded
- not counsel_jake_engaged:
    Jake is braced, and even a gentler second try can't reach past a defence that's still up. Bring the heat down first; don't put the feeling into words for him. #coach
- counsel_last_try == "conjecture":
    A conjecture, held lightly and offered for correction, and Jake corrected it: that is how it is meant to work. The guess gave him words to push against; the feeling he found is his own. #coach
- else:
    The second try was slower and smaller: one moment, one body. Jake could answer that when he couldn't answer "what do you feel". #coach
}
{ counsel_jake_engaged && received("kara") != "misread" && stance_of("kara") != "cold" && stance_of("kara") != "attacking" && not flooded("kara"):
    Under the silence, a fear of failing, at work and with Kara, not indifference. Early in therapy it is enough that it is said, and heard. #coach
}
-> counsel_pace("jake")

=== counsel_reframe ===
~ note_before()
* [Draw the whole circle: what each does, what each fears. The cycle is the enemy. #move:name_cycle]
    { counsel_cycle_named:
        We said earlier the circle was the problem. I think now we can see what drives it. #speaker:counselor
    }
    { counsel_jake_engaged:
        I wonder if it goes something like this. Jake, you go quiet to keep the peace, because whatever you say feels like failing a test. Kara, I wonder if the quiet sounds to you like you don't matter, so you reach harder. Does that fit? #speaker:counselor
      - else:
        Here's what I see from this chair. Kara reaches; Jake goes quiet; Kara reaches harder; Jake goes quieter. What each of you feels inside that, I don't know yet. I'd like to find out. #speaker:counselor
    }
    Neither of you is the enemy. The circle is, and you're both losing to it. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("jake"):
        Jake nods slowly. #move:jake.withdraw
    - else:
        Put like that, it's not her against me. It's us against… that. #speaker:jake #move:jake.turn_toward
    }
    {
    - state_of("kara") == "flooded":
        Kara's hands are shaking in her lap. #body:kara.flooded
        I'm not the enemy. I'm not. #speaker:kara #move:kara.defend
    - stance_of("kara") == "cold":
        Kara doesn't answer, but she doesn't look away either. #move:kara.withdraw
    - stance_of("kara") == "attacking" || flooded("kara"):
        Maybe. But I'm the one who does all the reaching. #speaker:kara #move:kara.criticize
    - else:
        I don't want to be the enemy. I just hate the quiet. #speaker:kara #move:kara.turn_toward
    }
    {
    - before_flooded:
        The reframe is sound, but someone was over the line and couldn't take it in. It will keep; their bodies won't. #coach #mistake:pressed_on_flooded
    - counsel_jake_engaged:
        The EFT reframe, offered as a guess and built on what Jake said: the problem is the cycle, and each move makes sense as protection. Once both see it, they can fight the pattern together instead of each other. #coach
    - else:
        The reframe stays with what you saw, the steps and not what's inside them: nobody has said their fear yet, so don't say it for them. #coach
    }
* [Propose a fair split: Saturday mornings together, afternoons his. #move:advise]
    What if you split the day? Saturday mornings are for the two of you, and the afternoons are Jake's, paper and all. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("jake"):
        Jake nods at the floor. #move:jake.withdraw
    - else:
        I can do that. #speaker:jake #move:jake.withdraw
    }
    {
    - stance_of("kara") == "cold":
        Fine. Whatever works. #speaker:kara #move:kara.withdraw
    - stance_of("kara") == "attacking" || flooded("kara"):
        Great. I'll book my husband for nine till twelve. #speaker:kara #move:kara.contempt
    - else:
        So I get him by appointment. #speaker:kara #move:kara.criticize
    }
    Compromise before understanding: Jake agrees to get out of the hot seat; Kara hears that closeness has to be booked. Solutions stick after de-escalation, not instead of it. #coach #mistake:advise
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

=== counsel_kara_inside ===
{
- state_of("kara") == "flooded":
    Kara is sitting very straight, her jaw tight, her eyes bright. #body:kara.flooded
- stance_of("kara") == "attacking":
    Kara is sitting very straight, her eyes bright.
- else:
    You turn to Kara. She is waiting, and it is a different waiting from Jake's quiet.
}
~ note_before()
* [Kara, under the question about time together, what's the scared part? #move:evoke #to:kara]
    Kara, underneath the question about time together, what's the part of you that's scared? #speaker:counselor
    ~ counsel_kara_try = "evoke"
    -> answer
* [Offer a guess, held lightly: under the reaching, a fear of losing him bit by bit. #move:conjecture #to:kara]
    Kara, can I try a guess? Correct me if it's wrong. I wonder if under all the reaching there's a fear: of losing him a little at a time, one Saturday after another. #speaker:counselor
    ~ counsel_kara_try = "conjecture"
    -> answer
* [Tell her what drives it: an anxious attachment, an old fear of being left. #move:interpret #to:kara]
    Kara, I think your pursuing comes from an anxious attachment. An old fear of being left, showing up here. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("kara"):
        Kara's eyes fill, then harden.
        I'm not the patient here. #speaker:kara #move:kara.contempt
    - stance_of("kara") == "attacking" || state_of("kara") == "escalated":
        So he disappears, and I'm the one with a diagnosis. #speaker:kara #move:kara.blame
    - else:
        So it's my childhood now. He reads the paper and it's my childhood. #speaker:kara #move:kara.defend
    }
    {
    - flooded("jake"):
        Jake looks from one of them to the other and says nothing. #move:jake.stonewall
    - else:
        That's not fair. She's not crazy for wanting me around. #speaker:jake #move:jake.validate
    }
    An attachment label, however apt, lands as a verdict: jargon, and a move into her past, away from the feeling in the room. Kara hears that her loneliness is a symptom. Guess at the feeling, tentatively, and let her name it. #coach #mistake:interpret
    -> counsel_pace("kara")
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (answer)
// What Kara can say follows what the counselor has done: after a side taken against her, the
// anger stays on guard.
{
- flooded("kara"):
    I can't… I'm so tired of asking. I don't even know what I'm scared of anymore. #speaker:kara #move:kara.withdraw
    { before_flooded:
        The anger is still guarding the fear, and Kara was too flooded to find it. Stop first; it comes when the room is safer. #coach #mistake:pressed_on_flooded
      - else:
        The anger is still guarding the fear, and Kara is too flooded to find it. Don't chase it; it comes when the room feels safer. #coach
    }
- stance_of("kara") == "attacking" || counsel_sided_with == "jake":
    Scared? I'm not scared. I'm angry. Even in here it's Jake who gets the slack. #speaker:kara #move:kara.defend
    The anger is still guarding the fear, and the side you took earlier is part of what it guards against. Don't fight it; repair the alliance first. #coach
- stance_of("kara") == "cold":
    Scared? I stopped being scared. I'm tired. #speaker:kara #move:kara.withdraw
    Cold is a pursuer who has stopped expecting an answer: the fear is under the tiredness, not gone. Don't push past it; reflect the tiredness first. #coach
- state_of("kara") == "escalated" || (state_of("kara") == "activated" && counsel_kara_try == "conjecture"):
    {counsel_kara_try == "conjecture":It's not fear. I'm angry.|Scared? I'm angry.} I've been asking for months. #speaker:kara #move:kara.defend
    { counsel_kara_try == "conjecture":
        The guess missed, and she corrected it: that is what a conjecture is for. Take the correction and stay with the anger she named; the fear under it comes when the room is cooler. #coach
      - else:
        Still hot, Kara answers with the anger that guards the fear. Reflect the anger; the fear comes when she has come down. #coach
    }
- else:
    ~ counsel_kara_soft = true
    That we're turning into flatmates. That one day I'll stop asking, and get used to being on my own, and he won't even notice. #speaker:kara #move:kara.share_vulnerable
    {
    - flooded("jake"):
        Jake swallows. He can't look up. #move:jake.withdraw
    - received("jake") == "misread":
        I'd notice. You make it sound like I'm already gone. #speaker:jake #move:jake.defend
        Kara meant I'm scared; Jake heard you're leaving: the history again. It's still in the room, and you can come back to it. #coach
    - else:
        Jake looks up at her as if he has never heard this before. #move:jake.turn_toward
    }
    Under Kara's criticism, the fear of losing Jake: a pursuer's anger is protest at disconnection (Johnson). #coach
}
-> counsel_pace("kara")

=== counsel_enact ===
// An enactment works from either side in a calm room: the cycle tracked, nobody escalated or
// flooded, and the feeling to be said already found with the counselor. Johnson's withdrawer-
// before-pursuer order belongs to the later re-engagement and softening, not to every enactment.
~ before_premature = not counsel_tracked || hot("kara") || hot("jake")
There are {minutes_left()} minutes left.
~ note_before()
* [Jake, turn to Kara and tell her what you told me. #move:enactment #to:jake]
    Jake, could you turn to Kara and tell her what you told me, about the test you can't pass? Not to me. To her. #speaker:counselor
    -> jake_reaches
* [Kara, turn to Jake and tell him what you're afraid of. #move:enactment #to:kara]
    Kara, could you turn to Jake and tell him what you're afraid of? Not to me. To him. #speaker:counselor
    -> kara_first
* [Not enough time for something this big. Start closing now. #move:slow_down]
    ~ counsel_tracked = true
    I think we'll stop the new work there. There's something I'd like to say about today before you go. #speaker:counselor
    { time_for(16) && (counsel_jake_engaged || counsel_kara_soft) && not before_premature:
        There was time for it, and the room was ready: a feeling already found can be said to the other in the minutes that were left. Closing early is safe; it can also be a way of not taking the risk with them. #coach
      - else:
        Closing early was a fair call: the room or the clock wasn't ready for an enactment, and a good close holds what was reached. #coach
    }
    -> counsel_close
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely

= premature
// The coach line for an enactment the room wasn't ready for (read before the choice).
{ not counsel_tracked:
    An enactment before the cycle has been tracked restages the fight instead of changing it: reflect it, name it or slow it down first. #coach #mistake:premature_enactment
  - else:
    Someone was escalated or flooded when you asked for it: an enactment raises the heat in a room that hot. Calm first, then the enactment. #coach #mistake:premature_enactment
}
->->

= jake_reaches
{ counsel_jake_engaged && counsel_heat <= 1 && not before_premature && not flooded("jake") && stance_of("jake") != "defending":
    Jake turns in his seat, toward her.
    When I'm behind the paper, it isn't that I don't want you. I'm scared of getting it wrong again. I should have told you how bad work is. #speaker:jake #move:jake.share_vulnerable
    { flooded("jake"):
        His voice gives out there. He looks at her, and the rest won't come.
        Saying it out loud cost more than Jake's body had just now: he's flooded. After a break he can finish the sentence. #coach
        -> counsel_close
    }
    I don't know what to do with it yet. I wanted you to know. #speaker:jake #move:jake.turn_toward
    {
    - flooded("kara"):
        Kara's eyes fill. She holds on to the arm of the couch. #body:kara.stirred
        I can't… not now. I can't take it in. #speaker:kara #move:kara.withdraw
        Jake stays turned toward her, waiting.
        Jake reached, and meant it. But Kara is flooded, and a body over the line can't let in even the words it has waited for. Next week can start here. #coach
        -> counsel_close
    - received("kara") == "misread":
        You wanted me to know. After months of me asking. #speaker:kara #move:kara.defend
        {
        - flooded("jake"):
            Jake's face falls. He looks at the rug. #move:jake.withdraw
            Jake's offer landed on Kara's months of waiting, and the sting flooded him before he could stay. That is the cycle, not the end of it. #coach
            -> counsel_close
        }
        I know. I couldn't say it before. I'm saying it now. #speaker:jake #move:jake.repair
        Kara heard Jake's offer as one more charge: months of waiting heard it first. Jake stayed turned toward her, and staying is the repair. #coach
        {
        - flooded("kara") || stance_of("kara") == "attacking":
            Kara looks at him a long time and says nothing. #move:kara.withdraw
            -> counsel_close
        }
        Kara looks at him a long time.
        { state_of("kara") == "escalated":
            Maybe. I've heard sorry before. #speaker:kara #move:kara.criticize
            Jake reached, and Kara, still hot, kept her guard up. That's not a failure: trust comes back slower than words, and next week can start here. #coach
            -> counsel_close
        }
        I want to believe that. I think I do. #speaker:kara #move:kara.turn_toward
        I'm glad you told me. #speaker:kara #move:kara.appreciate
    - stance_of("kara") == "cold" || stance_of("kara") == "attacking":
        Kara looks at him a long time.
        { state_of("kara") == "escalated":
            Maybe. I've heard sorry before. #speaker:kara #move:kara.criticize
            Jake reached, and Kara, still hot, kept her guard up. That's not a failure: trust comes back slower than words, and next week can start here. #coach
            -> counsel_close
        }
        I want to believe that. I think I do. #speaker:kara #move:kara.turn_toward
        I'm glad you told me. #speaker:kara #move:kara.appreciate
    - else:
        I thought the paper was where you went to get away from me. I'm so lonely on Saturdays, Jake. #speaker:kara #move:kara.share_vulnerable
        I'm glad you told me. I didn't know. #speaker:kara #move:kara.appreciate
    }
    {
    - flooded("jake"):
        Jake nods. He can't say more just now, but he doesn't look away. #move:jake.withdraw
        -> counsel_close
    }
    Jake nods. He is still turned toward her. #move:jake.turn_toward
    -> counsel_process
  - else:
    Jake turns toward her and tries.
    {
    - flooded("jake"):
        He looks at her, then at the floor. The words don't come. #move:jake.stonewall
    - else:
        I don't know what to say. I'm sorry. Again. #speaker:jake #move:jake.withdraw
    }
    {
    - stance_of("kara") == "cold":
        Kara nods, as if she expected this. #move:kara.withdraw
    - else:
        That's the thing. He's always sorry. Then it's Saturday again. #speaker:kara #move:kara.criticize
    }
    {
    - before_premature:
        -> premature ->
    - not counsel_jake_engaged:
        An enactment asks a partner to say to the other what they have already found with you. Jake hadn't found it yet. Evoke first, then enact. #coach
    - counsel_heat >= 2:
        Too much heat in the room for a risk like this. Reaching is a risk, and nobody takes it while still braced. #coach
    - else:
        Jake had found the words, but he's over the line now, and nobody can reach from a flooded body. Calm first, then the enactment. #coach
    }
    -> counsel_close
}

= kara_first
{
- counsel_kara_soft && counsel_heat <= 1 && not before_premature && not flooded("kara"):
    Kara turns to him. It takes her a moment.
    I'm scared we're turning into flatmates, Jake. I miss you. I don't need a hearing. I just need you to look up sometimes. #speaker:kara #move:kara.share_vulnerable
    {
    - flooded("jake"):
        Jake looks at her, then at the floor. The words don't come. #move:jake.stonewall
        Kara reached from a soft place, but Jake is flooded, and nothing lands in a body over the line. Calm first. #coach
        -> counsel_close
    - received("jake") == "misread":
        I do look up. I'm looking up right now. #speaker:jake #move:jake.defend
        Kara spoke from the fear, and Jake still heard a charge: the history got there first. Workable in a calm room, but not in the minutes that are left. #coach
        -> counsel_close
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        I'm trying. I'm here, aren't I? #speaker:jake #move:jake.defend
        Kara spoke from the fear, but Jake was still braced and heard pressure. Not the wrong words, and not the wrong order: the wrong moment. #coach
        -> counsel_close
    - counsel_jake_engaged:
        I thought you were angry with me. Not scared. #speaker:jake #move:jake.turn_toward
        I'm scared too. Of getting it wrong. Of work. I should have told you. #speaker:jake #move:jake.share_vulnerable
        {
        - flooded("kara"):
            Kara nods, and can't speak yet. #move:kara.withdraw
            -> counsel_close
        - received("kara") == "misread":
            You should have. #speaker:kara #move:kara.criticize
            -> counsel_close
        }
        Then tell me, when it's like that. I'd rather know. #speaker:kara #move:kara.turn_toward
        Kara went first, and in a calm room it worked: each spoke from a softer feeling already found with you, and each was heard. #coach
        -> counsel_process
    - else:
        I didn't know you were scared. I thought you were angry. #speaker:jake #move:jake.turn_toward
        ~ counsel_landed = true
        Kara went first from a soft place, and it landed: Jake heard the fear, not a charge. He hasn't found his own yet, so it is one-sided for now, and this early in therapy that is a real step. #coach
        -> counsel_process
    }
- else:
    {
    - counsel_kara_soft && not flooded("kara"):
        I miss you. I need you to actually show up, Jake. Not just be in the house. #speaker:kara #move:kara.demand
    - else:
        I need you to stop hiding. That's it. That's what I need. #speaker:kara #move:kara.demand
    }
    {
    - flooded("jake"):
        Jake looks at the carpet. #move:jake.stonewall
    - counsel_jake_engaged:
        I'm trying. I'm here, aren't I? #speaker:jake #move:jake.defend
    - else:
        Jake nods at the carpet. #move:jake.withdraw
    }
    {
    - before_premature:
        -> premature ->
    - counsel_kara_soft && flooded("kara"):
        Kara is over the line, and from there a need comes out as a demand; Jake heard the old test. Calm first, then the enactment. #coach
    - counsel_kara_soft:
        The room was too hot for it: Kara's need came out as a demand, and Jake heard the old test. An enactment works from a calm room and a feeling already found. #coach
    - else:
        Kara hadn't found the fear under the anger yet, so the need came out as a demand, and Jake heard the old test. Evoke first, then enact. #coach
    }
    -> counsel_close
}

=== counsel_process ===
// After an enactment that landed: reflect and validate what happened in it (the EFT tango's last
// moves), or hand out a rule on top of it.
~ counsel_enacted = true
{ counsel_landed:
    Kara is looking at Jake. Jake is looking back, which he hasn't done all morning.
  - else:
    For a moment nobody says anything. They are looking at each other.
}
~ note_before()
* [Slow down and reflect what just happened between them. #move:reflect]
    Can we stay here a moment? One of you reached, and the other let it in. What is that like, right now? #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("kara"):
        Kara can only nod.
    - else:
        Strange. Good strange. Like he was actually here. #speaker:kara #move:kara.appreciate
    }
    {
    - flooded("jake"):
        Jake breathes out, slowly.
    - else:
        Lighter. I didn't expect lighter. #speaker:jake #move:jake.turn_toward
    }
    Processing the encounter: slow it down and reflect what happened and how it felt, so the new step is seen and owned, not just passed through. #coach
* [Tell them what you saw: it took courage, from both of them. #move:validate]
    That took courage, from both of you. You said the hard thing, and you stayed to hear it. #speaker:counselor
    {
    - flooded("kara"):
        Kara looks down at her hands.
    - else:
        It didn't feel like courage. It felt like jumping. #speaker:kara #move:kara.humor
    }
    {
    - flooded("jake"):
        Jake nods.
    - else:
        Yeah. Jumping. #speaker:jake #move:jake.turn_toward
    }
    Validating what each risked integrates the encounter: the new step is named as theirs, not the counselor's. #coach
* [Lock it in while it's warm: the paper goes down at ten, every Saturday. #move:advise]
    Let's lock this in while it's warm. Every Saturday, the paper goes down at ten, and you two talk. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - flooded("jake"):
        Jake nods.
    - else:
        Ten o'clock. Okay. #speaker:jake #move:jake.turn_toward
    }
    Kara looks at the clock.
    A rule laid on a fresh moment turns it back into a test, and the one who withdraws has a new way to fail. Process what happened first; what they do with it can be theirs. #coach #mistake:advise
- (processed)
-> counsel_end_reconnected

=== counsel_close ===
// Closing the session: how the counselor closes is the last choice; the ending follows from the
// model and what happened (counsel_ending). Past the hour, there is no close to make.
{ minutes_left() <= 1:
    -> counsel_out_of_time
}
{ minutes_left() <= 6:
    There are {minutes_left()} minutes left. Whatever is open now stays open until next week.
  - else:
    There are {minutes_left()} minutes left: time to close, not to open anything new.
}
~ note_before()
* [Name what was reached today, and what waits for next week. #move:reflect]
    ~ counsel_tracked = true
    { counsel_jake_engaged || counsel_kara_soft:
        Before you go, I want to say what I saw today. {counsel_jake_engaged:Jake, you found words for the quiet: not indifference, a fear of failing.} {counsel_kara_soft:Kara, you said the fear under the asking.} That's what we start from next week. #speaker:counselor
      - else:
        Before you go, I want to say what I saw today: the circle you're both caught in, and how fast it turns. Next week we slow it down and look at what's underneath. #speaker:counselor
    }
    {
    - flooded("kara"):
        Kara nods without looking up.
    - stance_of("kara") == "cold" || stance_of("kara") == "attacking":
        Next week, then. #speaker:kara #move:kara.withdraw
    - else:
        Next week. Okay. #speaker:kara #move:kara.turn_toward
    }
    {
    - flooded("jake"):
        Jake is already looking at the door.
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        Fine. #speaker:jake #move:jake.withdraw
    - else:
        Okay. #speaker:jake #move:jake.turn_toward
    }
    { before_flooded:
        Someone was still over the line as you summed up: a flooded body takes in little. Slow the room first; then name what was reached. #coach #mistake:pressed_on_flooded
      - else:
        A contained close: name what was reached, in their words, and say what waits for next week, so nobody leaves carrying the whole of it. #coach
    }
* [Give them one thing to practise at home: a twenty-minute break, and a time to come back. #move:psychoeducation]
    One thing to try at home. When one of you is flooded, take twenty minutes apart: not to get away, to come down. And say when you'll come back. #speaker:counselor
    {
    - flooded("kara"):
        Kara nods, her jaw tight.
    - stance_of("kara") == "cold" || stance_of("kara") == "attacking":
        If he comes back. #speaker:kara #move:kara.criticize
    - else:
        Twenty minutes. Then back. I can do that. #speaker:kara #move:kara.turn_toward
    }
    {
    - flooded("jake"):
        Jake nods at the floor.
    - received("jake") == "misread":
        Then back. You say it like I never come back. #speaker:jake #move:jake.defend
    - else:
        I can do the twenty. It's the coming back I need to practise. #speaker:jake #move:jake.own_part
    }
    { before_flooded:
        The break is the right thing to teach, but someone was over the line as you taught it: a flooded body can't take in a lesson. #coach #mistake:pressed_on_flooded
      - else:
        A break taught as a skill, with a time to come back, is psychoeducation they can take home: the cycle's antidote, not a rule about Saturdays. #coach
    }
* [Send them off with homework: fifteen minutes of talk every evening, phones off. #move:advise]
    Before next week, some homework. Fifteen minutes of talking every evening, phones off. Can you both commit to that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - stance_of("kara") == "cold" || flooded("kara"):
        Sure. #speaker:kara #move:kara.withdraw
    - else:
        Okay. If he will. #speaker:kara #move:kara.criticize
    }
    {
    - flooded("jake"):
        Jake nods. #move:jake.withdraw
    - else:
        Sure. #speaker:jake #move:jake.dismiss
    }
    Homework set before the softer feelings have met is going through the motions: the pattern will eat those fifteen minutes by Thursday. #coach #mistake:advise
+ {not counsel_closed_safely} [Slow it down first: a minute's breathing together before they go. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (closed)
-> counsel_ending

=== counsel_ending ===
// Which ending the close is: break_and_return after a full break someone needed (flooded when it
// was called) and a calmer close; reconnected if the circle is open and a softer feeling was said
// and heard; deadlock otherwise. A break nobody needed is coached, not rewarded with an ending.
{
- counsel_break == "full" && counsel_flooded_at_break && counsel_heat < 2 && not flooded("kara") && not flooded("jake"):
    -> counsel_end_break_and_return
- cycle_stage() == "engage-engage" && (counsel_jake_engaged || counsel_kara_soft) && not flooded("kara") && not flooded("jake") && counsel_heat < 2:
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
// Both back under the line: the close itself is still to be made. Someone still over it: no more words.
{ not over_line("kara") && not over_line("jake") && not hour_gone():
    -> counsel_close
}
-> counsel_ending

=== counsel_end_deadlock ===
{ time_for(8):
    You spend a few minutes on small things: the booking, the parking, whether Lena can have Maya and Sam again next Saturday morning. #time:4
}
{
- flooded("kara"):
    Kara is still pale, her breathing quick. She gets her coat on without looking at either of you. #body:kara.stirred
    At the door Jake holds it open for her. She goes through without a word. #move:kara.withdraw
    { counsel_closed_safely:
        Kara is still over the line as she leaves, if less than she was. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Kara is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation (slow breathing, a few quiet minutes, a time set for next week) so nobody carries the fight out of the room. #coach
    }
- flooded("jake"):
    Jake is on his feet first, coat already on, eyes on the stairs. Kara follows him out. #body:jake.stirred
    Jake takes the stairs two at a time and doesn't wait. #move:jake.withdraw
    { counsel_closed_safely:
        Jake is calmer than he was, and still not settled. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Jake is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation, so nobody carries the fight out of the room. #coach
    }
- else:
    At the door he holds it open for her, and she thanks him. Polite, careful, far apart.
    On the stairs Jake is already checking his phone. #move:jake.withdraw
}
{ counsel_jake_engaged:
    Deadlock. Something moved: Jake found words for his silence. But it never crossed the room to Kara, and the cycle left with them. #coach
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
They walk to the car without talking. The rest of the Saturday is ahead of them. #ending:deadlock
-> END

=== counsel_end_break_and_return ===
{ time_for(8):
    The rest of the session stays calmer. Nobody raises their voice, and nobody leaves. #time:4
  - else:
    What is left of the hour stays calmer. Nobody raises their voice, and nobody leaves.
}
{ counsel_flooded_at_break:
    Break and return: the time-out did its work. Bodies calmer, nobody walked out. #coach
  - else:
    Break and return: calmer bodies, nobody walked out. But nobody was flooded when you called the time-out, so it cost twenty minutes the session could have used. #coach
}
{ counsel_jake_engaged || counsel_kara_soft:
    And something was found before the hour ran short: name it for next week, so it isn't lost with the clock. #coach
  - else:
    The softer feelings didn't yet meet in an enactment; that's often what a good early session looks like. #coach
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
    What just happened: one of you reached, and the other let it in. That's the circle running the other way. #speaker:counselor
    Reaching each other, for a few minutes: a fear said out loud, and an answer instead of a retreat. Early in therapy that is a real step, not a finished change: the cycle will come back, and now they have this to remember when it does. #coach
  - else:
    Kara and Jake stand up at the same time, and for once neither is ahead of the other at the door.
    The circle opened in the room: a softer feeling said to you and heard across the room, and both still turned toward each other at the close. No enactment yet, and none needed today; next week it can be said to each other. #coach
}
{ counsel_break == "full" && counsel_flooded_at_break:
    The time-out made it possible. Nobody can reach from a flooded body. #coach
}
{ counsel_mistakes > 0:
    It happened despite the fixes, sides and labels you offered on the way: each one added heat, and the couple did the reaching anyway. Notice them for next time. #coach
}
{ counsel_screened != "alone":
    One thing to add next time: when "it gets loud" comes up, see each of them briefly alone for the routine safety check-in. #coach
}
{ time_for(6):
    You spend the rest of the hour slowing it down: what each of them did, and what it was like to be answered. #time:4
  - else:
    You are at the end of the hour. You let it sit for a moment, and then you let them go.
}
They leave side by side. On the stairs he says, "Same time next week," and she says, "Yes." #ending:reconnected
-> END

=== counsel_out_of_time ===
// The hour ran out before a close: the session ends mid-work, with nothing held.
The hour is gone. Through the wall you can hear your next couple arriving in the waiting room.
{
- flooded("kara"):
    Kara is still breathing fast as she stands. #body:kara.stirred
- flooded("jake"):
    Jake is on his feet before you have finished the sentence. #body:jake.stirred
- else:
    They stand up, surprised it's over.
}
~ note_before()
~ temp held_in_doorway = false
* [Hold the hour: one sentence in the doorway about today, and book next week. #move:reflect]
    ~ held_in_doorway = true
    We're out of time, and I'm sorry we didn't get to finish. What you did today counts. We'll pick it up next week. #speaker:counselor
    You book next week in the doorway. Kara puts it in her phone. Jake is already holding the door.
    A sentence in the doorway is better than nothing, and it keeps the frame: the hour ends when it ends. But it isn't a close. #coach
    { before_flooded:
        Someone was still over the line as they left: a sentence doesn't bring a body down. Next time, slow the room before the clock runs out. #coach #mistake:pressed_on_flooded
    }
* [Run over: ten more minutes to finish properly. The next couple can wait. #move:evoke]
    Let's take a few more minutes. Jake, you were about to say something. #speaker:counselor
    {
    - flooded("jake"):
        Jake shakes his head and stands up. #move:jake.withdraw
    - else:
        Jake looks at the clock, then at the door.
        It's fine. Next week. #speaker:jake #move:jake.withdraw
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
    The break had to start again after the talk through the door: twenty more minutes the hour didn't have. #coach
}
{ counsel_late_break:
    The break was right for a flooded body, but this late it used up the close. With the hour short, regulate in the room and close instead. #coach
}
{ counsel_slow_walk:
    The slow walk through Saturday was good work, and it cost six minutes: slow work pays when the rest of the hour is planned around it. #coach
}
{ counsel_jake_engaged || counsel_kara_soft:
    Something was reached: a softer feeling said out loud. Naming it at the close would have given them something to carry out of the room. #coach
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
The door closes behind them. #ending:out_of_time
-> END
