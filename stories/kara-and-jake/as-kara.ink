// As Kara — the player is Kara (the pursuer); Jake is simulated by the model.
// Adapted from the Kara and Jake scene in 002_612bd878bc8560af.txt (and the advice list that
// follows it), with the fight / flight-or-freeze framing of 000_b7220c8e30255284.txt.
//
// Shape of the mode:
//   the opening        kara_start -> kara_the_newspaper -> kara_getting_along_fine -> kara_second_try
//   the soft track     kara_opening_up -> kara_his_week -> kara_her_week -> kara_asking_directly
//                      -> kara_his_turn -> kara_reconnected                      (#ending:reconnected)
//   the pressing track kara_heating_up -> kara_the_flood -> kara_five_minutes / kara_at_the_door
//                      -> kara_after_the_door                                    (#ending:walked_out)
//   the break          kara_twenty_minutes -> kara_the_return -> kara_after_the_break
//                      -> kara_break_ending (#ending:break_and_return), or on to kara_his_turn;
//                      kara_half_an_hour (#ending:break_and_return) when he asks for a break
//                      after she has kept pressing
//   the stalemate      kara_cold_shoulder                                        (#ending:deadlock)
//
// Which track the story takes follows Kara's choices (kara_pressure), so every ending can be
// reached by choices alone. What Jake says and does follows the model (state_of / stance_of).
// The soft track also routes on the model: a flooded Jake is never asked to open up; the story
// goes to kara_the_flood instead (kara_opening_up, kara_his_week, kara_her_week), and at
// kara_his_turn a request for space made while either of them is still hot becomes a break
// (kara_half_an_hour) rather than a reconnection.

VAR kara_opening = ""     // how Kara opened: harsh | soft | closeness
VAR kara_pressure = 0     // +1 for each pressing move, -1 for each move that calms; 2+ = pressing track
VAR kara_last = ""        // Kara's last move, so a calm Jake answers what she actually did
VAR kara_who_left = ""    // who stepped out for the agreed break: kara | jake
VAR kara_door = ""        // how Kara met the walk-out: contempt | silent
VAR kara_dinner = false   // she opened with Dev's dinner
VAR kara_lunch_bid = false // at lunch after the stalemate, Jake offered her a sandwich
VAR kara_he_repaired = false // after the break, Jake came back with an apology

=== kara_start ===
Saturday, a little after nine. The kids are at Kara's sister's until tomorrow: the first free morning in a month.
Jake has spent the first hour of it behind the newspaper, his coffee going cold by his elbow.
Kara has been carrying something all week. A review at work that went badly. A Friday night eating alone. The feeling that they live side by side now, not together.
She sits down across from him. She has been rehearsing this since Thursday.
-> kara_the_newspaper

