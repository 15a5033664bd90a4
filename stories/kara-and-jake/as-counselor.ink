// Kara and Jake — as the counselor. The player is a trainee counselor in a couples session
// with both partners, who are simulated. Adapted from the Kara and Jake scene in
// 002_612bd878bc8560af.txt (the Saturday paper, "we're getting along fine", the stonewall),
// with the regulation framing of 000_b7220c8e30255284.txt.
//
// The session follows Johnson's EFT: de-escalation first. Track the cycle, reach the soft
// feelings under the reactive ones, reframe the problem as the cycle; the withdrawer (Jake)
// re-engages before the pursuer (Kara) softens. The tempting mistakes (take_sides, advise,
// interpret) cost heat in the room and show in what the partners say.
//
// The partners' words follow the model (state_of / stance_of). The story's own flags below only
// record what the counselor did, so every ending is reachable by choices alone:
//   counsel_heat      the counselor's share of the heat in the room: a raw restaging and each
//                     mistake add 1; blocking, naming the cycle and psychoeducation take 1 off;
//                     a full 20-minute time-out clears it. At 2 or more, pressing on loses someone.
//   counsel_mistakes  sides taken, fixes offered, labels given; used in the closing coach lines.
//   counsel_break     "" | "short" (5 minutes) | "full" (20 minutes).
// Endings: walked_out (press on while someone is flooded or the room is too hot; whoever leaves
// is flooded), deadlock (the session ends stuck),
// break_and_return (a full time-out and a calmer second half), reconnected (Jake reaches in an
// enactment and Kara softens).

VAR counsel_kara_opening = ""
VAR counsel_heat = 0
VAR counsel_mistakes = 0
VAR counsel_break = ""
VAR counsel_sided_with = ""
VAR counsel_cycle_named = false
VAR counsel_screened = false
VAR counsel_jake_engaged = false
VAR counsel_kara_soft = false

=== counsel_start ===
Tuesday, six o'clock, your third session with them. Kara takes the couch. Jake takes the armchair, not the couch.
On the intake form Kara wrote one word: Saturdays. Jake left the line blank.
Kara tells you it happened again. Saturday breakfast, she asked to talk. Jake said they were getting along fine. She pressed. He went quiet behind the paper until lunch.
Your first job in EFT is de-escalation. Look for the cycle, not a culprit: what each of them does, and what each is protecting. #coach
-> counsel_opening

