// Ellie and Mark — as the counselor. The player is a trainee counselor in a couples session with
// both partners, who are simulated. Adapted from comment 4 (Ellie) in 002_612bd878bc8560af.txt:
// a husband who wants every moment together, a wife who invents errands to be alone.
//
// The session is ten days after a Friday like the one in the partner modes: Ellie went for milk
// there was no need of, for an hour, and when she came back it came out that the errands have
// been made up for a year. Their second session after the intake; EFT's first stage,
// de-escalation. Track the cycle, reach the softer feelings under the reactive ones (his fear of
// being left, her fear of disappearing), reframe the problem as the cycle. The tempting mistakes
// (take_sides, advise, interpret, a premature enactment, a time-out nobody needed, a safety
// question asked with both in the room) cost heat in the room and show in what the partners say.
//
// The rubric (src/session/rubric.ts) scores the counselor from the moves and the model. Every coach
// line that names a fault carries #mistake:<fault>, and the rubric scores that fault at the choice
// just made, so a coach line naming a fault that depends on the room is conditioned on the room as
// it was before the choice (the before_* flags, set just above each choice point by note_before).
//
// The hour (scenario.json: sessionMinutes 50). Each move takes a simulated minute; #time:N lets N
// quiet minutes pass. A time-out (#move:time_out=20) only starts the break; its minutes pass on
// the #time lines that tell it, and any move before they are up ends it and floods a partner still
// cooling again. counsel_pace reads minutes_left() at the knot boundaries; when the hour is gone
// before a close, the session ends out_of_time.
//
// The partners' words follow the model (state_of / stance_of / received / flooded). Ellie, the
// withdrawer, answers a first open question with "I don't know", and opens, if at all, to a slower,
// more concrete second try or a tentative conjecture, and only when she is not braced. What she
// says when she opens is the thought from the comment: that she hopes he will meet someone else.
//
// Safety: Ellie says "he's taken everything from me" (her words in the comment). That is the cue
// for the routine check-in with each partner alone. What each says alone is written truthfully;
// nothing in it suggests fear, and the coaching never says that clears anyone.

VAR co_opening = ""
// "soft" | "harsh": how Mark's first words to Ellie came out.
VAR co_coat = false
// The counselor told Ellie she could keep her coat on (she takes it off after a break).
VAR co_premature = false
// An enactment was asked for before the room could hold it.
VAR co_labelled = false
// The counselor offered a diagnosis-like label (interpret).
VAR co_stayer_flooded = false
// After a walk-out: the partner still in the room was over the line before the choice.
VAR co_tracked = false
// The counselor has reflected, named or slowed the cycle (the rubric's "tracked").
VAR co_cycle_named = false
VAR co_mark_heard = false
// Mark's experience has been validated or drawn out by the counselor.
VAR co_milk_raised = false
VAR co_mark_hurt = false
// Mark raised the milk softly, as a hurt rather than a charge.
VAR co_sided_with = ""
VAR co_advised = false
VAR co_mistakes = 0
VAR co_heat = 0
// The counselor's share of the heat in the room: a raw restaging and each mistake add 1; blocking,
// naming the cycle and psychoeducation take 1 off; twenty quiet minutes clear it.
VAR co_screened = ""
// "" | "alone" | "ellie_only" | "joint"
VAR co_slow_walk = false
VAR co_break = ""
// "" | "short" | "full"
VAR co_flooded_at_break = false
VAR co_calm_timeout = false
VAR co_late_break = false
VAR co_restarted = false
VAR co_taught_twenty = false
VAR co_ellie_word = ""
// A word Ellie has already given for the errands: "breathe" | "quiet"
VAR co_ellie_tries = 0
VAR co_last_try = ""
VAR co_ellie_engaged = false
// Ellie has said what the car park is for, and the wish.
VAR co_mark_try = ""
VAR co_mark_soft = false
// Mark has said the fear under the holding on (his father's Sunday).
VAR co_landed = false
VAR co_closed_safely = false
VAR co_enacted = false
VAR co_left = ""
VAR co_pressed_flooded = false
VAR before_flooded = false
VAR before_calm = false
VAR before_premature = false

CONST HOUR_GONE = 1
CONST ELLIE_TIME = 7
CONST REFRAME_TIME = 4
CONST MARK_TIME = 4
CONST ENACT_TIME = 12

=== function hot(who) ===
~ return state_of(who) == "escalated" || state_of(who) == "flooded"

=== function over_line(who) ===
// Surely over the flooding line (100 bpm: resting rate + arousal / 2): flooded, or on a break
// and still above it. Ellie rests at 64, Mark at 66 (scenario.json).
{
- who == "ellie":
    ~ return (state_of(who) == "flooded" || state_of(who) == "cooling") && arousal(who) >= 74
- else:
    ~ return (state_of(who) == "flooded" || state_of(who) == "cooling") && arousal(who) >= 70
}

=== function room_calm() ===
~ return not flooded("ellie") && not flooded("mark") && state_of("ellie") != "escalated" && state_of("mark") != "escalated"

=== function hour_gone() ===
~ return minutes_left() <= HOUR_GONE

=== function time_for(minutes) ===
~ return minutes_left() >= minutes

=== function note_before() ===
~ before_flooded = over_line("ellie") || over_line("mark")
~ before_calm = room_calm()
~ co_stayer_flooded = (co_left == "ellie" && over_line("mark")) || (co_left == "mark" && over_line("ellie"))

=== function what_went_wrong() ===
// The trainee's missteps on the way, named as they happened (for the endings' coach lines).
{
- co_premature && co_sided_with != "":
    ~ return "an enactment asked for before the room was ready, and a side taken"
- co_premature:
    ~ return "an enactment asked for before the room was ready"
- co_sided_with != "" && co_advised:
    ~ return "a side taken, and advice given before the cycle was understood"
- co_sided_with != "":
    ~ return "a side taken"
- co_advised && co_labelled:
    ~ return "advice given too early, and a label from outside"
- co_advised:
    ~ return "advice given before the cycle was understood"
- co_labelled:
    ~ return "a label offered from outside"
- else:
    ~ return "the missteps on the way"
}

=== counsel_start ===
Tuesday, six o'clock, ten days after a Friday. Your room is above a dentist's on the high street; the drill has just stopped for the evening. It is their second session after the intake.
Mark takes the middle of the couch. Ellie takes the far end, and keeps her coat on. He is still in his work fleece; she has her pharmacy tunic on under the coat and her car keys in her lap.
On the intake form, under what brings you here, Mark wrote a paragraph: We used to do everything together. We still do, but she's not there. I want us back how we were. Ellie wrote four words: I need some space.
Mark tells you about the Friday. He'd made curry. She said they were out of milk. There was milk; he'd bought it. She was gone an hour, and when she came back it came out: for about a year, most of the errands haven't been errands. She sits in the car at the big Sainsbury's.
I don't understand what I did, he says. We're happy. I thought we were happy.
The clock is on the bookshelf behind them, where you can see it and they can't. You have fifty minutes.
Early in EFT the work is de-escalation: look for the cycle, not a culprit, and for what each move protects. Every exchange spends a minute of the hour; slow work and breaks spend more. #coach
-> counsel_arrival

