// Rory and Mateo — as the counselor. The player is a trainee counselor in a couples session with
// both partners, who are simulated. Adapted from comment 6 (Rory) in 002_612bd878bc8560af.txt:
// "relentlessly pursued", "smothered", "We just moved in together", and an article that told her
// the woman is meant to be the one who chases.
//
// The session is three weeks after the move, their second session: EFT's first stage,
// de-escalation. Each is sure the other is the problem: on the form Mateo wrote "She shuts herself
// away"; Rory wrote "He doesn't hear no." Track the cycle, reach the softer feelings under the
// reactive ones (his: a shut door is how a family ends; hers: without a door she disappears),
// reframe the problem as the cycle. The tempting mistakes (taking a side, a door-sign fix, an
// attachment label, an enactment too soon, a time-out nobody needed, a safety question asked with
// both in the room) cost heat and show in what the partners say.
//
// The rubric (src/session/rubric.ts) scores the counselor from the moves and the model. Every
// coach line that names a fault carries #mistake:<fault>, and the rubric scores that fault at the
// choice just made; a coach line naming a fault that depends on the room reads the room as it was
// before the choice (the before_* flags, set by note_before just above each choice point).
//
// The hour (scenario.json: sessionMinutes 50). Every move takes a simulated minute; #time:N lets
// N quiet minutes pass. A time-out (#move:time_out=20) only starts the break; its minutes pass on
// the #time lines that tell it, and a move before they are up ends it and floods a partner still
// cooling again. counsel_pace reads minutes_left() at knot boundaries; when the hour is gone
// before a close, the session ends out_of_time.
//
// The partners' words follow the model. Mateo, who pursues, complains; Rory, who withdraws,
// answers a first open question with her complaint ("That no is a whole sentence"), braced, and opens, if at
// all, to a slower, more concrete second try or a tentative conjecture, and only when not braced.
// The routine check-in alone comes up when Rory says he once followed her into the bathroom to
// finish an argument: ask each alone, and keep asking; never read a joint no as a verdict.

VAR counsel_first_words = ""
// "soft" | "harsh": how Mateo's first words to Rory came out.
VAR counsel_tracked = false
// The counselor has reflected, named or slowed the cycle (an enactment before it is premature).
VAR counsel_cycle_named = false
VAR counsel_mateo_heard = false
// Mateo's experience has been validated or drawn out by the counselor.
VAR counsel_weekend_raised = false
VAR counsel_mateo_hurt = false
// He raised the weekend softly, as a hurt rather than a charge.
VAR counsel_sided_with = ""
VAR counsel_advised = false
VAR counsel_mistakes = 0
VAR counsel_heat = 0
// The counselor's share of the heat: a mistake adds 1; blocking, naming and psychoeducation take
// 1 off; twenty quiet minutes clear it. At 2 or more, pressing on loses someone.
VAR counsel_screened = ""
// "" | "alone" | "rory_only" | "joint"
VAR counsel_slow_walk = false
VAR counsel_break = ""
// "" | "short" | "full"
VAR counsel_flooded_at_break = false
VAR counsel_calm_timeout = false
VAR counsel_late_break = false
VAR counsel_restarted = false
VAR counsel_taught_twenty = false
VAR counsel_rory_word = ""
// A word Rory has already given for the door: "air" | "on_duty" | "lock"
VAR counsel_rory_tries = 0
VAR counsel_last_try = ""
VAR counsel_rory_engaged = false
// Rory has said the fear under the door.
VAR counsel_mateo_try = ""
VAR counsel_mateo_soft = false
// Mateo has said the fear under the knocking.
VAR counsel_landed = false
VAR counsel_closed_safely = false
VAR counsel_enacted = false
VAR counsel_left = ""
VAR rory_asked_rest = false
VAR counsel_pressed_flooded = false
VAR counsel_after_article = ""
VAR counsel_opened_rory = false
// The session opened on Rory's complaint: her no, said before Mateo was heard.
VAR counsel_article_told = false
VAR counsel_bathroom_told = false
// Rory has told the room about being followed to the bathroom door.
VAR counsel_rang = ""
// Where the session goes after the article: "track" (the usual order) or "loud" (after a misfire).
VAR before_flooded = false
VAR before_calm = false
VAR before_premature = false

CONST HOUR_GONE = 1
CONST RORY_TIME = 7
CONST REFRAME_TIME = 3
CONST MATEO_TIME = 3
CONST ENACT_TIME = 10

=== function hot(who) ===
~ return state_of(who) == "escalated" || state_of(who) == "flooded"

=== function over_line(who) ===
~ return state_of(who) == "flooded" || (state_of(who) == "cooling" && arousal(who) >= 70)

=== function room_calm() ===
~ return not flooded("mateo") && not flooded("rory") && state_of("mateo") != "escalated" && state_of("rory") != "escalated"

=== function hour_gone() ===
~ return minutes_left() <= HOUR_GONE

=== function time_for(minutes) ===
~ return minutes_left() >= minutes

=== function rory_fear() ===
// Rory's own word for what the door protects, as she found it: "used up" only once she has said it.
{ counsel_last_try == "conjecture":
    ~ return "being used up"
}
~ return "there being nowhere I'm not needed"

=== function rory_fear_told() ===
// The same fear, said about her (coach) or to her (counselor): "nowhere she isn't needed".
{ counsel_last_try == "conjecture":
    ~ return "being used up"
}
~ return "there being nowhere she isn't needed"

=== function note_before() ===
~ before_flooded = over_line("mateo") || over_line("rory")
~ before_calm = room_calm()

=== counsel_start ===
Thursday, six o'clock, your second session with them. Three weeks since they moved in together. Mateo takes the couch and pats the cushion beside him. Rory takes the armchair.
On the intake form, under what brings you here, Mateo wrote: She shuts herself away. Rory wrote: He doesn't hear no.
Mateo tells you about a Friday two weeks ago. He had made his mother's arroz; he had unpacked her books for her; he had friends coming on the Saturday and his family on the Sunday. Rory went into the little room and shut the door. She said she had a subtitle file due at nine; there wasn't one, she says now. He kept knocking, and it ended with the door.
Rory adds one thing. She read an article about couples. It said the woman chases and the man withdraws. She says it with a dry look at you, as if you might be about to say the same.
The clock is on the shelf behind them, where you can see it and they can't. You have fifty minutes.
Early in EFT the work is de-escalation: look for the cycle, not a culprit, and for what each move protects. Who pursues follows the issue and who wants the change, not gender (Christensen & Heavey). Every exchange spends a minute of the hour; slow work and breaks spend more. #coach
-> counsel_opening

