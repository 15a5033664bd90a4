// Kara and Jake, played as JAKE (the distancer). Kara is simulated by the model.
// Adapted from the Kara and Jake scene in 002_612bd878bc8560af.txt; the nervous-system framing
// (fight for the pursuer, flight or freeze for the distancer) from 000_b7220c8e30255284.txt.
//
// Shape of the mode:
//   breakfast bid (turn toward it or not) decides Kara's opening: soft start-up or the seed's harsh one
//   -> the newspaper (Jake's first answer). After the harsh opening Jake can start softly himself,
//      about the morning; Kara hears it as meant or as one more correction (received("kara")).
//      After her soft opening Jake may mishear it (received("jake")) and chooses what to do with that.
//      toward: what she means -> what's in his head -> the test he can't see -> her fear
//              -> her week -> Saturday mornings                               => reconnected
//              or half an hour's space (he asks, then walks the river path), a return, the same road
//      away:   her second try -> the list -> the heat
//              keep reading -> she stops asking                                => deadlock
//              walk out (only when someone is flooded), no time to come back    => walked_out
//              five minutes (too short), or twenty minutes with a time to come back
//   the break: Kara may cut it short (a text, or she follows him into the garage), Jake may come
//              back too early; the full twenty, told with #time, then the return => break_and_return
// Whenever Jake is flooded at a choice point, a break with a time to come back is on offer.
// Jake's body is narrated only where the model agrees (#body); Kara's words follow state_of,
// stance_of and received. Time passes through #time on narration.

VAR jake_opening = ""          // "soft" if Kara opened softly, else "harsh"
VAR jake_last = ""             // Jake's last move at the newspaper, for the coaching that follows
VAR jake_turned_away = 0       // how many times Jake has dismissed, stonewalled or defended
VAR jake_break_from = ""       // "heat" (a break taken in the fight), "space" (asked for calmly), "talk" (flooded mid-talk)
VAR jake_deferred = false     // did they put the talk off until tonight (jake_tonight)
VAR jake_paper_down = false   // has Jake put the paper down
VAR jake_crossword = false    // did Jake joke his way out after telling her about the merger
VAR jake_said_garden = false  // did Kara say she would wait in the garden
VAR jake_pushed_through = false // did he insist on talking when he came back too early
VAR jake_coached_misfire = false
VAR jake_texted_back = false   // did he answer her, with a time, during the break
VAR jake_cut_short = ""        // "text" or "garage" if Kara cut the break short
VAR jake_back_early = false    // did he come back before the twenty minutes were up
VAR jake_asked_for_space = false  // did he ask, at the end, for an hour to himself some evenings
VAR jake_paused_at_her_fear = false  // did they stop for twenty minutes because someone was flooded
VAR jake_misheard = false      // did Jake hear Kara's soft start-up as a charge
VAR jake_soft_misfired = false // did Kara hear Jake's soft start-up as a correction
VAR jake_test_misfired = false // did Kara hear his fear of failing as blame
VAR jake_coached_break = false     // each teaching point once, where it first matters
VAR jake_coached_twenty = false
VAR jake_coached_stonewall = false
VAR jake_coached_flooding = false
VAR jake_coached_early = false


=== jake_start ===
Saturday, half past eight. The first Saturday in a month with nothing in it: Maya and Sam are at Lena's until tomorrow, and the house is very quiet.
Jake was up at six, on the ladder, fixing the gutter over the back door. He has spent the hour since behind the newspaper. There is a piece on the merger that may swallow his department, and he is reading it for the second time.
Kara is at the window with her coffee and her phone.
-> jake_breakfast


=== jake_breakfast ===
Lena's sent a photo. Sam's on her trampoline in his pyjamas. Oh, and look, the magnolia's finally out. #speaker:kara #move:kara.bid
{ received("jake") == "misread":
    Jake hears, under it, a nudge: you've missed it again, the kids, the tree, all of it. It's the week talking, and he knows it, nearly.
}