=== counsel_arrival ===
Mark has told all of that before you have sat down. Ellie has said nothing yet. Her coat is still buttoned.
* [Ellie, you've kept your coat on. That's fine. Keep it on as long as you like. #move:validate #to:ellie]
    ~ co_coat = true
    Ellie, I see you've kept your coat on. That's fine. Keep it on as long as you like. #speaker:counselor
    {
    - flooded("ellie"):
        Ellie nods at her keys. #move:ellie.withdraw
    - else:
        Ellie looks up, surprised.
        Thanks. #speaker:ellie #move:ellie.appreciate
    }
    A small thing, noticed and allowed: for a partner who needs room, a way out of the room is part of being able to stay in it. #coach
* [Thank you both for coming back. Say you'd like to hear from each of them. #move:validate]
    Thank you both for coming back. It isn't easy, the second time. I'd like to hear from each of you today, in your own words. #speaker:counselor
    {
    - flooded("mark"):
        Mark nods, too quickly. #move:mark.withdraw
    - else:
        Course. Yeah. Sorry, I've been going on. #speaker:mark #move:mark.own_part
    }
    Welcoming both, and saying each will be heard, before either has been: the alliance starts with both of them. #coach
* [Explain how the sessions work: you'll be looking for a pattern, not a culprit. #move:psychoeducation]
    Before we start: in here we're not going to look for who's to blame. We're looking for a pattern you're both caught in. #speaker:counselor
    {
    - flooded("mark") || stance_of("mark") == "attacking":
        There's a pattern. She lies. #speaker:mark #move:mark.criticize
    - else:
        Mark nods. A pattern. Okay. #move:mark.turn_toward
    }
    Framing the work early: the enemy will be the cycle. Said as a lecture it can sound like a verdict delivered in advance; said briefly, it gives both of them somewhere to stand. #coach
- -> counsel_opening

=== counsel_opening ===
Mark looks at you. Ellie looks at her keys.
* [Mark, before the milk: what were you feeling, sat there with the film paused? #move:evoke #to:mark]
    Before we get to the milk. Mark, what were you feeling that Friday, sat there with the film paused, waiting? #speaker:counselor
    ~ co_opening = "soft"
    ~ co_mark_heard = true
    You asked for the feeling before the facts. From there a soft start-up can come: I feel… when… I'd like… #coach
* [Ellie, you wrote four words: I need some space. What would space look like? #move:evoke #to:ellie]
    Ellie, you wrote four words on the form. I need some space. If you had it, what would it look like? #speaker:counselor
    ~ co_opening = "harsh"
    Ellie turns the keys over in her lap.
    I don't know. An hour. I don't know. #speaker:ellie #move:ellie.dismiss
    An open question to the partner who withdraws usually gets "I don't know": not a refusal, a mind that goes blank when it is put on the spot, with the person it needs space from sitting beside it. Reaching a withdrawer takes more than one try, and something concrete. #coach
* [Mark, turn to Ellie and tell her how that Friday felt. #move:enactment #to:mark]
    Mark, could you turn to Ellie and tell her, right now, how that Friday felt? #speaker:counselor
    ~ co_opening = "harsh"
    ~ co_heat += 1
    ~ co_mistakes += 1
    ~ co_premature = true
    An enactment in the first minutes restages the fight: nothing is tracked yet, and no softer feeling has been found to bring to it. EFT stages an enactment once the cycle is named and the room can hold it. #coach #mistake:premature_enactment
* [It sounds as if Ellie needs an evening a week to herself. Could you agree to that? #move:advise]
    Can I suggest something practical? It sounds as if Ellie needs an evening a week to herself. Mark, could you agree to that? #speaker:counselor
    ~ co_opening = "harsh"
    ~ co_mistakes += 1
    ~ co_heat += 1
    ~ co_advised = true
    {
    - state_of("mark") == "escalated" || flooded("mark"):
        So I'm the problem. I'm the one who has to agree. #speaker:mark #move:mark.blame
    - else:
        I'd agree to anything. She never asked. She went and sat in a car park instead. #speaker:mark #move:mark.blame
    }
    {
    - flooded("ellie"):
        Ellie looks at her keys. She doesn't answer. #move:ellie.stonewall
    - else:
        I don't want a permission slip. #speaker:ellie #move:ellie.defend
    }
    Premature problem solving, and the fix may even be right: one evening a week is where they could end up. Handed out now, Mark hears that he is the problem, and Ellie hears that she needs his permission to be a person. #coach #mistake:advise
- (opened)
-> counsel_the_dance

=== counsel_the_dance ===
~ temp ellie_turned = false
{ co_opening == "harsh":
    Mark turns to Ellie.
    {
    - state_of("mark") == "escalated" || flooded("mark"):
        A year, El. A year of milk. What's so terrible about being with me that you have to lie to get away? #speaker:mark #move:mark.blame
    - else:
        I just don't understand why you'd lie to me. What's so bad about being with me? #speaker:mark #move:mark.criticize
    }
    {
    - flooded("ellie"):
        Ellie looks at the carpet. She says nothing. #move:ellie.stonewall
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        Because you'd have made it a thing. Like this. Like now. #speaker:ellie #move:ellie.defend
    - else:
        Nothing's bad. I don't know. I just needed to go. #speaker:ellie #move:ellie.dismiss
    }
  - else:
    Mark is quiet for a moment.
    {
    - state_of("mark") == "flooded":
        Mark starts to answer and has to stop. His breath catches. #body:mark.flooded
        Like I'd been left. Sat there like a kid. #speaker:mark #move:mark.criticize
    - state_of("mark") == "escalated":
        Hurt, he says. Scared, under that. He turns to her.
        El, I feel scared when you go out and I don't know why. I'd like us to be able to talk about it. #speaker:mark #move:mark.soft_startup
    - else:
        Scared, he says, after a while, and looks surprised at himself. He turns to her.
        El, I feel frightened when you go out and I don't know where you've gone. I'd like to understand it. #speaker:mark #move:mark.soft_startup
    }
    {
    - flooded("ellie"):
        Ellie looks at the carpet. She says nothing. #move:ellie.stonewall
    - received("ellie") == "misread":
        So now I have to report in. #speaker:ellie #move:ellie.defend
        -> misfire
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        It's Sainsbury's, Mark. It's not a crime. #speaker:ellie #move:ellie.defend
    - else:
        ~ ellie_turned = true
        I didn't know you were frightened. I thought you were angry. #speaker:ellie #move:ellie.turn_toward
    }
}
- (resumes)
{
- stance_of("mark") == "cold":
    Mark shrugs and looks at you instead of her.
    See? #speaker:mark #move:mark.withdraw
- stance_of("mark") == "attacking" || flooded("mark"):
    I count the hours till she's home, and she counts the minutes till she can go. #speaker:mark #move:mark.criticize
- co_opening == "harsh":
    We used to do everything together. Everything. What changed? #speaker:mark #move:mark.criticize
- else:
    I'm not angry. I don't want to keep you in. I just want you. #speaker:mark #move:mark.bid
}
{
- flooded("ellie"):
    Ellie's grip on the keys tightens. She is looking at the door. #move:ellie.stonewall #body:ellie.stirred
- stance_of("ellie") == "present" && state_of("ellie") == "calm":
    Ellie looks at her lap.
    I know you do. That's sort of the problem. #speaker:ellie #move:ellie.withdraw
- else:
    Ellie looks at the window. Whatever she was going to say, she doesn't. #move:ellie.withdraw
}
{ stance_of("mark") == "cold":
    Within minutes the dance is live in the room: Mark reached, Ellie retreated, and Mark has gone cold, which is what a pursuer does after too much reaching that went nowhere. Now you can work with it instead of hearing about it. #coach
  - else:
    {
    - ellie_turned:
        Within minutes the dance is live in the room: Mark reached softly, and Ellie turned toward him for a moment. Catch that before the old steps take it back. #coach
    - flooded("ellie") || flooded("mark"):
        Within minutes the dance is live in the room: Mark reaches, Ellie retreats, Mark reaches harder, and someone is already over the line. Watch the bodies before the words. #coach
    - else:
        Within minutes the dance is live in the room: Mark reaches, Ellie retreats, Mark reaches harder. Now you can work with it instead of hearing about it. #coach
    }
}
{ co_opening == "harsh":
    A question about what's wrong with him is a harsh start-up in disguise: it asks Ellie to defend herself, and she did. #coach
  - else:
    I feel… when… I'd like… asks instead of accusing. Still the old steps came back: a soft opening lowers the heat, but alone it doesn't undo a cycle. #coach
}
-> counsel_track

= misfire
// Mark's soft start-up was heard as a claim (received("ellie") == "misread": a draw from the run's
// seed). It is the cycle's doing; the counselor's answer stands in for the tracking step.
{
- state_of("mark") == "escalated" || flooded("mark"):
    See? I could say it in a birthday card and she'd hear a curfew. #speaker:mark #move:mark.criticize
- else:
    Mark turns to you. He said it the way the book says, and it is all over his face: it didn't work.
}
Mark said it well, and it landed on something sore. What Ellie heard it against, you don't know yet. It isn't a failure of Mark's, and it isn't a reason to give up on soft start-ups. #coach
~ note_before()
* [Slow it down. Ellie, what did you hear just then? #move:slow_down]
    Let's slow right down. Mark said he's frightened when you go out. Ellie, what did you hear? #speaker:counselor
    ~ co_tracked = true
    ~ temp ellie_opened = false
    {
    - flooded("ellie"):
        Ellie shakes her head. Nothing comes. #move:ellie.stonewall
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        What I always hear. Where are you, when are you back, why didn't you answer. #speaker:ellie #move:ellie.defend
    - else:
        ~ ellie_opened = true
        That I'm not allowed to go. I know he didn't say that. It's what I heard. #speaker:ellie #move:ellie.own_part
    }
    {
    - stance_of("mark") == "attacking" || flooded("mark"):
        I've never once said she can't go anywhere. #speaker:mark #move:mark.defend
    - ellie_opened && received("mark") == "misread":
        So I'm supposed to say it even more carefully. #speaker:mark #move:mark.defend
    - ellie_opened:
        I didn't say that. I said frightened. I meant frightened. #speaker:mark #move:mark.repair
    - else:
        Mark watches her and says nothing.
    }
    Slowing a misfire down separates the message sent from the message received. Both are real, and the gap between them is where the cycle lives. #coach
* [Name it: he spoke softly, she heard a curfew. The circle did that. #move:name_cycle]
    Can I point to what just happened? Mark, you said that as gently as you know how. Ellie, you heard a curfew anyway. #speaker:counselor
    That isn't either of you failing. It's the circle you're in. It turns soft words into claims. #speaker:counselor
    ~ co_tracked = true
    ~ co_cycle_named = true
    ~ co_heat = MAX(co_heat - 1, 0)
    {
    - flooded("ellie"):
        Ellie nods, barely. She doesn't look up. #move:ellie.withdraw
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        Maybe. It still sounded like a curfew. #speaker:ellie #move:ellie.defend
    - else:
        It did. I think everything does, lately. #speaker:ellie #move:ellie.own_part
    }
    {
    - stance_of("mark") == "attacking" || flooded("mark"):
        So I have to say it perfectly, and she still hears what she likes. #speaker:mark #move:mark.criticize
    - else:
        I don't want to be a curfew. I just want her back. #speaker:mark #move:mark.share_vulnerable
    }
    { before_flooded:
        Naming the misfire as the cycle's doing is the right idea, but someone was over the line: a flooded body can't take in a reframe. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the misfire as the cycle's doing keeps both out of the dock: the sentence was good, the hearing has a history, and the pattern is the problem. #coach
    }
* [Ellie, Mark said that as gently as anyone could. Can you hear that? #move:take_sides #to:mark]
    Ellie, Mark said that about as gently as anyone could. Can you hear that? #speaker:counselor
    ~ co_mistakes += 1
    ~ co_heat += 1
    ~ co_sided_with = "mark"
    {
    - flooded("ellie"):
        Ellie's face closes like a door. She says nothing at all. #move:ellie.stonewall
    - else:
        Right. So now it's my hearing that's the problem. #speaker:ellie #move:ellie.defend
    }
    {
    - stance_of("mark") == "cold":
        Mark nods at you, not at her. #move:mark.withdraw
    - else:
        Thank you. It's not just me. #speaker:mark #move:mark.blame
    }
    Defending the soft start-up makes Mark right and Ellie wrong, which is what Ellie heard in the first place. A misfire needs understanding on both sides, not a referee. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears any verdict louder. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (responded)
-> counsel_taken

=== counsel_track ===
~ note_before()
* [Pause them. Name the circle they're in, out loud. #move:name_cycle]
    Can I pause you both? Look at what just happened. Mark reached, Ellie stepped back, Mark reached harder, Ellie stepped further. At home, I'm guessing, the next step is an errand. #speaker:counselor
    I don't think either of you is the problem. I think that circle is, and it has hold of you both. #speaker:counselor
    ~ co_tracked = true
    ~ co_cycle_named = true
    ~ co_heat = MAX(co_heat - 1, 0)
    {
    - flooded("ellie"):
        Ellie nods, barely. She doesn't look up. #move:ellie.withdraw
    - stance_of("ellie") == "defending" || state_of("ellie") == "escalated":
        It's not much of a circle if I'm the one who lied. #speaker:ellie #move:ellie.defend
    - else:
        That's… yeah. That's every evening. #speaker:ellie #move:ellie.turn_toward
    }
    {
    - stance_of("mark") == "cold":
        Mark says nothing. He is studying his hands. #move:mark.withdraw
    - stance_of("mark") == "attacking" || flooded("mark"):
        It's a circle because she keeps walking out of it. #speaker:mark #move:mark.blame
    - received("mark") == "misread":
        Every evening. Because of me, you mean. #speaker:mark #move:mark.defend
    - else:
        I hate that circle. I don't want to be the one she has to escape. #speaker:mark #move:mark.share_vulnerable
    }
    { before_flooded:
        Naming the cycle is the right reframe at the wrong moment: someone was over the line, and a flooded body can't take it in. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the cycle externalizes it: the enemy is the pattern, not the partner. It is the first reframe of EFT's de-escalation. #coach
    }
* [Take them back through the Friday, slowly, minute by minute. #move:slow_down]
    Let's slow right down and go back to the Friday. Not who was right. Just what happened, in order, and what each of you noticed. #speaker:counselor
    ~ co_tracked = true
    ~ co_slow_walk = true
    ~ co_mark_heard = true
    ~ co_heat = MAX(co_heat - 1, 0)
    You take them back through the Friday, minute by minute: the car at the kerb, the hug in the hall, the weekend plan, the curry, the blanket, the milk. #time:6
    {
    - stance_of("mark") == "cold":
        Mark answers your questions in single words. #move:mark.withdraw
    - stance_of("mark") == "attacking" || flooded("mark"):
        She sat in the car outside our own house for five minutes before she'd even come in. I saw her. #speaker:mark #move:mark.criticize
    - else:
        She sat in the car outside for five minutes before she came in. I saw. I think I knew then. #speaker:mark #move:mark.share_vulnerable
    }
    {
    - flooded("ellie"):
        Ellie shakes her head when you ask her. Nothing comes. #move:ellie.stonewall
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        He had the whole weekend planned before I'd got my coat off. So I went for milk. #speaker:ellie #move:ellie.defend
    - else:
        ~ co_ellie_word = "breathe"
        When he said car boot, his mum's, B&Q, something in me just… I couldn't breathe. I don't know what that is. #speaker:ellie #move:ellie.turn_toward
    }
    { before_flooded:
        Slowing down was right with someone over the line, but walking them back through the Friday walked them back into it: a flooded body needs quiet, not the story again. #coach
      - else:
        Slow is the antidote to the speed of reactivity: step by step, each sees how their move lands on the other. It cost six minutes of the hour; slow work usually earns them, but spend them knowingly. #coach
    }
* [Mark, I can hear how frightening it was, sat there waiting. #move:validate #to:mark]
    Mark, I can hear how frightening it was, sat there with the film paused, not knowing where she'd gone or why. #speaker:counselor
    ~ co_mark_heard = true
    {
    - flooded("mark"):
        Mark nods, too fast, and looks at the floor. #move:mark.withdraw
    - stance_of("mark") == "cold":
        Mark looks at you, surprised, and then away. #move:mark.withdraw
    - else:
        Yes. Frightening. I wouldn't have said it, but yes. #speaker:mark #move:mark.turn_toward
    }
    {
    - flooded("ellie"):
        Ellie is staring at her keys. #move:ellie.stonewall
    - state_of("ellie") == "calm":
        Ellie glances at him, then at you. She doesn't say anything.
    - else:
        So I'm the one who frightens him. Great. #speaker:ellie #move:ellie.withdraw
    }
    Validating Mark's fear builds the alliance with him. Watch Ellie's end of the couch while you do it: validation of one, with nothing for the other, can sound to her like a verdict. #coach
    { before_flooded:
        Someone was over the line as you spoke: warm words barely land in a flooded body. Stop first. #coach #mistake:pressed_on_flooded
    }
* [Mark, everyone needs a bit of time alone. It's healthy. Can you hear that? #move:take_sides #to:ellie]
    Mark, everyone needs a bit of time on their own. It's healthy. Ellie isn't doing anything wrong by wanting it. Can you hear that? #speaker:counselor
    ~ co_mistakes += 1
    ~ co_heat += 1
    ~ co_sided_with = "ellie"
    {
    - flooded("mark"):
        Mark's face closes. He says nothing at all. #move:mark.stonewall
    - state_of("mark") == "escalated" || stance_of("mark") == "protesting" || stance_of("mark") == "attacking":
        She lied to me for a year. And I'm the one getting told off. #speaker:mark #move:mark.blame
    - else:
        Sure. I hear it. I'm the problem. Got it. #speaker:mark #move:mark.withdraw
    }
    {
    - flooded("ellie"):
        Ellie doesn't look up. #move:ellie.withdraw
    - else:
        Ellie looks at you, grateful, and then at Mark, and the gratitude goes. #move:ellie.dismiss
    }
    True in general, and siding here: it tells Mark his fear is the problem, and gives Ellie an ally instead of a way to be with him. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: that was the moment to stop, not to add a verdict. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (tracked)
-> counsel_taken

// "He's taken everything from me": the cue for the routine check-in with each partner alone.
=== counsel_taken ===
You ask what it's like at home, most evenings.
{
- flooded("ellie") || stance_of("ellie") == "defending":
    Like he's taken everything. My evenings, my weekends. I haven't got anything that's mine. #speaker:ellie #move:ellie.criticize
- else:
    Ellie is quiet for a long time.
    A lot of the time it feels like he's taken everything from me. That's not fair, I know. But it feels like it. #speaker:ellie #move:ellie.share_vulnerable
}
{
- flooded("mark"):
    Mark's hands are flat on his knees. He doesn't answer. #move:mark.stonewall
- stance_of("mark") == "attacking" || state_of("mark") == "escalated":
    Taken? I've never stopped her doing anything! Have I? Tell her. #speaker:mark #move:mark.defend
- else:
    Mark stares at her.
    I've never stopped you doing anything. Have I? #speaker:mark #move:mark.bid
}
~ note_before()
* [Taken everything: see each of them alone for a couple of minutes before going on. #move:screen_safety #to:ellie]
    -> ellie_alone
* [Ask them both, while it's on the table: does Mark ever stop you going out, or check up on you? #move:screen_safety]
    While we're on it: does anyone ever stop the other from going out, or seeing people? Check up on where they are? Does either of you ever feel frightened of the other? #speaker:counselor
    ~ co_screened = "joint"
    Ellie glances at Mark before she answers.
    {
    - flooded("ellie"):
        No. Nothing like that. #speaker:ellie #move:ellie.defend
    - else:
        No. He texts a lot. That's all. It's not like that. #speaker:ellie #move:ellie.defend
    }
    {
    - flooded("mark"):
        Mark shakes his head without looking up. #move:mark.withdraw
    - else:
        Never. God. I'd never. #speaker:mark #move:mark.defend
    }
    A safety question asked with both in the room gets the answer the room allows: each answers in front of the other, and a partner who felt controlled couldn't say so beside the person who controls. Two no's said together tell you nothing yet. Ask each alone. #coach #mistake:joint_screening
    Notice the glance before she answered, and "he texts a lot". A joint question can't tell you what either meant. See each alone before they leave today; if fear or control shows, stop the joint work, plan for safety and refer. #coach
    { before_flooded:
        And someone was over the line when you asked: a flooded body answers anything to make the question stop. Stop first, then see each alone. #coach #mistake:pressed_on_flooded
    }
    -> later
* [So the more Mark holds on, the less of Ellie there is; and the less of her, the tighter he holds. #move:reflect]
    So the more Mark holds on, the less of you there is, Ellie. And the less of you there is, Mark, the tighter you hold. #speaker:counselor
    ~ co_tracked = true
    {
    - flooded("mark"):
        Mark nods without looking up. #move:mark.withdraw
    - else:
        I hold on because she's going. #speaker:mark #move:mark.defend
    }
    {
    - state_of("ellie") == "flooded":
        Ellie gives one quick nod. Her breathing hasn't slowed. #body:ellie.flooded
    - flooded("ellie") || stance_of("ellie") == "stonewalling":
        Ellie looks away. #move:ellie.withdraw
    - else:
        And I go because he's holding on. #speaker:ellie #move:ellie.turn_toward
    }
    { before_flooded:
        An accurate reflection, sent to someone over the line: a flooded body can't take it in. Stop first; reflect when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        A good reflection of the cycle: each one's move feeds the other's. #coach
    }
    "He's taken everything from me" is also the cue for the routine safety check, brief and with each of them alone. You don't know what it means in their house until each can answer privately. #coach
    -> later
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (screened)
-> counsel_heat_rises

= later
~ note_before()
* [See each of them alone now, briefly. It's routine. #move:screen_safety #to:ellie]
    -> ellie_alone
* [Leave it for today and keep the thread: holding on and going are the cycle. #move:psychoeducation]
    A lot of couples know this one. One of you wants more closeness, the other more room, and each move makes the other's bigger. Neither need is wrong. Let's stay with it. #speaker:counselor
    { co_screened == "joint":
        The joint answer stays the only answer you have, and it isn't one. After a joint question, see each alone before they leave today. If there's no time, call each separately before next session. #coach
      - else:
        The check-in can wait for a quieter moment, but it can't be skipped: "taken everything" and "he texts a lot" need asking about with each alone before you know what they mean. #coach
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

= ellie_alone
{ co_screened == "joint":
    You both said no. I'd still like a couple of minutes with each of you on your own; I do it with every couple. #speaker:counselor
  - else:
    Ellie, you said he's taken everything. I'd like a quick word with each of you on your own, a couple of minutes each. I do it with every couple. It's routine, not a suspicion. #speaker:counselor
}
You take Ellie into the small room. Before you ask anything you tell her what you will tell Mark too: what each of them says in here, alone, stays between the two of you, unless someone is in danger.
Then the questions. Since the intake: has she been frightened of Mark, hurt, threatened? Does he stop her going out, seeing people, having money of her own, or check where she is? #time:2
No, she says. He's never stopped her doing anything. He texts three or four times a day; she could not answer, she says, and she doesn't always. She's not frightened of him. She's frightened of disappearing. I do it to myself, she says. I say yes because he'd be so sad.
-> alone

= alone
~ note_before()
* [Now Mark, alone: the same questions. #move:screen_safety #to:mark]
    You bring Ellie back and take Mark across the landing. The same questions, the same couple of minutes. #time:2
    No, he says. Never. He asks if he texts too much; he thinks he probably does. He worries. Then he asks whether Ellie is going to leave him. Whether she said something.
    You tell him what you told Ellie: what each says alone stays between the two of you, unless someone is in danger.
    You bring them both back in. #time:1
    ~ co_screened = "alone"
    Screening goes with each partner alone, every time it comes up: alone is where a frightened partner can answer. Nothing in what either said alone suggests fear today; the texting and "taken everything" are worth keeping in view. Keep asking as the work goes on; if fear or control appears, stop the joint work, plan for safety and refer. #coach
* [Ellie's the one who said taken, and she's fine. Save the minutes: bring her back. #move:psychoeducation]
    You bring Ellie back in.
    Feeling crowded is something we'll keep an eye on together as the work goes on. It's common, when one of you wants more closeness than the other. #speaker:counselor
    ~ co_screened = "ellie_only"
    {
    - flooded("mark"):
        Mark nods at the floor. #move:mark.withdraw
    - else:
        Okay. #speaker:mark #move:mark.turn_toward
    }
    Routine screening means both partners, each alone, whoever said the word: fear and control don't follow who sounds hurt. Two minutes with Mark were cheap; skipping them leaves half the question unasked. Call him separately before next session. #coach
    { before_flooded:
        And someone was over the line: seeing Mark alone would have parted them for a couple of minutes as well. #coach #mistake:pressed_on_flooded
    }
- (checked)
-> counsel_heat_rises

=== counsel_heat_rises ===
// Mark's complaint follows what the counselor has done: heard and with the cycle tracked, he can
// bring the milk as a hurt; after a fix or a side taken, as a charge.
~ temp mark_hurt = false
~ co_milk_raised = true
Mark turns back to Ellie.
{
- stance_of("mark") == "cold":
    A year of milk. I didn't even ask where you'd really been. What would be the point. #speaker:mark #move:mark.criticize
- flooded("mark") || stance_of("mark") == "attacking":
    A year, Ellie. A year of milk and petrol and the late chemist. You lied to my face every night. #speaker:mark #move:mark.blame
- co_sided_with == "ellie":
    Healthy. Lying to me for a year is healthy, is it? #speaker:mark #move:mark.blame
- co_advised:
    An evening a week. She could have had one any time. She chose to lie instead. #speaker:mark #move:mark.blame
- co_mark_heard && co_tracked && state_of("mark") != "escalated":
    ~ mark_hurt = true
    ~ co_mark_hurt = true
    What I can't get past is the milk. Not the hour. I'd give her an hour. That she couldn't tell me. That I'm someone she has to lie to. #speaker:mark #move:mark.share_vulnerable
- else:
    And the milk. There was milk in the fridge. I bought it. You lied to me. #speaker:mark #move:mark.criticize
}
~ temp ellie_silent = false
~ temp ellie_loud = false
{
- flooded("ellie"):
    ~ ellie_silent = true
    Ellie's breathing is shallow now. She stares at a point on the wall and says nothing. #move:ellie.stonewall #body:ellie.flooded
- mark_hurt && received("ellie") != "misread" && state_of("ellie") == "calm":
    I know. I should have asked. I didn't think I was allowed to want it. #speaker:ellie #move:ellie.own_part
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    ~ ellie_loud = true
    Because you'd have been sad all night! You're sad now! I can't ask for anything without you being sad! #speaker:ellie #move:ellie.criticize
- else:
    It was easier. That's all. It was just easier than this. #speaker:ellie #move:ellie.defend
}
{
- stance_of("mark") == "cold":
    Mark looks out of the window. #move:mark.withdraw
- stance_of("mark") == "attacking" || state_of("mark") == "escalated" || flooded("mark"):
    {ellie_silent:See? Nothing. This is what I get.|{ellie_loud:Sad? I'm sad because you lied to me!|Easier. Easier than me.}} #speaker:mark #move:mark.blame
- mark_hurt && received("mark") != "misread":
    You're allowed. I want you to be allowed. #speaker:mark #move:mark.validate
- else:
    {ellie_silent:You can't even look at me, El.|{ellie_loud:So it's my fault for being sad.|Easier than talking to me.}} That's the part. #speaker:mark #move:mark.criticize
}
{
- stance_of("mark") == "cold":
    Mark has gone quiet and hard.
- state_of("mark") == "flooded":
    Mark's voice is up now, fast and cracked. #body:mark.flooded
- state_of("mark") == "escalated":
    Mark's voice is up now, sharp. #body:mark.hot
- mark_hurt && state_of("mark") != "activated":
    Mark's voice is quieter than it has been all evening.
- else:
    The edge is back in Mark's voice.
}
{
- state_of("ellie") == "flooded":
    Ellie has gone very still. Her knuckles are white round the car keys. #body:ellie.flooded
- state_of("ellie") == "escalated":
    Ellie's face is red and her voice is up, which it almost never is. #body:ellie.hot
- state_of("ellie") != "calm":
    Ellie is turning the car keys over and over. #body:ellie.stirred
- else:
    Ellie sits very still, watching him.
}
~ note_before()
* [Stop this, gently and firmly, before it runs away. #move:block]
    Let me stop you both there. Not because it doesn't matter. Because it does, and I can see it getting away from you. #speaker:counselor
    ~ co_heat = MAX(co_heat - 1, 0)
    {
    - stance_of("mark") == "cold" && state_of("mark") == "flooded":
        Mark nods without looking up. His breathing is still fast. #body:mark.flooded
    - stance_of("mark") == "cold":
        Mark nods without looking up.
    - state_of("mark") == "flooded":
        Mark stops mid-word and presses his lips together, breathing hard. #body:mark.flooded
    - else:
        Mark stops. He sits back.
    }
    {
    - state_of("ellie") == "flooded":
        Ellie's hands keep turning the keys. She still can't look at him. #body:ellie.flooded
    - state_of("ellie") == "calm":
        Ellie sits back into the corner of the couch.
    - else:
        Ellie lets out a breath she seems to have been holding since the Friday. #body:ellie.stirred
    }
    { mark_hurt && before_calm:
        Blocking interrupts escalation. Here Mark had just brought a hurt, softly, and a block can land as being shut down: when it comes soft, stay with it. #coach
      - else:
        Blocking interrupts escalation before it does damage. It isn't silencing anyone; it protects the conversation they both came here to have. #coach
    }
* [Explain the dance: one needs closeness, one needs room, and each move makes the other's bigger. #move:psychoeducation]
    Can I tell you what I think is happening? One of you needs more closeness, one needs more room. Both needs are normal. But when the room can't be asked for, it gets taken, quietly, and when it's taken quietly the closeness gets held tighter. #speaker:counselor
    And when either of you gets past about a hundred beats a minute, it gets very hard to hear the other at all. That's what the quiet is, Mark, and the car keys. Not indifference. #speaker:counselor
    ~ co_heat = MAX(co_heat - 1, 0)
    ~ co_taught_twenty = true
    {
    - flooded("ellie"):
        Ellie nods once. She can't find words, which seems to prove the point. #move:ellie.withdraw
    - else:
        ~ co_ellie_word = "quiet"
        It's like I need to be somewhere quiet to know what I think. And there's nowhere quiet. #speaker:ellie #move:ellie.share_vulnerable
    }
    {
    - state_of("mark") == "flooded":
        Mark shakes his head, too fast. #body:mark.flooded
        From where I sit it looks like she can't stand me. #speaker:mark #move:mark.defend
    - stance_of("mark") == "cold":
        Mark looks at her properly for the first time today. #move:mark.turn_toward
    - stance_of("mark") == "attacking" || flooded("mark"):
        So I'm meant to stop wanting to be with my wife? #speaker:mark #move:mark.defend
    - else:
        I always thought she just didn't want me. #speaker:mark #move:mark.share_vulnerable
    }
    { before_flooded:
        The content is right, but you explained the dance to someone who was flooded: a body over the line can't take in a lecture. Stop the talk first; explain once they have come down. #coach #mistake:pressed_on_flooded
      - else:
        Psychoeducation names both needs as legitimate (Lerner: the dance is about closeness and separateness, and each partner carries one for the couple) and the quiet as flooding, not indifference (Gottman). The cycle, not a culprit. #coach
    }
* [Mark, the lie is the part that hurts: being someone she has to lie to. #move:validate #to:mark]
    Mark, I think the lie is the part that stung. Not the hour. Being someone she felt she had to lie to. #speaker:counselor
    ~ co_mark_heard = true
    {
    - flooded("mark"):
        Mark nods hard and doesn't trust himself to speak. #move:mark.withdraw
    - stance_of("mark") == "cold":
        Mark looks at you for a long moment.
        Yes. #speaker:mark #move:mark.turn_toward
    - else:
        Yes. That's it. That's the bit. #speaker:mark #move:mark.turn_toward
    }
    {
    - flooded("ellie"):
        Ellie's keys are still going. She doesn't look up. #move:ellie.stonewall
    - state_of("ellie") == "calm":
        I didn't know it landed like that. I thought it was kinder than saying it. #speaker:ellie #move:ellie.turn_toward
    - else:
        I said I'm sorry. #speaker:ellie #move:ellie.defend
    }
    { before_flooded:
        Mark's hurt was worth validating, but someone was over the line and nothing warm lands there. Stop first; come back to the hurt. #coach #mistake:pressed_on_flooded
      - else:
        Validating the hurt under the charge lets Mark be heard without Ellie being convicted: the injury is being lied to, not the hour. #coach
    }
* [Ellie, you can see that lying about the milk wasn't fair on Mark. #move:take_sides #to:mark]
    Ellie, I think you can see that lying about the milk for a year wasn't really fair on Mark. #speaker:counselor
    ~ co_mistakes += 1
    ~ co_heat += 1
    ~ co_sided_with = "mark"
    {
    - flooded("ellie"):
        Ellie says nothing. She looks at the door. #move:ellie.stonewall
    - stance_of("ellie") == "stonewalling":
        Fine. I'll stop talking, then. #speaker:ellie #move:ellie.withdraw
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        So I'm the liar, and he's the victim. That's where we've got to. #speaker:ellie #move:ellie.criticize
    - else:
        Ellie says it to her keys.
        No. It wasn't. #speaker:ellie #move:ellie.withdraw
    }
    {
    - flooded("mark"):
        Mark doesn't move. #move:mark.stonewall
    - else:
        I didn't need you to say that for me. #speaker:mark #move:mark.withdraw
    }
    Siding with the one who was lied to abandons the one who lied to get a breath: she goes further in, and the next errand gets easier. It doesn't even help Mark. Stay on both sides of the cycle. #coach #mistake:take_sides
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
{ co_heat >= 2 || flooded("ellie") || flooded("mark"):
    {
    - state_of("mark") == "flooded" && state_of("ellie") != "flooded":
        Mark's breathing is fast and high. He is turning his wedding ring round and round, and he isn't hearing anything now. #body:mark.flooded
    - state_of("ellie") == "flooded" && state_of("mark") != "flooded":
        Ellie's knuckles are white round the keys and her eyes are fixed on the door. Whatever you say next, she won't hear it. #body:ellie.flooded
    - state_of("ellie") == "flooded" && state_of("mark") == "flooded":
        Ellie's knuckles are white round the keys. Mark is turning his ring round and round. Neither of them is really listening now. #body:ellie.flooded
    - else:
        Mark is turning his ring round and round. Ellie is watching the door. Neither of them is really listening now.
    }
    { flooded("ellie") || flooded("mark"):
        Watch the bodies: fast breathing, fixed eyes, white knuckles. When someone is flooded, more talk only adds heat. #coach
      - else:
        Nobody is over the line yet, but the room is hot: short answers, fixed eyes. One more push could tip someone over. #coach
    }
  - else:
    { state_of("ellie") == "escalated" || state_of("mark") == "escalated":
        The room is tense, but they are both still here, and still talking. You are {50 - minutes_left()} minutes into the hour.
      - else:
        The room is quieter than it was, and they are both still talking. You are {50 - minutes_left()} minutes into the hour.
    }
    Read the room before you choose: quiet or tense is workable; flooded is not. #coach
}
~ note_before()
* [Stop for twenty minutes: each in a different room, then come back. #move:time_out=20]
    I'd like us to stop for twenty minutes. Ellie, the waiting room; Mark, the small room across the landing. Not to get away from each other. To let your bodies settle. #speaker:counselor
    I'll come and get you both in twenty minutes. #speaker:counselor
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_time_out
* [Take five minutes for water, then carry on. #move:time_out=5]
    Let's take five. Get some water, stretch, and we'll pick up where we left off. #speaker:counselor
    ~ co_calm_timeout = before_calm
    -> counsel_short_break
* [Slow it down here: a minute's breathing together, then on, slowly. #move:slow_down]
    ~ co_tracked = true
    -> counsel_settle
* [Keep going. Ellie, what's happening for you right now? #move:evoke #to:ellie]
    Let's stay with this. Ellie, what's happening for you right now? #speaker:counselor
    ~ co_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_settle ===
Let's slow right down. Feet on the floor. Breathe in with me for four, out for six. Nobody has to say anything for a minute. #speaker:counselor
They breathe. Mark's eyes close for a moment. Ellie puts the keys down on the cushion beside her. #time:2
{ state_of("ellie") == "cooling" || state_of("mark") == "cooling":
    {
    - state_of("ellie") == "cooling":
        Ellie's shoulders come down an inch. Her hands haven't let go of each other. #body:ellie.stirred
    - else:
        Mark's breathing slows, a little. His hands are still tight on his knees. #body:mark.stirred
    }
    Slowing down was the right instinct, and the breathing takes the edge off. But a flooded body needs about twenty minutes to come down (Gottman): two won't bring it under the line, and the next hard word will take it back over. #coach
  - else:
    Tense isn't flooded. Slowing down and a minute's paced breathing together often does what a twenty-minute break would, for a fraction of the hour. #coach
}
-> counsel_ellie_inside

=== counsel_short_break ===
~ co_break = "short"
Mark goes out to the water cooler on the landing. Ellie stands at the window with her keys, looking down at the car park behind the dentist's.
Five minutes later they sit down again. #time:5
{
- state_of("ellie") == "flooded":
    Ellie's cup of water is still full. Her jaw is tight; the keys have started again. #body:ellie.flooded
- flooded("ellie"):
    Ellie sits back down. Her face has settled; her hands haven't. #body:ellie.stirred
- else:
    Ellie sits back down, a little looser in the shoulders.
}
{
- state_of("mark") == "flooded" || stance_of("mark") == "attacking" || (flooded("mark") && stance_of("mark") != "cold"):
    So. Where were we. #speaker:mark #move:mark.demand
- else:
    Mark sits with the paper cup held in both hands, not drinking from it.
}
{ co_calm_timeout:
    Nobody was escalated or flooded when you called it: a break for a room that was only tense spends the hour and breaks the thread. Slowing down in the room would have cost less. #coach #mistake:calm_time_out
  - else:
    { co_taught_twenty:
        Five minutes is a breather, not a reset: a short pause often ends with both picking up exactly where they were. #coach
      - else:
        Five minutes is a breather, not a reset. A flooded body needs about twenty minutes to come down (Gottman), so a short pause often ends with both picking up exactly where they were. #coach
        ~ co_taught_twenty = true
    }
}
~ note_before()
* [Make it a proper twenty minutes after all. #move:time_out=20]
    Actually, let's make this a real break. Twenty minutes, separate rooms. Ellie, the waiting room; Mark, the small room across the landing. I'll come and get you both. #speaker:counselor
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_time_out
* [Carry on. Ellie, what's happening for you right now? #move:evoke #to:ellie]
    Let's carry on. Ellie, what's happening for you right now? #speaker:counselor
    ~ co_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_press_on ===
{ hour_gone():
    -> counsel_out_of_time
}
{ co_heat >= 2 || flooded("ellie") || flooded("mark"):
    -> counsel_walk_out
}
You stayed with it, and it held: tense, not flooded. Pressing on works only while both of them can still think. #coach
-> counsel_ellie_inside.first_answer

=== counsel_calm_break ===
~ temp after_short = co_break == "short"
~ temp short_was_calm = co_calm_timeout
~ co_calm_timeout = true
~ co_break = "full"
You walk Ellie to the waiting room and Mark to the small room across the landing, and close both doors.
Ellie reads the leaflets on the waiting-room table, twice: dental implants, a choir, a lost cat. #time:10
Across the landing Mark texts Dougie about Sunday and deletes it. Twenty minutes after you closed the doors, you knock on both. #time:10
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
~ co_flooded_at_break = co_flooded_at_break || flooded("ellie") || flooded("mark")
You walk Ellie to the waiting room and Mark to the small room across the landing, and close both doors.
{ not co_taught_twenty:
    A time-out is a break, not an exit: about twenty minutes apart (a flooded body needs that long to come down), something to do that doesn't rehearse the fight, and a set time to come back. #coach
    ~ co_taught_twenty = true
  - else:
    A time-out is a break, not an exit: all of the time apart, something to do that doesn't rehearse the fight, and a set time to come back. #coach
}
Ellie sits by the leaflets with her coat on and her eyes closed. #time:4
{
- flooded("mark"):
    Across the landing Mark stands at the window, hands in his fleece pockets, watching the buses. His jaw is still tight. #time:4 #body:mark.stirred
- else:
    Across the landing Mark stands at the window, hands in his fleece pockets, watching the buses. #time:4
}
// A pursuer breaks a break by knocking; a flooded withdrawer, by coming back too soon to end it.
{ stance_of("mark") == "cold" || (flooded("ellie") && not flooded("mark")):
    -> back_too_soon
}
-> knock_at_door

= knock_at_door
The door across the landing opens. Mark is outside the waiting room, his hand half raised to knock.
He wants to say one thing to her, he whispers. Just one sentence, and then he'll sit down.
~ note_before()
* [Not yet. Hold the twenty minutes; you'll fetch them both. #move:time_out=20]
    Not yet. Twelve more minutes. I'll come and get you both, I promise. #speaker:counselor
    Mark looks at the door a moment longer, then goes back across the landing.
    Twelve minutes later, you knock on both doors. #time:12
    -> both_back
* [Let him say his one sentence, slowly. It might settle them both. #move:evoke #to:mark]
    One sentence, then. Slowly. #speaker:counselor
    -> one_sentence

= one_sentence
Mark leans close to the door.
{
- flooded("mark"):
    El? I just need to know you're not in there deciding to go. #speaker:mark #move:mark.demand
- else:
    El? I'm not angry. I just wanted you to know that. #speaker:mark #move:mark.repair
}
{
- flooded("ellie"):
    Not now, Mark. Please. Not now. #speaker:ellie #move:ellie.withdraw
- else:
    I know. I'm all right. Give me the rest of the twenty, okay? #speaker:ellie #move:ellie.ask_space=12
}
{
- state_of("mark") == "flooded":
    Mark goes back across the landing fast, not looking at you. His face is red. #body:mark.flooded
- received("mark") == "misread":
    The rest of the twenty. Right. #speaker:mark #move:mark.criticize
    He heard "give me the rest" as "go away". He goes back across the landing without looking at you.
- else:
    Mark goes back across the landing.
}
{
- before_flooded:
    One sentence through a door is still talk during the break, however it is meant: someone was still over the line, and a body still cooling hears the fight starting again. The twenty minutes start again. #coach #mistake:pressed_on_flooded
- state_of("ellie") == "flooded" || state_of("mark") == "flooded":
    One sentence through a door is still talk during the break, however it is meant. A body still cooling hears the fight starting again, and the twenty minutes start again. #coach
- else:
    Nobody was flooded, so one sentence did little harm this time. But the break is over now, for both of them. #coach
}
~ note_before()
* [Start the twenty minutes again, from now. #move:time_out=20]
    Mark, back to your room, please. Ellie, stay where you are. Twenty minutes from now I'll come and get you both. #speaker:counselor
    ~ co_restarted = true
    Ellie sits in the waiting room with her coat buttoned to the neck, as if she might leave, and doesn't. #time:10
    Mark sits on the edge of the table in the small room, elbows on his knees, and at last he stops watching the door. #time:10
    -> both_back
* [Bring them both back in and carry on. Ellie, what's happening for you right now? #move:evoke #to:ellie]
    Come back in, both of you. Ellie, what's happening for you right now? #speaker:counselor
    ~ co_pressed_flooded = before_flooded
    -> counsel_press_on

= back_too_soon
Ellie is back at your door. She's fine now, she says. Can they just get on with it? #time:2
{ flooded("ellie"):
    Her face says otherwise: pale, her jaw tight. #body:ellie.stirred
}
~ note_before()
* [Not yet. Send her back for the rest of the twenty. #move:time_out=20]
    Not yet. Ten more minutes. Give yourself the whole twenty; I'll come and get you both. #speaker:counselor
    Ellie goes back to the waiting room. Ten minutes later, you knock on both doors. #time:10
    -> both_back
* [Take her at her word. Bring Mark in and carry on. #move:evoke #to:ellie]
    All right. You fetch Mark from across the landing, and he sits down at the near end of the couch.
    Ellie, what's happening for you right now? #speaker:counselor
    ~ co_pressed_flooded = before_flooded
    -> counsel_press_on

= both_back
~ co_break = "full"
~ co_heat = 0
~ temp mark_misheard = false
{ co_calm_timeout:
    They come back in and sit down where they were, politely, like people at the start of a meeting.
    -> reentry
}
They come back in. {co_coat:Ellie has taken her coat off, without being asked.|This time Ellie has taken her coat off.}
{
- flooded("ellie"):
    Ellie sits down, still pale. She looks at Mark once. #body:ellie.stirred
- else:
    Sorry. I went… I'm back. #speaker:ellie #move:ellie.repair
    ~ mark_misheard = received("mark") == "misread"
}
{
- flooded("mark") || state_of("mark") == "escalated":
    Mark sits with his arms folded. He doesn't say anything yet.
- mark_misheard:
    Back for how long. #speaker:mark #move:mark.criticize
- not co_milk_raised:
    I'm sorry too. I went at you. #speaker:mark #move:mark.own_part
- co_mark_hurt:
    I'm sorry too. I don't want it to be a fight. #speaker:mark #move:mark.own_part
- else:
    I'm sorry too. I went at you about the milk. #speaker:mark #move:mark.own_part
}
{
- mark_misheard:
    The bodies have come down, and still Mark heard the apology as a going about to happen: history talking, not this minute. Calm doesn't guarantee a good hearing; it makes one possible. #coach
- else:
    Notice the second half: the bodies have come down, and now there's room to reach. Calm is the precondition for anything deeper. #coach
}
- (reentry)
{ co_calm_timeout:
    They are calm, as they were before. The thread they were following has gone slack.
}
{ not time_for(8):
    -> counsel_pace("break")
}
~ note_before()
* [Welcome them back, and name what they just did: they stopped, and they came back. #move:validate]
    You both came back. That's the hardest part of a break, and you did it. We'll go slower from here. #speaker:counselor
    {
    - flooded("mark"):
        Mark nods, not yet trusting his voice.
    - stance_of("mark") == "cold" || stance_of("mark") == "attacking":
        Mark shrugs. #move:mark.withdraw
    - else:
        Mark lets out a breath. #move:mark.self_soothe
    }
    {
    - flooded("ellie"):
        Ellie looks at the floor.
    - else:
        Slower sounds good. #speaker:ellie #move:ellie.turn_toward
    }
    { before_flooded:
        Someone is still over the line: a welcome is kind, and it doesn't bring a body down. #coach #mistake:pressed_on_flooded
      - else:
        Re-entry after a time-out: welcome them back, name the return as the skill it is, and start slower than where you stopped. Coming back when they said is also the thing this couple most needs to practise. #coach
    }
* [Pick up {co_milk_raised:exactly where you stopped: the milk|where you stopped: the Friday}. #move:evoke #to:mark]
    Let's go back to where we were. Mark, {co_milk_raised:the milk|the Friday}. #speaker:counselor
    {
    - not co_milk_raised && (flooded("mark") || stance_of("mark") == "attacking"):
        She went for milk and was gone an hour. That's where we were. #speaker:mark #move:mark.blame
    - stance_of("mark") == "cold":
        It doesn't matter now. #speaker:mark #move:mark.withdraw
    - not co_milk_raised:
        She went for milk, and I sat there with it paused. #speaker:mark #move:mark.criticize
    - flooded("mark") || stance_of("mark") == "attacking":
        A year of milk. That's where we were. #speaker:mark #move:mark.blame
    - else:
        She lied to me about the milk. For a year. #speaker:mark #move:mark.criticize
    }
    {
    - flooded("ellie"):
        Ellie's jaw tightens. She says nothing. #move:ellie.stonewall
    - else:
        {co_milk_raised:I said I'm sorry.|I needed to go.} Do we have to do this again? #speaker:ellie #move:ellie.defend
    }
    { before_flooded:
        Someone was still over the line, and you went straight back to the hottest thing in the room: that is pressing on. #coach #mistake:pressed_on_flooded
      - else:
        Straight back to the hottest content asks bodies that have just come down to rejoin the fight at full speed. Start again slower than where you stopped. #coach
    }
- (resumed)
-> counsel_pace("break")

=== counsel_flood_pause ===
~ co_flooded_at_break = true
I'd like us to stop here, for twenty minutes. Ellie, the waiting room; Mark, the small room across the landing. I'll come and get you both. #speaker:counselor
-> counsel_time_out

=== counsel_late_time_out ===
~ co_flooded_at_break = true
~ co_late_break = true
~ co_break = "full"
~ co_heat = 0
Let's stop here. Twenty minutes apart, and then we'll finish together, calmly. Nothing more has to be solved today. #speaker:counselor
Ellie waits by the leaflets; Mark in the small room across the landing. Neither of them talks to anyone. #time:10
The light goes orange over the car park. Twenty minutes after the doors closed, you bring them back in. #time:10
{ hour_gone():
    -> counsel_out_of_time
}
With {minutes_left()} minutes left after the break, close: a calm close is worth more than one more intervention. #coach
-> counsel_close

=== counsel_walk_out ===
{ not flooded("ellie") && not flooded("mark"):
    -> boil_over
}
- (leaving)
{
- flooded("ellie") && (co_sided_with == "mark" || not flooded("mark")):
    -> ellie_leaves
- flooded("mark"):
    -> mark_leaves
- else:
    -> freeze
}
= boil_over
{ state_of("ellie") == "escalated" || state_of("mark") == "escalated":
    The question lands in a room that is already too hot. Mark answers before Ellie can.
  - else:
    The question lands in a room gone tight and wary. Mark answers before Ellie can.
}
{
- stance_of("mark") == "cold":
    Ask away. She'll say she doesn't know. She always doesn't know. #speaker:mark #move:mark.contempt
- co_sided_with == "ellie":
    Go on, ask her. Everyone's so careful with Ellie. #speaker:mark #move:mark.blame
- else:
    Nothing, probably. She'll be working out how to get to the car. #speaker:mark #move:mark.dismiss
}
{
- flooded("ellie"):
    Ellie's breathing goes shallow. She stares at a point on the wall, and she is gone. #move:ellie.stonewall #body:ellie.flooded
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    Because you don't let me! You answer for me before I've opened my mouth. #speaker:ellie #move:ellie.defend
- else:
    Ellie looks at her keys. Whatever she was going to say is gone. #move:ellie.withdraw
}
{ not flooded("ellie") && not flooded("mark"):
    -> last_chance
}
-> leaving
= last_chance
The room is one sentence from boiling over.
~ note_before()
* [Step in now: stop them, and own that you pushed too fast. #move:block]
    Stop. Both of you, just for a moment. I pushed too fast just then. That's on me, not on either of you. #speaker:counselor
    ~ co_heat = 1
    {
    - stance_of("mark") == "cold":
        Mark looks at the window.
    - else:
        Mark stops, and sits back.
    }
    {
    - state_of("ellie") == "calm":
        Ellie looks up at you, surprised.
    - else:
        Ellie lets out a long breath. #body:ellie.stirred
    }
    Blocking at the edge of a walk-out, and owning the push: the counselor's own repair. It stops the slide; it doesn't undo the heat, so go slower from here. #coach
    -> counsel_settle
* [Let Ellie answer for herself. Ellie? #move:evoke #to:ellie]
    Let's let Ellie answer for herself. Ellie? #speaker:counselor
    -> second_round
= second_round
{
- stance_of("mark") == "cold":
    Mark laughs, one short flat sound.
    Forget it. I've been talking to the back of her head for a year. #speaker:mark #move:mark.contempt
- else:
    See? She's already gone. She's in the car park in her head. #speaker:mark #move:mark.contempt
}
{
- flooded("ellie"):
    Ellie's hands stop on the keys. She goes completely still and says nothing at all. #move:ellie.stonewall
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    I can't win in here either. #speaker:ellie #move:ellie.defend
- else:
    Ellie says nothing. #move:ellie.stonewall
}
{ not flooded("ellie") && not flooded("mark"):
    -> freeze
}
-> leaving
= freeze
Then nothing. Mark stops mid-breath and looks away. #move:mark.withdraw
Ellie stares at her keys and says nothing more. #move:ellie.stonewall
It doesn't boil over; it sets, like something left too long on the hob.
A strained cycle with nobody flooded enough to leave often freezes instead: both withdraw, and the silence does the damage (Wile's withdraw-withdraw). Pushing on pushed them there. #coach
{ time_for(12):
    The rest of the hour goes by in short, careful answers. #time:8
}
-> counsel_close
= ellie_leaves
{
- state_of("ellie") == "flooded":
    Ellie stands up so fast the keys fall on the carpet. She picks them up.
    I can't do this. I'm going to sit in the car. #speaker:ellie #move:ellie.withdraw
- else:
    Ellie stands and picks up her coat.
    I'm done. I'm going to the car. #speaker:ellie #move:ellie.withdraw
}
~ co_left = "ellie"
The door closes behind her, not hard. It is the old exit, in a new building.
{
- state_of("mark") == "flooded":
    Mark stares at the closed door. His hands are shaking. #body:mark.flooded
    See? Every time. #speaker:mark #move:mark.blame
- stance_of("mark") == "attacking" || flooded("mark"):
    There. That's every night. That's our marriage. #speaker:mark #move:mark.criticize
- else:
    Mark stares at the closed door.
    That's what it's like. Every time she goes, I think: that's it, then. #speaker:mark #move:mark.share_vulnerable
}
-> after
= mark_leaves
Mark stands and picks up his coat.
{ co_sided_with == "ellie":
    I'm not doing this. Not here, where even you think I'm the problem. #speaker:mark #move:mark.contempt
  - else:
    I'm not doing this. I came here to get my wife back, and she's not even in the room. #speaker:mark #move:mark.contempt
}
I'll walk home. #speaker:mark #move:mark.withdraw
{
- flooded("ellie"):
    Ellie half rises, then sits again, staring at the door. #move:ellie.stonewall
- else:
    Mark, wait… #speaker:ellie #move:ellie.bid
}
The door is already closing.
~ co_left = "mark"
-> after
= after
{ co_pressed_flooded:
    The question went to a room where someone was already over the line: that was the moment to stop, not to ask. #coach #mistake:pressed_on_flooded
}
{ hour_gone():
    -> debrief
}
~ note_before()
* {co_left == "ellie"} [Stay with Mark: what happens in him when that door closes? #move:take_sides #to:mark]
    Mark, what happens in you when that door closes? #speaker:counselor
    {
    - flooded("mark") || stance_of("mark") == "attacking":
        What do you think happens? I'm on my own with it. Again. #speaker:mark #move:mark.blame
    - else:
        I'm ten. At the window. #speaker:mark #move:mark.share_vulnerable
    }
    -> processed_absent
* {co_left == "mark"} [Stay with Ellie: what happens in her when he leaves like that? #move:take_sides #to:ellie]
    Ellie, what happens in you when he leaves like that? #speaker:counselor
    {
    - flooded("ellie"):
        Ellie shakes her head. She can't. #move:ellie.stonewall
    - else:
        Relief. And then I feel sick about the relief. #speaker:ellie #move:ellie.withdraw
    }
    -> processed_absent
* [Stop the work. Sit quietly with whoever stayed for a minute, then close. #move:slow_down]
    ~ co_tracked = true
    Let's stop here. Just sit with me for a minute; nothing has to be said. #speaker:counselor
    The room is very quiet. Below, someone locks up the dentist's. #time:1
    Right call for the room: with one partner gone and the other shaken, the work stops. {co_left == "ellie":And before she drives: a text now, asking her to sit in the car until she has settled, reaches her while it still matters. Next week is too late for that.|And a text to Mark now, before he is home, and a call tomorrow.} #coach
    -> debrief
* {co_left == "ellie"} [Go down after her before she drives: ask her to sit in the car until she's steady. #move:slow_down #to:ellie]
    -> check_on_ellie
* {co_left == "mark"} [Text Mark now: walk it off slowly, and you'll ring him tomorrow. #move:slow_down #to:mark]
    ~ co_tracked = true
    You text him from the doorway: Walk it off slowly. No need to talk about today tonight. I'll ring you tomorrow. #time:1
    {
    - flooded("mark"):
        The message shows as read. #move:mark.withdraw
    - else:
        Ok. #speaker:mark #move:mark.withdraw
    }
    The one who left is still in the session: a few words now, with no work in them, keep the alliance with him and slow what he carries home. #coach
    -> debrief
= check_on_ellie
~ co_tracked = true
You tell Mark you'll be one minute, and go down the stairs after her. She is in the Fiesta behind the dentist's, engine off, hands on the wheel. #time:1
You knock, and she winds the window down an inch.
I'm not asking you to come back up. I'd like you to sit here until your hands are steady before you drive. Ten minutes, or twenty. I'll ring you tomorrow. #speaker:counselor
{
- flooded("ellie"):
    Ellie nods at the steering wheel, and doesn't look at you. #move:ellie.withdraw
- else:
    Okay. I wasn't going to go yet anyway. #speaker:ellie #move:ellie.ask_space=20
}
With a partner leaving flooded, safety comes before the session: a body over the line should not be driving. Going after her is not taking her side; it is the time-out she couldn't call, offered on the stairs. #coach
You go back up to Mark. #time:1
-> debrief
= processed_absent
Opening new work with one partner out of the room is the fault here: whatever is found, the one who left isn't there to hear it, and the session becomes a hearing about them, on one side of the door. Close instead; contact both, separately, before next week. #coach #mistake:take_sides
{ before_flooded:
    { co_stayer_flooded:
        And {co_left == "ellie":Mark|Ellie} was still over the line: this was the moment to stop, not to ask. #coach #mistake:pressed_on_flooded
      - else:
        And {co_left == "ellie":Ellie|Mark} left over the line. {co_left == "ellie":Her|His} body is still in this session: the first move was toward {co_left == "ellie":her, before she drove|him}, not more work with the one who stayed. #coach #mistake:pressed_on_flooded
    }
}
-> debrief
= debrief
{ not hour_gone():
    -> at_the_door
}
-> lesson
= at_the_door
~ note_before()
{co_left == "ellie":Mark|Ellie} is still in the room, and the hour isn't over.
* [Sit a minute longer in quiet, then let {co_left == "ellie":him|her} go. #move:slow_down]
    ~ co_tracked = true
    You sit a minute longer in the quiet, and then you walk {co_left == "ellie":him|her} to the stairs. #time:1
    Regulate before anyone goes down the stairs: the one who stayed is carrying the fight home too. #coach
* [Say you'll ring {co_left == "ellie":Ellie|Mark} tomorrow, and book each of them alone before next week. #move:refer]
    I'll ring {co_left == "ellie":Ellie|Mark} tomorrow. And I'd like to see each of you on your own before next week, and then both of you together again. #speaker:counselor
    {
    - co_left == "ellie" && flooded("mark"):
        Mark nods. He can't speak. #move:mark.withdraw
    - co_left == "ellie":
        Okay. Will she come? #speaker:mark #move:mark.bid
    - flooded("ellie"):
        Ellie nods at the floor. #move:ellie.withdraw
    - else:
        Okay. He won't, probably. #speaker:ellie #move:ellie.withdraw
    }
    {
      - before_flooded && co_stayer_flooded:
        The plan is right: each alone, then both again. Said while {co_left == "ellie":Mark|Ellie} is still over the line, it barely lands; say it again on the phone. #coach #mistake:pressed_on_flooded
      - before_flooded && check_on_ellie:
        The plan is right: each alone, then both again. You have seen Ellie to her car, and she is still over the line: a plan for next week won't reach her tonight. Say it again when you ring. #coach #mistake:pressed_on_flooded
      - before_flooded:
        The plan is right: each alone, then both again. But {co_left == "ellie":Ellie|Mark} left over the line and is still there: a plan for next week does nothing for {co_left == "ellie":her|him} tonight. Reach {co_left == "ellie":her|him} first. #coach #mistake:pressed_on_flooded
      - else:
        A plan for the gap: each alone, then both again. It keeps the alliance with the one who left as well as the one who stayed. #coach
    }
* {co_left == "ellie"} [Tell him it'll be all right: this happens, and they'll get there. #move:advise]
    -> reassure
* {co_left == "mark"} [Tell her it'll be all right: this happens, and they'll get there. #move:advise]
    -> reassure
- -> lesson
= reassure
This happens a lot, early on. You'll get there. #speaker:counselor
{
- co_left == "ellie" && flooded("mark"):
    Mark nods at the door. #move:mark.withdraw
- co_left == "ellie":
    Will we? #speaker:mark #move:mark.defend
- flooded("ellie"):
    Ellie nods at the door. #move:ellie.withdraw
- else:
    Will we? #speaker:ellie #move:ellie.defend
}
Kind, and not yours to promise. Reassurance about the future skips the present: the one who stayed needed the minute, not the forecast. #coach #mistake:advise
{ before_flooded:
    {
      - co_stayer_flooded:
        And {co_left == "ellie":Mark|Ellie} was over the line: a forecast barely lands there. Slow first. #coach #mistake:pressed_on_flooded
      - check_on_ellie:
        And Ellie is still over the line, down in the car: a forecast made over her head, while she can't hear it, adds to what she carries home. #coach #mistake:pressed_on_flooded
      - else:
        And {co_left == "ellie":Ellie|Mark} left over the line: the one who needed you first tonight was the one on the stairs. #coach #mistake:pressed_on_flooded
    }
}
-> lesson
= lesson
{
- co_left == "ellie":
    Mark keeps looking at the door she went through, as if it might open again. #move:mark.withdraw
- else:
    Ellie keeps looking at the door he went through. She turns her keys over and over. #move:ellie.withdraw
}
The heat built and the session kept pushing until someone flooded. A flooded body can't take in even a good intervention; it chooses fight or flight. This time it chose the door. #coach
{ co_taught_twenty:
    When you see flooding, call a time-out and hold it, with a time to come back. That's a break, not an exit. The door was an exit. #coach
  - else:
    When you see flooding, call a time-out of at least twenty minutes, the time a flooded body needs to come down, with a time to come back. That's a break, not an exit. The door was an exit. #coach
}
{ co_left == "ellie":
    For this couple, a walk-out by the one who needs room is the errand again, with the lie taken out and nothing put in its place. A time-out with a time to come back is the version they have to learn. #coach
}
{ co_break == "short":
    The five-minute break didn't help: the same talk started again on the same raised hearts. #coach
}
{ co_mistakes > 0:
    Count the mistakes too: each side taken, fix offered or label given added heat that neither partner could shed. #coach
}
{ co_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
{ time_for(8):
    The session ends early, with one seat empty. #ending:walked_out
  - else:
    The session ends with one seat empty. #ending:walked_out
}
-> END

=== counsel_pace(done) ===
// The clock at a knot boundary: the rest of the work (Ellie's inside, the reframe, Mark's inside,
// the enactment) is taken in order as far as the minutes left allow.
{ hour_gone():
    -> counsel_out_of_time
}
{ done == "break" && time_for(ELLIE_TIME + ENACT_TIME):
    -> counsel_ellie_inside
}
{ (done == "break" || done == "ellie") && time_for(REFRAME_TIME + MARK_TIME + ENACT_TIME):
    -> counsel_reframe
}
{ done != "mark" && time_for(MARK_TIME + ENACT_TIME):
    -> counsel_mark_inside
}
{ time_for(ENACT_TIME):
    -> counsel_enact
}
-> counsel_close

=== counsel_ellie_inside ===
// Ellie, the withdrawer, answers a first open question with "I don't know"; a second, slower and
// more concrete try (an evoke that gives her one moment, or a tentative conjecture) can open her,
// if she is not braced. What she says when she opens is the wish from the comment.
Ellie is looking at the car keys in her lap.
~ note_before()
* [Ellie, when you're sitting in the car park, what's happening inside? I'm guessing it isn't nothing. #move:evoke #to:ellie]
    Ellie, when you're sitting in the car at Sainsbury's with the engine off, what's happening inside you? I'm guessing it isn't nothing. #speaker:counselor
    -> first_answer
* [Ellie, it makes sense you'd find an hour any way you could, if asking felt impossible. #move:validate #to:ellie]
    Ellie, it makes sense to me that you'd find an hour any way you could. If asking for it felt impossible, an errand is at least a way to breathe. #speaker:counselor
    ~ co_ellie_tries += 1
    {
    - flooded("ellie"):
        Ellie nods at the floor. #move:ellie.withdraw
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        It wasn't impossible. It was just easier. #speaker:ellie #move:ellie.defend
    - else:
        Impossible. Yeah. #speaker:ellie #move:ellie.turn_toward
        She doesn't say any more.
    }
    { before_flooded:
        Validation was the right move for the wrong moment: someone was over the line, and a flooded body barely takes in warmth. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Validation makes a withdrawn partner safe enough to speak. It doesn't mean the lie was right; it means her move makes sense from where she sits. It doesn't yet give her words. #coach
    }
    -> second_try
* [Ellie, a simple fix: next time, just tell him you need an hour, and when you'll be back. #move:advise]
    Here's something simple to try, Ellie. Next time, instead of the milk, just tell him: I need an hour, and I'll be back at eight. #speaker:counselor
    ~ co_mistakes += 1
    ~ co_heat += 1
    ~ co_advised = true
    {
    - flooded("ellie"):
        Ellie nods at the floor. #move:ellie.stonewall
    - else:
        Sure. Just tell him. Like it's that easy. #speaker:ellie #move:ellie.withdraw
    }
    {
    - stance_of("mark") == "cold":
        Mark doesn't answer. He has heard plans before. #move:mark.withdraw
    - else:
        I'd say yes. I've always said she could. #speaker:mark #move:mark.defend
    }
    It is the right skill, and it is the seed's advice; handed over as an instruction, before anyone knows why asking felt impossible, it becomes one more thing she has failed to do. Reach the feeling under the errands first; the asking follows. #coach #mistake:advise
    -> counsel_pace("ellie")
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ co_tracked = true
    -> counsel_close_safely

= first_answer
~ co_ellie_tries += 1
{
- flooded("ellie"):
    Ellie opens her mouth and closes it again.
    I don't know. I can't… not right now. #speaker:ellie #move:ellie.withdraw
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    Whatever I say, he'll be hurt. So why say it. #speaker:ellie #move:ellie.defend
- else:
    Ellie shrugs.
    {
    - co_ellie_word == "breathe":
        I said. I can breathe. That's all there is. #speaker:ellie #move:ellie.withdraw
    - co_ellie_word == "quiet":
        I said. It's quiet. That's all I've got. #speaker:ellie #move:ellie.withdraw
    - else:
        I don't know. Nothing, really. It's just quiet. #speaker:ellie #move:ellie.withdraw
    }
}
{
- stance_of("mark") == "cold":
    Mark looks at the ceiling. #move:mark.withdraw
- stance_of("mark") == "attacking" || flooded("mark"):
    See? "I don't know." A year of it. #speaker:mark #move:mark.criticize
- else:
    Mark waits, and you can see what the waiting costs him: he is holding on to the arm of the couch.
}
{ before_flooded:
    You reached for the feeling with someone over the line: a body over a hundred beats has no words for it. Stop first. #coach #mistake:pressed_on_flooded
  - else:
    {co_ellie_word != "":Ellie had already given you a word for it, and the open question only got it back: a withdrawer's first word is a door, not the room. Go back to her word, slower and more concrete.|"I don't know" is where a withdrawer usually starts: an open question asks for words from a mind that goes blank under pressure. Don't fill the silence and don't move on; try again, slower and more concrete.} #coach
}
-> second_try

= second_try
~ note_before()
{ stance_of("mark") == "attacking" || flooded("mark"):
    Mark is watching her, and the watching is not patient.
  - else:
    The silence goes on. Ellie's thumb moves over the car key.
}
* [Go slower. Give her one moment: the engine going off. What happens in her, right then? #move:evoke #to:ellie]
    Let's not go for the big picture. Just one moment. The car park, the engine going off, the quiet. What happens in you, right then? In your body, even. #speaker:counselor
    ~ co_last_try = "evoke"
    Ellie is quiet for a long time. You let her be. #time:1
    -> opens
* [Offer a guess, held lightly: part of her disappears to keep him happy, and the car park is where she comes back. #move:conjecture #to:ellie]
    Ellie, can I try a guess? Tell me if I've got it wrong. I wonder if part of you disappears to keep Mark happy, all evening, every evening. And the car park is the one place you get to come back. #speaker:counselor
    ~ co_last_try = "conjecture"
    -> opens
* [Name what you're seeing: avoidant attachment. She learned that closeness means losing herself. #move:interpret #to:ellie]
    ~ co_labelled = true
    Ellie, I think what we're seeing is an avoidant attachment style. Somewhere along the way you learned that closeness means losing yourself, so you pull away. #speaker:counselor
    ~ co_mistakes += 1
    ~ co_heat += 1
    {
    - flooded("ellie"):
        Ellie's face goes red. She looks at the floor and stays there. #move:ellie.stonewall
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        Great. Now I've got a diagnosis as well as a lie. #speaker:ellie #move:ellie.defend
    - else:
        I'm not avoiding anything. I'm sitting right here. #speaker:ellie #move:ellie.defend
    }
    {
    - stance_of("mark") == "cold":
        Mark says nothing. #move:mark.withdraw
    - else:
        So it's not me, then. It's how she is. #speaker:mark #move:mark.blame
    }
    A label from outside tells Ellie what she is instead of asking what she feels, and hands Mark a word to hold her to. A conjecture stays tentative, stays with this moment, and leaves the correction to her. #coach #mistake:interpret
    -> counsel_pace("ellie")
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out

= opens
~ co_ellie_tries += 1
{
- flooded("ellie"):
    Ellie shakes her head.
    I can't. Not now. #speaker:ellie #move:ellie.withdraw
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    Whatever I say, he'll be hurt. So why say it. #speaker:ellie #move:ellie.defend
- co_last_try == "conjecture":
    ~ co_ellie_engaged = true
    Not disappear. More like I hold my breath from the moment I get in. And in the car I let it out. It's the only place I'm me. #speaker:ellie #move:ellie.share_vulnerable
    And sometimes I sit there and I hope he'll meet someone. Some nice woman off his round. Then he'd be happy, and it wouldn't be my fault. I hate that I think it. #speaker:ellie #move:ellie.share_vulnerable
- else:
    ~ co_ellie_engaged = true
    I breathe out. Like I've been holding it since I got home. It's the only place I'm me. #speaker:ellie #move:ellie.share_vulnerable
    And sometimes I sit there and I hope he'll meet someone. Some nice woman off his round. Then he'd be happy, and it wouldn't be my fault. I hate that I think it. #speaker:ellie #move:ellie.share_vulnerable
}
{ co_ellie_engaged:
    {
    - state_of("mark") == "flooded":
        Mark has gone white. His breath is coming fast. #body:mark.flooded
        My dad met someone. #speaker:mark #move:mark.withdraw
    - stance_of("mark") == "cold" || flooded("mark"):
        Mark looks at her for a long moment and says nothing. #move:mark.withdraw
    - stance_of("mark") == "attacking":
        Someone else. That's what you want. #speaker:mark #move:mark.blame
    - received("mark") == "misread":
        So you want me gone. #speaker:mark #move:mark.defend
    - else:
        Mark is very still.
        I didn't know you were holding your breath. #speaker:mark #move:mark.turn_toward
    }
  - else:
    {
    - stance_of("mark") == "attacking" || flooded("mark"):
        See? That's the wall. #speaker:mark #move:mark.criticize
    - else:
        Mark watches her, waiting, and the waiting goes on too long. #move:mark.withdraw
    }
}
{
- not co_ellie_engaged && before_flooded:
    You tried again, but someone was over the line: no second try opens a flooded body. Stop first. #coach #mistake:pressed_on_flooded
- not co_ellie_engaged:
    Ellie is braced, and even a gentler second try can't reach past a defence that's still up. Bring the heat down first; don't put the feeling into words for her. #coach
- co_last_try == "conjecture":
    A conjecture, held lightly and offered for correction, and Ellie corrected it: that is how it is meant to work. The guess gave her words to push against; the feeling she found is her own. #coach
- else:
    The second try was slower and smaller: one moment, one body. Ellie could answer that when she couldn't answer "what do you feel". #coach
}
{ co_ellie_engaged:
    The wish she is most ashamed of, said out loud. Don't decide for her what it means: a wish for a self, or a foot half out of the door. Ask her alone, later; for now hold it for both. It will land on Mark somewhere old. #coach
}
-> counsel_pace("ellie")

=== counsel_reframe ===
~ note_before()
* [Draw the whole circle: what each does, what each fears. The cycle is the enemy. #move:name_cycle]
    { co_cycle_named:
        We said earlier the circle was the problem. I think now we can see what drives it. #speaker:counselor
    }
    { co_ellie_engaged:
        I wonder if it goes something like this. Ellie, you hold your breath to keep Mark happy, and the only way to breathe out is to go, so you make up a reason. Mark, I wonder if the going sounds like the start of a leaving, so you hold on tighter, and then there's even less air. Does that fit? #speaker:counselor
      - else:
        Here's what I see from this chair. Mark reaches; Ellie makes room the only way she can, by going; Mark reaches harder; Ellie goes further. What each of you feels inside that, I don't know yet. I'd like to find out. #speaker:counselor
    }
    Neither of you is the enemy. The circle is, and you're both losing to it. #speaker:counselor
    ~ co_tracked = true
    ~ co_cycle_named = true
    ~ co_heat = MAX(co_heat - 1, 0)
    {
    - flooded("ellie"):
        Ellie nods slowly. #move:ellie.withdraw
    - else:
        Put like that, it's not me against him. It's both of us against… that. #speaker:ellie #move:ellie.turn_toward
    }
    {
    - state_of("mark") == "flooded":
        Mark's hands are shaking on his knees. #body:mark.flooded
        I'm not trying to suffocate anyone. I'm not. #speaker:mark #move:mark.defend
    - stance_of("mark") == "cold":
        Mark doesn't answer, but he doesn't look away either. #move:mark.withdraw
    - stance_of("mark") == "attacking" || flooded("mark"):
        Maybe. But I'm the one who gets lied to. #speaker:mark #move:mark.criticize
    - else:
        I don't want to be the thing she has to get away from. #speaker:mark #move:mark.turn_toward
    }
    {
    - before_flooded:
        The reframe is sound, but someone was over the line and couldn't take it in. It will keep; their bodies won't. #coach #mistake:pressed_on_flooded
    - co_ellie_engaged:
        The EFT reframe, offered as a guess and built on what Ellie said: the problem is the cycle, and each move makes sense as protection. Once both see it, they can fight the pattern together instead of each other. #coach
    - else:
        The reframe stays with what you saw, the steps and not what's inside them: nobody has said their fear yet, so don't say it for them. #coach
    }
* [Propose a fair split: Tuesdays and Thursdays are Ellie's; the weekends are for both. #move:advise]
    What if you split the week? Tuesdays and Thursdays are Ellie's evenings, no questions. The weekends are for both of you. #speaker:counselor
    ~ co_mistakes += 1
    ~ co_heat += 1
    ~ co_advised = true
    {
    - flooded("ellie"):
        Ellie nods at the floor. #move:ellie.withdraw
    - else:
        I can do that. #speaker:ellie #move:ellie.dismiss
    }
    {
    - stance_of("mark") == "cold":
        Fine. Whatever works. #speaker:mark #move:mark.withdraw
    - stance_of("mark") == "attacking" || flooded("mark"):
        Great. I'll book my wife for Mondays, Wednesdays and Fridays. #speaker:mark #move:mark.contempt
    - else:
        So I get her by timetable. #speaker:mark #move:mark.criticize
    }
    Compromise before understanding: Ellie agrees to get out of the hot seat; Mark hears that his marriage is now a rota. Solutions stick after de-escalation, not instead of it. #coach #mistake:advise
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ co_tracked = true
    -> counsel_close_safely
- (reframed)
-> counsel_pace("reframe")

=== counsel_mark_inside ===
{
- state_of("mark") == "flooded":
    Mark is sitting very straight, his jaw tight, his eyes bright. #body:mark.flooded
- stance_of("mark") == "attacking":
    Mark is sitting very straight, his eyes bright.
- co_ellie_engaged:
    You turn to Mark. Some nice woman off his round: he hasn't moved since she said it.
- else:
    You turn to Mark. He is waiting, and it is a different waiting from Ellie's quiet.
}
~ note_before()
* [Mark, when the door goes and she's gone for milk, what happens in you? #move:evoke #to:mark]
    Mark, when the front door goes and she's gone for milk, and you're sat there with it paused: what happens in you? #speaker:counselor
    ~ co_mark_try = "evoke"
    -> answer
* [Offer a guess, held lightly: when she goes, part of him is waiting for her not to come back. #move:conjecture #to:mark]
    Mark, can I try a guess? Correct me if it's wrong. I wonder if, when she goes out, part of you is waiting for her not to come back. #speaker:counselor
    ~ co_mark_try = "conjecture"
    -> answer
* [Tell him what drives it: an anxious attachment, an abandonment wound. #move:interpret #to:mark]
    ~ co_labelled = true
    Mark, I think the holding on comes from an anxious attachment. An abandonment wound, probably from early on. #speaker:counselor
    ~ co_mistakes += 1
    ~ co_heat += 1
    {
    - flooded("mark"):
        Mark's eyes fill, then harden.
        I'm not the patient here. #speaker:mark #move:mark.contempt
    - stance_of("mark") == "attacking" || state_of("mark") == "escalated":
        So she lies to me for a year, and I'm the one with a wound. #speaker:mark #move:mark.blame
    - else:
        So it's my childhood now. She sits in a car park and it's my childhood. #speaker:mark #move:mark.defend
    }
    {
    - flooded("ellie"):
        Ellie looks from one of them to the other and says nothing. #move:ellie.stonewall
    - else:
        That's not fair. He's not mad for wanting me home. #speaker:ellie #move:ellie.validate
    }
    An attachment label, however apt, lands as a verdict: jargon, and a move into his past, away from the feeling in the room. Mark hears that his love is a symptom. Guess at the feeling, tentatively, and let him name it. #coach #mistake:interpret
    -> counsel_pace("mark")
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ co_tracked = true
    -> counsel_close_safely
- (answer)
{
- flooded("mark"):
    I can't… I don't know. I just want her home. #speaker:mark #move:mark.withdraw
    { before_flooded:
        The hurt is still guarding the fear, and Mark was too flooded to find it. Stop first; it comes when the room is safer. #coach #mistake:pressed_on_flooded
      - else:
        The hurt is still guarding the fear, and Mark is too flooded to find it. Don't chase it; it comes when the room feels safer. #coach
    }
- stance_of("mark") == "attacking" || co_sided_with == "ellie":
    Scared? I'm not scared. I'm hurt. Even in here she's the one who gets looked after. #speaker:mark #move:mark.defend
    The hurt is still guarding the fear, and the side you took earlier is part of what it guards against. Don't fight it; repair the alliance first. #coach
- stance_of("mark") == "cold":
    Waiting? I stopped waiting. I just put the telly on. #speaker:mark #move:mark.withdraw
    Cold is a pursuer who has stopped expecting an answer: the fear is under the tiredness, not gone. Don't push past it; reflect the tiredness first. #coach
- state_of("mark") == "escalated" || (state_of("mark") == "activated" && co_mark_try == "conjecture"):
    {co_mark_try == "conjecture":It's not that. I'm hurt.|What happens? I get hurt.} She lied to me. #speaker:mark #move:mark.defend
    { co_mark_try == "conjecture":
        The guess missed, and he corrected it: that is what a conjecture is for. Take the correction and stay with the hurt he named; the fear under it comes when the room is cooler. #coach
      - else:
        Still hot, Mark answers with the hurt that guards the fear. Reflect the hurt; the fear comes when he has come down. #coach
    }
- else:
    ~ co_mark_soft = true
    When I was ten my dad started going out. The allotment, the Legion, the car. Always just popping out. A year of it, and then one Sunday he popped out and moved in with a woman from the Legion. #speaker:mark #move:mark.share_vulnerable
    {co_ellie_engaged:Some nice woman. That's what he did. |}So when she goes for milk, I know it's milk. But I'm ten, at the window. #speaker:mark #move:mark.share_vulnerable
    {
    - flooded("ellie"):
        Ellie swallows. She can't look up. #move:ellie.withdraw
    - received("ellie") == "misread":
        So every time I go to the shop I'm your dad. #speaker:ellie #move:ellie.defend
        Mark meant I'm scared; Ellie heard you're on trial for my father: the history again. It's still in the room, and you can come back to it. #coach
    - else:
        Ellie turns on the couch and looks at him, as if she has never heard this before, though she knew about his dad. She never knew about the window. #move:ellie.turn_toward
    }
    Under Mark's holding on, the fear of being left: a pursuer's protest is protest at disconnection (Johnson). The togetherness was never the point; the coming back was. #coach
}
-> counsel_pace("mark")

=== counsel_enact ===
~ before_premature = not co_tracked || hot("ellie") || hot("mark")
There are {minutes_left()} minutes left.
~ note_before()
* [Ellie, turn to Mark and ask him for what you need, and tell him when you'll be back. #move:enactment #to:ellie]
    Ellie, could you turn to Mark and ask him for what you need? And tell him when you'll be back. Not to me. To him. #speaker:counselor
    -> ellie_asks
* [Mark, turn to Ellie and tell her what happens in you when she goes. #move:enactment #to:mark]
    Mark, could you turn to Ellie and tell her what happens in you when she goes out? Not to me. To her. #speaker:counselor
    -> mark_first
* [Not enough time for something this big. Start closing now. #move:slow_down]
    ~ co_tracked = true
    I think we'll stop the new work there. There's something I'd like to say about today before you go. #speaker:counselor
    { time_for(16) && (co_ellie_engaged || co_mark_soft) && not before_premature:
        There was time for it, and the room was ready: a feeling already found can be said to the other in five minutes. Closing early is safe; it can also be a way of not taking the risk with them. #coach
      - else:
        Closing early was a fair call: the room or the clock wasn't ready for an enactment, and a good close holds what was reached. #coach
    }
    -> counsel_close
+ [Not today: slow it right down and close. #move:slow_down]
    ~ co_tracked = true
    -> counsel_close_safely

= premature
~ co_premature = true
{ not co_tracked:
    An enactment before the cycle has been tracked restages the fight instead of changing it: reflect it, name it or slow it down first. #coach #mistake:premature_enactment
  - else:
    Someone was escalated or flooded when you asked for it: an enactment raises the heat in a room that hot. Calm first, then the enactment. #coach #mistake:premature_enactment
}
->->

= ellie_asks
{ co_ellie_engaged && co_heat <= 1 && not before_premature && not flooded("ellie") && stance_of("ellie") != "defending":
    Ellie turns on the couch, toward him. It takes her a moment.
    Mark. I need some evenings that are mine. Not away from you. Just mine. And I'll always tell you when I'll be back. I'm not your dad. I'm coming back. #speaker:ellie #move:ellie.ask_space
    { flooded("ellie"):
        Her voice gives out there. She looks at him, and the rest won't come.
        Saying it out loud cost more than Ellie's body had just now: she's flooded. After a break she can finish the sentence. #coach
        -> counsel_close
    }
    {
    - flooded("mark"):
        Mark's eyes fill. He holds on to the arm of the couch. #body:mark.stirred
        I can't… not now. I can't take it in. #speaker:mark #move:mark.withdraw
        Ellie asked, and meant it. But Mark is flooded, and a body over the line can't let in even the words it needed. Next week can start here. #coach
        -> counsel_close
    - received("mark") == "misread":
        Evenings. Plural. #speaker:mark #move:mark.criticize
        {
        - flooded("ellie"):
            Ellie's face falls. She looks at her keys. #move:ellie.withdraw
            Ellie's ask landed on Mark's oldest fear, and the sting flooded her before she could stay. That is the cycle, not the end of it. #coach
            -> counsel_close
        }
        Evenings. And I'll always come back. I'm saying it now, instead of the milk. #speaker:ellie #move:ellie.repair
        Mark heard the ask as a leaving: his history heard it first. Ellie stayed turned toward him, and staying is the repair. #coach
        {
        - flooded("mark") || stance_of("mark") == "attacking" || state_of("mark") == "escalated":
            Mark looks at her a long time and says nothing. #move:mark.withdraw
            -> counsel_close
        }
        Mark looks at her a long time.
        Okay. Tell me when. I'd rather know than wonder. #speaker:mark #move:mark.turn_toward
    - co_mark_soft:
        Mark is quiet for a moment.
        Okay. Tell me when. I'll sit by the window for a bit, probably. And then I'll stop. #speaker:mark #move:mark.turn_toward
        I'd rather know than wonder. #speaker:mark #move:mark.appreciate
    - else:
        He swallows.
        Okay. Okay. I'd rather know than wonder. #speaker:mark #move:mark.turn_toward
        ~ co_landed = true
    }
    {
    - flooded("ellie"):
        Ellie nods. She can't say more just now, but she doesn't look away. #move:ellie.withdraw
        -> counsel_close
    }
    Ellie nods. She is still turned toward him. #move:ellie.turn_toward
    -> counsel_process
  - else:
    Ellie turns toward him and tries.
    {
    - flooded("ellie"):
        She looks at him, then at the keys. The words don't come. #move:ellie.stonewall
    - else:
        I need… I don't know. Some space. I'm sorry. #speaker:ellie #move:ellie.withdraw
    }
    {
    - stance_of("mark") == "cold":
        Mark nods, as if he expected this. #move:mark.withdraw
    - else:
        That's the thing. Space. She never says what it means. #speaker:mark #move:mark.criticize
    }
    {
    - before_premature:
        -> premature ->
    - not co_ellie_engaged:
        An enactment asks a partner to say to the other what they have already found with you. Ellie hadn't found it yet. Evoke first, then enact. #coach
    - co_heat >= 2:
        Too much heat in the room for a risk like this. Asking is a risk, and nobody takes it while still braced. #coach
    - flooded("ellie"):
        Ellie had found the words, but she's over the line now, and nobody can reach from a flooded body. Calm first, then the enactment. #coach
    - else:
        Ellie had found the words, but she was still braced from the last exchange, and from behind a defence an ask comes out as an apology. Catch the misfire first, slowly; then the enactment. #coach
    }
    -> counsel_close
}

= mark_first
{
- co_mark_soft && co_heat <= 1 && not before_premature && not flooded("mark"):
    Mark turns to her. It takes him a moment.
    When you go out, I'm ten, at the window. I know it's not you. I don't want to keep you in, El. I just need to know you're coming back. #speaker:mark #move:mark.share_vulnerable
    {
    - flooded("ellie"):
        Ellie looks at him, then at the floor. The words don't come. #move:ellie.stonewall
        Mark reached from a soft place, but Ellie is flooded, and nothing lands in a body over the line. Calm first. #coach
        -> counsel_close
    - received("ellie") == "misread":
        So I can't go anywhere without it being your dad. #speaker:ellie #move:ellie.defend
        Mark spoke from the fear, and Ellie still heard a claim: the history got there first. Workable in a calm room, but not in the minutes that are left. #coach
        -> counsel_close
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        I always come back. I'm here, aren't I? #speaker:ellie #move:ellie.defend
        Mark spoke from the fear, but Ellie was still braced and heard pressure. Not the wrong words, and not the wrong order: the wrong moment. #coach
        -> counsel_close
    - co_ellie_engaged:
        I thought you were keeping tabs on me. Not scared. #speaker:ellie #move:ellie.turn_toward
        I'm coming back. I'm always coming back. I just need to go sometimes, to be me. I should have said it, not the milk. #speaker:ellie #move:ellie.share_vulnerable
        {
        - flooded("mark"):
            Mark nods, and can't speak yet. #move:mark.withdraw
            -> counsel_close
        - received("mark") == "misread":
            You should have. #speaker:mark #move:mark.criticize
            -> counsel_close
        }
        Then tell me, when it's like that. I'd rather know. #speaker:mark #move:mark.turn_toward
        Mark went first, and in a calm room it worked: each spoke from a softer feeling already found with you, and each was heard. #coach
        -> counsel_process
    - else:
        I didn't know you were scared. I thought you were keeping tabs on me. #speaker:ellie #move:ellie.turn_toward
        ~ co_landed = true
        Mark went first from a soft place, and it landed: Ellie heard the fear, not a claim. She hasn't found her own yet, so it is one-sided for now, and this early in therapy that is a real step. #coach
        -> counsel_process
    }
- else:
    {
    - co_mark_soft && not flooded("mark"):
        I just need you to stop going. Not all the time. Just stop going. #speaker:mark #move:mark.demand
    - else:
        I need you to stop lying to me. That's it. That's what I need. #speaker:mark #move:mark.demand
    }
    {
    - flooded("ellie"):
        Ellie looks at the carpet. #move:ellie.stonewall
    - co_ellie_engaged:
        I'm trying. I'm here, aren't I? #speaker:ellie #move:ellie.defend
    - else:
        Ellie nods at the carpet. #move:ellie.withdraw
    }
    {
    - before_premature:
        -> premature ->
    - co_mark_soft && flooded("mark"):
        Mark is over the line, and from there a need comes out as a demand; Ellie heard the old claim. Calm first, then the enactment. #coach
    - co_mark_soft:
        The room was too hot for it: Mark's need came out as a demand, and Ellie heard the old claim. An enactment works from a calm room and a feeling already found. #coach
    - else:
        Mark hadn't found the fear under the hurt yet, so the need came out as a demand, and Ellie heard the old claim. Evoke first, then enact. #coach
    }
    -> counsel_close
}

=== counsel_process ===
~ co_enacted = true
{ co_landed:
    Ellie is looking at Mark. Mark is looking back, and for once he isn't holding on to anything.
  - else:
    For a moment nobody says anything. They are looking at each other.
}
~ note_before()
* [Slow down and reflect what just happened between them. #move:reflect]
    Can we stay here a moment? One of you reached, and the other let it in. What is that like, right now? #speaker:counselor
    ~ co_tracked = true
    {
    - flooded("mark"):
        Mark can only nod.
    - else:
        Strange. Like she was actually here. #speaker:mark #move:mark.appreciate
    }
    {
    - flooded("ellie"):
        Ellie breathes out, slowly.
    - else:
        I can breathe. In here. I didn't expect that. #speaker:ellie #move:ellie.turn_toward
    }
    Processing the encounter: slow it down and reflect what happened and how it felt, so the new step is seen and owned, not just passed through. #coach
* [Tell them what you saw: it took courage, from both of them. #move:validate]
    That took courage, from both of you. You said the hard thing, and you stayed to hear it. #speaker:counselor
    {
    - flooded("ellie"):
        Ellie looks down at her hands.
    - else:
        It felt like jumping off something. #speaker:ellie #move:ellie.humor
    }
    {
    - flooded("mark"):
        Mark nods.
    - else:
        Yeah. Jumping. #speaker:mark #move:mark.turn_toward
    }
    Validating what each risked integrates the encounter: the new step is named as theirs, not the counselor's. #coach
* [Lock it in while it's warm: Tuesdays are Ellie's, starting this week. #move:advise]
    Let's lock this in while it's warm. Tuesdays are Ellie's evening, starting this week. Mark, you'll see Dougie. #speaker:counselor
    ~ co_mistakes += 1
    ~ co_advised = true
    {
    - flooded("ellie"):
        Ellie nods.
    - else:
        Tuesdays. Okay. #speaker:ellie #move:ellie.dismiss
    }
    Mark looks at the clock.
    A rule laid on a fresh moment turns it back into a permission slip, and the one who needs room has a new thing to ask leave for. Process what happened first; what they do with it can be theirs to decide. #coach #mistake:advise
- (processed)
{ flooded("ellie") || flooded("mark"):
    -> counsel_close
}
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
* [Name what was reached today, and what waits for next week. #move:reflect]
    ~ co_tracked = true
    { co_ellie_engaged || co_mark_soft:
        Before you go, I want to say what I saw today. {co_ellie_engaged:Ellie, you found words for the car park: the one place you breathe out.} {co_mark_soft:Mark, you said the fear under the holding on: the window.} That's what we start from next week. #speaker:counselor
      - else:
        Before you go, I want to say what I saw today: the circle you're both caught in, and how fast it turns. Next week we slow it down and look at what's underneath. #speaker:counselor
    }
    {
    - flooded("mark"):
        Mark nods without looking up.
    - stance_of("mark") == "cold" || stance_of("mark") == "attacking":
        Next week, then. #speaker:mark #move:mark.withdraw
    - else:
        Next week. Okay. #speaker:mark #move:mark.turn_toward
    }
    {
    - flooded("ellie"):
        Ellie is already looking at the door.
    - state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
        Fine. #speaker:ellie #move:ellie.withdraw
    - else:
        Okay. #speaker:ellie #move:ellie.turn_toward
    }
    { before_flooded:
        Someone was still over the line as you summed up: a flooded body takes in little. Slow the room first; then name what was reached. #coach #mistake:pressed_on_flooded
      - else:
        A contained close: name what was reached, in their words, and say what waits for next week, so nobody leaves carrying the whole of it. #coach
    }
* [Give them one thing to practise: ask for space, and for closeness, directly, with a time to come back. #move:psychoeducation]
    One thing to try at home. When you need room, say so, and say when you'll be back. When you need closeness, say that too. No milk. #speaker:counselor
    {
    - flooded("mark"):
        Mark nods, his jaw tight.
    - stance_of("mark") == "cold" || stance_of("mark") == "attacking":
        If she tells me. #speaker:mark #move:mark.criticize
    - else:
        He almost smiles.
        No milk. I can do that. #speaker:mark #move:mark.turn_toward
    }
    {
    - flooded("ellie"):
        Ellie nods at the floor.
    - received("ellie") == "misread":
        Say when I'll be back. Like a curfew. #speaker:ellie #move:ellie.defend
    - else:
        The asking's the hard bit. Not the going. #speaker:ellie #move:ellie.own_part
    }
    { before_flooded:
        The skill is the right thing to teach, but someone was over the line as you taught it: a flooded body can't take in a lesson. #coach #mistake:pressed_on_flooded
      - else:
        Asking directly for togetherness and for space, each with its time (Lerner, and the seed's advice), is psychoeducation they can take home: the cycle's antidote, not a rule about evenings. #coach
    }
* [Send them off with homework: Mark texts once a day, no more; Ellie says where she's going. #move:advise]
    Before next week, some homework. Mark, one text a day, no more. Ellie, when you go out, you say where and till when. Can you both commit to that? #speaker:counselor
    ~ co_mistakes += 1
    ~ co_advised = true
    {
    - stance_of("mark") == "cold" || flooded("mark"):
        Sure. #speaker:mark #move:mark.withdraw
    - else:
        One a day. Okay. If she will. #speaker:mark #move:mark.criticize
    }
    {
    - flooded("ellie"):
        Ellie nods. #move:ellie.withdraw
    - else:
        Sure. #speaker:ellie #move:ellie.dismiss
    }
    Homework set before the softer feelings have met is going through the motions: a rationed text and a reported errand are the cycle written down as rules. #coach #mistake:advise
+ {not co_closed_safely} [Slow it down first: a minute's breathing together before they go. #move:slow_down]
    ~ co_tracked = true
    -> counsel_close_safely
- (closed)
-> counsel_ending

=== counsel_ending ===
{
- co_break == "full" && co_flooded_at_break && co_heat < 2 && not flooded("ellie") && not flooded("mark"):
    -> counsel_end_break_and_return
- cycle_stage() == "engage-engage" && (co_ellie_engaged || co_mark_soft) && not co_premature && (co_enacted || not time_for(20)) && not flooded("ellie") && not flooded("mark") && co_heat < 2:
    -> counsel_end_reconnected
}
-> counsel_end_deadlock

=== counsel_close_safely ===
~ co_closed_safely = true
~ temp hour_left = time_for(28)
Let's not do any more today. I'd like us to breathe together for a minute or two: in for four, out for six. Just that. #speaker:counselor
They breathe. Nobody talks. A bus sighs at the stop under the window. #time:4
{
- hour_left:
    { before_calm:
        Nobody was over the line: closing with regulation was safe, and it left more than half the hour unused. A calm room can take more work; weigh what the couple loses by stopping here. #coach
      - else:
        Closing with regulation is safe: nobody should leave a session flooded. With more than half an hour left, a full twenty-minute break and a calmer second half would also have fitted: a judgement call, not a fault. #coach
    }
  - before_calm:
    Nobody was over the line: a minute's breathing closes the session gently, and the minutes you stopped early are yours to weigh. #coach
  - before_flooded:
    When someone is over the line late in the hour, stop the work and close with regulation: nobody should leave a session flooded, and a twenty-minute break would take the rest of the hour. #coach
  - else:
    Nobody was over the line, but the room was hot: late in the hour, closing with regulation before anyone tips over is a fair call, and nobody leaves still heated. #coach
}
{ not over_line("ellie") && not over_line("mark") && not hour_gone():
    -> counsel_close
}
-> counsel_ending

=== counsel_end_deadlock ===
{ time_for(8):
    You spend a few minutes on small things: the booking, the parking behind the dentist's, whether next Tuesday is all right with Mark's early shifts. #time:4
}
{
- flooded("mark"):
    Mark is still pale, his breathing quick. He gets his coat on without looking at either of you. #body:mark.stirred
    At the door Ellie holds it open for him. He goes through without a word. #move:mark.withdraw
    { co_closed_safely:
        Mark is still over the line as he leaves, if less than he was. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Mark is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation, so nobody carries the fight out of the room. #coach
    }
- flooded("ellie"):
    Ellie is on her feet first, keys already in her hand, eyes on the stairs. Mark follows her out. #body:ellie.stirred
    Ellie takes the stairs fast and doesn't wait. #move:ellie.withdraw
    { co_closed_safely:
        Ellie is calmer than she was, and still not settled. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Ellie is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation, so nobody carries the fight out of the room. #coach
    }
- else:
    At the door he holds it open for her, and she thanks him. Polite, careful, far apart.
    On the stairs Ellie already has her keys out. #move:ellie.withdraw
}
{ co_ellie_engaged:
    Deadlock. Something moved: Ellie found words for the car park, even for the wish. But it never crossed the couch to Mark as an ask, and the cycle left with them. #coach
  - else:
    Deadlock: nothing blew up, and nothing moved. The cycle walked out of the room intact. #coach
}
{ co_break == "full" && co_flooded_at_break:
    The time-out worked: they came back calmer. Then the heat came back, and the calm was spent before anyone could reach. #coach
}
{ co_calm_timeout:
    The twenty-minute break nobody needed took the part of the hour the reaching would have needed. #coach
}
{ co_mistakes > 0:
    Notice {what_went_wrong()}: each took the session away from the feelings under the cycle. #coach
}
The EFT order in de-escalation: track the cycle, bring out the feeling under each one's move, and let each say it to the other from a calm room. #coach
{ co_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
They go down to the car park in two cars. Mark came from home; Ellie came from the chemist. #ending:deadlock
-> END

=== counsel_end_break_and_return ===
{ time_for(8):
    The rest of the session stays calmer. Nobody raises their voice, and nobody leaves. #time:4
  - else:
    What is left of the hour stays calmer. Nobody raises their voice, and nobody leaves.
}
Break and return: the time-out did its work. Bodies calmer, nobody walked out. For this couple it was also a lesson in itself: they went apart for twenty minutes and came back when they were told. #coach
{ co_ellie_engaged || co_mark_soft:
    And something was found before the hour ran short: name it for next week, so it isn't lost with the clock. #coach
  - else:
    The softer feelings didn't yet meet in an enactment; that's often what a good early session looks like. #coach
}
{ co_mistakes > 0:
    Notice {what_went_wrong()} too: each added heat or pulled the session away from the feelings under the cycle. #coach
}
{ co_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
They leave together, a little less far apart than they came. #ending:break_and_return
-> END

=== counsel_end_reconnected ===
{ co_enacted:
    What just happened: one of you reached, and the other let it in. That's the circle running the other way. #speaker:counselor
    Reaching each other, for a few minutes: a fear said out loud, and an answer instead of a retreat. Early in therapy that is a real step, not a finished change: the cycle will come back, and now they have this to remember when it does. #coach
  - else:
    The circle opened in the room: a softer feeling said to you and heard across the couch, and both still turned toward each other at the close. No enactment yet, and none needed today; next week it can be said to each other. #coach
}
{ co_break == "full" && co_flooded_at_break:
    The time-out made it possible. Nobody can reach from a flooded body. #coach
}
{ co_mistakes > 0:
    It happened despite {what_went_wrong()}: that added heat, and the couple did the reaching anyway. Notice it for next time. #coach
}
{ co_screened != "alone":
    One thing to add next time: when "he's taken everything" comes up, see each of them briefly alone for the routine safety check-in. #coach
}
{ time_for(6):
    You spend the rest of the hour slowing it down: what each of them did, and what it was like to be answered. #time:4
  - else:
    You are at the end of the hour. You let it sit for a moment, and then you let them go.
}
{ not co_enacted:
    Ellie and Mark stand up at the same time, and for once neither is ahead of the other at the door.
}
On the stairs she says she's going to sit in the car for ten minutes before she drives home, and he says, "Okay. See you at home." #ending:reconnected
-> END

=== counsel_out_of_time ===
The hour is gone. Through the wall you can hear your next couple arriving on the landing.
{
- flooded("mark"):
    Mark is still breathing fast as he stands. #body:mark.stirred
- flooded("ellie"):
    Ellie is on her feet before you have finished the sentence. #body:ellie.stirred
- else:
    They stand up, surprised it's over.
}
~ note_before()
~ temp held_in_doorway = false
* [Hold the hour: one sentence in the doorway about today, and book next week. #move:refer]
    ~ held_in_doorway = true
    We're out of time, and I'm sorry we didn't get to finish. What you did today counts. We'll pick it up next week. #speaker:counselor
    You book next week in the doorway. Mark puts it in his phone. Ellie is already holding the door.
    A sentence in the doorway is better than nothing, and it keeps the frame: the hour ends when it ends. But it isn't a close. #coach
    { before_flooded:
        Someone was still over the line as they left: a sentence doesn't bring a body down. Next time, slow the room before the clock runs out. #coach #mistake:pressed_on_flooded
    }
* [Run over: ten more minutes to finish properly. The next couple can wait. #move:evoke]
    Let's take a few more minutes. Ellie, you were about to say something. #speaker:counselor
    {
    - flooded("ellie"):
        Ellie shakes her head and stands up. #move:ellie.withdraw
    - else:
        Ellie looks at the clock, then at the door.
        It's fine. Next week. #speaker:ellie #move:ellie.withdraw
    }
    Ten minutes later the next couple is still waiting, and nothing more has been said. You book next week in the doorway. #time:10
    Running over teaches a couple the hour doesn't hold, and the next couple's hour pays for it. For a couple learning to come back when they said, it teaches the opposite of the lesson. Keep the frame; contain inside it. #coach
    { before_flooded:
        And someone was over the line: ten more minutes of asking is pressing on. Slow the room, then let them go. #coach #mistake:pressed_on_flooded
    }
- (doorway)
{ held_in_doorway:
    Out of time: the hour ended mid-work, and a sentence in the doorway held a little of it. When the clock runs low, stop opening and start containing earlier: slow the room, say in a sentence what was reached today, and say out loud what waits for next week. #coach
  - else:
    Out of time: the hour ended mid-work, with nothing named and nothing held. When the clock runs low, stop opening and start containing: slow the room, say in a sentence what was reached today, and say out loud what waits for next week. #coach
}
{ co_calm_timeout:
    The pacing was decided earlier: a twenty-minute break nobody needed took two-fifths of the hour. #coach
}
{ co_restarted:
    The break had to start again after the sentence through the door: twenty more minutes the hour didn't have. #coach
}
{ co_late_break:
    The break was right for a flooded body, but this late it used up the close. With the hour short, regulate in the room and close instead. #coach
}
{ co_slow_walk:
    The slow walk through the Friday was good work, and it cost six minutes: slow work pays when the rest of the hour is planned around it. #coach
}
{ co_ellie_engaged || co_mark_soft:
    Something was reached: a softer feeling said out loud. Naming it at the close would have given them something to carry out of the room. #coach
}
{ co_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
The door closes behind them. #ending:out_of_time
-> END
