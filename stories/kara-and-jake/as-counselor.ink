// Kara and Jake — as the counselor. The player is a trainee counselor in a couples session
// with both partners, who are simulated. Adapted from the Kara and Jake scene in
// 002_612bd878bc8560af.txt (the Saturday paper, "we're getting along fine", the stonewall),
// with the regulation framing of 000_b7220c8e30255284.txt.
//
// The session is a week after the Saturday of the other two modes, early in the couple's therapy
// (their third session). It follows Johnson's EFT, stage one: de-escalation. Track the cycle,
// reach the soft feelings under the reactive ones, reframe the problem as the cycle. The tempting
// mistakes (take_sides, advise, interpret) cost heat in the room and show in what the partners say.
//
// The partners' words follow the model (state_of / stance_of / received). Time is the clock's: a
// time-out (#move:time_out=20) only starts the break, and its minutes pass on the #time lines that
// tell it; any move before they are up ends the break, and floods a partner still cooling again.
// The story's own flags below only record what the counselor did:
//   counsel_heat      the counselor's share of the heat in the room: a raw restaging and each
//                     mistake add 1; blocking, naming the cycle and psychoeducation take 1 off;
//                     a full twenty quiet minutes clears it. At 2 or more, pressing on loses someone.
//   counsel_mistakes  sides taken, fixes offered, labels given; used in the closing coach lines.
//   counsel_break     "" | "short" (5 minutes) | "full" (twenty quiet minutes really passed).
//   counsel_taught_twenty  the twenty-minute point has been coached once already.
// Endings: walked_out (press on while someone is flooded or the room is too hot; whoever leaves
// is flooded), deadlock (the session ends stuck), break_and_return (twenty quiet minutes and a
// calmer second half), reconnected (a soft feeling said in an enactment is heard by the other).

VAR counsel_kara_opening = ""
VAR counsel_heat = 0
VAR counsel_mistakes = 0
VAR counsel_break = ""
VAR counsel_sided_with = ""
VAR counsel_cycle_named = false
VAR counsel_screened = false
VAR counsel_jake_engaged = false
VAR counsel_kara_soft = false
VAR counsel_taught_twenty = false
VAR counsel_restarted = false
VAR counsel_flooded_at_break = false
VAR counsel_landed = false

=== counsel_start ===
Saturday again, a week later. Ten o'clock, your third session with them. Kara takes the couch. Jake takes the armchair, not the couch.
On the intake form, under what brings you here, Kara wrote one word: Saturdays. Jake left the line blank.
Kara tells you about last Saturday. Maya and Sam were at her sister Lena's, the first free Saturday morning in a month. Jake had been up since six fixing the gutter, and then he was behind the newspaper.
She asked to talk. He said they were getting along fine. She pressed. He went quiet behind the paper until lunch.
Your first job in EFT is de-escalation. Look for the cycle, not a culprit: what each of them does, and what each is protecting. #coach
-> counsel_opening

