// Teri and Dale — as the counselor. The player is a trainee counselor in a couples session with
// both partners, who are simulated. Adapted from Teri's reply to comment 4 in
// 002_612bd878bc8560af.txt: she pursued first while he was "controlling, stubborn and
// insensitive", checked out, moved out; now he pursues her back with "guilt, bribes, the 'I do
// everything for you so I deserve more'", and they are "still working on things".
//
// The session is ten days after the Saturday with the bike (the other two modes), their second
// joint session. They came with different hopes: on the form Dale wrote "to get back together",
// Teri "to work out where we are". The counselor must not take sides about whether they should be
// together: the work is the cycle (the roles switched; guilt and keeping score are pursuit; her
// distance protects a self she nearly lost), and clarity, not a verdict. Pressure can be named as
// pressure, without making Dale the villain.
//
// The rubric (src/session/rubric.ts) scores the counselor from the moves and the model. Every coach
// line that names a fault carries #mistake:<fault>, and the rubric scores that fault at the choice
// just made; a coach line naming a fault that depends on the room is conditioned on the room as it
// was *before* the choice (the before_* flags, set just above each choice point).
//
// The hour (scenario.json: sessionMinutes 50). Every move takes a simulated minute; a line with
// #time:N lets N quiet minutes pass (slow work, the check-ins alone, a break). A time-out
// (#move:time_out=20) only starts the break: its minutes pass on the #time lines that tell it, and
// any move before they are up ends it and floods a partner still cooling again. At each knot
// boundary counsel_pace reads minutes_left() and decides how much of the rest of the work fits;
// when the hour is gone before a close, the session ends out_of_time.
//
// The partners' words follow the model (state_of / stance_of / received / flooded). Dale, who
// pursues now, answers a first question about his feelings with the list (the anger that guards
// the fear); Teri, who distances now, answers hers with "I'm fine, I'm happier" (true, and a door
// she keeps shut). Each may need a second, slower or more tentative try.
//
// Endings: walked_out (pressing on while someone is flooded or the room is too hot; whoever
// leaves is flooded), deadlock (the session closes stuck), break_and_return (twenty quiet minutes
// and a calmer close), reconnected (a softer feeling said in an enactment is heard by the other, or
// said and heard with the circle open at the close), out_of_time (the hour runs out first).

VAR counsel_teri_opening = ""
// "soft" | "harsh": how Teri's first words to Dale came out.
VAR counsel_tracked = false
// The counselor has reflected, named or slowed the cycle: set on every choice whose move is
// reflect, name_cycle or slow_down. An enactment before it is premature.
VAR counsel_cycle_named = false
VAR counsel_pressure_named = false
// The counselor has named the guilt and the list as pressure (pursuit), without a label.
VAR counsel_teri_heard = false
VAR counsel_dale_heard = false
VAR counsel_sided_with = ""
VAR counsel_advised = false
VAR counsel_mistakes = 0
VAR counsel_heat = 0
// The counselor's share of the heat in the room: a raw restaging and each mistake add 1;
// blocking, naming the cycle and psychoeducation take 1 off; twenty quiet minutes clear it.
// At 2 or more, pressing on loses someone.
VAR counsel_screened = ""
// "" | "alone" (each alone) | "teri_only" (Dale's check-in skipped) | "joint" (both in the room)
VAR counsel_slow_walk = false
VAR counsel_break = ""
// "" | "short" (five minutes) | "full" (twenty quiet minutes really passed)
VAR counsel_flooded_at_break = false
VAR counsel_calm_timeout = false
VAR counsel_late_break = false
VAR counsel_restarted = false
VAR counsel_taught_twenty = false
VAR counsel_dale_tries = 0
VAR counsel_last_try = ""
// "evoke" | "conjecture": how the second try at Dale was made.
VAR counsel_dale_engaged = false
// Dale has said the fear under the list.
VAR counsel_teri_try = ""
VAR counsel_teri_soft = false
// Teri has said the fear under the distance.
VAR counsel_closed_safely = false
VAR counsel_enacted = false
VAR counsel_enacted_by = ""
// Who reached in the enactment that landed: "dale" | "teri".
VAR counsel_teri_bill_said = false
VAR counsel_list_raised = false
// Dale has brought the list into the room (counsel_the_list).
// Teri has already said "I thought they were a bill" (when Dale first said the fear).
VAR counsel_left = ""
VAR counsel_labelled = false
// The counselor has offered a label or an interpretation from outside.
VAR counsel_enact_early = false
// The counselor has asked for an enactment before the room was ready.
VAR counsel_soft_heard = false
// A softer feeling said in the room landed with the other partner (not misheard, not defended).
VAR counsel_breaks = 0
// Twenty-minute breaks taken so far.
VAR counsel_pressed_flooded = false
VAR before_flooded = false
// Someone surely over the flooding line at the choice point now on offer: a choice other than
// time_out, slow_down or block presses on.
VAR before_calm = false
// Nobody escalated, flooded or cooling at the choice point now on offer.
VAR before_premature = false

CONST HOUR_GONE = 1
CONST DALE_TIME = 7
CONST REFRAME_TIME = 4
CONST TERI_TIME = 4
CONST ENACT_TIME = 10
// An enactment, its processing and the close.

=== function line_of(who) ===
// Arousal above which a partner is surely over 100 bpm (heart rate = resting + arousal / 2;
// Teri rests at 64, Dale at 70), with half a point to spare for rounding.
{
- who == "teri":
    ~ return 74
- else:
    ~ return 62
}

=== function over_line(who) ===
// Surely over the flooding line: flooded, or on a break and still above it.
~ return (state_of(who) == "flooded" || state_of(who) == "cooling") && arousal(who) >= line_of(who)

=== function hot(who) ===
// Escalated or over the line: a room not ready for an enactment.
~ return state_of(who) == "escalated" || over_line(who)

=== function room_calm() ===
~ return not flooded("teri") && not flooded("dale") && state_of("teri") != "escalated" && state_of("dale") != "escalated"

=== function hour_gone() ===
~ return minutes_left() <= HOUR_GONE

=== function time_for(minutes) ===
~ return minutes_left() >= minutes

=== function note_before() ===
~ before_flooded = over_line("teri") || over_line("dale")
~ before_calm = room_calm()

=== counsel_start ===
Tuesday, six o'clock. Your second joint session with them. Dale takes the couch and sits forward on it, elbows on his knees. Teri takes the armchair by the window.
On the intake form, under what brings you here, Dale wrote: to get back together. Teri wrote: to work out where we are.
They separated in February; Teri has her own flat now. They have dinner on Wednesdays. "Working on things," they both say, and mean different things by it.
Ten days ago, on a Saturday, Dale turned up at her flat with her old bike, repaired, and two concert tickets. By the end of the morning he had listed everything he does for her, and she had asked him to go.
The clock is on the shelf behind them, where you can see it and they can't. You have fifty minutes.
Two people who want different things from this room. Your job is not to decide which of them is right, or whether they should be together: it is the cycle, and what each move protects. Every exchange spends a minute of the hour; slow work and breaks spend more. #coach
-> counsel_frame

=== counsel_frame ===
// How the hour is framed: two different hopes on one form.
Dale wants to start. You can see it in how he sits.
* [Reflect the two hopes on the form, side by side. #move:reflect]
    I notice you came with different hopes. Dale, you wrote "to get back together". Teri, you wrote "to work out where we are". Both of those can be in this room. #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("dale"):
        Dale stares at the form. #move:dale.withdraw
    - else:
        Where we are is apart. That's where we are. #speaker:dale #move:dale.criticize
    }
    {
    - flooded("teri"):
        Teri looks at the window. #move:teri.withdraw
    - else:
        And that's the first time you've said it out loud. #speaker:teri #move:teri.defend
    }
    Reflecting the two hopes puts the difference on the table instead of under it. It stings, and it is the truth the hour has to hold. #coach
