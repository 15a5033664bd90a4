// Sally and Jo — as the counselor. A three-way video call: the counselor and Jo in Leeds at one
// in the afternoon, Sally in Singapore at eight in the evening. Adapted from comment 8 (Sally) in
// 002_612bd878bc8560af.txt and Terry's reply; the session is ten days after a Sunday like the
// partner modes' (a photo of a chair, a call that dropped, four days of silence).
//
// Their third session: EFT's first stage, de-escalation. Track the cycle (Sally reaches, Jo goes
// cold, Sally goes cool on purpose and Jo comes a little closer), reach the softer feelings under
// each move (Jo's grief and anger at being left with the house; Sally's fear that she is only
// wanted when she plays it cool), reframe the problem as the cycle, and let one say it to the other.
// The medium is part of the room: a lag of a few seconds, a face that freezes at the wrong moment,
// a partner who can leave by pressing a button.
//
// The rubric (src/session/rubric.ts) scores the counselor from the moves and the model. Every coach
// line that names a fault carries #mistake:<fault>, conditioned on the room as it was *before* the
// choice (before_* flags, set by note_before() just above each choice point), so the rubric always
// scores the fault the coach names.
//
// The hour (scenario.json: sessionMinutes 50): every move takes a minute; #time:N lets N quiet
// minutes pass. A time-out (#move:time_out=20) only starts the break: its minutes pass on the #time
// lines that tell it, and any move before they are up ends it. counsel_pace reads minutes_left() at
// the knot boundaries; when the hour is gone before a close, the session ends out_of_time.
//
// Endings: walked_out (someone flooded leaves the call), deadlock (the session closes stuck),
// break_and_return (twenty quiet minutes and a calmer close), reconnected (a softer feeling said
// and heard, with the circle open at the close), out_of_time.

VAR counsel_start_how = ""       // soft | harsh: how Sally's first words to Jo came out
VAR counsel_tracked = false    // a reflect, name_cycle or slow_down has been chosen (the rubric's "tracked")
VAR counsel_cycle_named = false
VAR counsel_game_said = false  // Sally has said, in the room, that she went cool on purpose
VAR counsel_sally_heard = false
VAR counsel_sided_with = ""
VAR counsel_advised = false
VAR counsel_mistakes = 0
VAR counsel_heat = 0           // the counselor's share of the heat: raw restagings and mistakes +1; blocks, naming and psychoeducation -1
VAR counsel_screened = ""      // "" | alone | sally_only | joint
VAR counsel_slow_walk = false
VAR counsel_break = ""         // "" | full
VAR counsel_flooded_at_break = false
VAR counsel_calm_timeout = false
VAR counsel_late_break = false
VAR counsel_jo_braced = false  // Jo's first answer to the inside question was braced (not enough)
VAR counsel_break_spoken = false // the counselor has already said the break aloud before counsel_late_time_out
VAR counsel_restarted = false
VAR counsel_taught_twenty = false
VAR counsel_jo_word = ""       // a word Jo has already given for the cold: "laptop" | "duty"
VAR counsel_last_try = ""      // evoke | conjecture
VAR counsel_jo_engaged = false // Jo has said the grief and anger under the cold
VAR counsel_sally_try = ""
VAR counsel_sally_soft = false // Sally has said the fear under the reaching and the game
VAR counsel_landed = false
VAR counsel_closed_safely = false
VAR counsel_enacted = false
VAR counsel_left = ""
VAR counsel_pressed_flooded = false
VAR before_flooded = false
VAR before_calm = false
VAR before_premature = false

CONST HOUR_GONE = 1
CONST JO_TIME = 7
CONST REFRAME_TIME = 4
CONST SALLY_TIME = 4
CONST ENACT_TIME = 11

=== function over_line(who) ===
// Surely over the flooding line (100 bpm): flooded, or on a break and still above it
// (Sally's resting rate is 68, Jo's 67: 100 bpm is arousal 64 for Sally, 66 for Jo).
{
- who == "sally":
    ~ return state_of(who) == "flooded" || (state_of(who) == "cooling" && arousal(who) >= 66)
- else:
    ~ return state_of(who) == "flooded" || (state_of(who) == "cooling" && arousal(who) >= 68)
}

=== function hot(who) ===
~ return state_of(who) == "escalated" || over_line(who)

=== function room_calm() ===
~ return not flooded("sally") && not flooded("jo") && state_of("sally") != "escalated" && state_of("jo") != "escalated"

=== function hour_gone() ===
~ return minutes_left() <= HOUR_GONE

=== function time_for(minutes) ===
~ return minutes_left() >= minutes

=== function note_before() ===
~ before_flooded = over_line("sally") || over_line("jo")
~ before_calm = room_calm()

=== counsel_start ===
Wednesday, one o'clock in Leeds. Your room is over a bakery in Chapel Allerton, and the laptop on your desk is split in two.
On the left, Jo, at her kitchen table in Headingley, a lurcher's ear just in shot. On the right, Sally, in a flat in Singapore where it is eight in the evening, still wearing her hospital lanyard. The lag to Singapore is about three seconds, both ways.
Third session. You saw each of them alone at the assessment, and neither spoke of fear. Ten days ago, Jo sent Sally a photo of a chair she had finished. There was a video call; it dropped. Neither rang back properly. Four days of silence, then messages about the boiler.
On the intake form, under what brings you here, Sally wrote: She has gone cold and I don't know how to reach her. Jo wrote: Distance.
The clock is in the corner of your screen. You have fifty minutes.
Early in EFT the work is de-escalation: look for the cycle, not a culprit, and for what each move protects. Over video the bodies are smaller and the silences longer; watch the faces as well as the words. Every exchange spends a minute of the hour. #coach
-> counsel_opening

