// Kara and Jake, played as JAKE (the distancer). Kara is simulated by the model.
// Adapted from the Kara and Jake scene in 002_612bd878bc8560af.txt; the nervous-system framing
// (fight for the pursuer, flight or freeze for the distancer) from 000_b7220c8e30255284.txt.
//
// Shape of the mode:
//   breakfast bid (turn toward it or not) decides Kara's opening: soft start-up or the seed's harsh one
//   -> the newspaper (Jake's first answer)
//      toward: what she means -> what's in his head -> the test he can't see -> her fear
//              -> her week -> Saturday mornings                               => reconnected
//              or half an hour's space (he asks, then walks the river path: take_break=30),
//              a return, the same road                                       => reconnected
//              at her fear, if either of them is flooded: twenty minutes first, or push on
//              with the right words that nobody can hear                      => deadlock
//      away:   her second try -> the list -> the heat (Jake floods)
//              keep reading -> she stops asking (she may go cold)               => deadlock
//              walk out with no time to come back                              => walked_out
//              five minutes (too short) -> walk out, or take the full twenty
//              twenty minutes -> the break -> the return -> a calmer talk      => break_and_return
// Kara's words at every beat follow the model: state_of("kara") and stance_of("kara")
// (reaching | protesting | attacking | cold). Structure follows Jake's choices alone, so every
// ending is reachable whatever the model's numbers are.

VAR jake_opening = ""          // "soft" if Jake turned toward her bid at breakfast, else "harsh"
VAR jake_last = ""             // Jake's last move at the newspaper, for the coaching that follows
VAR jake_turned_away = 0       // how many times Jake has dismissed, stonewalled or defended
VAR jake_break_from = ""       // "heat" (a break taken flooded) or "space" (space asked for calmly)
VAR jake_texted_back = false   // did he answer her during the break
VAR jake_back_at = "eleven"    // the time he said he would come back from a break
VAR jake_asked_for_space = false  // did he ask, at the end, for an hour to himself some evenings
VAR jake_paused_at_her_fear = false  // did they stop for twenty minutes because someone was flooded


=== jake_start ===
Saturday, twenty to nine. The kitchen smells of toast.
Jake has the paper open at the business pages. There is a piece on the merger that may swallow his department, and he is reading it for the second time.
Kara is at the window with her coffee and her phone.
-> jake_breakfast


=== jake_breakfast ===
Lena texted. She and Tom want us for dinner next Saturday. Oh, and look, the magnolia's finally out. #speaker:kara #move:kara.bid