* [Set the frame: this room won't decide whether you stay together; it's for seeing the pattern, so you can decide clearly. #move:psychoeducation]
    Before we start, I want to say what this room is for. It isn't here to decide whether you two get back together. That's yours. It's for seeing the pattern you get caught in, so that whatever you decide, you decide it clearly. #speaker:counselor
    {
    - flooded("dale"):
        Dale nods at the floor. #move:dale.withdraw
    - else:
        Dale sits back a little.
        Okay. But I'd like us to. #speaker:dale #move:dale.bid
    }
    {
    - flooded("teri"):
        Teri says nothing. #move:teri.withdraw
    - else:
        Teri lets out a breath.
        Thank you. #speaker:teri #move:teri.appreciate
    }
    Naming your neutrality about the outcome at the start: with two different hopes in the room, each needs to know you aren't there to deliver the other's. It is a kind of safety. #coach
* [Teri, Dale wants this to work. Can you tell him what it would take? #move:advise]
    Teri, it's clear Dale wants this to work. Could you tell him what it would take? Then he knows what to work on. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("teri"):
        Teri says nothing. #move:teri.withdraw
    - else:
        Teri looks at you for a long moment.
        If I could write a list, I would have. #speaker:teri #move:teri.defend
    }
    {
    - flooded("dale"):
        Dale says nothing. #move:dale.withdraw
    - else:
        That's all I've been asking. Tell me what to do and I'll do it. #speaker:dale #move:dale.demand
    }
    It sounds practical and fair; it turns the relationship into a task list, which is the scorekeeping the couple are stuck in, and it puts your weight behind Dale's hope. Premature problem solving, and a side. #coach #mistake:advise
- (framed)
-> counsel_opening

=== counsel_opening ===
Dale looks at you. Teri looks at the window.
~ before_premature = not counsel_tracked || hot("teri") || hot("dale")
* [Teri, before the story: what did you feel when you opened the door and saw the bike? #move:evoke #to:teri]
    Before we get to who said what. Teri, when you opened the door and saw the bike on the step, what did you feel, just then? #speaker:counselor
    ~ counsel_teri_opening = "soft"
    ~ counsel_teri_heard = true
    You asked for the feeling before the argument. From there a soft start-up can come, even from the one who is pulling away. #coach
* [Dale, what were you hoping for, when you rang her bell? #move:evoke #to:dale]
    Dale, when you rang Teri's bell with the bike, what were you hoping would happen? #speaker:counselor
    ~ counsel_teri_opening = "harsh"
    ~ counsel_dale_heard = true
    {
    - flooded("dale"):
        Dale shakes his head.
        I don't know. #speaker:dale #move:dale.dismiss
    - else:
        That she'd be pleased. That she'd see I've changed. I do everything I can think of. #speaker:dale #move:dale.defend
    }
    A question about hope gets the list first: for someone who pursues, what they do is the proof of what they feel. It is a start, not the feeling. #coach
* [Set some ground rules first: no turning up unannounced, and no gifts while you work things out. #move:advise]
    Before we dig in: it might help to agree some ground rules. No turning up unannounced, and no gifts while you're working things out. #speaker:counselor
    ~ counsel_teri_opening = "harsh"
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("dale"):
        Dale stares at the floor. #move:dale.withdraw
    - else:
        So it's rules now. Two sessions in and I'm the one on probation. #speaker:dale #move:dale.defend
    }
    {
    - flooded("teri"):
        Teri says nothing. #move:teri.withdraw
    - else:
        That's what I've been asking for since March. #speaker:teri #move:teri.criticize
    }
    Premature problem solving, and it quietly takes a side: the rules are Teri's request in your voice. Dale hears that he is the problem; Teri hears that the problem is logistics. Understand the cycle before you fix it. #coach #mistake:advise
* {before_premature} [Dale, turn to Teri and tell her what you want. #move:enactment #to:dale]
    Dale, could you turn to Teri and tell her, right now, what you want? #speaker:counselor
    ~ counsel_teri_opening = "harsh"
    ~ counsel_heat += 1
    ~ counsel_mistakes += 1
    ~ counsel_enact_early = true
    {
    - flooded("dale"):
        Dale turns, and stops. #move:dale.withdraw
    - else:
        Dale turns to her.
        I want you to come home. I've done everything you asked. #speaker:dale #move:dale.demand
    }
    An enactment in the first minutes restages the fight: nothing is tracked yet, and no softer feeling has been found to bring to it. Enact once the cycle is named and the room can hold it. #coach #mistake:premature_enactment
- (opened)
-> counsel_the_dance

=== counsel_the_dance ===
~ temp dale_turned = false
{ counsel_teri_opening == "harsh":
    Teri turns to Dale.
    {
    - state_of("teri") == "escalated" || flooded("teri"):
        This is it. This is what you do. Presents, and then the list, and then I'm the bad guy. #speaker:teri #move:teri.blame
    - else:
        You turn up with things so I can't say no, and then you tell me what I owe you. #speaker:teri #move:teri.criticize
    }
    {
    - flooded("dale"):
        Dale stares at the floor. He says nothing. #move:dale.withdraw
    - state_of("dale") == "escalated" || stance_of("dale") == "attacking":
        Owe me? I pay your phone. I moved every box in that flat. I fix your bike and I'm the bad guy? #speaker:dale #move:dale.blame
    - else:
        I don't tell you what you owe me. I just want some credit for trying. #speaker:dale #move:dale.defend
    }
  - else:
    Teri is quiet for a moment.
    {
    - state_of("teri") == "flooded":
        Teri starts to answer, and stops. Her hands are tight on the arms of the chair. #body:teri.flooded
        Cornered. Like always. #speaker:teri #move:teri.criticize
    - state_of("teri") == "escalated":
        Cornered, she says. Angry, under that. She turns to him.
        Dale, I felt cornered when you turned up with the bike. I'd like you to ask before you come. #speaker:teri #move:teri.soft_startup
    - else:
        Cornered, she says, after a while. And sad, because it was kind. She turns to him.
        Dale, when you turned up with the bike, I felt cornered. It was kind, and I couldn't say no. I'd like you to ask before you come round. #speaker:teri #move:teri.soft_startup
    }
    // Dale answers what he heard: a soft start-up can be misread (sentiment override).
    {
    - flooded("dale"):
        Dale stares at the floor. He says nothing. #move:dale.withdraw
    - received("dale") == "misread":
        Cornered. By a bike. So now being kind is a crime as well. #speaker:dale #move:dale.defend
        -> misfire
    - state_of("dale") == "escalated" || stance_of("dale") == "attacking":
        Ask. I've been asking for eight months, Teri. #speaker:dale #move:dale.criticize
    - else:
        ~ dale_turned = true
        I didn't know it felt like that. I thought it'd make you happy. I'll ask. #speaker:dale #move:dale.turn_toward
    }
}
- (resumes)
{
- stance_of("dale") == "cold":
    Dale sits back and folds his arms.
    Whatever I do, it's wrong. #speaker:dale #move:dale.withdraw
- stance_of("dale") == "attacking" || flooded("dale"):
    I drove over with her bike and she looked at me like a bailiff. I do everything for her. #speaker:dale #move:dale.blame
- counsel_teri_opening == "harsh":
    Eight months I've been trying. She doesn't want me to try. #speaker:dale #move:dale.criticize
- else:
    I just want to know where I stand. That's all the bike was. #speaker:dale #move:dale.bid
}
{
- flooded("teri"):
    Teri looks at the window. Her jaw is set. #move:teri.stonewall #body:teri.stirred
- stance_of("teri") == "present" && state_of("teri") == "calm":
    Teri rubs her forehead.
    I've told you where you stand, Dale. Every Wednesday. #speaker:teri #move:teri.defend
- else:
    Teri looks at the window. Whatever she was going to say, she doesn't. #move:teri.withdraw
}
{
- dale_turned:
    Within minutes the dance is live in the room: Teri spoke softly, and Dale turned toward her for a moment. Catch that before the old steps take it back. #coach
- stance_of("dale") == "cold":
    Within minutes the dance is live in the room: Dale reached with the list, Teri stepped back, and Dale, getting nowhere, has gone cold himself. {flooded("teri") || flooded("dale"):Someone is already over the line. }Watch the bodies before the words. #coach
- flooded("teri") || flooded("dale"):
    Within minutes the dance is live in the room: Dale reaches with the list, Teri steps back, Dale reaches harder, and someone is already over the line. Watch the bodies before the words. #coach
- else:
    Within minutes the dance is live in the room: Dale reaches, with presents and proof; Teri steps back; Dale reaches harder. Now you can work with it instead of hearing about it. #coach
}
Notice who is doing what. By their own account Teri pursued for six years and Dale withdrew; now it runs the other way (Lerner: the worn-out pursuer goes cold; the distancer, losing them, pursues). Same circle, switched seats. #coach
-> counsel_track

= misfire
// Teri's soft start-up was heard as a charge (received("dale") == "misread": a draw from the
// run's seed). It is the cycle's doing; the counselor's answer stands in for the tracking step.
{
- state_of("teri") == "escalated" || flooded("teri"):
    See? I could say it in a birthday card and he'd hear a complaint. #speaker:teri #move:teri.criticize
- else:
    Teri looks at you. She said it the way the books say, and it is all over her face: that's what happens.
}
Teri said it well, and it landed on Dale's fear. It isn't a failure of hers, and it isn't a reason for her to stop saying it gently. #coach
~ note_before()
* [Slow it down. Dale, what did you hear just then? #move:slow_down]
    Let's slow right down. Teri said she felt cornered, and that it was kind. Dale, what did you hear? #speaker:counselor
    ~ counsel_tracked = true
    ~ temp dale_opened = false
    {
    - flooded("dale"):
        Dale shakes his head. Nothing comes. #move:dale.withdraw
    - state_of("dale") == "escalated" || stance_of("dale") == "attacking":
        What I always hear. That I've got it wrong again. #speaker:dale #move:dale.defend
    - else:
        ~ dale_opened = true
        That she doesn't want me there. I know she said kind. I heard go away. #speaker:dale #move:dale.own_part
    }
    {
    - flooded("teri") || stance_of("teri") == "defending":
        Because you never hear the kind part. #speaker:teri #move:teri.defend
    - dale_opened:
        I didn't say go away. I said ask. #speaker:teri #move:teri.repair
    - else:
        Teri watches him and says nothing.
    }
    Slowing a misfire down separates the message sent from the message received. Both are real, and the gap between them is where the cycle lives. #coach
* [Name it: she spoke softly, he heard a door closing. The circle did that. #move:name_cycle]
    Can I point to what just happened? Teri, you said that gently. Dale, you heard a door closing anyway. #speaker:counselor
    That isn't either of you failing. It's the circle you're in: it turns a boundary into a rejection, and a gift into a debt. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("dale"):
        Dale nods, barely. #move:dale.withdraw
    - state_of("dale") == "escalated" || stance_of("dale") == "attacking":
        It still sounded like a door. #speaker:dale #move:dale.defend
    - else:
        It did sound like a door. Everything does, lately. #speaker:dale #move:dale.own_part
    }
    {
    - flooded("teri") || stance_of("teri") == "defending":
        So I have to say it perfectly, and he still hears what he likes. #speaker:teri #move:teri.criticize
    - else:
        I don't want to close a door on him. I want him to knock. #speaker:teri #move:teri.share_vulnerable
    }
    { before_flooded:
        Naming the misfire as the cycle's doing is the right idea, but someone was over the line: a flooded body can't take in a reframe. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Naming the misfire as the cycle's doing keeps both out of the dock: the sentence was good, the hearing has a history, and the pattern is the problem. #coach
    }
* [Dale, Teri said that about as gently as anyone could. Can you hear that? #move:take_sides #to:teri]
    Dale, Teri said that about as gently as anyone could. Can you hear that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "teri"
    {
    - flooded("dale"):
        Dale's face closes. He says nothing at all. #move:dale.withdraw
    - else:
        Right. So it's my hearing that's the problem now. Two against one. #speaker:dale #move:dale.defend
    }
    {
    - flooded("teri"):
        Teri looks at the window. #move:teri.withdraw
    - else:
        Thank you. #speaker:teri #move:teri.criticize
    }
    Defending her start-up makes Teri right and Dale wrong, which is what he heard in the first place. A misfire needs understanding on both sides, not a referee. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears any verdict louder. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (responded)
-> counsel_pressure

=== counsel_track ===
~ note_before()
* [Take them back through the Saturday, slowly, minute by minute. #move:slow_down]
    Let's slow right down and go back to the Saturday. Not who was right. Just what happened, in order, and what each of you noticed. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_slow_walk = true
    ~ counsel_teri_heard = true
    ~ counsel_dale_heard = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    You take them back through the Saturday, minute by minute: the bell, the bike, the tickets, the stairs, the kitchen, the list. #time:6
    {
    - stance_of("dale") == "cold":
        Dale answers your questions in single words. #move:dale.withdraw
    - stance_of("dale") == "attacking" || flooded("dale"):
        She looked at the bike like it was a summons. #speaker:dale #move:dale.criticize
    - else:
        When her face dropped at the bike, I panicked. That's when I started with the list. #speaker:dale #move:dale.share_vulnerable
    }
    {
    - flooded("teri"):
        Teri shakes her head when you ask her. #move:teri.withdraw
    - state_of("teri") == "escalated" || stance_of("teri") == "defending":
        It didn't feel like panic. It felt like an invoice. #speaker:teri #move:teri.defend
    - else:
        When he started the list, I went somewhere else. Like I used to at Birch Lane, only the other way. #speaker:teri #move:teri.turn_toward
    }
    { before_flooded:
        Slowing down was right with someone over the line, but walking them back through the Saturday walked them back into it: a flooded body needs quiet, not the story again. #coach
      - else:
        Slow is the antidote to the speed of reactivity: step by step, each sees how their move lands on the other. It cost six minutes of the hour; spend them knowingly. #coach
    }
* [Pause them. Name the circle, switched seats and all. #move:name_cycle]
    Can I pause you both? Look at what just happened. Dale reached, with the bike and the list. Teri stepped back. Dale reached harder. Teri stepped further back. #speaker:counselor
    And from what you've both told me, it used to run the other way round. I don't think either of you is the problem. I think that circle is, and it has hold of you both. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("dale"):
        Dale nods, barely. He doesn't look up. #move:dale.withdraw
    - stance_of("dale") == "attacking" || state_of("dale") == "escalated":
        It's not a circle if I'm the one doing all the work. #speaker:dale #move:dale.defend
    - else:
        The other way round. Yeah. She used to be the one chasing me. #speaker:dale #move:dale.own_part
    }
    {
    - flooded("teri") || stance_of("teri") == "stonewalling":
        Teri says nothing. She is studying the window. #move:teri.withdraw
    - received("teri") == "misread":
        The other way round. So it's my fault now, for stopping. #speaker:teri #move:teri.defend
    - state_of("teri") == "escalated":
        I stopped chasing because I was disappearing. #speaker:teri #move:teri.defend
    - else:
        For six years. I don't want to do either end of it any more. #speaker:teri #move:teri.share_vulnerable
    }
    { before_flooded:
        Naming the cycle is the right reframe at the wrong moment: someone was over the line. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the cycle externalizes it: the enemy is the pattern, not the partner. And naming the switch shows each of them the other's seat from the inside. #coach
    }
* [Dale, Teri's asking for something reasonable: text first. Can you hear that? #move:take_sides #to:teri]
    Dale, Teri is asking for something pretty reasonable here. Text first, and ask. Can you hear that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "teri"
    {
    - flooded("dale"):
        Dale's face closes. He says nothing at all. #move:dale.withdraw
    - state_of("dale") == "escalated" || stance_of("dale") == "attacking":
        Great. So it's two against one. She's got you on her side as well. #speaker:dale #move:dale.blame
    - else:
        Sure. I hear it. I'm the problem. Got it. #speaker:dale #move:dale.withdraw
    }
    {
    - flooded("teri"):
        Teri nods at you, not at him. #move:teri.withdraw
    - else:
        Thank you. I've been saying it for months. #speaker:teri #move:teri.criticize
    }
    Siding with one partner feels like fairness, but here it confirms Dale's story that the room is against him, and it gives Teri an ally instead of a way to be heard. Whether they should be together isn't yours to decide either. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: that was the moment to stop, not to add a verdict. #coach #mistake:pressed_on_flooded
    }
* [Dale, I can hear how hard you've been trying. #move:validate #to:dale]
    Dale, I can hear how hard you've been trying, and how much it hurts when the trying doesn't land. #speaker:counselor
    ~ counsel_dale_heard = true
    {
    - flooded("dale"):
        Dale nods, too fast, and looks at the floor. #move:dale.withdraw
    - stance_of("dale") == "cold":
        Dale looks at you, surprised, and then away. #move:dale.withdraw
    - else:
        Yes. Trying. Nobody sees the trying. #speaker:dale #move:dale.turn_toward
    }
    {
    - flooded("teri"):
        Teri is staring at the window. #move:teri.withdraw
    - state_of("teri") == "calm":
        Teri glances at him, then at you. She doesn't say anything.
    - else:
        The trying is the problem. #speaker:teri #move:teri.withdraw
    }
    Validating Dale's effort builds the alliance with him. Watch Teri's chair while you do it: with nothing for her, it can sound like the room agrees she owes him. #coach
    { before_flooded:
        Someone was over the line as you spoke: warm words barely land in a flooded body. Stop first. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (tracked)
-> counsel_pressure

=== counsel_pressure ===
// The word "controlling" comes into the room: the cue for the routine check-in with each alone.
You ask how it usually goes, since she moved out.
{
- flooded("teri") || state_of("teri") == "escalated":
    He used to decide everything. The house, the car, the holidays. Now he decides when I see him. It's still controlling, it's just nicer. #speaker:teri #move:teri.criticize
- else:
    He was controlling, at Birch Lane. He decided everything. I'd ask for an evening and get the silent treatment for three days. Now it's presents and guilt, and his mum's birthday. I feel managed. #speaker:teri #move:teri.share_vulnerable
}
{
- flooded("dale"):
    Dale's hands are flat on his knees. He doesn't answer. #move:dale.withdraw
- stance_of("dale") == "attacking" || state_of("dale") == "escalated":
    So now I'm controlling. I buy her a bike and I'm controlling. #speaker:dale #move:dale.defend
- else:
    I know I was. I was a nightmare to live with. I'm trying to show her I'm not that now. #speaker:dale #move:dale.own_part
}
~ note_before()
* [Ask them both now, while it's on the table: has either of you ever felt afraid of the other? #move:screen_safety]
    While we're on it: has either of you ever felt frightened of the other? Has it ever got physical, or threatening? #speaker:counselor
    ~ counsel_screened = "joint"
    Teri glances at Dale before she answers.
    {
    - flooded("teri"):
        No. Nothing like that. #speaker:teri #move:teri.defend
    - else:
        No. Not like that. He's never… no. #speaker:teri #move:teri.defend
    }
    ~ temp dale_asked = false
    {
    - flooded("dale"):
        Dale shakes his head without looking up. #move:dale.withdraw
    - else:
        ~ dale_asked = true
        God, no. Is that what she's said? #speaker:dale #move:dale.defend
    }
    A safety question asked with both in the room gets the answer the room allows: each answers in front of the other, and a frightened partner can't say so beside the person they fear. Two no's said together tell you nothing yet. #coach #mistake:joint_screening
    Notice the glance before she answered, and {dale_asked:his "is that what she's said?"|that he couldn't look up}. A joint question can't tell you what either meant. See each alone before they leave today; if fear or control shows, stop the joint work, plan for safety and refer. #coach
    { before_flooded:
        And someone was over the line when you asked: a flooded body answers anything to make the question stop. #coach #mistake:pressed_on_flooded
    }
    -> later
* [Controlling came up: see each of them alone for a couple of minutes. #move:screen_safety #to:teri]
    -> teri_alone
* [So the further Teri steps back, the more Dale brings; the more he brings, the further she steps back. #move:reflect]
    So the further Teri steps back, the more Dale brings: presents, help, the list. And the more he brings, the further she steps back. #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("dale"):
        Dale nods without looking up. #move:dale.withdraw
    - else:
        Pretty much. I don't know what else to bring. #speaker:dale #move:dale.turn_toward
    }
    {
    - state_of("teri") == "flooded":
        Teri gives one quick nod. Her breathing hasn't slowed. #body:teri.flooded
    - flooded("teri") || stance_of("teri") == "defending":
        Teri looks away. #move:teri.withdraw
    - else:
        That's it. That's exactly it. #speaker:teri #move:teri.turn_toward
    }
    { before_flooded:
        An accurate reflection, sent to someone over the line: a flooded body can't take it in. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        A good reflection of the cycle: each one's move feeds the other's, and neither is cast as the culprit. #coach
    }
    "Controlling" is also the cue for the routine check-in, brief and with each of them alone. You don't know what it means in their lives until each can answer privately. #coach
    -> later
* [Tell Dale what you're hearing: this is controlling behaviour, and it has to stop. #move:interpret #to:dale]
    Dale, I have to be honest with you: what Teri's describing, the guilt, the gifts, the turning up, is controlling behaviour. It has to stop. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_labelled = true
    ~ counsel_heat += 1
    {
    - flooded("dale"):
        Dale's ears go red. He stares at the floor. #move:dale.withdraw
    - else:
        Controlling. Right. I pay for half of this session, by the way. #speaker:dale #move:dale.blame
    }
    {
    - flooded("teri"):
        Teri says nothing. #move:teri.withdraw
    - else:
        Teri looks at him, and then at you, uneasy.
        It's not… he's not a bad man. #speaker:teri #move:teri.defend
    }
    A label from outside, delivered as a verdict: it makes Dale the defendant, and even Teri defends him from it. If what she describes is fear or control, the answer is to see each alone and plan for safety, not to diagnose him in front of her. If it is pursuit, name the pressure as a move in the cycle, and leave the label out. #coach #mistake:interpret
    -> later
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause

= later
~ note_before()
* [See each of them alone now, briefly. It's routine. #move:screen_safety #to:teri]
    -> teri_alone
* [Leave it for today and keep the thread: the presents and the stepping back are the cycle. #move:psychoeducation]
    A lot of couples know that one: one of you reaches harder, the other steps further back, and each move makes the other's bigger. Let's stay with it. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    { counsel_screened == "joint":
        The joint answer stays the only answer you have, and it isn't one. See each alone before they leave today; if there's no time, call each separately before the next session. #coach
      - else:
        The check-in can wait for a quieter moment, but it can't be skipped: until each has been asked alone, you don't know what "controlling" means in their lives. #coach
    }
    { before_flooded:
        And someone was over the line: explaining the cycle to a flooded body is pressing on. Stop first. #coach #mistake:pressed_on_flooded
    }
    -> counsel_the_list
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause

= teri_alone
{ counsel_screened == "joint":
    You both said no. I'd still like a couple of minutes with each of you on your own; I do it with every couple. #speaker:counselor
  - else:
    That word, controlling, matters. I'd like a quick word with each of you on your own, a couple of minutes each. I do it with every couple. It's routine, not a suspicion. #speaker:counselor
}
You take Teri into the small room. Has she ever been frightened of Dale, hurt, threatened, kept from seeing anyone or doing anything? Does he turn up when she has asked him not to? #time:2
No, she says. Not frightened. Tired. He turns up, and he gets upset, and she ends up looking after him. When I tell him to go, he goes, she says. He sulks, but he goes. She says she'd know if it was more than that, and she would tell you.
Then she asks whether she has to tell Dale everything, in there. There's someone she likes. Owen, from her Thursday class. Nothing has happened. It's confusing, she says.
~ note_before()
* [It sounds confusing, and it matters. What's said alone stays here unless someone's in danger; when and whether to tell him is hers. #move:validate #to:teri]
    It sounds confusing, and it sounds like it matters to you. What you tell me alone stays between us, unless someone's in danger. When or whether you tell Dale is yours to decide. It may matter for the work, and we can think about it together. #speaker:counselor
    {
    - flooded("teri"):
        Teri nods at the floor. #move:teri.withdraw
    - else:
        Thank you. I think I need to tell him. Not today. #speaker:teri #move:teri.turn_toward
    }
    Holding the disclosure without deciding for her: it keeps the alliance with her, and it keeps the question of honesty hers. Note it for the work; an undisclosed attraction can shape how far either of them can reach. #coach
* [She should tell him today, in the room. He can't work on this with half the picture. #move:advise]
    I think you need to tell him today, in the room. He can't work on this with half the picture. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - flooded("teri"):
        Teri goes pale. She says nothing. #move:teri.withdraw
    - else:
        Today? In front of him? After the Saturday? #speaker:teri #move:teri.defend
    }
    Deciding her honesty for her, on your timetable: a disclosure forced into a room that hasn't been contained floods it, and it teaches her that what she says alone is not hers. Honesty matters; the when is the work. #coach #mistake:advise
* [Offer a reading: maybe Owen is a way of leaving without having to say so. #move:interpret #to:teri]
    I wonder if Owen is a way of leaving without having to say so. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_labelled = true
    ~ counsel_heat += 1
    {
    - flooded("teri"):
        Teri stares at you. #move:teri.withdraw
    - else:
        Teri's face closes. That's not… I don't know. Maybe. That's not fair. #speaker:teri #move:teri.defend
    }
    An interpretation from outside, about the most private thing she has told you: it may even be partly true, and she can't use it, only defend against it. Ask what Owen means to her before you say what he means. #coach #mistake:interpret
- (disclosed)
-> alone

= alone
~ note_before()
* [Now Dale, alone: the same questions. #move:screen_safety #to:dale]
    You bring Teri back and take Dale across the corridor. The same questions, the same couple of minutes. #time:2
    No, he says. He has never frightened her; he is frightened of losing her. Then he asks whether Teri said he was controlling. Whether that's what this is.
    You tell him what you tell everyone: what each says alone stays between the two of you, unless someone is in danger. Then you ask how he is coping. Not sleeping, he says. Talking to the radio at three in the morning. She's already gone, he says, and he just hasn't been told.
    You ask him plainly whether he has had thoughts of hurting himself, or of not being here. He looks at you, and says no, not like that; it's more that he can't see the point of the weekends. You ask him to see his GP this week, and give him the number for the out-of-hours line, and he puts both in his phone.
    You bring them both back in.
    ~ counsel_screened = "alone"
    Screening goes with each partner alone, every time the cue comes: alone is where a frightened partner can answer. One of the plainest tests is the one Teri answered: when she says go, does he accept her no and go? He does, sulking; that points to pressure, not coercion, and pressure can be named in the room as a move in the cycle. Keep asking as the work goes on; if fear or control shows, stop the joint work, plan for safety and refer. #coach
    Asking Dale how he is coping was part of the same check: low mood and thoughts of self-harm are common at a separation, in the one who is being left above all, and they are asked about directly. Follow up next week. #coach
* [Teri's the one who used the word, and she's fine. Save the minutes: bring her back. #move:psychoeducation]
    You bring Teri back in. Controlling is a word we'll keep an eye on together, as the work goes on. A lot of couples find the old roles come back in new clothes. #speaker:counselor
    ~ counsel_screened = "teri_only"
    {
    - flooded("dale"):
        Dale nods at the floor. #move:dale.withdraw
    - else:
        Okay. #speaker:dale #move:dale.turn_toward
    }
    Routine screening means both partners, each alone, whoever said the word: fear and control don't follow who pursues or who distances, and Dale may have something to say alone too. Two minutes were cheap; call him separately before the next session. #coach
    { before_flooded:
        And someone was over the line: seeing Dale alone would have parted them for a couple of minutes as well. #coach #mistake:pressed_on_flooded
    }
- (checked)
-> counsel_the_list

=== counsel_the_list ===
// Dale's list follows what the counselor has done: heard, and with the cycle tracked, he can bring
// it as a fear; after a fix, a label or a side taken against him, as a charge, harder.
~ temp dale_fear = false
~ counsel_list_raised = true
Dale turns to Teri.
{
- stance_of("dale") == "cold":
    It doesn't matter what I do. I could fix every bike in the city. #speaker:dale #move:dale.withdraw
- flooded("dale") || stance_of("dale") == "attacking":
    I fixed your bike. I pay your phone. I moved every box in that flat. I do everything for you, Teri, and I get text first. #speaker:dale #move:dale.blame
- counsel_sided_with == "teri" || counsel_advised:
    Fine. Let's do the rules. I'll stop doing everything for you, and we'll see how you like it. #speaker:dale #move:dale.blame
- counsel_dale_heard && counsel_tracked && state_of("dale") != "escalated":
    ~ dale_fear = true
    I know I do the list. I fixed the bike, the phone, the boxes. I think I'm trying to prove I'm worth coming back to. #speaker:dale #move:dale.share_vulnerable
- else:
    I fixed your bike. I pay your phone. I do everything for you. I think I deserve to know where I stand. #speaker:dale #move:dale.demand
}
{
- flooded("teri"):
    Teri says nothing. She is looking at the clock she can't see. #move:teri.stonewall
- dale_fear && received("teri") != "misread" && state_of("teri") == "calm":
    You don't have to prove anything. That's what I keep trying to say. #speaker:teri #move:teri.validate
- state_of("teri") == "escalated" || stance_of("teri") == "defending":
    And there's the invoice. Every time. I didn't ask for any of it. #speaker:teri #move:teri.criticize
- else:
    I never asked you to do any of it. I asked you to stop. #speaker:teri #move:teri.defend
}
{
- stance_of("dale") == "cold":
    Dale looks out of the window. #move:dale.withdraw
- flooded("dale") || stance_of("dale") == "attacking" || state_of("dale") == "escalated":
    You let me, though. You let me do it all, and now you've got your flat and your Thursdays. You're using me. #speaker:dale #move:dale.blame
- dale_fear && received("dale") != "misread":
    I don't know how else to ask. #speaker:dale #move:dale.share_vulnerable
- else:
    You let me do it. Then you tell me off for it. #speaker:dale #move:dale.criticize
}
{
- state_of("dale") == "flooded" && stance_of("dale") == "cold":
    Dale has gone very still, staring out of the window, his knee going. #body:dale.flooded
- state_of("dale") == "flooded":
    Dale's voice has gone up and fast, his knee going. #body:dale.flooded
- state_of("dale") == "escalated":
    Dale's voice is up now, his hands moving. #body:dale.hot
- state_of("dale") != "calm":
    Dale is sitting right on the edge of the couch. #body:dale.stirred
- else:
    Dale sits very still.
}
{
- state_of("teri") == "flooded":
    Teri has gone very quiet and very pale, her arms wrapped round herself. #body:teri.flooded
- state_of("teri") == "escalated":
    Teri's face is flushed; she is gripping the arm of the chair. #body:teri.hot
- state_of("teri") != "calm":
    Teri has pulled her feet up under her in the chair. #body:teri.stirred
- else:
    Teri watches him, steady.
}
~ note_before()
* [Dale, you're keeping score. That's manipulation, and it's why she left. #move:interpret #to:dale]
    Dale, can I be direct? Keeping score like that is manipulation. I think it's a big part of why Teri left. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_labelled = true
    ~ counsel_heat += 1
    ~ counsel_sided_with = "teri"
    {
    - flooded("dale"):
        Dale stares at you. He doesn't say anything. #move:dale.withdraw
    - else:
        Manipulation. Great. I came here to be told I'm a manipulator by someone I'm paying. #speaker:dale #move:dale.contempt
    }
    {
    - flooded("teri"):
        Teri looks at the floor. #move:teri.withdraw
    - else:
        That's not… I didn't say that. #speaker:teri #move:teri.defend
    }
    A label, and a verdict on why she left: it takes Teri's side and tells Dale who he is. Even Teri backs away from it. Pressure can be named as pressure, as a move in the cycle, without a diagnosis. #coach #mistake:interpret
    -> counsel_crossroads
* [Stop this, gently and firmly, before it runs away. #move:block]
    Let me stop you both there. Not because it doesn't matter. Because it does, and I can see it getting away from you. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("dale"):
        Dale stops mid-word. He sits back, breathing hard. #move:dale.withdraw
    - else:
        Dale stops, and sits back. #move:dale.self_soothe
    }
    {
    - flooded("teri"):
        Teri doesn't move. #move:teri.withdraw
    - else:
        Teri lets out a breath. #move:teri.self_soothe
    }
    { before_flooded:
        Blocking when someone is over the line: the first job is to stop the damage. A block stops the words; it doesn't bring a body down. If someone is flooded, a break comes next. #coach
      - else:
        Blocking before anyone goes over the line: the escalation stops, and both keep their dignity. #coach
    }
    -> counsel_crossroads
* [Name the pressure as pressure: the list and the guilt are how Dale reaches, and they land on Teri as a push. #move:name_cycle]
    Can I name something, without making anyone the bad guy? Dale, the list, the presents, your mum's birthday: I think that's how you reach. It's pursuit. And to Teri it lands as pressure, so she steps back, and the further she steps back, the longer the list gets. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_pressure_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("dale"):
        Dale shakes his head, once. #move:dale.withdraw
    - state_of("dale") == "escalated" || stance_of("dale") == "attacking":
        So it's my fault she left. #speaker:dale #move:dale.defend
    - else:
        Dale is quiet for a long time.
        Pressure. I thought I was being good. #speaker:dale #move:dale.own_part
    }
    {
    - flooded("teri"):
        Teri looks at her hands. #move:teri.withdraw
    - else:
        Thank you. That's the word. Not bad. Pressure. #speaker:teri #move:teri.turn_toward
    }
    { before_flooded:
        Naming the pressure was true and fair, and someone was over the line: a flooded body hears a reframe as another charge. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Guilt and keeping score named as pursuit, not as a character flaw: Teri hears her experience named, and Dale hears what his reaching does, without a label to defend against. #coach
    }
    -> counsel_crossroads
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
* [Keep going. Dale, what's happening for you right now? #move:evoke #to:dale]
    Let's stay with it. Dale, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_crossroads ===
// After the block or the reframe: how to go on.
{ hour_gone():
    -> counsel_out_of_time
}
~ note_before()
{ before_flooded:
    Someone is still over the line.
  - else:
    The room is quieter, for now.
}
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_time_out
* [A five-minute breather: water, a stretch, then carry on. #move:time_out=5]
    Let's take five. Get some water, stretch, and we'll pick up where we left off. #speaker:counselor
    ~ counsel_calm_timeout = before_calm
    -> counsel_short_break
* [Slow it down here: a minute's breathing together, then on, slowly. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_settle
* [Go on to what's under it. Dale first: the list is his, and it's still in the room. #move:reflect]
    ~ counsel_tracked = true
    The list is still in the room. Dale, I'd like to go back to it, slowly. #speaker:counselor
    { before_flooded:
        Someone was still over the line: going on to the next piece of work is pressing on. Stop first. #coach #mistake:pressed_on_flooded
    }
    -> counsel_pace("break")

=== counsel_settle ===
Let's slow right down. Feet on the floor. Breathe in with me for four, out for six. Nobody has to say anything for a minute. #speaker:counselor
They breathe. Dale's eyes close for a moment. Teri watches the window. #time:2
{ state_of("teri") == "cooling" || state_of("dale") == "cooling" || flooded("teri") || flooded("dale"):
    {
    - flooded("dale"):
        Dale's shoulders come down an inch. His knee hasn't stopped. #body:dale.stirred
    - else:
        Teri's breathing slows, a little. Her hands are still tight. #body:teri.stirred
    }
    Slowing down was the right instinct, and the breathing takes the edge off. But a flooded body needs about twenty minutes to come down (Gottman): two won't bring it under the line. #coach
  - else:
    Tense isn't flooded. Slowing down and a minute's paced breathing often does what a twenty-minute break would, for a fraction of the hour. #coach
}
-> counsel_pace("break")

=== counsel_short_break ===
~ counsel_break = "short"
Teri goes out to the water cooler in the hall. Dale stands at the window, scrolling his phone without reading it.
Five minutes later they sit down again. #time:5
{
- state_of("dale") == "flooded":
    Dale's cup of water is still full. His jaw is tight; his knee has started again. #body:dale.flooded
- flooded("dale"):
    Dale sits back down. His face has settled; his knee hasn't. #body:dale.stirred
- else:
    Dale sits back down, a little looser in the shoulders.
}
{
- state_of("teri") == "flooded" || state_of("teri") == "escalated":
    Can we just get this done? #speaker:teri #move:teri.dismiss
- else:
    Teri sits with the paper cup held in both hands, not drinking from it.
}
{ counsel_calm_timeout:
    Nobody was escalated or flooded when you called it: a break for a room that was only tense spends the hour and breaks the thread. Slowing down in the room would have cost less. #coach #mistake:calm_time_out
  - else:
    { counsel_taught_twenty:
        Five minutes is a breather, not a reset. #coach
      - else:
        ~ counsel_taught_twenty = true
        Five minutes is a breather, not a reset. A flooded body needs about twenty minutes to come down (Gottman), so a short pause often ends with both picking up exactly where they were. #coach
    }
}
~ note_before()
* [Make it a proper twenty minutes after all. #move:time_out=20]
    Let's make this a real break after all. Twenty minutes, separate rooms. Teri, the waiting room; Dale, the small room across the corridor. I'll come and get you both. #speaker:counselor
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_time_out
* [Carry on. Dale, what's happening for you right now? #move:evoke #to:dale]
    Let's carry on. Dale, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_press_on ===
{ hour_gone():
    -> counsel_out_of_time
}
{ counsel_heat >= 2 || flooded("dale") || flooded("teri"):
    -> counsel_walk_out
}
You stayed with it, and it held: tense, not flooded. Pressing on works only while both of them can still think. #coach
-> counsel_dale_inside.first_answer

=== counsel_calm_break ===
~ temp after_short = counsel_break == "short"
~ temp short_was_calm = counsel_calm_timeout
~ counsel_calm_timeout = true
~ counsel_break = "full"
~ counsel_breaks += 1
{ counsel_breaks > 1:
    For the second time today you walk them to the two rooms, and close both doors.
    Teri sits with a magazine she doesn't open. #time:10
    Dale stands at the small room's window and watches the car park. Twenty minutes after you closed the doors, you knock again. #time:10
  - else:
    You walk Teri to the waiting room and Dale to the small room across the corridor, and close both doors.
    Teri reads the notices on the waiting-room board, twice. #time:10
    Across the corridor Dale answers work texts. Twenty minutes after you closed the doors, you knock on both. #time:10
}
{
- after_short && short_was_calm:
    Nobody needed a break: the five minutes were already more than the room asked for, and twenty more went on top of them. #coach
- after_short:
    The five minutes had done enough: nobody was over the line any more, and stretching the break to twenty spent the hour on bodies that had already come down. #coach
- else:
    Nobody was escalated or flooded: the room was workable. A twenty-minute time-out is for a body over the line (Gottman); called without one, it spent two-fifths of the hour and broke the thread. #coach #mistake:calm_time_out
}
-> counsel_time_out.both_back

=== counsel_flood_pause ===
~ counsel_flooded_at_break = true
I'd like us to stop here, for twenty minutes. Teri, the waiting room; Dale, the small room across the corridor. I'll come and get you both. #speaker:counselor
-> counsel_time_out

=== counsel_time_out ===
// The time-out started on the choice (#move:time_out=20), with someone escalated or flooded.
~ counsel_breaks += 1
~ counsel_flooded_at_break = counsel_flooded_at_break || flooded("teri") || flooded("dale")
You walk Teri to the waiting room and Dale to the small room across the corridor, and close both doors.
{ not counsel_taught_twenty:
    ~ counsel_taught_twenty = true
    A time-out is a break, not an exit: about twenty minutes apart (a flooded body needs that long to come down), something to do that doesn't rehearse the fight, and a set time to come back. #coach
  - else:
    A time-out is a break, not an exit: all of the time apart, and a set time to come back. #coach
}
Teri sits by the magazines and turns the pages of one without reading them. #time:4
{
- flooded("dale"):
    Across the corridor Dale paces the small room, three steps each way. His jaw is still tight. #time:4 #body:dale.stirred
- else:
    Across the corridor Dale stands at the window, watching the buses pull in below. #time:4
}
// A pursuer breaks a break by knocking.
-> knock_at_door

= knock_at_door
The small-room door opens. Dale is in the corridor outside the waiting room, his hand half raised to knock.
He wants to say one thing to her, he whispers. Just one sentence, and then he'll sit down.
~ note_before()
* [Not yet. Hold the twenty minutes; you'll fetch them both. #move:time_out=20]
    Not yet. Twelve more minutes. I'll come and get you both, I promise. #speaker:counselor
    Dale looks at the door a moment longer, then goes back to the small room.
    Twelve minutes later, you knock on both doors. #time:12
    -> both_back
* [Let him say his one sentence, slowly. It might settle them both. #move:evoke #to:dale]
    One sentence, then. Slowly. #speaker:counselor
    -> one_sentence

= one_sentence
Dale leans close to the door.
~ temp demanded = false
{
- flooded("dale"):
    ~ demanded = true
    Teri? I just need to know you're not in there deciding it's over. #speaker:dale #move:dale.demand
- else:
    Teri? I'm not angry. I just wanted you to know that. #speaker:dale #move:dale.repair
}
{
- flooded("teri"):
    Not now, Dale. Please. #speaker:teri #move:teri.withdraw
- demanded:
    I'm not deciding anything. Give me the rest of the twenty, okay? #speaker:teri #move:teri.ask_space=12
- else:
    I know. Give me the rest of the twenty, okay? #speaker:teri #move:teri.ask_space=12
}
{
- state_of("dale") == "flooded":
    Dale goes back to the small room fast, not looking at you. His face is red. #body:dale.flooded
- received("dale") == "misread":
    Fine. Take all the time you want. #speaker:dale #move:dale.criticize
    He heard "give me the rest" as "go away". He goes back without looking at you.
- else:
    Dale goes back to the small room.
}
{
- before_flooded:
    One sentence through a door is still talk during the break, however it is meant: someone was still over the line, and a body still cooling hears the fight starting again. The twenty minutes start again. #coach #mistake:pressed_on_flooded
- state_of("dale") == "flooded" || state_of("teri") == "flooded":
    One sentence through a door is still talk during the break, however it is meant. A body still cooling hears the fight starting again, and the twenty minutes start again. #coach
- else:
    Nobody was flooded, so one sentence did little harm this time. But the break is over now, for both of them. #coach
}
~ note_before()
* [Start the twenty minutes again, from now. #move:time_out=20]
    Dale, back to your chair, please. Teri, stay where you are. Twenty minutes from now I'll come and get you both. #speaker:counselor
    ~ counsel_restarted = true
    Dale sits in the small room with his coat on, as if he might leave, and doesn't. #time:10
    Teri sits by the magazines with her eyes closed, and at last she stops listening for the door. #time:10
    -> both_back
* [Bring them both back in and carry on. Dale, what's happening for you right now? #move:evoke #to:dale]
    Come back in, both of you. Dale, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

= both_back
~ counsel_break = "full"
~ counsel_heat = 0
~ temp teri_misheard = false
{ counsel_calm_timeout:
    They come back in and sit down where they were, politely, like people at the start of a meeting.
    -> reentry
}
They come back in. This time Dale sits at the end of the couch nearest her chair.
{
- flooded("dale"):
    Dale sits down, still flushed. He looks at Teri once. #body:dale.stirred
- else:
    Sorry. {counsel_list_raised:I went at you with the list again.|I came in here wound up.} I'm back. #speaker:dale #move:dale.repair
    ~ teri_misheard = received("teri") == "misread"
}
{
- flooded("teri") || state_of("teri") == "escalated":
    Teri sits with her arms folded. She doesn't say anything yet.
- teri_misheard:
    Until Saturday. #speaker:teri #move:teri.criticize
- else:
    I'm sorry too. I went cold on you. I know what that's like from the other side. #speaker:teri #move:teri.own_part
}
{
- teri_misheard:
    The bodies have come down, and still Teri heard the apology as the start of the next round: history talking, not this minute. Calm doesn't guarantee a good hearing; it makes one possible. #coach
- else:
    Notice the second half: the bodies have come down, and now there's room to reach. Calm is the precondition for anything deeper. #coach
}
- (reentry)
{ counsel_calm_timeout:
    They are calm, as they were before. The thread they were following has gone slack.
}
{ not time_for(8):
    -> counsel_pace("break")
}
~ note_before()
* [Welcome them back, and name what they just did: they stopped, and they came back. #move:validate]
    You both came back. That's the hardest part of a break, and you did it. We'll go slower from here. #speaker:counselor
    {
    - flooded("dale"):
        Dale nods, not yet trusting his voice.
    - stance_of("dale") == "cold" || stance_of("dale") == "attacking":
        Dale shrugs. #move:dale.withdraw
    - else:
        Dale lets out a breath. #move:dale.self_soothe
    }
    {
    - flooded("teri"):
        Teri looks at the floor.
    - else:
        Slower's good. #speaker:teri #move:teri.turn_toward
    }
    { before_flooded:
        Someone is still over the line: a welcome is kind, and it doesn't bring a body down. #coach #mistake:pressed_on_flooded
      - else:
        Re-entry after a time-out: welcome them back, name the return as the skill it is, and start slower than where you stopped. #coach
    }
* [Pick up exactly where you stopped: {counsel_list_raised:the list|the Saturday}. #move:evoke #to:dale]
    Let's go back to where we were. Dale, {counsel_list_raised:the list|the Saturday, and the bike}. #speaker:counselor
    {
    - flooded("dale") || stance_of("dale") == "attacking":
        The bike, the phone, the boxes, the car. That's where we were. #speaker:dale #move:dale.blame
    - stance_of("dale") == "cold":
        It doesn't matter now. #speaker:dale #move:dale.withdraw
    - counsel_list_raised:
        I do everything for her. That's where we were. #speaker:dale #move:dale.criticize
    - else:
        I fixed her bike, and she looked at me like a bailiff. That's where we were. #speaker:dale #move:dale.criticize
    }
    {
    - flooded("teri"):
        Teri's jaw tightens. She says nothing. #move:teri.stonewall
    - else:
        {counsel_list_raised:Do we have to do the list again?|Here we go.} #speaker:teri #move:teri.defend
    }
    { before_flooded:
        Someone was still over the line, and you went straight back to the hottest thing in the room: that is pressing on. #coach #mistake:pressed_on_flooded
      - else:
        Straight back to the hottest content asks bodies that have just come down to rejoin the fight at full speed. Start again slower than where you stopped. #coach
    }
- (resumed)
-> counsel_pace("break")

=== counsel_late_time_out ===
~ counsel_flooded_at_break = true
~ counsel_late_break = true
~ counsel_break = "full"
~ counsel_heat = 0
Let's stop here. Twenty minutes apart, and then we'll finish together, calmly. Nothing more has to be solved today. #speaker:counselor
Teri waits by the magazines; Dale in the small room across the corridor. Neither of them talks to anyone. #time:10
The light goes orange across the waiting-room floor. Twenty minutes after the doors closed, you bring them back in. #time:10
{ hour_gone():
    -> counsel_out_of_time
}
With {minutes_left()} minutes left after the break, close: a calm close is worth more than one more intervention. #coach
-> counsel_close

=== counsel_walk_out ===
{ not flooded("teri") && not flooded("dale"):
    -> boil_over
}
- (leaving)
{
- flooded("dale") && (counsel_sided_with == "teri" || not flooded("teri")):
    -> dale_leaves
- flooded("teri"):
    -> teri_leaves
- else:
    -> freeze
}
= boil_over
The question lands in a room gone tight and wary. Dale answers it, and it isn't an answer to you.
{
- stance_of("dale") == "cold":
    What's happening is I'm wasting my time. #speaker:dale #move:dale.contempt
- counsel_sided_with == "teri":
    What's happening is I'm being ganged up on. #speaker:dale #move:dale.blame
- else:
    What's happening is she's already gone and nobody will say it. #speaker:dale #move:dale.blame
}
{
- flooded("teri"):
    Teri's arms are tight round herself. She stares at the window, and she is gone. #move:teri.stonewall #body:teri.flooded
- state_of("teri") == "escalated" || stance_of("teri") == "defending":
    Because you don't listen when I say it! I've said not yet a hundred times! #speaker:teri #move:teri.defend
- else:
    Teri looks at the window. Whatever she was going to say is gone. #move:teri.withdraw
}
{ not flooded("teri") && not flooded("dale"):
    -> freeze
}
-> leaving
= freeze
Then nothing. Dale stops mid-breath and looks away. #move:dale.withdraw
Teri stares at the window and says nothing more. #move:teri.withdraw
It doesn't boil over; it sets, like something left too long on the stove.
A strained cycle with nobody flooded enough to leave often freezes instead: both withdraw, and the silence does the damage (Wile's withdraw-withdraw). Pushing on pushed them there. #coach
{ time_for(12):
    The rest of the hour goes by in short, careful answers. #time:8
}
-> counsel_close
= dale_leaves
Dale stands and picks up his coat.
{ counsel_sided_with == "teri":
    I'm not paying to be told I'm the bad guy. You've both made your minds up. #speaker:dale #move:dale.contempt
  - else:
    I'm done. I'm not doing this in front of an audience. She's already gone. #speaker:dale #move:dale.contempt
}
~ counsel_left = "dale"
The door closes harder than he seems to mean it to.
{
- state_of("teri") == "flooded":
    Teri stares at the closed door. Her hands are shaking. #body:teri.flooded
    That's what it's like. #speaker:teri #move:teri.withdraw
- else:
    Teri stares at the closed door.
    I'm always the one who has to feel bad. #speaker:teri #move:teri.share_vulnerable
}
-> after
= teri_leaves
Teri stands and picks up her bag.
{ counsel_sided_with == "dale":
    I'm not doing this. Not here, where even you think I owe him. #speaker:teri #move:teri.contempt
  - else:
    I'm not doing this again. I moved out so I didn't have to do this. #speaker:teri #move:teri.withdraw
}
{
- flooded("dale"):
    Dale half rises, then sits again, staring at the door. #move:dale.withdraw
- else:
    Teri, wait… #speaker:dale #move:dale.demand
}
The door is already closing.
~ counsel_left = "teri"
-> after
= after
{ counsel_pressed_flooded:
    The question went to a room where someone was already over the line: that was the moment to stop, not to ask. #coach #mistake:pressed_on_flooded
}
{ hour_gone():
    -> debrief
}
~ note_before()
* {counsel_left == "dale"} [Stay with Teri: what happens in her when that door closes? #move:take_sides #to:teri]
    Teri, what happens in you when that door closes? #speaker:counselor
    {
    - flooded("teri"):
        Teri shakes her head. #move:teri.withdraw
    - else:
        I want to go after him. I always want to go after him. That's the worst part. #speaker:teri #move:teri.share_vulnerable
    }
    -> processed_absent
* {counsel_left == "teri"} [Stay with Dale: what happens in him when she leaves like that? #move:take_sides #to:dale]
    Dale, what happens in you when she leaves like that? #speaker:counselor
    {
    - flooded("dale"):
        Dale shakes his head. He can't. #move:dale.withdraw
    - else:
        I should go after her. I always go after her. That's what I do now. #speaker:dale #move:dale.withdraw
    }
    -> processed_absent
* [Stop the work. Ask whoever stayed how they're doing right now, sit quietly with them for a minute, then close. #move:slow_down]
    ~ counsel_tracked = true
    How are you doing, right now? We're going to stop the work here. Just sit with me for a minute; nothing more has to be said. #speaker:counselor
    The room is very quiet. #time:1
    Right call: a brief check on the one who stayed, and then the work stops, with one partner gone and the other shaken. Regulate, close, and reach the one who left before next week. #coach
    -> debrief
= processed_absent
Asking the one who stayed to go into what the door stirs up carries on the work without the other: it turns the session into a hearing about the one who left, and puts you on one side of the door with one of them. Close instead; contact both, separately, before next week. #coach #mistake:take_sides
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
{ counsel_mistakes > 0:
    -> counsel_name_mistakes("Count the mistakes too, each one heat that neither partner could shed.") ->
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before the next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
{ time_for(8):
    The session ends early, with one seat empty. #ending:walked_out
  - else:
    The session ends with one seat empty. #ending:walked_out
}
-> END

=== counsel_pace(done) ===
// The clock at a knot boundary: the rest of the work (Dale's feeling, the reframe, Teri's feeling,
// the enactment) is taken in order as far as the minutes left allow.
{ hour_gone():
    -> counsel_out_of_time
}
{ done == "break" && time_for(DALE_TIME + ENACT_TIME):
    -> counsel_dale_inside
}
{ (done == "break" || done == "dale") && time_for(REFRAME_TIME + TERI_TIME + ENACT_TIME):
    -> counsel_reframe
}
{ done != "teri" && time_for(TERI_TIME + ENACT_TIME):
    -> counsel_teri_inside
}
{ time_for(ENACT_TIME):
    -> counsel_enact
}
-> counsel_close

=== counsel_dale_inside ===
// Dale, who pursues now, answers a first question about his feelings with the list or the charge;
// a second, slower try (one moment, one body) or a tentative conjecture can reach the fear.
Dale is turning his car keys over and over in his hands.
~ note_before()
* [Dale, a simple fix: no presents and no visits for a month. Give her room. #move:advise]
    Here's something simple to try, Dale. No presents and no unannounced visits for a month. Give her room, and see what happens. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("dale"):
        Dale stares at the floor. #move:dale.withdraw
    - else:
        A month. And then what? She's with someone else by Christmas? #speaker:dale #move:dale.blame
    }
    {
    - flooded("teri"):
        Teri doesn't answer. #move:teri.withdraw
    - else:
        He'll last a week. #speaker:teri #move:teri.criticize
    }
    A rule handed to the one who pursues becomes one more thing to endure while the fear gets louder, and Teri hears that it all depends on him. Reach the fear under the reaching first; behaviour follows. #coach #mistake:advise
    -> counsel_pace("dale")
* [Dale, when the list comes out, what's underneath it? I'm guessing it isn't only anger. #move:evoke #to:dale]
    Dale, when the list comes out, the bike, the phone, the boxes, what's underneath it? I'm guessing it isn't only anger. #speaker:counselor
    -> first_answer
* [Dale, it makes sense you'd bring things. It's how you've always shown love. #move:validate #to:dale]
    Dale, it makes sense to me that you'd bring things. Fixing things is how you've always shown you care. #speaker:counselor
    ~ counsel_dale_tries += 1
    ~ counsel_dale_heard = true
    {
    - flooded("dale"):
        Dale nods at the floor. #move:dale.withdraw
    - stance_of("dale") == "attacking" || state_of("dale") == "escalated":
        And it's not good enough. #speaker:dale #move:dale.defend
    - else:
        Yeah. It's what I've got. #speaker:dale #move:dale.turn_toward
        He doesn't say any more.
    }
    { before_flooded:
        Validation was the right move for the wrong moment: someone was over the line. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Validation makes it safe for him to go further. It doesn't mean Teri owes him for the bike; it means his move makes sense from where he sits. It doesn't yet give him words for the fear. #coach
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
~ counsel_dale_tries += 1
{
- flooded("dale"):
    Dale opens his mouth and closes it again.
    I can't… not right now. #speaker:dale #move:dale.withdraw
- stance_of("dale") == "attacking" || state_of("dale") == "escalated":
    Underneath it is that I've given her everything and she's using me. #speaker:dale #move:dale.blame
- else:
    Dale shrugs.
    I don't know. I just want some credit. For trying. #speaker:dale #move:dale.defend
}
{
- flooded("teri"):
    Teri looks at the window. #move:teri.withdraw
- stance_of("teri") == "defending" || state_of("teri") == "escalated":
    Credit. There it is. #speaker:teri #move:teri.criticize
- else:
    Teri waits. You can see she has heard this before, and that she is trying to hear it new.
}
{ before_flooded:
    You reached for the feeling with someone over the line: a body over a hundred beats has no words for it. Stop first. #coach #mistake:pressed_on_flooded
  - else:
    The list, again, or the charge: for someone who pursues, the anger and the tally come first, and they guard what's underneath (Johnson: the protest at disconnection). Don't argue with it and don't move on; try again, slower and more concrete. #coach
}
-> second_try

= second_try
~ note_before()
{ stance_of("teri") == "defending" || flooded("teri"):
    Teri is watching him, and the watching is not patient.
  - else:
    The silence goes on. Dale turns his keys over.
}
* [Go slower. One moment: the doorstep, her face falling at the bike. What happened in him? #move:evoke #to:dale]
    Let's not go for the big picture. Just one moment. The doorstep. Teri opens the door and sees the bike, and her face falls. What happens in you, right then? In your body, even. #speaker:counselor
    ~ counsel_last_try = "evoke"
    Dale is quiet for a long time. You let him be. #time:1
    -> opens
* [Offer a guess: under the list, a fear he's already lost her, and that it's his fault. #move:conjecture #to:dale]
    Dale, can I try a guess? Tell me if I've got it wrong. I wonder if under the list there's a fear. That you've already lost her. And that it's your fault, because of how things were at Birch Lane. #speaker:counselor
    ~ counsel_last_try = "conjecture"
    -> opens
* [Name what you're seeing: anxious attachment. He can't tolerate her independence. #move:interpret #to:dale]
    Dale, I think what we're seeing is an anxious attachment. You can't tolerate Teri having a life of her own, so you try to buy her back. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_labelled = true
    ~ counsel_heat += 1
    {
    - flooded("dale"):
        Dale's ears go red. He looks at the floor and stays there. #move:dale.withdraw
    - else:
        Buy her back. Great. Now I've got a diagnosis as well as a list. #speaker:dale #move:dale.defend
    }
    {
    - flooded("teri"):
        Teri says nothing. #move:teri.withdraw
    - else:
        That's not fair. He's not… it's not like that. #speaker:teri #move:teri.defend
    }
    A label from outside tells Dale what he is instead of asking what he feels: a verdict for him, and a word Teri doesn't want either. A conjecture stays tentative, stays with this moment, and leaves the correction to him. #coach #mistake:interpret
    -> counsel_pace("dale")
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out

= opens
~ counsel_dale_tries += 1
{
- flooded("dale"):
    Dale shakes his head.
    I can't. Not now. #speaker:dale #move:dale.withdraw
- stance_of("dale") == "attacking" || state_of("dale") == "escalated":
    It doesn't matter what happens in me. She's already decided. #speaker:dale #move:dale.defend
- counsel_last_try == "conjecture":
    ~ counsel_dale_engaged = true
    Not my fault, exactly. Yes, my fault. I was a nightmare to live with. I decided everything and I went silent for days. And now I can see it, and she's gone. #speaker:dale #move:dale.share_vulnerable
    So I bring things. Every present is me saying sorry, and please, and don't go. I don't know how to just say it. #speaker:dale #move:dale.own_part
- else:
    ~ counsel_dale_engaged = true
    Like the floor went. Like she was looking at a bill. And I thought, she's gone, she's already gone, and it's because of who I was. #speaker:dale #move:dale.share_vulnerable
    So I started the list. Every present is me saying sorry, and please, and don't go. I don't know how to just say it. #speaker:dale #move:dale.own_part
}
{ counsel_dale_engaged:
    {
    - state_of("teri") == "flooded":
        Teri's breath is coming fast. She shakes her head, once. #body:teri.flooded
        I can't be responsible for that. #speaker:teri #move:teri.defend
    - stance_of("teri") == "stonewalling":
        Teri looks at him for a long moment and says nothing. #move:teri.withdraw
    - flooded("teri") || state_of("teri") == "escalated":
        So I'm meant to come back so you feel forgiven. #speaker:teri #move:teri.criticize
    - received("teri") == "misread":
        Don't go. That's the guilt again, Dale. #speaker:teri #move:teri.defend
    - else:
        ~ counsel_teri_bill_said = true
        ~ counsel_soft_heard = true
        Teri is very still.
        I didn't know the presents were sorry. I thought they were a bill. #speaker:teri #move:teri.turn_toward
    }
  - else:
    {
    - stance_of("teri") == "defending" || flooded("teri"):
        See? It's always what I've decided. #speaker:teri #move:teri.criticize
    - else:
        Teri watches him, waiting, and the waiting goes on too long. #move:teri.withdraw
    }
}
{
- not counsel_dale_engaged && before_flooded:
    You tried again, but someone was over the line: no second try opens a flooded body. Stop first. #coach #mistake:pressed_on_flooded
- not counsel_dale_engaged:
    Dale is braced, and even a gentler second try can't reach past a defence that's still up. Bring the heat down first; don't put the feeling into words for him. #coach
- counsel_last_try == "conjecture":
    A conjecture, held lightly and offered for correction, and Dale corrected it: that is how it is meant to work. The guess gave him something to push against; the shame and the fear he found are his own. #coach
- else:
    The second try was slower and smaller: one moment, one body. Dale could answer that when he couldn't answer "what's underneath". #coach
}
{ counsel_dale_engaged && received("teri") != "misread" && not flooded("teri") && stance_of("teri") == "present":
    Under the list, shame and a fear of having already lost her: the keeping score was pursuit, a protest at disconnection, not a bill. Early in therapy it is enough that it is said, and heard. #coach
}
-> counsel_pace("dale")

=== counsel_reframe ===
~ note_before()
* [Propose a fair way through: a three-month trial, Wednesdays only, no gifts, then decide. #move:advise]
    What if you gave it a shape? Three months: Wednesday dinners only, no gifts, no turning up. Then you both decide, together or apart. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("dale"):
        Dale nods at the floor. #move:dale.withdraw
    - else:
        Three months. So there's a deadline now. #speaker:dale #move:dale.defend
    }
    {
    - flooded("teri"):
        Teri says nothing. #move:teri.withdraw
    - else:
        I don't want a deadline. I want to stop being managed. #speaker:teri #move:teri.criticize
    }
    A plan before understanding, and a decision about their future made in your voice: Dale hears a countdown, Teri hears one more arrangement she has to keep. Whether and when to decide is theirs. #coach #mistake:advise
* [Draw the whole circle, switched seats and all: what each does, what each fears. #move:name_cycle]
    { counsel_cycle_named:
        We said earlier the circle was the problem. I think now we can see what drives it. #speaker:counselor
    }
    { counsel_dale_engaged:
        I wonder if it goes something like this. Dale, you bring things, and then the list, because you're frightened you've already lost her, and ashamed of why. Teri, I wonder if the list feels like being pulled back into the old house, so you step back. And the further you step back, the more he brings. Does that fit? #speaker:counselor
      - else:
        Here's what I see from this chair. Dale reaches, with presents and then the list. Teri steps back. Dale reaches harder. It used to be the other way round. What each of you feels inside that, I don't know yet. I'd like to find out. #speaker:counselor
    }
    Neither of you is the enemy. The circle is, and you're both losing to it, whatever you decide about the future. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("dale"):
        Dale nods slowly. #move:dale.withdraw
    - stance_of("dale") == "attacking" || state_of("dale") == "escalated":
        Whatever I decide. She's the one deciding. #speaker:dale #move:dale.defend
    - else:
        Put like that, it's not her against me. It's that. #speaker:dale #move:dale.turn_toward
    }
    {
    - state_of("teri") == "flooded":
        Teri's hands are tight in her lap. #body:teri.flooded
        I'm not the enemy. #speaker:teri #move:teri.defend
    - stance_of("teri") == "stonewalling":
        Teri doesn't answer, but she doesn't look away either. #move:teri.withdraw
    - flooded("teri") || stance_of("teri") == "defending":
        Maybe. But I'm the one who has to keep saying no. #speaker:teri #move:teri.criticize
    - else:
        Whatever we decide. Yes. I'd like to decide it without the list in the room. #speaker:teri #move:teri.turn_toward
    }
    {
    - before_flooded:
        The reframe is sound, but someone was over the line and couldn't take it in. It will keep; their bodies won't. #coach #mistake:pressed_on_flooded
    - counsel_dale_engaged:
        The EFT reframe, offered as a guess and built on what Dale said: the problem is the cycle, and each move makes sense as protection. It also leaves the big question where it belongs, with them. #coach
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

=== counsel_teri_inside ===
// Teri, who distances now, answers a first question about fear with "I'm fine, I'm happier":
// true, and a door. A tentative conjecture or a concrete evoke can reach what it protects.
{
- state_of("teri") == "flooded":
    Teri is sitting very straight, her arms wrapped round herself. #body:teri.flooded
- stance_of("teri") == "defending":
    Teri is sitting very straight, watching you.
- else:
    You turn to Teri. She looks back at you, steady, the way someone looks who has practised being steady.
}
~ note_before()
* [Teri, you don't owe him anything. You're allowed to put yourself first. #move:take_sides #to:teri]
    Teri, I want to say this clearly: you don't owe Dale anything. You're allowed to put yourself first. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "teri"
    {
    - flooded("teri"):
        Teri nods at the floor. #move:teri.withdraw
    - else:
        Teri looks at you, and then at Dale, and doesn't look relieved.
        I know I'm allowed. That's not the hard part. #speaker:teri #move:teri.defend
    }
    {
    - flooded("dale"):
        Dale stares at the rug. #move:dale.withdraw
    - else:
        So that's the verdict. She's allowed, and I'm the debt collector. #speaker:dale #move:dale.blame
    }
    It sounds like empowerment, and she believes it already; said by you, it is a verdict on Dale and a side taken. The hard part for Teri isn't permission, it's what putting herself first costs her, and that is what to reach for. #coach #mistake:take_sides
    -> counsel_pace("teri")
* [Offer a guess: that if she lets him close, she'll disappear again. #move:conjecture #to:teri]
    Teri, can I try a guess? Correct me if it's wrong. I wonder if part of you is afraid that if you let him close again, you'll disappear again, the way you did at Birch Lane. #speaker:counselor
    ~ counsel_teri_try = "conjecture"
    -> answer
* [Teri, under "I'm happier on my own", is there a scared part? #move:evoke #to:teri]
    Teri, you've said you're happier on your own, and I believe you. Underneath that, when Dale reaches, is there a part of you that's scared? #speaker:counselor
    ~ counsel_teri_try = "evoke"
    -> answer
* [Teri, limbo isn't fair on either of you. You need to decide: back together or apart. #move:advise]
    Teri, I'll be honest: limbo isn't fair on either of you. At some point you need to decide. Back together, or apart. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("teri"):
        Teri's face goes white. She says nothing. #move:teri.withdraw
    - else:
        I know it isn't. Do you think I don't know that? #speaker:teri #move:teri.defend
    }
    {
    - flooded("dale"):
        Dale looks at her, and then away. #move:dale.withdraw
    - else:
        Dale sits forward.
        Yes. Decide. That's all I'm asking. #speaker:dale #move:dale.demand
    }
    The clarity is hers to reach, not yours to order: pushed to decide, a distancer decides to step further back, and Dale hears that the room is on his side. The counselor holds the question open; the couple answer it. #coach #mistake:advise
    -> counsel_pace("teri")
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
- flooded("teri"):
    I can't… I don't know. I just know I can't go back. #speaker:teri #move:teri.withdraw
    { before_flooded:
        The fear is under the certainty, and Teri was too flooded to find it. Stop first; it comes when the room is safer. #coach #mistake:pressed_on_flooded
      - else:
        Teri is too flooded to find the fear under the certainty. Don't chase it; it comes when the room feels safer. #coach
    }
- stance_of("teri") == "defending" || counsel_sided_with == "dale":
    Scared? No. I'm fine. I'm happier than I've been in years. #speaker:teri #move:teri.dismiss
    Teri's certainty is true, and it is also a door she keeps shut: a distancer's "I'm fine" protects the self Teri nearly lost. Don't argue with it; reflect it, and try again when she is less braced. #coach
- state_of("teri") == "escalated" || (state_of("teri") == "activated" && counsel_teri_try == "evoke"):
    {counsel_teri_try == "conjecture":It's not fear. I'm tired.|Scared? I'm tired.} I'm tired of being the one who holds it all. #speaker:teri #move:teri.defend
    { counsel_teri_try == "conjecture":
        The guess missed, and she corrected it: that is what a conjecture is for. Take the correction and stay with the tiredness she named; the fear under it comes when the room is cooler. #coach
      - else:
        Still stirred, Teri answers with the tiredness that guards the fear. Reflect the tiredness; the fear comes when she has come down. #coach
    }
- else:
    ~ counsel_teri_soft = true
    That I'll disappear again. That I'll go back, and be kind, and look after him, and one day I'll look up and I'm forty and there's nothing of me left. And I feel guilty for being happier. That's the worst part. #speaker:teri #move:teri.share_vulnerable
    {
    - flooded("dale"):
        Dale swallows. He can't look up. #move:dale.withdraw
    - received("dale") == "misread":
        So being with me is disappearing. #speaker:dale #move:dale.defend
        Teri meant I'm scared; Dale heard you're poison: the history again. It's still in the room, and you can come back to it. #coach
    - else:
        ~ counsel_soft_heard = true
        Dale looks at her as if he has never heard it said that way before. #move:dale.turn_toward
    }
    Under Teri's distance, a fear of losing herself again, and guilt at being happier: the distance protects a self she nearly lost, and it isn't a verdict on him (Lerner: the distancer's need for self). #coach
}
-> counsel_pace("teri")

=== counsel_enact ===
~ before_premature = not counsel_tracked || hot("teri") || hot("dale")
There are {minutes_left()} minutes left.
~ note_before()
* [Teri, turn to Dale and tell him {counsel_teri_soft:what you told me about disappearing|what you're afraid of}, and where you stand. #move:enactment #to:teri]
    Teri, could you turn to Dale and tell him {counsel_teri_soft:what you told me, about disappearing|what you're afraid of, under the distance}? And where you stand, as plainly as you can. Not to me. To him. #speaker:counselor
    -> teri_first
* [Dale, turn to Teri and tell her what's under the list. #move:enactment #to:dale]
    Dale, could you turn to Teri and tell her what's under the list? Not to me. To her. #speaker:counselor
    -> dale_reaches
* [Not enough time for something this big. Start closing now. #move:reflect]
    ~ counsel_tracked = true
    I think we'll stop the new work there. There's something I'd like to say about today before you go. #speaker:counselor
    { time_for(16) && (counsel_dale_engaged || counsel_teri_soft) && not before_premature:
        There was time for it, and the room was ready: a feeling already found can be said to the other in five minutes. Closing early is safe; it can also be a way of not taking the risk with them. #coach
      - else:
        Closing early was a fair call: the room or the clock wasn't ready for an enactment, and a good close holds what was reached. #coach
    }
    -> counsel_close
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely

= premature
~ counsel_enact_early = true
{ not counsel_tracked:
    An enactment before the cycle has been tracked restages the fight instead of changing it: reflect it, name it or slow it down first. #coach #mistake:premature_enactment
  - else:
    Someone was escalated or flooded when you asked for it: an enactment raises the heat in a room that hot. Calm first, then the enactment. #coach #mistake:premature_enactment
}
->->

= dale_reaches
{ counsel_dale_engaged && counsel_heat <= 1 && not before_premature && not flooded("dale") && stance_of("dale") != "attacking":
    Dale turns on the couch, toward her.
    Every present is me saying sorry. I know I was a nightmare to live with. I'm scared I've lost you, and that it's my fault. #speaker:dale #move:dale.share_vulnerable
    { flooded("dale"):
        His voice gives out there. The rest won't come.
        Saying it out loud cost more than his body had just now. After a break he can finish the sentence. #coach
        -> counsel_close
    }
    I'm not asking you to fix it. I wanted you to know. Without a present. #speaker:dale #move:dale.turn_toward
    {
    - flooded("teri"):
        Teri's eyes fill. She holds the arm of the chair. #body:teri.stirred
        I can't… not now. #speaker:teri #move:teri.withdraw
        Dale stays turned toward her, waiting.
        Dale reached, and meant it. But Teri is flooded, and a body over the line can't let in even the words it has waited for. Next week can start here. #coach
        -> counsel_close
    - received("teri") == "misread":
        Without a present. Just the guilt instead. #speaker:teri #move:teri.defend
        I'm not trying to make you feel guilty. I'm trying to stop. #speaker:dale #move:dale.repair
        Teri heard the old lever in it: eight months of presents heard it first. Dale stayed turned toward her, and staying is the repair. #coach
        {
        - flooded("teri") || state_of("teri") == "escalated":
            Teri looks at him a long time and says nothing. #move:teri.withdraw
            -> counsel_close
        }
        Teri looks at him a long time.
        I think I believe you. #speaker:teri #move:teri.turn_toward
    - stance_of("teri") == "stonewalling" || stance_of("teri") == "defending":
        Teri looks at him a long time.
        { state_of("teri") == "escalated":
            I've heard sorry before. #speaker:teri #move:teri.criticize
            Dale reached, and Teri, still hot, kept her guard up. That's not a failure: trust comes back slower than words. #coach
            -> counsel_close
        }
        I think I believe you. #speaker:teri #move:teri.turn_toward
    - counsel_teri_bill_said:
        You've never said it like that. Not once, in six years. #speaker:teri #move:teri.share_vulnerable
        Thank you for saying it without a present. #speaker:teri #move:teri.appreciate
    - else:
        I didn't know the presents were sorry. I thought they were a bill. #speaker:teri #move:teri.share_vulnerable
        Thank you for saying it without one. #speaker:teri #move:teri.appreciate
    }
    {
    - flooded("teri"):
        Teri nods. She can't say more just now. #move:teri.withdraw
        -> counsel_close
    }
    I'm not ready, Dale. I don't know if I will be. But I can hear you. #speaker:teri #move:teri.turn_toward
    ~ counsel_enacted = true
    ~ counsel_enacted_by = "dale"
    -> counsel_process
  - else:
    Dale turns toward her and tries.
    {
    - flooded("dale"):
        He looks at her, then at the floor. The words don't come. #move:dale.withdraw
    - else:
        I just want you to see how much I do. #speaker:dale #move:dale.demand
    }
    {
    - flooded("teri"):
        Teri looks at the window. #move:teri.withdraw
    - else:
        That's the list, Dale. Even now. #speaker:teri #move:teri.criticize
    }
    {
    - before_premature:
        -> premature ->
    - not counsel_dale_engaged:
        The room was contained, so asking was fair, and the timing is not the fault. But an enactment carries what a partner has already found with you, and Dale hadn't found it yet, so the list came out instead. Partners often need more than one try: next time, evoke first, then enact. #coach
    - counsel_heat >= 2:
        Asking was fair: nobody was over the line just then. But the heat from earlier hadn't left the room, and nobody reaches while still braced. #coach
    - else:
        Dale had found the words, but he's over the line now, and nobody can reach from a flooded body. Calm first. #coach
    }
    -> counsel_close
}

= teri_first
{
- counsel_teri_soft && counsel_heat <= 1 && not before_premature && not flooded("teri"):
    Teri turns to him. It takes her a moment.
    I'm scared that if I come back I'll disappear again, Dale. I'm not saying no forever. I'm saying I don't know yet, and I need you to stop the list while I find out. #speaker:teri #move:teri.share_vulnerable
    {
    - flooded("dale"):
        Dale looks at her, then at the floor. The words don't come. #move:dale.withdraw
        Teri reached from a soft place, but Dale is flooded, and nothing lands in a body over the line. Calm first. #coach
        -> counsel_close
    - received("dale") == "misread":
        So I'm the thing you disappear into. #speaker:dale #move:dale.defend
        Teri spoke from the fear, and Dale still heard a verdict: the history got there first. Workable in a calm room, but not in the minutes that are left. #coach
        -> counsel_close
    - stance_of("dale") == "attacking" || state_of("dale") == "escalated":
        Dale looks at his hands.
        I don't know how to stop. #speaker:dale #move:dale.defend
        Teri said it plainly, and Dale, still hot, couldn't take it in yet. Next week can start here. #coach
        -> counsel_close
    - else:
        Dale is quiet for a long time.
        Okay. I heard it. Not no. Not yet. I can stop the list. I don't want you to disappear either. #speaker:dale #move:dale.validate
    }
    {
    - flooded("teri"):
        Teri nods. She can't say more yet. #move:teri.withdraw
        -> counsel_close
    }
    Thank you. #speaker:teri #move:teri.appreciate
    ~ counsel_enacted = true
    ~ counsel_enacted_by = "teri"
    -> counsel_process
- else:
    Teri turns toward him and tries.
    {
    - flooded("teri"):
        She looks at him, then at the window. The words don't come. #move:teri.withdraw
    - else:
        I'm fine, Dale. I just need you to stop. #speaker:teri #move:teri.dismiss
    }
    {
    - flooded("dale"):
        Dale stares at the floor. #move:dale.withdraw
    - else:
        Stop what? Caring? #speaker:dale #move:dale.criticize
    }
    {
    - before_premature:
        -> premature ->
    - not counsel_teri_soft:
        The room was contained, so asking was fair, and the timing is not the fault. But an enactment carries what a partner has already found with you, and Teri hadn't found the fear under the certainty yet, so the certainty came out instead. Partners often need more than one try: next time, evoke first, then enact. #coach
    - else:
        Teri had found the words, but the room was too hot to carry them. Calm first, then the enactment. #coach
    }
    -> counsel_close
}

=== counsel_process ===
~ note_before()
What just happened is rare for them, and it won't last unless it is named.
* [Slow it down: {counsel_enacted_by == "teri":Dale, what was it like to hear that? Teri, to say it?|Teri, what was it like to hear that? Dale, to say it?} #move:reflect]
    Let's slow that down. {counsel_enacted_by == "teri":Dale, what was it like to hear Teri say that, and not hear no? Teri, what was it like to say it?|Teri, what was it like to hear that, without a present? Dale, what was it like to say it?} #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("teri"):
        Teri nods, not yet trusting her voice.
    - counsel_enacted_by == "teri":
        Terrifying. Better than the wall. #speaker:teri #move:teri.humor
    - else:
        Strange. Like hearing him for the first time in years. #speaker:teri #move:teri.share_vulnerable
    }
    {
    - flooded("dale"):
        Dale nods at the floor.
    - counsel_enacted_by == "teri":
        Strange. Like hearing her for the first time in years. I thought she'd say no. #speaker:dale #move:dale.share_vulnerable
    - else:
        Terrifying. Better than the list. #speaker:dale #move:dale.humor
    }
    { before_flooded:
        Processing the enactment was right, and someone was over the line: slow it further before asking for more. #coach #mistake:pressed_on_flooded
      - else:
        Processing the enactment: what it was like to reach and to be reached. That is where the new experience gets taken in (Johnson's tango, moves four and five). #coach
    }
* [Validate them both, briefly, and leave the big question where it belongs: with them. #move:validate]
    That took courage, from both of you. I'm not going to tell you what to do with it. That's yours to decide, in your own time. #speaker:counselor
    {
    - flooded("teri"):
        Teri nods.
    - else:
        Thank you. #speaker:teri #move:teri.turn_toward
    }
    {
    - flooded("dale"):
        Dale nods.
    - else:
        Yeah. #speaker:dale #move:dale.turn_toward
    }
    { before_flooded:
        A kind word, and someone was over the line: slow the room first. #coach #mistake:pressed_on_flooded
      - else:
        Validating both, and handing the decision back: the counselor's neutrality about the outcome is part of what made it safe to reach. #coach
    }
* [So: no gifts for three months, Wednesdays only, and you decide by January. #move:advise]
    Good. So let's build on that: no gifts for three months, Wednesday dinners only, and you decide by January. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - flooded("dale"):
        Dale nods.
    - else:
        January. Okay. A deadline. #speaker:dale #move:dale.withdraw
    }
    {
    - flooded("teri"):
        Teri nods.
    - else:
        Teri's face closes a little. Another arrangement. #speaker:teri #move:teri.withdraw
    }
    A plan bolted onto a moment of contact: it turns the encounter back into logistics, and a deadline into one more pressure. Let the moment be felt before anything is built on it. #coach #mistake:advise
- (processed)
-> counsel_close

=== counsel_close ===
{ hour_gone():
    -> counsel_out_of_time
}
~ note_before()
{ minutes_left() >= 10:
    There are {minutes_left()} minutes left. Enough for a close, not for new work.
  - else:
    A few minutes left.
}
* [Send them off with homework: Dale writes down everything he's done; Teri writes what she needs. #move:advise]
    Some homework. Dale, write down what you've done for Teri this year. Teri, write down what you need from him. Bring both lists next week. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - flooded("dale") || stance_of("dale") == "cold":
        Sure. #speaker:dale #move:dale.withdraw
    - else:
        Easy. I could do mine now. #speaker:dale #move:dale.criticize
    }
    {
    - flooded("teri"):
        Teri nods. #move:teri.withdraw
    - else:
        Teri looks at you.
        You want him to write the list down? #speaker:teri #move:teri.criticize
    }
    Homework that writes the list down: it makes the scorekeeping official, the very thing that drives the cycle. Tasks set before the softer feelings have met get eaten by the pattern. #coach #mistake:advise
* [Give them one thing to take home: ask directly, for space or for time, with a time attached. #move:psychoeducation]
    One thing to try before next week. If you want time together, ask for it straight, no present attached. If you want space, say so straight, with a time to come back. Nobody keeps score. #speaker:counselor
    {
    - flooded("dale"):
        Dale nods, his jaw tight.
    - stance_of("dale") == "attacking" || stance_of("dale") == "cold":
        No present attached. I'll try. #speaker:dale #move:dale.criticize
    - else:
        Ask straight. I can do that. I think. #speaker:dale #move:dale.turn_toward
    }
    {
    - flooded("teri"):
        Teri nods at the floor.
    - received("teri") == "misread":
        With a time to come back. As if I never come back. #speaker:teri #move:teri.defend
    - else:
        Say it straight. That's all I've ever wanted. #speaker:teri #move:teri.own_part
    }
    { before_flooded:
        The skill is right, and someone was over the line as you taught it: a flooded body can't take in a lesson. #coach #mistake:pressed_on_flooded
      - else:
        Asking directly for togetherness and for space (Lancer), taught as a skill they can take home: the antidote to guilt and to the invented errand alike. #coach
    }
* [Close with a summary in their words: what was reached, and what waits for next week. #move:reflect]
    ~ counsel_tracked = true
    { counsel_dale_engaged || counsel_teri_soft:
        Before you go, I want to say what I saw today. {counsel_dale_engaged:Dale, you found words for the list: not a bill, a sorry, and a fear.} {counsel_teri_soft:Teri, you said what the distance protects.} That's what we start from next week, whatever you decide. #speaker:counselor
      - else:
        Before you go, I want to say what I saw today: the circle you're in, and how it switched seats. Next week we slow it down and look at what's underneath it. #speaker:counselor
    }
    {
    - flooded("teri"):
        Teri nods without looking up.
    - stance_of("teri") == "stonewalling" || stance_of("teri") == "defending":
        Next week. #speaker:teri #move:teri.withdraw
    - else:
        Next week. Okay. #speaker:teri #move:teri.turn_toward
    }
    {
    - flooded("dale"):
        Dale is already looking at the door.
    - stance_of("dale") == "attacking" || stance_of("dale") == "cold":
        Fine. #speaker:dale #move:dale.withdraw
    - else:
        Okay. #speaker:dale #move:dale.turn_toward
    }
    { before_flooded:
        Someone was still over the line as you summed up: a flooded body takes in little. Slow the room first; then name what was reached. #coach #mistake:pressed_on_flooded
      - else:
        A contained close: name what was reached, in their words, and say what waits for next week, so nobody leaves carrying the whole of it. #coach
    }
+ {not counsel_closed_safely} [Slow it down first: a minute's breathing together before they go. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (closed)
-> counsel_ending

=== counsel_ending ===
// Which ending the close is: reconnected if a softer feeling was said and heard (in an enactment,
// or across the room) with the circle open; break_and_return after a full break and a calmer
// close; deadlock otherwise.
{
- cycle_stage() == "engage-engage" && (counsel_enacted || counsel_soft_heard) && not flooded("teri") && not flooded("dale") && counsel_heat < 2:
    -> counsel_end_reconnected
- counsel_break == "full" && counsel_heat < 2 && not flooded("teri") && not flooded("dale"):
    -> counsel_end_break_and_return
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
    When someone is over the line late in the hour, stop the work and close with regulation: nobody should leave a session flooded. #coach
}
{ not over_line("teri") && not over_line("dale") && not hour_gone():
    -> counsel_close
}
-> counsel_ending

=== counsel_end_deadlock ===
{ time_for(8):
    You spend a few minutes on small things: the booking, the fee, whether Tuesday still works with Teri's Thursdays and Dale's shifts. #time:4
}
{
- flooded("teri"):
    Teri is still pale. She gets her coat on without looking at either of you. #body:teri.stirred
    At the door Dale holds it open for her. She goes through without a word. #move:teri.withdraw
    { counsel_closed_safely:
        Teri is still over the line as she leaves, if less than she was. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Teri is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation, so nobody carries the fight out of the room. #coach
    }
- flooded("dale"):
    Dale is on his feet first, coat already on, keys in his fist. #body:dale.stirred
    He takes the stairs two at a time and doesn't wait. #move:dale.withdraw
    { counsel_closed_safely:
        Dale is calmer than he was, and still not settled. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Dale is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation. #coach
    }
- else:
    At the door he holds it open for her, and she thanks him. Polite, careful, far apart.
    On the stairs Dale asks if she's still on for Wednesday. She says she'll text. #move:teri.withdraw
}
{ counsel_dale_engaged:
    Deadlock. Something moved: Dale found the fear under the list. But it never crossed the room to Teri, and the cycle left with them. #coach
  - else:
    Deadlock: nothing blew up, and nothing moved. The circle walked out of the room intact, switched seats and all. #coach
}
{ counsel_break == "full" && counsel_flooded_at_break:
    The time-out worked: they came back calmer. Then the heat came back, and the calm was spent before anyone could reach. #coach
}
{ counsel_calm_timeout:
    A break nobody needed spent minutes of the hour the reaching would have needed. #coach
}
{ counsel_mistakes > 0:
    -> counsel_name_mistakes("Count what you offered on the way, each one taking the session away from the feelings under the cycle.") ->
}
The EFT order in de-escalation: track the cycle, bring out the feeling under each one's move, and let each say it to the other from a calm room. Whether they stay together is not the measure of the session. #coach
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before the next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
They leave separately: she to the bus stop, he to the van. The limbo goes on. #ending:deadlock
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
{ counsel_dale_engaged || counsel_teri_soft:
    And something was found before the hour ran short: name it for next week, so it isn't lost with the clock. #coach
  - else:
    The softer feelings didn't yet meet in an enactment; that's often what a good early session looks like. #coach
}
{ counsel_mistakes > 0:
    -> counsel_name_mistakes("Count what you offered on the way too, each one adding heat or pulling the session away from the feelings under the cycle.") ->
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before the next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
They leave together as far as the street, a little less braced than they came, and go their separate ways. #ending:break_and_return
-> END

=== counsel_end_reconnected ===
{ counsel_enacted:
    What just happened: one of you reached without a present or a wall, and the other let it in. That's the circle running the other way, whatever you decide. #speaker:counselor
    Reaching each other, for a few minutes: a fear said out loud, and an answer instead of a retreat. It isn't a decision about the future, and it shouldn't be: it is what makes a clear decision possible, either way. #coach
  - else:
    Teri and Dale stand up at the same time, and for once neither is ahead of the other at the door.
    The circle opened in the room: a softer feeling said to you and heard across the room, and both still turned toward each other at the close. No enactment yet, and none needed today. #coach
}
{ counsel_break == "full" && counsel_flooded_at_break:
    The time-out made it possible. Nobody can reach from a flooded body. #coach
}
{ counsel_mistakes > 0:
    -> counsel_name_mistakes("It happened despite what you offered on the way; notice it for next time.") ->
}
{ counsel_screened != "alone":
    One thing to add next time: see each of them briefly alone for the routine safety check-in{counsel_pressure > 0:, as soon as "controlling" comes up}. #coach
}
{ time_for(6):
    You spend the rest of the hour slowing it down: what each of them did, and what it was like to be answered. #time:4
  - else:
    You are at the end of the hour. You let it sit for a moment, and then you let them go.
}
On the stairs he asks if she's still on for Wednesday, and she says yes, and neither of them says anything about forever. #ending:reconnected
-> END

// The mistakes actually made on this path, named in one coach line.
=== counsel_name_mistakes(opening) ===
{opening}{counsel_advised: Advice before the cycle was understood.}{counsel_sided_with != "": A side taken, with {counsel_sided_with == "dale":Dale|Teri}.}{counsel_labelled: A label from outside.}{counsel_enact_early: An enactment before the room was ready.} #coach
->->

=== counsel_out_of_time ===
The hour is gone. Through the wall you can hear your next couple arriving in the waiting room.
{
- flooded("teri"):
    Teri is on her feet before you have finished the sentence. #body:teri.stirred
- flooded("dale"):
    Dale is still breathing fast as he stands. #body:dale.stirred
- else:
    They stand up, surprised it's over.
}
~ note_before()
~ temp held_in_doorway = false
* [Hold the hour: one sentence in the doorway about today, and book next week. #move:reflect]
    ~ held_in_doorway = true
    We're out of time, and I'm sorry we didn't get to finish. What you did today counts. We'll pick it up next week. #speaker:counselor
    You book next week in the doorway. Dale puts it in his phone. Teri is already holding the door.
    A sentence in the doorway is better than nothing, and it keeps the frame: the hour ends when it ends. But it isn't a close. #coach
    { before_flooded:
        Someone was still over the line as they left: a sentence doesn't bring a body down. Next time, slow the room before the clock runs out. #coach #mistake:pressed_on_flooded
    }
* [Run over: ten more minutes to finish properly. The next couple can wait. #move:evoke #to:teri]
    Let's take a few more minutes. Teri, you were about to say something. #speaker:counselor
    {
    - flooded("teri"):
        Teri shakes her head and picks up her bag. #move:teri.withdraw
    - else:
        Teri looks at the clock, then at the door.
        Next week. #speaker:teri #move:teri.withdraw
    }
    Ten minutes later the next couple is still waiting, and nothing more has been said. You book next week in the doorway. #time:10
    Running over teaches a couple the hour doesn't hold, and the next couple's hour pays for it. Keep the frame; contain inside it. #coach
    { before_flooded:
        And someone was over the line: ten more minutes of asking is pressing on. #coach #mistake:pressed_on_flooded
    }
- (doorway)
{ held_in_doorway:
    Out of time: the hour ended mid-work, and a sentence in the doorway held a little of it. When the clock runs low, stop opening and start containing earlier. #coach
  - else:
    Out of time: the hour ended mid-work, with nothing named and nothing held. When the clock runs low, stop opening and start containing. #coach
}
{ counsel_calm_timeout:
    The pacing was decided earlier: a break nobody needed spent minutes the hour didn't have. #coach
}
{ counsel_restarted:
    The break had to start again after the sentence through the door: twenty more minutes the hour didn't have. #coach
}
{ counsel_late_break:
    The break was right for a flooded body, but this late it used up the close. With the hour short, regulate in the room and close instead. #coach
}
{ counsel_slow_walk:
    The slow walk through the Saturday was good work, and it cost six minutes: slow work pays when the rest of the hour is planned around it. #coach
}
{ counsel_dale_engaged || counsel_teri_soft:
    Something was reached: a softer feeling said out loud. Naming it at the close would have given them something to carry out of the room. #coach
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before the next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
The door closes behind them. #ending:out_of_time
-> END