=== counsel_opening ===
Kara looks at you. Jake looks at the clock.
* [Kara, turn to Jake and tell him what you wanted on Saturday. #move:enactment #to:kara]
    Kara, could you turn to Jake and tell him, right now, what you wanted on Saturday? #speaker:counselor
    ~ counsel_kara_opening = "harsh"
    ~ counsel_heat += 1
    An enactment in the first minutes restages the fight, raw. EFT saves enactments for when the cycle is tracked and the softer feelings are in the room. #coach
* [Kara, before the words: what were you feeling, just before you spoke? #move:evoke #to:kara]
    Before we get to who said what. Kara, what were you feeling on Saturday, just before you put your coffee down and spoke? #speaker:counselor
    ~ counsel_kara_opening = "soft"
    You asked for the feeling before the argument. From there a soft start-up can come out: I feel… when… I'd like… #coach
* [Have you two tried a standing date night? #move:advise]
    Before we dig in: have you two tried a standing date night? Something fixed on the calendar? #speaker:counselor
    ~ counsel_kara_opening = "harsh"
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - state_of("kara") == "escalated" || state_of("kara") == "flooded":
        We tried. He brought the newspaper to the restaurant. #speaker:kara #move:kara.blame
    - else:
        We tried, in March. He read the sports pages on his phone between courses. #speaker:kara #move:kara.blame
    }
    {
    - state_of("jake") == "flooded":
        Jake stares at the rug. He doesn't answer. #move:jake.stonewall
    - else:
        Once. It was the last night of the playoffs. #speaker:jake #move:jake.defend
    }
    Premature problem solving. A date night says the problem is scheduling; Kara hears it's simple and he still won't, Jake hears one more test. #coach
- (opened)
-> counsel_the_dance

=== counsel_the_dance ===
{ counsel_kara_opening == "harsh":
    Kara turns to Jake.
    {
    - state_of("kara") == "escalated" || state_of("kara") == "flooded":
        Why are we never together anymore? How are we supposed to get along if you won't work on anything? #speaker:kara #move:kara.blame
    - else:
        Let's talk about why we're not spending time together anymore. How can we get along if we don't work on our problems? #speaker:kara #move:kara.criticize
    }
    {
    - state_of("jake") == "flooded":
        Jake looks at the carpet. He says nothing. #move:jake.stonewall
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        Here we go. Every Saturday is a hearing, and now Tuesdays too. #speaker:jake #move:jake.defend
    - else:
        I'm not sure what problems you're talking about. We're getting along fine. #speaker:jake #move:jake.dismiss
    }
  - else:
    Kara is quiet for a moment.
    {
    - state_of("kara") == "flooded":
        Kara starts to answer and has to stop. Her breath catches.
        Shut out. Behind that paper, every week. #speaker:kara #move:kara.criticize
    - state_of("kara") == "escalated":
        Angry. Lonely under that. I feel shut out when the paper goes up, and I'd like him to put it down. #speaker:kara #move:kara.soft_startup
    - else:
        Lonely, I think. I feel lonely on Saturdays when he's behind the paper. I'd like one hour that's just us. #speaker:kara #move:kara.soft_startup
    }
    {
    - state_of("jake") == "flooded":
        Jake looks at the carpet. He says nothing. #move:jake.stonewall
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
- stance_of("kara") == "attacking" || state_of("kara") == "flooded":
    This is what he does. He'd call it fine if the house was on fire. #speaker:kara #move:kara.contempt
- counsel_kara_opening == "harsh":
    See? This is what happens. We haven't had a real conversation since Easter, Jake. #speaker:kara #move:kara.criticize
- else:
    It's not the paper. I miss you. That's all I keep trying to say. #speaker:kara #move:kara.bid
}
{
- state_of("jake") == "flooded":
    Jake's jaw sets. He is looking at the bookshelf as if it were the exit. #move:jake.stonewall
- else:
    Jake looks at the window. Whatever he was going to say, he doesn't. #move:jake.withdraw
}
Within minutes the dance is live in the room: she reaches, he retreats, she reaches harder. Good. Now you can work with it instead of hearing about it. #coach
{ counsel_kara_opening == "harsh":
    Criticism in the first sentence is a harsh start-up, and a harsh start-up predicts how a conversation ends (Gottman). Jake heard a charge, and answered the charge. #coach
  - else:
    I feel… when… I'd like… asks instead of accusing, which gives Jake something he can answer. Still the old steps came back: a soft opening lowers the heat, but alone it doesn't undo a cycle. #coach
}
-> counsel_track

=== counsel_track ===
* [Pause them. Name the circle they're in, out loud. #move:name_cycle]
    Can I pause you both? Look at what just happened. Kara reached, Jake went quiet, Kara reached harder, Jake went quieter. #speaker:counselor
    I don't think either of you is the problem. I think that circle is, and it has hold of you both. #speaker:counselor
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - state_of("jake") == "flooded":
        Jake nods, barely. He doesn't look up. #move:jake.withdraw
    - stance_of("jake") == "defending" || state_of("jake") == "escalated":
        It's not much of a circle if I'm always the one who's wrong. #speaker:jake #move:jake.defend
    - else:
        That's… yeah. That's every Saturday. #speaker:jake #move:jake.turn_toward
    }
    {
    - stance_of("kara") == "cold":
        Kara says nothing. She is studying her hands. #move:kara.withdraw
    - stance_of("kara") == "attacking" || state_of("kara") == "flooded":
        It's a circle because he won't step out of it. #speaker:kara #move:kara.blame
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
    - stance_of("kara") == "attacking" || state_of("kara") == "flooded":
        He looked at the window. Like always. Like I'm weather. #speaker:kara #move:kara.criticize
    - else:
        He looked at the window. And then I felt like I was talking to myself again. #speaker:kara #move:kara.share_vulnerable
    }
    And Jake, what did you notice in yourself, just before you looked away? #speaker:counselor
    {
    - state_of("jake") == "flooded":
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
    - state_of("jake") == "flooded":
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
        Thank you. I've been saying it for two years, and he just sits there. #speaker:kara #move:kara.blame
    }
    Siding with the pursuer feels like validation, but it confirms Jake's fear that he's on trial and gives Kara an ally instead of a way to reach him. #coach
* [Jake, what I'm seeing is avoidance. You learned to shut down. #move:interpret #to:jake]
    Jake, what I'm seeing is avoidance. Somewhere along the way you learned feelings aren't safe, so you shut down. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - state_of("jake") == "flooded":
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
    A label is an interpretation from outside. It hands the pursuer a new word to throw and the withdrawer a verdict. Track what he does and feels, not what he is. #coach
- (tracked)
-> counsel_loud

=== counsel_loud ===
{
- stance_of("kara") == "attacking" || state_of("kara") == "flooded":
    It gets loud. All right, I get loud. Because by then he's halfway out to the garage. #speaker:kara #move:kara.blame
- else:
    It gets loud sometimes. I get loud. Then he goes out to the garage and doesn't come back for an hour. #speaker:kara #move:kara.own_part
}
{
- state_of("jake") == "flooded":
    Jake's hands are flat on his knees. He doesn't answer. #move:jake.stonewall
- stance_of("jake") == "present":
    Because if I stay, I'll say something I can't take back. #speaker:jake #move:jake.share_vulnerable
- else:
    Because if I stay it only gets worse. #speaker:jake #move:jake.defend
}
* [I ask every couple this: does either of you ever feel afraid at home? #move:screen_safety]
    You said it gets loud. I ask every couple this, so it's routine, not a suspicion. #speaker:counselor
    When it gets heated at home, does either of you ever feel afraid of the other? Has anyone been pushed, threatened, or stopped from leaving? #speaker:counselor
    ~ counsel_screened = true
    {
    - state_of("kara") == "flooded":
        Kara shakes her head hard. Her voice comes out thin and fast.
        No. Not of him. Never of him. #speaker:kara #move:kara.defend
    - state_of("kara") == "escalated":
        No. God, no. If anything he's too careful. I'm afraid of what's happening to us, not of him. #speaker:kara #move:kara.share_vulnerable
    - else:
        Afraid of Jake? No. Never. I'm afraid of what's happening to us. Not of him. #speaker:kara #move:kara.share_vulnerable
    }
    {
    - state_of("jake") == "flooded":
        Jake shakes his head, slowly, without looking up.
        No. Never. #speaker:jake #move:jake.defend
    - else:
        No. Nobody's ever laid a hand on anyone. She's never stopped me going out. I go so it never gets to that kind of loud. #speaker:jake #move:jake.share_vulnerable
    }
    {
    - state_of("kara") == "flooded":
        Kara nods, pressing her lips together, and takes a shaky breath.
    - stance_of("kara") == "attacking" || stance_of("kara") == "cold":
        Kara nods.
        He's not like that. #speaker:kara #move:kara.turn_toward
    - else:
        He's the gentlest person I know. That's what makes the quiet so hard. #speaker:kara #move:kara.appreciate
    }
    Thank you both. I'll ask you each on your own at some point too. That's routine as well. #speaker:counselor
    Screening is routine in couples work. Joint sessions assume both can speak freely; fear or coercion means you stop joint work, see each alone, plan for safety and refer. #coach
    Here both describe distress without fear: no threats, no control, no one stopped from leaving. This is a cycle, not abuse, so joint EFT work can go on. #coach
* [So the louder it gets, the farther away the garage gets. #move:reflect]
    So the louder it gets, the farther away the garage gets. And the farther the garage, the louder it gets. #speaker:counselor
    {
    - state_of("jake") == "flooded":
        Jake nods without looking up. #move:jake.withdraw
    - else:
        Pretty much. #speaker:jake #move:jake.turn_toward
    }
    {
    - state_of("kara") == "flooded":
        Kara gives one quick nod. Her breathing hasn't slowed.
    - stance_of("kara") == "attacking" || stance_of("kara") == "cold":
        Kara looks away. #move:kara.withdraw
    - else:
        Pretty much. #speaker:kara #move:kara.turn_toward
    }
    A good reflection of the cycle. But it gets loud is also the cue for a routine safety screen. Nothing here suggests fear; only asking would tell you. #coach
- (screened)
-> counsel_heat_rises

=== counsel_heat_rises ===
Kara turns back to Jake.
{
- stance_of("kara") == "cold":
    Priya asked us to dinner two weeks ago. I've stopped expecting an answer. #speaker:kara #move:kara.withdraw
- stance_of("kara") == "attacking" || state_of("kara") == "flooded":
    And Priya's dinner. Two weeks ago, Jake. You said you'd think about it. You always think about it. #speaker:kara #move:kara.criticize
- else:
    Priya asked us to dinner two weeks ago. You said you'd think about it. I still haven't told her. #speaker:kara #move:kara.criticize
}
{
- state_of("jake") == "flooded":
    Jake's breathing is shallow now. He stares at a point on the wall and says nothing. #move:jake.stonewall
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    I had the quarter-end close! I was going to say yes after. You never let me finish anything. #speaker:jake #move:jake.blame
- else:
    I had the quarter-end close at work. I was going to say yes once it was done. #speaker:jake #move:jake.defend
}
{
- stance_of("kara") == "cold":
    Kara looks out of the window. #move:kara.withdraw
- stance_of("kara") == "attacking" || state_of("kara") == "escalated" || state_of("kara") == "flooded":
    There's always a close. There's always something ahead of me in the queue. #speaker:kara #move:kara.blame
- else:
    There's always a close, Jake. #speaker:kara #move:kara.criticize
}
{
- stance_of("kara") == "cold":
    Kara has gone quiet and hard. Jake's knee has started to bounce.
- state_of("kara") == "flooded" || state_of("kara") == "escalated":
    Kara's voice is up now, fast and high. Jake's knee has started to bounce.
- state_of("jake") == "flooded":
    Jake has gone very still above the waist. Below it, his knee has started to bounce.
- state_of("jake") == "escalated":
    Jake's voice is up now, which it almost never is. His knee has started to bounce.
- else:
    The edge is back in Kara's voice, and Jake's knee has started to bounce.
}
* [Stop this, gently and firmly, before it runs away. #move:block]
    Let me stop you both there. Not because it doesn't matter. Because it does, and I can see it getting away from you. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - stance_of("kara") == "cold":
        Kara nods without looking up. Her hands unclench a little. #move:kara.self_soothe
    - state_of("kara") == "flooded":
        Kara stops mid-word and presses her lips together, breathing hard. #move:kara.self_soothe
    - else:
        Okay. Okay. #speaker:kara #move:kara.self_soothe
    }
    {
    - state_of("jake") == "flooded":
        Jake's shoulders drop a fraction. He still can't look at her. #move:jake.withdraw
    - else:
        Jake lets out a breath he seems to have been holding since Saturday. #move:jake.self_soothe
    }
    Blocking interrupts escalation before it does damage. It isn't silencing anyone; it protects the conversation they both came here to have. #coach
* [Explain flooding: the silence is a racing body, not indifference. #move:psychoeducation]
    Can I tell you what I think is happening in your bodies? Past about a hundred beats a minute, the thinking brain goes offline. #speaker:counselor
    Jake, I think that's what the silence is. Not indifference: flooding. It takes about twenty minutes to come down. Kara, when he goes quiet, your alarm rings louder. #speaker:counselor
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - state_of("jake") == "flooded":
        Jake nods once. He can't find words, which seems to prove the point. #move:jake.withdraw
    - else:
        It's like static. I can hear her, but I can't think of anything to say that won't make it worse. #speaker:jake #move:jake.share_vulnerable
    }
    {
    - state_of("kara") == "flooded":
        Kara shakes her head, too fast.
        From where I sit it looks exactly like not caring. #speaker:kara #move:kara.defend
    - stance_of("kara") == "cold":
        Kara looks at him properly for the first time today. #move:kara.turn_toward
    - stance_of("kara") == "attacking":
        So I'm meant to stop talking because his heart's racing? #speaker:kara #move:kara.defend
    - else:
        I always thought he just didn't care enough to answer. #speaker:kara #move:kara.share_vulnerable
    }
    Psychoeducation reframes stonewalling as flooding, not indifference: over 100 bpm, about twenty minutes to recover (Gottman). It names her alarm too: the cycle, not a culprit. #coach
* [Kara, to be fair, he had a big close at work. Cut him some slack. #move:take_sides #to:jake]
    Kara, to be fair to Jake, quarter-end is a big deal. Maybe cut him a little slack on the dinner. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    ~ counsel_sided_with = "jake"
    {
    - state_of("kara") == "flooded":
        Slack. #speaker:kara #move:kara.contempt
        Kara laughs, one short hard sound, and looks at the door.
    - stance_of("kara") == "cold":
        Fine. I'll stop talking, then. Everyone seems to prefer it. #speaker:kara #move:kara.withdraw
    - stance_of("kara") == "attacking" || state_of("kara") == "escalated":
        Slack. I've been cutting him slack for two years. Now I'm the unreasonable one? #speaker:kara #move:kara.blame
    - else:
        So I'm the unreasonable one now. #speaker:kara #move:kara.defend
    }
    {
    - state_of("jake") == "flooded":
        Jake doesn't move. #move:jake.stonewall
    - else:
        I didn't ask anyone to defend me. #speaker:jake #move:jake.withdraw
    }
    Siding with the withdrawer abandons the pursuer: her protest gets louder or she goes cold, and the cycle spins faster. It doesn't even help him. Stay on both sides of the cycle. #coach
- (handled)
-> counsel_crossroads

=== counsel_crossroads ===
{ counsel_heat >= 2 || state_of("jake") == "flooded" || state_of("kara") == "flooded":
    {
    - state_of("kara") == "flooded" && state_of("jake") != "flooded":
        Kara's breathing is fast and high. She is turning her ring round and round, and she isn't hearing anything now.
    - state_of("jake") == "flooded" && state_of("kara") != "flooded":
        Jake's knee is going hard and his eyes are fixed on the rug. Whatever you say next, he won't hear it.
    - else:
        Jake's knee is going hard. Kara is turning her ring round and round. Neither of them is really listening now.
    }
    Watch the bodies: fast breathing, fixed eyes, a bouncing knee. When someone is flooded, more talk only adds heat. #coach
  - else:
    The room is tense, but they are both still here, and still talking.
    Read the room before you choose: tense is workable, flooded is not. #coach
}
* [Call a real time-out: twenty minutes apart, then come back. #move:time_out=20]
    I'd like us to stop for twenty minutes. Kara, the waiting room; Jake, there's a bench outside. Not to get away from each other. To let your bodies settle. #speaker:counselor
    We start again at twenty to seven. #speaker:counselor
    -> counsel_time_out
* [Take five minutes for water, then carry on. #move:time_out=5]
    Let's take five. Get some water, stretch, and we'll pick up where we left off. #speaker:counselor
    -> counsel_short_break
* [Keep going. Jake, what's happening for you right now? #move:evoke #to:jake]
    Let's stay with this. Jake, what's happening for you right now? #speaker:counselor
    -> counsel_press_on

=== counsel_short_break ===
~ counsel_break = "short"
// The break itself is the counselor's time_out=5 on the choice; nobody talks during it.
Kara goes out to the water cooler in the hall. Jake stands at the window, scrolling his phone without reading it.
Five minutes later they sit down again.
{
- state_of("jake") == "flooded":
    Jake's cup of water is still full. His jaw is tight; his knee has started again. #move:jake.withdraw
- state_of("jake") == "cooling":
    Jake sits back down. His face has settled; his knee hasn't. #move:jake.self_soothe
- else:
    Jake sits back down, a little looser in the shoulders. #move:jake.self_soothe
}
{
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    So. Where were we. #speaker:kara #move:kara.demand
- else:
    Kara sits with the paper cup held in both hands, not drinking from it. #move:kara.self_soothe
}
Five minutes is a breather, not a reset. A flooded body needs about twenty minutes to come down (Gottman), so a short pause often ends with both picking up exactly where they were. #coach
* [Make it a proper twenty minutes after all. #move:time_out=20]
    Actually, let's make this a real break. Twenty minutes, separate spaces. Kara, the waiting room; Jake, the bench outside. #speaker:counselor
    We start again at ten to seven. #speaker:counselor
    -> counsel_time_out
* [Carry on. Jake, what's happening for you right now? #move:evoke #to:jake]
    Let's carry on. Jake, what's happening for you right now? #speaker:counselor
    -> counsel_press_on

=== counsel_press_on ===
{ counsel_heat >= 2 || state_of("jake") == "flooded" || state_of("kara") == "flooded":
    -> counsel_walk_out
}
You read the room: tense, not flooded, so you stayed with it. Pressing on works only while both of them can still think. #coach
-> counsel_jake_inside.answer

=== counsel_time_out ===
// The break itself is the counselor's time_out=20 on the choice; nobody talks during it.
~ counsel_break = "full"
Kara takes the waiting-room chair by the magazines and turns the pages of one without reading them.
Jake sits on the bench outside and watches the buses pull in and out.
A time-out works when it's a break, not an exit: at least twenty minutes, something that doesn't rehearse the fight, and a set time to come back. #coach
Twenty minutes later they come back in. This time Jake sits on the couch, at the other end from Kara.
{
- state_of("jake") == "flooded":
    Jake is still pale, but he looks at Kara once. #move:jake.withdraw
- else:
    Sorry. I was… I'm back. #speaker:jake #move:jake.repair
}
{
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    Kara sits with her arms folded, but her breathing has slowed. #move:kara.self_soothe
- else:
    I'm sorry too. I went at you about the dinner. #speaker:kara #move:kara.own_part
}
~ counsel_heat = 0
Notice the second half: the bodies have come down, and now there's room to reach. Calm is the precondition for anything deeper. #coach
-> counsel_jake_inside

=== counsel_walk_out ===
// Whoever leaves is flooded. If the counselor's heat has the room on the edge but nobody is over
// it yet, the partners' own next steps carry it over (or, rarely, it freezes instead).
{ state_of("kara") != "flooded" && state_of("jake") != "flooded":
    -> boil_over
}
- (leaving)
{
- state_of("kara") == "flooded" && (counsel_sided_with == "jake" || state_of("jake") != "flooded"):
    -> kara_leaves
- state_of("jake") == "flooded":
    -> jake_leaves
- else:
    -> freeze
}
= boil_over
The question lands in a room that is already too hot. Kara answers before Jake can.
{
- stance_of("kara") == "cold":
    Ask away. He'll tell you he's fine. He's always fine. #speaker:kara #move:kara.contempt
- counsel_sided_with == "jake":
    Go on, ask him. Everyone's so careful with Jake. #speaker:kara #move:kara.blame
- else:
    Nothing. That's what's happening for him. It's always nothing. #speaker:kara #move:kara.criticize
}
{
- state_of("jake") == "flooded":
    Jake's breathing goes shallow. He stares at a point on the wall, and he is gone. #move:jake.stonewall
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    Because you don't let me! You answer for me before I've opened my mouth. #speaker:jake #move:jake.defend
- else:
    Jake looks at the rug. Whatever he was going to say is gone. #move:jake.withdraw
}
{ state_of("kara") != "flooded" && state_of("jake") != "flooded":
    -> second_round
}
-> leaving
= second_round
{
- stance_of("kara") == "cold":
    Kara laughs, one short flat sound.
    Forget it. I've been talking to a wall for two years. #speaker:kara #move:kara.contempt
- else:
    See? That's the wall. Two years of Saturdays, talking to a wall. #speaker:kara #move:kara.contempt
}
{
- state_of("jake") == "flooded":
    Jake's knee stops bouncing. He goes completely still and says nothing at all. #move:jake.stonewall
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    I can't win in here either. #speaker:jake #move:jake.defend
- else:
    Jake says nothing. #move:jake.stonewall
}
{ state_of("kara") != "flooded" && state_of("jake") != "flooded":
    -> freeze
}
-> leaving
= freeze
Then nothing. Kara stops mid-breath. Jake stares at the rug. The heat doesn't boil over; it sets, like something left too long on the stove.
A hot cycle with nobody flooded enough to leave often freezes instead: both withdraw, and the silence does the damage (Wile's withdraw-withdraw). The heat you added pushed them there. #coach
-> counsel_end_deadlock
= jake_leaves
{
- state_of("jake") == "flooded":
    Jake stands up so fast the armchair scrapes.
    I can't do this. Not today. #speaker:jake #move:jake.withdraw
- else:
    Jake stands and picks up his coat.
    I'm done. I'm not doing this in front of an audience. #speaker:jake #move:jake.withdraw
}
The door closes harder than he seems to mean it to. #move:jake.withdraw
{
- state_of("kara") == "flooded":
    Kara stares at the closed door. Her hands are shaking.
    See? Every time. #speaker:kara #move:kara.blame
- stance_of("kara") == "attacking":
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
- state_of("jake") == "flooded":
    Jake half rises, then sits again, staring at the door. #move:jake.stonewall
- else:
    Kara, wait… #speaker:jake #move:jake.bid
}
The door is already closing.
-> debrief
= debrief
The heat built and the session kept pushing until someone flooded. A flooded body can't take in even a good intervention; it chooses fight or flight. This time it chose the door. #coach
When you see flooding, call a time-out of at least twenty minutes with a time to return. That's a break, not an exit. The door was an exit. #coach
{ counsel_break == "short":
    The five-minute break didn't help: the same talk started again on the same raised hearts, and five minutes is too short to clear flooding anyway. #coach
}
{ counsel_mistakes > 0:
    Count the mistakes too: each side taken, fix offered or label given added heat that neither partner could shed. #coach
}
The session ends with one seat empty and half the hour still on the clock. #ending:walked_out
-> END

=== counsel_jake_inside ===
Jake is looking at his hands.
* [Jake, when you go quiet, what's happening inside? I'm guessing it isn't nothing. #move:evoke #to:jake]
    Jake, when Kara says we need to talk and you go quiet, what happens inside you? I'm guessing it isn't nothing. #speaker:counselor
    -> answer
* [Jake, it makes sense you'd go quiet when every Saturday feels like a test. #move:validate #to:jake]
    Jake, it makes sense to me that you'd go quiet. If every Saturday feels like a test, silence is at least safe. #speaker:counselor
    {
    - state_of("jake") != "flooded":
        A test. Yeah. That's exactly what it is. #speaker:jake #move:jake.turn_toward
    }
    Validation makes the withdrawer safe enough to speak. It doesn't mean Kara is wrong; it means his move makes sense from where he sits. #coach
    -> answer
* [Jake, a simple fix: paper down by ten, ask Kara about her week. #move:advise]
    Here's something simple to try, Jake. Paper down by ten on Saturdays, and ask Kara about her week. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - state_of("jake") == "flooded":
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
    A rule handed to the withdrawer becomes one more test he can fail, and Kara hears that it all depends on him. Reach the feeling under the silence first; behaviour follows. #coach
    -> counsel_reframe
- (answer)
{
- state_of("jake") == "flooded":
    Jake opens his mouth and closes it again.
    I don't know. I can't… not right now. #speaker:jake #move:jake.stonewall
    {
    - stance_of("kara") == "attacking":
        See? That's the wall. #speaker:kara #move:kara.criticize
    - else:
        Kara watches him, waiting, and the waiting goes on too long. #move:kara.withdraw
    }
    You reached for the feeling, but he is flooded, and a body over a hundred beats has no words for it. Evocation needs a calmer room. #coach
- else:
    ~ counsel_jake_engaged = true
    {
    - state_of("jake") == "escalated" || stance_of("jake") == "defending":
        I know whatever I say will be wrong. So why say it. #speaker:jake #move:jake.defend
        { state_of("jake") == "flooded":
            He stops there, jaw tight, as if that sentence used up everything he had.
          - else:
            It's not that I don't care. I just never know the right answer. #speaker:jake #move:jake.share_vulnerable
        }
    - else:
        It's like I'm failing a test I can't see. Every Saturday there's a question, and whatever I say is wrong. #speaker:jake #move:jake.share_vulnerable
        So I go quiet. Quiet at least keeps the peace. I know it leaves her on her own with it. #speaker:jake #move:jake.own_part
    }
    {
    - state_of("kara") == "flooded":
        Kara's breath is coming fast. She shakes her head, once.
        I'm not grading you. I never was. #speaker:kara #move:kara.defend
    - stance_of("kara") == "cold":
        Kara looks at him for a long moment and says nothing. #move:kara.withdraw
    - stance_of("kara") == "attacking":
        So I'm the examiner now. #speaker:kara #move:kara.criticize
    - stance_of("kara") == "protesting":
        It's not a test. I just want you there. #speaker:kara #move:kara.defend
    - else:
        I didn't know it felt like a test. I thought you were just… bored of me. #speaker:kara #move:kara.turn_toward
    }
    This is EFT's first turning point, withdrawer re-engagement. Under the silence is a fear of failing her, not indifference. He has to re-engage before she can soften. #coach
}
-> counsel_reframe

=== counsel_reframe ===
* [Draw the whole circle: what each does, what each fears. The cycle is the enemy. #move:name_cycle]
    { counsel_cycle_named:
        We said earlier the circle was the problem. I think now we can see what drives it. #speaker:counselor
    }
    Jake goes quiet to keep the peace. Kara hears the quiet as you don't matter, and reaches harder. Jake hears the reaching as you're failing, and goes quieter. #speaker:counselor
    Neither of you is the enemy. The circle is, and you're both losing to it. #speaker:counselor
    ~ counsel_cycle_named = true
    ~ counsel_heat = MAX(counsel_heat - 1, 0)
    {
    - state_of("jake") == "flooded":
        Jake nods slowly. #move:jake.withdraw
    - else:
        Put like that, it's not her against me. It's us against… that. #speaker:jake #move:jake.turn_toward
    }
    {
    - state_of("kara") == "flooded":
        Kara's hands are shaking in her lap.
        I'm not the enemy. I'm not. #speaker:kara #move:kara.defend
    - stance_of("kara") == "cold":
        Kara doesn't answer, but she doesn't look away either. #move:kara.withdraw
    - stance_of("kara") == "attacking":
        Maybe. But I'm the one who does all the reaching. #speaker:kara #move:kara.criticize
    - else:
        I don't want to be the enemy. I'm just scared of the quiet. #speaker:kara #move:kara.share_vulnerable
    }
    The EFT reframe: the problem is the cycle, and each move makes sense as protection. Once both see it, they can fight the pattern together instead of each other. #coach
* [Propose a fair split: Saturday mornings together, afternoons his. #move:advise]
    What if you split the day? Saturday mornings are for the two of you, and the afternoons are Jake's, paper and all. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - state_of("jake") == "flooded":
        Jake nods at the floor. #move:jake.withdraw
    - else:
        I can do that. #speaker:jake #move:jake.dismiss
    }
    {
    - stance_of("kara") == "cold":
        Fine. Whatever works. #speaker:kara #move:kara.withdraw
    - stance_of("kara") == "attacking" || state_of("kara") == "flooded":
        Great. I'll book my husband for nine till twelve. #speaker:kara #move:kara.contempt
    - else:
        So I get him by appointment. #speaker:kara #move:kara.criticize
    }
    Compromise before understanding. Jake agrees to get out of the hot seat; Kara hears that closeness has to be booked. Solutions stick after de-escalation, not instead of it. #coach
- (reframed)
-> counsel_kara_inside

=== counsel_kara_inside ===
{
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    Kara is sitting very straight, her jaw tight, her eyes bright.
- else:
    Kara has been quiet for a while. It is a different quiet from Jake's.
}
* [Kara, under the question about time together, what's the scared part? #move:evoke #to:kara]
    Kara, underneath the question about time together, what's the part of you that's scared? #speaker:counselor
    -> answer
* [Kara, of course you reach harder when he goes quiet: you're afraid of losing him. #move:validate #to:kara]
    Kara, it makes sense you'd reach harder when he goes quiet. Anyone would, if they were afraid of losing someone. #speaker:counselor
    {
    - state_of("kara") != "flooded" && stance_of("kara") != "attacking":
        Yes. #speaker:kara #move:kara.turn_toward
    }
    Validation first tells the pursuer her reaching makes sense. Feeling understood is what lets the fear under the anger come forward. #coach
    -> answer
* [Kara, I think your pursuing comes from an anxious attachment. #move:interpret #to:kara]
    Kara, I wonder if your pursuing comes from an anxious attachment. An old fear of being left, showing up here. #speaker:counselor
    ~ counsel_mistakes += 1
    ~ counsel_heat += 1
    {
    - state_of("kara") == "flooded":
        Kara's eyes fill, then harden.
        I'm not the patient here. #speaker:kara #move:kara.contempt
    - stance_of("kara") == "attacking" || state_of("kara") == "escalated":
        So he disappears, and I'm the one with a diagnosis. #speaker:kara #move:kara.blame
    - else:
        So it's my childhood now. He reads the paper and it's my childhood. #speaker:kara #move:kara.defend
    }
    {
    - state_of("jake") == "flooded":
        Jake looks from one of them to the other and says nothing. #move:jake.stonewall
    - else:
        That's not fair. She's not crazy for wanting me around. #speaker:jake #move:jake.validate
    }
    An attachment label, however apt, lands as a verdict: Kara hears that her loneliness is a symptom. Notice Jake came to her defence. Evoke the feeling; let her name it. #coach
    -> counsel_enact
- (answer)
{
- state_of("kara") == "flooded":
    I can't… I'm so tired of asking. I don't even know what I'm scared of anymore. #speaker:kara #move:kara.withdraw
    The anger is still guarding the fear, and she's too flooded to find it. Don't chase it; it comes when she feels safer, often after he has reached. #coach
- stance_of("kara") == "attacking":
    Scared? I'm not scared. I'm angry. #speaker:kara #move:kara.criticize
    The anger is still guarding the fear. Don't fight it; it comes when she feels safer, often after he has reached. #coach
- else:
    ~ counsel_kara_soft = true
    That he's already gone. That one day I'll stop asking, and he won't even notice. #speaker:kara #move:kara.share_vulnerable
    {
    - state_of("jake") == "flooded":
        Jake swallows. He can't look up. #move:jake.withdraw
    - else:
        Jake looks up at her as if he has never heard this before. #move:jake.turn_toward
    }
    Under the criticism, the fear of losing him. The pursuer's anger is protest at disconnection (Johnson). Now both soft feelings are in the room. #coach
}
-> counsel_enact

=== counsel_enact ===
Ten minutes left on the clock.
* [Jake, turn to Kara and tell her what you told me. #move:enactment #to:jake]
    Jake, could you turn to Kara and tell her what you told me? Not to me. To her. And what you'd like. #speaker:counselor
    -> jake_reaches
* [Kara, turn to Jake and tell him what you need. #move:enactment #to:kara]
    Kara, could you turn to Jake and tell him what you need from him? #speaker:counselor
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
    - state_of("jake") == "flooded":
        Jake nods. #move:jake.withdraw
    - else:
        Sure. #speaker:jake #move:jake.dismiss
    }
    They both nod. Neither looks at the other.
    Homework set before the soft feelings have met each other is going through the motions. The pattern will eat those fifteen minutes by Thursday. #coach
    -> counsel_close_stuck

= jake_reaches
{ counsel_jake_engaged && counsel_heat <= 1 && state_of("jake") != "flooded":
    Jake turns in his seat, toward her. #move:jake.turn_toward
    When I'm behind the paper, it isn't that I don't want you. I'm scared of getting it wrong again. #speaker:jake #move:jake.share_vulnerable
    { state_of("jake") == "flooded":
        His voice gives out there. He looks at her, and the rest won't come.
        Saying it out loud cost more than his body had just now: he's flooded. Twenty minutes, and he can finish the sentence. #coach
        -> counsel_close_stuck
    }
    I'd like Saturdays back. Tell me straight when you need me, and I'll put it down. I want to. #speaker:jake #move:jake.ask_closeness
    {
    - state_of("kara") == "flooded":
        Kara's eyes fill. Her breathing is still fast and high, and she holds on to the arm of the couch.
        I can't… not now. I can't take it in. #speaker:kara #move:kara.withdraw
        Jake stays turned toward her, waiting.
        He reached, and meant it. But Kara is flooded, and a body over a hundred beats can't let in even the words it has waited for. Twenty minutes first; then this can land. #coach
        -> counsel_close_stuck
    - stance_of("kara") == "cold" || stance_of("kara") == "attacking":
        Kara looks at him a long time.
        I want to believe that. I think I do. #speaker:kara #move:kara.turn_toward
        I can ask you straight. Without the speech first. #speaker:kara #move:kara.own_part
        Then I'll answer straight. #speaker:jake #move:jake.turn_toward
    - else:
        I thought the paper was where you went to get away from me. I'm so lonely on Saturdays, Jake. #speaker:kara #move:kara.share_vulnerable
        I don't need a hearing. I just need you to look up. And I can ask you straight, without the speech first. #speaker:kara #move:kara.own_part
        I'd like that. I'd really like that. #speaker:jake #move:jake.turn_toward
    }
    -> counsel_end_reconnected
  - else:
    Jake turns toward her and tries.
    {
    - state_of("jake") == "flooded":
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
        An enactment asks him to say to her what he has already found with you. He hadn't found it yet. Evoke first, then enact. #coach
    - counsel_heat >= 2:
        Too much heat in the room for a risk like this. Reaching is a risk, and nobody takes it while still braced. #coach
    - else:
        He had found the words, but he's flooded now, and nobody can reach from a body over a hundred beats. Twenty minutes first, then the enactment. #coach
    }
    -> counsel_close_stuck
}

= kara_first
{
- counsel_kara_soft && state_of("kara") != "flooded":
    I miss you. I need you to actually show up, Jake. Not just be in the house. #speaker:kara #move:kara.demand
- else:
    I need you to stop hiding. That's it. That's what I need. #speaker:kara #move:kara.demand
}
{
- state_of("jake") == "flooded":
    Jake looks at the carpet. #move:jake.stonewall
- counsel_jake_engaged:
    I'm trying. I'm here, aren't I? #speaker:jake #move:jake.defend
- else:
    Jake nods at the carpet. #move:jake.withdraw
}
In EFT the withdrawer re-engages and reaches before the pursuer is asked to soften. Asked first, Kara's need still comes out as a demand, and Jake hears the old test. #coach
{ counsel_jake_engaged:
    Jake had started to re-engage. He needed to be the one who turned first, so her fear had somewhere safe to land. #coach
}
-> counsel_close_stuck

=== counsel_close_stuck ===
// A full break earns break_and_return only if the second half stayed calmer.
{ counsel_break == "full" && counsel_heat < 2 && state_of("kara") != "flooded" && state_of("jake") != "flooded":
    -> counsel_end_break_and_return
}
-> counsel_end_deadlock

=== counsel_end_deadlock ===
Time's up. Kara says she'll book next week. Jake says sure.
At the door he holds it open for her, and she thanks him. Polite, careful, far apart.
{ counsel_jake_engaged:
    Deadlock. Something moved: Jake found words for his silence. But it never crossed the room to Kara, and the cycle left with them. #coach
  - else:
    Deadlock: nothing blew up, and nothing moved. The cycle walked out of the room intact. #coach
}
{ counsel_break == "full":
    The twenty-minute break worked: they came back calmer. Then the second half heated up again, and the calm was spent before anyone could reach. #coach
}
{ counsel_mistakes > 0:
    Count the fixes, sides and labels you offered: each one took the session away from the feelings under the cycle. #coach
}
The EFT order: track the cycle, bring out Jake's feeling under the silence, let him reach first, then help Kara soften. #coach
They walk to the car without talking. Saturday is four days away. #ending:deadlock
-> END

=== counsel_end_break_and_return ===
The second half stays calmer. Nobody raises their voice, and nobody leaves.
Before you go: at home, when one of you floods, take twenty minutes, say when you'll be back, and come back. #speaker:counselor
{
- state_of("kara") == "flooded" || stance_of("kara") == "cold" || stance_of("kara") == "attacking":
    If he comes back. #speaker:kara #move:kara.criticize
- else:
    Twenty minutes. Then back. I can do that. #speaker:kara #move:kara.turn_toward
}
{
- state_of("jake") == "flooded":
    Jake nods. #move:jake.withdraw
- else:
    I can do the twenty. It's the coming back I need to practise. #speaker:jake #move:jake.own_part
}
Break and return: the time-out did its work. Bodies calmer, nobody walked out. The soft feelings didn't yet meet in an enactment; that's often what a good early session looks like. #coach
{ counsel_mistakes > 0:
    Count the fixes, sides and labels too: each one added heat or pulled the session away from the feelings under the cycle. #coach
}
They leave together, a little less far apart than they came. #ending:break_and_return
-> END

=== counsel_end_reconnected ===
What just happened: Jake reached, and Kara, you let him in. That's the circle running the other way. #speaker:counselor
Reconnection: the withdrawer re-engaged and reached, the pursuer softened, and each heard the other's need: his fear of failing her, her fear of losing him. That's the EFT change event. #coach
{ counsel_break == "full":
    The twenty-minute time-out made it possible. Nobody can reach from a flooded body. #coach
}
{ not counsel_screened:
    One thing to add next time: when it gets loud comes up, ask the routine safety question. #coach
}
On the stairs, Jake asks whether Priya's dinner is this Friday. Kara says she'll text her tonight. #ending:reconnected
-> END