=== kara_the_newspaper ===
* [Let's talk about why we're not spending time together anymore. How can we get along if we don't work on our problems? #move:criticize]
    ~ kara_opening = "harsh"
    ~ kara_last = "criticize"
    ~ kara_pressure += 1
    Let's talk about why we're not spending time together anymore. How can we get along if we don't work on our problems? #speaker:kara
    That is the article's opening: a harsh start-up. It names a problem in him, not a feeling in you, and conversations tend to end the way they begin (Gottman). #coach
* [I feel left out when you go quiet behind the paper. I'd like to know what's on your mind lately. #move:soft_startup]
    ~ kara_opening = "soft"
    ~ kara_last = "soft_startup"
    I feel left out when you go quiet behind the paper. I'd like to know what's been on your mind lately. #speaker:kara
    A soft start-up: I feel … when … I'd like … It describes one moment and asks for something he can give, so it lands as an invitation, not a verdict. #coach
* [I felt unimportant when Priya told me you'd said yes to Dev's dinner. I'd like to be kept posted. #move:soft_startup]
    ~ kara_opening = "soft"
    ~ kara_last = "soft_startup"
    ~ kara_dinner = true
    I felt unimportant when Priya told me you'd said yes to Dev's dinner. I'd like to be kept posted, even if you'd rather go on your own. #speaker:kara
    A soft start-up about one specific thing. The feeling is hers, the request is small and doable, and nothing in it says he is the problem. #coach
* [The kids are away till tomorrow. Would you come for a walk with me? Just us. #move:ask_closeness]
    ~ kara_opening = "closeness"
    ~ kara_last = "ask_closeness"
    The kids are away till tomorrow. Would you come for a walk with me? Just us. I've missed you. #speaker:kara
    Asking directly for togetherness (Lancer): no case for him to answer, just an invitation he can say yes to. #coach
- (jake_answers)
{
- state_of("jake") == "flooded":
    Jake's eyes stay on the same paragraph. He doesn't answer. #move:jake.stonewall
- state_of("jake") == "escalated":
    Here we go. I've been up since six fixing the gutter. Can I have one hour without a hearing? #speaker:jake #move:jake.defend
- state_of("jake") == "activated" || kara_opening == "harsh":
    I'm not sure what problems you're talking about. We're getting along fine. #speaker:jake #move:jake.dismiss
- kara_opening == "closeness":
    Jake looks up over the paper.
    Missed me? I'm right here. I thought we were getting along fine. But yeah, okay. In a bit. #speaker:jake #move:jake.turn_toward
- kara_dinner:
    Jake lowers the paper.
    Dev's thing? I didn't think you'd want to come. You always say his friends talk shop. I thought we were getting along fine. #speaker:jake #move:jake.turn_toward
- else:
    Jake lowers the paper.
    I didn't know you felt like that. I thought we were getting along fine. #speaker:jake #move:jake.turn_toward
}
-> kara_getting_along_fine

=== kara_getting_along_fine ===
{kara_opening == "harsh": Fine. The word sits on the table between them.|Getting along fine. Kara hears how much he means it, and how alone it makes her feel.}
* [Fine? We haven't had a real conversation since March. It's all pickups and who's buying milk. #move:criticize]
    ~ kara_last = "criticize"
    ~ kara_pressure += 1
    Fine? We haven't had a real conversation since March. It's all pickups and who's buying milk. #speaker:kara
    Protest: the fear underneath is that she is losing him, but what he hears is a grade, and a failing one. #coach
* {kara_opening == "harsh"} [That came out like a charge sheet. Sorry. What I mean is, I miss you. #move:own_part]
    ~ kara_last = "own_part"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    That came out like a charge sheet. I'm sorry. What I mean is, I miss you. #speaker:kara
    Owning your part, early. Taking responsibility for how something came out is the antidote to defensiveness, and it gives him something to answer besides a charge. #coach
* {kara_opening != "harsh"} [Maybe we are. But I've been lonely, and I'm scared of getting used to it. #move:share_vulnerable]
    ~ kara_last = "share_vulnerable"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    Maybe we are. But I've been lonely, and I'm scared of getting used to it. #speaker:kara
    The soft feeling under the complaint. Fear and loneliness invite him closer; blame would send him behind the paper. #coach
* [Kara feels her jaw set. She breathes out slowly, four counts in, six out, before she answers. #move:self_soothe]
    ~ kara_last = "self_soothe"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    Kara feels her jaw set. She breathes out slowly before she says anything.
    {kara_opening == "harsh":Okay. Let me try that again, slower.|I don't think we're fine. But I don't want to fight about it, either.} #speaker:kara
    Self-soothing first. A pursuer's alarm says push now; a few slow breaths buy the choice of how. #coach
- (jake_answers)
{
- state_of("jake") == "flooded":
    Jake turns a page he hasn't read. Nothing. #move:jake.stonewall
- state_of("jake") == "escalated":
    Since March I've been doing fifty-hour weeks. Sorry if the milk isn't exciting enough. Every Saturday turns into a hearing. #speaker:jake #move:jake.defend
- state_of("jake") == "activated" || stance_of("jake") == "defending":
    I don't know what you want me to say, Kara. I'm sitting right here. #speaker:jake #move:jake.defend
- kara_last == "criticize":
    I'm right here, though. We had dinner Tuesday. I don't know what you want me to say. #speaker:jake #move:jake.dismiss
- else:
    Jake folds the paper in half and sets it down.
    Okay. I'm listening. #speaker:jake #move:jake.turn_toward
}
-> kara_second_try

=== kara_second_try ===
{
- state_of("jake") == "flooded" || stance_of("jake") == "stonewalling":
    The paper is up again. Kara can see his knuckles on the edge of it.
- kara_last == "criticize":
    Jake's eyes drift back to the page, as if the conversation might finish itself.
- else:
    For a second neither of them says anything. The fridge hums.
}
* [Put the paper down. I'm not talking to the back of the sports section. #move:demand]
    ~ kara_last = "demand"
    ~ kara_pressure += 1
    Put the paper down. I'm not talking to the back of the sports section. #speaker:kara
    A demand. It may get the paper down, but it tells him he's in trouble, and a distancer in trouble goes further in, not out. #coach
* [I'm not asking you to fix anything. I'd like this morning with you. A walk, coffee out, anything. #move:ask_closeness]
    ~ kara_last = "ask_closeness"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    {kara_opening == "closeness":Not in a bit, though. I'm not asking you to fix anything. I'd just like this morning with you.|I'm not asking you to fix anything. I'd just like this morning with you. A walk, coffee out, anything.} #speaker:kara
    A direct ask for closeness, with the threat taken out: nothing to fix, nothing to fail. #coach
* [I know I save things up all week and unload them on Saturday. That's on me. #move:own_part]
    ~ kara_last = "own_part"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    I know I save things up all week and then unload them on you on Saturday. That part's on me. #speaker:kara
    Owning your part. Lerner: it's easier to point at our partner than to see our own step in the dance. #coach
* {kara_pressure >= 2} [Kara laughs, not kindly. Of course. Mr. Everything's Fine. #move:contempt]
    ~ kara_last = "contempt"
    ~ kara_pressure += 1
    Kara laughs, not kindly.
    Of course. Mr. Everything's Fine. #speaker:kara
    Contempt, the sharpest of Gottman's four horsemen: mockery says he is beneath her, and it floods a partner faster than any complaint. #coach
- (jake_answers)
{
- state_of("jake") == "flooded":
    Jake says nothing. His face has gone flat and far away. #move:jake.stonewall
- state_of("jake") == "escalated":
    I work, I do the pickups, I fixed the gutter. What am I failing at now? #speaker:jake #move:jake.defend
- kara_last == "demand" || kara_last == "contempt":
    Fine. It's down. Go on, then. #speaker:jake #move:jake.defend
- state_of("jake") == "activated" && kara_last == "own_part":
    It does feel like an ambush sometimes. But okay. Thanks for saying it. #speaker:jake #move:jake.turn_toward
- state_of("jake") == "activated":
    Maybe. I'm not much company right now. #speaker:jake #move:jake.dismiss
- kara_last == "own_part":
    He pushes the paper aside and meets her eyes.
    Thanks. I do feel ambushed sometimes, I'll be honest. But I'm listening. #speaker:jake #move:jake.turn_toward
- else:
    He pushes the paper aside and meets her eyes.
    Yeah. Okay. I'd like that. #speaker:jake #move:jake.turn_toward
}
{
- kara_pressure >= 2 && kara_heating_up == 0:
    -> kara_heating_up
}
-> kara_opening_up

// ---------------------------------------------------------------------------------------------
// The pressing track
// ---------------------------------------------------------------------------------------------

=== kara_heating_up ===
{
- state_of("jake") == "flooded" || stance_of("jake") == "stonewalling":
    The silence stretches. A muscle jumps in Jake's jaw; he is somewhere Kara can't reach. #move:jake.stonewall
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    Jake's ears have gone red. He folds the paper along sharp, exact creases, and doesn't look at her. #move:jake.defend
- else:
    Jake sets the paper down carefully, like something that might go off, and waits, braced. #move:jake.defend
}
{
- state_of("kara") == "flooded":
    Kara's heart is pounding so hard she can hear it. She can feel the morning tipping, and which way she wants to push it.
- else:
    Kara's heart is going fast. She can feel the morning tipping, and she can feel which way she wants to push it.
}
* [This is what you do. You go quiet and I'm left talking to myself. You've checked out of this marriage. #move:blame]
    ~ kara_last = "blame"
    ~ kara_pressure += 1
    This is what you do. You go quiet, and I'm left talking to myself. You've checked out of this marriage. #speaker:kara
    Blame turns one morning into a verdict on who he is. He can't agree to that without losing himself, so he will defend or disappear. #coach
    -> kara_the_flood
* [Wait. I'm pushing, and you're shutting down, and we're both losing. Can I start again? #move:repair]
    ~ kara_last = "repair"
    ~ kara_pressure = MAX(kara_pressure - 2, 0)
    Wait. I'm pushing, and you're shutting down, and we're both losing. Can I start again? #speaker:kara
    A repair attempt that names the cycle. The problem becomes the dance, not him and not her. #coach
    {
    - state_of("jake") == "flooded":
        Jake nods, once, without looking at her. It's not clear the words got through. #move:jake.withdraw
    - state_of("jake") == "escalated":
        He lets out a long breath.
        Yeah. Okay. Start again. #speaker:jake #move:jake.turn_toward
    - else:
        Jake almost smiles.
        Please. #speaker:jake #move:jake.turn_toward
    }
    {
    - kara_opening_up == 0:
        -> kara_opening_up
    - kara_asking_directly == 0:
        -> kara_asking_directly
    }
    -> kara_his_turn
* {kara_twenty_minutes == 0} [I can feel myself getting worked up. Can we stop for twenty minutes and try again at ten-thirty? #move:take_break=20]
    ~ kara_last = "take_break"
    ~ kara_who_left = "kara"
    I can feel myself getting worked up. Can we stop for twenty minutes and try again at ten-thirty? #speaker:kara
    A break called early, with a time to come back. That is what makes it a break and not an exit. #coach
    {
    - state_of("jake") == "flooded":
        Jake nods. His hands stay flat on the table. #move:jake.withdraw
    - else:
        Ten-thirty. Okay. Thanks. #speaker:jake #move:jake.turn_toward
    }
    -> kara_twenty_minutes
* [Forget it. Read your paper. #move:withdraw]
    ~ kara_last = "withdraw"
    Forget it. Read your paper. #speaker:kara
    The pursuer gives up. It looks like calm, but it is the last turn of the cycle: both partners now withdrawn. #coach
    -> kara_cold_shoulder

=== kara_the_flood ===
{
- state_of("jake") == "flooded":
    Jake's breathing has gone shallow. His face is blank in a way Kara knows: not bored, overwhelmed.
- state_of("jake") == "escalated":
    Jake is on his feet before he seems to decide to stand.
- else:
    Jake pushes his chair back from the table.
}
{
- state_of("jake") == "flooded":
    I can't. I can't do this right now. #speaker:jake #move:jake.withdraw
- state_of("jake") == "escalated":
    You want to know what I think? I think nothing I do will ever be enough for you. #speaker:jake #move:jake.defend
- else:
    Okay. I'm not doing this right now. #speaker:jake #move:jake.withdraw
}
Going quiet is not the same as not caring. Past about 100 beats a minute the body stops taking in words (Gottman's flooding); the stonewall is a freeze, not a verdict. #coach
* [Don't you dare walk away from me. Sit down and finish this. #move:demand]
    ~ kara_last = "demand"
    ~ kara_pressure += 1
    Don't you dare walk away from me. Sit down and finish this. #speaker:kara
    Ordering a flooded body to sit still asks it to do the one thing it can't. It usually ends at the door. #coach
    -> kara_at_the_door
* [Fine. Take five minutes, then we finish this. #move:take_break=5]
    ~ kara_last = "take_break"
    Fine. Take five minutes. Then we finish this. #speaker:kara
    -> kara_five_minutes
* {kara_twenty_minutes == 0} [You look done in. Let's stop for twenty minutes. I'll walk round the block, and we try again at ten-thirty. #move:take_break=20]
    ~ kara_last = "take_break"
    ~ kara_who_left = "kara"
    You look done in. Let's stop for twenty minutes. I'll walk round the block, and we'll try again at ten-thirty. #speaker:kara
    A real break: at least twenty minutes, a time to come back, and no punishment in it. That is the length a flooded body needs. #coach
    {
    - state_of("jake") == "flooded":
        Jake nods without looking up. #move:jake.withdraw
    - else:
        Yeah. Ten-thirty. #speaker:jake #move:jake.turn_toward
    }
    -> kara_twenty_minutes
* [Kara pushes her chair back. Fine. I'm used to talking to myself. #move:withdraw]
    ~ kara_last = "withdraw"
    Kara pushes her chair back.
    Fine. I'm used to talking to myself. #speaker:kara
    Walking off with a parting shot isn't a break: there's no time to come back, and the blame goes with her. #coach
    -> kara_cold_shoulder

=== kara_five_minutes ===
Kara stands at the sink and watches the clock on the oven. Five minutes. She comes back and sits down.
{
- state_of("jake") == "flooded":
    Jake hasn't moved. Same page. His hand is pressed flat on the table. #move:jake.stonewall
- state_of("jake") == "cooling":
    Jake's shoulders have come down a little. Not much.
    Okay. What. #speaker:jake #move:jake.defend
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    Five minutes. Right. Round two. #speaker:jake #move:jake.defend
- else:
    Okay. I'm here. #speaker:jake #move:jake.turn_toward
}
{
- state_of("jake") == "flooded" || state_of("jake") == "cooling":
    Five minutes doesn't bring a flooded body back down. It takes about twenty, spent on something other than rehearsing the argument. #coach
- else:
    He wasn't flooded, so five minutes was enough to breathe. Once someone is flooded, it takes about twenty. #coach
}
* [It's been five minutes. Let's finish this. #move:demand]
    ~ kara_last = "demand"
    ~ kara_pressure += 1
    It's been five minutes. Let's finish this. #speaker:kara
    -> kara_at_the_door
* {kara_twenty_minutes == 0} [You're still not okay, are you? Let's make it a real break. Twenty minutes. I'll come and find you at ten-thirty. #move:take_break=20]
    ~ kara_last = "take_break"
    ~ kara_who_left = "kara"
    You're still not okay, are you? Let's make it a real break. Twenty minutes. I'll come and find you at ten-thirty. #speaker:kara
    She noticed he wasn't back yet, and gave it the time it takes. #coach
    {
    - state_of("jake") == "flooded":
        Jake closes his eyes for a second. Then he nods. #move:jake.withdraw
    - else:
        Yeah. Thank you. #speaker:jake #move:jake.turn_toward
    }
    -> kara_twenty_minutes
* [Forget it. #move:withdraw]
    ~ kara_last = "withdraw"
    Forget it. #speaker:kara
    Giving up looks like calm, but it's the pursuer going cold: now both of them are withdrawn. #coach
    -> kara_cold_shoulder

=== kara_at_the_door ===
{
- state_of("jake") == "flooded":
    Jake stands so fast the chair scrapes. He takes his keys from the bowl without a word. #move:jake.withdraw
- state_of("jake") == "escalated":
    I'm not doing this. I'm going out. #speaker:jake #move:jake.withdraw
- else:
    I'm going to go out for a bit. #speaker:jake #move:jake.withdraw
}
He is at the front door, coat half on.
* [That's right. Run. It's what you always do. #move:contempt]
    ~ kara_last = "contempt"
    ~ kara_door = "contempt"
    That's right. Run. It's what you always do. #speaker:kara
    The door closes hard enough to rattle the glass.
    -> kara_after_the_door
* {kara_twenty_minutes == 0} [Okay. Go if you need to. Just tell me when you'll be back. Half an hour? #move:take_break=30]
    ~ kara_last = "take_break"
    ~ kara_who_left = "jake"
    Okay. Go if you need to. Just tell me when you'll be back. Half an hour? #speaker:kara
    The same exit, turned into a break: a time to return makes leaving safe for both of them. Walk away, Gaspard writes, but not in anger or blame. #coach
    {
    - state_of("jake") == "flooded":
        He stops with his hand on the latch and nods.
        Half an hour. #speaker:jake #move:jake.turn_toward
    - else:
        Half an hour. I'll be back. #speaker:jake #move:jake.turn_toward
    }
    -> kara_twenty_minutes
* [Kara says nothing. She lets him go. #move:withdraw]
    ~ kara_last = "withdraw"
    ~ kara_door = "silent"
    Kara says nothing. The door clicks shut behind him.
    -> kara_after_the_door

=== kara_after_the_door ===
Kara is alone in the kitchen with two cold coffees. She hears him walking, not driving, away down the street. Her phone is in her hand.
{
- kara_door == "contempt":
    Contempt on the way out the door is what he'll remember of this morning, longer than anything she meant. #coach
}
* [Kara types. Typical. Don't bother coming back for lunch. #move:blame]
    ~ kara_last = "blame"
    Typical. Don't bother coming back for lunch. #speaker:kara
    {
    - state_of("jake") == "flooded" || stance_of("jake") == "stonewalling":
        The message shows as read. No reply. #move:jake.stonewall
    - else:
        Fine. #speaker:jake #move:jake.withdraw
    }
    A message sent in blame keeps the fight going after the room is empty; it gives his body no chance to come down. #coach
* [Kara types. I'm sorry I pushed. Take the time you need. I'll be here. #move:repair]
    ~ kara_last = "repair"
    I'm sorry I pushed. Take the time you need. I'll be here. #speaker:kara
    {
    - state_of("jake") == "flooded":
        No reply for an hour. Then one word. Ok. #move:jake.withdraw
    - else:
        Thanks. I need a bit. #speaker:jake #move:jake.repair
    }
    A repair after the fact. It can't undo the walk-out, but it leaves the door open. #coach
* [Kara puts the phone face down and breathes, four in, six out, until her hands stop shaking. #move:self_soothe]
    ~ kara_last = "self_soothe"
    Kara puts the phone face down and breathes, four counts in, six out, until her hands stop shaking.
    Self-soothing instead of chasing him down the street: she can't calm him from here, but she can calm herself. #coach
- (ending)
{
- kara_last == "blame":
    Jake comes home after two and goes straight to the garage. They don't talk about the morning. They don't talk much at all.
- kara_last == "repair":
    Jake comes home after two. He squeezes her shoulder on his way past. Neither of them knows how to start again, so neither of them does.
- else:
    Jake comes home after two. Kara is calmer, but nothing was agreed, and the morning sits between them like the folded paper.
}
He walked out in the heat of it, with no time to come back. The conversation Kara wanted is further off than it was at nine. #ending:walked_out
-> END

// ---------------------------------------------------------------------------------------------
// The break and the return
// ---------------------------------------------------------------------------------------------

=== kara_twenty_minutes ===
{
- kara_who_left == "jake":
    The front door closes, not slammed. Kara is alone with two cold coffees and half an hour.
- else:
    Kara takes her coat and goes out. The street is wet and quiet.
}
* [She walks the long loop by the creek and breathes, four counts in, six out, until her shoulders come down. #move:self_soothe]
    She walks, and breathes, four counts in and six out. Somewhere around the bridge her shoulders come down from her ears.
    Paced breathing on a break: the point is to calm the body, not to win the argument in your head. #coach
* [She sits with her notebook and writes what she feels, what she wants, and what her part has been. #move:own_part]
    She writes: lonely, not angry. I want him, not a report. My part: I save it up and it comes out as a list.
    Writing it down is on the article's list for a reason: it turns a charge sheet into a feeling and a request. #coach
- (back)
{
- kara_who_left == "jake":
    At eleven Jake's key turns in the lock.
- else:
    At ten-thirty she comes back into the kitchen.
}
-> kara_the_return

=== kara_the_return ===
{
- state_of("jake") == "flooded":
    Jake is at the table, but his face is still closed.
    I'm here. I don't know if I can talk yet. #speaker:jake #move:jake.withdraw
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    Jake sits down across from her with his arms folded.
    Okay. Go on, then. #speaker:jake #move:jake.defend
- kara_who_left == "jake":
    ~ kara_he_repaired = true
    Jake comes in with two coffees from the place on the corner. He puts one in front of her.
    I'm sorry I went blank. I wasn't ignoring you. It just goes white in my head. #speaker:jake #move:jake.repair
- else:
    ~ kara_he_repaired = true
    Jake has made two fresh coffees. He slides one across the table.
    I'm sorry I went blank. I wasn't ignoring you. It just goes white in my head. #speaker:jake #move:jake.repair
}
* [I'm sorry. I came at you with a list. What I meant was, I miss you. #move:own_part]
    ~ kara_last = "own_part"
    ~ kara_pressure = 0
    {kara_he_repaired:I'm sorry too.|I'm sorry.} I came at you with a list. What I meant was, I miss you. #speaker:kara
    Coming back softer than you left: owning your part is what lets the break pay off. #coach
    -> kara_after_the_break
* [Kara wraps her hands round her mug. Can we just sit for a minute before we talk? #move:ask_closeness]
    ~ kara_last = "ask_closeness"
    ~ kara_pressure = 0
    Kara wraps her hands round her mug.
    Can we just sit for a minute before we talk? #speaker:kara
    Asking for closeness without asking for an answer yet. #coach
    -> kara_after_the_break
* [So. Are you ready to actually talk now? #move:criticize]
    ~ kara_last = "criticize"
    ~ kara_pressure += 1
    So. Are you ready to actually talk now? #speaker:kara
    Coming back with the same charge restarts the cycle. A break only works if both people come back softer than they left. #coach
    {
    - state_of("jake") == "flooded" || state_of("jake") == "escalated":
        Jake looks at the table.
        Apparently not. #speaker:jake #move:jake.withdraw
    - else:
        Jake's face closes again, like a door.
        I was. #speaker:jake #move:jake.withdraw
    }
    -> kara_cold_shoulder

=== kara_after_the_break ===
{
- state_of("jake") == "flooded":
    Jake doesn't answer, but he doesn't leave either. After a while his hand finds hers on the table. #move:jake.turn_toward
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    His arms unfold.
    Yeah. Okay. #speaker:jake #move:jake.turn_toward
- kara_last == "own_part":
    I've missed you too, you know. I just didn't know how to say it without it turning into a fight. #speaker:jake #move:jake.share_vulnerable
- else:
    Yeah. I'd like that. #speaker:jake #move:jake.turn_toward
}
* [Thank you for coming back. Let's pick this up tonight over dinner. Just us. #move:appreciate]
    ~ kara_last = "appreciate"
    Thank you for coming back. Let's pick this up tonight over dinner. Just us. #speaker:kara
    Resuming when both are calm, with a time set. Not everything has to be solved this morning. #coach
    {
    - state_of("jake") == "flooded" || state_of("jake") == "escalated":
        Jake nods slowly.
        Tonight. #speaker:jake #move:jake.turn_toward
    - else:
        Tonight. I'll cook. You always say my risotto is the only thing I'm good at. #speaker:jake #move:jake.humor
    }
    -> kara_break_ending
* [Can I say what I'd like? One evening a week that's just us. No phones, no logistics. #move:ask_closeness]
    ~ kara_last = "ask_closeness"
    Can I say what I'd like? One evening a week that's just us. No phones, no logistics. #speaker:kara
    Asking directly for togetherness, once both are calm enough to hear it: a request, not a complaint about what's missing. #coach
    {
    - state_of("jake") == "flooded" || state_of("jake") == "escalated":
        Jake nods. Okay. Yes. #speaker:jake #move:jake.turn_toward
    - else:
        I'd like that. Wednesdays? And come to Dev's on Friday. I should have asked you, not just said yes. #speaker:jake #move:jake.turn_toward
    }
    -> kara_his_turn

=== kara_break_ending ===
They spend the afternoon on separate things: Jake finishes the paper, Kara calls her sister. It isn't a cold silence. It's two people resting.
At seven, over dinner, they start again, slower. They stopped when they needed to and came back calmer, and the morning didn't get the last word. #ending:break_and_return
-> END

// ---------------------------------------------------------------------------------------------
// The stalemate
// ---------------------------------------------------------------------------------------------

=== kara_cold_shoulder ===
Kara goes upstairs and folds laundry that's already folded. Downstairs, a page turns.
{
- state_of("jake") == "flooded" || stance_of("jake") == "stonewalling":
    Jake stays at the table with the paper long after he has stopped reading it. #move:jake.stonewall
- else:
    Jake stays downstairs. #move:jake.withdraw
}
At one they meet in the kitchen.
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    Jake makes himself a sandwich and doesn't ask if she wants one. #move:jake.withdraw
- else:
    ~ kara_lunch_bid = true
    I'm making sandwiches. Want one? #speaker:jake #move:jake.bid
}
* [Kara says as little as she can and takes her lunch upstairs. #move:withdraw]
    ~ kara_last = "withdraw"
    {kara_lunch_bid:No. Thanks.|I'll eat upstairs.} #speaker:kara
    She takes a yogurt and goes back up.
    They are polite all afternoon. Nothing is said about the morning and nothing has changed. It will come up again in a month, the same way.
    Withdraw meets withdraw: the quietest turn of the cycle, and the one that lasts longest. #coach
* [Kara sits down with him at the table. #move:turn_toward]
    ~ kara_last = "turn_toward"
    {kara_lunch_bid:Thanks. This is nice.|Make me one too?} #speaker:kara
    They eat together and talk about the kids' swim meet, the gutter, Dev's new car. Anything but the morning.
    {
    - kara_lunch_bid:
        Turning toward his small bid matters; it's how the bank account refills. But nobody has named what happened, so it's a truce, not an answer. #coach
    - else:
        Her small bid lands, and that matters. But nobody has named what happened, so it's a truce, not an answer. #coach
    }
- (ending)
By evening they are going through the motions of an ordinary Saturday. Kara is still lonely, Jake still doesn't know what he failed, and neither of them says so. #ending:deadlock
-> END

// ---------------------------------------------------------------------------------------------
// The soft track
// ---------------------------------------------------------------------------------------------

=== kara_opening_up ===
// A flooded Jake can't open up, whatever Kara says; the break is the only way through.
{
- state_of("jake") == "flooded" && kara_the_flood == 0:
    -> kara_the_flood
}
{
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    Jake rubs his face.
    It's nothing. Work's busy, that's all. It's not you. #speaker:jake #move:jake.dismiss
- else:
    Jake looks at the paper, then away from it.
    Work's been a lot. More than I've said. #speaker:jake #move:jake.bid
}
* [A lot how? I'd like to hear it, if you want to tell me. #move:turn_toward]
    ~ kara_last = "turn_toward"
    A lot how? I'd like to hear it, if you want to tell me. #speaker:kara
    Turning toward his small bid. A distancer often offers a corner of the story first to see if it's safe. #coach
* [Then why haven't you said anything? I'm your wife, not your roommate. #move:criticize]
    ~ kara_last = "criticize"
    ~ kara_pressure += 1
    Then why haven't you said anything? I'm your wife, not your roommate. #speaker:kara
    It's a fair hurt, but it arrives as a charge, right when he'd started to open the door. #coach
* [Worse than the Saturday crossword? #move:humor]
    ~ kara_last = "humor"
    She nudges his foot under the table.
    Worse than the Saturday crossword? #speaker:kara
    Gentle humor can lower the temperature, if it's with him and not at him. #coach
- (jake_answers)
{
- kara_last == "criticize" && (state_of("jake") == "escalated" || state_of("jake") == "flooded"):
    Because this happens! I say one thing and it turns into a trial. #speaker:jake #move:jake.defend
- kara_last == "criticize":
    Because I didn't want it to be a whole thing. Like this. #speaker:jake #move:jake.defend
- state_of("jake") == "escalated" || state_of("jake") == "flooded":
    Jake shrugs, but he doesn't pick the paper back up. #move:jake.withdraw
- kara_last == "humor":
    Jake laughs despite himself.
    Slightly worse. #speaker:jake #move:jake.humor
- else:
    Jake takes a breath. #move:jake.turn_toward
}
{
- kara_pressure >= 2 && kara_heating_up == 0:
    -> kara_heating_up
}
-> kara_his_week

=== kara_his_week ===
{
- state_of("jake") == "flooded" && kara_the_flood == 0:
    -> kara_the_flood
}
{
- state_of("jake") == "flooded":
    Jake shakes his head.
    Not now. I can't get it out right now. #speaker:jake #move:jake.withdraw
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    They're restructuring. I have to interview for my own job on Thursday. There. Now you know. #speaker:jake #move:jake.defend
- else:
    They're cutting the team to four. I have to interview for my own job on Thursday. #speaker:jake #move:jake.share_vulnerable
    Jake looks at the folded paper.
    I can't sleep for thinking about it. Saturday with the paper is the one hour I don't. #speaker:jake #move:jake.share_vulnerable
}
{
- state_of("jake") != "flooded":
    What was under the newspaper: his withdrawal was a way to manage his own overwhelm, not a verdict on her. #coach
}
* [That's so much to carry on your own. No wonder you've been somewhere else. #move:validate]
    ~ kara_last = "validate"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    That's so much to carry on your own. No wonder you've been somewhere else. #speaker:kara
    Validation: she doesn't have to agree with how he handled it to see why he did. #coach
* [Thursday? When were you going to tell me, after? #move:blame]
    ~ kara_last = "blame"
    ~ kara_pressure += 1
    Thursday? When were you going to tell me, after? #speaker:kara
    The hurt is real: she was left out. But met with blame, his first real disclosure teaches him that opening up costs more than staying quiet. #coach
* [I thought you'd gone quiet because of me. I've been scared we're drifting apart. #move:share_vulnerable]
    ~ kara_last = "share_vulnerable"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    I thought you'd gone quiet because of me. I've been scared we're drifting apart. #speaker:kara
    Her fear for his: each shows the soft feeling under the hard behavior. #coach
- (jake_answers)
{
- kara_last == "blame" && (state_of("jake") == "escalated" || state_of("jake") == "flooded"):
    See? This is why. It becomes about what I did wrong. #speaker:jake #move:jake.defend
- kara_last == "blame":
    I didn't want you to worry. And I didn't want it to be real yet. #speaker:jake #move:jake.defend
- state_of("jake") == "flooded":
    Jake stares at his coffee. #move:jake.withdraw
- kara_last == "share_vulnerable":
    Because of you? No. God, no. I've been hiding, but not from you. From this. #speaker:jake #move:jake.repair
- else:
    He lets out a breath he seems to have been holding for weeks.
    Yeah. It has been a lot. #speaker:jake #move:jake.turn_toward
}
-> kara_her_week

=== kara_her_week ===
{
- state_of("jake") == "flooded" && kara_the_flood == 0:
    -> kara_the_flood
}
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    Jake turns his mug round and round and says nothing. #move:jake.withdraw
- else:
    What about you? You said Thursday was bad, and I never asked. #speaker:jake #move:jake.bid
}
* [Kara tells him about the review, and the Friday dinner alone. #move:share_vulnerable]
    ~ kara_last = "share_vulnerable"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    It was awful. My review went badly, and on Friday I ate dinner alone and kept checking my phone for you. #speaker:kara
    Letting him in. A pursuer can be so busy reaching that she forgets to let herself be reached. #coach
* [It's fine. This isn't about me. #move:dismiss]
    ~ kara_last = "dismiss"
    It's fine. This isn't about me. #speaker:kara
    That was his bid, and she turned away from it. Pursuers can deflect too, when being looked after feels less safe than doing the looking. #coach
- (jake_answers)
{
- state_of("jake") == "flooded":
    Jake says nothing. #move:jake.stonewall
- kara_last == "dismiss":
    It sort of is, though. Isn't it? #speaker:jake #move:jake.turn_toward
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    That sounds hard. I'm sorry. #speaker:jake #move:jake.validate
- else:
    Jake reaches across and takes her hand.
    I should have texted. I'm sorry you were on your own. #speaker:jake #move:jake.validate
}
-> kara_asking_directly

=== kara_asking_directly ===
Kara realizes she has never actually asked for what she wants. She has only complained about its absence.
* [Here's what I'd like. One evening a week that's just us. No phones, no logistics. Would you want that? #move:ask_closeness]
    ~ kara_last = "ask_closeness"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    Here's what I'd like. One evening a week that's just us. No phones, no logistics. Would you want that? #speaker:kara
    Asking for togetherness directly, as a request he can say yes or no to. Lancer: without guilt and without blame. #coach
* [From now on, when something's going on with you, you tell me. The day it happens. #move:demand]
    ~ kara_last = "demand"
    ~ kara_pressure += 1
    From now on, when something's going on with you, you tell me. The day it happens. #speaker:kara
    A rule instead of a request. He may agree, but a distancer hears a new exam to fail. #coach
- (jake_answers)
{
- state_of("jake") == "flooded":
    Jake nods, but he is a long way off. #move:jake.withdraw
- kara_last == "demand" && state_of("jake") == "escalated":
    So now there are rules. Great. #speaker:jake #move:jake.defend
- kara_last == "demand":
    I'll try. But it's hard when it feels like an exam. #speaker:jake #move:jake.defend
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    Yes. Okay. I'd like that. #speaker:jake #move:jake.turn_toward
- else:
    Yes. Wednesdays? And come to Dev's on Friday. I should have asked you, not just said yes. #speaker:jake #move:jake.turn_toward
}
-> kara_his_turn

=== kara_his_turn ===
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    I need to stop for a bit. Can I have half an hour with the paper? Then I'm yours, I promise. #speaker:jake #move:jake.ask_space=30
- else:
    Can I ask for something too? Some Saturdays I just want the paper and my coffee, without it meaning something's wrong. Give me half an hour, then I'm all yours. #speaker:jake #move:jake.ask_space=30
}
Now he is asking for space directly, with a time to come back. It's the other half of Lancer's advice: each of them saying what they need. #coach
* [Deal. Half an hour. And then you're mine for a walk. #move:turn_toward]
    ~ kara_last = "turn_toward"
    Deal. Half an hour. And then you're mine for a walk. #speaker:kara
    She can say yes to his space because it comes with a way back. No fear of being abandoned, no fear of being swallowed. #coach
    {
    - kara_pressure >= 2 || state_of("jake") == "escalated" || state_of("jake") == "flooded" || state_of("kara") == "flooded":
        -> kara_half_an_hour
    }
    -> kara_reconnected
* [Honestly? That scares me a little. But yes. Half an hour. #move:share_vulnerable]
    ~ kara_last = "share_vulnerable"
    Honestly? That scares me a little. But yes. Half an hour. #speaker:kara
    Naming the fear and saying yes anyway. That is self-soothing in action: she doesn't need him to take the fear away. #coach
    {
    - kara_pressure >= 2 || state_of("jake") == "escalated" || state_of("jake") == "flooded" || state_of("kara") == "flooded":
        -> kara_half_an_hour
    }
    -> kara_reconnected
* [So I get you by appointment now? #move:criticize]
    ~ kara_last = "criticize"
    So I get you by appointment now? #speaker:kara
    His ask for space heard as rejection. The pursuer's alarm read his need as a threat, and the cycle starts again. #coach
    {
    - state_of("jake") == "escalated" || state_of("jake") == "flooded":
        Jake picks the paper back up and says nothing. #move:jake.stonewall
    - else:
        That's not what I... Never mind. Forget I asked. #speaker:jake #move:jake.withdraw
    }
    -> kara_cold_shoulder

// She pressed enough on the way here that his half hour is a break he needs, not a pause he
// can enjoy. Saying yes to it still turns a retreat into a break with a time to come back.
=== kara_half_an_hour ===
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    Jake nods without looking at her and takes the paper out to the back step. #move:jake.take_break=30
- else:
    Thanks. Half an hour. #speaker:jake #move:jake.take_break=30
    He takes the paper and his coffee out to the back step.
}
Kara pours the cold coffee away and makes a fresh pot. She doesn't follow him out.
{
- state_of("kara") == "flooded":
    Her own heart is still racing. His half hour is a break for both of them: twenty minutes or more is what a flooded body needs, hers included. #coach
- else:
    The pressing on the way here left him needing a real break. Saying yes to it, with a time to come back, keeps a retreat from hardening into a wall. #coach
}
At half past ten Jake comes back in and sits down next to her, not across. Neither of them tries to finish the conversation. They agree to finish it tonight, slower. #ending:break_and_return
-> END

=== kara_reconnected ===
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    Thank you. Really. #speaker:jake #move:jake.appreciate
- kara_last == "share_vulnerable":
    I'll be back. I'm not going anywhere, Kar. I just need to land first. #speaker:jake #move:jake.validate
- else:
    Jake grins, and for a second he looks like the man she married.
    Deal. #speaker:jake #move:jake.turn_toward
}
At half past ten Jake folds the paper and gets his coat without being asked.
{
- kara_his_week:
    They walk the long loop by the creek. He tells her more about Thursday; she tells him about the review.
- else:
    They walk the long loop by the creek. He tells her what's been keeping him up: the restructuring, an interview for his own job on Thursday. She tells him about her week.
}
Neither of them fixes anything. But she knows now that his quiet was fear, not absence, and he knows that her asking was loneliness, not a test.
For the first time in weeks they are on the same side of it. #ending:reconnected
-> END