=== counsel_opening ===
Mateo looks at Rory. Rory looks at the window.
* [Mateo, before the knocking: what were you feeling, standing outside that door? #move:evoke #to:mateo]
    Before we get to who knocked and who didn't. Mateo, what were you feeling, standing outside that door with the arroz ready? #speaker:counselor
    ~ counsel_first_words = "soft"
    ~ counsel_mateo_heard = true
    You asked for the feeling before the complaint. Behind 'she shuts herself away' is a man in a hallway with the arroz going cold; a soft start-up begins there, not at the door. #coach
* [Rory, you wrote: he doesn't hear no. What would you like him to hear? #move:evoke #to:rory]
    Rory, you wrote: he doesn't hear no. If he heard it, what would he hear? #speaker:counselor
    ~ counsel_first_words = "harsh"
    ~ counsel_opened_rory = true
    That no is a whole sentence. Not the start of a discussion. #speaker:rory #move:rory.defend
    Rory came with a complaint of her own; on room, she's the one who wants the change. Said first, it lands on Mateo as a charge before he's been heard. #coach
* [Rory, turn to Mateo and tell him what you need from him. #move:enactment #to:rory]
    Rory, could you turn to Mateo and tell him, now, what you need from him? #speaker:counselor
    ~ counsel_first_words = "harsh"
    ~ counsel_heat += 1
    ~ counsel_mistakes += 1
    An enactment in the first minutes restages the fight: nothing is tracked yet, and no softer feeling has been found to bring to it. EFT stages an enactment once the cycle is named and the room can hold it. #coach #mistake:premature_enactment
* [Have you thought about a sign for the door? Red for do not disturb, green for come in. #move:advise]
    Before we dig in: have you thought about a sign on the door? Red for do not disturb, green for come in. Some couples find it takes the guessing out. #speaker:counselor
    ~ counsel_first_words = "harsh"
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("rory"):
        Rory looks at the floor. #move:rory.withdraw
    - else:
        A sign. On my own door. Like a hotel. #speaker:rory #move:rory.criticize
    }
    {
    - flooded("mateo"):
        Mateo says nothing. #move:mateo.withdraw
    - else:
        It would be red every night. #speaker:mateo #move:mateo.criticize
    }
    Premature problem solving: a door sign says the problem is information. Rory hears that her need has to be signposted; Mateo hears that it will be red every night. #coach #mistake:advise
- (opened)
-> counsel_the_dance

=== counsel_the_dance ===
~ temp rory_turned = false
{ counsel_first_words == "harsh":
    Mateo turns to Rory.
    {
    - state_of("mateo") == "escalated" || flooded("mateo"):
        You come home and you're gone. Every night, the door. Why did we even move in together? #speaker:mateo #move:mateo.blame
    - else:
        You come home and you go straight in there. Every night. I don't know why we moved in together if you'd rather be on your own. #speaker:mateo #move:mateo.criticize
    }
    {
    - flooded("rory"):
        Rory looks at the window. She says nothing. #move:rory.stonewall
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        Because I wanted to live with you. Not inside you. #speaker:rory #move:rory.defend
    - else:
        It's a room, Mateo. It's one room. #speaker:rory #move:rory.dismiss
    }
  - else:
    Mateo is quiet for a moment.
    {
    - state_of("mateo") == "flooded":
        Mateo starts to answer and has to stop. His breath catches. #body:mateo.flooded
        Shut out. Every night, the door. #speaker:mateo #move:mateo.criticize
    - state_of("mateo") == "escalated":
        Angry, he says. And under that… left. He turns to her.
        Rory, I feel shut out when the door closes. I'd like to know you're coming back out. #speaker:mateo #move:mateo.soft_startup
    - else:
        Left, he says, after a while. Like I'd been left. He turns to her.
        Rory, I feel shut out when the door closes the minute you're home. I'd like to know when you'll come out. #speaker:mateo #move:mateo.soft_startup
    }
    {
    - flooded("rory"):
        Rory looks at the window. She says nothing. #move:rory.stonewall
    - received("rory") == "misread":
        So I'm the problem again. I come home from six hours of headphones and I'm the problem. #speaker:rory #move:rory.defend
        -> misfire
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        It's a door, Mateo. People have doors. #speaker:rory #move:rory.defend
    - else:
        ~ rory_turned = true
        I didn't know it felt like that. Like being left. I just thought you wanted dinner. #speaker:rory #move:rory.turn_toward
    }
}
- (resumes)
{
- stance_of("mateo") == "cold":
    Mateo shrugs and looks at you instead of her.
    See? #speaker:mateo #move:mateo.withdraw
- stance_of("mateo") == "attacking" || flooded("mateo"):
    This is what she does. She'd shut a door in a field. #speaker:mateo #move:mateo.contempt
- counsel_first_words == "harsh":
    See? This is it. Three weeks, and I've had about four evenings. #speaker:mateo #move:mateo.criticize
- else:
    It's not dinner. I miss you when you're in the next room. That's what I keep trying to say. #speaker:mateo #move:mateo.bid
}
{
- flooded("rory"):
    Rory's jaw sets. She is looking at the door of your room as if it were the only one in the building. #move:rory.stonewall #body:rory.stirred
- stance_of("rory") == "present" && state_of("rory") == "calm":
    Rory rubs her face.
    I'm in the next room. I'm right there. #speaker:rory #move:rory.withdraw
- else:
    Rory looks at the window. Whatever she was going to say, she doesn't. #move:rory.withdraw
}
{ stance_of("mateo") == "cold":
    Within minutes the dance is live in the room: Mateo reached, Rory retreated, and Mateo has gone cold, which is what someone who pursues does after too much reaching that went nowhere. Now you can work with it instead of hearing about it. #coach
  - else:
    {
    - rory_turned:
        Within minutes the dance is live in the room: Mateo reached softly, and Rory turned toward him for a moment. Catch that before the old steps take it back. #coach
    - flooded("mateo") || flooded("rory"):
        Within minutes the dance is live in the room: Mateo reaches, Rory retreats, Mateo reaches harder, and someone is already over the line. Watch the bodies before the words. #coach
    - else:
        Within minutes the dance is live in the room: Mateo reaches, Rory retreats, Mateo reaches harder. Good. Now you can work with it instead of hearing about it. The article had it backwards for them, and it doesn't matter: the circle is the same. #coach
    }
}
{
- counsel_opened_rory:
    Rory's no came first, and Mateo answered it as the charge it sounded like: criticism back, a harsh start-up of his own, and a harsh start-up predicts how a conversation ends (Gottman). Her complaint was fair; it needed Mateo heard beside it before it could be heard. #coach
- counsel_first_words == "harsh":
    Criticism in the first sentence is a harsh start-up, and a harsh start-up predicts how a conversation ends (Gottman). Rory heard a charge, and answered the charge. #coach
- else:
    Mateo began from the hallway, not from the door, and asked instead of accusing. Still the old steps came back: after three weeks of knocks, Rory hears any approach as one more. A soft opening lowers the heat; alone it doesn't undo a cycle. #coach
}
~ counsel_after_article = "track"
-> counsel_the_article

= misfire
// Mateo's soft start-up was heard as a charge (received("rory") == "misread": the run's seed).
{
- state_of("mateo") == "escalated" || flooded("mateo"):
    You see? I could write it on a cake and she'd hear a complaint. #speaker:mateo #move:mateo.criticize
- else:
    Mateo turns to you. He said it the way you'd hoped, and it is all over his face: it didn't work.
}
Mateo said it well, and it landed on a bruise. What Rory heard it against, you don't know yet. It isn't a failure of his, and it isn't a reason to give up on soft start-ups. #coach
~ note_before()
* [Slow it down. Rory, what did you hear just then? #move:slow_down]
    Let's slow right down. Mateo said he feels shut out when the door closes. Rory, what did you hear? #speaker:counselor
    ~ counsel_tracked = true
    ~ temp rory_opened = false
    {
    - flooded("rory"):
        Rory shakes her head. Nothing comes. #move:rory.stonewall
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        What I always hear. That I owe him the evening. #speaker:rory #move:rory.defend
    - else:
        ~ rory_opened = true
        That I'm doing it wrong. I know that's not what he said. It's what I heard. #speaker:rory #move:rory.own_part
    }
    {
    - stance_of("mateo") == "attacking" || flooded("mateo"):
        Because I've said it nicely a hundred times and the door still shuts. #speaker:mateo #move:mateo.criticize
    - rory_opened && received("mateo") == "misread":
        So I have to say it even more carefully. #speaker:mateo #move:mateo.defend
    - rory_opened:
        I didn't say wrong. I said shut out. I meant shut out. #speaker:mateo #move:mateo.repair
    - else:
        Mateo watches her and says nothing.
    }
    Slowing a misfire down separates the message sent from the message received: Mateo sent shut out, Rory received one more claim on her evening. Both are real, and the gap between them is where the cycle lives. #coach
* [Name it: he spoke softly, she heard a claim. The circle did that. #move:name_cycle]
    Can I point to what just happened? Mateo, you said that as gently as you know how. Rory, you heard a claim on you anyway. #speaker:counselor
    That isn't either of you failing. It's the circle you're in: three weeks of knocks and a shut door, and now even a gentle sentence sounds like one more knock. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("rory"):
        Rory nods, barely. She doesn't look up. #move:rory.withdraw
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        Maybe. It still sounded like a bill. #speaker:rory #move:rory.defend
    - else:
        It did. Everything sounds like an invoice lately, and I know some of that's me. #speaker:rory #move:rory.own_part
    }
    {
    - stance_of("mateo") == "attacking" || flooded("mateo"):
        So I have to say it perfectly, and she still hears whatever she likes. #speaker:mateo #move:mateo.criticize
    - else:
        I don't want to sound like a bill. I just want her to come out. #speaker:mateo #move:mateo.share_vulnerable
    }
    { before_flooded:
        Naming the misfire as the cycle's doing is the right idea, but someone was over the line: a flooded body can't take in a reframe. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the misfire as the cycle's doing keeps both out of the dock: the sentence was good, the hearing has a history, and the pattern is the problem. #coach
    }
* [Rory, Mateo said that as gently as anyone could. Can you hear that? #move:take_sides #to:mateo]
    Rory, Mateo said that about as gently as anyone could. Can you hear that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "mateo"
    {
    - flooded("rory"):
        Rory's face closes like a door. She says nothing at all. #move:rory.stonewall
    - else:
        So now it's my ears that need fixing. Noted. #speaker:rory #move:rory.defend
    }
    {
    - stance_of("mateo") == "cold":
        Mateo nods at you, not at her. #move:mateo.withdraw
    - else:
        Thank you. I've been saying it nicely for weeks. #speaker:mateo #move:mateo.blame
    }
    Defending the soft start-up makes Mateo right and Rory wrong, which is what Rory heard in the first place: one more person telling her how she should be. A misfire needs understanding on both sides, not a referee. #coach #mistake:take_sides
    { before_flooded:
        And someone was over the line when you said it: a flooded body hears any verdict louder. #coach #mistake:pressed_on_flooded
    }
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_flood_pause
- (responded)
~ counsel_after_article = "loud"
-> counsel_the_article

=== counsel_track ===
~ note_before()
* [Mateo, I can hear how alone you are on the other side of that door. #move:validate #to:mateo]
    Mateo, I can hear how much those evenings matter to you, and how alone you feel when the door shuts. #speaker:counselor
    ~ counsel_mateo_heard = true
    {
    - flooded("mateo"):
        Mateo nods, too fast, and looks at the floor. #move:mateo.withdraw
    - stance_of("mateo") == "cold":
        Mateo looks at you, surprised, and then away. #move:mateo.withdraw
    - else:
        Yes. Alone. In our own flat. #speaker:mateo #move:mateo.turn_toward
    }
    {
    - flooded("rory"):
        Rory is staring at the rug. #move:rory.stonewall
    - state_of("rory") == "calm":
        Rory glances at him, then at you. She doesn't say anything.
    - else:
        Good. Glad his evenings are sorted. #speaker:rory #move:rory.withdraw
    }
    Validating Mateo's longing builds the alliance with him. Watch Rory's chair while you do it: validation of one, with nothing for the other, can sound to her like a verdict. #coach
    { before_flooded:
        Someone was over the line as you spoke: warm words barely land in a flooded body. Stop first. #coach #mistake:pressed_on_flooded
    }
* [Take them back through that Friday, slowly, minute by minute. #move:slow_down]
    Let's slow right down and go back to that Friday. Not who was right. Just what happened, in order, and what each of you noticed. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_slow_walk = true
    ~ counsel_mateo_heard = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    You take them back through the Friday, minute by minute: the books on the shelf, the door, the twenty minutes, the knock that didn't wait. #time:6
    {
    - stance_of("mateo") == "cold":
        Mateo answers your questions in single words. #move:mateo.withdraw
    - stance_of("mateo") == "attacking" || flooded("mateo"):
        She shut the door. Like always. Like I'm the weather. #speaker:mateo #move:mateo.criticize
    - else:
        The door shut, and the flat went quiet, and I couldn't stand it. I don't really know why. #speaker:mateo #move:mateo.share_vulnerable
    }
    {
    - flooded("rory"):
        Rory shakes her head when you ask her. Nothing comes. #move:rory.stonewall
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        He opened the door while he was knocking. So I stopped talking. #speaker:rory #move:rory.defend
    - else:
        ~ counsel_rory_word = "air"
        When the door opened while he was still knocking, it was like… no air. Like my one room had stopped being mine. #speaker:rory #move:rory.turn_toward
    }
    { before_flooded:
        Slowing down was the right call with someone over the line. Keep the slowing in the bodies as well as in the story: a flooded partner may need quiet first, and a minute-by-minute Friday can walk them back into it. #coach
      - else:
        Slow is the antidote to the speed of reactivity: step by step, each sees how their move lands on the other. It cost six minutes of the hour; slow work usually earns them, but spend them knowingly. #coach
    }
* [Pause them. Name the circle they're in, out loud. #move:name_cycle]
    Can I pause you both? Look at what just happened. Mateo reached, Rory pulled back, Mateo reached harder, Rory pulled back further. #speaker:counselor
    I don't think either of you is the problem. I think that circle is, the knock and the door. It had hold of you both on that Friday, and it has hold of you now. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("rory"):
        Rory nods, barely. #move:rory.withdraw
    - stance_of("rory") == "defending" || state_of("rory") == "escalated":
        It's not much of a circle if I'm the one who's always wrong for wanting a door. #speaker:rory #move:rory.defend
    - else:
        That's… yeah. That's every evening. #speaker:rory #move:rory.turn_toward
    }
    {
    - stance_of("mateo") == "cold":
        Mateo says nothing. He is studying his hands. #move:mateo.withdraw
    - stance_of("mateo") == "attacking" || flooded("mateo"):
        It's a circle because she won't open the door. #speaker:mateo #move:mateo.blame
    - received("mateo") == "misread":
        Every evening. Because of me, you mean. #speaker:mateo #move:mateo.defend
    - else:
        I hate that circle. I don't want to be the one always knocking. #speaker:mateo #move:mateo.share_vulnerable
    }
    { before_flooded:
        Naming the cycle is the right reframe at the wrong moment: someone was over the line, and a flooded body can't take it in. Stop first; name it when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Naming the cycle externalizes it: the enemy is the knock and the door, not Mateo and not Rory. It is the first reframe of EFT's de-escalation. #coach
    }
* [Mateo, an adult's allowed a shut door. Can you hear that? #move:take_sides #to:rory]
    Mateo, an adult living with a partner is allowed a shut door. Can you hear that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "rory"
    {
    - flooded("mateo"):
        Mateo's face goes very still. He says nothing. #move:mateo.withdraw
    - state_of("mateo") == "escalated" || stance_of("mateo") == "attacking":
        Great. So it's two against one. #speaker:mateo #move:mateo.criticize
    - else:
        Sure. I hear it. I'm the problem. #speaker:mateo #move:mateo.defend
    }
    {
    - flooded("rory"):
        Rory doesn't look up. #move:rory.withdraw
    - else:
        Thank you. I've been saying it for three weeks. #speaker:rory #move:rory.blame
    }
    Right about the door, wrong about the room. Siding with the one who wants space makes Mateo the problem, and confirms his fear that a shut door means he is on the outside. It gives Rory an ally instead of a way to be heard by him. #coach #mistake:take_sides
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

// The article: the comment's own frustration, in the room. Who pursues follows who wants the
// change (Christensen & Heavey 1990; Holley, Sturm & Levenson 2010), not who is the woman.
=== counsel_the_article ===
// Rory raises it herself; flooded, she raises nothing new, and the article waits for later.
{ flooded("rory"):
    -> done
}
~ counsel_article_told = true
{
- stance_of("rory") == "stonewalling":
    Rory says it to the window.
    That article. Women chase, men hide in the shed. So I'm the broken one. #speaker:rory #move:rory.defend
- else:
    Can I say something? I read this article. It said women are the ones who chase, and men are the ones who need space. So either I'm the wrong kind of woman, or he's the wrong kind of man. Back to square one. #speaker:rory #move:rory.bid
}
{
- flooded("mateo"):
    Mateo doesn't answer. #move:mateo.withdraw
- stance_of("mateo") == "attacking" || state_of("mateo") == "escalated":
    My mum says the same. A man's meant to want his own space. Apparently I'm the girlfriend. #speaker:mateo #move:mateo.criticize
- else:
    He smiles, not much.
    My mum says the same, actually. That I'm the soft one. #speaker:mateo #move:mateo.humor
}
~ note_before()
* [Tell them what the research says: who pursues follows who wants the change, not who is the woman. #move:psychoeducation]
    Can I tell you what the research says? Closeness needs the other person to take part, so whoever wants it has to ask; room can be taken alone, so whoever wants it withdraws. It follows the issue, not who is the man or the woman. In your flat, right now, Mateo wants more together and Rory wants more room. Neither of you is the wrong kind of anything. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("rory"):
        Rory nods, barely. #move:rory.withdraw
    - else:
        So I'm not broken. I'm just the one who's happy with the door. #speaker:rory #move:rory.humor
    }
    {
    - flooded("mateo"):
        Mateo looks at the floor. #move:mateo.withdraw
    - received("mateo") == "misread":
        So I'm the one who wants too much. #speaker:mateo #move:mateo.defend
    - else:
        And I'm the one who's not. I've never been happy with a door in my life. #speaker:mateo #move:mateo.turn_toward
    }
    { before_flooded:
        True, and worth saying, but someone was over the line: a flooded body can't take in research. Stop first; teach when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        Psychoeducation that takes both out of the dock: roles follow the issue and who wants the change, not gender (Christensen & Heavey; Holley, Sturm & Levenson 2010). Rory came in angry about being told her role was wrong; now it has a place in the room. #coach
    }
* [Rory, it's maddening to be told your own life is the exception. #move:validate #to:rory]
    Rory, it sounds maddening, to go looking for help and be told your own life is the exception. #speaker:counselor
    {
    - flooded("rory"):
        Rory looks at you, and away. #move:rory.withdraw
    - else:
        Yes. Thank you. Maddening. #speaker:rory #move:rory.turn_toward
    }
    {
    - flooded("mateo"):
        Mateo says nothing. #move:mateo.withdraw
    - else:
        Mateo watches her, and nods.
    }
    { before_flooded:
        Someone was over the line as you spoke: warm words barely land in a flooded body. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Validating the frustration under the joke builds the alliance with Rory, who came in braced to be told she is doing it wrong. #coach
    }
* [Wonder aloud: maybe it stings because part of her thinks she ought to want more closeness. #move:interpret #to:rory]
    I wonder if the article stings because part of you thinks you ought to want more closeness than you do. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("rory"):
        Rory's face shuts. #move:rory.stonewall
    - else:
        There it is. Even in here. #speaker:rory #move:rory.criticize
    }
    {
    - flooded("mateo"):
        Mateo looks at the floor. #move:mateo.withdraw
    - else:
        That's what I think, to be honest. #speaker:mateo #move:mateo.blame
    }
    That was a label from outside wearing a tentative voice: it tells Rory what she secretly feels, and it is the article's verdict again. A conjecture stays with this moment and leaves the correction to her. #coach #mistake:interpret
* [Reflect: what's it like, each being the one who's "meant" to be the other? #move:reflect]
    What is it like, for each of you, being told you're the one who's meant to do the other thing? #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("mateo"):
        Mateo shakes his head. #move:mateo.withdraw
    - else:
        Like I'm too much. Like a man who knocks is pathetic. #speaker:mateo #move:mateo.share_vulnerable
    }
    {
    - flooded("rory"):
        Rory says nothing. #move:rory.withdraw
    - else:
        Like I'm cold. I'm not cold. #speaker:rory #move:rory.defend
    }
    { before_flooded:
        A good question, sent to someone over the line: a flooded body can't take it in. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Reflecting what the frame does to each of them: too much, too cold. Both are verdicts the cycle hands out; neither is who they are. #coach
    }
+ {before_flooded} [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { counsel_after_article == "pace":
        -> counsel_late_time_out
    }
    -> counsel_flood_pause
- (done)
{
- counsel_after_article == "loud":
    -> counsel_loud
- counsel_after_article == "pace":
    -> counsel_pace("break")
}
-> counsel_track

=== counsel_loud ===
You ask how it usually goes at home once the door of the little room is shut.
{
- stance_of("mateo") == "attacking" || flooded("mateo"):
    It gets loud. All right, I get loud. Because by then she's behind the door with her headphones on. #speaker:mateo #move:mateo.blame
- else:
    It gets loud sometimes. I get loud. And I keep going after her. I know I do. #speaker:mateo #move:mateo.own_part
}
{
- flooded("rory"):
    Rory's hands are flat on her knees. She doesn't answer. #move:rory.stonewall
- stance_of("rory") == "present" && state_of("rory") == "calm":
    ~ counsel_rory_word = "lock"
    ~ counsel_bathroom_told = true
    He follows me. Room to room. Once to the bathroom door, to finish it. I locked it. It's the only door with a lock. #speaker:rory #move:rory.share_vulnerable
- else:
    ~ counsel_bathroom_told = true
    He follows me. Room to room. Once to the bathroom door. #speaker:rory #move:rory.defend
}
~ note_before()
* [{counsel_bathroom_told:Followed to the bathroom door|"He doesn't hear no", and it gets loud at home}: see each of them alone for a couple of minutes, as you do with every couple. #move:screen_safety #to:rory]
    -> rory_alone
* [Ask them both now, while it's on the table: does it ever get physical, or frightening? #move:screen_safety]
    While we're on it: when it gets loud, does it ever get physical? Does either of you ever feel frightened of the other? #speaker:counselor
    ~ counsel_screened = "joint"
    Rory glances at Mateo before she answers.
    {
    - flooded("rory"):
        No. Nothing like that. #speaker:rory #move:rory.defend
    - else:
        No. It's not like that. #speaker:rory #move:rory.defend
    }
    {
    - flooded("mateo"):
        Mateo shakes his head without looking up. #move:mateo.withdraw
    - else:
        God, no. Never. #speaker:mateo #move:mateo.defend
    }
    A safety question asked with both in the room gets the answer the room allows: each answers in front of the other, and a frightened partner can't say so beside the person they fear. Two no's said together tell you nothing yet. Ask each alone. #coach #mistake:joint_screening
    Notice the glance before she answered, and what brought it up: {counsel_bathroom_told:being followed to a locked door|"he doesn't hear no" on the form, and a home that gets loud}. A joint question can't tell you what either meant. See each alone before they leave today; if fear or control shows, stop the joint work, plan for safety and refer. #coach
    { before_flooded:
        And someone was over the line when you asked: a flooded body answers anything to make the question stop. Stop first, then see each alone. #coach #mistake:pressed_on_flooded
    }
    -> later
* [So the more she closes the door, the harder he knocks. And the harder he knocks, the more she closes it. #move:reflect]
    So the more the door closes, the harder the knocking. And the harder the knocking, the more the door closes. #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("rory"):
        Rory nods without looking up. #move:rory.withdraw
    - else:
        That's us. On a loop. #speaker:rory #move:rory.turn_toward
    }
    {
    - state_of("mateo") == "flooded":
        Mateo gives one quick nod. His breathing hasn't slowed. #body:mateo.flooded
    - stance_of("mateo") == "attacking" || stance_of("mateo") == "cold" || flooded("mateo"):
        Mateo looks away. #move:mateo.withdraw
    - else:
        That's our hallway, every night. #speaker:mateo #move:mateo.turn_toward
    }
    { before_flooded:
        An accurate reflection, sent to someone over the line: a flooded body can't take it in. Stop first; reflect when they can hear it. #coach #mistake:pressed_on_flooded
      - else:
        A good reflection of the cycle: the more he follows, the more she needs the door; the more she shuts it, the more he follows. #coach
    }
    {counsel_bathroom_told:Being followed room to room, to a locked bathroom door,|"He doesn't hear no" on the form, and evenings that get loud,} is also the cue for the routine safety check, brief and with each of them alone. You don't know what it means in their flat until each can answer privately. #coach
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
* [See each of them alone now, briefly. It's routine. #move:screen_safety #to:rory]
    -> rory_alone
* [Leave it for today and keep the thread: the knocking and the door are the cycle. #move:psychoeducation]
    A lot of couples know this one: one of you reaches, the other needs room, and each move makes the other's bigger. It isn't about who's a man or a woman; it's about who wants the change. Let's stay with it. #speaker:counselor
    { counsel_screened == "joint":
        The joint answer stays the only answer you have, and it isn't one. After a joint question, see each alone before they leave today. If there's no time, call each separately before next session. #coach
      - else:
        The check-in can wait for a quieter moment, but it can't be skipped: until each has been asked alone, you don't know what being followed means in their flat. #coach
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

= rory_alone
{ counsel_screened == "joint":
    You both said no. I'd still like a couple of minutes with each of you on your own; I do it with every couple. #speaker:counselor
  - else:
    I'd like a quick word with each of you on your own, a couple of minutes each. I do it with every couple, whenever things get loud at home. It's routine, not a suspicion. #speaker:counselor
}
You take Rory into the small room. Since the intake: has she been frightened of Mateo, hurt, threatened, kept from going anywhere or seeing anyone? Has he ever stopped her leaving a room? Does he check on her: her phone, where she's been, her money? Does he take no for an answer, including about sex? #time:2
No, she says, to most of it. He's never hurt her or threatened her. He doesn't go through her phone; he texts a lot, which isn't the same. About sex he takes no, always; it's the evenings he can't. Then, slower: once he stood in the doorway of the little room after she'd asked him to go, and she had to push past him. She doesn't think he'd ever stop her. She locked the bathroom because it was the only way to finish a sentence in her own head. She isn't frightened of him, she says. She's frightened of there being nothing of her left over.
-> alone

= alone
~ note_before()
* [Now Mateo, alone: the same questions. #move:screen_safety #to:mateo]
    You bring Rory back and take Mateo across the corridor. The same questions, the same couple of minutes. #time:2
    No, he says, fast. Then, slower: the bathroom. He's ashamed of the bathroom. He stood outside it and talked through the door until she came out, and he knows how that sounds. And once he stayed in the doorway of the little room when she'd asked him out of it, and she had to get past him. He hadn't thought of it as stopping her until you asked. He asks whether Rory said something.
    You tell him what you tell everyone: what each says alone stays between the two of you, unless someone is in danger.
    You bring them both back in. #time:1
    ~ counsel_screened = "alone"
    Screening goes with each partner alone, every time it comes up: alone is where a frightened partner can answer. Neither said they are afraid, and both told you about the same doorway. Staying in a doorway she has asked you out of isn't the dance any more; it's blocking, and it's his to stop: name it with him, and keep asking each alone as the work goes on. If fear or control appears, stop the joint work, plan for safety and refer. #coach
* [Rory's the one who brought it up, and she's fine. Save the minutes: bring her back. #move:psychoeducation]
    You bring Rory back in.
    Following each other round the flat is something we'll keep an eye on together, as the work goes on. Plenty of couples do it when one reaches and the other pulls back. #speaker:counselor
    ~ counsel_screened = "rory_only"
    {
    - flooded("mateo"):
        Mateo nods at the floor. #move:mateo.withdraw
    - else:
        It's fine. #speaker:mateo #move:mateo.turn_toward
    }
    Routine screening means both partners, each alone, whoever raised it: fear and control don't follow who is loud or who is quiet, or who is a man. Two minutes with Mateo were cheap; skipping them leaves half the question unasked, and his half includes the doorway Rory just told you about. Call him separately before next session. And "plenty of couples do it" files a doorway she had to push past under the dance before he has been asked about it. #coach
    { before_flooded:
        And someone was over the line: seeing Mateo alone would have parted them for a couple of minutes as well. #coach #mistake:pressed_on_flooded
    }
- (checked)
-> counsel_heat_rises

=== counsel_heat_rises ===
~ temp mateo_hurt = false
{ not flooded("rory"):
    ~ counsel_weekend_raised = true
}
{
- flooded("rory"):
    Rory opens her mouth, and shuts it. Whatever else she brought today stays where it is. #move:rory.stonewall
- stance_of("rory") == "stonewalling":
    Rory turns to Mateo.
    And the weekends. Don't pretend you don't know. #speaker:rory #move:rory.criticize
- counsel_sided_with == "rory":
    Rory turns to Mateo.
    And while we're on it: the weekends. Dani and Luis, your mum's, all decided before I'm awake. Go on, tell her that's fine. #speaker:rory #move:rory.blame
- counsel_advised:
    Rory turns to Mateo.
    A sign. He'd need a sign for the weekends too. Dani and Luis, his mum's, every Saturday and Sunday decided before I know about it. #speaker:rory #move:rory.blame
- else:
    Rory turns to Mateo.
    And the weekends. Dani and Luis, his mum's. Every weekend is decided before I'm even up. #speaker:rory #move:rory.criticize
}
{
- flooded("mateo"):
    Mateo's breathing is shallow now. He stares at the rug and says nothing. #move:mateo.withdraw #body:mateo.flooded
- not counsel_weekend_raised && (state_of("mateo") == "escalated" || stance_of("mateo") == "attacking"):
    That's it. That's her, every evening. She goes somewhere I can't follow. #speaker:mateo #move:mateo.blame
- not counsel_weekend_raised:
    Mateo watches her go quiet. He looks at you as if you might know where she went. #move:mateo.withdraw
- counsel_mateo_heard && counsel_tracked && state_of("mateo") == "calm" && received("mateo") != "misread":
    ~ mateo_hurt = true
    ~ counsel_mateo_hurt = true
    Because if I ask, the answer's no. And then it's another evening of the door. I plan it so there's something we're both in. #speaker:mateo #move:mateo.share_vulnerable
- state_of("mateo") == "escalated" || stance_of("mateo") == "attacking":
    Because if I ask, the answer's no! Every time. You'd never see anyone if I didn't plan it. #speaker:mateo #move:mateo.blame
- else:
    Because if I ask, you say no. So I stopped asking. #speaker:mateo #move:mateo.defend
}
{
- flooded("rory"):
    Rory looks at the door of your room. #move:rory.withdraw
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    So my no is the problem. Not the fact you don't hear it. #speaker:rory #move:rory.blame
- mateo_hurt && received("rory") != "misread":
    I don't say no to us. I say no to a Saturday. It's not the same thing. #speaker:rory #move:rory.soft_startup
- else:
    So you just decide. That's the answer. #speaker:rory #move:rory.criticize
}
{
- state_of("rory") == "flooded":
    Rory's voice has gone flat and fast. #body:rory.flooded
- state_of("rory") == "escalated":
    Rory's voice is clipped now, every word short. #body:rory.hot
- else:
    Rory sits back in the armchair, as far from the couch as it goes.
}
{
- state_of("mateo") == "flooded":
    Mateo has gone very still above the waist. Below it, his knee is bouncing. #body:mateo.flooded
- state_of("mateo") == "escalated":
    Mateo's voice is up, and his knee has started to bounce. #body:mateo.hot
- state_of("mateo") != "calm":
    Mateo's knee has started to bounce. #body:mateo.stirred
- else:
    Mateo sits very still, watching her.
}
~ note_before()
* [Explain flooding: the knocking and the door are both bodies over the line. #move:psychoeducation]
    Can I tell you what I think is happening in your bodies? Past about a hundred beats a minute, it gets very hard to take in what the other says. #speaker:counselor
    Rory, some of the door is just what you need after a day in headphones; when the knocking starts, it's also where you go when you're over the line. Mateo, when the door shuts, your alarm rings louder, and the knocking is the alarm. It takes about twenty minutes to come down. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    ~ counsel_taught_twenty = true
    {
    - flooded("rory"):
        Rory nods once, and says nothing. #move:rory.withdraw
    - else:
        ~ counsel_rory_word = "on_duty"
        It's like being on duty. All the time. The door's the only place I'm off. #speaker:rory #move:rory.share_vulnerable
    }
    {
    - state_of("mateo") == "flooded":
        Mateo shakes his head, too fast. #body:mateo.flooded
        From where I stand it looks exactly like not wanting me. #speaker:mateo #move:mateo.defend
    - stance_of("mateo") == "cold":
        Mateo looks at her properly for the first time today. #move:mateo.turn_toward
    - stance_of("mateo") == "attacking" || flooded("mateo"):
        So I'm meant to just stand in the hall? #speaker:mateo #move:mateo.defend
    - else:
        I always thought she just didn't want me around. #speaker:mateo #move:mateo.share_vulnerable
    }
    { before_flooded:
        The content is right, but you explained flooding to someone who was flooded: a body over the line can't take in a lecture. Stop the talk first; explain once they have come down. #coach #mistake:pressed_on_flooded
      - else:
        Psychoeducation separates two doors: the one Rory needs to recharge, which is no verdict on Mateo, and the one she goes behind once she's flooded (Gottman); and it names the alarm on the other side too. The cycle, not a culprit. #coach
    }
* [Stop this, gently and firmly, before it runs away. #move:block]
    Let me stop you both there. Not because it doesn't matter. Because it does, and I can see it getting away from you. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - state_of("mateo") == "flooded":
        Mateo stops mid-word and presses his lips together, breathing hard. #body:mateo.flooded
    - else:
        Mateo stops. He sits back.
    }
    {
    - state_of("rory") == "flooded":
        Rory's knee keeps going. She still can't look at him. #body:rory.flooded
    - state_of("rory") == "calm":
        Rory sits back in the armchair.
    - else:
        Rory lets out a breath. #body:rory.stirred
    }
    { mateo_hurt && before_calm:
        Blocking interrupts escalation. Here Mateo had just brought a hurt, softly, and a block can land as being shut down: when it comes soft, stay with it. #coach
      - else:
        Blocking interrupts escalation before it does damage. It isn't silencing anyone; it protects the conversation they both came here to have. #coach
    }
* [Rory, he's trying so hard. The cooking, the books, the plans. Meet him halfway. #move:take_sides #to:mateo]
    Rory, Mateo is trying very hard here. The cooking, the books, the plans. Could you meet him halfway? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "mateo"
    {
    - flooded("rory"):
        Rory laughs, one short hard sound, and looks at the door. #move:rory.withdraw
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        Halfway. I moved my whole life up three flights of stairs. Where's halfway? #speaker:rory #move:rory.blame
    - else:
        So I'm the unreasonable one now. The woman who won't come out of her room. #speaker:rory #move:rory.defend
    }
    {
    - flooded("mateo"):
        Mateo doesn't move. #move:mateo.withdraw
    - else:
        I didn't ask anyone to take my side. #speaker:mateo #move:mateo.withdraw
    }
    Siding with the one who pursues abandons the one who withdraws: the door gets heavier, and the cycle spins faster. It doesn't even help Mateo. It also repeats the article she came in angry about: a woman who wants space, told to be warmer. Stay on both sides of the cycle. #coach #mistake:take_sides
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
{ counsel_heat >= 2 || flooded("rory") || flooded("mateo"):
    {
    - state_of("mateo") == "flooded" && state_of("rory") != "flooded":
        Mateo's breathing is fast and high. He is turning his watch round and round on his wrist, and he isn't hearing anything now. #body:mateo.flooded
    - state_of("rory") == "flooded" && state_of("mateo") != "flooded":
        Rory has gone pale and still, her eyes fixed on the door. Whatever you say next, she won't hear it. #body:rory.flooded
    - state_of("rory") == "flooded" && state_of("mateo") == "flooded":
        Rory is pale and still. Mateo is turning his watch round and round. Neither of them is really listening now. #body:rory.flooded
    - else:
        Mateo is turning his watch round and round. Rory is watching the door. Neither of them is really listening now.
    }
    { flooded("mateo") || flooded("rory"):
        Watch the bodies: {flooded("mateo"):the watch going round on Mateo's wrist|Rory gone pale and still, her eyes on the door}. When someone is flooded, more talk only adds heat. #coach
      - else:
        Nobody is over the line yet, but the room is hot: short answers, fixed eyes. One more push could tip someone over. #coach
    }
  - else:
    { state_of("mateo") == "escalated" || state_of("rory") == "escalated":
        The room is tense: Mateo on the edge of the couch, Rory's arms folded in the armchair. But they are both still here, and still talking. You are {50 - minutes_left()} minutes into the hour.
      - else:
        The room is quieter than it was. Mateo has sat back on the couch; Rory's hands are still in her lap. They are both still talking. You are {50 - minutes_left()} minutes into the hour.
    }
    Read the room before you choose: quiet or tense is workable; flooded is not. #coach
}
~ note_before()
* [Call a real time-out: twenty minutes apart, then come back. #move:time_out=20]
    I'd like us to stop for twenty minutes. Rory, the waiting room; Mateo, the small room across the corridor. Not a shut door: a break with a time on it. To let your bodies settle. #speaker:counselor
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
* [Keep going. Rory, what's happening for you right now? #move:evoke]
    Let's stay with this. Rory, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_settle ===
Let's slow right down. Feet on the floor. Breathe in with me for four, out for six. Nobody has to say anything for a minute. #speaker:counselor
They breathe. Rory's eyes close for a moment. Mateo watches the window. #time:2
{ state_of("mateo") == "cooling" || state_of("rory") == "cooling":
    {
    - state_of("rory") == "cooling":
        Rory's shoulders come down an inch. Her hands haven't unclenched. #body:rory.stirred
    - else:
        Mateo's breathing slows, a little. His knee is still going. #body:mateo.stirred
    }
    Slowing down was the right instinct, and the breathing takes the edge off. But a flooded body needs about twenty minutes to come down (Gottman): two won't bring it under the line, and the next hard word will take it back over. #coach
  - else:
    Tense isn't flooded. Slowing down and a minute's paced breathing together often does what a twenty-minute break would, for a fraction of the hour. #coach
}
-> counsel_rory_inside

=== counsel_short_break ===
~ counsel_break = "short"
Rory goes out to the water cooler in the hall and drinks a cup standing up. Mateo stands at the window and starts a message to his sister he doesn't send.
Five minutes later they sit down again, Rory with a paper cup she doesn't drink from. #time:5
{
- state_of("rory") == "flooded":
    Rory's cup of water is still full. Her jaw is tight. #body:rory.flooded
- flooded("rory"):
    Rory sits back down. Her face has settled; her hands haven't. #body:rory.stirred
- else:
    Rory sits back down, a little looser in the shoulders.
}
{
- state_of("mateo") == "flooded" || stance_of("mateo") == "attacking" || (flooded("mateo") && stance_of("mateo") != "cold"):
    Right. Can we get back to it. #speaker:mateo #move:mateo.demand
- else:
    Mateo sits with the paper cup held in both hands, not drinking from it.
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
    Actually, let's make this a real break. Twenty minutes, separate rooms. Rory, the waiting room; Mateo, the small room across the corridor. I'll come and get you both. #speaker:counselor
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_time_out
* [Carry on. Rory, what's happening for you right now? #move:evoke]
    Let's carry on. Rory, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

=== counsel_press_on ===
{ hour_gone():
    -> counsel_out_of_time
}
{ counsel_heat >= 2 || flooded("rory") || flooded("mateo"):
    -> counsel_walk_out
}
You stayed with it, and it held: tense, not flooded. Pressing on works only while both of them can still think. #coach
-> counsel_rory_inside.first_answer

=== counsel_calm_break ===
~ temp after_short = counsel_break == "short"
~ temp short_was_calm = counsel_calm_timeout
~ counsel_calm_timeout = true
~ counsel_break = "full"
You walk Rory to the waiting room and Mateo to the small room across the corridor, and close both doors.
In the waiting room Rory puts her headphones on with nothing playing and reads the notices on the board, twice. #time:10
Across the corridor Mateo texts his sister. Twenty minutes after you closed the doors, you knock on both. #time:10
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
~ counsel_flooded_at_break = counsel_flooded_at_break || flooded("mateo") || flooded("rory")
You walk Rory to the waiting room and Mateo to the small room across the corridor, and close both doors.
{ not counsel_taught_twenty:
    A time-out is a break, not an exit: about twenty minutes apart (a flooded body needs that long to come down), something to do that doesn't rehearse the fight, and a set time to come back. #coach
    ~ counsel_taught_twenty = true
  - else:
    A time-out is a break, not an exit: all of the time apart, something to do that doesn't rehearse the fight, and a set time to come back. #coach
}
Rory sits by the magazines with her headphones round her neck, not on. #time:4
{
- flooded("mateo"):
    Across the corridor Mateo stands at the window with his hands in his pockets, watching the buses pull in below. His jaw is still tight. #time:4 #body:mateo.stirred
- else:
    Across the corridor Mateo stands at the window with his hands in his pockets, watching the buses pull in below. #time:4
}
// The one who pursues breaks a break by knocking; a flooded withdrawer, by coming back too soon.
{ stance_of("mateo") == "cold" || flooded("rory"):
    -> back_too_soon
}
-> knock_at_door

= knock_at_door
The small room's door opens. Mateo is in the corridor outside the waiting room, his hand half raised to knock.
He wants to say one thing to her, he whispers. Just one sentence, and then he'll sit down.
You both see it at once: him, at a shut door, knocking.
~ note_before()
* [Not yet. Hold the twenty minutes; you'll fetch them both. #move:time_out=20]
    Not yet. Twelve more minutes. I'll come and get you both, I promise. #speaker:counselor
    Mateo looks at the door a moment longer, then goes back to the small room.
    Twelve minutes later, you knock on both doors. #time:12
    -> both_back
* [Let him say his one sentence, slowly. It might settle them both. #move:evoke #to:mateo]
    One sentence, then. Slowly. #speaker:counselor
    -> one_sentence

= one_sentence
Mateo leans close to the door.
{
- flooded("mateo"):
    Rory? I just need to know you're coming back in. That you're not in there deciding. #speaker:mateo #move:mateo.demand
- else:
    Rory? It's me. I'm not cross. I didn't want you sitting in there thinking I was. #speaker:mateo #move:mateo.repair
}
{
- flooded("rory"):
    Mateo, please. Not through a door. Not now. #speaker:rory #move:rory.withdraw
- else:
    I know. I'm okay. Give me the rest of the twenty, okay? #speaker:rory #move:rory.ask_space=12
    ~ rory_asked_rest = true
}
{
- state_of("mateo") == "flooded":
    Mateo goes back to the small room fast, not looking at you. His face is red. #body:mateo.flooded
- received("mateo") == "misread":
    Right. Have the whole afternoon, then. #speaker:mateo #move:mateo.criticize
    He heard "give me the rest" as "go away". He goes back without looking at you.
- else:
    Mateo goes back to the small room.
}
{
- before_flooded:
    One sentence through a door is still talk during the break, however it is meant: someone was still over the line, and a body still cooling hears the fight starting again. The twenty minutes start again. It is also, exactly, their Friday. #coach #mistake:pressed_on_flooded
- state_of("rory") == "flooded" || state_of("mateo") == "flooded":
    One sentence through a door is still talk during the break, however it is meant. A body still cooling hears the fight starting again, and the twenty minutes start again. It is also, exactly, their Friday. #coach
- else:
    Nobody was flooded, so one sentence did little harm this time. But the break is over now, for both of them. #coach
}
~ note_before()
* [Start the twenty minutes again, from now. #move:time_out=20]
    Mateo, back to your chair, please. Rory, stay where you are. Twenty minutes from now I'll come and get you both. #speaker:counselor
    ~ counsel_restarted = true
    Mateo sits in the small room with his coat on, as if he might leave, and doesn't. #time:10
    Rory sits in the waiting room with her eyes shut, and at last the door stops being the only thing in the room. #time:10
    -> both_back
* [Bring them both back in and carry on. Rory, what's happening for you right now? #move:evoke]
    Come back in, both of you. Rory, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    { rory_asked_rest:
        Rory had just asked, through a door, for the rest of the twenty, and you brought her back anyway. For this couple that is one more no not heard, and she will notice that it happened in here too. #coach
    }
    -> counsel_press_on

= back_too_soon
Rory is back at your door. She's fine now, she says. Can they just get on with it? #time:2
{ flooded("rory"):
    Her face says otherwise: pale, her jaw tight. #body:rory.stirred
}
~ note_before()
* [Not yet. Send her back for the rest of the twenty. #move:time_out=20]
    Not yet. Ten more minutes. Give yourself the whole twenty; I'll come and get you both. #speaker:counselor
    Rory goes back to the waiting room. Ten minutes later, you knock on both doors. #time:10
    -> both_back
* [Take her at her word. Bring Mateo in and carry on. #move:evoke]
    All right. You fetch Mateo from the small room, and he sits down at the far end of the couch.
    Rory, what's happening for you right now? #speaker:counselor
    ~ counsel_pressed_flooded = before_flooded
    -> counsel_press_on

= both_back
~ counsel_break = "full"
~ counsel_heat = 0
~ temp mateo_misheard = false
{ counsel_calm_timeout:
    They come back in and sit down where they were, Mateo on the couch, Rory in the armchair, politely, like flatmates at a house meeting.
    -> reentry
}
They come back in. This time Rory sits on the couch, at the other end from Mateo.
{
- flooded("rory"):
    Rory sits down, still pale. She looks at Mateo once. #body:rory.stirred
- else:
    Sorry. I needed that. I'm back. #speaker:rory #move:rory.repair
    ~ mateo_misheard = received("mateo") == "misread"
    { not counsel_weekend_raised && not mateo_misheard:
        ~ counsel_weekend_raised = true
        And the thing I couldn't say before: the weekends. They're decided before I'm awake. I'd like to be asked. #speaker:rory #move:rory.soft_startup
    }
}
{
- flooded("mateo") || state_of("mateo") == "escalated":
    Mateo sits with his arms folded. He doesn't say anything yet.
- mateo_misheard:
    Until the next door? #speaker:mateo #move:mateo.criticize
- not counsel_weekend_raised:
    Me too. I was on at you before you'd sat down. #speaker:mateo #move:mateo.own_part
- else:
    I'm sorry too. About the weekends. #speaker:mateo #move:mateo.own_part
}
{
- mateo_misheard:
    The bodies have come down, and still Mateo heard her return as a door about to close again: history talking, not this minute. Calm doesn't guarantee a good hearing; it makes one possible. #coach
- else:
    Notice what she just did: she went, and she came back, and said so. That is the thing he has been afraid won't happen. Calm is the precondition for anything deeper. #coach
}
- (reentry)
{ counsel_calm_timeout:
    They are calm, as they were before. Whatever they were saying about the door has gone slack, and Mateo looks at you to start it up again.
}
{ not time_for(8):
    -> counsel_pace("break")
}
~ note_before()
* [Welcome them back, and name what they just did: they stopped, and they came back. #move:validate]
    You both came back. For the two of you that's the whole thing: going away, and coming back when you said you would. That's the hardest part of a break, and you did it. We'll go slower from here. #speaker:counselor
    {
    - flooded("mateo"):
        Mateo nods, not yet trusting his voice.
    - stance_of("mateo") == "cold" || stance_of("mateo") == "attacking":
        Mateo shrugs. #move:mateo.withdraw
    - else:
        Mateo lets out a breath. #move:mateo.self_soothe
    }
    {
    - flooded("rory"):
        Rory looks at the floor.
    - else:
        Slower. Yes. I can do slower. #speaker:rory #move:rory.turn_toward
    }
    { before_flooded:
        Someone is still over the line: a welcome is kind, and it doesn't bring a body down. #coach #mistake:pressed_on_flooded
      - else:
        Re-entry after a time-out: welcome them back, name the return as the skill it is, and start slower than where you stopped. #coach
    }
* [Pick up {counsel_weekend_raised:exactly where you stopped: the weekends|where you stopped: the Friday}. #move:evoke #to:mateo]
    Let's go back to where we were. Mateo, {counsel_weekend_raised:the weekends|the Friday}. #speaker:counselor
    {
    - flooded("mateo") || stance_of("mateo") == "attacking":
        {counsel_weekend_raised:If I ask, she says no. That's where we were.|She shut the door. That's where we were.} #speaker:mateo #move:mateo.blame
    - stance_of("mateo") == "cold":
        Leave it. I've said it all before. #speaker:mateo #move:mateo.withdraw
    - else:
        {counsel_weekend_raised:If I ask, she says no.|She shut the door, and I was on the outside again.} #speaker:mateo #move:mateo.criticize
    }
    {
    - flooded("rory"):
        Rory's jaw tightens. She says nothing. #move:rory.stonewall
    - else:
        Do we have to do this again? #speaker:rory #move:rory.defend
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
I'd like us to stop here, for twenty minutes. Rory, the waiting room; Mateo, the small room across the corridor. I'll come and get you both. #speaker:counselor
-> counsel_time_out

=== counsel_late_time_out ===
~ counsel_flooded_at_break = true
~ counsel_late_break = true
~ counsel_break = "full"
~ counsel_heat = 0
Let's stop here. Twenty minutes apart, and then we'll finish together, calmly. Nothing more has to be solved today. #speaker:counselor
Rory waits by the magazines; Mateo in the small room across the corridor. Neither of them knocks on anything. #time:10
Under the window the buses pull in and out. Twenty minutes after the doors closed, you bring them back in. #time:10
{ hour_gone():
    -> counsel_out_of_time
}
With {minutes_left()} minutes left after the break, close: a calm close is worth more than one more intervention. #coach
-> counsel_close

=== counsel_walk_out ===
{ not flooded("mateo") && not flooded("rory"):
    -> boil_over
}
- (leaving)
{
- flooded("rory") && (counsel_sided_with == "mateo" || not flooded("mateo")):
    -> rory_leaves
- flooded("mateo"):
    -> mateo_leaves
- else:
    -> freeze
}
= boil_over
{ state_of("mateo") == "escalated" || state_of("rory") == "escalated":
    The question lands in a room that is already too hot. Mateo answers before Rory can.
  - else:
    The question lands in a room gone tight and wary. Mateo answers before Rory can.
}
{
- stance_of("mateo") == "cold":
    Ask away. She'll say she needs a door. She always needs a door. #speaker:mateo #move:mateo.contempt
- counsel_sided_with == "rory":
    Go on, ask her. Everyone's so careful with Rory's door. #speaker:mateo #move:mateo.blame
- else:
    Nothing. That's what's happening for her. She's already behind the door. #speaker:mateo #move:mateo.criticize
}
{
- flooded("rory"):
    Rory's face goes blank. She looks at the door of your room, and she is gone. #move:rory.stonewall #body:rory.flooded
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    Because you've already answered for me! You do it at your mum's as well. #speaker:rory #move:rory.defend
- else:
    Rory looks at the rug. Whatever she was going to say is gone. #move:rory.withdraw
}
{ not flooded("mateo") && not flooded("rory"):
    -> last_chance
}
-> leaving
= last_chance
The room is one sentence from that Friday again: Mateo on the edge of the couch, Rory's eyes on the door.
~ note_before()
* [Step in now: stop them, and own that you pushed too fast. #move:block]
    Stop. Both of you, just for a moment. I pushed too fast just then. That's on me, not on either of you. #speaker:counselor
    ~ counsel_heat = 1
    {
    - stance_of("mateo") == "cold":
        Mateo looks at the window.
    - else:
        Mateo stops, and sits back.
    }
    {
    - state_of("rory") == "calm":
        Rory looks up at you, surprised.
    - else:
        Rory lets out a long breath. #body:rory.stirred
    }
    Blocking at the edge of a walk-out, and owning the push: the counselor's own repair. It stops the slide; it doesn't undo the heat, so go slower from here. #coach
    -> counsel_settle
* [Let Rory answer for herself. Rory? #move:evoke #to:rory]
    Let's let Rory answer for herself. Rory? #speaker:counselor
    -> second_round
= second_round
{
- stance_of("mateo") == "cold":
    Mateo laughs, one short flat sound.
    Forget it. I've been talking to a door for three weeks. #speaker:mateo #move:mateo.contempt
- else:
    See? That's the door. Even in here. #speaker:mateo #move:mateo.contempt
}
{
- flooded("rory"):
    Rory goes completely still and says nothing at all. #move:rory.stonewall
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    So I'm the door in here as well. Brilliant. #speaker:rory #move:rory.defend
- else:
    Rory says nothing. #move:rory.stonewall
}
{ not flooded("mateo") && not flooded("rory"):
    -> freeze
}
-> leaving
= freeze
Then nothing. Mateo stops mid-breath and looks away. #move:mateo.withdraw
Rory stares at the rug and says nothing more. #move:rory.stonewall
It doesn't boil over; it sets, like something left too long in the pan.
A strained cycle with nobody flooded enough to leave often freezes instead: both withdraw, and the silence does the damage (Wile's withdraw-withdraw). Pushing on pushed them there. #coach
{ time_for(12):
    The rest of the hour goes by in short, careful answers. Mateo stops asking her anything; Rory answers you, not him. #time:8
}
-> counsel_close
= rory_leaves
{
- state_of("rory") == "flooded":
    Rory stands up so fast the armchair scrapes.
    I need to go. I'm going. Sorry. #speaker:rory #move:rory.withdraw
- else:
    Rory stands and picks up her coat.
    I'm done. I came here to be heard, and I'm being followed in here too. #speaker:rory #move:rory.withdraw
}
~ counsel_left = "rory"
She is at the door, her hand on the handle. Mateo half rises to go after her. It is the whole cycle in one movement.
{
- state_of("mateo") == "flooded":
    Mateo stares at the closed door. His hands are shaking. #body:mateo.flooded
    There she goes. #speaker:mateo #move:mateo.blame
- stance_of("mateo") == "attacking" || flooded("mateo"):
    There. That's the Friday. That's every Friday. #speaker:mateo #move:mateo.criticize
- else:
    Mateo stares at the closed door.
    That's what it's like. Every time the door. #speaker:mateo #move:mateo.share_vulnerable
}
-> at_the_door
= mateo_leaves
Mateo stands and picks up his jacket.
{ counsel_sided_with == "rory":
    I'm not doing this. Not here, where even you think I'm the problem. #speaker:mateo #move:mateo.contempt
  - else:
    I'm not doing this. I came here to get her to talk to me, and she's still behind the door. #speaker:mateo #move:mateo.contempt
}
Don't wait for me. I'll get the bus. #speaker:mateo #move:mateo.withdraw
{
- flooded("rory"):
    Rory doesn't move. She stares at the door. #move:rory.stonewall
- else:
    Mateo, come on. Mateo… #speaker:rory #move:rory.bid
}
~ counsel_left = "mateo"
-> at_the_door
= at_the_door
{ counsel_pressed_flooded:
    The question went to a room where someone was already over the line: that was the moment to stop, not to ask. #coach #mistake:pressed_on_flooded
}
{ not time_for(3):
    The door closes behind {counsel_left == "rory":her|him}.
    -> gone
}
~ note_before()
* [Let {counsel_left == "rory":her|him} go, gently: It's all right. Take the time you need. Ring me tonight, if you want to. #move:slow_down]
    It's all right. Take the time you need. Ring me tonight, if you want to. #speaker:counselor
    {counsel_left == "rory":Rory nods without turning round, and goes.|Mateo nods without turning round, and goes.}
    Nobody can be held in a room, and a flooded body trying to leave shouldn't be. Letting them go with a way back is the break they are taking anyway, with a door left open. #coach
* {counsel_left == "rory"} [Ask her to stay: Please, sit down. Let's finish this. #move:evoke #to:rory]
    -> ask_to_stay
* {counsel_left == "mateo"} [Ask him to stay: Please, sit down. Let's finish this. #move:evoke #to:mateo]
    -> ask_to_stay
* [Explain to both, quickly: this is flooding; it passes in twenty minutes. #move:psychoeducation]
    This is flooding. It's a body, not a verdict, and it passes in about twenty minutes. #speaker:counselor
    The door closes on the second sentence.
    { before_flooded:
        True, and too late: a flooded body at the door can't take in a lesson, and the other one hears it as a lecture about the one who left. #coach #mistake:pressed_on_flooded
    }
- (gone)
-> after

= ask_to_stay
Please, sit down. Let's finish this. #speaker:counselor
{ counsel_left == "rory":
    I can't. Not in here. #speaker:rory #move:rory.withdraw
  - else:
    I can't. Not today. #speaker:mateo #move:mateo.withdraw
}
The door closes harder than {counsel_left == "rory":she|he} seems to mean it to.
{ before_flooded:
    Asking a flooded body to stay and finish asks it to do the one thing it can't. It is the cycle again, from your chair: the one who wants to go, followed. #coach #mistake:pressed_on_flooded
}
-> at_the_door.gone

= after
{ hour_gone():
    -> debrief
}
~ note_before()
* {counsel_left == "rory"} [Stay with Mateo: what happens in him when that door closes? #move:take_sides #to:mateo]
    Mateo, what happens in you when that door closes? #speaker:counselor
    {
    - flooded("mateo") || stance_of("mateo") == "attacking":
        What do you think happens? I'm on the outside. Again. #speaker:mateo #move:mateo.blame
    - else:
        I'm eleven. Outside the back room. #speaker:mateo #move:mateo.share_vulnerable
    }
    -> processed_absent
* {counsel_left == "mateo"} [Stay with Rory: what happens in her when he leaves like that? #move:take_sides #to:rory]
    Rory, what happens in you when he leaves like that? #speaker:counselor
    {
    - flooded("rory"):
        Rory shakes her head. She can't. #move:rory.stonewall
    - else:
        I don't know. I should go after him. I've never had to go after him. #speaker:rory #move:rory.withdraw
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
The heat built and the session kept pushing until someone flooded. A flooded body can't take in even a good intervention; it chooses fight or flight. This time it chose the door, the one thing this couple fights about. #coach
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
{ not time_for(2):
    -> followed
}
~ note_before()
* {counsel_left == "rory"} [Before she reaches home: ring Rory, on her own, to check in and offer a time before next week. #move:screen_safety #to:rory]
    -> ring_the_one_who_left
* {counsel_left == "mateo"} [Before he reaches home: ring Mateo, on his own, to check in and offer a time before next week. #move:screen_safety #to:mateo]
    -> ring_the_one_who_left
* [Leave it. They'll come back next week if they want to. #move:reflect]
    You write up your notes and leave it until next Thursday.
    Waiting feels respectful, and it leaves the one who left alone with the worst version of the session, and the one who stayed alone with the one who left. Contact each, separately, before next week. #coach
* [Email them both a reading list on the pursuer-distancer dance. #move:advise]
    You send them both an email with three articles about the dance, and a worksheet.
    Homework after a walk-out says the problem is information. One of the articles will say the woman chases. #coach #mistake:advise
- (followed)
{
- counsel_screened == "rory_only" && counsel_rang == "mateo":
    Safety is now checked with each of them alone, Rory in the room and Mateo on the phone: keep asking as the work goes on. #coach
- counsel_screened != "alone" && counsel_rang != "":
    Safety is checked with {counsel_rang == "rory":Rory|Mateo} alone, and not yet with {counsel_rang == "rory":Mateo|Rory}: contact {counsel_rang == "rory":him|her} separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
- counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
{ counsel_left == "rory":
    Mateo puts his jacket on slowly, and goes down the stairs without looking at you. #move:mateo.withdraw
  - else:
    Rory puts her headphones on before she is out of the door. #move:rory.withdraw
}
{ time_for(8):
    The session ends early. It was the {counsel_left == "rory":armchair|couch} that emptied first. #ending:walked_out
  - else:
    The session ends. It was the {counsel_left == "rory":armchair|couch} that emptied first. #ending:walked_out
}
-> END

= ring_the_one_who_left
{ time_for(5):
    Before the hour is out you ring {counsel_left == "rory":Rory|Mateo}, alone, from the small room. #time:3
  - else:
    You ring {counsel_left == "rory":Rory|Mateo} from the small room, alone, and keep it short.
}
{ counsel_left == "rory":
    She's on the bus. You ask first whether she can talk where she is, and whether Mateo is near; she's alone on the top deck, she says, and yes. Then the questions you ask everyone alone. She isn't frightened of him; she was frightened of the room. She'll think about next week.
  - else:
    He's walking. You ask first whether he can talk where he is; he can. Then the questions you ask everyone alone. He's sorry. He doesn't know if she'll want him home. He'll come next week if she does.
}
~ counsel_rang = counsel_left
Contacting the one who left, separately and soon, keeps the door open without taking sides, and it is a chance to ask alone what you haven't asked yet. #coach
-> followed

=== counsel_pace(done) ===
{ hour_gone():
    -> counsel_out_of_time
}
{ not counsel_article_told && not flooded("rory") && time_for(RORY_TIME + ENACT_TIME):
    ~ counsel_after_article = "pace"
    -> counsel_the_article
}
{ done == "break" && time_for(RORY_TIME + ENACT_TIME):
    -> counsel_rory_inside
}
{ (done == "break" || done == "rory") && time_for(REFRAME_TIME + MATEO_TIME + ENACT_TIME):
    -> counsel_reframe
}
{ done != "mateo" && time_for(MATEO_TIME + ENACT_TIME):
    -> counsel_mateo_inside
}
{ time_for(ENACT_TIME):
    -> counsel_enact
}
-> counsel_close

=== counsel_rory_inside ===
// Rory, who withdraws, answers a first open question with the practical; a second, slower and
// more concrete try can open her, if she is not braced.
Rory is looking at her hands.
~ note_before()
* [Rory, when you shut the door, what's happening inside? I'm guessing it isn't only reading. #move:evoke #to:rory]
    Rory, when you come home and shut that door, what happens inside you? I'm guessing it isn't only about the book. #speaker:counselor
    -> first_answer
* [Rory, it makes sense you'd want a door after three weeks of never being off. #move:validate #to:rory]
    Rory, it makes sense to me that you'd want a door. Three weeks in a new flat, never quite off duty: a shut door is at least somewhere to breathe. #speaker:counselor
    ~ counsel_rory_tries += 1
    {
    - flooded("rory"):
        Rory nods at the floor. #move:rory.withdraw
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        It's not about breathing. It's just a door. #speaker:rory #move:rory.defend
    - else:
        Somewhere to breathe. Yeah. #speaker:rory #move:rory.turn_toward
        She doesn't say any more.
    }
    { before_flooded:
        Validation was the right move for the wrong moment: someone was over the line, and a flooded body barely takes in warmth. Stop first. #coach #mistake:pressed_on_flooded
      - else:
        Validation makes a withdrawn partner safe enough to speak. It doesn't mean Mateo is wrong; it means Rory's door makes sense from where she sits. It doesn't yet give her words. #coach
    }
    -> second_try
* [Rory, a simple fix: tell him a time every time you shut the door. #move:advise]
    Here's something simple to try, Rory. Every time you shut the door, tell Mateo what time you'll come out. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("rory"):
        Rory nods at the floor. #move:rory.withdraw
    - else:
        Sure. I'll clock in and out. One more thing to get right. #speaker:rory #move:rory.withdraw
    }
    {
    - stance_of("mateo") == "cold":
        Mateo doesn't answer. #move:mateo.withdraw
    - else:
        She'll do it for a week. Then it'll be "later". #speaker:mateo #move:mateo.criticize
    }
    A good idea handed over too soon: a time to come back is what the advice list says, and said as an instruction to the one who withdraws it becomes one more duty, and tells Mateo it all depends on her. Reach the feeling under the door first; the time will come from her. #coach #mistake:advise
    -> counsel_pace("rory")
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out
+ [Not today: slow it right down and close. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely

= first_answer
~ counsel_rory_tries += 1
{
- flooded("rory"):
    Rory opens her mouth and closes it again.
    Not now. I haven't got it in me now. #speaker:rory #move:rory.withdraw
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    Does it have to mean something? Every time I close it I'm asked to explain it, and here I am, explaining it. #speaker:rory #move:rory.defend
- else:
    Rory takes a breath, like someone who has rehearsed this and still expects to lose.
    {
    - counsel_rory_word == "air":
        I said: no air. I could say more. It just comes out as a list of what he does, and I don't want to do that to him. #speaker:rory #move:rory.withdraw
    - counsel_rory_word == "on_duty":
        I said: on duty. I know how that sounds. Like I'm complaining about being loved. #speaker:rory #move:rory.withdraw
    - counsel_rory_word == "lock":
        I told you. The bathroom's the only door with a lock. I know how that sounds too. #speaker:rory #move:rory.withdraw
    - else:
        Breathing room. Autonomy, if you want the grown-up word. And whatever I say next turns into what I'm doing wrong, so I'd rather stop there. #speaker:rory #move:rory.withdraw
    }
}
{
- stance_of("mateo") == "cold":
    Mateo looks at the ceiling. #move:mateo.withdraw
- stance_of("mateo") == "attacking" || flooded("mateo"):
    See? "A door." Every time. #speaker:mateo #move:mateo.criticize
- else:
    Mateo waits, and you can see what the waiting costs him.
}
{ before_flooded:
    You reached for the feeling with someone over the line: a body over a hundred beats has no words for it. Stop first. #coach #mistake:pressed_on_flooded
  - else:
    {counsel_rory_word != "":Rory had already given you a word for it, and the open question only got it back, carefully: she has the words; she is braced for the verdict that follows them. Go back to her word, slower and more concrete.|Rory has words; what holds them back is being braced to be told she's wrong, and guilt for wanting room at all. Don't argue with the door and don't move on; try again, slower and more concrete, and leave the verdict out of the question.} #coach
}
-> second_try

= second_try
~ note_before()
{ stance_of("mateo") == "attacking" || flooded("mateo"):
    Mateo is watching her, and the watching is not patient.
  - else:
    The silence goes on. Rory pulls the sleeves of her jumper down over her hands.
}
* [Go slower. Give her one moment: the knock and the door opening at the same time. What happens in her? #move:evoke #to:rory]
    Let's not go for the big picture. Just one moment. The Friday. You're in the green chair, and there's a knock, and the door is already opening. What happens in you, right then? In your body, even. #speaker:counselor
    ~ counsel_last_try = "evoke"
    Rory is quiet for a long time. You let her be. #time:1
    -> opens
* [Offer a guess, held lightly: part of her shuts the door because without one she's afraid she'll disappear. #move:conjecture #to:rory]
    Rory, can I try a guess? Tell me if I've got it wrong. I wonder if part of you shuts the door because without one you're afraid there won't be any of you left. That you'd disappear into the two of you. #speaker:counselor
    ~ counsel_last_try = "conjecture"
    -> opens
* [Name what you're seeing: avoidant attachment. She learned long ago that closeness isn't safe. #move:interpret #to:rory]
    Rory, I think what we're seeing is an avoidant attachment style. Somewhere along the way you learned closeness isn't safe, so you shut the door. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("rory"):
        Rory's face goes blank. She looks at the floor and stays there. #move:rory.stonewall
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        Great. Now I've got a diagnosis as well as a door. #speaker:rory #move:rory.defend
    - else:
        I moved in with him. I'm sitting right here. How is that avoiding? #speaker:rory #move:rory.defend
    }
    {
    - stance_of("mateo") == "cold":
        Mateo says nothing. He has thought the word himself. #move:mateo.withdraw
    - else:
        That's it, though. She does avoid. Even this. #speaker:mateo #move:mateo.criticize
    }
    A label from outside tells Rory what she is instead of asking what she feels: a verdict for her, a word for Mateo to throw, and one more person telling her what her role means. A conjecture stays tentative, stays with this moment, and leaves the correction to her. #coach #mistake:interpret
    -> counsel_pace("rory")
+ [Call a twenty-minute break: apart, then back. #move:time_out=20]
    { before_calm:
        -> counsel_calm_break
    }
    -> counsel_late_time_out

= opens
~ counsel_rory_tries += 1
{
- flooded("rory"):
    Rory shakes her head.
    I can't. Not now. #speaker:rory #move:rory.withdraw
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    And whatever I find, it's evidence. That's what it feels like in here. #speaker:rory #move:rory.defend
- counsel_last_try == "conjecture":
    ~ counsel_rory_engaged = true
    Not disappear, exactly. More like being used up. I'm the eldest of four. On Tern Street there was one lock, on the bathroom, and I read in the bath till the water went cold because it was the only place nobody needed anything. #speaker:rory #move:rory.share_vulnerable
    And I love him. That's the thing. I love him, and if I don't have a door, I don't know where I end. #speaker:rory #move:rory.own_part
- else:
    ~ counsel_rory_engaged = true
    Like the air goes. Like there's nowhere I'm not needed. I'm the eldest of four; the only lock on Tern Street was the bathroom, and I used to read in the bath till the water went cold. #speaker:rory #move:rory.share_vulnerable
    And I love him. If I don't have a door, I don't know where I end and we start. #speaker:rory #move:rory.own_part
}
{ counsel_rory_engaged:
    {
    - state_of("mateo") == "flooded":
        Mateo's breath is coming fast. He shakes his head, once. #body:mateo.flooded
        I'm not taking anything from you. #speaker:mateo #move:mateo.defend
    - stance_of("mateo") == "cold":
        Mateo looks at her for a long moment and says nothing. #move:mateo.withdraw
    - stance_of("mateo") == "attacking" || flooded("mateo"):
        So I'm the thing you need a lock against. #speaker:mateo #move:mateo.criticize
    - received("mateo") == "misread":
        So it's me being there that's the problem. #speaker:mateo #move:mateo.defend
    - stance_of("mateo") == "protesting":
        I don't need things from you. I just want you there. #speaker:mateo #move:mateo.defend
    - else:
        I didn't know that. About the bath. I thought you just didn't want me. #speaker:mateo #move:mateo.turn_toward
    }
  - else:
    {
    - stance_of("mateo") == "attacking" || flooded("mateo"):
        See? That's the door. #speaker:mateo #move:mateo.criticize
    - else:
        Mateo watches her, waiting, and the waiting goes on too long. #move:mateo.withdraw
    }
}
{
- not counsel_rory_engaged && before_flooded:
    You tried again, but someone was over the line: no second try opens a flooded body. Stop first. #coach #mistake:pressed_on_flooded
- not counsel_rory_engaged:
    Rory is braced, and even a gentler second try can't reach past a defence that's still up. Bring the heat down first; don't put the feeling into words for her. #coach
- counsel_last_try == "conjecture":
    A conjecture, held lightly and offered for correction, and Rory corrected it: that is how it is meant to work. The guess gave her words to push against; the feeling she found is her own. #coach
- else:
    The second try was slower and smaller: one moment, one body. Rory could answer that when she couldn't answer "what do you feel". #coach
}
{ counsel_rory_engaged && received("mateo") != "misread" && stance_of("mateo") != "cold" && stance_of("mateo") != "attacking" && not flooded("mateo"):
    Under the door, a fear of {rory_fear_told()}, not a verdict on him. Early in therapy it is enough that it is said, and heard. #coach
}
-> counsel_pace("rory")

=== counsel_reframe ===
~ note_before()
* [Draw the whole circle: what each does, what each fears. The cycle is the enemy. #move:name_cycle]
    { counsel_cycle_named:
        We said earlier the circle was the problem. I think now we can see what drives it. #speaker:counselor
    }
    { counsel_rory_engaged:
        I wonder if it goes something like this. Rory, you shut the door so there's some of you left, because without one you're afraid of {counsel_last_try == "conjecture":being used up|there being nowhere you're not needed}. Mateo, I wonder if the shut door sounds to you like being left, so you knock harder. Does that fit? #speaker:counselor
      - else:
        Here's what I see from this chair. Mateo knocks; Rory shuts the door; Mateo knocks harder; Rory shuts it tighter. What each of you feels inside that, I don't know yet. I'd like to find out. #speaker:counselor
    }
    Neither of you is the enemy, and it isn't about who's the man and who's the woman. The circle is the enemy, and you're both losing to it. #speaker:counselor
    ~ counsel_tracked = true
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("rory"):
        Rory nods slowly. #move:rory.withdraw
    - else:
        So it's not his fault and it's not mine. It's the loop. I can work with a loop. #speaker:rory #move:rory.turn_toward
    }
    {
    - state_of("mateo") == "flooded":
        Mateo's hands are shaking in his lap. #body:mateo.flooded
        I'm not against her. I'm not. #speaker:mateo #move:mateo.defend
    - stance_of("mateo") == "cold":
        Mateo doesn't answer, but he doesn't look away either. #move:mateo.withdraw
    - stance_of("mateo") == "attacking" || flooded("mateo"):
        Maybe. But I'm the one always on the outside of the door. #speaker:mateo #move:mateo.criticize
    - else:
        I don't want to be the enemy. I just hate the door. #speaker:mateo #move:mateo.turn_toward
    }
    {
    - before_flooded:
        The reframe is sound, but someone was over the line and couldn't take it in. It will keep; their bodies won't. #coach #mistake:pressed_on_flooded
    - counsel_rory_engaged:
        The EFT reframe, offered as a guess and built on what Rory said: the problem is the cycle, and each move makes sense as protection. Once both see it, they can fight the pattern together instead of each other. #coach
    - else:
        The reframe stays with what you saw, the steps and not what's inside them: nobody has said their fear yet, so don't say it for them. #coach
    }
* [Propose a fair split: three evenings hers, four his, weekends planned together. #move:advise]
    What if you split the week? Three evenings are Rory's, door shut; four are together; and weekends get planned on a Wednesday, by both of you. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_advised = true
    {
    - flooded("rory"):
        Rory nods at the floor. #move:rory.withdraw
    - else:
        Fine. Three evenings. I'll put it in the calendar. #speaker:rory #move:rory.withdraw
    }
    {
    - stance_of("mateo") == "cold":
        If that's what it takes. #speaker:mateo #move:mateo.withdraw
    - stance_of("mateo") == "attacking" || flooded("mateo"):
        Great. I'll book my girlfriend for Tuesdays. #speaker:mateo #move:mateo.contempt
    - else:
        So I get her by timetable. #speaker:mateo #move:mateo.criticize
    }
    Compromise before understanding: Rory agrees to get out of the hot seat; Mateo hears that closeness has to be rationed. Solutions stick after de-escalation, not instead of it. #coach #mistake:advise
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

=== counsel_mateo_inside ===
{
- state_of("mateo") == "flooded":
    Mateo is sitting very straight, his jaw tight, his eyes bright. #body:mateo.flooded
- stance_of("mateo") == "attacking":
    Mateo is sitting very straight, his eyes bright.
- else:
    You turn to Mateo. He is waiting, and it is a different waiting from Rory's quiet.
}
~ note_before()
* [Mateo, under the knocking, what's the scared part? #move:evoke #to:mateo]
    Mateo, underneath the knocking, what's the part of you that's scared? #speaker:counselor
    ~ counsel_mateo_try = "evoke"
    -> answer
* [Offer a guess, held lightly: under the knocking, a fear that a shut door is how people leave. #move:conjecture #to:mateo]
    Mateo, can I try a guess? Correct me if it's wrong. I wonder if under the knocking there's a fear: that a shut door is how people start to leave. #speaker:counselor
    ~ counsel_mateo_try = "conjecture"
    -> answer
* [Tell him what drives it: an anxious attachment, maybe codependency. #move:interpret #to:mateo]
    Mateo, I think your pursuing comes from an anxious attachment. There may be some codependency in it: needing her close to feel all right. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - flooded("mateo"):
        Mateo's eyes fill, then harden.
        Don't. I'm not the one who needs fixing. #speaker:mateo #move:mateo.contempt
    - stance_of("mateo") == "attacking" || state_of("mateo") == "escalated":
        So she shuts a door, and I'm the one with a diagnosis. #speaker:mateo #move:mateo.blame
    - else:
        So it's my childhood now. She shuts the door and it's my childhood. #speaker:mateo #move:mateo.defend
    }
    {
    - flooded("rory"):
        Rory looks from one of them to the other and says nothing. #move:rory.stonewall
    - else:
        That's not fair. He's not sick for wanting me around. #speaker:rory #move:rory.validate
    }
    An attachment label, however apt, lands as a verdict: jargon, and a move into his past, away from the feeling in the room. Mateo hears that his love is a symptom. Guess at the feeling, tentatively, and let him name it. #coach #mistake:interpret
    -> counsel_pace("mateo")
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
- flooded("mateo"):
    I can't… I'm so tired of knocking. I don't even know what I'm scared of anymore. #speaker:mateo #move:mateo.withdraw
    { before_flooded:
        The anger is still guarding the fear, and Mateo was too flooded to find it. Stop first; it comes when the room is safer. #coach #mistake:pressed_on_flooded
      - else:
        The anger is still guarding the fear, and Mateo is too flooded to find it. Don't chase it; it comes when the room feels safer. #coach
    }
- stance_of("mateo") == "attacking" || counsel_sided_with == "rory":
    Scared? I'm not scared. I'm angry. Even in here it's her door that gets respected. #speaker:mateo #move:mateo.defend
    The anger is still guarding the fear, and the side you took earlier is part of what it guards against. Don't fight it; repair the alliance first. #coach
- stance_of("mateo") == "cold":
    Scared? I stopped. I'm tired. #speaker:mateo #move:mateo.withdraw
    Cold is someone who has stopped expecting an answer: the fear is under the tiredness, not gone. Don't push past it; reflect the tiredness first. #coach
- state_of("mateo") == "escalated" || (state_of("mateo") == "activated" && counsel_mateo_try == "conjecture"):
    {counsel_mateo_try == "conjecture":It's not leaving. I'm angry.|Scared? I'm angry.} I've been knocking for three weeks. #speaker:mateo #move:mateo.defend
    { counsel_mateo_try == "conjecture":
        The guess missed, and he corrected it: that is what a conjecture is for. Take the correction and stay with the anger he named; the fear under it comes when the room is cooler. #coach
      - else:
        Still hot, Mateo answers with the anger that guards the fear. Reflect the anger; the fear comes when he has come down. #coach
    }
- else:
    ~ counsel_mateo_soft = true
    The year before my dad left, he had the back room. Every evening, door shut. I did my spellings outside it so he'd hear someone. Then he was gone. When her door shuts I'm eleven again, and I know it's not the same, and I knock anyway. #speaker:mateo #move:mateo.share_vulnerable
    {
    - flooded("rory"):
        Rory swallows. She can't look up. #move:rory.withdraw
    - received("rory") == "misread":
        I'm not your dad. You make it sound like I'm already packing. #speaker:rory #move:rory.defend
        Mateo meant I'm scared; Rory heard you're leaving me, like him: the history again. It's still in the room, and you can come back to it. #coach
    - else:
        Rory looks at him as if she has never heard this before. #move:rory.turn_toward
    }
    Under the knocking, the fear of being left: the protest of someone who pursues is a protest at disconnection (Johnson), whoever does it. #coach
}
-> counsel_pace("mateo")

=== counsel_enact ===
~ before_premature = not counsel_tracked || hot("mateo") || hot("rory")
There are {minutes_left()} minutes left.
~ note_before()
* [Rory, turn to Mateo and tell him what you told me. #move:enactment #to:rory]
    {counsel_rory_engaged:Rory, could you turn to Mateo and tell him what you told me, about the bath, and where you end? Not to me. To him.|Rory, could you turn to Mateo and tell him what the door is for? Not to me. To him.} #speaker:counselor
    -> rory_reaches
* [Mateo, turn to Rory and tell her what you're afraid of. #move:enactment #to:mateo]
    Mateo, could you turn to Rory and tell her what you're afraid of, when the door shuts? Not to me. To her. #speaker:counselor
    -> mateo_first
* [Not enough time for something this big. Start closing now. #move:reflect]
    ~ counsel_tracked = true
    I think we'll stop the new work there. There's something I'd like to say about today before you go. #speaker:counselor
    { time_for(16) && (counsel_rory_engaged || counsel_mateo_soft) && not before_premature:
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
    Someone was escalated or flooded when you asked for it: an enactment raises the heat in a room that hot. Calm first, then the enactment. #coach #mistake:premature_enactment
}
->->

= rory_reaches
{ counsel_rory_engaged && counsel_heat <= 1 && not before_premature && not flooded("rory") && stance_of("rory") != "defending":
    Rory turns in her chair, toward him.
    When I shut the door, it isn't that I don't want you. It's that I'm scared there won't be any of me left for you. I should have said that, instead of the file due at nine. #speaker:rory #move:rory.share_vulnerable
    { flooded("rory"):
        Her voice gives out there. She looks at him, and the rest won't come.
        Saying it out loud cost more than Rory's body had just now: she's flooded. After a break she can finish the sentence. #coach
        -> counsel_close
    }
    I'm always coming back. I wanted you to know. #speaker:rory #move:rory.turn_toward
    {
    - flooded("mateo"):
        Mateo's eyes fill. He holds on to the arm of the couch. #body:mateo.stirred
        Give me a second. I can't hear it properly yet. #speaker:mateo #move:mateo.withdraw
        Mateo stays turned toward her, but he can't answer.
        Rory reached, and meant it. But Mateo is flooded, and a body over the line can't let in even the words it has waited for. Next week can start here. #coach
        -> counsel_close
    - received("mateo") == "misread":
        Always coming back. You've said later before. #speaker:mateo #move:mateo.defend
        {
        - flooded("rory"):
            Rory's face falls. She looks at the rug. #move:rory.withdraw
            Rory's offer landed on three weeks of knocking, and the sting flooded her before she could stay. That is the cycle, not the end of it. #coach
            -> counsel_close
        }
        I know. I didn't know how to say it before. I'm saying it now. #speaker:rory #move:rory.repair
        Mateo heard Rory's offer as one more "later": three weeks of waiting heard it first. Rory stayed turned toward him, and staying is the repair. #coach
        {
        - flooded("mateo") || stance_of("mateo") == "attacking" || state_of("mateo") == "escalated":
            Mateo looks at her a long time and says nothing. #move:mateo.withdraw
            -> counsel_close
        }
        I'd like that to be true. I think it is. #speaker:mateo #move:mateo.turn_toward
    - stance_of("mateo") == "cold" || stance_of("mateo") == "attacking":
        Mateo looks at her a long time.
        { state_of("mateo") == "escalated":
            Maybe. I've heard later before. #speaker:mateo #move:mateo.criticize
            Rory reached, and Mateo, still hot, kept his guard up. That's not a failure: trust comes back slower than words, and next week can start here. #coach
            -> counsel_close
        }
        Then I'll try to hear it that way. #speaker:mateo #move:mateo.turn_toward
    - else:
        I thought the door was where you went to get away from me. I'm so scared of that door, Rory. #speaker:mateo #move:mateo.share_vulnerable
        Thank you. For saying it to me, and not to the door. #speaker:mateo #move:mateo.appreciate
    }
    {
    - flooded("rory"):
        Rory nods. She can't say more just now, but she doesn't look away. #move:rory.withdraw
        -> counsel_close
    }
    Rory nods. She is still turned toward him. #move:rory.turn_toward
    -> counsel_process
  - else:
    Rory turns toward him and tries.
    {
    - flooded("rory"):
        She looks at him, then at the floor. The words don't come. #move:rory.stonewall
    - else:
        I'm sorry. I could say it to you. Facing him, it turns into a list of what he does wrong, and I won't do that to him. #speaker:rory #move:rory.withdraw
    }
    {
    - stance_of("mateo") == "cold":
        Mateo nods, as if he expected this. #move:mateo.withdraw
    - else:
        That's the thing. It's always the door. #speaker:mateo #move:mateo.criticize
    }
    {
    - before_premature:
        -> premature ->
    - not counsel_rory_engaged:
        An enactment asks a partner to say to the other what they have already found with you. Rory hadn't found it yet. Evoke first, then enact. #coach
    - counsel_heat >= 2:
        Too much heat in the room for a risk like this. Reaching is a risk, and nobody takes it while still braced. #coach
    - else:
        Rory had found the words, but she's over the line or braced now, and nobody can reach from there. Calm first, then the enactment. #coach
    }
    -> counsel_close
}

= mateo_first
{
- counsel_mateo_soft && counsel_heat <= 1 && not before_premature && not flooded("mateo"):
    Mateo turns to her. It takes him a moment.
    When your door shuts, I'm outside the back room again. I know you're not him. I'm scared anyway. I don't need you out all the time. I need to know you're coming out. #speaker:mateo #move:mateo.share_vulnerable
    {
    - flooded("rory"):
        Rory looks at him, then at the floor. The words don't come. #move:rory.stonewall
        Mateo reached from a soft place, but Rory is flooded, and nothing lands in a body over the line. Calm first. #coach
        -> counsel_close
    - received("rory") == "misread":
        I do come out. I always come out. #speaker:rory #move:rory.defend
        Mateo spoke from the fear, and Rory still heard a claim: the history got there first. Workable in a calm room, but not in the minutes that are left. #coach
        -> counsel_close
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        I took the afternoon off to sit in this chair, Mateo. That's me trying. #speaker:rory #move:rory.defend
        Mateo spoke from the fear, but Rory was still braced and heard pressure. A fair risk. Not the wrong words, and not the wrong order: braced ears hear a claim, and next week can start from a calmer room. #coach
        -> counsel_close
    - counsel_rory_engaged:
        I thought you wanted all of me. Not just to know I'm coming back. #speaker:rory #move:rory.turn_toward
        I'm scared too. Of {rory_fear()}. I should have told you, instead of inventing deadlines. #speaker:rory #move:rory.share_vulnerable
        {
        - flooded("mateo"):
            Mateo nods, and can't speak yet. #move:mateo.withdraw
            -> counsel_close
        - received("mateo") == "misread":
            Three weeks. You could have said it three weeks ago. #speaker:mateo #move:mateo.criticize
            -> counsel_close
        }
        Then tell me, when you need the door. I'd rather know than knock. #speaker:mateo #move:mateo.turn_toward
        Mateo went first, and in a calm room it worked: each spoke from a softer feeling already found with you, and each was heard. #coach
        -> counsel_process
    - else:
        I didn't know you were scared. I thought you were keeping tabs on me. #speaker:rory #move:rory.turn_toward
        ~ counsel_landed = true
        Mateo went first from a soft place, and it landed: Rory heard the fear, not a claim. She hasn't found her own yet, so it is one-sided for now, and this early in therapy that is a real step. #coach
        -> counsel_process
    }
- else:
    {
    - counsel_mateo_soft && not flooded("mateo"):
        I miss you. I need you to actually come out, Rory. Not just be in the flat. #speaker:mateo #move:mateo.demand
    - else:
        I need you to stop shutting me out. That's it. That's what I need. #speaker:mateo #move:mateo.demand
    }
    {
    - flooded("rory"):
        Rory looks at the carpet. #move:rory.stonewall
    - counsel_rory_engaged:
        I'm here. On a Thursday, in a therapist's chair. That's me coming out. #speaker:rory #move:rory.defend
    - else:
        Rory nods at the carpet. #move:rory.withdraw
    }
    {
    - before_premature:
        -> premature ->
    - counsel_mateo_soft && flooded("mateo"):
        Mateo is over the line, and from there a need comes out as a demand; Rory heard one more claim on her. Calm first, then the enactment. #coach
    - counsel_mateo_soft:
        The room was too hot for it: Mateo's need came out as a demand, and Rory heard one more claim on her. An enactment works from a calm room and a feeling already found. #coach
    - else:
        Mateo hadn't found the fear under the anger yet, so the need came out as a demand, and Rory heard one more claim on her. Evoke first, then enact. #coach
    }
    -> counsel_close
}

=== counsel_process ===
~ counsel_enacted = true
{ counsel_landed:
    Rory is looking at Mateo. Mateo is looking back, and for once he isn't asking for anything.
  - else:
    For a moment nobody says anything. They are looking at each other across the gap between the couch and the armchair, and Mateo doesn't move to close it.
}
~ note_before()
* [Slow down and reflect what just happened between them. #move:reflect]
    Can we stay here a moment? One of you reached, and the other let it in: no knock, no door. What is that like, right now? #speaker:counselor
    ~ counsel_tracked = true
    {
    - flooded("mateo"):
        Mateo can only nod.
    - else:
        Strange. Good strange. Like she came out. #speaker:mateo #move:mateo.appreciate
    }
    {
    - flooded("rory"):
        Rory breathes out, slowly.
    - else:
        Like I've put something down. I didn't expect that. #speaker:rory #move:rory.turn_toward
    }
    Processing the encounter: slow it down and reflect what happened and how it felt, so the new step is seen and owned, not just passed through. #coach
* [Tell them what you saw: it took courage, from both of them. #move:validate]
    That took courage, from both of you. It's a jump, saying the hard thing, and another one, staying in the room to hear it. #speaker:counselor
    {
    - flooded("mateo"):
        Mateo looks down at his hands.
    - else:
        It felt like knocking, only the door opened. #speaker:mateo #move:mateo.humor
    }
    {
    - flooded("rory"):
        Rory nods.
    - else:
        Off a very small roof. #speaker:rory #move:rory.humor
    }
    Validating what each risked integrates the encounter: the new step is named as theirs, not the counselor's. #coach
* [Lock it in while it's warm: door shut until eight, then out, every evening. #move:advise]
    Let's lock this in while it's warm. Every evening: Rory's door shut until eight, and then out. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - flooded("rory"):
        Rory nods.
    - else:
        Eight. Okay. #speaker:rory #move:rory.turn_toward
    }
    Mateo glances at Rory, to see how eight sounds to her.
    A rule laid on a fresh moment turns it back into a duty, and the one who withdraws has a new way to fail. Process what happened first; what they do with it can be theirs. #coach #mistake:advise
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
* [Name what was reached today, and what waits for next week. #move:reflect]
    ~ counsel_tracked = true
    { counsel_rory_engaged || counsel_mateo_soft:
        Before you go, I want to say what I saw today. {counsel_rory_engaged:Rory, you found words for the door: not rejection, a fear of {counsel_last_try == "conjecture":being used up|there being nowhere you're not needed}.} {counsel_mateo_soft:Mateo, you said the fear under the knocking.} That's what we start from next week. #speaker:counselor
      - else:
        Before you go, I want to say what I saw today: the knock and the door, and how fast one brings on the other. Next week we slow it down and look at what's underneath each of them. #speaker:counselor
    }
    {
    - flooded("mateo"):
        Mateo nods without looking up.
    - stance_of("mateo") == "cold" || stance_of("mateo") == "attacking":
        Same time, then. #speaker:mateo #move:mateo.withdraw
    - else:
        Next Thursday. I'll make the arroz after. #speaker:mateo #move:mateo.turn_toward
    }
    {
    - flooded("rory"):
        Rory is already looking at the door.
    - state_of("rory") == "escalated" || stance_of("rory") == "defending":
        Fine. #speaker:rory #move:rory.withdraw
    - else:
        Okay. Yes. #speaker:rory #move:rory.turn_toward
    }
    { before_flooded:
        Someone was still over the line as you summed up: a flooded body takes in little. Slow the room first; then name what was reached. #coach #mistake:pressed_on_flooded
      - else:
        A contained close: name what was reached, in their words, and say what waits for next week, so nobody leaves carrying the whole of it. #coach
    }
* [Give them one thing to practise at home: ask for space directly, with a time to come back. #move:psychoeducation]
    One thing to try at home. When one of you needs to stop, or needs the door, say so, and say when you'll come back. Twenty minutes at least, if you're flooded. Not to get away: to come back. #speaker:counselor
    {
    - flooded("mateo"):
        Mateo nods, his jaw tight.
    - stance_of("mateo") == "cold" || stance_of("mateo") == "attacking":
        And if the time comes and goes? #speaker:mateo #move:mateo.criticize
    - else:
        A time. Then back. I can wait for a time. #speaker:mateo #move:mateo.turn_toward
    }
    {
    - flooded("rory"):
        Rory nods at the floor.
    - received("rory") == "misread":
        'Then back.' As if I've ever not come back. #speaker:rory #move:rory.defend
    - else:
        I can say a time. It's the saying it I need to practise, instead of the file due at nine. #speaker:rory #move:rory.own_part
    }
    { before_flooded:
        The advice is the right thing to teach, but someone was over the line as you taught it: a flooded body can't take in a lesson. #coach #mistake:pressed_on_flooded
      - else:
        Asking directly for space, with a time to come back, taught as a skill for both of them: the seed's own advice, and the cycle's antidote, not a rule about doors. #coach
    }
* [Send them off with homework: one evening apart and one together, every week, written on the fridge. #move:advise]
    Before next week, some homework. One evening apart and one evening together, every week, written on the fridge. Can you both commit to that? #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_advised = true
    {
    - stance_of("rory") == "stonewalling" || flooded("rory"):
        Sure. #speaker:rory #move:rory.withdraw
    - else:
        Okay. If he can. #speaker:rory #move:rory.criticize
    }
    {
    - flooded("mateo"):
        Mateo nods. #move:mateo.withdraw
    - else:
        Sure. #speaker:mateo #move:mateo.dismiss
    }
    Homework set before the softer feelings have met is going through the motions: the pattern will eat that fridge by Thursday. #coach #mistake:advise
+ {not counsel_closed_safely} [Slow it down first: a minute's breathing together before they go. #move:slow_down]
    ~ counsel_tracked = true
    -> counsel_close_safely
- (closed)
-> counsel_ending

=== counsel_ending ===
{
- counsel_break == "full" && counsel_heat < 2 && not flooded("mateo") && not flooded("rory"):
    -> counsel_end_break_and_return
- cycle_stage() == "engage-engage" && (counsel_rory_engaged || counsel_mateo_soft) && not flooded("mateo") && not flooded("rory") && counsel_heat < 2:
    -> counsel_end_reconnected
}
-> counsel_end_deadlock

=== counsel_close_safely ===
~ counsel_closed_safely = true
~ temp hour_left = time_for(28)
Let's not do any more today. I'd like us to breathe together for a minute or two: in for four, out for six. Just that. #speaker:counselor
They breathe. Nobody talks. Mateo keeps his eyes on his hands, Rory hers on the window. The traffic goes by under the window. #time:4
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
{ not over_line("mateo") && not over_line("rory") && not hour_gone():
    -> counsel_close
}
-> counsel_ending

=== counsel_end_deadlock ===
{ time_for(8):
    You spend a few minutes on small things: the booking, the bus, whether Thursday at six still works with Rory's deadlines. #time:4
}
{
- flooded("mateo"):
    Mateo is still pale, his breathing quick. He gets his jacket on without looking at either of you. #body:mateo.stirred
    At the door Rory holds it open for him. He goes through without a word. #move:mateo.withdraw
    { counsel_closed_safely:
        Mateo is still over the line as he leaves, if less than he was. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Mateo is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation, so nobody carries the fight out of the room. #coach
    }
- flooded("rory"):
    Rory is on her feet first, coat already on, headphones already on. Mateo follows her out. #body:rory.stirred
    Rory takes the stairs fast and doesn't wait. #move:rory.withdraw
    { counsel_closed_safely:
        Rory is calmer than she was, and still not settled. Closing with regulation was right; say it out loud too: twenty quiet minutes before anyone talks about today, and a time for next week. #coach
      - else:
        Rory is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation, so nobody carries the fight out of the room. #coach
    }
- else:
    At the door he holds it open for her, and she thanks him. Polite, careful, far apart: flatmates on their way back to the same flat.
    On the stairs Rory puts her headphones on. #move:rory.withdraw
}
{ counsel_rory_engaged:
    Deadlock. Something moved: Rory found words for the door. But it never crossed the room to Mateo, and the cycle left with them. #coach
  - else:
    Deadlock: nothing blew up, and nothing moved. The knock and the door leave this room just as they came in. #coach
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
The EFT order in de-escalation: track the knock and the door, bring out what each one protects (what the knocking is afraid of, what the door keeps), and let each say it to the other from a calm room. #coach
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
They walk to the bus stop a metre apart. At home, the little room's door will be shut by seven. #ending:deadlock
-> END

=== counsel_end_break_and_return ===
{ time_for(8):
    The rest of the session stays calmer. Nobody raises their voice, and nobody heads for the door. #time:4
  - else:
    What is left of the hour stays calmer. Nobody raises their voice, and nobody heads for the door.
}
{ counsel_flooded_at_break:
    Break and return: the time-out did its work. Bodies calmer, nobody walked out, and both of them saw the other go and come back. #coach
  - else:
    Break and return: calmer bodies, nobody walked out. But nobody was flooded when you called the time-out, so it cost twenty minutes the session could have used. #coach
}
{ counsel_rory_engaged || counsel_mateo_soft:
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
They leave together, a little less far apart than they came. On the stairs Mateo doesn't ask what she's doing tonight, and Rory notices that he didn't. #ending:break_and_return
-> END

=== counsel_end_reconnected ===
{ counsel_enacted:
    What just happened: one of you reached, and the other let it in. Nobody knocked, and nobody shut a door. That's the circle running the other way. #speaker:counselor
    Reaching each other, for a few minutes: a fear said out loud, and an answer instead of a retreat. Early in therapy that is a real step, not a finished change: the cycle will come back, and now they have this to remember when it does. #coach
  - else:
    Rory and Mateo stand up at the same time, and for once neither is ahead of the other at the door.
    The circle opened in the room: a softer feeling said to you and heard across the room, and both still turned toward each other at the close. No enactment yet, and none needed today; next week it can be said to each other. #coach
}
{ counsel_break == "full" && counsel_flooded_at_break:
    The time-out made it possible. Nobody can reach from a flooded body. #coach
}
{ counsel_mistakes > 0:
    It happened despite the fixes, sides and labels you offered on the way: each one added heat, and the couple did the reaching anyway. Notice them for next time. #coach
}
{ counsel_screened != "alone":
    One thing to add next time: "He doesn't hear no" on an intake form is reason enough to see each of them briefly alone for the routine safety check-in. #coach
}
{ time_for(6):
    You spend the rest of the hour slowing it down: what each of them did, and what it was like to be answered. #time:4
  - else:
    You are at the end of the hour. You let it sit for a moment, and then you let them go.
}
They leave side by side. On the stairs she says, "I'll be in the little room till eight," and he says, "I'll knock at eight," and she laughs. #ending:reconnected
-> END

=== counsel_out_of_time ===
The hour is gone. Through the wall you can hear your next couple arriving in the waiting room.
{
- flooded("mateo"):
    Mateo is still breathing fast as he stands. #body:mateo.stirred
- flooded("rory"):
    Rory is on her feet before you have finished the sentence. #body:rory.stirred
- else:
    They stand up, surprised it's over.
}
~ note_before()
~ temp held_in_doorway = false
* [Hold the hour: one sentence in the doorway about today, and book next week. #move:reflect]
    ~ held_in_doorway = true
    We're out of time, and I'm sorry we didn't get to finish. What you did today counts. Same time next Thursday; we'll pick it up there. #speaker:counselor
    You book next week in the doorway. Mateo puts it in his phone. Rory is already holding the door.
    A sentence in the doorway is better than nothing, and it keeps the frame: the hour ends when it ends. But it isn't a close. #coach
    { before_flooded:
        Someone was still over the line as they left: a sentence doesn't bring a body down. Next time, slow the room before the clock runs out. #coach #mistake:pressed_on_flooded
    }
* [Run over: ten more minutes to finish properly. The next couple can wait. #move:evoke]
    Let's take a few more minutes. Rory, you were about to say something. #speaker:counselor
    {
    - flooded("rory"):
        Rory shakes her head and stands up. #move:rory.withdraw
    - else:
        Rory looks at the door.
        Next week. I've got nothing left for tonight. #speaker:rory #move:rory.withdraw
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
    The slow walk through the Friday was good work, and it cost six minutes: slow work pays when the rest of the hour is planned around it. #coach
}
{ counsel_rory_engaged || counsel_mateo_soft:
    Something was reached: a softer feeling said out loud. Naming it at the close would have given them something to carry out of the room. #coach
}
{ counsel_screened != "alone":
    Safety isn't checked yet: contact each separately before next session; if fear or control shows, stop the joint work, plan for safety, refer. #coach
}
The door closes behind them. On the stairs one of them is a few steps ahead of the other; from here you can't tell which. #ending:out_of_time
-> END