* [Fold the paper and go to the window. #move:turn_toward]
    ~ jake_opening = "soft"
    Jake folds the paper and stands beside her. The tree is covered, pink against the fence.
    It's early this year. And yes to Lena, even if Tom makes the paella again. #speaker:jake
    {
    - state_of("kara") == "flooded":
        Kara nods. She doesn't trust her voice yet. #move:kara.withdraw
    - state_of("kara") == "calm" || state_of("kara") == "cooling":
        You had thirds of that paella. #speaker:kara #move:kara.humor
    - else:
        Thank you for looking. #speaker:kara #move:kara.appreciate
    }
    The magnolia was a bid: a small reach for his attention. Turning toward bids like this is the everyday stuff closeness is built from (Gottman). #coach
    -> later

* [Mm. Sure. Whatever you want. Turn the page. #move:dismiss]
    ~ jake_opening = "harsh"
    ~ jake_turned_away = jake_turned_away + 1
    Mm. Sure. Whatever you want. #speaker:jake
    Jake turns the page without looking up. The merger story continues on page four.

- (unanswered)
{
- state_of("kara") == "calm" || state_of("kara") == "activated":
    Kara waits for him to look up. He doesn't. She answers Lena herself and takes her coffee into the garden. #move:kara.self_soothe
- else:
    Right. I'll decide, then. I usually do. #speaker:kara #move:kara.criticize
}
Missing a bid is ordinary; everyone does it. But unanswered bids add up, and the next reach tends to come out harder. #coach

- (later)
Ten past ten. Jake has taken a second coffee and the paper to the armchair. He has read the merger piece three times now.
-> jake_the_opening


=== jake_the_opening ===
{ jake_opening == "soft" && state_of("kara") != "flooded":
    Kara comes in and sits on the arm of the sofa, facing him.
    I feel left out when you don't talk to me about what's going on in your head, and I'd like to know what you're thinking. #speaker:kara #move:kara.soft_startup
    That was a soft start-up: a feeling, a situation, a wish, and no verdict on him. After the magnolia, she had reason to hope he would hear it. #coach
- else:
    Kara stands in the doorway with her arms folded. She has been rehearsing this in the garden.
    Let's talk about why we're not spending time together anymore. How can we get along if we don't work on our problems? #speaker:kara #move:kara.criticize
    That was a harsh start-up: the problem framed as something Jake is doing wrong. Conversations tend to end the way they begin (Gottman). Under it is a lonely morning. #coach
}
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    Jake's chest goes tight. It is the old feeling of being called up to the front of the class.
- state_of("jake") == "activated":
    Something in Jake braces, the way it does before a review meeting.
- else:
    Jake looks at her over the top of the paper.
}
-> jake_the_newspaper


=== jake_the_newspaper ===
* {jake_opening == "harsh"} [I'm not sure what problems you're talking about. We're getting along fine. #move:dismiss]
    ~ jake_last = "dismiss"
    I'm not sure what problems you're talking about. We're getting along fine. #speaker:jake
    -> away

* {jake_opening == "soft"} [Nothing's going on in my head. Honestly. We're getting along fine. #move:dismiss]
    ~ jake_last = "dismiss"
    Nothing's going on in my head. Honestly. We're getting along fine. #speaker:jake
    -> away

* [Keep reading. #move:stonewall]
    ~ jake_last = "stonewall"
    Jake keeps his eyes on page four. He reads the same sentence about synergies again.
    -> away

* {jake_opening == "harsh"} [I've done fifty-hour weeks since March. Can I have one hour with the paper? #move:defend]
    ~ jake_last = "defend"
    I've done fifty-hour weeks since March. Can I have one hour with the paper? #speaker:jake
    -> away

* {jake_opening == "soft"} [That's fair. I have been in my own head lately. #move:validate]
    That's fair. I have been in my own head lately. #speaker:jake
    Jake lays the paper across his knees.
    Validating isn't confessing to being a bad partner. It says: what you feel makes sense from where you stand. #coach
    -> jake_what_she_means

* [Put the paper down. #move:turn_toward]
    Jake folds the paper and puts it on the floor beside the chair.
    { jake_opening == "soft": Left out how? Tell me. | Okay. I'm listening. } #speaker:jake
    Putting the paper down is small, and it says something big: I'm here. Distancers often underestimate how much that counts. #coach
    -> jake_what_she_means

- (away)
~ jake_turned_away = jake_turned_away + 1
-> jake_second_try


// Away: Kara tries again, in whatever state his answer left her.
=== jake_second_try ===
{
- stance_of("kara") == "cold":
    Okay. #speaker:kara #move:kara.withdraw
    She nods slowly, as if he has only confirmed something she already knew.
- state_of("kara") == "flooded":
    Jake, I don't even know if you like me anymore. #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking":
    You've said about ten words to me this week, and three of them were what's for dinner. #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    I'm standing right here, Jake. I'm telling you something's wrong, and you won't even look at me. #speaker:kara #move:kara.demand
- else:
    I'm not trying to start a fight. I miss you, that's all. Even when you're in the room. #speaker:kara #move:kara.ask_closeness
}
{ jake_last:
- "dismiss":
    We're fine is meant to calm things down. To a pursuer it sounds like her loneliness doesn't count, so the pressure goes up, not down. #coach
- "stonewall":
    Reading on is a freeze, not indifference: Jake is trying to keep the peace. From Kara's side, silence is the loudest answer there is. #coach
- "defend":
    Defending answers the charge, not the feeling. Both of them have a point, which is exactly why this goes round in circles. #coach
}

* [Say nothing. Turn a page you haven't read. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake turns a page he hasn't read.
    -> jake_the_list

* [I'm here every night. I cooked twice this week. What more do you want? #move:defend]
    ~ jake_turned_away = jake_turned_away + 1
    I'm here every night. I cooked twice this week. What more do you want? #speaker:jake
    -> jake_the_list

* [Put the paper down. Tell her she's right that something's off. #move:validate]
    Jake puts the paper down.
    You're right. Something's been off with us. I'm listening. #speaker:jake
    It isn't too late to turn toward her. One real answer interrupts the loop. #coach
    -> jake_what_she_means


// Away: she gets specific.
=== jake_the_list ===
{
- stance_of("kara") == "cold":
    Lena's birthday, in March. That was the last time it was just us. I told her we were fine. I'm not sure why I bothered. #speaker:kara #move:kara.withdraw
    She sits down at the far end of the sofa, as far from him as the room allows.
- state_of("kara") == "flooded":
    Kara is crying now, and angry at herself for it.
    When did we last do anything, just us? Lena's birthday. That was March, Jake. #speaker:kara #move:kara.blame
- stance_of("kara") == "attacking":
    You had time for Dan's stag weekend. You had time to regrout the bathroom. You don't have time for me. #speaker:kara #move:kara.blame
- stance_of("kara") == "protesting":
    When did we last do anything, just the two of us? Lena's birthday. That was March. #speaker:kara #move:kara.criticize
- else:
    When did we last do anything, just us? I think it was Lena's birthday, in March. I'd like us to have that again. #speaker:kara #move:kara.ask_closeness
}
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    March. Jake knows she's right, and knowing it makes his face hot.
- else:
    March. Jake counts back and finds she's right.
}

* [March. You're right. I've been hiding in work, and then in the paper. #move:own_part]
    March. You're right. I've been hiding in work, and then in the paper. #speaker:jake
    Owning your part stops the blame game. It's easier to point at a partner than to name our own share (Lerner), and it changes the temperature at once. #coach
    -> jake_in_his_head

* [And you've had your phone out every evening too, you know. #move:blame]
    ~ jake_turned_away = jake_turned_away + 1
    And you've had your phone out every evening too, you know. #speaker:jake
    Fighting back turns pursue-withdraw into attack-defend. The score evens up; nobody feels any better. #coach
    -> jake_the_heat

* [Say nothing. Look at the page. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake looks at the page. The words have stopped being words.
    -> jake_the_heat


// Away: Jake floods. The exits are here.
=== jake_the_heat ===
{
- stance_of("kara") == "cold":
    Kara stops talking. She picks up her phone and scrolls, not reading anything either. #move:kara.withdraw
- state_of("kara") == "flooded":
    You know what? Go back to your paper. You're clearly better at that than at being married. #speaker:kara #move:kara.contempt
- stance_of("kara") == "attacking":
    Do you actually care, or is this all just noise to you? #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    Why is it so hard to just hear me? I'm not the enemy, Jake. #speaker:kara #move:kara.demand
- else:
    I don't want to fight. I just want to know where you've gone. #speaker:kara #move:kara.bid
}
{
- state_of("jake") == "flooded":
    Jake's heart is pounding. Her voice sounds far off, as if through a wall. Every answer he can think of is the wrong one.
- state_of("jake") == "escalated":
    Heat climbs Jake's neck. He can feel the shutters coming down.
- else:
    Jake feels the familiar tightening: whatever he says next will be marked wrong.
}
{
- state_of("jake") == "flooded":
    This is flooding: heart over 100, thinking narrowed to fight or flight. Stonewalling is what flooding looks like from outside, not indifference. #coach
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    Jake is on his way to flooding. Going blank is what that looks like from outside, not indifference. A break taken early is easier than one taken late. #coach
- else:
    Jake is still steady enough to answer. Even so, when the shutters start coming down, a real break beats a harder stare at the page. #coach
}
{
- cycle_stage() == "withdraw-withdraw":
    Both of them are pulling back now. The cycle is the problem here, not either person in it. #coach
- cycle_stage() == "attack-defend":
    Attack and defend: each answer is the other's cue. The cycle is the problem here, not either person in it. #coach
- else:
    Her push makes his silence; his silence makes her push. The cycle is the problem here, not either person in it. #coach
}

* [Go silent. Eyes on the paper. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake lifts the paper a little higher and says nothing at all.
    -> jake_she_stops_asking

* [Get up and walk out. #move:withdraw]
    Jake gets up. The paper slides off his knee onto the floor.
    -> jake_walks_out

* [I need a minute. Give me five minutes. #move:take_break=5]
    I need a minute. Give me five minutes. #speaker:jake
    -> jake_five_minutes

* [I'm too wound up to hear you. I need twenty minutes, and I'll come and find you at eleven. #move:take_break=20]
    ~ jake_break_from = "heat"
    I'm too wound up to hear you properly, and I do want to hear you. Give me twenty minutes. I'll come and find you at eleven. #speaker:jake
    That's a break, not an exit: long enough for a flooded body to come down, with a time to come back, so she doesn't have to chase him. #coach
    -> jake_the_break


=== jake_five_minutes ===
Jake goes to the kitchen, runs the cold tap and drinks a glass of water standing at the sink. He watches the clock on the oven. Five minutes, then he goes back in.
{
- state_of("jake") == "flooded":
    His heart is still going as if he has run for a bus. Five minutes has taken the edge off nothing.
- state_of("jake") == "calm":
    He feels steadier. It won't take much to undo that.
- else:
    He is a little steadier at the sink, but his heart hasn't caught up. The tightness is still there, waiting.
}
Five minutes is rarely enough. After flooding the body needs about twenty minutes to settle (Gottman), and coming back early usually restarts the fight at the same pitch. #coach
{
- stance_of("kara") == "cold":
    Kara has her coat on.
    I'm going round to Lena's. #speaker:kara #move:kara.withdraw
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    Five minutes. Long enough to think of an excuse? #speaker:kara #move:kara.contempt
- stance_of("kara") == "protesting":
    Better? Good. So can we talk now? #speaker:kara #move:kara.demand
- else:
    Okay. I'm still here. Where were we? #speaker:kara #move:kara.bid
}

* [I'm not actually calmer. I need twenty minutes, properly. I'll be back at quarter past eleven. #move:take_break=20]
    ~ jake_break_from = "heat"
    ~ jake_back_at = "quarter past eleven"
    I'm not actually calmer. I need twenty minutes, properly. I'll be back at quarter past eleven. I promise. #speaker:jake
    Noticing that you are still flooded, and saying so, is the skill. A longer break with a time to return is what the body needs. #coach
    -> jake_the_break

* [Grit your teeth and carry on. #move:defend]
    Fine. Let's talk. But I'm not going to stand here and be told I'm a bad husband. #speaker:jake
    {
    - stance_of("kara") == "cold":
        Kara says nothing. She looks at him as if from the other side of a window. #move:kara.withdraw
    - state_of("kara") == "flooded" || stance_of("kara") == "attacking":
        Nobody said bad husband! You're doing it again, making it all about you! #speaker:kara #move:kara.criticize
    - else:
        I didn't say that. I've never said that. #speaker:kara #move:kara.defend
    }
    The room tilts. Jake is on his feet before he has decided anything.
    -> jake_walks_out


=== jake_walks_out ===
Jake is in the hall. His heart is going hard, and the front door is right there.
{
- stance_of("kara") == "cold":
    Kara doesn't follow him. She doesn't call after him. Somehow that is the worst part. #move:kara.withdraw
- state_of("kara") == "flooded":
    That's right. Walk away. It's what you do. #speaker:kara #move:kara.contempt
- stance_of("kara") == "attacking":
    Don't you dare walk off in the middle of this! #speaker:kara #move:kara.demand
- stance_of("kara") == "protesting":
    Jake? Where are you going? Jake! #speaker:kara #move:kara.demand
- else:
    Jake, wait. Where are you going? #speaker:kara #move:kara.bid
}
{ stance_of("kara") == "cold":
    She has stopped following. That isn't relief: it is what giving up looks like. Leaving now, with no time to come back, confirms what she has started to believe. #coach
- else:
    Leaving when flooded isn't the mistake. Leaving without saying when you'll be back is: to a pursuer, an open-ended exit feels like abandonment, and her alarm goes up. #coach
}

* [Take the car keys and go. #move:withdraw]
    -> jake_end_walked_out

* [Stop at the door. Tell her when you'll be back. #move:take_break=20]
    ~ jake_break_from = "heat"
    Jake stops with his hand on the latch, and turns round.
    I'm not leaving. I'm too wound up, that's all. Twenty minutes, a walk, and I'll be back at eleven. #speaker:jake
    Walking away to calm down, not to punish, and naming the time: that is the difference between a break and an exit. #coach
    -> jake_the_break


// Away: he stonewalled through the heat. Ignored long enough, Kara gives up.
=== jake_she_stops_asking ===
{
- stance_of("kara") == "cold":
    Kara puts her phone down and looks at him for a long moment. #move:kara.withdraw
    It's fine. Forget it. We're getting along fine. #speaker:kara #move:kara.dismiss
    His own words, in her mouth. They sound nothing like peace.
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    I could set the kitchen on fire and you'd turn the page. #speaker:kara #move:kara.contempt
- stance_of("kara") == "protesting":
    Jake. Say something. Anything. Please. #speaker:kara #move:kara.demand
- else:
    I'm going to stop asking soon, Jake. I don't want to. I'm just so tired of asking. #speaker:kara #move:kara.share_vulnerable
}
When a pursuer goes quiet it can look like calm. Usually it's the opposite: the protest stops when the hope does. A partner who has stopped asking is further away than one still shouting. #coach

* [Let the quiet settle. It's easier. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake says nothing. The clock in the hall ticks. After a while the room just feels empty, even with both of them in it.
    -> jake_end_deadlock

* [Kara, wait. I'm not ignoring you. I just can't think straight. #move:repair]
    Jake puts the paper down.
    Kara, wait. I'm not ignoring you. I just can't think straight. #speaker:jake
    -> jake_late_repair


=== jake_late_repair ===
{
- stance_of("kara") == "cold":
    It's fine, Jake. Really. I'm going to see if Lena wants lunch. #speaker:kara #move:kara.withdraw
- state_of("kara") == "flooded":
    You can't think? I've been talking to a newspaper for an hour. #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking":
    Then why does it feel like you're choosing not to? #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    Then say that. Tell me when you can't think. Don't just vanish behind the paper. #speaker:kara #move:kara.demand
- else:
    Okay. Thank you for saying that. What do you need? #speaker:kara #move:kara.turn_toward
}
That was a repair attempt. Whether it lands depends less on the words than on how flooded both people are, and how much goodwill is still in the room. #coach

* [Tell her you need twenty minutes to come down, and when you'll be back. #move:take_break=20]
    ~ jake_break_from = "heat"
    I need twenty minutes to come down. Then I'll find you. Eleven o'clock, wherever you are. I promise. #speaker:jake
    -> jake_the_break

* [Never mind. It doesn't matter. #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Never mind. It doesn't matter. #speaker:jake
    -> jake_end_deadlock


// The break: reached from the heat (flooded) or from asking for half an hour (calm).
=== jake_the_break ===
{ jake_break_from == "space":
    Jake takes his jacket from the hook and goes out the back door, past the magnolia, to walk the river path and get the words in order. #move:jake.take_break=30
- else:
    Jake goes out the back door, past the magnolia, and walks. Round the block, slowly, breathing out for longer than he breathes in.
}
A break works when the body comes down: walking, slow breathing, flipping through a magazine. Rehearsing the argument in your head keeps you flooded. #coach
Halfway round, he checks his phone.
{
- stance_of("kara") == "cold":
    Nothing from Kara. Not even a question mark. #move:kara.withdraw
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    Enjoy your walk. #speaker:kara #move:kara.contempt
- stance_of("kara") == "protesting":
    Are you actually coming back? #speaker:kara #move:kara.demand
- else:
    Take your time. I'm in the garden. x #speaker:kara #move:kara.self_soothe
}

* [Send her a line: I'm coming back, like I said. #move:repair]
    ~ jake_texted_back = true
    Jake types a line, Back at {jake_back_at}, like I said, sends it, and walks on.
    One line tells a pursuer the break has an end. It costs him almost nothing and it lets her breathe too. #coach

* [Put the phone away until you're back. #move:stonewall]
    Jake puts the phone back in his pocket. He'll be home soon enough; she'll see.
    A break only feels safe to a pursuer if she can trust it ends. Silence during it reads as the exit she fears. #coach

- (end_of_walk)
{
- state_of("jake") == "flooded":
    His heart is still quick. Something kept feeding it all the way round.
- state_of("jake") == "cooling" || state_of("jake") == "calm":
    By the time he turns for home his breathing has slowed. The merger is still true. So is the fact that Kara has been lonely.
- else:
    He is steadier. Not calm, but steadier.
}
-> jake_the_return


=== jake_the_return ===
At {jake_back_at} Jake comes in through the back door.
{
- stance_of("kara") == "cold":
    Kara is at the kitchen table with her phone. She doesn't look up.
    Hi. #speaker:kara #move:kara.withdraw
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    Oh. You came back. I wasn't sure. #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    { jake_texted_back: So. Are we talking now? | You didn't answer me. So. Are we talking now? } #speaker:kara #move:kara.demand
- else:
    Kara is on the bench under the magnolia. She looks up.
    You came back. #speaker:kara #move:kara.turn_toward
}
Coming back when you said you would is what makes a break safe for a pursuer, and what makes the next one easier to ask for. #coach

* {jake_break_from == "space"} [Sit down next to her. Tell her what's been going on. #move:share_vulnerable]
    Jake sits down next to her.
    -> jake_the_test

* {jake_break_from == "heat"} [Own your part in the morning. #move:own_part]
    I'm sorry I hid behind the paper. You were asking for me, and I made you ask again and again. #speaker:jake
    -> jake_calmer_talk

* {jake_break_from == "heat"} [Tell her what happens in you when it gets loud. #move:share_vulnerable]
    When it gets loud my heart goes like I've been running, and I can't find a single word. The paper is somewhere to hide. It isn't because I don't care. #speaker:jake
    -> jake_calmer_talk

* [Can we just forget this morning? #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Can we just forget this morning? #speaker:jake
    {
    - stance_of("kara") == "cold":
        Already forgotten. #speaker:kara #move:kara.withdraw
    - state_of("kara") == "flooded" || stance_of("kara") == "attacking":
        Of course we can. We always do. #speaker:kara #move:kara.contempt
    - else:
        Kara looks at him for a long moment, then back at the garden.
        If that's what you want. #speaker:kara #move:kara.withdraw
    }
    A return that skips the talk undoes the break. The calm is real; the conversation still has to happen. #coach
    -> jake_end_deadlock


=== jake_calmer_talk ===
{
- stance_of("kara") == "cold":
    Okay. #speaker:kara #move:kara.withdraw
    She is listening, but from a long way off.
- state_of("kara") == "flooded":
    She hears it, but only half; her face is still tight.
    I wish you'd said that an hour ago. #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking" || stance_of("kara") == "protesting":
    Then why didn't you just say so? #speaker:kara #move:kara.demand
- else:
    Kara moves over to make room.
    I hate it when I get loud. I get scared you're gone, and it comes out as shouting. #speaker:kara #move:kara.share_vulnerable
}
{ state_of("kara") == "flooded" || state_of("jake") == "flooded":
    The break worked, and the return set it off again. {jake_texted_back: Old alarms don't clear in one walk.|A silent phone keeps a pursuer's alarm running the whole time he's gone.} When it flares, the honest move is another pause with a time on it: tonight, not never. #coach
- else:
    Twenty minutes later, the same two people can hear things they couldn't before. That is the point of the break. #coach
}

* [Ask to keep going tonight, after dinner, phones in the drawer. #move:ask_closeness]
    Can we keep going tonight? After dinner. Phones in the drawer, both of us. #speaker:jake
    -> jake_end_break_and_return

* [Thank her for waiting. #move:appreciate]
    Thank you for waiting for me. {jake_texted_back: And for the text.|I should have answered your text.} #speaker:jake
    -> jake_end_break_and_return

* [Let's not pick it all apart again. #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Let's not pick it all apart again. We're okay now. #speaker:jake
    {
    - stance_of("kara") == "cold" || state_of("kara") == "calm" || state_of("kara") == "cooling":
        Sure. #speaker:kara #move:kara.withdraw
    - else:
        We're not okay, Jake. We're just quieter. #speaker:kara #move:kara.criticize
    }
    -> jake_end_deadlock


// Toward: he has put the paper down. What does she mean?
=== jake_what_she_means ===
{
- stance_of("kara") == "cold":
    I don't even know anymore. I've said it so many times it's stopped sounding like anything. #speaker:kara #move:kara.withdraw
- state_of("kara") == "flooded":
    Now? Now you want to know? #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking":
    Now you put it down? Fine. Tuesday. Dad's scan. You said okay and opened your laptop. #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    It's Tuesday. I told you about Dad's scan, and you said okay and opened your laptop. #speaker:kara #move:kara.criticize
- else:
    It's not one big thing. On Tuesday I told you about Dad's scan, and you said okay and opened your laptop. I miss you, and you're right here. #speaker:kara #move:kara.share_vulnerable
}

* [That sounds lonely. You told me something frightening, and I wasn't there. #move:validate]
    That sounds lonely. You told me something frightening, and I wasn't there. #speaker:jake
    He says what her side looks like before he explains his. That order matters. #coach
    -> jake_in_his_head

* [You're right. I've been somewhere else for weeks. That's on me. #move:own_part]
    You're right. I've been somewhere else for weeks. That's on me. #speaker:jake
    Owning your part, without a but, is the quickest way out of the blame game (Lerner). #coach
    -> jake_in_his_head

* [I did ask about the scan. I asked on Wednesday. #move:defend]
    ~ jake_turned_away = jake_turned_away + 1
    I did ask about the scan. I asked on Wednesday. #speaker:jake
    True, and beside the point. She's telling him how lonely Tuesday was, not asking for a ruling on Wednesday. #coach
    -> jake_the_heat


// Toward: the question under her question.
=== jake_in_his_head ===
{
- stance_of("kara") == "cold":
    You don't have to tell me. I've sort of stopped expecting you to. #speaker:kara #move:kara.withdraw
- state_of("kara") == "flooded":
    Then tell me what's going on, because the things I imagine are awful. #speaker:kara #move:kara.demand
- stance_of("kara") == "attacking":
    So what is it? Is it me? #speaker:kara #move:kara.demand
- stance_of("kara") == "protesting":
    Then tell me what's going on in there. I'm guessing, and my guesses are awful. #speaker:kara #move:kara.demand
- else:
    Kara sits down on the sofa, close to his chair.
    Thank you. So what is going on in there? You've been somewhere else since spring. #speaker:kara #move:kara.bid
}
Jake thinks of the merger piece, the review on Thursday, the forecasts he has been rebuilding at midnight so nobody can find a hole in them.
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    His throat is tight. If he starts, he isn't sure what will come out.
- else:
    It would be easy to say nothing. It usually is.
}

* [Tell her about the merger, and what her questions feel like. #move:share_vulnerable]
    -> jake_the_test

* [Ask for half an hour to get it straight, and say when you'll be back. #move:ask_space=30]
    ~ jake_break_from = "space"
    -> jake_half_an_hour

* [Nothing's going on. It's just work stuff. #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Nothing's going on. It's just work stuff. #speaker:jake
    -> jake_just_work


// Toward, nearly lost: he closes the door on her question. One more chance to open it.
=== jake_just_work ===
{
- stance_of("kara") == "cold":
    Right. Just work. #speaker:kara #move:kara.withdraw
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    Just work. It's always just work. #speaker:kara #move:kara.contempt
- else:
    Kara waits, in case there is more.
    Okay. #speaker:kara #move:kara.withdraw
}
She asked the one question that mattered, and he closed the door on it. Just work is also, often, just fear. #coach

* [Let it go. Pick the paper back up. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake picks the paper back up. Kara goes to put the kettle on, though neither of them wants tea.
    -> jake_end_deadlock

* [It isn't just work. Tell her. #move:share_vulnerable]
    Sorry. That was the old reflex. It isn't just work. #speaker:jake
    Catching your own retreat and coming back is a repair in itself. It shows her the door can open from his side too. #coach
    -> jake_the_test


=== jake_half_an_hour ===
I want to answer that properly, and right now it would come out wrong. Can I have half an hour? I'll come and find you at eleven, and I'll tell you. #speaker:jake
{
- stance_of("kara") == "cold":
    Take as long as you like. #speaker:kara #move:kara.withdraw
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    Of course. A timetable for talking to your wife. #speaker:kara #move:kara.contempt
- stance_of("kara") == "protesting":
    Half an hour. You promise? Because later usually means never. #speaker:kara #move:kara.demand
- else:
    Eleven. Okay. I'll be in the garden. #speaker:kara #move:kara.turn_toward
}
Asking for space directly, with a time to come back, is the opposite of stonewalling: it tells her the door is open. Ask for togetherness and for space directly, without guilt or blame (Lancer). #coach
-> jake_the_break


// Toward: what the pressure feels like to him.
=== jake_the_test ===
Jake looks at his hands for a moment.
They announced the merger in March. My whole department is being reviewed. I've been rebuilding the forecasts every night so there's nothing for them to find. #speaker:jake
And then I come home and it's the same feeling. Like there's a test, and I keep failing it, and I can't even see the questions. So I go quiet. Quiet seems safest. #speaker:jake
That is the soft feeling under the retreat: fear of failing, not indifference. When the withdrawer shows it, the pursuer can soften (Johnson, EFT). #coach
{
- stance_of("kara") == "cold":
    Since March. Okay. #speaker:kara #move:kara.withdraw
    She says it flatly, not quite to him, as if it is news about someone she used to know.
- state_of("kara") == "flooded":
    Kara hears test and failing, and for a second it sounds like blame.
    You think I'm testing you? #speaker:kara #move:kara.defend
- stance_of("kara") == "attacking":
    The anger has nowhere to go.
    Since March? Why didn't you say anything? #speaker:kara #move:kara.turn_toward
- else:
    Since March? Jake. I thought you were bored of me. #speaker:kara #move:kara.share_vulnerable
}

* [I didn't want to bring it home. I thought if I kept it out, at least we'd be all right. #move:own_part]
    I didn't want to bring it home. I thought if I kept it out, at least we'd be all right. That was my mistake. #speaker:jake
    -> jake_her_fear

* [Anyway. At least the crossword's going well. #move:humor]
    Anyway. At least the crossword's going well. #speaker:jake
    Humour can be a repair, or a way out of the room. Straight after sharing something real, it usually reads as the second. #coach
    -> jake_her_fear


// Toward: her side of the same fear.
=== jake_her_fear ===
{ jake_paused_at_her_fear:
    Twenty minutes later they sit down again, on the bench under the magnolia this time, with two mugs of tea. Kara starts again, more slowly.
}
{
- state_of("kara") == "flooded":
    Don't. Don't fix it. I can't take any of it in right now. #speaker:kara #move:kara.demand
- stance_of("kara") == "cold":
    I used to think you'd come back if I asked the right way. I stopped thinking that a while ago. #speaker:kara #move:kara.withdraw
    That is worse than any shouting he braced for this morning.
- stance_of("kara") == "attacking" || stance_of("kara") == "protesting":
    Do you know what I think when you go quiet? Not that you're tired. That you're leaving. #speaker:kara #move:kara.share_vulnerable
- else:
    When you go quiet I don't think, he's tired. I think, he's leaving. So I push. And I hate how I sound when I push. #speaker:kara #move:kara.share_vulnerable
}
{ state_of("kara") == "flooded" || state_of("jake") == "flooded":
    { state_of("jake") == "flooded":
        Jake's heart is going as if he has run for a train. Her words reach him from a long way off, and his own won't come.
    - else:
        Her hands are shaking. Whatever he says next, she won't be able to hear it.
    }
    Someone in this room is flooded, and a flooded body can't take in tenderness, however well it's put. This is the moment for a real break, not better words (Gottman). #coach
}

* {state_of("kara") == "flooded" || state_of("jake") == "flooded"} [Neither of you can hear right now. Ask for twenty minutes, and say where you'll be. #move:take_break=20]
    ~ jake_paused_at_her_fear = true
    I want to hear this properly, and right now I can't. Twenty minutes. I'll make tea and bring it out to you. I'm not going anywhere. #speaker:jake
    Kara nods and goes out to the bench under the magnolia. Jake fills the kettle and breathes out slowly, longer than in, while it takes its time.
    Twenty minutes, with a place and a time to meet again: a break, not an exit. Neither of them has to win the next sentence. #coach
    -> jake_her_fear

* {state_of("kara") == "flooded" || state_of("jake") == "flooded"} [Push on. Find the right words. #move:validate]
    ~ jake_turned_away = jake_turned_away + 1
    That makes sense. I'm sorry. I'm here. #speaker:jake
    {
    - state_of("kara") == "flooded":
        Kara turns to the window and doesn't answer. #move:kara.stonewall
    - else:
        You're saying the right things. But you've gone somewhere. I can see it. #speaker:kara #move:kara.withdraw
        She lets it drop. He lets her.
    }
    The right words can't land while someone is flooded. Pushing on doesn't fail for want of trying; it fails because nobody can hear. #coach
    -> jake_end_deadlock

* {state_of("kara") != "flooded" && state_of("jake") != "flooded"} [That makes sense. From where you are, quiet looks like leaving. #move:validate]
    That makes sense. From where you are, quiet must look like leaving. #speaker:jake
    He doesn't have to agree he was leaving to see why it looked that way. #coach

* {state_of("kara") != "flooded" && state_of("jake") != "flooded"} [I'm not leaving. I go quiet because I'm scared of getting it wrong, not because I'm gone. #move:repair]
    I'm not leaving. I go quiet because I'm scared of getting it wrong, not because I'm gone. #speaker:jake
    Now each of them has the other's fear in hand: his of failing, hers of being left. That is the cycle, named together. #coach

- (her_fear_answered)
-> jake_her_week


// Toward: now that he is listening, she tells him the thing she carried alone this week.
=== jake_her_week ===
{
- stance_of("kara") == "cold":
    Dad's scan found a shadow on his lung. Biopsy on the ninth. It's fine. I've been dealing with it. #speaker:kara #move:kara.withdraw
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    And Dad. The scan on Tuesday found a shadow on his lung. Biopsy on the ninth. I tried to tell you, and you opened your laptop. #speaker:kara #move:kara.criticize
- else:
    Can I tell you about Dad now? The scan on Tuesday found a shadow on his lung. Biopsy on the ninth. I've been so scared. #speaker:kara #move:kara.share_vulnerable
}
This is what the loneliness was about. Not the paper: having no one to be frightened with. #coach

* [Take her hand. Just listen. #move:turn_toward]
    Jake takes her hand. He doesn't try to fix anything. He lets her talk about her dad for a long time.

* [I'll come with you on the ninth. I'll tell work. #move:bid]
    I'll come with you on the ninth. I'll tell work I'm out that morning. #speaker:jake
    {
    - state_of("kara") == "flooded":
        Kara nods, and presses her lips together, and can't say anything at all. #move:kara.withdraw
    - stance_of("kara") == "cold":
        Kara looks at him for a long moment, as if deciding whether to believe it. #move:kara.withdraw
    - else:
        You'd do that? #speaker:kara #move:kara.turn_toward
    }

- (listened)
-> jake_saturday_mornings


// Toward: asking directly for togetherness, and for space.
=== jake_saturday_mornings ===
{
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    I don't want a grand gesture. I want you in the room. Can you do that? #speaker:kara #move:kara.demand
- stance_of("kara") == "cold":
    I stopped asking for things a while ago. But if you mean it: Saturday mornings. You, here. Not the paper. #speaker:kara #move:kara.ask_closeness
    She says it as if she expects to be turned down.
- else:
    Can we have Saturday mornings back? The paper can come. Just with me in the room. #speaker:kara #move:kara.ask_closeness
    That was Kara asking for closeness directly, not as a complaint. Direct requests are much easier to say yes to. #coach
}

* [Yes. And ask her for something too: an hour alone some evenings. #move:ask_space=60]
    ~ jake_asked_for_space = true
    Yes. And can I ask for something too? Some evenings I need an hour on my own to come down from work. If I say so, will you trust I'm coming back? #speaker:jake
    Asking for space directly, with a time, is the distancer's half of Lancer's advice: neither of them should have to guess. #coach
    -> jake_end_reconnected

* [Yes. Starting now. Come and look at the magnolia. #move:turn_toward]
    Yes. Starting now. Come and look at the magnolia with me. #speaker:jake
    -> jake_end_reconnected

* [Sure. Let's not make a big thing of it, though. #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Sure. Let's not make a big thing of it, though. #speaker:jake
    {
    - stance_of("kara") == "cold":
        No. Let's not. #speaker:kara #move:kara.withdraw
    - state_of("kara") == "flooded":
        Kara goes very still.
        Right. Of course. Not a big thing. #speaker:kara #move:kara.withdraw
    - else:
        Kara goes very still.
        It is a big thing, Jake. It's the biggest thing. #speaker:kara #move:kara.share_vulnerable
    }
    So close. Shrinking the moment protects him from getting it wrong, and tells her it didn't matter. #coach
    -> jake_end_deadlock


// ---------------------------------------------------------------------------------------------
// Endings
// ---------------------------------------------------------------------------------------------

=== jake_end_reconnected ===
{
- state_of("kara") == "flooded":
    Kara wipes her eyes with the heel of her hand and nods. The words will have to come later. #move:kara.withdraw
- stance_of("kara") == "cold":
    Kara doesn't answer straight away. Then she nods, once.
    Okay. Saturday mornings. We'll see. #speaker:kara #move:kara.turn_toward
    It is not a thaw yet. But she has stopped looking at the door.
- state_of("kara") == "escalated":
    Kara wipes her eyes with the heel of her hand.
    Okay. Yes. Okay. #speaker:kara #move:kara.turn_toward
- else:
    Kara laughs, a real one, the first this morning.
    { jake_asked_for_space:
        Yes. And yes, an hour is fine. I just need to know you're coming back. #speaker:kara #move:kara.validate
    - else:
        Yes. Before the petals go. #speaker:kara #move:kara.turn_toward
    }
}
They stand at the window. The magnolia is doing what it does every year, whether anyone looks or not.
Neither problem is solved: the merger, the ninth. But each of them knows what the other was afraid of this morning, and that it wasn't each other. #coach
The paper stays on the floor until lunch. #ending:reconnected
-> END


=== jake_end_break_and_return ===
{
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    Tonight. And you'll be there? Actually there? #speaker:kara #move:kara.demand
    Jake nods. He will.
- stance_of("kara") == "cold":
    Okay. Tonight. #speaker:kara #move:kara.turn_toward
    It isn't warm yet. But it is a yes.
- else:
    Tonight. I'll make the soup you like. #speaker:kara #move:kara.appreciate
}
They haven't solved anything. But they stopped the fight before it said things neither of them meant, and they both came back to it.
That's what a break is for: at least twenty minutes, a time to come back, and a calmer start the second time around (Gottman). #coach
At one o'clock they make lunch together, talking about nothing much, on purpose. #ending:break_and_return
-> END


=== jake_end_walked_out ===
Jake takes the keys from the bowl. The front door shuts harder than he means it to.
He drives to the big hardware store on the ring road, parks, and sits with the engine off. His heart is still going.
{
- stance_of("kara") == "cold":
    His phone doesn't buzz. Not once. #move:kara.withdraw
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    His phone buzzes. Then again. Then again. #move:kara.demand
- else:
    Are you okay? Are you coming back? #speaker:kara #move:kara.bid
}

* [Text back: Back later. #move:dismiss]
    Jake types Back later, and sends it before he can soften it.
    Later is not a time. To a partner who is already afraid of being left, it reads as don't wait up. #coach

* [Leave the phone face down on the seat. #move:stonewall]
    Jake turns the phone face down on the passenger seat and watches people carry paint tins to their cars.

- (home_again)
He comes home at half past one.
{
- stance_of("kara") == "cold":
    Kara has gone out. There is a note on the table: At Lena's. Don't wait. #move:kara.withdraw
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    Kara is in the bedroom with the door shut. She doesn't come out. #move:kara.stonewall
- else:
    Kara is in the kitchen. She looks up, then away. #move:kara.withdraw
}
He left to stop the fight, and from her side he simply vanished. A flooded exit with no time to return leaves both alone with the worst version of the other. #coach
The paper is still on the living-room floor, open at page four. #ending:walked_out
-> END


=== jake_end_deadlock ===
The rest of Saturday happens anyway.
{
- stance_of("kara") == "cold":
    At one, Kara puts a bowl of soup at his place and takes hers into the garden. #move:kara.withdraw
- state_of("kara") == "flooded" || stance_of("kara") == "attacking":
    At one, Kara clatters a pan onto the hob.
    Soup's there. If you can tear yourself away. #speaker:kara #move:kara.criticize
- else:
    At one, Kara looks round the kitchen door.
    I'm doing soup. Do you want some? #speaker:kara #move:kara.bid
}

* [Eat, and say it's good. #move:turn_toward]
    This is good. Thanks. #speaker:jake
    { stance_of("kara") == "cold": Kara nods from the garden door. That is the whole conversation. | They eat. They talk about the soup, and the Hendersons' new fence, and nothing else. }

* [Say you're not hungry. #move:dismiss]
    I'm fine, thanks. Not hungry. #speaker:jake
    Jake picks the paper up again. He has stopped pretending to read it.

- (evening)
{
- stance_of("kara") == "cold":
    In the evening he hears her on the phone to Lena.
    No, it's fine. We're fine. #speaker:kara #move:kara.withdraw
    She says it exactly the way he does. He has never heard how it sounds from the outside until now.
- else:
    In the evening they watch something neither of them chose. Kara doesn't bring up the morning again. #move:kara.withdraw
}
{ stance_of("kara") == "cold" || jake_turned_away >= 4:
    This is the stalemate the seed warns about: no fight, nothing said, and two people bitter and alone in the same room. Quiet is not the same as peace. #coach
- else:
    Nothing was said that can't be unsaid, and nothing was settled either. The morning hasn't gone away; it has gone underground. #coach
}
The magnolia is already dropping its first petals on the lawn. Neither of them mentions it. #ending:deadlock
-> END