=== counsel_opening ===
Sally leans toward her camera. Jo sits back from hers.
~ note_before()
* [Sally, before the story: what were you feeling that Sunday, just before you wrote back? #move:evoke #to:sally]
    Before we get to who said what. Sally, that Sunday, when the photo of the chair came in: what were you feeling, just before you wrote back? #speaker:counselor
    ~ counsel_start_how = "soft"
    ~ counsel_sally_heard = true
    You asked for the feeling before the argument. From there a soft start-up can come: I feel … when … I'd like … #coach
* [Jo, you've said least in the first two sessions. What would you want me to know? #move:evoke #to:jo]
    Jo, you've said the least of the three of us, the last two weeks. If you could tell me one thing, what would it be? #speaker:counselor
    ~ counsel_start_how = "harsh"
    Jo shrugs, a small delayed shrug through the lag.
    I don't know. It's fine, mostly. It's just the distance. #speaker:jo #move:jo.dismiss
    ~ counsel_jo_word = "distance"
    An open question to the one who withdraws usually gets "I don't know" or "it's fine": not a refusal, a mind that goes blank when it's put on the spot. Reaching a withdrawer takes more than one try, and something concrete to hold on to. #coach
* [Sally, tell Jo, now, what you wanted that Sunday. #move:enactment #to:sally]
    Sally, could you tell Jo, right now, what you wanted that Sunday? To her, not to me. #speaker:counselor
    ~ counsel_start_how = "harsh"
    ~ counsel_heat += 1
    ~ counsel_mistakes += 1
    An enactment in the first minutes restages the fight: nothing is tracked yet, and no softer feeling has been found to bring to it. EFT stages an enactment once the cycle is named and the room can hold it. #coach #mistake:premature_enactment
* [Have you two tried a fixed weekly call, at a time that suits you both? #move:advise]
    Before we dig in: have you tried a fixed weekly call? One time that suits both time zones, and you both protect it? #speaker:counselor
    ~ counsel_start_how = "harsh"
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - state_of("sally") == "escalated" || flooded("sally"):
        We had a fixed call. Every day. She stopped picking up. #speaker:sally #move:sally.blame
    - else:
        We had one. Fridays, date night. Nine my time. She used to eat a sandwich through it. #speaker:sally #move:sally.blame
    }
    {
    - flooded("jo"):
        Jo looks off to the side of her screen. #move:jo.stonewall
    - else:
        Two in the afternoon, my time. In the middle of a job. #speaker:jo #move:jo.defend
    }
    Premature problem solving: a scheduled call says the problem is scheduling. Sally hears it's simple and Jo still won't; Jo hears one more appointment to be glad about. #coach #mistake:advise
- (opened)
-> counsel_the_dance

=== counsel_the_dance ===
~ temp jo_turned = false
{ counsel_start_how == "harsh":
    Sally speaks to the camera, which means to Jo.
    {
    - state_of("sally") == "escalated" || flooded("sally"):
        You've gone cold, Jo. Months of it. I do everything and you give me "ok". #speaker:sally #move:sally.blame
    - else:
        I don't know what more I'm meant to do. I ring, I plan things, I send parcels, and I get "ok". #speaker:sally #move:sally.criticize
    }
    {
    - flooded("jo"):
        Jo's face doesn't move. For a second you can't tell if it's the connection. It isn't. #move:jo.stonewall
    - state_of("jo") == "escalated" || stance_of("jo") == "defending":
        The parcels are lovely. I said thank you for the parcels. #speaker:jo #move:jo.defend
    - else:
        It's the distance, Sal. It's nobody's fault. #speaker:jo #move:jo.dismiss
    }
  - else:
    Sally is quiet for a moment, and then the answer arrives in pieces through the lag.
    {
    - state_of("sally") == "flooded":
        Sally starts to answer and has to stop. She presses her hand flat to her mouth. #body:sally.flooded
        Shut out. That's what. Every day for months. #speaker:sally #move:sally.criticize
    - else:
        Relieved, she says. That she'd sent something. And then scared of answering it wrong. She looks into the camera.
        Jo, I feel far away from you, even when we're on a call. I'd like us to be able to talk without it being a test one of us fails. #speaker:sally #move:sally.soft_startup
    }
    {
    - flooded("jo"):
        Jo's face doesn't move. For a second you can't tell if it's the connection. It isn't. #move:jo.stonewall
    - received("jo") == "misread":
        A test. So the calls are a test I keep failing. Right. #speaker:jo #move:jo.defend
        -> misfire
    - state_of("jo") == "escalated" || stance_of("jo") == "defending":
        I do talk to you. Every day at four. #speaker:jo #move:jo.defend
    - else:
        ~ jo_turned = true
        Jo's picture freezes on a small, surprised face; then the sound catches up.
        …I didn't know it felt like a test to you as well. #speaker:jo #move:jo.turn_toward
    }
}
- (resumes)
Jo's square freezes: her mouth half open, her eyes down. On the right, Sally watches the still picture.
{
- stance_of("sally") == "cold":
    There. That's her face. That's what I get. #speaker:sally #move:sally.withdraw
- stance_of("sally") == "attacking" || flooded("sally"):
    See? Even the screen does it. She just goes. #speaker:sally #move:sally.contempt
- else:
    That's it, that's the face. I never know if it's the wifi or her. #speaker:sally #move:sally.bid
}
The picture unfreezes. Jo heard the end of that, three seconds late, without the start.
{
- flooded("jo"):
    Jo looks away from her camera, at something in the kitchen. #move:jo.stonewall #body:jo.stirred
- stance_of("jo") == "present" && state_of("jo") == "calm":
    It was the wifi. This time. #speaker:jo #move:jo.humor
- else:
    Jo says nothing. Her hand goes to the dog's ear, out of shot. #move:jo.withdraw
}
~ note_before()
* [Jo, could you move nearer the router? We keep losing you. #move:advise]
    Jo, could you move nearer the router? We keep losing you, and it's making this harder. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - flooded("jo"):
        Jo picks the laptop up and carries it, face down, into another room. #move:jo.withdraw
    - else:
        Sure. Sorry. It's always me, isn't it. #speaker:jo #move:jo.defend
        Jo carries the laptop nearer the hall.
    }
    The wifi is real, and it isn't the problem in the room: fixing it first told Jo that the freeze was her fault and told Sally that the fix is practical. Premature problem solving, of the most tempting kind. #coach #mistake:advise
    { before_flooded:
        And someone was over the line: the wifi can wait; a flooded body can't. #coach #mistake:pressed_on_flooded
    }
* [Sally, when the picture froze, you read it as Jo going. Stay with that a moment. #move:reflect #to:sally]
    Sally, when Jo's picture froze just then, I think you read it as Jo going. And Jo, you heard the end of that without the start. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_sally_heard = true
    {
    - flooded("sally") || stance_of("sally") == "attacking":
        Because that's what she does. The screen just does it faster. #speaker:sally #move:sally.criticize
    - else:
        I do that every call. I can't tell the wifi from her. #speaker:sally #move:sally.own_part
    }
    { before_flooded:
        A good reflection, to someone over the line. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Reflecting the process as it happens, including the medium: a frozen face is a blank screen each of them fills with the old story. #coach
    }
* [Sally, it was the connection, not Jo. She didn't go anywhere. #move:take_sides #to:jo]
    Sally, that was the connection, not Jo. She didn't go anywhere. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "jo"
    {
    - flooded("sally"):
        Sally's camera goes dark for a second, and comes back. #move:sally.withdraw
    - else:
        You can't see it from there. You don't know what it's like from here. #speaker:sally #move:sally.defend
    }
    True, and it took Jo's side of the screen: Sally's reading of the frozen face was the cycle talking, and correcting it left her alone with it. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it. #coach #mistake:pressed_on_flooded
    }
* [Let's wait for the picture. Nobody say anything until we can all see each other. #move:slow_down]
    Let's wait for the picture to settle. Nobody say anything until we can all see each other properly. #speaker:counselor
    ~ counsel_tracked = true
    The three of you sit and look at each other with three seconds between you. #time:1
    Slowing down to the speed of the connection: over video, the lag is part of the pacing, and waiting for it is a small de-escalation of its own. #coach
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (froze)
{
- counsel_start_how == "harsh":
    A harsh start-up in the first sentence: a charge, and a charge gets a defence (Gottman). Within minutes the dance is live in the room, with a frozen screen playing the part of the stonewall. #coach
- jo_turned:
    Sally reached softly and Jo turned toward her, for a moment, before the connection and the old steps took it back. Catch that. #coach
- else:
    I feel … when … I'd like … asks instead of accusing. Still the old steps came back: a soft opening lowers the heat, but alone it doesn't undo a cycle. And over video, a frozen face looks exactly like a turned back. #coach
}
-> counsel_track

= misfire
// Sally's soft start-up heard as a charge (a draw from the run's seed).
{
- state_of("sally") == "escalated" || flooded("sally"):
    You see? I could say it in a birthday card and she'd hear a complaint. #speaker:sally #move:sally.criticize
- else:
    On the right, Sally's face falls, three seconds after Jo's words left her. She said it the way the books say.
}
Sally said it well, and it landed on months of calls at the wrong hour. That isn't a failure of Sally's, and it isn't a reason to give up on soft start-ups. #coach
~ note_before()
* [Slow it down. Jo, what did you hear just then? #move:slow_down]
    Let's slow right down, and let the lag catch up. Sally said she feels far away. Jo, what did you hear? #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("jo"):
        Jo shakes her head. Nothing comes. #move:jo.stonewall
    - state_of("jo") == "escalated" || stance_of("jo") == "defending":
        What I always hear. That I'm not doing it right. #speaker:jo #move:jo.defend
    - else:
        ~ counsel_jo_word = "duty"
        That there's a right way to be on the phone, and I'm not doing it. I know that's not what she said. #speaker:jo #move:jo.own_part
    }
    {
    - stance_of("sally") == "attacking" || flooded("sally"):
        Because I've said it nicely a hundred times. #speaker:sally #move:sally.criticize
    - else:
        I didn't mean that. I meant I miss you. #speaker:sally #move:sally.repair
    }
    Slowing a misfire down separates the message sent from the message received. Both are real, and the gap between them, here three seconds wide, is where the cycle lives. #coach
* [Name it: Sally spoke softly, Jo heard a verdict. The circle did that. #move:name_cycle]
    Can I point to what just happened? Sally, you said that as gently as you know how. Jo, you heard a verdict anyway. That isn't either of you failing. It's the circle you're in. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("jo"):
        Jo nods, barely. #move:jo.withdraw
    - state_of("jo") == "escalated" || stance_of("jo") == "defending":
        Maybe. It still sounded like one. #speaker:jo #move:jo.defend
    - else:
        It did sound like one. Most things do, lately. #speaker:jo #move:jo.own_part
    }
    { before_flooded:
        Naming the misfire as the cycle's doing is right, but someone was over the line: a flooded body can't take in a reframe. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Naming the misfire as the cycle's doing keeps both out of the dock: the sentence was good, the hearing has a history, and the pattern is the problem. #coach
    }
* [Jo, Sally said that as gently as anyone could. Can you hear that? #move:take_sides #to:sally]
    Jo, Sally said that about as gently as anyone could. Can you hear that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "sally"
    {
    - flooded("jo"):
        Jo's face closes. She says nothing at all. #move:jo.stonewall
    - else:
        Right. So it's my hearing now. Two against one, and one of you's in Singapore. #speaker:jo #move:jo.defend
    }
    Defending the soft start-up makes Sally right and Jo wrong, which is what Jo heard in the first place. A misfire needs understanding on both sides, not a referee. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (responded)
-> counsel_cue

=== counsel_track ===
~ note_before()
* [Take them back through that Sunday, slowly, message by message. #move:slow_down]
    Let's slow right down and go back to that Sunday. Not who was right. Just what happened, in order, and what each of you noticed. Message by message. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_slow_walk = true
    ~ counsel_sally_heard = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    You take them through it: the photo at twenty to five in Leeds, twenty to midnight in Singapore; the reply; the call; the freeze; the drop; who waited for whom. #time:6
    {
    - stance_of("sally") == "cold":
        Sally answers in single words. #move:sally.withdraw
    - stance_of("sally") == "attacking" || flooded("sally"):
        The line went and she didn't ring back. Four days. #speaker:sally #move:sally.criticize
    - else:
        The line went, and I lay there waiting for her to ring, because it was her wifi. And she didn't. #speaker:sally #move:sally.share_vulnerable
    }
    {
    - flooded("jo"):
        Jo is looking at the table. #move:jo.withdraw
    - stance_of("jo") == "defending" || state_of("jo") == "escalated":
        You always ring. I thought you'd ring. #speaker:jo #move:jo.defend
    - else:
        I stood in the kitchen with the laptop waiting for her to ring. Because she always rings. #speaker:jo #move:jo.share_vulnerable
    }
    { before_flooded:
        A slow walk through the night was good work, and slowing is the right instinct; but with someone over the line, slow the bodies before the story. #coach
      - else:
        Slowing down puts the sequence on the table where both can see it: two people in two kitchens, each waiting for the other to ring. #coach
    }
* [Sally, going quiet for ten days on purpose is a bit of a game, isn't it? #move:take_sides #to:jo]
    Sally, can I be honest? Going quiet for ten days on purpose to see what Jo does, that's a bit of a game, isn't it? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "jo"
    ~ counsel_game_said = true
    {
    - flooded("sally"):
        Sally's face goes still, and then her camera goes dark for a second, and comes back. #move:sally.withdraw
    - else:
        I know it's a game. That's why I came here. I hate it. And it worked. #speaker:sally #move:sally.defend
    }
    {
    - flooded("jo"):
        Jo looks at the table. #move:jo.withdraw
    - else:
        Jo looks at her screen for a long moment.
        You did it on purpose? #speaker:jo #move:jo.criticize
    }
    Sally's own question is whether the cool is authentic; the counselor answered it for her, as a charge, in front of Jo. Siding with one partner makes the other the problem, and it told Jo about the game in the worst way. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it. #coach #mistake:pressed_on_flooded
    }
* [Pause them. Name the circle they're in, out loud. #move:name_cycle]
    Can I pause you both? Look at what just happened. Sally reached; Jo went quiet; the screen froze, and Sally read the frozen face as Jo going; Jo heard the end of it and went quieter. #speaker:counselor
    I don't think either of you is the problem. I think that circle is, and the seven hours make it turn faster. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("jo"):
        Jo nods, barely. She doesn't look at the camera. #move:jo.withdraw
    - stance_of("jo") == "defending" || state_of("jo") == "escalated":
        It's not much of a circle if I'm always the one going cold. #speaker:jo #move:jo.defend
    - else:
        That's... yeah. That's most calls. #speaker:jo #move:jo.turn_toward
    }
    {
    - stance_of("sally") == "cold":
        Sally says nothing. She is looking at her own small square. #move:sally.withdraw
    - stance_of("sally") == "attacking" || flooded("sally"):
        It's a circle because she won't step out of it. #speaker:sally #move:sally.blame
    - received("sally") == "misread":
        Faster. Because of me, you mean. #speaker:sally #move:sally.defend
    - else:
        I hate that circle. I hate being the one always ringing. #speaker:sally #move:sally.share_vulnerable
    }
    { before_flooded:
        Naming the cycle is the right reframe at the wrong moment: someone was over the line, and a flooded body can't take it in. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the cycle externalizes it: the enemy is the pattern, not the partner. It is the first reframe of EFT's de-escalation, and here the screen is part of the pattern. #coach
    }
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (tracked)
-> counsel_cue

=== counsel_cue ===
You ask what happens at home, as it were, when it goes badly.
{
- stance_of("sally") == "attacking" || flooded("sally"):
    She shuts the laptop. Just shuts it. And I ring and ring. Eleven times, once. #speaker:sally #move:sally.blame
- else:
    Sometimes she shuts the laptop. And I ring back. Too many times. Eleven, once. #speaker:sally #move:sally.own_part
}
{
- flooded("jo"):
    Jo's hands are flat on the table. She doesn't answer. #move:jo.stonewall
- stance_of("jo") == "present" && state_of("jo") == "calm":
    ~ counsel_jo_word = "laptop"
    Because if I don't shut it I'll say something I can't take back, from nearly seven thousand miles away, and she'll have to sit with it on her own. #speaker:jo #move:jo.share_vulnerable
- else:
    Because if I don't, it gets worse. #speaker:jo #move:jo.defend
}
~ note_before()
* [So the harder Sally rings, the faster the laptop shuts; and the faster it shuts, the harder she rings. #move:reflect]
    So the harder Sally rings, the faster the laptop shuts. And the faster it shuts, the harder she rings. #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("jo"):
        Jo nods without looking up. #move:jo.withdraw
    - else:
        Pretty much. #speaker:jo #move:jo.turn_toward
    }
    {
    - state_of("sally") == "flooded":
        Sally nods once, fast. Her breathing hasn't slowed. #body:sally.flooded
    - stance_of("sally") == "attacking" || stance_of("sally") == "cold" || flooded("sally"):
        Sally looks away from her camera. #move:sally.withdraw
    - else:
        That's about right. #speaker:sally #move:sally.turn_toward
    }
    { before_flooded:
        An accurate reflection, sent to someone over the line. Stop first; reflect when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        A good reflection of the cycle: each one's move feeds the other's. #coach
    }
    Eleven calls and a shut laptop are new since the assessment, when you saw each of them alone. New information like this is the cue to check again, briefly and with each of them alone: you don't know what it means in this couple until each can answer privately. #coach
    -> later
* [Ask them both, while it's on the table: does either of you ever feel frightened of the other, or controlled? #move:screen_safety]
    While we're on it: when it's bad, does either of you ever feel frightened of the other? Checked up on, controlled? #speaker:counselor
    ~ counsel_screened = "joint"
    The lag gives each of them three seconds to watch the other's face before answering.
    {
    - flooded("sally"):
        No. Nothing like that. #speaker:sally #move:sally.defend
    - else:
        No. God, no. #speaker:sally #move:sally.defend
    }
    {
    - flooded("jo"):
        Jo shakes her head without looking up. #move:jo.withdraw
    - else:
        No. She rings a lot. That's all. #speaker:jo #move:jo.defend
    }
    A safety question asked with both on the call gets the answer the call allows: each answers in front of the other, and over video you can't even see who else is in the room. Two no's said together tell you nothing yet. Ask each alone. #coach #mistake:joint_screening
    Eleven calls after a shut laptop may be a pursuer's panic; you can't tell from a joint answer. See each alone before the hour ends; if fear or control shows, stop the joint work, plan for safety and refer. #coach
    { before_flooded:
        And someone was over the line when you asked. #coach #mistake:pressed_on_flooded
    }
    -> later
* [Eleven calls, a shut laptop: that's new since the assessment. See each of them alone for a couple of minutes. #move:screen_safety #to:sally]
    -> sally_alone
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (screened)
-> counsel_heat_rises

= later
~ note_before()
* [Move each of them into a private room on the call now, briefly. It's routine. #move:screen_safety #to:sally]
    -> sally_alone
* [Leave it for today and keep the thread: ringing and the shut laptop are the cycle. #move:psychoeducation]
    A lot of couples at a distance know that one. One of you rings more, the other gets harder to reach, and the screen makes each move look bigger. Let's stay with it. #speaker:counselor
    { counsel_screened == "joint":
        The joint answer stays the only answer you have, and it isn't one. See each alone before they leave today, or contact each separately before next session. #coach
      - else:
        The check-in can wait for a quieter moment, but it can't be skipped: until each has been asked alone, you don't know what eleven calls mean in this couple. #coach
    }
    { before_flooded:
        And someone was over the line: explaining the cycle to a flooded body is pressing on. #coach #mistake:pressed_on_flooded
    }
    -> counsel_heat_rises
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause

= sally_alone
{ counsel_screened == "joint":
    You both said no. I'd still like a couple of minutes with each of you on your own; I do it with every couple. #speaker:counselor
  - else:
    I'd like a quick word with each of you on your own, a couple of minutes each. I do it with every couple, whenever calls get cut off or chased at home. It's routine, not a suspicion. #speaker:counselor
}
You move Jo into a waiting room on the call and check that she has gone. Sally alone: has she been frightened of Jo, hurt, threatened, kept from anything or anyone? Has she ever frightened Jo? #time:2
No, she says. The eleven calls were panic, and she's ashamed of them. She's frightened of losing Jo. Not of her.
-> alone

= alone
~ note_before()
* [Now Jo, alone: the same questions. #move:screen_safety #to:jo]
    You bring Sally back to the waiting room and Jo in. The same questions, the same couple of minutes. You ask whether anyone else is in the house. No, just the dog. #time:2
    No, she says. Sally rings a lot when it's bad, and she shuts the laptop, and that's the worst of it. Then she asks if Sally said something.
    You tell her what you tell everyone: what each says alone stays between the two of you, unless someone is in danger.
    You bring them both back onto the call. #time:1
    ~ counsel_screened = "alone"
    Screening goes with each partner alone, every time it comes up; over video, check that the other has really left and who else is in the room. Nothing either said alone suggests fear today. Keep asking as the work goes on; if fear or control appears, stop the joint work, plan for safety and refer. #coach
* [Sally's the one who rang eleven times, and she's fine. Save the minutes: bring her back. #move:psychoeducation]
    You bring them both back. We'll keep an eye on the ringing and the laptop together, as the work goes on. A lot of couples at a distance get into that. #speaker:counselor
    ~ counsel_screened = "sally_only"
    {
    - flooded("jo"):
        Jo nods at her table. #move:jo.withdraw
    - else:
        It's fine. #speaker:jo #move:jo.turn_toward
    }
    Routine screening means both partners, each alone, whoever did the ringing: fear and control don't follow who is loud or who is quiet. Two minutes with Jo were cheap; skipping them leaves half the question unasked. Contact her separately before next session. #coach
    { before_flooded:
        And someone was over the line: seeing Jo alone would have parted them for a couple of minutes as well. #coach #mistake:pressed_on_flooded
    }
- (checked)
-> counsel_heat_rises

=== counsel_heat_rises ===
// The hot content: the cool Sally played on purpose. After a side taken or a fix, it comes as a
// charge; heard and with the cycle tracked, as a confession.
~ temp sally_soft_here = false
{
- counsel_game_said:
    Sally turns back to her camera.
    {
    - flooded("sally") || stance_of("sally") == "attacking":
        Yes, all right, I did it on purpose. I read it in an article. And she came closer, so tell me what that says. #speaker:sally #move:sally.blame
    - else:
        Yes. I did it on purpose. I read an article, and I stopped the morning messages, and she came closer. And I felt sick about it. #speaker:sally #move:sally.own_part
    }
- stance_of("sally") == "cold":
    Sally turns back to her camera. I stopped trying, ten days before that Sunday. On purpose. She was nicer to me. What would be the point of trying. #speaker:sally #move:sally.criticize
- flooded("sally") || stance_of("sally") == "attacking":
    And I'll say it: I went cool on purpose. Ten days. And she came running. So she can do it, she just doesn't when I'm trying. #speaker:sally #move:sally.blame
- counsel_sided_with == "sally" || counsel_advised:
    A fixed call. I'll tell you what works. Ignoring her. I tried it for ten days and she came closer. #speaker:sally #move:sally.blame
- counsel_sally_heard && counsel_tracked && state_of("sally") != "escalated":
    ~ sally_soft_here = true
    There's something I haven't told her. Before that Sunday I'd been going cool on purpose. I read an article. And she came closer, and I hated it. It felt like a game. I don't want to have to play a game to be wanted. #speaker:sally #move:sally.share_vulnerable
- else:
    I went cool on purpose, before that Sunday. Ten days. And she came closer. So. #speaker:sally #move:sally.criticize
}
~ counsel_game_said = true
~ temp jo_silent = false
{
- flooded("jo"):
    ~ jo_silent = true
    Jo's face goes blank on the screen, and stays blank. Not the wifi. #move:jo.stonewall #body:jo.flooded
- sally_soft_here && received("jo") != "misread" && state_of("jo") == "calm":
    I noticed. The mornings. I thought you'd met someone. #speaker:jo #move:jo.share_vulnerable
- state_of("jo") == "escalated" || stance_of("jo") == "defending":
    So I've been managed. For ten days. And now you're telling a stranger about it. #speaker:jo #move:jo.blame
- else:
    You did it on purpose. Okay. #speaker:jo #move:jo.defend
}
{
- stance_of("sally") == "cold":
    Sally looks off screen. #move:sally.withdraw
- stance_of("sally") == "attacking" || state_of("sally") == "escalated" || flooded("sally"):
    {jo_silent:And there it is. The face.|Managed. I've been managed for eight months, Jo. On your schedule.} #speaker:sally #move:sally.blame
- sally_soft_here && received("sally") != "misread":
    There's nobody. There's only ever been you. I just wanted you back. #speaker:sally #move:sally.share_vulnerable
- else:
    {jo_silent:Say something, Jo.|I didn't know what else to do.} #speaker:sally #move:sally.criticize
}
{
- state_of("sally") == "flooded":
    Sally's voice is high and fast now, and the lag chops it. #body:sally.flooded
- state_of("sally") == "escalated":
    Sally's voice is up now, quick and sharp. #body:sally.hot
- sally_soft_here:
    Sally's voice is quieter than it has been all session.
- else:
    The edge is back in Sally's voice.
}
{
- state_of("jo") == "flooded":
    Jo has gone very still. Her jaw is set, and her camera shows a muscle moving in it. #body:jo.flooded
- state_of("jo") == "escalated":
    Jo's voice is up, which it almost never is. #body:jo.hot
- else:
    Jo sits very still, watching her screen.
}
~ note_before()
* [Sally, you're right: it shows Jo can come closer when she wants to. #move:take_sides #to:sally]
    Sally, I think you've found something. It shows Jo can come closer when she wants to. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "sally"
    {
    - flooded("jo"):
        Jo's face goes blank and stays blank. #move:jo.stonewall
    - else:
        When she wants to. Right. So it's what I want. Great. #speaker:jo #move:jo.defend
    }
    {
    - flooded("sally"):
        Sally looks at her keyboard. #move:sally.withdraw
    - else:
        Thank you. #speaker:sally #move:sally.blame
    }
    Siding with the pursuer makes the withdrawal a choice and the withdrawer the culprit. Jo hears that the counselor is Sally's, and goes further away; Sally hears that the game was the answer. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it. #coach #mistake:pressed_on_flooded
    }
* [Jo, hearing that you'd been managed: that's the part that stung. #move:validate #to:jo]
    Jo, hearing that the quiet was on purpose. I think that's the part that stung. #speaker:counselor
    {
    - flooded("jo"):
        Jo nods hard and doesn't trust herself to speak. #move:jo.withdraw
    - else:
        Yes. Because I'd missed her. And it was a trick. #speaker:jo #move:jo.turn_toward
    }
    {
    - flooded("sally"):
        Sally's camera goes dark for a second and comes back. #move:sally.withdraw
    - else:
        It wasn't a trick. It was... I don't know what it was. #speaker:sally #move:sally.defend
    }
    { before_flooded:
        Validating Jo was kind, and someone was over the line; a flooded body barely takes in warmth. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Validation for the one who stung: Jo's hurt makes sense. It doesn't make Sally the villain; the next move has to give Sally the same. #coach
    }
* [Explain why the cool "worked", and what flooding looks like on a screen. #move:psychoeducation]
    Can I say what I think is happening? When Sally reached harder, Jo felt more pressure and went further away. When Sally stopped, the pressure stopped, and Jo could come forward. That's why it worked. It's the dance, not a trick anyone is good at. #speaker:counselor
    And when either of you goes over about a hundred beats a minute, it gets very hard to take anything in. On a screen, that looks like a frozen face. It takes about twenty minutes to come down. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    ~ counsel_taught_twenty = true
    {
    - flooded("jo"):
        Jo nods once. She can't find words, which seems to prove the point. #move:jo.withdraw
    - else:
        ~ counsel_jo_word = "duty"
        The calls were like a duty. Every day at four. I'd see her name come up and my stomach would go. And when it stopped, I missed her. #speaker:jo #move:jo.share_vulnerable
    }
    {
    - state_of("sally") == "flooded":
        Sally shakes her head, too fast. #body:sally.flooded
        So I'm meant to stop ringing, and then she'll love me. #speaker:sally #move:sally.defend
    - stance_of("sally") == "attacking" || flooded("sally"):
        So it's my fault for ringing. #speaker:sally #move:sally.defend
    - else:
        I thought she'd stopped caring. I didn't know it was pressure. #speaker:sally #move:sally.share_vulnerable
    }
    { before_flooded:
        The content is right, but you explained flooding to someone who was flooded: a body over the line can't take in a lecture. Stop the talk first. #coach #mistake:pressed_on_flooded
      - else:
        Psychoeducation makes sense of the strategic distance without making it a verdict: less pressure lets a distancer come forward (Christensen and Heavey), and it also leaves the pursuer unseen. #coach
    }
* [Step in now, before it runs away. #move:block]
    Let me stop you both there. Not because it doesn't matter. Because it does, and I can see it getting away from you, and the lag makes it worse. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - state_of("sally") == "flooded":
        Sally stops mid-word and presses her lips together, breathing hard. #body:sally.flooded
    - else:
        Sally stops. She sits back from her camera.
    }
    {
    - state_of("jo") == "flooded":
        Jo still can't look at the screen. #body:jo.flooded
    - else:
        Jo lets out a breath.
    }
    { sally_soft_here && before_calm:
        Blocking interrupts escalation. Here Sally had just said something soft, and a block can land as being shut down: when it comes soft, stay with it. #coach
      - else:
        Blocking interrupts escalation before it does damage. It isn't silencing anyone; it protects the conversation they both came here to have. #coach
    }
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (met)
-> counsel_crossroads

=== counsel_crossroads ===
// After the hot content: if someone is over the line or the room is too hot, the choice is to stop it.
{ flooded("sally") || flooded("jo") || counsel_heat >= 2:
    -> hot_room
}
-> counsel_pace("heat")

= hot_room
{
- flooded("jo"):
    Jo's camera shows her pushing her chair back from the table.
- flooded("sally"):
    Sally has her hand over her mouth.
- else:
    Both faces are tight, three seconds apart.
}
~ note_before()
+ [Call a twenty-minute time-out: both off camera, and you'll ring them back into the call. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
* [Press on. Jo, what's happening for you right now? #move:evoke]
    Let's keep going. Jo, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on
* [Slow it right down: a minute of breathing together, cameras on. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_settle

=== counsel_settle ===
Let's slow down. Just breathe with me for a minute: in for four, out for six. Cameras on, nobody has to say anything. #speaker:counselor
In Leeds, a bus goes past your window. In Singapore, someone's television through Sally's wall. They breathe. #time:2
{
- flooded("sally") || flooded("jo"):
    It takes the edge off; it isn't enough. Someone is still over the line, and only twenty quiet minutes bring a flooded body down (Gottman). #coach
- else:
    It holds. Slowing the room in the room, without a break, is often enough when nobody is flooded. #coach
}
-> counsel_pace("heat")

=== counsel_press_on ===
{ hour_gone():
    -> counsel_out_of_time
}
{ counsel_heat >= 2 || flooded("jo") || flooded("sally"):
    -> counsel_walk_out
}
You stayed with it, and it held: tense, not flooded. Pressing on works only while both of them can still think. #coach
-> counsel_jo_inside.first_answer

=== counsel_calm_break ===
// A twenty-minute time-out with nobody escalated or flooded.
~ counsel_calm_timeout = true
~ counsel_break = "full"
Twenty minutes, then. Cameras off, and in twenty minutes I'll ring you both back into the call. #speaker:counselor
Two black squares. You answer an email. The bakery downstairs starts on the afternoon bread. #time:10
Twenty minutes after the screens went dark, you ring them both back in. #time:10
Nobody was escalated or flooded: the room was workable. A twenty-minute time-out is for a body over the line (Gottman); called without one, it spent two-fifths of the hour and broke the thread. #coach #mistake:calm_time_out
-> counsel_time_out.both_back

=== counsel_flood_pause ===
~ counsel_flooded_at_break = true
I'd like us to stop here for twenty minutes. Cameras and microphones off. Do something that isn't this: make tea, walk round the garden. In twenty minutes I'll ring you both back into the call. #speaker:counselor
-> counsel_time_out

=== counsel_time_out ===
// The time-out started on the choice; its minutes pass on the #time lines below.
~ counsel_flooded_at_break = counsel_flooded_at_break || flooded("sally") || flooded("jo")
Two squares go black.
{ not counsel_taught_twenty:
    A time-out is a break, not an exit: about twenty minutes apart (a flooded body needs that long to come down), something to do that doesn't rehearse the fight, and a set time to come back. #coach
    ~ counsel_taught_twenty = true
  - else:
    A time-out is a break, not an exit: all of the time apart, something to do, and a set time to come back. #coach
}
You stand at your window. Below, the queue at the bakery. #time:4
In the chat, you can see that Jo has gone idle. #time:4
// A pursuer breaks a break by reaching; a flooded withdrawer, by coming back too soon.
{ stance_of("sally") == "cold" || (flooded("jo") && not flooded("sally")) || (state_of("sally") != "flooded" && arousal("jo") + 10 >= arousal("sally")):
    -> back_too_soon
}
-> sally_reaches

= sally_reaches
In the meeting chat, a private message to you from Sally. She wants to send Jo one message during the break. Just one. Is that all right?
~ note_before()
* [Let her send it. One message might settle them both. #move:evoke]
    One message, then. Gently. #speaker:counselor
    -> one_message
* [Not yet. Hold the twenty minutes; you'll ring them both back in. #move:time_out=20]
    You message her back: Not yet, Sally. Twelve more minutes. I'll ring you both back in, I promise. #speaker:counselor
    Sally's reply is a thumbs-up, after a long time.
    Twelve minutes later, you ring them both back in. #time:12
    -> both_back

= one_message
{
- flooded("sally"):
    Sally, to Jo: Please don't decide it's hopeless while you're off. Please. #speaker:sally #move:sally.demand
- else:
    Sally, to Jo: I'm not angry. I just wanted you to know that. x #speaker:sally #move:sally.repair
}
{
- flooded("jo"):
    Jo, to Sally: Not now. #speaker:jo #move:jo.withdraw
- else:
    Jo, to Sally: I know. Let me have the twenty. #speaker:jo #move:jo.ask_space=12
}
{
- before_flooded:
    One message during the break is still talk during it, however it is meant: someone was still over the line, and a body still cooling hears the fight starting again. The twenty minutes start again. #coach #mistake:pressed_on_flooded
- state_of("jo") == "flooded" || state_of("sally") == "flooded":
    One message is still talk during the break. A body still cooling hears the fight starting again, and the twenty minutes start again. #coach
- else:
    Nobody was flooded, so one message did little harm this time. But the break is over now, for both of them. #coach
}
~ note_before()
* [Start the twenty minutes again, from now. #move:time_out=20]
    You message them both: the twenty minutes start again from now. I'll ring you back in. #speaker:counselor
    ~ counsel_restarted = true
    Two black squares. You wait. #time:10
    The bakery's bell, over and over. #time:10
    -> both_back
* [Ring them both back in now and carry on. Jo, what's happening for you right now? #move:evoke]
    You ring them both back in. Jo, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

= back_too_soon
Jo's camera comes back on. She's fine now, she says. Can they just get on with it? #time:2
{ flooded("jo"):
    Her face says otherwise: pale, her jaw tight. #body:jo.stirred
}
~ note_before()
* [Take her at her word. Ring Sally back in and carry on. #move:evoke]
    All right. You ring Sally back in; she arrives with wet hair, fresh from a shower she'd taken to fill the time.
    Jo, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on
* [Not yet. Send her back for the rest of the twenty. #move:time_out=20]
    Not yet, Jo. Ten more minutes. Give yourself the whole twenty; I'll ring you both back in. #speaker:counselor
    Jo's square goes black again. Ten minutes later, you ring them both back in. #time:10
    -> both_back

= both_back
~ counsel_break = "full"
~ counsel_heat = 0
{ counsel_calm_timeout:
    They come back on camera politely, like people at the start of a meeting.
    -> reentry
}
The squares light up again: Jo with a mug, Sally by an open window, the night behind her.
{
- flooded("jo"):
    Jo is still pale. She looks at her screen once. #body:jo.stirred
- else:
    Sorry. I'm back. #speaker:jo #move:jo.repair
}
{
- flooded("sally") || state_of("sally") == "escalated":
    Sally sits with her arms folded. She doesn't say anything yet.
- received("sally") == "misread":
    Back for how long. #speaker:sally #move:sally.criticize
- else:
    I'm sorry too. I went at you. #speaker:sally #move:sally.own_part
}
Notice the second half: the bodies have come down, and there's room to reach. Calm is the precondition for anything deeper. #coach
- (reentry)
{ not time_for(8):
    -> counsel_reentry
}
~ note_before()
* [Welcome them back, and name what they just did: they stopped, and they came back. #move:validate]
    You both came back. That's the hardest part of a break, and at a distance it's harder still: nobody could see the other come back. You did it anyway. #speaker:counselor
    {
    - flooded("sally"):
        Sally nods, not yet trusting her voice.
    - else:
        Sally lets out a breath. #move:sally.self_soothe
    }
    {
    - flooded("jo"):
        Jo looks at her mug.
    - else:
        Slower would be good. #speaker:jo #move:jo.turn_toward
    }
    { before_flooded:
        Someone is still over the line: a welcome is kind, and it doesn't bring a body down. #coach #mistake:pressed_on_flooded
      - else:
        Re-entry after a time-out: welcome them back, name the return as the skill it is, and start slower than where you stopped. #coach
    }
* [Pick up exactly where you stopped: the ten days of cool. #move:evoke]
    Let's go back to where we were. Sally, the ten days. #speaker:counselor
    {
    - flooded("sally") || stance_of("sally") == "attacking":
        I went cool and she came closer. That's where we were. #speaker:sally #move:sally.blame
    - else:
        I went cool on purpose, and she came closer. #speaker:sally #move:sally.criticize
    }
    {
    - flooded("jo"):
        Jo's jaw tightens. She says nothing. #move:jo.stonewall
    - else:
        Do we have to do this again? #speaker:jo #move:jo.defend
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
{ counsel_break_spoken:
    A long second with nobody moving. Then one camera goes off, and the other.
- else:
    Let's stop here. Twenty minutes, cameras off, and then we'll finish together, calmly. Nothing more has to be solved today. #speaker:counselor
}
Two black squares. The bakery's bell. #time:10
Twenty minutes after the screens went dark, you ring them both back in. #time:10
{ hour_gone():
    -> counsel_out_of_time
}
-> counsel_reentry

=== counsel_reentry ===
// Back from a break late in the hour: one small step of re-entry, then the close.
{ hour_gone():
    -> counsel_out_of_time
}
{ counsel_late_break:
    The two squares light up again. Jo has a glass of water; Sally has opened her window, and the night noise of Tiong Bahru comes in with her.
}
{
- flooded("jo"):
    Jo is still pale. #body:jo.stirred
- flooded("sally"):
    Sally's eyes are red. #body:sally.stirred
}
~ note_before()
* [Welcome them back: they stopped, and they came back. #move:validate]
    You both came back. At a distance that's the hardest part of a break: nobody can see the other come back. You did it anyway. #speaker:counselor
    {
    - flooded("sally"):
        Sally nods.
    - else:
        Sally lets out a breath. #move:sally.self_soothe
    }
    {
    - flooded("jo"):
        Jo looks at her glass.
    - else:
        Yeah. #speaker:jo #move:jo.turn_toward
    }
    { before_flooded:
        Someone is still over the line: a welcome is kind, and it doesn't bring a body down. #coach #mistake:pressed_on_flooded
      - else:
        Re-entry: name the return as the skill it is, and start slower than where you stopped. #coach
    }
* [Ask each of them for one word: how are you, now? #move:reflect]
    ~ counsel_tracked = true
    Before we close, one word each. How are you, right now? #speaker:counselor
    {
    - flooded("sally"):
        Sally shakes her head. #move:sally.withdraw
    - else:
        Tired. #speaker:sally #move:sally.self_soothe
    }
    {
    - flooded("jo"):
        Jo shrugs. #move:jo.withdraw
    - else:
        Here. #speaker:jo #move:jo.turn_toward
    }
    { before_flooded:
        Someone is still over the line, and even one word is asking. #coach #mistake:pressed_on_flooded
      - else:
        One word each: small enough to say, and it tells you whether the bodies came down. #coach
    }
- (back)
With {minutes_left()} minutes left after the break, close: a calm close is worth more than one more intervention. #coach
-> counsel_close

=== counsel_walk_out ===
{ not flooded("sally") && not flooded("jo"):
    -> boil_over
}
- (leaving)
{ not flooded("sally") && not flooded("jo"):
    -> freeze
}
{
- flooded("sally") && (counsel_sided_with == "jo" || not flooded("jo")):
    Sally's eyes drop to the corner of her screen; her hand goes to the trackpad.
- else:
    Jo pushes her chair back. Her hand is on the laptop lid.
}
~ note_before()
+ [Stop them: don't leave. Twenty minutes, cameras off, and you'll ring them both back in. #move:time_out=20]
    Please don't leave the call. Let's stop instead: twenty minutes, cameras off, and I'll ring you both back in. Leaving and stopping aren't the same thing. #speaker:counselor
    ~ counsel_break_spoken = true
    At the edge of the exit, the same exit turned into a break: a time to come back makes stopping safe for both of them. #coach
    -> counsel_late_time_out
* [Before you go: can you say what's happening for you, right now? #move:evoke]
    Before you go. Can you say what's happening for you, right now? #speaker:counselor
    { before_flooded:
        Asking a flooded body for words as it reaches for the exit is pressing on: it can only answer with the door. #coach #mistake:pressed_on_flooded
    }
    -> gone
* [Name it for them: this is the laptop shutting, here, in the room. #move:name_cycle]
    ~ counsel_tracked = true
    This is it, isn't it. This is the laptop shutting, here, with me. #speaker:counselor
    { before_flooded:
        True, and said to a body over the line, halfway out of the call: naming the cycle needs ears that can take it in. Stop first. #coach #mistake:pressed_on_flooded
    }
    -> gone
= gone
{
- flooded("sally") && (counsel_sided_with == "jo" || not flooded("jo")):
    -> sally_leaves
- flooded("jo"):
    -> jo_leaves
- flooded("sally"):
    -> sally_leaves
- else:
    -> freeze
}
= boil_over
The question lands in a call gone tight and wary. Sally answers before Jo can, and the lag makes it sound as if she's interrupting.
{
- stance_of("sally") == "cold":
    Ask away. She'll tell you it's fine. It's always fine. #speaker:sally #move:sally.contempt
- counsel_sided_with == "jo":
    Go on, ask her. Everyone's so careful with Jo. #speaker:sally #move:sally.blame
- else:
    Nothing. That's what's happening for her. It's always nothing, or the wifi. #speaker:sally #move:sally.criticize
}
{
- flooded("jo"):
    Jo's face goes blank on the screen. She is gone, and the connection is perfect. #move:jo.stonewall #body:jo.flooded
- state_of("jo") == "escalated" || stance_of("jo") == "defending":
    Because you don't let me! You answer for me from nearly seven thousand miles away. #speaker:jo #move:jo.defend
- else:
    Jo looks at her table. Whatever she was going to say is gone. #move:jo.withdraw
}
{ not flooded("sally") && not flooded("jo"):
    -> freeze
}
-> leaving
= freeze
Then nothing. Sally looks off screen. Jo looks at her mug. #move:sally.withdraw
Jo doesn't answer anything. #move:jo.stonewall
It doesn't boil over; it sets. Two faces on a screen, both looking somewhere else.
A strained cycle with nobody flooded enough to leave often freezes instead: both withdraw, and at a distance the silence can last for days (Wile's withdraw-withdraw). Pushing on pushed them there. #coach
{ time_for(12):
    The rest of the hour goes by in short, careful answers. #time:8
}
-> counsel_close
= jo_leaves
{
- state_of("jo") == "flooded":
    Jo's hand comes up to her screen.
    I can't do this. Not today. #speaker:jo #move:jo.withdraw
- else:
    I'm done. I'm not doing this with an audience. #speaker:jo #move:jo.withdraw
}
~ counsel_left = "jo"
Jo has left the meeting. Her square goes, and Sally's fills the screen.
{
- state_of("sally") == "flooded":
    Sally stares at where Jo was. Her hands are shaking. #body:sally.flooded
    See? Every time. #speaker:sally #move:sally.blame
- else:
    Sally stares at where Jo was.
    That's what it's like. That's the laptop shutting. #speaker:sally #move:sally.share_vulnerable
}
-> after
= sally_leaves
{ counsel_sided_with == "jo":
    I'm not doing this. Not at nine at night, with the counselor on her side as well. #speaker:sally #move:sally.contempt
  - else:
    I'm not doing this. I've been reaching for eight months and I'm still talking to a frozen screen. #speaker:sally #move:sally.contempt
}
Sally has left the meeting. Her square goes, and Jo's fills the screen.
{
- flooded("jo"):
    Jo stares at her table. #move:jo.stonewall
- else:
    Sal... #speaker:jo #move:jo.bid
}
~ counsel_left = "sally"
-> after
= after
{ counsel_pressed_flooded:
    The question went to a call where someone was already over the line: that was the moment to stop, not to ask. #coach #mistake:pressed_on_flooded
}
{ hour_gone():
    -> debrief
}
~ note_before()
* {counsel_left == "jo"} [Stay with Sally: what happens in her when Jo's square goes? #move:take_sides #to:sally]
    Sally, what happens in you when Jo's square goes? #speaker:counselor
    {
    - flooded("sally") || stance_of("sally") == "attacking":
        What do you think? I'm on my own with it. In Singapore. At nine at night. #speaker:sally #move:sally.blame
    - else:
        I go cold. And then I start ringing. #speaker:sally #move:sally.share_vulnerable
    }
    -> processed_absent
* {counsel_left == "sally"} [Stay with Jo: what happens in her when Sally leaves like that? #move:take_sides #to:jo]
    Jo, what happens in you when Sally leaves like that? #speaker:counselor
    {
    - flooded("jo"):
        Jo shakes her head. She can't. #move:jo.stonewall
    - else:
        I don't know. I should ring her. I don't know if I should ring her. #speaker:jo #move:jo.withdraw
    }
    -> processed_absent
* [Stop the work. Stay with the one who stayed, and don't close until she is steadier. #move:slow_down]
    ~ counsel_tracked = true
    Let's stop here. Just stay with me for a bit; nothing has to be said. #speaker:counselor
    The call is very quiet. You breathe where she can see you, slowly, and wait. #time:4
    Then you ask what she'll do for the next half hour. {counsel_left == "jo":Sally says a shower, then the balcony. She agrees she won't ring Jo tonight; you will ring Jo yourself.|Jo says she'll take the dog up past the allotments. She agrees she won't ring Sally before the morning; you will ring Sally yourself.} #speaker:counselor
    Right call: with one partner gone and the other shaken, the work stops. Don't close until she is steadier; agree what she'll do for the next half hour, and that she won't ring the one who left before then. Then reach the one who left, alone, before next week. #coach
    -> debrief
= processed_absent
Working on with the one who stayed turns the session into a hearing about the one who left: you are on one side of the call, with one of them. Close instead; contact both, separately, before next week. #coach #mistake:take_sides
{ before_flooded:
    And someone was still over the line: this was the moment to stop. #coach #mistake:pressed_on_flooded
}
-> debrief
= debrief
The heat built and the session kept pushing until someone flooded. A flooded body can't take in even a good intervention; over video, leaving is one button away. #coach
{ counsel_taught_twenty:
    When you see flooding, call a time-out and hold it, with a time to come back. That's a break, not an exit. Leaving the call was an exit. #coach
  - else:
    When you see flooding, call a time-out of at least twenty minutes, the time a flooded body needs to come down, with a time to come back. Leaving the call was an exit. #coach
}
{ counsel_mistakes > 0:
    Count the mistakes too: each side taken, fix offered or label given added heat that neither partner could shed. #coach
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
There is still the one who left.
* {counsel_left == "jo"} [Ring Jo, alone, now: is she all right, and will she come back? #move:screen_safety #to:jo]
    You ring Jo on her own. It rings for a long time. She answers with the camera off. #time:2
    -> rang_alone
* {counsel_left == "sally"} [Ring Sally, alone, now: is she all right, and will she come back? #move:screen_safety #to:sally]
    You ring Sally on her own. She answers at once, camera off, the fan going. #time:2
    -> rang_alone
* {counsel_left == "jo"} [Send Jo a short message: it's all right that you left; you'll speak to them both before next week. #move:validate #to:jo]
    -> messaged
* {counsel_left == "sally"} [Send Sally a short message: it's all right that you left; you'll speak to them both before next week. #move:validate #to:sally]
    -> messaged
= rang_alone
You ask her the questions you ask everyone alone: is she safe, is she frightened of anyone, does she want to come back next week. She is, she isn't, she doesn't know. You say the door is open, and that you'll ring both of them before next Wednesday.
Ringing the one who left, alone, is the right repair for the session and a safety check in its own right: a partner who leaves a call is also the one you most need to hear from privately. #coach
-> ended
= messaged
You send a message to {counsel_left == "jo":Jo|Sally} alone: It's all right that you needed to leave. I'd like to speak to you both, separately, before next Wednesday. #speaker:counselor
{ before_flooded:
    A message keeps the door open without chasing. But someone was still over the line, and a message neither parts them nor asks: ringing the one who left, alone, would have done both. #coach #mistake:pressed_on_flooded
  - else:
    A message keeps the door open without chasing. It doesn't yet ask her, alone, whether she's all right; do that before next session. #coach
}
-> ended
= ended
{ time_for(8):
    The session ends early, with one square empty. #ending:walked_out
  - else:
    The session ends with one square empty. #ending:walked_out
}
-> END

=== counsel_pace(done) ===
{ hour_gone():
    -> counsel_out_of_time
}
{ (done == "heat" || done == "break") && time_for(JO_TIME + ENACT_TIME):
    -> counsel_jo_inside
}
{ (done == "heat" || done == "break" || done == "jo") && time_for(REFRAME_TIME + SALLY_TIME + ENACT_TIME):
    -> counsel_reframe
}
{ done != "sally" && time_for(SALLY_TIME + ENACT_TIME):
    -> counsel_sally_inside
}
{ time_for(ENACT_TIME):
    -> counsel_enact
}
-> counsel_close

=== counsel_jo_inside ===
Jo is looking at her mug, not at the camera.
~ note_before()
* [Jo, a simple fix: you ring Sally, at a time you choose, twice a week. #move:advise]
    Here's something simple to try, Jo. You ring Sally, twice a week, at a time you choose. Then it's not all on her. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("jo"):
        Jo nods at the table. #move:jo.stonewall
    - else:
        Sure. I can do that. One more call to get right. #speaker:jo #move:jo.withdraw
    }
    {
    - stance_of("sally") == "cold":
        Sally doesn't answer. #move:sally.withdraw
    - else:
        She'll do it for two weeks. #speaker:sally #move:sally.criticize
    }
    A rule handed to the one who withdraws becomes one more duty to perform, which is what the calls already were. Reach the feeling under the cold first; behaviour follows. #coach #mistake:advise
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears a fix or a label as one more push. #coach #mistake:pressed_on_flooded
    }
    -> counsel_pace("jo")
* [Jo, when Sally's name comes up on the screen at four, what happens inside? #move:evoke #to:jo]
    Jo, when Sally's name comes up on your screen at four o'clock, what happens inside you? I'm guessing it isn't nothing. #speaker:counselor
    -> first_answer
* [Jo, it makes sense you'd go cold if every call feels like an appointment to be glad. #move:validate #to:jo]
    Jo, it makes sense to me that you'd go cold. If every call is an appointment to be glad at, cold is at least honest. #speaker:counselor
    {
    - flooded("jo"):
        Jo nods at the table. #move:jo.withdraw
    - state_of("jo") == "escalated" || stance_of("jo") == "defending":
        It's not cold. I'm just busy. #speaker:jo #move:jo.defend
    - else:
        An appointment. Yeah. #speaker:jo #move:jo.turn_toward
        She doesn't say any more.
    }
    { before_flooded:
        Validation was right, at the wrong moment: someone was over the line. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Validation makes a withdrawn partner safe enough to speak. It doesn't mean Sally is wrong to ring; it means Jo's move makes sense from where Jo sits. It doesn't yet give her words. #coach
    }
    -> second_try
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out

= first_answer
{
- flooded("jo"):
    Jo opens her mouth and closes it again.
    I don't know. I can't, not right now. #speaker:jo #move:jo.withdraw
- state_of("jo") == "escalated" || stance_of("jo") == "defending":
    ~ counsel_jo_braced = true
    Whatever I say she'll hear it as not enough. So why say it. #speaker:jo #move:jo.defend
- else:
    Jo shrugs; the shrug arrives a moment after the question.
    {
    - counsel_jo_word == "duty":
        I said. It's like a duty. That's all I've got. #speaker:jo #move:jo.withdraw
    - counsel_jo_word == "laptop":
        I told you. If I don't shut it I'll say something I can't take back. That's all. #speaker:jo #move:jo.withdraw
    - counsel_jo_word == "distance":
        I said. It's the distance. #speaker:jo #move:jo.withdraw
    - else:
        I don't know. Nothing, really. I just answer. #speaker:jo #move:jo.withdraw
    }
}
{
- stance_of("sally") == "cold":
    Sally looks off screen. #move:sally.withdraw
- stance_of("sally") == "attacking" || flooded("sally"):
    {counsel_jo_braced:Not enough. When have I ever said not enough?|See? "I don't know." From nearly seven thousand miles.} #speaker:sally #move:sally.criticize
- else:
    On the right, Sally waits, and you can see what the waiting costs her, even in a small square.
}
{ before_flooded:
    You reached for the feeling with someone over the line: a body over a hundred beats has no words for it. Stop first. #coach #mistake:pressed_on_flooded
  - else:
    {counsel_jo_braced:A braced answer is often where a withdrawer starts: the question sounded like the next test she could fail. Don't argue with it and don't move on; try again, slower and more concrete.|{counsel_jo_word != "":Jo had already given you a word for it, and the open question only got it back: a withdrawer's first word is a door, not the room. Go back to Jo's word, slower and more concrete.|"I don't know" is where a withdrawer usually starts: an open question asks for words from a mind that goes blank under pressure. Don't fill the silence and don't move on; try again, slower and more concrete.}} #coach
}
-> second_try

= second_try
~ note_before()
{ stance_of("sally") == "attacking" || flooded("sally"):
    Sally is watching, and the watching is not patient.
  - else:
    The silence goes on, and the lag makes it longer. Jo turns her mug round on the table.
}
* [Name what you're seeing: avoidant attachment. She protects herself by not needing anyone. #move:interpret #to:jo]
    Jo, I think what we're seeing is an avoidant pattern. You protect yourself by not needing anyone, so when Sally needs you, you pull away. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("jo"):
        Jo's face goes blank and stays blank. #move:jo.stonewall
    - state_of("jo") == "escalated" || stance_of("jo") == "defending":
        Great. Now I've got a diagnosis as well. #speaker:jo #move:jo.defend
    - else:
        I needed her enough to say yes to her going. #speaker:jo #move:jo.defend
    }
    {
    - stance_of("sally") == "cold":
        Sally says nothing. #move:sally.withdraw
    - else:
        That's it, though. That's exactly it. #speaker:sally #move:sally.criticize
    }
    A label from outside tells Jo what she is instead of asking what she feels, and gives Sally a word to throw. A conjecture stays tentative, stays with this moment, and leaves the correction to her. #coach #mistake:interpret
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears a fix or a label as one more push. #coach #mistake:pressed_on_flooded
    }
    -> counsel_pace("jo")
* [Guess, and let her correct you: part of her went cold because she's been grieving, and angry, and there was nowhere to put it. #move:conjecture #to:jo]
    Jo, can I try a guess? Tell me if it's wrong. I wonder if part of you went cold because you've been grieving, since Sally went. And angry, maybe. And there was nowhere to put that, because you'd said yes. #speaker:counselor
    ~ counsel_last_try = "conjecture"
    -> opens
* [Go slower. One moment: the stairs, the day Sally asked. What happened in her when she said yes? #move:evoke #to:jo]
    Let's not go for the big picture. One moment. The day Sally asked you, on the stairs, about the job. You said yes. What happened in you, right then, while you were saying it? #speaker:counselor
    ~ counsel_last_try = "evoke"
    Jo is quiet for a long time. You let her be. #time:1
    -> opens
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out

= opens
{
- flooded("jo"):
    Jo shakes her head.
    I can't. Not now. #speaker:jo #move:jo.withdraw
- state_of("jo") == "escalated" || stance_of("jo") == "defending":
    {counsel_jo_braced:I've told you. Whatever I say, it's not enough.|Whatever I say she'll hear it as not enough. So why say it.} #speaker:jo #move:jo.defend
- counsel_last_try == "conjecture":
    ~ counsel_jo_engaged = true
    Not grieving. That sounds like someone died. But yes. I said yes on the stairs because it was her chance and I meant it, and then she went, and I'm in the house with the boiler and the dog and her side of the bed. #speaker:jo #move:jo.share_vulnerable
    And I'm angry, and I can't be angry, because I said yes. So when she rings I'm short. And then I'm cold. Cold's easier than angry. #speaker:jo #move:jo.own_part
- else:
    ~ counsel_jo_engaged = true
    I felt proud of her. And I felt the floor go. Both. And I only said the proud bit. Then she went, and I'm in the house on my own, talking to the dog. #speaker:jo #move:jo.share_vulnerable
    And I'm angry, and I can't be angry, because I said yes. So when she rings I'm short. And then I'm cold. Cold's easier than angry. #speaker:jo #move:jo.own_part
}
{ counsel_jo_engaged:
    {
    - state_of("sally") == "flooded":
        Sally's breath is coming fast. She shakes her head, once. #body:sally.flooded
        You could have said. You could have said no. #speaker:sally #move:sally.defend
    - stance_of("sally") == "cold":
        Sally looks at her for a long moment through the lag, and says nothing. #move:sally.withdraw
    - stance_of("sally") == "attacking" || flooded("sally"):
        So it's my fault for asking. #speaker:sally #move:sally.criticize
    - received("sally") == "misread":
        So I ruined it by going. #speaker:sally #move:sally.defend
    - else:
        I thought you'd stopped loving me. I didn't think you were angry. Angry I can... angry's better. #speaker:sally #move:sally.turn_toward
    }
  - else:
    {
    - stance_of("sally") == "attacking" || flooded("sally"):
        See? #speaker:sally #move:sally.criticize
    - else:
        Sally waits, and the waiting goes on too long. #move:sally.withdraw
    }
}
{
- not counsel_jo_engaged && before_flooded:
    You tried again, but someone was over the line: no second try opens a flooded body. Stop first. #coach #mistake:pressed_on_flooded
- not counsel_jo_engaged:
    Jo is braced, and even a gentler second try can't reach past a defence that's still up. Bring the heat down first. #coach
- counsel_last_try == "conjecture":
    A conjecture, held lightly and offered for correction, and Jo corrected it ("not grieving"): that is how it is meant to work. The guess gave her words to push against; the feeling she found is her own. #coach
- else:
    The second try was slower and smaller: one moment, on the stairs. Jo could answer that when she couldn't answer "what happens inside". #coach
}
{ counsel_jo_engaged:
    Under the cold: grief and anger with nowhere to go, not indifference and not someone else. The withdrawal protected a yes she meant. #coach
}
-> counsel_pace("jo")

=== counsel_reframe ===
~ note_before()
* [Draw the whole circle: what each does, what each fears. The cycle is the enemy. #move:name_cycle]
    { counsel_jo_engaged:
        I wonder if it goes like this. Jo, you go cold because cold is easier than the anger you think you're not allowed. Sally, the cold sounds like you've stopped mattering, so you reach harder, and then you try going cool, and it works, and that frightens you more. Does that fit? #speaker:counselor
      - else:
        Here's what I see from this chair. Sally reaches; Jo goes cold; Sally reaches harder, then tries going cool; Jo comes closer, and it doesn't feel like winning to anyone. What each of you feels inside that, I'd like to find out. #speaker:counselor
    }
    Neither of you is the enemy. The circle is, and the seven hours give it more room to turn. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("jo"):
        Jo nods slowly. #move:jo.withdraw
    - else:
        Put like that, it's not her against me. It's us against... that. #speaker:jo #move:jo.turn_toward
    }
    {
    - state_of("sally") == "flooded":
        Sally's hand is at her mouth. #body:sally.flooded
        I don't want to be the enemy. #speaker:sally #move:sally.defend
    - stance_of("sally") == "cold":
        Sally doesn't answer, but she doesn't look away either. #move:sally.withdraw
    - stance_of("sally") == "attacking" || flooded("sally"):
        Maybe. But I'm the one doing all the ringing. #speaker:sally #move:sally.criticize
    - else:
        It didn't feel like winning. It felt like lying. #speaker:sally #move:sally.turn_toward
    }
    {
    - before_flooded:
        The reframe is sound, but someone was over the line and couldn't take it in. #coach #mistake:pressed_on_flooded
    - counsel_jo_engaged:
        The EFT reframe, offered as a guess and built on what Jo said: the problem is the cycle, and each move, the cold and the cool alike, makes sense as protection. #coach
    - else:
        The reframe stays with what you saw, the steps and not what's inside them: nobody has said their fear yet, so don't say it for them. #coach
    }
* [Propose a fair split: Jo's time on weekdays, Sally's at weekends. #move:advise]
    What if you split the clock? Weekday calls at a time that suits Jo, weekend calls at a time that suits Sally. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("jo"):
        Jo nods at the table. #move:jo.withdraw
    - else:
        I can do that. #speaker:jo #move:jo.withdraw
    }
    {
    - stance_of("sally") == "cold":
        Fine. Whatever. #speaker:sally #move:sally.withdraw
    - stance_of("sally") == "attacking" || flooded("sally"):
        Great. A timetable for my own partner. #speaker:sally #move:sally.contempt
    - else:
        So I get her by timetable. #speaker:sally #move:sally.criticize
    }
    Compromise before understanding: Jo agrees to get out of the hot seat; Sally hears that closeness has to be booked. The clock is real, and it isn't the problem yet. #coach #mistake:advise
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears a fix or a label as one more push. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (reframed)
-> counsel_pace("reframe")

=== counsel_sally_inside ===
{
- state_of("sally") == "flooded":
    Sally is sitting very straight, too close to her camera. #body:sally.flooded
- stance_of("sally") == "attacking":
    Sally is sitting very straight.
- else:
    You turn to Sally's square. It's nearly nine there; the window behind her is black.
}
~ note_before()
* [Tell her what drives it: anxious attachment; the game is protest behaviour. #move:interpret #to:sally]
    Sally, I think your pursuing comes from an anxious attachment, and the ten days of cool were protest behaviour: the same fear, turned inside out. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("sally"):
        I'm not the patient here. #speaker:sally #move:sally.contempt
    - stance_of("sally") == "attacking" || state_of("sally") == "escalated":
        So she goes cold, and I'm the one with a diagnosis. #speaker:sally #move:sally.blame
    - else:
        Protest behaviour. Right. I moved to Singapore and it's my attachment. #speaker:sally #move:sally.defend
    }
    {
    - flooded("jo"):
        Jo looks from one square to the other and says nothing. #move:jo.stonewall
    - else:
        That's not fair. She's not mad for wanting me to pick up. #speaker:jo #move:jo.validate
    }
    An attachment label, however apt, lands as a verdict: jargon, and a move away from the feeling in the room. Guess at the feeling, tentatively, and let her name it. #coach #mistake:interpret
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears a fix or a label as one more push. #coach #mistake:pressed_on_flooded
    }
    -> counsel_pace("sally")
* [Sally, under the ringing and the ten days of cool, what's the scared part? #move:evoke #to:sally]
    Sally, underneath the ringing, and the ten days of going cool, what's the part of you that's scared? #speaker:counselor
    ~ counsel_sally_try = "evoke"
    -> answer
* [Try a guess out loud: a fear that she's only wanted when she pretends not to want. #move:conjecture #to:sally]
    Sally, can I try a guess? Correct me. I wonder if the worst part of the ten days wasn't the quiet. It was that it worked. A fear that you're only wanted when you pretend not to want. #speaker:counselor
    ~ counsel_sally_try = "conjecture"
    -> answer
+ [Call a twenty-minute break: both off camera, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (answer)
{
- flooded("sally"):
    I can't... I'm so tired of ringing. I don't know what I'm scared of anymore. #speaker:sally #move:sally.withdraw
    { before_flooded:
        The anger is still guarding the fear, and Sally was too flooded to find it. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        The anger is still guarding the fear, and Sally is too flooded to find it. Don't chase it. #coach
    }
- stance_of("sally") == "attacking" || counsel_sided_with == "jo":
    Scared? I'm not scared. I'm angry. Even in here, Jo gets the benefit of the doubt. #speaker:sally #move:sally.defend
    The anger is still guarding the fear, and the side you took earlier is part of what it guards against. Repair the alliance first. #coach
- stance_of("sally") == "cold":
    Scared? I stopped being scared. I'm tired. #speaker:sally #move:sally.withdraw
    Cold is a pursuer who has stopped expecting an answer: the fear is under the tiredness, not gone. Reflect the tiredness first. #coach
- state_of("sally") == "escalated" || (state_of("sally") == "activated" && counsel_sally_try == "conjecture"):
    {counsel_sally_try == "conjecture":It's not that. I'm angry.|Scared? I'm angry.} I've been doing all of it, for months. #speaker:sally #move:sally.defend
    { counsel_sally_try == "conjecture":
        The guess missed, and she corrected it: that is what a conjecture is for. Take the correction and stay with the anger she named. #coach
      - else:
        Still hot, Sally answers with the anger that guards the fear. Reflect the anger; the fear comes when she has come down. #coach
    }
- else:
    ~ counsel_sally_soft = true
    That I'll come home in a year to someone I've been performing for. That the only way she wants me is if I pretend I don't need her. And I do. I'm lonely here in a way I didn't know you could be, with a pool and a job I wanted. #speaker:sally #move:sally.share_vulnerable
    {
    - flooded("jo"):
        Jo swallows. She can't look at the camera. #move:jo.withdraw
    - received("jo") == "misread":
        So it's all a performance. Me as well. #speaker:jo #move:jo.defend
        Sally meant I'm scared; Jo heard you're pretending: the history again. You can come back to it. #coach
    - else:
        Jo looks up into her camera, which means, on Sally's screen, straight at her. #move:jo.turn_toward
    }
    Under Sally's pursuit and her strategic cool, the same fear: of not being wanted as herself. The seed's question, whether the cool is authentic, has its answer here. #coach
}
-> counsel_pace("sally")

=== counsel_enact ===
~ before_premature = not counsel_tracked || hot("sally") || hot("jo")
There are {minutes_left()} minutes left.
~ note_before()
* [Jo, tell Sally what you told me: the yes on the stairs, and the anger. #move:enactment #to:jo]
    Jo, could you tell Sally what you told me, about the yes on the stairs, and the anger? Not to me. To her. Look at her, not the camera, if that's easier. #speaker:counselor
    -> jo_reaches
* [Sally, tell Jo what you're afraid of. #move:enactment #to:sally]
    Sally, could you tell Jo what you're afraid of? To her. #speaker:counselor
    -> sally_first
* [Not enough time for something this big. Start closing now. #move:reflect]
    ~ counsel_tracked = true
    I think we'll stop the new work there. There's something I'd like to say about today before you go. #speaker:counselor
    { time_for(16) && (counsel_jo_engaged || counsel_sally_soft) && not before_premature:
        There was time for it, and the room was ready: a feeling already found can be said to the other in five minutes. Closing early is safe; it can also be a way of not taking the risk with them. #coach
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
    Someone was escalated or flooded when you asked for it: an enactment raises the heat in a room that hot. Calm first. #coach #mistake:premature_enactment
}
->->

= jo_reaches
{ counsel_jo_engaged && counsel_heat <= 2 && not before_premature && not flooded("jo") && stance_of("jo") != "defending":
    Jo looks at Sally's square, not the camera.
    When you asked me, on the stairs, I said yes and I meant it. And I've been so angry since, and I couldn't say it, so I went cold. It wasn't that I stopped wanting you. #speaker:jo #move:jo.share_vulnerable
    Sally's picture freezes. Her face stops mid-blink. For three seconds Jo is talking to a still photograph.
    I don't know if you heard that. I'll say it again. I wasn't cold because I stopped wanting you. #speaker:jo #move:jo.turn_toward
    {
    - flooded("sally"):
        The picture moves. Sally's eyes fill. She holds on to the edge of her desk. #body:sally.stirred
        I can't... not now. I can't take it in. #speaker:sally #move:sally.withdraw
        Jo reached, twice, through a frozen screen. But Sally is flooded, and a body over the line can't let in even the words it has waited for. Next week can start here. #coach
        -> counsel_close
    - received("sally") == "misread":
        The picture moves. Angry. So you've been angry at me for eight months and let me ring. #speaker:sally #move:sally.defend
        {
        - flooded("jo"):
            Jo's face falls. #move:jo.withdraw
            -> counsel_close
        }
        I know. I couldn't say it before. I'm saying it now. #speaker:jo #move:jo.repair
        Sally heard the offer as a charge first; Jo stayed turned toward her, and staying is the repair. #coach
        {
        - flooded("sally") || stance_of("sally") == "attacking" || state_of("sally") == "escalated":
            Sally looks at her a long time and says nothing. #move:sally.withdraw
            -> counsel_close
        }
        I'd rather have angry. I'd so much rather have angry than cold. #speaker:sally #move:sally.turn_toward
    - stance_of("sally") == "cold" || stance_of("sally") == "attacking" || state_of("sally") == "escalated":
        The picture moves. Sally looks at her a long time.
        { state_of("sally") == "escalated":
            Maybe. I've had eight months of cold. #speaker:sally #move:sally.criticize
            Jo reached, and Sally, still hot, kept her guard up. Trust comes back slower than words; next week can start here. #coach
            -> counsel_close
        }
        I'd rather have angry than cold. I think I would. #speaker:sally #move:sally.turn_toward
    - else:
        The picture moves, and the sound catches up, and Sally has heard it. Both times.
        I thought you'd stopped loving me. I'd so much rather have angry. I'm so lonely here, Jo. #speaker:sally #move:sally.share_vulnerable
        I'm glad you told me. #speaker:sally #move:sally.appreciate
    }
    {
    - flooded("jo"):
        Jo nods. She can't say more just now, but she doesn't look away. #move:jo.withdraw
        -> counsel_close
    }
    Jo nods. She is still looking at Sally's square. #move:jo.turn_toward
    -> counsel_process
  - else:
    Jo looks at the camera and tries.
    {
    - flooded("jo"):
        The words don't come. #move:jo.stonewall
    - else:
        I don't know what to say. It's the distance. I'm sorry. #speaker:jo #move:jo.withdraw
    }
    {
    - stance_of("sally") == "cold":
        Sally nods, as if she expected it. #move:sally.withdraw
    - else:
        That's what I get. Sorry and the distance. #speaker:sally #move:sally.criticize
    }
    {
    - before_premature:
        -> premature ->
    - not counsel_jo_engaged:
        An enactment asks a partner to say to the other what they have already found with you. Jo hadn't found it yet. Evoke first, then enact. #coach
    - counsel_heat >= 2:
        Too much heat in the room for a risk like this. Nobody reaches while still braced. #coach
    - else:
        Jo had found the words, but she's braced or over the line now, and nobody can reach from there. Calm first. #coach
    }
    -> counsel_close
}

= sally_first
{
- counsel_sally_soft && counsel_heat <= 2 && not before_premature && not flooded("sally"):
    Sally looks into her camera, which is the nearest she can get to looking at Jo.
    I'm scared that the only way you want me is when I pretend I don't want you. I don't want to play it cool. I miss you, out loud. #speaker:sally #move:sally.share_vulnerable
    {
    - flooded("jo"):
        Jo looks at her table. The words don't come. #move:jo.stonewall
        Sally reached from a soft place, but Jo is flooded, and nothing lands in a body over the line. Calm first. #coach
        -> counsel_close
    - received("jo") == "misread":
        Out loud. Every day at four, you mean. #speaker:jo #move:jo.defend
        Sally spoke from the fear, and Jo still heard the calls coming: the history got there first. Workable in a calm room, but not in the minutes left. #coach
        -> counsel_close
    - state_of("jo") == "escalated" || stance_of("jo") == "defending":
        I do want you. I pick up, don't I? #speaker:jo #move:jo.defend
        Sally spoke from the fear, but Jo was still braced and heard pressure. Not the wrong words: the wrong moment. #coach
        -> counsel_close
    - counsel_jo_engaged:
        I don't want you to pretend. I want you. I've been angry, that's all it was. Not less. #speaker:jo #move:jo.turn_toward
        I miss you too. Out loud. #speaker:jo #move:jo.share_vulnerable
        {
        - flooded("sally"):
            Sally nods, and can't speak yet. #move:sally.withdraw
            -> counsel_close
        - received("sally") == "misread":
            You could have said. #speaker:sally #move:sally.criticize
            -> counsel_close
        }
        Then tell me when you're angry. I'd rather know. #speaker:sally #move:sally.turn_toward
        Sally went first, and in a calm room it worked: each spoke from a softer feeling already found with you, and each was heard, lag and all. #coach
        -> counsel_process
    - else:
        I didn't know you were scared. I thought you were testing me. #speaker:jo #move:jo.turn_toward
        ~ counsel_landed = true
        Sally went first from a soft place, and it landed: Jo heard the fear, not a test. She hasn't found her own yet, so it is one-sided for now, and this early that is a real step. #coach
        -> counsel_process
    }
- else:
    {
    - counsel_sally_soft && not flooded("sally"):
        I miss you. I need you to actually pick up, Jo. Not just answer. #speaker:sally #move:sally.demand
    - else:
        I need you to stop going cold on me. That's it. That's what I need. #speaker:sally #move:sally.demand
    }
    {
    - flooded("jo"):
        Jo looks at her table. #move:jo.stonewall
    - counsel_jo_engaged:
        I'm trying. I'm here, aren't I? #speaker:jo #move:jo.defend
    - else:
        Jo nods at her mug. #move:jo.withdraw
    }
    {
    - before_premature:
        -> premature ->
    - counsel_sally_soft && flooded("sally"):
        Sally is over the line, and from there a need comes out as a demand. Calm first, then the enactment. #coach
    - counsel_sally_soft:
        The room was too hot for it: Sally's need came out as a demand, and Jo heard the next call. #coach
    - else:
        Sally hadn't found the fear under the reaching yet, so the need came out as a demand. Evoke first, then enact. #coach
    }
    -> counsel_close
}

=== counsel_process ===
~ counsel_enacted = true
{ counsel_landed:
    Sally is looking at Jo's square. Jo is looking back, which she hasn't done all session.
  - else:
    For a moment nobody says anything. Two faces, three seconds apart, looking at each other.
}
~ note_before()
* [Lock it in while it's warm: a call every Saturday, Jo's morning, no cancelling. #move:advise]
    Let's lock this in while it's warm. Every Saturday, Jo's morning, Sally's evening. No cancelling. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - flooded("jo"):
        Jo nods.
    - else:
        Saturdays. Okay. #speaker:jo #move:jo.turn_toward
    }
    Sally looks at the clock in her corner of the screen.
    A rule laid on a fresh moment turns it back into an appointment, and the one who withdraws has a new duty to perform. Process what happened first; what they do with it can be theirs. #coach #mistake:advise
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears a fix or a label as one more push. #coach #mistake:pressed_on_flooded
    }
* [Slow down and reflect what just happened between them. #move:reflect]
    Can we stay here a moment? One of you reached, across all of that, and the other let it in. What is that like, right now? #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("sally"):
        Sally can only nod.
    - else:
        Strange. Like she's in the room. #speaker:sally #move:sally.appreciate
    }
    {
    - flooded("jo"):
        Jo breathes out, slowly.
    - else:
        Lighter. I didn't expect lighter. #speaker:jo #move:jo.turn_toward
    }
    Processing the encounter: slow it down and reflect what happened and how it felt, so the new step is seen and owned. #coach
* [Tell them what you saw: it took courage, from both of them. #move:validate]
    That took courage, from both of you. You said the hard thing through a bad connection, and you stayed to hear it. #speaker:counselor
    {
    - flooded("sally"):
        Sally looks down.
    - else:
        It felt like shouting down a well. #speaker:sally #move:sally.humor
    }
    {
    - flooded("jo"):
        Jo nods.
    - else:
        A well with a three-second echo. #speaker:jo #move:jo.humor
    }
    Validating what each risked integrates the encounter: the new step is named as theirs, not the counselor's. #coach
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
* [Send them off with homework: a good-morning message every day, from both of them. #move:advise]
    Before next week, some homework. A good-morning message every day, from both of you. Can you commit to that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - stance_of("sally") == "cold" || flooded("sally"):
        Sure. #speaker:sally #move:sally.withdraw
    - else:
        I used to. Every day. #speaker:sally #move:sally.criticize
    }
    {
    - flooded("jo"):
        Jo nods. #move:jo.withdraw
    - else:
        Sure. #speaker:jo #move:jo.dismiss
    }
    Homework set before the softer feelings have met is going through the motions: a good-morning message as a duty is the pattern they came in with. #coach #mistake:advise
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears a fix or a label as one more push. #coach #mistake:pressed_on_flooded
    }
* [Give them one thing to practise: a dropped call is a break. Say when you'll ring back. #move:psychoeducation]
    One thing to practise. When a call drops, or one of you needs to stop, say when you'll ring back. Twenty minutes, or tomorrow at eight. A break with a time isn't leaving. #speaker:counselor
    {
    - flooded("sally"):
        Sally nods, her jaw tight.
    - stance_of("sally") == "cold" || stance_of("sally") == "attacking":
        If she rings back. #speaker:sally #move:sally.criticize
    - else:
        Say when. I can do that. #speaker:sally #move:sally.turn_toward
    }
    {
    - flooded("jo"):
        Jo nods at her table.
    - received("jo") == "misread":
        You say it like I never ring back. #speaker:jo #move:jo.defend
    - else:
        I can do the saying when. It's the ringing back I need to practise. #speaker:jo #move:jo.own_part
    }
    { before_flooded:
        The break is the right thing to teach, but someone was over the line as you taught it. #coach #mistake:pressed_on_flooded
      - else:
        A break taught as a skill, with a time to come back, is psychoeducation they can take home: the cycle's antidote, and at a distance the difference between a dropped call and four days of silence. #coach
    }
* [Name what was reached today, and what waits for next week. #move:reflect]
    ~ counsel_tracked = true
    { counsel_jo_engaged || counsel_sally_soft:
        Before you go, I want to say what I saw today. {counsel_jo_engaged:Jo, you found words for the cold: anger and grief, not less love.} {counsel_sally_soft:Sally, you said the fear under the reaching and the cool.} That's what we start from next week. #speaker:counselor
      - else:
        Before you go, I want to say what I saw today: the circle you're both caught in, and how the distance speeds it up. Next week we slow it down and look at what's underneath. #speaker:counselor
    }
    {
    - flooded("sally"):
        Sally nods without looking up.
    - stance_of("sally") == "cold" || stance_of("sally") == "attacking":
        Next week, then. #speaker:sally #move:sally.withdraw
    - else:
        Next week. Okay. #speaker:sally #move:sally.turn_toward
    }
    {
    - flooded("jo"):
        Jo is already reaching for the mouse.
    - state_of("jo") == "escalated" || stance_of("jo") == "defending":
        Fine. #speaker:jo #move:jo.withdraw
    - else:
        Okay. #speaker:jo #move:jo.turn_toward
    }
    { before_flooded:
        Someone was still over the line as you summed up: a flooded body takes in little. Slow the room first. #coach #mistake:pressed_on_flooded
      - else:
        A contained close: name what was reached, in their words, and say what waits for next week, so nobody logs off carrying the whole of it. #coach
    }
+ {not counsel_closed_safely} [Slow it down first: a minute's breathing together before they log off. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (closed)
-> counsel_ending

=== counsel_ending ===
{
- counsel_break == "full" && counsel_flooded_at_break && counsel_heat < 2 && not flooded("sally") && not flooded("jo"):
    -> counsel_end_break_and_return
- cycle_stage() == "engage-engage" && (counsel_jo_engaged || counsel_sally_soft) && not flooded("sally") && not flooded("jo") && counsel_heat < 2:
    -> counsel_end_reconnected
}
-> counsel_end_deadlock

=== counsel_close_safely ===
~ counsel_closed_safely = true
~ temp hour_left = time_for(28)
Let's not do any more today. Breathe with me for a minute or two, cameras on: in for four, out for six. Just that. #speaker:counselor
They breathe. Nobody talks. A bus outside your window; a fan turning in Sally's flat. #time:4
{
- hour_left:
    { before_calm:
        Nobody was over the line: closing with regulation was safe, and it left more than half the hour unused. A calm room can take more work. #coach
      - else:
        Closing with regulation is safe: nobody should log off flooded. With more than half an hour left, a full twenty-minute break and a calmer second half would also have fitted: a judgement call, not a fault. #coach
    }
  - before_calm:
    Nobody was over the line: a minute's breathing closes the session gently, and the minutes you stopped early are yours to weigh. #coach
  - else:
    When someone is over the line late in the hour, stop the work and close with regulation: nobody should log off flooded, and a twenty-minute break would take the rest of the hour. #coach
}
{ not over_line("sally") && not over_line("jo") && not hour_gone():
    -> counsel_close
}
-> counsel_ending

=== counsel_end_deadlock ===
{ time_for(8):
    You spend a few minutes on small things: next week's time, the link, and the clocks, which go back here on Sunday, so next week's one o'clock is nine at night for Sally, not eight. #time:4
}
{
- flooded("sally"):
    Sally is still pale, her breathing quick. She says goodbye to you, not to Jo. #body:sally.stirred
    Sally's square goes first. #move:sally.withdraw
- flooded("jo"):
    Jo is already reaching for the mouse. She says thanks, to you. #body:jo.stirred
    Jo's square goes first. #move:jo.withdraw
- else:
    They say goodbye to you, and then, after a pause the lag makes longer, to each other. Polite, careful, far apart.
    Jo's square goes first. #move:jo.withdraw
}
{
- flooded("sally") || flooded("jo"):
    Deadlock: they logged off flooded, {flooded("sally") && flooded("jo"):both of them|one of them} still over the line, and nothing moved between them. Nobody left mid-sentence, and the cycle went with them into the evening. #coach
- counsel_jo_engaged:
    Deadlock. Something moved: Jo found words for the cold. But it never crossed to Sally, and the cycle logged off with them. #coach
- else:
    Deadlock: nothing blew up, and nothing moved. The cycle left the call intact. #coach
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
Two squares go dark, seven hours apart. #ending:deadlock
-> END

=== counsel_end_break_and_return ===
{ time_for(8):
    The rest of the session stays calmer. Nobody raises their voice, and nobody leaves the call. #time:4
  - else:
    What is left of the hour stays calmer. Nobody raises their voice, and nobody leaves the call.
}
Break and return: someone was over the line when you stopped, and the time-out did its work. Bodies calmer, nobody left the call. #coach
{ counsel_jo_engaged || counsel_sally_soft:
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
They log off at the same moment, for once, a little less far apart than they came. #ending:break_and_return
-> END

=== counsel_end_reconnected ===
{ counsel_enacted:
    What just happened: one of you reached, across seven hours and a bad connection, and the other let it in. That's the circle running the other way. #speaker:counselor
    Reaching each other, for a few minutes: a feeling said out loud, and an answer instead of a retreat or a tactic. Early in therapy that is a real step, not a finished change: the cycle will come back, and now they have this to remember when it does. #coach
  - else:
    Sally and Jo both lean toward their cameras at the same moment, and for once the lag doesn't seem to matter.
    The circle opened in the call: a softer feeling said to you and heard across the screen, and both still turned toward each other at the close. No enactment yet, and none needed today. #coach
}
{ counsel_break == "full" && counsel_flooded_at_break:
    The time-out made it possible. Nobody can reach from a flooded body. #coach
}
{ counsel_mistakes > 0:
    It happened despite the fixes, sides and labels you offered on the way. Notice them for next time. #coach
}
{ counsel_screened != "alone":
    One thing to add next time: when the ringing and the shut laptop come up, see each of them briefly alone for the routine safety check-in. #coach
}
{ time_for(6):
    You spend the rest of the hour slowing it down: what each of them did, and what it was like to be answered. #time:4
  - else:
    You are at the end of the hour. You let it sit for a moment, and then you let them go.
}
Jo says, "Saturday, my morning?" and three seconds later Sally says, "Yes." #ending:reconnected
-> END

=== counsel_out_of_time ===
The hour is gone. Your next client's name has come up in the waiting room on your screen.
{
- flooded("sally"):
    Sally is still breathing fast in her square. #body:sally.stirred
- flooded("jo"):
    Jo's hand is already on the mouse. #body:jo.stirred
- else:
    They both look at their clocks, surprised it's over.
}
~ note_before()
~ temp held = false
* [Run over: ten more minutes to finish properly. The next client can wait. #move:evoke]
    Let's take a few more minutes. Jo, you were about to say something. #speaker:counselor
    {
    - flooded("jo"):
        Jo shakes her head. #move:jo.withdraw
    - else:
        It's fine. Next week. #speaker:jo #move:jo.withdraw
    }
    Ten minutes later your next client is still waiting and nothing more has been said. It's past nine in Singapore. #time:10
    Running over teaches a couple the hour doesn't hold, and the next client's hour pays for it. Keep the frame; contain inside it. #coach
    { before_flooded:
        And someone was over the line: ten more minutes of asking is pressing on. #coach #mistake:pressed_on_flooded
    }
* [Hold the hour: one sentence about today, and book next week. #move:reflect]
    ~ held = true
    We're out of time, and I'm sorry we didn't get to finish. What you did today counts. We'll pick it up next Wednesday. #speaker:counselor
    You book next week with both of them before the call closes. Sally puts it in her phone in Singapore time; Jo writes it on the back of an envelope.
    A sentence at the close is better than nothing, and it keeps the frame: the hour ends when it ends. But it isn't a close. #coach
    { before_flooded:
        Someone was still over the line as they logged off: a sentence doesn't bring a body down. #coach #mistake:pressed_on_flooded
    }
- (doorway)
{ held:
    Out of time: the hour ended mid-work, and a sentence held a little of it. When the clock runs low, stop opening and start containing earlier. #coach
  - else:
    Out of time: the hour ended mid-work, with nothing named and nothing held. When the clock runs low, stop opening and start containing. #coach
}
{ counsel_calm_timeout:
    The pacing was decided earlier: a twenty-minute break nobody needed took two-fifths of the hour. #coach
}
{ counsel_restarted:
    The break had to start again after the message during it: twenty more minutes the hour didn't have. #coach
}
{ counsel_late_break:
    The break was right for a flooded body, but this late it used up the close. #coach
}
{ counsel_slow_walk:
    The slow walk through that Sunday was good work, and it cost six minutes: slow work pays when the rest of the hour is planned around it. #coach
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
The call ends. Two squares, then none. #ending:out_of_time
-> END