=== counsel_opening ===
Kara looks at you. Jake looks at the clock.
* [Kara, before the words: what were you feeling, just before you spoke? #move:evoke #to:kara]
    Before we get to who said what. Kara, what were you feeling last Saturday, just before you put your coffee down and spoke? #speaker:counselor
    ~ counsel_kara_opening = "soft"
    You asked for the feeling before the argument. From there a soft start-up can come out: I feel… when… I'd like… #coach
* [Kara, turn to Jake and tell him what you wanted on Saturday. #move:enactment #to:kara]
    Kara, could you turn to Jake and tell him, right now, what you wanted on Saturday? #speaker:counselor
    ~ counsel_kara_opening = "harsh"
    ~ counsel_heat += 1
    An enactment in the first minutes restages the fight, raw. EFT saves enactments for when the cycle is tracked and the softer feelings are in the room. #coach
* [Have you two tried a standing date night? #move:advise]
    Before we dig in: have you two tried a standing date night? Something fixed on the calendar? #speaker:counselor
    ~ counsel_kara_opening = "harsh"
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
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
    Premature problem solving. A date night says the problem is scheduling; Kara hears it's simple and he still won't, Jake hears one more test. #coach
- (opened)
-> counsel_the_dance

=== counsel_the_dance ===
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
    Within minutes the dance is live in the room: Kara reached, Jake retreated, and now Kara has gone cold, which is what a pursuer does after too much reaching that went nowhere. Now you can work with it instead of hearing about it. #coach
  - else:
    Within minutes the dance is live in the room: Kara reaches, Jake retreats, Kara reaches harder. Good. Now you can work with it instead of hearing about it. #coach
}
{ counsel_kara_opening == "harsh":
    Criticism in the first sentence is a harsh start-up, and a harsh start-up predicts how a conversation ends (Gottman). Jake heard a charge, and answered the charge. #coach
  - else:
    I feel… when… I'd like… asks instead of accusing, which gives the other something to answer. Still the old steps came back: a soft opening lowers the heat, but alone it doesn't undo a cycle. #coach
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
Kara said it well: I feel, when, I'd like. It landed on an old bruise: Jake heard a charge. What he heard it against, you don't know yet: ask him. That is what you work with here. It isn't a failure of Kara's, and it isn't a reason to give up on soft start-ups. #coach
* [Slow it down. Jake, what did you hear just then? #move:slow_down]
    Let's slow right down. Kara said she's lonely on Saturdays. Jake, what did you hear? #speaker:counselor
    ~ temp jake_opened = false
    {
    - flooded("jake"):
        Jake shakes his head. Nothing comes. #move:jake.stonewall
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        What I always hear. That I've got it wrong again. #speaker:jake #move:jake.defend
    - else:
        ~ jake_opened = true
        I heard: you're failing. I know that's not what she said. It's what I heard. #speaker:jake #move:jake.share_vulnerable
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
    Slowing a misfire down separates the message sent from the message received: Kara sent lonely, Jake heard failing. Both are real, and the gap between them is where the cycle lives. #coach
* [Name it: she spoke softly, he heard a verdict. The circle did that. #move:name_cycle]
    Can I point to what just happened? Kara, you said that as gently as you know how. Jake, you heard a verdict anyway. #speaker:counselor
    That isn't either of you failing. It's the circle you're in. It turns soft words into charges. #speaker:counselor
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
    Naming the misfire as the cycle's doing keeps both out of the dock: the sentence was good, the hearing has a history, and the pattern is the problem. #coach
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
    Defending the soft start-up makes Kara right and Jake wrong, which is exactly what Jake heard in the first place. A misfire needs understanding on both sides, not a referee. #coach
+ {flooded("kara") || flooded("jake")} [Stop: someone is over the line. Twenty minutes apart, then back. #move:time_out=20]
    -> counsel_flood_pause
- (responded)
-> counsel_loud

=== counsel_track ===
* [Pause them. Name the circle they're in, out loud. #move:name_cycle]
    Can I pause you both? Look at what just happened. Kara reached, Jake went quiet, Kara reached harder, Jake went quieter. #speaker:counselor
    I don't think either of you is the problem. I think that circle is, and it has hold of you both. #speaker:counselor
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
    Naming the cycle externalizes it: the enemy is the pattern, not the partner. It is the first reframe of EFT's de-escalation. #coach
* [Slow it right down. Walk through the last minute, step by step. #move:slow_down]
    Let's slow right down. The last minute, step by step. Kara, what did you see Jake do, just now? #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - stance_of("kara") == "cold":
        Kara shrugs. #move:kara.withdraw
    - stance_of("kara") == "attacking" || flooded("kara"):
        He looked at the window. Like always. Like I'm weather. #speaker:kara #move:kara.criticize
    - else:
        He looked at the window. And then I felt like I was talking to myself again. #speaker:kara #move:kara.share_vulnerable
    }
    And Jake, what did you notice in yourself, just before you looked away? #speaker:counselor
    {
    - flooded("jake"):
        Jake shakes his head. Nothing comes. #move:jake.stonewall
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        She said it like a verdict. So I stopped. #speaker:jake #move:jake.defend
    - else:
        I heard I'd got it wrong again, and I went… blank. Like I'd been caught out. So I stopped talking. #speaker:jake #move:jake.share_vulnerable
    }
    Slowing down is how you track the cycle: what each did, in what order, and what it set off in the other. Slow is the antidote to the speed of reactivity. #coach
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
    Siding with one partner feels like validation, but here it confirms Jake's fear that he's on trial and gives Kara an ally instead of a way to reach him. #coach
* [Jake, what I'm seeing is avoidance. You learned to shut down. #move:interpret #to:jake]
    Jake, what I'm seeing is avoidance. Somewhere along the way you learned feelings aren't safe, so you shut down. #speaker:counselor
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
    A label is an interpretation from outside. It hands the one who pursues a new word to throw and the one who withdraws a verdict. Track what a person does and feels, not what they are. #coach
+ {flooded("kara") || flooded("jake")} [Stop: someone is over the line. Twenty minutes apart, then back. #move:time_out=20]
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
- stance_of("jake") == "present":
    Because if I stay, I'll say something I can't take back. #speaker:jake #move:jake.share_vulnerable
- else:
    Because if I stay it only gets worse. #speaker:jake #move:jake.defend
}
* [It gets loud: see each of them alone for a few minutes, as you do with every couple. #move:screen_safety]
    You said it gets loud. At intake I saw each of you on your own; I'd like a quick word with each of you again, a minute or two. It's routine, not a suspicion. #speaker:counselor
    ~ counsel_screened = true
    You step into the small room with Kara for a brief check-in: since the intake, has anything changed, has she been afraid, threatened, stopped from doing anything? #time:2
    No, she says. She is afraid of what is happening to them, not of him. Then Jake, the same check-in. No, he says. He goes out to the garage so it never gets to that kind of loud. #time:2
    You bring them back in. #time:1
    The full safety screen belongs at intake, with each partner seen alone; after that, when "it gets loud" comes up, a brief private check-in keeps it current. Alone is where a frightened partner can answer: if fear or control appears, stop joint work, plan for safety and refer. #coach
* [So the louder it gets, the farther away the garage gets. #move:reflect]
    So the louder it gets, the farther away the garage gets. And the farther the garage, the louder it gets. #speaker:counselor
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
    { flooded("kara") || flooded("jake"):
        An accurate reflection, but it went to someone over the line, and a flooded body can't take it in. Stop first; reflect when they can hear it. #coach
      - else:
        A good reflection of the cycle. #coach
    }
    { not counsel_screened:
        "It gets loud" is also a cue for the routine safety check, brief and with each of them alone. Nothing here suggests fear; only asking each privately would tell you. #coach
    }
+ {flooded("kara") || flooded("jake")} [Stop: someone is over the line. Twenty minutes apart, then back. #move:time_out=20]
    -> counsel_flood_pause
- (screened)
-> counsel_heat_rises

=== counsel_heat_rises ===
Kara turns back to Jake.
{
- stance_of("kara") == "cold":
    Priya had to tell me about Dev's dinner. I didn't even ask you about it. What would be the point. #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking" || flooded("kara"):
    And Dev's dinner. Priya told me, Jake. Priya. You said yes to Dev and didn't even tell me. #speaker:kara #move:kara.criticize
- else:
    And Dev's dinner. You'd said yes to Dev, and I heard it from Priya. #speaker:kara #move:kara.criticize
}
{
- flooded("jake"):
    Jake's breathing is shallow now. He stares at a point on the wall and says nothing. #move:jake.stonewall #body:jake.flooded
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    Dev rang at eleven at night! I said yes to get off the phone. I was going to tell you. You never let me finish anything. #speaker:jake #move:jake.blame
- else:
    Dev rang, and I said yes to get off the phone, and then I forgot. I was going to tell you. #speaker:jake #move:jake.defend
}
{
- stance_of("kara") == "cold":
    Kara looks out of the window. #move:kara.withdraw
- stance_of("kara") == "attacking" || state_of("kara") == "escalated" || flooded("kara"):
    You forgot. There's always something ahead of me in the queue. #speaker:kara #move:kara.blame
- else:
    You forgot to tell me, Jake. That's the part. #speaker:kara #move:kara.criticize
}
{
- stance_of("kara") == "cold":
    Kara has gone quiet and hard.
- state_of("kara") == "flooded":
    Kara's voice is up now, fast and high. #body:kara.flooded
- state_of("kara") == "escalated":
    Kara's voice is up now, quick and sharp. #body:kara.hot
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
    Blocking interrupts escalation before it does damage. It isn't silencing anyone; it protects the conversation they both came here to have. #coach
* [Explain flooding: the silence is a body over the line, not indifference. #move:psychoeducation]
    Can I tell you what I think is happening in your bodies? Past about a hundred beats a minute, it gets very hard to take in what the other says. #speaker:counselor
    Jake, I think that's what the silence is. Not indifference: flooding. It takes about twenty minutes to come down. Kara, when he goes quiet, your alarm rings louder. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - flooded("jake"):
        Jake nods once. He can't find words, which seems to prove the point. #move:jake.withdraw
    - else:
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
    { flooded("kara") || flooded("jake"):
        The content is right, but you explained flooding to someone who is flooded: a body over the line can't take in a lecture. Stop the talk first; explain it once they have come down. #coach
      - else:
        Psychoeducation reframes stonewalling as flooding, not indifference (Gottman), and it names the alarm on the other side too: the cycle, not a culprit. #coach
    }
    ~ counsel_taught_twenty = true
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
    Siding with the one who withdraws abandons the one who pursues: the protest gets louder or goes cold, and the cycle spins faster. It doesn't even help Jake. Stay on both sides of the cycle. #coach
+ {flooded("kara") || flooded("jake")} [Stop: someone is over the line. Twenty minutes apart, then back. #move:time_out=20]
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
    The room is tense, but they are both still here, and still talking.
    Read the room before you choose: tense is workable, flooded is not. #coach
}
* [Call a real time-out: twenty minutes apart, then come back. #move:time_out=20]
    I'd like us to stop for twenty minutes. Kara, the waiting room; Jake, the small room across the corridor. Not to get away from each other. To let your bodies settle. #speaker:counselor
    I'll come and get you both in twenty minutes. #speaker:counselor
    { not flooded("kara") && not flooded("jake"):
        Nobody was flooded: a twenty-minute time-out now costs a third of the hour. When the room is only tense, slowing down or a minute of paced breathing together often does the job. #coach
    }
    -> counsel_time_out
* [Take five minutes for water, then carry on. #move:time_out=5]
    Let's take five. Get some water, stretch, and we'll pick up where we left off. #speaker:counselor
    -> counsel_short_break
* [Keep going. Jake, what's happening for you right now? #move:evoke #to:jake]
    Let's stay with this. Jake, what's happening for you right now? #speaker:counselor
    -> counsel_press_on

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
{ counsel_taught_twenty:
    Five minutes is a breather, not a reset: a short pause often ends with both picking up exactly where they were. #coach
  - else:
    Five minutes is a breather, not a reset. A flooded body needs about twenty minutes to come down (Gottman), so a short pause often ends with both picking up exactly where they were. #coach
    ~ counsel_taught_twenty = true
}
* [Make it a proper twenty minutes after all. #move:time_out=20]
    Actually, let's make this a real break. Twenty minutes, separate rooms. Kara, the waiting room; Jake, the small room across the corridor. I'll come and get you both. #speaker:counselor
    -> counsel_time_out
* [Carry on. Jake, what's happening for you right now? #move:evoke #to:jake]
    Let's carry on. Jake, what's happening for you right now? #speaker:counselor
    -> counsel_press_on

=== counsel_press_on ===
{ counsel_heat >= 2 || flooded("jake") || flooded("kara"):
    -> counsel_walk_out
}
You stayed with it, and it held: tense, not flooded. Pressing on works only while both of them can still think. #coach
-> counsel_jake_inside.answer

=== counsel_time_out ===
// The time-out started on the choice (#move:time_out=20). Its minutes pass on the #time lines
// below, with nobody making a move; a move before the twenty are up ends it.
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
{ stance_of("kara") != "cold":
    -> knock_at_door
}
-> back_too_soon

= knock_at_door
The waiting-room door opens. Kara is in the corridor outside Jake's door, her hand half raised to knock.
She wants to say one thing to him, she whispers. Just one sentence, and then she'll sit down.
* [Not yet. Hold the twenty minutes; you'll fetch them both. #move:time_out=20]
    Not yet. Twelve more minutes. I'll come and get you both, I promise. #speaker:counselor
    Kara looks at the door a moment longer, then goes back to the waiting room.
    Twelve minutes later, you knock on both doors. #time:12
    -> both_back
* [Let her say her one sentence, slowly. It might settle them both. #move:slow_down #to:kara]
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
{ state_of("jake") == "flooded" || state_of("kara") == "flooded":
    One sentence through a door is still talk during the break, however it is meant. A body still cooling hears the fight starting again, and its recovery starts over from nothing. #coach
  - else:
    Nobody was flooded, so one sentence did little harm this time. But the break is over now, for both of them. #coach
}
* [Start the twenty minutes again, from now. #move:time_out=20]
    Kara, back to your chair, please. Jake, stay where you are. Twenty minutes from now I'll come and get you both. #speaker:counselor
    ~ counsel_restarted = true
    Kara sits in the waiting room with her coat on, as if she might leave, and doesn't. #time:10
    Jake sits on the edge of the table in the small room, elbows on his knees, and at last he stops watching the door. #time:10
    -> both_back
* [Bring them both back in and carry on. Jake, what's happening for you right now? #move:evoke #to:jake]
    Come back in, both of you. Jake, what's happening for you right now? #speaker:counselor
    -> counsel_press_on

= back_too_soon
Jake is back at your door. He's fine now, he says. Can they just get on with it? #time:2
{ flooded("jake"):
    His face says otherwise: pale, his jaw tight. #body:jake.stirred
}
* [Not yet. Send him back for the rest of the twenty. #move:time_out=20]
    Not yet. Ten more minutes. Give yourself the whole twenty; I'll come and get you both. #speaker:counselor
    Jake goes back to the small room. Ten minutes later, you knock on both doors. #time:10
    -> both_back
* [Take him at his word. Bring Kara in and carry on. #move:evoke #to:jake]
    All right. You fetch Kara from the waiting room, and she sits down at the far end of the couch.
    Jake, what's happening for you right now? #speaker:counselor
    -> counsel_press_on

= both_back
~ counsel_break = "full"
~ counsel_heat = 0
~ temp kara_misheard = false
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
- else:
    I'm sorry too. I went at you about the dinner. #speaker:kara #move:kara.own_part
}
{ kara_misheard:
    The bodies have come down, and still Kara heard the apology as a promise about to be broken: history talking, not this minute. Calm doesn't guarantee a good hearing; it makes one possible. #coach
  - else:
    Notice the second half: the bodies have come down, and now there's room to reach. Calm is the precondition for anything deeper. #coach
}
-> counsel_jake_inside

=== counsel_flood_pause ===
// A time-out called the moment someone floods: twenty quiet minutes, then the second half.
~ counsel_flooded_at_break = true
I'd like us to stop here, for twenty minutes. Kara, the waiting room; Jake, the small room across the corridor. I'll come and get you both. #speaker:counselor
{ not counsel_taught_twenty:
    Someone is over the line, and nothing said now will land. A time-out is a break, not an exit: about twenty minutes apart (a flooded body needs that long to come down), something to do that doesn't rehearse the fight, and a set time to come back. #coach
    ~ counsel_taught_twenty = true
}
Kara sits by the magazines and turns the pages of one without reading them. #time:10
Across the corridor Jake stands at the window, watching the buses pull in below. Twenty minutes after you closed the doors, you knock on both. #time:10
-> counsel_time_out.both_back

=== counsel_late_time_out ===
// A time-out called late in the hour: twenty quiet minutes, then a calm close instead of more work.
~ counsel_flooded_at_break = true
~ counsel_break = "full"
~ counsel_heat = 0
Let's stop here. Twenty minutes apart, and then we'll finish together, calmly. Nothing more has to be solved today. #speaker:counselor
Kara waits by the magazines; Jake in the small room across the corridor. Neither of them talks to anyone. #time:10
The light moves across the waiting-room floor. Twenty minutes after the doors closed, you bring them back in. #time:10
When someone floods late in the session, stop: a calm close is worth more than one more intervention. #coach
-> counsel_close_stuck

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
    -> second_round
}
-> leaving
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
The rest of the hour goes by in short, careful answers. #time:12
-> counsel_end_deadlock
= jake_leaves
{
- state_of("jake") == "flooded":
    Jake stands up so fast he knocks the side table.
    I can't do this. Not today. #speaker:jake #move:jake.withdraw
- else:
    Jake stands and picks up his coat.
    I'm done. I'm not doing this in front of an audience. #speaker:jake #move:jake.withdraw
}
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
-> debrief
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
What you do next matters too: don't go on processing the absent partner with the one who stayed. Close the session, and contact both of them, separately, before next week. #coach
The session ends early, with one seat empty. #ending:walked_out
-> END

=== counsel_jake_inside ===
Jake is looking at his hands.
* [Jake, when you go quiet, what's happening inside? I'm guessing it isn't nothing. #move:evoke #to:jake]
    Jake, when Kara says we need to talk and you go quiet, what happens inside you? I'm guessing it isn't nothing. #speaker:counselor
    -> answer
* [Jake, it makes sense you'd go quiet when every Saturday feels like a test. #move:validate #to:jake]
    Jake, it makes sense to me that you'd go quiet. If every Saturday feels like a test, silence is at least safe. #speaker:counselor
    {
    - not flooded("jake"):
        A test. Yeah. That's exactly what it is. #speaker:jake #move:jake.turn_toward
    }
    Validation makes a withdrawn partner safe enough to speak. It doesn't mean Kara is wrong; it means Jake's move makes sense from where Jake sits. #coach
    -> answer
* [Jake, a simple fix: paper down by ten, ask Kara about her week. #move:advise]
    Here's something simple to try, Jake. Paper down by ten on Saturdays, and ask Kara about her week. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
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
    A rule handed to the one who withdraws becomes one more test to fail, and Kara hears that it all depends on Jake. Reach the feeling under the silence first; behaviour follows. #coach
    -> counsel_reframe
+ {flooded("kara") || flooded("jake")} [Stop: someone is over the line. Twenty minutes apart, then close. #move:time_out=20]
    -> counsel_late_time_out
- (answer)
{
- flooded("jake"):
    Jake opens his mouth and closes it again.
    I don't know. I can't… not right now. #speaker:jake #move:jake.withdraw
    {
    - stance_of("kara") == "attacking":
        See? That's the wall. #speaker:kara #move:kara.criticize
    - else:
        Kara watches him, waiting, and the waiting goes on too long. #move:kara.withdraw
    }
    You reached for the feeling, but Jake is flooded, and a body over a hundred beats has no words for it. Evocation needs a calmer room. #coach
- else:
    {
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        I know whatever I say will be wrong. So why say it. #speaker:jake #move:jake.defend
        { flooded("jake"):
            He stops there, jaw tight, as if that sentence used up everything he had. #body:jake.stirred
          - else:
            It's not that I don't care. I just never know the right answer. #speaker:jake #move:jake.share_vulnerable
        }
    - else:
        ~ counsel_jake_engaged = true
        It's like I'm failing a test I can't see. At work there's a review, since the merger. Every week I wait to find out if I've failed that one too. #speaker:jake #move:jake.share_vulnerable
        And then it's Saturday and there's a question, and whatever I say is wrong. So I go quiet. Quiet at least keeps the peace. I know it leaves her on her own with it. #speaker:jake #move:jake.own_part
    }
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
    {
    - counsel_jake_engaged && received("kara") != "misread" && stance_of("kara") != "cold" && stance_of("kara") != "attacking" && not flooded("kara"):
        A first glimpse of what will matter most later in EFT: under Jake's silence is a fear of failing, at work and with Kara, not indifference. Early in therapy it is enough that it is said, and heard. #coach
    - counsel_jake_engaged:
        Jake said something new: a fear of failing, at work and with Kara. Kara couldn't take it in yet. It is said; being heard can come later. #coach
    - else:
        Jake answered, but from behind the defence: what is under the silence hasn't come out yet. Don't put it into words for him. #coach
    }
}
-> counsel_reframe

=== counsel_reframe ===
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
        I don't want to be the enemy. I'm just scared of the quiet. #speaker:kara #move:kara.share_vulnerable
    }
    {
    - flooded("kara") || flooded("jake"):
        The reframe is sound, but someone is over the line and can't take it in. It will keep; their bodies won't. #coach
    - counsel_jake_engaged:
        The EFT reframe, offered as a guess, built on what Jake said: the problem is the cycle, and each move makes sense as protection. Once both see it, they can fight the pattern together instead of each other. #coach
    - else:
        The reframe stays with what you saw, the steps and not what's inside them: nobody has said their fear yet, so don't say it for them. The problem is the cycle. #coach
    }
* [Propose a fair split: Saturday mornings together, afternoons his. #move:advise]
    What if you split the day? Saturday mornings are for the two of you, and the afternoons are Jake's, paper and all. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
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
    Compromise before understanding. Jake agrees to get out of the hot seat; Kara hears that closeness has to be booked. Solutions stick after de-escalation, not instead of it. #coach
+ {flooded("kara") || flooded("jake")} [Stop: someone is over the line. Twenty minutes apart, then close. #move:time_out=20]
    -> counsel_late_time_out
- (reframed)
-> counsel_kara_inside

=== counsel_kara_inside ===
{
- state_of("kara") == "flooded":
    Kara is sitting very straight, her jaw tight, her eyes bright. #body:kara.flooded
- stance_of("kara") == "attacking":
    Kara is sitting very straight, her eyes bright.
- else:
    You turn to Kara. She is waiting, and it is a different waiting from Jake's quiet.
}
* [Kara, under the question about time together, what's the scared part? #move:evoke #to:kara]
    Kara, underneath the question about time together, what's the part of you that's scared? #speaker:counselor
    -> answer
* [Kara, it makes sense you reach harder when he goes quiet. Maybe there's a fear in it? #move:validate #to:kara]
    Kara, it makes sense you'd reach harder when he goes quiet. I wonder if some of it is fear, of losing him a little at a time. Am I close? #speaker:counselor
    {
    - not flooded("kara") && stance_of("kara") != "attacking":
        Yes. #speaker:kara #move:kara.turn_toward
    }
    Validation tells a pursuing partner that the reaching makes sense. Feeling understood is what lets the fear under the anger come forward. #coach
    -> answer
* [Kara, I think your pursuing comes from an anxious attachment. #move:interpret #to:kara]
    Kara, I wonder if your pursuing comes from an anxious attachment. An old fear of being left, showing up here. #speaker:counselor
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
    { flooded("jake"):
        An attachment label, however apt, lands as a verdict: jargon, and a move into the past, away from the feeling in the room. Kara hears that her loneliness is a symptom. Evoke the feeling; let Kara name it. #coach
      - else:
        An attachment label, however apt, lands as a verdict: jargon, and a move into the past, away from the feeling in the room. Kara hears that her loneliness is a symptom, and Jake came to her defence against you. Evoke the feeling; let Kara name it. #coach
    }
    -> counsel_enact
+ {flooded("kara") || flooded("jake")} [Stop: someone is over the line. Twenty minutes apart, then close. #move:time_out=20]
    -> counsel_late_time_out
- (answer)
{
- flooded("kara"):
    I can't… I'm so tired of asking. I don't even know what I'm scared of anymore. #speaker:kara #move:kara.withdraw
    The anger is still guarding the fear, and Kara is too flooded to find it. Don't chase it; it comes when the room feels safer. #coach
- stance_of("kara") == "attacking":
    Scared? I'm not scared. I'm angry. #speaker:kara #move:kara.defend
    The anger is still guarding the fear. Don't fight it; it comes when the room feels safer. #coach
- else:
    ~ counsel_kara_soft = true
    That we're turning into flatmates. That one day I'll stop asking, and get used to being on my own, and he won't even notice. #speaker:kara #move:kara.share_vulnerable
    {
    - flooded("jake"):
        Jake swallows. He can't look up. #move:jake.withdraw
    - received("jake") == "misread":
        I'd notice. You make it sound like I'm already gone. #speaker:jake #move:jake.defend
        Kara meant I'm scared; Jake heard you're leaving her: the history again. It's still in the room, and you can come back to it. #coach
    - else:
        Jake looks up at her as if he has never heard this before. #move:jake.turn_toward
    }
    Under Kara's criticism, the fear of losing Jake. A pursuer's anger is protest at disconnection (Johnson). #coach
}
-> counsel_enact

=== counsel_enact ===
{
- counsel_restarted:
    The break ran twice over. The hour is gone, and you are into overtime.
- counsel_break == "full":
    The break took twenty minutes of the hour. What's left is short.
- else:
    Most of the hour has gone.
}
* [Jake, turn to Kara and tell her what you told me. #move:enactment #to:jake]
    Jake, could you turn to Kara and tell her what you told me? Not to me. To her. And what you'd like. #speaker:counselor
    -> jake_reaches
* [Kara, turn to Jake and tell him what you're afraid of. #move:enactment #to:kara]
    Kara, could you turn to Jake and tell him what you're afraid of, and what you need from him? #speaker:counselor
    -> kara_first
* [Wrap up with homework: fifteen minutes of talk every evening. #move:advise]
    Let's end with some homework. Fifteen minutes of talking every evening, phones off. Can you both commit to that? #speaker:counselor
    ~ counsel_mistakes += 1
    {
    - stance_of("kara") == "cold":
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
    They both nod. Neither looks at the other.
    Homework set before the soft feelings have met each other is going through the motions. The pattern will eat those fifteen minutes by Thursday. #coach
    -> counsel_close_stuck
+ {flooded("kara") || flooded("jake")} [Not today: slow down and close safely. #move:slow_down]
    -> counsel_close_safely

= jake_reaches
{ counsel_jake_engaged && counsel_heat <= 1 && not flooded("jake"):
    Jake turns in his seat, toward her.
    When I'm behind the paper, it isn't that I don't want you. I'm scared of getting it wrong again. I should have told you how bad work is. #speaker:jake #move:jake.share_vulnerable
    { flooded("jake"):
        His voice gives out there. He looks at her, and the rest won't come.
        Saying it out loud cost more than Jake's body had just now: he's flooded. After a break he can finish the sentence. #coach
        -> counsel_close_stuck
    }
    I'd like Saturdays back. Tell me straight when you need me, and I'll put the paper down. I want to. #speaker:jake #move:jake.ask_closeness
    {
    - flooded("kara"):
        Kara's eyes fill. She holds on to the arm of the couch. #body:kara.stirred
        I can't… not now. I can't take it in. #speaker:kara #move:kara.withdraw
        Jake stays turned toward her, waiting.
        { counsel_taught_twenty:
            Jake reached, and meant it. But Kara is flooded, and a body over the line can't let in even the words it has waited for. A break first; then this can land. #coach
          - else:
            Jake reached, and meant it. But Kara is flooded, and a body over the line can't let in even the words it has waited for. Twenty minutes first (the time a flooded body needs); then this can land. #coach
            ~ counsel_taught_twenty = true
        }
        -> counsel_close_stuck
    - received("kara") == "misread":
        Tell you straight. As if I haven't been telling you straight for months. #speaker:kara #move:kara.defend
        {
        - flooded("jake"):
            Jake's face falls. He looks at the rug. #move:jake.withdraw
            Jake's offer landed on Kara's months of waiting, and the sting flooded him before he could stay. That is the cycle, not the end of it. #coach
            -> counsel_close_stuck
        }
        You have. I know you have. I'm saying I'll hear it now. #speaker:jake #move:jake.repair
        Kara heard Jake's offer as one more charge: months of waiting heard it first. Jake stayed turned toward her, and staying is the repair. #coach
        {
        - flooded("kara") || stance_of("kara") == "attacking":
            Kara looks at him a long time and says nothing. #move:kara.withdraw
            -> counsel_close_stuck
        }
        Kara looks at him a long time.
        { state_of("kara") == "escalated":
            Maybe. I've heard "I'll put it down" before. #speaker:kara #move:kara.criticize
            Jake reached, and Kara, still hot, kept her guard up. That's not a failure: trust comes back slower than words, and next week can start here. #coach
            -> counsel_close_stuck
        }
        I want to believe that. I think I do. #speaker:kara #move:kara.turn_toward
        I can ask you straight. Without the speech first. #speaker:kara #move:kara.own_part
    - stance_of("kara") == "cold" || stance_of("kara") == "attacking":
        Kara looks at him a long time.
        { state_of("kara") == "escalated":
            Maybe. I've heard "I'll put it down" before. #speaker:kara #move:kara.criticize
            Jake reached, and Kara, still hot, kept her guard up. That's not a failure: trust comes back slower than words, and next week can start here. #coach
            -> counsel_close_stuck
        }
        I want to believe that. I think I do. #speaker:kara #move:kara.turn_toward
        I can ask you straight. Without the speech first. #speaker:kara #move:kara.own_part
    - else:
        I thought the paper was where you went to get away from me. I'm so lonely on Saturdays, Jake. #speaker:kara #move:kara.share_vulnerable
        I don't need a hearing. I just need you to look up. And I can ask you straight, without the speech first. #speaker:kara #move:kara.own_part
    }
    {
    - flooded("jake"):
        Jake nods. He can't say more just now, but he doesn't look away. #move:jake.withdraw
        -> counsel_close_stuck
    }
    Then I'll answer straight. #speaker:jake #move:jake.turn_toward
    -> counsel_end_reconnected
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
    - not counsel_jake_engaged:
        An enactment asks a partner to say to the other what they have already found with you. Jake hadn't found it yet. Evoke first, then enact. #coach
    - counsel_heat >= 2:
        Too much heat in the room for a risk like this. Reaching is a risk, and nobody takes it while still braced. #coach
    - else:
        Jake had found the words, but he's flooded now, and nobody can reach from a body over the line. Calm first, then the enactment. #coach
    }
    -> counsel_close_stuck
}

= kara_first
// An early enactment can start from either side when the room is calm and the feeling is found;
// Johnson's withdrawer-first order governs the later softening, not every stage-one enactment.
{
- counsel_kara_soft && counsel_heat <= 1 && not flooded("kara") && state_of("kara") != "escalated":
    Kara turns to him. It takes her a moment.
    I'm scared we're turning into flatmates, Jake. I miss you. I don't need a hearing. I just need you to look up sometimes. #speaker:kara #move:kara.share_vulnerable
    {
    - flooded("jake"):
        Jake looks at her, then at the floor. The words don't come. #move:jake.stonewall
        Kara reached from a soft place, but Jake is flooded, and nothing lands in a body over the line. Calm first. #coach
        -> counsel_close_stuck
    - received("jake") == "misread":
        I do look up. I'm looking up right now. #speaker:jake #move:jake.defend
        Kara spoke from the fear, and Jake still heard a charge: the history got there first. In a calm room that is still workable, but not in the minutes that are left. #coach
        -> counsel_close_stuck
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        I'm trying. I'm here, aren't I? #speaker:jake #move:jake.defend
        Kara spoke from the fear, but Jake was still braced and heard pressure. Not the wrong words, and not the wrong order: the wrong moment. Bring the heat down first. #coach
        -> counsel_close_stuck
    - counsel_jake_engaged:
        I thought you were angry with me. Not scared. #speaker:jake #move:jake.turn_toward
        I'm scared too. Of getting it wrong. Of work. I should have told you. #speaker:jake #move:jake.share_vulnerable
        {
        - flooded("kara"):
            Kara nods, and can't speak yet. #move:kara.withdraw
            -> counsel_close_stuck
        - received("kara") == "misread":
            You should have. #speaker:kara #move:kara.criticize
            -> counsel_close_stuck
        }
        Then tell me. I'd rather know. I'd rather be scared with you than on my own. #speaker:kara #move:kara.turn_toward
        Kara went first, and in a calm room it worked: each spoke from a softer feeling already found with you, and each was heard. #coach
        -> counsel_end_reconnected
    - else:
        I didn't know you were scared. I thought you were angry. #speaker:jake #move:jake.turn_toward
        ~ counsel_landed = true
        Kara went first from a soft place, and it landed: Jake heard the fear, not a charge. He hasn't found his own yet, so it is one-sided for now, and in a third session that is enough. #coach
        // After a full time-out the hour is spent: the close decides between break_and_return and deadlock.
        { flooded("kara") || flooded("jake") || counsel_break == "full":
            -> counsel_close_stuck
        }
        -> counsel_end_reconnected
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
      - counsel_kara_soft:
        The room was too hot for it: Kara's need came out as a demand, and Jake heard the old test. An enactment works from a calm room and a feeling already found. #coach
      - flooded("kara"):
        Kara is over the line, and from there a need comes out as a demand; Jake heard the old test. Calm first, then the enactment. #coach
      - else:
        Kara hadn't found the fear under the anger yet, so the need came out as a demand, and Jake heard the old test. Evoke first, then enact. #coach
    }
    -> counsel_close_stuck
}

=== counsel_close_stuck ===
// A full break earns break_and_return only if the second half stayed calmer.
{ counsel_break == "full" && counsel_heat < 2 && not flooded("kara") && not flooded("jake"):
    -> counsel_end_break_and_return
}
-> counsel_end_deadlock

=== counsel_close_safely ===
Let's not do any more today. I'd like us to breathe together for a minute or two: in for four, out for six. Just that. #speaker:counselor
They breathe. Nobody talks. The traffic goes by under the window. #time:5
When someone is over the line near the end, stop the work and close with regulation: nobody should leave a session flooded. #coach
-> counsel_close_stuck

=== counsel_end_deadlock ===
{ counsel_restarted:
    You're over time, and you say so. Kara says she'll book next week. Jake says sure. #time:5
  - else:
    You bring the session to a close. Kara says she'll book next week. Jake says sure. #time:5
}
{
- flooded("kara"):
    Kara is still pale, her breathing quick. She gets her coat on without looking at either of you. #body:kara.stirred
    At the door Jake holds it open for her. She goes through without a word.
    Kara is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation (slow breathing, a few quiet minutes, a time set for next week) so nobody carries the fight out of the room. #coach
- flooded("jake"):
    Jake is on his feet first, coat already on, eyes on the stairs. Kara follows him out. #body:jake.stirred
    Jake is leaving still over the line. Don't end a session with a partner flooded: stop the work early and close with regulation, so nobody carries the fight out of the room. #coach
- else:
    At the door he holds it open for her, and she thanks him. Polite, careful, far apart.
}
{ counsel_jake_engaged:
    Deadlock. Something moved: Jake found words for his silence. But it never crossed the room to Kara, and the cycle left with them. #coach
  - else:
    Deadlock: nothing blew up, and nothing moved. The cycle walked out of the room intact. #coach
}
{ counsel_break == "full" && counsel_flooded_at_break:
    The time-out worked: they came back calmer. Then the second half heated up again, and the calm was spent before anyone could reach. #coach
}
{ counsel_mistakes > 0:
    Count the fixes, sides and labels you offered: each one took the session away from the feelings under the cycle. #coach
}
The EFT order in de-escalation: track the cycle, bring out the feeling under each one's move, and let each say it to the other from a calm room. #coach
They walk to the car without talking. The rest of the Saturday is ahead of them. #ending:deadlock
-> END

=== counsel_end_break_and_return ===
{ counsel_restarted:
    You're over time, and you say so. Nobody raised their voice again, and nobody left. #time:5
  - else:
    The rest of the session stays calmer. Nobody raises their voice, and nobody leaves. #time:5
}
{ counsel_break == "full":
    Before you go: remember what we did today. Twenty minutes apart, a time to come back, and you both came back. You can do that at home too. #speaker:counselor
  - else:
    Before you go: remember how it went in here when we slowed down. It can go that way at home too. #speaker:counselor
}
{
- flooded("kara") || stance_of("kara") == "cold" || stance_of("kara") == "attacking":
    If he comes back. #speaker:kara #move:kara.criticize
- else:
    Twenty minutes. Then back. I can do that. #speaker:kara #move:kara.turn_toward
}
{
- flooded("jake"):
    Jake nods. #move:jake.withdraw
- received("jake") == "misread":
    Then back. You say it like I never come back. #speaker:jake #move:jake.defend
- else:
    I can do the twenty. It's the coming back I need to practise. #speaker:jake #move:jake.own_part
}
{ counsel_flooded_at_break:
    Break and return: the time-out did its work. Bodies calmer, nobody walked out. #coach
  - else:
    Break and return: calmer bodies, nobody walked out. But nobody was flooded when you called the time-out, so it cost twenty minutes the session could have used. #coach
}
{ counsel_landed:
    And Kara's fear landed with Jake: a start. Next week it can cross the room both ways. #coach
  - else:
    The soft feelings didn't yet meet in an enactment; that's often what a good early session looks like. #coach
}
{ counsel_mistakes > 0:
    Count the fixes, sides and labels too: each one added heat or pulled the session away from the feelings under the cycle. #coach
}
They leave together, a little less far apart than they came. #ending:break_and_return
-> END

=== counsel_end_reconnected ===
What just happened: one of you reached, and the other let it in. That's the circle running the other way. #speaker:counselor
Reaching each other, for a few minutes: a fear said out loud, and an answer instead of a retreat. In a third session that is a real step, not a finished change: the cycle will come back, and now they have this to remember when it does. #coach
{ counsel_break == "full" && counsel_flooded_at_break:
    The time-out made it possible. Nobody can reach from a flooded body. #coach
}
{ counsel_mistakes > 0:
    It happened despite the fixes, sides and labels you offered on the way: each one added heat, and the couple did the reaching anyway. Notice them for next time. #coach
}
{ not counsel_screened:
    One thing to add next time: when "it gets loud" comes up, see each of them briefly alone for the routine safety check-in. #coach
}
{
- counsel_restarted || counsel_break == "full":
    You are at the end of the hour. You let it sit for a moment, and then you let them go. #time:3
- else:
    You spend the rest of the hour slowing it down: what each of them did, and what it was like to be answered. #time:12
}
On the stairs, Jake asks if she wants to get lunch somewhere, just the two of them. Kara says yes before he has finished asking. #ending:reconnected
-> END