* [Mm. Nice. Turn the page. #move:dismiss]
    ~ jake_opening = "harsh"
    ~ jake_turned_away = jake_turned_away + 1
    Mm. Nice. #speaker:jake
    Jake turns the page without looking up. The merger story continues on page four.
    -> unanswered

* [Fold the paper and go to the window. #move:turn_toward]
    ~ jake_opening = "soft"
    Jake folds the paper and stands beside her. Sam is a blur in mid-air; the tree is covered, pink against the fence.
    He's going to be unbearable about that trampoline. And it's early this year, the magnolia. #speaker:jake
    {
    - flooded("kara"):
        Kara nods. She doesn't trust her voice yet. #move:kara.withdraw
    - state_of("kara") == "calm":
        We are not getting a trampoline. #speaker:kara #move:kara.humor
    - else:
        Thank you for looking. #speaker:kara #move:kara.appreciate
    }
    The magnolia was a bid: a small reach for his attention. Turning toward bids like this is the everyday stuff closeness is built from (Gottman). #coach
    -> later

- (unanswered)
{
- state_of("kara") == "calm" || state_of("kara") == "activated":
    Kara waits for him to look up. He doesn't. She answers Lena herself and takes her coffee out into the garden. #move:kara.withdraw
- else:
    Right. I'll just talk to myself, then. #speaker:kara #move:kara.criticize
}
Missing a bid is ordinary; everyone does it. But unanswered bids add up, and the next reach tends to come out harder. #coach

- (later)
Mid-morning. Jake has taken a second coffee and the paper to the armchair. He has read the merger piece three times now. #time:80
-> jake_the_opening


=== jake_the_opening ===
{ jake_opening == "soft" && not flooded("kara"):
    Kara comes in and sits on the arm of the sofa, facing him.
    I feel left out when you don't talk to me about what's going on in your head, and I'd like to know what you're thinking. #speaker:kara #move:kara.soft_startup
    { received("jake") != "misread":
        That was a soft start-up: a feeling, a situation, a wish, and no verdict on him. After the magnolia, she had reason to hope he would hear it. #coach
    }
    -> jake_hears_her
- else:
    ~ jake_opening = "harsh"
    Kara stands in the doorway with her arms folded. She has been rehearsing this in the garden.
    Let's talk about why we're not spending time together anymore. How can we get along if we don't work on our problems? #speaker:kara #move:kara.criticize
    That was a harsh start-up: the problem framed as something Jake is doing wrong. Conversations tend to end the way they begin (Gottman). Under it is a lonely morning. #coach
    -> jake_braces
}


// How Kara's soft words land on Jake: the model's draw, not her skill.
=== jake_hears_her ===
{ received("jake") == "misread":
    ~ jake_misheard = true
    Jake hears the words, and under them something she didn't say: you're getting this wrong as well. It is the week talking, the review and the midnight forecasts. He half knows that. It doesn't help.
    ~ jake_coached_misfire = true
    Kara's start-up was a soft one, a feeling, a situation, a wish, and Jake heard a charge anyway: after a frightening week a warm move can land on a bruise (sentiment override, Weiss). Nobody has done anything wrong yet. What he does with how it landed is the choice. #coach
}
-> jake_braces


=== jake_braces ===
{
- state_of("jake") == "flooded":
    Jake's chest goes tight. It is the old feeling of being called up to the front of the class. #body:jake.flooded
- state_of("jake") == "escalated":
    Jake's chest goes tight. It is the old feeling of being called up to the front of the class. #body:jake.hot
- state_of("jake") == "activated":
    Something in Jake braces, the way it does before a review meeting. #body:jake.stirred
- else:
    Jake looks at her over the top of the paper.
}
-> jake_the_newspaper


=== jake_the_newspaper ===
* {jake_opening == "harsh"} [I'm not sure what problems you're talking about. We're getting along fine. #move:dismiss]
    ~ jake_last = "dismiss"
    I'm not sure what problems you're talking about. We're getting along fine. #speaker:jake
    -> away

* {jake_opening == "harsh"} [I do want to talk. But when it starts with "our problems" I feel like I'm in the dock. Can you tell me what you miss? #move:soft_startup]
    I do want to talk. But when it starts with "our problems" I feel like I'm in the dock before I've said a word. Can you tell me what you miss, instead? #speaker:jake
    -> jake_morning_softly

* {jake_opening == "soft" && not jake_misheard} [Nothing's going on in my head. Honestly. We're getting along fine. #move:dismiss]
    ~ jake_last = "dismiss"
    Nothing's going on in my head. Honestly. We're getting along fine. #speaker:jake
    -> away

* {jake_misheard} [Say how it landed: "That sounded like a mark against me. Is that what you meant?" #move:repair]
    That sounded like a mark against me. Is that what you meant? #speaker:jake
    {
    - flooded("kara"):
        I don't know how else to say it, Jake. I've tried every way there is. #speaker:kara #move:kara.defend
    - received("kara") == "misread":
        So now I'm the one who said it wrong. #speaker:kara #move:kara.defend
    - else:
        No. God, no. I meant I miss you. That's all I meant. #speaker:kara #move:kara.repair
    }
    Checking what was meant, instead of answering what was heard, is a repair in itself. {received("kara") == "misread": This time the check misfired too: two tired people, each hearing the other through this week. It is still the better road.} #coach
    -> jake_what_she_means

* {jake_misheard} [So I'm failing at this as well. I'm working fifty hours a week, Kara. #move:defend]
    ~ jake_last = "defend"
    So I'm failing at this as well. I'm working fifty hours a week, Kara. #speaker:jake
    -> away

* [Keep reading. #move:stonewall]
    ~ jake_last = "stonewall"
    Jake keeps his eyes on page four. He reads the same sentence about synergies again.
    -> jake_behind_the_paper -> away

* {jake_opening == "harsh"} [I've done fifty-hour weeks since March. Can I have one hour with the paper? #move:defend]
    ~ jake_last = "defend"
    I've done fifty-hour weeks since March. Can I have one hour with the paper? #speaker:jake
    -> away

* {jake_opening == "soft" && not jake_misheard} [That's fair. I have been in my own head lately. #move:validate]
    ~ jake_paper_down = true
    That's fair. I have been in my own head lately. #speaker:jake
    Jake lays the paper across his knees.
    Validating isn't confessing to being a bad partner. It says: what you feel makes sense from where you stand. #coach
    -> jake_what_she_means

* [Put the paper down. #move:turn_toward]
    ~ jake_paper_down = true
    Jake folds the paper and puts it on the floor beside the chair.
    { jake_opening == "soft": Left out how? Tell me. | Okay. I'm listening. } #speaker:jake
    Putting the paper down is small, and it says something big: I'm here. It counts for more than it looks. #coach
    -> jake_what_she_means

+ {flooded("jake")} [I'm too wound up to hear you. Twenty minutes, and then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "heat"
    -> jake_asks_for_twenty

- (away)
~ jake_turned_away = jake_turned_away + 1
-> jake_second_try


// Jake's own soft start-up, about the morning. How Kara hears it is the model's draw.
=== jake_morning_softly ===
~ jake_soft_misfired = received("kara") == "misread" || flooded("kara")
{
- flooded("kara"):
    Don't tell me how to say it, Jake. Not this morning. #speaker:kara #move:kara.criticize
    Jake's start-up was a good one. Kara was past hearing anything: a flooded body hears even gentle words as one more push. #coach
- jake_soft_misfired:
    So I said it wrong. Of course I did. I'm lonely, and first I have to find a nice enough way to put it for you. #speaker:kara #move:kara.criticize
    ~ jake_coached_misfire = true
    Jake's start-up was a good one: a feeling, what set it off, a wish, no verdict. It landed on an old bruise: after a lonely week, being asked to say it differently sounded like one more correction. That's a misfire, not a mistake (sentiment override, Weiss). #coach
- else:
    Kara lets her arms drop.
    That came out like a charge sheet, didn't it. Okay. I feel left out when you don't tell me what's going on in your head, and I'd like to know what you're thinking. #speaker:kara #move:kara.soft_startup
    A soft start-up works from either chair. Jake named how the opening landed without blaming her for it, and it gave Kara room to start again. #coach
    ~ jake_opening = "soft"
    -> jake_hears_her
}

* [Try again, slower: "I'm not marking you. I want to hear it. What do you miss?" #move:repair]
    I'm not marking you. I want to hear it. What do you miss? #speaker:jake
    -> jake_what_she_means

* [Name what happened: "That came out as a telling-off. I think I got in first because I was braced for one." #move:own_part]
    That came out as a telling-off, didn't it. I think I got in first because I was braced for one. #speaker:jake
    Naming what just happened, and your own share of it, takes the heat out of a misfire faster than defending the words. #coach
    -> jake_in_his_head

* [I was only asking you not to start with a verdict. #move:defend]
    ~ jake_last = "defend"
    ~ jake_turned_away = jake_turned_away + 1
    I was only asking you not to start with a verdict. #speaker:jake
    -> jake_second_try

* [There's no right way to say anything this morning. Pick the paper back up. #move:stonewall]
    ~ jake_last = "stonewall"
    ~ jake_turned_away = jake_turned_away + 1
    Jake picks the paper back up. There doesn't seem to be a right way to say anything this morning.
    -> jake_behind_the_paper -> jake_second_try

+ {flooded("jake")} [I'm too wound up to hear you. Twenty minutes, and then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "heat"
    -> jake_asks_for_twenty


// Jake's inside after a stonewall: impassive outside, and inside only as the model has it.
=== jake_behind_the_paper ===
{
- state_of("jake") == "flooded":
    Nothing shows on his face. Inside, his heart is racing. #body:jake.flooded
- state_of("jake") == "escalated":
    Nothing shows on his face. Underneath, his pulse is climbing. #body:jake.hot
- state_of("jake") == "activated" || state_of("jake") == "cooling":
    Nothing shows on his face. He isn't as still inside as he looks. #body:jake.stirred
- else:
    Nothing shows on his face, and for the moment there isn't much to hide. #body:jake.calm
}
{ not jake_coached_stonewall:
    ~ jake_coached_stonewall = true
    A stonewall looks like calm from outside. It isn't: the one behind the wall pays for it in heart rate (Gottman and Levenson), and the one in front of it feels shut out. #coach
}
->->


// Away: Kara tries again, in whatever state his answer left her.
=== jake_second_try ===
{
- stance_of("kara") == "cold":
    Okay. #speaker:kara #move:kara.withdraw
    She nods slowly, as if he has only confirmed something she already knew.
- flooded("kara"):
    You'd rather be anywhere than in a room with me, Jake. #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking":
    You've said about ten words to me this week, and three of them were what's for dinner. #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    { jake_last == "stonewall": I'm standing right here, Jake. I'm telling you something's wrong, and you won't even look at me. | I'm telling you something's wrong, Jake, and you're answering a question I didn't ask. } #speaker:kara #move:kara.demand
- else:
    I'm not trying to start a fight. I miss you, that's all. Even when you're in the room. #speaker:kara #move:kara.ask_closeness
    { received("jake") == "misread":
        Even when you're in the room. Jake hears it as a verdict: not enough, even here.
    }
}
{ received("jake") == "let_go":
    It stings less than it might. He knows what a lonely week sounds like, because he has had one too.
}
{ jake_last:
- "dismiss":
    We're fine is meant to calm things down. To Kara it sounds like her loneliness doesn't count, so the pressure goes up, not down. #coach
- "stonewall":
    From Kara's side, silence is the loudest answer there is. #coach
- "defend":
    Defending answers the charge, not the feeling. Both of them have a point, which is exactly why this goes round in circles. #coach
}

* [Say nothing. Turn a page you haven't read. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake turns a page he hasn't read.
    -> jake_behind_the_paper -> jake_the_list

* [I'm here every night. I cooked twice this week. What more do you want? #move:defend]
    ~ jake_turned_away = jake_turned_away + 1
    I'm here every night. I cooked twice this week. What more do you want? #speaker:jake
    -> jake_the_list

* [Put the paper down. Tell her she's right that something's off. #move:validate]
    ~ jake_paper_down = true
    Jake puts the paper down.
    You're right. Something's been off with us. I'm listening. #speaker:jake
    It isn't too late to turn toward her. One real answer interrupts the loop. #coach
    -> jake_what_she_means

+ {flooded("jake")} [I'm too wound up to hear you. Twenty minutes, and then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "heat"
    -> jake_asks_for_twenty


// Away: she gets specific.
=== jake_the_list ===
{
- stance_of("kara") == "cold":
    Lena's birthday, in March. That was the last time it was just us. I told her we were fine. I'm not sure why I bothered. #speaker:kara #move:kara.withdraw
    She sits down at the far end of the sofa, as far from him as the room allows.
- flooded("kara"):
    Kara is crying now, and angry at herself for it.
    I ate on my own on Friday, Jake. And Priya had to tell me we're going to Dev's. You said yes without even asking me. #speaker:kara #move:kara.blame
- stance_of("kara") == "attacking":
    You had time to say yes to Dev's dinner. You didn't even tell me. I heard it from Priya. #speaker:kara #move:kara.blame
- stance_of("kara") == "protesting":
    When did we last do anything, just the two of us? Lena's birthday. That was March. #speaker:kara #move:kara.criticize
- else:
    When did we last do anything, just us? I think it was Lena's birthday, in March. I'd like us to have that again. #speaker:kara #move:kara.ask_closeness
}
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    Jake knows she's right, and knowing it makes his face hot. #body:jake.hot
- else:
    Jake counts back and finds she's right.
}

* [You're right. I've been hiding in work, and then in the paper. #move:own_part]
    You're right. I've been hiding in work, and then in the paper. #speaker:jake
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
    -> jake_behind_the_paper -> jake_the_heat

+ {flooded("jake")} [I'm too wound up to hear you. Twenty minutes, and then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "heat"
    -> jake_asks_for_twenty


// Away: the heat. The exits are here.
=== jake_the_heat ===
{
- stance_of("kara") == "cold":
    Kara stops talking. She picks up her phone and scrolls, not reading anything either. #move:kara.withdraw
- flooded("kara"):
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
    Jake's heart is pounding. Her voice sounds far off, as if through a wall. Every answer he can think of is the wrong one. #body:jake.flooded
- state_of("jake") == "escalated":
    Heat climbs Jake's neck. He can feel the shutters coming down. #body:jake.hot
- state_of("jake") == "activated" || state_of("jake") == "cooling":
    Jake feels the familiar tightening: whatever he says next will be marked wrong. #body:jake.stirred
- else:
    Jake has the familiar feeling that whatever he says next will be marked wrong.
}
{ state_of("jake") == "flooded" && not jake_coached_flooding:
    ~ jake_coached_flooding = true
    This is flooding: heart over 100, thinking narrowed to fight or flight. Stonewalling is what flooding looks like from outside, not indifference. #coach
}
{
- cycle_stage() == "withdraw-withdraw":
    Both of them are pulling back now. The cycle is the problem here, not either person in it. #coach
- cycle_stage() == "attack-defend":
    Attack and defend: each answer is the other's cue. The cycle is the problem here, not either person in it. #coach
- else:
    Her push makes his silence; his silence makes her push. The cycle is the problem here, not either person in it. #coach
}

* {not jake_paper_down} [Go silent. Eyes on the paper. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake lifts the paper a little higher and says nothing at all.
    -> jake_behind_the_paper -> jake_she_stops_asking

* {jake_paper_down} [Go silent. Look past her, at the window. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake looks past her at the window and says nothing at all.
    -> jake_behind_the_paper -> jake_she_stops_asking

* {jake_paper_down && not flooded("jake")} [Sorry. That was a ruling, not an answer. #move:repair]
    Sorry. That was a ruling, not an answer. You were telling me how Friday felt. #speaker:jake
    Catching a defence a moment after it's out, and saying so, is a repair. It costs a little pride and saves the morning. #coach
    -> jake_in_his_head

* {flooded("jake") || flooded("kara")} [Get up and walk out. #move:withdraw]
    Jake gets up. The paper slides off his knee onto the floor.
    -> jake_walks_out

* [I need a minute. Give me five minutes. #move:take_break=5]
    I need a minute. Give me five minutes. #speaker:jake
    -> jake_five_minutes

+ {flooded("jake")} [I'm too wound up to hear you. I need twenty minutes, and then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "heat"
    -> jake_asks_for_twenty

+ {not flooded("jake")} [This is getting loud. Twenty minutes before it gets worse, and then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "heat"
    -> jake_asks_for_twenty


=== jake_five_minutes ===
Jake goes to the kitchen, runs the cold tap and drinks a glass of water standing at the sink. He watches the clock on the oven.
Five minutes by the oven clock. #time:5
{
- state_of("jake") == "flooded" || (state_of("jake") == "cooling" && arousal("jake") >= 70):
    His heart is still going as if he has run for a bus. Five minutes has taken the edge off nothing. #body:jake.stirred
- state_of("jake") == "cooling":
    Five minutes has taken the edge off, no more. Underneath he is still braced. #body:jake.stirred
- state_of("jake") == "calm":
    He feels steadier. It won't take much to undo that. #body:jake.calm
- else:
    He is a little steadier at the sink, but his heart hasn't caught up. The tightness is still there, waiting. #body:jake.stirred
}
He goes back in.
{
- stance_of("kara") == "cold":
    Kara has her coat on.
    I'm going for a walk. Don't wait. #speaker:kara #move:kara.withdraw
- flooded("kara") || stance_of("kara") == "attacking":
    Five minutes. Long enough to think of an excuse? #speaker:kara #move:kara.contempt
- stance_of("kara") == "protesting":
    Better? Good. So can we talk now? #speaker:kara #move:kara.demand
- else:
    Okay. I'm still here. Where were we? #speaker:kara #move:kara.bid
}
{ state_of("jake") == "flooded":
    And it is back at once, all of it, as if he never left the room. #body:jake.flooded
}
~ jake_coached_early = true
{ not jake_coached_twenty:
    ~ jake_coached_twenty = true
    { flooded("jake"):
        Five minutes is rarely enough. After flooding the body needs about twenty minutes to settle (Gottman), and coming back early usually restarts the fight at the same pitch. #coach
    - else:
        Five minutes took the edge off. It is rarely enough when someone is past the flooding line: a body that far up needs about twenty minutes to settle (Gottman). #coach
    }
}

+ [I'm not actually calmer. I need twenty minutes, properly, and then I'll be back. #move:take_break=20]
    ~ jake_break_from = "heat"
    I'm not actually calmer. I need twenty minutes, properly, and then I'll be back. I promise. #speaker:jake
    Noticing that you are still wound up, and saying so, is the skill. #coach
    -> jake_full_twenty

* [Fine, let's talk. But not if I'm going to be told I'm a bad husband. #move:defend]
    ~ jake_turned_away = jake_turned_away + 1
    Fine. Let's talk. But I'm not going to stand here and be told I'm a bad husband. #speaker:jake
    {
    - stance_of("kara") == "cold":
        Kara says nothing. She looks at him as if from the other side of a window. #move:kara.withdraw
    - flooded("kara") || stance_of("kara") == "attacking":
        Nobody said bad husband! You're doing it again, making it all about you! #speaker:kara #move:kara.criticize
    - else:
        I didn't say that. I've never said that. #speaker:kara #move:kara.defend
    }
    { flooded("jake") || flooded("kara"):
        { state_of("jake") == "flooded":
            The room tilts. His heart is slamming. #body:jake.flooded
        }
        Jake is on his feet before he has decided anything.
        -> jake_walks_out
    }
    They go round it twice more, more quietly each time, and get nowhere. #time:4
    -> jake_she_stops_asking


=== jake_walks_out ===
Jake is in the hall. The front door is right there.
{
- state_of("jake") == "flooded":
    His heart is going hard. #body:jake.flooded
- state_of("jake") == "escalated":
    His pulse is up in his throat. #body:jake.hot
}
{
- stance_of("kara") == "cold":
    Kara doesn't follow him. She doesn't call after him. #move:kara.withdraw
    Somehow that is the worst part.
- flooded("kara"):
    That's right. Walk away. It's what you do. #speaker:kara #move:kara.contempt
- stance_of("kara") == "attacking":
    Don't you dare walk off in the middle of this! #speaker:kara #move:kara.demand
- stance_of("kara") == "protesting":
    Jake? Where are you going? Jake! #speaker:kara #move:kara.demand
- else:
    Jake, wait. Where are you going? #speaker:kara #move:kara.bid
}
{ stance_of("kara") == "cold":
    Kara has stopped following. That isn't relief: it is what giving up looks like. Leaving now, with no time to come back, confirms what she has started to believe. #coach
- else:
    Leaving when flooded isn't the mistake. Leaving without saying when you'll be back is: to the one left behind, an open-ended exit feels like abandonment, and the alarm goes up. #coach
}

* [Take the car keys and go. #move:withdraw]
    -> jake_end_walked_out

+ [Stop at the door. Tell her when you'll be back. #move:take_break=20]
    ~ jake_break_from = "heat"
    Jake stops with his hand on the latch, and turns round.
    I'm not leaving. I'm too wound up, that's all. Twenty minutes in the garage, and then I'll come back in. #speaker:jake
    Walking away to calm down, not to punish, and naming the time: that is the difference between a break and an exit. #coach
    -> jake_the_break


// Away: he stonewalled through the heat. Ignored long enough, Kara gives up.
=== jake_she_stops_asking ===
{
- stance_of("kara") == "cold":
    Kara puts her phone down and looks at him for a long moment.
    It's fine. Forget it. We're getting along fine. #speaker:kara #move:kara.dismiss
    His own words, in her mouth. They sound nothing like peace.
- flooded("kara") || stance_of("kara") == "attacking":
    I could set the kitchen on fire and you'd turn the page. #speaker:kara #move:kara.contempt
- stance_of("kara") == "protesting" && jake_pushed_through:
    Not like that. Not as if it's a chore you want done. Talk to me, Jake. #speaker:kara #move:kara.demand
- stance_of("kara") == "protesting":
    Jake. Say something. Anything. Please. #speaker:kara #move:kara.demand
- else:
    I'm going to stop asking soon, Jake. I don't want to. I'm just so tired of asking. #speaker:kara #move:kara.share_vulnerable
}
When the one who asks goes quiet it can look like calm. Usually it's the opposite: the protest stops when the hope does. A partner who has stopped asking is further away than one still shouting. #coach

* [Let it settle. It'll blow over by lunch. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake says nothing. The clock in the hall ticks.
    -> jake_behind_the_paper ->
    After a while the room just feels empty, even with both of them in it. #time:5
    -> jake_end_deadlock

* [Kara, wait. I'm not ignoring you. I just can't think straight. #move:repair]
    { jake_paper_down || jake_back_early: Jake steps towards her. | Jake puts the paper down. }
    Kara, wait. I'm not ignoring you. I just can't think straight. #speaker:jake
    -> jake_late_repair

+ {flooded("jake")} [I'm too wound up to hear you. Twenty minutes, and then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "heat"
    -> jake_asks_for_twenty


=== jake_late_repair ===
{
- stance_of("kara") == "cold":
    It's fine, Jake. Really. I'm going to ring Lena and talk to the kids. #speaker:kara #move:kara.withdraw
- flooded("kara"):
    You can't think? I've been talking to a newspaper all morning. #speaker:kara #move:kara.criticize
- received("kara") == "misread":
    Don't. You always have a reason. #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking":
    Then why does it feel like you're choosing not to? #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    Then say that. Tell me when you can't think. Don't just vanish{ jake_paper_down || jake_back_early: | behind the paper}. #speaker:kara #move:kara.demand
- else:
    Okay. Thank you for saying that. What do you need? #speaker:kara #move:kara.turn_toward
}
That was a repair attempt. Whether it lands depends less on the words than on how flooded both people are, and how much goodwill is still in the room. #coach

+ [Tell her you need twenty minutes to come down, and when you'll be back. #move:take_break=20]
    ~ jake_break_from = "heat"
    I need twenty minutes to come down. Then I'll find you, wherever you are. I promise. #speaker:jake
    -> jake_the_break

* {not flooded("jake")} [Stay. Tell her it's work, and that it isn't only work. #move:share_vulnerable]
    It's work. And it isn't only work. Can I tell you properly? #speaker:jake
    -> jake_the_test

* [Never mind. It doesn't matter. #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Never mind. It doesn't matter. #speaker:jake
    -> jake_end_deadlock


// A break asked for from wherever Jake is flooded. The choice that led here started it.
=== jake_asks_for_twenty ===
{ jake_break_from == "talk":
    I want to keep going with this, and I can't, not right now. Twenty minutes, and then I'll come and find you. #speaker:jake
- else:
    { flooded("jake"): I'm too wound up to hear you properly, and I do want to hear you. | This is getting too loud for either of us to hear anything. } Give me twenty minutes, and then I'll come and find you. #speaker:jake
}
{
- flooded("kara") || stance_of("kara") == "attacking":
    Kara's mouth tightens. She doesn't say yes. She doesn't stop him, either.
- else:
    Twenty minutes. #speaker:kara #move:kara.take_break
}
-> jake_the_break


// The break: the choice or line that led here declared it; no time has passed yet.
=== jake_the_break ===
{ jake_break_from == "space":
    Jake takes his jacket from the hook and goes out the back door, past the magnolia, to walk the river path and get the words in order.
- else:
    Jake goes through the kitchen into the garage, where the ladder from this morning is still leaning against the wall. He sits on the step and breathes out for longer than he breathes in.
}
{ not jake_coached_break:
    ~ jake_coached_break = true
    {
    - jake_break_from == "space":
        Space with a time on it works best when the mind settles as well as the body: walking, slow breathing, noticing the river. Rehearsing the conversation keeps you wound up. #coach
    - jake_coached_twenty:
        That's a break, not an exit: it has a time to come back, so nobody has to chase anybody. It works when the body settles: walking, slow breathing, a magazine. Rehearsing the argument keeps you flooded. #coach
    - else:
        ~ jake_coached_twenty = true
        That's a break, not an exit: at least twenty minutes, long enough for a flooded body to come down, and a time to come back, so nobody has to chase anybody. It works when the body settles: walking, slow breathing, a magazine. Rehearsing the argument keeps you flooded. #coach
    }
}
{
- jake_break_from != "space" && (flooded("kara") || stance_of("kara") == "attacking"):
    -> jake_kara_follows
- stance_of("kara") == "protesting" || (jake_break_from == "space" && stance_of("kara") == "attacking"):
    -> jake_kara_texts
- else:
    -> jake_quiet_break
}


// Kara cuts the break short in person.
=== jake_kara_follows ===
~ jake_cut_short = "garage"
{ jake_kara_follows > 1:
    Three minutes in, the door opens again. #time:3
- else:
    Four minutes in, the door from the kitchen opens. #time:4
}
{
- jake_kara_follows > 1:
    I'm not having this conversation through a door, Jake. #speaker:kara #move:kara.demand
- flooded("kara"):
    You don't get to sit in the garage in the middle of this. We're not finished. #speaker:kara #move:kara.demand
- else:
    So this is where you live now? #speaker:kara #move:kara.criticize
}
{
- state_of("jake") == "flooded":
    It hits him like a wave just as he got his head above water. His heart is off again, harder than before. #body:jake.flooded
- state_of("jake") == "escalated":
    His jaw sets. Whatever quiet he had found is gone. #body:jake.hot
- else:
    Jake looks up at her from the step.
}
{ jake_kara_follows == 1:
    { not jake_coached_early:
        ~ jake_coached_early = true
        Talk inside the twenty minutes starts the clock again, and a body still cooling floods again. From Kara's side, four minutes of a shut door felt like being left; from Jake's, her following felt like being chased. Neither of them is wrong about how it felt. #coach
    - else:
        From Kara's side, four minutes of a shut door felt like being left; from Jake's, her following felt like being chased. Neither of them is wrong about how it felt. #coach
    }
}

+ [I'm not leaving. I need twenty minutes, properly, and then I'll come and find you. #move:take_break=20]
    I'm not leaving you. I need twenty minutes, properly, and then I'm all yours. I'll come and find you in the kitchen. I promise. #speaker:jake
    -> jake_full_twenty

* [Fine. You want to do this now? Let's do it now. #move:defend]
    ~ jake_turned_away = jake_turned_away + 1
    Fine. You want to do this now? Let's do it now. #speaker:jake
    -> jake_back_too_early


// Kara cuts the break short by text.
=== jake_kara_texts ===
~ jake_cut_short = "text"
Eight minutes in, his phone buzzes. #time:8
{
- flooded("kara") || stance_of("kara") == "attacking":
    Enjoy your break. #speaker:kara #move:kara.contempt
- else:
    Are you actually coming back? #speaker:kara #move:kara.demand
}
{
- state_of("jake") == "flooded":
    He reads it twice. His heart, which had begun to slow, picks up again. #body:jake.flooded
- state_of("jake") == "escalated":
    He reads it twice. The heat comes back up his neck. #body:jake.hot
- else:
    He reads it twice.
}
{ jake_kara_texts == 1:
    { not jake_coached_early:
        ~ jake_coached_early = true
        A text is talk. Inside the twenty minutes it starts the clock again, however short it is. To someone afraid of being left, eight minutes without a word is hard to bear; to someone cooling, the buzz in the pocket is the fight again. #coach
    - else:
        To someone afraid of being left, eight minutes without a word is hard to bear; to someone cooling, the buzz in the pocket is the fight again. #coach
    }
}

+ [Text back: Yes. I need twenty minutes, properly. Then I'm back. #move:take_break=20]
    ~ jake_texted_back = true
    Jake types Yes. I need twenty minutes, properly. Then I'm back. Sends it. {jake_break_from == "space": Puts the phone back in his pocket and walks on.|Puts the phone face down on the workbench.}
    One line tells the one waiting that the break has an end, and it lets them both breathe. #coach
    -> jake_full_twenty

* [Go back in now and have it out. #move:defend]
    ~ jake_turned_away = jake_turned_away + 1
    { jake_break_from == "space": Jake turns round and walks straight back, fast, the phone still in his hand. | Jake goes back in with the phone in his hand. }
    You want to know if I'm coming back? I'm back. #speaker:jake
    -> jake_back_too_early


// Nobody interrupts; the pull is to go back before the body is ready.
=== jake_quiet_break ===
{ jake_break_from == "space":
    He is at the bridge by the time he notices he has stopped rehearsing. #time:10
- else:
    Ten minutes go by in the garage. The house is quiet. He can hear the kettle, and then not. #time:10
}
{
- state_of("jake") == "cooling" && arousal("jake") >= 70:
    He feels better already. Mostly. His heart hasn't had the news yet. #body:jake.stirred
- state_of("jake") == "cooling":
    He feels better already. Mostly. #body:jake.stirred
- state_of("jake") == "calm":
    He feels ready. He probably is. #body:jake.calm
- else:
    He feels better. Not calm, but better. #body:jake.stirred
}
{ jake_said_garden: His phone stays dark. She said she would be in the garden, and he believes her. | His phone stays dark. Later he will learn that Kara typed three messages and deleted them all. }

* [You feel fine now. Go back; the sooner it's sorted, the better. #move:repair]
    ~ jake_back_early = true
    { jake_break_from == "space": Jake turns back at the bridge and finds Kara in the garden. | Jake goes back in. Kara is at the kitchen table. }
    { jake_break_from == "space": I'm back early. I think I've got it straight. Can we talk? | I'm back. I'm sorry I walked off. Let's sort this out. } #speaker:jake
    -> jake_back_too_early

+ {jake_break_from == "space"} [Give it the full half hour. #move:take_break=30]
    -> jake_full_twenty

+ {jake_break_from != "space"} [Give it the full twenty minutes. #move:take_break=20]
    -> jake_full_twenty


// He came back (or was called back) before the twenty minutes were up.
=== jake_back_too_early ===
~ jake_back_early = true
{
- stance_of("kara") == "cold":
    Okay. #speaker:kara #move:kara.withdraw
    She doesn't look up.
- flooded("kara"):
    You can't just come and go and decide when we talk. #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking":
    So now it's when you're ready. #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    Okay. So talk to me. Properly this time. #speaker:kara #move:kara.demand
- else:
    Okay. I'm listening. #speaker:kara #move:kara.turn_toward
}
{
- state_of("jake") == "flooded":
    Halfway through her first sentence it is all back: the pounding, the narrowing, the wall. #body:jake.flooded
- state_of("jake") == "escalated":
    It comes back faster than he expected. #body:jake.hot
- else:
    It is harder than it felt outside.
}
{ not jake_coached_early && jake_break_from != "space":
    ~ jake_coached_early = true
    Coming back before the twenty minutes are up feels like being brave. To a body that was flooded, it is the same fight resumed at the same pitch: talk during the break floods again. #coach
}

+ [This is too soon. I'm sorry. Twenty minutes, properly this time, and then I'll be here. #move:take_break=20]
    This is too soon, isn't it. I'm sorry. Twenty minutes, properly this time, and then I'll be here. #speaker:jake
    -> jake_full_twenty

* {not flooded("jake") && jake_break_from == "space"} [Sit down with her. Tell her what's been going on. #move:share_vulnerable]
    Jake sits down next to her.
    -> jake_the_test

* [Push through it. #move:defend]
    ~ jake_turned_away = jake_turned_away + 1
    ~ jake_pushed_through = true
    No. We're doing this. What do you want me to say? #speaker:jake
    { flooded("jake") || flooded("kara"):
        It doesn't hold. Jake turns away from her mid-sentence and goes through the house, towards the front door.
        -> jake_walks_out
    }
    -> jake_she_stops_asking


// The full break, told by the clock.
=== jake_full_twenty ===
{ jake_cut_short == "garage":
    Kara looks at him for a long moment. Then she goes back inside, and the door doesn't slam. #move:kara.take_break
}
{ jake_break_from == "space":
    Jake walks the river path as far as the weir and back, slowly. #time:30
- else:
    Jake stays in the garage. He sorts a tin of screws that didn't need sorting and lets his breathing lengthen. Twenty minutes go by. #time:20
}
{
- state_of("jake") == "flooded":
    His heart is still going hard. Twenty minutes wasn't enough this time; he kept rehearsing what she said. #body:jake.flooded
- flooded("jake"):
    He is calmer than he was, not calm. He kept rehearsing what she said, and it kept the heat in. #body:jake.stirred
- state_of("jake") == "escalated":
    He is steadier. Not calm, but steadier. #body:jake.hot
- else:
    By the time he heads back his breathing has slowed. The merger is still true. So is the fact that Kara has been lonely. #body:jake.settled
}
-> jake_the_return


=== jake_the_return ===
{ jake_break_from == "space": Half an hour after he left, as he said, Jake comes to find her. | When the twenty minutes are up, as he said, Jake comes to find her. }
{
- stance_of("kara") == "cold":
    Kara is at the kitchen table with her phone. She doesn't look up.
    Hi. #speaker:kara #move:kara.withdraw
- flooded("kara") || stance_of("kara") == "attacking":
    Oh. You came back. I wasn't sure. #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    { jake_cut_short == "": You didn't say anything for twenty minutes. So. Are we talking now? | So. Are we talking now? } #speaker:kara #move:kara.demand
- else:
    Kara is on the bench under the magnolia. She looks up.
    You came back. #speaker:kara #move:kara.turn_toward
}
Coming back when you said you would is what makes a break safe, and what makes the next one easier to ask for. #coach

* {jake_break_from == "space"} [Sit down next to her. Tell her what's been going on. #move:share_vulnerable]
    Jake sits down next to her.
    -> jake_the_test

* {jake_break_from == "talk"} [Sit down with her and pick up where you stopped. #move:turn_toward]
    Where was I. No: where were you. I stopped listening halfway. #speaker:jake
    -> jake_calmer_talk

* {jake_break_from == "heat"} [Own your part in the morning. #move:own_part]
    I'm sorry I hid behind the paper. You were asking for me, and I made you ask again and again. #speaker:jake
    -> jake_calmer_talk

* {jake_break_from == "heat"} [Tell her what happens in you when it gets loud. #move:share_vulnerable]
    When it gets loud, everything in me goes fast and blank, and I can't find a single word. The paper is somewhere to hide. It isn't because I don't care. #speaker:jake
    -> jake_calmer_talk

* [Can we just forget this morning? #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Can we just forget this morning? #speaker:jake
    {
    - stance_of("kara") == "cold":
        Already forgotten. #speaker:kara #move:kara.withdraw
    - flooded("kara") || stance_of("kara") == "attacking":
        Of course we can. We always do. #speaker:kara #move:kara.contempt
    - else:
        Kara looks at him for a long moment, then back at the garden.
        If that's what you want. #speaker:kara #move:kara.withdraw
    }
    A return that skips the talk undoes the break. The calm is real; the conversation still has to happen. #coach
    -> jake_end_deadlock

+ {flooded("jake")} [It's still too much. Can we stop here, and pick it up tonight after dinner? #move:take_break=20]
    -> jake_tonight


=== jake_calmer_talk ===
~ temp misfired = false
{
- stance_of("kara") == "cold":
    Okay. #speaker:kara #move:kara.withdraw
    She is listening, but from a long way off.
- flooded("kara"):
    She hears it, but only half; her face is still tight.
    I wish you'd said that an hour ago. #speaker:kara #move:kara.criticize
- received("kara") == "misread":
    ~ misfired = true
    She hears it as one more excuse. Her face closes.
    That's easy to say now. #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking" || stance_of("kara") == "protesting":
    { jake_break_from == "talk": Okay. And next time you need to stop, will you say so, like that, before you go? | Okay. And next time? What happens next time it gets loud? } #speaker:kara #move:kara.demand
- else:
    Kara moves over to make room.
    { jake_break_from == "talk": For a minute I thought you'd gone, even though you said twenty. That's how scared I get. | I hate it when I get loud. I get scared you're gone, and it comes out as shouting. } #speaker:kara #move:kara.share_vulnerable
}
{
- flooded("kara") || flooded("jake"):
    The break worked, and the return set it off again. {jake_cut_short != "": A break cut short leaves both bodies on a hair trigger.|Old alarms don't clear in one walk.} When it flares, the honest move is another pause with a time on it: tonight, not never. #coach
- misfired:
    ~ jake_coached_misfire = true
    That was a misfire, not a mistake: he said it well, and after a morning like this one it landed as one more excuse. One answer doesn't undo an hour; the next few answers might. #coach
- else:
    {jake_back_early: The full twenty, the second time, did what the first few minutes could not.|Twenty minutes later, the same two people can hear things they couldn't before.} That is the point of the break. #coach
}

* {not flooded("jake")} [Thank her, and ask to keep going tonight, after dinner, phones in the drawer. #move:appreciate]
    {jake_cut_short == "garage": Thank you for letting me have the twenty minutes. I know the waiting is the hard part.|Thank you for waiting for me. I know it isn't easy, not knowing.} Can we keep going tonight? After dinner. Phones in the drawer, both of us. #speaker:jake
    -> jake_end_break_and_return

* [Let's not pick it all apart again. #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Let's not pick it all apart again. We're okay now. #speaker:jake
    {
    - stance_of("kara") == "cold" || state_of("kara") == "calm":
        Sure. #speaker:kara #move:kara.withdraw
    - else:
        We're not okay, Jake. We're just quieter. #speaker:kara #move:kara.criticize
    }
    -> jake_end_deadlock

+ {flooded("jake")} [It's flaring again. Can we stop here, and pick it up tonight after dinner? #move:take_break=20]
    -> jake_tonight


// Another pause with a time on it: tonight, not never.
=== jake_tonight ===
~ jake_deferred = true
It's flaring again, and I don't want to say something I'll have to take back. Can we stop here, and pick it up tonight after dinner? I mean it. #speaker:jake
{
- flooded("kara") || stance_of("kara") == "attacking":
    Kara doesn't answer. She doesn't argue, either. She goes out to the garden.
- else:
    Tonight. #speaker:kara #move:kara.take_break
}
Kara weeds the bed under the magnolia. Jake takes the ladder back to the garage and fixes the hinge on the side gate that has needed fixing since March. Neither of them goes looking for the other for an hour. #time:60
-> jake_end_break_and_return


// Toward: he has put the paper down. What does she mean?
=== jake_what_she_means ===
{
- stance_of("kara") == "cold":
    I don't even know anymore. I've said it so many times it's stopped sounding like anything. #speaker:kara #move:kara.withdraw
- flooded("kara"):
    Now? Now you want to know? #speaker:kara #move:kara.criticize
- received("kara") == "misread":
    Don't manage me, Jake. I can hear you doing it. #speaker:kara #move:kara.criticize
- stance_of("kara") == "attacking":
    Fine. You want to know? Friday, I ate on my own again. And Priya had to tell me we're going to Dev's. #speaker:kara #move:kara.criticize
- stance_of("kara") == "protesting":
    Friday, I ate on my own. Again. And on Wednesday Priya asked if I was looking forward to Dev's dinner. I didn't know there was a dinner. #speaker:kara #move:kara.criticize
- else:
    It's not one big thing. On Friday I ate on my own again. On Wednesday Priya asked if I was looking forward to Dev's dinner, and I didn't know there was one. I miss you, and you're right here. #speaker:kara #move:kara.share_vulnerable
}

* [That sounds lonely. Finding out from Priya. Eating on your own. #move:validate]
    That sounds lonely. Finding out from Priya, of all people. Eating on your own on Friday. #speaker:jake
    He says what her side looks like before he explains his. That order matters. #coach
    -> jake_in_his_head

* [You're right. I've been somewhere else for weeks. That's on me. #move:own_part]
    You're right. I've been somewhere else for weeks. I should have asked you about Dev's. That's on me. #speaker:jake
    Owning your part, without a but, is the quickest way out of the blame game (Lerner). #coach
    -> jake_in_his_head

* [I was working on Friday. I told you I'd be late. #move:defend]
    ~ jake_turned_away = jake_turned_away + 1
    I was working on Friday. I told you I'd be late. #speaker:jake
    True, and beside the point. She's telling him how lonely Friday was, not asking for a ruling on it. #coach
    -> jake_the_heat

+ {flooded("jake")} [I want to hear this and I can't right now. Twenty minutes, then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "talk"
    -> jake_asks_for_twenty


// Toward: the question under her question.
=== jake_in_his_head ===
{
- stance_of("kara") == "cold":
    You don't have to tell me. I've sort of stopped expecting you to. #speaker:kara #move:kara.withdraw
- flooded("kara"):
    Then tell me what's going on, because the things I imagine are awful. #speaker:kara #move:kara.demand
- received("kara") == "misread":
    Don't do the careful voice, Jake. As if I'm something to be handled. Just tell me what's going on. #speaker:kara #move:kara.criticize
    -> jake_misfire_note ->
- stance_of("kara") == "attacking":
    So what is it? Is it me? #speaker:kara #move:kara.demand
- stance_of("kara") == "protesting":
    Then tell me what's going on in there. I'm guessing, and my guesses are awful. #speaker:kara #move:kara.demand
- else:
    Kara sits down on the sofa, close to his chair.
    Thank you. So what is going on in there? You've been somewhere else since spring. #speaker:kara #move:kara.bid
}
Jake thinks of the merger piece, the review, the forecasts he has been rebuilding at midnight so there's nothing for them to find.
{
- state_of("jake") == "flooded" || state_of("jake") == "escalated":
    His throat is tight. If he starts, he isn't sure what will come out. #body:jake.hot
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

+ {flooded("jake")} [I want to tell you and I can't yet. Twenty minutes, then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "talk"
    -> jake_asks_for_twenty


// Toward, nearly lost: he closes the door on her question. One more chance to open it.
=== jake_just_work ===
{
- stance_of("kara") == "cold":
    Right. Just work. #speaker:kara #move:kara.withdraw
- flooded("kara") || stance_of("kara") == "attacking":
    Just work. It's always just work. #speaker:kara #move:kara.contempt
- else:
    Kara waits, in case there is more.
    Okay. #speaker:kara #move:kara.withdraw
}
She asked the one question that mattered, and he closed the door on it. Just work is also, often, just fear. #coach

* [Let it go. Pick the paper back up. #move:stonewall]
    ~ jake_turned_away = jake_turned_away + 1
    Jake picks the paper back up.
    -> jake_behind_the_paper ->
    Kara goes to put the kettle on, though neither of them wants tea.
    -> jake_end_deadlock

* [It isn't just work. Tell her. #move:share_vulnerable]
    Sorry. That was the old reflex. It isn't just work. #speaker:jake
    Catching your own retreat and coming back counts for a lot. It shows her the door can open from his side too. #coach
    -> jake_the_test

+ {flooded("jake")} [I want to tell you and I can't yet. Twenty minutes, then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "talk"
    -> jake_asks_for_twenty


=== jake_half_an_hour ===
I want to answer that properly, and right now it would come out wrong. Can I have half an hour? Then I'll come and find you, and I'll tell you. #speaker:jake
{
- stance_of("kara") == "cold":
    Take as long as you like. #speaker:kara #move:kara.withdraw
- flooded("kara") || stance_of("kara") == "attacking":
    Of course. A timetable for talking to your wife. #speaker:kara #move:kara.contempt
- received("kara") == "misread":
    Half an hour. Right. #speaker:kara #move:kara.withdraw
    She hears it as the door closing, whatever he meant by it.
- stance_of("kara") == "protesting":
    Half an hour. You promise? Because later usually means never. #speaker:kara #move:kara.demand
- else:
    ~ jake_said_garden = true
    Half an hour. Okay. I'll be in the garden. #speaker:kara #move:kara.turn_toward
}
Asking for space directly, with a time to come back, is the opposite of stonewalling: it tells her the door is open. Ask for togetherness and for space directly, without guilt or blame (Lancer). {received("kara") == "misread": It can still be heard as leaving; saying when you'll be back, and then being back, is what answers that.} #coach
Half an hour, then. Jake gets up from the armchair. #move:jake.take_break=30
-> jake_the_break


// Toward: what the pressure feels like to him.
=== jake_the_test ===
{ flooded("jake"):
    Jake looks at his hands. The words come out in the wrong order.
    It's the merger. They're— every night I— the forecasts, so there's nothing to find. #speaker:jake
    And here too. I can't get anything right, Kara. So I just stop. #speaker:jake
- else:
    Jake looks at his hands for a moment.
    They announced the merger in March. My whole department is being reviewed. I've been rebuilding the forecasts every night so there's nothing for them to find. #speaker:jake
    And then I come home and it's the same feeling. Like there's a test, and I keep failing it, and I can't even see the questions. So I go quiet. Quiet seems safest. #speaker:jake
}
That is the soft feeling under the retreat: fear of failing, not indifference. When the one who withdraws shows it, the one who pursues can soften (Johnson, EFT). #coach
{
- stance_of("kara") == "cold":
    Since March. Okay. #speaker:kara #move:kara.withdraw
    She says it flatly, not quite to him, as if it is news about someone she used to know.
- flooded("kara") || received("kara") == "misread":
    ~ jake_test_misfired = true
    Kara hears test and failing, and for a second it sounds like blame.
    You think I'm testing you? #speaker:kara #move:kara.defend
- stance_of("kara") == "attacking":
    The anger has nowhere to go.
    Since March? Jake. Why didn't you tell me? #speaker:kara #move:kara.turn_toward
- else:
    Since March? Jake. I thought you were bored of me. #speaker:kara #move:kara.share_vulnerable
}

* {jake_test_misfired} [No. I'm the one doing the marking. Not you. #move:repair]
    No. I'm the one doing the marking. Not you. I'm so braced for failing that everything sounds like a question I'll get wrong. #speaker:jake
    You said it well; it landed on an old bruise. Saying what you meant, without defending how it came out, is how a misfire gets mended. #coach
    -> jake_her_fear

* [I didn't want to bring it home. I thought if I kept it out, at least we'd be all right. #move:own_part]
    I didn't want to bring it home. I thought if I kept it out, at least we'd be all right. That was my mistake. #speaker:jake
    -> jake_her_fear

* [Anyway. At least the crossword's going well. #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    ~ jake_crossword = true
    Anyway. At least the crossword's going well. #speaker:jake
    A joke can be a repair, or a way out of the room. Straight after sharing something real, this one is the way out. #coach
    -> jake_her_fear

+ {flooded("jake")} [That's as far as I can get right now. Twenty minutes, then I'll come and find you. #move:take_break=20]
    ~ jake_break_from = "talk"
    -> jake_asks_for_twenty


// Toward: her side of the same fear.
=== jake_her_fear ===
{ jake_paused_at_her_fear:
    Twenty minutes later they sit down again, on the bench under the magnolia this time, with two mugs of tea. Kara starts again, more slowly. #time:20
}
{
- jake_crossword && jake_her_fear == 1 && stance_of("kara") == "cold":
    The crossword. Right. #speaker:kara #move:kara.withdraw
- jake_crossword && jake_her_fear == 1:
    Don't do that. Don't joke it away. You just told me something true for the first time since March. #speaker:kara #move:kara.criticize
- flooded("kara"):
    Don't. Don't fix it. I can't take any of it in right now. #speaker:kara #move:kara.demand
- received("kara") == "misread":
    So you kept it from me to keep us all right. And I'm what, the thing you were keeping us safe from? #speaker:kara #move:kara.defend
    -> jake_misfire_note ->
- stance_of("kara") == "cold":
    I used to think you'd come back if I asked the right way. I stopped thinking that a while ago. #speaker:kara #move:kara.withdraw
    That is worse than any shouting he braced for this morning.
- stance_of("kara") == "attacking" || stance_of("kara") == "protesting":
    Do you know what I think when you go quiet? Not that you're tired. That you're leaving. #speaker:kara #move:kara.share_vulnerable
- else:
    When you go quiet I don't think, he's tired. I think, he's leaving. So I push. And I hate how I sound when I push. #speaker:kara #move:kara.share_vulnerable
}
{ received("jake") == "misread":
    For a second Jake hears it as a charge: you drive me to this. It isn't what she said. It is what this week has trained him to hear.
}
{ flooded("kara") || flooded("jake"):
    {
    - state_of("jake") == "flooded":
        Jake's heart is going as if he has run for a train. Her words reach him from a long way off, and his own won't come. #body:jake.flooded
    - state_of("kara") == "flooded":
        Her hands are shaking. Whatever he says next, she won't be able to hear it. #body:kara.flooded
    - else:
        Neither of them is as steady as they were a minute ago.
    }
    Someone in this room is flooded, and a flooded body can't take in tenderness, however well it's put. This is the moment for a real break, not better words (Gottman). #coach
}
- (fear_choice)

+ {flooded("kara") || flooded("jake")} [Neither of you can hear right now. Ask for twenty minutes, and say where you'll be. #move:take_break=20]
    ~ jake_paused_at_her_fear = true
    I want to hear this properly, and right now I can't. Twenty minutes. I'll make tea and bring it out to you. I'm not going anywhere. #speaker:jake
    Kara nods and goes out to the bench under the magnolia. #move:kara.take_break
    Jake fills the kettle and breathes out slowly, longer than in, while it takes its time.
    -> jake_her_fear

* (push_on) {flooded("kara") || flooded("jake")} [She needs to hear it now. Tell her it makes sense, that you're sorry, that you're here. #move:validate]
    ~ jake_turned_away = jake_turned_away + 1
    That makes sense. I'm sorry. I'm here. #speaker:jake
    {
    - flooded("kara"):
        Kara turns to the window and doesn't answer. #move:kara.stonewall
    - else:
        You're saying the right things. But you've gone somewhere. I can see it. #speaker:kara #move:kara.withdraw
        She lets it drop. He lets her.
    }
    She heard him trying. That will count later, even if it can't land now. #coach
    -> fear_choice

* {push_on} [Say nothing more. Let it go quiet. #move:withdraw]
    ~ jake_turned_away = jake_turned_away + 1
    Jake says nothing more. After a while Kara gets up and takes the mugs in.
    -> jake_end_deadlock

* {not flooded("kara") && not flooded("jake")} [That makes sense. From where you are, quiet looks like leaving. #move:validate]
    That makes sense. From where you are, quiet must look like leaving. #speaker:jake
    He doesn't have to agree he was leaving to see why it looked that way. #coach
    -> jake_her_week

* {not flooded("kara") && not flooded("jake")} [I'm not leaving. I go quiet because I'm scared of getting it wrong, not because I'm gone. #move:share_vulnerable]
    I'm not leaving. I go quiet because I'm scared of getting it wrong, not because I'm gone. #speaker:jake
    Now each of them has the other's fear in hand: his of failing, hers of being left. That is the cycle, named together. #coach
    -> jake_her_week


// Toward: now that he is listening, she tells him what she has been carrying on her own.
=== jake_her_week ===
~ temp her_misread = false
{
- stance_of("kara") == "cold":
    I ate on my own on Friday and it was fine. That's the thing. It was fine. #speaker:kara #move:kara.withdraw
- received("kara") == "misread" && not flooded("kara"):
    ~ her_misread = true
    Scared of getting it wrong. So it's my fault for asking. #speaker:kara #move:kara.defend
    -> jake_misfire_note ->
- flooded("kara") || stance_of("kara") == "attacking":
    And Dev's dinner. You said yes for both of us, and I heard it from Priya in the car park. Like I'm someone you share a calendar with. #speaker:kara #move:kara.criticize
- else:
    Can I tell you what actually scared me this week? I ate on my own on Friday, and it was fine. I didn't mind. I'm getting used to it, Jake. I don't want to get used to it. #speaker:kara #move:kara.share_vulnerable
}
{ received("jake") == "misread":
    Getting used to it. For a second Jake hears a warning, one more thing he is failing at, before he hears how frightened she is.
}
{ not her_misread:
    That is what the loneliness is about. Not the paper: the fear that they are turning into flatmates, and that she is learning to live with it. #coach
}

* {stance_of("kara") != "attacking"} [Take her hand. Just listen. #move:turn_toward]
    { flooded("jake"):
        Jake takes her hand and holds on. He catches one word in three: Friday, quiet, used to it. He doesn't let go. #time:10
    - else:
        Jake takes her hand. He doesn't try to fix anything. He lets her talk, for a long time, about Friday and the quiet house and the kids being away. #time:10
    }

* {stance_of("kara") != "attacking"} [Let's get a sitter on Friday. A proper date, somewhere nice. #move:bid]
    Let's get a sitter on Friday. A proper date, somewhere nice. #speaker:jake
    {
    - flooded("kara"):
        Don't. Don't fix it. I can't take it in right now. #speaker:kara #move:kara.demand
    - received("kara") == "misread":
        So I'm a problem you can book a table for. #speaker:kara #move:kara.criticize
    - else:
        I don't want a booking, Jake. I want you. Here, on a Saturday, with nothing in it. #speaker:kara #move:kara.ask_closeness
    }
    A plan is a kind offer, and it jumps over the feeling to the fix. She wasn't asking for an evening out; she was telling him she is getting used to being alone. #coach

* {stance_of("kara") == "attacking"} [I should have asked you about Dev's. From now on, I ask first. #move:own_part]
    I should have asked you about Dev's. I said yes to get him off the phone. From now on, I ask you first. #speaker:jake
    {
    - flooded("kara"):
        Kara nods, and presses her lips together, and can't say anything at all. #move:kara.withdraw
    - received("kara") == "misread":
        It's not about Dev's, Jake. #speaker:kara #move:kara.defend
    - else:
        Okay. Thank you. #speaker:kara #move:kara.appreciate
    }

+ {flooded("jake")} [I want to keep going with this and I can't, not right now. Twenty minutes, then I'll find you. #move:take_break=20]
    ~ jake_break_from = "talk"
    -> jake_asks_for_twenty

- (listened)
-> jake_saturday_mornings


// Toward: asking directly for togetherness, and for space.
=== jake_saturday_mornings ===
{
- flooded("kara") || stance_of("kara") == "attacking":
    I don't want a grand gesture. I want you in the room. Can you do that? #speaker:kara #move:kara.demand
- stance_of("kara") == "cold":
    I stopped asking for things a while ago. But if you mean it: Saturday mornings. You, here. Not the paper. #speaker:kara #move:kara.ask_closeness
    She says it as if she expects to be turned down.
- else:
    Can we have Saturday mornings back? The paper can come. Just with me in the room. #speaker:kara #move:kara.ask_closeness
    That was Kara asking for closeness directly, not as a complaint. Direct requests are much easier to say yes to. #coach
}

* {not flooded("jake") && not flooded("kara")} [Yes. And ask her for something too: an hour alone some evenings. #move:ask_space=60]
    ~ jake_asked_for_space = true
    Yes. And can I ask for something too? Some evenings I need an hour on my own to come down from work. If I say so, will you trust I'm coming back? #speaker:jake
    Asking for space directly, with a time, is the other half of Lancer's advice: neither of them should have to guess. #coach
    -> jake_end_reconnected

* {not flooded("jake") && not flooded("kara") && not jake_paused_at_her_fear} [Yes. Starting now. Come and look at the magnolia. #move:turn_toward]
    Yes. Starting now. Come and look at the magnolia with me. #speaker:jake
    -> jake_end_reconnected

* {not flooded("jake") && not flooded("kara") && jake_paused_at_her_fear} [Yes. Starting now. Stay out here with me a bit. #move:turn_toward]
    Yes. Starting now. Stay out here with me a bit longer. #speaker:jake
    -> jake_end_reconnected

* [Sure. Let's not make a big thing of it, though. #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Sure. Let's not make a big thing of it, though. #speaker:jake
    {
    - stance_of("kara") == "cold":
        No. Let's not. #speaker:kara #move:kara.withdraw
    - flooded("kara"):
        Kara goes very still.
        Right. Of course. Not a big thing. #speaker:kara #move:kara.withdraw
    - else:
        Kara goes very still.
        It is a big thing, Jake. It's the biggest thing. #speaker:kara #move:kara.share_vulnerable
    }
    So close. Shrinking the moment protects him from getting it wrong, and tells her it didn't matter. #coach
    -> jake_end_deadlock

+ {flooded("jake") || flooded("kara")} [Yes. But not like this. Can we stop here, and pick it up tonight after dinner? #move:take_break=20]
    -> jake_tonight


// A warm move of Jake's heard as a charge: named once, as a misfire.
=== jake_misfire_note ===
{ not jake_coached_misfire:
    ~ jake_coached_misfire = true
    That was a misfire, not a mistake: Jake said it well, and it landed on an old bruise. After a lonely month, Kara hears his warmth through the old hurt. His next move doesn't have to be a defence. #coach
}
->->


// ---------------------------------------------------------------------------------------------
// Endings
// ---------------------------------------------------------------------------------------------

=== jake_end_reconnected ===
{ flooded("kara") || flooded("jake"):
    -> too_much
}
{
- stance_of("kara") == "cold":
    Kara doesn't answer straight away. Then she nods, once.
    Okay. Saturday mornings. We'll see. #speaker:kara #move:kara.turn_toward
    It is not a thaw yet. But she has stopped looking at the door.
- received("kara") == "misread":
    { jake_asked_for_space:
        An hour on your own. So that's the part you wanted. #speaker:kara #move:kara.defend
    - else:
        Starting now. You've said that before, Jake. #speaker:kara #move:kara.criticize
    }
    -> jake_misfire_note ->
    -> misfired
- state_of("kara") == "escalated":
    Kara wipes her eyes with the heel of her hand.
    Okay. Yes. Okay. #speaker:kara #move:kara.turn_toward
- else:
    Kara laughs, properly this time.
    { jake_asked_for_space:
        Yes. And yes, an hour is fine. I just need to know you're coming back. #speaker:kara #move:kara.validate
    - else:
        Yes. Before the petals go. #speaker:kara #move:kara.turn_toward
    }
}
{ received("jake") == "misread":
    Jake hears a test in it, one more thing he could fail at, before he hears the yes.
}
{ flooded("kara") || flooded("jake"):
    -> too_much
}
- (close)
{ jake_paused_at_her_fear:
    They stay on the bench a while longer. The magnolia is doing what it does every year, whether anyone looks or not.
- else:
    They stand at the window. The magnolia is doing what it does every year, whether anyone looks or not.
}
Neither problem is solved: the merger, Dev's dinner. But each of them knows what the other was afraid of this morning, and that it wasn't each other. #coach
The paper stays on the floor until lunch. #ending:reconnected
-> END

// Her yes heard as one more broken promise: he says it again, slower, or lets it go.
= misfired
* [Say it again, slower. Don't defend how it came out. #move:repair]
    { jake_asked_for_space: I'm not asking to get away from you. I'm asking so I can keep coming back. | I know I have. I mean it this time. Hold me to it. } #speaker:jake
    {
    - flooded("kara"):
        -> too_much
    - received("kara") == "misread":
        Kara doesn't answer. She doesn't move away, either, and after a moment her eyes fill.
        // Still hot and hearing it wrong: not a reconnection yet, but quiet time side by side.
        { state_of("kara") == "escalated":
            -> too_much
        }
    - else:
        Okay. I'm holding you to it. #speaker:kara #move:kara.turn_toward
    }
    { flooded("jake"):
        -> too_much
    }
    -> close

* [Forget it, then. #move:dismiss]
    ~ jake_turned_away = jake_turned_away + 1
    Forget it, then. #speaker:jake
    Kara looks at him, and then away, and the moment goes. #move:kara.withdraw
    -> jake_end_deadlock

+ {flooded("jake")} [I can't find the words right now. Sit with her, no talking, for twenty minutes. #move:take_break=20]
    -> sit_quiet

// Yes, and too much at once: a flooded body can't take in even good news. Twenty quiet minutes first.
= too_much
{ state_of("jake") == "flooded":
    It is Jake who can't speak now. It is all too much after a morning like this one, and his heart is going as if he has run for it. #body:jake.flooded
- else:
    Kara nods, and keeps nodding, and can't say anything. It is too much at once: the morning, and March, and this.
}
* [Sit with her. No more words for a while: twenty minutes, side by side. #move:take_break=20]
    -> sit_quiet

= sit_quiet
Jake sits down beside her. Neither of them says anything for twenty minutes. Outside, a blackbird works its way along the fence. #time:20
-> close


=== jake_end_break_and_return ===
{ jake_deferred:
    -> tonight
}
{
- stance_of("kara") == "cold":
    Okay. Tonight. #speaker:kara #move:kara.turn_toward
    It isn't warm yet. But it is a yes.
- flooded("kara") || stance_of("kara") == "attacking":
    Tonight. And you'll be there? Actually there? #speaker:kara #move:kara.demand
    Jake nods. He will.
- received("kara") == "misread":
    Tonight. You always say tonight. #speaker:kara #move:kara.criticize
    -> jake_misfire_note ->
    Jake doesn't argue with it. The only answer to that is to be there tonight.
- else:
    Tonight. I'll make the soup you like. #speaker:kara #move:kara.appreciate
}
They haven't solved anything. But the fight stopped with a time on it, and {jake_back_early: the second time |} he came back when he said he would.
{ not jake_coached_twenty:
    ~ jake_coached_twenty = true
    That's what a break is for: at least twenty minutes, a time to come back, and a calmer start the second time around (Gottman). #coach
}
Later they make lunch together, talking about nothing much, on purpose. #time:60 #ending:break_and_return
-> END

// They put the talk down until tonight, with a time on it. Tonight comes.
= tonight
After dinner they put both phones in the kitchen drawer and sit at the table with the last of the wine. #time:480
{
- stance_of("kara") == "cold":
    Kara sits down opposite him and waits, her arms folded. It is not a thaw. But she came.
- flooded("kara") || stance_of("kara") == "attacking":
    You said tonight. So. #speaker:kara #move:kara.demand
- else:
    You said tonight. I'm here. #speaker:kara #move:kara.bid
}
Jake starts with March. It comes out slower than it would have this morning, and nobody has to win it.
{ jake_the_heat || jake_walks_out:
    They didn't finish the fight this morning, and they didn't let it finish them. They put it down with a time on it, and picked it up when they said they would. #coach
- else:
    There was no fight to stop this morning, only a good talk getting too big for two tired bodies. Putting it down with a time on it, and then picking it up, is what makes the next pause easier to ask for (Gottman). #coach
}
Outside, the magnolia is a pale shape in the dark. #ending:break_and_return
-> END


=== jake_end_walked_out ===
Jake takes the keys from the bowl. The front door shuts harder than he means it to.
He drives to the big hardware store on the ring road, parks, and sits with the engine off. #time:12
{
- state_of("jake") == "cooling" && arousal("jake") >= 70:
    His hands are still not steady. His heart is still going. #body:jake.stirred
- state_of("jake") != "calm":
    His hands are steadier than they were in the hall. #body:jake.stirred
}
He sits there for a long time, watching people carry paint tins to their cars. #time:25
{
- stance_of("kara") == "cold":
    Kara doesn't text. Not once. #move:kara.withdraw
- flooded("kara") || stance_of("kara") == "attacking":
    His phone buzzes. Then again. Then again. #move:kara.demand
- else:
    Are you okay? Are you coming back? #speaker:kara #move:kara.bid
}

* [Text her: Back later. #move:dismiss]
    Jake types Back later, and sends it before he can soften it.
    Later is not a time. To a partner who is already afraid of being left, it reads as don't wait up. #coach

* [Leave the phone face down on the seat. #move:stonewall]
    Jake turns the phone face down on the passenger seat.
    -> jake_behind_the_paper ->

- (home_again)
He comes home an hour later. #time:60
{
- stance_of("kara") == "cold":
    Kara has gone out. There is a note on the table: Gone to Lena's to see the kids. Don't wait. #move:kara.withdraw
- flooded("kara") || stance_of("kara") == "attacking":
    Kara is in the bedroom with the door shut. She doesn't come out. #move:kara.stonewall
- else:
    Kara is in the kitchen. She looks up, then away. #move:kara.withdraw
}
He left to stop the fight, and from her side he simply vanished. A flooded exit with no time to return leaves both alone with the worst version of the other. #coach
The paper is still on the living-room floor, open at page four. #ending:walked_out
-> END


=== jake_end_deadlock ===
The morning goes on anyway. #time:90
{
- stance_of("kara") == "cold":
    At lunchtime, Kara puts a bowl of soup at his place and takes hers into the garden. #move:kara.withdraw
- flooded("kara") || stance_of("kara") == "attacking":
    At lunchtime, Kara clatters a pan onto the hob.
    Soup's there. If you can tear yourself away. #speaker:kara #move:kara.criticize
- else:
    At lunchtime, Kara looks round the kitchen door.
    I'm doing soup. Do you want some? #speaker:kara #move:kara.bid
}

{ stance_of("kara") == "cold": Kara nods from the garden door when he says it's good. That is the whole conversation. | They eat. They talk about the soup, and the gutter, and nothing else. }
{
- stance_of("kara") == "cold":
    After lunch he hears her on the phone to Lena. #time:20
    No, it's fine. We're fine. #speaker:kara #move:kara.withdraw
    She says it exactly the way he does. He has never heard how it sounds from the outside until now.
- else:
    In the afternoon they drive to the garden centre for compost, and talk about compost. #time:45
    Kara doesn't bring up the morning again, not in the car and not in the evening. #move:kara.withdraw
}
{
- jake_the_test:
    He told her the hardest thing this morning, and then closed the door after it. Half a conversation can leave two people lonelier than none: she knows now what he is carrying, and that he won't let her help carry it. #coach
- stance_of("kara") == "cold" || jake_turned_away >= 4:
    This is the stalemate the seed warns about: the fight stops, nothing more gets said, and two people are left bitter and alone in the same room. Quiet is not the same as peace. #coach
- else:
    Nothing was said that can't be unsaid, and nothing was settled either. The morning hasn't gone away; it has gone underground. #coach
}
The magnolia is still out at the bottom of the garden. Neither of them mentions it. #ending:deadlock
-> END
